"""The tags field shows tags as writers typed them (no added quotes), and what it shows is read
back as the same tags."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from taggit.forms import TagField, TagWidget
from taggit.models import Tag
from taggit.utils import edit_string_for_tags, parse_tags

from tests.factories import ArticleFactory


def tags(*names):
    return [Tag(name=name) for name in names]


@pytest.mark.parametrize(
    ("names", "shown"),
    [
        (["atopic dermatitis", "adults"], "adults, atopic dermatitis"),
        (["atopic dermatitis"], "atopic dermatitis,"),
        (["eczema"], "eczema"),
        (["eczema", "itch"], "eczema, itch"),
        (["eczema, adult", "itch"], '"eczema, adult", itch'),
        (["eczema, adult"], '"eczema, adult"'),
        ([], ""),
    ],
)
def test_the_field_quotes_only_names_with_a_comma(names, shown):
    assert edit_string_for_tags(tags(*names)) == shown
    assert parse_tags(shown) == sorted(names)


# Names as taggit stores them: trimmed, not empty. A double quote cannot be written in
# taggit's syntax at all, so it is left out.
tag_name = (
    st.text(st.characters(blacklist_characters='"', blacklist_categories=("Cs", "Cc")), max_size=20)
    .map(str.strip)
    .filter(bool)
)


@given(st.lists(tag_name, max_size=5, unique=True))
def test_any_tags_shown_are_read_back_as_the_same_tags(names):
    assert parse_tags(edit_string_for_tags(tags(*names))) == sorted(names)


@pytest.mark.django_db
def test_saving_the_form_unchanged_keeps_a_multi_word_tag_whole():
    article = ArticleFactory()
    article.tags.add("atopic dermatitis")
    field = TagField(widget=TagWidget())

    shown = field.widget.format_value(article.tags.all())
    assert shown == "atopic dermatitis,"
    assert field.clean(shown) == ["atopic dermatitis"]
