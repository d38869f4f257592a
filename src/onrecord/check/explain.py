"""One paragraph per finding, citing the statement's words and the fact's evidence sentences
with article ids and character offsets, so a reader can verify it without trusting the tool."""

from __future__ import annotations

from onrecord.check.rules import DENY_VS_AFFIRM, Finding
from onrecord.record import Assertion, Span, Timing
from onrecord.resolve import Resolution

_MAX_CITED = 3


def cite(span: Span) -> str:
    text = " ".join(span.text.split())
    return f"“{text}” ({span.article} @{span.start}–{span.end})"


def _said(finding: Finding) -> str:
    claim = finding.claim
    if claim.said is None:
        return "at an unknown date"
    if claim.said_from_article:
        return f"by {claim.said}"
    if claim.said.start is None:
        return f"some time before {claim.said.end}"
    return f"on {claim.said}"


# How a contact is told, in the words of the explanation (an admission's own rule says it).
_TOLD = {
    Assertion.ADMITTED: ", admitted by a participant",
    Assertion.ATTRIBUTED: ", told by a source the article credits",
    Assertion.ALLEGED: ", only alleged",
}


def _fact(finding: Finding, resolution: Resolution) -> str:
    fact = finding.fact
    told = dict(zip(fact.participants, fact.names, strict=False))
    names = " and ".join(resolution.entities.name(p, told.get(p)) for p in fact.participants)
    when = f" ({fact.when})" if fact.when else ""
    if finding.rule != DENY_VS_AFFIRM:
        when += _TOLD.get(fact.assertion, "")
    cited = "; ".join(cite(s) for s in fact.evidence[:_MAX_CITED])
    more = len(fact.evidence) - _MAX_CITED
    extra = f"; and {more} more" if more > 0 else ""
    sources = "source" if fact.sources == 1 else "independent sources"
    return f"a {fact.kind.value} between {names}{when}, on {fact.sources} {sources}: {cited}{extra}"


def _timing(finding: Finding) -> str:
    first = finding.fact.public_since
    if finding.timing is Timing.RECORD_PREDATES:
        return f"It was already public (first reported {first}) when the statement was made."
    if finding.timing is Timing.LATER:
        return f"It surfaced after the statement (first reported {first})."
    if first is None:
        return "When it became public is not known."
    return f"Whether it was public when the words were said is not known (first reported {first})."


def _review(finding: Finding) -> str:
    if not finding.doubts:
        return ""
    return " For review, not a contradiction: " + "; ".join(d.text for d in finding.doubts) + "."


def explain(finding: Finding, resolution: Resolution) -> str:
    statement = finding.claim.statement
    speaker = statement.speaker_name or "An unnamed speaker"
    against = "an admission records" if finding.rule == DENY_VS_AFFIRM else "the record shows"
    notes = "".join(f" Note: {n}." for n in finding.notes)
    return (
        f"{speaker} denied contact {_said(finding)}: {cite(statement.evidence)}. "
        f"Against it {against} {_fact(finding, resolution)}. {_timing(finding)}"
        f" Rule {finding.rule}, confidence {finding.confidence}.{notes}{_review(finding)}"
    )
