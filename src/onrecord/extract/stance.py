"""Stance and proposition of a statement, from explicit cues and structure.

Similarity to a claim would call "that's absurd" a denial; the record must not. So the stance is
read from the words that carry it — a denial cue verb, a negated contact, "don't recall",
"declined to", a dismissive adjective — in that order of precedence, and a proposition is built
only when the words name a kind of contact. A short reply ("Of course not.") takes its
proposition from the question just before it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from spacy.tokens import Doc

from onrecord.dates import FuzzyDate
from onrecord.dates.resolve import find_dates
from onrecord.extract.cast import Cast, CastMember
from onrecord.extract.lexicon import (
    AFFIRM_CUES,
    AFFIRM_PATTERN,
    ANSWER_PATTERN,
    ANY_MEMBER_PATTERN,
    DECLINE_CUES,
    DECLINE_PATTERN,
    DENIAL_CUES,
    DENIAL_PATTERN,
    DISMISSAL_PATTERN,
    NEGATION_PATTERN,
    NOT_RECALL_PATTERN,
    QUESTION_CUES,
    RELATION_PATTERNS,
)
from onrecord.extract.nlp import text_of
from onrecord.record import Article, EntityKind, Proposition, Quantifier, Relation, Stance

Offsets = tuple[int, int]

_FIRST_PERSON = re.compile(r"\b(?:I|we|me|us|my|our)\b")


def classify(text: str, cue: str) -> Stance:
    """The stance the words take, most specific evidence first: not-recall and declining
    before denial (a refusal says "not"), denial before dismissal (Manafort-style "absurd"
    after a denial is still a denial), affirmation last. A question ("asked whether X met Y")
    takes no stance, whatever its words."""
    if cue in QUESTION_CUES:
        return Stance.OTHER
    if NOT_RECALL_PATTERN.search(text):
        return Stance.NOT_RECALL
    if cue in DECLINE_CUES or DECLINE_PATTERN.search(text):
        return Stance.DECLINE
    if cue in DENIAL_CUES or DENIAL_PATTERN.search(text):
        return Stance.DENY
    if DISMISSAL_PATTERN.search(text):
        return Stance.DISMISS
    if cue in AFFIRM_CUES or (AFFIRM_PATTERN.search(text) and not NEGATION_PATTERN.search(text)):
        return Stance.AFFIRM
    return Stance.OTHER


def relation_of(text: str) -> Relation | None:
    """The kind of contact the words name, the most specific one first."""
    for name, pattern in RELATION_PATTERNS:
        if pattern.search(text):
            return Relation(name)
    return None


def judge(
    doc: Doc,
    article: Article,
    cast: Cast,
    content: Sequence[Offsets],
    cue: str,
    speaker: CastMember | None,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate] | None,
) -> tuple[Stance, Proposition | None]:
    """Stance of the content, and its proposition when it is about contact."""
    text = " ".join(text_of(doc)[s:e] for s, e in content)
    stance = classify(text, cue)
    about = content
    if relation_of(text) is None or ANSWER_PATTERN.search(_unquoted(text)):
        question = question_before(doc, content[0][0])
        if question is not None:
            about = [question]
    about_text = " ".join(text_of(doc)[s:e] for s, e in about)
    relation = relation_of(about_text)
    if relation is None:
        return stance, None
    proposition = _proposition(cast, about, about_text, relation, speaker, anchor, periods)
    polarity = stance not in {Stance.DENY}
    return stance, Proposition(
        proposition.relation,
        proposition.subjects,
        proposition.objects,
        proposition.period,
        polarity,
        proposition.quantifier,
    )


def _unquoted(text: str) -> str:
    return text.strip().strip('"“”').strip()


def question_before(doc: Doc, start: int) -> Offsets | None:
    """The question a reply answers: the last sentence ending in "?" before ``start``, in the
    same paragraph or the one before it."""
    paragraph = text_of(doc).rfind("\n", 0, start)
    earlier = text_of(doc).rfind("\n", 0, max(paragraph, 0))
    floor = 0 if paragraph < 0 else max(earlier, 0)
    mark = text_of(doc).rfind("?", floor, start)
    if mark < 0:
        return None
    span = doc.char_span(mark, mark + 1, alignment_mode="expand")
    if span is None:
        return None
    start_at = span.sent.start_char
    opening = max(text_of(doc).rfind(q, start_at, mark) for q in '"“')
    return (opening if opening >= 0 else start_at), mark + 1


def _proposition(
    cast: Cast,
    about: Sequence[Offsets],
    text: str,
    relation: Relation,
    speaker: CastMember | None,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate] | None,
) -> Proposition:
    members = _members_in(cast, about)
    group = _quantified_group(cast, about, text)
    subjects: tuple[str, ...]
    if group is not None:
        subjects, quantifier = (group.id,), Quantifier.ANY_MEMBER
    else:
        subjects, quantifier = _named_subjects(members, speaker, text), Quantifier.NAMED
    after = _members_in(cast, [(_relation_offset(about, text), about[-1][1])])
    objects = tuple(m.id for m in after if m.id not in subjects and _can_be_object(m, speaker))
    return Proposition(
        relation, subjects, objects, _period(text, anchor, periods), False, quantifier
    )


def _relation_offset(spans: Sequence[Offsets], text: str) -> int:
    """Where the first contact word is: the objects of a contact come after it."""
    starts = [m.start() for _, pattern in RELATION_PATTERNS for m in [pattern.search(text)] if m]
    return _absolute(spans, min(starts)) if starts else spans[0][0]


def _members_in(cast: Cast, spans: Sequence[Offsets]) -> list[CastMember]:
    """Cast members with a mention inside the spans, in order of first mention."""
    found: dict[str, tuple[int, CastMember]] = {}
    for member in cast.members:
        for mention in member.mentions:
            if any(s <= mention.span.start and mention.span.end <= e for s, e in spans):
                at = found.get(member.id, (mention.span.start, member))[0]
                found[member.id] = (min(at, mention.span.start), member)
    return [member for _, member in sorted(found.values(), key=lambda pair: pair[0])]


def _quantified_group(cast: Cast, spans: Sequence[Offsets], text: str) -> CastMember | None:
    """The group after "anybody in" / "any of" in the text."""
    match = ANY_MEMBER_PATTERN.search(text)
    if match is None:
        return None
    offset = _absolute(spans, match.start())
    groups = [
        (mention.span.start, member)
        for member in cast.members
        if member.kind is EntityKind.GROUP
        for mention in member.mentions
        if offset <= mention.span.start and any(s <= mention.span.start < e for s, e in spans)
    ]
    return min(groups, key=lambda pair: pair[0])[1] if groups else None


def _absolute(spans: Sequence[Offsets], offset: int) -> int:
    """Map an offset in the space-joined text of ``spans`` back to the document."""
    for start, end in spans:
        if offset <= end - start:
            return start + offset
        offset -= end - start + 1
    return spans[-1][1]


def _named_subjects(
    members: list[CastMember], speaker: CastMember | None, text: str
) -> tuple[str, ...]:
    """The speaker when speaking in the first person or about no one else; otherwise the
    first person named in the content ("the president ... had no interaction")."""
    if speaker is not None and (_FIRST_PERSON.search(text) or not members):
        return (speaker.id,)
    persons = [m for m in members if m.kind in {EntityKind.PERSON, EntityKind.GROUP}]
    if persons:
        return (persons[0].id,)
    return (speaker.id,) if speaker is not None else ()


def _can_be_object(member: CastMember, speaker: CastMember | None) -> bool:
    return speaker is None or member.id != speaker.id


def _period(
    text: str, anchor: date | None, periods: Mapping[str, FuzzyDate] | None
) -> FuzzyDate | None:
    found = find_dates(text, anchor, periods)
    return found[0].value if found else None
