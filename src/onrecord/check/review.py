"""Why a plausible finding is for review and not a contradiction.

Precision first (DESIGN.md, "The contradiction rule"): a finding is a contradiction only when
every condition holds. Each function here tests one condition and, when it fails, returns a
:class:`Doubt`: the reason code stored with the finding and a sentence a reader can check.
"""

from __future__ import annotations

from dataclasses import dataclass

from onrecord.check.facts import Claim, Fact, SideMatch
from onrecord.check.scope import Scope, mentions_topic
from onrecord.dates import FuzzyDate
from onrecord.record import Relation, ReviewReason
from onrecord.resolve import Resolution
from onrecord.resolve.groups import GroupIndex


@dataclass(frozen=True)
class Doubt:
    reason: ReviewReason
    text: str


def counterpart_doubt(claim: Claim) -> Doubt | None:
    """A denial with no other side cannot be matched to a particular contact."""
    if claim.objects:
        return None
    return Doubt(
        ReviewReason.UNRESOLVED_COUNTERPART,
        "the denial names no counterpart, so it cannot be matched to a particular contact",
    )


def speaker_doubt(claim: Claim, resolution: Resolution) -> Doubt | None:
    """The denial must be the speaker's own, or made for a group the speaker belongs to. Words
    that leave whose contact they deny unresolved ("he had no interaction", he unknown) are
    not thereby the speaker's own: whose they are is for a reader to settle."""
    if claim.subjects_defaulted:
        return Doubt(
            ReviewReason.SPEAKER_SIDE_UNRESOLVED,
            "the denial does not say whose contact it denies, so it is not shown to be "
            f"{claim.statement.speaker_name or 'the speaker'}'s own",
        )
    if speaks_for_subjects(claim, resolution):
        return None
    names = ", ".join(resolution.entities.name(s) for s in claim.subjects)
    return Doubt(
        ReviewReason.SPEAKER_SIDE_UNRESOLVED,
        f"{claim.statement.speaker_name or 'the speaker'} is not shown to be, or to speak for, "
        f"{names}",
    )


def speaks_for_subjects(claim: Claim, resolution: Resolution) -> bool:
    """The speaker is a subject, a member (at some time) of a group among the subjects, or
    speaks for a group a subject belonged to when the words were said."""
    speaker = claim.speaker
    if speaker is None:
        return False
    return any(
        s == speaker
        or resolution.groups.ever_inside(s, speaker)
        or _same_side_when_said(claim, s, resolution)
        for s in claim.subjects
    )


def _same_side_when_said(claim: Claim, subject: str, resolution: Resolution) -> bool:
    """A candidate answering for his campaign manager ("Lewandowski never touched her") speaks
    for the campaign both belonged to when he said it. Only dated memberships count, on both
    sides: an undated role does not show who spoke for whom that day."""
    said, groups, speaker = claim.said, resolution.groups, claim.speaker
    if said is None or speaker is None:
        return False
    spoken_for = [speaker]  # the campaign itself answering for its manager
    spoken_for += [
        m.group
        for m in groups.memberships.get(speaker, ())
        if m.when is not None and m.when.overlaps(said)
    ]
    return any(_member_when_said(group, subject, said, groups) for group in spoken_for)


def _member_when_said(group: str, entity: str, said: FuzzyDate, groups: GroupIndex) -> bool:
    cover = groups.covers(group, entity, said)
    return cover is not None and cover.certain and cover.how == "member"


def evidence_doubt(fact: Fact) -> Doubt | None:
    """Only a contact told as fact counts; an alleged or hedged one is for review."""
    if not fact.hedged:
        return None
    return Doubt(ReviewReason.WEAK_EVIDENCE, "the contact is only alleged or hedged")


def scope_doubt(scope: Scope, fact: Fact) -> Doubt | None:
    """A denial narrowed by topic, manner or to one contact is not contradicted by a mere
    contact: a topic must be in a report of it; manner and identity the record cannot show."""
    if scope.topic and not mentions_topic(scope.topic, [s.text for s in fact.evidence]):
        return Doubt(
            ReviewReason.TOPIC_UNMATCHED,
            f"the denial is about “{scope.topic}”; no report of this contact gives its topic",
        )
    if scope.qualifier:
        return Doubt(
            ReviewReason.QUALIFIER_UNMATCHED,
            f"the denial is of “{scope.qualifier}” contact; the record cannot show the manner",
        )
    if scope.particular:
        return Doubt(
            ReviewReason.PARTICULAR_CONTACT,
            f"the denial is about “{scope.particular}”; the record cannot tell which contact "
            "that is",
        )
    return None


def medium_untold(denied: Relation, kind: Relation) -> bool:
    """A meeting or a call denied, against a contact told without its medium ("spoke briefly
    with a Russian minister during a trip"): it may be the one denied, or not."""
    return kind is Relation.CONTACT and denied in (Relation.MEET, Relation.CALL)


def medium_doubt(denied: Relation, kind: Relation) -> Doubt | None:
    """Only a contact of the kind denied contradicts it; one of unknown medium is for review."""
    if not medium_untold(denied, kind):
        return None
    return Doubt(
        ReviewReason.MEDIUM_UNTOLD,
        f"the denial is of a {_DENIED_KINDS[denied]}; the record does not tell whether this "
        "contact was one",
    )


_DENIED_KINDS = {Relation.MEET: "meeting", Relation.CALL: "phone call"}


def membership_doubt(match: SideMatch) -> Doubt | None:
    """The denying side's member counts only when a member at the contact's time: people join
    and leave a campaign, and a role with no dates ("national security adviser", also a White
    House post) does not show it. (The other side's undated roles — "Russia's ambassador" —
    only lower confidence.)"""
    if match.subject_certain:
        return None
    return Doubt(
        ReviewReason.MEMBERSHIP_UNDATED,
        "a participant is in the denial's group only through a membership whose dates are unknown",
    )


def order_doubt(claim: Claim) -> Doubt:
    """Neither the contact's date nor a report of it shows it came before the statement."""
    if claim.said is None:
        text = "the statement is undated, so the contact cannot be shown to precede it"
    else:
        text = f"the contact cannot be shown to precede the statement ({claim.said})"
    return Doubt(ReviewReason.UNORDERED_DATES, text)


def admission_doubt(admission: Claim, resolution: Resolution) -> Doubt | None:
    """An admission counts only from a participant of the contact or their spokesperson; a
    speaker taken as the subject of words that name no one there ("Trump conceded that
    Lewandowski had touched Fields") is not thereby a participant."""
    named = not admission.subjects_defaulted and speaks_for_subjects(admission, resolution)
    if named or _speaks_for_objects(admission, resolution):
        return None
    return Doubt(
        ReviewReason.NOT_A_PARTICIPANT_ADMISSION,
        f"the admission is by {admission.statement.speaker_name or 'an unnamed speaker'}, "
        "who is not shown to be a participant or their spokesperson",
    )


def _speaks_for_objects(claim: Claim, resolution: Resolution) -> bool:
    speaker = claim.speaker
    return speaker is not None and any(
        o == speaker or resolution.groups.ever_inside(o, speaker) for o in claim.objects
    )
