"""The Retraction Watch import and what it means for cited sources."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article
from editorial.checks import problems_for
from editorial.transitions import PublishingBlocked, transition
from evidence.models import HandledNotice, Retraction
from evidence.retractions import handle_notice, needing_attention
from tests.factories import ArticleFactory, SourceFactory, attach, cite

pytestmark = pytest.mark.django_db

SAMPLE = Path(__file__).parent / "fixtures" / "retraction_watch_sample.csv"


def import_sample(path=SAMPLE):
    call_command("import_retractions", str(path), verbosity=0)


def test_the_crossref_layout_is_read_column_by_column(capsys):
    call_command("import_retractions", str(SAMPLE))

    out, err = capsys.readouterr()
    assert "Imported 4 new and 0 updated Retraction Watch records (0 unchanged)." in out
    assert "Line 6 skipped: the Record ID “notanumber” is not a number" in err
    retraction = Retraction.objects.get(record_id=50438)
    assert retraction.nature == "Retraction"
    assert retraction.original_doi == "10.1000/example.retracted.1"  # stored lower-case
    assert retraction.original_pmid == ""  # 0 means none in the file
    assert str(retraction.retraction_date) == "2023-08-16"
    assert retraction.retraction_doi == "10.1155/2023/9804945"
    assert retraction.journal == "Journal of Example Dermatology"
    assert retraction.reason_list == [
        "Concerns/Issues About Data",
        "Falsification/Fabrication of Data",
        "Investigation by Journal/Publisher",
    ]
    correction = Retraction.objects.get(record_id=50439)
    assert correction.original_doi == ""  # "unavailable"
    assert correction.original_pmid == "34567890"


def test_importing_again_updates_records_instead_of_duplicating(tmp_path, capsys):
    import_sample()
    changed = tmp_path / "newer.csv"
    changed.write_text(SAMPLE.read_text().replace("8/16/2023 0:00", "8/17/2023 0:00"))

    call_command("import_retractions", str(changed))

    assert "Imported 0 new and 1 updated Retraction Watch records (3 unchanged)." in (
        capsys.readouterr().out
    )
    assert Retraction.objects.count() == 4
    assert str(Retraction.objects.get(record_id=50438).retraction_date) == "2023-08-17"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Title,Author\nA,B\n", "header lacks “Record ID”"),
        (b"Record ID,Title\n1,x\n", "“RetractionNature”"),
        (SAMPLE.read_bytes().replace(b"Interferon", b"\xff\xfeInterferon"), "not UTF-8"),
    ],
    ids=["another csv", "missing columns", "not utf-8"],
)
def test_a_file_that_is_not_the_database_is_refused_and_changes_nothing(tmp_path, content, message):
    import_sample()
    before = list(Retraction.objects.values_list("record_id", "retraction_date"))
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)

    with pytest.raises(CommandError, match=message):
        import_sample(bad)

    assert list(Retraction.objects.values_list("record_id", "retraction_date")) == before


def test_a_missing_file_is_a_clear_error():
    with pytest.raises(CommandError, match="No such file"):
        import_sample(Path("/nonexistent/retractions.csv"))


def published_citing(*sources, **kwargs):
    body = "".join(f"<p>Finding {n}{cite(s)}</p>" for n, s in enumerate(sources))
    return attach(ArticleFactory(body=body, **kwargs), sources=sources)


def test_cited_sources_are_matched_by_doi_in_any_case_and_by_pmid():
    retracted = SourceFactory(doi="10.1000/Example.Retracted.1")
    corrected = SourceFactory(pmid="34567890")
    reinstated = SourceFactory(doi="10.1000/example.reinstated")
    standing = SourceFactory(doi="10.1000/fine")
    article = published_citing(retracted, corrected, reinstated, standing, title="Eczema")
    draft = published_citing(retracted, status=Article.Status.DRAFT, published_at=None)
    import_sample()

    notices = needing_attention()

    assert {(n.article, n.source, n.retraction.nature) for n in notices} == {
        (article, retracted, "Retraction"),
        (article, corrected, "Correction"),
    }
    assert draft not in {n.article for n in notices}  # only published articles are listed


def test_the_attention_list_takes_a_fixed_number_of_queries(django_assert_num_queries):
    import_sample()
    for n in range(3):
        published_citing(
            SourceFactory(doi=f"10.1000/other.{n}"), SourceFactory(pmid=str(34567890 - n))
        )

    with django_assert_num_queries(3):
        notices = needing_attention()

    assert len(notices) == 1


def test_a_retracted_source_blocks_publishing_until_an_editor_handles_it(draft, editor, reviewer):
    import_sample()
    source = draft.article_references.first().source
    source.doi = "10.1000/example.retracted.1"
    source.save()
    transition(draft, action="submit", user=draft.created_by)
    transition(draft, action="approve", user=reviewer)

    with pytest.raises(PublishingBlocked) as blocked:
        transition(draft, action="publish", user=editor)

    assert any("retraction notice on 16 Aug 2023" in p.message for p in blocked.value.problems)
    handle_notice(
        article=draft,
        retraction=Retraction.objects.get(record_id=50438),
        user=editor,
        note="The retraction concerns the adult cohort; we cite the 2023 guideline instead.",
    )
    assert not any("Retraction Watch" in p.message for p in problems_for(draft))
    assert transition(draft, action="publish", user=editor).status == "published"


def test_a_handled_notice_leaves_the_attention_list():
    import_sample()
    source = SourceFactory(doi="10.1000/EXAMPLE.RETRACTED.1")
    article = published_citing(source)
    HandledNotice.objects.create(
        article=article, retraction=Retraction.objects.get(record_id=50438), note="Removed."
    )

    assert needing_attention() == []


def test_the_notice_is_shown_on_the_source_and_the_editors_list_in_the_admin(admin_client):
    import_sample()
    source = SourceFactory(pmid="34567890", title="Dupilumab dosing in adolescents")
    article = published_citing(source, title="Dupilumab for eczema")

    page = admin_client.get(f"/admin/references/source/{source.pk}/change/").content.decode()
    assert "Correction: 09 Jan 2024" in page
    assert "Error in Results and/or Conclusions" in page

    listing = admin_client.get("/admin/evidence/articleneedingattention/").content.decode()
    assert "Dupilumab for eczema" in listing
    assert f"/admin/evidence/claim/review/{article.pk}/#sources" in listing


def test_an_editor_records_how_a_notice_was_handled_on_the_review_page(admin_client):
    import_sample()
    article = published_citing(SourceFactory(doi="10.1000/example.retracted.1"))
    retraction = Retraction.objects.get(record_id=50438)
    url = f"/admin/evidence/claim/review/{article.pk}/"

    refused = admin_client.post(url, {"action": "handle", "retraction": retraction.pk, "note": ""})
    assert refused.status_code == 200  # the form again, with its error
    assert not HandledNotice.objects.exists()

    admin_client.post(url, {"action": "handle", "retraction": retraction.pk, "note": "Replaced."})
    assert HandledNotice.objects.get().note == "Replaced."


def test_a_notice_about_another_articles_source_cannot_be_handled_here(admin_client):
    import_sample()
    article = published_citing(SourceFactory(doi="10.1000/fine"))
    unrelated = Retraction.objects.get(record_id=50438)

    response = admin_client.post(
        f"/admin/evidence/claim/review/{article.pk}/",
        {"action": "handle", "retraction": unrelated.pk, "note": "Nothing to do."},
    )

    assert response.status_code == 404
    assert not HandledNotice.objects.exists()
