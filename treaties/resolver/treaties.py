"""Treaty references: by title, by year and parties, or by "the treaty" in context.

- Titles and short titles match case-insensitively, also in the English "X Treaty" form of
  "Treaty on/of X", with an actor's name replaced by its abbreviation ("UN Charter"), and
  with a bracketed acronym anywhere between words ("United Nations (UN) Charter"). A title
  after actors that are not the treaty's parties ("the Russia–Iran Treaty on Comprehensive
  Strategic Partnership") is another instrument with the same name: `external`.
- A noun phrase around "treaty", "pact", "agreement", "accord", "convention" or "charter"
  is a reference when it identifies a treaty: a year and/or parties in its modifiers
  ("the 1961 DPRK-USSR treaty") or right after it ("a treaty with DPRK since 1961",
  "the agreement Russia and DPRK signed"). Candidates must have been signed in that year and
  count those actors among their parties; ties go to the treaty whose parties the clause,
  then the sentence, mentions most, then to the subject treaty, then to the treaty named
  most recently in the text.
- The place of signature ("the Beijing treaty", "the Moscow treaty of 1961", "the 1961 treaty
  signed in Moscow") and the people who signed it ("the Putin–Kim treaty") identify a treaty like its parties do.
- A phrase that identifies a treaty the catalogue lacks ("the 1953 Armistice Agreement", "the
  US–Japan security treaty", a capitalised "North Atlantic Treaty") is an `external`
  reference. A phrase that several treaties fit after every tie-break ("the 1961 treaty"
  with nothing else to go on) is `ambiguous`, with the candidates: an editor chooses.
- Among several treaties with the named party ("the treaty with China"), those that share a
  party with the subject treaty come first: the context's party is the other signatory.
- "the treaty", "this agreement", "the new treaty": the treaty named earlier in the same
  sentence, else the one treaty the text has named so far when that is not the subject, else
  the context's subject treaty. "signed a (legally binding) treaty" in a
  sentence that names a party or signatory of the subject treaty is the subject treaty.
  Any other indefinite phrase that identifies nothing ("a legally binding treaty") is not a
  reference, nor is one marked as different ("a similar agreement") unless its parties say
  which ("Beijing (having a similar agreement with DPRK)": a bracket describes the actor
  right before it, who is then a party). A quantifier makes the noun generic ("any Russian or
  Soviet treaty with Pyongyang", "every pact"): no reference. Nor is an indefinite noun whose
  complement is a purpose ("signed an agreement to build a road bridge"). Neither is a keyword that
  modifies the noun after it ("a treaty ally", "treaty obligations"), nor a bare "the
  treaty" that a clause naming a non-party signs ("Japan and Russia have yet to sign the
  treaty that would end their war").
- The parties after the keyword are its own complement: the tail ends at a finite verb or a
  subordinate clause ("its treaty with Pyongyang would apply if Russian troops …", "the first
  treaty between Russia and the DPRK since the Soviet Union dissolved"; "since 1961" is a date). "Its/their
  own treaty" has the state its clause is about as a party ("Beijing … its own treaty with
  Pyongyang").
- Pronoun nouns: "the Soviet one", "its Chinese counterpart", "the Soviet text" stand for a
  treaty noun said in the sentence or the one before, and link only when their own modifiers
  identify a treaty. "Alliance" is a treaty noun only when its modifiers identify it ("the
  Soviet alliance"), never for a relationship ("the emerging … alliance", "an alliance with").
- After the keyword, the object of a comparison ("compare the pact with NATO") and a
  possessive ("with NATO's …") are not parties; a year after the parties that no treaty fits
  dates an event ("renewed its treaty with Pyongyang in 2021") unless it is the signing year.
- "the old/previous treaty" is the treaty named before it that the subject replaced; "the
  new treaty with X" among several is the latest; a capitalised bare keyword ("the Charter")
  is the one catalogue treaty with that head noun; "X and Y signed the treaty" is the treaty
  X and Y signed; a capitalised "Treaty on/of <Name>" the catalogue lacks is external.
"""

import bisect
import datetime
import re

from .catalogue import Catalogue, Reference, ResolveContext, TreatyEntry
from .text import YEAR, clause_bounds, fold, sentence_at

AMBIGUOUS_CONFIDENCE = 0.0  # an ambiguous phrase links nothing; its candidates are offered

