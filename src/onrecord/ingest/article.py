"""One raw document to one stored-ready article: clean, fingerprint, date, name its outlet."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from onrecord.errors import EmptyInput
from onrecord.ids import article_id
from onrecord.ingest import published
from onrecord.ingest.boilerplate import word_count
from onrecord.ingest.clean import Cleaned, clean_by_rules, drop_recurring
from onrecord.ingest.document import Document, Kind, without_nul
from onrecord.ingest.fingerprint import Fingerprint, Thresholds, fingerprint
from onrecord.ingest.html import Page, extract
from onrecord.ingest.memory import IngestMemory
from onrecord.record import Article
from onrecord.settings import IngestSettings

TITLE_MAX_WORDS = 25


@dataclass(frozen=True)
class SourceMeta:
    """What the command line says about sources that say nothing themselves."""

    published: date | None = None
    outlet: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Ingested:
    """An article plus what the store keeps for later ingests: the hashes of all its blocks
    (the per-outlet recurring-block counter) and the fingerprint of its clean text as stored
    (near-duplicates: later lookups verify candidates against that stored text)."""

    article: Article
    blocks: tuple[str, ...]
    fingerprint: Fingerprint


def build(
    document: Document, meta: SourceMeta, settings: IngestSettings, memory: IngestMemory
) -> Ingested:
    """The article a document makes; ``EmptyInput`` when nothing of its body survives."""
    document = without_nul(document)
    fields = document.fields
    url = fields.url or meta.url
    page = extract(document.body, url) if document.kind is Kind.HTML else None
    outlet = fields.outlet or meta.outlet or (page and page.sitename) or _host(url)
    cleaned = clean_by_rules(page.text if page else document.body)
    if not cleaned.kept:
        raise EmptyInput("nothing but boilerplate in the text")
    ingested_text = cleaned.text
    summary = fingerprint(ingested_text)
    twin = memory.near_duplicate(summary, _thresholds(settings))
    cleaned = _without_recurring(cleaned, outlet, twin is not None, memory, settings)
    text = cleaned.text
    identifier = article_id(text)
    article = Article(
        id=identifier,
        clean_text=text,
        raw_text=cleaned.raw,
        offsets=cleaned.offsets,
        url=url,
        outlet=outlet,
        title=fields.title or (page and page.title) or _headline(cleaned),
        authors=fields.authors or (page.authors if page else ()),
        published=published.choose(_page_date(page), fields.published, meta.published, text),
        origin=document.origin,
        duplicate_of=twin if twin != identifier else None,
    )
    stored = summary if text == ingested_text else fingerprint(text)
    return Ingested(article, cleaned.hashes, stored)


def _thresholds(settings: IngestSettings) -> Thresholds:
    return Thresholds(settings.near_duplicate_jaccard, settings.near_duplicate_containment)


def _without_recurring(
    cleaned: Cleaned,
    outlet: str | None,
    has_twin: bool,
    memory: IngestMemory,
    settings: IngestSettings,
) -> Cleaned:
    """Drop the outlet's recurring blocks. A stored near-duplicate counted this very text once
    already; that sighting is discounted so re-ingesting an article gives the same id."""
    if not outlet:
        return cleaned
    seen = memory.block_sightings(outlet, cleaned.hashes)
    if has_twin:
        seen = _discount_one(seen)
    result = drop_recurring(cleaned, seen, settings.recurring_block_threshold)
    return result if result.kept else cleaned


def _discount_one(seen: Mapping[str, int]) -> dict[str, int]:
    return {block: count - 1 for block, count in seen.items()}


def _page_date(page: Page | None) -> date | None:
    return page.published if page else None


def _headline(cleaned: Cleaned) -> str | None:
    """A plain text's first block, when it reads like a headline rather than a paragraph."""
    first = cleaned.kept[0].text
    looks_like_headline = word_count(first) <= TITLE_MAX_WORDS and not first.endswith(".")
    return first if looks_like_headline else None


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None
