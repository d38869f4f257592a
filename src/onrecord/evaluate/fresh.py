"""Blind labels on real articles that no gold covers: a second yardstick beside the held-out set.

``quality/realnews/fresh/`` holds spans of PolNeAR articles outside both gold files, each
labelled by an annotator who read the article and the guide but not onrecord's output (offsets
into the source text and labels only):

- ``stances.jsonl``: statements with the stance a careful reader gives them. The spans were
  sampled among the statements onrecord found (so this measures the stance decision, not
  whether a statement is found), weighted towards denial candidates — ``sample`` says how:
  ``random-negated`` (all statements, most holding a negation or a word of rebuttal),
  ``product-deny-or-negated`` (what onrecord called a denial, mixed with negated statements it
  did not), ``negated-contact-talk`` (negated statements that speak of meetings, calls or mail).
- ``contacts.jsonl``: sentences naming two or more people or organisations in which onrecord
  found no contact when they were sampled, with every contact the annotator read in them:
  the contacts such sentences hold that the extractor misses, and any it now reports there.
- ``contact_dates.jsonl``: every contact onrecord reported in such articles when they were
  sampled (``reported_as``: its participants then), each judged by a reader shown the span and
  the article but not onrecord's date: whether it is a contact (``contact`` yes / no /
  unsure, with the guide's ``status``), who took part (``participants``) and when the text
  says it happened (``when``, the guide's form, or null).

- ``denials.jsonl``: articles read in full for their denials (an ``article`` line each, read
  or not a denial in it), with every denial of a named speaker the reader found (the gold's
  statement form). Unlike the stances, this counts the denials onrecord does not find as
  statements at all and every denial it reports in text a reader found none in: denial
  precision and recall on ordinary articles, not only on candidates.

The denial figure is over the labelled statements; a statement onrecord no longer finds counts
as not denied. Contacts are paired the way the gold's are (compatible kind, shared parties).
Dated contacts measure the contacts onrecord reports on new text, where no gold lists them:
the share a reader accepts, and how often their date is the one the text gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from onrecord.evaluate.gold_scorers import (
    StoredRecord,
    detection,
    has_date,
    match_events,
    match_statements,
    record_dates,
    same_interval,
    same_people,
    speaker_right,
)
from onrecord.evaluate.matching import accuracy, share
from onrecord.evaluate.realnews_gold import Line, judged_a_contact, read_lines, told_as_happened
from onrecord.record import Event, Stance, Statement

FRESH_FOLDER = "fresh"
STANCES_FILE = "stances.jsonl"
DENIALS_FILE = "denials.jsonl"
CONTACTS_FILE = "contacts.jsonl"
DATES_FILE = "contact_dates.jsonl"


def score_fresh(gold_dir: Path, record: StoredRecord) -> dict[str, Any]:
    """``{"fresh": {"stances": …, "contacts": …}}`` for the label files ``gold_dir`` holds,
    or nothing when it holds none."""
    folder = gold_dir / FRESH_FOLDER
    scores: dict[str, Any] = {}
    if (folder / STANCES_FILE).is_file():
        scores["stances"] = score_fresh_stances(read_lines(folder / STANCES_FILE), record)
    if (folder / CONTACTS_FILE).is_file():
        scores["contacts"] = score_fresh_contacts(read_lines(folder / CONTACTS_FILE), record)
    if (folder / DATES_FILE).is_file():
        scores["contact_dates"] = score_fresh_dates(read_lines(folder / DATES_FILE), record)
    if (folder / DENIALS_FILE).is_file():
        scores["denials"] = score_fresh_denials(read_lines(folder / DENIALS_FILE), record)
    return {"fresh": scores} if scores else {}


def score_fresh_stances(lines: Sequence[Line], record: StoredRecord) -> dict[str, Any]:
    """Denial P/R/F1 over the labelled statements (all, and those the annotator was sure of),
    the share given the annotator's stance, and how many onrecord still finds — each label
    paired with the statement over its span as the gold's statements are."""
    paired = {id(line): statement for line, statement in match_statements(lines, record)}
    labelled = [(line, paired.get(id(line))) for line in lines]
    found = [(line, statement) for line, statement in labelled if statement is not None]
    sure = [(line, statement) for line, statement in labelled if line.get("sure", True)]
    return {
        "statements": len(lines),
        "found": len(found),
        "stance": share(sum(1 for g, s in found if g["stance"] == s.stance), len(found)),
        "deny": _denials(labelled),
        "deny_sure": _denials(sure),
    }


def _denials(labelled: Sequence[tuple[Line, Statement | None]]) -> dict[str, Any]:
    gold = sum(1 for line, _ in labelled if line["stance"] == Stance.DENY)
    predicted = sum(1 for _, s in labelled if s is not None and s.stance is Stance.DENY)
    both = sum(
        1
        for line, s in labelled
        if s is not None and s.stance is Stance.DENY and line["stance"] == Stance.DENY
    )
    return detection(gold, predicted, both).scores()


