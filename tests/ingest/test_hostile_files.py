"""Hostile files and folders: each is one named failure (or a named skip) and the run goes on;
nothing hangs, nothing ends the run."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import threading
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from onrecord.ingest import article as article_module
from onrecord.ingest.sources import jsonl
from onrecord.settings import IngestSettings
from onrecord.store import Store

from .conftest import run_ingest

STORY = (
    "Trump met Kislyak at a reception at the Mayflower Hotel before his speech, "
    "the Wall Street Journal reported on May 13, 2016.\n\n"
    "The campaign later said there had been no contact with Russian officials."
)
DEEP = "[" * 100_000 + "]" * 100_000


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_an_unexpected_exception_in_one_input_is_named_and_the_run_goes_on(
    tmp_path: Path,
    settings: IngestSettings,
    case_store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = _write(tmp_path / "in" / "a-bad.html", "<html><body><p>boom</p></body></html>")
    good = _write(tmp_path / "in" / "b-good.txt", STORY)
    real_extract = article_module.extract

    def explode(body: str, url: str | None) -> object:
        raise KeyError("a reader bug")

    monkeypatch.setattr(article_module, "extract", explode)
    run = run_ingest([tmp_path / "in", tmp_path / "missing.txt"], settings, case_store)
    monkeypatch.setattr(article_module, "extract", real_extract)

    assert [(e.source, e.code) for e in run.errors] == [
        (str(bad), "OR109"),
        (str(tmp_path / "missing.txt"), "OR101"),
    ]
    assert "KeyError" in run.errors[0].reason
    assert [a.article.origin for a in run.articles] == [str(good)]


def test_a_reader_that_breaks_mid_folder_fails_that_file_and_the_walk_goes_on(
    tmp_path: Path,
    settings: IngestSettings,
    case_store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _write(tmp_path / "in" / "a.jsonl", json.dumps({"text": STORY}) + "\n")
    good = _write(tmp_path / "in" / "b.txt", STORY)

    def explode(*args: object) -> object:
        raise MemoryError("no room")

    monkeypatch.setattr(jsonl, "_line_item", explode)
    run = run_ingest([tmp_path / "in"], settings, case_store)
    assert [(e.source, e.code) for e in run.errors] == [(str(tmp_path / "in" / "a.jsonl"), "OR109")]
    assert [a.article.origin for a in run.articles] == [str(good)]


def test_a_folder_that_cannot_be_listed_is_named_and_the_run_goes_on(
    tmp_path: Path,
    settings: IngestSettings,
    case_store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    locked = tmp_path / "in" / "locked"
    locked.mkdir(parents=True)
    good = _write(tmp_path / "in" / "story.txt", STORY)
    real_iterdir = Path.iterdir

    def refuse(self: Path) -> object:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", refuse)
    run = run_ingest([tmp_path / "in"], settings, case_store)
    assert [(e.source, e.code) for e in run.errors] == [(str(locked), "OR101")]
    assert "Permission denied" in run.errors[0].reason
    assert [a.article.origin for a in run.articles] == [str(good)]


def test_symlink_loops_are_named_once_each_and_the_walk_finishes(
    tmp_path: Path, settings: IngestSettings, case_store: Store
) -> None:
    folder = tmp_path / "in"
    good = _write(folder / "story.txt", STORY)
    (folder / "loop-a").symlink_to(folder)
    (folder / "loop-b").symlink_to(folder)
    (folder / "self.txt").symlink_to(folder / "self.txt")
    run = run_ingest([folder], settings, case_store)
    assert sorted((e.source, e.code) for e in run.errors) == [
        (str(folder / "loop-a"), "OR101"),
        (str(folder / "loop-b"), "OR101"),
        (str(folder / "self.txt"), "OR101"),
    ]
    assert [a.article.origin for a in run.articles] == [str(good)]


def _in_a_thread(target: object) -> threading.Thread:
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout=20)
    return thread


def test_a_fifo_named_html_is_refused_without_blocking(
    tmp_path: Path, settings: IngestSettings, case_store: Store
) -> None:
    fifo = tmp_path / "in" / "page.html"
    fifo.parent.mkdir()
    os.mkfifo(fifo)
    good = _write(tmp_path / "in" / "story.txt", STORY)
    runs = []
    thread = _in_a_thread(
        lambda: runs.append(run_ingest([fifo, tmp_path / "in"], settings, case_store))
    )
    if thread.is_alive():
        with open(fifo, "wb"):  # unblock the stuck reader so the test process can end
            pass
        pytest.fail("reading a FIFO blocked the run")
    run = runs[0]
    assert [(e.source, e.code) for e in run.errors] == [(str(fifo), "OR101")] * 2
    assert "FIFO" in run.errors[0].reason
    assert [a.article.origin for a in run.articles] == [str(good)]


def test_deeply_nested_json_in_a_line_or_a_sidecar_is_named_and_the_run_goes_on(
    tmp_path: Path, settings: IngestSettings, case_store: Store
) -> None:
    lines = _write(
        tmp_path / "in" / "a.jsonl",
        f'{{"text": "x", "extra": {DEEP}}}\n' + json.dumps({"text": STORY}) + "\n",
    )
    text = _write(tmp_path / "in" / "b.txt", STORY.replace("Trump", "Sessions"))
    sidecar = _write(tmp_path / "in" / "b.meta.json", DEEP)
    run = run_ingest([tmp_path / "in"], settings, case_store)
    assert [(e.source, e.code) for e in run.errors] == [
        (f"{lines}:1", "OR110"),
        (str(sidecar), "OR110"),
    ]
    assert [a.article.origin for a in run.articles] == [f"{lines}:2"]
    assert text.exists()


def test_a_nul_in_json_text_or_fields_is_stored_as_u_fffd_alike_on_both_databases(
    tmp_path: Path, settings: IngestSettings, case_store: Store
) -> None:
    fields = {"title": "Envoy\u0000 met", "outlet": "Led\u0000ger", "authors": ["A\u0000B"]}
    text = STORY.replace("Mayflower", "May\u0000flower")
    _write(tmp_path / "in" / "a.jsonl", json.dumps({"text": text, **fields}) + "\n")
    run = run_ingest([tmp_path / "in"], settings, case_store)
    assert run.errors == []
    stored = case_store.article(run.articles[0].article.id)
    assert stored is not None and "May\ufffdflower Hotel" in stored.clean_text
    assert (stored.title, stored.outlet, stored.authors) == (
        "Envoy\ufffd met",
        "Led\ufffdger",
        ("A\ufffdB",),
    )


def test_a_gzip_that_expands_like_a_bomb_is_refused_quickly(
    tmp_path: Path, settings: IngestSettings, case_store: Store
) -> None:
    bomb = tmp_path / "blank.jsonl.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as handle:
        for _ in range(jsonl.EXPANSION_FLOOR // (1 << 20) + 8):
            handle.write(b"\n" * (1 << 20))
    run = run_ingest([bomb], settings, case_store)
    assert [(e.source, e.code) for e in run.errors] == [(str(bomb), "OR104")]
    assert "compression bomb" in run.errors[0].reason


def test_a_jsonl_file_without_articles_says_so(
    tmp_path: Path, settings: IngestSettings, case_store: Store
) -> None:
    blank = tmp_path / "blank.jsonl.gz"
    with gzip.open(blank, "wb") as handle:
        handle.write(b"\n \n\n")
    run = run_ingest([blank], settings, case_store)
    assert [(e.source, e.code) for e in run.errors] == [(str(blank), "OR103")]


def test_files_of_a_kind_add_does_not_read_are_named_as_skipped(
    tmp_path: Path, settings: IngestSettings, case_store: Store
) -> None:
    good = _write(tmp_path / "in" / "story.txt", STORY)
    _write(tmp_path / "in" / "story.meta.json", json.dumps({"outlet": "Ledger"}))
    (tmp_path / "in" / "scan.pdf").write_bytes(b"%PDF-1.4")
    run = run_ingest([tmp_path / "in"], settings, case_store)
    assert [s.source for s in run.skipped] == [str(tmp_path / "in" / "scan.pdf")]
    assert [a.article.origin for a in run.articles] == [str(good)] and run.errors == []


def _warc_bytes(
    records: list[tuple[str, str, bytes]], compress: bool, content_type: str = "text/html"
) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for uri, status, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return buffer.getvalue()


def _page(words: str) -> bytes:
    paragraphs = "".join(f"<p>{words} Paragraph {n} of the story.</p>" for n in range(40))
    return f"<html><body><article>{paragraphs}</article></body></html>".encode()


def test_a_truncated_warc_gz_fails_the_cut_off_record_instead_of_storing_half(
    tmp_path: Path, settings: IngestSettings, case_store: Store
) -> None:
    data = _warc_bytes([("https://ledger.example/a", "200 OK", _page("Flynn met Kislyak."))], True)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[:-40])  # inside the gzipped page
    run = run_ingest([cut], settings, case_store)
    assert run.articles == []
    assert [e.code for e in run.errors][:1] == ["OR108"]
    assert "cut off" in run.errors[0].reason or "truncated" in run.errors[0].reason, run.errors


def test_a_content_length_that_runs_into_the_next_record_is_named_not_stored(
    tmp_path: Path,
    settings: IngestSettings,
    case_store: Store,
    capfd: pytest.CaptureFixture[str],
) -> None:
    data = _warc_bytes(
        [
            ("https://ledger.example/a", "200 OK", _page("Flynn met Kislyak.")),
            ("https://ledger.example/b", "200 OK", _page("Sessions met Kislyak.")),
        ],
        False,
    )
    length = re.search(rb"Content-Length: (\d+)", data)
    assert length is not None
    longer = str(int(length.group(1)) + 120).encode()
    path = tmp_path / "overrun.warc"
    path.write_bytes(data[: length.start(1)] + longer + data[length.end(1) :])
    run = run_ingest([path], settings, case_store)
    assert run.articles == []
    assert (run.errors[0].source, run.errors[0].code) == ("https://ledger.example/a", "OR108")
    assert "Content-Length" in run.errors[0].reason
    assert "WARNING" not in capfd.readouterr().err


def test_a_non_200_response_in_a_warc_is_named_as_skipped(
    tmp_path: Path, settings: IngestSettings, case_store: Store
) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        _warc_bytes(
            [
                ("https://ledger.example/gone", "404 Not Found", b"<html>gone</html>"),
                ("https://ledger.example/a", "200 OK", _page("Flynn met Kislyak.")),
            ],
            True,
        )
    )
    run = run_ingest([path], settings, case_store)
    assert [a.article.origin for a in run.articles] == ["https://ledger.example/a"]
    assert [(s.source, "404" in s.reason) for s in run.skipped] == [
        ("https://ledger.example/gone", True)
    ]


def test_an_archive_without_an_html_response_says_so(
    tmp_path: Path, settings: IngestSettings, case_store: Store
) -> None:
    path = tmp_path / "images.warc.gz"
    logo = ("https://ledger.example/logo.png", "200 OK", b"\x89PNG\r\n")
    path.write_bytes(_warc_bytes([logo], True, content_type="image/png"))
    run = run_ingest([path], settings, case_store)
    assert run.articles == []
    assert [(e.source, e.code) for e in run.errors] == [(str(path), "OR108")]
    assert "no HTML response" in run.errors[0].reason
