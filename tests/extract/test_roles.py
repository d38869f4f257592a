"""Roles from appositives, prefix titles, "former" and role-verb relative clauses."""

from __future__ import annotations

from datetime import date

import pytest

from onrecord.dates import FuzzyDate
from onrecord.extract.cast import build_cast
from onrecord.extract.nlp import load_nlp
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
    assert role.extractor == "roles.v1"


def test_a_title_before_the_name_is_a_role(roles: dict[str, Role]) -> None:
    assert roles["Clara Obuya"].title.lower() == "finance minister"


def test_former_closes_the_interval_before_the_article_date(roles: dict[str, Role]) -> None:
    role = roles["Tom Reyes"]
    assert role.former
    assert role.when is not None and role.when.end == date(2017, 2, 28)


def test_a_role_verb_in_a_relative_clause_carries_its_interval(roles: dict[str, Role]) -> None:
    role = roles["Dana Ortiz"]
    assert role.title == "chair"
    assert role.when is not None and role.when.resolved
