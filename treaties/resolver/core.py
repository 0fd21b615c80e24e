"""The resolver's entry point: actors first (treaty rules read party mentions), then
treaties, then articles (they attach to treaty references)."""

from functools import lru_cache

from .actors import ActorMatcher
from .articles import ArticleMatcher
from .catalogue import Catalogue, Reference, ResolveContext
from .text import sentence_spans

KIND_ORDER = {"treaty": 0, "article": 1, "actor": 2}


class Resolver:
    """Matchers compiled once for a catalogue; `resolve` is then pure and thread-safe."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self.actors = ActorMatcher(catalogue)
        from .treaties import TreatyMatcher

        self.treaties = TreatyMatcher(catalogue)
        self.articles = ArticleMatcher(catalogue)

    @staticmethod
    def for_catalogue(catalogue: Catalogue) -> "Resolver":
        """The resolver compiled for `catalogue`, built once and reused while it is current."""
        return _resolver(catalogue)

    def resolve(self, text: str, context: ResolveContext | None = None) -> list[Reference]:
        context = context or ResolveContext()
        sentences = sentence_spans(text)
        found = self.actors.find(text, context)
        actors = [r for r in found if r.kind == "actor"]
        names = [r for r in found if r.kind != "actor"]  # capitals and people inside other names
        treaties = self.treaties.find(text, context, actors, sentences)
        articles, absorbed = self.articles.find(text, context, treaties, sentences, actors)
        treaties = [t for t in treaties if not any(t is a for a in absorbed)]
        # "China's alliance" inside "China's alliance treaty": one phrase, one link, the longest.
        treaties = [t for t in treaties if not any(_shadows(o, t) for o in treaties if o is not t)]
        # A name already understood as a treaty or an article's owner is not reported twice.
        known = [r for r in treaties + articles if r.is_link or r.kind == "external"]
        names = [n for n in names if not any(k.start <= n.start and n.end <= k.end for k in known)]
        names = [n for n in names if not any(k.is_link and k.start < n.end and n.start < k.end for k in known)]
        refs = actors + treaties + articles + names
        return sorted(refs, key=lambda r: (r.start, KIND_ORDER.get(r.kind, 3), r.end))


def _shadows(other: Reference, ref: Reference) -> bool:
    """Does `other`, a longer treaty link, overlap the treaty link `ref`?"""
    if not (other.is_link and ref.is_link and other.start < ref.end and ref.start < other.end):
        return False
    return (other.end - other.start, -other.start) > (ref.end - ref.start, -ref.start)


@lru_cache(maxsize=4)
def _resolver(catalogue: Catalogue) -> Resolver:
    return Resolver(catalogue)


def resolve(text: str, context: ResolveContext | None = None, *, catalogue: Catalogue) -> list[Reference]:
    """References to actors, treaties and articles in `text`, sorted by position."""
    return _resolver(catalogue).resolve(text, context)
