"""When two statements are the same claim: the same words, whoever reported them.

Twenty outlets quoting one denial give twenty statements; the dossier, the web app and the
summary counts show one claim citing them all. Reported speech puts a quote in the third
person ("I did not have communications with the Russians" → "he did not have …") and adds a
"that"; neither makes it another claim.
"""

from __future__ import annotations

import re

from onrecord.resolve.names import fold

_PERSONAL = re.compile(r"\b(?:i|he|she|me|him|my|his|her|myself|himself|herself)\b")
_OPENING = re.compile(r"^(?:that|saying|said)\s+")
_PUNCTUATION = re.compile(r"[^\w\s]")


def claim_words(text: str) -> str:
    """The comparison key of a statement's words: folded, the person of its pronouns and an
    opening "that" dropped, punctuation and spacing ignored."""
    words = _PUNCTUATION.sub(" ", fold(text).replace("’", "'"))
    words = _PERSONAL.sub("_", " ".join(words.split()))
    return _OPENING.sub("", words)
