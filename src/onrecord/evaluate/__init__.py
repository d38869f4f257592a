"""Measuring the pipeline against annotated data: each scorer returns a JSON-able dict that the
CLI prints, so the figures in reports and in the quality gates come from the same code."""

from onrecord.evaluate.timeml import evaluate_timeml

__all__ = ["evaluate_timeml"]
