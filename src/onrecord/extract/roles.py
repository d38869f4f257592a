"""Roles: who holds which title, at which organisation, and when — read from the constructions
news uses to introduce people.

Three constructions carry nearly all of it: an appositive ("Russia's ambassador to the U.S.,
Sergey Kislyak"; "Sessions, the attorney general,"), a title before the name ("Attorney General
Jeff Sessions", "President-elect X", "then-Sen. X"), and a clause that gives its subject a post:
a role verb ("Manafort, who chaired the campaign from April to August of 2016"), a predicate
noun ("was named campaign chairman") or an "as" phrase ("resigned as national security
adviser"). :func:`find_title_links` finds the first two on the parse alone; the cast uses them
to tie later role phrases ("the ambassador") to the person, and :func:`extract_roles` turns all
three into :class:`~onrecord.record.Role` records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from onrecord.dates import FuzzyDate, Precision, resolve
from onrecord.extract.lexicon import (
    FORMER_WORDS,
    HONORIFICS,
    INSTITUTION_HEADS,
    PERSON_DESCRIPTIONS,
    THEN_PATTERN,
    TITLE_WORDS,
)
from onrecord.extract.nlp import ents_of, noun_chunks_of, per_doc, singled_out
from onrecord.ids import content_id
from onrecord.record import Article, Role

if TYPE_CHECKING:
    from onrecord.extract.cast import Cast

EXTRACTOR = "roles.v10"

_NAME_LABELS = frozenset({"PERSON", ""})
_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON", "FAC"})
_ORG_PREPOSITIONS = frozenset({"to", "of", "for", "at", "in"})
_TRIM_EDGES = frozenset({"DET", "PUNCT", "CCONJ", "ADP", "PRON"})
_NOT_TITLE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY"})
# Abbreviated titles as they are posted in full ("Sen." is a senator).
_SPELLED_OUT = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "amb": "ambassador",
    "pres": "president",
    "atty": "attorney",
}
# The post a role verb's subject holds ("chaired the campaign": its chairman).
_AGENT_NOUNS = {
    "chair": "chairman",
    "lead": "leader",
    "run": "manager",
    "head": "head",
    "direct": "director",
    "manage": "manager",
    "oversee": "overseer",
}
# Verbs whose predicate noun is a post its subject holds or takes ("was the chairman",
# "became adviser", "is named chairman").
_COPULAS = frozenset({"be", "become", "remain"})
_PREDICATE_DEPS = frozenset({"attr", "oprd"})
# Verbs that equate a description with a name ("identified the consultant as X").
_IDENTIFYING_VERBS = frozenset({"identify"})
# Verbs whose "as" phrase names a post held, taken or left ("served as", "resigned as").
_POST_VERBS = frozenset(
    {"serve", "act", "work", "resign", "quit", "fire", "remain", "stay", "return", "join"}
    | {"name", "appoint", "hire", "elect", "nominate", "confirm", "install", "step"}
)
# Verbs that end the post they name ("resigned as adviser"): the role is a former one.
_LEAVING_VERBS = frozenset({"resign", "quit", "fire", "leave", "dismiss", "oust"})


@dataclass(frozen=True)
class TitleLink:
    """A title phrase tied by syntax to a name: tokens ``[start, end)`` describe ``person``
    (the token index of the name's head)."""

    person: int
    start: int
    end: int
    head: int  # the title's head noun
    construction: str  # "appositive", "title" or "predicate"


def find_title_links(doc: Doc) -> list[TitleLink]:
    """Every appositive and title-before-name construction in ``doc``, in text order (found
    once per document: the cast and the roles both read them)."""
    return list(per_doc(doc, "onrecord.title_links", _title_links))


def _title_links(doc: Doc) -> tuple[TitleLink, ...]:
    links = [*_appositive_links(doc), *_prefix_title_links(doc)]
    linked = {link.person for link in links}
    links += [link for link in _comma_links(doc) if link.person not in linked]
    return tuple(sorted(links, key=lambda link: link.start))


def predicate_title_links(doc: Doc) -> list[TitleLink]:
    """Titles a clause says of a person's name: a copula's predicate noun ("Kislyak is Russia's
    ambassador", "Trump, who became the Republican nominee,") and what "identified … as"
    equates ("identified the consultant as X", "the consultant was identified as X"). Only
    a post or a person's description, said outright: not negated, not under a modal or an
    "if" ("if X becomes the nominee"), not a ranking ("the first candidate to …"). The cast
    ties later role phrases to the name through them as through an appositive."""
    links = [link for verb in doc for link in _predicate_links(verb)]
    return sorted(links, key=lambda link: link.start)


def _predicate_links(verb: Token) -> Iterable[TitleLink]:
    lemma = verb.lemma_.lower()
    if lemma not in _COPULAS | _IDENTIFYING_VERBS or not _said_outright(verb):
        return
    pairs: list[tuple[Token, Token, Token]] = []  # (name, noun, what the title leaves out)
    if lemma in _COPULAS and verb.dep_ != "xcomp":
        subject = _holder(verb)
        nouns = [c for c in verb.children if c.dep_ == "attr"]
        pairs = [(subject, noun, subject) for noun in nouns if subject is not None]
    elif lemma in _IDENTIFYING_VERBS:
        for side in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
            for prep in _as_phrases(verb) + _as_phrases(side):
                for other in (c for c in prep.children if c.dep_ == "pobj"):
                    pairs += [(side, other, prep), (other, side, prep)]
    for name, noun, left_out in pairs:
        if _is_name(name) and name.ent_type_ == "PERSON" and _describes_a_person(noun):
            span = _title_span(noun, exclude=left_out)
            if span:
                yield TitleLink(name.i, span[0], span[1], noun.i, "predicate")


def _as_phrases(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ == "prep" and c.lower_ == "as"]


def _said_outright(verb: Token) -> bool:
    """Not "is not", "would be", "could become", nor inside an "if" clause."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return not marks & {"if", "unless", "whether"}


def _describes_a_person(noun: Token) -> bool:
    """A post or a person's description as the predicate noun, not a ranking, nor an owner the
    parser took for it ("is the candidate's first enlistee")."""
    return (
        noun.pos_ == "NOUN"
        and _is_post_head(noun)
        and noun.lemma_.lower() in PERSON_DESCRIPTIONS
        and not _ranks(noun)
        and not any(c.dep_ == "case" for c in noun.children)
    )


def _is_name(token: Token) -> bool:
    """A proper noun that is (or could be) part of a person's name."""
    return token.pos_ == "PROPN" and token.ent_type_ in _NAME_LABELS


def _is_title_head(token: Token) -> bool:
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_)


