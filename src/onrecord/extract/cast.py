"""The cast of one article: who is named, under which variants, and which role phrases and
pronouns point at whom.

News introduces a person once in full ("Sergey Ivanovich Kislyak"), then by surname, honorific
("Mr. Kislyak"), role ("Russia's ambassador", "the ambassador") or pronoun. Statements and
events need the person behind every such span, so the cast clusters name variants, ties role
phrases to the name their appositive or title construction gave them, and links pronouns to the
most recent compatible person. The small model's labels are noisy per sentence, so an entity's
kind is a vote over all its mentions.

Entity ids hash kind and canonical name only (not the article), so the same full name agrees
across articles; merging spelling variants across articles is the resolve stage's job.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from onrecord.extract.contact_lexicon import (
    INDEFINITE_ARTICLES,
    NOUN_TRIGGERS,
    OFFICE_HOLDER_NOUNS,
    OUTLET_NAMES,
    OUTLET_WORDS,
    OUTLET_WORDS_SHARED,
    PLACE_PREPOSITIONS,
    PRESS_TITLES,
    SITE_NOUNS,
    TIME_BOUND_BODIES,
    VERB_TRIGGERS,
)
from onrecord.extract.lexicon import (
    ASKER_LABELS,
    AUTHORED_NOUNS,
    BODY_NOUNS,
    BODY_SPELLINGS,
    BUSINESS_WORDS,
    CAMPAIGN_NOUNS,
    CAMPAIGN_WORDS,
    CASE_TITLE_WORDS,
    COMPANY_NOUNS,
    CORPORATE_SUFFIXES,
    DIPLOMATIC_POSTS,
    EPITHET_WORDS,
    FEMALE_GIVEN_NAMES,
    FEMALE_HONORIFICS,
    FEMALE_PRONOUNS,
    FORMER_WORDS,
    GENDER_WORDS,
    GENERATION_KIN,
    GENERIC_ORGANISATION_NOUNS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    GROUP_QUANTIFIERS,
    HEAD_OF_NOUNS,
    HEADING_POSTS,
    HONORIFICS,
    INNER_TITLE_WORDS,
    INSTITUTION_HEADS,
    KIN_GENDERS,
    MALE_GIVEN_NAMES,
    MALE_HONORIFICS,
    MALE_PRONOUNS,
    NAMED_ONLY_GROUP_NOUNS,
    ORG_HEADS,
    ORGANISATION_NOUNS,
    PARTY_MEMBERS,
    PERSON_DESCRIPTIONS,
    PERSON_PRONOUNS,
    PERSONAL_GROUP_NOUNS,
    PLATFORM_NAMES,
    PLURAL_TITLE_ABBREVIATIONS,
    POST_CLASSES,
    POST_NOUNS,
    POST_SYNONYMS,
    PRINCIPAL_AGENTS,
    QUESTION_CUES,
    RANK_WORDS,
    ROYAL_STYLES,
    SPEECH_CUES,
    SPOUSES,
    SUCCESSION_VERBS,
    TITLE_ABBREVIATIONS,
    TITLE_SPELLED_OUT,
    TITLE_WORDS,
)
from onrecord.extract.nlp import (
    entity_at,
    ents_of,
    in_title_cased_line,
    noun_chunks_of,
    per_doc,
    text_of,
    token_at,
)
from onrecord.extract.quotes import find_quotes
from onrecord.extract.roles import TitleLink, find_title_links, predicate_title_links
from onrecord.extract.turns import talking_spans, turns_of
from onrecord.ids import content_id
from onrecord.record import Article, Entity, EntityKind, Mention, MentionKind
from onrecord.resolve.names import SUFFIXES, family_word, without_suffix

EXTRACTOR = "cast.v70"

# The entity kind each spaCy NER label suggests (a vote: see build_cast).
LABEL_KINDS = {
    "PERSON": EntityKind.PERSON,
    "ORG": EntityKind.ORG,
    "GPE": EntityKind.PLACE,
    "LOC": EntityKind.PLACE,
    "FAC": EntityKind.PLACE,
    "NORP": EntityKind.GROUP,
}
_KIND_PRIORITY = (EntityKind.PERSON, EntityKind.ORG, EntityKind.GROUP, EntityKind.PLACE)
_NOT_NAME_WORDS = (
    HONORIFICS | TITLE_ABBREVIATIONS | PLURAL_TITLE_ABBREVIATIONS | TITLE_WORDS | {"the"}
)
_POSSESSIVE = ("'s", "’s", "'", "’")
REPORTING_VERBS = SPEECH_CUES - {"ask"}  # "asked whether he …" is about someone else
QUOTE_MARKS = frozenset('"“”‘’«»„')
# Words that date a title's holder rather than name the post ("the former adviser").
_TRANSIENT_WORDS = FORMER_WORDS | {"then", "incoming", "outgoing", "new", "current"}
# Entity labels of the place or nation a title's holder serves ("the Vermont senator").
_WHERE_LABELS = frozenset({"GPE", "LOC", "NORP"})
# Nouns that stand for the outlet last named ("the newspaper said").
OUTLET_NOUNS = frozenset(
    {"newspaper", "paper", "column", "report", "network", "magazine", "editorial"}
)
#: Who an outlet's people are: "the editors of X", "X's publisher" make X an outlet.
_OUTLET_STAFF = frozenset({"editor", "editors", "publisher", "columnist", "columnists"})


@dataclass(frozen=True)
class CastMember:
    """One entity of the article with every span that refers to it."""

    id: str
    name: str
    kind: EntityKind
    mentions: tuple[Mention, ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Cast:
    """Everyone an article refers to; :meth:`member_at` answers "who is this span?"."""

    members: tuple[CastMember, ...]

    def member_at(self, start: int, end: int) -> CastMember | None:
        """The entity a character span refers to: a mention with exactly these offsets, else the
        smallest mention containing the span, else the largest mention inside it."""
        exact = self._exact.get((start, end))
        if exact is not None:
            return exact
        spans = self._spans
        around = [(e - s, x) for s, e, x in spans if s <= start and end <= e]
        if around:
            return min(around, key=lambda pair: pair[0])[1]
        inside = [(e - s, -s, x) for s, e, x in spans if start <= s and e <= end]
        if inside:
            return max(inside, key=lambda triple: triple[:2])[2]
        return None

    @cached_property
    def _spans(self) -> tuple[tuple[int, int, CastMember], ...]:
        """Every mention as (start, end, member), built once: every cue, quote and trigger
        asks :meth:`member_at`."""
        return tuple(
            (m.span.start, m.span.end, member) for member in self.members for m in member.mentions
        )

    @cached_property
    def _exact(self) -> dict[tuple[int, int], CastMember]:
        """The first member with a mention at exactly these offsets."""
        found: dict[tuple[int, int], CastMember] = {}
        for start, end, member in self._spans:
            found.setdefault((start, end), member)
        return found

    def member(self, entity_id: str) -> CastMember | None:
        return next((m for m in self.members if m.id == entity_id), None)

    def mentions(self) -> list[Mention]:
        """All mentions of all members, in text order."""
        return sorted(
            (m for member in self.members for m in member.mentions), key=lambda m: m.span.start
        )

    def to_entities(self) -> list[Entity]:
        return [Entity(m.id, m.name, m.kind, m.aliases) for m in self.members]


# -- drafting ------------------------------------------------------------------------------------


@dataclass
class _Draft:
    """A cluster of spans under construction; becomes a :class:`CastMember`."""

    variants: list[tuple[str, ...]] = field(default_factory=list)
    votes: Counter[EntityKind] = field(default_factory=Counter)
    modifier_votes: Counter[EntityKind] = field(default_factory=Counter)  # "the Florida race"
    spans: list[tuple[int, int, MentionKind, str]] = field(default_factory=list)
    titles: list[TitleLink] = field(default_factory=list)
    first_kind: EntityKind = EntityKind.PERSON
    titled: bool = False  # once named after a title or honorific: a person, whatever the votes
    person_names: set[tuple[str, ...]] = field(default_factory=set)  # variants tagged PERSON
    honorific_gender: str | None = None  # "m" once named "Mr. X", "f" once "Mrs. X" or "Ms. X"
    said: set[str] = field(default_factory=set)  # every word of every title the article gave
    outlet: bool = False  # shown to be an outlet by its staff ("the editors of X")
    called: set[tuple[str, ...]] = field(default_factory=set)  # by a nickname with the surname
    kin: bool = False  # once told as someone's son or father (see :func:`_told_as_kin`)

    @property
    def fullest(self) -> tuple[str, ...]:
        return max(self.variants, key=lambda words: (len(words), len(" ".join(words))))

    @property
    def gender(self) -> str | None:
        """The gender the fullest name's given name or an honorific shows, if any."""
        return _given_name_gender(self.fullest) or self.honorific_gender

    @property
    def kind(self) -> EntityKind:
        """The voted kind, but a "person" whose name ends in an institution's head noun is the
        institution (see :meth:`_named_as_institution`)."""
        voted = self._voted_kind
        if voted is EntityKind.PERSON and not self.titled and self._named_as_institution():
            return EntityKind.ORG
        if voted is EntityKind.PERSON and not self.titled and self._named_as_site():
            return EntityKind.PLACE
        return voted

    @property
    def _voted_kind(self) -> EntityKind:
        """The majority label; a name seen only as a modifier keeps its first label. A name
        once given a title ("Vice President-elect Mike Pence") is a person even when the small
        model tags its bare surname as an organisation every other time. A tie goes to the
        label the name had as a modifier if that is a place ("Florida" once a place, once a
        person, and a place in "the Florida primary"), else to the likelier kind."""
        if self.titled or self._named_in_full():
            return EntityKind.PERSON
        if not self.votes:
            return self.first_kind
        best = max(self.votes.values(), default=0)
        tied = [k for k in _KIND_PRIORITY if self.votes[k] == best]
        if EntityKind.PLACE in tied and self._modifies_as_place():
            return EntityKind.PLACE
        return tied[0]

    def _modifies_as_place(self) -> bool:
        """Tagged a place more often than anything else where the name modifies a noun ("the
        Florida primary"); a person's surname there is often an organisation ("the Trump
        campaign"), seldom a place."""
        ranked = self.modifier_votes.most_common(2)
        leads = len(ranked) == 1 or (len(ranked) == 2 and ranked[0][1] > ranked[1][1])
        return bool(ranked) and ranked[0][0] is EntityKind.PLACE and leads

    def _named_as_institution(self) -> bool:
        """ "the Obama White House", "the Clinton State Department": a name that ends in an
        institution's head noun is the institution, however often the small model reads the
        person's name in it — unless it opens with a given name ("Margaret Court")."""
        full = self.fullest
        return len(full) > 1 and full[-1].lower() in ORG_HEADS and not _given_name(full)

    def _named_as_site(self) -> bool:
        """ "Trump Tower", "the Watergate Hotel": a name ending in a building's or a site's noun
        is the place, though the small model reads the owner's name in it as a person's —
        unless it opens with a given name."""
        full = self.fullest
        return len(full) > 1 and full[-1].lower() in SITE_NOUNS and not _given_name(full)

    def _named_in_full(self) -> bool:
        """ "Donald Trump" tagged as a person once outvotes "Trump" tagged as an organisation
        a dozen times: the small model reads a full name far better than a bare surname, and
        a known given name better than either."""
        full = self.fullest
        return len(full) > 1 and (full in self.person_names or _given_name(full))

    def add(self, start: int, end: int, kind: MentionKind, label: str) -> None:
        if all((s, e) != (start, end) for s, e, _, _ in self.spans):
            self.spans.append((start, end, kind, label))


def owned_description(noun: Token, cast: Cast) -> str | None:
    """ "Trump's lawyer" → "Donald Trump's lawyer": a person told only by whose they are,
    named by the owner the cast knows — one name for that person wherever the article's
    contacts or denials tell of them, and never the owner himself."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    member = cast.member_at(owner.idx, owner.idx + len(owner)) if owner is not None else None
    if owner is None or member is None:
        return None
    words = [t for t in noun.doc[owner.right_edge.i + 1 : noun.i + 1] if t.dep_ != "case"]
    mark = next((c.text for c in owner.children if c.dep_ == "case"), "'s")  # as written
    return f"{member.name}{mark} {noun.doc[words[0].i : noun.i + 1].text}"


def _given_name_gender(words: tuple[str, ...]) -> str | None:
    """ "f" for "Hillary Clinton", "m" for "Bill Clinton"; None for a surname alone."""
    return _gender_of_given(words[0]) if len(words) > 1 else None


def name_gender(name: str) -> str | None:
    """The gender a person's full name shows by its given name ("Hillary Clinton" → "f")."""
    return _given_name_gender(tuple(name.split()))


def _gender_of_given(word: str) -> str | None:
    """ "f" for "Hillary", "m" for "Bill"; None for a word that is no known given name."""
    lower = word.lower()
    return "f" if lower in FEMALE_GIVEN_NAMES else "m" if lower in MALE_GIVEN_NAMES else None


def _honorific_gender(word: str) -> str | None:
    """ "m" for "Mr.", "f" for "Mrs.", "Ms." and "Miss"; None for "Dr." and titles."""
    lower = word.lower()
    return "m" if lower in MALE_HONORIFICS else "f" if lower in FEMALE_HONORIFICS else None


_GIVEN_NAMES = MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES


def _given_name(words: tuple[str, ...]) -> bool:
    """ "Bernie Sanders" after a dateline the model read as an organisation: a name of capitalised
    words that opens with a known given name is a person's ("the Donald Trump campaign" is a
    group)."""
    given = words[0].lower() in _GIVEN_NAMES
    return given and all(w[:1].isupper() for w in words)


@dataclass(frozen=True)
class _Name:
    """A cleaned name mention: honorifics, leading article and possessive removed."""

    start: int
    end: int
    words: tuple[str, ...]
    label: str
    modifier: bool  # inside another noun phrase ("the Trump campaign"): its label is unreliable
    titled: bool = False  # right after a title or honorific ("Sen.", "Vice President")
    gender: str | None = None  # the gender its honorific shows ("Mr." → "m")
    nickname: str | None = None  # 'Robert C. "Bobby" Scott': later "Bobby Scott" is him too
    kin: bool = False  # told as someone's son or father ("his son, Donald Trump Jr.")


def build_cast(doc: Doc, article: Article) -> Cast:
    """The cast of ``article``; ``doc`` is the parse of ``article.clean_text``."""
    drafts = _cluster_names(_name_mentions(doc))
    _add_bare_names(doc, drafts)
    _add_title_links(doc, drafts)
    _add_staffed_outlets(doc, drafts)
    _add_role_phrases(doc, drafts)
    _add_groups(doc, drafts, possessed=False)
    after_descriptions = _add_pronouns(doc, drafts)
    _add_principals(doc, drafts)
    _add_campaign_epithets(doc, drafts)
    _add_runner_epithet(doc, drafts)
    _add_predecessors(doc, drafts)
    _add_descriptions(doc, drafts)
    _add_organisation_descriptions(doc, drafts)
    _repoint_to_described_speakers(drafts, after_descriptions)
    _add_named_later(doc, drafts)
    _add_spouses_named_later(doc, drafts)
    _add_kin_surnames(doc, drafts)
    _add_kin_by_surname(doc, drafts)
    _add_groups(doc, drafts, possessed=True)
    members = [_member(article, draft) for draft in drafts if draft.spans]
    return Cast(tuple(_merge_same_id(members)))


def _name_mentions(doc: Doc) -> list[_Name]:
    labels = _label_names(doc)
    spans = [span for span in _speaker_labels(doc) if _label_at(labels, span)]
    names = []
    reached = 0  # the end of the last name run on through a nickname
    for tagged in ents_of(doc):
        if tagged.start < reached or any(_overlaps(tagged, span) for span in spans):
            continue  # the surname after a nickname, already part of the full name
        ent = _through_nickname(_given_name_mistagged(_acting_work(tagged)))
        reached = ent.end
        if not _is_named(ent) or (ent.label_ not in LABEL_KINDS and not _titled_inside(ent)):
            continue
        name = _clean_name(ent)
        if name is not None:
            names.append(name)
    return names + labels + _untagged_full_names(doc)


def _label_names(doc: Doc) -> list[_Name]:
    """ "SESSIONS:", "SEN. AL FRANKEN:": a transcript prints who speaks as a label in
    capitals, which the model reads as no one, or as an organisation ("SEN", "LEAHY"). Each
    such label names a person, spelt as the story spells the words elsewhere ("McConnell"),
    else with capitals only at the start ("Sessions") — not the asker's ("Q:", "HOST:")."""
    text = text_of(doc)
    names = []
    for start, end in _speaker_labels(doc):
        title = _LABEL_TITLE.match(text, start, end)
        first = title.end() if title else start
        words = tuple(text[first:end].split())
        if " ".join(words) in ASKER_LABELS | {"A"}:
            continue
        honorific = title.group(1).lower() if title else ""
        names.append(
            _Name(
                first,
                end,
                _respelt(doc, words),
                "PERSON",
                modifier=False,
                titled=title is not None,
                gender=_honorific_gender(honorific),
            )
        )
    return names


def _speaker_labels(doc: Doc) -> list[tuple[int, int]]:
    """Where each turn's label names its speaker in capitals (not an answer's "A:", whose
    speaker the opening names)."""
    text = text_of(doc)
    spans = [turn.speaker for turn in turns_of(doc)]
    return [(start, end) for start, end in spans if text[start:end].isupper()]


def _label_at(labels: list[_Name], span: tuple[int, int]) -> bool:
    return any(span[0] <= name.start and name.end <= span[1] for name in labels)


_LABEL_TITLE = re.compile(r"(MRS|MR|MS|DR|SEN|REP)\.? ")


def _respelt(doc: Doc, words: tuple[str, ...]) -> tuple[str, ...]:
    """A name printed in capitals, spelt as the story spells its words elsewhere
    ("MCCONNELL" → "McConnell"), else with capitals only at the start of each part
    ("O'ROURKE" → "O'Rourke")."""
    spelt = per_doc(doc, "onrecord.spellings", _spellings)
    return tuple(spelt.get(w, re.sub(r"[A-Z]+", _capitalise, w)) for w in words)


def _spellings(doc: Doc) -> dict[str, str]:
    return {t.text.upper(): t.text for t in doc if not t.text.isupper()}


def _capitalise(part: re.Match[str]) -> str:
    return part.group(0).capitalize()


def _overlaps(ent: SpacySpan, span: tuple[int, int]) -> bool:
    return ent.start_char < span[1] and span[0] < ent.end_char


def _acting_work(ent: SpacySpan) -> SpacySpan:
    """ "“That is simply not true,” Hope Hicks said", "Will Estrada is …": after a quote, the
    small model takes a full name for a work's title. A "work" that opens with a known given
    name, is written as a name, and is the subject of a clause is a person: titles do not speak
    or act."""
    if ent.label_ != "WORK_OF_ART":
        return ent
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].is_punct:
        start += 1  # '," Jared Kushner said': the closing quote mark run into the "title"
    ent = SpacySpan(ent.doc, start, ent.end, label=ent.label_)
    words = tuple(t.text for t in ent)
    if not 1 < len(ent) <= _LONGEST_UNTAGGED_NAME:
        return ent
    if ent.root.dep_ not in {"nsubj", "nsubjpass"} or not all(t.pos_ == "PROPN" for t in ent):
        return ent
    return SpacySpan(ent.doc, ent.start, ent.end, label="PERSON") if _given_name(words) else ent


def _given_name_mistagged(ent: SpacySpan) -> SpacySpan:
    """ "met Russian lawyer Natalia Veselnitskaya": a known given name the small model tagged
    as a place or a body on its own, right before a person's name — or before a surname it
    tagged as a place too — opens that name, unless a preposition puts it as a place ("in
    Georgia Trump won") and the parse does not make it part of the name ("introduced him to
    Natalia Veselnitskaya" does)."""
    doc, at = ent.doc, ent.start
    if ent.label_ == "PERSON" or len(ent) != 1 or ent.end >= len(doc):
        return ent
    after = doc[ent.end]
    if ent[0].lower_ not in _GIVEN_NAMES:
        return ent
    if not (after.ent_iob_ == "B" and after.ent_type_ == "PERSON") and not _surname_mistagged(
        after
    ):
        return ent
    end = ent.end + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    opens_the_name = ent[0].dep_ == "compound" and ent.end <= ent[0].head.i < end
    if at > 0 and doc[at - 1].lower_ in PLACE_PREPOSITIONS and not opens_the_name:
        return ent
    return SpacySpan(doc, at, end, label="PERSON")


