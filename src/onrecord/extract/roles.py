"""Roles: who holds which title, at which organisation, and when — read from the constructions
news uses to introduce people.

Three constructions carry nearly all of it: an appositive ("Russia's ambassador to the U.S.,
Sergey Kislyak"; "Sessions, the attorney general,"), a title before the name ("Attorney General
Jeff Sessions"), and a relative clause with a role verb ("Manafort, who chaired the campaign from
April to August of 2016"). :func:`find_title_links` finds the first two on the parse alone; the
cast uses them to tie later role phrases ("the ambassador") to the person, and
:func:`extract_roles` turns all three into :class:`~onrecord.record.Role` records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from onrecord.dates import FuzzyDate, Precision, resolve
from onrecord.extract.lexicon import FORMER_WORDS, HONORIFICS, ROLE_VERBS, THEN_PATTERN
from onrecord.extract.nlp import noun_chunks_of, per_doc
from onrecord.ids import content_id
from onrecord.record import Article, Role

if TYPE_CHECKING:
    from onrecord.extract.cast import Cast

EXTRACTOR = "roles.v1"

_NAME_LABELS = frozenset({"PERSON", ""})
_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON", "FAC"})
_ORG_PREPOSITIONS = frozenset({"to", "of", "for", "at", "in"})
_TRIM_EDGES = frozenset({"DET", "PUNCT", "CCONJ", "ADP", "PRON"})


@dataclass(frozen=True)
class TitleLink:
    """A title phrase tied by syntax to a name: tokens ``[start, end)`` describe ``person``
    (the token index of the name's head)."""

    person: int
    start: int
    end: int
    head: int  # the title's head noun
    construction: str  # "appositive" or "title"


def find_title_links(doc: Doc) -> list[TitleLink]:
    """Every appositive and title-before-name construction in ``doc``, in text order (found
    once per document: the cast and the roles both read them)."""
    return list(per_doc(doc, "onrecord.title_links", _title_links))


def _title_links(doc: Doc) -> tuple[TitleLink, ...]:
    links = [*_appositive_links(doc), *_prefix_title_links(doc)]
    linked = {link.person for link in links}
    links += [link for link in _comma_links(doc) if link.person not in linked]
    return tuple(sorted(links, key=lambda link: link.start))


def _is_name(token: Token) -> bool:
    """A proper noun that is (or could be) part of a person's name."""
    return token.pos_ == "PROPN" and token.ent_type_ in _NAME_LABELS


def _is_title_head(token: Token) -> bool:
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_)


def _appositive_links(doc: Doc) -> Iterable[TitleLink]:
    """``<name>, <title>,`` and ``<title>, <name>``: one side a name, the other a common noun."""
    for token in doc:
        if token.dep_ != "appos":
            continue
        head = token.head
        if _is_name(head) and _is_title_head(token) and token.pos_ == "NOUN":
            name, title = head, token
        elif _is_name(token) and head.pos_ == "NOUN":
            name, title = token, head
        else:
            continue
        span = _title_span(title, exclude=name)
        if span:
            yield TitleLink(name.i, span[0], span[1], title.i, "appositive")


def _comma_links(doc: Doc) -> Iterable[TitleLink]:
    """``<title phrase>, <Name>,`` where the parser missed the appositive: the noun phrase
    right before the comma (with an ``of/to/for`` phrase it carries) describes the name."""
    chunk_ending = {chunk.end: chunk for chunk in noun_chunks_of(doc)}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or doc[ent.start - 1 : ent.start].text != ",":
            continue
        if ent.end < len(doc) and not doc[ent.end].is_punct:
            continue
        chunk = chunk_ending.get(ent.start - 1)
        while chunk is not None and _carried_by_preposition(doc, chunk.start, chunk_ending):
            chunk = chunk_ending[chunk.start - 1]
        if chunk is None or chunk.root.pos_ != "NOUN":
            continue
        span = _trim(doc, chunk.start, ent.start - 1)
        if span:
            yield TitleLink(ent.root.i, span[0], span[1], chunk.root.i, "appositive")


def _carried_by_preposition(doc: Doc, start: int, chunk_ending: Mapping[int, object]) -> bool:
    """True when ``to/of/for/at/in`` right before ``start`` follows another noun phrase."""
    before = doc[start - 1 : start]
    return bool(before) and before.text.lower() in _ORG_PREPOSITIONS and start - 1 in chunk_ending


def _title_span(title: Token, exclude: Token) -> tuple[int, int] | None:
    """The contiguous tokens of ``title``'s phrase, without the name it describes, relative
    clauses, and determiners or punctuation at the edges."""
    skipped = {t.i for t in exclude.subtree} if exclude.head == title else set()
    for child in title.children:
        if child.dep_ in {"relcl", "acl", "appos"} and child != exclude:
            skipped |= {t.i for t in child.subtree}
    kept = [t.i for t in title.subtree if t.i not in skipped and t.i != exclude.i]
    start, end = min(kept), max(kept) + 1
    if any(i in skipped for i in range(start, end)):
        end = min(i for i in skipped if start <= i < end)
    return _trim(title.doc, start, end)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and doc[start].pos_ in _TRIM_EDGES - {"PRON"}:
        start += 1
    while end > start and doc[end - 1].pos_ in _TRIM_EDGES:
        end -= 1
    return (start, end) if start < end else None


def _prefix_title_links(doc: Doc) -> Iterable[TitleLink]:
    """``Attorney General Jeff Sessions``: the name's own left modifiers before the name."""
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start == 0:
            continue
        subtree = {t.i for t in ent.root.subtree}
        start = ent.start
        while start > 0 and doc[start - 1].i in subtree and _is_title_word(doc[start - 1]):
            start -= 1
        last = doc[ent.start - 1]
        if start < ent.start and _is_title_head(last) and last.ent_type_ != "PERSON":
            yield TitleLink(ent.root.i, start, ent.start, last.i, "title")


