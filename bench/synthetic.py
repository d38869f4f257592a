"""A large case without the NLP: the generated corpus (``bench/corpus.py``) stored through the
product's own ingest and store, with each article's extraction written from what the generator
put in it instead of parsed out of it. ``onrecord check`` then runs on it as on any case.

It exists so the web benchmark can measure a 10k-article case in minutes (extracting 10k texts
takes an hour on this machine). The records are the ones the extractor finds in these texts
(compare a case built with ``add``): per article the four people named with every mention of
them, the two roles told, the two or three contacts with the outlet's report of each and the
earlier report the article credits, and five statements — the two quotes, the denial (or
refusal, or admission), and the sources the contacts are attributed to. Denials carry the
contact they deny, so ``check`` finds contradictions where the corpus contradicts a speaker.

Run: ``python -m bench.synthetic CASE_FOLDER N`` (the folder must not exist).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bench.corpus import Person, Writer
from onrecord.case import Case, open_case
from onrecord.dates import FuzzyDate
from onrecord.errors import InputError
from onrecord.extract import VERSION
from onrecord.ids import content_id
from onrecord.ingest import SourceMeta, ingest
from onrecord.record import (
    Article,
    Assertion,
    Entity,
    EntityKind,
    Event,
    Mention,
    MentionKind,
    Participant,
    Proposition,
    Relation,
    Report,
    Role,
    Span,
    Stance,
    Statement,
    StatementKind,
)
from onrecord.store import Store

EXTRACTOR = "synthetic.v1"
VERBS = {
    "met": Relation.MEET,
    "spoke by phone with": Relation.CALL,
    "had dinner with": Relation.MEET,
    "exchanged emails with": Relation.MESSAGE,
    "sat down with": Relation.MEET,
}
QUOTE_STANCES = {
    "I never met": Stance.DENY,
    "There were no contacts": Stance.DENY,
    "I have nothing to do": Stance.DENY,
    "That story is absurd": Stance.DISMISS,
    "We talked with": Stance.AFFIRM,
}
INDIRECT_STANCES = {
    "denied that": Stance.DENY,
    "declined to comment": Stance.DECLINE,
    "did not recall": Stance.NOT_RECALL,
    "confirmed that": Stance.AFFIRM,
}
BATCH = 200


class CastWriter(Writer):
    """The corpus writer, remembering each article's cast (the four people it names)."""

    cast: list[Person]

    def _cast(self, index: int) -> list[Person]:
        self.cast = super()._cast(index)
        return self.cast


@dataclass(frozen=True)
class Told:
    """One article as stored, with its cast and publication day, to write records against."""

    article: Article
    cast: list[Person]
    published: date

    def span(self, needle: str, after: int = 0) -> Span | None:
        text = self.article.clean_text
        start = text.find(needle, after)
        if start < 0:
            return None
        return Span(self.article.id, start, start + len(needle), needle)

    def paragraphs(self) -> list[Span]:
        text, found, start = self.article.clean_text, [], 0
        for block in text.split("\n\n"):
            begin = text.index(block, start)
            found.append(Span(self.article.id, begin, begin + len(block), block))
            start = begin + len(block)
        return found


def _person(person: Person) -> Entity:
    return Entity(content_id("ent", "person", person.name), person.name, EntityKind.PERSON)


def _mentions(told: Told) -> Iterator[Mention]:
    """Every full name and every lone surname of the cast, as the extractor links them."""
    text, taken = told.article.clean_text, set[int]()
    for person in told.cast:
        entity = _person(person).id
        for name in (person.name, person.last):
            for found in re.finditer(rf"\b{re.escape(name)}\b", text):
                if found.start() in taken or found.end() - 1 in taken:
                    continue
                taken.update(range(found.start(), found.end()))
                span = Span(told.article.id, found.start(), found.end(), name)
                key = content_id("men", told.article.id, span.start, span.end)
                yield Mention(key, span, MentionKind.NAME, entity, "PERSON", EXTRACTOR)


def _day(day: date) -> FuzzyDate:
    return FuzzyDate.day(day, day.isoformat())


def _event(
    told: Told, kind: Relation, people: tuple[Person, ...], evidence: Span, **more: Any
) -> Event:
    participants = tuple(Participant(_person(p).id, p.name) for p in people)
    key = content_id("evt", told.article.id, evidence.start, kind.value)
    return Event(key, kind, participants, (evidence,), extractor=EXTRACTOR, **more)


def _report(
    told: Told, event: Event, outlet: str | None, published: FuzzyDate, **more: Any
) -> Report:
    key = content_id("rep", event.id, told.article.id, outlet)
    return Report(key, event.id, told.article.id, outlet, published, event.evidence[0], **more)


def _statement(
    told: Told,
    speaker: Person | None,
    name: str,
    words: Span,
    kind: StatementKind,
    stance: Stance,
    about: tuple[Relation, Person, Person],
) -> Statement:
    """A statement; a denial or an admission carries the contact ``about`` it (who with whom)."""
    relation, subject, other = about
    proposition = None
    if stance in (Stance.DENY, Stance.AFFIRM):
        people = (_person(subject).id,), (_person(other).id,)
        proposition = Proposition(relation, *people, polarity=stance is Stance.AFFIRM)
    return Statement(
        id=content_id("stmt", told.article.id, words.start, words.end),
        article=told.article.id,
        speaker=_person(speaker).id if speaker else None,
        speaker_name=name,
        text=words.text,
        kind=kind,
        cue="said",
        stance=stance,
        evidence=words,
        proposition=proposition,
        extractor=EXTRACTOR,
    )


def _stance(text: str, stances: dict[str, Stance]) -> Stance:
    return next((stance for cue, stance in stances.items() if cue in text), Stance.OTHER)


