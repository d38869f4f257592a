"""The near-duplicate index over SQL: an article's LSH bands, written in the caller's
transaction with its MinHash signature (384 bytes, to screen candidates), and the lookup ingest
asks before storing the next article. Candidates are verified on their stored clean text, so the
index keeps no shingles of its own.

Kept apart from :class:`~onrecord.store.Store` because the migration that introduced the index
also fills it for articles stored before it, with the same rows the store writes."""

from __future__ import annotations

from sqlalchemy import Connection, and_, or_, select

from onrecord.ingest.fingerprint import Fingerprint, Thresholds
from onrecord.ingest.fingerprint import fingerprint as fingerprint_of
from onrecord.store import schema


def insert(connection: Connection, article_id: str, fingerprint: Fingerprint) -> None:
    """Index one article; the numbering follows the order of these calls."""
    seq = connection.execute(
        schema.minhashes.insert()
        .values(article=article_id, signature=fingerprint.packed())
        .returning(schema.minhashes.c.seq)
    ).scalar_one()
    connection.execute(
        schema.minhash_bands.insert(),
        [{"band": band, "value": value, "seq": seq} for band, value in fingerprint.bands()],
    )


def earliest_match(
    connection: Connection, fingerprint: Fingerprint, thresholds: Thresholds
) -> str | None:
    """The earliest indexed article sharing a band with ``fingerprint`` and matching it on the
    exact shingles of its stored clean text: every run links a duplicate to the same original,
    the first copy stored."""
    bands = schema.minhash_bands
    shares_a_band = or_(
        *(and_(bands.c.band == band, bands.c.value == value) for band, value in fingerprint.bands())
    )
    index, articles = schema.minhashes, schema.articles
    query = (
        select(index.c.article, index.c.signature, articles.c.clean_text)
        .join(articles, articles.c.id == index.c.article)
        .where(index.c.seq.in_(select(bands.c.seq).where(shares_a_band)))
        .order_by(index.c.seq)
    )
    for article_id, signature, clean_text in connection.execute(query):
        if fingerprint.plausible(bytes(signature), thresholds) and fingerprint.matches(
            fingerprint_of(clean_text), thresholds
        ):
            return str(article_id)
    return None