_KEYWORD = re.compile(r"\b(treaty|pact|agreement|accord|convention|charter|alliance)\b", re.IGNORECASE)
# Nouns that name a treaty only when the phrase says which one ("the Soviet alliance", "the
# Chinese one"): never anaphoric, never an outside instrument by themselves ("the alliance",
# "the Alliance" = NATO, "the new one").
_IDENTIFIED_ONLY = {"alliance", "one", "counterpart", "text"}
# "Alliance" names the treaty only when its own modifiers date or identify it ("the Soviet
# alliance", "the 1961 alliance"); "an alliance with Pyongyang" or "the emerging Russia–DPRK
# alliance" is the relationship, not its instrument.
_RELATIONSHIP_MODIFIERS = {"emerging", "growing", "deepening", "budding", "nascent", "de", "facto", "informal",
                           "tacit", "evolving", "developing", "burgeoning", "closer", "newfound", "new-found",
                           "warming", "blossoming", "real", "true", "virtual"}  # fmt: skip
# "the Soviet one", "its Chinese one": a pronoun standing for a treaty noun said just before.
# "its Chinese counterpart", "the Soviet text" stand for a treaty the same way.
_ONE = re.compile(r"\b(?:one|counterpart|text)\b", re.IGNORECASE)
_ANTECEDENT = re.compile(r"\b(?:treat(?:y|ies)|pacts?|alliances?|agreements?|accords?)\b", re.IGNORECASE)
# "the Treaty on European Union", "the Treaty of Moscow": a capitalised keyword followed by
# "on/of/for" and a capitalised word is the proper name of an instrument.
_NAMED_AFTER = re.compile(r"\s+(?:on|of|for)\s+(?:the\s+)?[A-Z]")
_NAME_RUN = re.compile(r"\s+(on|of|for|the|and|between|[A-Z][\w'\u2013-]*)")
# "compare the pact with NATO": the object of a comparison, not a party of the pact.
_COMPARE = re.compile(r"\b(?:compar|contrast|likens?|equat)\w*\s+$", re.IGNORECASE)
# A year after "signed/concluded (in)" is the signing year; any other year after the keyword
# may date an event ("its treaty with Pyongyang in 2021", the year of a renewal).
_SIGNED_YEAR = re.compile(r"\b(?:signed|concluded|sealed)\b|\bof\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "same"}
# A negative determiner denies the noun ("no new treaty", "not a treaty", "neither treaty"): no
# reference. It also ends any phrase reaching back past it, as "but" does between two nouns
# ("the Moscow Declaration but no new treaty" is two phrases, not one treaty phrase).
_NEGATIVES = {"no", "not", "neither", "nor", "without", "never"}
_COORDINATORS = {"but", "yet", "nor", "than"}
# A quantifier makes the noun generic ("any Russian or Soviet treaty with Pyongyang", "every
# pact", "each agreement"): it names no treaty, even with parties, so it is no reference.
_QUANTIFIERS = {"any", "every", "each", "either", "whichever", "whatever"}
_ANAPHORIC_MODIFIERS = {"new", "latest", "recent", "bilateral", "same", "landmark", "newly", "signed", "whole"}
# "a similar agreement", "another treaty": explicitly not the treaty in focus.
_OTHER_MODIFIERS = {"similar", "another", "other", "previous", "earlier", "old", "former", "separate", "different"}
# "the old treaty", "the previous pact": the one the subject replaced.
_PREDECESSOR = {"old", "older", "previous", "earlier", "former", "predecessor"}
# "the new treaty with Pyongyang" among several with that party: the latest one.
_LATEST = {"new", "newest", "latest", "recent"}
_TAIL_STARTS = {"between", "with", "among", "of", "signed", "by", "since", "from", "in", "concluded"}
_SIGNING = {"signed", "concluded", "sealed", "initialled", "initialed", "agreed"}
_TAIL_STOPS = {"would", "will", "could", "should", "can", "may", "might", "must", "is", "was", "are", "were",
               "if", "when", "whether", "unless", "because", "while", "although", "though", "which", "who",
               "whose"}  # fmt: skip
_CLAUSE_CONJUNCTIONS = {"since", "until", "till", "before", "after", "as"}
# "signed a … treaty" (the phrase ends the stretch searched): the signing being reported.
_SIGNED = re.compile(r"\bsigned\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE)
_TITLE_FORM = re.compile(
    r"^(?:the\s+)?(treaty|agreement|convention|charter|pact|accord)\s+(?:on|of|for)\s+(?:the\s+)?(.+)$", re.I
)
# "… signed in Moscow", "…, which was signed at Beijing": the place of signature after the noun.
_SIGNED_IN = re.compile(r",?\s+(?:(?:which|that)\s+was\s+|first\s+)?(?:signed|concluded)\s+(?:in|at)\s+([A-Z][\w-]+)")
# "a treaty ally", "treaty obligations", "pact partners": the keyword modifies the noun after
# it, which is not a treaty (the ally, the obligations), so the phrase is no treaty reference.
# Eighth round: an indefinite noun whose complement is a purpose ("signed an agreement to build a
# road bridge", "a deal to supply shells") is an instrument for that purpose, not the subject
# treaty or any treaty the text names: no reference. "to" before a determiner or pronoun is a
# preposition ("a treaty to the same effect") and leaves the noun alone.
_PURPOSE_AFTER = re.compile(
    r"[ \t]+to[ \t]+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|which|whom|each|both|it|them)\b)"
    r"[a-z]+\b"
)
_COMPOUND_HEAD = re.compile(
    r"[ \t-]+(?:ally|allies|partners?|partnerships?|obligations?|commitments?|language|law|network|system|"
    r"regime|rights|talks|negotiations?|negotiators?|relations(?:hips?)?|status|making|powers?|bodies|body|"
    r"organi[sz]ations?|signator(?:y|ies)|members?|membership)\b",
    re.IGNORECASE,
)
# "… have yet to sign the …", "ratified this": a signing verb right before the noun phrase.
_SIGNING_VERB = re.compile(
    r"\b(?:sign|signs|signed|signing|conclude|concludes|concluded|concluding|negotiate|negotiates|negotiated|"
    r"negotiating|ratify|ratifies|ratified|ratifying)\s+(?:(?:a|an|the|this|that)\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[\w'\"().\u2013-]+")


def _title_variants(treaty: TreatyEntry, abbreviations: dict[str, list[str]]) -> set[str]:
    variants = {v.strip() for v in (treaty.title, treaty.short_title) if v and v.strip()}
    for title in list(variants):
        base = re.sub(r"\s+between\s+.+$", "", title, flags=re.I)
        variants.add(base)
        if form := _TITLE_FORM.match(base):
            variants.add(f"{form.group(2)} {form.group(1)}")
    for title in list(variants):
        for name, short_forms in abbreviations.items():
            if name in title:
                variants.update(title.replace(name, short) for short in short_forms)
    return {v for v in variants if len(v) >= 6}


def _title_pattern(variant: str) -> re.Pattern:
    words = fold(variant).split()
    gap = r"\s+(?:\([^()]{1,15}\)\s+)?"
    return re.compile(r"(?<![\w])" + gap.join(re.escape(w) for w in words) + r"(?![\w])", re.IGNORECASE)


class TreatyMatcher:
    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        abbreviations: dict[str, list[str]] = {}
        for actor in catalogue.actors:
            shorts = [n.text for n in catalogue.names if n.actor_id == actor.id and n.kind == "abbreviation"]
            if shorts:
                abbreviations[actor.name] = shorts
        self.places = {t.place for t in catalogue.treaties if t.place}
        self.titles: list[tuple[re.Pattern, TreatyEntry]] = []
        for treaty in catalogue.treaties:
            for variant in sorted(_title_variants(treaty, abbreviations), key=len, reverse=True):
                self.titles.append((_title_pattern(variant), treaty))

    def find(self, text: str, context: ResolveContext, actors: list[Reference], sentences) -> list[Reference]:
        folded = fold(text)
        actors = ActorSpans(actors)
        refs = self._titles(text, folded, actors)
        taken = [(r.start, r.end) for r in refs]
        matches = list(_KEYWORD.finditer(folded))
        matches += [m for m in _ONE.finditer(folded) if _has_antecedent(folded, m, sentences)]
        for match in sorted(matches, key=lambda m: m.start()):
            if any(s <= match.start() < e for s, e in taken) or folded[match.end() : match.end() + 1] == "s":
                continue
            sentence = sentence_at(sentences, match.start())
            ref = self._phrase(text, folded, match, context, actors, sentence, refs)
            if ref:
                refs.append(ref)
        return sorted(refs, key=lambda r: r.start)

    def _titles(self, text, folded, actors) -> list[Reference]:
        refs: list[Reference] = []
        for pattern, treaty in self.titles:
            for match in pattern.finditer(folded):
                if any(r.start < match.end() and match.start() < r.end for r in refs):
                    continue
                end = _between_tail(folded, match.end(), actors, treaty)
                owners = _named_before(folded, match.start(), actors)
                if any(self._is_party_like(a.target_id) and a.target_id not in treaty.party_ids for a in owners):
                    # "the Russia–Iran Treaty on Comprehensive Strategic Partnership": the
                    # catalogue's title with other parties in front is another instrument.
                    start = owners[0].start
                    refs.append(Reference("external", start, end, text[start:end], "", 0.9, rule="external:title"))
                    continue
                refs.append(
                    Reference(
                        "treaty", match.start(), end, text[match.start() : end], treaty.id, 0.95, rule="treaty:title"
                    )
                )
        return refs

    def _phrase(self, text, folded, match, context, actors, sentence, earlier) -> Reference | None:
        if _COMPOUND_HEAD.match(folded, match.end()):
            return None  # "a treaty ally", "treaty obligations": the noun is a modifier
        start, determiner, modifiers = _noun_phrase_start(folded, match.start(), sentence[0])
        if determiner == "negative":
            return None  # "no new treaty", "not a treaty": the text denies there is one
        if determiner in {"a", "an"} and _PURPOSE_AFTER.match(folded, match.end()):
            return None  # "an agreement to build a road bridge": an instrument for another purpose
        if determiner == "possessive":
            # "Zhou Enlai's treaty": the owner is the whole name ending at the possessive
            owner = next((a for a in actors if a.start < start < a.end), None)
            start = owner.start if owner else start
        pre_actors = _actors_in(actors, start, match.start())
        year_match = YEAR.search(folded, start, match.start())
        tail_end, tail_actors, tail_year = _tail(folded, match.end(), actors, sentence[1])
        if tail_actors and _COMPARE.search(folded, max(sentence[0], start - 20), start):
            tail_actors = []  # "compare the pact with NATO": NATO is what it is compared with
        if match.group(0).lower() == "alliance":
            words = re.findall(r"[a-z-]+", folded[max(sentence[0], match.start() - 60) : match.start()].lower())
            if _RELATIONSHIP_MODIFIERS & set(words[-5:]):
                return None  # read over dashes too: "the emerging Russia—DPRK alliance"
            tail_end, tail_actors, tail_year = match.end(), [], None
        host = _parenthesis_host(folded, match.start(), actors, sentence)
        if determiner in {"its", "their"} and "own" in modifiers:
            # "Beijing … its own treaty with Pyongyang": the owner is the state the clause is
            # about, the party last named before the pronoun in its sentence.
            before = [a for a in _actors_in(actors, sentence[0], start) if self._is_party_like(a.target_id)]
            host = host + before[-1:]
        named = pre_actors + tail_actors + host
        parties = {a.target_id for a in named if self._is_party_like(a.target_id)}
        people = {a.target_id for a in pre_actors + tail_actors if not self._is_party_like(a.target_id)}
        raw_modifiers = folded[start : match.start()].split()
        place = next((w.strip("\"'").lower() for w in raw_modifiers if w.strip("\"'").lower() in self.places), "")
        if place and not raw_modifiers[[w.strip("\"'").lower() for w in raw_modifiers].index(place)][:1].isupper():
            place = ""  # a capital written as a name, not a common word
        year = int(year_match.group(0)) if year_match else tail_year
        end = tail_end if (tail_actors or tail_year) else match.end()
        if not place and (signed_in := _SIGNED_IN.match(text, end)) and signed_in.group(1).lower() in self.places:
            # "the 1961 treaty signed in Moscow": the place of signature chooses among the
            # treaties of that year as "the Moscow treaty" would, when one was signed there
            place = signed_in.group(1).lower()
            if not any(_Wanted(parties, people, year, place).fits(t, context) for t in self.catalogue.treaties):
                place = ""
        if folded[end : end + 1] == '"' and folded[start : match.start()].count('"') % 2:
            end += 1  # keep a quoted keyword's closing quote: a legally binding "treaty"
        proper = _proper_name(raw_modifiers, match.group(0), determiner)
        identified_only = match.group(0).lower() in _IDENTIFIED_ONLY
        # a pronoun noun needs a determiner of its own: "the Soviet one", not "obliged no one"
        own_determiner = determiner in {"the", "its", "their", "this", "that", "possessive"} and len(modifiers) <= 3
        if identified_only and match.group(0).lower() != "alliance" and not own_determiner:
            return None
        if not parties and year is None and not people and not place:
            if identified_only:
                return None
            if proper or (match.group(0)[:1].isupper() and _NAMED_AFTER.match(text, match.end())):
                name_end = max(end, _name_run_end(text, match.end()) if not proper else end)
                return Reference(
                    "external", start, name_end, text[start:name_end], "", 0.8, rule="external:treaty-name"
                )
            headed = self._headed(match.group(0)) if match.group(0)[:1].isupper() else None
            if headed and (determiner in {"the", "this", "that", "same"} or not determiner):
                treaty_id, confidence, rule = headed, 0.8, "treaty:head-noun"
            elif _SIGNED.search(folded, sentence[0], start) and not any(w[:1].isupper() for w in raw_modifiers):
                # "his father signed the Korean treaty": a capitalised modifier that names no
                # catalogue actor leaves the treaty open (which Korean treaty?); no link beats a guess
                treaty_id, confidence, rule = self._signed(context, actors, sentence, folded)
            elif determiner not in {"the", "this", "that"} or (set(modifiers) - _ANAPHORIC_MODIFIERS - _PREDECESSOR):
                return None
            elif set(modifiers) & _PREDECESSOR:
                treaty_id, confidence, rule = self._predecessor(match, context, earlier)
            else:
                treaty_id, confidence, rule = self._anaphora(match, context, earlier, sentence, "new" in modifiers)
            candidates = []
            if treaty_id and self._other_signers(folded, start, actors, sentence, treaty_id):
                return None  # "Japan and Russia have yet to sign the treaty …": not this treaty
        else:
            other = bool(_OTHER_MODIFIERS & set(modifiers))
            wanted = _Wanted(parties, people, year, place, latest=bool(_LATEST & set(modifiers)))
            treaty_id, confidence, rule, candidates = self._identify(
                folded, match, wanted, context, actors, sentence, earlier, other
            )
            if (
                not treaty_id
                and not candidates
                and _event_year(folded, year_match, tail_year, parties | people, match.end(), end)
            ):
                # No treaty of that year: the year dates something else ("renewed its treaty
                # with Pyongyang in 2021"); the parties alone may still say which treaty.
                wanted.year = None
                treaty_id, confidence, rule, candidates = self._identify(
                    folded, match, wanted, context, actors, sentence, earlier, other
                )
                end = max([a.end for a in tail_actors] or [match.end()])
            if not treaty_id and not other:
                return self._unlinked(text, start, end, candidates)
        if not treaty_id:
            return None
        return Reference("treaty", start, end, text[start:end], treaty_id, confidence, rule=rule)

    @staticmethod
    def _unlinked(text, start, end, candidates) -> Reference:
        """No single treaty: outside the catalogue when none fits, ambiguous when several do."""
        if not candidates:
            return Reference("external", start, end, text[start:end], "", 0.8, rule="external:treaty")
        return Reference(
            "ambiguous",
            start,
            end,
            text[start:end],
            "",
            AMBIGUOUS_CONFIDENCE,
            rule="treaty:ambiguous",
            candidates=tuple(sorted(candidates)),
        )

    def _signed(self, context, actors, sentence, folded=""):
        """ "X and Y signed a treaty": the subject treaty, when the sentence names its parties or
        signatories; else the one catalogue treaty that the people named signed (in the year
        the sentence gives, if it gives one)."""
        treaty = self.catalogue.treaty_by_id.get(context.treaty_id) if context.treaty_id else None
        named = {a.target_id for a in _actors_in(actors, *sentence)}
        if treaty and named & (treaty.party_ids | treaty.signatory_ids):
            return treaty.id, 0.7, "treaty:signed-subject"
        people = {a for a in named if not self._is_party_like(a)}
        year = YEAR.search(folded, *sentence) if folded else None
        signed = [
            t
            for t in self.catalogue.treaties
            if people
            and people <= t.signatory_ids
            and (year is None or t.year == int(year.group(0)))
            and not (context.date and t.signed_on and t.signed_on > context.date)
        ]
        if len(signed) == 1:
            return signed[0].id, 0.8, "treaty:signed-by"
        return None, 0.0, ""

    def _other_signers(self, folded, start, actors, sentence, treaty_id) -> bool:
        """ "Japan and Russia have yet to sign the treaty that would end their war": a treaty
        noun that identifies nothing by itself, as the object of a signing verb whose clause
        names a state that is no party of the treaty it would stand for, is another treaty."""
        verb = _SIGNING_VERB.search(folded, max(sentence[0], start - 40), start)
        treaty = self.catalogue.treaty_by_id.get(treaty_id)
        if not verb or treaty is None:
            return False
        lo = clause_bounds(folded, verb.start(), *sentence)[0]
        signers = [a.target_id for a in _actors_in(actors, lo, verb.start()) if self._is_party_like(a.target_id)]
        return any(a not in treaty.party_ids for a in signers)

    def _headed(self, keyword: str) -> str | None:
        """ "the Charter": the one catalogue treaty whose title has that head noun, if only one does."""
        word = re.compile(rf"\b{re.escape(keyword)}\b")
        treaties = [t for t in self.catalogue.treaties if word.search(t.short_title or "") or word.search(t.title)]
        return treaties[0].id if len(treaties) == 1 else None

    def _predecessor(self, match, context, earlier):
        """ "the old treaty": the treaty named most recently before it, other than the subject,
        that was signed before the subject."""
        subject = self.catalogue.treaty_by_id.get(context.treaty_id) if context.treaty_id else None
        if not subject or not subject.signed_on:
            return None, 0.0, ""
        for ref in sorted((r for r in earlier if r.start < match.start()), key=lambda r: -r.start):
            treaty = self.catalogue.treaty_by_id.get(ref.target_id)
            if treaty and treaty.id != subject.id and treaty.signed_on and treaty.signed_on < subject.signed_on:
                return treaty.id, 0.7, "treaty:predecessor"
        return None, 0.0, ""

    def _is_party_like(self, actor_id: str) -> bool:
        actor = self.catalogue.actor_by_id.get(actor_id)
        return bool(actor) and actor.kind != "person"

    def _anaphora(self, match, context, earlier, sentence, new):
        if not new:
            previous = [r for r in earlier if sentence[0] <= r.start < match.start()]
            if previous:
                return previous[-1].target_id, 0.75, "treaty:anaphora-sentence"
            # A text that has named one treaty only, and not the subject, goes on about that
            # one: "The 1961 treaty … Beijing later cited the treaty" is still the 1961 treaty.
            named = {r.target_id for r in earlier if r.kind == "treaty" and r.start < match.start()}
            if len(named) == 1 and context.treaty_id not in named:
                return named.pop(), 0.7, "treaty:anaphora-text"
        if context.treaty_id and context.treaty_id in self.catalogue.treaty_by_id:
            return context.treaty_id, 0.85 if new else 0.75, "treaty:subject"
        return None, 0.0, ""

    def _identify(self, folded, match, wanted, context, actors, sentence, earlier, other=False):
        """(treaty id, confidence, rule, remaining candidate ids when none could be chosen)."""
        candidates = [t for t in self.catalogue.treaties if wanted.fits(t, context)]
        if len(candidates) == 1:
            return candidates[0].id, 0.9, "treaty:year-parties", []
        if not candidates:
            return None, 0.0, "", []
        clause = clause_bounds(folded, match.start(), *sentence)
        for lo, hi in (clause, sentence):
            mentioned = {a.target_id for a in _actors_in(actors, lo, hi)}
            scores = {t.id: len(t.party_ids & mentioned) for t in candidates}
            best = max(scores.values())
            winners = [t for t in candidates if scores[t.id] == best]
            if best and len(winners) == 1:
                return winners[0].id, 0.8, "treaty:year-parties-context", []
            candidates = winners
        ids = {t.id for t in candidates}
        if other:
            return None, 0.0, "", sorted(ids)
        if context.treaty_id in ids:
            return context.treaty_id, 0.8, "treaty:parties-subject", []
        if wanted.latest:
            # "Moscow's new treaty with Pyongyang": the latest of those that fit
            latest = max(candidates, key=lambda t: t.signed_on or datetime.date.min)
            return latest.id, 0.8, "treaty:latest", []
        subject = self.catalogue.treaty_by_id.get(context.treaty_id) if context.treaty_id else None
        if subject and wanted.parties:
            # "the treaty with China" in a piece on a DPRK treaty: the DPRK's treaty with China.
            sharing = [t for t in candidates if (t.party_ids - wanted.parties) & subject.party_ids]
            if len(sharing) > 1:
                # "the Chinese treaty" next to a bilateral subject: China's bilateral treaty
                # with the subject's other party before a charter China signed among many.
                fewest = min(len(t.party_ids) for t in sharing)
                sharing = [t for t in sharing if len(t.party_ids) == fewest]
            if len(sharing) == 1:
                return sharing[0].id, 0.8, "treaty:context-party", []
        previous = [r for r in earlier if r.start < match.start() and r.target_id in ids]
        if previous:
            return previous[-1].target_id, 0.7, "treaty:recent", []
        return None, 0.0, "", sorted(ids)


class _Wanted:
    """What a treaty phrase says about its treaty: parties, signatories, year, place."""

    def __init__(self, parties: set[str], people: set[str], year: int | None, place: str, latest: bool = False):
        self.parties, self.people, self.year, self.place = parties, people, year, place
        self.latest = latest

    def fits(self, treaty: TreatyEntry, context: ResolveContext) -> bool:
        return (
            self.parties <= treaty.party_ids
            and self.people <= treaty.signatory_ids
            and (self.year is None or self.year == treaty.year)
            and (not self.place or self.place == treaty.place)
            and not (context.date and treaty.signed_on and treaty.signed_on > context.date)
        )


def _proper_name(words: list[str], keyword: str, determiner: str) -> bool:
    """ "the North Atlantic Treaty", "the Armistice Agreement": a capitalised name of a treaty."""
    if not keyword[:1].isupper() or not words:
        return False
    named = [w for w in words if w.lower().strip('"') not in _DETERMINERS]
    return bool(named) and all(w[:1].isupper() or w[:1].isdigit() for w in named)


def _parenthesis_host(folded: str, kw_start: int, actors: list[Reference], sentence) -> list[Reference]:
    """In "Beijing (having a similar agreement with DPRK)" the bracket describes Beijing: a party."""
    lo, _ = clause_bounds(folded, kw_start, *sentence)
    if lo == 0 or folded[lo - 1] != "(":
        return []
    edge = len(folded[: lo - 1].rstrip())
    return [a for a in _actors_in(actors, max(0, edge - 200), edge) if a.end == edge]


class ActorSpans(list):
    """Actor references sorted by start, with the starts kept for binary search."""

    def __init__(self, actors: list[Reference]):
        super().__init__(sorted(actors, key=lambda a: a.start))
        self.starts = [a.start for a in self]

    def starting_at(self, position: int) -> Reference | None:
        at = bisect.bisect_left(self.starts, position)
        return self[at] if at < len(self) and self.starts[at] == position else None


def _actors_in(actors: ActorSpans, lo: int, hi: int) -> list[Reference]:
    """Actor references inside [lo, hi)."""
    return [
        a for a in actors[bisect.bisect_left(actors.starts, lo) : bisect.bisect_left(actors.starts, hi)] if a.end <= hi
    ]


def _noun_phrase_start(folded: str, kw_start: int, floor: int) -> tuple[int, str, list[str]]:
    """Walk back over up to six modifier words to a determiner; (start, determiner, modifiers)."""
    pos, modifiers = kw_start, []
    tokens = list(_TOKEN.finditer(folded, floor, kw_start))
    for token in reversed(tokens[-7:]):
        if folded[token.end() : pos].strip(' "'):
            break  # punctuation between words ends the phrase
        word = token.group(0).strip('"').lower()
        if word in _NEGATIVES or word in _QUANTIFIERS:
            return token.start(), "negative", modifiers
        if word in _COORDINATORS:
            break
        if word in {"or", "and"} and _quantified(tokens, token):
            return token.start(), "negative", modifiers
        if word in _DETERMINERS:
            return token.start(), word, modifiers
        if word.endswith("'s") or len(modifiers) >= 6:
            return token.start(), "possessive" if word.endswith("'s") else "", modifiers
        if word in {"and", "or", "to", "for", "in", "on", "of", "is", "was", "has", "have", "had", "be"}:
            break
        modifiers.insert(0, word)
        pos = token.start()
    return pos, "", modifiers


def _quantified(tokens: list, coordinator) -> bool:
    """ "any Russian or Soviet treaty": a quantifier before the first of two coordinated
    modifiers governs the whole phrase."""
    before = [t for t in tokens if t.end() <= coordinator.start()][-4:]
    for token in reversed(before):
        word = token.group(0).strip('"').lower()
        if word in _QUANTIFIERS:
            return True
        if word in _DETERMINERS or word in _NEGATIVES or not token.group(0)[:1].isupper():
            return False
    return False


def _tail(folded: str, kw_end: int, actors: list[Reference], limit: int):
    """Parties and year named right after the keyword: "between A and B", "with A since 1961"."""
    clause_end = clause_bounds(folded, kw_end, kw_end, limit)[1]
    tokens = list(_TOKEN.finditer(folded, kw_end, clause_end))[:12]
    if not tokens:
        return kw_end, [], None
    first_actor = actors.starting_at(tokens[0].start())
    if tokens[0].group(0).lower() not in _TAIL_STARTS and not first_actor:
        return kw_end, [], None
    # The tail is the noun phrase's own complement: it ends where a finite verb or a
    # subordinate clause starts ("its treaty with Pyongyang would apply if a war began with
    # Russian troops": Russia is no party of that treaty).
    prepositional = tokens[0].group(0).lower() in {"with", "between", "among"}
    stop = next(
        (
            i
            for i, t in enumerate(tokens)
            if i
            and (
                t.group(0).lower() in _TAIL_STOPS
                # "… since the Soviet Union dissolved": a conjunction opening a clause, not a
                # date ("since 1961"), ends the complement; its actors are no parties
                or (
                    t.group(0).lower() in _CLAUSE_CONJUNCTIONS
                    and not (i + 1 < len(tokens) and YEAR.fullmatch(tokens[i + 1].group(0).strip("().,")))
                )
                # "its 2024 pact with Pyongyang borrowed …": a past-tense verb after the
                # prepositional phrase is the sentence's own verb ("signed" stays the signing)
                or (prepositional and i > 1 and t.group(0).lower().endswith("ed") and t.group(0) not in _SIGNING)
            )
        ),
        len(tokens),
    )
    tokens = tokens[:stop]
    hi = tokens[-1].end()
    # "the pact with NATO's Article 5": a possessive owns the next noun, it is no party.
    found = [a for a in _actors_in(actors, kw_end, hi) if not folded.startswith("'", a.end)]
    year = YEAR.search(folded, kw_end, hi)
    ends = [a.end for a in found] + ([year.end()] if year else [])
    return (max(ends) if ends else kw_end), found, int(year.group(0)) if year else None


def _named_before(folded: str, start: int, actors: "ActorSpans") -> list[Reference]:
    """The actors written right before a title, joined by dashes, slashes or "and" ("the
    Russia–Iran Treaty on …", "the Russian–Iranian Treaty …"), first to last."""
    chain: list[Reference] = []
    edge = start
    while True:
        gap = re.search(r"(?:\s*[-\u2013\u2014/]\s*|\s+and\s+|\s+)$", folded[max(0, edge - 8) : edge])
        if not gap:
            return chain
        pos = edge - len(gap.group(0))
        actor = next((a for a in actors if a.end == pos), None)
        if actor is None or (chain and not gap.group(0).strip()):
            return chain  # two names side by side ("Moscow Russia") are no chain
        chain.insert(0, actor)
        edge = actor.start


def _between_tail(folded: str, end: int, actors: list[Reference], treaty: TreatyEntry) -> int:
    """Extend a title over "between the A and the B" when A and B are its parties."""
    match = re.match(r"\s+between\s+(?:the\s+)?(\S.*?)\s+and\s+(?:the\s+)?", folded[end : end + 200])
    if not match:
        return end
    second = actors.starting_at(end + match.end())
    first = actors.starting_at(end + match.start(1))
    if first and second and {first.target_id, second.target_id} <= treaty.party_ids:
        return second.end
    return end


def _has_antecedent(folded: str, match: re.Match, sentences) -> bool:
    """ "the Soviet one": a treaty noun earlier in the sentence or in the one before."""
    lo, _ = sentence_at(sentences, match.start())
    if lo > 0:
        lo = sentence_at(sentences, max(0, lo - 2))[0]
    return bool(_ANTECEDENT.search(folded, lo, match.start()))


def _event_year(folded: str, year_match, tail_year, named: set, kw_end: int, end: int) -> bool:
    """A year written after the keyword that is not its signing year ("signed … in 2000",
    "of 2000"), in a phrase that names its parties or signatories besides."""
    if year_match is not None or tail_year is None or not named:
        return False
    year_at = folded.rfind(str(tail_year), kw_end, end)
    return year_at >= 0 and not _SIGNED_YEAR.search(folded[kw_end:year_at])


def _name_run_end(text: str, end: int) -> int:
    """End of the capitalised name after a keyword, without trailing "of/the/and"."""
    last = end
    while word := _NAME_RUN.match(text, end):
        end = word.end()
        if word.group(1)[:1].isupper():
            last = end
    return last
