"""Stance from explicit cues; propositions about contact, including answers to questions."""

from __future__ import annotations

from datetime import date

import pytest

from onrecord.extract.cast import build_cast
from onrecord.extract.nlp import load_nlp
from onrecord.extract.stance import classify, relation_of
from onrecord.extract.statements import extract_statements
from onrecord.ids import article_id
from onrecord.record import Article, EntityKind, Quantifier, Relation, Stance


@pytest.mark.parametrize(
    ("text", "cue", "stance"),
    [
        ("No contact.", "say", Stance.DENY),
        ("Of course not.", "declare", Stance.DENY),
        ("the president knows what his involvement was, and that's zero", "tell", Stance.DENY),
        ("I have nothing to do with that country.", "say", Stance.DENY),
        ("that such meetings took place", "deny", Stance.DENY),
        ("he doesn't recall the email exchange", "say", Stance.NOT_RECALL),
        ("to comment on the meeting", "decline", Stance.DECLINE),
        ("She would not say who attended.", "say", Stance.DECLINE),
        ("the reports are disingenuous and absurd", "call", Stance.DISMISS),
        ("That story is fake news.", "say", Stance.DISMISS),
        ("he had been in touch with the envoy since the spring", "tell", Stance.AFFIRM),
        ("no one on the staff had been in contact with the contractors", "say", Stance.DENY),
        ("Nobody that I know of.", "say", Stance.DENY),
        ("he had never set up meetings with the envoys", "say", Stance.DENY),
        ("the two men did not discuss the tariffs", "say", Stance.DENY),
        ("the ministry did not know the lobbyist", "say", Stance.DENY),
        ("any suggestion he had colluded was an appalling and detestable lie", "say", Stance.DENY),
        ("whether anyone had been in contact with the envoy", "ask", Stance.OTHER),
        ("that the meeting happened", "confirm", Stance.AFFIRM),
        ("The weather was fine.", "say", Stance.OTHER),
    ],
)
def test_stance_comes_from_explicit_cues(text: str, cue: str, stance: Stance) -> None:
    assert classify(text, cue) is stance


def test_contact_words_name_the_relation() -> None:
    assert relation_of("we never met") is Relation.MEET
    assert relation_of("no phone call in years") is Relation.CALL
    assert relation_of("no communications at all") is Relation.CONTACT
    assert relation_of("the budget passed") is None


@pytest.mark.model
def test_of_course_not_answering_whether_anybody_in_the_campaign_had_contact_is_group_denial() -> (
    None
):
    text = (
        "The host asked Senator Ruth Kale, “Did anybody in the Delmont campaign have any "
        "contact with Norwegian officials during the campaign?” Kale replied, “Of course not.”"
    )
    article = Article(article_id(text), text)
    doc = load_nlp()(text)
    cast = build_cast(doc, article)
    statements = extract_statements(doc, article, cast, date(2019, 3, 1), None)
    answer = next(s for s in statements if s.text.startswith("Of course not"))
    assert answer.stance is Stance.DENY
    assert answer.proposition is not None
    proposition = answer.proposition
    assert proposition.quantifier is Quantifier.ANY_MEMBER
    assert proposition.polarity is False
    [subject] = proposition.subjects
    member = cast.member(subject)
    assert member is not None and member.kind is EntityKind.GROUP
    assert member.name == "Delmont campaign"
    objects = [cast.member(o) for o in proposition.objects]
    assert any(o is not None and o.name == "Norwegian officials" for o in objects)
