"""Score the attribution extractor against PolNeAR (brat standoff: Source / Cue / Content).

PolNeAR annotates every attribution — speech, beliefs, findings — with three span types. It is
scored the way its paper does: per span type, precision and recall of predicted spans against
gold spans, once by exact match (same characters) and once by overlap (any shared character).
A discontinuous span (``T3 Content 10 40;52 90``) is the set of its fragments; exact match
needs every fragment.

Spans are compared by the characters they cover, not by the whitespace around them: the brat
tool cut every annotation that crossed one of its sentence breaks into fragments at that break
(``754 835;836 892`` for a two-sentence quote, even at "St. Anselm"), and some spans end in
stray spaces. The published scores count tokens, where neither shows, so fragments that only
whitespace separates are one, and edges lose their whitespace — in gold and predictions alike.

The brat files carry no attribution type, so "speech" is decided by the cue's words: an
attribution is speech when its cue contains a speech verb of ``SPEECH_CUES`` (or "according
to"). Gold and predictions are filtered by the same rule, so the two scores are comparable.
The predictions are every attribution the extractor finds, whatever its nature (speech,
belief, evidence, headline); the extractor's own nature is not used to pick the speech ones,
so it cannot flatter that score.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from onrecord.extract.lexicon import ADJUNCT_CUES, SPEECH_CUES
from onrecord.extract.nlp import load_nlp
from onrecord.extract.statements import Attribution, find_attributions

SPAN_TYPES = ("source", "cue", "content")
Fragments = tuple[tuple[int, int], ...]

_TEXTBOUND = re.compile(r"^(T\d+)\t([\w-]+) ([\d ;]+)\t")
_EVENT = re.compile(r"^E\d+\t(.*)$")
_ANNOTATOR_SUFFIX = re.compile(r"_[0-9a-f]{4}$")
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "says": "say"}


@dataclass(frozen=True)
class Triple:
    """One attribution as span fragments; ``source`` is empty when it has none."""

    source: Fragments
    cue: Fragments
    content: Fragments
    cue_text: str

    def spans(self, kind: str) -> Fragments:
        value: Fragments = getattr(self, kind)
        return value


# -- reading brat ---------------------------------------------------------------------------------


def read_gold(ann: Path, text: str) -> list[Triple]:
    """Attributions of one ``.ann`` file: each ``E`` line ties its Source, Cue and Content."""
    spans: dict[str, Fragments] = {}
    triples = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        textbound = _TEXTBOUND.match(line)
        if textbound:
            spans[textbound.group(1)] = _fragments(textbound.group(3))
            continue
        event = _EVENT.match(line)
        if event:
            roles = dict(arg.split(":", 1) for arg in event.group(1).split())
            cue = spans.get(roles.get("Cue", ""), ())
            source, content = (
                spans.get(roles.get("Source", ""), ()),
                spans.get(roles.get("Content", ""), ()),
            )
            triples.append(_normalised(text, Triple(source, cue, content, "")))
    return triples


def _fragments(offsets: str) -> Fragments:
    pairs = (part.split() for part in offsets.split(";"))
    return tuple((int(start), int(end)) for start, end in pairs)


def _normalised(text: str, triple: Triple) -> Triple:
    """The triple with each span in its whitespace-free form, and the cue's words."""
    source, cue, content = (_covered(text, triple.spans(kind)) for kind in SPAN_TYPES)
    return Triple(source, cue, content, " ".join(text[s:e] for s, e in cue))


def _covered(text: str, fragments: Fragments) -> Fragments:
    """Fragments trimmed of edge whitespace, those with only whitespace between them joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(fragments):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def predict(text: str) -> list[Triple]:
    """The extractor's attributions of one text, as triples."""
    doc = load_nlp()(text)
    return [_triple(text, a) for a in find_attributions(doc)]


def _triple(text: str, attribution: Attribution) -> Triple:
    cue = (attribution.cue,) if attribution.cue else ()
    source = (attribution.source,) if attribution.source and not attribution.carried else ()
    return _normalised(text, Triple(source, cue, attribution.content, ""))


def is_speech(triple: Triple) -> bool:
    """Speech when a cue word is a speech verb (by a crude suffix-stripping lemma)."""
    words = re.findall(r"[a-z]+", triple.cue_text.lower())
    if any(cue in " ".join(words) for cue in ADJUNCT_CUES):
        return True
    return any(_lemma_candidates(word) & SPEECH_CUES for word in words)


