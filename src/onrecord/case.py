"""A case: a folder holding ``record.db`` (unless a database URL is given), ``casebook.yaml`` and
an optional ``settings.yaml``. Every command opens its case through here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from onrecord import casebook
from onrecord.errors import CaseNotFound, UsageError
from onrecord.settings import Settings, load_settings
from onrecord.store import Store
from onrecord.store.engine import sqlite_url

DB_ENV = "ONRECORD_DB"


@dataclass(frozen=True)
class Case:
    folder: Path
    db_url: str
    settings: Settings

    @property
    def casebook_path(self) -> Path:
        return self.folder / casebook.FILENAME

    def casebook(self) -> casebook.Casebook:
        return casebook.load(self.casebook_path)

    def store(self) -> Store:
        return Store.open(self.db_url)


def _db_url(folder: Path, db: str | None, settings: Settings) -> str:
    url = db or os.environ.get(DB_ENV)
    return url or sqlite_url(folder / settings.store.sqlite_name)


def init_case(folder: Path, db: str | None = None) -> Case:
    """Create the folder, its casebook (kept if present) and the database schema."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} exists and is not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / casebook.FILENAME
    if not path.exists():
        path.write_text(casebook.TEMPLATE.format(name=folder.name), encoding="utf-8")
    case = open_case(folder, db)
    case.store().close()
    return case


def open_case(folder: Path, db: str | None = None) -> Case:
    if not folder.is_dir():
        raise CaseNotFound(f"no case folder at {folder}; create it with: onrecord init {folder}")
    settings = load_settings(folder / "settings.yaml")
    return Case(folder, _db_url(folder, db, settings), settings)
