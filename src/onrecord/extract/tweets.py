"""Embedded posts: a tweet as news pages print it once the embed is flattened to text.

A page that embeds a tweet shows its words as a paragraph of their own and, on the next line,
the signature: "— Donald J. Trump (@realDonaldTrump) July 26, 2016" (an archive may keep the
embed's element around both: "<tweet …>…</tweet>"). No quote marks and no cue
verb, so the quote and cue rules see nothing, yet the post is a statement of the account's
owner, made on the day the signature gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.extract.quotes import MARKUP_TAG

Offsets = tuple[int, int]

_SIGNATURE = re.compile(
    r"[—–][ \t]*(?P<name>[^\n()@—–]{2,60}?)[ \t]*\(@\w{1,30}\)[ \t]*"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})[ \t]*(?:</\w+>)?\.?[ \t]*$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Post:
    """The words of one embedded post, who signed it and the date it gives."""

    words: Offsets
    author: Offsets
    signed: Offsets  # the signature line, dash to date: the cue a reader sees
    date: Offsets


def find_posts(text: str) -> list[Post]:
    """Every signed embed: the words before the signature on its line, else the paragraph
    just above the signature line, are the post."""
    posts = []
    for signature in _SIGNATURE.finditer(text):
        words = _same_line(text, signature.start()) or _paragraph_before(text, signature.start())
        if words is not None:
            posts.append(
                Post(
                    words,
                    signature.span("name"),
                    (signature.start(), signature.end()),
                    signature.span("date"),
                )
            )
    return posts


def _same_line(text: str, at: int) -> Offsets | None:
    """ "… pic.twitter.com/x— Name (@name) Date": the post ran into its signature."""
    start = text.rfind("\n", 0, at) + 1
    while start < at and text[start].isspace():
        start += 1
    embed = MARKUP_TAG.match(text, start, at)  # an archive's element around the embed
    start = embed.end() if embed else start
    while start < at and text[start].isspace():
        start += 1
    end = at
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _paragraph_before(text: str, at: int) -> Offsets | None:
    """The last paragraph ending before ``at`` (skipping blank lines), trimmed."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    while start < end and text[start].isspace():
        start += 1
    return (start, end) if start < end else None
