"""The Record: the one data model every stage of onrecord speaks.

Ingest makes Articles; extract makes Mentions, Entities, Roles, Statements, Events and Reports
inside one article; resolve merges them across articles; check makes Contradictions. Every item
that came from text carries :class:`Span` evidence (article id + character offsets into the
article's clean text + the exact words) and the versioned name of the extractor that produced it,
so an old output stays explainable after the rules change.

All types are frozen: a stage never edits another stage's output, it derives new records.
Ids are content hashes (see :mod:`onrecord.ids`), so re-runs and parallel workers agree.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from onrecord.dates import FuzzyDate, Precision

# -- vocabularies -------------------------------------------------------------------------------


class DateSource(StrEnum):
    """Where an article's publication date came from, most trusted first."""

    METADATA = "metadata"  # page metadata (htmldate / trafilatura)
    SIDECAR = "sidecar"  # a JSONL field or a sidecar file next to the text
    CLI = "cli"  # --date on the command line
    TEXT = "text"  # inferred from the text (update line, dateline, latest date mentioned)


class EntityKind(StrEnum):
    PERSON = "person"
    ORG = "org"
    PLACE = "place"
    GROUP = "group"  # "the Trump campaign", "senior Russian intelligence officials"


class MentionKind(StrEnum):
    NAME = "name"  # "Sergey Ivanovich Kislyak", "Kislyak"
    ROLE = "role"  # "Russia's ambassador", "the ambassador"
    PRONOUN = "pronoun"  # "he"


class StatementKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class Stance(StrEnum):
    DENY = "deny"
    AFFIRM = "affirm"
    DECLINE = "decline"  # declined to comment / answer
    NOT_RECALL = "not_recall"
    DISMISS = "dismiss"  # "absurd", "fake news" without denying the contact itself
    OTHER = "other"


class Relation(StrEnum):
    """Kinds of contact. CONTACT is the umbrella a denial of "any contact" covers."""

    MEET = "meet"
    CALL = "call"
    MESSAGE = "message"
    VISIT = "visit"
    CONTACT = "contact"

    def fits(self, other: str) -> bool:
        """Two reports may tell one contact: the same kind, or one told without its medium
        ("contact" is the umbrella, either way round)."""
        return Relation.CONTACT in (self, other) or self == other


class Quantifier(StrEnum):
    NAMED = "named"  # the subjects themselves
    ANY_MEMBER = "any_member"  # "anybody in the Trump campaign"


class Timing(StrEnum):
    RECORD_PREDATES = "record_predates"  # the contradicting fact was public when it was said
    LATER = "later"  # it surfaced after the statement
    UNORDERED = "unordered"  # the statement or the first report is undated, or they overlap


class Listing(StrEnum):
    """Which list a finding of check belongs to: precision first, so only a finding that meets
    every condition of the contradiction rule is a contradiction; a plausible one that fails a
    condition is for review, with the reason."""

    CONTRADICTION = "contradiction"
    REVIEW = "review"


class ReviewReason(StrEnum):
    """Why a finding is for review and not a contradiction (the condition it fails)."""

    UNRESOLVED_COUNTERPART = "unresolved_counterpart"  # the denial names no other side
    SPEAKER_SIDE_UNRESOLVED = "speaker_side_unresolved"  # the speaker is not the denial's side
    WEAK_EVIDENCE = "weak_evidence"  # the contact is only alleged or hedged
    TOPIC_UNMATCHED = "topic_unmatched"  # no report of the contact gives the denied topic
    QUALIFIER_UNMATCHED = "qualifier_unmatched"  # "improper contacts": manner not on record
    PARTICULAR_CONTACT = "particular_contact"  # "the meeting": which one is not known
    UNORDERED_DATES = "unordered_dates"  # the contact cannot be shown before the statement
    NOT_A_PARTICIPANT_ADMISSION = "not_a_participant_admission"  # admitted by an outsider
    MEMBERSHIP_UNDATED = "membership_undated"  # in the group, but not shown to be then
    MEDIUM_UNTOLD = "medium_untold"  # denied a meeting; in person or not is not told


