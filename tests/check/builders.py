"""Small multi-article records built by hand: no model, every field chosen by the test."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from onrecord.check import CheckOutput, check
from onrecord.dates import FuzzyDate
from onrecord.ids import article_id, content_id
from onrecord.record import (
    Article,
    Assertion,
    DateSource,
    Entity,
    EntityKind,
    Event,
    Participant,
    Proposition,
    Published,
    Quantifier,
    Relation,
    Report,
    Role,
    Span,
    Stance,
    Statement,
    StatementKind,
)
from onrecord.resolve import (
    ArticleEvent,
    ArticleFacts,
    CaseRules,
    Resolution,
    ResolveInput,
    resolve,
)


def day(text: str) -> FuzzyDate:
    return FuzzyDate.day(date.fromisoformat(text))


def published_article(text: str, *, url: str, outlet: str, title: str, on: date) -> Article:
    """A stored article as ingest would leave it, dated by its page metadata."""
    return Article(
        id=article_id(text),
        clean_text=text,
        raw_text=text,
        url=url,
        outlet=outlet,
        title=title,
        published=Published(FuzzyDate.day(on), DateSource.METADATA),
    )


def entity(name: str, kind: EntityKind = EntityKind.PERSON) -> Entity:
    return Entity(content_id("ent", kind.value, name), name, kind)


# The Calder story: the cast the check tests share (a senator's campaign, its manager and
# spokeswoman, and a foreign envoy).
ENVOY = entity("Anton Belov")
SENATOR = entity("Ruth Calder")
MANAGER = entity("Owen Pryce")
SPOKESWOMAN = entity("Lena Marsh")
CAMPAIGN = entity("Calder campaign", EntityKind.GROUP)


def span(article: str, text: str) -> Span:
    return Span(article, 0, len(text), text)


@dataclass
class Corpus:
    """Articles with events, reports, statements and roles, resolved and checked on demand."""

    articles: dict[str, ArticleFacts] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    events: list[ArticleEvent] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    seen: Counter[tuple[str, str]] = field(default_factory=Counter)

    def article(
        self,
        name: str,
        published: str | None,
        outlet: str = "Wire",
        duplicate_of: str | None = None,
    ) -> str:
        value = FuzzyDate.parse(published) if published else None
        self.articles[name] = ArticleFacts(name, outlet, value, duplicate_of)
        return name

    def _see(self, article: str, people: Sequence[Entity]) -> None:
        for person in people:
            self.entities[person.id] = person
            self.seen[(article, person.id)] += 1

    def event(
        self,
        article: str,
        people: Sequence[Entity],
        when: FuzzyDate | None,
        kind: Relation = Relation.MEET,
        hedged: bool = False,
        credited_to: str | None = None,
        reported: FuzzyDate | None = None,
        text: str | None = None,
        place: str | None = None,
        assertion: Assertion = Assertion.REPORTED,
    ) -> Event:
        self._see(article, people)
        text = text or " met ".join(p.name for p in people) + "."
        event = Event(
            content_id("evt", article, text, kind.value),
            kind,
            tuple(Participant(p.id, p.name) for p in people),
            (span(article, text),),
            when,
            place=place,
            hedged=hedged,
            assertion=assertion,
        )
        self.events.append(ArticleEvent(article, event))
        published = reported or self.articles[article].published
        outlet = credited_to or self.articles[article].outlet
        self.reports.append(
            Report(
                content_id("rep", event.id, article, outlet),
                event.id,
                article,
                outlet,
                published,
                span(article, text),
                credited_to=credited_to,
            )
        )
        return event

    def statement(
        self,
        article: str,
        speaker: Entity,
        text: str,
        stance: Stance = Stance.DENY,
        subjects: Sequence[Entity] = (),
        objects: Sequence[Entity] = (),
        said_on: FuzzyDate | None = None,
        period: FuzzyDate | None = None,
        relation: Relation = Relation.CONTACT,
        quantifier: Quantifier = Quantifier.NAMED,
    ) -> Statement:
        self._see(article, [speaker, *subjects, *objects])
        proposition = Proposition(
            relation,
            tuple(s.id for s in subjects),
            tuple(o.id for o in objects),
            period,
            polarity=stance is not Stance.DENY,
            quantifier=quantifier,
        )
        statement = Statement(
            content_id("stmt", article, text),
            article,
            speaker.id,
            speaker.name,
            text,
            StatementKind.DIRECT,
            "said",
            stance,
            span(article, text),
            said_on=said_on,
            proposition=proposition,
        )
        self.statements.append(statement)
        return statement

    def role(self, article: str, person: Entity, title: str, when: FuzzyDate | None) -> None:
        self._see(article, [person])
        evidence = span(article, f"{person.name}, {title}")
        self.roles.append(
            Role(
                content_id("role", article, person.id, title),
                person.id,
                title,
                None,
                when,
                evidence,
            )
        )

    def resolve(self, rules: CaseRules | None = None) -> Resolution:
        inputs = ResolveInput(
            tuple(self.entities.values()),
            dict((k, (n, 0)) for k, n in self.seen.items()),
            tuple(self.roles),
            tuple(self.events),
            tuple(self.reports),
            self.articles,
        )
        return resolve(inputs, rules or CaseRules())

    def check(self, rules: CaseRules | None = None) -> CheckOutput:
        return check(self.statements, self.resolve(rules), self.articles)
