"""The timeline and the contact graph in a real browser: they draw the record, zoom from days to
years, and every click leads to the evidence."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.web.browser.conftest import Browsing

pytestmark = [pytest.mark.browser, pytest.mark.model]

DAY_MS = 86_400_000


def _window_days(browsing: Browsing) -> float:
    span = browsing.page.evaluate(
        "() => { const w = window.onrecordTimeline.getWindow(); return w.end - w.start; }"
    )
    return float(span) / DAY_MS


def test_the_timeline_draws_the_record_and_zooms_from_years_to_days(browsing: Browsing) -> None:
    page = browsing.open("/timeline")
    page.wait_for_selector("#timeline .vis-item.contact")
    lanes = page.locator("#timeline .vis-label").count()
    assert lanes >= 10
    shown = _window_days(browsing)
    assert shown > 365  # the whole story: more than a year
    page.get_by_role("button", name="Zoom in").click()
    assert _window_days(browsing) < shown * 0.8
    for _ in range(25):
        if _window_days(browsing) <= 7:
            break
        page.get_by_role("button", name="Zoom in").click()
    assert _window_days(browsing) <= 7  # down to days
    assert page.locator("#timeline .vis-time-axis .vis-text.vis-minor").count() >= 5  # one a day
    page.get_by_role("button", name="Fit all").click()
    assert _window_days(browsing) > 365


def test_clicking_a_contact_on_the_timeline_opens_its_event_page(browsing: Browsing) -> None:
    page = browsing.open("/timeline")
    item = page.locator("#timeline .vis-item.contact.vis-point").first
    item.click()
    page.wait_for_url("**/events/*")
    assert page.locator("main h1").count() == 1
    assert page.locator("section.error").count() == 0


def test_a_month_is_drawn_as_a_span_never_as_a_day(browsing: Browsing) -> None:
    page = browsing.open("/timeline")
    page.wait_for_selector("#timeline .vis-item")
    assert page.locator("#timeline .vis-item.precision-month.vis-range").count() > 0
    assert page.locator("#timeline .vis-item.precision-month.vis-point").count() == 0
    label = page.locator("#timeline .vis-item.precision-month .when").first.inner_text()
    assert label.strip(" ()")[:4].isdigit() and len(label.strip(" ()")) == 7  # "2016-04"


def test_clicking_a_name_on_the_timeline_keeps_only_their_lane(browsing: Browsing) -> None:
    page = browsing.open("/timeline")
    name = page.locator("#timeline .vis-label .lane a").first
    person = name.text_content() or ""
    assert person
    name.click()
    page.wait_for_url("**/timeline?person=*")
    expect(page.locator("#timeline .vis-label")).to_have_text([person])


def test_tapping_an_edge_of_the_graph_shows_its_evidence(browsing: Browsing) -> None:
    page = browsing.open("/graph")
    page.wait_for_function("() => window.onrecordGraph !== undefined")
    drawn = page.evaluate("() => [onrecordGraph.nodes().length, onrecordGraph.edges().length]")
    data = browsing.page.request.get(browsing.base + "/graph.json").json()
    assert drawn == [len(data["nodes"]), len(data["edges"])]
    edge, x, y = _clear_edge(browsing)
    page.mouse.click(x, y)
    panel = page.locator("#graph-panel")
    assert panel.get_attribute("data-edge") == edge
    source = panel.locator("a.source").first
    sentence = source.inner_text()
    source.click()
    page.wait_for_url("**/articles/*#span-*")
    mark = page.locator("mark:target")
    assert mark.is_visible()
    assert " ".join(mark.inner_text().split())[:40] == " ".join(sentence.split())[:40]


def _clear_edge(browsing: Browsing) -> tuple[str, float, float]:
    """The heaviest edge whose midpoint no node and no other edge covers, and where that is on
    the screen (a click there can only hit that edge)."""
    found = browsing.page.evaluate(
        """() => {
        const cy = window.onrecordGraph;
        const box = cy.container().getBoundingClientRect();
        const away = (p, a, b) => {  // distance from p to the segment a-b
            const dx = b.x - a.x, dy = b.y - a.y, len = dx * dx + dy * dy || 1;
            const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
            return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
        };
        const clear = cy.edges().filter(edge => {
            const mid = edge.renderedMidpoint();
            const nodes = cy.nodes().every(node => {
                const b = node.renderedBoundingBox({includeLabels: true});
                return mid.x < b.x1 - 6 || mid.x > b.x2 + 6 || mid.y < b.y1 - 6 || mid.y > b.y2 + 6;
            });
            const edges = cy.edges().every(other => other.same(edge) || away(mid,
                other.source().renderedPosition(), other.target().renderedPosition()) > 10);
            return nodes && edges;
        }).sort((a, b) => b.data('weight') - a.data('weight'));
        const edge = clear[0];
        const mid = edge.renderedMidpoint();
        return [edge.id(), box.left + mid.x, box.top + mid.y];
    }"""
    )
    return str(found[0]), float(found[1]), float(found[2])
