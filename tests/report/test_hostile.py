"""Article text is hostile input: markup, event handlers and ``javascript:`` URLs in an
article's text, title, outlet, URL and speaker names must come out inert."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from onrecord.report import build_dossier, render_html, render_markdown
from onrecord.report.as_markdown import escape
from onrecord.report.blocks import Link, safe_url
from onrecord.store import Store

_ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "ul",
                 "ol", "li", "a", "strong", "sup"}  # fmt: skip


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _parsed(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def test_html_has_no_script_handler_or_javascript_link(store: Store) -> None:
    html = render_html(build_dossier(store))
    assert "<script" not in html.lower()
    assert "onerror=" not in html.lower()
    assert 'href="javascript:' not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown, as text


def test_html_parses_to_known_tags_with_only_safe_links(store: Store) -> None:
    tags = _parsed(render_html(build_dossier(store))).tags
    assert {tag for tag, _ in tags} <= _ALLOWED_TAGS
    for tag, attrs in tags:
        names = {name for name, _ in attrs}
        assert not {n for n in names if n.startswith("on")}, (tag, attrs)
        assert "src" not in names
        for name, value in attrs:
            if name == "href":
                assert value is not None
                assert value.startswith("#") or re.match(r"https?://", value), value


def test_html_is_self_contained(store: Store) -> None:
    html = render_html(build_dossier(store))
    tags = _parsed(html).tags
    assert not [
        t
        for t, attrs in tags
        if t == "link" or (t == "meta" and ("http-equiv", "refresh") in attrs)
    ]
    assert "@import" not in html and "url(" not in html


def test_markdown_has_no_raw_markup_or_javascript_link(store: Store) -> None:
    markdown = render_markdown(build_dossier(store))
    assert "<script" not in markdown.lower()
    assert "<img" not in markdown.lower()
    assert not re.search(r"(?<!\\)\]\(<?javascript:", markdown)  # no unescaped link target
    assert "\\[click\\](javascript:alert(1))" in markdown  # the text's own link is inert


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "//x.example",
     "https://", "", None],
)  # fmt: skip
def test_only_http_urls_become_links(url: str | None) -> None:
    assert safe_url(url) is None


def test_a_safe_url_cannot_break_out_of_its_attribute() -> None:
    assert safe_url('https://a.example/x"><script>') == "https://a.example/x%22%3E%3Cscript%3E"
    with pytest.raises(ValueError):
        Link("label", "javascript:alert(1)")


def test_markdown_escape_keeps_text_inside_its_line() -> None:
    assert escape("a\n- b *c* <b>") == "a - b \\*c\\* &lt;b&gt;"
    assert escape("&lt;script&gt;") == "&amp;lt;script&amp;gt;"
