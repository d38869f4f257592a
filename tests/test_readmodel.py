"""The read model: the canonical-entity rule the exports read in Python and the web app's
paged queries read in SQL are one rule — merges, per-article links and rejections alike."""

from __future__ import annotations

from datetime import date

from onrecord.readmodel import REJECTED, Canon, canonical_entities
from onrecord.record import EntityLink, Stance, Statement, StatementKind
from onrecord.store import Store, queries
from tests.check.builders import entity, published_article

TEXT = "Trump said no. Donald Trump said yes. Host said maybe. Kislyak said nothing."


ARTICLE = published_article(TEXT, url="u", outlet="o", title="t", on=date(2017, 3, 2))


def _statement(number: int, speaker: str, words: str) -> Statement:
    start = TEXT.index(words)
    evidence = ARTICLE.span(start, start + len(words))
    kind = StatementKind.INDIRECT
    return Statement(
        f"stm_{number}", ARTICLE.id, speaker, words, words, kind, "said", Stance.OTHER, evidence
    )


def test_the_sql_and_the_python_canonical_entity_agree(store_url: str) -> None:
    article = ARTICLE
    donald, bare, host, kislyak = (
        entity(n) for n in ("Donald Trump", "Trump", "Host", "Sergey Kislyak")
    )
    variant = entity("Sergei Kislyak")
    links = [
        EntityLink("l1", variant.id, "", kislyak.id, "person_name"),
        EntityLink("l2", bare.id, article.id, donald.id, "bare_surname"),
        EntityLink("l3", host.id, "", host.id, REJECTED),
    ]
    statements = [
        _statement(1, bare.id, "Trump said no"),
        _statement(2, donald.id, "Donald Trump said yes"),
        _statement(3, host.id, "Host said maybe"),
        _statement(4, variant.id, "Kislyak said nothing"),
    ]
    with Store.open(store_url) as store:
        store.add_article(article)
        store.replace_extraction(article.id, [donald, bare, host, kislyak, variant, *statements])
        store.put(links)
        canon = Canon(store)
        python = {e.id for e in canonical_entities(store, canon)}
        sql = {row.entity.id for row in queries.people(store, None, ["person"], 0, 50).rows}
        assert python == sql == {donald.id, bare.id, kislyak.id}
        for person in (donald.id, kislyak.id, host.id):
            said = queries.statements_of(store, person, 0, 50).rows
            assert {s.id for s in said} == {
                s.id for s in statements if canon(s.speaker or "", s.article) == person
            }
        assert [queries.canonical_of(store, e.id) for e in (variant, host)] == [kislyak.id, host.id]
