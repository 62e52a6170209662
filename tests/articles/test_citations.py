from bs4 import BeautifulSoup

from articles.citations import (
    backlink_labels,
    cited_source_ids,
    group_numbers,
    number_citations,
    parse_refs,
)


def cite(*ids):
    return f'<span class="citation" data-refs="{" ".join(map(str, ids))}">[x]</span>'


def numbered(html, known=None):
    soup = BeautifulSoup(html, "html.parser")
    numbering = number_citations(soup, known)
    return soup, numbering


def sup_texts(soup):
    return [
        sup.get_text().replace("References ", "").replace("Reference ", "")
        for sup in soup.select("sup.citation")
    ]


def test_numbers_follow_order_of_first_citation_not_ids():
    soup, numbering = numbered(f"<p>a{cite(30)} b{cite(7)} c{cite(12)}</p>")

    assert numbering.order == [30, 7, 12]
    assert sup_texts(soup) == ["1", "2", "3"]
    assert [a["href"] for a in soup.select("sup a")] == ["#ref-30", "#ref-7", "#ref-12"]


def test_a_repeated_citation_keeps_its_first_number():
    soup, numbering = numbered(f"<p>a{cite(5)} b{cite(9)} c{cite(5)}</p>")

    assert numbering.order == [5, 9]
    assert sup_texts(soup) == ["1", "2", "1"]
    assert numbering.anchors == {5: ["cite-1", "cite-3"], 9: ["cite-2"]}


def test_groups_show_commas_and_runs_of_three_or_more_as_ranges():
    soup, _ = numbered(
        f"<p>{cite(1)}{cite(2)}{cite(3)}{cite(4)} x{cite(2, 4)} y{cite(1, 2, 3)}</p>"
    )

    assert sup_texts(soup)[4:] == ["2,4", "1–3"]


def test_two_consecutive_numbers_are_not_a_range():
    soup, _ = numbered(f"<p>{cite(8, 9)}</p>")

    assert sup_texts(soup) == ["1,2"]
    assert len(soup.select("sup a")) == 2


def test_group_is_sorted_by_number_whatever_order_the_writer_picked():
    soup, numbering = numbered(f"<p>{cite(1)}{cite(2)} then {cite(2, 1)}</p>")

    assert sup_texts(soup)[-1] == "1,2"
    assert numbering.order == [1, 2]


def test_unknown_references_are_left_out_and_reported():
    soup, numbering = numbered(f"<p>a{cite(1, 99)} b{cite(98)} c{cite(2)}</p>", known={1, 2})

    assert numbering.unknown == [99, 98]
    assert numbering.order == [1, 2]
    assert sup_texts(soup) == ["1", "2"]
    assert "#ref-99" not in str(soup)
    assert "data-refs" not in str(soup)


def test_every_citation_of_a_source_gets_its_own_back_link_anchor():
    soup, numbering = numbered(f"<p>{cite(4)} and {cite(4, 6)} then {cite(6)}</p>")

    assert [sup["id"] for sup in soup.select("sup.citation")] == ["cite-1", "cite-2", "cite-3"]
    assert numbering.anchors == {4: ["cite-1", "cite-2"], 6: ["cite-2", "cite-3"]}


def test_back_links_are_lettered_only_when_a_source_is_cited_more_than_once():
    assert backlink_labels(["cite-4"]) == [("", "cite-4")]
    assert backlink_labels(["cite-1", "cite-5", "cite-9"]) == [
        ("a", "cite-1"),
        ("b", "cite-5"),
        ("c", "cite-9"),
    ]
    labels = [label for label, _ in backlink_labels([f"cite-{n}" for n in range(28)])]
    assert labels[25:] == ["z", "aa", "ab"]
    assert backlink_labels([]) == []


def test_parse_refs_ignores_junk_and_repeats():
    assert parse_refs("3, 4 4 x -1 5") == [3, 4, 5]
    assert parse_refs("") == []


def test_cited_source_ids_reads_the_body_in_order():
    assert cited_source_ids(f"<p>{cite(3, 1)}</p><p>{cite(2)}{cite(3)}</p>") == [3, 1, 2]


def test_group_numbers():
    assert group_numbers([7, 1, 3, 2]) == [(1, 3), (7, 7)]
