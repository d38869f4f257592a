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
from onrecord.transcript import TURN_LABEL

NAV_MAX_WORDS = 8
HEADING_MAX_WORDS = 3
SHORT_MAX_WORDS = 10
CTA_SHORT_WORDS = 15
HEADLINE_MIN_WORDS = 4

_WORD = re.compile(r"[\w$][\w'’$.,-]*")
# A quotation: curly, straight or doubled-apostrophe marks (''…'', as some wires print them),
# or a quote opened and not closed in the block (a quote running over several paragraphs).
_QUOTED = re.compile(
    r"“[^”“]*(?:[”“]|$)|\"[^\"]*(?:\"|$)|''.*?(?:''|$)|^”[^”“]*(?:[”“]|$)", re.DOTALL
)
# Page styling that leaked into the text (".bio-text { text-align: left; }").
_STYLE_RULE = re.compile(r"^[.#]?[\w-]+(?:[ ,.#][\w.#-]+)*\s*\{\s*[\w-]+\s*:")
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
# Words that ask the reader to act: an appeal, whatever its length.
_APPEAL = re.compile(
    r"\b(?:newsletters?|subscrib\w*|sign(?:ing)?[\s-]?up|donate\b|(?:make|your)\s+(?:a\s+)?donation"
    r"|pitch(?:ing)?\s+in|inbox"
    r"|support\s+(?:our|us|independent|this)|payment\s+methods?|follow\s+us|read\s+more"
    r"|click\s+here|download\s+(?:our|the)\s+app|skip\s+to|log\s+in|sign\s+in)",
    re.IGNORECASE,
)
# Words of the page around an article, which news copy also uses ("his comments", "fundraising",
# "state-sponsored"): evidence only in a short block.
_PAGE_WORDS = re.compile(
    r"\b(?:fundrais\w*|tax[\s-]deductible|paywall|memberships?|advertisements?|sponsored"
    r"|podcasts?|share\s+(?:this|on)\b|all\s+rights\s+reserved|copyright"
    r"|(?:use|uses|accept)\s+cookies|cookies?\s+(?:policy|settings|preferences)"
    r"|(?:leave|add|post|view|show|load)\s+(?:a\s+)?comments?|\d+\s+comments?\b"
    r"|comments?\s+(?:are\s+closed|section|below)|comment\s+below"
    r"|privacy\s+policy|terms\s+of\s+(?:use|service))",
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
    APPEAL = "appeal"  # asks the reader to subscribe, sign up, donate: carries weak neighbours
    STRONG = "strong"  # boilerplate on its own evidence (navigation, a credit, a banner)
    WEAK = "weak"  # publisher voice: boilerplate only beside strong evidence
    SHORT = "short"  # a short neutral sentence: goes with the boilerplate around it
    HEADING = "heading"  # a very short line: goes with the block it heads


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def outside_quotes(text: str) -> str:
    """The narrator's words: what a quoted person (or a transcript's speaker) says is not the
    page talking."""
    turn = TURN_LABEL.match(text)
    if turn:
        return turn.group(0)
    return _QUOTED.sub(" ", text)


def _publisher_voice(narrator: str) -> bool:
    """ "we", "our", "you" … in the narrator's words; "US" in capitals is the country."""
    return any(match.group(0) != "US" for match in _PUBLISHER_VOICE.finditer(narrator))


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
    if _is_appeal(narrator, words <= CTA_SHORT_WORDS):
        return Label.APPEAL
    if _is_strong(text, narrator, words):
        return Label.STRONG
    if words <= HEADING_MAX_WORDS or _is_shouted(text, words):
        return Label.HEADING
    if _REPORTING.search(narrator):
        return Label.BODY
    if _publisher_voice(narrator):
        return Label.WEAK
    return Label.SHORT if words <= SHORT_MAX_WORDS else Label.BODY


def _is_shouted(text: str, words: int) -> bool:
    """An all-capitals short line: a kicker or heading, never a body paragraph."""
    return words <= SHORT_MAX_WORDS and text.isupper()


def _is_strong(text: str, narrator: str, words: int) -> bool:
    """Strong evidence on its own; a transcript turn ("DICKERSON: Nobody—") never is."""
    if TURN_LABEL.match(text):
        return False
    short = words <= CTA_SHORT_WORDS
    if short and (_BANNER.search(text) or _CREDIT.search(text)):
        return True
    if words <= NAV_MAX_WORDS and not ends_sentence(text):
        return True
    if _STYLE_RULE.search(text):
        return True
    return _is_call_to_action(narrator, short)


def _is_appeal(narrator: str, short: bool) -> bool:
    """Appeal words ("sign up", "donate", "pitch in") in a short block, or in a long one
    addressed to the reader (publisher's voice or an imperative) that reports nothing."""
    if not _APPEAL.search(narrator):
        return False
    addressed = _publisher_voice(narrator) or _opens_with_imperative(narrator)
    return short or (addressed and not _REPORTING.search(narrator))


def _is_call_to_action(narrator: str, short: bool) -> bool:
    """A short block opening with an imperative ("Follow her on Twitter", "Watch above"), or
    holding words of the page ("comments", "copyright"). A long block never is: a body
    paragraph that mentions "his comments" or "fundraising" is news."""
    if not short:
        return False
    if _opens_with_imperative(narrator) and not _REPORTING.search(narrator):
        return True
    return bool(_PAGE_WORDS.search(narrator))


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
    short = word_count(text) <= CTA_SHORT_WORDS
    strong_by_language = _BANNER.search(text) or _CREDIT.search(text)
    asks = _is_appeal(narrator, short) or _is_call_to_action(narrator, short)
    return not strong_by_language and not asks


def _drop_runs(labels: Sequence[Label], sentences: Sequence[bool]) -> list[bool]:
    """Drop each run of non-body blocks that holds strong evidence (headings decided later)."""
    dropped = [False] * len(labels)
    start = 0
    while start < len(labels):
        end = start
        while end < len(labels) and labels[end] is not Label.BODY:
            end += 1
        if any(label in (Label.STRONG, Label.APPEAL) for label in labels[start:end]):
            _drop_run(labels, sentences, dropped, range(start, end))
        start = end + 1
    return dropped


def _drop_run(
    labels: Sequence[Label], sentences: Sequence[bool], dropped: list[bool], run: range
) -> None:
    """The run's strong blocks; its paragraphs in the publisher's voice only when the run
    appeals to the reader (a "Follow her on Twitter" line does not make the op-ed's closing
    "we" paragraph an appeal)."""
    appealing = any(labels[index] is Label.APPEAL for index in run)
    carried = (Label.STRONG, Label.APPEAL, Label.WEAK) if appealing else (Label.STRONG,)
    for index in run:
        if labels[index] in carried:
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
