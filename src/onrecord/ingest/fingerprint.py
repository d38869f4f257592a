"""Near-duplicate fingerprints: MinHash signatures over word shingles, banded for LSH lookup.

A syndicated or re-scraped copy keeps most of its three-word runs even when an outlet rewords a
few words in each paragraph and cuts one; another story on the same subject shares only stock
phrases ("Russian Ambassador Sergey Kislyak"). The share of common shingles (Jaccard) and the
share of the shorter text found in the longer one (containment) tell the two apart, and a
MinHash signature estimates both from a fixed-size summary, so no text needs re-reading.

The signature is one-permutation MinHash with optimal densification (Shrivastava, ICML 2017):
each shingle is hashed once and falls into one of :data:`SLOTS` bins, each bin keeping its
minimum; bins a short text leaves empty borrow from a fixed, text-independent probe sequence.
Two signatures agree in a slot with probability equal to the Jaccard similarity, exactly as with
:data:`SLOTS` independent permutations, at the cost of one hash per shingle instead of one per
shingle and permutation. Everything is derived from BLAKE2b, never Python's salted ``hash()``,
so the same text gives the same signature in every process and on every machine.

Lookup is locality-sensitive hashing: the signature is cut into :data:`BANDS` bands of
:data:`ROWS` slots; articles sharing any whole band are candidates. With 32 bands of 3 rows a
pair is a candidate with probability 1 - (1 - J³)³²: 0.58 at J = 0.3, 0.88 at 0.4, 0.986 at 0.5
and 0.9994 at 0.6, but only 0.03 at J = 0.1 and 0.002 at 0.04 (the most two different demo
stories about one event share). Candidates are then checked against the thresholds.
"""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass
from functools import cache

SHINGLE = 3
BANDS = 32
ROWS = 3
SLOTS = BANDS * ROWS
_EMPTY = 0xFFFFFFFF  # no 32-bit slot value is larger: a bin no shingle fell into
_WORD = re.compile(r"\w+")
_PACKING = struct.Struct(f">{SLOTS}I")


@dataclass(frozen=True)
class Thresholds:
    """When two fingerprints are the same story: both shares must reach their minimum."""

    jaccard: float
    containment: float


@dataclass(frozen=True)
class Fingerprint:
    """A text's MinHash signature (``SLOTS`` 32-bit values) and its number of distinct shingles
    (the sizes turn an estimated Jaccard into an estimated containment)."""

    signature: tuple[int, ...]
    shingles: int

    def bands(self) -> tuple[tuple[int, int], ...]:
        """``(band, value)`` pairs for the LSH index: each band's rows hashed to a signed 64-bit
        value, so it fits an SQL BIGINT."""
        return tuple(
            (band, _band_value(self.signature[band * ROWS : (band + 1) * ROWS]))
            for band in range(BANDS)
        )

    def packed(self) -> bytes:
        """The signature as ``4 * SLOTS`` bytes, for storage."""
        return _PACKING.pack(*self.signature)

    @classmethod
    def unpack(cls, data: bytes, shingles: int) -> Fingerprint:
        """The fingerprint :meth:`packed` stored."""
        return cls(_PACKING.unpack(data), shingles)

    def jaccard(self, other: Fingerprint) -> float:
        """Estimated share of shingles the two texts have in common (of all their shingles)."""
        agreeing = sum(a == b for a, b in zip(self.signature, other.signature, strict=True))
        return agreeing / SLOTS

    def containment(self, other: Fingerprint) -> float:
        """Estimated share of the shorter text's shingles found in the longer one: a trimmed
        copy is mostly inside its original even when it is much shorter (low Jaccard)."""
        jaccard = self.jaccard(other)
        common = jaccard * (self.shingles + other.shingles) / (1 + jaccard)
        return min(1.0, common / max(1, min(self.shingles, other.shingles)))

    def matches(self, other: Fingerprint, thresholds: Thresholds) -> bool:
        """Same story: enough shingles shared overall and most of the shorter text contained.
        The Jaccard floor keeps a short brief from matching every long piece that quotes it."""
        return (
            self.jaccard(other) >= thresholds.jaccard
            and self.containment(other) >= thresholds.containment
        )


def fingerprint(text: str) -> Fingerprint:
    """The fingerprint of ``text``'s lower-cased, punctuation-free word triples."""
    hashes = {_hash64(shingle.encode()) for shingle in _shingles(text)}
    bins = [_EMPTY] * SLOTS
    for value in hashes:
        slot = (value & 0xFFFFFFFF) % SLOTS
        bins[slot] = min(bins[slot], value >> 32)
    return Fingerprint(_densified(bins), len(hashes))


def _shingles(text: str) -> set[str]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _densified(bins: list[int]) -> tuple[int, ...]:
    """Fill each empty bin from the first filled bin along its own probe sequence. The sequence
    depends only on the bin, so two texts borrow alike wherever they agree."""
    if all(value == _EMPTY for value in bins):
        return tuple(bins)
    return tuple(
        value if value != _EMPTY else _borrowed(bins, slot) for slot, value in enumerate(bins)
    )


def _borrowed(bins: list[int], slot: int) -> int:
    attempt = 0
    while (value := bins[_probe(slot, attempt)]) == _EMPTY:
        attempt += 1
    return value


@cache
def _probe(slot: int, attempt: int) -> int:
    return _hash64(f"probe {slot} {attempt}".encode()) % SLOTS


def _band_value(rows: tuple[int, ...]) -> int:
    digest = hashlib.blake2b(struct.pack(f">{len(rows)}I", *rows), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _hash64(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")
