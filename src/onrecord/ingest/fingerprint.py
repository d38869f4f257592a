"""Near-duplicate fingerprints: a 64-bit simhash over word shingles.

Syndicated copies and re-scrapes differ in a few words; their simhashes differ in a few bits,
so the store can find them with a banded index instead of comparing texts.
"""

from __future__ import annotations

import hashlib
import re

BITS = 64
SHINGLE = 2
_WORD = re.compile(r"\w+")


def simhash(text: str) -> int:
    """The unsigned 64-bit simhash of ``text``'s lower-cased word pairs: one changed word moves
    a few bits, another story on the same subject about half of them."""
    weights = [0] * BITS
    for shingle in _shingles(text):
        value = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(BITS):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit, weight in enumerate(weights) if weight > 0)


def distance(left: int, right: int) -> int:
    """How many bits two fingerprints differ in."""
    return (left ^ right).bit_count()


def _shingles(text: str) -> set[str]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
