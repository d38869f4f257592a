"""The casebook reads every form a user writes, and says clearly what it cannot read."""

from __future__ import annotations

from datetime import date

import pytest

from onrecord import casebook
from onrecord.errors import CasebookError

BOOK = """
periods:
  campaign: 2015-06-16..2016-11-08
  election: 2016-11-08
groups:
  Delmont campaign:
    aliases: [the campaign]
    members: [Ada Park, {name: Ben Ortiz, when: 2016-03..2016-08-19, as: chairman}]
    role_patterns: ["campaign (chairman|manager)"]
    includes: [Delmont volunteers]
aliases:
  Ivan Petrov: [Petrov, Petroff]
merges: [[Ivan Petrov, I. Petrov], {name: Johnny Doe, same_as: John Doe}]
splits: [{name: Ann Lee, not_same_as: Anne Lee}]
"""


def test_members_with_intervals_group_aliases_and_inclusions_are_read() -> None:
    book = casebook.parse(BOOK)
    (group,) = book.groups
    assert group.aliases == ("the campaign",)
    assert [m.name for m in group.members] == ["Ada Park", "Ben Ortiz"]
    ben = group.members[1].when
    assert ben is not None and ben.start == date(2016, 3, 1) and ben.end == date(2016, 8, 19)
    assert group.includes == ("Delmont volunteers",)
    assert group.implied_by("former Campaign Manager")


def test_merges_and_splits_are_read_in_both_pair_forms() -> None:
    book = casebook.parse(BOOK)
    assert book.merges == (("Ivan Petrov", "I. Petrov"), ("John Doe", "Johnny Doe"))
    assert book.splits == (("Ann Lee", "Anne Lee"),)


def test_periods_keep_their_name_and_spelling_variants_resolve_to_the_canonical_name() -> None:
    book = casebook.parse(BOOK)
    assert book.periods["campaign"].iso() == "2015-06-16..2016-11-08"
    assert book.periods["election"].expression == "election"
    assert book.canonical("petroff") == "Ivan Petrov"


def test_the_template_written_by_init_is_an_empty_valid_casebook() -> None:
    book = casebook.parse(casebook.TEMPLATE.format(name="case"))
    assert book.name == "case" and not book.groups and not book.periods


@pytest.mark.parametrize(
    "text",
    [
        "groups: {g: {role_patterns: ['(unclosed']}}",
        "periods: {campaign: sometime}",
        "merges: [[only-one]]",
        "- a list",
        "key: [unclosed",
    ],
)
def test_a_casebook_it_cannot_read_is_a_clear_error(text: str) -> None:
    with pytest.raises(CasebookError):
        casebook.parse(text)
