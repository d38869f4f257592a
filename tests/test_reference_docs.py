"""docs/reference.md is where users look up a code or a setting: every one must be there."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from onrecord import errors

REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "reference.md"
DEFAULTS = Path(errors.__file__).parent / "defaults.yaml"


def _defined_codes() -> set[str]:
    found, pending = set(), [errors.OnrecordError]
    while pending:
        kind = pending.pop()
        found.add(kind.code)
        pending.extend(kind.__subclasses__())
    return found


def _table_keys(pattern: str) -> set[str]:
    """The first cells of the reference's table rows that match ``pattern`` (in backticks)."""
    rows = re.findall(rf"^\| `({pattern})` \|", REFERENCE.read_text(encoding="utf-8"), re.M)
    return set(rows)


def test_every_error_code_is_unique_and_documented_and_no_documented_code_is_stale() -> None:
    codes = _defined_codes()
    assert len(codes) == len({kind for kind in vars(errors).values() if _is_error(kind)})
    assert _table_keys(r"OR\d{3}") == codes


def _is_error(value: object) -> bool:
    return isinstance(value, type) and issubclass(value, errors.OnrecordError)


def test_every_setting_is_documented_and_no_documented_setting_is_stale() -> None:
    defaults = yaml.safe_load(DEFAULTS.read_text(encoding="utf-8"))
    settings = {f"{section}.{key}" for section, keys in defaults.items() for key in keys}
    assert _table_keys(r"[a-z_]+\.[a-z_]+") == settings