def _surname_mistagged(token: Token) -> bool:
    """ "Natalia | Veselnitskaya", each tagged a place or the surname left untagged: a
    capitalised name word tagged alone as a place or a body, or not tagged at all, right
    after a given name, is the surname."""
    if token.pos_ != "PROPN" or not token.is_title or token.tag_ == "NNPS":
        return False  # "Virginia Democrats" are a party's members
    if token.lower_ in ORG_HEADS | INSTITUTION_HEADS | PARTY_MEMBERS | _NOT_NAME_WORDS:
        return False  # "Georgia Senate", "Virginia Republican", "Virginia Gov. X"
    if token.ent_iob_ == "O":
        return True
    alone = token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
    return token.ent_iob_ == "B" and alone and token.ent_type_ in {"GPE", "ORG"}


def _through_nickname(ent: SpacySpan) -> SpacySpan:
    """'George "Jay" Keyworth', 'James ‘Whitey’ Bulger': a nickname in quotation marks
    between the given name and the surname, where the small model ends a person's name inside
    or just after the quotes — the name runs on through the capitalised words after the
    closing mark, so the surname is not a second person."""
    doc, end = ent.doc, ent.end
    if ent.label_ != "PERSON" or end >= len(doc):
        return ent
    if _opens_nickname(doc, end - 2) and _quote_mark(doc[end]):
        end += 1  # the model stopped before the closing mark: 'George "Jay' | '" Keyworth'
    elif not (_quote_mark(doc[end - 1]) and _opens_nickname(doc, end - 3)):
        return ent
    surname = end
    while end < len(doc) and _untagged_or_person(doc[end]) and doc[end].text[:1].isupper():
        end += 1
    if end == surname:
        return ent
    return SpacySpan(doc, ent.start, end, label=ent.label_)


def _opens_nickname(doc: Doc, at: int) -> bool:
    """An opening quotation mark at ``at`` after a name's word, before a capitalised word."""
    return (
        at > 0
        and at + 1 < len(doc)
        and _quote_mark(doc[at])
        and not doc[at].whitespace_
        and doc[at - 1].text[:1].isupper()
        and doc[at + 1].text[:1].isupper()
    )


def _quote_mark(token: Token) -> bool:
    return token.is_quote or token.tag_ in ("``", "''")


def _untagged_or_person(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON")


def _without_nickname(tokens: list[Token]) -> tuple[list[Token], str | None]:
    """The name without a quoted nickname inside it ('Robert "Bob" Casey' is Robert Casey, as
    other reports name him), and the nickname."""
    for at in range(1, len(tokens) - 3):
        if _quote_mark(tokens[at]) and _quote_mark(tokens[at + 2]):
            return tokens[:at] + tokens[at + 3 :], tokens[at + 1].text
    return tokens, None


def _untagged_full_names(doc: Doc) -> list[_Name]:
    """ "Jared Kushner" on the line after a byline, which the small model ran into the
    outlet's name and left untagged: capitalised words the model tagged as nothing, opening
    with a known given name, are a person's full name."""
    names = []
    for token in doc:
        if token.lower_ not in _GIVEN_NAMES or not _untagged_name_word(token):
            continue
        if token.i > 0 and _untagged_name_word(doc[token.i - 1]):
            continue  # inside a run that opened earlier
        run = [token]
        while len(run) < _LONGEST_UNTAGGED_NAME and run[-1].i + 1 < len(doc):
            following = doc[run[-1].i + 1]
            if not _untagged_name_word(following):
                break
            run.append(following)
        words = _label_as_spelt(doc, run[-1].i + 1, tuple(_strip_possessive(t.text) for t in run))
        if len(run) > 1 and _given_name(words):
            end = run[-1].idx + len(words[-1])
            names.append(_Name(token.idx, end, words, "PERSON", modifier=False))
    return names


_LONGEST_UNTAGGED_NAME = 3


def _untagged_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper()


def _is_named(ent: SpacySpan) -> bool:
    """NORP names a group only as a plural noun ("the Russians"), not as an adjective."""
    return ent.label_ != "NORP" or ent.root.tag_ in {"NNPS", "NNS"}


def _clean_name(ent: SpacySpan) -> _Name | None:
    tokens = list(ent)
    if any(t.text in CASE_TITLE_WORDS for t in tokens[1:-1]):
        return None  # "Trump v. Trump" names a court case; "Sergey V. Lavrov" is a person
    honorific = _after_title(ent)
    gender = _honorific_gender(ent.doc[ent.start - 1].text) if honorific else None
    tokens = _before_outside_phrase(_after_clause_opener(_after_dateline(tokens)), ent)
    tokens = _untagged_given_name(ent) + tokens
    tokens += _elided_surname(ent)
    while tokens and not tokens[0].text[0].isalnum():
        tokens.pop(0)  # a list bullet or a stray mark the model ran into the name
    while len(tokens) > 1 and (
        _fronted_cue(tokens[0]) or _question_modal(tokens[0]) or _run_in_word(tokens, ent, 0)
    ):
        tokens.pop(0)
    while len(tokens) > 1 and _run_in_word(tokens, ent, -1):
        tokens.pop()
    institution = ent.label_ != "PERSON" and bool(tokens) and tokens[-1].lower_ in INSTITUTION_HEADS
    monarch = _monarch(tokens)
    while (
        len(tokens) > 1
        and tokens[0].lower_ in _NOT_NAME_WORDS
        and not _names_body(tokens)
        and not monarch
    ):
        if institution and tokens[0].lower_ != "the":
            break  # "King Solomon Missionary Baptist Church": no title of a person
        honorific = honorific or tokens[0].lower_ != "the"
        gender = gender or _honorific_gender(tokens[0].text)
        tokens.pop(0)
    while tokens and (tokens[-1].text in _POSSESSIVE or tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    titled_name = [] if monarch else _after_inner_title(tokens, ent.label_ == "PERSON")
    if titled_name:
        tokens, honorific = titled_name, True
    nickname = None
    if ent.label_ == "PERSON":
        tokens, nickname = _without_nickname(tokens)
    tokens = _from_given_name(tokens, honorific)
    if not tokens:
        return None
    words = _glued_words(tokens)
    if ent.label_ == "PERSON":
        words = _label_as_spelt(ent.doc, ent.end, words)
    end = tokens[-1].idx + len(_strip_possessive(tokens[-1].text))
    label = "PERSON" if honorific or _owns_personal_group(ent) else ent.label_
    if len(words) == 1 and words[0].lower() in PLATFORM_NAMES:
        label = "ORG"
    modifier = ent.root.dep_ in {"compound", "poss"} and label != "PERSON"
    kin = _told_as_kin(ent)
    return _Name(tokens[0].idx, end, words, label, modifier, honorific, gender, nickname, kin)


def _told_as_kin(ent: SpacySpan) -> bool:
    """ "his son, Donald Trump Jr.", "Donald Trump Jr., the president's eldest son": a name set
    beside a word for a generation of its family (see :data:`GENERATION_KIN`)."""
    root = ent.root
    beside = [c for c in root.children if c.dep_ == "appos"]
    beside += [root.head] if root.dep_ == "appos" else []
    return any(t.lemma_.lower() in GENERATION_KIN for t in beside)


def _monarch(tokens: list[Token]) -> bool:
    """ "King Hussein of Jordan", "Prince Charles", "Emir Tamim": a monarch is named by a style
    and one name, which together are the name — no title on a surname ("King Hussein" is no
    namesake of Saddam Hussein)."""
    return len(tokens) == 2 and tokens[0].lower_ in ROYAL_STYLES and tokens[1].text[:1].isupper()


def _label_as_spelt(doc: Doc, end: int, words: tuple[str, ...]) -> tuple[str, ...]:
    """A transcript's speaker label in capitals ("MIKE PENCE:", "SEN. JEFF SESSIONS:") is the
    name the intro spells "Mike Pence", not a name of its own."""
    label = end < len(doc) and doc[end].text == ":" and all(word.isupper() for word in words)
    return _respelt(doc, words) if label else words


def _titled_inside(ent: SpacySpan) -> bool:
    """ "Phoenix Mayor Greg Stanton" tagged as a work of art: a post inside a name of any label,
    with a person's name after it, names that person."""
    return bool(_after_inner_title(list(ent), person=False))


def _after_inner_title(tokens: list[Token], person: bool) -> list[Token]:
    """The name after a post inside it: "Phoenix Mayor Greg Stanton" is Greg Stanton, "Dallas
    Police Chief David Brown" is David Brown — the place or body before the post is whose post
    it is. Not "Martin Luther King Jr.", whose post-like word follows a given name; and in a
    name not tagged a person's, only a known given name after the post opens a person's name."""
    at = max((i for i, t in enumerate(tokens) if _post_word_in_name(t)), default=None)
    if at is None or at == len(tokens) - 1:
        return []
    rest = tokens[at + 1 :]
    words = tuple(_strip_possessive(t.text) for t in rest)
    if not all(t.text[:1].isupper() for t in rest) or words[0].strip(".,").lower() in SUFFIXES:
        return []
    if any(t.lower_ in _GIVEN_NAMES for t in tokens[:at]):
        return []
    if not person and (len(words) < 2 or not _given_name(words)):
        return []
    return rest


def _post_word_in_name(token: Token) -> bool:
    """A capitalised post ("Mayor", "Chief", "Editor-in-Chief"'s "Chief") or a title's
    abbreviation ("Gov.") inside a name."""
    word = token.lower_
    return token.text[:1].isupper() and (
        word in INNER_TITLE_WORDS or word in TITLE_ABBREVIATIONS or word in HONORIFICS
    )


def _from_given_name(tokens: list[Token], titled: bool) -> list[Token]:
    """ "Crooked Hillary Clinton", "(Miss) Universe Alicia Machado": capitalised words before a
    known given name, that are no given name themselves, are an epithet or the rest of a
    title — when a title stood before them, or when the article writes the name without
    them. "Rand Paul" (a given name ends it) and "Ruth Bader Ginsburg" (no given name after
    the first) keep every word."""
    at = next((i for i, t in enumerate(tokens) if t.lower_ in _GIVEN_NAMES), None)
    if not at or at == len(tokens) - 1:
        return tokens
    lead = tokens[:at]
    if any(not t.text[:1].isupper() or len(t.text.rstrip(".")) < 2 for t in lead):
        return tokens  # an initial ("H. Ross Perot") or a particle opens a name
    text = text_of(tokens[0].doc)
    whole = text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
    rest = text[tokens[at].idx : tokens[-1].idx + len(tokens[-1])]
    return tokens[at:] if titled or text.count(rest) > text.count(whole) else tokens


def _glued_words(tokens: list[Token]) -> tuple[str, ...]:
    """The name's words as written: "Ban Ki-moon" is two words, not "Ki - moon" split at the
    hyphen the tokenizer cuts, so the name reads as the article spells it and its surname is
    the whole hyphenated word ("Schmidt-Traub"); a line break a hard-wrapped text put inside
    a name ("Sergey\nKislyak") is no word."""
    words: list[str] = []
    tokens = [t for t in tokens if not t.is_space]
    for before, token in zip([None, *tokens], tokens, strict=False):
        word = _strip_possessive(token.text)
        if before is not None and not before.whitespace_ and "-" in (before.text, token.text):
            words[-1] += word
        else:
            words.append(word)
    return tuple(words)


_ELIDED_SURNAME = re.compile(r"^[OD]['’][A-Z][a-z]+$")


def _elided_surname(ent: SpacySpan) -> list[Token]:
    """ "Ann O’Leary", "Martin O’Malley": a surname with an elided prefix, which the small model
    may leave out of the person's name (reading it as an adverb)."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if ent.label_ != "PERSON" or after is None or after.ent_type_:
        return []
    return [after] if _ELIDED_SURNAME.match(after.text) else []


def _untagged_given_name(ent: SpacySpan) -> list[Token]:
    """ "An emotional Rahaman Ali clapped": a capitalised word the model left out of the
    person's name but parsed as part of it is the given name (else "Ali" would be whichever
    Ali the article named first) — not a title, a people or a place ("Sen.", "Republican")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent.label_ != "PERSON" or len(ent) != 1 or before is None or before.ent_type_:
        return []
    given = (
        before.tag_ == "NNP"
        and before.dep_ == "compound"
        and before.head.i == ent.root.i
        and before.text.isalpha()
        and before.text[0].isupper()
        and not before.text.isupper()
        and before.lower_ not in _NOT_NAME_WORDS
    )
    return [before] if given and not before.is_sent_start else []


def _before_outside_phrase(tokens: list[Token], ent: SpacySpan) -> list[Token]:
    """ "a speech to the YMCA of the Suncoast on Nov. 3": a phrase the model ran into the name
    that the parse hangs outside it (on the verb) is no part of the name ("of the Suncoast",
    hanging on "YMCA", is)."""
    cut = next(
        (
            i
            for i, t in enumerate(tokens)
            if i > 0 and t.pos_ == "ADP" and not ent.start <= t.head.i < ent.end
        ),
        None,
    )
    return tokens if cut is None else tokens[:cut]


_DATELINE_DASHES = frozenset({"-", "--", "–", "—", "_"})  # "_": 1990s AP copy


def _after_dateline(tokens: list[Token]) -> list[Token]:
    """ "ROME - Bernie Sanders met …": the dateline the model ran into the name is a place,
    not part of the name (capitals before a dash that opens the article's first sentence)."""
    dash = next((i for i, t in enumerate(tokens) if t.text in _DATELINE_DASHES), None)
    if dash is None or dash == 0 or dash == len(tokens) - 1:
        return tokens
    if all(t.text.isupper() or t.is_punct for t in tokens[:dash]):
        return tokens[dash + 1 :]
    return tokens


def _after_clause_opener(tokens: list[Token]) -> list[Token]:
    """ "Clinton's Claim That Donald Trump Is In …": in a headline set in title case the model
    may run the words around a clause into the name that opens it; a name holds no "that",
    "whether" or "because", nor an auxiliary, so it starts after the last such opener and
    ends before the clause's "Is"."""
    opener = max((i for i, t in enumerate(tokens) if t.pos_ == "SCONJ"), default=None)
    if opener is None or opener == len(tokens) - 1:
        return tokens
    rest = tokens[opener + 1 :]
    verb = next((i for i, t in enumerate(rest) if t.pos_ == "AUX"), len(rest))
    return rest[:verb] if verb > 0 else rest


def _fronted_cue(token: Token) -> bool:
    """ "Said Ellis: …", "Added Ruth Ingram: …": a speech verb opening the sentence, which the
    model ran into the name after it."""
    return (
        bool(token.is_sent_start)
        and token.pos_ == "VERB"
        and token.lemma_.lower() in REPORTING_VERBS
    )


def _question_modal(token: Token) -> bool:
    """ "Will Hillary Clinton win Ohio?", "Can Sanders catch up?": the modal opening a question,
    which the model ran into the name after it."""
    words = [t for t in token.sent if not t.is_space]
    return bool(token.is_sent_start) and token.tag_ == "MD" and words[-1].text == "?"


_RUN_IN_TAGS = frozenset({"RB", "JJ", "IN", "MD", "VB", "VBD", "VBG", "VBN", "VBZ", "WDT"})


def _run_in_word(tokens: list[Token], ent: SpacySpan, at: int) -> bool:
    """ "Trump Booed After Telling Jeb Bush To Pipe Down", "Top Clinton Adviser …", "Certainly
    Donald Trump has …": a word at the name's edge (``at``: 0 or -1) that a title-cased line or
    a sentence start capitalised, which the model ran into a name the article gives elsewhere
    without it. A person's full name is written more than once ("Will Ferrell" in the
    headline and in the story), a run-in once."""
    word = tokens[at]
    if at == 0 and word.lower_ in _GIVEN_NAMES:
        return False
    headline = in_title_cased_line(word)  # the model may call the whole run an organisation
    if ent.label_ != "PERSON" and not (headline and ent.label_ == "ORG"):
        return False
    if word.tag_ not in _RUN_IN_TAGS and not headline:
        return False
    rest = [_strip_possessive(t.text) for t in (tokens[1:] if at == 0 else tokens[:-1])]
    # the name may lie further in: "Flint Water Response … Between Bernie Sanders"
    inner = [rest[k:] if at == 0 else rest[: len(rest) - k] for k in range(len(rest))]
    doc = ent.doc
    others = [
        f" {_strip_possessive(other.text)} "
        for other in ents_of(doc)
        if other.label_ == "PERSON"
        and (other.start >= ent.end or other.end <= ent.start)
        and word.text not in other.text.split()
    ]
    named_without = any(f" {' '.join(words)} " in other for words in inner for other in others)
    whole = " ".join([word.text, *rest] if at == 0 else [*rest, word.text])
    return named_without and doc.text.count(whole) == 1


def _after_title(ent: SpacySpan) -> bool:
    """ "Vice President-elect Mike Pence": a name right after a title word is a person's, even
    when the small model tags it as an organisation. One that modifies the noun after it
    ("former CIA officers") is not what the title word is about."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and ent.root.dep_ != "compound"
        and ent[-1].lower_ not in INSTITUTION_HEADS  # "King Solomon … Church"
        and (before.lower_ in _NOT_NAME_WORDS - {"the"} or before.lower_ == "elect")
    )


def _names_body(tokens: list[Token]) -> bool:
    """ "Justice Department", "Intelligence Committee": a title-like word before the head noun
    of an institution is part of its name, possessive or not ("the Justice Department's")."""
    words = [t for t in tokens if t.text not in _POSSESSIVE and not t.is_punct]
    return len(words) == 2 and words[-1].lower_ in ORG_HEADS


def _owns_personal_group(ent: SpacySpan) -> bool:
    """ "Mr. X" and "X's aides" / "the X campaign" are people: only people have aides and
    campaigns, even when the model tags the name as an organisation."""
    head = ent.root.head
    return ent.root.dep_ in {"compound", "poss"} and head.lower_ in PERSONAL_GROUP_NOUNS


def _strip_possessive(word: str) -> str:
    for suffix in _POSSESSIVE[:2]:
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _cluster_names(names: list[_Name]) -> list[_Draft]:
    """Fullest names first, so that "Kislyak" finds "Sergey Ivanovich Kislyak" waiting."""
    drafts: list[_Draft] = []
    by_given_name = _going_by_given_names(names)
    for name in sorted(names, key=lambda n: (-len(n.words), n.start)):
        draft = _find_draft(drafts, name, by_given_name)
        if draft is None:
            draft = _Draft(first_kind=LABEL_KINDS[name.label])
            drafts.append(draft)
        draft.honorific_gender = draft.honorific_gender or name.gender
        if name.words not in draft.variants:
            draft.variants.append(name.words)
        if name.nickname:  # the name the article may go on to use: "Bobby Scott"
            draft.called.add((name.nickname, without_suffix(name.words)[-1]))
        if name.modifier:
            draft.modifier_votes[LABEL_KINDS[name.label]] += 1
        else:
            draft.votes[LABEL_KINDS[name.label]] += 1
            if name.label == "PERSON":
                draft.person_names.add(name.words)
        draft.titled = draft.titled or name.titled
        draft.kin = draft.kin or name.kin
        draft.add(name.start, name.end, MentionKind.NAME, name.label)
    return drafts


def _going_by_given_names(names: list[_Name]) -> frozenset[tuple[str, str]]:
    """ "Elian Gonzalez … Elian … Elian's father, Juan Miguel Gonzalez … Gonzalez said": the
    given and family names of people the story calls by their given name alone at least three
    times, and more often than anyone is called by the bare family name — a child, as wire copy
    names one, whom the bare surname does not mean (a story that cheers "Hillary" twice still
    means her by "Clinton")."""
    alone = Counter(n.words[0] for n in names if len(n.words) == 1)
    full = {(n.words[0], n.words[-1]) for n in names if n.label == "PERSON" and len(n.words) == 2}
    return frozenset(
        (given, family)
        for given, family in full
        if alone[given] >= _GIVEN_NAME_USES and alone[given] > alone[family]
    )


_GIVEN_NAME_USES = 3


def _find_draft(
    drafts: list[_Draft], name: _Name, by_given_name: frozenset[tuple[str, str]]
) -> _Draft | None:
    """The draft a name joins. An honorific's gender rules out the namesakes of the other:
    "Mr. Clinton" beside "Hillary Clinton" and "Bill Clinton" is Bill. A bare surname that
    still fits two people is the one the story named first: news copy introduces its subject
    in full and goes on by surname, and names a namesake in full each time ("Bill Clinton") —
    passing over one it goes on to call by given name (``by_given_name``: "Elian"). A given
    name alone joins the one person named in full with it, whatever the model
    tagged it ("Bernie" or "Lazaro's home" as a group), unless it was tagged a place
    ("Virginia"). A surname under a title of office is not a "Jr." the story never titled
    (see :func:`_office_of_another`)."""
    words, person, gender = name.words, name.label == "PERSON", name.gender
    place = name.label in _WHERE_LABELS
    agrees = [d for d in drafts if gender is None or d.gender in (None, gender)]
    exact = [d for d in agrees if words in d.variants or words in d.called]
    if exact:
        return exact[0]
    agrees = [d for d in agrees if not _office_of_another(name, d)]
    candidates = [d for d in agrees if _compatible(words, d, person)] or [
        d for d in agrees if not person and _company_short_name(words, d)
    ]
    given = words[0].lower() in _GIVEN_NAMES and not place  # "Bernie", not "Virginia"
    if not candidates and not place:
        return _by_given_name(drafts, words, person or given)
    if len(words) == 1 and len(candidates) > 1:
        candidates = [
            d for d in candidates if (d.fullest[0], d.fullest[-1]) not in by_given_name
        ] or candidates
    return min(candidates, key=_first_named, default=None)


def _office_of_another(name: _Name, draft: _Draft) -> bool:
    """ "his son, Donald Trump Jr., met her … President Trump said": a bare surname under a
    title of office (no "Mr." or "Ms.") is not a "Jr." or "Sr." the story told as someone's
    son or father and never titled — the namesake in the other generation holds the office.
    ("Representative Brooks" after "Morris J. Brooks Jr." is he: no family told.)"""
    office = name.titled and name.gender is None and len(name.words) == 1
    suffixed = without_suffix(draft.fullest) != draft.fullest
    return office and suffixed and draft.kin and not draft.titled


def _first_named(draft: _Draft) -> int:
    """Where the text first names the draft's holder."""
    return min(span[0] for span in draft.spans)


def _by_given_name(drafts: list[_Draft], words: tuple[str, ...], person: bool) -> _Draft | None:
    """ "Chinese President Xi Jinping … Xi said", "Hillary", "Juan Miguel" after "Juan Miguel
    Gonzalez": words that begin exactly one person's full name, and end none, are that person
    (family name first, or given names used alone) — one word read as a person's or a known
    given name, or else the given names of a family the story names (see
    :func:`_given_names_of`)."""
    given = [
        d
        for d in drafts
        if d.votes[EntityKind.PERSON]
        and len(d.fullest) > len(words)
        and d.fullest[: len(words)] == words
        and d.fullest[-1].lower() not in ORG_HEADS  # "the Obama White House": not Obama's name
        and ((person and len(words) == 1) or _given_names_of(d, words, drafts))
    ]
    return given[0] if len(given) == 1 else None


def _given_names_of(draft: _Draft, words: tuple[str, ...], drafts: list[_Draft]) -> bool:
    """ "Juan Miguel" of "Juan Miguel Gonzalez", "Lazaro's home" (read as a group's) after
    "Lazaro Gonzalez": words are a person's given names when only a family name the story uses
    follows them (alone, or in a relative's name) — not "Marco Rubio" of a headline the model
    ran into a name ("Marco Rubio Donor"), nor "EgyptAir" of "EgyptAir Crash"."""
    family = draft.fullest[-1]
    if without_suffix(draft.fullest) != draft.fullest:
        return False  # "Donald Trump" is not the given names of "Donald Trump Jr."
    return len(draft.fullest) == len(words) + 1 and (
        (family,) in draft.variants
        or any(
            d is not draft
            and d.kind is EntityKind.PERSON
            and len(d.fullest) >= 2
            and d.fullest[-1] == family
            for d in drafts
        )
    )


def _compatible(words: tuple[str, ...], draft: _Draft, person: bool) -> bool:
    """A surname alone, the last words of a longer name, or first-and-last names that agree up
    to initials, name a person already drafted; organisations must match a variant exactly or
    be its acronym ("AP" after "The Associated Press")."""
    if not (person or draft.kind is EntityKind.PERSON):
        return not person and _acronym_of(words, draft.fullest)
    full = draft.fullest
    if len(words) == 1 and len(full) > 2:
        if _short_name_keeps_suffix(draft):
            return False
        full = without_suffix(full)  # "Biden" after "Joseph R. Biden Jr."; not "Donald Trump"
    if len(full) < 2 or family_word(words[-1]) != family_word(full[-1]):
        return False
    return len(words) == 1 or _same_given_name(words[0], full[0]) or _tail_of(words, full)


def _short_name_keeps_suffix(draft: _Draft) -> bool:
    """ "Mr. Trump Jr." … "President Trump": a story that shortens a name with its suffix
    ("Trump Jr.") keeps the suffix for him, and means another by the bare surname — his
    father; "Mr. Biden" after "Joseph R. Biden Jr." drops it, and is he."""
    return any(
        len(v) >= 2 and v[-1].strip(".").lower() in SUFFIXES and len(without_suffix(v)) == 1
        for v in draft.variants
    )


def _tail_of(words: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """ "Suu Kyi" after "Aung San Suu Kyi": the last words of a longer name name its holder."""
    return len(words) < len(full) and full[-len(words) :] == words


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "on", "&"})


