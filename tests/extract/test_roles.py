"""Roles from appositives, prefix titles, "former" and role-verb relative clauses."""

from __future__ import annotations

from datetime import date

import pytest

from onrecord.dates import FuzzyDate
from onrecord.extract.cast import build_cast
from onrecord.extract.nlp import load_nlp
from onrecord.extract.roles import EXTRACTOR as ROLES_EXTRACTOR
from onrecord.extract.roles import extract_roles
from onrecord.ids import article_id
from onrecord.record import Article, DateSource, Published, Role

pytestmark = pytest.mark.model

TEXT = (
    "Norway's envoy to the city, Peter Lindqvist, met Finance Minister Clara Obuya. "
    "Tom Reyes, a former adviser to the mayor, joined them. "
    "Dana Ortiz, who chaired the council from April to August of 2016, did not."
)


@pytest.fixture(scope="module")
def roles() -> dict[str, Role]:
    published = Published(FuzzyDate.day(date(2017, 3, 1)), DateSource.CLI)
    article = Article(article_id(TEXT), TEXT, published=published)
    doc = load_nlp()(TEXT)
    cast = build_cast(doc, article)
    names = {m.id: m.name for m in cast.members}
    return {names[r.entity]: r for r in extract_roles(doc, article, cast)}


def test_an_appositive_gives_title_and_organisation(roles: dict[str, Role]) -> None:
    role = roles["Peter Lindqvist"]
    assert role.title == "envoy"
    assert role.org == "Norway"
    assert role.extractor == ROLES_EXTRACTOR


def test_a_title_before_the_name_is_a_role(roles: dict[str, Role]) -> None:
    assert roles["Clara Obuya"].title.lower() == "finance minister"


def test_former_closes_the_interval_before_the_article_date(roles: dict[str, Role]) -> None:
    role = roles["Tom Reyes"]
    assert role.former
    assert role.when is not None and role.when.end == date(2017, 2, 28)


def test_an_article_dated_only_to_the_month_invents_no_day_for_a_former_role() -> None:
    text = "Tom Reyes, a former adviser to the mayor, joined them."
    published = Published(FuzzyDate.month(2017, 3), DateSource.CLI)
    article = Article(article_id(text), text, published=published)
    doc = load_nlp()(text)
    (role,) = extract_roles(doc, article, build_cast(doc, article))
    assert role.former and role.when is not None and not role.when.resolved


def test_a_role_verb_in_a_relative_clause_carries_its_interval(roles: dict[str, Role]) -> None:
    role = roles["Dana Ortiz"]
    assert role.title == "council chairman"
    assert role.when is not None and role.when.resolved


def _roles_of(text: str) -> list[tuple[str, str, bool]]:
    """(person, title, former) for every role found in ``text``."""
    published = Published(FuzzyDate.day(date(2017, 3, 1)), DateSource.CLI)
    article = Article(article_id(text), text, published=published)
    doc = load_nlp()(text)
    cast = build_cast(doc, article)
    names = {m.id: m.name for m in cast.members}
    return [(names[r.entity], r.title, r.former) for r in extract_roles(doc, article, cast)]


def test_a_hyphenated_title_is_posted_whole() -> None:
    found = _roles_of("Governor-elect Hana Pike met the board. Vice Mayor-elect Ravi Dunn did not.")
    assert ("Hana Pike", "governor-elect", False) in found
    assert ("Ravi Dunn", "vice mayor-elect", False) in found


def test_an_abbreviated_title_is_spelled_out() -> None:
    found = _roles_of("Sen. Ada Moreno of Ohio questioned the nominee.")
    assert [(name, title) for name, title, _ in found] == [("Ada Moreno", "senator")]


def test_then_is_not_part_of_the_title() -> None:
    found = _roles_of("Then-Gov. Lena Hart signed the order in 2015.")
    assert [(name, title) for name, title, _ in found] == [("Lena Hart", "governor")]


def test_a_clause_naming_or_leaving_a_post_gives_the_role() -> None:
    found = _roles_of(
        "Omar Vale resigned as budget director on Monday. "
        "Tina Cole was named campaign chairman in May. "
        "Paul Ruiz, who was the mayor's chief of staff for two years, left."
    )
    assert ("Omar Vale", "budget director", True) in found
    assert ("Tina Cole", "campaign chairman", False) in found
    assert ("Paul Ruiz", "chief", False) in found


def test_descriptions_rankings_and_times_are_not_posts() -> None:
    found = _roles_of(
        "Kim Ode was a familiar figure in the capital. Ode is the first person charged. "
        "Ode called Max Fell a liar. 9:15 a.m. — Ode arrives at the court. "
        "The state bank Grovecorp lent the money."
    )
    assert found == []


def test_a_name_set_out_as_an_example_gets_no_title_from_the_noun_before_it() -> None:
    found = _roles_of(
        "The rhetoric coming from the council, particularly Omar Vale, worries the mayor. "
        "The treasurer, Ann Diaz, did not comment."
    )
    assert [(name, title) for name, title, _ in found] == [("Ann Diaz", "treasurer")]


def test_a_post_of_a_named_body_before_the_name_is_a_role() -> None:
    found = _roles_of("Former Secretary of State Ann Holt spoke in Ohio on Monday.")
    assert found == [("Ann Holt", "secretary", True)]


def test_a_post_of_a_body_named_in_full_with_its_acronym_is_a_role() -> None:
    found = _roles_of(
        "Director of the U.S. Federal Bureau of Investigation (FBI) Walter Brennan said on Friday "
        "that the probe was moving fast."
    )
    assert found == [("Walter Brennan", "director", False)]
