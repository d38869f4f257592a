"""Coded, greppable errors. Each code names one kind of failure a user can search for.

A failed input never stops a run: the stage records an :class:`InputError` against the input's
name and goes on; the CLI prints them all and exits 1.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

_PACKAGE = str(Path(__file__).resolve().parent)


class OnrecordError(Exception):
    """Base of onrecord's errors; ``code`` is stable across versions."""

    code = "OR000"

    def __init__(self, message: str) -> None:
        super().__init__(f"[{self.code}] {message}")
        self.message = message


class UsageError(OnrecordError):
    code = "OR001"


class CaseNotFound(UsageError):
    """Naming a case folder that does not exist is a usage error (exit 2)."""

    code = "OR002"


class WeakToken(UsageError):
    """A web token short enough to guess: ``serve`` refuses to start with it."""

    code = "OR003"


class StoreError(OnrecordError):
    code = "OR010"


class SchemaTooNew(StoreError):
    code = "OR011"


class CasebookError(OnrecordError):
    code = "OR020"


class GoldError(OnrecordError):
    """An annotated (gold) line that cannot be read or placed in its article."""

    code = "OR030"


class IngestError(OnrecordError):
    """An input could not be read or made into an article; the run goes on without it."""

    code = "OR100"


class UnreadableInput(IngestError):
    code = "OR101"


class BinaryInput(IngestError):
    code = "OR102"


class EmptyInput(IngestError):
    code = "OR103"


class TooLarge(IngestError):
    code = "OR104"


class BadEncoding(IngestError):
    code = "OR105"


class FetchFailed(IngestError):
    code = "OR106"


class RefusedTarget(FetchFailed):
    """A URL whose host is a private, loopback or link-local address, refused by setting."""

    code = "OR111"


class NotAFeed(IngestError):
    code = "OR107"


class BadArchive(IngestError):
    code = "OR108"


class UnexpectedFailure(IngestError):
    """An input broke the reader in a way no rule foresaw: named with the exception's type so
    it can be reported, and the run goes on without that input."""

    code = "OR109"

    @classmethod
    def of(cls, error: BaseException) -> UnexpectedFailure:
        return cls(f"unexpected {type(error).__name__}: {error}")


class TooDeep(IngestError):
    """JSON nested deeper than the parser recurses (``RecursionError``)."""

    code = "OR110"


class ExtractionFailed(OnrecordError):
    """A stored article whose extraction broke. The article stays stored, marked failed for the
    extractor version that broke on it: the next ``add`` leaves it alone (it would break the same
    way) and a newer extractor version tries it again."""

    code = "OR112"

    @classmethod
    def of(cls, error: BaseException) -> ExtractionFailed:
        return cls(f"extraction broke: {describe(error)}")


def describe(error: BaseException) -> str:
    """The exception's type, message and the innermost place in onrecord's code it was raised
    from: enough for a bug report, without a traceback."""
    trace, place = error.__traceback__, ""
    while trace is not None:
        path = trace.tb_frame.f_code.co_filename
        if path.startswith(_PACKAGE):
            place = f" (at onrecord/{path[len(_PACKAGE) :].lstrip(os.sep)}:{trace.tb_lineno})"
        trace = trace.tb_next
    return f"{type(error).__name__}: {error}{place}"


@dataclass(frozen=True)
class InputError:
    """One input that failed, by name, with the reason: what the CLI prints on stderr."""

    source: str
    code: str
    reason: str

    @classmethod
    def of(cls, source: str, error: OnrecordError) -> InputError:
        return cls(source, error.code, error.message)

    def __str__(self) -> str:
        return f"{self.source}: [{self.code}] {self.reason}"
