"""Admin for actors: states, people, organisations, their aliases, relations and events."""

from django.contrib import admin

from actors.models import Actor, ActorAlias, ActorRelation, Event, EventParticipant
from core.admin import ChildTabularInline, ContentAdmin, EditorialAdmin, SourceInline, status_of


class ActorAliasInline(ChildTabularInline):
    model = ActorAlias
    fields = ("name", "kind", "case_sensitive", "confidence")


class ActorRelationInline(ChildTabularInline):
    model = ActorRelation
    fk_name = "subject"
    fields = ("kind", "object", "start_date", "end_date", "editorial_status", "confidence", "note")
    autocomplete_fields = ("object",)
    verbose_name_plural = "relations (this actor as subject)"


class EventParticipantInline(ChildTabularInline):
    model = EventParticipant
    fields = ("actor", "role", "confidence")
    autocomplete_fields = ("actor",)


@admin.register(Actor)
class ActorAdmin(EditorialAdmin):
    list_display = ("name", "slug", "kind", "iso3", "wikidata_qid", "parent", "confidence", "editorial_status")
    list_filter = ("editorial_status", "kind", "confidence")
    list_select_related = ("parent",)
    search_fields = ("name", "short_name", "slug", "iso3", "wikidata_qid", "aliases__name")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("parent", "country")
    inlines = [ActorAliasInline, ActorRelationInline, SourceInline]
    api_basename = "actor"


@admin.register(ActorAlias)
class ActorAliasAdmin(ContentAdmin):
    list_display = ("name", "actor", "kind", "case_sensitive", "confidence", "actor_status")
    list_filter = (status_of("actor", "actor status"), "kind", "case_sensitive", "confidence")
    list_select_related = ("actor",)
    search_fields = ("name", "actor__name", "actor__slug")
    autocomplete_fields = ("actor",)

    @admin.display(description="Actor status", ordering="actor__editorial_status")
    def actor_status(self, obj):
        return obj.actor.get_editorial_status_display()


@admin.register(ActorRelation)
class ActorRelationAdmin(EditorialAdmin):
    list_display = ("subject", "kind", "object", "start_date", "end_date", "confidence", "editorial_status")
    list_filter = ("editorial_status", "kind", "confidence")
    list_select_related = ("subject", "object")
    search_fields = ("subject__name", "object__name", "note")
    autocomplete_fields = ("subject", "object")
    date_hierarchy = "start_date"


@admin.register(Event)
class EventAdmin(EditorialAdmin):
    list_display = ("name", "kind", "start_date", "end_date", "place", "editorial_status")
    list_filter = ("editorial_status", "kind")
    search_fields = ("name", "slug", "place", "description")
    prepopulated_fields = {"slug": ("name",)}
    date_hierarchy = "start_date"
    inlines = [EventParticipantInline, SourceInline]
    api_basename = "event"


@admin.register(EventParticipant)
class EventParticipantAdmin(ContentAdmin):
    """Participations: edited mostly inline on the event; their sources are added here."""

    list_display = ("event", "actor", "role", "confidence", "event_status")
    list_filter = (status_of("event", "event status"), "confidence")
    list_select_related = ("event", "actor")
    search_fields = ("event__name", "actor__name", "role")
    autocomplete_fields = ("event", "actor")

    @admin.display(description="Event status", ordering="event__editorial_status")
    def event_status(self, obj):
        return obj.event.get_editorial_status_display()
