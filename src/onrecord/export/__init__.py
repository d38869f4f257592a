"""Exports: the record in formats other tools read. Each format is a function that streams
lines/records to a text sink; :data:`FORMATS` is the registry the CLI offers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from onrecord.export.jsonl import write_jsonl
from onrecord.store import Store

Exporter = Callable[[Store, TextIO, bool], int]

FORMATS: dict[str, Exporter] = {"jsonl": write_jsonl}

__all__ = ["FORMATS", "Exporter"]
