"""URLs, URL lists and feeds against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import socket
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from onrecord.record import DateSource
from onrecord.settings import IngestSettings
from onrecord.store import Store

from .conftest import FIXTURES, Route, Site, run_ingest

PAGE = (FIXTURES / "flynn_page.html").read_bytes()
SECOND = (
    PAGE.replace(b"Flynn was in touch", b"Envoy confirms Flynn talks")
    .replace(b"Russia's ambassador to the United States", b"Moscow's envoy in Washington")
    .replace(b"since before the November election", b"for months before the November vote")
)


def _feed(site: Site, links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Story {n}</title><link>{site.url(link)}</link>"
        f"<pubDate>Tue, 14 Feb 2017 10:00:00 GMT</pubDate>"
        f"<description>Officials said Flynn and Kislyak spoke {n} times before the vote."
        f"</description></item>"
        for n, link in enumerate(links)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title>'
        f"<link>{site.base}</link><description>news</description>{items}</channel></rss>"
    ).encode()


@pytest.fixture
def pages(site: Site) -> Site:
    site.routes.update(
        {
            "/robots.txt": Route(
                b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"
            ),
            "/flynn": Route(PAGE),
            "/second": Route(SECOND),
            "/moved": Route(b"", 301, location="/flynn"),
            "/private/memo": Route(PAGE),
            "/broken": Route(b"oops", 500, "text/plain"),
            "/slow": Route(PAGE, delay=3.0),
        }
    )
    return site


def test_a_url_is_fetched_with_the_configured_user_agent(
    pages: Site, settings: IngestSettings, case_store: Store
) -> None:
    run = run_ingest([pages.url("/flynn")], settings, case_store)
    article = run.articles[0].article
    assert article.origin == article.url == pages.url("/flynn")
    assert article.outlet == "The Daily Ledger"
    assert set(pages.agents) == {settings.user_agent}


def test_redirects_are_followed_and_the_final_url_is_kept(
    pages: Site, settings: IngestSettings, case_store: Store
) -> None:
    article = run_ingest([pages.url("/moved")], settings, case_store).articles[0].article
    assert article.url == pages.url("/flynn")


def test_robots_txt_is_read_once_and_respected(
    pages: Site, settings: IngestSettings, case_store: Store
) -> None:
    run = run_ingest([pages.url("/private/memo"), pages.url("/flynn")], settings, case_store)
    assert [(e.code, "robots" in e.reason) for e in run.errors] == [("OR106", True)]
    assert pages.hits["/robots.txt"] == 1 and "/private/memo" not in pages.hits


def test_robots_txt_is_ignored_when_the_setting_says_so(
    pages: Site, settings: IngestSettings, case_store: Store
) -> None:
    lax = replace(settings, respect_robots=False)
    assert len(run_ingest([pages.url("/private/memo")], lax, case_store).articles) == 1


def test_a_404_fails_at_once_and_a_500_after_its_retries(
    pages: Site, settings: IngestSettings, case_store: Store
) -> None:
    run = run_ingest(
        [pages.url("/gone"), pages.url("/broken"), pages.url("/flynn")], settings, case_store
    )
    assert [(e.source, e.code) for e in run.errors] == [
        (pages.url("/gone"), "OR106"),
        (pages.url("/broken"), "OR106"),
    ]
    assert "404" in run.errors[0].reason and "500" in run.errors[1].reason
    assert pages.hits["/gone"] == 1 and pages.hits["/broken"] == settings.retries + 1
    assert len(run.articles) == 1


def test_a_slow_page_times_out_by_the_setting(
    pages: Site, settings: IngestSettings, case_store: Store
) -> None:
    quick = replace(settings, timeout_seconds=0.3, retries=0)
    started = time.monotonic()
    run = run_ingest([pages.url("/slow")], quick, case_store)
    assert run.errors[0].code == "OR106" and "timed out" in run.errors[0].reason
    assert time.monotonic() - started < 2.5


def test_a_page_over_max_bytes_is_refused(
    pages: Site, settings: IngestSettings, case_store: Store
) -> None:
    small = replace(settings, max_bytes=500)
    assert [e.code for e in run_ingest([pages.url("/flynn")], small, case_store).errors] == [
        "OR104"
    ]


def test_a_feed_url_fetches_every_entry_and_dates_it_from_the_page_or_the_entry(
    pages: Site, settings: IngestSettings, case_store: Store
) -> None:
    pages.routes["/feed.xml"] = Route(
        _feed(pages, ["/flynn", "/gone"]), content_type="application/rss+xml"
    )
    run = run_ingest([pages.url("/feed.xml")], settings, case_store)
    fetched, fallback = (item.article for item in run.articles)
    assert fetched.published and fetched.published.source is DateSource.METADATA
    assert fallback.origin == pages.url("/gone")
    assert fallback.clean_text == "Officials said Flynn and Kislyak spoke 1 times before the vote."
    assert fallback.published and fallback.published.source is DateSource.SIDECAR
    assert fallback.published.value.iso() == "2017-02-14" and run.errors == []


def test_a_feed_file_is_read_and_a_file_that_is_not_a_feed_is_named(
    pages: Site, tmp_path: Path, settings: IngestSettings, case_store: Store
) -> None:
    feed = tmp_path / "ledger.rss"
    feed.write_bytes(_feed(pages, ["/second"]))
    not_feed = tmp_path / "plain.xml"
    not_feed.write_text("<note><to>Tove</to></note>")
    run = run_ingest([feed, not_feed], settings, case_store)
    assert run.articles[0].article.url == pages.url("/second")
    assert [(e.source, e.code) for e in run.errors] == [(str(not_feed), "OR107")]


@pytest.mark.parametrize("name", ["links.urls", "links.txt"])
def test_a_url_list_file_fetches_each_url_in_order(
    pages: Site,
    tmp_path: Path,
    settings: IngestSettings,
    case_store: Store,
    name: str,
) -> None:
    listing = tmp_path / name
    listing.write_text(f"{pages.url('/second')}\n\n{pages.url('/flynn')}\n{pages.url('/gone')}\n")
    run = run_ingest([listing], settings, case_store)
    assert [a.article.url for a in run.articles] == [pages.url("/second"), pages.url("/flynn")]
    assert [e.source for e in run.errors] == [pages.url("/gone")]


def test_an_unreachable_host_fails_by_name(settings: IngestSettings, case_store: Store) -> None:
    quick = replace(settings, retries=0, respect_robots=False)
    errors = run_ingest(["http://127.0.0.1:9/nothing"], quick, case_store).errors
    assert [(e.source, e.code) for e in errors] == [("http://127.0.0.1:9/nothing", "OR106")]


def test_a_server_that_trickles_bytes_is_abandoned_at_the_deadline(
    pages: Site, settings: IngestSettings, case_store: Store
) -> None:
    pages.routes["/trickle"] = Route(PAGE[:400], trickle=0.1)
    quick = replace(settings, retries=0, timeout_seconds=1.0, deadline_seconds=1.0)
    started = time.monotonic()
    run = run_ingest([pages.url("/trickle")], quick, case_store)
    assert [(e.source, e.code) for e in run.errors] == [(pages.url("/trickle"), "OR106")]
    assert "gave up after 1s" in run.errors[0].reason
    assert time.monotonic() - started < 5


def test_a_refused_connection_is_reported_as_such_not_as_robots_txt(
    settings: IngestSettings, case_store: Store
) -> None:
    quick = replace(settings, retries=0)
    errors = run_ingest(["http://127.0.0.1:9/nothing"], quick, case_store).errors
    assert [(e.source, e.code) for e in errors] == [("http://127.0.0.1:9/nothing", "OR106")]
    assert "disallowed" not in errors[0].reason and "refused" in errors[0].reason.lower()


def test_private_loopback_and_link_local_targets_are_refused_by_name_unless_allowed(
    pages: Site, tmp_path: Path, settings: IngestSettings, case_store: Store
) -> None:
    strict = replace(settings, allow_private_addresses=False, retries=0)
    listing = tmp_path / "links.urls"
    listing.write_text(
        f"{pages.url('/flynn')}\nhttp://169.254.169.254/latest/meta-data/\nhttp://[::1]:9/x\n"
    )
    run = run_ingest([listing], strict, case_store)
    assert [e.code for e in run.errors] == ["OR111"] * 3
    named = ("127.0.0.1", "169.254.169.254", "::1")
    assert all(address in e.reason for e, address in zip(run.errors, named, strict=True))
    assert pages.hits == {}
    feed = tmp_path / "ledger.rss"
    feed.write_bytes(_feed(pages, ["/second"]))
    from_feed = run_ingest([feed], strict, case_store)
    assert [(e.source, e.code) for e in from_feed.errors] == [(pages.url("/second"), "OR111")]
    assert from_feed.articles == [] and pages.hits == {}
    allowed = run_ingest([listing], settings, case_store)
    assert [a.article.url for a in allowed.articles] == [pages.url("/flynn")]


def test_a_name_that_resolves_to_loopback_is_refused_and_fetched_by_name_when_allowed(
    pages: Site, settings: IngestSettings, case_store: Store
) -> None:
    by_name = pages.url("/flynn").replace("127.0.0.1", "localhost")
    strict = replace(settings, allow_private_addresses=False, retries=0)
    refused = run_ingest([by_name], strict, case_store)
    assert [(e.source, e.code) for e in refused.errors] == [(by_name, "OR111")]
    assert "localhost is the non-public address" in refused.errors[0].reason
    assert pages.hits == {}
    allowed = run_ingest([by_name], settings, case_store)
    assert [a.article.url for a in allowed.articles] == [by_name]
    assert set(pages.hosts) == {by_name.split("/")[2]}  # the Host header names the host


@pytest.fixture
def rebinding_name(monkeypatch: pytest.MonkeyPatch) -> str:
    """A name whose DNS answer changes after the first question, as a rebinding attacker's
    does: first a public address (where nothing answers on the test's port), then 127.0.0.1."""
    name, real = "news.rebind.example", socket.getaddrinfo
    answers = iter(["192.0.43.10"])

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == name:
            return real(next(answers, "127.0.0.1"), port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return name


def test_a_fetch_connects_to_the_address_it_checked_so_a_rebinding_name_never_reaches_loopback(
    pages: Site, settings: IngestSettings, case_store: Store, rebinding_name: str
) -> None:
    url = pages.url("/flynn").replace("127.0.0.1", rebinding_name)
    strict = replace(
        settings,
        allow_private_addresses=False,
        retries=0,
        timeout_seconds=0.5,
        respect_robots=False,
    )
    run = run_ingest([url], strict, case_store)
    assert [(e.source, e.code) for e in run.errors] == [(url, "OR106")]
    assert pages.hits == {}
