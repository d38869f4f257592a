"""Resolution across articles on hand-built records (no model)."""

from __future__ import annotations

import pytest

from onrecord.dates import FuzzyDate
from onrecord.errors import CasebookError
from onrecord.record import EntityKind, Relation
from onrecord.resolve import CaseRules, rules_from_text
from tests.check.builders import Corpus, day, entity

BELOV = entity("Anton Belov")
FLYNN = entity("Michael Flynn")
BELOV_VARIANT = entity("Antonn Beloff")  # two edits: too far for a short surname
KISLYAK = entity("Sergey Kislyak")
KISLIAK = entity("Sergei Kisliak")
BARE_KISLYAK = entity("Kislyak")
DONALD = entity("Donald Trump")
JUNIOR = entity("Donald Trump Jr.")
IVANKA = entity("Ivanka Trump")
BARE_TRUMP = entity("Trump")


def test_spelling_and_transliteration_variants_are_one_person() -> None:
    corpus = Corpus()
    corpus.article("a1", "2017-03-02")
    corpus.article("a2", "2017-03-03")
    corpus.event("a1", [KISLYAK, BELOV], day("2016-04-27"))
    corpus.event("a2", [KISLIAK, BELOV], day("2016-04-27"))
    entities = corpus.resolve().entities
    assert entities.canonical(KISLIAK.id) == entities.canonical(KISLYAK.id)
    assert entities.canonical(BELOV_VARIANT.id) == BELOV_VARIANT.id


def test_a_surname_with_and_without_its_arabic_article_is_one_person() -> None:
    assad, bare = entity("Bashar al-Assad"), entity("Assad")
    corpus = Corpus()
    corpus.article("a1", "2016-09-30")
    corpus.article("a2", "2016-10-01")
    corpus.event("a1", [assad, KISLYAK], day("2016-09-20"))
    corpus.event("a2", [bare, KISLYAK], None)
    entities = corpus.resolve().entities
    assert entities.canonical(bare.id, "a2") == entities.canonical(assad.id)


def test_people_sharing_a_surname_are_not_merged() -> None:
    corpus = Corpus()
    corpus.article("a1", "2017-07-10")
    corpus.event("a1", [DONALD, KISLYAK], day("2016-04-27"))
    corpus.event("a1", [JUNIOR, BELOV], day("2016-06-09"))
    corpus.event("a1", [IVANKA, BELOV], day("2016-06-10"))
    entities = corpus.resolve().entities
    assert len({entities.canonical(p.id) for p in (DONALD, JUNIOR, IVANKA)}) == 3


def test_a_bare_surname_goes_to_the_most_prominent_namesake_in_its_article() -> None:
    corpus = Corpus()
    corpus.article("a1", "2017-07-10")
    corpus.article("a2", "2017-07-11")
    corpus.event("a1", [JUNIOR, BELOV], day("2016-06-09"))
    corpus.event("a1", [JUNIOR, KISLYAK], day("2016-06-10"))
    corpus.event("a1", [DONALD, KISLYAK], day("2016-04-27"))
    corpus.event("a1", [BARE_TRUMP, BELOV], day("2016-06-09"))
    corpus.event("a2", [DONALD, BELOV], day("2016-04-27"))
    corpus.event("a2", [BARE_TRUMP, KISLYAK], None)
    entities = corpus.resolve().entities
    assert entities.canonical(BARE_TRUMP.id, "a1") == entities.canonical(JUNIOR.id)
    assert entities.canonical(BARE_TRUMP.id, "a2") == entities.canonical(DONALD.id)


def test_a_bare_surname_alone_in_its_article_is_the_namesake_without_a_suffix() -> None:
    corpus = Corpus()
    for article in ("a1", "a2", "a3"):
        corpus.article(article, "2017-07-10")
    corpus.event("a1", [DONALD, KISLYAK], day("2016-04-27"))
    corpus.event("a2", [JUNIOR, BELOV], day("2016-06-09"))
    corpus.event("a3", [BARE_TRUMP, KISLYAK], None)
    entities = corpus.resolve().entities
    assert entities.canonical(BARE_TRUMP.id, "a3") == entities.canonical(DONALD.id)


def test_casebook_aliases_user_merges_and_splits_win() -> None:
    corpus = Corpus()
    corpus.article("a1", "2017-03-02")
    corpus.event("a1", [BARE_KISLYAK, BELOV], day("2016-04-27"))
    corpus.event("a1", [BELOV_VARIANT, DONALD], day("2016-05-01"))
    corpus.event("a1", [KISLYAK, DONALD], day("2016-05-02"))
    rules = rules_from_text(
        """
aliases:
  Sergey Kislyak: [Kislyak]
merges:
  - [Anton Belov, Antonn Beloff]
splits:
  - {name: Sergey Kislyak, not_same_as: Sergei Kisliak}
"""
    )
    corpus.event("a1", [KISLIAK, DONALD], day("2016-05-03"))
    entities = corpus.resolve(rules).entities
    assert entities.canonical(BARE_KISLYAK.id) == entities.canonical(KISLYAK.id)
    assert entities.canonical(BELOV_VARIANT.id) == entities.canonical(BELOV.id)
    assert entities.canonical(KISLIAK.id) != entities.canonical(KISLYAK.id)