def _is_title_word(token: Token) -> bool:
    """Words a prefix title is made of; a determiner, possessive or preposition ends it."""
    if token.lower_ in HONORIFICS:
        return False
    return token.pos_ not in {"DET", "PUNCT", "ADP", "PART", "PRON"} and token.dep_ != "poss"


# -- roles ---------------------------------------------------------------------------------------


def extract_roles(
    doc: Doc, article: Article, cast: Cast, periods: Mapping[str, FuzzyDate] | None = None
) -> list[Role]:
    """Roles from appositives, prefix titles and role-verb relative clauses of cast members."""
    anchor = _anchor(article)
    roles = [_link_role(doc, article, cast, link, anchor) for link in find_title_links(doc)]
    roles += _relative_clause_roles(doc, article, cast, anchor, periods)
    return [role for role in roles if role is not None]


def _anchor(article: Article) -> date | None:
    published = article.published
    return published.value.start if published and published.value.resolved else None


def _link_role(
    doc: Doc, article: Article, cast: Cast, link: TitleLink, anchor: date | None
) -> Role | None:
    name = doc[link.person]
    member = cast.member_at(name.idx, name.idx + len(name.text))
    if member is None:
        return None
    title_start = doc[link.start].idx
    title_end = doc[link.end - 1].idx + len(doc[link.end - 1].text)
    words = [t for t in doc[link.start : link.end] if t.lower_ not in FORMER_WORDS]
    former = any(t.lower_ in FORMER_WORDS for t in doc[link.start : link.end])
    then = _is_then(article.clean_text, title_start)
    title = _title_text(words)
    org = _org_of(doc, link)
    when = _former_interval(anchor) if former else None
    if then:
        when = FuzzyDate.unresolved("then-")
    evidence = article.span(min(title_start, name.idx), max(title_end, name.idx + len(name.text)))
    role_id = content_id("role", article.id, member.id, title, evidence.start)
    return Role(role_id, member.id, title, org, when, evidence, former, EXTRACTOR)


def _title_text(words: list[Token]) -> str:
    """The title as a post name: the head noun and its modifiers, without the organisation's
    possessive or prepositional phrase, lower-cased unless a proper noun."""
    core = [t for t in words if t.dep_ not in {"poss", "case", "prep", "pobj", "det", "punct"}]
    core = [t for t in core if not (t.head.dep_ in {"poss", "pobj"} and t.head in words)]
    return " ".join(t.text if t.ent_type_ else t.lower_ for t in core) or " ".join(
        t.text for t in words
    )


def _org_of(doc: Doc, link: TitleLink) -> str | None:
    """The organisation a title is held at: a possessive or ``to/of/for`` object of the head
    ("Russia's ambassador to the U.S." → "Russia"), else a named organisation inside it."""
    head = doc[link.head]
    for child in head.children:
        if child.dep_ == "poss" and child.ent_type_ in _ORG_LABELS:
            return _phrase(child)
        if child.dep_ == "prep" and child.lower_ in _ORG_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_]
            if objects:
                return _phrase(objects[0])
    inside = [t for t in doc[link.start : link.end] if t.ent_type_ in {"ORG", "GPE"}]
    return _phrase(inside[0]) if inside else None


def _phrase(token: Token) -> str:
    """The named-entity text a token belongs to (or the token itself)."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return str(ent.text)
    return str(token.text)


def _is_then(text: str, title_start: int) -> bool:
    before = text[max(0, title_start - 6) : title_start]
    return bool(THEN_PATTERN.match(before.strip().split(" ")[-1] if before.strip() else ""))


def _former_interval(anchor: date | None) -> FuzzyDate:
    """A role the article calls former ended before the article's date (open start)."""
    if anchor is None:
        return FuzzyDate.unresolved("former")
    return FuzzyDate.between(None, anchor - timedelta(days=1), Precision.OPEN, "former")


def _relative_clause_roles(
    doc: Doc,
    article: Article,
    cast: Cast,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate] | None,
) -> list[Role | None]:
    """``<name>, who chaired <org> from <date> to <date>,``: a role verb in a relative clause."""
    found: list[Role | None] = []
    for token in doc:
        if token.dep_ != "relcl" or token.lemma_.lower() not in ROLE_VERBS:
            continue
        name = token.head
        member = cast.member_at(name.idx, name.idx + len(name.text))
        obj = next((c for c in token.children if c.dep_ in {"dobj", "attr"}), None)
        if member is None or obj is None:
            continue
        when = _clause_date(doc, token, anchor, periods)
        span_tokens = list(token.subtree)
        evidence = article.span(span_tokens[0].idx, span_tokens[-1].idx + len(span_tokens[-1].text))
        title = token.lemma_.lower()
        org = " ".join(t.text for t in obj.subtree)
        role_id = content_id("role", article.id, member.id, title, evidence.start)
        found.append(Role(role_id, member.id, title, org, when, evidence, False, EXTRACTOR))
    return found


def _clause_date(
    doc: Doc, verb: Token, anchor: date | None, periods: Mapping[str, FuzzyDate] | None
) -> FuzzyDate | None:
    """The date phrase inside a clause ("from April to August of 2016"), resolved."""
    tokens = {t.i for t in verb.subtree}
    for ent in doc.ents:
        if ent.label_ == "DATE" and ent.start in tokens:
            text = str(doc[max(ent.start - 1, 0) : ent.end].text)
            if doc[ent.start - 1].lower_ not in {"from", "since", "until", "in", "between"}:
                text = str(ent.text)
            return resolve(text, anchor, periods)
    return None
