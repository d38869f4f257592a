"""A second annotator's labels say how far two careful readers agree on the gold: the ceiling
a figure on the gold is read against."""

from pathlib import Path

from onrecord.evaluate.agreement import contact_agreement, judged_agreement, stance_agreement
from onrecord.evaluate.realnews_gold import read_lines

SECOND = Path(__file__).resolve().parents[1] / "quality" / "realnews" / "second"
HOLDOUT = SECOND.parent / "holdout.jsonl"

ARTICLE = {"type": "article", "article": "a", "genre": "report"}


def _contact(kind: str, people: list[str], start: int, **more: object) -> dict[str, object]:
    line = {"type": "event", "article": "a", "kind": kind, "participants": people}
    return {**line, "when": None, "status": "asserted", "start": start, "end": start + 40, **more}


def test_two_readers_of_one_meeting_agree_whatever_kind_word_the_second_uses() -> None:
    first = [_contact("meet", ["Ada Brill", "Otto Kern"], 0)]
    second = [ARTICLE, _contact("contact", ["Brill", "Otto Kern"], 10)]
    agreement = contact_agreement(first, second)
    assert (agreement["matched"], agreement["f1"]) == (1, 1.0)


def test_a_contact_only_the_second_reader_saw_lowers_precision_not_recall() -> None:
    first = [_contact("meet", ["Ada Brill", "Otto Kern"], 0)]
    second = [
        ARTICLE,
        _contact("meet", ["Ada Brill", "Otto Kern"], 0),
        _contact("call", ["Ada Brill", "Lena Park"], 100),
        _contact("meet", ["Ada Brill", "Lena Park"], 200, status="planned"),  # no contact
    ]
    agreement = contact_agreement(first, second)
    assert (agreement["precision"], agreement["recall"]) == (0.5, 1.0)


def test_articles_the_second_reader_did_not_read_do_not_count() -> None:
    first = [
        _contact("meet", ["Ada Brill", "Otto Kern"], 0),
        {**_contact("meet", [], 0), "article": "b"},
    ]
    assert (
        contact_agreement(first, [ARTICLE, _contact("meet", ["Ada Brill", "Otto Kern"], 0)])[
            "first"
        ]
        == 1
    )


def test_denials_agree_when_both_readers_call_the_same_statement_a_denial() -> None:
    def said(start: int, stance: str) -> dict[str, object]:
        return {"type": "statement", "article": "a", "start": start, "end": start + 9,
                "speaker": "Ada Brill", "stance": stance}  # fmt: skip

    first = [said(0, "deny"), said(10, "other"), said(20, "deny")]
    second = [said(0, "deny"), said(10, "deny"), said(20, "dismiss")]
    agreement = stance_agreement(first, second)
    assert agreement["deny"] == {"first": 2, "second": 2, "both": 1, "f1": 0.5}
    assert agreement["disagreements"] == {"other->deny": 1, "deny->dismiss": 1}


def test_the_stored_second_readings_are_of_held_out_statements_and_contacts() -> None:
    held_out = read_lines(HOLDOUT)
    stances = stance_agreement(held_out, read_lines(SECOND / "stances.jsonl"))
    contacts = contact_agreement(held_out, read_lines(SECOND / "contacts.jsonl"))
    assert stances["statements"] == len(read_lines(SECOND / "stances.jsonl"))
    assert contacts["articles"] > 0 and contacts["first"] > 0


def _judged(start: int, contact: str, when: str | None, **more: object) -> dict[str, object]:
    line = {"article": "a", "start": start, "end": start + 40, "kind": "meet"}
    return {**line, "contact": contact, "when": when, "status": "asserted", **more}


def test_two_readers_of_reported_contacts_agree_on_what_is_one_and_when() -> None:
    """The same interval written two ways agrees; an unsure reader decides nothing; a
    planned meeting is no contact, whatever the other reader says."""
    first = [
        _judged(0, "yes", "2016-07"),
        _judged(100, "yes", None),
        _judged(200, "no", None),
        _judged(300, "yes", "2016-05-02"),
        _judged(400, "yes", None),
    ]
    second = [
        _judged(0, "yes", "2016-07-01..2016-07-31"),
        _judged(100, "yes", "2016"),
        _judged(200, "unsure", None),
        _judged(300, "yes", "2016-05-02", status="planned"),
        _judged(400, "yes", None),
    ]
    agreement = judged_agreement(first, second)
    assert (agreement["judged"], agreement["decided_by_both"]) == (5, 4)
    assert agreement["contact_agreement"] == 0.75
    assert (agreement["accepted_by_both"], agreement["date_agreement"]) == (3, round(2 / 3, 4))


def test_the_second_reading_of_fresh_contacts_covers_the_judged_file() -> None:
    second = read_lines(SECOND / "fresh_contact_dates.jsonl")
    first = read_lines(SECOND.parent / "fresh" / "contact_dates.jsonl")
    assert judged_agreement(first, second)["judged"] == len(second) >= 140
