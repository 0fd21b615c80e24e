"""api.serializers.ModelSerializer builds its fields once per class and hands each
serializer a fresh copy: instances never share (or leak bindings through) a field."""

from api.v1.treaties.serializers import ArticleSerializer, TreatySerializer


def test_model_serializer_fields_are_built_once_per_class_and_copied_per_instance():
    first, second = TreatySerializer(), TreatySerializer()
    assert list(first.fields) == list(second.fields)
    assert first.fields["parties"] is not second.fields["parties"]
    assert first.fields["parties"].parent is first
    assert second.fields["parties"].parent is second
    assert "_class_fields" in TreatySerializer.__dict__


def test_model_serializer_field_cache_is_not_inherited_by_subclasses():
    TreatySerializer().fields  # noqa: B018 - builds the parent class's cache
    from api.v1.summaries import TreatySummarySerializer

    assert set(TreatySummarySerializer().fields) < set(TreatySerializer().fields)


def test_popping_a_field_from_one_serializer_leaves_the_next_whole():
    first = TreatySerializer()
    first.fields.pop("articles")
    assert "articles" in TreatySerializer().fields


def test_context_dependent_fields_still_follow_each_serializers_context():
    # EmbedFieldsMixin drops embed fields not asked for, per instance, above the cache.
    assert "claims" not in ArticleSerializer(context={"embed": []}).fields
    assert "claims" in ArticleSerializer(context={"embed": ["claims"]}).fields
    assert "claims" not in ArticleSerializer(context={"embed": []}).fields
