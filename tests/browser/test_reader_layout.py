"""What a reader sees of the page furniture: photos, back links, lists, cards, footer, tables.

Each test measures the rendered page (bounding boxes, computed styles, pixels) at the widths
readers use, on the demo site.
"""

from io import BytesIO
from statistics import median

import pytest
from PIL import Image
from playwright.sync_api import expect

from authors.models import Author
from tests.demo_pages import DEMO_ARTICLE
from tests.factories import ArticleFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


def box(locator):
    return locator.bounding_box()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_author_photos_and_initials_are_round_and_undistorted(
    live_server, page, demo_site, viewport
):
    """The bio box's photo is a 96 px circle showing the whole picture, never a squeezed oval."""
    page.set_viewport_size(viewport)
    page.goto(live_server.url + DEMO_ARTICLE)

    photos = page.locator(".author-bio img")
    assert photos.count() == 3  # two writers and the reviewer
    for index in range(photos.count()):
        photo = photos.nth(index)
        photo.scroll_into_view_if_needed()
        size = box(photo)
        assert size["width"] == pytest.approx(96, abs=0.5), size
        assert size["height"] == pytest.approx(size["width"], abs=0.5), size
        style = photo.evaluate(
            "el => { const s = getComputedStyle(el);"
            " return [s.objectFit, s.borderTopLeftRadius, el.naturalWidth, el.naturalHeight] }"
        )
        assert style[0] == "cover"
        assert style[1] == "50%"
        assert style[2] == style[3]  # a square picture in a square box: nothing is cropped

    # Without a photo, the initials stand in: the same circle, the letters fully inside it.
    author = Author.objects.get(slug="rohan-mehta")
    author.photo, author.photo_renditions = "", {}
    author.save()  # as the admin saves it: the stored page and the bio fragment are dropped
    # A new address for the browser, whose own cache keeps the page a minute (max-age=60).
    page.goto(live_server.url + DEMO_ARTICLE + "?after-the-photo-was-removed")
    initials = page.locator(".author-bio__initials")
    assert initials.inner_text() == "RM"
    size = box(initials)
    assert size["width"] == pytest.approx(96, abs=0.5)
    assert size["height"] == pytest.approx(96, abs=0.5)
    assert initials.evaluate(
        "el => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight"
    )
    assert initials.evaluate("el => getComputedStyle(el).borderTopLeftRadius") == "50%"


def test_back_link_returns_to_the_citation_the_reader_came_from(live_server, page, demo_site):
    """Click the 2nd citation of a source, then its back link "b": the page returns there."""
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + DEMO_ARTICLE)
    # The source whose first two citations are furthest apart: returning to the first one
    # instead of the second would leave the second out of view.
    reference_id, first_anchor, second_anchor = page.evaluate(
        """() => {
            let best = null;
            for (const item of document.querySelectorAll('.references__list li')) {
                const links = item.querySelectorAll('a.references__back-letter');
                if (links.length < 2) continue;
                const [a, b] = [...links].map(l => l.getAttribute('href').slice(1));
                const gap = document.getElementById(b).getBoundingClientRect().top
                    - document.getElementById(a).getBoundingClientRect().top;
                if (!best || gap > best[3]) best = [item.id, a, b, gap];
            }
            return best.slice(0, 3);
        }"""
    )
    second_citation = page.locator(f"#{second_anchor}")

    second_citation.locator(f"a[href='#{reference_id}']").click()
    expect(page.locator(f"#{reference_id}")).to_be_in_viewport()
    expect(second_citation).not_to_be_in_viewport()
    back = page.locator(f"#{reference_id} a[href='#{second_anchor}']")
    assert back.inner_text() == "b"
    back.click()

    assert page.url.endswith(f"#{second_anchor}")
    expect(second_citation).to_be_in_viewport()
    expect(page.locator(f"#{first_anchor}")).not_to_be_in_viewport()


def test_lists_from_the_editor_are_spaced_like_hand_written_ones(live_server, page, demo_site):
    """The editor wraps list items in <p>; the items sit exactly as plain ones do."""
    items = "".join(f"<li>Item {n}</li>" for n in range(3))
    wrapped = "".join(f"<li><p>Item {n}</p></li>" for n in range(3))
    article = ArticleFactory(body=f"<ul>{items}</ul><p>Then:</p><ul>{wrapped}</ul>")
    assert "<li><p>Item 0</p></li>" in article.body_html  # kept as the editor wrote it
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + article.get_absolute_url())
    plain_list, editor_list = page.locator(".prose ul").all()

    def geometry(list_locator):
        boxes = [box(li) for li in list_locator.locator("li").all()]
        top = boxes[0]["y"]
        return [(round(b["y"] - top, 1), round(b["height"], 1)) for b in boxes]

    plain, editor = geometry(plain_list), geometry(editor_list)
    assert len(plain) == 3
    assert editor == plain
    assert box(plain_list)["height"] == pytest.approx(box(editor_list)["height"], abs=0.5)


