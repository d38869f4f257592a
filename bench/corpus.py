"""A generated news corpus for the scale benchmarks: N articles in JSONL, deterministic per seed.

Each article is a story about contacts between officials, written from templates with varied
slots: a dateline, a meeting with a date and a place, a role apposition, a direct quote with an
attribution (straight or curly quotes, attribution before, after or inside), an indirect denial,
a refusal to comment or a "does not recall", a report credited to another outlet, and background
paragraphs. People are drawn from a pool that grows with N (as a real corpus grows by covering
more people), each article from a window of that pool, so the cast per article stays bounded.

Run: ``.venv/bin/python bench/corpus.py N > corpus.jsonl``.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

FIRST = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Frank", "Greta", "Hugo", "Irina", "Jonas"]
FIRST += ["Karen", "Leon", "Marta", "Nikolai", "Olga", "Pavel", "Rosa", "Sergei", "Tara", "Viktor"]
SYLLABLES = ["ka", "lo", "mir", "sen", "dor", "vel", "ta", "rin", "bus", "gal", "pe", "zov"]
TITLES = ["ambassador", "national security adviser", "campaign chairman", "foreign minister"]
TITLES += ["deputy press secretary", "senator", "trade envoy", "defense attaché"]
COUNTRIES = ["Russia", "Ukraine", "Turkey", "Hungary", "Qatar", "Brazil"]
OUTLETS = ["Daily Ledger", "Capitol Courier", "Evening Dispatch", "Harbor Times", "Wire Service"]
OUTLETS += ["Metro Observer", "National Review Post", "Morning Record"]
PLACES = ["the Mayflower Hotel", "a reception at the embassy", "a hotel bar in Cleveland"]
PLACES += ["the Republican convention", "a dinner in Moscow", "the transition offices"]
MEET = ["met", "spoke by phone with", "had dinner with", "exchanged emails with", "sat down with"]
CUES = ["said", "told reporters", "said in an interview", "told the committee", "insisted"]
VENUES = ["at a press conference", "on a Sunday talk show", "during his confirmation hearing"]
VENUES += ["in a statement", "at a campaign rally"]
SOURCES = ["two officials", "people familiar with it", "records", "a former aide"]
# Background paragraphs carry names and numbers, so no paragraph recurs word for word (ingest
# would strip a recurring paragraph as an outlet's boilerplate).
BACKGROUND = [
    "The meetings between {a} and {b} have drawn scrutiny from {n} lawmakers of both parties.",
    "Investigators are examining whether {a} disclosed any of the {n} contacts at the time.",
    "The committee is expected to question {b} at a hearing on {month} {n}.",
    "Aides familiar with {a}'s schedule described the encounter as brief, lasting {n} minutes.",
    "Officials cautioned that the review of {b}'s travel, now in its {n}th week, is early.",
    "The disclosures come as {a}'s office faces {n} questions about its ties abroad.",
]
QUOTES = [
    ("“", "”"),
    ('"', '"'),
]


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    country: str

    @property
    def last(self) -> str:
        return self.name.split()[-1]


def _people(count: int, rng: random.Random) -> list[Person]:
    names: dict[str, None] = {}
    while len(names) < count:
        last = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
        names[f"{rng.choice(FIRST)} {last}"] = None
    return [Person(n, rng.choice(TITLES), rng.choice(COUNTRIES)) for n in names]


def _day(day: date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


class Writer:
    """Writes article after article from one seeded random stream."""

    def __init__(self, articles: int, seed: int = 11) -> None:
        self.rng = random.Random(seed)
        self.people = _people(max(articles // 4, 40), self.rng)

    def _cast(self, index: int) -> list[Person]:
        start = (index * 3) % (len(self.people) - 12)
        return self.rng.sample(self.people[start : start + 12], 4)

    def _meeting(self, a: Person, b: Person, when: date) -> str:
        verb, place = self.rng.choice(MEET), self.rng.choice(PLACES)
        return (
            f"{a.name} {verb} {b.name}, {b.country}'s {b.title}, at {place} on {_day(when)}, "
            f"according to {self.rng.choice(SOURCES)}."
        )

    def _quote(self, speaker: Person, other: Person, cue: str) -> str:
        opening, closing = self.rng.choice(QUOTES)
        words = self.rng.choice(
            [
                f"I never met {other.last}. Not once",
                f"There were no contacts with {other.country}'s officials, none at all",
                f"I have nothing to do with {other.country}",
                "That story is absurd and everybody knows it",
                f"We talked with {other.last} about the weather and nothing else",
            ]
        )
        venue = self.rng.choice(VENUES)
        if self.rng.random() < 0.5:
            return f"{opening}{words},{closing} {speaker.last} {cue} {venue}."
        return f"{speaker.name} {cue} {venue}: {opening}{words}.{closing}"

    def _indirect(self, speaker: Person, other: Person, when: date) -> str:
        day = _day(when)
        return self.rng.choice(
            [
                f"{speaker.last} denied that he had met {other.name} on {day}.",
                f"{speaker.last} declined to comment on the {day} meeting.",
                f"{speaker.last} said he did not recall speaking with {other.last} on {day}.",
                f"A spokesman for {speaker.last} confirmed that the two had spoken on {day}.",
            ]
        )

    def _report(self, a: Person, b: Person, published: date) -> str:
        outlet = self.rng.choice(OUTLETS)
        earlier = published - timedelta(days=self.rng.randint(2, 60))
        return (
            f"The {outlet} first reported the contacts between {a.last} and {b.last} on "
            f"{_day(earlier)}, citing current and former officials."
        )

    def _background(self, a: Person, b: Person) -> list[str]:
        month = self.rng.choice(["March", "May", "July", "October"])
        return [
            line.format(a=a.last, b=b.last, n=self.rng.randint(4, 40), month=month)
            for line in self.rng.sample(BACKGROUND, self.rng.randint(2, 4))
        ]

    def article(self, index: int) -> dict[str, object]:
        rng = self.rng
        published = date(2016, 6, 1) + timedelta(days=rng.randrange(500))
        met = published - timedelta(days=rng.randint(5, 200))
        a, b, c, d = self._cast(index)
        paragraphs = [
            f"WASHINGTON — {self._meeting(a, b, met)}",
            self._quote(a, b, rng.choice(CUES)),
            f"{c.name}, who served as {c.country}'s {c.title} until last year, "
            f"{rng.choice(MEET)} {d.name} {rng.choice(['last month', 'in April', 'twice'])}, "
            f"{rng.randint(2, 9)} people briefed on the talks at {rng.choice(PLACES)} said.",
            self._indirect(c, d, met),
            self._report(a, b, published),
            *self._background(a, b),
            self._quote(c, a, rng.choice(CUES)),
        ]
        return {
            "id": f"bench-{index:07d}",
            "title": f"{a.last} and {b.last}: the contacts, story {index}",
            "outlet": OUTLETS[index % len(OUTLETS)],
            "published": published.isoformat(),
            "url": f"https://news.example/{index}",
            "text": "\n\n".join(paragraphs),
        }


def articles(count: int, seed: int = 11) -> Iterator[dict[str, object]]:
    """``count`` articles, streamed."""
    writer = Writer(count, seed)
    for index in range(count):
        yield writer.article(index)


def write_jsonl(path: Path, count: int, seed: int = 11) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for item in articles(count, seed):
            out.write(json.dumps(item) + "\n")
    return path


if __name__ == "__main__":
    for item in articles(int(sys.argv[1]) if len(sys.argv) > 1 else 10):
        print(json.dumps(item))