def test_a_user_merge_shows_the_person_kept_though_another_name_is_mentioned_more() -> None:
    corpus = Corpus()
    corpus.article("a1", "2017-03-02")
    corpus.event("a1", [BARE_TRUMP, KISLYAK], day("2016-04-27"))
    corpus.event("a1", [BARE_TRUMP, BELOV], day("2016-04-28"))
    corpus.event("a1", [DONALD, BELOV], day("2016-04-29"))
    rules = rules_from_text("merges:\n  - [Donald Trump, Trump]\n")
    entities = corpus.resolve(rules).entities
    kept = entities.canonical(BARE_TRUMP.id)
    assert entities.canonical(DONALD.id) == kept
    assert entities.entities[kept].name == "Donald Trump"


def _decided(*rows: tuple[str, str, str | None]) -> CaseRules:
    """Rules holding the user's decisions, in order: (kind, subject, value)."""
    return CaseRules().with_decisions(
        [{"kind": kind, "subject": subject, "value": value} for kind, subject, value in rows]
    )


def test_a_rejected_name_is_nobody_even_where_a_bare_surname_would_join_a_namesake() -> None:
    corpus = Corpus()
    corpus.article("a1", "2017-03-02")
    corpus.event("a1", [DONALD, KISLYAK], day("2016-04-27"))
    corpus.event("a1", [BARE_TRUMP, BELOV], day("2016-04-28"))
    entities = corpus.resolve(_decided(("reject", BARE_TRUMP.id, None))).entities
    assert entities.canonical(BARE_TRUMP.id, "a1") == BARE_TRUMP.id
    assert [(link.entity, link.rule) for link in entities.links()] == [
        (BARE_TRUMP.id, "user_reject")
    ]
    assert entities.lookup("Trump") is None


def test_a_rename_heads_the_person_and_a_later_rename_or_merge_takes_a_rejection_back() -> None:
    corpus = Corpus()
    corpus.article("a1", "2017-03-02")
    corpus.event("a1", [KISLYAK, BELOV], day("2016-04-27"))
    corpus.event("a1", [KISLIAK, DONALD], day("2016-05-01"))
    rules = _decided(("reject", BELOV.id, None), ("rename", BELOV.id, "Anton P. Belov"))
    entities = corpus.resolve(rules).entities
    head = entities.entities[entities.canonical(BELOV.id)]
    assert (head.name, head.curated, head.aliases) == ("Anton P. Belov", True, ("Anton Belov",))
    assert entities.canonical(KISLIAK.id) == entities.canonical(KISLYAK.id)


def test_one_contact_in_many_articles_is_one_event_with_every_report() -> None:
    corpus = Corpus()
    corpus.article("a1", "2016-05-14", outlet="Wire")
    corpus.article("a2", "2016-05-14", outlet="Tribune", duplicate_of="a1")  # syndicated copy
    corpus.article("a3", "2017-03-02", outlet="Ledger")
    corpus.event(
        "a1",
        [DONALD, KISLYAK],
        day("2016-04-27"),
        credited_to="the Journal",
        reported=day("2016-05-13"),
    )
    corpus.event("a2", [DONALD, KISLIAK], day("2016-04-27"))
    corpus.event("a3", [KISLYAK, DONALD], day("2016-04-26"))  # a source a day off
    corpus.event("a3", [DONALD, KISLYAK], None)
    [event] = corpus.resolve().events
    assert len(event.reports) == 4
    assert event.first_reported == day("2016-05-13")
    assert event.independent_sources == 3  # the Journal, Wire (and its copy), Ledger
    assert [d.iso() for d in event.dates] == ["2016-04-26", "2016-04-27"]
    assert event.dates_conflict


def test_a_month_precise_report_makes_the_contact_first_reported_in_that_month() -> None:
    corpus = Corpus()
    corpus.article("a1", "2017-04-02", outlet="Wire")
    corpus.article("a2", "2017-04-20", outlet="Ledger")
    march = FuzzyDate.month(2017, 3)
    corpus.event("a1", [DONALD, KISLYAK], day("2016-04-27"), credited_to="a memo", reported=march)
    corpus.event("a2", [DONALD, KISLYAK], day("2016-04-27"))
    [event] = corpus.resolve().events
    assert event.first_reported == march  # not the 1st of March
    assert event.independent_sources == 2


def test_distinct_meetings_stay_apart_and_an_undated_report_joins_neither() -> None:
    corpus = Corpus()
    corpus.article("a1", "2017-03-02")
    corpus.event("a1", [BELOV, KISLYAK], day("2016-07-18"))
    corpus.event("a1", [BELOV, KISLYAK], day("2016-09-08"))
    corpus.event("a1", [BELOV, KISLYAK], None, kind=Relation.CONTACT)
    assert len(corpus.resolve().events) == 3


