"""Report credits: which outlet an article says a contact came from, when, and on what basis.

Counting independent sources needs to know who *originally* reported a fact. News credits it
in a few shapes: "A <outlet> report published <date> described …", "<outlet> reported
<date> that …", "according to <outlet>", "first reported by <outlet>", and anaphoric ones
that lean on an earlier credit ("the report went on to say", "the newspaper reported").
A credit applies to the sentence it is in, to a quote it introduces, and to the rest of its
paragraph; a contact the article credits to nobody is reported by the article's own outlet on
its own publication date.

A credited report without a date of its own is dated "no later than the article" (an open
interval): that is all the text proves, and it is what the timing rule needs.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from onrecord.dates import FuzzyDate, Precision
from onrecord.dates.resolve import find_dates
from onrecord.extract import contact_lexicon as lex
from onrecord.extract.events import sentence_bounds, speech_subject
from onrecord.extract.nlp import entity_at
from onrecord.extract.quotes import quote_regions
from onrecord.ids import content_id
from onrecord.record import Article, Event, Report, Span

EXTRACTOR = "reports.v4"  # bump when the reports found change, so stored articles re-extract

_ARTICLES = ("the", "a", "an")
_DATE_DEPS = frozenset({"npadvmod", "advmod", "prep", "tmod", "obl", "acl"})


@dataclass(frozen=True)
class Credit:
    """One sentence's credit: the outlet it names (if any), when that outlet reported, and
    what the report rests on."""

    sentence: tuple[int, int]
    outlet: str | None
    credited_to: str | None
    published: FuzzyDate | None
    basis: str | None
    anaphoric: bool = False


def extract_reports(
    doc: Doc, article: Article, events: Sequence[Event], anchor: date | None
) -> list[Report]:
    """At least one Report per event: one per outlet the article credits for it, or else one
    by the article's own outlet on its publication date."""
    credits = find_credits(doc, anchor)
    quotes = quote_regions(article.clean_text)
    return [
        report for event in events for report in _event_reports(event, article, credits, quotes)
    ]


# -- finding credits ------------------------------------------------------------------------------


def find_credits(doc: Doc, anchor: date | None) -> list[Credit]:
    """Every sentence that credits an outlet or states a basis, in text order, with anaphoric
    credits ("the report", "the newspaper") resolved to the outlet credited last before them."""
    found: list[Credit] = []
    for sentence in doc.sents:
        credit = _sentence_credit(sentence, anchor)
        if credit is not None:
            found.append(_resolve_anaphora(credit, found))
    return found


def _sentence_credit(sentence: SpacySpan, anchor: date | None) -> Credit | None:
    bounds = sentence_bounds(_first_word(sentence))
    basis = _basis(sentence)
    source = next(_credited_phrases(sentence), None)
    if source is None:
        return Credit(bounds, None, None, None, basis) if basis else None
    phrase, verb = source
    outlet = _outlet_entity(phrase)
    return Credit(
        sentence=bounds,
        outlet=_bare(outlet) if outlet is not None else None,
        credited_to=outlet.text if outlet is not None else None,
        published=_report_date(sentence, phrase, verb, anchor),
        basis=basis,
        anaphoric=outlet is None,
    )


def _credited_phrases(sentence: SpacySpan) -> Iterator[tuple[Token, Token | None]]:
    """(the phrase naming the publication, the verb crediting it) for each credit shape."""
    for token in sentence:
        if token.pos_ == "VERB" and token.lemma_.lower() in lex.CREDIT_VERBS:
            yield from _verb_credits(token)
        if token.lower_ == "according":
            yield from ((p, None) for p in _objects_of_to(token) if _names_publication(p, True))


def _verb_credits(verb: Token) -> Iterator[tuple[Token, Token]]:
    """ "<outlet> reported", "the report went on to say", "first reported by <outlet>"."""
    publishing = verb.lemma_.lower() in lex.REPORT_CUES
    subject = speech_subject(verb)
    if subject is not None and _names_publication(subject, publishing):
        yield subject, verb
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        yield from ((p, verb) for p in agent.children if _names_publication(p, publishing))


def _objects_of_to(according: Token) -> list[Token]:
    return [
        p for c in according.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"
    ]


