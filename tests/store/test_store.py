"""The store keeps every stage's output faithfully, once, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from onrecord import record as r
from onrecord.dates import FuzzyDate
from onrecord.ids import article_id, content_id
from onrecord.ingest.fingerprint import Thresholds, fingerprint
from onrecord.store import Store, queries
from onrecord.store.queries import ArticleFilter
from tests.strategies import articles, events, names, statements

FIXTURE_OK = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _article(text: str, outlet: str = "Northfield Wire") -> r.Article:
    return r.Article(
        article_id(text),
        text,
        text,
        r.OffsetMap.identity(len(text)),
        outlet=outlet,
        title=text[:20],
    )


@FIXTURE_OK
@given(data=st.data())
def test_every_record_type_round_trips_through_the_store(
    store_url: str, data: st.DataObject
) -> None:
    article = data.draw(articles())
    statement = data.draw(statements(article))
    event = data.draw(events(article))
    entity = r.Entity(
        content_id("ent", "x"),
        data.draw(names),
        data.draw(st.sampled_from(list(r.EntityKind))),
        ("a", "b"),
    )
    with Store.open(store_url) as store:
        # An earlier example may hold the same text or raw input: then it is not added again.
        assume(store.add_article(article))
        store.replace_extraction(article.id, [statement, event, entity])
        assert store.article(article.id) == article
        assert statement in list(store.all(r.Statement, article=article.id))
        assert event in list(store.all(r.Event, article=article.id))
        assert entity in list(store.all(r.Entity))


def test_re_adding_the_same_article_stores_it_once(store_url: str) -> None:
    article = _article("Sessions met the ambassador twice in 2016, officials said.")
    with Store.open(store_url) as store:
        assert store.add_article(article, ["b1"], fingerprint(article.clean_text)) is True
        assert store.add_article(article, ["b1"], fingerprint(article.clean_text)) is False
        assert store.count(r.Article) == 1
        assert store.block_sightings("Northfield Wire", ["b1"]) == {"b1": 1}


def test_re_extraction_replaces_an_articles_old_output(store_url: str) -> None:
    article = _article("Flynn spoke with the ambassador in December.")
    old = r.Event(
        content_id("evt", "old"),
        r.Relation.CALL,
        (r.Participant("ent_a", "A"),),
        (article.span(0, 5),),
    )
    new = r.Event(
        content_id("evt", "new"),
        r.Relation.CALL,
        (r.Participant("ent_a", "A"),),
        (article.span(0, 5),),
        when=FuzzyDate.month(2016, 12),
    )
    with Store.open(store_url) as store:
        store.add_article(article)
        store.replace_extraction(article.id, [old])
        store.replace_extraction(article.id, [new])
        assert list(store.all(r.Event)) == [new]


def test_a_curated_entity_is_never_overwritten_by_the_pipeline(store_url: str) -> None:
    curated = r.Entity("ent_k", "Sergey Kislyak", r.EntityKind.PERSON, ("Kislak",), curated=True)
    inferred = r.Entity("ent_k", "Kislyak", r.EntityKind.ORG)
    with Store.open(store_url) as store:
        store.put([curated])
        store.put([inferred])
        assert list(store.all(r.Entity)) == [curated]


def test_a_near_duplicate_is_the_earliest_stored_matching_article(store_url: str) -> None:
    story = " ".join(
        f"Aide {n} told the committee that meeting {n * 3} with envoy {n * 7} was arranged."
        for n in range(30)
    )
    first, second = _article(story), _article(story.replace("Aide 4 ", "An aide "))
    other = _article(
        " ".join(f"Lawmakers debated budget line {n} into the night." for n in range(30))
    )
    thresholds = Thresholds(jaccard=0.3, containment=0.6)
    with Store.open(store_url) as store:
        for article in (first, second, other):
            store.add_article(article, fingerprint=fingerprint(article.clean_text))
        trimmed = fingerprint(story[: len(story) * 2 // 3].replace("Aide 9 ", "One aide "))
        assert store.near_duplicate(trimmed, thresholds) == first.id
        assert store.near_duplicate(fingerprint(other.clean_text), thresholds) == other.id
        unrelated = fingerprint("The mayor opened a bridge across the river on Tuesday morning.")
        assert store.near_duplicate(unrelated, thresholds) is None


def _found(store: Store, words: str) -> list[str]:
    return [row.article.id for row in queries.search(store, words, ArticleFilter(), 0, 10).rows]


def test_full_text_search_finds_words_and_treats_input_as_words(store_url: str) -> None:
    hit = _article("The ambassador greeted the candidate at a reception in April.")
    miss = _article("Lawmakers debated the budget late into the night.")
    with Store.open(store_url) as store:
        store.add_article(hit)
        store.add_article(miss)
        assert _found(store, "ambassador reception") == [hit.id]
        assert _found(store, "'; DROP TABLE articles; --") == []
        assert _found(store, 'ambassador" OR "budget') == []
        assert store.count(r.Article) == 2


def test_user_decisions_are_kept_apart_and_survive_re_extraction(store_url: str) -> None:
    article = _article("Kislyak and Kislak are the same man.")
    with Store.open(store_url) as store:
        store.add_article(article)
        store.decide("merge", "ent_kislak", "ent_kislyak", note="spelling variant")
        store.replace_extraction(article.id, [])
        assert [d["object"] for d in store.decisions("merge")] == ["ent_kislyak"]


def test_opening_a_store_twice_applies_migrations_once(store_url: str) -> None:
    Store.open(store_url).close()
    with Store.open(store_url) as store:
        assert store.count(r.Article) == 0


def test_the_same_raw_input_is_stored_once_even_if_it_would_clean_differently(
    store_url: str,
) -> None:
    """Cleaning depends on what else an outlet has published (recurring blurbs), so a re-added
    input may clean to other text; it is still the input already stored."""
    raw = "Body sentence about the meeting.\n\nSupport our newsroom today."
    first = r.Article(article_id(raw), raw, raw, r.OffsetMap.identity(len(raw)))
    cleaned = "Body sentence about the meeting."
    later = r.Article(article_id(cleaned), cleaned, raw, r.OffsetMap.identity(len(cleaned)))
    with Store.open(store_url) as store:
        assert store.add_article(first) is True
        assert store.add_article(later) is False
        assert store.count(r.Article) == 1


def test_records_come_grouped_by_their_article_so_citation_lookups_stay_cached(
    store_url: str,
) -> None:
    first, second = _article("First story text here."), _article("Second story text here.")
    events = {
        article.id: [r.Event(content_id("evt", article.id, n), r.Relation.MEET,
                             (r.Participant("ent_a", "A"),), (article.span(0, 5),))
                     for n in range(10)]
        for article in (first, second)
    }  # fmt: skip
    with Store.open(store_url) as store:
        for article in (first, second):
            store.add_article(article)
            store.replace_extraction(article.id, events[article.id])
        owners = [e.evidence[0].article for e in store.all(r.Event)]
        assert owners == sorted(owners)
        assert store.clean_text(first.id) == first.clean_text
        assert store.clean_text("art_missing") is None


def test_restored_decisions_keep_their_ids_and_times_and_new_ones_number_after_them(
    store_url: str,
) -> None:
    made = datetime(2017, 3, 2, 9, 30)
    with Store.open(store_url) as store:
        store.restore_decisions(
            [{"id": 7, "kind": "reject", "subject": "ent_host", "note": "x", "made_at": made}]
        )
        store.decide("rename", "ent_a", value="Anton Belov")
        first, second = store.decisions()
    assert (first["id"], first["kind"], first["made_at"].replace(tzinfo=None)) == (
        7,
        "reject",
        made,
    )
    assert second["id"] > 7 and second["value"] == "Anton Belov"


def test_the_record_version_changes_when_another_process_adds_to_the_record(
    store_url: str,
) -> None:
    text = "Anna Kalo met the envoy in Vienna on May 3, 2016, officials said."
    with Store.open(store_url) as server, Store.open(store_url) as writer:
        before = queries.record_version(server)
        assert queries.record_version(server) == before  # read again from the memo
        writer.add_article(_article(text))
        after = queries.record_version(server)
        assert after != before and queries.record_version(server) == after


def test_the_record_version_changes_when_resolve_rewrites_a_row_in_place(store_url: str) -> None:
    """A casebook edit can point a name at another person without changing how many rows
    resolve writes; the stored views keyed on the version must still be rebuilt."""
    link = r.EntityLink("lnk_kislyak", "ent_kislyak", "", "ent_sergey_kislyak", "casebook alias")
    with Store.open(store_url) as store:
        store.replace_stage("resolve", [link])
        before = queries.record_version(store)
        store.replace_stage("resolve", [replace(link, canonical="ent_other_kislyak")])
        after = queries.record_version(store)
        store.replace_stage("resolve", [replace(link, canonical="ent_other_kislyak")])
        assert before != after == queries.record_version(store)
