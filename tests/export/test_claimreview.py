"""ClaimReview: parsed JSON-LD drafts with schema.org's required fields, marked for review."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rdflib import RDF, Graph, Namespace

from onrecord.case import open_case
from onrecord.ids import article_id
from onrecord.record import (
    Article,
    Contradiction,
    Stance,
    Statement,
    StatementKind,
    Timing,
)
from tests.export.conftest import Export

SCHEMA = Namespace("https://schema.org/")


def _reviews(export: Export) -> list[dict[str, Any]]:
    result = export("claimreview")
    assert result.exit_code == 0, result.output
    parsed = json.loads(result.stdout)
    assert isinstance(parsed, list)
    return parsed


def test_a_contradiction_becomes_a_claimreview_draft_with_the_required_fields(
    export: Export,
) -> None:
    [review] = _reviews(export)  # the finding held for review is never drafted
    assert review["identifier"] == "con_1"
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    for field in ("claimReviewed", "reviewRating", "author", "itemReviewed"):
        assert review[field], field
    assert review["url"] is None and review["datePublished"] is None  # dated when published
    assert review["claimReviewed"] == "No contact."
    assert review["reviewRating"]["alternateName"] == (
        "Contradicted by the record (record predates statement)"
    )


def test_the_reviewed_claim_names_its_speaker_date_and_where_it_appeared(export: Export) -> None:
    claim = _reviews(export)[0]["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert claim["author"] == {"@type": "Person", "name": "Donald Trump"}
    assert claim["datePublished"] == "2017-02-16"
    [appearance] = claim["appearance"]
    assert appearance["url"] == "https://post.example/denial?a=1&b=<2>"
    assert appearance["publisher"]["name"] == "Example Post"
    assert claim["firstAppearance"] == appearance


def test_every_draft_says_a_human_must_review_it(export: Export) -> None:
    review = _reviews(export)[0]
    assert review["creativeWorkStatus"] == "Draft"
    assert "human review" in review["description"]


def test_one_claim_contradicted_twice_is_one_draft_and_the_export_is_the_same_each_day(
    case: Path, export: Export
) -> None:
    with open_case(case).store() as store:
        store.put(
            [
                Contradiction(
                    "con_2", "stm_denial", "deny_vs_event.v2", Timing.LATER, 0.7,
                    "Trump denied contact; a December call was reported in January.",
                    against_events=("evt_call",),
                )
            ]
        )  # fmt: skip
    [review] = _reviews(export)
    assert review["identifier"] == "con_1" and "one claim: 2 findings" in review["reviewBody"]
    assert review["reviewRating"]["alternateName"].endswith("(record predates statement)")
    assert export("claimreview").stdout == export("claimreview").stdout


def test_a_bare_answer_is_reviewed_with_the_question_it_answers(case: Path, export: Export) -> None:
    question = "Q: Did anyone on your staff meet the ambassador?"
    text = f"{question}\nSENATOR: No.\n"
    article = Article(id=article_id(text), clean_text=text, raw_text=text, outlet="Hearing")
    answer = Statement(
        "stm_answer", article.id, "ent_campaign", "The campaign", "No.", StatementKind.DIRECT,
        "said", Stance.DENY, article.span(text.index("No."), text.index("No.") + 3),
    )  # fmt: skip
    finding = Contradiction(
        "con_answer", "stm_answer", "deny_vs_event.v2", Timing.LATER, 0.6,
        "The campaign denied a staff meeting the record shows.", against_events=("evt_meeting",),
    )  # fmt: skip
    with open_case(case).store() as store:
        store.add_article(article)
        store.replace_extraction(article.id, [answer])
        store.put([finding])
    drafted = {r["identifier"]: r for r in _reviews(export)}["con_answer"]
    assert drafted["claimReviewed"] == f"No. (in answer to: {question})"
    author = {"@type": "Organization", "name": "the Trump campaign"}
    assert drafted["itemReviewed"]["author"] == author


def _as_linked_data(review: dict[str, Any]) -> Graph:
    """The draft read by a JSON-LD processor (rdflib's), offline: schema.org's context at its
    core maps every term into its vocabulary, which is what this local context does."""
    document = {**review, "@context": {"@vocab": SCHEMA}}
    return Graph().parse(data=json.dumps(document), format="json-ld")


def test_a_draft_is_linked_data_whose_claim_author_and_rating_are_nodes(export: Export) -> None:
    [review] = _reviews(export)
    graph = _as_linked_data(review)
    [draft] = graph.subjects(RDF.type, SCHEMA.ClaimReview)
    claim = graph.value(draft, SCHEMA.itemReviewed)
    assert (claim, RDF.type, SCHEMA.Claim) in graph
    assert (graph.value(claim, SCHEMA.author), RDF.type, SCHEMA.Person) in graph
    assert (graph.value(draft, SCHEMA.reviewRating), RDF.type, SCHEMA.Rating) in graph
    appearance = graph.value(claim, SCHEMA.appearance)
    assert str(graph.value(graph.value(appearance, SCHEMA.publisher), SCHEMA.name)) == (
        "Example Post"
    )
    assert str(graph.value(draft, SCHEMA.claimReviewed)) == "No contact."
