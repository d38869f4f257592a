"""Which blocks are boilerplate, judged by the language and shape of each block.

Rules are about how boilerplate is written, never about who writes it:

- *strong* evidence: archive banners ("This story is over 5 years old."), photo credits
  ("Name Surname/Agency", "Photo: …"), navigation (short lines that are not sentences:
  "Latest", "We Recommend", "payment methods"), and calls to action (subscription, newsletter
  or donation words addressed to the reader, or an imperative opening like "Sign up", "Save").
- *weak* evidence: the publisher's own voice ("we", "our", "you" outside quotes). Alone it
  proves nothing ("Here's what you need to know:" is body); next to strong evidence it marks
  the rest of a multi-paragraph appeal.
- news evidence (a reporting verb: said, told, reported, denied …) outranks weak evidence.

A run of consecutive non-body blocks that holds strong evidence is dropped; a short neutral
sentence inside such a run goes with it only when dropped sentences surround it on both sides;
a very short or all-capitals heading ("WE'LL BE BLUNT.") shares the fate of the block it heads.
A line that is only a year or a month and year ("2016", "March 2017") is such a heading, never
navigation: in a timeline it dates every entry below it.
The headline (the first block of four or more words before any body) is always kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import Enum

from onrecord.ingest.blocks import Block, ends_sentence

NAV_MAX_WORDS = 8
HEADING_MAX_WORDS = 3
SHORT_MAX_WORDS = 10
CTA_SHORT_WORDS = 15
HEADLINE_MIN_WORDS = 4

_WORD = re.compile(r"[\w$][\w'’$.,-]*")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_BANNER = re.compile(
    r"\b(?:is|was)\s+(?:over|more\s+than|nearly|almost)\s+\S+\s+(?:years?|months?)\s+old\b"
    r"|\bfrom\s+the\s+archives?\b|\barchived\s+(?:article|story|content)\b",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"^(?:photo(?:graph)?s?|image|illustration|picture|credit|video|graphic)\b\s*(?::|by\b)"
    r"|[A-Za-z.]\s?/\s?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*$"
    r"|\b(?:photo|images|photography)\)?$",
    re.IGNORECASE,
)
_CALL_TO_ACTION = re.compile(
    r"\b(?:newsletters?|subscrib\w*|sign(?:ing)?[\s-]?up|donat\w+|fundrais\w*|tax[\s-]deductible"
    r"|pitch(?:ing)?\s+in|inbox|paywall|memberships?|advertisements?|sponsored|podcasts?"
    r"|support\s+(?:our|us|independent|this)|payment\s+methods?|share\s+(?:this|on)\b"
    r"|follow\s+us|comments?\b|read\s+more|click\s+here|download\s+(?:our|the)\s+app"
    r"|all\s+rights\s+reserved|copyright|cookies?|privacy\s+policy|terms\s+of\s+(?:use|service)"
    r"|skip\s+to|log\s+in|sign\s+in)",
    re.IGNORECASE,
)
_IMPERATIVES = frozenset(
    (
        "sign",
        "subscribe",
        "get",
        "save",
        "help",
        "support",
        "donate",
        "join",
        "follow",
        "share",
        "click",
        "read",
        "watch",
        "listen",
        "download",
        "register",
        "give",
        "become",
        "try",
        "tap",
        "discover",
        "explore",
        "visit",
        "fight",
        "skip",
        "log",
        "don't",
    )
)
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"  # names and abbreviations
)
_DATE_HEADING = re.compile(rf"^(?:{_MONTH}\s+)?(?:1[89]|20)\d\d[.:]?$", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:^|[.:!?]\s+)([A-Za-z']+)")
_PUBLISHER_VOICE = re.compile(
    r"\b(?:we|we're|we've|we'll|we’re|we’ve|we’ll|our|ours|us|you|your|you're|you’re)\b",
    re.IGNORECASE,
)
_REPORTING = re.compile(
    r"\b(?:said|says|told|tells|reported|according\s+to|asked|denied|denies|declined|confirmed"
    r"|acknowledged|testified|insisted|claimed|announced|added|wrote|stated|recalled|declared"
    r"|admitted|responded|replied)\b",
    re.IGNORECASE,
)


class Label(Enum):
    BODY = "body"
    STRONG = "strong"  # boilerplate on its own evidence
    WEAK = "weak"  # publisher voice: boilerplate only beside strong evidence
    SHORT = "short"  # a short neutral sentence: goes with the boilerplate around it
    HEADING = "heading"  # a very short line: goes with the block it heads


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def outside_quotes(text: str) -> str:
    """The narrator's words: what a quoted person says is not the page talking."""
    return _QUOTED.sub(" ", text)


def is_date_heading(text: str) -> bool:
    """A year or a month and year alone on its line: it dates the entries of a timeline."""
    return bool(_DATE_HEADING.match(text.strip()))


def reports_news(text: str) -> bool:
    """A reporting verb outside quotes: the block attributes something to someone."""
    return bool(_REPORTING.search(outside_quotes(text)))


