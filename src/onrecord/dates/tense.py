"""Which way a partial date leans: to the past (the default in news) or to the future.

"Feb. 14" in an article dated 2017-03-02 is 2017-02-14 when "Flynn met Kislyak Feb. 14" and
2018-02-14 when "the dividend is payable Feb. 14". News reports mostly what already happened,
so the past is the default; the future needs a cue in the words just before the date, in the
same sentence: a future auxiliary ("will", "is scheduled to") or a word that only takes future
dates ("payable", "effective", "expires", "looking ahead to", "by" just before the date). The
nearest cue wins, so "said it will redeem the notes Oct. 31" leans to the future and "will say
that he met him Tuesday" does not.
"""

from __future__ import annotations

import re
from enum import Enum


class Leaning(Enum):
    PAST = "past"
    FUTURE = "future"


_FUTURE_CUES = (
    r"will|won't|shall|'ll|going to|scheduled|schedule|expected|expects to|plans? to|planned|"
    r"due|payable|effective|takes effect|expires?|expiring|upcoming|until|deadline|set to|"
    r"is to|are to|next(?=\s*$)|as (?:soon|early) as|between now and|of record|"
    r"look(?:s|ed|ing)? (?:ahead|forward) to|"
    r"(?:extended|postponed|delayed|moved|pushed back|put off) (?:to|until|till)"
)
_PAST_CUES = (
    r"was|were|had|did|didn't|ago|last|earlier|previously|said|told|met|began|since|"
    r"\w+ed(?<!need)(?<!expected)(?<!scheduled)(?<!planned)"
)
_CUE = re.compile(rf"\b(?:(?P<future>{_FUTURE_CUES})|(?P<past>{_PAST_CUES}))\b", re.IGNORECASE)
_CLAUSE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bMrs)(?<!\bGen)(?<!\bGov)(?<!\bSen)"
    r"[.!?;]\s+(?=[A-Z\"“'‘])|\n"
)
_FUTURE_AFTER = re.compile(
    r"\b(?:will|won't|shall|(?:is|are|am) (?:(?:going|set|scheduled|expected|due|slated) )?to)\b"
    r"|'ll\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s\b")
_QUOTE_MARK = re.compile(r"''|[\"“”‘]")  # a quote after the date is in the speaker's tense
_DEADLINE = re.compile(r"\bby\s+(?:the\s+)?(?:end\s+of\s+)?$", re.IGNORECASE)
_WINDOW = 60  # characters before the date that can hold its verb
_OPENING_WORDS = 4  # words a sentence may open with before a date it leads ("Sen. Ann Diaz on")


def leaning_before(text: str, end: int | None = None) -> Leaning:
    """The leaning the words just before a date give it: the date starts at ``end`` (the end
    of ``text`` if not given). Only the window before it is read, so finding every date of a
    long text stays linear."""
    stop = len(text) if end is None else end
    window = text[max(0, stop - _WINDOW) : stop]
    clause = _CLAUSE_END.split(window)[-1]
    cues = list(_CUE.finditer(clause))
    if _DEADLINE.search(clause) or (cues and cues[-1].group("future")):
        return Leaning.FUTURE
    return Leaning.PAST


def leaning_at(text: str, start: int, end: int) -> Leaning:
    """The leaning of the date at ``text[start:end]``: that of the words before it, or, for a
    date that leads its sentence with no cue before it ("On Thursday, Comey will testify",
    "Comey on Thursday will testify"), that of the nearest cue after it in the sentence —
    future only by an auxiliary of the future ("will", "is scheduled to"), not by a verb that
    merely looks ahead in the past ("Monday scheduled a rally for Friday"); nor for a day
    named as the owner of a thing ("Tuesday's vote will shape the race" may look back on a
    vote already held)."""
    parts = _CLAUSE_END.split(text[max(0, start - _WINDOW) : start])
    before = parts[-1]
    opens = (len(parts) > 1 or start <= _WINDOW) and len(before.split()) <= _OPENING_WORDS
    if not opens or _CUE.search(before) or _DEADLINE.search(before) or _possessive(text, end):
        return leaning_before(text, start)
    after = _QUOTE_MARK.split(_CLAUSE_END.split(text[end : end + _WINDOW])[0])[0]
    future = _FUTURE_AFTER.search(after)
    past = next((c for c in _CUE.finditer(after) if c.group("past")), None)
    if future is None or (past is not None and past.start() < future.start()):
        return Leaning.PAST
    return Leaning.FUTURE


def _possessive(text: str, end: int) -> bool:
    """The date ending at ``end`` owns what follows ("Tuesday's vote"), its "'s" inside the
    date's span or just after it."""
    return bool(_POSSESSIVE.match(text, end) or _POSSESSIVE.match(text, max(0, end - 2)))
