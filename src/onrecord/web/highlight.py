"""The article reader's markup: the clean text with every evidence span as a ``<mark>``.

This is the one place that builds HTML around article text, so it escapes every piece of text
itself (``markupsafe.escape``) and returns :class:`~markupsafe.Markup` made only of those escaped
pieces and its own tags. Spans that nest become nested marks, so a cited sentence is one
element even when a role or a name inside it is marked too. Spans that cross are cut where
the inner one ends: the mark closes and reopens (without its id). The first mark of a span
carries ``id="span-START-END"``, so ``/articles/{id}#span-START-END`` lands on the cited
sentence; spans with the same offsets share one mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from onrecord.web.convert import anchor
from onrecord.web.models import Mark

KINDS = ("statement", "event", "role", "report")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kinds: tuple[str, ...]
    labels: tuple[str, ...]


def _spans(marks: Sequence[Mark], length: int) -> list[_Span]:
    grouped: dict[tuple[int, int], list[Mark]] = {}
    for mark in marks:
        start, end = max(0, mark.start), min(length, mark.end)
        if start < end:
            grouped.setdefault((start, end), []).append(mark)
    return [
        _Span(
            start,
            end,
            tuple(sorted({m.kind if m.kind in KINDS else "other" for m in group})),
            tuple(dict.fromkeys(m.label for m in group)),
        )
        for (start, end), group in sorted(grouped.items(), key=lambda kv: (kv[0][0], -kv[0][1]))
    ]


def _open(span: _Span, first: bool) -> str:
    ident = f' id="{anchor(span.start, span.end)}"' if first else ""
    title = escape("; ".join(span.labels))
    return f'<mark{ident} class="{" ".join(span.kinds)}" title="{title}">'


def _close_at(position: int, stack: list[_Span], out: list[str]) -> None:
    """Close every span ending here; spans opened inside one of them that go on are closed
    with it and reopened after (a crossing, cut at this point)."""
    ending = [i for i, span in enumerate(stack) if span.end == position]
    if not ending:
        return
    lowest = ending[0]
    going_on = [span for span in stack[lowest:] if span.end > position]
    out.append("</mark>" * (len(stack) - lowest))
    del stack[lowest:]
    for span in going_on:
        out.append(_open(span, first=False))
        stack.append(span)


def highlight(text: str, marks: Sequence[Mark]) -> Markup:
    spans = _spans(marks, len(text))
    starting: dict[int, list[_Span]] = {}
    for span in spans:  # sorted by start, longest first: outer marks open first
        starting.setdefault(span.start, []).append(span)
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[_Span] = []
    for position, following in pairwise(cuts):
        _close_at(position, stack, out)
        for span in starting.get(position, ()):
            out.append(_open(span, first=True))
            stack.append(span)
        out.append(str(escape(text[position:following])))
    _close_at(len(text), stack, out)
    return Markup("".join(out))
