"""One scorer per gold type, each comparing gold lines with the stored record of one case.

Matching is one-to-one inside an article (see :mod:`onrecord.evaluate.matching`): a prediction
can satisfy one gold item at most, so a statement split in two costs a false positive and a
merged pair costs a miss. Dates count as right only with the gold's interval — a day inside a
gold month claims more than the text said, and a false day makes a false contradiction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from onrecord.check.claims import claim_words
from onrecord.dates import DateMention, FuzzyDate, find_dates
from onrecord.evaluate.matching import (
    Counts,
    NameKey,
    accuracy,
    content_words,
    distinct_names,
    locate,
    match_by_article,
    name_key,
    overlap,
    same_name,
    same_outlet,
    shared_names,
)
from onrecord.record import (
    Assertion,
    Contradiction,
    Event,
    OffsetMap,
    Report,
    Role,
    Span,
    Stance,
    Statement,
    Timing,
)

Line = dict[str, Any]
Unit = tuple[str, str]  # a contradiction as scored: (statement id, timing)


@dataclass(frozen=True)
class StoredRecord:
    """What the pipeline stored, keyed the way the gold names things."""

    texts: Mapping[str, str]  # gold article name → clean text
    anchors: Mapping[str, date | None]  # gold article name → publication day
    article_names: Mapping[str, str]  # article id → gold article name
    entity_names: Mapping[str, str]  # entity id → name
    statements: tuple[Statement, ...]
    events: tuple[Event, ...]
    roles: tuple[Role, ...]
    reports: tuple[Report, ...]
    periods: Mapping[str, FuzzyDate]
    aliases: Mapping[str, NameKey]  # spelling variant → canonical name key
    offsets: Mapping[str, OffsetMap] = field(default_factory=dict)  # name → clean-to-raw map
    # article event id → the date the record shows for the contact it was resolved into
    record_dates: Mapping[str, FuzzyDate | None] = field(default_factory=dict)

    def article(self, span: Span) -> str:
        return self.article_names.get(span.article, span.article)

    def gold_span(self, line: Line, key: str, near: int) -> tuple[int, int] | None:
        """Where the line's evidence sits in its article: for gold given as offsets into the
        source text (``start``/``end``, the real-news set), what cleaning kept of that span;
        for gold given as words, their occurrence nearest ``near``."""
        if "start" in line:
            offsets = self.offsets.get(line["article"])
            return offsets.to_clean(line["start"], line["end"]) if offsets else None
        return locate(self.texts.get(line["article"], ""), line.get(key) or "", near)

    def evidence_overlap(self, line: Line, spans: Sequence[Span]) -> float | None:
        """Best overlap of the gold evidence with any span; None when the gold evidence is not
        in the stored text (cleaning dropped it), so the caller can decide without it."""
        best: float | None = None
        for span in spans:
            located = self.gold_span(line, "evidence", span.start)
            if located is not None:
                best = max(best or 0.0, overlap(located, (span.start, span.end)))
        return best


@dataclass(frozen=True)
class CheckedRecord:
    """The check stage's contradictions (and findings for review) with the statements and
    events they cite."""

    contradictions: tuple[Contradiction, ...]
    statements: Mapping[str, Statement]
    events: Mapping[str, Event]
    review: tuple[Contradiction, ...] = ()


def _article(line: Line) -> str:
    return str(line["article"])


def detection(gold: int, predicted: int, matched: int) -> Counts:
    return Counts(tp=matched, fp=predicted - matched, fn=gold - matched)


def has_date(event: Event) -> bool:
    """The event carries a date that resolves to an interval."""
    return event.when is not None and event.when.resolved


def same_interval(gold: str | None, predicted: FuzzyDate | None) -> bool:
    """The prediction has exactly the gold interval (``FuzzyDate.parse`` form)."""
    if gold is None or predicted is None or not predicted.resolved:
        return False
    expected = FuzzyDate.parse(gold)
    return (expected.start, expected.end) == (predicted.start, predicted.end)


def within(gold: str | None, predicted: FuzzyDate | None) -> bool:
    """The prediction lies inside the gold interval: the text's date, or a finer one that other
    reports of the contact give ("2016-04-27" for a report saying "in April")."""
    if gold is None or predicted is None or not predicted.resolved:
        return False
    expected = FuzzyDate.parse(gold)
    starts_inside = (expected.start or date.min) <= (predicted.start or date.min)
    return starts_inside and (predicted.end or date.max) <= (expected.end or date.max)


def record_dates(pairs: Sequence[tuple[Line, Event]], record: StoredRecord) -> dict[str, Any]:
    """The date the record shows for each paired contact (its resolved contact's) against the
    gold's: ``consistent`` where the text gives one (the same or finer), ``where_text_does_not``
    how many show a date where the report's text gives none — another report's, right or not."""
    shown = [(gold.get("when"), record.record_dates.get(e.id, e.when)) for gold, e in pairs]
    return {
        "consistent": accuracy([within(when, date_) for when, date_ in shown if when]),
        "where_text_does_not": sum(
            1 for when, date_ in shown if not when and date_ is not None and date_.resolved
        ),
    }


# -- statements -----------------------------------------------------------------------------------


def score_statements(gold: list[Line], record: StoredRecord) -> dict[str, Any]:
    """Detection by evidence overlap; speaker, stance and kind judged on the matched pairs."""
    predicted = record.statements
    pairs = match_statements(gold, record)
    return {
        "detection": detection(len(gold), len(predicted), len(pairs)).scores(),
        "speaker": accuracy([speaker_right(g, p, record) for g, p in pairs]),
        "stance": accuracy([g["stance"] == p.stance for g, p in pairs]),
        "stances": {
            stance.value: _label_counts(stance, gold, predicted, pairs).scores()
            for stance in Stance
        },
        "kind": accuracy([g["kind"] == p.kind for g, p in pairs]),
        "gold_not_in_text": sum(1 for g in gold if record.gold_span(g, "evidence", 0) is None),
    }


def match_statements(gold: Sequence[Line], record: StoredRecord) -> list[tuple[Line, Statement]]:
    """Gold and stored statements paired one-to-one by evidence overlap within each article."""
    return match_by_article(
        gold,
        record.statements,
        _article,
        lambda s: record.article(s.evidence),
        lambda g, p: record.evidence_overlap(g, [p.evidence]) or None,
    )


def speaker_right(gold: Line, predicted: Statement, record: StoredRecord) -> bool:
    name = record.entity_names.get(predicted.speaker or "", predicted.speaker_name)
    return same_name(gold["speaker"] or "", name, record.aliases)


def _label_counts(
    stance: Stance,
    gold: Sequence[Line],
    predicted: Sequence[Statement],
    pairs: Sequence[tuple[Line, Statement]],
) -> Counts:
    """Detection and stance together: a hit is a matched pair that both call ``stance``."""
    hits = sum(1 for g, p in pairs if g["stance"] == stance == p.stance)
    return detection(
        sum(1 for g in gold if g["stance"] == stance),
        sum(1 for p in predicted if p.stance == stance),
        hits,
    )


# -- contact events ------------------------------------------------------------------------------


def participants_match(
    gold: Sequence[str], predicted: Event, aliases: Mapping[str, NameKey]
) -> bool:
    """The event's participants are the gold's (see :func:`same_parties`)."""
    return same_parties(gold, [p.name for p in predicted.participants], aliases)


def same_parties(
    gold: Sequence[str], names: Sequence[str], aliases: Mapping[str, NameKey] | None = None
) -> bool:
    """Two shared participants, or one when either side names only one (a visit to a place) —
    counted by surname, so a family ("Hillary, Bill and Chelsea Clinton") is one name."""
    needed = min(2, distinct_names(gold, aliases), distinct_names(names, aliases))
    return needed > 0 and shared_names(gold, names, aliases) >= needed


def same_people(gold: Line, predicted: Event, aliases: Mapping[str, NameKey]) -> bool:
    """Every participant right, none missing, none extra (surname level)."""
    wanted = {name_key(n, aliases) for n in gold["participants"]}
    return wanted == {name_key(p.name, aliases) for p in predicted.participants}


def _event_score(record: StoredRecord) -> Callable[[Line, Event], float | None]:
    """Kind and participants must agree; so must the evidence, where the gold's is in the text.
    Exact kind and date agreement break ties between same-participant events."""

    def score(gold: Line, predicted: Event) -> float | None:
        if not predicted.kind.fits(gold["kind"]):
            return None
        if not participants_match(gold["participants"], predicted, record.aliases):
            return None
        evidence = record.evidence_overlap(gold, predicted.evidence)
        if evidence == 0.0:
            return None
        exact_kind = bool(gold["kind"] == predicted.kind)
        return (evidence or 0.0) + exact_kind + same_interval(gold.get("when"), predicted.when)

    return score


def score_events(gold: list[Line], record: StoredRecord) -> dict[str, Any]:
    """Contacts that happened are the positives. Planned or negated gold contacts must not be
    extracted as contacts: a contact matching one is a false positive (it already counts as
    one, being unmatched; ``planned_or_negated_extracted`` says how many). They should be in
    the record all the same, with their grade: ``not_contacts_graded`` says how many are."""
    positive = [g for g in gold if not (g.get("planned") or g.get("negated"))]
    negative = [g for g in gold if g.get("planned") or g.get("negated")]
    predicted = [e for e in record.events if e.assertion.contact]
    pairs = match_events(positive, predicted, record)
    matched = {p.id for _, p in pairs}
    wrongly = match_events(negative, [e for e in predicted if e.id not in matched], record)
    kept = match_events(negative, [e for e in record.events if not e.assertion.contact], record)
    return {
        "detection": detection(len(positive), len(predicted), len(pairs)).scores(),
        "date": accuracy([same_interval(g["when"], p.when) for g, p in pairs if g.get("when")]),
        "record_date": record_dates(pairs, record),
        "planned_or_negated_extracted": len(wrongly),
        "planned_or_negated_gold": len(negative),
        "not_contacts_graded": _graded(negative, kept),
    }


def _graded(negative: Sequence[Line], kept: Sequence[tuple[Line, Event]]) -> dict[str, Any]:
    """Of the gold's planned and negated contacts, the share the record keeps with their grade."""
    graded = sum(1 for g, p in kept if _same_grade(g, p))
    share = round(graded / len(negative), 4) if negative else 0.0
    return {"share": share, "graded": graded, "total": len(negative)}


def _same_grade(gold: Line, predicted: Event) -> bool:
    """A negated gold contact is graded negated; a planned or hypothetical one either way (the
    gold's own "planned" covers both)."""
    if gold.get("negated"):
        return predicted.assertion is Assertion.NEGATED
    return predicted.assertion in (Assertion.PLANNED, Assertion.HYPOTHETICAL)


def match_events(
    gold: Sequence[Line], predicted: Sequence[Event], record: StoredRecord
) -> list[tuple[Line, Event]]:
    """Gold and stored contact events paired one-to-one within each article."""
    return match_by_article(
        gold, predicted, _article, lambda e: record.article(e.evidence[0]), _event_score(record)
    )


# -- roles and reports ---------------------------------------------------------------------------


def score_roles(gold: list[Line], record: StoredRecord) -> dict[str, Any]:
    """Same person (surname level) and at least one shared title word."""

    def score(line: Line, role: Role) -> float | None:
        name = record.entity_names.get(role.entity, "")
        shared = content_words(line["title"]) & content_words(role.title)
        if not shared or not same_name(line["person"], name, record.aliases):
            return None
        return len(shared) + (record.evidence_overlap(line, [role.evidence]) or 0.0)

    pairs = match_by_article(
        gold, record.roles, _article, lambda r: record.article(r.evidence), score
    )
    return detection(len(gold), len(record.roles), len(pairs)).scores()


def credited_reports(reports: Sequence[Report]) -> list[Report]:
    """Reports that credit another outlet, once per article, outlet and evidence: the store
    keeps one report per event, and one credit often covers several events."""
    seen: dict[tuple[str, str, int, int], Report] = {}
    for report in reports:
        if report.credited_to:
            key = (
                report.article,
                report.credited_to.lower(),
                report.evidence.start,
                report.evidence.end,
            )
            seen.setdefault(key, report)
    return list(seen.values())


def score_reports(gold: list[Line], record: StoredRecord) -> dict[str, Any]:
    """The credited outlet named in the same article; evidence overlap breaks ties."""
    predicted = credited_reports(record.reports)

    def score(line: Line, report: Report) -> float | None:
        if not same_outlet(line["credited_to"], report.credited_to or ""):
            return None
        return 1.0 + (record.evidence_overlap(line, [report.evidence]) or 0.0)

    pairs = match_by_article(
        gold, predicted, _article, lambda r: record.article_names.get(r.article, ""), score
    )
    return detection(len(gold), len(predicted), len(pairs)).scores()


# -- dates ----------------------------------------------------------------------------------------


def score_dates(gold: list[Line], record: StoredRecord) -> dict[str, Any]:
    """Each gold expression read in its paragraph, anchored on the stored publication date.
    A gold ``null`` (nothing to anchor on) is right only when the expression stays unresolved."""
    found = [_date_found(line, record) for line in gold]
    outcomes = [_date_right(line, mention) for line, mention in zip(gold, found, strict=True)]
    result = accuracy(outcomes)
    result["not_found"] = sum(1 for mention in found if mention is None)
    return result


def _date_found(line: Line, record: StoredRecord) -> DateMention | None:
    """The date mention that best covers the gold text, found in the paragraph holding it."""
    text = record.texts.get(line["article"], "")
    located = locate(text, line["text"])
    if located is None:
        return None
    start = text.rfind("\n", 0, located[0]) + 1
    end = text.find("\n", located[1])
    paragraph = text[start : end if end != -1 else len(text)]
    mentions = find_dates(paragraph, record.anchors.get(line["article"]), record.periods)
    target = (located[0] - start, located[1] - start)
    scored = [(overlap(target, (m.start, m.end)), m) for m in mentions]
    best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
    return best[1] if best[0] > 0 else None


def _date_right(line: Line, mention: DateMention | None) -> bool:
    if mention is None:
        return False
    if line["value"] is None:
        return not mention.value.resolved
    return same_interval(line["value"], mention.value)


# -- contradictions ------------------------------------------------------------------------------


def score_contradictions(
    gold: list[Line],
    non_contradictions: list[Line],
    record: StoredRecord,
    checked: CheckedRecord,
) -> dict[str, Any]:
    """A contradiction is scored as (statement, timing): the statement matched by article and
    evidence; an unordered timing counts as the gold's "later" (neither says the record showed
    the contact when the words were said). Findings for review are not scored. A gold
    non-contradiction flagged by a contradiction that cites one of its events (or, when it names
    none, any contradiction of its statement) is a false positive too."""
    units = _claim_units(checked)
    gold_units = _gold_units(gold)
    pairs = match_by_article(
        gold_units,
        units,
        _statement_article,
        _unit_article(record, checked),
        _unit_score(record, checked),
    )
    matched = {unit for _, unit in pairs}
    flagged = [u for n in non_contradictions if (u := _flagged_units(n, record, checked))]
    extra = sum(1 for flagging_units in flagged if flagging_units & matched)
    counts = detection(len(gold_units), len(units), len(pairs))
    result = Counts(counts.tp, counts.fp + extra, counts.fn).scores()
    result["non_contradictions_flagged"] = len(flagged)
    return result


def _claim_units(checked: CheckedRecord) -> list[Unit]:
    """One unit per claim and timing in each article: the same words credited to two speakers
    ("They had asserted …", Trump and Lewandowski) are one claim, published once (the gold
    counts a statement span and timing once too)."""
    units: dict[tuple[str, str, str], Unit] = {}
    for contradiction in sorted(checked.contradictions, key=lambda c: c.statement):
        statement = checked.statements.get(contradiction.statement)
        words = claim_words(statement.text) if statement else contradiction.statement
        article = statement.article if statement else ""
        timing = _scored_timing(contradiction)
        units.setdefault((article, words, timing), (contradiction.statement, timing))
    return sorted(units.values())


def _scored_timing(contradiction: Contradiction) -> str:
    timing = contradiction.timing
    return (Timing.LATER if timing is Timing.UNORDERED else timing).value


def _gold_units(gold: Sequence[Line]) -> list[Line]:
    """Gold lines of one statement and timing count once (hedged events get their own line)."""
    units: dict[tuple[str, str, str], Line] = {}
    for line in gold:
        statement = line["statement"]
        where = statement.get("evidence") or (statement["start"], statement["end"])
        units.setdefault((statement["article"], str(where), line["timing"]), line)
    return list(units.values())


def _statement_article(line: Line) -> str:
    return str(line["statement"]["article"])


def _unit_article(record: StoredRecord, checked: CheckedRecord) -> Callable[[Unit], str]:
    def article(unit: Unit) -> str:
        statement = checked.statements.get(unit[0])
        return record.article(statement.evidence) if statement else ""

    return article


def _statement_matches(line: Line, statement: Statement | None, record: StoredRecord) -> bool:
    if statement is None or record.article(statement.evidence) != line["article"]:
        return False
    return bool(record.evidence_overlap(line, [statement.evidence]))


def _unit_score(
    record: StoredRecord, checked: CheckedRecord
) -> Callable[[Line, Unit], float | None]:
    def score(line: Line, unit: Unit) -> float | None:
        statement = checked.statements.get(unit[0])
        if line["timing"] != unit[1] or not _statement_matches(
            line["statement"], statement, record
        ):
            return None
        return 1.0

    return score


def _flagging(line: Line, record: StoredRecord, checked: CheckedRecord) -> list[Contradiction]:
    """The contradictions that flag a gold non-contradiction."""
    own = [
        c
        for c in checked.contradictions
        if _statement_matches(line["statement"], checked.statements.get(c.statement), record)
    ]
    against = [a for a in line.get("against", []) if a.get("type", "event") == "event"]
    if not against:
        return own
    return [c for c in own if _cites_any(c, against, record, checked)]


def _cites_any(
    contradiction: Contradiction,
    against: Sequence[Line],
    record: StoredRecord,
    checked: CheckedRecord,
) -> bool:
    events = [checked.events[e] for e in contradiction.against_events if e in checked.events]
    return any(
        e.kind.fits(a["kind"])
        and participants_match(a["participants"], e, record.aliases)
        and times_compatible(a.get("when"), e, record)
        for a in against
        for e in events
    )


def times_compatible(gold: str | None, predicted: Event, record: StoredRecord) -> bool:
    """The same people met more than once (the Mayflower reception and the Oval Office): a
    dated gold contact is not a predicted one at another time, nor an undated one told in an
    article published before the gold contact happened."""
    if gold is None:
        return True
    expected = FuzzyDate.parse(gold)
    when = predicted.when
    if when is not None and when.resolved:
        return expected.overlaps(when)
    published = [record.anchors.get(record.article(s)) for s in predicted.evidence]
    told = [day for day in published if day is not None]
    return not told or expected.start is None or min(told) >= expected.start


def _flagged_units(line: Line, record: StoredRecord, checked: CheckedRecord) -> set[Unit]:
    return {(c.statement, _scored_timing(c)) for c in _flagging(line, record, checked)}
