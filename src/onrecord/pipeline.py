"""The jobs the front ends run, as plain library functions: the CLI and the web app both call
these and only format what they return."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from onrecord.batching import batches
from onrecord.case import Case
from onrecord.check import AccountStep, Evasion, check
from onrecord.check.suggestions import Suggestions, suggest, write_suggestions
from onrecord.engines.local import extract_in_parallel
from onrecord.errors import InputError, UsageError
from onrecord.extract import VERSION, Extraction
from onrecord.extract.prefilter import Prefilter
from onrecord.ingest import Ingested, Skipped, SourceMeta, ingest
from onrecord.readmodel import CHECK_STAGE, RESOLVE_STAGE
from onrecord.record import Article, Contradiction, Entity, Role, Statement
from onrecord.resolve import ArticleFacts, ResolveInput, load_rules, resolve
from onrecord.store import Store

Progress = Callable[[str], None]
OnFailure = Callable[[InputError], None]


@dataclass
class AddResult:
    """What one ``add`` did: new articles, ones already stored, and the inputs that failed."""

    added: list[str] = field(default_factory=list)
    already_stored: list[str] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # files in folders add does not read
    extracted: int = 0  # articles (re-)extracted after ingest
    records: int = 0  # records the extraction stored
    unextracted: int = 0  # stored articles the current extractors broke on (this run or before)
    passed_over: int = 0  # pending articles the prefilter found nothing to parse in

    @property
    def candidates(self) -> str:
        """ "1,840 of 10,000 articles had candidates": how much the prefilter saved."""
        read = self.extracted + self.passed_over
        return f"{self.extracted:,} of {read:,} articles had candidates"


def _store_one(store: Store, item: Ingested, result: AddResult) -> None:
    if store.add_article(item.article, item.blocks, item.fingerprint):
        result.added.append(item.article.id)
    else:
        result.already_stored.append(item.article.id)


def add_sources(
    case: Case,
    sources: Sequence[str],
    meta: SourceMeta,
    progress: Progress | None = None,
    on_failure: OnFailure | None = None,
) -> AddResult:
    """Ingest ``sources`` into the case, one article per transaction, streaming.

    Each article is committed before the next is read, so a crash loses at most the article in
    flight and a re-run skips everything already stored (ids are content hashes). Each failed
    input goes to ``on_failure`` as it happens, so a long run shows its failures at once."""
    result = AddResult()
    with case.store() as store:
        items = ingest(sources, meta, case.settings.ingest, store, result.skipped.append)
        for item in items:
            if isinstance(item, InputError):
                result.failed.append(item)
                if on_failure:
                    on_failure(item)
            else:
                _store_one(store, item, result)
            if progress:
                progress(item.source if isinstance(item, InputError) else item.article.origin)

        def extraction_failed(failure: InputError) -> None:
            result.failed.append(failure)
            if on_failure:
                on_failure(failure)

        done = extract_pending(case, store, progress, extraction_failed)
        result.extracted, result.records, result.passed_over = done
        result.unextracted = len(store.extraction_failures(VERSION))
    return result


ENGINES = ("local", "ray")


def _prefilter(case: Case) -> Prefilter | None:
    """The article prefilter for the case's casebook, or None when the setting turns it off."""
    return Prefilter.of(case.casebook()) if case.settings.extract.prefilter else None


def _candidates(
    articles: Iterable[Article], prefilter: Prefilter | None, passed_over: list[str]
) -> Iterator[Article]:
    """The articles worth parsing; the ids of the others go to ``passed_over``."""
    for article in articles:
        if prefilter is None or prefilter.has_candidates(article.clean_text):
            yield article
        else:
            passed_over.append(article.id)


def _pending_extractions(case: Case, articles: Iterator[Article]) -> Iterator[Extraction]:
    """The articles' extractions from the configured engine. Ray is imported only when asked
    for: importing it takes seconds."""
    settings = case.settings.extract
    periods = case.casebook().periods
    if settings.engine == "local":
        return extract_in_parallel(articles, settings, periods)
    if settings.engine == "ray":
        from onrecord.engines.ray import extract_on_ray

        ids = [article.id for article in articles]
        return extract_on_ray(case.db_url, ids, settings, periods)
    raise UsageError(f"unknown extract engine {settings.engine!r}: use one of {ENGINES}")