def _names_publication(token: Token, publishing: bool) -> bool:
    """A noun that stands for a publication ("the report"), or an outlet's name. Any
    organisation or lone name counts only where the context is publishing ("reported",
    "according to", "reported by"): "the agency said" is a source, not an outlet."""
    if token.lemma_.lower() in lex.REPORT_NOUNS:
        return True
    name = _name_run(token)
    if name is None:
        return False
    return _has_outlet_word(name) or (publishing and _is_org_or_lone_name(name))


def _outlet_entity(phrase: Token) -> SpacySpan | None:
    """The outlet named by the phrase ("A <outlet> report" → the outlet), with a leading "the"
    kept as written; None when the phrase only says "the report"."""
    name = _name_run(phrase) or _name_run_before(phrase) or _publisher(phrase)
    if name is None:
        return None
    doc = phrase.doc
    start = name.start - 1 if name.start > 0 and doc[name.start - 1].lower_ == "the" else name.start
    return doc[start : name.end]


def _name_run(token: Token) -> SpacySpan | None:
    """The proper name the token ends or belongs to ("Wall Street Journal" for "Journal")."""
    entity = entity_at(token)
    if entity is not None and entity.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        return entity
    if token.pos_ != "PROPN":
        return None
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return token.doc[start : token.i + 1]


