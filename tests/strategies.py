"""Hypothesis strategies for Record objects (text without NUL: no article can contain one)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

from onrecord import record as r
from onrecord.dates import FuzzyDate, Precision
from onrecord.ids import article_id, content_id

words = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)
names = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=1, max_size=20)
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> FuzzyDate:
    kind = draw(st.sampled_from(["day", "month", "year", "range", "open", "unresolved"]))
    start = draw(days)
    if kind == "day":
        return FuzzyDate.day(start, draw(words))
    if kind == "month":
        return FuzzyDate.month(start.year, start.month)
    if kind == "year":
        return FuzzyDate.year(start.year)
    if kind == "range":
        end = start + timedelta(days=draw(st.integers(0, 800)))
        return FuzzyDate(start, end, Precision.RANGE, draw(words))
    if kind == "open":
        return draw(
            st.sampled_from(
                [
                    FuzzyDate.between(None, start, Precision.OPEN),
                    FuzzyDate.between(start, None, Precision.OPEN),
                ]
            )
        )
    return FuzzyDate.unresolved(draw(words))


@st.composite
def articles(draw: st.DrawFn) -> r.Article:
    text = draw(words.filter(lambda t: t.strip()))
    published = draw(
        st.none()
        | st.builds(
            r.Published,
            fuzzy_dates(),
            st.sampled_from(list(r.DateSource)),
            st.floats(0, 1),
            st.none() | fuzzy_dates(),
        )
    )
    return r.Article(
        id=article_id(text),
        clean_text=text,
        raw_text=draw(words),
        offsets=r.OffsetMap.identity(len(text)),
        url=draw(st.none() | words),
        outlet=draw(st.none() | names),
        title=draw(st.none() | words),
        authors=tuple(draw(st.lists(names, max_size=3))),
        published=published,
        origin=draw(words),
    )


def span_in(article: r.Article, start: int, end: int) -> r.Span:
    start, end = sorted((min(start, len(article.clean_text)), min(end, len(article.clean_text))))
    return article.span(start, end)


@st.composite
def statements(draw: st.DrawFn, article: r.Article) -> r.Statement:
    evidence = span_in(article, draw(st.integers(0, 50)), draw(st.integers(0, 50)))
    proposition = draw(
        st.none()
        | st.builds(
            r.Proposition,
            st.sampled_from(list(r.Relation)),
            st.tuples(names),
            st.lists(names, max_size=2).map(tuple),
            st.none() | fuzzy_dates(),
            st.booleans(),
            st.sampled_from(list(r.Quantifier)),
        )
    )
    return r.Statement(
        id=content_id("stmt", article.id, evidence.start, evidence.end),
        article=article.id,
        speaker=draw(st.none() | names),
        speaker_name=draw(words),
        text=evidence.text,
        kind=draw(st.sampled_from(list(r.StatementKind))),
        cue=draw(names),
        stance=draw(st.sampled_from(list(r.Stance))),
        evidence=evidence,
        said_on=draw(st.none() | fuzzy_dates()),
        venue=draw(st.none() | words),
        proposition=proposition,
        confidence=draw(st.floats(0, 1)),
        extractor="statements.v1",
    )


@st.composite
def events(draw: st.DrawFn, article: r.Article) -> r.Event:
    evidence = tuple(
        span_in(article, draw(st.integers(0, 50)), draw(st.integers(0, 50)))
        for _ in range(draw(st.integers(1, 3)))
    )
    participants = tuple(
        r.Participant(content_id("ent", n), n)
        for n in draw(st.lists(names, min_size=1, max_size=3))
    )
    return r.Event(
        id=content_id("evt", article.id, evidence[0].start, draw(names)),
        kind=draw(st.sampled_from(list(r.Relation))),
        participants=participants,
        evidence=evidence,
        when=draw(st.none() | fuzzy_dates()),
        place=draw(st.none() | words),
        hedged=draw(st.booleans()),
        negated=draw(st.booleans()),
    )