def extract_pending(
    case: Case,
    store: Store,
    progress: Progress | None = None,
    on_failure: OnFailure | None = None,
) -> tuple[int, int, int]:
    """Extract every stored article the current extractors have not seen; returns (articles,
    records, articles passed over by the prefilter). Outputs are swapped in with their version
    marks a batch per transaction, so an interrupted run resumes where it stopped and loading
    costs one commit per batch. A passed-over article is marked as such with no records; it
    is tested again when the casebook's names change.

    An article the extractors break on stays stored, marked failed for this version (so the
    next ``add`` does not retry it; a newer extractor version does) and goes to ``on_failure``
    as it happens; the others are extracted as usual."""
    prefilter = _prefilter(case)
    skip_mark = f"{VERSION}|{prefilter.mark}" if prefilter else VERSION
    passed_over: list[str] = []
    pending = _candidates(store.pending_extraction(VERSION, skip_mark), prefilter, passed_over)
    articles = records = skipped = 0
    batch_size = case.settings.extract.batch_size
    for chunk in batches(_pending_extractions(case, pending), batch_size):
        failures = {e.article: f"[{e.failure.code}] {e.failure.reason}" for e in chunk if e.failure}
        store.replace_extractions(((e.article, e.records) for e in chunk), VERSION, failures)
        skipped += _mark_passed_over(store, passed_over, skip_mark)
        for extraction in chunk:
            if extraction.failure is not None:
                if on_failure:
                    on_failure(extraction.failure)
                continue
            articles += 1
            records += len(extraction.records)
            if progress:
                progress(f"extracted {extraction.article}")
    skipped += _mark_passed_over(store, passed_over, skip_mark)
    return articles, records, skipped


def _mark_passed_over(store: Store, passed_over: list[str], mark: str) -> int:
    """Store the passed-over articles' (empty) extraction under ``mark``; empties the list."""
    count = len(passed_over)
    if count:
        store.replace_extractions(((article, ()) for article in passed_over), mark)
        passed_over.clear()
    return count


@dataclass
class CheckResult:
    """What one ``check`` found and how much of the stored record it had to rewrite."""

    contradictions: tuple[Contradiction, ...] = ()  # the contradictions list
    evasions: tuple[Evasion, ...] = ()
    steps: tuple[AccountStep, ...] = ()
    review: tuple[Contradiction, ...] = ()  # findings for review, each with its reason
    events: int = 0  # resolved events
    merged_entities: int = 0  # entities resolved into another
    memberships: int = 0
    written: int = 0  # rows written or deleted (0 when nothing changed since the last run)
    suggestions: Suggestions = field(default_factory=Suggestions)


def resolve_input(store: Store) -> tuple[ResolveInput, dict[str, ArticleFacts]]:
    """The stored extraction output that resolution reads, and the articles' facts."""
    articles = {facts.id: facts for facts in store.article_facts()}
    inputs = ResolveInput(
        entities=tuple(store.all(Entity)),
        prominence=store.mention_counts(),
        roles=tuple(store.all(Role)),
        events=tuple(store.extracted_events()),
        reports=tuple(store.extracted_reports()),
        articles=articles,
    )
    return inputs, articles


def run_check(case: Case, progress: Progress | None = None) -> CheckResult:
    """Resolve across articles and check every statement, from the stored extraction output
    alone (no article is re-parsed). The casebook and the user's merge/split decisions are read
    fresh each run, so they always win; output rows are rewritten only where they changed, and
    the same input always gives the same ids and rows."""
    with case.store() as store:
        rules = load_rules(case.casebook_path).with_decisions(store.decisions())
        inputs, articles = resolve_input(store)
        resolution = resolve(inputs, rules)
        statements = tuple(store.all(Statement))
        output = check(statements, resolution, articles)
        written = store.replace_stage(RESOLVE_STAGE, resolution.records())
        written += store.replace_stage(CHECK_STAGE, output.records())
    if progress:
        progress(f"resolved {len(resolution.events)} events; {written} rows changed")
    suggestions = suggest(resolution, statements)
    write_suggestions(case.casebook_path, suggestions)
    return CheckResult(
        contradictions=output.contradictions,
        evasions=output.evasions,
        steps=output.steps,
        review=output.review,
        events=len(resolution.events),
        merged_entities=len(resolution.entity_links),
        memberships=len(resolution.memberships),
        written=written,
        suggestions=suggestions,
    )
