"""Settings: one frozen object that travels, built from the embedded defaults plus user files.

``defaults.yaml`` beside this module documents every key. A user file overrides it key by key
(nested mappings merge; other values replace), and an unknown key is an error rather than a
silently ignored typo.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

from onrecord.errors import UsageError


@dataclass(frozen=True)
class StoreSettings:
    sqlite_name: str
    batch_size: int


@dataclass(frozen=True)
class IngestSettings:
    max_bytes: int
    timeout_seconds: float
    retries: int
    user_agent: str
    respect_robots: bool
    deadline_seconds: float
    allow_private_addresses: bool
    recurring_block_threshold: int
    near_duplicate_jaccard: float
    near_duplicate_containment: float


@dataclass(frozen=True)
class ExtractSettings:
    spacy_model: str
    batch_size: int
    workers: int
    engine: str
    ray_address: str
    prefilter: bool


@dataclass(frozen=True)
class WebSettings:
    allowed_hosts: list[str]
    cookie_max_age_days: float


@dataclass(frozen=True)
class Settings:
    store: StoreSettings
    ingest: IngestSettings
    extract: ExtractSettings
    web: WebSettings


_Section = TypeVar("_Section")


def _merge(base: Mapping[str, Any], override: Mapping[str, Any], where: str) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if key not in base:
            raise UsageError(f"unknown setting {where}{key}")
        if isinstance(base[key], Mapping) and isinstance(value, Mapping):
            merged[key] = _merge(base[key], value, f"{where}{key}.")
        else:
            merged[key] = value
    return merged


def _section(cls: type[_Section], values: Mapping[str, Any]) -> _Section:
    return cls(**{f.name: values[f.name] for f in fields(cls)})  # type: ignore[arg-type]


def _defaults() -> dict[str, Any]:
    text = resources.files("onrecord").joinpath("defaults.yaml").read_text(encoding="utf-8")
    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


def load_settings(*overrides: Path | Mapping[str, Any]) -> Settings:
    """The defaults, overridden in order by each YAML file or mapping given (missing files skip)."""
    values = _defaults()
    for override in overrides:
        if isinstance(override, Path):
            if not override.is_file():
                continue
            override = yaml.safe_load(override.read_text(encoding="utf-8")) or {}
        values = _merge(values, override, "")
    return Settings(
        store=_section(StoreSettings, values["store"]),
        ingest=_section(IngestSettings, values["ingest"]),
        extract=_section(ExtractSettings, values["extract"]),
        web=_section(WebSettings, values["web"]),
    )
