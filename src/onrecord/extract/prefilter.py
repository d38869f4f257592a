"""The article prefilter: which articles can hold a statement, a contact or a report at all.

Most of a news crawl names no one in the case and reports no one's words. An article with no
casebook name or alias, no speech or contact cue word (in any inflection), no quotation mark,
no interview labels and no embedded post gives the extractors nothing to read, so it is stored
but never parsed: parsing is most of what ``add`` costs. The test is a scan of the raw text
and errs towards parsing (any cue word anywhere is enough).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property

from onrecord.casebook import Casebook
from onrecord.extract import contact_lexicon as contact
from onrecord.extract import lexicon as lex
from onrecord.extract.quotes import has_quote_mark
from onrecord.extract.turns import find_turns
from onrecord.extract.tweets import find_posts

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_VOWELS = frozenset("aeiou")


def inflections(lemma: str) -> set[str]:
    """Every regular form of a verb or noun lemma ("deny" → "denies", "denied", "denying"),
    generously: a form that is no English word costs nothing here."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma[-1:] not in _VOWELS and lemma[-2:-1] in _VOWELS:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _cue_lemmas() -> set[str]:
    """Every word a statement, stance or contact rule starts from."""
    verbs = lex.SPEECH_CUES | lex.BELIEF_CUES | lex.OBJECT_CONTENT_CUES | lex.REFUSAL_CUES
    verbs |= lex.QUESTION_CUES | lex.ADDRESSEE_CUES | lex.INSISTENCE_CUES | lex.VIEW_CUES
    verbs |= lex.DENIAL_CUES | lex.REJECTION_CUES | lex.ASSERTION_CUES | lex.DECLINE_CUES
    verbs |= lex.CITING_VERBS | lex.FINDING_VERBS
    nouns = set(lex.NOUN_CUES) | set(contact.NOUN_TRIGGERS) | set(contact.NOUN_TRIGGER_SURFACES)
    phrases = {cue.split()[0] for cue in lex.ADJUNCT_CUES}  # "according", not "to"
    return set(verbs) | set(contact.VERB_TRIGGERS) | nouns | phrases


CUE_FORMS = frozenset(
    {form for lemma in _cue_lemmas() for form in inflections(lemma)} | lex.IRREGULAR_CUE_FORMS
)


@dataclass(frozen=True)
class Prefilter:
    """The article test for one casebook: its names and aliases count as cues."""

    names: tuple[str, ...] = ()

    @classmethod
    def of(cls, casebook: Casebook) -> Prefilter:
        """The casebook's people and groups by every name it gives them."""
        names: set[str] = set()
        for canonical, variants in casebook.aliases.items():
            names |= {canonical, *variants}
        for group in casebook.groups:
            names |= {group.name, *group.aliases, *(m.name for m in group.members)}
        return cls(tuple(sorted(n.strip() for n in names if n.strip())))

    @cached_property
    def _names(self) -> re.Pattern[str] | None:
        if not self.names:
            return None
        alternatives = "|".join(re.escape(name) for name in self.names)
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    @property
    def mark(self) -> str:
        """What an article passed over under this filter is marked with: when the casebook's
        names change, those articles are tested again."""
        digest = hashlib.sha256("\n".join(self.names).encode()).hexdigest()[:12]
        return f"prefilter:{digest}"

    def has_candidates(self, text: str) -> bool:
        """Whether any extractor could find something in ``text``."""
        if has_quote_mark(text) or not CUE_FORMS.isdisjoint(_WORD.findall(text.lower())):
            return True
        if self._names is not None and self._names.search(text):
            return True
        return bool(find_turns(text) or find_posts(text))
