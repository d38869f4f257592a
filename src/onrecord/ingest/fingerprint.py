"""Near-duplicate fingerprints: word shingles, indexed by MinHash signatures cut in LSH bands.

A syndicated or re-scraped copy keeps most of its five-word runs even when an outlet rewords a
few words in each paragraph and cuts one (the demo's copy 02 keeps 85% of its runs); another
story on the same subject shares only stock phrases ("Russian Ambassador Sergey Kislyak", at most
3% of runs in the demo). The share of common shingles (Jaccard) and the share of the shorter
text found in the longer one (containment) tell the two apart. Five words rather than three: on
text written from a small vocabulary (templated copy, the ingest benchmark's generated stories)
different stories share a quarter of their three-word runs and a tenth of their five-word ones.

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
and 0.9994 at 0.6, but only 0.03 at J = 0.1 and under 0.001 at 0.02 (the most two different
demo stories about one event share). A candidate whose stored signature agrees in clearly too few
slots is dropped unread; the rest are checked on their exact shingle sets.
"""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass
from functools import cache, cached_property

SHINGLE = 5
BANDS = 32
ROWS = 3
SLOTS = BANDS * ROWS
ESTIMATE_MARGIN = 0.1
_PACKING = struct.Struct(f">{SLOTS}I")
_EMPTY = 0xFFFFFFFF  # no 32-bit slot value is larger: a bin no shingle fell into
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Thresholds:
    """When two fingerprints are the same story: both shares must reach their minimum."""

    jaccard: float
    containment: float


@dataclass(frozen=True)
class Fingerprint:
    """A text's shingles, as 64-bit hashes, and the MinHash signature that indexes them.

    The signature only finds candidates; whether a candidate is the same story is decided on the
    exact shingle sets. Estimating that from the signature too would be biased: a pair becomes a
    candidate because its signatures happen to agree in a whole band, so among many articles
    sharing stock phrases the candidates are exactly the pairs whose estimate came out high."""

    shingles: frozenset[int]

    @cached_property
    def signature(self) -> tuple[int, ...]:
        """``SLOTS`` 32-bit MinHash values."""
        bins = [_EMPTY] * SLOTS
        for value in self.shingles:
            slot = (value & 0xFFFFFFFF) % SLOTS
            bins[slot] = min(bins[slot], value >> 32)
        return _densified(bins)

    def packed(self) -> bytes:
        """The signature as ``4 * SLOTS`` bytes, for storage."""
        return _PACKING.pack(*self.signature)

    def plausible(self, packed: bytes, thresholds: Thresholds) -> bool:
        """Whether a stored signature agrees with this one in enough slots to be worth reading
        the stored text: a cheap screen that spares the exact check for the many candidates
        a corpus of near-identical wording (templated copy) produces. The margin is about two
        standard errors of the estimate at the default Jaccard threshold."""
        stored: tuple[int, ...] = _PACKING.unpack(packed)
        agreeing = sum(a == b for a, b in zip(self.signature, stored, strict=True))
        return agreeing / SLOTS >= thresholds.jaccard - ESTIMATE_MARGIN

    def bands(self) -> tuple[tuple[int, int], ...]:
        """``(band, value)`` pairs for the LSH index: each band's rows hashed to a signed 64-bit
        value, so it fits an SQL BIGINT."""
        return tuple(
            (band, _band_value(self.signature[band * ROWS : (band + 1) * ROWS]))
            for band in range(BANDS)
        )

    def jaccard(self, other: Fingerprint) -> float:
        """Share of shingles the two texts have in common, of all their shingles."""
        union = len(self.shingles | other.shingles)
        return len(self.shingles & other.shingles) / union if union else 1.0

    def containment(self, other: Fingerprint) -> float:
        """Share of the shorter text's shingles found in the longer one: a trimmed copy is mostly
        inside its original even when it is much shorter (low Jaccard)."""
        smaller = min(len(self.shingles), len(other.shingles))
        return len(self.shingles & other.shingles) / smaller if smaller else 1.0

    def matches(self, other: Fingerprint, thresholds: Thresholds) -> bool:
        """Same story: enough shingles shared overall and most of the shorter text contained.
        The Jaccard floor keeps a short brief from matching every long piece that quotes it."""
        return (
            self.jaccard(other) >= thresholds.jaccard
            and self.containment(other) >= thresholds.containment
        )


def fingerprint(text: str) -> Fingerprint:
    """The fingerprint of ``text``'s lower-cased, punctuation-free runs of ``SHINGLE`` words."""
    return Fingerprint(frozenset(_hash64(shingle.encode()) for shingle in _shingles(text)))


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
