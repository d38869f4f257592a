"""ClaimReview: parsed JSON-LD drafts with schema.org's required fields, marked for review."""

from __future__ import annotations

import json
from typing import Any

from tests.export.conftest import Export


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
    for field in ("claimReviewed", "reviewRating", "author", "datePublished", "itemReviewed"):
        assert review[field], field
    assert "url" in review and review["url"] is None
    assert review["claimReviewed"] == "No contact."
    assert review["reviewRating"]["alternateName"] == (
        "Contradicted by the record (record predates statement)"
    )


def test_the_reviewed_claim_names_its_speaker_date_and_where_it_appeared(export: Export) -> None:
    claim = _reviews(export)[0]["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert claim["author"] == {"@type": "Person", "name": "Donald Trump"}
    assert claim["datePublished"] == "2017-02-16"
    assert claim["appearance"]["url"] == "https://post.example/denial?a=1&b=<2>"
    assert claim["appearance"]["publisher"]["name"] == "Example Post"
    assert claim["firstAppearance"] == claim["appearance"]


def test_every_draft_says_a_human_must_review_it(export: Export) -> None:
    review = _reviews(export)[0]
    assert review["creativeWorkStatus"] == "Draft"
    assert "human review" in review["description"]
