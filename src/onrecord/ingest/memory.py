"""What ingest may ask about articles already stored, and an in-memory answer for runs without
a store. The store implements the same protocol over its tables, writing an article's blocks
and fingerprint in the article's own transaction so a crash never double-counts."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol

from onrecord.ingest.fingerprint import distance

if TYPE_CHECKING:
    from onrecord.ingest.article import Ingested


class IngestMemory(Protocol):
    """Read-only questions about stored articles."""

    def block_sightings(self, outlet: str, blocks: Sequence[str]) -> Mapping[str, int]:
        """In how many stored articles of ``outlet`` each block hash occurs."""
        ...

    def near_duplicate(self, simhash: int, max_bits: int) -> str | None:
        """The id of a stored article whose fingerprint differs in at most ``max_bits`` bits."""
        ...


class InMemoryIngestMemory:
    """The protocol over a dict; ``remember`` plays the store's part after each article."""

    def __init__(self) -> None:
        self._blocks: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self._fingerprints: dict[str, int] = {}

    def remember(self, ingested: Ingested) -> None:
        """Count an article once, as storing it would (a re-remembered article is skipped)."""
        article = ingested.article
        if article.id in self._fingerprints:
            return
        self._fingerprints[article.id] = ingested.simhash
        if article.outlet:
            self._blocks[article.outlet].update(set(ingested.blocks))

    def block_sightings(self, outlet: str, blocks: Sequence[str]) -> Mapping[str, int]:
        counts = self._blocks.get(outlet, Counter())
        return {block: counts[block] for block in blocks if counts[block]}

    def near_duplicate(self, simhash: int, max_bits: int) -> str | None:
        """Lowest matching id, so every run links a duplicate to the same original."""
        matches = (
            article
            for article, stored in self._fingerprints.items()
            if distance(stored, simhash) <= max_bits
        )
        return min(matches, default=None)