def test_cards_with_and_without_a_picture_line_up_in_a_row(live_server, page, demo_site):
    """“Drug allergy” has no hero image; its card's title and date align with its neighbours'."""
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/topics/immune-system/")
    cards = page.locator(".card")
    titles = [card.locator(".card__title").inner_text() for card in cards.all()]
    assert any("Drug allergy" in title for title in titles)
    assert page.locator(".card .card__image--none").count() == 1
    assert page.locator(".card picture").count() == cards.count() - 1

    rows = {}
    for card in cards.all():
        rows.setdefault(round(box(card)["y"]), []).append(card)
    row = next(
        row for row in rows.values() if any(c.locator(".card__image--none").count() for c in row)
    )
    assert len(row) >= 2
    for part in [".card__image", ".card__kicker", ".card__title", ".card__meta"]:
        tops = {round(box(card.locator(part).first)["y"]) for card in row}
        assert len(tops) == 1, (part, tops)
    picture = box(page.locator(".card__image").first)
    assert picture["height"] > 100


def test_footer_vat_number_stays_on_one_line_at_1280px(live_server, page, demo_site):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_server.url + "/")
    numbers = page.locator(".site-footer__ids dd")
    assert numbers.count() >= 2

    for index in range(numbers.count()):
        number = numbers.nth(index)
        line_height = number.evaluate("el => parseFloat(getComputedStyle(el).lineHeight)")
        assert number.evaluate("el => el.getClientRects().length") == 1
        assert box(number)["height"] < 1.5 * line_height, number.inner_text()
    assert "GB 000 0000 00" in numbers.all_inner_texts()


def test_only_header_cells_are_shaded(live_server, page, demo_site):
    """A table without a header row (acne treatments) has no shaded first row."""
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/articles/acne/")
    table = page.locator(".prose table")
    assert table.locator("th").count() == 0

    backgrounds = (
        table.locator("tr")
        .first.locator("td")
        .evaluate_all("cells => cells.map(cell => getComputedStyle(cell).backgroundColor)")
    )
    assert set(backgrounds) == {"rgba(0, 0, 0, 0)"}

    page.goto(live_server.url + DEMO_ARTICLE)
    header = page.locator(".prose th").first
    assert header.evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    first_body_cell = page.locator(".prose tbody tr").first.locator("td").first
    assert first_body_cell.evaluate("el => getComputedStyle(el).backgroundColor") == (
        "rgba(0, 0, 0, 0)"
    )


def edge_shade(region, side):
    """Median brightness of a 4 px strip just inside the region's left or right edge."""
    image = Image.open(BytesIO(region.screenshot())).convert("L")
    width, height = image.size
    scale = width / box(region)["width"]
    columns = range(int(2 * scale), int(6 * scale))
    xs = [x if side == "left" else width - 1 - x for x in columns]
    return median(image.getpixel((x, y)) for x in xs for y in range(height // 4, height))


def test_wide_table_on_a_phone_scrolls_in_a_labelled_region_that_shows_it(
    live_server, page, demo_site
):
    """The treatment table is wider than a phone: a focusable, named region scrolls it, and a
    shadow at the edge shows there is more, until the reader reaches that end."""
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + DEMO_ARTICLE)
    region = page.get_by_role("region", name="Table")
    expect(region).to_have_count(1)
    region.scroll_into_view_if_needed()
    assert region.evaluate("el => el.scrollWidth > el.clientWidth + 50")
    assert box(region)["x"] + box(region)["width"] <= PHONE["width"]

    assert edge_shade(region, "right") < edge_shade(region, "left") - 20

    region.focus()
    assert region.evaluate("el => document.activeElement === el")
    at_end = "el => el.scrollLeft + el.clientWidth >= el.scrollWidth - 1"
    for _ in range(50):  # the arrow keys scroll a focused region
        if region.evaluate(at_end):
            break
        page.keyboard.press("ArrowRight")
    page.wait_for_function(at_end, arg=region.element_handle())

    assert edge_shade(region, "left") < edge_shade(region, "right") - 20