def _is_post_head(token: Token) -> bool:
    """A title's head that names a post; "the state bank X" names an institution and
    "10:14 p.m. — X" a time."""
    return (
        _is_title_head(token)
        and token.lemma_.lower() not in INSTITUTION_HEADS
        and token.ent_type_ not in _NOT_TITLE_LABELS
    )


def _appositive_links(doc: Doc) -> Iterable[TitleLink]:
    """``<name>, <title>,`` and ``<title>, <name>``: one side a name, the other a common noun."""
    for token in doc:
        if token.dep_ != "appos":
            continue
        head = token.head
        if _is_name(head) and _is_post_head(token) and token.pos_ == "NOUN":
            name, title = head, token
        elif _is_name(token) and head.pos_ == "NOUN" and _is_post_head(head):
            name, title = token, head
        else:
            continue
        if _across_a_colon(head, token) or singled_out(name):
            continue
        span = _title_span(title, exclude=name)
        if span:
            yield TitleLink(name.i, span[0], span[1], title.i, "appositive")


def _across_a_colon(first: Token, second: Token) -> bool:
    """ "RAMOS: Secretary Clinton, on the night …": a transcript's label and the words after
    its colon, which the parser may join as an appositive; they are two people, not one."""
    low, high = sorted((first.i, second.i))
    return any(t.text == ":" for t in first.doc[low:high])


