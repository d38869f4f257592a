"""``add`` then ``run_check`` with the real model: a small corpus of our own, and the reference
articles in ../shared/seeds when they are present."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from onrecord.case import init_case
from onrecord.ingest import SourceMeta
from onrecord.pipeline import CheckResult, add_sources, run_check
from onrecord.record import Event, Stance, Statement, Timing

HERE = Path(__file__).parent
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
UNDATED_SEED_DAY = date(2017, 3, 2)


def _run(
    tmp_path: Path, sources: list[tuple[Path, SourceMeta]], casebook: Path | None = None
) -> tuple[CheckResult, dict[str, Statement]]:
    """Each source is added with its own command-line metadata, as a user would add it."""
    case = init_case(tmp_path / "case")
    if casebook is not None:
        shutil.copyfile(casebook, case.casebook_path)
    for source, meta in sources:
        add_sources(case, [str(source)], meta)
    result = run_check(case)
    with case.store() as store:
        statements = {s.id: s for s in store.all(Statement)}
    return result, statements


@pytest.mark.model
def test_a_denial_after_the_report_is_found_end_to_end(tmp_path: Path) -> None:
    result, statements = _run(tmp_path, [(HERE / "corpus", SourceMeta())])
    [found] = result.contradictions
    assert "I never met Anton Belov" in statements[found.statement].text
    assert found.timing is Timing.RECORD_PREDATES
    assert [statements[e.statement].stance for e in result.evasions] == [Stance.NOT_RECALL]


def _seeds(tmp_path: Path) -> tuple[CheckResult, dict[str, Statement]]:
    """Seed 000 is plain text with no date anywhere in it, so it is added the way DESIGN.md
    tells a user to add such a file: with ``--date`` (the day its "last April" example is
    anchored on). Seed 004 dates itself from its update note."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    sources = [
        (
            path,
            SourceMeta(published=UNDATED_SEED_DAY) if path.name.startswith("000") else SourceMeta(),
        )
        for path in sorted(SEEDS.glob("*.txt"))
    ]
    return _run(tmp_path, sources, HERE / "seeds_casebook.yaml")


def _contradicted(result: CheckResult, statements: dict[str, Statement]) -> list[Statement]:
    return [statements[c.statement] for c in result.contradictions]


def _held(result: CheckResult, statements: dict[str, Statement]) -> list[Statement]:
    return [statements[c.statement] for c in result.review]


@pytest.mark.model
@pytest.mark.shared
def test_seeds_evasions_are_not_contradictions(tmp_path: Path) -> None:
    result, statements = _seeds(tmp_path)
    contradicted = " ".join(s.text for s in _contradicted(result, statements))
    evasive = " ".join(statements[e.statement].text for e in result.evasions)
    held = " ".join(s.text for s in _held(result, statements))
    assert "recall" in evasive and "absurd" in evasive
    for words in ("recall", "absurd"):
        assert words not in contradicted and words not in held


@pytest.mark.model
@pytest.mark.shared
def test_seeds_worked_example_contradictions(tmp_path: Path) -> None:
    result, statements = _seeds(tmp_path)
    timings = {(statements[c.statement].text, c.timing) for c in result.contradictions}
    assert any("nothing to do with Russia" in t and w is Timing.RECORD_PREDATES for t, w in timings)
    assert any("Of course not" in t for t, _ in timings)  # Pence, for anybody in the campaign


@pytest.mark.model
@pytest.mark.shared
def test_seeds_no_contact_and_sessions_hearing_denial_are_contradicted(
    tmp_path: Path,
) -> None:
    """Trump's "No contact." answers a question about contacts with the Russian government
    (the group the story names as the other side): the April 2016 meeting with the Russian
    ambassador contradicts it, as DESIGN.md's worked example says a user must see. Sessions'
    denial "that such meetings took place during his Senate confirmation hearing" points back
    to his two meetings with Kislyak told just before it, the hearing being where he said it:
    contradicted."""
    result, statements = _seeds(tmp_path)
    contradicted = [(statements[c.statement], c) for c in result.contradictions if c.against_events]
    assert any("No contact" in s.text and "2016-04" in c.explanation for s, c in contradicted)
    [hearing] = [s for s, _ in contradicted if s.speaker_name == "Jeff Sessions"]
    assert hearing.text == "that such meetings took place"
    assert hearing.venue == "Senate confirmation hearing"