# -- text and provenance -------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """Evidence: characters ``[start, end)`` of an article's clean text, and those characters."""

    article: str
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets {self.start}..{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError("span text does not match its offsets")


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in clean text back to the raw text it was cut from.

    Cleaning only deletes and keeps runs of characters, so the map is a list of kept runs:
    ``(clean_start, raw_start, length)``, sorted by ``clean_start`` and non-overlapping.
    """

    runs: tuple[tuple[int, int, int], ...] = ()

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls(((0, 0, length),) if length else ())

    def to_raw(self, clean_offset: int) -> int:
        """The raw offset of a clean offset; an offset at the end of a run maps to its end."""
        if not self.runs:
            return clean_offset
        index = max(bisect_right(self.runs, clean_offset, key=lambda run: run[0]) - 1, 0)
        clean_start, raw_start, length = self.runs[index]
        return raw_start + min(max(clean_offset - clean_start, 0), length)

    def to_clean(self, raw_start: int, raw_end: int) -> tuple[int, int] | None:
        """The clean span holding what cleaning kept of a raw span; None when it kept none."""
        if not self.runs:
            return (raw_start, raw_end) if raw_start < raw_end else None
        kept = [
            (clean + max(raw_start - raw, 0), clean + min(raw_end - raw, length))
            for clean, raw, length in self.runs
            if raw < raw_end and raw_start < raw + length
        ]
        return (kept[0][0], kept[-1][1]) if kept else None


@dataclass(frozen=True)
class Published:
    """An article's publication date with where it came from and how far to trust it."""

    value: FuzzyDate
    source: DateSource
    confidence: float = 1.0
    updated: FuzzyDate | None = None  # "Update, 2/15/17: …"


@dataclass(frozen=True)
class Article:
    id: str  # hash of the clean text
    clean_text: str
    raw_text: str = ""
    offsets: OffsetMap = field(default_factory=OffsetMap)
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: Published | None = None
    origin: str = ""  # the file, URL or archive record it was read from
    duplicate_of: str | None = None  # near-duplicate (syndicated or re-scraped) of this article

    def span(self, start: int, end: int) -> Span:
        """Evidence over this article's clean text."""
        return Span(self.id, start, end, self.clean_text[start:end])

    @property
    def headline(self) -> tuple[int, int]:
        """Where the title stands in the text, as a line (or lines) of its own ((0, 0) if it
        does not). A headline retells the body in telegraphic form ("X denies meeting envoy"):
        the stages that read the body leave it out, since the body carries what it sums up.
        The text may punctuate it otherwise than the title field (a closing period, a line
        break after its semicolon)."""
        words = re.findall(r"\w+", self.title or "")
        text = self.clean_text
        # its words in order, whatever between them, and what closes its line: a period, a quote
        title = r"\W*".join(map(re.escape, words)) + r"[^\w\n]*"
        found = re.search(title, text, re.IGNORECASE) if words else None
        if found is None:
            return (0, 0)
        start, end = found.span()
        on_own_line = text[start - 1 : start] in ("", "\n") and text[end : end + 1] in ("", "\n")
        return (start, end) if on_own_line else (0, 0)

    @property
    def anchor_day(self) -> date | None:
        """The day relative dates ("Tuesday", "last month") count from: the publication date
        when it names a day. A month-precise date anchors nothing: its "1st" would be invented."""
        published = self.published
        if published is None or published.value.precision is not Precision.DAY:
            return None
        return published.value.start


# -- who ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    id: str
    span: Span
    kind: MentionKind
    entity: str | None  # the entity it was resolved to, once known
    label: str = ""  # the NER label the model gave, kept for diagnosis
    extractor: str = ""


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()
    curated: bool = False  # declared or edited by the user, never overwritten by the pipeline


@dataclass(frozen=True)
class Role:
    """Entity holds ``title`` at ``org`` over ``when`` (open ends allowed)."""

    id: str
    entity: str
    title: str
    org: str | None
    when: FuzzyDate | None
    evidence: Span
    former: bool = False
    extractor: str = ""


@dataclass(frozen=True)
class Membership:
    """Entity belongs to a group over ``when``; from a role or declared in the casebook."""

    id: str
    entity: str
    group: str
    when: FuzzyDate | None
    source: str  # "role:<role id>" or "casebook"
    evidence: Span | None = None


# -- what was said --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Proposition:
    """What a statement claims or denies about contact: subjects R objects during period."""

    relation: Relation
    subjects: tuple[str, ...]
    objects: tuple[str, ...]
    period: FuzzyDate | None = None
    polarity: bool = True  # False: the statement says the contact did not happen
    quantifier: Quantifier = Quantifier.NAMED


@dataclass(frozen=True)
class Statement:
    id: str
    article: str
    speaker: str | None  # entity id; None when the extractor could not find one
    speaker_name: str
    text: str  # exact words for direct quotes, reported content for indirect ones
    kind: StatementKind
    cue: str
    stance: Stance
    evidence: Span
    speaker_evidence: Span | None = None  # the mention that names the speaker
    said_on: FuzzyDate | None = None
    venue: str | None = None
    addressee: str | None = None
    proposition: Proposition | None = None
    confidence: float = 1.0
    extractor: str = ""


# -- what happened ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    entity: str
    name: str


class Assertion(StrEnum):
    """How a report tells its contact (issue 15), strongest first. Admitted, reported and
    attributed contacts are told as having happened; an alleged one only as claimed, which
    the check holds for review. One told only in a photo caption, planned, hypothetical and
    negated contacts are kept in the record, visible with their grade, and are no contacts:
    they contradict nothing, count in no network and never date anyone's meeting."""

    ADMITTED = "admitted"  # told by a participant: "Gates said he spoke to Manafort"
    REPORTED = "reported"  # told as fact by the outlet
    ATTRIBUTED = "attributed"  # credited to someone else: "officials said the two men met"
    ALLEGED = "alleged"  # "reportedly", "allegedly", under investigation
    CAPTION = "caption"  # told only in a photo caption: "X shakes hands with Y on Saturday"
    PLANNED = "planned"  # planned, proposed, scheduled, sought, invited or declined
    HYPOTHETICAL = "hypothetical"  # "would have met", "asked whether they met"
    NEGATED = "negated"  # "did not meet"

    @property
    def happened(self) -> bool:
        """Told as having happened: admitted, reported or attributed."""
        return self in (Assertion.ADMITTED, Assertion.REPORTED, Assertion.ATTRIBUTED)

    @property
    def contact(self) -> bool:
        """Told as a contact, firmly or hedged: what the record lists as one."""
        return self.happened or self is Assertion.ALLEGED

    def same_telling(self, other: Assertion) -> bool:
        """Two reports can be of one contact only when both tell it as a contact or both tell
        it the same other way: a plan and a held meeting are two things, even of one pair."""
        return self is other or (self.contact and other.contact)

    @classmethod
    def strongest(cls, grades: Iterable[Assertion]) -> Assertion:
        """Of several reports of one contact, the grade that says most for it."""
        order = list(cls)
        return min(grades, key=order.index, default=cls.REPORTED)


@dataclass(frozen=True)
class Event:
    """A contact: a meeting, call, message or visit, with everything that places it.
    ``assertion`` grades how it is told; ``hedged`` and ``negated`` are the two grades older
    readers of the record look at, and always agree with it."""

    id: str
    kind: Relation
    participants: tuple[Participant, ...]
    evidence: tuple[Span, ...]
    when: FuzzyDate | None = None
    place: str | None = None
    hedged: bool = False  # "reportedly", "allegedly"
    negated: bool = False  # "did not meet"
    confidence: float = 1.0
    extractor: str = ""
    assertion: Assertion = Assertion.REPORTED

    def __post_init__(self) -> None:
        """The flags and the grade agree, whichever of them the maker gave."""
        if self.negated:
            object.__setattr__(self, "assertion", Assertion.NEGATED)
        elif self.hedged:
            object.__setattr__(self, "assertion", Assertion.ALLEGED)
        object.__setattr__(self, "negated", self.assertion is Assertion.NEGATED)
        object.__setattr__(self, "hedged", self.hedged or self.assertion is Assertion.ALLEGED)


@dataclass(frozen=True)
class Report:
    """An event as reported: by this article, crediting an outlet or sources."""

    id: str
    event: str
    article: str
    outlet: str | None  # the outlet that reported it: the article's own, or the one it credits
    published: FuzzyDate | None  # when that outlet reported it
    evidence: Span
    credited_to: str | None = None  # "the Wall Street Journal"
    basis: str | None = None  # "citing multiple current and former US officials"
    original: str | None = None  # the report this one rests on; same original = one source


@dataclass(frozen=True)
class Contradiction:
    """A finding of check: a denial against the event or admission it conflicts with.

    ``status`` says which list it is on; a finding for review names the first condition of the
    contradiction rule it fails (``reason``) and says why in words (``reason_text``). Findings
    stored before the two lists existed read back as contradictions with no reason."""

    id: str
    statement: str
    rule: str  # versioned rule name, e.g. "deny_vs_event.v2"
    timing: Timing
    confidence: float
    explanation: str
    against_events: tuple[str, ...] = ()
    against_statements: tuple[str, ...] = ()
    status: Listing = Listing.CONTRADICTION
    reason: ReviewReason | None = None
    reason_text: str = ""

    @property
    def for_review(self) -> bool:
        return self.status is Listing.REVIEW


# -- what the cross-article stages read and write ------------------------------------------------
# Resolve reads article facts and per-article events and writes links; check writes evasions and
# account steps beside the contradictions. They are stored types, so they live here: the store
# imports the Record only.


@dataclass(frozen=True)
class ArticleFacts:
    """The few article fields resolution needs (never the text)."""

    id: str
    outlet: str | None
    published: FuzzyDate | None
    duplicate_of: str | None = None


@dataclass(frozen=True)
class ArticleEvent:
    """A per-article event with the article whose extraction produced it."""

    article: str
    event: Event


@dataclass(frozen=True)
class EntityLink:
    """``entity`` is ``canonical``; ``article`` is empty for the corpus-wide link and set when a
    bare surname resolves differently in one article. ``rule`` says why."""

    id: str
    entity: str
    article: str
    canonical: str
    rule: str


@dataclass(frozen=True)
class EventLink:
    """Per-article ``event`` (from ``article``) is one report of resolved event ``resolved``."""

    id: str
    event: str
    article: str
    resolved: str


@dataclass(frozen=True)
class Evasion:
    """A not-recall, a refusal to answer or a dismissal ("absurd"): shown, never counted as a
    contradiction. ``events`` are the contacts it was about, when the record has them."""

    id: str
    statement: str
    stance: Stance
    explanation: str
    events: tuple[str, ...] = ()


@dataclass(frozen=True)
class AccountStep:
    """One statement in a speaker's account of their contacts, in time order.

    ``change`` says how it moves from the previous step: first, same, narrows, widens,
    admits, evades; ``detail`` says what changed ("relation contact → meet", "adds a topic:
    'to discuss the campaign'")."""

    id: str
    speaker: str
    statement: str
    position: int
    said: FuzzyDate | None
    stance: Stance
    change: str
    detail: str