def _acronym_of(words: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """ "AP" for "Associated Press", "RNC" for "Republican National Committee"."""
    if len(words) != 1 or len(full) < 2 or not _ACRONYM.fullmatch(words[0]):
        return False
    initials = "".join(w[0] for w in full if w.lower() not in _ACRONYM_SKIPS)
    return initials.upper() == words[0]


def _company_short_name(words: tuple[str, ...], draft: _Draft) -> bool:
    """ "Warner" for "Warner Communications Inc.", "Guber/Peters" for "Guber/Peters
    Entertainment Co.": a company called by the first words of its name, when the rest is its
    line of business and its corporate ending — only when no one else answers to the words
    ("Podesta" is Tony Podesta, not the Podesta Group Inc.)."""
    full = draft.fullest
    if draft.kind is EntityKind.PERSON or full[-1].lower() not in CORPORATE_SUFFIXES:
        return False
    if len(full) < len(words) + 2:  # a name, a line of business, an ending
        return False
    trade = full[len(words) : -1]
    return full[: len(words)] == words and all(w.lower() in BUSINESS_WORDS for w in trade)


def _same_given_name(a: str, b: str) -> bool:
    a, b = a.rstrip("."), b.rstrip(".")
    initial = (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
    return a == b or initial or _one_letter_undoubled(a, b) or _one_letter_undoubled(b, a)


def _one_letter_undoubled(longer: str, shorter: str) -> bool:
    """ "Hilary Clinton" in a story about "Hillary Clinton": a doubled letter written once is
    the same name misspelt (or spelt the other way: "Phillip", "Philip"), not a namesake."""
    return len(longer) == len(shorter) + 1 and any(
        longer[i] == longer[i + 1] and longer[:i] + longer[i + 1 :] == shorter
        for i in range(len(longer) - 1)
    )


def _add_bare_names(doc: Doc, drafts: list[_Draft]) -> None:
    """Surnames the model left untagged ("Sessions, the attorney general,") or tagged as a kind
    the cast does not hold ("Cole said" as a product), or read as a common noun when the name
    is also a word ("Sessions had denied it": a plural); a surname two people share is the one
    named first, as for the tagged ones. So are given names used alone for the one person
    the story names in full with them ("talks with Reince" after "Reince Priebus", "Lazaro
    met with Reno" after "Lazaro Gonzalez")."""
    surnames: dict[str, _Draft] = {}
    for draft in sorted(drafts, key=_first_named):
        if draft.kind is EntityKind.PERSON and all(w[:1].isalpha() for w in draft.fullest):
            surnames.setdefault(family_word(_surname(draft.fullest)), draft)
    for token in doc:
        word = _strip_possessive(token.text)
        if token.ent_type_ in LABEL_KINDS or not _may_be_a_name(token):
            continue
        holder = surnames.get(family_word(word)) or _by_given_name(drafts, (word,), True)
        if holder is not None and not _draft_at(drafts, token.idx, _token_end(token)):
            holder.add(token.idx, token.idx + len(word), MentionKind.NAME, "")


_SURNAME_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Ki-moon", "Geun-hye": a given name


def _surname(words: tuple[str, ...]) -> str:
    """The word a story calls a person by: the last, except in a Korean name, which puts the
    surname first and the hyphenated given name after it ("Ban Ki-moon" … "Ban said")."""
    if len(words) == 2 and _SURNAME_FIRST.fullmatch(words[1]):
        return words[0]
    return words[-1]


def _may_be_a_name(token: Token) -> bool:
    """A proper noun, or a capitalised noun with nothing that makes it a common one ("the
    sessions", "two sessions", "budget Sessions")."""
    if token.pos_ == "PROPN":
        return True
    return (
        token.pos_ == "NOUN"
        and token.text[:1].isupper()
        and not any(c.dep_ in _COMMON_NOUN_MARKS for c in token.children)
    )


_COMMON_NOUN_MARKS = frozenset({"det", "amod", "nummod", "compound", "poss"})


def _draft_at(drafts: list[_Draft], start: int, end: int) -> _Draft | None:
    """The draft with a mention covering ``start``-``end`` (a plain loop: every noun phrase
    and pronoun asks, and the drafts grow as they are read)."""
    for draft in drafts:
        for s, e, _, _ in draft.spans:
            if s <= start and end <= e:
                return draft
    return None


def _token_end(token: Token) -> int:
    return int(token.idx) + len(token.text)


def _add_title_links(doc: Doc, drafts: list[_Draft]) -> None:
    """Appositive, prefix and predicated titles are role mentions of the name they describe."""
    for link in [*find_title_links(doc), *predicate_title_links(doc)]:
        name = doc[link.person]
        draft = _draft_at(drafts, name.idx, _token_end(name))
        if draft is None or draft.kind is not EntityKind.PERSON:
            continue
        draft.titles.append(link)
        draft.said |= _title_words(doc[link.start : link.end])
        draft.add(doc[link.start].idx, _token_end(doc[link.end - 1]), MentionKind.ROLE, "")


def _title_core(head: Token) -> tuple[str, ...]:
    """A title's head with the words that name the post along with it: compounds, their
    adjectives and hyphenated parts ("attorney general", "national security adviser",
    "vice president-elect"). An adjective on the head itself ("the Russian ambassador") or a
    word of time ("the former adviser", "the incoming adviser") only describes the holder."""
    words = [t for t in head.subtree if t.i < head.i and _names_post(t, head)]
    return (*(t.lower_ for t in words), _post_word(head.lemma_.lower()))


def _link_core(doc: Doc, link: TitleLink) -> tuple[str, ...]:
    """The core of a linked title. A title before a name is all post ("Vice President-elect",
    "National Security Adviser") but for names in it ("Russian Ambassador") and words of time;
    an appositive's is read from its head like a role phrase's."""
    head = doc[link.head]
    if link.construction != "title":
        return _title_core(head)
    words = [
        t
        for t in doc[link.start : link.head]
        if not (t.is_punct or t.ent_type_ or t.lower_ in _TRANSIENT_WORDS)
    ]
    return (*(_post_word(t.lower_) for t in words), _post_word(head.lemma_.lower()))


def _post_word(word: str) -> str:
    """ "sen." names the post "senator" does: "Sen. X … the senator" is one person; and "the
    envoy" the post "ambassador" does."""
    return POST_SYNONYMS.get(word, TITLE_SPELLED_OUT.get(word, word))


def _names_post(token: Token, head: Token) -> bool:
    """Whether a word before a title's head is part of the post's name ("national security
    adviser") — not a word of time, nor the place or nation the holder serves ("the Vermont
    senator" holds the post "senator")."""
    if token.lower_ in _TRANSIENT_WORDS or token.is_punct or token.ent_type_ in _WHERE_LABELS:
        return False
    node = token if token.dep_ == "compound" else token.head
    if token.dep_ != "compound" and not (token.dep_ == "amod" and node.dep_ == "compound"):
        return False
    while node.i != head.i and node.dep_ == "compound":
        node = node.head
    return node.i == head.i


@dataclass(frozen=True)
class _Titled:
    """A title the article gave a person, by its core."""

    draft: _Draft
    start: int
    core: tuple[str, ...]
    former: bool = False  # "former Gov. X": a past holder
    post: tuple[str, ...] = ()  # the core without its describing words (see _plain_post)


def _titles(doc: Doc, drafts: list[_Draft]) -> list[_Titled]:
    return [
        _Titled(
            d,
            link.start,
            _link_core(doc, link),
            _says_former(doc[link.start : link.head]),
            _link_post(doc, link),
        )
        for d in drafts
        for link in d.titles
    ]


def _link_post(doc: Doc, link: TitleLink) -> tuple[str, ...]:
    """The post a linked title names, without its describing words (see :func:`_plain_post`)."""
    head = doc[link.head]
    if link.construction == "title":
        return _plain_post(list(doc[link.start : link.head]), head)
    return _phrase_post(head)


def _phrase_post(head: Token) -> tuple[str, ...]:
    """The post a role phrase or an appositive names, without its describing words."""
    return _plain_post([t for t in head.subtree if t.i < head.i and _names_post(t, head)], head)


def _plain_post(words: list[Token], head: Token) -> tuple[str, ...]:
    """A post's name with only the words that make it another post: "Republican presidential
    nominee" and "the nominee", "House Speaker" and "the speaker", "special envoy" and "the
    envoy" name one post; "deputy director" and "vice president" stay other posts than "the
    director" and "the president" (an adjective only describes, a noun or a rank word names)."""
    kept = [
        t
        for t in words
        if not (t.is_punct or t.ent_type_ or t.lower_ in _TRANSIENT_WORDS)
        and (t.tag_ != "JJ" or t.lower_ in RANK_WORDS)
    ]
    return (*(_post_word(t.lower_) for t in kept), _post_word(head.lemma_.lower()))


def _says_former(words: Iterable[Token]) -> bool:
    return any(t.lower_ in FORMER_WORDS for t in words)


def _add_role_phrases(doc: Doc, drafts: list[_Draft]) -> None:
    """Definite role phrases ("the ambassador", "the Israeli leader") link to the person whose
    title agrees with them; outlet nouns ("the newspaper", "the column") link to the latest
    outlet named before them, and "the agency" or "the committee" to the latest such body."""
    titled = _titles(doc, drafts)
    sentence_of = _sentence_numbers(doc)
    for chunk in noun_chunks_of(doc):
        root = chunk.root
        if not _is_definite(chunk) or not _is_common_noun(root) or _speakers_own(chunk):
            continue
        if _draft_at(drafts, root.idx, _token_end(root)) or _describes_an_unknown_name(
            root, drafts
        ):
            continue
        draft = (
            _titled_antecedent(chunk, titled)
            or _envoy_antecedent(chunk, titled)
            or _head_of_antecedent(chunk, titled)
            or _outlet_antecedent(chunk, drafts, sentence_of)
            or _body_antecedent(chunk, drafts, sentence_of)
        )
        if draft is not None:
            start = chunk[1].idx if chunk[0].pos_ == "DET" else chunk.start_char
            draft.add(start, chunk.end_char, MentionKind.ROLE, "")


def _envoy_antecedent(chunk: SpacySpan, titled: list[_Titled]) -> _Draft | None:
    """ "Putin's man in Washington", "Moscow's man in town": someone's man in a capital is
    their envoy there — the one diplomat the article titles, or the one of several it has
    just told of."""
    root = chunk.root
    if root.lower_ not in {"man", "woman"} or not any(c.dep_ == "poss" for c in root.children):
        return None
    places = [o for c in root.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children]
    if not any(o.ent_type_ == "GPE" or o.lower_ in _POSTINGS for o in places):
        return None  # "Trump's man in the Senate" is an ally there, no envoy
    envoys = list(
        {id(t.draft): t.draft for t in titled if t.draft.said & DIPLOMATIC_POSTS}.values()
    )
    return envoys[0] if len(envoys) == 1 else _told_of_just_before(chunk, envoys)


#: Where an envoy is posted, said without its name: "Moscow's man in town".
_POSTINGS = frozenset({"town", "capital"})


def _speakers_own(chunk: SpacySpan) -> bool:
    """ "our president", "our ambassador": whose post it is depends on whose country speaks,
    not on the titles the narrator gave; a foreign leader titled "the president" is not a
    speaker's "our president". ("my husband" is left to the titles: a wife says it of the man
    titled her husband.)"""
    return any(c.dep_ == "poss" and c.lower_ == "our" for c in chunk.root.children)


def _title_words(span: SpacySpan) -> set[str]:
    return set(_post_word(_strip_possessive(t.lower_)) for t in span if not t.is_punct)


def _is_common_noun(token: Token) -> bool:
    """A noun, or a word the model took for a name without naming anything ("elect")."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_)


def _describes_an_unknown_name(role: Token, drafts: list[_Draft]) -> bool:
    """ "Will Estrada, the chairman for the exurb, said": a role phrase set beside a name
    describes that name's holder, so when the cast could not read that name as anyone's,
    the phrase is no one's — not some other chairman the article names later."""
    name = role.head
    return (
        role.dep_ == "appos"
        and name.pos_ == "PROPN"
        and _draft_at(drafts, name.idx, _token_end(name)) is None
    )


def _titled_antecedent(chunk: SpacySpan, titled: list[_Titled]) -> _Draft | None:
    """The person a role phrase describes: one whose title has the phrase's core ("the
    ambassador") or, for "the leader", a leading post; and whose titles say everything the
    phrase's modifiers say ("the Israeli leader" is not the leader of an American group). Of
    several holders of the same core, the one the story is about there (see
    :func:`_holder_written_about`); else the one person whose post the phrase names with other
    describing words (see :func:`_sole_post_holder`). Modifiers choose among holders but do
    not rule out the only one ("Ambassador X … the Russian ambassador") unless a leader they
    fit is named; "the leader" that fits several is left unresolved. "The governor" is a
    sitting one, not one titled "former Gov.". A holder named only after the phrase must
    agree with its modifiers. A plural ("HP's nine directors") is never one holder."""
    if chunk.root.tag_ in {"NNS", "NNPS"}:
        return None
    core = _title_core(chunk.root)
    former = _says_former(chunk)
    titled = [t for t in titled if not _other_party(chunk, t.draft) and former >= t.former]
    exact = [t for t in _agreeing(chunk, titled) if t.core == core]
    leaders = _fitting_leaders(chunk, titled)
    if not exact and len(leaders) == 1:
        return leaders[0]
    agreed = bool(exact)
    exact = exact or _sole_holder(chunk, [t for t in titled if t.core == core and not leaders])
    if exact:
        since = chunk.start if agreed else _first_said(chunk)
        before = [t for t in exact if t.start < since]
        if not before:
            # "where he met the Mexican president …, reminds me of President Reagan's trip":
            # a holder named only later must agree with what the phrase says of them
            return exact[0].draft if agreed or not _modifier_words(chunk) else None
        return _holder_written_about(chunk, [t.draft for t in before])
    if leaders or description_noun(chunk.root) == _RUNNER:
        return None  # "the candidate" is any runner's epithet: see _add_runner_epithet
    return _sole_post_holder(chunk, titled)


def _first_said(chunk: SpacySpan) -> int:
    """Where the article first says a role phrase ("the Mexican president"): one the only
    holder's titles do not agree with stands for him only when he was titled before that — it
    meant no one before "President Reagan" was named, and means no one after."""
    text = text_of(chunk.doc).lower()
    first = text.find(chunk.text.lower())
    if first < 0 or first >= chunk.start_char:
        return chunk.start
    return next(t.i for t in chunk.doc if t.idx >= first)


_WRITTEN_ABOUT_REACH = 2  # sentences before a role phrase where its holder is being told of


def _holder_written_about(chunk: SpacySpan, holders: list[_Draft]) -> _Draft | None:
    """Of the holders of a post titled before a role phrase, the only one, or else the one the
    story is about where the phrase stands (see :func:`_told_of_just_before`)."""
    people = list({id(d): d for d in holders}.values())
    return people[0] if len(people) == 1 else _told_of_just_before(chunk, people)


def _told_of_just_before(chunk: SpacySpan, people: list[_Draft]) -> _Draft | None:
    """The one of ``people`` referred to in the phrase's sentence or the two before, where no
    other of them is ("Ambassador X attended. So did Ambassador Y. Z met the ambassador" has
    not said which)."""
    start = chunk.sent.start
    for _ in range(_WRITTEN_ABOUT_REACH):
        start = chunk.doc[start - 1].sent.start if start > 0 else start
    first = chunk.doc[start].idx
    recent = [d for d in people if _last_named_before(d, chunk.start_char) >= first]
    return recent[0] if len(recent) == 1 else None


def _sole_post_holder(chunk: SpacySpan, titled: list[_Titled]) -> _Draft | None:
    """ "Republican presidential nominee Donald Trump … the nominee", "House Speaker Paul Ryan
    … the House speaker": a phrase that names the post with more or fewer describing words
    than the title did stands for the one person whose title names that post — when the
    story has just told of them (a "presidential candidate" titled paragraphs back is not
    whichever candidate "the candidate" is now), and none when the article titles two such
    people."""
    post = _phrase_post(chunk.root)
    agreeing = _agreeing(chunk, titled)
    fits = list({id(t.draft): t.draft for t in agreeing if t.post == post}.values())
    if not fits and len(post) == 1:
        fits = list({id(t.draft): t.draft for t in agreeing if _field_of(t, post[0])}.values())
    return _told_of_just_before(chunk, fits) if len(fits) == 1 else None


def _field_of(titled: _Titled, post: str) -> bool:
    """ "foreign policy adviser Carter Page … the adviser", "campaign chairman Paul Manafort …
    the chairman": a post named with the field it serves is that post, said without the field
    — but not one of rank ("deputy director" is not "the director", nor "Chief Justice X"
    every "justice")."""
    return titled.post[-1] == post and not set(titled.core) & _RANKS


#: Words that make a post another, lesser or higher, than the bare post.
_RANKS = RANK_WORDS | {"chief"}


def _head_of_antecedent(chunk: SpacySpan, titled: list[_Titled]) -> _Draft | None:
    """ "the head of the RNC's rules committee" is the one person the article titles with the
    body's words and a heading post ("Rules Committee Chairman X"); none if several fit or
    the phrase's holder is a sitting one and the only fit a former one. A possessed post
    ("her deputy chief of staff") is someone's own aide, not the head of a body."""
    root = chunk.root
    if root.lemma_.lower() not in HEAD_OF_NOUNS or chunk[0].lower_ != "the":
        return None
    if root.tag_ in {"NNS", "NNPS"}:
        return None  # "the HP leaders who would lead the integration": several, not its head
    words = _body_words(root)
    if not words:
        return None
    former = _says_former(chunk)
    fits = {
        id(t.draft): t.draft
        for t in titled
        if former >= t.former
        and t.draft.said & HEADING_POSTS
        and all(_said_in(w, t.draft.said) for w in words)
    }
    return next(iter(fits.values())) if len(fits) == 1 else None


def _body_words(head: Token) -> tuple[str, ...]:
    """The words naming the body in "<head> of <body>": its head noun and the nouns compounded
    on it ("rules committee"), not its owner or adjectives ("the RNC's powerful"). The body is
    a name or a body noun: "chief of staff" is a post, not the head of a staff."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if body is None:
        return _named_body_before(head)
    if not (body.pos_ == "PROPN" or body.lower_ in BODY_NOUNS | ORG_HEADS):
        return ()
    compounds = [t for t in body.lefts if t.dep_ == "compound" and t.pos_ in {"NOUN", "PROPN"}]
    return (*(t.lower_ for t in compounds), body.lower_)


def _named_body_before(head: Token) -> tuple[str, ...]:
    """ "the FBI chief", "the RNC chairman": a body named right before the heading post, as
    the "of" phrase names it after one ("the head of the FBI")."""
    names = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return tuple(t.lower_ for t in names) if names and names[-1].i == head.i - 1 else ()


def _last_named_before(draft: _Draft, at: int) -> int:
    """Where a person was last referred to before ``at``: of two governors, "the governor
    said" is the one the story was just about, not the one whose title came last."""
    return max((start for start, *_ in draft.spans if start < at), default=-1)


def _sole_holder(chunk: SpacySpan, holders: list[_Titled]) -> list[_Titled]:
    """The holders of a post a role phrase may stand for when its modifiers agree with no
    one's titles: all of them for a bare phrase ("the senator" is the latest senator named),
    but a phrase that says more ("the Vermont senator") only the one person, if one: of two
    senators the story has not said which is from Vermont."""
    people = {id(t.draft) for t in holders}
    return holders if not _modifier_words(chunk) or len(people) == 1 else []


def _agreeing(chunk: SpacySpan, titled: list[_Titled]) -> list[_Titled]:
    """The titles of the people whose titles — or the posts the story has already told of
    them ("Russia's ambassador" for "the Russian ambassador") — say all the phrase's
    modifiers say."""
    said = _modifier_words(chunk)
    if not said:
        return list(titled)
    text = text_of(chunk.doc)
    return [t for t in titled if _says_all(said, t.draft.said | _role_words(t.draft, text))]


def _says_all(said: tuple[str, ...], words: set[str]) -> bool:
    return all(_said_in(w, words) for w in said)


def _role_words(draft: _Draft, text: str) -> set[str]:
    """The words of the posts the story has told of the person so far."""
    return {
        _strip_possessive(word).lower()
        for start, end, kind, _ in draft.spans
        if kind is MentionKind.ROLE
        for word in text[start:end].split()
    }


def _fitting_leaders(chunk: SpacySpan, titled: list[_Titled]) -> list[_Draft]:
    """Everyone "the leader" or "the diplomat" (with its modifiers) may stand for: holders of
    a leading post, or of a diplomatic one."""
    posts = POST_CLASSES.get(description_noun(chunk.root))
    if posts is None:
        return []
    leaders = {id(t.draft): t.draft for t in _agreeing(chunk, titled)}
    return [d for d in leaders.values() if d.said & posts]


def _modifier_words(chunk: SpacySpan) -> tuple[str, ...]:
    """What a role phrase says of its holder before its head: "the Israeli leader" →
    ("israeli",). Only adjectives and nouns on the head count: a possessor ("Trump's campaign
    chief"), a participle ("newly installed") or a word of time says nothing of the post."""
    return tuple(
        t.lower_
        for t in chunk.root.lefts
        if t.dep_ in {"amod", "compound"}
        and t.pos_ in {"ADJ", "NOUN", "PROPN"}
        and t.lower_ not in _TRANSIENT_WORDS
    )


def _said_in(word: str, words: set[str]) -> bool:
    """A modifier the person's titles carry, a nationality or party up to its ending
    ("Israeli" for "Israel's", "Democratic" for "Democrat")."""
    return any(_same_stem(word, other) for other in words)


@lru_cache(maxsize=1 << 16)
def _same_stem(a: str, b: str) -> bool:
    """Kept per pair of words: every role phrase tests its modifiers against every title word
    of everyone titled."""
    shorter = min(len(a), len(b))
    common = len(next((a[:n] for n in range(shorter, 0, -1) if a[:n] == b[:n]), ""))
    return a == b or (shorter >= 4 and common >= shorter - 1)


def _outlet_antecedent(
    chunk: SpacySpan, drafts: list[_Draft], sentence_of: dict[int, int]
) -> _Draft | None:
    """ "the newspaper said": the outlet named last within the lookback before it — by a
    publication word in its name or by the article's naming its staff."""
    if not _bare_noun(chunk, OUTLET_NOUNS):
        return None
    return _latest_within_lookback(chunk, drafts, sentence_of, _is_outlet)


def _add_staffed_outlets(doc: Doc, drafts: list[_Draft]) -> None:
    """Organisations the article shows to be outlets by their staff: "the editors of the
    Advocate", "the Ledger's publisher" — a paper whose name has no publication word. One the
    model left untagged is drafted here, with every other mention of its name."""
    for token in doc:
        if token.lower_ not in _OUTLET_STAFF:
            continue
        owners = [c for c in token.children if c.dep_ == "poss"]
        of = [c for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"]
        owners += [c for p in of for c in p.children if c.dep_ == "pobj"]
        for owner in owners:
            draft = _draft_at(drafts, owner.idx, _token_end(owner)) or _untagged_outlet(
                doc, drafts, owner
            )
            if draft is not None and draft.kind is EntityKind.ORG:
                draft.outlet = True


def _untagged_outlet(doc: Doc, drafts: list[_Draft], owner: Token) -> _Draft | None:
    """A capitalised name the model tagged as nothing ("the editors of The Advocate"), drafted
    as an organisation named wherever those words recur untagged."""
    words = [t for t in owner.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [owner]
    if owner.pos_ != "PROPN" or owner.ent_type_ or not all(t.text[:1].isupper() for t in words):
        return None
    texts = [_strip_possessive(t.text) for t in words]
    draft = _Draft(variants=[tuple(texts)], first_kind=EntityKind.ORG)
    draft.votes[EntityKind.ORG] += 1
    for token in doc:
        run = doc[token.i : token.i + len(texts)]
        if [_strip_possessive(t.text) for t in run] != texts or any(t.ent_type_ for t in run):
            continue
        if not _draft_at(drafts, run[0].idx, run[0].idx + len(" ".join(texts))):
            draft.add(run[0].idx, run[-1].idx + len(texts[-1]), MentionKind.NAME, "ORG")
    drafts.append(draft)
    return draft


def _body_antecedent(
    chunk: SpacySpan, drafts: list[_Draft], sentence_of: dict[int, int]
) -> _Draft | None:
    """ "the agency met with …" after "the CIA", "the committee" after "the Democratic National
    Committee": the organisation named last within the lookback whose name has that head noun
    or is an acronym ending in its initial."""
    if not _bare_noun(chunk, BODY_NOUNS):
        return None
    head = chunk.root.lower_
    return _latest_within_lookback(chunk, drafts, sentence_of, lambda d: _body_named(d, head))


def _bare_noun(chunk: SpacySpan, nouns: frozenset[str]) -> bool:
    """ "the newspaper", "the agency": "the" and one of ``nouns``, nothing else."""
    return len(chunk) == 2 and chunk[0].lower_ == "the" and chunk.root.lower_ in nouns


def _body_named(draft: _Draft, head: str) -> bool:
    """An organisation named with the head noun ("Central Intelligence Agency") or by an
    acronym ending in its initial ("CIA" for "the agency", "DNC" for "the committee")."""
    if draft.kind is not EntityKind.ORG:
        return False
    return any(
        head in (BODY_SPELLINGS.get(w.lower(), w.lower()) for w in v)
        or (len(v) == 1 and _ACRONYM.fullmatch(v[0]) is not None and v[0][-1] == head[0].upper())
        for v in draft.variants
    )


def _latest_within_lookback(
    chunk: SpacySpan,
    drafts: list[_Draft],
    sentence_of: dict[int, int],
    fits: Callable[[_Draft], bool],
) -> _Draft | None:
    """The fitting draft named last before the chunk, within the lookback."""
    here = sentence_of[chunk.root.idx]
    latest: tuple[int, _Draft] | None = None
    for draft in drafts:
        if not fits(draft):
            continue
        for start, *_ in draft.spans:
            recent = start < chunk.start_char and here - sentence_of[start] <= _LOOKBACK_SENTENCES
            if recent and (latest is None or start > latest[0]):
                latest = (start, draft)
    return latest[1] if latest else None


def _is_outlet(draft: _Draft) -> bool:
    return draft.outlet or any(is_outlet(draft.kind, v) for v in draft.variants)


def is_outlet(kind: EntityKind, words: Iterable[str]) -> bool:
    """An organisation whose name has a publication word ("Times", "Post", "News") or is a
    network's ("CNN", "MSNBC") — a word other bodies share ("Network") only beside another."""
    marks = [w.lower() for w in words if w.lower() in OUTLET_WORDS | OUTLET_NAMES]
    return kind is EntityKind.ORG and any(m not in OUTLET_WORDS_SHARED for m in marks)


def _is_definite(chunk: SpacySpan) -> bool:
    first = chunk[0]
    return first.lower_ == "the" or any(c.dep_ == "poss" for c in chunk.root.children)


_TIME_PREPOSITIONS = frozenset(
    {"during", "before", "after", "since", "throughout", "until", "through", "amid"}
)


def _add_groups(doc: Doc, drafts: list[_Draft], possessed: bool) -> None:
    """Noun phrases headed by a collective noun ("the Trump campaign", "Russian officials").

    Run twice: first for groups named outright, then (``possessed``) for "his campaign",
    named after the person the pronoun was resolved to.
    """
    for chunk in noun_chunks_of(doc):
        one = None if possessed else _one_of_a_nations_officials(chunk)
        if one is not None:
            _add_one_official(doc, drafts, chunk, one)
            continue
        owner = _pronoun_owner(chunk) or _described_owner(chunk)
        if chunk.root.lower_ not in GROUP_NOUNS or (owner is not None) != possessed:
            continue
        if _names_a_time(chunk):
            continue
        words = _group_words(chunk)
        joined = joined_party(chunk.root)
        if joined is not None:  # "the RNC and Trump's campaign": the campaign is Trump's
            chunk = chunk.doc[joined[1].i + 1 : chunk.end]
            words = _group_words(chunk)
        if owner is not None:
            person = (
                _draft_at(drafts, owner.idx, _token_end(owner))
                or _described_elsewhere(drafts, owner)
                or _latest_person(doc, drafts, chunk.start_char)
            )
            if person is None:
                continue
            words = tuple(w for w in words if w not in _description_words(owner))
            words = (person.fullest[-1], *words)
        elif not _names_a_group(chunk, words):
            continue
        start, end = _group_offsets(chunk)
        draft = _group_draft(doc, drafts, words, chunk.root, start)
        if draft is None:
            continue
        draft.votes[EntityKind.GROUP] += 1
        draft.add(start, end, MentionKind.NAME if len(words) > 1 else MentionKind.ROLE, "")


def _one_of_a_nations_officials(chunk: SpacySpan) -> tuple[str, ...] | None:
    """ "met a Russian deputy prime minister", "spoke with a Chinese diplomat": one official of a
    nation the article leaves unnamed, met or spoken with, is one of that nation's officials —
    the group ("Russian officials") a denial of "any Russian officials" names; not "a Russian
    lawyer", nor an anonymous official who speaks."""
    root = chunk.root
    article = chunk[0].lower_ in INDEFINITE_ARTICLES
    nation = [t for t in chunk if t.dep_ == "amod" and t.ent_type_ == "NORP" and t.i < root.i]
    if not article or len(nation) != 1 or root.lemma_.lower() not in _OFFICIAL_NOUNS:
        return None
    if root.tag_ != "NN" or nation[0].lower_.startswith((*_PARTIES, *_PARTY_NICKNAMES)):
        return None  # "a dozen other Democratic senators": a party's crowd, not one official
    if root.dep_ not in ("dobj", "pobj", "dative"):
        return None  # "a senior Chinese official said": an anonymous source, no one's words
    return (nation[0].text, "officials")


_OFFICIAL_NOUNS = OFFICE_HOLDER_NOUNS | {"official", "envoy"}


def _add_one_official(
    doc: Doc, drafts: list[_Draft], chunk: SpacySpan, words: tuple[str, ...]
) -> None:
    draft = _group_draft(doc, drafts, words, chunk.root, chunk.start_char)
    if draft is not None:
        draft.votes[EntityKind.GROUP] += 1
        draft.add(chunk[1].idx, chunk.end_char, MentionKind.ROLE, "")


def joined_party(head: Token) -> tuple[Token, Token] | None:
    """A party the parser hung on another's noun, with the "and" that ends it: "an agreement
    between the RNC and Trump's campaign" (a name joined to the noun's owner, with no
    possessive of its own, is no second owner: "the RNC" owns nothing), "flanked by his wife,
    Jane, and Secret Service agents" (an owned noun before "and" is someone of their own).
    "Republican House and Senate members" are one group: neither "House" nor "Senate" is a
    party of its own."""
    for modifier in head.lefts:
        if modifier.dep_ not in ("poss", "nmod", "compound") or _possessed(modifier):
            continue
        joint = next(
            (t for t in modifier.subtree if t.i > modifier.i and t.lower_ in ("and", "&")), None
        )
        if joint is None or joint.dep_ != "cc":
            continue
        named = modifier.pos_ == "PROPN" or bool(modifier.ent_type_)
        owners = [c for c in modifier.conjuncts if c.i < head.i and _possessed(c)]
        owned = any(c.dep_ == "poss" for c in modifier.children)
        if (named and owners) or owned:
            return modifier, joint
    return None


def _possessed(token: Token) -> bool:
    return any(c.dep_ == "case" for c in token.children)


def _names_a_time(chunk: SpacySpan) -> bool:
    """ "during the campaign", "before the Trump transition": a period, not a party."""
    root = chunk.root
    return root.dep_ == "pobj" and root.head.lower_ in _TIME_PREPOSITIONS


def _pronoun_owner(chunk: SpacySpan) -> Token | None:
    return next((c for c in chunk.root.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)


def _described_owner(chunk: SpacySpan) -> Token | None:
    """ "the president-elect's campaign": a definite description of a person as the owner,
    which stands for the person named most recently before it, as "his" does."""
    owner = next((c for c in chunk.root.children if c.dep_ == "poss"), None)
    if (
        owner is None
        or not owner.text.islower()
        or description_noun(owner) not in PERSON_DESCRIPTIONS
    ):
        return None
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
    return owner if definite else None


def _described_elsewhere(drafts: list[_Draft], owner: Token) -> _Draft | None:
    """ "check in with the president's current staff", in a story whose "the president" the
    titles tie to Obama: a described owner is whom the same description stands for elsewhere
    in the article, not whoever was named last ("senior policy adviser Jake Sullivan")."""
    text = text_of(owner.doc)
    words = " ".join(t.lower_ for t in owner.subtree if t.dep_ not in ("det", "case"))
    holders = {
        id(d): d
        for d in drafts
        if d.kind is EntityKind.PERSON
        for start, end, kind, _ in d.spans
        if kind is not MentionKind.PRONOUN
        and re.sub(r"^the\s+", "", text[start:end].lower()).removesuffix("'s") == words
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def _description_words(owner: Token) -> frozenset[str]:
    return frozenset(t.text for t in owner.subtree)


def description_noun(head: Token) -> str:
    """ "president-elect" describes a president: the word before "-elect" is the noun. Any
    other hyphenated noun is the whole word ("front-runner"), which the tokenizer cuts at the
    hyphen."""
    if head.i < 2 or head.nbor(-1).text != "-" or head.nbor(-1).whitespace_:
        return head.lemma_.lower()
    before = head.nbor(-2)
    if head.lower_ == "elect":
        return before.lemma_.lower()
    return head.lemma_.lower() if before.whitespace_ else f"{before.lower_}-{head.lemma_.lower()}"


def _latest_person(doc: Doc, drafts: list[_Draft], before: int) -> _Draft | None:
    """The person named (not only described or pointed to) most recently before ``before``,
    not in the byline."""
    text = text_of(doc)
    named = [
        (start, draft)
        for draft in drafts
        if draft.kind is EntityKind.PERSON
        for start, end, kind, _ in draft.spans
        if kind is MentionKind.NAME and end <= before and not _in_byline(text, start)
    ]
    return max(named, key=lambda pair: pair[0])[1] if named else None


def _in_byline(text: str, start: int) -> bool:
    """ "By Lena Ortiz": the writer's credit line names no one the story tells of."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return _BYLINE.match(line) is not None


_BYLINE = re.compile(r"\s*By\s+(?:[A-Z][\w.'’-]*\s+)*(?:and\s+(?:[A-Z][\w.'’-]*\s+)*)?$")


def _names_a_group(chunk: SpacySpan, words: tuple[str, ...]) -> bool:
    """A plural head ("officials") or a proper-noun modifier ("the Trump campaign") makes a
    group; "the campaign" refers back to one; "an election campaign" is not a group."""
    modifiers = [t for t in chunk if t.i < chunk.root.i and t.lower_ not in GROUP_QUANTIFIERS]
    proper = any(t.pos_ == "PROPN" or t.ent_type_ for t in modifiers)
    if chunk.root.lower_ in NAMED_ONLY_GROUP_NOUNS:
        return proper and len(words) >= 2
    if len(words) < 2:
        return _is_definite(chunk)
    return proper or chunk.root.tag_ == "NNS"


def _group_words(chunk: SpacySpan) -> tuple[str, ...]:
    kept = [
        t
        for t in chunk
        if t.lower_ not in GROUP_QUANTIFIERS
        and t.lower_ not in HONORIFICS  # "Mrs. Clinton's aides" are the Clinton aides
        and t.text not in _POSSESSIVE
        and t.pos_ not in {"PRON", "PUNCT"}
    ]
    body = [t.text for t in _body_of(chunk) if not t.is_punct]
    return (*(_strip_possessive(t.text) for t in kept), *body)


def _group_offsets(chunk: SpacySpan) -> tuple[int, int]:
    tokens = list(chunk)
    while len(tokens) > 1 and tokens[0].lower_ in GROUP_QUANTIFIERS:
        tokens.pop(0)
    body = _body_of(chunk)
    return tokens[0].idx, body[-1].idx + len(body[-1]) if body else chunk.end_char


def _body_of(chunk: SpacySpan) -> list[Token]:
    """ "members of Congress", "officials of the State Department": the named body a group's
    head says it belongs to, right after it ("of" and the name), part of the group's name."""
    after = chunk.root.nbor(1) if chunk.root.i + 1 < len(chunk.doc) else None
    if after is None or after.lower_ != "of" or after.head.i != chunk.root.i:
        return []
    body = next((c for c in after.children if c.dep_ == "pobj"), None)
    entity = entity_at(body) if body is not None else None
    if body is None or entity is None or entity.label_ != "ORG" or entity.root.i != body.i:
        return []
    return list(chunk.doc[after.i : entity.end])


def _group_draft(
    doc: Doc, drafts: list[_Draft], words: tuple[str, ...], root: Token, at: int
) -> _Draft | None:
    """A bare "the campaign" is the latest group with that head noun; before any, a group of
    its own, named by the noun (the casebook may know it: "the campaign" as an alias of the
    campaign the story follows). A bare crowd that speaks ("…, the officials said") is the
    crowd last cited with that noun, not the last one mentioned ("the expulsion of 35
    Russian officials"). A named one is found by its words (case-insensitive) or drafted."""
    head = root.lower_
    groups = [d for d in drafts if d.votes[EntityKind.GROUP] and d.fullest[-1].lower() == head]
    if len(words) < 2:
        if not groups:
            return _bare_group(drafts, head)
        cited = [d for d in groups if _speaks(root) and _cited_before(doc, d, at)]
        return max(cited or groups, key=lambda d: _last_mention_before(d, at))
    lowered = tuple(w.lower() for w in words)
    for draft in drafts:
        if any(tuple(w.lower() for w in v) == lowered for v in draft.variants):
            return draft
    draft = _Draft(variants=[words])
    drafts.append(draft)
    return draft


def _last_mention_before(draft: _Draft, at: int) -> int:
    return max((s for s, *_ in draft.spans if s < at), default=-1)


def _cited_before(doc: Doc, draft: _Draft, at: int) -> bool:
    """The draft was mentioned before ``at`` as the one speaking ("…, American officials said")."""
    for start, end, *_ in draft.spans:
        span = doc.char_span(start, end, alignment_mode="expand") if start < at else None
        if span is not None and _speaks(span.root):
            return True
    return False


def _bare_group(drafts: list[_Draft], head: str) -> _Draft | None:
    """ "the campaign", "the administration": one body the article takes as known. A plural
    ("the officials") points back to people already named, so it drafts nothing."""
    if head.endswith("s"):
        return None
    draft = _Draft(variants=[(head,)])
    drafts.append(draft)
    return draft


def _add_pronouns(doc: Doc, drafts: list[_Draft]) -> list[tuple[Token, Token]]:
    """he/she → a person mentioned before; they → a group. Subjects are preferred, in the
    pronoun's own sentence first, then the sentences before; an object pronoun is never its
    own verb's subject ("Dickerson asked him" is not Dickerson). A resolved pronoun is itself
    a candidate for the pronouns after it, so "Kislyak … He … He" stays one chain; the subject
    of reported speech is its speaker ("Pence said he had spoken"), a guess that teaches no
    gender ("Wakefield said she was a regular" may be about someone else). A pronoun agrees
    with its person in gender, and one in the narrator's words never points at a name only
    mentioned inside a quotation ("'Obama doesn't get along with Putin,' he said" is not
    Obama's). Returns the speaking pronouns whose speech act just before was a description's
    ("the Kentucky Republican said … He says"), which descriptions resolve later."""
    sentence_of = _sentence_numbers(doc)
    text = text_of(doc)
    talking = talking_spans(doc)
    persons = [
        c
        for c in _candidates(doc, drafts, EntityKind.PERSON, sentence_of)
        if not any(start <= c.start < end for start, end in talking)
    ]  # the people talking in a transcript are "I" and "you" to each other, not "he"
    groups = _candidates(doc, drafts, EntityKind.GROUP, sentence_of)
    genders = Genders(text, drafts)
    quotations = Quotations(text, drafts)
    narrated = [c for c in persons if not quotations.within(c.start)]
    narration = _narration(doc, quotations)
    describers = _described_speakers(doc, quotations)
    after_descriptions = []
    for token in doc:
        lower = token.lower_
        sentence = sentence_of[token.idx]
        draft: _Draft | None
        if lower in PERSON_PRONOUNS:
            candidates = persons
            draft = _person_antecedent(
                token, sentence, drafts, persons, narrated, genders, quotations, narration
            )
        elif lower in GROUP_PRONOUNS:
            candidates = groups
            cited = _cited_crowds(groups) if quotations.within(token.idx) else []
            excluded = [*_excluded_subject(drafts, token), *cited]
            draft = _antecedent(groups, token, sentence, excluded)
            since = _last_start(groups, draft, token) if draft is not None else token.idx
            if _pair_told_since(doc, since, token) or _echoes_an_unnamed_crowd(token, groups):
                draft = None  # a pair told since, or nameless sources: no one stands for it
        else:
            continue
        if draft is not None:
            draft.add(token.idx, _token_end(token), MentionKind.PRONOUN, "")
            candidate = _Candidate(token.idx, sentence, _is_topic(token), draft, _speaks(token))
            candidates.append(candidate)
            if candidates is persons and not quotations.within(token.idx):
                narrated.append(candidate)
        if candidates is persons and _speaks(token) and not quotations.within(token.idx):
            described = _described_just_before(token, describers, narrated, sentence_of, narration)
            if described is not None:
                after_descriptions.append((token, described))
    return after_descriptions


def _echoes_an_unnamed_crowd(pronoun: Token, groups: list[_Candidate]) -> bool:
    """ "Prosecutors said that account was false. Mr. Cohen spoke with … Russian officials,
    they said": a speaking "they" is whoever spoke just before it — here a crowd the article
    leaves unnamed — not a group named inside what was said."""
    if not _speaks(pronoun):
        return False
    crowd = last_speaking_crowd(pronoun)
    if crowd is None:
        return False
    phrase = range(crowd.left_edge.idx, crowd.idx + 1)
    return not any(c.start in phrase for c in groups)


def last_speaking_crowd(pronoun: Token) -> Token | None:
    """The plural noun that last spoke before the pronoun, in its sentence or the one
    before ("Officials said …"), if a plural spoke last."""
    sentence = pronoun.sent
    start = pronoun.doc[sentence.start - 1].sent.start if sentence.start else sentence.start
    for token in reversed(pronoun.doc[start : pronoun.i]):
        if _is_subject(token) and token.head.lemma_.lower() in SPEECH_CUES:
            return token if token.tag_ in ("NNS", "NNPS") else None
    return None


def _last_start(candidates: list[_Candidate], draft: _Draft, token: Token) -> int:
    return max(c.start for c in candidates if c.draft is draft and c.start < token.idx)


def _pair_told_since(doc: Doc, start: int, pronoun: Token) -> bool:
    """ "… the Russians … Did Michael Flynn discuss sanctions with the Russian ambassador in
    their conversations?": two people told together since the group was named ("X … with Y")
    are whom "they" and "their" may mean — a pair the cast has no member for, so the pronoun
    is left unresolved rather than given to the group."""
    return any(
        start < token.idx
        and token.dep_ in ("nsubj", "nsubjpass")
        and _one_person(token)
        and any(_one_person(partner) for partner in with_partners(token.head))
        for token in doc[: pronoun.i]
    )


def with_partners(verb: Token) -> list[Token]:
    """Whom "with" names on the verb or on its object ("discuss sanctions with the envoy")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [
        partner
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for partner in prep.children
        if partner.dep_ == "pobj"
    ]


def _one_person(token: Token) -> bool:
    """A person's name, or a singular noun for one ("the Russian ambassador")."""
    if token.ent_type_ == "PERSON":
        return True
    return token.tag_ == "NN" and token.lemma_.lower() in POST_NOUNS


def _cited_crowds(groups: list[_Candidate]) -> list[_Draft]:
    """Crowds only ever cited as the reporter's sources ("…, current and former American
    officials said"): the "they" of someone quoted is never the reporter's sources."""
    return [
        c.draft for c in groups if all(other.speaks for other in groups if other.draft is c.draft)
    ]


def _add_principals(doc: Doc, drafts: list[_Draft]) -> None:
    """ "Mr. Kushner's lawyer, Jamie Gorelick, said her client did not recall the meeting":
    whom one acts for ("her client", "his boss") is the person the article names as the one
    its owner — or the one saying it — is a lawyer or a spokesman for, never the speaker;
    with no such person named, the phrase is left as it is (see :func:`owned_description`)."""
    for chunk in noun_chunks_of(doc):
        agents = PRINCIPAL_AGENTS.get(chunk.root.lemma_.lower())
        owner = next((c for c in chunk.root.children if c.dep_ == "poss"), None)
        if agents is None or owner is None or chunk.root.tag_ != "NN":
            continue
        owners = [_draft_at(drafts, owner.idx, _token_end(owner)), _sayer(drafts, chunk.root)]
        principals = [
            principal
            for agent in owners
            if agent is not None
            and (principal := _principal_of(doc, drafts, agent, agents)) is not None
            and principal is not agent
        ]
        if principals:
            principals[0].add(owner.idx, _token_end(chunk.root), MentionKind.ROLE, "")


def _sayer(drafts: list[_Draft], word: Token) -> _Draft | None:
    """Who says the clause ``word`` is in ("Hart, Vale's spokesman, said his boss …"): the
    "his" of what a spokesman says may be read as the one he speaks for, whose boss he is not."""
    verb = next((t for t in word.ancestors if t.lemma_.lower() in SPEECH_CUES), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    return _named_draft_at(drafts, subject) if subject is not None else None


def _principal_of(
    doc: Doc, drafts: list[_Draft], agent: _Draft, agents: frozenset[str]
) -> _Draft | None:
    """Whom ``agent`` is named as acting for: "Kushner's lawyer, Jamie Gorelick", "Jamie
    Gorelick, a lawyer for Kushner", "Trump's spokesman, Sean Spicer"."""
    at = token_at(doc)
    for start, _end, kind, _ in agent.spans:
        name = at.get(start)
        if kind is not MentionKind.NAME or name is None:
            continue
        name = name.head if name.dep_ == "compound" else name
        nouns = [name.head] if name.dep_ == "appos" else []
        nouns += [c for c in name.children if c.dep_ == "appos"]
        for noun in nouns:
            if noun.lemma_.lower() not in agents:
                continue
            for side in _acted_for(noun):
                principal = _named_draft_at(drafts, side)
                if principal is not None and principal.kind is EntityKind.PERSON:
                    return principal
    return None


def _named_draft_at(drafts: list[_Draft], token: Token) -> _Draft | None:
    """The draft whose name covers ``token`` — not one whose description does ("Gorelick" for
    the "Kushner" of "a lawyer for Kushner")."""
    end = _token_end(token)
    return next(
        (
            d
            for d in drafts
            for s, e, kind, _ in d.spans
            if kind is MentionKind.NAME and s <= token.idx and end <= e
        ),
        None,
    )


def _acted_for(noun: Token) -> list[Token]:
    """ "Kushner's lawyer", "a lawyer for Kushner", "spokesman to the president": the one named."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    acting = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "to")]
    return owners + [p for c in acting for p in c.children if p.dep_ == "pobj"]


def _described_speakers(doc: Doc, quotations: Quotations) -> list[Token]:
    """The heads of person descriptions that speak in the narrator's words ("the Kentucky
    Republican said")."""
    return [
        chunk.root
        for chunk in noun_chunks_of(doc)
        if _describes_one_person(chunk)
        and _speaks(chunk.root)
        and not quotations.within(chunk.root.idx)
    ]


def _described_just_before(
    pronoun: Token,
    describers: list[Token],
    narrated: list[_Candidate],
    sentence_of: dict[int, int],
    narration: list[int],
) -> Token | None:
    """The description whose speech act is the nearest before the pronoun's, if no named
    speaker spoke after it."""
    here = narration[sentence_of[pronoun.idx]]
    before = [
        d
        for d in describers
        if d.idx < pronoun.idx and here - narration[sentence_of[d.idx]] <= _SPEECH_LOOKBACK
    ]
    if not before:
        return None
    described = max(before, key=lambda d: d.idx)
    named_later = any(c.speaks and described.idx < c.start < pronoun.idx for c in narrated)
    return None if named_later else described


def _repoint_to_described_speakers(
    drafts: list[_Draft], after_descriptions: list[tuple[Token, Token]]
) -> None:
    """ "In a statement, the Kentucky Republican said … He says …": a pronoun that speaks
    right after a description spoke is whom the description was found to be, of its gender."""
    for pronoun, described in after_descriptions:
        target = _draft_at(drafts, described.idx, _token_end(described))
        gender = pronoun_gender(pronoun.lower_)
        if target is None or (gender and target.gender and target.gender != gender):
            continue
        start, end = pronoun.idx, _token_end(pronoun)
        for draft in drafts:
            draft.spans = [x for x in draft.spans if (x[0], x[1]) != (start, end)]
        target.add(start, end, MentionKind.PRONOUN, "")


def _add_descriptions(doc: Doc, drafts: list[_Draft]) -> None:
    """ "Bernie Sanders met the pope. The Democratic presidential candidate said …": a definite
    description of one person that no title in the article matches stands, like "he", for the
    person the story is about at that point: the latest subject named or pointed to before
    it, of the description's gender, outside quotations unless the description is quoted —
    but not the one who reports it ("Pence said the adviser had not …" is not Pence).
    One that fits several people's titles equally ("the leader" after two heads of state) is
    left unresolved: the story has not said which."""
    titled = _titles(doc, drafts)
    sentence_of = _sentence_numbers(doc)
    persons = _candidates(doc, drafts, EntityKind.PERSON, sentence_of)
    text = text_of(doc)
    genders = Genders(text, drafts)
    quotations = Quotations(text, drafts)
    narrated = [c for c in persons if not quotations.within(c.start)]
    for chunk in noun_chunks_of(doc):
        root = chunk.root
        if not _describes_one_person(chunk) or _draft_at(drafts, root.idx, _token_end(root)):
            continue
        if len(_fitting_leaders(chunk, titled)) > 1:
            continue
        draft = None if _party_member(root) else _titled_by_name(drafts, description_noun(root))
        quoted = quotations.within(root.idx)
        if draft is None:
            draft = _antecedent(
                persons if quoted else narrated,
                root,
                sentence_of[root.idx],
                _excluded_subject(drafts, root)
                or _listed(_speaker_of_report(drafts, root) or _conjoined_partner(drafts, root)),
                _agreement(_fits_description(genders, chunk), quotations, root.idx, quoted),
            )
        if draft is not None:
            draft.add(chunk[1].idx, chunk.end_char, MentionKind.ROLE, "")


def _add_organisation_descriptions(doc: Doc, drafts: list[_Draft]) -> None:
    """ "had never communicated with WikiLeaks … exchanged direct messages with the group",
    "Vnesheconombank … the bank": "the group", "the organization" stand for the one
    organisation the last few sentences name; "the bank", "the company", "the firm" for the
    one whose name or description holds that word. With two such organisations, or a crowd
    of people named since ("the group" may be them), the phrase is left as it is."""
    sentence_of = _sentence_numbers(doc)
    organisations = [
        c for c in _candidates(doc, drafts, EntityKind.ORG, sentence_of) if not _is_outlet(c.draft)
    ]
    crowds = _candidates(doc, drafts, EntityKind.GROUP, sentence_of)
    for chunk in noun_chunks_of(doc):
        root = chunk.root
        noun = root.lemma_.lower()
        if noun not in ORGANISATION_NOUNS or root.tag_ != "NN" or not _bare_definite(chunk):
            continue
        if _draft_at(drafts, root.idx, _token_end(root)) is not None:
            continue
        sentence = sentence_of[root.idx]
        recent = [
            c
            for c in organisations
            if c.start < root.idx and sentence - c.sentence <= _ORGANISATION_REACH
        ]
        fitting = {id(c.draft): c for c in recent if _named_as(doc, c.draft, noun)}
        since = max((c.start for c in recent), default=root.idx)
        crowded = noun in GENERIC_ORGANISATION_NOUNS and any(
            since < c.start < root.idx and not _a_body(c.draft) for c in crowds
        )
        if len(fitting) == 1 and not crowded:
            only = next(iter(fitting.values()))
            only.draft.add(chunk[0].idx, chunk.end_char, MentionKind.ROLE, "")


_ORGANISATION_REACH = 3  # sentences back a description may point


def _a_body(draft: _Draft) -> bool:
    """ "the 2016 election campaign", "the administration": a body, not a crowd of people
    "the group" might stand for."""
    return any(v and v[-1].lower() in TIME_BOUND_BODIES for v in draft.variants)


def _bare_definite(chunk: SpacySpan) -> bool:
    """ "the group", not "the rights group", "the BLM group" nor "the group Mosul Eye": a kind
    of group, or one named right there, is no pointer back."""
    after = chunk.doc[chunk.end] if chunk.end < len(chunk.doc) else None
    named_after = after is not None and after.pos_ == "PROPN"
    return len(chunk) == 2 and chunk[0].lower_ == "the" and not named_after


def _named_as(doc: Doc, draft: _Draft, noun: str) -> bool:
    """Whether ``noun`` may describe the organisation: any does for "group", "organization";
    "bank" only one the article names or describes so ("Alfa Bank", "Vnesheconombank, a state
    bank", "the state bank Vnesheconombank"); "company" one named as a company ("… Corp.")."""
    if noun in GENERIC_ORGANISATION_NOUNS:
        return True
    if noun in " ".join(draft.fullest).lower():
        return True
    if noun in COMPANY_NOUNS and draft.fullest[-1].lower() in CORPORATE_SUFFIXES:
        return True  # "Westinghouse Electric Corp. … The company is negotiating"
    at = token_at(doc)
    for start, end, _, _ in draft.spans:
        token = at.get(start)
        head = _span_head(token, end) if token is not None else None
        if head is None:
            continue
        described = [c for c in head.children if c.dep_ == "appos"]
        described += [head.head] if head.dep_ in ("appos", "compound") else []
        if any(d.lemma_.lower() == noun for d in described):
            return True
    return False


def _add_campaign_epithets(doc: Doc, drafts: list[_Draft]) -> None:
    """ "advised the candidate to", "the leading Democrat in the field was asked": in a story
    about one runner in a race, the race's epithets stand for that runner wherever they stand,
    not for whoever was named last. Only in the narrator's words, and only when the person
    named most (see :func:`_main_person`) is the one the story shows running (a title as a
    runner, a campaign or candidacy of theirs) and it shows no one else running, and their
    titles give no other party."""
    main = _main_person(drafts)
    if main is None or _runners(doc, drafts) != [main]:
        return
    quotations = Quotations(text_of(doc), drafts)
    for chunk in noun_chunks_of(doc):
        root = chunk.root
        if not _campaign_epithet(chunk) or _draft_at(drafts, root.idx, _token_end(root)):
            continue
        parties = _affiliation(chunk) + ((root.lower_,) if root.lower_ in PARTY_MEMBERS else ())
        if quotations.within(root.idx) or not _may_be(main, parties):
            continue
        main.add(chunk[1].idx, chunk.end_char, MentionKind.ROLE, "")


def _add_runner_epithet(doc: Doc, drafts: list[_Draft]) -> None:
    """ "McConnell spoke to Republican front-runner X. … He had a conversation with the
    candidate": in a story of several runners, "the candidate" in the narrator's words stands
    for the one runner (see :func:`_runners`) the story has just told of (see
    :func:`_told_of_just_before`), of the party it names if it names one — none when two
    runners were just told of."""
    runners = _runners(doc, drafts)
    quotations = Quotations(text_of(doc), drafts)
    for chunk in noun_chunks_of(doc):
        root = chunk.root
        if chunk[0].lower_ != "the" or description_noun(root) != _RUNNER or root.tag_ == "NNS":
            continue
        if quotations.within(root.idx) or _draft_at(drafts, root.idx, _token_end(root)):
            continue
        fits = [d for d in runners if _may_be(d, _affiliation(chunk))]
        draft = _told_of_just_before(chunk, fits)
        if draft is not None:
            draft.add(chunk[1].idx, chunk.end_char, MentionKind.ROLE, "")


_RUNNER = "candidate"  # the race's epithet for a runner of any stage ("the nominee" is not)


def _add_predecessors(doc: Doc, drafts: list[_Draft]) -> None:
    """ "Sanders met the man he is seeking to succeed": the one a runner for the presidency
    seeks to succeed is the sitting president — the one person the article titles president
    and not former; left unresolved when it so titles no one or several, or when the seeker is
    not shown running for president (a Senate hopeful succeeds a senator)."""
    sitting = {
        id(t.draft): t.draft
        for t in _titles(doc, drafts)
        if t.core == ("president",) and not t.former
    }
    if len(sitting) != 1:
        return
    president = next(iter(sitting.values()))
    for chunk in noun_chunks_of(doc):
        root = chunk.root
        if chunk[0].lower_ != "the" or _draft_at(drafts, root.idx, _token_end(root)):
            continue
        seeker = _successor(root)
        runner = _draft_at(drafts, seeker.idx, _token_end(seeker)) if seeker else None
        if runner is not None and runner is not president and _runs_for_president(doc, runner):
            president.add(chunk[1].idx, chunk.end_char, MentionKind.ROLE, "")


def _successor(person: Token) -> Token | None:
    """The subject of a clause on ``person`` that says it seeks to take their post ("the man he
    is seeking to succeed", "the president she hopes to replace")."""
    for clause in person.children:
        verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
        if clause.dep_ == "relcl" and any(v.lemma_.lower() in SUCCESSION_VERBS for v in verbs):
            return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


def _runs_for_president(doc: Doc, draft: _Draft) -> bool:
    """Titled a runner for the presidency ("Democratic presidential candidate X")."""
    titles = (doc[link.start : link.end] for link in draft.titles)
    return any(_runs(title) and any(t.lower_ == "presidential" for t in title) for title in titles)


def _main_person(drafts: list[_Draft]) -> _Draft | None:
    """The person the story is about: named at least three times and more often than anyone
    else."""
    counts = sorted(
        (
            (sum(kind is MentionKind.NAME for *_, kind, _ in d.spans), i)
            for i, d in enumerate(drafts)
            if d.kind is EntityKind.PERSON
        ),
        reverse=True,
    )
    if not counts or counts[0][0] < 3 or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    return drafts[counts[0][1]]


def _runners(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """Everyone the story shows running now: titled as a runner ("Jane Roe, the 2008
    Democratic nominee" no longer is), said to be one ("the candidate … was Laura Finch") or
    owning a campaign or candidacy ("the Finch campaign", "her candidacy")."""
    shown = {id(d) for d in _campaign_owners(doc, drafts) + _said_to_run(doc, drafts)}
    return [
        d
        for d in drafts
        if d.kind is EntityKind.PERSON
        and (id(d) in shown or any(_runs(doc[t.start : t.end]) for t in d.titles))
        and not _named_under_article(doc, d)
    ]


def _campaign_owners(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """The people a campaign is named for ("the Finch campaign", not "the Hale 2008 campaign",
    long over) or whose campaign or candidacy it is ("Ms. Finch's campaign", "her candidacy"
    once "her" is resolved)."""
    named = {
        w.lower()
        for d in drafts
        if d.votes[EntityKind.GROUP]
        and d.fullest[-1].lower() == "campaign"
        and not any(w.isdigit() for w in d.fullest)
        for w in d.fullest[:-1]
    }
    owners = [d for d in drafts if d.kind is EntityKind.PERSON and d.fullest[-1].lower() in named]
    for chunk in noun_chunks_of(doc):
        owner = next((c for c in chunk.root.children if c.dep_ == "poss"), None)
        if chunk.root.lower_ in CAMPAIGN_WORDS and owner is not None:
            owners.extend(_people_at(drafts, [owner]))
    return owners


def _named_under_article(doc: Doc, draft: _Draft) -> bool:
    """ "the RNC and Trump's campaign": a name the text puts under "the" is a body's, never a
    person's, whatever the small model tagged it ("the Trump campaign" puts "the" on the
    campaign, not on the name)."""
    spans = (
        doc.char_span(s, e, alignment_mode="expand")
        for s, e, kind, _ in draft.spans
        if kind is MentionKind.NAME
    )
    return any(
        c.dep_ == "det" and c.lower_ == "the"
        for span in spans
        if span is not None
        for c in span.root.children
    )


def _said_to_run(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """ "The candidate drawing the crowds was Laura Finch", "Finch will be the nominee": a
    runner's noun and a name joined by "be"."""
    said = []
    for chunk in noun_chunks_of(doc):
        root = chunk.root
        if description_noun(root) not in CAMPAIGN_NOUNS or root.head.lemma_ != "be":
            continue
        if any(c.dep_ == "case" for c in root.children):
            continue  # "X is the candidate's first enlistee": the runner owns what X is
        if _runs(chunk) and root.dep_ in {"nsubj", "attr"}:
            other = {"nsubj": "attr", "attr": "nsubj"}[root.dep_]
            said.extend(_people_at(drafts, [c for c in root.head.children if c.dep_ == other]))
    return said


def _past_or_beside(word: Token) -> bool:
    """ "the 2012 nominee", "the former candidate", "the vice-presidential nominee"."""
    return word.like_num or word.lower_ in _TRANSIENT_WORDS or word.lower_.startswith("vice")


def _people_at(drafts: list[_Draft], tokens: list[Token]) -> list[_Draft]:
    found = (_draft_at(drafts, t.idx, _token_end(t)) for t in tokens)
    return [d for d in found if d is not None and d.kind is EntityKind.PERSON]


def _runs(title: SpacySpan) -> bool:
    """A title that makes its holder a runner at the top of the race now: a running mate
    ("the vice-presidential nominee") runs beside the runner."""
    if any(_past_or_beside(t) for t in title):
        return False
    return any(description_noun(t) in CAMPAIGN_NOUNS for t in title)


def _campaign_epithet(chunk: SpacySpan) -> bool:
    """ "the candidate", "the front-running Democratic candidate", "the leading Democrat": "the"
    and one runner in the race, with no name in apposition and not a predicate ("X will be the
    nominee"): those name the runner there."""
    root = chunk.root
    return (
        chunk[0].lower_ == "the"
        and len(chunk) > 1
        and root.dep_ not in {"appos", "attr"}
        and not any(c.dep_ == "appos" for c in root.children)
        and root.tag_ not in {"NNS", "NNPS"}
        and (description_noun(root) in CAMPAIGN_NOUNS or root.lower_ in PARTY_MEMBERS)
    )


def _add_named_later(doc: Doc, drafts: list[_Draft]) -> None:
    """ "… a meeting with a Russian lawyer. … The lawyer, Natalia Veselnitskaya, is …": an
    indefinite description — or a nation's post the story has not named yet ("my calls with the
    Russian ambassador … the ambassador, Sergey I. Kislyak") — brings someone in whom the story
    names when it next speaks of them by that noun with the name in apposition — or, in a lede,
    as the one newcomer the next sentence names, or as the one the contact it was brought in
    by is next told with ("met with the head of a Russian bank … The meeting with Sergey
    Gorkov")."""
    sentence_of = _sentence_numbers(doc)
    chunks = noun_chunks_of(doc)
    for i, chunk in enumerate(chunks):
        root = chunk.root
        if _draft_at(drafts, root.idx, _token_end(root)):
            continue
        if _post_of_a_nation(chunk):
            named = _named_by_noun_later(drafts, chunk, chunks[i + 1 :], sentence_of)
        elif not _introduces_one_person(chunk):
            named = _met_when_retold(doc, drafts, chunk, sentence_of)
        else:
            named = (
                _named_by_noun_later(drafts, chunk, chunks[i + 1 :], sentence_of)
                or _introduced_next(doc, drafts, chunk, sentence_of)
                or _met_when_retold(doc, drafts, chunk, sentence_of)
            )
        if named is not None:
            named.add(chunk[0].idx, chunk.end_char, MentionKind.ROLE, "")


def _met_when_retold(
    doc: Doc, drafts: list[_Draft], chunk: SpacySpan, sentence_of: dict[int, int]
) -> _Draft | None:
    """ "Kushner met in December with the head of a Russian state-owned bank … The meeting with
    Sergey Gorkov took place at Trump Tower": one brought in by description as the other
    side of a contact is the person the story names, for the first time, as that side when
    it next retells the contact ("the meeting with X") within two sentences."""
    root = chunk.root
    if not (_introduces_one_person(chunk) or _heads_something_unnamed(chunk)):
        return None
    if not _contact_partner(root):
        return None
    here = sentence_of[root.idx]
    for token in doc[chunk.end :]:
        if sentence_of[token.idx] > here + 2:
            return None
        if token.lemma_.lower() not in NOUN_TRIGGERS or not _definite(token):
            continue
        partners = [
            p
            for c in token.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        named = [_named_draft_at(drafts, p) for p in partners]
        people = [d for d in named if d is not None and d.kind is EntityKind.PERSON]
        return next((d for d in people if _first_named_in(d, token.sent)), None)
    return None


def _heads_something_unnamed(chunk: SpacySpan) -> bool:
    """ "the head of a Russian state-owned bank": the one who heads a body told only by kind."""
    root = chunk.root
    body = [p for c in root.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return (
        chunk[0].lower_ == "the"
        and root.lower_ in HEAD_OF_NOUNS
        and any(
            c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for b in body for c in b.children
        )
    )


def _contact_partner(noun: Token) -> bool:
    """The other side of a contact verb: "met with X", "spoke to X", "met X"."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    told_by_verb = verb.lemma_.lower() in VERB_TRIGGERS and verb.pos_ == "VERB"
    return told_by_verb and noun.dep_ in {"pobj", "dobj"}


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _named_by_noun_later(
    drafts: list[_Draft],
    chunk: SpacySpan,
    later: Iterable[SpacySpan],
    sentence_of: dict[int, int],
) -> _Draft | None:
    """The person named in apposition when the story next speaks of the description's noun,
    a few paragraphs on at most (the lede's "a Russian lawyer" is "The lawyer, Natalia
    Veselnitskaya," after the reactions it drew)."""
    root = chunk.root
    noun = description_noun(root)
    for other in later:
        if sentence_of[other.root.idx] > sentence_of[root.idx] + _NAMED_BY_NOUN_REACH:
            return None
        if description_noun(other.root) != noun or other.root.tag_ == "NNS":
            continue
        if other.text.lower() == chunk.text.lower() and chunk[0].lower_ == "the":
            continue  # "the Russian ambassador" told again, still unnamed
        return _appositive_person(drafts, other)
    return None


_NAMED_BY_NOUN_REACH = 12  # sentences on in which "the lawyer, X," names "a lawyer"


def _introduced_next(
    doc: Doc, drafts: list[_Draft], chunk: SpacySpan, sentence_of: dict[int, int]
) -> _Draft | None:
    """ "A former party chairman says … . 'Quote,' said Jane Roe, who led the party …": a lede
    whose speaker is brought in by description names them in the next sentence, as the one
    person who speaks there and is named there for the first time. Not when the next sentence
    names another party than the description's ("Democrat X said" after "a Republican
    senator says"), nor when the newcomer is titled with another post only, nor when two
    newcomers speak there: the story has not said which."""
    root = chunk.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in _LEDE_SPEECH:
        return None
    here = sentence_of[root.idx]
    sentence = next((sent for sent in doc.sents if sentence_of[sent[0].idx] == here + 1), None)
    if sentence is None or _other_party_named(chunk, sentence):
        return None
    speakers = [
        t
        for t in sentence
        if t.dep_ in {"nsubj", "nsubjpass"} and t.head.lemma_.lower() in _LEDE_SPEECH
    ]
    newcomers = {id(d): d for d in _people_at(drafts, speakers) if _first_named_in(d, sentence)}
    if len(newcomers) != 1:
        return None
    newcomer = next(iter(newcomers.values()))
    if _other_party(chunk, newcomer) or not _may_hold(newcomer, description_noun(root)):
        return None
    return newcomer


def _may_hold(draft: _Draft, noun: str) -> bool:
    """A person the article titled with other posts only ("X, communications director for
    …") is not "a veteran diplomat"; one never titled may be."""
    return not draft.said or _said_in(noun, draft.said)


_LEDE_SPEECH = REPORTING_VERBS | {"speak"}  # "X spoke to reporters" after "an adviser says"


def _first_named_in(draft: _Draft, sentence: SpacySpan) -> bool:
    """A person the article names for the first time in ``sentence``."""
    return (
        draft.kind is EntityKind.PERSON
        and min(start for start, *_ in draft.spans) >= sentence.start_char
        and any(
            start < sentence.end_char and kind is MentionKind.NAME
            for start, _, kind, _ in draft.spans
        )
    )


def _other_party_named(chunk: SpacySpan, sentence: SpacySpan) -> bool:
    """The sentence names a party and the description another."""
    phrase = _parties_in(_party_word(t.lower_) for t in chunk.root.lefts)
    named = _parties_in(_party_word(t.lower_) for t in sentence)
    return bool(phrase and named) and not phrase & named


def _add_spouses_named_later(doc: Doc, drafts: list[_Draft]) -> None:
    """ "met with the wife of a jailed reporter. … Her husband, Luis Ortega, …": a spouse
    brought in by the partner's description is the person whose partner the story names
    next ("her husband, X" with X in apposition), within the next three sentences."""
    sentence_of = _sentence_numbers(doc)
    for chunk in noun_chunks_of(doc):
        root = chunk.root
        partner = _new_partner(chunk)
        if partner is None or _draft_at(drafts, root.idx, _token_end(root)):
            continue
        here = sentence_of[root.idx]
        for token in doc[partner.i + 1 :]:
            if sentence_of[token.idx] > here + _SPOUSE_LOOKAHEAD:
                break
            owner = _named_partner_owner(drafts, token, SPOUSES[root.lower_])
            if owner is not None:
                owner.add(root.idx, _token_end(partner), MentionKind.ROLE, "")
                break


_SPOUSE_LOOKAHEAD = 3  # "the wife of a reporter … to free her husband … he called her …"


def _add_kin_by_surname(doc: Doc, drafts: list[_Draft]) -> None:
    """ "Bill Clinton … introduced his wife": a spouse the story names elsewhere is the one
    person of the owner's surname who may be of the spouse's gender (one of no known gender
    only if named before: "Ali's wife" is not a brother the story names later) and whom no
    other family tie describes ("his daughter, Ivanka Trump" is no wife); with two such
    people, or none, the phrase is left unresolved. Other kin ("Mr. Roe's father") must also
    have been called that tie where named ("his father, Sam Roe"): a child or parent is
    seldom the only namesake the story has."""
    text = text_of(doc)
    genders = Genders(text, drafts)
    for chunk in noun_chunks_of(doc):
        root = chunk.root
        owners = [c for c in root.children if c.dep_ == "poss"]
        named = any(c.dep_ == "appos" for c in root.children)  # "his wife, Jane,": named there
        if root.lower_ not in KIN_GENDERS or not owners or named:
            continue
        if _draft_at(drafts, root.idx, _token_end(root)):
            continue
        owner = _draft_at(drafts, owners[0].idx, _token_end(owners[0]))
        if owner is None or owner.kind is not EntityKind.PERSON:
            continue
        gender = KIN_GENDERS[root.lower_]
        namesakes = [
            d
            for d in drafts
            if d is not owner
            and d.kind is EntityKind.PERSON
            and len(d.fullest) > 1
            and d.fullest[-1] == owner.fullest[-1]
            and (genders.of(d) == gender or (genders.of(d) is None and _named_before(d, root)))
            and _kin_fits(_kin_words(text, d), root.lower_)
        ]
        if len(namesakes) == 1:
            namesakes[0].add(root.idx, _token_end(root), MentionKind.ROLE, "")


def _add_kin_surnames(doc: Doc, drafts: list[_Draft]) -> None:
    """ "Gingrich and his wife, Callista,", "Schilling's son, Grant,": a spouse, a son, or a
    man's father or brother named by given names alone (one word, or known given names only)
    goes by the owner's surname ("Callista Gingrich", "Grant Schilling"), as the gold and
    every later story name them, and is a person whatever the small model tags the lone given
    name ("his wife, Lonnie": an organisation) and of the tie's gender. A daughter, a sister
    or a woman's father may go by another surname (marriage), so they keep the name as given."""
    genders = Genders(text_of(doc), drafts)
    for token in doc:
        owner_word = next((c for c in token.children if c.dep_ == "poss"), None)
        named = [c for c in token.children if c.dep_ == "appos"]
        if owner_word is None or len(named) != 1:
            continue
        owner = _draft_at(drafts, owner_word.idx, _token_end(owner_word))
        kin = _draft_at(drafts, named[0].idx, _token_end(named[0]))
        if owner is None or kin is None or owner is kin or owner.kind is not EntityKind.PERSON:
            continue
        if not _shares_surname(token.lower_, genders.of(owner)):
            continue
        if len(owner.fullest) > 1 and _given_names_only(kin.fullest):
            kin.variants.append((*kin.fullest, owner.fullest[-1]))
            kin.titled = True  # the tie is a title only a person has
            kin.add(token.idx, _token_end(token), MentionKind.ROLE, "")  # tells the gender


def _shares_surname(tie: str, owner_gender: str | None) -> bool:
    """Kin who bear the owner's family name: a spouse, a son, a man's father or brother."""
    return tie in SPOUSES or tie == "son" or (tie in _MALE_LINE and owner_gender != "f")


_MALE_LINE = frozenset({"father", "brother"})


def _given_names_only(words: tuple[str, ...]) -> bool:
    """ "Lonnie", "Juan Miguel": one word, or known given names only (not "Donald Jr.")."""
    return len(words) == 1 or all(w.lower() in _GIVEN_NAMES for w in words)


def _named_before(draft: _Draft, token: Token) -> bool:
    return any(start < token.idx for start, _, kind, _ in draft.spans if kind is MentionKind.NAME)


def _kin_fits(ties: list[str], noun: str) -> bool:
    """A namesake the family tie may be: called no other tie, and for kin other than a spouse
    called this one."""
    return set(ties) <= {noun} and (noun in SPOUSES or noun in ties)


def _new_partner(chunk: SpacySpan) -> Token | None:
    """The partner in "the wife of a reporter", "the widow of an officer": someone brought in
    by an indefinite description, whose spouse the story introduces by that tie."""
    root = chunk.root
    if chunk[0].lower_ != "the" or root.lower_ not in SPOUSES:
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    partner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if partner is None or not any(c.lower_ in ("a", "an") for c in partner.children):
        return None
    return partner


def _named_partner_owner(drafts: list[_Draft], token: Token, noun: str) -> _Draft | None:
    """The person whose ``noun`` ("husband") the story names in apposition: "her husband,
    Luis Ortega," is hers."""
    if token.lower_ != noun or not any(c.dep_ == "appos" for c in token.children):
        return None
    named = _people_at(drafts, [c for c in token.children if c.dep_ == "appos"])
    owners = _people_at(drafts, [c for c in token.children if c.dep_ == "poss"])
    if not named or not owners or owners[0] is named[0]:
        return None
    return owners[0]


def _introduces_one_person(chunk: SpacySpan) -> bool:
    """ "a Russian lawyer", "an adviser": one person brought in by a description alone."""
    root = chunk.root
    return (
        chunk[0].lower_ in ("a", "an")
        and len(chunk) > 1
        and _is_common_noun(root)
        and root.tag_ != "NNS"
        and description_noun(root) in PERSON_DESCRIPTIONS
    )


def _post_of_a_nation(chunk: SpacySpan) -> bool:
    """ "the Russian ambassador", "the Chinese foreign minister": one person told by a nation's
    post, whom a later "the ambassador, X," names."""
    root = chunk.root
    return (
        chunk[0].lower_ == "the"
        and _is_common_noun(root)
        and root.tag_ != "NNS"
        and description_noun(root) in PERSON_DESCRIPTIONS
        and any(t.dep_ == "amod" and t.ent_type_ == "NORP" and t.head == root for t in chunk)
    )


def _appositive_person(drafts: list[_Draft], chunk: SpacySpan) -> _Draft | None:
    """The person named in apposition to a definite description ("the lawyer, X,"), or as
    whom it was identified ("The officials identified the envoy as Sergey Kislyak", "the
    consultant was identified as X")."""
    if chunk[0].lower_ != "the":
        return None
    root = chunk.root
    named = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ in {"dobj", "nsubjpass"} and root.head.lemma_.lower() == "identify":
        named += [
            p
            for c in root.head.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for p in c.children
            if p.dep_ == "pobj"
        ]
    for name in named:
        draft = _draft_at(drafts, name.idx, _token_end(name))
        if draft is not None and draft.kind is EntityKind.PERSON:
            return draft
    return None


def _fits_description(genders: Genders, chunk: SpacySpan) -> Callable[[_Draft], bool]:
    """Who a description may stand for: a person of its gender ("the businessman") whose
    titles give no other nationality or party."""
    gender_agrees = genders.agreeing(noun_gender(chunk.root))
    affiliation = _affiliation(chunk)
    return lambda draft: gender_agrees(draft) and _may_be(draft, affiliation)


def _titled_by_name(drafts: list[_Draft], noun: str) -> _Draft | None:
    """ "Pope Francis … the pope": the one person whose name carries the description's noun."""
    named = [
        d
        for d in drafts
        if d.kind is EntityKind.PERSON and any(noun in (w.lower() for w in v) for v in d.variants)
    ]
    return named[0] if len(named) == 1 else None


def _describes_one_person(chunk: SpacySpan) -> bool:
    """ "The New York businessman said", "the retired neurosurgeon has": "the", then a singular
    epithet that only a person is (not a post: see POST_NOUNS), as the subject that carries
    the story on; with no name in
    apposition ("the author of the book, Mitchell Zuckoff," is named there). As an object
    ("met with the Russian envoy") a description brings in someone new as often as not."""
    root = chunk.root
    return (
        chunk[0].lower_ == "the"
        and (_is_subject(root) or _subject_conjunct(root))
        and root.dep_ != "appos"
        and not any(c.dep_ == "appos" for c in root.children)
        and len(chunk) > 1
        and root.tag_ not in {"NNS", "NNPS"}
        and (_party_member(root) or _is_common_noun(root))
        and (
            description_noun(root) in (PERSON_DESCRIPTIONS - POST_NOUNS) | PARTY_MEMBERS
            or (description_noun(root) in PERSON_DESCRIPTIONS and _epithet(chunk))
        )
    )


def _epithet(chunk: SpacySpan) -> bool:
    """ "the veteran lobbyist", "the 37-year-old adviser": a post told with the holder's age,
    standing or temper is an epithet for someone the story has named, not a new post holder
    ("the Russian ambassador" may be someone new). The tokenizer cuts an age at its hyphens
    ("71 - year - old"), so the words before the noun are read as they are written."""
    before = chunk.doc[chunk.start : chunk.root.i]
    return _AGE.search(before.text) is not None or any(t.lower_ in EPITHET_WORDS for t in before)


_AGE = re.compile(r"\b\d+-year-old\b")


def _subject_conjunct(root: Token) -> bool:
    """ "The Kentucky Republican and the New York businessman discussed …": the second of two
    descriptions joined as a subject carries the story on as the first does."""
    return root.dep_ == "conj" and _is_subject(root.head)


def _conjoined_partner(drafts: list[_Draft], root: Token) -> _Draft | None:
    """The person the first of two joined subjects stands for: the second is someone else."""
    if root.dep_ != "conj":
        return None
    partner = root.head
    return _draft_at(drafts, partner.idx, _token_end(partner))


def _party_member(root: Token) -> bool:
    """ "The Kentucky Republican said", "the Vermont Democrat": a party's name as the head of a
    definite description is one member of it, the politician the story is about there (the
    model tags it a group's name)."""
    return root.lower_ in PARTY_MEMBERS


def _affiliation(chunk: SpacySpan) -> tuple[str, ...]:
    """The nationality or party a description gives ("the Democratic presidential candidate",
    "the Russian leader")."""
    return tuple(t.lower_ for t in chunk.root.lefts if t.ent_type_ == "NORP")


_PARTY_NICKNAMES = {"gop": "republican"}
_PARTIES = ("republican", "democrat")


def _other_party(chunk: SpacySpan, draft: _Draft) -> bool:
    """ "the GOP front-runner" is not the one titled "Democratic front-runner": a party the
    phrase names rules out a holder whose titles name the other."""
    phrase = _parties_in(_party_word(t.lower_) for t in chunk.root.lefts)
    titles = _parties_in(_party_word(w) for w in draft.said)
    return bool(phrase and titles) and not phrase & titles


def _parties_in(words: Iterable[str]) -> set[str]:
    return {party for word in words for party in _PARTIES if _same_stem(word, party)}


def _party_word(word: str) -> str:
    """ "GOP" is the Republican party's other name."""
    return _PARTY_NICKNAMES.get(word, word)


def _may_be(draft: _Draft, affiliation: tuple[str, ...]) -> bool:
    """A person the article titled without that nationality or party is someone else: Pope
    Francis is not "the Democratic presidential candidate". One never titled may be anyone."""
    return not draft.said or all(_said_in(word, draft.said) for word in affiliation)


def noun_gender(noun: Token) -> str | None:
    """ "businessman" is a man, "congresswoman" and "actress" a woman, "the two men" men; most
    posts say neither."""
    word = noun.lemma_.lower()
    if word.endswith(("woman", "ess")):
        return "f"
    return "m" if word.endswith("man") else None


def _person_antecedent(
    token: Token,
    sentence: int,
    drafts: list[_Draft],
    persons: list[_Candidate],
    narrated: list[_Candidate],
    genders: Genders,
    quotations: Quotations,
    narration: list[int],
) -> _Draft | None:
    """Whom he or she stands for: the speaker of the report it is the subject of, else (when
    it speaks) the speaker just before, else the nearest agreeing subject."""
    gender = pronoun_gender(token.lower_)
    quoted = quotations.within(token.idx)
    if token.lower_ in _REFLEXIVES:
        return _bound_by(drafts, token)
    agrees = _not_among(
        _named_objects(drafts, token) + _named_in_credited_quote(drafts, token, quotations),
        _outside(_agreement(genders.agreeing(gender), quotations, token.idx, quoted), token.idx),
    )
    if _stands_for_someone_unnamed(token, gender, persons, agrees) or _object_left_unnamed(
        token, drafts
    ):
        return None
    owner = next((d for d in _owners_of_described(drafts, token) if agrees(d)), None)
    if owner is not None:
        return owner
    owner = None if quoted else _fronted_possessor(drafts, token, genders.agreeing(gender))
    if owner is not None:
        return owner
    reported = _speaker_of_report(drafts, token)
    if reported is not None and agrees(reported):
        return reported  # a guess from news style: teaches no gender
    if not quoted and _owned_by_someone_described(drafts, token):
        return None  # "said the adviser had not discussed it in his calls": the adviser's
    owner = None if quoted else _possessor_in_clause(drafts, token, agrees)
    if owner is not None:
        return owner
    if _speaks(token) and not quoted:
        governing = _governing_subject(narrated, token, agrees)
        if governing is not None:
            return governing
        last = _last_speaker(narrated, token, narration[sentence], narration, agrees)
        if last is not None:
            genders.learn(last, gender)
            return last
    found = _antecedent(
        persons if quoted else narrated,
        token,
        sentence,
        [*_excluded_subject(drafts, token), *_acted_on_before(drafts, token)]
        or _listed(_teller(drafts, token, quotations) if quoted else None),
        agrees,
        shown=lambda draft: gender is not None and genders.of(draft) == gender,
    )
    if found is not None and not quoted:
        genders.learn(found, gender)  # a quoted "she" is whom the speaker speaks of: a guess
    return found


_DESCRIBED_REACH = 2  # "X's visit to the UN, in which she": the clause may hang on "the UN"


def _owners_of_described(drafts: list[_Draft], pronoun: Token) -> list[_Draft]:
    """ "Clinton's 2011 visit to the UN, in which she and Ashton …": the subject of a relative
    clause on a person's possessed noun is that person, not whoever was the subject before —
    any person of that surname, should the article name two ("Clinton's" may be Bill's or
    Hillary's: the pronoun's gender tells which)."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return []
    described = clause.head
    for _ in range(_DESCRIBED_REACH):
        owners = [c for c in described.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if owners:
            return _drafts_named(drafts, owners[0])
        if described.dep_ != "pobj":
            return []
        described = described.head.head  # "visit to the United Nations in which": the visit
    return []


def _named_objects(drafts: list[_Draft], pronoun: Token) -> list[_Draft]:
    """ "He met Ali", "she was joined by Clinton": a subject pronoun is never the person its own
    verb names as object or partner (that person would be "himself"), however recently the
    story was about them."""
    if not _is_subject(pronoun):
        return []
    verb = pronoun.head
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [
        p
        for prep in verb.children
        if prep.dep_ in ("prep", "agent")
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    named = [t for o in objects for t in (o, *o.conjuncts) if t.pos_ == "PROPN"]
    return [d for t in named if (d := _draft_at(drafts, t.idx, _token_end(t))) is not None]


def _named_in_credited_quote(
    drafts: list[_Draft], pronoun: Token, quotations: Quotations
) -> list[_Draft]:
    """ "“This is them pretending Donald Trump isn't happening,” he said": the one a quote
    names, or describes by post ("“The senator had 25 conversations,” she said"), is whom the
    speaker speaks of, not who speaks — people do not call themselves by name or title — so
    the "he" that credits the quote is someone else."""
    if not _is_subject(pronoun) or pronoun.head.lemma_.lower() not in SPEECH_CUES:
        return []
    quote = quotations.ending_just_before(pronoun.idx)
    if quote is None:
        return []
    return [
        d
        for d in drafts
        if any(
            quote[0] <= start < quote[1] and kind in (MentionKind.NAME, MentionKind.ROLE)
            for start, _, kind, _ in d.spans
        )
    ]


def _not_among(others: list[_Draft], agrees: Callable[[_Draft], bool]) -> Callable[[_Draft], bool]:
    return lambda draft: agrees(draft) and not any(draft is other for other in others)


def _drafts_named(drafts: list[_Draft], name: Token) -> list[_Draft]:
    """The draft at a name, then every other person whose name ends in that word."""
    found = _draft_at(drafts, name.idx, _token_end(name))
    others = [
        d
        for d in drafts
        if d is not found
        and d.kind is EntityKind.PERSON
        and any(v and v[-1] == name.text for v in d.variants)
    ]
    return [found, *others] if found is not None else others


def _stands_for_someone_unnamed(
    pronoun: Token, gender: str | None, persons: list[_Candidate], agrees: Callable[[_Draft], bool]
) -> bool:
    """ "he was accused by a female reporter of grabbing her": a person brought in by an
    indefinite phrase that says their gender, in the pronoun's own sentence before it, is whom
    the pronoun of that gender stands for — someone the article does not name — unless a
    person of that gender is named between them. A go-between ("through a spokesman, he
    said") is not that person."""
    if gender is None:
        return False
    sentence = pronoun.sent
    introduced = [
        chunk.start_char
        for chunk in noun_chunks_of(pronoun.doc)
        if sentence.start_char <= chunk.start_char
        and chunk.end_char <= pronoun.idx
        and chunk[0].lower_ in INDEFINITE_ARTICLES
        and _phrase_gender(chunk) == gender
        and not _go_between(chunk)
    ]
    if not introduced:
        return False
    latest = max(introduced)
    return not any(latest < c.start < pronoun.idx and agrees(c.draft) for c in persons)


def _go_between(chunk: SpacySpan) -> bool:
    """ "Through a spokesman, he said": whom someone speaks through is not who "he" is."""
    return chunk.root.dep_ == "pobj" and chunk.root.head.lower_ in {"through", "via"}


def _object_left_unnamed(pronoun: Token, drafts: list[_Draft]) -> bool:
    """ "Sessions met the Russian ambassador twice. Kushner met him at Trump Tower": an object
    pronoun goes on from the object before it — a post the article names no one for, in its
    sentence or the one before — so it stands for someone unnamed, not for the last
    subject."""
    if pronoun.dep_ not in _OBJECT_DEPS or pronoun.lower_ not in ("him", "her"):
        return False
    sentence = pronoun.sent
    start = pronoun.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    objects = [
        t for t in pronoun.doc[start : pronoun.i] if t.dep_ in _OBJECT_DEPS and t.pos_ != "PRON"
    ]
    people = [t for t in objects if _draft_at(drafts, t.idx, _token_end(t)) or _unnamed_post(t)]
    return bool(people) and not _draft_at(drafts, people[-1].idx, _token_end(people[-1]))


_OBJECT_DEPS = frozenset({"dobj", "pobj"})


def _unnamed_post(noun: Token) -> bool:
    """ "the Russian ambassador": a definite post no name stands beside."""
    named = any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in noun.children)
    post = noun.pos_ == "NOUN" and noun.lemma_.lower() in POST_NOUNS
    return post and _definite(noun) and not named


def _phrase_gender(chunk: SpacySpan) -> str | None:
    """ "a female reporter", "a male aide", "a woman", "a businessman": the gender a phrase
    about a person says (not "an overwhelming success", "a German")."""
    marked = next((GENDER_WORDS[t.lower_] for t in chunk if t.lower_ in GENDER_WORDS), None)
    root = chunk.root
    if marked or root.pos_ != "NOUN" or root.ent_type_:
        return marked
    return "f" if root.lower_.endswith("woman") else "m" if root.lower_.endswith("man") else None


def _outside(agrees: Callable[[_Draft], bool], at: int) -> Callable[[_Draft], bool]:
    """A pronoun inside a phrase about someone is not that someone: "Rolf Brandt, a pastor at
    her church" — her church is not Brandt's."""
    return lambda draft: (
        agrees(draft)
        and not any(
            start < at < end
            for start, end, kind, _ in draft.spans
            if kind is not MentionKind.PRONOUN
        )
    )


def _agreement(
    gender_agrees: Callable[[_Draft], bool], quotations: Quotations, at: int, quoted: bool
) -> Callable[[_Draft], bool]:
    """Who a pronoun at ``at`` may stand for: a person of its gender, named before it outside a
    quotation unless the pronoun is itself quoted."""
    return lambda draft: (
        gender_agrees(draft) and (quoted or quotations.named_outside_before(draft, at))
    )


class Quotations:
    """Where the article quotes someone, and where each person is first named outside a
    quotation, looked up by bisection: pronouns are many and long articles quote a lot."""

    def __init__(self, text: str, drafts: list[_Draft]) -> None:
        spans = sorted(f for quote in find_quotes(text) for f in quote.fragments)
        self._text = text
        self._starts = [start for start, _ in spans]
        self._spans = spans
        self._first_named = {
            id(d): min(
                (
                    s
                    for s, _, kind, _ in d.spans
                    if kind is not MentionKind.PRONOUN and not self.within(s)
                ),
                default=None,
            )
            for d in drafts
        }

    def within(self, offset: int) -> bool:
        index = bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._spans[index][1]

    def ending_just_before(self, offset: int) -> tuple[int, int] | None:
        """The quotation that closes right before ``offset`` ("…,” he said"), if any."""
        index = bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        start, end = self._spans[index]
        between = self._text[end:offset]
        return (start, end) if end <= offset and not between.strip(" ,\"”'’") else None

    def named_outside_before(self, draft: _Draft, offset: int) -> bool:
        first = self._first_named.get(id(draft))
        return first is not None and first < offset


def pronoun_gender(pronoun: str) -> str | None:
    """ "m" for he/him/his, "f" for she/her/hers."""
    lower = pronoun.lower()
    return "m" if lower in MALE_PRONOUNS else "f" if lower in FEMALE_PRONOUNS else None


class Genders:
    """Each person's gender as the article shows it: an honorific before a mention ("Mr.",
    "Mrs."), else a given name read as one gender, else the pronouns already resolved to them.
    Unknown agrees with every pronoun: the rule only keeps "she" off a man and "he" off a
    woman."""

    def __init__(self, text: str, drafts: list[_Draft]) -> None:
        self._known = {id(d): g for d in drafts if (g := _shown_gender(text, d)) is not None}

    def of(self, draft: _Draft) -> str | None:
        return self._known.get(id(draft))

    def agreeing(self, gender: str | None) -> Callable[[_Draft], bool]:
        return lambda draft: gender is None or self.of(draft) in (None, gender)

    def learn(self, draft: _Draft, gender: str | None) -> None:
        if gender is not None:
            self._known.setdefault(id(draft), gender)


def _shown_gender(text: str, draft: _Draft) -> str | None:
    if draft.kind is not EntityKind.PERSON:
        return None
    for start, _, kind, _ in draft.spans:
        if kind is MentionKind.PRONOUN:
            continue
        before = text[max(0, start - 6) : start].split()
        honorific = _honorific_gender(before[-1]) if before else None
        if honorific is not None:
            return honorific
    given = _gender_of_given(draft.fullest[0])  # "Jane" alone, too, is a given name
    return given or _kin_gender(text, draft)


def _kin_gender(text: str, draft: _Draft) -> str | None:
    """ "Ali's wife, Lonnie Ali,": the relative a role phrase calls the person tells their
    gender when no honorific or given name does."""
    kin = _kin_words(text, draft)
    return KIN_GENDERS[kin[0]] if kin else None


def _kin_words(text: str, draft: _Draft) -> list[str]:
    """The family ties the person's role phrases name ("wife" in "Ali's wife")."""
    found = []
    for start, end, kind, _ in draft.spans:
        words = re.findall(r"[\w’']+", text[start:end].lower()) if kind is MentionKind.ROLE else []
        if words and words[-1] in KIN_GENDERS:
            found.append(words[-1])
    return found


@dataclass(frozen=True)
class _Candidate:
    start: int
    sentence: int
    subject: bool
    draft: _Draft
    speaks: bool = False  # the subject of a speech verb ("Kislyak said", "…, said Kislyak")


def _sentence_numbers(doc: Doc) -> dict[int, int]:
    """Each token's sentence number by its start offset, counted once per doc: looking it up
    per pronoun rescanned the sentences each time, and three passes of the cast read it."""
    return per_doc(
        doc,
        "onrecord.sentence_numbers",
        lambda d: {t.idx: n for n, sent in enumerate(d.sents) for t in sent},
    )


def _candidates(
    doc: Doc, drafts: list[_Draft], kind: EntityKind, sentence_of: dict[int, int]
) -> list[_Candidate]:
    by_char = token_at(doc)
    found = []
    for draft in drafts:
        if draft.kind is not kind:
            continue
        for start, end, _, _ in draft.spans:
            token = by_char.get(start)
            if token is None:
                continue
            head = _span_head(token, end)
            if head.dep_ == "compound":
                continue  # "the Trump team": a name modifying a noun is rarely referred back to
            found.append(
                _Candidate(
                    start,
                    sentence_of[start],
                    _is_topic(head) or _owns_the_topic(head),
                    draft,
                    _speaks(head),
                )
            )
    return sorted(found, key=lambda c: c.start)


def _speaks(token: Token) -> bool:
    """The subject of a speech verb that is not itself reported: in "Carson pointed out that
    Costa had reported …" Costa's report is Carson's words, and Carson is the one speaking;
    and the one a question is put to, who answers next ("Conroy asked Sanders whether … 'Sure
    it is,' he said" is Sanders)."""
    subject = token.head if _datelined_name(token) else token
    return (
        _is_subject(subject)
        and subject.head.lemma_.lower() in SPEECH_CUES
        and not _reported(subject.head)
    ) or _asked(token)


def is_dateline(token: Token) -> bool:
    """ "WASHINGTON (AP) —", "NEW YORK —", "WASHINGTON, Aug. 24 (UPI) —", "PASADENA, Calif.
    (UPI) —": a place in capitals, then (past the rest of the place's name, its state and the
    filing date) a dash or the agency in brackets, is where a wire story was filed — which
    the parser often makes the first sentence's subject."""
    if not (token.is_upper and len(token.text) > 1 and token.ent_type_ != "PERSON"):
        return False  # the model tags many a dateline's place as an organisation
    for following in token.doc[token.i + 1 : token.i + _DATELINE_REACH]:
        if following.text in _DATELINE_MARKS:
            return True
        if not (following.text == "," or following.pos_ in ("PROPN", "NUM")):
            return False
    return False


_DATELINE_MARKS = _DATELINE_DASHES | {"("}  # "NAIROBI, Kenya (AP) _"
_DATELINE_REACH = 8  # tokens: "WASHINGTON , Aug. 24 (" and a longer place's name


def dateline_end(sentence: SpacySpan) -> int:
    """Where the dateline a sentence opens on ends (a character offset in the document), or
    where the sentence starts when it opens on none: "WASHINGTON, Dec. 5 —" dates the filing,
    not what the sentence goes on to tell."""
    opening = next((t for t in sentence if not t.is_space), None)
    if opening is None or not is_dateline(opening):
        return sentence.start_char
    reach = sentence.doc[opening.i + 1 : opening.i + _DATELINE_REACH]
    mark = next((t for t in reach if t.text in _DATELINE_MARKS), None)
    return mark.idx if mark is not None else sentence.start_char


def in_a_dateline(doc: Doc, offset: int) -> bool:
    """Whether the token starting at ``offset`` lies in the dateline its sentence opens on."""
    token = token_at(doc).get(offset)
    return token is not None and token.sent.start_char <= offset < dateline_end(token.sent)


def _datelined_name(token: Token) -> bool:
    """ "NEW YORK (AP) — Paul Manafort … denied": the parser makes the place the subject and
    the name its last appositive; the name is who speaks."""
    place = token.head
    if token.dep_ != "appos" or not is_dateline(place):
        return False
    return token == [c for c in place.children if c.dep_ == "appos"][-1]


def datelined(subject: Token) -> Token:
    """The name a dateline the parser made a subject goes on to ("MOSCOW, March 3 — Michael
    Flynn met …": Flynn), else the subject itself."""
    if not is_dateline(subject):
        return subject
    named = (a for a in subject.children if _datelined_name(a) and not _bracketed(a))
    return next(named, subject)


def _bracketed(name: Token) -> bool:
    """ "(AP)": the agency a dateline credits, not the name after it."""
    before = name.left_edge.i - 1
    return before >= 0 and name.doc[before].text == "("


def put_to_the_main_subject(verb: Token) -> bool:
    """ "Asked by Sen. X whether …, Sessions said": a fronted participle of asking puts its
    question to the main clause's subject, who answers; the question is its asker's ("by Sen.
    X"), or no one's the text names."""
    # the model tags a fronted "Asked whether …," as a past tense now and then
    fronted = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.i == verb.sent.start)
    return (
        verb.lemma_.lower() in QUESTION_CUES
        and fronted
        and verb.dep_ == "advcl"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def _asked(token: Token) -> bool:
    """The person a question is put to: "asked Sanders whether …", "asked her why …"."""
    verb = token.head
    return (
        token.dep_ in {"dobj", "dative"}
        and verb.lemma_.lower() == "ask"
        and any(c.dep_ == "ccomp" and opens_a_question(c) for c in verb.children)
    )


def opens_a_question(clause: Token) -> bool:
    """ "whether he will run", "what he would support", "which donors he met"."""
    first = clause.left_edge
    return first.lower_ in {"whether", "if"} or first.tag_ in {"WDT", "WP", "WRB"}


def _reported(verb: Token) -> bool:
    """A verb in a clause another verb reports or holds ("pointing out that Costa had
    reported", "hoped that he would win"): not the sentence's own act."""
    while verb.dep_ in {"conj", "xcomp"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp"


def _is_subject(token: Token) -> bool:
    return token.dep_ in {"nsubj", "nsubjpass"}


def _is_topic(token: Token) -> bool:
    """A subject before its verb, of a clause no one is reported to have said. The inverted
    subject of a quote's attribution ("…," said X) credits the words and is seldom what the
    next sentence's "he" refers back to; nor is one inside a reported clause ("Carson pointed
    out that Costa had reported … He hoped" is Carson). A name the parser hangs on a wire
    dateline ("WASHINGTON (Reuters) - Michael Flynn, … pleaded guilty") is its verb's subject."""
    if _datelined_name(token):
        token = token.head
    return (
        _is_subject(token)
        and token.i < token.head.i
        and not _reported(token.head)
        and not _in_what_is_spoken_of(token.head)
    )


def _in_what_is_spoken_of(verb: Token) -> bool:
    """ "Lynch has the final say on whether Clinton faces charges, and though she …": a
    subject inside a clause that a preposition or a question opens is what the sentence is
    about, not who it is about — the next "she" is Lynch."""
    while verb.dep_ in {"conj", "xcomp"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "pcomp" or (verb.dep_ == "ccomp" and opens_a_question(verb))


def _owns_the_topic(token: Token) -> bool:
    """ "Tuttle's article attacked Christie. He calls …": the author of a piece of writing or
    speech that is the clause's subject is whom the next "he" refers back to, not the person
    the piece acted on."""
    return (
        token.dep_ == "poss"
        and token.head.lemma_.lower() in AUTHORED_NOUNS
        and _is_topic(token.head)
    )


def _speaker_of_report(drafts: list[_Draft], pronoun: Token) -> _Draft | None:
    """The subject pronoun of indirect speech is, in news style, the speaker: "X said he had
    met Y", "X told reporters that he". Questions ("asked whether he") and direct quotes
    (where the speaker is "I") are not."""
    if not _is_subject(pronoun):
        return None
    report = _reported_clause(pronoun.head)
    if report is None or _quoted(report[0]):
        return None
    speaker = report[1]
    if speaker.i == pronoun.i:
        return None
    return _agreeing_person(drafts, speaker, lambda draft: True)


def _reported_clause(verb: Token) -> tuple[Token, Token] | None:
    """The clause of reported speech a verb belongs to ("X said he had met Y" — through "met
    and talked", "is said to have met"), with the speaker: the subject of the reporting verb."""
    clause = verb
    while clause.dep_ in {"conj", "xcomp"} and clause.head.i != clause.i:
        clause = clause.head
    cue = clause.head
    if clause.dep_ != "ccomp" or cue.lemma_.lower() not in REPORTING_VERBS:
        return None
    speaker = next((c for c in cue.children if _is_subject(c)), None)
    if speaker is not None:
        speaker = datelined(speaker)  # "NEW YORK (AP) — X denied that he …"
    return (clause, speaker) if speaker is not None else None


def _clause_of(word: Token) -> tuple[Token | None, Token | None]:
    """The verb of the clause ``word`` is in, and that verb's subject."""
    verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None, None
    return verb, next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _owned_by_someone_described(drafts: list[_Draft], pronoun: Token) -> bool:
    """A "his" or "her" in a clause whose subject is a person told by a description the cast
    ties to no one ("Pence said the incoming national security adviser had not discussed
    sanctions in his calls"): it is that person's, not the speaker's nor an earlier name."""
    if pronoun.dep_ != "poss":
        return False
    _, subject = _clause_of(pronoun)
    return (
        subject is not None
        and subject.i < pronoun.i
        and subject.pos_ == "NOUN"
        and subject.tag_ == "NN"  # one person: "lawmakers are uneasy about his …" is not theirs
        and description_noun(subject) in PERSON_DESCRIPTIONS | POST_NOUNS
        and _agreeing_person(drafts, subject, lambda draft: True) is None
    )


def _possessor_in_clause(
    drafts: list[_Draft], pronoun: Token, agrees: Callable[[_Draft], bool]
) -> _Draft | None:
    """Whose "his" or "her" is, from its own clause: the person named as the subject of a verb
    with no object ("Reagan appeared unsteady in his first debate" is Reagan's, whoever spoke
    before), else, in reported speech, the speaker when the report names no one before it
    ("Fowler noted that at one of his first meetings, he …" is Fowler's)."""
    if pronoun.dep_ != "poss":
        return None
    verb, subject = _clause_of(pronoun)
    if verb is None:
        return None
    transitive = any(c.dep_ in ("dobj", "dative", "attr") for c in verb.children)
    if subject is not None and subject.i < pronoun.i and not transitive:
        return _agreeing_person(drafts, subject, agrees)
    report = _reported_clause(verb)
    if report is None:
        return None
    clause, speaker = report
    if any(t.i < pronoun.i and t.ent_type_ == "PERSON" for t in clause.subtree):
        return None
    return _agreeing_person(drafts, speaker, agrees)


def _fronted_possessor(
    drafts: list[_Draft], pronoun: Token, agrees: Callable[[_Draft], bool]
) -> _Draft | None:
    """ "With Mayor Walsh by her side, Clinton turned to …", "In his first speech, Vale said":
    a possessive in a phrase put before its clause's subject looks ahead to that subject, not
    back to whoever was named last, even when that subject is named for the first time there.
    Participles on the way ("Standing … with X by her side") have no subject of their own and
    share the clause's."""
    if pronoun.dep_ != "poss":
        return None
    for verb in pronoun.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        if subject.i < pronoun.i or subject.left_edge.i < pronoun.i or subject.i > verb.i:
            return None
        return _agreeing_person(drafts, subject, agrees)
    return None


def _agreeing_person(
    drafts: list[_Draft], token: Token, agrees: Callable[[_Draft], bool]
) -> _Draft | None:
    """The person a name token belongs to, if ``agrees`` (a pronoun's gender) lets them be."""
    draft = _draft_at(drafts, token.idx, _token_end(token))
    return (
        draft if draft is not None and draft.kind is EntityKind.PERSON and agrees(draft) else None
    )


def _teller(drafts: list[_Draft], pronoun: Token, quotations: Quotations) -> _Draft | None:
    """Who tells the quotation a pronoun stands in: the subject of the speech verb outside it
    in its sentence ("“In my first meeting with him, …,” Mitchell recalled"). The teller
    speaks of themself as "I", so a quoted "he" or "him" is someone else."""
    for cue in pronoun.sent:
        if cue.lemma_.lower() not in REPORTING_VERBS or quotations.within(cue.idx):
            continue
        teller = next((c for c in cue.children if _is_subject(c)), None)
        if teller is not None and not quotations.within(teller.idx):
            draft = _agreeing_person(drafts, teller, lambda draft: True)
            if draft is not None:
                return draft
    return None


def _quoted(clause: Token) -> bool:
    doc = clause.doc
    edges = doc[max(clause.left_edge.i - 1, 0) : clause.right_edge.i + 2]
    return any(t.tag_ in {"``", "''"} or t.text in QUOTE_MARKS for t in edges)


def _span_head(token: Token, end: int) -> Token:
    """The token of a mention whose head lies outside it (the mention's syntactic head)."""
    while token.head.idx < end and token.head.idx >= token.idx and token.head != token:
        token = token.head
    return token


def _excluded_subject(drafts: list[_Draft], pronoun: Token) -> list[_Draft]:
    """Whom an object pronoun cannot be: the subject of its own clause, each of a joined
    subject too ("X and Y sent the referral, urging him to act": him is neither)."""
    if pronoun.dep_ not in {"dobj", "dative", "pobj"}:
        return []
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        subject = _shared_subject(verb)
    if subject is not None and subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
        subject = verb.head  # "X, who served alongside him": him is not X
    if subject is None:
        return []
    joined = (subject, *(t for t in subject.conjuncts if t.i > subject.i))
    found = (_draft_at(drafts, t.idx, _token_end(t)) for t in joined)
    return [draft for draft in found if draft is not None]


_REFLEXIVES = frozenset({"himself", "herself"})


def _bound_by(drafts: list[_Draft], reflexive: Token) -> _Draft | None:
    """ "Cid said Elian's father had intended to flee Cuba himself": a reflexive is the one
    its own clause is about — the noun it stands beside ("the president himself"), else its
    clause's subject — never the speaker whose words hold that clause; when that subject is
    no one the cast holds, it is no one."""
    if reflexive.head.pos_ in {"NOUN", "PROPN"} and reflexive.dep_ in {"appos", "npadvmod"}:
        subject: Token | None = reflexive.head
    else:
        verb = next((v for v in reflexive.ancestors if _clause_subject(v) is not None), None)
        subject = None if verb is None else _clause_subject(verb)
    if subject is None:
        return None
    return _draft_at(drafts, subject.idx, _token_end(subject))


def _clause_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _acted_on_before(drafts: list[_Draft], pronoun: Token) -> list[_Draft]:
    """Whom a subject pronoun cannot be: those named in a phrase with no subject of its own
    set before it ("After cabling world leaders about giving Saddam Hussein a deadline, he
    offered him a week"), whose doer is the pronoun and whom it did something to."""
    if pronoun.dep_ != "nsubj":
        return []
    adjuncts = [
        c
        for c in pronoun.head.children
        if c.i < pronoun.i and c.dep_ in {"advcl", "prep"} and _has_no_subject(c)
    ]
    found = (
        _draft_at(drafts, t.idx, _token_end(t))
        for adjunct in adjuncts
        for t in adjunct.subtree
        if t.pos_ == "PROPN"
    )
    return [draft for draft in found if draft is not None]


def _has_no_subject(adjunct: Token) -> bool:
    """A participle or gerund phrase ("after cabling X", "meeting X") whose doer is the
    subject of the clause it is set before."""
    verb = next((c for c in adjunct.children if c.dep_ == "pcomp"), None)
    verb = adjunct if adjunct.dep_ == "advcl" else verb
    return verb is not None and verb.tag_ == "VBG" and _clause_subject(verb) is None


_SHARING_CLAUSES = frozenset({"conj", "advcl"})


def _shared_subject(verb: Token) -> Token | None:
    """ "Cruz calling Trump his friend, meeting with him and inviting him": a participle or a
    second verb with no subject of its own shares the subject of the verb it hangs from, and
    its object pronoun is not that subject either."""
    while verb.dep_ in _SHARING_CLAUSES and verb.head.i != verb.i:
        if verb.dep_ == "advcl" and verb.tag_ != "VBG":
            return None  # "after he left, …": a finite clause of its own
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


_LOOKBACK_SENTENCES = 8  # quotes run over several short sentences and paragraphs


_SPEECH_LOOKBACK = 1  # this sentence or the one before: further back, the nearest name wins


def _narration(doc: Doc, quotations: Quotations) -> list[int]:
    """For each sentence, how many sentences up to it hold words of the narrator's own: a
    quote of several sentences puts no distance between a speaker and the "he said" after it."""
    counts, seen = [], 0
    for sent in doc.sents:
        quoted = quotations.within(sent.start_char) and quotations.within(sent.end_char - 1)
        seen += not quoted
        counts.append(seen)
    return counts


_MODIFYING_CLAUSES = frozenset({"advcl", "relcl", "acl", "pcomp"})


def _governing_subject(
    candidates: list[_Candidate], token: Token, agrees: Callable[[_Draft], bool]
) -> _Draft | None:
    """ "Page went to Moscow, where he criticized …", "Pence relied on Flynn's word when he
    said …": a pronoun that speaks in a clause hung from another is the subject of the clause
    it hangs from, not the last speaker before the sentence. A parenthetical "he said" in
    the words it credits hangs from nothing: those words are not a frame."""
    if token.head.dep_ not in _MODIFYING_CLAUSES:
        return None
    for verb in token.head.ancestors:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        found = [c for c in candidates if start <= c.start < end and agrees(c.draft)]
        return found[-1].draft if found else None
    return None


def _last_speaker(
    candidates: list[_Candidate],
    token: Token,
    here: int,
    narration: list[int],
    agrees: Callable[[_Draft], bool],
) -> _Draft | None:
    """ "The mayor told reporters … He said he had not …": a pronoun that speaks takes the
    speaker of the nearest earlier speech act of its gender, not the nearest name; sentences
    quoted in between do not count."""
    spoken = [
        c
        for c in candidates
        if c.speaks
        and c.start < token.idx
        and here - narration[c.sentence] <= _SPEECH_LOOKBACK
        and agrees(c.draft)
    ]
    return max(spoken, key=lambda c: c.start).draft if spoken else None


def _listed(draft: _Draft | None) -> list[_Draft]:
    return [] if draft is None else [draft]


def _antecedent(
    candidates: list[_Candidate],
    token: Token,
    sentence: int,
    excluded: Sequence[_Draft],
    agrees: Callable[[_Draft], bool] = lambda draft: True,
    shown: Callable[[_Draft], bool] = lambda draft: False,
) -> _Draft | None:
    """The nearest candidate before ``token`` in the latest sentence that has one: a subject
    first, then one the article has shown to be of the pronoun's gender ("Suu Kyi, who had
    breakfast with Vice President Biden … She will visit" is Suu Kyi, whom "she" already
    named), then the latest."""
    before = [
        c
        for c in candidates
        if c.start < token.idx
        and not any(c.draft is draft for draft in excluded)
        and sentence - c.sentence <= _LOOKBACK_SENTENCES
        and agrees(c.draft)
    ]
    if not before:
        return None
    ranked = max(before, key=lambda c: (c.sentence, c.subject, shown(c.draft), c.start))
    return ranked.draft


def press_titled(token: Token) -> bool:
    """A journalist by title: "radio host X", "moderator Y", "the editor, Z", "an NBC
    reporter" — the statements leave out the questions they put, the contacts their
    interviews."""
    titled = [token, *(c for c in token.children if c.dep_ in ("compound", "appos", "amod"))]
    if token.dep_ == "appos":
        titled.append(token.head)
    if token.left_edge.i > 0:  # "told co-host X": the title, however the parser hung it
        titled.append(token.doc[token.left_edge.i - 1])
    return any(t.lemma_.lower() in PRESS_TITLES for t in titled)


# -- members -------------------------------------------------------------------------------------


def _member(article: Article, draft: _Draft) -> CastMember:
    kind = draft.kind
    name = " ".join(draft.fullest)
    entity_id = content_id("ent", kind.value, name)
    mentions = tuple(
        Mention(
            content_id("men", article.id, start, end),
            article.span(start, end),
            mention_kind,
            entity_id,
            label,
            EXTRACTOR,
        )
        for start, end, mention_kind, label in sorted(draft.spans)
    )
    aliases = tuple(sorted({" ".join(v) for v in (*draft.variants, *draft.called)} - {name}))
    return CastMember(entity_id, name, kind, mentions, aliases)


def _merge_same_id(members: Iterable[CastMember]) -> list[CastMember]:
    """Two drafts that came out as the same entity (same kind and name) are one member."""
    merged: dict[str, CastMember] = {}
    for member in members:
        seen = merged.get(member.id)
        if seen is None:
            merged[member.id] = member
            continue
        mentions = tuple(sorted({*seen.mentions, *member.mentions}, key=lambda m: m.span.start))
        aliases = tuple(sorted({*seen.aliases, *member.aliases}))
        merged[member.id] = CastMember(member.id, member.name, member.kind, mentions, aliases)
    return list(merged.values())