def test_two_calls_one_article_tells_two_days_apart_stay_two_calls() -> None:
    corpus = Corpus()
    corpus.article("a1", "2017-02-10")
    corpus.event("a1", [FLYNN, KISLYAK], day("2016-12-29"), kind=Relation.CALL, text="First call.")
    corpus.event("a1", [KISLYAK, FLYNN], day("2016-12-31"), kind=Relation.CALL, text="Next call.")
    assert len(corpus.resolve().events) == 2


def test_reports_each_naming_someone_the_other_does_not_share_a_pair_not_an_occasion() -> None:
    corpus = Corpus()
    corpus.article("a1", "2016-01-20")
    corpus.article("a2", "2016-01-21")
    corpus.event("a1", [DONALD, KISLYAK, FLYNN], day("2016-01-17"), text="A debate of three.")
    corpus.event("a2", [DONALD, KISLYAK, BELOV], day("2016-01-17"), text="A dinner of three.")
    corpus.event("a2", [KISLYAK, DONALD], day("2016-01-17"), text="The two men spoke.")
    events = corpus.resolve().events
    assert sorted(len(e.event.participants) for e in events) == [3, 3]


def test_an_undated_report_elsewhere_does_not_take_a_meeting_date_it_does_not_give() -> None:
    corpus = Corpus()
    corpus.article("a1", "2016-05-14")
    corpus.article("a2", "2016-09-02")
    corpus.event("a1", [DONALD, KISLYAK], day("2016-04-27"))
    corpus.event("a2", [KISLYAK, DONALD], None, text="Kislyak and Donald spoke at length.")
    events = corpus.resolve().events
    dates = sorted(str(e.event.when.iso()) if e.event.when else "none" for e in events)
    assert dates == ["2016-04-27", "none"]


def test_an_undated_report_joins_a_dated_contact_its_article_tells_or_whose_place_it_has() -> None:
    corpus = Corpus()
    corpus.article("a1", "2016-05-14")
    corpus.article("a2", "2016-09-02")
    corpus.event("a1", [DONALD, KISLYAK], day("2016-04-27"), place="Mayflower Hotel")
    corpus.event("a1", [KISLYAK, DONALD], None, text="The two men discussed sanctions.")
    corpus.event("a2", [DONALD, KISLYAK], None, text="They shook hands.", place="Mayflower Hotel")
    [event] = corpus.resolve().events
    assert len(event.reports) == 3
    assert event.event.when == day("2016-04-27")


def test_a_reception_and_the_hotel_it_was_held_in_are_one_place_two_venues_are_not() -> None:
    corpus = Corpus()
    corpus.article("a1", "2017-03-02")
    corpus.article("a2", "2017-03-03")
    corpus.event("a1", [DONALD, KISLYAK], day("2016-04-27"), place="Mayflower Hotel")
    corpus.event("a2", [DONALD, KISLYAK], day("2016-04-27"), place="reception in Washington")
    corpus.event("a2", [KISLYAK, DONALD], day("2016-04-27"), place="reception")
    [event] = corpus.resolve().events
    assert len(event.reports) == 3
    apart = Corpus()
    apart.article("a1", "2017-03-02")
    apart.event("a1", [DONALD, KISLYAK], day("2016-12-01"), place="Trump Tower")
    apart.event("a1", [DONALD, KISLYAK], day("2016-12-01"), place="Oval Office")
    assert len(apart.resolve().events) == 2


def test_a_name_two_casebook_entries_claim_is_refused_naming_both() -> None:
    text = (
        "groups:\n"
        "  Norwegian officials: {kind: group, aliases: [the Norwegians, Oslo]}\n"
        "  Norwegian nationals: {kind: group, aliases: [Norwegians]}\n"
    )
    with pytest.raises(CasebookError, match=r"Norwegian nationals.*Norwegian officials"):
        rules_from_text(text)


def test_variants_of_one_entry_may_fold_to_the_same_name() -> None:
    rules = rules_from_text("aliases:\n  Ivan Petrov: [Petrov, petrov, the Petrov]\n")
    assert rules.canonical("PETROV") == "Ivan Petrov"


@pytest.mark.parametrize(
    "named", ["Freedonian government officials", "senior Freedonian officials"]
)
def test_a_group_named_with_a_word_of_rank_is_the_casebook_group(named: str) -> None:
    # "Russian government officials" was a group of its own, with no members: a denial of
    # contact with them could meet no contact with the casebook's Russian officials
    group = entity(named, EntityKind.GROUP)
    corpus = Corpus()
    corpus.article("a1", "2017-03-02")
    corpus.event("a1", [group, DONALD], day("2016-05-01"))
    corpus.event("a1", [entity("Freedonian officials", EntityKind.GROUP), FLYNN], day("2016-05-02"))
    rules = rules_from_text(
        """
groups:
  Freedonian officials:
    aliases: [Freedonian officials]
"""
    )
    entities = corpus.resolve(rules).entities
    assert entities.canonical(group.id) == entities.canonical(
        entity("Freedonian officials", EntityKind.GROUP).id
    )
