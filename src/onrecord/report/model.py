"""The dossier as data: what the report says, before any markup.

Both renderers (Markdown and HTML) read this one structure, so the two formats can never
disagree about what is in the record, and citation numbers are fixed once, here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from onrecord.dates import FuzzyDate
from onrecord.readmodel import ArticleSummary
from onrecord.record import EntityKind, Relation, Span, Stance, Timing


@dataclass(frozen=True)
class Citation:
    """A cited sentence: its number in the dossier and the evidence span (with offsets)."""

    number: int
    span: Span


@dataclass(frozen=True)
class SourceArticle:
    """An article the dossier cites, with every sentence cited from it (appendix order)."""

    number: int
    source: ArticleSummary
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Said:
    """A statement as the dossier shows it; ``cites`` has several numbers when the same words
    were quoted by several articles."""

    speaker: str
    words: str
    stance: Stance
    said: FuzzyDate | None
    venue: str | None
    article: str
    cites: tuple[int, ...]


@dataclass(frozen=True)
class ReportLine:
    """One outlet's report of a contact, cited to the sentence that reports it."""

    outlet: str | None
    published: FuzzyDate | None
    credited_to: str | None
    basis: str | None
    cite: int


@dataclass(frozen=True)
class Contact:
    """A reported contact with who reported it first and how many independent sources."""

    kind: Relation
    participants: tuple[str, ...]
    when: FuzzyDate | None
    place: str | None
    hedged: bool
    first_reported: FuzzyDate | None
    first_reporter: str | None
    independent_sources: int
    reports: tuple[ReportLine, ...]
    cites: tuple[int, ...]  # the event's own evidence when no report cites it


@dataclass(frozen=True)
class ReviewNote:
    """Why a finding is for review: its reason code and the sentence that explains it."""

    code: str
    text: str


@dataclass(frozen=True)
class ContradictionItem:
    """One denial and what is held against it: a contradiction, or (with ``reasons``) a
    finding for review."""

    statement: Said
    events: tuple[Contact, ...]
    statements: tuple[Said, ...]
    timing: Timing
    confidence: float
    explanation: str
    reasons: tuple[ReviewNote, ...] = ()


@dataclass(frozen=True)
class EvasionItem:
    statement: Said
    events: tuple[Contact, ...]


@dataclass(frozen=True)
class Step:
    """One step of a speaker's account and how it moves from the step before."""

    change: str
    detail: str
    statement: Said


@dataclass(frozen=True)
class Account:
    speaker: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class RoleLine:
    title: str
    org: str | None
    when: FuzzyDate | None
    former: bool
    cites: tuple[int, ...]


@dataclass(frozen=True)
class CastMember:
    name: str
    kind: EntityKind
    aliases: tuple[str, ...]
    roles: tuple[RoleLine, ...]
    statements: int
    contacts: int


@dataclass(frozen=True)
class PersonStatements:
    speaker: str
    statements: tuple[Said, ...]


@dataclass(frozen=True)
class Dossier:
    title: str
    articles: int
    contradictions: tuple[ContradictionItem, ...]
    evasions: tuple[EvasionItem, ...]
    accounts: tuple[Account, ...]
    cast: tuple[CastMember, ...]
    timeline: tuple[Contact, ...]
    statements: tuple[PersonStatements, ...]
    sources: tuple[SourceArticle, ...]
    review: tuple[ContradictionItem, ...] = ()  # findings for review, each with its reasons
    generated: str | None = None  # a caller-given timestamp; never now(), so output is stable

    @cached_property
    def _by_article(self) -> dict[str, ArticleSummary]:
        return {item.source.id: item.source for item in self.sources}

    def source_of(self, article: str) -> ArticleSummary | None:
        """The cited article's metadata (outlet, date) for a statement's "reported in"."""
        return self._by_article.get(article)
