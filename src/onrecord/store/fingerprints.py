"""The near-duplicate index over SQL: an article's MinHash signature and LSH bands, written in
the caller's transaction, and the lookup ingest asks before storing the next article.

Kept apart from :class:`~onrecord.store.Store` because the migration that introduced the index
also fills it for articles stored before it, with the same rows the store writes."""

from __future__ import annotations

from sqlalchemy import Connection, and_, or_, select

from onrecord.ingest.fingerprint import Fingerprint, Thresholds
from onrecord.store import schema


def insert(connection: Connection, article_id: str, fingerprint: Fingerprint) -> None:
    """Index one article; the numbering follows the order of these calls."""
    seq = connection.execute(
        schema.minhashes.insert()
        .values(article=article_id, shingles=fingerprint.shingles, signature=fingerprint.packed())
        .returning(schema.minhashes.c.seq)
    ).scalar_one()
    connection.execute(
        schema.minhash_bands.insert(),
        [{"band": band, "value": value, "seq": seq} for band, value in fingerprint.bands()],
    )


def earliest_match(
    connection: Connection, fingerprint: Fingerprint, thresholds: Thresholds
) -> str | None:
    """The earliest indexed article sharing a band with ``fingerprint`` and matching it: every
    run links a duplicate to the same original, the first copy stored."""
    bands = schema.minhash_bands
    shares_a_band = or_(
        *(and_(bands.c.band == band, bands.c.value == value) for band, value in fingerprint.bands())
    )
    table = schema.minhashes
    query = (
        select(table.c.article, table.c.signature, table.c.shingles)
        .where(table.c.seq.in_(select(bands.c.seq).where(shares_a_band)))
        .order_by(table.c.seq)
    )
    for article_id, signature, shingles in connection.execute(query):
        if fingerprint.matches(Fingerprint.unpack(bytes(signature), shingles), thresholds):
            return str(article_id)
    return None
