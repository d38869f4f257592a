"""The article reader's markup: the clean text with every evidence span as a ``<mark>``.

This is the one place that builds HTML around article text, so it escapes every piece of text
itself (``markupsafe.escape``) and returns :class:`~markupsafe.Markup` made only of those escaped
pieces and its own tags. Spans may overlap or nest: the text is cut at every span boundary and
each piece is wrapped in the marks that cover it, outermost (earliest, longest) first. The first
piece of a span carries ``id="span-START-END"``, so ``/articles/{id}#span-START-END`` lands on
the cited sentence; spans with the same offsets share one mark.
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


def highlight(text: str, marks: Sequence[Mark]) -> Markup:
    spans = _spans(marks, len(text))
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    pieces: list[str] = []
    for start, end in pairwise(cuts):
        covering = [s for s in spans if s.start <= start and end <= s.end]
        opened = "".join(_open(s, s.start == start) for s in covering)
        pieces.append(f"{opened}{escape(text[start:end])}{'</mark>' * len(covering)}")
    return Markup("".join(pieces))