def score_fresh_denials(lines: Sequence[Line], record: StoredRecord) -> dict[str, Any]:
    """Denial P/R/F1 over articles read in full: each labelled denial paired with a denial
    onrecord reports over its span (one to one, as the gold's statements are paired), every
    other denial it reports in those articles a false one; ``speaker`` is the share of the
    paired ones it credits to the reader's speaker; ``sure`` leaves out the labels the reader
    was unsure of (and the reports paired with them)."""
    read = {line["article"] for line in lines if line["type"] == "article"}
    gold = [line for line in lines if line["type"] == "statement"]
    denials = tuple(
        s
        for s in record.statements
        if s.stance is Stance.DENY and record.article(s.evidence) in read
    )
    pairs = match_statements(gold, replace(record, statements=denials))
    unsure = {id(line) for line in gold if not line.get("sure", True)}
    sure_pairs = [(g, s) for g, s in pairs if id(g) not in unsure]
    return {
        "articles": len(read),
        "deny": detection(len(gold), len(denials), len(pairs)).scores(),
        "deny_sure": detection(
            len(gold) - len(unsure), len(denials) - (len(pairs) - len(sure_pairs)), len(sure_pairs)
        ).scores(),
        "speaker": accuracy([speaker_right(g, s, record) for g, s in pairs]),
    }


def score_fresh_contacts(lines: Sequence[Line], record: StoredRecord) -> dict[str, Any]:
    """Of the contacts the labelled sentences hold (told as having happened), how many
    onrecord reports there, paired as the gold's contacts are (compatible kind, shared
    parties, overlapping report); and how many it reports in sentences the annotator found
    none in."""
    happened = [
        {**contact, "article": line["article"], "start": line["start"], "end": line["end"]}
        for line in lines
        for contact in line["contacts"]
        if told_as_happened(contact)
    ]
    contacts = [event for event in record.events if event.assertion.contact]
    found = len(match_events(happened, contacts, record))
    empty = [line for line in lines if not line["contacts"]]
    return {
        "sentences": len(lines),
        "contacts": len(happened),
        "found": found,
        "recall": share(found, len(happened)),
        "reported_where_none": sum(
            1
            for line in empty
            for event in contacts
            if record.article(event.evidence[0]) == line["article"]
            and (record.evidence_overlap(line, event.evidence) or 0.0) > 0.0
        ),
        "sentences_without_contact": len(empty),
    }


def score_fresh_dates(lines: Sequence[Line], record: StoredRecord) -> dict[str, Any]:
    """Of the judged contacts onrecord still reports, the share a reader takes for a contact
    told as having happened, and the share that is one between the very people the record
    now names; of the true contacts it reports, how many carry the date the text gives, how
    many are dated where the text gives one, how many carry a date the text does not, and the
    date the record shows for them once resolved (:func:`record_dates`)."""
    contacts = [event for event in record.events if event.assertion.contact]
    judged = [line for line in lines if line["contact"] != "unsure"]
    reported = _reported(judged, contacts, record)
    happened = [(line, event) for line, event in reported if judged_a_contact(line)]
    told = [(line["when"], event) for line, event in happened if line["when"]]
    return {
        "judged": len(judged),
        "reported": len(reported),
        "contacts": share(len(happened), len(reported)),
        "same_people": share(
            sum(1 for line, event in happened if same_people(line, event, record.aliases)),
            len(reported),
        ),
        "date": accuracy([same_interval(when, event.when) for when, event in told]),
        "where_text_dates": accuracy([has_date(event) for _, event in told]),
        "where_text_does_not": sum(
            1 for line, event in happened if not line["when"] and has_date(event)
        ),
        "record_date": record_dates(happened, record),
    }


def _reported(
    lines: Sequence[Line], contacts: Sequence[Event], record: StoredRecord
) -> list[tuple[Line, Event]]:
    """Each judged contact paired with the contact the record reports for it: by the
    participants the reader gives, else by those onrecord gave when it was judged (its
    people may have changed since, for better or worse)."""
    right = _paired(lines, contacts, record, "participants")
    paired = {id(line) for line, _ in right}
    used = {event.id for _, event in right}
    rest = [line for line in lines if id(line) not in paired]
    left = [event for event in contacts if event.id not in used]
    return right + _paired(rest, left, record, "reported_as")


def _paired(
    lines: Sequence[Line], contacts: Sequence[Event], record: StoredRecord, people: str
) -> list[tuple[Line, Event]]:
    """Each label paired with a reported contact whose participants are the label's ``people``
    (the ones onrecord gave, or the right ones)."""
    gold = [{**line, "participants": line[people]} for line in lines]
    originals = {id(copy): line for copy, line in zip(gold, lines, strict=True)}
    return [(originals[id(copy)], event) for copy, event in match_events(gold, contacts, record)]