def _comma_links(doc: Doc) -> Iterable[TitleLink]:
    """``<title phrase>, <Name>,`` where the parser missed the appositive: the noun phrase
    right before the comma (with an ``of/to/for`` phrase it carries) describes the name."""
    chunk_ending = {chunk.end: chunk for chunk in noun_chunks_of(doc)}
    for ent in ents_of(doc):
        if ent.label_ != "PERSON" or doc[ent.start - 1 : ent.start].text != ",":
            continue
        if ent.end < len(doc) and not doc[ent.end].is_punct:
            continue
        chunk = chunk_ending.get(ent.start - 1)
        while chunk is not None and _carried_by_preposition(doc, chunk.start, chunk_ending):
            chunk = chunk_ending[chunk.start - 1]
        if chunk is None or chunk.root.pos_ != "NOUN" or not _is_post_head(chunk.root):
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
    for ent in ents_of(doc):
        if ent.label_ != "PERSON" or ent.start == 0:
            continue
        subtree = {t.i for t in ent.root.subtree}
        start = ent.start
        while start > 0 and _continues_title(doc[start - 1], subtree):
            start -= 1
        last = doc[ent.start - 1]
        post = _post_of_a_body(doc, ent.start, subtree)
        if post is not None:
            start = post.i
            while start > 0 and _continues_title(doc[start - 1], subtree):
                start -= 1
            yield TitleLink(ent.root.i, start, ent.start, post.i, "title")
        elif start < ent.start and _is_post_head(last) and last.ent_type_ != "PERSON":
            yield TitleLink(ent.root.i, start, ent.start, last.i, "title")


_BODY_NAME_REACH = 3  # capitalised words a body's name runs to in "<Post> of <Body> <Name>"


def _post_of_a_body(doc: Doc, name_start: int, subtree: set[int]) -> Token | None:
    """ "Secretary of State John Kerry", "Director of National Intelligence James Clapper": a
    capitalised post, "of" and a body's capitalised name right before the person's name — the
    post is the title's head (the body's name ends it where it stops ordinary titles)."""
    at = _before_a_named_body(doc, name_start - 1)
    if at is None:
        at = name_start - 1
        while at >= 0 and name_start - at <= _BODY_NAME_REACH and doc[at].pos_ == "PROPN":
            at -= 1
    if at < 1 or at == name_start - 1 or doc[at].lower_ != "of":
        return None
    post = doc[at - 1]
    capitalised = post.is_title and post.lower_ in TITLE_WORDS
    return post if capitalised and post.i in subtree and _is_post_head(post) else None


def _before_a_named_body(doc: Doc, at: int) -> int | None:
    """The token before a body's name that ends at ``at`` — a tagged organisation of any length,
    with "the" and an acronym in brackets ("the U.S. Federal Bureau of Investigation (FBI)"),
    as in "Director of <body> <Name>" — or None when no organisation ends there."""
    if at >= 2 and doc[at].text == ")" and doc[at - 2].text == "(":
        at -= 3
    if at < 0 or doc[at].ent_type_ != "ORG":
        return None
    while at >= 0 and doc[at].ent_type_ == "ORG" and doc[at].ent_iob_ == "I":
        at -= 1
    at -= 1  # past the entity's first token
    return at - 1 if at >= 0 and doc[at].lower_ == "the" else at


def _continues_title(token: Token, subtree: set[int]) -> bool:
    """A title word of the name's own phrase, or a capitalised title word the parser hung
    elsewhere ("Vice" of "Vice President-elect X" at a sentence start)."""
    if not _is_title_word(token):
        return False
    return token.i in subtree or (token.is_title and token.lower_ in TITLE_WORDS)


def _is_title_word(token: Token) -> bool:
    """Words a prefix title is made of ("Vice President-elect" keeps its hyphen); a
    determiner, possessive, preposition or a time ("10:14 p.m. — Name") ends it."""
    if token.lower_ in HONORIFICS or token.ent_type_ in _NOT_TITLE_LABELS or token.like_num:
        return False
    if token.tag_ == "HYPH":
        return True
    return token.pos_ not in {"DET", "PUNCT", "ADP", "PART", "PRON"} and token.dep_ != "poss"


# -- roles ---------------------------------------------------------------------------------------


def extract_roles(
    doc: Doc, article: Article, cast: Cast, periods: Mapping[str, FuzzyDate] | None = None
) -> list[Role]:
    """Roles from appositives, prefix titles and clauses that give a cast member a post."""
    anchor = article.anchor_day
    roles = [_link_role(doc, article, cast, link, anchor) for link in find_title_links(doc)]
    roles += _clause_roles(doc, article, cast, anchor, periods)
    return [role for role in roles if role is not None]


