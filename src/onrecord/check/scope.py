"""What a denial actually covers, read from its words and its proposition.

"I never met Russian officials *to discuss the campaign*" denies meetings about one topic, "I had
no *improper* contacts" denies a kind of contact, and "he did not attend *the meeting*" denies one
particular contact: none is contradicted by a meeting whose content or identity the record does
not show. These are language cues, not case knowledge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.extract.contact_lexicon import JOURNEY_NOUNS
from onrecord.extract.lexicon import CONTACT_TOPIC
from onrecord.record import Relation, Statement

_TOPIC = re.compile(
    r"\b(to discuss|discuss(?:ed|ing)?|talk(?:ed)? about|spoke about|about the subject of|"
    r"regarding|concerning)\b"
    r"|\b(?:calls?|conversations?|meetings?|talks?|trip|contacts?|discussions?)\b"
    r"[^.;]{0,40}\bnothing to do with\b",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(
    r"\b(improper\w*|inappropriate\w*|collu\w+|wrongdoing|private|secret\w*)\b", re.IGNORECASE
)
# "did not attend the meeting": one particular contact, which the record cannot yet tell apart
# from the others the same people had ("such meetings" and "any meeting" are not particular).
_PARTICULAR = re.compile(
    r"\b(?:the|that|this)\s+(?:\w+\s+)?(?:meeting|phone call|call|conversation|dinner|"
    r"encounter|trip|visit)\b(?!s)",
    re.IGNORECASE,
)


# "he had never touched her", "never made contact": a denial of ever, up to the words.
_EVER = re.compile(r"\bnever\b", re.IGNORECASE)


def denies_ever(statement: Statement) -> bool:
    """The denial covers all time up to when it was said ("never"), not a state ("No
    contact.") that may describe the present."""
    return _EVER.search(statement.text) is not None


@dataclass(frozen=True)
class Scope:
    """The words that narrow a denial: a topic ("to discuss the campaign"), a qualifier
    ("improper") or one particular contact ("the meeting"), each empty when absent."""

    topic: str
    qualifier: str
    particular: str = ""

    @property
    def narrowed(self) -> bool:
        return bool(self.topic or self.qualifier or self.particular)


def _phrase(pattern: re.Pattern[str], text: str, opening: int | str = 0) -> str:
    """The words from where the match's group ``opening`` starts to the next break: a mark,
    or a clause or time told after ("did not discuss sanctions when they spoke by phone in
    late December" is about sanctions)."""
    match = pattern.search(text)
    if match is None:
        return ""
    tail = text[match.start(opening) : match.start(opening) + 60]
    return _PHRASE_BREAK.split(tail, maxsplit=1)[0].strip()


_PHRASE_BREAK = re.compile(
    r"[.,;:\"“”]|\b(?:when|while|because|although|though|after|before|during|since|until|"
    r"in (?:late|early|mid)\b|last (?:week|month|year)|this (?:week|month|year))\b",
    re.IGNORECASE,
)


def scope_of(statement: Statement) -> Scope:
    text = statement.text
    # "to discuss the campaign", or a topic told after the contact: "spoke to him about sanctions"
    topic = _phrase(_TOPIC, text) or _phrase(CONTACT_TOPIC, text, "topic")
    return Scope(topic, _phrase(_QUALIFIER, text), _particular(statement))


def _particular(statement: Statement) -> str:
    """The one contact the words are about ("did not attend the meeting") — not a trip the
    denied contacts are told during ("did not meet any officials during the visit") once the
    proposition is dated by it: that denies every contact of the trip's time."""
    particular = _phrase(_PARTICULAR, statement.text)
    proposition = statement.proposition
    dated = proposition is not None and proposition.period is not None
    if dated and _TRIP_FRAME.search(statement.text):
        return ""
    return particular


# "during the visit", "on the trip": the time a denial covers, not the contact it denies
_TRIP_FRAME = re.compile(
    rf"\b(?:during|on|throughout)\s+(?:the|that)\s+(?:{'|'.join(sorted(JOURNEY_NOUNS))})\b"
)


_SPECIFICITY = {Relation.CONTACT: 0}


def relation_narrows(before: Relation, after: Relation) -> bool:
    """ "No contact" → "no meetings": the later denial covers less."""
    return _SPECIFICITY.get(before, 1) < _SPECIFICITY.get(after, 1)


_TOPIC_CUE = re.compile(
    r"\b(?:to|the|a|an|about|of|on|with|any|his|her|their|our|my|discuss\w*|talk\w*|spoke|"
    r"subject|regarding|concerning|calls?|conversations?|meetings?|talks?|trip|contacts?|"
    r"discussions?|nothing|do)\b",
    re.IGNORECASE,
)


def topic_words(topic: str) -> frozenset[str]:
    """The content words of a topic phrase: "to discuss the campaign" → {"campaign"}."""
    words = re.findall(r"[a-z][a-z'-]{2,}", _TOPIC_CUE.sub(" ", topic.lower()))
    return frozenset(w.rstrip("s") for w in words)


# Where a report gives a contact's topic: the words after "discussed", "talked about", "about".
_TOPIC_GIVEN = re.compile(
    r"\b(?:discuss\w*|talk\w* (?:about|over)|spoke (?:about|of)|about|regarding|concerning|"
    r"on the subject of|over)\b([^.;]{0,60})",
    re.IGNORECASE,
)


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z'-]+", text.lower())}


_NEGATION = re.compile(r"\b(?:never|not|no|nothing|none)\b|n't\b", re.IGNORECASE)


def mentions_topic(topic: str, texts: list[str]) -> bool:
    """True when one of the texts (a contact's evidence) gives the topic: every content word of
    it right after "discussed", "talked about", "about" … ("met him, while a campaign adviser"
    names the campaign but not as the topic), in a clause that does not deny it ("said he had
    never met them to discuss the campaign"). A topic with no content word left cannot match."""
    wanted = topic_words(topic)
    return bool(wanted) and any(
        wanted <= _words(match.group(1)) and not _denied(text[: match.start()])
        for text in texts
        for match in _TOPIC_GIVEN.finditer(text)
    )


def _denied(before: str) -> bool:
    """A negation in the clause that leads up to the topic."""
    clause = re.split(r"[,;:]", before)[-1]
    return _NEGATION.search(clause) is not None
