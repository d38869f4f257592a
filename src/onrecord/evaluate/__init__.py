"""Measuring the pipeline against annotated data: each scorer returns a JSON-able dict that the
CLI prints, so the figures in reports and in the quality gates come from the same code."""

from onrecord.evaluate.bodytext import evaluate_bodytext
from onrecord.evaluate.gold import evaluate_gold
from onrecord.evaluate.polnear import evaluate_polnear
from onrecord.evaluate.realnews import evaluate_realnews
from onrecord.evaluate.timeml import evaluate_timeml
from onrecord.evaluate.wire import evaluate_wire

__all__ = [
    "evaluate_bodytext",
    "evaluate_gold",
    "evaluate_polnear",
    "evaluate_realnews",
    "evaluate_timeml",
    "evaluate_wire",
]
