"""A reporter's paths through the web app in a real browser: from the dashboard to the source
sentence, a correction made in the UI, and a hostile article that stays inert everywhere."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.web.browser.conftest import HOSTILE_NAME, IMG, SCRIPT, Browsing

pytestmark = [pytest.mark.browser, pytest.mark.model]


def _words(text: str) -> str:
    return " ".join(text.split())


def test_from_the_dashboard_to_the_contradicted_words_in_their_article(
    browsing: Browsing,
) -> None:
    page = browsing.open("/")
    page.locator("ol.contradictions > li").first.get_by_role("link", name="details").click()
    page.wait_for_url("**/contradictions/*")
    words = _words(page.locator("main blockquote").first.inner_text())
    page.locator("main p.meta").first.locator("a.cite").first.click()
    page.wait_for_url("**/articles/*#span-*")
    mark = page.locator("mark:target")
    expect(mark).to_be_in_viewport()
    assert words.strip("“”\"'")[:20] in _words(mark.inner_text())


def _person(browsing: Browsing, name: str) -> dict[str, Any]:
    found = browsing.page.request.get(f"{browsing.base}/people.json", params={"q": name}).json()
    return next(row for row in found["items"] if row["name"] == name)


def test_a_merge_made_in_the_page_holds_after_a_reload(browsing: Browsing) -> None:
    keep, other = _person(browsing, "Donald Trump"), _person(browsing, "Trump")
    page = browsing.open(keep["href"])
    page.get_by_placeholder("a name or an id").fill(other["id"])
    with page.expect_navigation():
        page.get_by_role("button", name="Merge").click()
    assert browsing.path().startswith("/jobs/")  # the form answers at once with the re-check
    expect(page.locator("p.job")).to_have_attribute("data-state", "done", timeout=120_000)
    page.get_by_role("link", name="See the person's page").click()
    page.wait_for_url(f"**{keep['href']}")
    expect(page.locator("main")).to_contain_text(f"Trump (person, {other['id']}")
    browsing.open(other["href"])
    assert browsing.path() == keep["href"]  # the merged-away person's page is now the person's
    graph = page.request.get(f"{browsing.base}/graph.json").json()
    assert "Trump" not in [node["label"] for node in graph["nodes"]]


def _inert(browsing: Browsing, page: Page) -> None:
    """Nothing ran, nothing became markup: no payload image, no javascript: link."""
    page.wait_for_load_state("load")
    assert not browsing.xss_ran()
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0


def test_the_hostile_article_stays_inert_in_every_view(browsing: Browsing) -> None:
    petrov = _person(browsing, HOSTILE_NAME)
    page = browsing.open(f"/search?q={HOSTILE_NAME.replace(' ', '+')}")
    _inert(browsing, page)
    page.get_by_role("link", name="Envoy met Kislyak").first.click()
    page.wait_for_url("**/articles/*")
    _inert(browsing, page)
    shown = page.locator("article.reader").inner_text()
    assert SCRIPT in shown and IMG in shown  # the markup is there, as text
    page = browsing.open(f"/review?person={petrov['id']}")  # a dossier's claim: for review
    _inert(browsing, page)
    page.locator("ol.review > li", has_text="I never met Sergey").get_by_role("link").first.click()
    page.wait_for_url("**/contradictions/*")
    _inert(browsing, page)
    expect(page.locator("main blockquote").first).to_contain_text(IMG)
    for path in (petrov["href"], f"/timeline?person={petrov['id']}"):
        _inert(browsing, browsing.open(path))
    expect(page.locator("#timeline .vis-item", has_text="onerror").first).to_be_visible()
    page = browsing.open(f"/graph?person={petrov['id']}")
    page.wait_for_function("() => window.onrecordGraph !== undefined")
    middle = page.evaluate(
        """() => { const cy = window.onrecordGraph, box = cy.container().getBoundingClientRect();
                   const mid = cy.edges()[0].renderedMidpoint();
                   return [box.left + mid.x, box.top + mid.y]; }"""
    )
    page.mouse.click(*middle)
    expect(page.locator("#graph-panel")).to_contain_text(SCRIPT)
    _inert(browsing, page)


def test_typing_a_name_in_the_dashboard_filter_suggests_that_person(browsing: Browsing) -> None:
    page = browsing.open("/")
    page.get_by_placeholder("type a name").press_sequentially("Trum")
    suggested = page.locator("#person-names option", has_text="Donald Trump")
    expect(suggested.first).to_be_attached()
    page.get_by_placeholder("type a name").fill(suggested.first.get_attribute("value") or "")
    with page.expect_navigation():
        page.get_by_role("button", name="Filter").click()
    assert "person=" in page.url
    assert page.locator("section.error").count() == 0
