"""What ingest may ask about articles already stored, and an in-memory answer for runs without
a store. The store implements the same protocol over its tables, writing an article's blocks
and fingerprint in the article's own transaction so a crash never double-counts."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from onrecord.ingest.fingerprint import BANDS, Fingerprint, Thresholds
from onrecord.ingest.fingerprint import fingerprint as fingerprint_of

if TYPE_CHECKING:
    from onrecord.ingest.article import Ingested


class IngestMemory(Protocol):
    """Read-only questions about stored articles."""

    def block_sightings(self, outlet: str, blocks: Sequence[str]) -> Mapping[str, int]:
        """In how many stored articles of ``outlet`` each block hash occurs."""
        ...

    def near_duplicate(self, fingerprint: Fingerprint, thresholds: Thresholds) -> str | None:
        """The id of the earliest stored article whose fingerprint shares an LSH band with
        ``fingerprint`` and matches it within ``thresholds``."""
        ...


class InMemoryIngestMemory:
    """The protocol over a dict; ``remember`` plays the store's part after each article."""

    def __init__(self) -> None:
        self._blocks: defaultdict[str, Counter[str]] = defaultdict(Counter)
        # (id, packed signature, clean text), in the order remembered
        self._stored: list[tuple[str, bytes, str]] = []
        self._known: set[str] = set()
        self._bands: tuple[dict[int, list[int]], ...] = tuple({} for _ in range(BANDS))

    def remember(self, ingested: Ingested) -> None:
        """Count an article once, as storing it would (a re-remembered article is skipped)."""
        article = ingested.article
        if article.id in self._known:
            return
        self._known.add(article.id)
        for band, value in ingested.fingerprint.bands():
            self._bands[band].setdefault(value, []).append(len(self._stored))
        self._stored.append((article.id, ingested.fingerprint.packed(), article.clean_text))
        if article.outlet:
            self._blocks[article.outlet].update(set(ingested.blocks))

    def block_sightings(self, outlet: str, blocks: Sequence[str]) -> Mapping[str, int]:
        counts = self._blocks.get(outlet, Counter())
        return {block: counts[block] for block in blocks if counts[block]}

    def near_duplicate(self, fingerprint: Fingerprint, thresholds: Thresholds) -> str | None:
        """Earliest remembered match, as the store answers, so a duplicate links to the same
        original in memory and in the database."""
        candidates = {
            n for band, value in fingerprint.bands() for n in self._bands[band].get(value, ())
        }
        for n in sorted(candidates):
            article, signature, text = self._stored[n]
            if fingerprint.plausible(signature, thresholds) and fingerprint.matches(
                fingerprint_of(text), thresholds
            ):
                return article
        return None
