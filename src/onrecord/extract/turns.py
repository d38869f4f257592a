"""Transcript turns: the words after a speaker label ("RAMAN:", "A: (RAMAN)").

Broadcast and interview transcripts print who is speaking as a label, with no quote marks and
no cue verb, so the quote and cue rules see none of their statements — or worse, hand an answer
to whoever a pronoun last pointed at. A label only counts in a text that has at least two
labelled paragraphs, so a lone "NOTE:" or a headline with a colon is not a transcript.

The interviewer asks; it does not state. Turns labelled as the asker ("HOST", "Q", …), and those
of the name the host's label introduced ("HOST (JANE DOE):" then "DOE:"), are marked as
questions; an answer labelled "A:" takes the speaker named in the parentheses after it, else
the person the piece says it interviews ("Q&A with Vice President Joe Biden", "An interview
with …", "X spoke with a reporter on Tuesday" in its opening lines). Answers are said when
the opening says the interview, or the hearing or debate the transcript is of, was held.

A label holds until the next label: an answer that runs over several paragraphs prints the
label only on the first, so the paragraphs after it are the same speaker's turn — as long as
they read as that speaker's words (see :func:`_continues`), and up to the first that does not:
past it, the writer has taken up the story again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from onrecord.extract.lexicon import ASKER_LABELS
from onrecord.extract.nlp import per_doc, text_of
from onrecord.transcript import LABEL_NAME, TURN_LABEL

Offsets = tuple[int, int]

_MIN_TURNS = 2
_ANSWER = "A"
_INTERVIEWEE = re.compile(
    r"\b(?:Q ?& ?A|Q and A|[Ii]nterview|[Cc]onversation|[Cc]hat|[Tt]alk(?:s|ing)?) [Ww]ith "
    rf"(?P<who>{LABEL_NAME})"
    # "Vice President Joe Biden spoke with a reporter on Tuesday", "Carter Page, a former
    # adviser, spoke with a reporter": the one who gave the interview
    rf"|(?P<giver>{LABEL_NAME})(?:, [^,\n]{{1,120}},)? (?:spoke|talked|sat down) (?:\w+ )?with "
    r"(?:a reporter|reporters|"
    r"(?:The|the|a|an|this) [A-Z]?\w+(?: [A-Z]\w+)?)\b"
)
_INTRO_CHARS = 600  # where a piece says whom it interviews
_QUOTE_MARKS = frozenset('"“')


@dataclass(frozen=True)
class Turn:
    """One labelled turn: who speaks (the label's name), the words — the labelled paragraph and
    those that go on with it — and whether the turn is the interviewer's."""

    speaker: Offsets
    body: Offsets
    asks: bool
    label_at: int  # where the label starts
    marks: tuple[int, ...] = ()  # the quote marks opening its later paragraphs, in a block
    said: Offsets | None = None  # the words dating the interview an answer was given in


def turns_of(doc: Doc) -> list[Turn]:
    """The turns of ``doc``'s text, found once per document: the cast, the statements and the
    contacts all read them."""
    return per_doc(doc, "onrecord.turns", lambda d: find_turns(text_of(d)))


def talking_spans(doc: Doc) -> list[Offsets]:
    """Where a transcript names the people talking: each turn's label, through the name the
    turn opens by addressing ("LINDHOLM: Priya, why …"). They are "I" and "you" to each other
    — never the "he" or "the attorney general" the words talk of."""
    text = text_of(doc)
    spans = []
    for turn in turns_of(doc):
        vocative = _VOCATIVE.match(text, turn.body[0])
        spans.append((turn.label_at, vocative.end() if vocative else turn.body[0]))
    return spans


_VOCATIVE = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?,")


def find_turns(text: str) -> list[Turn]:
    """The labelled turns of a transcript, in order; none when the text is not one."""
    matches = [m for m in _label_matches(text) if m.end() < _paragraph_end(text, m.end())]
    if len(matches) < _MIN_TURNS:
        return []
    askers = {word for m in matches if _is_asker(m.group("label")) for word in _host_names(m)}
    interviewee, told = _interview(text, matches[0].start())
    held = _occasion_told(text, matches[0].start())
    labelled = [
        replace(t, said=told) if not t.asks and t.speaker == interviewee else t
        for t in (_turn(text, m, askers, interviewee) for m in matches)
    ]
    labelled = [replace(t, said=held) if t.said is None and not t.asks else t for t in labelled]
    nexts = [text.rfind("\n", 0, t.label_at) + 1 for t in labelled[1:]]
    return [_continued(text, t, until) for t, until in zip(labelled, [*nexts, None], strict=True)]


def _continued(text: str, turn: Turn, next_turn: int | None) -> Turn:
    """``turn`` run on through the label-less paragraphs after it (up to the paragraph of the
    next label, ``next_turn``; None after the last) that go on with its speaker's words. In a
    block, the marked paragraph that stops it is still the block's, not a quote of its own
    ('"Follow the writer on Twitter."' closing it): its mark is the turn's too."""
    block = text[turn.label_at - 1 : turn.label_at] in _QUOTE_MARKS
    until = len(text) if next_turn is None else next_turn
    body_end = turn.body[1]
    marks: list[int] = []
    start = _paragraph_end(text, body_end)
    while True:
        while start < until and not text[start].strip():
            start += 1
        end = _trimmed(text, start, min(_paragraph_end(text, start), until))
        if start >= until or not _continues(text[start:end], block, next_turn is None, turn, text):
            if block and start < until and text[start] in _QUOTE_MARKS:
                marks.append(start)
            return replace(turn, body=(turn.body[0], body_end), marks=tuple(marks))
        if block:
            marks.append(start)
        body_end = end - 1 if block and text[end - 1] in '"”' else end
        start = end


#: Words of a speaker talking of themselves or to the one they talk with — never the writer's
#: in a news report.
_OWN_VOICE = re.compile(
    r"\b(?:I|I['’](?:m|ve|ll|d)|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|us|[Oo]ur|"
    r"[Yy]ou|[Yy]our)\b"  # not "US", the country
)


def _continues(words: str, block: bool, last: bool, turn: Turn, text: str) -> bool:
    """Whether the paragraph ``words`` goes on with ``turn``'s words. In a transcript quoted
    as a block, every paragraph of it opens with a quote mark, and only those do. Else — and
    after the last label, where the writer's sign-off may follow — the speaker's words speak in
    the first or second person, quote no one, name the speaker nowhere (the writer's "Biden
    said"), and put no question (the asker's, its label lost: "QWhy should the U.S. stay?")."""
    if not words or words.lstrip('"“').startswith(("(", "[")):
        return False  # "(CROSSTALK.)", "[END VIDEO CLIP]": a note, not words
    if block and not words.startswith(tuple(_QUOTE_MARKS)):
        return False
    if block and not last:
        return True
    bare = words.strip('"“”')
    surname = text[slice(*turn.speaker)].split()[-1]
    return (
        _OWN_VOICE.search(bare) is not None
        and not any(mark in bare for mark in '"“”')
        and not bare.rstrip().endswith("?")
        and _GLUED_ASKER.match(bare) is None
        and (turn.asks or re.search(rf"\b{re.escape(surname)}\b", bare, re.IGNORECASE) is None)
    )


_GLUED_ASKER = re.compile(r"Q(?=[A-Z][a-z’'])")  # "QWhy should …": a "Q" label lost its colon


def _interview(text: str, first_turn: int) -> tuple[Offsets | None, Offsets | None]:
    """The name the opening lines say the piece interviews, before the first turn, and the
    words that tell when: the rest of the sentence saying who gave the interview ("Carter Page
    spoke with a reporter on Tuesday about his trip") — the answers were said then."""
    found = list(_INTERVIEWEE.finditer(text, 0, min(first_turn, _INTRO_CHARS)))
    if not found:
        return None, None
    first = found[0]
    who = first.span("who") if first.group("who") else first.span("giver")
    giver = next((f for f in found if f.group("giver")), None)
    if giver is None:
        return who, None
    end = _SENTENCE_END.search(text, giver.end())
    return who, (giver.end(), end.start() if end else len(text))


# a sentence's end, not a month's stop ("on Jan. 10", "Sept. 8") nor a title's
_SENTENCE_END = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bSept)[.!?](?:\s|$)|\n")


