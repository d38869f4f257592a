"""Several ``onrecord add`` processes on one case at once, over overlapping inputs, with a
``check`` running beside them, store exactly what one serial run stores: no row twice, none
lost, no process failing. On PostgreSQL (shared cases) and on SQLite (two writers queue)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from onrecord.case import init_case, open_case
from onrecord.ids import article_id, content_id
from onrecord.record import (
    Article,
    Contradiction,
    Entity,
    EntityKind,
    Event,
    Mention,
    MentionKind,
    OffsetMap,
    Span,
    Statement,
)
from onrecord.store import Store, schema

PEOPLE = ["Vance Orlov", "Petra Lind", "Omar Haddad", "June Castell", "Ilse Brandt", "Tomas Reyes"]
MONTHS = ["January", "March", "April", "June", "August", "October"]


def _story(number: int) -> str:
    """A short news story of its own (no shared boilerplate, so cleaning cannot depend on the
    order articles arrive in)."""
    speaker, other = PEOPLE[number % 6], PEOPLE[(number * 5 + 1) % 6]
    month = MONTHS[number % 6]
    return (
        f"WASHINGTON — {speaker} met {other} at the embassy on {month} {number % 27 + 1}, 2016, "
        f"according to officials familiar with meeting number {number}.\n\n"
        f'"I never met {other}," {speaker} told reporters on Tuesday, denying file {number}.\n\n'
        f"{other} declined to comment on the talks in room {number * 7}.\n"
    )


def _write(folder: Path, numbers: range) -> Path:
    folder.mkdir(parents=True)
    for number in numbers:
        text = _story(number)
        (folder / f"story-{number:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def _article(number: int) -> Article:
    text = f"Story {number}: Anna Berg met Carl Dunn."
    return Article(article_id(text), text, text, OffsetMap.identity(len(text)))


def _extraction(article: Article) -> list[object]:
    """An article's own person, one person shared with half the other articles, a mention."""
    names = (f"Person {article.id[-8:]}", "Carl Dunn" if article.id[-1] < "8" else "Eve Fox")
    people = [Entity(content_id("ent", "person", n), n, EntityKind.PERSON) for n in names]
    span = Span(article.id, 0, 5, article.clean_text[:5])
    mention = Mention(content_id("men", article.id), span, MentionKind.NAME, people[0].id)
    return [*people, mention]


def _write_extractions(url: str, articles: list[Article], errors: list[BaseException]) -> None:
    try:
        with Store.open(url) as store:
            for _ in range(3):
                store.replace_extractions([(a.id, _extraction(a)) for a in articles], "v1")
    except BaseException as error:  # reported by the test, not lost in the thread
        errors.append(error)


def test_two_writers_replacing_the_same_articles_in_opposite_orders_both_succeed(
    store_url: str,
) -> None:
    articles = [_article(n) for n in range(40)]
    with Store.open(store_url) as store:
        for article in articles:
            store.add_article(article)
    errors: list[BaseException] = []
    threads = [
        threading.Thread(target=_write_extractions, args=(store_url, order, errors))
        for order in (articles, articles[::-1], articles[10:30])
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    with Store.open(store_url) as store:
        assert store.pending_ids("v1") == []
        assert store.count(Mention) == 40
        assert store.count(Entity) == 42
        with store.engine.connect() as connection:
            marks = connection.execute(schema.extractions.select()).all()
    assert len(marks) == 40


def _onrecord(*args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "onrecord", *args]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    )


def _finish(process: subprocess.Popen[str]) -> None:
    output, _ = process.communicate(timeout=600)
    assert process.returncode == 0, output


def _case(folder: Path, db: str) -> Path:
    init_case(folder, db)
    (folder / "settings.yaml").write_text("extract:\n  workers: 1\n", encoding="utf-8")
    return folder


def _ids(folder: Path, db: str) -> dict[str, list[str]]:
    """Every stored id per record type, sorted, duplicates kept (so a twin would show)."""
    types = (Article, Mention, Statement, Event, Contradiction)
    with open_case(folder, db).store() as store:
        return {cls.__name__: sorted(r.id for r in store.all(cls)) for cls in types}


@pytest.mark.model
def test_concurrent_adds_and_a_check_store_what_a_serial_run_stores(
    store_url: str, tmp_path: Path
) -> None:
    everything = _write(tmp_path / "all", range(30))
    first, second = _write(tmp_path / "a", range(0, 20)), _write(tmp_path / "b", range(10, 30))
    shared = _case(tmp_path / "shared", store_url)
    serial_db = f"sqlite:///{tmp_path / 'serial.db'}"
    serial = _case(tmp_path / "serial", serial_db)

    writers = [_onrecord("add", str(shared), str(f), "--db", store_url) for f in (first, second)]
    writers.append(_onrecord("add", str(shared), str(everything), "--db", store_url))
    checker = _onrecord("check", str(shared), "--db", store_url)
    for process in [*writers, checker]:
        _finish(process)
    _finish(_onrecord("check", str(shared), "--db", store_url))
    _finish(_onrecord("add", str(serial), str(everything), "--db", serial_db))
    _finish(_onrecord("check", str(serial), "--db", serial_db))

    stored, expected = _ids(shared, store_url), _ids(serial, serial_db)
    assert len(expected["Article"]) == 30
    assert expected["Statement"] and expected["Event"] and expected["Contradiction"]
    assert stored == expected