def label_blocks(blocks: Sequence[Block]) -> list[Label]:
    """Each block's label, with the headline promoted to body."""
    labels = [_label(block.text) for block in blocks]
    headline = _headline_index(blocks, labels)
    if headline is not None:
        labels[headline] = Label.BODY
    return labels


def boilerplate_mask(blocks: Sequence[Block]) -> list[bool]:
    """True for each block the rules drop."""
    labels = label_blocks(blocks)
    sentences = [ends_sentence(block.text) for block in blocks]
    dropped = _drop_runs(labels, sentences)
    return _resolve_headings(labels, dropped)


def _label(text: str) -> Label:
    words = word_count(text)
    narrator = outside_quotes(text)
    if is_date_heading(text):
        return Label.HEADING
    if _is_strong(text, narrator, words):
        return Label.STRONG
    if words <= HEADING_MAX_WORDS or _is_shouted(text, words):
        return Label.HEADING
    if _REPORTING.search(narrator):
        return Label.BODY
    if _PUBLISHER_VOICE.search(narrator):
        return Label.WEAK
    return Label.SHORT if words <= SHORT_MAX_WORDS else Label.BODY


def _is_shouted(text: str, words: int) -> bool:
    """An all-capitals short line: a kicker or heading, never a body paragraph."""
    return words <= SHORT_MAX_WORDS and text.isupper()


def _is_strong(text: str, narrator: str, words: int) -> bool:
    short = words <= CTA_SHORT_WORDS
    if short and (_BANNER.search(text) or _CREDIT.search(text)):
        return True
    if words <= NAV_MAX_WORDS and not ends_sentence(text):
        return True
    return _is_call_to_action(narrator, short)


def _is_call_to_action(narrator: str, short: bool) -> bool:
    imperative = short and _opens_with_imperative(narrator) and not _REPORTING.search(narrator)
    if imperative:
        return True
    if not _CALL_TO_ACTION.search(narrator):
        return False
    return short or bool(_PUBLISHER_VOICE.search(narrator)) or _opens_with_imperative(narrator)


def _opens_with_imperative(text: str) -> bool:
    """A sentence or clause that starts with a call-to-action verb ("Sign up", "Save big")."""
    return any(match.group(1).casefold() in _IMPERATIVES for match in _CLAUSE_START.finditer(text))


def _headline_index(blocks: Sequence[Block], labels: Sequence[Label]) -> int | None:
    """The first block of four or more words that is not a banner, credit or call to action."""
    for index, (block, label) in enumerate(zip(blocks, labels, strict=True)):
        if label is Label.BODY:
            return index
        if word_count(block.text) >= HEADLINE_MIN_WORDS and _could_be_headline(block.text):
            return index
    return None


def _could_be_headline(text: str) -> bool:
    narrator = outside_quotes(text)
    words = word_count(text)
    strong_by_language = _BANNER.search(text) or _CREDIT.search(text)
    return not strong_by_language and not _is_call_to_action(narrator, words <= CTA_SHORT_WORDS)


def _drop_runs(labels: Sequence[Label], sentences: Sequence[bool]) -> list[bool]:
    """Drop each run of non-body blocks that holds strong evidence (headings decided later)."""
    dropped = [False] * len(labels)
    start = 0
    while start < len(labels):
        end = start
        while end < len(labels) and labels[end] is not Label.BODY:
            end += 1
        if any(label is Label.STRONG for label in labels[start:end]):
            _drop_run(labels, sentences, dropped, range(start, end))
        start = end + 1
    return dropped


def _drop_run(
    labels: Sequence[Label], sentences: Sequence[bool], dropped: list[bool], run: range
) -> None:
    for index in run:
        if labels[index] in (Label.STRONG, Label.WEAK):
            dropped[index] = True
    appeal = [dropped[index] and sentences[index] for index in range(len(labels))]
    for index in run:
        if labels[index] is Label.SHORT:
            dropped[index] = _inside_appeal(labels, appeal, index, run)


def _inside_appeal(labels: Sequence[Label], appeal: Sequence[bool], index: int, run: range) -> bool:
    """Dropped sentences (or the text's edge) on both sides, skipping other short sentences:
    a short line between two navigation lines is not part of an appeal, and stays."""
    before = [i for i in range(run.start, index) if labels[i] is not Label.SHORT]
    after = [i for i in range(index + 1, run.stop) if labels[i] is not Label.SHORT]
    left = appeal[before[-1]] if before else run.start == 0
    right = appeal[after[0]] if after else run.stop == len(labels)
    return left and right


def _resolve_headings(labels: Sequence[Label], dropped: list[bool]) -> list[bool]:
    """A heading goes with the next block that is not itself a heading (dropped at the end)."""
    verdict = True
    for index in range(len(labels) - 1, -1, -1):
        if labels[index] is Label.HEADING:
            dropped[index] = verdict
        else:
            verdict = dropped[index]
    return dropped
