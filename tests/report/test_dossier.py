"""The dossier's content and order, in both formats, from a small hand-written record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

import pytest

from onrecord.dates import FuzzyDate
from onrecord.ids import article_id
from onrecord.readmodel import REJECTED
from onrecord.record import (
    Article,
    Contradiction,
    DateSource,
    Entity,
    EntityLink,
    Published,
    Statement,
    Timing,
)
from onrecord.report import build_dossier, render_html, render_markdown
from onrecord.store import Store
from tests.report.conftest import DENIAL, DISMISSAL, FIRST, HOSTILE, MEETING, cited


def test_contradictions_come_first_and_the_timeline_after_them(store: Store) -> None:
    dossier = build_dossier(store, "Case")
    markdown = render_markdown(dossier)
    html = render_html(dossier)
    for text, marker in ((markdown, "## "), (html, "<h2 ")):
        headings = [line for line in text.splitlines() if line.startswith(marker)]
        order = [
            h
            for name in (
                "Contradictions",
                "For review",
                "Evasions",
                "Shifting",
                "Cast",
                "Timeline",
                "Statements by person",
                "Sources",
            )
            for h in headings
            if name in h
        ]
        assert order == headings  # fmt: skip
    assert markdown.index("## Contradictions") < markdown.index("## Timeline of contacts")


def test_the_report_lists_items_for_review_apart_each_with_its_reason(store: Store) -> None:
    dossier = build_dossier(store)
    assert len(dossier.contradictions) == 1
    [held] = dossier.review
    assert [(r.code, r.text) for r in held.reasons] == [
        ("weak_evidence", "the contact is only alleged or hedged")
    ]
    for text in (render_markdown(dossier), render_html(dossier)):
        contradictions = text[: text.index("For review (1)")]
        review = text[text.index("For review (1)") : text.index("Evasions (")]
        assert "weak evidence" not in contradictions
        assert "Not a contradiction because:" in review and "weak evidence:" in review
        assert "only alleged or hedged" in review
    assert "1 contradictions, 1 for review" in render_markdown(dossier)


def test_a_contradiction_shows_statement_contact_timing_and_sources(store: Store) -> None:
    dossier = build_dossier(store)
    [item] = dossier.contradictions
    assert item.statement.speaker == "Donald Trump"
    assert item.statement.venue == "press conference"
    [contact] = item.events
    assert contact.participants == ("Donald Trump", "Sergey Kislyak")
    assert contact.first_reporter == "The Wall Street Journal"
    assert contact.independent_sources == 1
    markdown = render_markdown(dossier)
    section = markdown[: markdown.index("## For review")]
    assert "the record already showed this when it was said" in section
    assert "first reported by The Wall Street Journal on 2016-05-13" in section
    assert "[^1]" in section and "[^2]" in section  # the denial and the meeting's report


def test_every_cited_sentence_is_quoted_with_its_offsets(store: Store) -> None:
    dossier = build_dossier(store)
    html, markdown = render_html(dossier), render_markdown(dossier)
    cited_spans = {(c.span.article, c.span.start, c.span.end) for s in dossier.sources
                   for c in s.citations}  # fmt: skip
    for article, sentence in ((FIRST, MEETING), (HOSTILE, DENIAL), (HOSTILE, DISMISSAL)):
        assert (article.id, *cited(article, sentence)) in cited_spans
    for source in dossier.sources:
        for citation in source.citations:
            start, end = citation.span.start, citation.span.end
            assert f"characters {start}–{end}" in html
            assert f"[^{citation.number}]: " in markdown
            assert escape(citation.span.text).replace("=", "&#61;") in html
            assert f'id="cite-{citation.number}"' in html
            assert f'href="#cite-{citation.number}"' in html


def test_the_appendix_names_each_cited_article(store: Store) -> None:
    html = render_html(build_dossier(store))
    assert "The Wall Street Journal, 2016-05-13" in html
    assert 'href="https://news.example/meeting?a&#61;1&amp;b&#61;2"' in html
    assert "javascript:alert(1)" in html  # shown, as text


def test_evasions_list_the_contacts_they_sidestep(store: Store) -> None:
    [evasion] = build_dossier(store).evasions
    assert evasion.statement.stance.value == "dismiss"
    assert [c.place for c in evasion.events] == ["Mayflower Hotel"]


def test_shifting_accounts_and_cast(store: Store) -> None:
    dossier = build_dossier(store)
    [account] = dossier.accounts
    assert account.speaker == "Donald Trump"
    assert [s.change for s in account.steps] == ["first"]
    kislyak = next(m for m in dossier.cast if m.name == "Sergey Kislyak")
    assert [(r.title, r.org) for r in kislyak.roles] == [("ambassador", "Russia")]
    assert kislyak.contacts == 1


def test_the_same_store_gives_the_same_bytes(store: Store) -> None:
    first, second = build_dossier(store), build_dossier(store)
    assert render_html(first) == render_html(second)
    assert render_markdown(first) == render_markdown(second)


def test_the_same_denial_quoted_by_two_articles_is_one_entry_timed_by_its_first_telling(
    store: Store,
) -> None:
    later_text = '"No contact," Trump said again, a month after the press conference.'
    later = Article(
        id=article_id(later_text), clean_text=later_text, raw_text=later_text,
        outlet="Northfield Wire", published=Published(FuzzyDate.day(date(2017, 3, 20)),
                                                      DateSource.METADATA),
    )  # fmt: skip
    first = next(s for s in store.all(Statement) if s.id == "stm_denial")
    retold = replace(first, id="stm_retold", article=later.id, said_on=None,
                     evidence=later.span(0, len(later_text)))  # fmt: skip
    store.add_article(later)
    store.replace_extraction(later.id, [retold])
    store.put([Contradiction("con_2", "stm_retold", "deny_vs_event.v1", Timing.LATER, 0.95,
                             "a retelling", against_events=("evt_meeting",))])  # fmt: skip

    dossier = build_dossier(store)

    (entry,) = dossier.contradictions
    assert entry.timing is Timing.RECORD_PREDATES  # the first telling, dated 2017-02-16
    assert len(entry.statement.cites) == 2  # both articles that quote the words
    assert entry.confidence == 0.95


def test_a_denial_is_already_contradicted_when_any_contact_held_against_it_was_public(
    store: Store,
) -> None:
    """The same telling is also held against a contact that surfaced later; the entry still
    says the record already showed it, because one contact was public when it was said."""
    surfaced_later = Contradiction(
        "con_0", "stm_denial", "deny_vs_event.v1", Timing.LATER, 0.9,
        "a contact that surfaced later", against_events=("evt_meeting",),
    )  # fmt: skip
    store.put([surfaced_later])

    (entry,) = build_dossier(store).contradictions

    assert entry.timing is Timing.RECORD_PREDATES


@pytest.mark.parametrize("weaker_id", ["con_0", "con_9"])
def test_a_claim_is_explained_by_its_strongest_contact_whichever_was_found_first(
    store: Store, weaker_id: str
) -> None:
    """The same telling is held against a contact told only by a source the article credits
    (weaker) and one a participant admitted: the entry cites the admission, as its confidence
    says, whichever of the two the store lists first."""
    credited = Contradiction(
        weaker_id, "stm_denial", "deny_vs_event.v1", Timing.RECORD_PREDATES, 0.4,
        "a contact told by a source the article credits", against_events=("evt_meeting",),
    )  # fmt: skip
    store.put([credited])

    (entry,) = build_dossier(store).contradictions

    assert entry.confidence == 0.9
    assert entry.explanation.startswith("Trump denied contact; the WSJ reported")


def test_an_entity_the_user_rejected_is_not_in_the_cast(store: Store) -> None:
    kislyak = next(m for m in build_dossier(store).cast if m.name == "Sergey Kislyak")
    [entity] = [e for e in store.all(Entity) if e.name == kislyak.name]
    store.put([EntityLink("elink_reject", entity.id, "", entity.id, REJECTED)])
    assert "Sergey Kislyak" not in {m.name for m in build_dossier(store).cast}
