"""Personal names, compared the way a reader compares them across articles.

Articles spell the same person differently (Sergey / Sergei Kislyak, Kislyak / Kisliak /
Kislak, "Michael T. Flynn" / "Mike Flynn") and name different people alike (Donald Trump /
Donald Trump Jr. / Ivanka Trump). The rules here only say when two names *can* be one person;
whether they are is decided with the article context in :mod:`onrecord.resolve.entities`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_EDGE = re.compile(r"^[^\w]+|[^\w.]+$")
_POSSESSIVE = re.compile(r"['’]s?$")
_ARTICLE = re.compile(r"^the\s+", re.IGNORECASE)
# Common English short forms: a variant a reader would never take for another person.
_NICKNAMES = {
    "mike": "michael",
    "jeff": "jefferson",
    "don": "donald",
    "jim": "james",
    "bob": "robert",
    "bill": "william",
    "tom": "thomas",
    "dick": "richard",
    "rick": "richard",
    "chris": "christopher",
    "dave": "david",
    "joe": "joseph",
    "ben": "benjamin",
    "steve": "steven",
}


def clean(name: str) -> str:
    """The name without bullets, line breaks and stray punctuation around it."""
    collapsed = " ".join(name.split())
    return _EDGE.sub("", collapsed)


def fold(name: str) -> str:
    """A comparison key: case-folded, accents and a leading "the" and possessive removed."""
    text = _POSSESSIVE.sub("", _ARTICLE.sub("", clean(name)))
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class PersonName:
    """First name (None for a bare surname), surname and generational suffix."""

    first: str | None
    surname: str
    suffix: str = ""

    @property
    def bare(self) -> bool:
        return self.first is None


def without_suffix(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words less a generational suffix: "Joseph R. Biden Jr." ends in "Biden"."""
    if len(words) > 1 and words[-1].strip(".,").lower() in SUFFIXES:
        return words[:-1]
    return words


_ARABIC_ARTICLE = re.compile(r"^(?:al|el)-(?=\w)", re.IGNORECASE)


def family_word(word: str) -> str:
    """ "Assad" after "Bashar al-Assad", "Al-Muteiri" after "Abdulmohsen al Muteiri": the
    Arabic article a surname carries, hyphened or apart, is left off when a story names the
    person again, so it is no part of the word that names them."""
    return _ARABIC_ARTICLE.sub("", word, count=1)


def parse_person(name: str) -> PersonName | None:
    """Split a person's name; None when nothing name-like is left."""
    words = [w.strip(".,") for w in fold(name).split()]
    words = [w for w in words if w]
    suffix = ""
    if len(words) > 1 and words[-1] in SUFFIXES:
        suffix = words.pop()
    if not words:
        return None
    return PersonName(words[0] if len(words) > 1 else None, family_word(words[-1]), suffix)


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def surnames_match(a: str, b: str) -> bool:
    """Same surname, or a spelling variant: one edit from five letters on, two from eight."""
    if a == b:
        return True
    shortest = min(len(a), len(b))
    if shortest < 5 or a[0] != b[0]:
        return False
    return edit_distance(a, b) <= (2 if shortest >= 8 else 1)


def first_names_match(a: str | None, b: str | None) -> bool:
    """Absent, equal, an initial of the other, a known short form, or a transliteration
    variant (Sergey / Sergei: one edit in a name of four letters or more)."""
    if a is None or b is None or a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if _NICKNAMES.get(a, a) == _NICKNAMES.get(b, b):
        return True
    return min(len(a), len(b)) >= 4 and a[0] == b[0] and edit_distance(a, b, 1) <= 1


def same_person_possible(a: PersonName, b: PersonName) -> bool:
    """Could these two names be one person? Suffixes must agree (Trump vs Trump Jr.)."""
    if a.suffix != b.suffix:
        unsuffixed = b if a.suffix else a
        if (a.suffix and b.suffix) or not unsuffixed.bare:
            return False
    return surnames_match(a.surname, b.surname) and first_names_match(a.first, b.first)