def _quoted(told: Told, paragraph: Span) -> Span:
    """The words between the quote marks of a quote paragraph."""
    found = re.search(r"[“\"](.+?)[,.]?[”\"]", paragraph.text)
    if found is None:
        return paragraph
    start = paragraph.start + found.start(1)
    return Span(told.article.id, start, start + len(found.group(1)), found.group(1))


def records(told: Told) -> list[object]:
    """The article's extraction, as the generator wrote the article."""
    a, b, c, d = told.cast
    meeting, quote_a, second, indirect, credited, *_, quote_c = told.paragraphs()
    published = _day(told.published)
    out: list[object] = [_person(p) for p in told.cast]
    out.extend(_mentions(told))
    verb = meeting.text.split(a.name, 1)[1].split(b.name, 1)[0].strip()
    met = _written_day(meeting.text, "")
    first = _event(
        told,
        VERBS.get(verb, Relation.CONTACT),
        (a, b),
        meeting,
        when=_day(met) if met else None,
        place=meeting.text.split(" at ", 1)[1].split(" on ", 1)[0],
        assertion=Assertion.ATTRIBUTED,
    )
    other = _event(told, Relation.MEET, (c, d), second, assertion=Assertion.ATTRIBUTED)
    out += [first, other, _report(told, first, told.article.outlet, published)]
    out.append(_report(told, other, told.article.outlet, published))
    earlier = _written_day(credited.text, ", citing")
    outlet = credited.text.removeprefix("The ").split(" first reported", 1)[0]
    if earlier:
        out.append(_report(told, first, outlet, _day(earlier), credited_to=f"the {outlet}"))
    for who, span in ((b, meeting), (c, second)):
        key = content_id("role", told.article.id, _person(who).id, who.title, span.start)
        role = Role(key, _person(who).id, who.title, who.country, None, span, who is c, EXTRACTOR)
        out.append(role)
    stance_i = _stance(indirect.text, INDIRECT_STANCES)
    if stance_i is Stance.AFFIRM and met:
        confirmed = _event(
            told, Relation.CALL, (c, d), indirect, when=_day(met), assertion=Assertion.ADMITTED
        )
        out += [confirmed, _report(told, confirmed, told.article.outlet, published)]
    sources = meeting.text.rsplit("according to ", 1)[-1].rstrip(".")
    briefed = re.search(r"\d+ people", second.text)
    direct, reported = StatementKind.DIRECT, StatementKind.INDIRECT
    words_a, words_c = _quoted(told, quote_a), _quoted(told, quote_c)
    stance_a, stance_c = _stance(words_a.text, QUOTE_STANCES), _stance(words_c.text, QUOTE_STANCES)
    told_as = [
        (a, a.name, words_a, direct, stance_a, (Relation.CONTACT, a, b)),
        (c, c.name, words_c, direct, stance_c, (Relation.CONTACT, c, a)),
        (c, c.name, indirect, reported, stance_i, (Relation.MEET, c, d)),
        (None, sources, meeting, reported, Stance.AFFIRM, (first.kind, a, b)),
        (
            None,
            briefed.group(0) if briefed else "people",
            second,
            reported,
            Stance.AFFIRM,
            (Relation.MEET, c, d),
        ),
    ]
    out += [_statement(told, *statement) for statement in told_as]
    return out


def _written_day(text: str, after: str) -> date | None:
    """The first "on Month D, YYYY" of ``text`` that ``after`` follows."""
    found = re.search(rf"on (\w+ \d+, \d{{4}}){after}", text)
    return date.fromisoformat(_iso(found.group(1))) if found else None


def _iso(written: str) -> str:
    month, day, year = written.replace(",", "").split()
    return date(int(year), _MONTHS.index(month) + 1, int(day)).isoformat()


_MONTHS = [date(2000, m, 1).strftime("%B") for m in range(1, 13)]


def build(folder: Path, count: int) -> Path:
    """``onrecord init`` a case, store ``count`` generated articles through ingest with their
    written extraction, then ``onrecord check`` it."""
    subprocess.run([sys.executable, "-m", "onrecord", "init", str(folder)], check=True)
    case = open_case(folder)
    writer = CastWriter(count)
    corpus = folder.parent / f"synthetic-{count}.jsonl"
    casts: dict[str, tuple[list[Person], date]] = {}
    with corpus.open("w", encoding="utf-8") as out:
        for index in range(count):
            item = writer.article(index)
            casts[str(item["url"])] = (writer.cast, date.fromisoformat(str(item["published"])))
            out.write(json.dumps(item) + "\n")
    with case.store() as store:
        _store(store, case, corpus, casts)
    subprocess.run([sys.executable, "-m", "onrecord", "check", str(folder)], check=True)
    return folder


def _store(
    store: Store, case: Case, corpus: Path, casts: dict[str, tuple[list[Person], date]]
) -> None:
    """Each article through the product's ingest and store, its records a batch at a time."""
    batch: list[tuple[str, list[object]]] = []
    for item in ingest([str(corpus)], SourceMeta(), case.settings.ingest, store):
        if isinstance(item, InputError):
            raise RuntimeError(f"ingest failed: {item}")
        article = item.article
        if not store.add_article(article, item.blocks, item.fingerprint):
            continue
        cast, published = casts[str(article.url)]
        batch.append((article.id, records(Told(article, cast, published))))
        if len(batch) >= BATCH:
            store.replace_extractions(batch, VERSION)
            batch = []
    if batch:
        store.replace_extractions(batch, VERSION)


if __name__ == "__main__":
    build(Path(sys.argv[1]), int(sys.argv[2]))