def _lemma_candidates(word: str) -> set[str]:
    stems = {word, _IRREGULAR.get(word, word)}
    for suffix in ("ing", "ed", "es", "s", "d"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            stems |= {stem, stem + "e"}
    return stems


# -- scoring -------------------------------------------------------------------------------------


def _overlaps(a: Fragments, b: Fragments) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _counts(gold: Sequence[Fragments], predicted: Sequence[Fragments]) -> dict[str, int]:
    """True positives counted on both sides: precision over predictions, recall over gold."""
    gold = [g for g in gold if g]
    predicted = [p for p in predicted if p]
    gold_set, predicted_set = set(gold), set(predicted)
    return {
        "gold": len(gold),
        "predicted": len(predicted),
        "exact_tp_p": sum(1 for p in predicted if p in gold_set),
        "exact_tp_r": sum(1 for g in gold if g in predicted_set),
        "overlap_tp_p": sum(1 for p in predicted if any(_overlaps(p, g) for g in gold)),
        "overlap_tp_r": sum(1 for g in gold if any(_overlaps(g, p) for p in predicted)),
    }


def _prf(tp_p: int, tp_r: int, predicted: int, gold: int) -> dict[str, float]:
    precision = tp_p / predicted if predicted else 0.0
    recall = tp_r / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": round(100 * precision, 1), "r": round(100 * recall, 1), "f1": round(100 * f1, 1)}


def _score(totals: dict[str, dict[str, int]]) -> dict[str, Any]:
    return {
        kind: {
            "exact": _prf(c["exact_tp_p"], c["exact_tp_r"], c["predicted"], c["gold"]),
            "overlap": _prf(c["overlap_tp_p"], c["overlap_tp_r"], c["predicted"], c["gold"]),
            "gold": c["gold"],
            "predicted": c["predicted"],
        }
        for kind, c in totals.items()
    }


def _add(totals: dict[str, dict[str, int]], gold: list[Triple], predicted: list[Triple]) -> None:
    for kind in SPAN_TYPES:
        counts = _counts([t.spans(kind) for t in gold], [t.spans(kind) for t in predicted])
        bucket = totals.setdefault(kind, dict.fromkeys(counts, 0))
        for key, value in counts.items():
            bucket[key] += value


def documents(path: Path, limit: int | None = None) -> list[tuple[Path, Path]]:
    """``(ann, txt)`` pairs under ``path`` (a split folder or the corpus root), sorted by
    name; an article annotated by several annotators counts once (its first file)."""
    chosen = [(anns[0], text) for anns, text in _annotated(path)]
    return chosen[:limit] if limit is not None else chosen


def _annotated(path: Path) -> list[tuple[list[Path], Path]]:
    """Each article's ``.ann`` files (one per annotator, in name order) and its text."""
    files: dict[str, list[Path]] = {}
    for ann in sorted(path.rglob("*.ann")):
        name = _ANNOTATOR_SUFFIX.sub("", ann.stem)
        if (ann.parent.parent / "text" / f"{name}.txt").exists():
            files.setdefault(name, []).append(ann)
    return [
        (anns, anns[0].parent.parent / "text" / f"{name}.txt")
        for name, anns in sorted(files.items())
    ]


def evaluate_polnear(path: Path, limit: int | None = None) -> dict[str, Any]:
    """P/R/F1 (exact and overlap) per span type, for all attributions and for speech only;
    and how far PolNeAR's own annotators agree on the same scale, the ceiling to read them
    against (see :func:`annotator_agreement`)."""
    everything: dict[str, dict[str, int]] = {}
    speech: dict[str, dict[str, int]] = {}
    pairs = documents(path, limit)
    for ann, txt in pairs:
        text = txt.read_text(encoding="utf-8")
        gold, predicted = read_gold(ann, text), predict(text)
        _add(everything, gold, predicted)
        _add(speech, _speech(gold), _speech(predicted))
    return {
        "documents": len(pairs),
        "all": _score(everything),
        "speech": _score(speech),
        "annotators": annotator_agreement(path),
    }


def annotator_agreement(path: Path) -> dict[str, Any]:
    """The second annotator's spans scored against the first's, on the articles under ``path``
    that two annotators read (all attributions): exact content F1 two careful readers reach
    (about 0.66 on PolNeAR's sixteen doubly read train articles) is as far as a system can be
    expected to go."""
    totals: dict[str, dict[str, int]] = {}
    doubled = [(anns, text) for anns, text in _annotated(path) if len(anns) > 1]
    for (first, second, *_), txt in doubled:
        text = txt.read_text(encoding="utf-8")
        _add(totals, read_gold(first, text), read_gold(second, text))
    return {"documents": len(doubled), **(_score(totals) if doubled else {})}


def _speech(triples: Iterable[Triple]) -> list[Triple]:
    return [t for t in triples if is_speech(t)]
