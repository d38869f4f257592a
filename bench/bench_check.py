"""Resolve + check time on synthetic records for 1k, 10k and 100k articles' worth.

Run: ``.venv/bin/python bench/bench_check.py [N ...]``. Each article carries two contact events
(with a report each), one statement (a fifth of them denials, a tenth admissions) and its
mentions; people, groups and dates are drawn so every person appears in a bounded number of
articles, as in a real corpus that grows by covering more people. Prints JSON: seconds for
resolve and check per size, and the time per article (flat when growth is linear).
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections import Counter
from datetime import date, timedelta

from onrecord.check import check
from onrecord.dates import FuzzyDate
from onrecord.ids import content_id
from onrecord.record import (
    Entity,
    EntityKind,
    Event,
    Participant,
    Proposition,
    Relation,
    Report,
    Span,
    Stance,
    Statement,
    StatementKind,
)
from onrecord.resolve import ArticleEvent, ArticleFacts, ResolveInput, resolve, rules_from_text

SYLLABLES = ["ka", "lo", "mir", "sen", "dor", "vel", "ta", "rin", "bus", "gal", "pe", "zov"]
KINDS = [Relation.MEET, Relation.CALL, Relation.MESSAGE, Relation.CONTACT]
CASEBOOK = "groups:\n  Ministry:\n    role_patterns: ['minister']\n"


def _name(rng: random.Random) -> str:
    first = "".join(rng.choice(SYLLABLES) for _ in range(2)).title()
    last = "".join(rng.choice(SYLLABLES) for _ in range(3)).title()
    return f"{first} {last}"


def _people(n: int, rng: random.Random) -> list[Entity]:
    names = sorted({_name(rng) for _ in range(n)})
    return [Entity(content_id("ent", "person", n), n, EntityKind.PERSON) for n in names]


def _span(article: str, text: str) -> Span:
    return Span(article, 0, len(text), text)


class _Generator:
    def __init__(self, articles: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.people = _people(max(articles // 2, 10), self.rng)
        self.events: list[ArticleEvent] = []
        self.reports: list[Report] = []
        self.statements: list[Statement] = []
        self.facts: dict[str, ArticleFacts] = {}
        self.seen: Counter[tuple[str, str]] = Counter()

    def _local(self, index: int) -> list[Entity]:
        """People near this article's index: each person is covered by a few dozen articles."""
        start = (index // 2) % max(len(self.people) - 20, 1)
        return self.people[start : start + 20]

    def article(self, index: int) -> None:
        article = f"art_{index:08d}"
        published = date(2016, 1, 1) + timedelta(days=self.rng.randrange(700))
        self.facts[article] = ArticleFacts(
            article, f"Outlet {index % 40}", FuzzyDate.day(published)
        )
        cast = self._local(index)
        for _ in range(2):
            self._event(article, cast, published)
        self._statement(article, cast, published)

    def _event(self, article: str, cast: list[Entity], published: date) -> None:
        a, b = self.rng.sample(cast, 2)
        when = FuzzyDate.day(published - timedelta(days=self.rng.randrange(1, 200)))
        text = f"{a.name} met {b.name}."
        kind = self.rng.choice(KINDS)
        event = Event(
            content_id("evt", article, text, kind.value),
            kind,
            (Participant(a.id, a.name), Participant(b.id, b.name)),
            (_span(article, text),),
            when,
        )
        self.events.append(ArticleEvent(article, event))
        self.reports.append(
            Report(
                content_id("rep", event.id, article),
                event.id,
                article,
                None,
                self.facts[article].published,
                _span(article, text),
            )
        )
        self.seen[(article, a.id)] += 2
        self.seen[(article, b.id)] += 1

    def _statement(self, article: str, cast: list[Entity], published: date) -> None:
        speaker, other = self.rng.sample(cast, 2)
        roll = self.rng.random()
        stance = Stance.DENY if roll < 0.2 else Stance.AFFIRM if roll < 0.3 else Stance.OTHER
        text = f"{speaker.name} on {other.name} ({article})"
        self.statements.append(
            Statement(
                content_id("stmt", article, text),
                article,
                speaker.id,
                speaker.name,
                text,
                StatementKind.INDIRECT,
                "said",
                stance,
                _span(article, text),
                said_on=FuzzyDate.day(published),
                proposition=Proposition(Relation.CONTACT, (speaker.id,), (other.id,)),
            )
        )
        self.seen[(article, speaker.id)] += 1


def run(articles: int) -> dict[str, float]:
    generator = _Generator(articles)
    for index in range(articles):
        generator.article(index)
    inputs = ResolveInput(
        tuple(generator.people),
        dict((k, (n, 0)) for k, n in generator.seen.items()),
        (),
        tuple(generator.events),
        tuple(generator.reports),
        generator.facts,
    )
    started = time.perf_counter()
    resolution = resolve(inputs, rules_from_text(CASEBOOK))
    resolved = time.perf_counter()
    output = check(generator.statements, resolution, generator.facts)
    checked = time.perf_counter()
    return {
        "articles": articles,
        "resolve_s": round(resolved - started, 3),
        "check_s": round(checked - resolved, 3),
        "total_ms_per_article": round((checked - started) * 1000 / articles, 4),
        "resolved_events": len(resolution.events),
        "contradictions": len(output.contradictions),
    }


def main(sizes: list[int]) -> None:
    print(json.dumps([run(n) for n in sizes], indent=2))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1_000, 10_000, 100_000])