def _link_role(
    doc: Doc, article: Article, cast: Cast, link: TitleLink, anchor: date | None
) -> Role | None:
    name = doc[link.person]
    member = cast.member_at(name.idx, name.idx + len(name.text))
    if member is None:
        return None
    title_start = doc[link.start].idx
    title_end = doc[link.end - 1].idx + len(doc[link.end - 1].text)
    tokens, then = _without_then(list(doc[link.start : link.end]))
    words = [t for t in tokens if t.lower_ not in FORMER_WORDS]
    former = len(words) < len(tokens)
    then = then or _is_then(article.clean_text, title_start)
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
    possessive or prepositional phrase, abbreviations spelled out ("Sen." → "senator"),
    lower-cased unless a proper noun, hyphenated compounds kept ("president-elect")."""
    core = [t for t in words if _in_title_text(t, words)]
    text = ""
    for previous, token in zip([None, *core], core, strict=False):
        joined = token.tag_ == "HYPH" or (previous is not None and previous.tag_ == "HYPH")
        text += ("" if joined or not text else " ") + _spelled_out(token)
    return text or " ".join(t.text for t in words)


def _in_title_text(token: Token, words: list[Token]) -> bool:
    if token.tag_ == "HYPH" or _hyphenated(token):
        return True  # "president-elect", "brother-in-law" are one word
    if token.is_punct or token.pos_ == "DET":
        return False
    if token.dep_ in {"poss", "case", "prep", "pobj", "det"}:
        return False
    return not (token.head.dep_ in {"poss", "pobj"} and token.head in words)


def _hyphenated(token: Token) -> bool:
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    joined_after = after is not None and after.tag_ == "HYPH" and not token.whitespace_
    joined_before = before is not None and before.tag_ == "HYPH" and not before.whitespace_
    return joined_after or joined_before


def _spelled_out(token: Token) -> str:
    if token.ent_type_:
        return str(token.text)
    word = str(token.lower_)
    return _SPELLED_OUT.get(word.rstrip("."), word)


def _without_then(tokens: list[Token]) -> tuple[list[Token], bool]:
    """ "then-Sen." / "then-manager": the title without its "then-", and whether it had one."""
    then = bool(tokens) and tokens[0].lower_ == "then"
    rest = tokens[1:] if then else tokens
    while rest and (rest[0].tag_ == "HYPH" or rest[0].is_punct):
        rest = rest[1:]
    return (rest, then) if rest else (tokens, False)


def _org_of(doc: Doc, link: TitleLink) -> str | None:
    """The organisation a title is held at: a possessive or ``to/of/for`` object of the head
    ("Russia's ambassador to the U.S." → "Russia"), else a named organisation inside it."""
    return _org_of_head(doc[link.head], list(doc[link.start : link.end]))


def _phrase(token: Token) -> str:
    """The named-entity text a token belongs to (or the token itself)."""
    for ent in ents_of(token.doc):
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


def _clause_roles(
    doc: Doc,
    article: Article,
    cast: Cast,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate] | None,
) -> list[Role | None]:
    """Posts a clause gives its subject: a role verb ("X, who chaired the campaign from April
    to August of 2016" → campaign chairman), a predicate noun ("was the campaign chairman",
    "is named campaign chairman") and an "as" phrase ("resigned as national security adviser",
    "As a candidate, X …")."""
    found: list[Role | None] = []
    for verb in doc:
        post = _post_of(verb)
        holder = _holder(verb) if post is not None else None
        if post is None or holder is None:
            continue
        member = cast.member_at(holder.idx, holder.idx + len(holder.text))
        if member is None:
            continue
        title, org, phrase = post
        ended = verb.lemma_.lower() in _LEAVING_VERBS
        when = _former_interval(anchor) if ended else _clause_date(doc, verb, anchor, periods)
        tokens = sorted({*verb.subtree} - _other_clauses(verb), key=lambda t: t.i)
        first, last = min(tokens[0].i, phrase.i), max(tokens[-1].i, phrase.i)
        evidence = article.span(doc[first].idx, doc[last].idx + len(doc[last].text))
        role_id = content_id("role", article.id, member.id, title, evidence.start)
        found.append(Role(role_id, member.id, title, org, when, evidence, ended, EXTRACTOR))
    return found


def _post_of(verb: Token) -> tuple[str, str | None, Token] | None:
    """(title, organisation, the title's head) when ``verb`` gives its subject a post."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    lemma = verb.lemma_.lower()
    if lemma in _AGENT_NOUNS and objects:
        return _agent_post(_AGENT_NOUNS[lemma], objects[0])
    for child in verb.children:
        noun = _predicate_noun(verb, child, bool(objects))
        if noun is None or not _is_post_head(noun) or _ranks(noun):
            continue
        words = [t for t in noun.subtree if t.i <= noun.i]
        org = _org_of_head(noun, words)
        if child.dep_ == "attr" and verb.dep_ != "relcl" and org is None and not _compound(noun):
            continue  # "X was a familiar figure": a description, not a post
        return _title_text(words), org, noun
    return None


def _agent_post(agent: str, obj: Token) -> tuple[str, str | None, Token] | None:
    """ "chaired the campaign" → campaign chairman; "directed Flynn to …" directs a person,
    which is no post."""
    if obj.ent_type_ == "PERSON" or obj.pos_ == "PRON":
        return None
    title = f"{obj.lemma_.lower()} {agent}" if obj.pos_ == "NOUN" else agent
    return title, " ".join(t.text for t in obj.subtree), obj


def _ranks(noun: Token) -> bool:
    """ "the first person", "the most senior official", "the best-known envoy": a ranking."""
    return any(
        c.tag_ in {"JJS", "RBS"} or c.ent_type_ == "ORDINAL" or c.lower_ in {"last", "next"}
        for c in noun.subtree
        if c.i < noun.i
    )


def _compound(noun: Token) -> bool:
    return any(c.dep_ == "compound" for c in noun.children)


def _predicate_noun(verb: Token, child: Token, transitive: bool) -> Token | None:
    """The noun naming the subject's post: "was/became <noun>", "named <noun>", or "as
    <noun>" fronted ("As a candidate, X …") or after a verb of taking or leaving a post
    ("resigned as …"; "described him as …" is about the object, "trained as" about a skill)."""
    if child.dep_ in _PREDICATE_DEPS and (child.dep_ == "oprd" or verb.lemma_.lower() in _COPULAS):
        return child if child.pos_ == "NOUN" else None
    fronted = child.i < verb.i
    post_verb = verb.lemma_.lower() in _POST_VERBS and not transitive
    if child.dep_ == "prep" and child.lower_ == "as" and (fronted or post_verb):
        return next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return None


def _holder(verb: Token) -> Token | None:
    """The clause's subject: through "go on to become", and a relative pronoun's noun."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
        return verb.head
    return subject


def _other_clauses(verb: Token) -> set[Token]:
    """The clauses inside ``verb``'s subtree that are not about the post (its subject too)."""
    skipped: set[Token] = set()
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "advcl", "ccomp", "conj", "cc", "punct"}:
            skipped |= set(child.subtree)
    return skipped


def _org_of_head(head: Token, words: list[Token]) -> str | None:
    """The organisation a post is held at: the head's possessive or ``to/of/for`` object."""
    for child in head.children:
        if child.dep_ == "poss" and child.ent_type_ in _ORG_LABELS:
            return _phrase(child)
        if child.dep_ == "prep" and child.lower_ in _ORG_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_]
            if objects:
                return _phrase(objects[0])
    inside = [t for t in words if t.ent_type_ in {"ORG", "GPE"}]
    return _phrase(inside[0]) if inside else None


def _clause_date(
    doc: Doc, verb: Token, anchor: date | None, periods: Mapping[str, FuzzyDate] | None
) -> FuzzyDate | None:
    """The date phrase inside a clause ("from April to August of 2016"), resolved."""
    tokens = {t.i for t in verb.subtree}
    for ent in ents_of(doc):
        if ent.label_ == "DATE" and ent.start in tokens:
            text = str(doc[max(ent.start - 1, 0) : ent.end].text)
            if doc[ent.start - 1].lower_ not in {"from", "since", "until", "in", "between"}:
                text = str(ent.text)
            return resolve(text, anchor, periods)
    return None
