"""Files, folders, sidecars, JSONL and WARC, read from real files; bad inputs fail by name."""

from __future__ import annotations

import gzip
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.ingest import InMemoryIngestMemory, SourceMeta
from onrecord.record import DateSource
from onrecord.settings import IngestSettings

from .conftest import FIXTURES, run_ingest

STORY = (
    "Trump met Kislyak at a reception at the Mayflower Hotel before his speech, "
    "the Wall Street Journal reported on May 13, 2016.\n\n"
    "The campaign later said there had been no contact with Russian officials."
)
PAGE = (FIXTURES / "flynn_page.html").read_text(encoding="utf-8")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _line(**fields: object) -> str:
    return json.dumps(fields) + "\n"


def test_an_html_page_gives_its_body_and_metadata(
    settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    run = run_ingest([FIXTURES / "flynn_page.html"], settings, memory)
    article = run.articles[0].article
    assert article.outlet == "The Daily Ledger"
    assert article.authors == ("Dana Whitfield",)
    assert article.published and article.published.source is DateSource.METADATA
    assert article.published.value.iso() == "2017-02-10"
    assert "declined to say whether the president" in article.clean_text
    assert "inbox" not in article.clean_text and "All rights reserved" not in article.clean_text


def test_a_text_file_takes_url_outlet_and_date_from_its_sidecar(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    text = _write(tmp_path / "wsj.txt", STORY)
    _write(
        tmp_path / "wsj.meta.json",
        json.dumps(
            {
                "url": "https://www.example.com/a",
                "title": "Mayflower",
                "outlet": "Example Journal",
                "published": "2016-05-13",
                "authors": ["A. Writer"],
            }
        ),
    )
    article = run_ingest([text], settings, memory).articles[0].article
    assert (article.url, article.title, article.outlet) == (
        "https://www.example.com/a",
        "Mayflower",
        "Example Journal",
    )
    assert article.published and article.published.source is DateSource.SIDECAR
    assert article.authors == ("A. Writer",)


def test_a_folder_is_read_recursively_in_sorted_order_and_skips_sidecars(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    _write(tmp_path / "b" / "two.md", STORY.replace("Trump", "The candidate"))
    _write(tmp_path / "a.txt", STORY)
    _write(tmp_path / "a.meta.json", "{}")
    _write(tmp_path / "notes.csv", "x,y")
    run = run_ingest([tmp_path], settings, memory)
    assert [Path(a.article.origin).name for a in run.articles] == ["a.txt", "two.md"]
    assert run.errors == []


def test_cli_metadata_fills_what_a_plain_text_lacks(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    meta = SourceMeta(date(2017, 3, 2), "Example Weekly", "https://www.example.org/x")
    article = run_ingest([_write(tmp_path / "x.txt", STORY)], settings, memory, meta)
    found = article.articles[0].article
    assert found.outlet == "Example Weekly" and found.url == "https://www.example.org/x"
    assert found.published and found.published.source is DateSource.CLI


def test_the_outlet_falls_back_to_the_url_host_without_www(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    meta = SourceMeta(url="https://www.example.net/story")
    run = run_ingest([_write(tmp_path / "x.txt", STORY)], settings, memory, meta)
    assert run.articles[0].article.outlet == "example.net"


def test_jsonl_lines_become_articles_and_a_bad_line_is_named_by_its_number(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    path = _write(
        tmp_path / "batch.jsonl",
        "".join(
            [
                _line(text=STORY, outlet="Wire", published="2016-05-13", id="w1"),
                "{not json\n",
                "\n",
                _line(html=PAGE, url="https://ledger.example/flynn"),
                _line(title="no body"),
            ]
        ),
    )
    run = run_ingest([path], settings, memory)
    assert [a.article.origin for a in run.articles] == [f"{path}:1#w1", f"{path}:4"]
    assert [e.source for e in run.errors] == [f"{path}:2", f"{path}:5"]
    assert run.articles[0].article.published.source is DateSource.SIDECAR  # type: ignore[union-attr]


def test_a_gzipped_jsonl_is_read_and_a_truncated_one_stops_with_bad_archive(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    lines = "".join(_line(text=f"{STORY} Line {n} said more.") for n in range(50)).encode()
    whole = tmp_path / "whole.jsonl.gz"
    whole.write_bytes(gzip.compress(lines))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole.read_bytes()[: len(whole.read_bytes()) // 2])
    assert len(run_ingest([whole], settings, memory).articles) == 50
    run = run_ingest([cut], settings, InMemoryIngestMemory())
    assert run.errors[-1].code == "OR108" and run.errors[-1].source == str(cut)


def _warc(path: Path, records: list[tuple[str, str, bytes]]) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.name.endswith(".gz"))
        for uri, content_type, body in records:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
    return path


def test_a_warc_gives_one_article_per_html_response_named_by_its_uri(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    path = _warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://ledger.example/flynn", "text/html; charset=utf-8", PAGE.encode()),
            ("https://ledger.example/logo.png", "image/png", b"\x89PNG\x00\x00"),
        ],
    )
    run = run_ingest([path], settings, memory)
    assert [a.article.origin for a in run.articles] == ["https://ledger.example/flynn"]
    assert run.articles[0].article.url == "https://ledger.example/flynn"


def test_a_file_that_is_not_a_warc_is_a_bad_archive(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    path = _write(tmp_path / "fake.warc", "this is not an archive at all\n")
    assert [e.code for e in run_ingest([path], settings, memory).errors] == ["OR108"]


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50, "OR102"),
        ("empty.txt", b"   \n\n", "OR103"),
        ("latin.txt", "Señor Kislyak, l'ambassadeur, a été reçu.".encode("utf-16-le"), "OR102"),
        ("garbled.txt", bytes(range(0x80, 0x100)) * 20, "OR105"),
        ("nav.html", b"<html><body><nav>Home | Subscribe</nav></body></html>", "OR103"),
        ("broken.html", b"<html><body><div><p><<<>>>&&&", "OR103"),
        ("notfeed.rss", b"<html><body><p>Hello there.</p></body></html>", "OR107"),
    ],
)
def test_a_bad_file_is_an_error_named_by_its_path_and_the_run_goes_on(
    tmp_path: Path,
    settings: IngestSettings,
    memory: InMemoryIngestMemory,
    name: str,
    content: bytes,
    code: str,
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = _write(tmp_path / "good.txt", STORY)
    run = run_ingest([bad, good], settings, memory)
    assert [(e.source, e.code) for e in run.errors] == [(str(bad), code)]
    assert len(run.articles) == 1


def test_a_file_over_max_bytes_is_refused_without_reading_it_whole(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    big = tmp_path / "big.txt"
    big.write_text(STORY * 1000)
    small = IngestSettings(**{**settings.__dict__, "max_bytes": 10_000})
    assert [e.code for e in run_ingest([big], small, memory).errors] == ["OR104"]


def test_a_utf8_text_with_a_stray_latin1_byte_keeps_both_characters(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    path = tmp_path / "stray.txt"
    path.write_bytes(f"{STORY} “Jos".encode() + b"\xe9" + " Ortiz,” the envoy said.".encode())
    text = run_ingest([path], settings, memory).articles[0].article.clean_text
    assert "“José Ortiz,” the envoy said." in text
    assert "\ufffd" not in text


@pytest.mark.parametrize(
    ("codec", "sentence"),
    [
        ("cp1252", "Señor José Ortiz told the envoy’s aides the visit was “routine.”"),
        ("cp1251", "Посол России Сергей Кисляк встретился с советником кандидата в апреле."),
        ("utf-16", "Señor José Ortiz told the envoy’s aides the visit was “routine.”"),
    ],
)
def test_an_undeclared_windows_or_utf16_text_is_read_in_its_own_encoding(
    tmp_path: Path,
    settings: IngestSettings,
    memory: InMemoryIngestMemory,
    codec: str,
    sentence: str,
) -> None:
    path = tmp_path / f"{codec}.txt"
    path.write_bytes(f"{STORY}\n\n{sentence} {sentence}".encode(codec))
    run = run_ingest([path], settings, memory)
    assert not run.errors
    assert sentence in run.articles[0].article.clean_text


def test_a_declared_charset_is_honoured(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1251"').replace(
        "Dana Whitfield", "Дана Уитфилд"
    )
    path = tmp_path / "cyr.html"
    path.write_bytes(page.encode("windows-1251", errors="replace"))
    article = run_ingest([path], settings, memory).articles[0].article
    assert article.authors == ("Дана Уитфилд",)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_is_named_with_the_reason(
    tmp_path: Path, settings: IngestSettings, memory: InMemoryIngestMemory
) -> None:
    path = _write(tmp_path / "secret.txt", STORY)
    path.chmod(0)
    try:
        errors = run_ingest([path], settings, memory).errors
    finally:
        path.chmod(0o644)
    assert errors[0].code == "OR101" and "permission" in errors[0].reason


def test_a_missing_source_is_named(settings: IngestSettings, memory: InMemoryIngestMemory) -> None:
    errors = run_ingest(["/no/such/place.txt"], settings, memory).errors
    assert [(e.source, e.code) for e in errors] == [("/no/such/place.txt", "OR101")]


def test_a_permission_error_is_reported_as_unreadable_even_when_running_as_root(
    tmp_path: Path,
    settings: IngestSettings,
    memory: InMemoryIngestMemory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _write(tmp_path / "secret.txt", STORY)

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    errors = run_ingest([path], settings, memory).errors
    assert errors[0].code == "OR101" and "permission" in errors[0].reason
