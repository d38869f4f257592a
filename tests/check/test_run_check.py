"""``run_check`` on a stored case (SQLite, and PostgreSQL when configured): user decisions
survive re-runs, re-runs are deterministic and write nothing new, the casebook keeps its text."""

from __future__ import annotations

from pathlib import Path

from onrecord.case import Case, init_case
from onrecord.dates import FuzzyDate
from onrecord.pipeline import run_check
from onrecord.record import Article, DateSource, Event, Published
from tests.check.builders import Corpus, day, entity

SENATOR = entity("Ruth Calder")
AMBASSADOR = entity("Anton Belov")
VARIANT = entity("Antonn Beloff")

CASEBOOK = """# my notes stay
name: test case
merges:
  - [Anton Belov, Antonn Beloff]   # I checked: same man
"""


def _article(name: str, published: str) -> Article:
    return Article(
        id=name,
        clean_text=f"{name} text " * 20,
        outlet="Wire",
        published=Published(FuzzyDate.parse(published), DateSource.SIDECAR),
    )


def _case(tmp_path: Path, store_url: str) -> Case:
    case = init_case(tmp_path / "case", store_url)
    case.casebook_path.write_text(CASEBOOK, encoding="utf-8")
    corpus = Corpus()
    corpus.article("a1", "2016-05-13")
    corpus.article("a2", "2017-01-20")
    corpus.event("a1", [SENATOR, AMBASSADOR], day("2016-04-27"))
    corpus.event("a2", [SENATOR, VARIANT], day("2016-04-27"))
    corpus.statement("a2", SENATOR, "No contact.", subjects=[SENATOR], objects=[VARIANT])
    with case.store() as store:
        for name, facts in corpus.articles.items():
            store.add_article(_article(name, facts.published.iso() if facts.published else ""))
        for name in corpus.articles:
            records: list[object] = [e.event for e in corpus.events if e.article == name]
            records += [r for r in corpus.reports if r.article == name]
            records += [s for s in corpus.statements if s.article == name]
            store.replace_extraction(name, [*corpus.entities.values(), *records])
    return case


def test_a_user_merge_survives_a_re_run_and_check_is_deterministic(
    tmp_path: Path, store_url: str
) -> None:
    case = _case(tmp_path, store_url)
    first = run_check(case)
    second = run_check(case)
    assert first.events == 1  # merged only because the user said so
    assert [c.id for c in first.contradictions] == [c.id for c in second.contradictions]
    assert first.contradictions == second.contradictions
    assert second.written == 0
    with case.store() as store:
        resolved = list(store.stage_output(Event, "resolve"))
    assert len(resolved) == 1 and len(resolved[0].participants) == 2


def test_a_split_decision_is_applied_on_the_next_run(tmp_path: Path, store_url: str) -> None:
    case = _case(tmp_path, store_url)
    case.casebook_path.write_text("name: test case\n", encoding="utf-8")
    with case.store() as store:
        store.decide("merge", VARIANT.id, AMBASSADOR.id)
    assert run_check(case).events == 1
    with case.store() as store:
        store.decide("split", AMBASSADOR.id, VARIANT.id)
    assert run_check(case).events == 2


def test_suggestions_are_appended_and_the_users_text_is_kept(
    tmp_path: Path, store_url: str
) -> None:
    case = _case(tmp_path, store_url)
    run_check(case)
    text = case.casebook_path.read_text(encoding="utf-8")
    assert text.startswith(CASEBOOK.rstrip("\n"))
    run_check(case)
    assert case.casebook_path.read_text(encoding="utf-8") == text
