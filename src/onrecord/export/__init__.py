"""Exports: the record in formats other tools read.

Most formats stream to one text sink (a file or standard output) and are registered in
:data:`FORMATS`. CSV is one file per record type, so it writes into a folder, and SQLite is a
database file: both are registered in :data:`PATH_FORMATS`, and the CLI refuses ``-o -`` for
them rather than guess which table to send.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from onrecord.export.claimreview import write_claimreview
from onrecord.export.csv_folder import write_csv
from onrecord.export.ftm import write_ftm
from onrecord.export.graph import write_gexf, write_graphml
from onrecord.export.jsonl import write_jsonl
from onrecord.export.sqlite_db import write_sqlite
from onrecord.store import Store

Exporter = Callable[[Store, TextIO, bool], int]
PathExporter = Callable[[Store, Path, bool], int]

FORMATS: dict[str, Exporter] = {
    "jsonl": write_jsonl,
    "gexf": write_gexf,
    "graphml": write_graphml,
    "ftm": write_ftm,
    "claimreview": write_claimreview,
}
PATH_FORMATS: dict[str, PathExporter] = {"csv": write_csv, "sqlite": write_sqlite}
FORMAT_NAMES = ("jsonl", "csv", "sqlite", "gexf", "graphml", "ftm", "claimreview")

__all__ = ["FORMATS", "FORMAT_NAMES", "PATH_FORMATS", "Exporter", "PathExporter"]
