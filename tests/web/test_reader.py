"""The article reader: the clean text with every evidence span marked, so a citation's link
lands on the exact sentence; overlapping spans never lose or duplicate a character."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from html import unescape
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st
from starlette.testclient import TestClient

from onrecord.case import Case
from onrecord.dates import FuzzyDate
from onrecord.ids import article_id
from onrecord.record import DateSource, Published
from onrecord.web.highlight import highlight
from onrecord.web.models import Mark
from tests.web.html import parse
from tests.web.story import HOSTILE, HOSTILE_DENIAL, MEETING, WIRE, cited


class _Marked(HTMLParser):
    """The visible text inside the element with one id, nested marks included."""

    def __init__(self, anchor: str) -> None:
        super().__init__(convert_charrefs=True)
        self.anchor, self.depth, self.text = anchor, 0, ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth or ("id", self.anchor) in attrs:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(0, self.depth - 1)

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text += data


def _marked(html: str, anchor: str) -> str:
    parser = _Marked(anchor)
    parser.feed(html)
    return parser.text


def test_the_reader_marks_the_cited_sentence_at_its_offsets(reader: TestClient) -> None:
    start, end = cited(WIRE, MEETING)
    page = reader.get(f"/articles/{WIRE.id}.json").json()
    kinds = {m["kind"] for m in page["marks"] if (m["start"], m["end"]) == (start, end)}
    assert kinds == {"event", "report"}
    html = reader.get(f"/articles/{WIRE.id}").text
    assert _marked(html, f"span-{start}-{end}") == MEETING
    assert html.count(f'id="span-{start}-{end}"') == 1
    assert _marked(html, "span-0-9") == ""  # no such span: the helper finds nothing


def test_nested_spans_are_marked_inside_the_sentence(reader: TestClient) -> None:
    html = reader.get(f"/articles/{WIRE.id}").text
    start, end = cited(WIRE, "Ambassador Anton Belov")
    assert _marked(html, f"span-{start}-{end}") == "Ambassador Anton Belov"


def test_every_link_to_a_cited_sentence_has_its_mark(reader: TestClient) -> None:
    start, end = cited(HOSTILE, HOSTILE_DENIAL)
    html = reader.get(f"/articles/{HOSTILE.id}").text
    assert f'id="span-{start}-{end}"' in html
    assert _marked(html, f"span-{start}-{end}").startswith('"No contact with Belov <img')


def test_an_unknown_article_is_a_404(reader: TestClient) -> None:
    assert reader.get("/articles/art_nope").status_code == 404
    assert reader.get("/articles/art_nope.json").json()["error"]["code"] == "not_found"


def _mark(start: int, end: int, kind: str = "event") -> Mark:
    return Mark(kind=kind, start=start, end=end, label="<b>x</b>", anchor="", href=None)


def test_crossing_spans_keep_every_character_once() -> None:
    text = 'ab<c>&d"ef'
    html = str(highlight(text, [_mark(0, 5), _mark(3, 9, "statement"), _mark(3, 9, "role")]))
    assert unescape(re.sub(r"<[^>]+>", "", html)) == text
    assert html.count('id="span-0-5"') == 1 and html.count('id="span-3-9"') == 1
    assert _marked(html, "span-0-5") == "ab<c>"
    assert "<c>" not in html and "<b>" not in html


def test_a_nested_span_leaves_the_outer_mark_whole() -> None:
    html = str(highlight("one two three", [_mark(0, 13), _mark(4, 7, "role")]))
    assert _marked(html, "span-0-13") == "one two three"
    assert _marked(html, "span-4-7") == "two"


spans = st.tuples(st.integers(0, 30), st.integers(0, 30)).map(sorted)


@given(st.text(alphabet="ab <>&\"'=", max_size=30), st.lists(spans, max_size=6))
def test_highlighting_is_lossless_balanced_and_anchored(text: str, pairs: list[list[int]]) -> None:
    marks = [_mark(a, b) for a, b in pairs]
    html = str(highlight(text, marks))
    assert unescape(re.sub(r"<[^>]+>", "", html)) == text
    assert html.count("<mark") == html.count("</mark>")
    assert {tag for tag, _ in parse(html).tags} <= {"mark"}
    for a, b in pairs:
        if a < b <= len(text):
            assert html.count(f'id="span-{a}-{b}"') == 1
    for a, b in pairs:  # a span that nothing crosses is one element with all its text
        crossed = any(c < a < d < b or a < c < b < d for c, d in pairs)
        if a < b <= len(text) and not crossed:
            assert _marked(html, f"span-{a}-{b}") == text[a:b]


def test_an_article_dated_only_by_its_text_says_the_date_is_a_guess(
    story_case: Case, client: TestClient
) -> None:
    text = "WASHINGTON, Feb. 14, 2017 — The adviser resigned late Monday, aides said."
    guessed = replace(
        WIRE,
        id=article_id(text),
        clean_text=text,
        raw_text=text,
        published=Published(FuzzyDate.day(date(2017, 2, 14)), DateSource.TEXT, 0.3),
    )
    with story_case.store() as store:
        store.add_article(guessed)
    page = client.get(f"/articles/{guessed.id}")
    assert page.status_code == 200
    assert "date guessed from the text, confidence 0.30" in unescape(page.text)
    twin = client.get(f"/articles/{guessed.id}.json").json()
    assert (twin["article"]["dated_by"], twin["article"]["date_confidence"]) == ("text", 0.3)
    metadata = client.get(f"/articles/{WIRE.id}").text
    assert "date guessed" not in metadata