def _name_run_before(head: Token) -> SpacySpan | None:
    """A name that modifies a report noun: "A <outlet> report", "the <outlet>'s story"."""
    names = [c for c in head.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"]
    return _name_run(names[-1]) if names else None


def _publisher(report: Token) -> SpacySpan | None:
    """ "a report published Friday by <outlet>", "a column … by <writer> of <outlet>": the
    agent of the participle that qualifies a report noun (the writer's outlet for a person)."""
    agents = [
        a for c in report.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
    ]
    for by in agents:
        for name in (p for p in by.children if p.dep_ == "pobj"):
            outlets = [
                o for c in name.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"
            ]
            return _name_run(outlets[0] if name.ent_type_ == "PERSON" and outlets else name)
    return None


def _has_outlet_word(name: SpacySpan) -> bool:
    return any(t.lower_ in lex.OUTLET_WORDS for t in name)


def _is_org_or_lone_name(name: SpacySpan) -> bool:
    """An organisation, or a one-word name never seen with a given name in the article (people
    are introduced in full, so "according to <Surname>" follows a full name): the small model
    often labels one-word outlet names as people."""
    if name.label_ == "ORG":
        return True
    if len(name) != 1:
        return False
    word = name[0].lower_
    return not any(
        t.lower_ == word and (t.dep_ == "compound" or any(c.dep_ == "compound" for c in t.children))
        for t in name.doc
    )


def _bare(span: SpacySpan) -> str:
    """The outlet's name without a leading article or a possessive."""
    words = [t for t in span if t.lower_ not in ("'s", "’s")]
    while words and words[0].lower_ in _ARTICLES:
        words = words[1:]
    return span.doc[words[0].i : words[-1].i + 1].text if words else span.text


def _basis(sentence: SpacySpan) -> str | None:
    """ "citing multiple current and former officials", "according to people familiar with
    the matter", "officials said": the unnamed sources a report rests on."""
    for token in sentence:
        if token.lemma_.lower() in lex.BASIS_CUES:
            return _phrase(token.doc[token.i : token.right_edge.i + 1])
        if token.lower_ == "according":
            sources = [p for p in _objects_of_to(token) if not _names_publication(p, True)]
            if sources:
                return _phrase(token.doc[token.i : token.right_edge.i + 1])
        if _is_sources_said(token):
            return _phrase(token.doc[token.left_edge.i : token.head.i + 1])
    return None


def _is_sources_said(token: Token) -> bool:
    return (
        token.dep_ == "nsubj"
        and token.lemma_.lower() in lex.SOURCE_NOUNS
        and token.head.lemma_.lower() in lex.TELLING_CUES
    )


def _phrase(span: SpacySpan) -> str:
    return span.text.strip(' ,.;:“”"')


def _report_date(
    sentence: SpacySpan, phrase: Token, verb: Token | None, anchor: date | None
) -> FuzzyDate | None:
    """The date of the credited report: in the phrase naming it ("a report published <date>")
    or on the crediting verb ("reported <day>"), never inside what was reported."""
    near = {t.i for t in phrase.subtree}
    if verb is not None:
        near |= {t.i for c in verb.children if c.dep_ in _DATE_DEPS for t in c.subtree}
    for mention in find_dates(sentence.text, anchor):
        span = sentence.doc.char_span(
            sentence.start_char + mention.start,
            sentence.start_char + mention.end,
            alignment_mode="expand",
        )
        if span is not None and span[0].i in near and mention.value.resolved:
            return mention.value
    return None


def _resolve_anaphora(credit: Credit, earlier: Sequence[Credit]) -> Credit:
    """ "the report" / "the newspaper" → the outlet credited last; "the <short name>" → the
    earlier full name it abbreviates."""
    named = [c for c in earlier if c.outlet is not None]
    if credit.anaphoric and credit.outlet is None and named:
        last = named[-1]
        return replace(
            credit,
            outlet=last.outlet,
            credited_to=last.credited_to,
            published=credit.published or last.published,
        )
    full = next((c for c in reversed(named) if _abbreviates(credit.outlet, c.outlet)), None)
    if full is not None:
        return replace(credit, outlet=full.outlet, credited_to=full.credited_to)
    return credit


def _abbreviates(short: str | None, full: str | None) -> bool:
    if not short or not full or short == full:
        return False
    return full.lower().endswith(" " + short.lower())


# -- reports per event ----------------------------------------------------------------------------


def _event_reports(
    event: Event,
    article: Article,
    credits: Sequence[Credit],
    quotes: Sequence[tuple[int, int]],
) -> list[Report]:
    by_outlet: dict[str, Report] = {}
    basis: str | None = None
    for evidence in event.evidence:
        for credit in _credits_for(evidence, article.clean_text, credits, quotes):
            basis = basis or credit.basis
            if credit.outlet is not None:
                by_outlet[credit.outlet] = _with_basis(by_outlet.get(credit.outlet), credit) or (
                    _credited_report(event, article, credit)
                )
    if by_outlet:
        return list(by_outlet.values())
    return [_own_report(event, article, basis)]


def _credits_for(
    evidence: Span, text: str, credits: Sequence[Credit], quotes: Sequence[tuple[int, int]]
) -> list[Credit]:
    """Credits of the sentence itself; else of the quote it is part of; else the nearest
    earlier credit in its paragraph."""
    own = [c for c in credits if _overlaps(c.sentence, (evidence.start, evidence.end))]
    if any(c.outlet for c in own):
        return own
    quote = next((q for q in quotes if q[0] <= evidence.start < q[1]), None)
    if quote is not None:
        opening = [c for c in credits if c.sentence[0] <= quote[0] < c.sentence[1] and c.outlet]
        if opening:
            return own + opening
    paragraph_start = text.rfind("\n", 0, evidence.start) + 1
    before = [c for c in credits if paragraph_start <= c.sentence[0] < evidence.start and c.outlet]
    return own + before[-1:]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _with_basis(report: Report | None, credit: Credit) -> Report | None:
    """An outlet credited twice keeps its first report and the first basis either gave."""
    if report is None or report.basis or not credit.basis:
        return report
    return replace(report, basis=credit.basis)


def _credited_report(event: Event, article: Article, credit: Credit) -> Report:
    start, end = credit.sentence
    return Report(
        id=content_id("rep", event.id, article.id, credit.outlet),
        event=event.id,
        article=article.id,
        outlet=credit.outlet,
        published=credit.published or _no_later_than(article),
        evidence=article.span(start, end),
        credited_to=credit.credited_to,
        basis=credit.basis,
    )


def _own_report(event: Event, article: Article, basis: str | None) -> Report:
    return Report(
        id=content_id("rep", event.id, article.id, article.outlet),
        event=event.id,
        article=article.id,
        outlet=article.outlet,
        published=article.published.value if article.published else None,
        evidence=event.evidence[0],
        basis=basis,
    )


def _no_later_than(article: Article) -> FuzzyDate | None:
    """All an undated credit proves: the outlet had reported it by the article's date."""
    if article.published is None or article.published.value.end is None:
        return None
    return FuzzyDate.between(None, article.published.value.end, Precision.OPEN, "by the article")


def _first_word(sentence: SpacySpan) -> Token:
    """The sentence's first non-space token: a sentence can open with a line break."""
    return next((t for t in sentence if not t.is_space), sentence[0])