def _occasion_told(text: str, first_turn: int) -> Offsets | None:
    """ "The following is an excerpt of the committee's hearing on Jan. 10, 2017.": the words
    the opening lines give the occasion the transcript is of, from its noun to the end of
    its sentence — every answer was said then."""
    found = _OCCASION.search(text, 0, min(first_turn, _INTRO_CHARS))
    if found is None:
        return None
    end = _SENTENCE_END.search(text, found.end())
    return found.start(), end.start() if end else first_turn


_OCCASION = re.compile(
    r"\b(?:hearing|debate|town hall|forum|press conference|news conference|briefing|"
    r"testimony|deposition|interview)\b",
    re.IGNORECASE,
)


def _label_matches(text: str) -> list[re.Match[str]]:
    """Labels opening a line — or opening it after a quote mark: a transcript quoted as a
    block opens each of its paragraphs with a mark ("\"PENCE: Well, look, …")."""
    found = []
    start = 0
    for line in text.split("\n"):
        label_at = start + 1 if line[:1] in _QUOTE_MARKS else start
        match = TURN_LABEL.match(text, label_at)
        if match is not None and match.end() <= start + len(line):
            found.append(match)
        start += len(line) + 1
    return found


def _paragraph_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _is_asker(label: str) -> bool:
    return label.upper() in ASKER_LABELS


def _host_names(match: re.Match[str]) -> set[str]:
    """The surname (and full name) a "HOST (JANE DOE):" label introduces."""
    named = match.group("named")
    return {named.upper(), named.split()[-1].upper()} if named else set()


def _turn(text: str, match: re.Match[str], askers: set[str], interviewee: Offsets | None) -> Turn:
    label = match.group("label")
    if match.group("answerer"):
        speaker = match.span("answerer")
    elif match.group("named"):
        speaker = match.span("named")
    elif label == _ANSWER and interviewee is not None:
        speaker = interviewee
    else:
        speaker = match.span("label")
    asks = _is_asker(label) or label.upper() in askers
    end = _trimmed(text, match.end(), _paragraph_end(text, match.end()))
    if text[match.start() - 1 : match.start()] in _QUOTE_MARKS and text[end - 1] in '"”':
        end -= 1  # the mark closing a transcript quoted as a block is not the speaker's
    body = (match.end(), end)
    return Turn(speaker, body, asks, match.start())


def _trimmed(text: str, start: int, end: int) -> int:
    while end > start and not text[end - 1].strip():
        end -= 1
    return end
