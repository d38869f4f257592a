"""Content-addressed ids: the same input gives the same id in every run and every worker.

An id is a short type prefix plus a hash of the fields that make the item what it is, so that
re-adding an article stores it once and parallel workers can write shards that merge.
"""

from __future__ import annotations

import hashlib
import unicodedata

_DIGEST_CHARS = 16  # 64 bits: collision-free in practice for a corpus of millions


def _normalise(part: object) -> str:
    text = "" if part is None else str(part)
    return unicodedata.normalize("NFC", text)


def content_id(prefix: str, *parts: object) -> str:
    """``prefix`` + a hash of ``parts``; parts are joined unambiguously (a separator that
    cannot occur in NFC text), so ("ab", "c") and ("a", "bc") never collide."""
    joined = "\x1f".join(_normalise(part) for part in parts)
    digest = hashlib.blake2b(joined.encode("utf-8"), digest_size=32).hexdigest()
    return f"{prefix}_{digest[:_DIGEST_CHARS]}"


def article_id(clean_text: str) -> str:
    """An article is its clean text: whitespace differences do not make a new article."""
    return content_id("art", " ".join(clean_text.split()))
