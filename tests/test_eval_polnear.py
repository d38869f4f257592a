"""The PolNeAR scorer: brat reading, exact/overlap matching, and floors on a dev subset."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.evaluate.polnear import annotator_agreement, documents, evaluate_polnear, read_gold

FIXTURE = Path(__file__).parent / "fixtures" / "polnear"
SHARED = Path(__file__).parents[2] / "shared" / "data" / "polnear"


def test_brat_events_tie_source_cue_and_content() -> None:
    ann, txt = documents(FIXTURE)[0]
    gold = read_gold(ann, txt.read_text(encoding="utf-8"))
    assert [t.cue_text for t in gold] == ["said", "told"]
    assert gold[1].content == ((53, 75),)


@pytest.mark.model
def test_a_clean_sample_scores_full_marks() -> None:
    result = evaluate_polnear(FIXTURE)
    assert result["documents"] == 1
    for kind in ("source", "cue", "content"):
        assert result["all"][kind]["exact"]["f1"] == 100.0
        assert result["speech"][kind]["overlap"]["f1"] == 100.0


@pytest.mark.model
@pytest.mark.shared
def test_dev_subset_stays_above_measured_floors() -> None:
    if not SHARED.exists():
        pytest.skip("shared PolNeAR data not present")
    result = evaluate_polnear(SHARED / "dev", limit=20)
    floors = {
        ("speech", "source", "exact"): 80.0,
        ("speech", "cue", "exact"): 71.0,
        ("speech", "content", "exact"): 61.0,
        ("speech", "content", "overlap"): 87.0,
        ("all", "source", "exact"): 63.0,
        ("all", "cue", "exact"): 54.0,
        ("all", "content", "overlap"): 79.0,
    }
    for (scope, kind, match), floor in floors.items():
        assert result[scope][kind][match]["f1"] >= floor, (scope, kind, match)


def test_a_span_brat_cut_at_a_sentence_break_is_one_span(tmp_path: Path) -> None:
    """brat splits an annotation at each of its sentence breaks (``0 9;10 20``); the
    characters are the same as one span over both sentences, so they compare as one."""
    text = "Two wins. Then a loss.  said Vale and left."
    ann = tmp_path / "a.ann"
    ann.write_text(
        "T1\tContent 0 9;10 22\tTwo wins. Then a loss.\n"
        "T2\tCue 24 28\tsaid\n"
        "T3\tSource 29 34\tVale \n"
        "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\n",
        encoding="utf-8",
    )
    [triple] = read_gold(ann, text)
    assert triple.content == ((0, 22),)
    assert triple.source == ((29, 33),)


def test_two_annotators_of_one_article_give_the_ceiling_and_count_once(tmp_path: Path) -> None:
    """An article two annotators read is scored once (its first file); the second file is
    scored against the first, the agreement a system is read against."""
    text = "Vale said the deal was off. Diaz said talks would go on."
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a.txt").write_text(text, encoding="utf-8")
    spans = {"ab12": ((10, 26), (33, 55)), "cd34": ((10, 26), (38, 55))}
    for annotator, (first, second) in spans.items():
        lines = []
        for n, ((start, end), cue, source) in enumerate(
            zip((first, second), ((5, 9), (33, 37)), ((0, 4), (28, 32)), strict=True)
        ):
            lines += [
                f"T{3 * n + 1}\tContent {start} {end}\t{text[start:end]}",
                f"T{3 * n + 2}\tCue {cue[0]} {cue[1]}\t{text[cue[0] : cue[1]]}",
                f"T{3 * n + 3}\tSource {source[0]} {source[1]}\t{text[source[0] : source[1]]}",
                f"E{n + 1}\tAttribution:T9 Content:T{3 * n + 1} Cue:T{3 * n + 2} "
                f"Source:T{3 * n + 3}",
            ]
        (tmp_path / "attributions" / f"a_{annotator}.ann").write_text(
            "\n".join(lines) + "\n", encoding="utf-8"
        )
    assert [ann.name for ann, _ in documents(tmp_path)] == ["a_ab12.ann"]
    agreement = annotator_agreement(tmp_path)
    assert agreement["documents"] == 1
    assert agreement["content"]["exact"]["f1"] == 50.0
    assert agreement["source"]["exact"]["f1"] == 100.0
