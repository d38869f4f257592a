"""The real-news gold set: offsets and labels over PolNeAR articles kept outside the repository.

Annotators quote each span exactly in a draft (``"text"``, with ``"occurrence"`` when the words
repeat); :func:`anchor_draft` turns every quote into ``start``/``end`` offsets into the article's
text file and drops the words, so the committed gold holds no article text. ``quality/realnews/
GUIDE.md`` describes the labels.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from onrecord.errors import GoldError

Line = dict[str, Any]
SPLITS = ("train", "dev")
SPAN_HOLDERS = ("statement",)  # a contradiction's statement is a nested span
_SPAN_LISTS = ("against",)
#: Statuses of a contact line telling that no contact took place (the guide's planned, negated
#: and hypothetical contacts): they must not be extracted as contacts.
NOT_CONTACTS = ("planned", "negated", "hypothetical")


def told_as_happened(line: Line) -> bool:
    """A contact line whose status tells that the contact took place (asserted or alleged)."""
    return line.get("status", "asserted") not in NOT_CONTACTS


def judged_a_contact(line: Line) -> bool:
    """A reported contact a reader judged to be one, told as having happened."""
    return bool(line["contact"] == "yes" and told_as_happened(line))


def article_path(data: Path, name: str) -> Path:
    """``DATA/{train,dev}/text/NAME.txt``; a name in neither split is an error naming it."""
    for split in SPLITS:
        path = data / split / "text" / f"{name}.txt"
        if path.is_file():
            return path
    raise GoldError(f"article {name!r} is in neither {data}/train nor {data}/dev")


def read_lines(path: Path) -> list[Line]:
    """JSON objects, one a line; a missing file or a malformed line is an error naming it."""
    try:
        with path.open(encoding="utf-8") as handle:
            return _json_lines(path, handle)
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"cannot read {path}: {error}") from error


def _json_lines(path: Path, handle: Iterable[str]) -> list[Line]:
    lines = []
    for number, raw in enumerate(handle, 1):
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except json.JSONDecodeError as error:
            raise GoldError(f"{path}:{number}: not JSON ({error.msg})") from error
        if not isinstance(line, dict):
            raise GoldError(f"{path}:{number}: a line must be a JSON object")
        lines.append(line)
    return lines


def polnear_text(data: Path, name: str) -> str:
    """A PolNeAR article's text, as its file holds it."""
    return article_path(data, name).read_text(encoding="utf-8")


class Texts:
    """Article texts read once each, by name (``read``: PolNeAR's files unless told)."""

    def __init__(self, data: Path, read: Callable[[Path, str], str] = polnear_text) -> None:
        self.data = data
        self._read = read
        self._cache: dict[str, str] = {}

    def __getitem__(self, name: str) -> str:
        if name not in self._cache:
            self._cache[name] = self._read(self.data, name)
        return self._cache[name]


def find_quote(text: str, quote: str, occurrence: int | None = None) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th appearance of ``quote``; an ambiguous quote (it occurs
    more than once and no occurrence is given) is refused rather than guessed."""
    starts = []
    start = text.find(quote) if quote else -1
    while start != -1:
        starts.append(start)
        start = text.find(quote, start + 1)
    if not starts:
        raise GoldError(f"not in the article: {quote[:60]!r}")
    if occurrence is None and len(starts) > 1:
        raise GoldError(f"occurs {len(starts)} times, give its occurrence: {quote[:60]!r}")
    index = (occurrence or 1) - 1
    if not 0 <= index < len(starts):
        raise GoldError(f"occurs {len(starts)} times, not {occurrence}: {quote[:60]!r}")
    return starts[index], starts[index] + len(quote)


def anchor_span(span: Line, texts: Texts, article: str | None = None) -> Line:
    """A quoted span (``text`` and optional ``occurrence``) as ``start``/``end``."""
    name = span.get("article") or article
    if not name:
        raise GoldError("a span names no article")
    if "text" not in span:
        return span
    occurrence = span.get("occurrence")
    start, end = find_quote(texts[name], span["text"], int(occurrence) if occurrence else None)
    anchored = {k: v for k, v in span.items() if k not in ("text", "occurrence")}
    anchored.update(article=name, start=start, end=end)
    return anchored


def anchor_line(line: Line, texts: Texts) -> Line:
    """Every quoted span of one draft line anchored: the line's own, a contradiction's
    statement, and the spans it is held against."""
    anchored = anchor_span(line, texts) if "text" in line else dict(line)
    for key in SPAN_HOLDERS:
        if isinstance(anchored.get(key), dict):
            anchored[key] = anchor_span(anchored[key], texts)
    for key in _SPAN_LISTS:
        if isinstance(anchored.get(key), list):
            anchored[key] = [
                anchor_span(item, texts) if isinstance(item, dict) else item
                for item in anchored[key]
            ]
    return anchored


def anchor_draft(lines: Iterable[Line], texts: Texts) -> Iterator[Line]:
    """Each draft line with offsets in place of quotes; an error names the failing line."""
    for number, line in enumerate(lines, 1):
        try:
            yield anchor_line(line, texts)
        except GoldError as error:
            raise GoldError(f"draft line {number} ({line.get('type')}): {error.message}") from error


def span_text(line: Line, texts: Texts) -> str:
    """The words a gold span covers, read from the article (for reports, never stored)."""
    return texts[line["article"]][line["start"] : line["end"]]
