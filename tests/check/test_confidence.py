"""Confidence comes from the evidence: more independent sources raise it, each weakness a
fact-checker would name lowers it and says so, and a finding for review ranks below a
contradiction of the same evidence (small hand-built records, no model)."""

from __future__ import annotations

from onrecord.check import CheckOutput
from onrecord.record import Assertion, EntityKind
from tests.check.builders import ENVOY, SENATOR, Corpus, day, entity


def _denied_meeting(
    outlets: int,
    hedged: bool = False,
    objects: bool = True,
    assertion: Assertion = Assertion.REPORTED,
) -> CheckOutput:
    corpus = Corpus()
    for number in range(outlets):
        name = f"outlet{number}"
        corpus.article(name, "2016-05-13", outlet=f"Outlet {number}")
        corpus.event(
            name,
            [SENATOR, ENVOY],
            day("2016-04-27"),
            hedged=hedged,
            text=f"Calder met Belov at the reception, outlet {number} reported.",
            assertion=assertion,
        )
    _senators_denial(corpus, objects)
    return corpus.check()


def _senators_denial(corpus: Corpus, objects: bool = True) -> None:
    """The senator's later denial of meeting the envoy (of meeting anyone, without ``objects``)."""
    corpus.article("paper", "2017-01-20")
    corpus.statement(
        "paper",
        SENATOR,
        "I never met Anton Belov.",
        subjects=[SENATOR],
        objects=[ENVOY] if objects else [],
        said_on=day("2017-01-18"),
    )


def _confidence(output: CheckOutput) -> float:
    [found] = [*output.contradictions, *output.review]
    return found.confidence


def test_independent_sources_raise_confidence_and_one_source_is_noted() -> None:
    single, several = _denied_meeting(1), _denied_meeting(3)
    assert _confidence(several) > _confidence(single)
    assert "one source reports the contact" in single.contradictions[0].explanation


def test_a_hedged_contact_and_an_unresolved_counterpart_rank_below_a_contradiction() -> None:
    sure = _confidence(_denied_meeting(3))
    assert _confidence(_denied_meeting(3, hedged=True)) < sure / 2
    assert _confidence(_denied_meeting(3, objects=False)) <= sure / 2


def test_a_contact_its_participant_admits_is_cited_as_admitted() -> None:
    [found] = _denied_meeting(1, assertion=Assertion.ADMITTED).contradictions
    assert "admitted by a participant" in found.explanation


def test_a_contact_only_credited_to_a_source_is_trusted_less_and_says_so() -> None:
    [reported] = _denied_meeting(1).contradictions
    [credited] = _denied_meeting(1, assertion=Assertion.ATTRIBUTED).contradictions
    assert credited.confidence < reported.confidence
    assert "told by a source the article credits" in credited.explanation


def test_a_party_resolution_holds_no_entity_for_is_named_as_the_text_names_it_not_by_its_id() -> (
    None
):
    corpus = Corpus()
    corpus.article("wire", "2016-05-13")
    guests = entity("three other ambassadors", EntityKind.GROUP)
    corpus.event("wire", [SENATOR, ENVOY, guests], day("2016-04-27"))
    del corpus.entities[guests.id]  # a group the text names, which no article resolves
    _senators_denial(corpus)
    [found] = corpus.check().contradictions
    assert "Ruth Calder and Anton Belov and three other ambassadors" in found.explanation
    assert guests.id not in found.explanation