@pytest.mark.model
@pytest.mark.shared
def test_seeds_added_undated_still_date_their_meetings_by_the_campaign(tmp_path: Path) -> None:
    """Added as they come, with no ``--date``, and a casebook that names both the campaign and
    the election day: "met with Kislyak twice during the election campaign" and "met the
    Russian ambassador during his election run" are meetings within the campaign — never on
    election day (they were dated 2016-11-08) — and Pence's "Of course not" stands against
    Trump's own meeting with the ambassador."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    casebook = Path(__file__).resolve().parents[2] / "quality" / "realnews" / "casebook.yaml"
    result, statements = _run(tmp_path, [(SEEDS, SourceMeta())], casebook)
    against = [
        (statements[c.statement], c.explanation) for c in result.contradictions if c.against_events
    ]
    assert not any("(2016-11-08)" in why for _, why in against)
    assert any(
        "Of course not" in s.text
        and "Donald Trump and Sergey Kislyak" in why
        and "2015-06-16..2016-11-08" in why
        for s, why in against
    )


@pytest.mark.shared
def test_seeds_post_election_conversations_are_not_dated_before_the_election(
    tmp_path: Path,
) -> None:
    """Flynn "has been under fire for his post-election conversations" with Kislyak: the
    prefix puts them after the election (they took the date of the "before the election"
    told in the next sentence), so they stay apart from his contact "since before the
    election", which alone stands against the campaign's denials."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    casebook = Path(__file__).resolve().parents[2] / "quality" / "realnews" / "casebook.yaml"
    case = init_case(tmp_path / "case")
    shutil.copyfile(casebook, case.casebook_path)
    add_sources(case, [str(SEEDS)], SourceMeta())
    with case.store() as store:
        events = store.all(Event)
    [talks] = [e for e in events if any("post-election conv" in ev.text for ev in e.evidence)]
    assert talks.when is not None and talks.when.start == date(2016, 11, 9)


@pytest.mark.model
def test_a_denial_of_what_calls_were_about_is_contradicted_by_what_was_revealed(
    tmp_path: Path,
) -> None:
    """Vale told the mayor he had not discussed the tariffs in his calls with the envoy; the
    article tells they did discuss them, before the president took office, and Vale's own
    letter owns the calls "with the Freedonian ambassador", whom it names only afterwards."""
    article = tmp_path / "vale.txt"
    article.write_text(
        "Omar Vale resigned as trade adviser on Monday night after it was revealed that he had "
        "discussed the tariffs with the Freedonian ambassador before President Diaz took "
        "office.\n\n"
        'In his resignation letter, Mr. Vale said he had "inadvertently briefed the mayor with '
        'incomplete information regarding my phone calls with the Freedonian ambassador."\n\n'
        "Mr. Vale had initially told Mayor Ruth Kale that he had not discussed the tariffs with "
        "the ambassador, Ted Rowe, during the calls in late December.\n",
        encoding="utf-8",
    )
    casebook = tmp_path / "casebook.yaml"
    casebook.write_text("name: vale\nperiods:\n  inauguration: 2017-01-20\n", encoding="utf-8")
    result, statements = _run(
        tmp_path, [(article, SourceMeta(published=date(2017, 2, 14)))], casebook
    )
    assert [statements[c.statement].text for c in result.contradictions] == [
        "that he had not discussed the tariffs with the ambassador, Ted Rowe, during the calls "
        "in late December"
    ]


@pytest.mark.model
def test_a_denied_meeting_is_contradicted_by_greetings_exchanged_after_a_speech(
    tmp_path: Path,
) -> None:
    """Greetings exchanged with the envoy after a speech were told as a contact of no known
    medium, so the senator's denial of ever meeting him went to review, not to the list."""
    article = tmp_path / "reyes.txt"
    article.write_text(
        "WASHINGTON — Senator Alan Reyes told the Judiciary Committee at his confirmation "
        "hearing in January that he had never met the Freedonian ambassador, Anton Belov.\n\n"
        "But Justice Department officials said Thursday that Reyes exchanged greetings with "
        "Belov after a foreign policy speech at the Mayflower Hotel in April 2016.\n",
        encoding="utf-8",
    )
    result, statements = _run(tmp_path, [(article, SourceMeta(published=date(2017, 3, 2)))])
    [found] = result.contradictions
    assert "had never met the Freedonian ambassador" in statements[found.statement].text
    assert found.timing is Timing.LATER  # the meeting surfaced after the hearing
