"""Contact events in one article: who met, called, messaged or visited whom, when and where.

A trigger word ("met", "meeting", "phone call", "in touch with", "trip") becomes a contact
report graded by how the sentence tells it (:class:`onrecord.record.Assertion`). What is not
told as having happened is kept with its grade, so a reader sees "a meeting was planned", but
it is no contact (``Assertion.contact`` is false) and nothing downstream counts it as one:

- **Intentions** (PLOVER's rule): planned, proposed, scheduled, sought, offered, invited or
  declined meetings are graded ``planned``.
- **Questions and suppositions**: "asked whether X met Y", "that would mean X was in contact"
  are graded ``hypothetical``.
- **Statements**: the content of a denial ("denied that such meetings took place") and a
  quoted denial ("I never met him", "He never met her," she said) are statements, left to the
  statements extractor. A speaker's own account of a contact ("I had breakfast with X," she
  wrote) is an admission, the strongest evidence there is: it is emitted, "I" or "we" being
  the quote's speaker as the statements extractor resolved it. A contact of others a person
  tells as done, in indirect speech ("the ambassador confirmed he had been in touch with X")
  or in a quote ("Flynn spoke with Kislyak in December," the official said), is evidence of
  the contact credited to them and is emitted, with a lower confidence; a person's indirect
  denial is a statement and is not.
  A quote or clause credited to a publication ("the report went on to say, “… met …”",
  "the newspaper reported that …") is reported fact and is emitted.

Negated contacts ("did not meet", "no meeting took place") are graded ``negated``: a reported
non-meeting is a fact about the world too. Told contacts are admitted by a participant,
reported as fact, attributed to someone the article credits, or alleged.

Mentions of one contact in one article are merged (GDELT's duplication problem): same kind,
compatible participants, compatible time, same polarity → one Event with several evidence
spans; but two undated sentences telling the same pair's contact by different verbs ("met
him …", "talked to him …") tell two contacts. The parse is assumed to be of
``article.clean_text``, so token offsets are evidence offsets.
"""

from __future__ import annotations

import calendar
import operator
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from onrecord.captions import in_caption
from onrecord.dates import FuzzyDate, Precision
from onrecord.dates.lexicon import ORDINALS, SMALL_NUMBERS, number_value
from onrecord.dates.relative import unit_at
from onrecord.dates.resolve import (
    DateMention,
    bare_weekday,
    find_dates,
    in_year,
    reached_by,
    resolve,
    yearless,
)
from onrecord.dates.tense import Leaning
from onrecord.extract import contact_lexicon as lex
from onrecord.extract.cast import (
    LABEL_KINDS,
    Cast,
    CastMember,
    dateline_end,
    datelined,
    is_dateline,
    is_outlet,
    joined_party,
    name_gender,
    noun_gender,
    owned_description,
    press_titled,
    put_to_the_main_subject,
)
from onrecord.extract.lexicon import (
    ASKER_LABELS,
    INNER_TITLE_WORDS,
    OFFICE_STYLES,
    PLATFORM_NAMES,
    POST_NOUNS,
    RELATIVE_TAGS,
    SPEECH_CUES,
    SPOKESPERSON_NOUNS,
    TITLE_ABBREVIATIONS,
)
from onrecord.extract.nlp import (
    TITLE_TAILS,
    attendant_participle,
    entity_at,
    in_quoted_title,
    in_title_cased_line,
    names_no_one,
    neither_subject,
    per_doc,
    phrasal_meaning,
    prompting_news,
    said_before_the_news,
    singled_out,
    text_of,
    time_of_an_act,
)
from onrecord.extract.quotes import SINGLE_OPENING, find_quotes, quote_regions
from onrecord.extract.turns import Turn, turns_of
from onrecord.ids import content_id
from onrecord.record import (
    Article,
    Assertion,
    EntityKind,
    Event,
    MentionKind,
    Participant,
    Relation,
    Stance,
    Statement,
    StatementKind,
)

EXTRACTOR = "events.v112"

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "obj"})
_PRUNED_DEPS = frozenset({"relcl", "acl", "ccomp", "parataxis", "appos"})
_CLAUSE_EDGES = frozenset({"ccomp", "advcl", "relcl", "parataxis"})
_SCENE_DEPS = frozenset({"prep", "agent", "npadvmod", "advmod"})
_BULLETS = frozenset("•·*–-")
_DESCRIPTIONS = frozenset({"relcl", "acl", "appos"})
_NOUN_MODIFIER_DEPS = frozenset(
    {"nummod", "compound", "amod", "advmod", "nmod", "poss", "npadvmod"}
)
_DESCRIBING_CLAUSES = frozenset({"relcl", "advcl"})
_PRESENT_TAGS = frozenset({"VB", "VBP", "VBZ"})
_ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
_ENTRY = re.compile(r"^[ \t•*-]*(?P<date>[^\n—–:]{3,30}?)(?:\s+[—–]\s|:\s)", re.MULTILINE)
_STRONG_CONFIDENCE = 0.9
_WEAK_CONFIDENCE = 0.75
_HEDGED_FACTOR = 0.6
_HEARSAY_FACTOR = 0.85
_ONE_SIDED_FACTOR = 0.8
# A contact needs both sides: one with nobody named ("he discussed the sanctions") cannot be
# held against anyone, and a trip to a place ("visited a train station") meets no one — a
# visit counts only with its host, a person or an organisation.
_PARTIES_NEEDED = 2


@dataclass(frozen=True)
class _Quoted:
    """A quoted statement: where it stands and who says it."""

    start: int
    end: int
    speaker: Participant
    affirms: bool = False  # "Yes, we spoke on Monday": the words say yes to what was asked


@dataclass(frozen=True)
class _Context:
    """What every rule may read besides the token: the article, its cast and its quotes."""

    article: Article
    cast: Cast
    quotes: tuple[tuple[int, int], ...]
    anchor: date | None
    periods: Mapping[str, FuzzyDate]
    quoted: tuple[_Quoted, ...] = ()
    turns: tuple[Turn, ...] = ()


@dataclass(frozen=True)
class _Mention:
    """One trigger that asserts a contact, before mentions of the same contact are merged."""

    kind: Relation
    lemma: str
    sentence: tuple[int, int]
    participants: tuple[Participant, ...]
    when: FuzzyDate | None
    place: str | None
    hedged: bool
    negated: bool
    confidence: float
    anaphoric: bool
    series: bool
    assertion: Assertion = Assertion.REPORTED
    verbal: bool = False  # told by a verb ("met"), not named by a noun ("the meeting")
    resumed: bool = False  # "they met again": a new contact of the pair told before
    repeated: bool = False  # "X met Y again": another occasion than any told before
    place_in_series: int | None = None  # "the second meeting": which of a counted series
    nearby: frozenset[str] = frozenset()  # who a follow-up's sentence and the two before name
    owner: str | None = None  # "her meeting with X": the party whose contact the noun names
    meal: str | None = None  # "met X for dinner", "the state dinner": the meal it was held at
    occasion: str | None = None  # "the debate", "joined X for the debate": the gathering it was
    habitual: bool = False  # "they often meet": a habit, no one occasion
    handed: bool = False  # "turned over her emails to X": papers handed over, not written
    joined: bool = False  # "the meeting was also attended by X": more people at one told before
    kept: bool = False  # "the meeting, which took place on June 9": told to have been held


# -- entry point ----------------------------------------------------------------------------------


def extract_events(
    doc: Doc,
    article: Article,
    cast: Cast,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate],
    statements: Sequence[Statement] = (),
) -> list[Event]:
    """Every contact the article asserts, one Event per contact however often it is retold.
    ``statements`` are the article's, whose direct quotes tell whose "I" is whose. A
    transcript's answers ("KASICH: I met with …") are read like quotes, whether or not their
    paragraphs open with a mark: their "I" is their speaker, a contact they tell of others is
    the speaker's word, and the interview's date in the lines before dates none of their
    contacts. A question's words are the asker's, who states nothing: they stay the text's."""
    ctx = replace(
        _context(doc, article, cast, anchor, periods),
        quoted=_quoted_statements(statements, cast),
    )
    per_doc(doc, _CAST_PERSONS, lambda d: _person_tokens(d, cast))
    # a headline's role phrases ("X met Russian envoy") are never tied to the names the body
    # uses: its contact would only duplicate the body's under other participants
    headline = article.headline
    mentions = [
        m
        for token in doc
        if not headline[0] <= token.idx < headline[1]
        for m in _read_mentions(token, ctx)
    ]
    return _merge(mentions, article)


def _context(
    doc: Doc, article: Article, cast: Cast, anchor: date | None, periods: Mapping[str, FuzzyDate]
) -> _Context:
    """What the rules read of the article besides its tokens: the quotes and the transcript's
    answers (someone's words, told from their time), the anchor and the case's periods. The
    quotes are scanned once per document: statements date each proposition and saying through
    a context of their own (:func:`in_story_year`, :func:`opened_entry_date`)."""
    turns = tuple(turns_of(doc))
    quotes = per_doc(
        doc,
        "onrecord.events.spoken",
        lambda _: quote_regions(article.clean_text) + tuple(t.body for t in turns if not t.asks),
    )
    return _Context(article, cast, quotes, anchor, periods, turns=turns)


def in_story_year(
    mentions: Sequence[DateMention],
    sentence: SpacySpan,
    article: Article,
    cast: Cast,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate],
) -> list[FuzzyDate]:
    """The mentions' dates as a contact told in ``sentence`` takes them: a year-less day or
    month in the year of the look-back story it is told in (:func:`_in_story_year`). A
    statement's proposition dates its contact by this, as the contact itself is dated, so a
    denial of "calls between April and November" in a story of 2016 is of 2016's."""
    ctx = _context(sentence.doc, article, cast, anchor, periods)
    return _in_story_year(mentions, sentence, ctx)


def opened_entry_date(
    mention: DateMention,
    sentence: SpacySpan,
    article: Article,
    cast: Cast,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate],
) -> FuzzyDate | None:
    """The date of the timeline entry the mention opens ("April 26 — Over breakfast, Mifsud
    tells him", in a 2017 timeline of 2016), as the timeline's order dates it (see
    :func:`_timeline`); None when the mention opens no entry."""
    entry = entry_date(sentence[0], _context(sentence.doc, article, cast, anchor, periods))
    if entry is None:
        return None
    start, value = entry
    opens = text_of(sentence.doc)[start : start + len(mention.text)] == mention.text
    return value if opens else None


_CAST_PERSONS = "onrecord.events.cast_persons"


def _person_tokens(doc: Doc, cast: Cast) -> frozenset[int]:
    """The proper-noun tokens the cast knows as people's names: the small model tags many a bare
    surname as no one or an organisation ("Christie was joined by X", "joined Cruz at")."""
    return frozenset(
        token.i
        for member in cast.members
        if member.kind is EntityKind.PERSON
        for mention in member.mentions
        if mention.kind is MentionKind.NAME
        and (span := doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand"))
        for token in span
        if token.pos_ == "PROPN"
    )


def _is_person(token: Token) -> bool:
    """A person's name, by the tagger or by the cast (see :func:`_person_tokens`)."""
    return token.ent_type_ == "PERSON" or token.i in token.doc.user_data.get(_CAST_PERSONS, ())


def _quoted_statements(statements: Sequence[Statement], cast: Cast) -> tuple[_Quoted, ...]:
    """The article's quoted statements whose speaker the cast knows."""
    found = []
    for statement in statements:
        member = cast.member(statement.speaker) if statement.speaker else None
        if member is not None and statement.kind is not StatementKind.INDIRECT:
            span = statement.evidence
            speaker = Participant(member.id, member.name)
            affirms = statement.stance is Stance.AFFIRM
            found.append(_Quoted(span.start, span.end, speaker, affirms))
    return tuple(found)


# -- one trigger ----------------------------------------------------------------------------------


def _read_mentions(token: Token, ctx: _Context) -> list[_Mention]:
    """The contacts this token asserts: none, one, or one per occasion ("met him once in
    March and again in October" tells two meetings)."""
    mention = _read_mention(token, ctx)
    if mention is None:
        return []
    gapped = _gapped_mentions(mention, token, ctx) or _shared_out(mention, token, ctx)
    gapped = gapped or _each_visits_the_host(mention, token, ctx)
    gapped = gapped or _one_by_one(mention, token, ctx)
    if gapped or _one_sided(mention):
        return gapped
    told = [replace(mention, when=when) for when in _occasions(token, ctx)] or [mention]
    return told + _repeats(token, told)


def _repeats(trigger: Token, told: Sequence[_Mention]) -> list[_Mention]:
    """ "She had met with him twice", "had two meetings with him": a trigger counting its
    contacts tells that many, the later ones repeats of the first (see :func:`_resumed`) —
    unless its dates already told them."""
    count = _times_counted(trigger)
    if len(told) >= count:
        return []
    return [replace(told[-1], resumed=True)] * (count - len(told))


def _times_counted(trigger: Token) -> int:
    """How many contacts a trigger counts: "twice", "two meetings" — not "the two meetings"
    (told before), and not a count too large to be told apart ("25 conversations", one
    series)."""
    if not _is_nominal(trigger):
        adverbs = (c for c in trigger.children if c.dep_ == "advmod")
        return max((lex.COUNTED_TIMES.get(c.lower_, 1) for c in adverbs), default=1)
    if any(c.dep_ == "det" and c.lower_ in lex.KNOWN_DETERMINERS for c in trigger.children):
        return 1
    numbers = [c.lower_ for c in trigger.children if c.dep_ == "nummod"]
    counted = len(numbers) == 1 and (numbers[0] in SMALL_NUMBERS or numbers[0].isdigit())
    count = number_value(numbers[0]) if counted else 1
    return count if count <= lex.MOST_TOLD_APART else 1


def _gapped_mentions(mention: _Mention, verb: Token, ctx: _Context) -> list[_Mention]:
    """ "spoke to X in June and to Y in September": one verb telling two contacts, each partner
    with its own date — the first as read (without the second's partners, which the parser may
    hang from the verb too: "met with X last week, and this week with Y"), the second between
    the subjects and the partner after "and". Empty unless both sides are dated (with no date
    to tell them apart, "met X in Vienna and Y" is read as one meeting) or the second is told
    as coming after ("met with X in December, and later with Y": its date untold)."""
    partners = _gapped_partners(verb)
    if not partners:
        return []
    opener = partners[0]
    phrase = opener.head if _second_partner_phrase(opener.head, verb) else opener
    cut = phrase.left_edge.idx  # "and this week with Y": the second conjunct's own words
    sentence = verb.sent
    clause = {t.idx for t in _clause_tokens(verb)}
    found = [
        (sentence.start_char + d.start, d.value)
        for d in _sentence_dates(verb, ctx)
        if d.value.resolved and _starts_in(sentence.start_char + d.start, clause, verb.doc)
    ]
    before = _combine([value for start, value in found if start < cut])
    after = _combine([value for start, value in found if start >= cut])
    then = any(t.lower_ in lex.THEN_WORDS for t in verb.doc[phrase.left_edge.i : opener.i])
    then = then or _added_as_well(opener.head, verb)
    apart = before is not None and after is not None and not before.overlaps(after)
    if not (apart or then):
        return []
    speaker = _quote_speaker(verb, ctx)
    sides = [c for s in subjects(verb) for c in (s, *s.conjuncts)]
    second = _participants(verb, mention.kind, ctx, speaker, [*sides, *partners])
    own = {p.entity for p in _participants(verb, mention.kind, ctx, speaker, sides)}
    later_only = {p.entity for p in second} - own
    kept = tuple(p for p in mention.participants if p.entity not in later_only)
    first = (
        []
        if _one_sided(mention) or len(kept) < _PARTIES_NEEDED
        else [replace(mention, participants=kept, when=_past_when(before, mention.assertion, ctx))]
    )
    if len(second) < _PARTIES_NEEDED:
        return first
    later = _past_when(after, mention.assertion, ctx)
    return [*first, replace(mention, participants=second, when=later)]


def _one_sided(mention: _Mention) -> bool:
    """A mention with one side only, which retells no contact told before: kept only while
    its verb may still have a second partner ("spoke to the Post on May 1 and to X on May 3":
    the outlet is no party, X is)."""
    retold = mention.anaphoric or mention.resumed
    return len(mention.participants) < _PARTIES_NEEDED and not retold


def _shared_out(mention: _Mention, noun: Token, ctx: _Context) -> list[_Mention]:
    """ "gave two speeches, one to X and another to Y": a plural contact noun shared out among
    its other sides tells one contact with each, on the occasion the sentence dates."""
    shares = _distributed(noun)
    if len(shares) < _PARTIES_NEEDED:
        return []
    taken = {s.i for s in shares}
    sides = [t for t in _party_tokens(noun) if t.i not in taken]
    speaker = _quote_speaker(noun, ctx)
    told = [_participants(noun, mention.kind, ctx, speaker, [*sides, s]) for s in shares]
    return [replace(mention, participants=p) for p in told if len(p) >= _PARTIES_NEEDED]


def _each_visits_the_host(mention: _Mention, verb: Token, ctx: _Context) -> list[_Mention]:
    """ "X and Y spoke at the Rotary Club convention": each speaker visited the club (the
    real-news guide), one visit each; speaking to one audience tells no talk between them."""
    host = _appearance_host(verb) if _spoke_at_an_occasion(verb) else None
    if host is None:
        return []
    speakers = [c for s in _doers(verb) for c in _coordinated(s)]
    speaker = _quote_speaker(verb, ctx)
    if len(speakers) == 1 and _names_pair(speakers[0]) and not _members_named(speakers[0]):
        # "the two candidates spoke at …", the two named in the sentences before
        hosts = _participants(verb, mention.kind, ctx, speaker, [host])
        pair = _participants(verb, mention.kind, ctx, speaker, speakers)
        told = [(p, *hosts) for p in pair]
    elif len(speakers) >= _PARTIES_NEEDED:
        told = [_participants(verb, mention.kind, ctx, speaker, [s, host]) for s in speakers]
    else:
        return []
    return [replace(mention, participants=p) for p in told if len(p) >= _PARTIES_NEEDED]


def _one_by_one(mention: _Mention, token: Token, ctx: _Context) -> list[_Mention]:
    """ "Sessions and Kushner each met Kislyak": a joined group told one by one (see
    :func:`_joined_one_by_one`) tells one contact of each member with the other sides, not
    one meeting of them all — unless there is no other side ("both men met": each other)."""
    group = _joined_one_by_one(token)
    if not group:
        return []
    speaker = _quote_speaker(token, ctx)
    members = [_participants(token, mention.kind, ctx, speaker, [t]) for t in group]
    taken = {m[0].entity for m in members if len(m) == 1}
    others = tuple(p for p in mention.participants if p.entity not in taken)
    if len(taken) != len(members) or not others:
        return []
    return [replace(mention, participants=(*m, *others)) for m in members]


def _joined_one_by_one(token: Token) -> tuple[Token, ...]:
    """The joined people a contact is told of one by one: marked by "each", "both" or
    "neither" ("Both X and Y met Z", "X and Y each met Z", "calls with both X and Y", "neither
    X nor Y met Z"), by "separately" on the verb (the subjects when joined, else the
    partners), or owned by a "their" standing for a joined subject ("X and Y failed to
    disclose their meetings with Z"), and named people a contact in the plural was had with
    ("his meetings with Kislyak and Gorkov": one each; not companies, who may sit at one
    table, nor "talks with X and Y", one round). One meeting noun is one meeting, whoever it
    sat together ("a meeting with both X and Y")."""
    nominal = _is_nominal(token)
    if nominal and token.tag_ not in ("NNS", "NNPS"):
        return ()
    heads = _noun_parties(token) if nominal else _verb_parties(token)
    groups = [g for g in (_coordinated(h) for h in heads) if len(g) >= _PARTIES_NEEDED]
    marked = [g for g in groups if any(_one_by_one_word(c) for t in g for c in t.children)]
    apart = not nominal and any(
        c.dep_ in ("advmod", "npadvmod", "dep") and c.lower_ in lex.APART_ADVERBS | {"each"}
        for c in token.children
    )
    if apart and not marked:
        marked = groups
    if nominal and not marked:
        owners = [h for h in heads if h.lower_ == "their" and h.dep_ == "poss"]
        marked = [holders for o in owners if len(holders := _their_holders(o)) > 1]
    occasions = nominal and _trigger_lemma(token) in lex.STRONG_TRIGGERS  # not "talks"
    if occasions and not marked:  # "his meetings with Kislyak and Gorkov": one with each
        people = [g for g in groups if g[0] in _prep_objects(token, ("with",))]
        marked = [g for g in people if all(_is_person(t) for t in g)]
    return tuple(marked[0]) if marked else ()


def _one_by_one_word(word: Token) -> bool:
    """ "both", "each", "neither" on a joined group (see :data:`lex.ONE_BY_ONE_WORDS`)."""
    deps = ("preconj", "appos", "det", "advmod", "npadvmod")
    return word.dep_ in deps and word.lower_ in lex.ONE_BY_ONE_WORDS


def _their_holders(owner: Token) -> tuple[Token, ...]:
    """The joined subject a "their" on a contact noun stands for: the subject of the verb
    that takes the noun ("Sessions and Kushner failed to disclose their meetings with
    Kislyak"), as "his" would stand for one."""
    noun = owner.head
    if owner.lower_ != "their" or owner.dep_ != "poss" or noun.dep_ not in _OBJECT_DEPS:
        return ()
    own = subjects(noun.head)
    return _coordinated(own[0]) if len(own) == 1 else ()


def _distributed(noun: Token) -> list[Token]:
    """The other sides a plural contact noun is shared out among by "one …, another …" ("a pair
    of speeches, one to X and another to Y"), each right behind its own preposition."""
    if not _is_nominal(noun) or noun.tag_ not in ("NNS", "NNPS"):
        return []
    words = lex.NOUNS_NEEDING_PARTNER.get(_trigger_lemma(noun), lex.PARTNER_PREPOSITIONS)
    shares = [t for t in noun.doc[noun.i + 1 : noun.sent.end] if t.lower_ in lex.SHARE_WORDS]
    return [
        p
        for share in shares
        if share.i + 1 < noun.sent.end and noun.doc[share.i + 1].lower_ in words
        for p in noun.doc[share.i + 1].children
        if p.dep_ == "pobj"
    ]


def _gapped_partners(verb: Token) -> list[Token]:
    """The partners coordinated onto a verb's time phrase ("in June and [to] Y in September"),
    which the parser hangs from "in" or "June" rather than from the verb."""
    if _is_nominal(verb):
        return []
    phrases = [
        node
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ not in lex.PARTNER_PREPOSITIONS
        for node in (prep, *(c for c in prep.children if c.dep_ == "pobj"))
    ]
    conjuncts = [c for node in phrases for c in node.children if c.dep_ == "conj"]
    return [
        person
        for c in conjuncts
        for person in (
            [p for p in c.children if p.dep_ == "pobj"]
            if c.pos_ == "ADP" and c.lower_ in lex.PARTNER_PREPOSITIONS
            else [c]
            if c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")  # "in July and September"
            else []
        )
    ] or _later_partners(verb)


def _later_partners(verb: Token) -> list[Token]:
    """ "met with X last week, and this week with Y", "met with X, as well as with Y": the
    partners of a second partner phrase the parser hangs from the verb itself (see
    :func:`_second_partner_phrase`) or from the "as" of "as well as"."""
    added = [c for a in verb.children if _as_well_as(a) for c in a.children if c.dep_ == "prep"]
    return [
        p
        for c in [*verb.children, *added]
        if _second_partner_phrase(c, verb) or _added_as_well(c, verb)
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _added_as_well(prep: Token, verb: Token) -> bool:
    """ "has met with X and Y, as well as with Z": a partner phrase added after "as well as" is
    another occasion, as one added with "and later" is — wherever the parser hangs the "as"."""
    if prep.dep_ != "prep" or prep.lower_ not in lex.PARTNER_PREPOSITIONS:
        return False
    return (
        _as_well_as(prep.head)
        or any(_as_well_as(c) for c in prep.children)
        or any(_as_well_as(c) and c.i < prep.i for c in verb.children)
    )


def _as_well_as(word: Token) -> bool:
    """The last "as" of "as well as", which the parser makes a coordinator."""
    well = any(c.lower_ == "well" for c in word.children)
    return word.dep_ == "cc" and word.lower_ == "as" and well


def _read_mention(token: Token, ctx: _Context) -> _Mention | None:
    """The contact this token asserts, or None when it is no trigger or asserts nothing."""
    kind = trigger_kind(token)
    callee = None if kind is not None else _called_the_speaker(token, ctx)
    if callee is not None:
        kind = Relation.CALL
    if kind is None or in_quoted_title(token) or _under_denial(token):
        return None
    if kind is Relation.CONTACT and _spoken_in_person(token):
        kind = Relation.MEET
    when = _when(token, ctx)
    untold = _untold_grade(token, ctx) or _still_ahead(token, when, ctx)
    negated = untold is None and _negated(token)
    hearsay = _person_speech(token, ctx)
    if hearsay and negated:
        return None  # a person's indirect denial: a statement, not an event
    if _given_to_the_press(token):
        return None  # "said in an interview with X": the statement is the record
    answerer = _answerer(token, ctx) or _asked_and_answered_yes(token, ctx)
    if answerer is not None and untold is Assertion.HYPOTHETICAL:
        untold = None  # "Q: Have you talked to her? A: Yes, …": asked, and answered yes
    speaker = callee or answerer or _quote_speaker(token, ctx) or _fragment_teller(token, ctx)
    participants = _participants(token, kind, ctx, speaker)
    if callee is not None and callee not in participants:
        participants = (*participants, callee)
    if _one_side_only(token, kind, ctx, speaker) or _one_family(token, participants, ctx):
        return None  # "X and Y spoke to the crowd": together on one side, no one on the other
    quoted = answerer is None and _in_persons_quote(token, ctx)
    if quoted and not (
        _own_account(token, speaker, participants, negated)
        or _told_of_others(token, speaker, participants, negated)
    ):
        return None  # a quoted denial, or a plan told in the present: a statement
    joined = _joined_by_more(token)
    anaphoric = joined or (
        (not participants or _retold_with(token, participants))
        and (_is_anaphoric(token) or _counted_subject(token) is not None)
    )
    pair_again = len(participants) < _PARTIES_NEEDED and _resumes_pair(token)
    resumed = pair_again or (len(participants) < _PARTIES_NEEDED and _repeats_own(token))
    one_sided = len(participants) < _PARTIES_NEEDED and not (anaphoric or resumed)
    if one_sided and not _gapped_partners(token):
        return None
    hedged = untold is None and _hedged(token)
    assertion = untold or (
        Assertion.ATTRIBUTED
        if quoted and not hedged and speaker not in participants
        else _assertion(token, ctx, participants, negated, hedged, speaker)
    )
    return _Mention(
        kind=kind,
        lemma=_trigger_lemma(token),
        sentence=sentence_bounds(token),
        participants=() if pair_again else participants,  # "they met again": the pair before
        when=_past_when(when, assertion, ctx),
        place=_place(token, kind),
        hedged=hedged,
        negated=negated,
        confidence=_confidence(token, hedged, hearsay, len(participants)),
        anaphoric=anaphoric,
        joined=joined,
        resumed=resumed,
        repeated=not resumed and _told_again(token),
        place_in_series=_ordinal(token),
        series=token.tag_ in ("NNS", "NNPS") and not _one_of(token) and _times_counted(token) == 1,
        assertion=assertion,
        verbal=not _is_nominal(token),
        nearby=_named_nearby(token, ctx) if anaphoric else frozenset(),
        owner=_owner(token, participants, ctx),
        meal=_meal(token),
        occasion=_occasion(token),
        habitual=any(c.dep_ == "advmod" and c.lower_ in lex.HABIT_ADVERBS for c in token.children),
        handed=_hands_papers(token),
        kept=anaphoric and (joined or _said_to_take_place(token)),
    )


def _one_of(noun: Token) -> bool:
    """ "One of the meetings took place in September": one contact of several, not the
    series ("the meetings" alone spans them all)."""
    of = noun.head
    return (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lower_ in ("one", "first", "second", "last", "latest", "other")
    )


def _said_to_take_place(noun: Token) -> bool:
    """ "The meeting took place on June 9", "the meeting, which took place at Trump Tower": a
    contact noun whose own clause says only that it was held."""
    subject_of = noun.dep_ in _SUBJECT_DEPS and _tells_happening(noun.head)
    return subject_of or any(_tells_occurrence(c) for c in noun.children)


def _retold_with(token: Token, participants: Sequence[Participant]) -> bool:
    """ "The meeting with Mr. Gorkov took place at Trump Tower on Dec. 13": a contact named
    with one side only, its other side the one told before — a retelling of that side's
    contact, which it may date and place."""
    with_partner = any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    return len(participants) == 1 and with_partner


def _joined_by_more(token: Token) -> bool:
    """ "The meeting was also attended by Kushner and Manafort", "Kushner also attended the
    meeting", "the meeting, which also included Kushner and Manafort": the people named were
    at the contact told before, besides its own parties."""
    verb = token.head
    attended = (
        token.dep_ in {"nsubjpass", "dobj"}
        and verb.lemma_.lower() in lex.ATTENDING_VERBS
        and any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)
    )
    return _is_nominal(token) and _after_the(token) and (attended or bool(_included_in(token)))


def _hands_papers(token: Token) -> bool:
    """ "turned over the emails to X", "the emails she turned over to X": the contact is the
    handing over of papers, told by the verb itself or by the verb the papers' noun is the
    object of (in its own clause or in one describing it)."""
    if not _is_nominal(token):
        return token.lemma_.lower() in lex.VERBS_OF_HANDING_PAPERS
    verbs = [token.head, *(c for c in token.children if c.dep_ == "relcl")]
    return any(v.lemma_.lower() in lex.VERBS_OF_HANDING_PAPERS for v in verbs)


def _one_side_only(
    token: Token, kind: Relation, ctx: _Context, speaker: Participant | None
) -> bool:
    """ "Perez and Castro both spoke to the audience", "she and her husband were greeted by an
    organizer", "he and his father visited her": subjects joined by "and" are one side; when
    the other side the verb names is no one the record can name (a crowd, a place, someone
    unnamed), no two parties met — unless the subjects met each other ("X and Y met")."""
    if _is_nominal(token):
        return kind is Relation.MESSAGE and _cosigned(token)
    if _travels(token) or _fixed_lemma(token) in lex.VERBS_NEEDING_OBJECT:
        return False  # "X and Y signed a treaty", "shook hands": the subjects are both sides
    own = _doers(token)
    if not any(s.conjuncts or (_names_pair(s) and not _members_named(s)) for s in own):
        return False
    if _spoke_at_an_occasion(token):
        return _appearance_host(token) is None  # with a host, each visits it
    agents = [p for c in token.children if c.dep_ == "agent" for p in c.children]
    objects = [o for o in _objects(token) if _may_be_person(o) or _is_destination(o)]
    # "X and Y spoke by phone": the means is no other side
    partners = [p for p in _partner_preps(token) if p.lemma_.lower() not in lex.PHONE_WORDS]
    others = [*objects, *partners, *agents]
    if not others:
        return False
    told = [c for o in others for c in _coordinated(o)]
    sides = [c for s in own for c in _coordinated(s)]
    # "she and her husband talked with him": "him" is neither of them, whatever it resolved to
    return not set(_participants(token, kind, ctx, speaker, told)) - set(
        _participants(token, kind, ctx, speaker, sides)
    )


def _cosigned(message: Token) -> bool:
    """ "X, Y and Z signed the letter", "X and Y wrote a letter": a message its writers send
    together has them all on one side — with no one it went to named, no two of them wrote
    to each other."""
    verb = message.head
    if message.dep_ != "dobj" or verb.lemma_.lower() in lex.WORD_TRADING_VERBS:
        return False  # "X and Y exchanged emails": with each other
    if not any(s.conjuncts for s in _doers(verb)):
        return False
    recipients = [p for holder in (message, verb) for p in _prep_objects(holder, ("to",))]
    recipients += [c for c in verb.children if c.dep_ == "dative"]
    return not recipients


def _doers(verb: Token) -> list[Token]:
    """The verb's own subjects, else the people sent or asked to do it ("dispatched X and Y to
    meet with farmers"): envoys sent together are one side, not a meeting with each other. A
    participle shares the subject of the clause it hangs on ("X and Y sent the referral,
    urging him to act": both urged, neither the other)."""
    own = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if own:
        return own
    if _sent_on_errand(verb):
        return _object_of(verb.head)
    if verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG":
        return subjects(verb)
    return _controller(verb)


def _spoke_at_an_occasion(verb: Token) -> bool:
    """ "Khizr and Ghazala Khan spoke at the convention": both addressed its audience, which
    tells no talk between them (not "spoke at length", "spoke at dinner", nor "each spoke
    with X at an event")."""
    return (
        verb.lemma_.lower() == "speak"
        and not _partner_preps(verb)
        and any(
            p.lemma_.lower() in lex.ADDRESSED_OCCASION_NOUNS for p in _prep_objects(verb, ("at",))
        )
    )


def _to_the_press(party: Token, trigger: Token, cast: Cast) -> bool:
    """Talking with a journalist is an interview, not a contact between parties (the guide):
    "told radio host X", "a conversation with HuffPost's Y" — but a journalist questioned by a
    detective is a witness ("interviewed reporter X"), and one met with is met."""
    lemma = _trigger_lemma(trigger)
    press = _is_press(party, cast) or _outlet_behind(party, trigger, cast)
    if lemma not in lex.PRESS_TRIGGERS or not press or _editorial_board(party):
        return False
    return _is_nominal(trigger) or lemma != "interview" or party in subjects(trigger)


def _outlet_behind(party: Token, trigger: Token, cast: Cast) -> bool:
    """ "told Jane Roe of CNN": "of" and an outlet right after the person say whose journalist
    they are, wherever the parser hung the "of" (often on the verb)."""
    end = party.right_edge.i
    while end + 1 < len(party.doc) and party.doc[end + 1].text[:1].isupper():
        end += 1  # "told Bill O’Reilly of Fox News", the parser keeping only "Bill" as the name
    return any(
        prep.i == end + 1 and _names_outlet(outlet, cast)
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for outlet in prep.children
        if outlet.dep_ == "pobj"
    )


def _given_to_the_press(interview: Token) -> bool:
    """ "said in an interview with X", "sat for an interview with Y": an interview that is the
    scene of a statement, or one given, is given to the press (not "the detective's interviews
    with the witness", evidence an investigation gathered)."""
    if _is_nominal(interview) and _on_a_hosts_show(interview):
        return True  # "Clinton's appearance on Harvey's program": on the air, no contact
    if _trigger_lemma(interview) != "interview" or not _is_nominal(interview):
        return False
    if interview.dep_ == "pobj" and interview.head.lower_ in lex.SCENE_OF_STATEMENT:
        return True
    carrier = _carrier_verb(interview) or (
        interview.head.head if interview.dep_ == "pobj" else interview.head
    )
    return carrier.pos_ == "VERB" and carrier.lemma_.lower() in lex.PRESS_OCCASION_CARRIERS


def _on_a_hosts_show(noun: Token) -> bool:
    """ "an appearance on X's program", "made an appearance on X's show": a guest on a host's
    show, on the air — the statement is the record (the real-news guide)."""
    carrier = _carrier_verb(noun)
    return any(_show_hosts(holder) for holder in (noun, carrier) if holder is not None)


def _is_press(token: Token, cast: Cast) -> bool:
    """A journalist by title ("radio host X", "moderator Y", "the editor, Z") or by outlet
    ("Fox News's X", "Y of the Gazette")."""
    if press_titled(token):
        return True
    networks = [
        c
        for c in token.children
        if c.dep_ == "poss" and (_is_organisation(c) or _outlet_words(c, cast))
    ]
    return bool(networks) or any(_names_outlet(o, cast) for o in _prep_objects(token, ("of",)))


def _editorial_board(party: Token) -> bool:
    """ "met with the editorial board of the Post": a newspaper's board, met in person, is met
    (the real-news guide), unlike the newspaper talked to."""
    return party.lemma_.lower() in lex.EDITORIAL_BODIES


def _outlet_words(owner: Token, cast: Cast) -> bool:
    """ "HuffPost Live's X", "Fox News's Y": a possessor whose own words name an outlet, however
    the model labelled them."""
    words = [t.text for t in owner.subtree if t.dep_ != "case"]
    return _names_outlet(owner, cast) or is_outlet(EntityKind.ORG, words)


def _is_organisation(token: Token) -> bool:
    """ "CNN's X", "HuffPost Live's Y": an organisation owning a person talked to is their
    network — the press names its people by their outlet, officials go by their titles."""
    entity = _entity_of(token)
    return (entity is not None and entity.label_ == "ORG") or _titled_with_the(token)


def _titled_with_the(token: Token) -> bool:
    """ "The Atlantic's X", "The Hill's Y": a proper name whose "The" keeps its capital inside a
    sentence is a title (a publication's, an organisation's), whatever label the small model
    gave it — except a country's ("The Netherlands' prime minister")."""
    the = [c for c in token.children if c.dep_ == "det" and c.text == "The"]
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ not in {"GPE", "NORP"}
        and any(c.i > c.sent.start for c in the)
    )


def _names_outlet(token: Token, cast: Cast) -> bool:
    """An outlet the cast knows, or an organisation with a publication word in its name."""
    entity = _entity_of(token)
    return _is_outlet(token, cast) or (
        entity is not None
        and entity.label_ in LABEL_KINDS
        and is_outlet(LABEL_KINDS[entity.label_], [t.text for t in entity])
    )


def _called_the_speaker(token: Token, ctx: _Context) -> Participant | None:
    """'Ann Diaz said, "Omar called and said he was done"': a call that names no one called,
    told in a person's own quote by someone else's name, reached the one quoted (not "called
    for a ceasefire", "called off the talks", "called it a day", nor "I called", which names
    no one reached)."""
    if token.pos_ != "VERB" or _fixed_lemma(token) != "call":
        return None
    bare = all(
        c.dep_ in lex.BARE_CALL_DEPS and c.lower_ not in lex.FIRST_PERSON for c in token.children
    )
    if not bare:
        return None
    if not any(_may_be_person(s) for s in subjects(token)) or not _in_persons_quote(token, ctx):
        return None
    return next((q.speaker for q in ctx.quoted if q.start <= token.idx < q.end), None)


def _meal(token: Token) -> str | None:
    """The meal a contact is told at: its own word ("the state dinner") or one in its clause
    ("met his brother for dinner")."""
    return _word_told_at(token, lex.MEAL_NOUNS)


def _occasion(token: Token) -> str | None:
    """The gathering of many a contact is told as or at: its own word ("the debate") or one
    in its clause ("joined Clinton and Sanders for the debate")."""
    return _word_told_at(token, lex.COPRESENCE_NOUNS)


def _word_told_at(token: Token, words: frozenset[str]) -> str | None:
    """The first of ``words`` that is the trigger's own lemma or one in its clause."""
    lemmas = (t.lemma_.lower() for t in (token, *_clause_tokens(token)))
    return next((w for w in lemmas if w in words), None)


def _owner(token: Token, participants: Sequence[Participant], ctx: _Context) -> str | None:
    """ "her meeting with Obama": the party a possessive contact noun names as its own."""
    if not _is_nominal(token):
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    party = _participant(owner, ctx) if owner is not None else None
    return party.entity if party is not None and party in participants else None


def _named_nearby(token: Token, ctx: _Context) -> frozenset[str]:
    """Who the follow-up's sentence and the two before it name: "the meeting" retells a
    contact between the people just mentioned."""
    first = token.sent
    for _ in range(_NEARBY_SENTENCES):
        first = token.doc[first.start - 1].sent if first.start else first
    start, end = first.start_char, token.sent.end_char
    return frozenset(
        member.id
        for member in ctx.cast.members
        if any(start <= m.span.start and m.span.end <= end for m in member.mentions)
    )


def _resumes_pair(verb: Token) -> bool:
    """ "They met again, in July": a bare "they" meeting with no one named, told as a repeat,
    is the pair of the contact told before meeting once more (see :func:`_resumed`)."""
    return (
        not _is_nominal(verb)
        and any(c.dep_ == "advmod" and c.lower_ in lex.REPEAT_WORDS for c in verb.children)
        and any(c.dep_ in _SUBJECT_DEPS and c.lower_ == "they" for c in verb.children)
        and not _objects(verb)
        and not _partner_preps(verb)
    )


def _answers_a_message(verb: Token) -> bool:
    """ "Goldstone emailed Trump Jr. … Trump Jr. responded within minutes", "wrote back",
    "wrote again": a reply or a further letter with no one named is a message to whoever the
    writer's last message was with (see :func:`_resumed`, which finds none when there is no
    such message: "the campaign responded" alone is no letter)."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "prt")}
    replying = lemma in lex.BARE_REPLY_VERBS or (
        lemma == "write" and bool(particles & ({"back"} | lex.REPEAT_WORDS))
    )
    return (
        replying
        and verb.tag_ == "VBD"
        and not _objects(verb)
        and not _prep_objects(verb, ("to",))
        and not _negated(verb)
        and any(_is_person(s) for s in subjects(verb))
    )


def _ordinal(noun: Token) -> int | None:
    """ "The second meeting was …", "The other was a brief encounter …": the place an ordinal
    gives a contact noun in a series ("the other" of a count is its last: -1)."""
    if not _is_nominal(noun):
        return None
    own = next((ORDINALS[c.lower_] for c in noun.children if c.lower_ in ORDINALS), None)
    if own is None and _the_other(noun):
        own = -1
    return own if own is not None else _counted_subject(noun)


def _the_other(noun: Token) -> bool:
    """ "The other encounter came in July": one contact noun, "the other" of those counted."""
    words = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod")}
    return noun.tag_ == "NN" and {"the", "other"} <= words


def _counted_subject(noun: Token) -> int | None:
    """ "The other was a brief encounter", "The first was a dinner": a contact noun told of a
    bare ordinal subject is that one of the contacts just counted."""
    subject = next((c for c in noun.head.children if c.dep_ in _SUBJECT_DEPS), None)
    if noun.dep_ != "attr" or subject is None or subject.n_lefts != 1 or subject.n_rights:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    return -1 if subject.lower_ == "other" else ORDINALS.get(subject.lower_)


def _told_again(token: Token) -> bool:
    """ "Later, Lazaro Gonzalez met with Janet Reno again": a contact told by a verb as a
    repeat is another occasion than the one told before, even between the same people."""
    return not _is_nominal(token) and any(
        c.dep_ == "advmod" and c.lower_ in lex.REPEAT_WORDS for c in token.children
    )


def _repeats_own(token: Token) -> bool:
    """ "Roffman sent a second letter", "she made another call", "he wrote again": one side's
    contact told as a repeat, with no one else named, is a new contact with whom that side
    had the contact of its kind told before (see :func:`_resumed`)."""
    if len(_party_tokens(token)) > 1:
        return False  # "sent another letter to the mayor": to someone else, named
    if not _is_nominal(token) and _answers_a_message(token):
        return True  # "responded within minutes": to the message told before
    if _is_nominal(token):
        repeat = any(c.lower_ in lex.REPEAT_ORDINALS for c in token.children)
        return repeat and _trigger_lemma(token) in lex.REPEATABLE_NOUNS
    return _told_again(token)


def _past_when(when: FuzzyDate | None, assertion: Assertion, ctx: _Context) -> FuzzyDate | None:
    """ "instructed Kerry to keep negotiating over the coming days": a contact told as held
    cannot fall after the article, so a later date in its clause is another act's."""
    if when is None or not assertion.contact:
        return _planned_when(when, ctx) if when and assertion is Assertion.PLANNED else when
    if not _not_after(when, ctx.anchor):
        return None
    return _week_so_far(_until_article(when, ctx), ctx)


def _week_so_far(when: FuzzyDate, ctx: _Context) -> FuzzyDate:
    """ "spoke to students this week", told on a Friday: a contact told as held fell in the
    part of the week already past — Monday to the article's day, not to Sunday."""
    anchor = ctx.anchor
    if when.precision is not Precision.WEEK or anchor is None or when.start is None:
        return when
    if when.end is None or when.end <= anchor or when.start > anchor:
        return when
    return FuzzyDate.between(when.start, anchor, Precision.RANGE)


def _planned_when(when: FuzzyDate, ctx: _Context) -> FuzzyDate:
    """ "challenged her to debate him on April 14", told on April 5: a planned contact's
    year-less date is the occurrence nearest the article, which may be still to come (the
    past-tense telling leaned it to last year's)."""
    anchor = ctx.anchor
    if anchor is None or when.start is None or not yearless(when.expression):
        return when
    ahead = resolve(when.expression, anchor, ctx.periods, leaning=Leaning.FUTURE)
    if ahead is None or ahead.start is None or ahead.start <= anchor:
        return when
    return ahead if ahead.start - anchor < anchor - when.start else when


def _until_article(when: FuzzyDate, ctx: _Context) -> FuzzyDate:
    """ "has been chatting with him online since January 2015": a contact told as held that
    goes on from a time went on until the article, which closes the interval, at the
    precision its start was told in ("since January 2015" runs to the article's month)."""
    anchor = ctx.anchor
    if anchor is None or when.start is None or when.end is not None:
        return when
    start = when.expression.partition(" ")[2]  # "January 2015" of "since January 2015"
    told = find_dates(f"in {start}", anchor, ctx.periods)
    precision = told[0].value.precision if told else Precision.DAY
    if precision is Precision.YEAR:
        end = FuzzyDate.year(anchor.year).end
    elif precision is Precision.MONTH:
        end = FuzzyDate.month(anchor.year, anchor.month).end
    else:
        end = anchor
    return FuzzyDate.between(when.start, end, Precision.RANGE)


def trigger_kind(token: Token) -> Relation | None:
    """The kind of contact a word names, or None when it names none here."""
    if _is_nominal(token):
        return _noun_kind(token)
    if token.pos_ == "VERB":
        return _verb_kind(token)
    return None


def _is_nominal(token: Token) -> bool:
    return bool(token.pos_ in ("NOUN", "PROPN") or token.lower_ in lex.NOUN_TRIGGER_SURFACES)


def _trigger_lemma(token: Token) -> str:
    hyphenated = _hyphenated_word(token)
    if "-" in hyphenated and hyphenated in lex.NOUN_TRIGGERS:
        return hyphenated  # "a sit-down with X": the tokenizer split it, "down" heads it
    if "-" in hyphenated:  # "fund-raisers", as some papers spell it: a "fundraiser"
        spelled = hyphenated.rsplit("-", 1)[0] + "-" + token.lemma_.lower()
        if spelled in lex.HYPHENATED_SPELLINGS:
            return lex.HYPHENATED_SPELLINGS[spelled]
    return lex.NOUN_TRIGGER_SURFACES.get(token.lower_, token.lemma_.lower())


def _hyphenated_word(token: Token) -> str:
    """The whole word a hyphenated compound's last part ends ("sit-down" from "down")."""
    parts = [token.lower_]
    i = token.i
    while i >= 2 and token.doc[i - 1].text == "-" and token.doc[i - 2].head.i == token.i:
        parts.insert(0, token.doc[i - 2].lower_)
        i -= 2
    return "-".join(parts)


def _noun_kind(token: Token) -> Relation | None:
    if _visited_scene(token) is not None:
        return Relation.VISIT  # "at the annual meeting of X, Y spoke": Y visited X
    lemma = _trigger_lemma(token)
    if _attended_owned_occasion(token) or len(_attendees(token)) >= _PARTIES_NEEDED:
        return Relation.MEET  # "attended Y's rally", "a rally attended by X and Y"
    if _held_jointly(token):
        return Relation.MEET  # "X and Y held their first joint campaign event"
    if _honourees(token):
        return Relation.MEET  # "held a fund-raiser for Y at his home": the host received Y
    if (
        _trigger_lemma(token) in lex.SCENE_ONLY_MEALS
        and len(_shared_over(token)) >= _PARTIES_NEEDED
    ):
        return Relation.MEET  # "Over coffee in May, X and Y decided …"
    kind = lex.NOUN_TRIGGERS.get(lemma)
    if kind is None:
        return _spent_with_someone(token)
    if _contacts_as_people(token):
        return None  # "had told Dmitriev's Emirati contacts that …": people, not contacts
    if lemma in lex.NOUNS_NEEDING_IN and not (token.dep_ == "pobj" and token.head.lower_ == "in"):
        return None
    if lemma in lex.NOUNS_NEEDING_PARTNER and not _audience(token):
        return None
    sided = lemma in lex.SIDED_OCCASION_NOUNS and len(_named_sides(token)) >= _PARTIES_NEEDED
    if lemma in lex.SIDED_OCCASION_NOUNS - lex.COPRESENCE_NOUNS and not sided:
        return None  # "the NATO summit": no one named as a side
    if lemma in lex.COPRESENCE_NOUNS and not (sided or _attended(token)):
        return None
    if lemma in lex.GUEST_NOUNS and not _hosts(token):
        return None
    if lemma in lex.OWNED_OCCASION_NOUNS:
        return None  # "his wedding was in June": an occasion no one is told to have attended
    if lemma in lex.TALK_NOUNS and _talks_hosts(token, _talk_holders(token)):
        return Relation.VISIT  # "gave a speech at the X convention": a visit to its holder
    if lemma == "testimony" and (heard := _audience(token)):
        return _appearance_kind(heard[0])  # "her testimony before the panel": as testifying
    if lemma == "call" and _called_on_in_person(token):
        return Relation.VISIT  # "paid a courtesy call on X"
    if lemma == "call" and any(
        c.dep_ == "prep" and c.lower_ in ("for", "of") for c in token.children
    ):
        return None  # "calls for his resignation", "the call of the roll"
    if lemma == "message" and _campaign_message(token):
        return None  # "took his message to the convention": a cause carried, no letter
    if lemma == "message" and _signal_sent(token):
        return None  # "delivered a blunt message to Trump: …": a point made in public
    return kind


def _contacts_as_people(noun: Token) -> bool:
    """ "told Mr. Dmitriev's Emirati contacts that …", "asked his contacts in Moscow", "through
    his Russian contacts", "his contacts told him": "contacts" for the people one knows — whom
    someone tells or asks, goes through, or who speak — hold no contact of their own."""
    if noun.lower_ != "contacts":
        return False
    head = noun.head
    addressed = noun.dep_ in ("dobj", "dative") and head.lemma_.lower() in lex.ADDRESSING_VERBS
    through = noun.dep_ == "pobj" and head.lower_ in lex.GO_BETWEEN_PREPOSITIONS
    speaking = noun.dep_ == "nsubj" and head.lemma_.lower() in lex.ADDRESSING_VERBS | {"say"}
    return addressed or through or speaking


def _signal_sent(noun: Token) -> bool:
    """ "delivered a blunt message to Trump", "a clear message to Wall Street": a message told
    by its tone is a point made in public, whoever it is aimed at — not a letter or an email."""
    return any(c.dep_ == "amod" and c.lower_ in lex.SIGNAL_TONES for c in noun.children)


def _campaign_message(noun: Token) -> bool:
    """ "took his message to the convention", "carried their message to voters": one's own
    message taken somewhere is a cause campaigned for, not a letter to anyone (not "sent his
    message to X", nor "a message from X to Y")."""
    owned = any(c.dep_ == "poss" for c in noun.children)
    head = noun.head
    carried = noun.dep_ == "dobj" and head.lemma_.lower() in lex.CAUSE_CARRYING_VERBS
    return owned and carried


def _verb_kind(token: Token) -> Relation | None:
    if _answers_a_message(token):
        return Relation.MESSAGE  # "Trump Jr. responded within minutes", "Goldstone wrote again"
    lemma = _fixed_lemma(token)
    if lemma in lex.COMPANY_VERBS and _in_company(token):
        return Relation.MEET  # "flew to Germany with the family of X"
    host = _appearance_host(token)
    if host is not None:
        return _appearance_kind(host)
    if lemma in lex.COMPANION_VERBS and _done_together(token):
        return Relation.MEET  # "X and Y appeared together in Charlotte"
    if lemma in lex.SHARING_VERBS and _shared_stage(token):
        return Relation.MEET  # "X and Y shared the stage in Ohio", "shared a platform with Y"
    if _place_owners(token):
        return Relation.VISIT  # "went to Trump's house", "stayed at the beach house of X"
    if _in_someones_company(token):
        return Relation.MEET  # "sat next to X at the dinner", "spent the afternoon with Y"
    if _companions(token) and not _on_the_air(token):
        return Relation.MEET  # "Warren campaigned with Clinton in Cincinnati"
    if _idiom_partners_with(token):
        return lex.PARTNER_IDIOMS[lemma][1]  # "checked in with X", "crossed paths with Y"
    if _met_by_chance(token):
        return Relation.MEET  # "ran into X at the airport", "bumped into Y"
    if lemma in lex.WELCOMING_VERBS and _received_in_a_place(token):
        return Relation.MEET  # "welcomed X to the White House", "received Y at the palace"
    if lemma == "give" and _gives_a_heads_up(token):
        return Relation.CONTACT  # "gave Priebus a heads-up about his decision"
    if lemma in lex.QUESTIONING_VERBS and _questioned_face_to_face(token):
        return Relation.MEET  # "Sen. X grilled Y at a hearing", "pressed Y on Z at the hearing"
    kind = lex.VERB_TRIGGERS.get(lemma)
    if kind is None:
        return None
    if lemma in lex.ON_AIR_VERBS and _show_hosts(token):
        return None  # "called into X's program": on the air, a statement and no contact
    if lemma in lex.ON_AIR_VERBS - lex.VERBS_NEEDING_PERSON_OBJECT:
        return None  # "appeared at the rally", "appeared rattled"
    if lemma == "call" and (_names_something(token) or _calls_a_vote(token) or _calls_on(token)):
        return None  # "called the reports absurd", "called a referendum", "called on X to quit"
    if lemma == "meet" and _meets_a_goal(token):
        return None  # "met the deadline", "a threshold met only by X"
    reciprocal = lemma in lex.RECIPROCAL_VERBS and _coordinated_subject(token)
    if lemma in lex.VERBS_NEEDING_PERSON_OBJECT and not (_has_person_object(token) or reciprocal):
        return None  # "X and the board convened at the firm": each the other's other side
    if lemma in lex.VERBS_NEEDING_NAMED_PERSON and not _meets_named_person(token):
        return None
    if lemma in lex.VERBS_NEEDING_NAMED_LISTENER and not _tells_a_named_person(token):
        return None
    if lemma in lex.VERBS_NEEDING_NAMED_LISTENER and _said_on_a_platform(token):
        return None  # "lashed out on Facebook, telling X that …": said to everyone
    if lemma in lex.VERBS_NEEDING_NAMED_ADDRESSEE and not _addresses_a_named_party(token):
        return None
    if lemma in lex.VERBS_OF_PERSUASION and not _addresses_a_person(token):
        return None
    if lemma in lex.VERBS_OF_PERSUASION and (
        _pressed_in_public(token) or _said_on_a_platform(token)
    ):
        return None  # "urged X to apologize at a press conference", "on Twitter": in public
    if lemma in lex.VERBS_OF_PERSUASION and _pushed_while_saying(token):
        return None  # "said on the air that …, but he pressed X to do more": said, not a word
    if lemma in lex.WORD_TRADING_VERBS and _traded_in_public(token):
        return None  # "traded barbs on Twitter", "argued with X in a TV interview": on the air
    if lemma in lex.ESCORTING_VERBS and _led_away(token):
        return None  # "was escorted off the premises": removed by someone unnamed
    if lemma in lex.ESCORTING_VERBS and _escorted_by_own(token):
        return None  # "accompanied by his wife", "by Secret Service agents": no other side
    if lemma in lex.PRESS_TRIGGERS and _said_in_an_interview(token):
        return None  # "told X during an interview that …": the statement is the record
    if lemma == "interview" and _interviewed_by_one_person(token):
        return None  # "Jane Roe interviewed the senator": a journalist's interview
    if lemma == "write" and _written_work(token):
        return None  # "the song was written by X": authorship, no letter to anyone
    if lemma == "persuade" and _persuaded_of_a_belief(token):
        return None  # "has persuaded donors that he can win": a belief won, no occasion
    if lemma == "join" and _joined_in_a_cause(token):
        return None  # "joined Trump in calling for a special prosecutor": a stance shared
    if lemma in lex.VERBS_NEEDING_NAMED_SUBJECT and not any(_is_person(s) for s in subjects(token)):
        return None  # "reporters peppered him with questions": a crowd at a briefing
    if lemma in lex.VERBS_NEEDING_ONE_PERSON and not any(_one_person(o) for o in _acted_on(token)):
        return None  # "urged Congress to act", "urged voters to turn out": said in public
    if lemma in lex.VERBS_NEEDING_ONE_PERSON and _pressed_by_many(token):
        return None  # "fellow Republicans are urging Trump to …": pressure in public
    if (
        lemma in lex.VERBS_NEEDING_INFINITIVE
        and not any(purpose_clause(c) for c in token.children)
        and not _named_questioner(token)
    ):
        return None  # "pressed him on why he took part" is a question, not a push
    if lemma in lex.VERBS_OF_REQUEST and not any(purpose_clause(c) for c in token.children):
        return None  # "was asked by host X whether …": a question, even a named one
    if (
        lemma in lex.VERBS_NEEDING_PARTNER
        and not _partner_preps(_occasion_head(token), ("with",))
        and not _shared_with(token)
        and not _idiom_partners(token)
        and not (lemma in lex.RECIPROCAL_VERBS and _coordinated_subject(token))
    ):
        return None
    if lemma in lex.VERBS_NEEDING_PAST and token.tag_ not in lex.PAST_TAGS and not _errand(token):
        return None  # "shares his views with X": a likeness, not a contact (but "flew there to
        # share it with X" tells what a trip did)
    if lemma in lex.VERBS_REFUSING_HABIT and token.tag_ in lex.SIMPLE_PRESENT_TAGS:
        return None  # "Israel coordinates with Jordan on a regular basis": a relation
    particle = lex.VERBS_NEEDING_PARTICLE.get(lemma)
    told_particle = any(  # "pulled X aside": the model makes "aside" an adverb
        c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in token.children
    ) or _particle_next(token, particle)
    if particle and not (told_particle or _in_person_idiom(token) is not None):
        return None
    refused = lex.VERBS_REFUSING_PARTICLE.get(lemma, frozenset())
    if any(c.dep_ == "prt" and c.lower_ in refused for c in token.children):
        return None  # "has called out Trump": criticised him in public
    if lemma in lex.VERBS_OF_SPEAKING and _what_was_spoken(token):
        return None  # "spoke Hebrew", "speak the language of partnership"
    if lemma in lex.VERBS_OF_SPEAKING and _speaks_out(token):
        return None
    if lemma in lex.VERBS_OF_SPEAKING and _with_one_voice(token):
        return None  # "X and Y are speaking to her with one voice": they agree
    if lemma in lex.VERBS_NEEDING_PLACE_OBJECT and not _partner_preps(token, ("to",)):
        return None
    if lemma in lex.VERBS_OF_SENDING and not _sends_to_a_person(token):
        return None
    if lemma in lex.VERBS_OF_HANDING_PAPERS and not any(
        o.lemma_.lower() in lex.PAPER_NOUNS for o in _things_sent(token)
    ):
        return None  # "delivered remarks to the club", "delivered a victory to Y"
    if lemma in lex.VERBS_NEEDING_OBJECT and not _has_object(
        token, lex.VERBS_NEEDING_OBJECT[lemma]
    ):
        return None
    if lemma in lex.VERBS_NEEDING_AUDIENCE and not any(_is_audience(o) for o in _objects(token)):
        return None
    if lemma in lex.VERBS_OF_SIGHTING and not _seen_with_a_person(token):
        return None
    if lemma in lex.VERBS_NEEDING_LISTENER and not any(
        _may_be_person(p) for p in _partner_preps(token, ("to",))
    ):
        return None
    if kind is Relation.CONTACT and _by_phone(token):
        return Relation.CALL  # "spoke with X by phone"
    return kind


def _appearance_host(verb: Token) -> Token | None:
    """ "spoke at Liberty University", "spoke to the NAACP convention", "testified before the
    House Oversight Committee", "said at the Rotary Club luncheon": the organisation whose
    occasion one spoke or appeared at is the other side (the real-news guide). A building or
    grounds ("spoke at Trump Tower"), a place, one's own side's event ("Trump spoke at a Trump
    campaign dinner"), a conference for the press, and a talk "with" someone (that one is the
    other side) are not; a verb of saying needs the occasion itself ("said at Harvard" names
    where)."""
    lemma = _fixed_lemma(verb)
    speaking = lemma in lex.APPEARANCE_VERBS | lex.AUDIENCE_OCCASION_VERBS
    saying_or_attending = (
        lex.OCCASION_SPEECH_VERBS | lex.ATTENDING_VERBS | lex.OCCASION_TELLING_VERBS
    )
    if verb.pos_ != "VERB" or not (speaking or lemma in saying_or_attending):
        return None
    if _partner_preps(verb, ("with",)) or _told_someone_else(verb):
        return None
    # "speaking to students at X University", "lectured on trade at the X Parliament", "told
    # the crowd at the Y convention"
    heard = _prep_objects(verb, ("to", "on")) + _objects(verb)
    audiences = [a for a in heard if not _names_person(a)]
    crowds = [a for a in heard if _unnamed_listeners(a)]
    occasions = [
        occasion
        for holder in (verb, *audiences, *crowds)
        for occasion in _prep_objects(holder, lex.APPEARANCE_PREPOSITIONS)
    ]
    occasions += _occasions_taken_in(verb)
    # "told the crowd at Liberty University": words to listeners there, a talk given there
    hosts = [
        host
        for occasion in occasions
        if (host := _occasion_host(occasion) or _host_told_before(occasion)) is not None
        and (speaking or host.i != occasion.i or bool(crowds))
        and not _for_the_press(occasion)
    ]
    hosts += _in_front_of(verb) + _bodies_heard(verb)
    return next((h for h in hosts if not _own_occasion(h, verb)), None)


def _questioned_face_to_face(verb: Token) -> bool:
    """ "Sen. X grilled Y at a Senate hearing", "At the hearing, X pressed Y on the accounts":
    a person named questioning a person named at a hearing met them (the guide) — or by a verb
    of questioning done only in one's presence ("X grilled Y on Tuesday"). Not by a journalist
    ("moderator X grilled Y": an interview), nor in an interview, a speech or a post."""
    if not any(_names_person(o) for o in _objects(verb)):
        return False  # "questioned whether …", "questioned Y's judgment"
    askers = [s for s in subjects(verb) if _is_person(s)]
    if not askers or any(press_titled(s) for s in askers):
        return False
    if _pressed_in_public(verb) or _said_on_a_platform(verb) or _said_in_an_interview(verb):
        return False
    # "pressed Y on the fees at the hearing": the parser may hang the scene on the topic
    heads = [verb, *_ancestors_within_clause(verb)]
    clause = {t for h in heads for t in _own_clause(h)}
    at_hearing = any(
        t.lemma_.lower() in lex.HEARING_NOUNS
        and t.dep_ == "pobj"
        and t.head.lower_ in lex.SCENE_OF_OCCASION
        for t in clause
    )
    return at_hearing or _fixed_lemma(verb) in lex.FACE_TO_FACE_QUESTIONING


def _bodies_heard(verb: Token) -> list[Token]:
    """ "told Williams College graduates that …", "spoke to employees of Goldman Sachs": the
    organisation whose own people were the audience."""
    return [body for a in _audiences_of_bodies(verb) if (body := _members_body(a)) is not None]


def _audiences_of_bodies(verb: Token) -> list[Token]:
    """The verb's listeners that are an organisation's own people, told in person — not "told
    Goldman Sachs employees in a memo", a paper sent round."""
    if any(p.lemma_.lower() in lex.PAPER_NOUNS for p in _prep_objects(verb, ("in",))):
        return []
    heard = _prep_objects(verb, ("to",)) + _objects(verb)
    return [audience for audience in heard if _members_body(audience) is not None]


def _dative_before(noun: Token) -> list[Token]:
    """ "told Wexley College graduates": the parser takes the name before the noun for the
    verb's second object; it is the noun's own modifier."""
    return [
        c
        for c in noun.head.children
        if c.dep_ == "dative" and c.i == noun.left_edge.i - 1 and noun.dep_ == "dobj"
    ]


def _unnamed_listeners(audience: Token) -> bool:
    """ "the crowd", "students", "voters": listeners no name identifies, heard where the talk
    was given."""
    named = _is_person(audience) or audience.ent_type_ in LABEL_KINDS
    return not named and (_a_public(audience) or audience.lemma_.lower() in lex.PERSON_NOUNS)


def _members_body(audience: Token) -> Token | None:
    """ "Goldman Sachs employees", "employees of Goldman Sachs", "the graduating class of X
    College", "Y University's class of 2014", "members of the Z Club": an organisation's own
    people, heard together, stand for it, also as "a group of Goldman Sachs employees" — not
    "Trump supporters" (a person's own), nor "Fox News staffers" (an outlet's: an interview)."""
    if audience.lemma_.lower() in lex.GATHERING_NOUNS:
        audience = next(iter(_prep_objects(audience, ("of",))), audience)
    if audience.lemma_.lower() not in lex.BODY_MEMBER_NOUNS:
        return None
    named = [c for c in audience.children if c.dep_ in ("compound", "poss")]
    named += _prep_objects(audience, ("of", "at")) + _dative_before(audience)
    return next((n for n in named if _hosting_body(n, holding=True) and not _is_person(n)), None)


def _told_someone_else(verb: Token) -> bool:
    """ "told Senator X at the gala", "told reporters at a breakfast", "spoke to reporters at
    the convention": words for a named person, or for the press — that one is the other side,
    or the statement is the record."""
    listeners = [o for o in _objects(verb) if o.dep_ != "ccomp"] + _prep_objects(verb, ("to",))
    listeners = [o for o in listeners if _members_body(o) is None and not _unnamed_listeners(o)]
    return any(_names_person(o) or o.lemma_.lower() in lex.PRESS_TITLES for o in listeners)


def _in_front_of(verb: Token) -> list[Token]:
    """ "in front of the Rotary Club, X said": the body spoken before."""
    fronts = [f for f in _prep_objects(verb, ("in",)) if f.lower_ == "front"]
    bodies = [body for front in fronts for body in _prep_objects(front, ("of",))]
    return [body for body in bodies if _hosting_body(body, holding=True)]


def _occasions_taken_in(verb: Token) -> list[Token]:
    """The organisation's occasions a verb takes as its object: spoken to, or attended."""
    return _occasions_spoken_to(verb) + _occasions_attended(verb)


def _occasions_attended(verb: Token) -> list[Token]:
    """ "attended the Rotary Club gala", "attended a service at St. Mark's Church": who attends
    an organisation's occasion visits the organisation, as one who speaks there does — not a
    hearing, whose spectators do not meet the committee, nor "attended Harvard", no occasion."""
    if _fixed_lemma(verb) not in lex.ATTENDING_VERBS:
        return []
    held = [o for o in _objects(verb) if o.lemma_.lower() in lex.HOSTED_OCCASION_NOUNS]
    return [o for o in held if o.lemma_.lower() not in lex.HEARING_NOUNS]


def _occasions_spoken_to(verb: Token) -> list[Token]:
    """ "spoke to the X conference", "addressed the Y convention", "told the Z meeting that":
    an organisation's occasion taken as the audience."""
    if _fixed_lemma(verb) not in lex.AUDIENCE_OCCASION_VERBS | lex.OCCASION_TELLING_VERBS:
        return []
    audiences = _prep_objects(verb, ("to",)) + [c for c in verb.children if c.dep_ == "dobj"]
    return [a for a in audiences if a.lemma_.lower() in lex.HOSTED_OCCASION_NOUNS]


def _for_the_press(occasion: Token) -> bool:
    """ "a news conference at the X Institute": held for the press, the statement is the record."""
    return any(
        c.lower_ in lex.PRESS_EVENT_WORDS
        for c in occasion.children
        if c.dep_ in ("compound", "amod")
    )


def _occasion_host(occasion: Token) -> Token | None:
    """The organisation an appearance was at: named outright, or as the holder of the
    occasion ("the NAACP convention", "the annual meeting of the X Association", "a
    convocation at Liberty University", "a forum hosted by the X Institute")."""
    if occasion.lemma_.lower() not in lex.HOSTED_OCCASION_NOUNS:
        return occasion if _hosting_body(occasion) else None
    # "the X conference led by the Rev. Y": a person named as its host is the one visited (the
    # guide names an organisation only when no person is named); a person's own rally or party
    # is met by its guests (see OWNED_OCCASION_NOUNS)
    owned = occasion.lemma_.lower() in lex.OWNED_OCCASION_NOUNS
    hosting_person = next((a for a in _hosting_agents(occasion) if _is_person(a)), None)
    if hosting_person is not None and not owned:
        return hosting_person
    # "the Black Women's Agenda Symposium": an occasion by its own name, whose words name no host
    by_name = _capitalised_inside(occasion)
    named = [c for c in occasion.children if c.dep_ in ("compound", "poss", "nmod") and not by_name]
    return _first_holder([*named, *_holders_named(occasion, ("of", "at"))])


_OCCASION_REACH = 8  # sentences back in which "the conference" finds the one it retells


def _host_told_before(occasion: Token) -> Token | None:
    """ "offered to speak at the NAACP conference … Every nominee has spoken at the conference":
    a bare "the conference" retells the last one the sentences before named, whose holder it
    shares — none when that one named no holder either (a party's own convention)."""
    if not _bare_retelling(occasion):
        return None
    sentence = occasion.sent
    for _ in range(_OCCASION_REACH):
        if sentence.start == 0 or _opens_section(sentence):
            return None
        sentence = occasion.doc[sentence.start - 1].sent
        told = [t for t in sentence if t.lemma_.lower() == occasion.lemma_.lower()]
        if told:
            return _occasion_host(told[-1])
    return None


def _bare_retelling(occasion: Token) -> bool:
    """ "the conference", "that meeting": an occasion noun with a definite determiner and no
    word of its own for who holds it, which can only point back."""
    words = {c.lower_ for c in occasion.children if c.dep_ == "det"}
    own = [c for c in occasion.children if c.dep_ in ("compound", "poss", "nmod", "prep", "acl")]
    named = [c for c in occasion.children if c.dep_ == "amod" and c.pos_ == "PROPN"]
    definite = bool(words & (_ANAPHORIC_DETERMINERS - {"these", "those"}))
    return definite and not own and not named and not _capitalised_inside(occasion)


def _holders_named(occasion: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """Who an occasion is said to be held by: behind ``prepositions`` ("the annual meeting of
    X") or as the agent of its hosting ("a forum hosted by the X Institute")."""
    return _prep_objects(occasion, prepositions) + _hosting_agents(occasion)


def _hosting_agents(occasion: Token) -> list[Token]:
    """Who an occasion is told to be hosted by: "a forum hosted by the X Institute", "a party
    thrown by Y"."""
    return [
        agent
        for held in occasion.children
        if held.dep_ == "acl" and held.lemma_.lower() in lex.HOSTING_VERBS
        for agent in _prep_objects(held, ("by",))
    ]


def _first_holder(named: Sequence[Token]) -> Token | None:
    """The first organisation among ``named`` that can hold an occasion — not "the X Caucus,
    of which he is a member": one's own body's meeting visits no one."""
    return next((n for n in named if _hosting_body(n, holding=True) and not _said_member(n)), None)


def _hosting_body(token: Token, holding: bool = False) -> bool:
    """An organisation by name that is no building or grounds, nor an occasion by name ("the
    Democratic National Convention": a party's own convention, whose speakers visit no one).
    ``holding``: named as the holder of an occasion or as the audience ("the Rotary Club
    luncheon", "in front of the Economic Club"), a word for a body or its premises is the body."""
    entity = _entity_of(token)
    if holding and _acronym_taken_for_a_people(token):
        return not is_outlet(EntityKind.ORG, [token.text])  # "the MSNBC forum": on the air
    if entity is None and _named_by_organisation(token):
        return True  # "testified before the House intelligence committee"
    if entity is None or entity.label_ != "ORG" or _is_person(token):
        return False  # "four Trump events": the tagger's organisation is the cast's person
    # "the American Legion convention" tagged whole: the holder's name ends at the holder
    # ("the Black Women's Agenda Symposium" is an occasion by name, whose holder goes unnamed)
    run_on = holding and entity.end > token.i + 1 and not entity[-1].is_title
    last = (token if run_on else entity[-1]).lemma_.lower()
    words = re.findall(r"[\w-]+", entity.text)
    outlet = is_outlet(LABEL_KINDS[entity.label_], words)  # "the NBC forum": on the air
    venues = lex.VENUE_WORDS | lex.HOSTED_OCCASION_NOUNS | lex.PLACE_NOUNS
    if holding:
        venues -= lex.BODY_OR_PREMISES_WORDS
    return not outlet and last not in venues


def _acronym_taken_for_a_people(token: Token) -> bool:
    """ "the NAACP convention", "the CPAC conference": an acronym of capitals the tagger took
    for a people, or left untagged, is an organisation's short name — a nation, a faith or a
    party is never written so."""
    letters = token.text.replace("-", "").replace("&", "")
    untagged = token.ent_type_ in ("NORP", "") and token.pos_ == "PROPN"
    return untagged and len(letters) >= 3 and letters.isalpha() and token.is_upper


def _own_occasion(host: Token, verb: Token) -> bool:
    """ "Trump spoke at Trump Tower", "Cruz appeared at a Cruz for President event": the host
    bears the name of the one who spoke; "X, the chief executive of Goldman Sachs, told Goldman
    Sachs employees": the speaker is described as the host's own."""
    entity = _entity_of(host)
    hosted = {t.lower_ for t in entity} if entity is not None else {host.lower_}
    speakers = {t.lower_ for s in subjects(verb) for t in (_entity_of(s) or [s])}
    described = {t.lower_ for s in subjects(verb) for t in s.subtree if t.pos_ == "PROPN"}
    return bool(hosted & (speakers | described))


def _appearance_kind(host: Token) -> Relation:
    """Testimony, or an appearance before a hearing body, is a meeting with it; a speech at an
    organisation's occasion, a visit to it."""
    entity = _entity_of(host)
    name = list(entity) if entity is not None else [host]
    # "the Senate Select Committee on Intelligence": the body's word comes before its remit
    links = [i for i, word in enumerate(name) if i and word.lower_ in ("on", "for", "of")]
    last = name[links[0] - 1] if links else name[-1]
    hearing = last.lower_ in lex.HEARING_BODY_WORDS
    return Relation.MEET if hearing else Relation.VISIT


def _done_together(verb: Token) -> bool:
    """ "appeared together", "campaigned together": the subjects were in one place at once —
    not "appeared on the ballot together", on a list or a page."""
    listed = any(p.lemma_.lower() in lex.LISTING_NOUNS for p in _prep_objects(verb, ("on", "in")))
    return not listed and any(c.dep_ == "advmod" and c.lower_ == "together" for c in verb.children)


def _companions(verb: Token) -> list[Token]:
    """ "Warren campaigned with Clinton in Cincinnati", "appeared alongside Sen. X": the named
    people one campaigned or appeared beside shared the stage — the guide's rally appearance
    together (not "campaigned with a message", nor a crowd: "rallied with supporters")."""
    if _fixed_lemma(verb) not in lex.COMPANION_VERBS:
        return []
    beside = _partner_preps(verb, lex.COMPANION_PREPOSITIONS) + _escorts(verb)
    return [p for p in beside if _is_person(p)]


def _shared_stage(verb: Token) -> bool:
    """ "X and Y shared the debate stage", "shared a platform with Y": named people on one stage
    appeared together (not "shared a view with Y", nor parties that "shared the stage")."""
    staged = any(o.lemma_.lower() in lex.STAGE_NOUNS for o in _objects(verb))
    partners = _partner_preps(verb, ("with",)) + _shared_with(verb)
    joined = [_coordinated(s) for s in subjects(verb)]
    pair = any(len(j) > 1 and all(_is_person(t) for t in j) for j in joined)
    return staged and (pair or any(_is_person(p) for p in partners))


def _in_someones_company(verb: Token) -> list[Token]:
    """ "sat with X at the dinner", "was seated next to X", "stood beside X", "spent the afternoon
    with Y": a named person one sat or stood beside or spent time with was met (not "sat well
    with voters", "spent millions with the firm")."""
    lemma = _fixed_lemma(verb)
    beside = [a for a in verb.children if a.lower_ == "next" and a.dep_ == "advmod"]
    seated = lemma == "seat" and _seated_in_the_past(verb)
    if (lemma == "sit" or seated) and not any(c.lower_ in lex.MANNER_WORDS for c in verb.children):
        heads = [verb, *beside]
        partners = [p for h in heads for p in _prep_objects(h, lex.BESIDE_PREPOSITIONS)]
    elif lemma == "stand" and _stood_there(verb):  # "stood beside X" (not "stood with Israel")
        partners = _prep_objects(verb, lex.STANDING_PREPOSITIONS)
        partners += [p for h in beside for p in _prep_objects(h, ("to",))]
    elif lemma == "spend" and any(o.lemma_.lower() in lex.TIME_NOUNS for o in _objects(verb)):
        partners = _prep_objects(verb, ("with",))
    else:
        partners = []
    return [p for p in partners if _is_person(p) or _names_in_apposition(p)]


def _seated_in_the_past(verb: Token) -> bool:
    """ "was seated next to X at the dinner": a seat taken — not a host's seating plan ("we
    settled on seating her next to X", "the executives are seated next to Y")."""
    return any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


def _stood_there(verb: Token) -> bool:
    """ "stood beside X at the ceremony": a scene told in the past — not where one stands in
    the polls ("stands beside X"), nor support through a time ("stood beside him through the
    scandal")."""
    support = any(c.dep_ == "prep" and c.lower_ in lex.SUPPORT_PREPOSITIONS for c in verb.children)
    return verb.tag_ == "VBD" and not support


def _place_owners(verb: Token) -> list[Token]:
    """ "went to Trump's house", "flew to the Hamptons home of X", "stayed at X's residence":
    going to or staying at a named person's home or office is a visit to that person."""
    lemma = _fixed_lemma(verb)
    places = _prep_objects(verb, ("to",)) if lemma in lex.MOTION_VERBS else []
    places += _prep_objects(verb, ("at",)) if lemma in lex.STAYING_VERBS else []
    return [owner for p in places if (owner := _office_holder(p)) is not None]


def _on_the_air(verb: Token) -> bool:
    """ "appeared with X on his program", "on Fox News": beside someone on a show, on the air
    (a statement, not a meeting — the real-news guide), wherever the parser hung the "on"."""
    companions = _prep_objects(verb, lex.COMPANION_PREPOSITIONS)
    shows = [s for h in (verb, *companions) for s in _prep_objects(h, lex.SHOW_PREPOSITIONS)]
    for show in shows:
        entity = _entity_of(show)
        words = re.findall(r"[\w-]+", entity.text) if entity is not None else []
        outlet = entity is not None and entity.label_ == "ORG" and is_outlet(EntityKind.ORG, words)
        if outlet or show.lemma_.lower() in lex.SHOW_NOUNS:
            return True
    return False


def _received_in_a_place(verb: Token) -> bool:
    """ "welcomed Omar Vale to the White House", "received her at the palace", "received Rex
    Tillerson at the Kremlin": a named guest received in a building or a place, or at a body's
    seat — not "welcomed X to the race", "received an award", "welcomed X to the party"."""
    guests = [o for o in _objects(verb) if _is_person(o) or o.tag_ == "PRP"]
    places = _prep_objects(verb, ("to", "at", "in"))
    seats = _prep_objects(verb, ("at",))
    return bool(guests) and (
        any(
            p.ent_type_ in lex.PLACE_ENTITY_LABELS | {"FAC"} or p.lemma_.lower() in lex.HOME_NOUNS
            for p in places
        )
        or any(p.ent_type_ == "ORG" for p in seats)
    )


def _gives_a_heads_up(verb: Token) -> bool:
    """ "gave Omar Vale a heads-up", "gave him a heads up": a warning given to a person
    (the parser splits the word two ways; the person is the verb's indirect object)."""
    words = [t.lower_ for t in verb.subtree if t.i > verb.i and t.lower_ != "-"]
    told = [c for c in verb.children if c.dep_ == "dative" and _may_be_person(c)]
    return bool(told) and ("heads", "up") in pairwise(words)


def _idiom_partners_with(verb: Token) -> list[Token]:
    """ "checked in with X", "touched base with Y", "crossed paths with Z": the other side
    behind the "with" after the idiom's fixed word (particle or object, on which the parser
    may hang the "with") — none without it ("checked in at the hotel", "crossed the border")."""
    idiom = lex.PARTNER_IDIOMS.get(_fixed_lemma(verb))
    if idiom is None:
        return []
    fixed = [
        c for c in verb.children if c.dep_ in ("prt", "dobj", "advmod") and c.lower_ == idiom[0]
    ]
    return [p for head in (verb, *fixed) for p in _partner_preps(head, ("with",))] if fixed else []


def _met_by_chance(verb: Token) -> list[Token]:
    """ "ran into X at the airport", "bumped into Y": a named person come upon was met (not
    "ran into trouble", "ran into opposition from Z")."""
    if _fixed_lemma(verb) not in lex.CHANCE_VERBS:
        return []
    return [p for p in _prep_objects(verb, ("into",)) if _is_person(p)]


def _in_person_idiom(verb: Token) -> Token | None:
    """The last word of "face to face" or "one on one" (hyphenated or not) right after the
    verb, or None."""
    words = [t for t in verb.doc[verb.i + 1 : verb.sent.end] if t.text != "-"]
    for idiom in lex.IN_PERSON_IDIOMS:
        told = words[: len(idiom)]
        if tuple(t.lower_ for t in told) == idiom:
            return told[-1]
    return None


def _idiom_partners(verb: Token) -> list[Token]:
    """ "sat face to face with X", "met one on one at the White House with Y": the partner
    behind the first "with" after the idiom, before another verb starts a clause of its own."""
    end = _in_person_idiom(verb)
    if end is None:
        return []
    for word in verb.doc[end.i + 1 : verb.sent.end]:
        if word.pos_ in ("VERB", "AUX"):
            return []
        if word.lower_ == "with" and word.pos_ == "ADP":
            return [p for p in word.children if p.dep_ == "pobj"]
    return []


def _coordinated_subject(verb: Token) -> bool:
    """ "He and the developer X negotiated a deal", "Y and Z huddled for an hour": subjects
    joined by "and" are each other's other side — for a verb of debating, only named people who
    debated, with no question or matter debated ("X and Y debated in Flint", not "Republicans
    and Democrats debated the bill", nor "X and Y have debated whether …", a public argument)."""
    debating = _fixed_lemma(verb) in lex.DEBATING_VERBS
    if debating and any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    return any(
        c.dep_ in _SUBJECT_DEPS
        and len(_coordinated(c)) > 1
        and not (debating and not all(_is_person(t) for t in _coordinated(c)))
        for c in verb.children
    )


def _occasion_head(verb: Token) -> Token:
    """ "sat down to dinner with X", "communicated on a routine basis with X": the partner
    hangs on the occasion or the frequency, not on the verb."""
    occasion = next(
        (
            p
            for prep in verb.children
            if prep.dep_ == "prep"
            for p in prep.children
            if p.dep_ == "pobj"
            and (prep.lower_ in lex.OCCASION_PREPOSITIONS or p.lemma_.lower() in lex.BASIS_NOUNS)
            and _partner_preps(p, ("with",))
        ),
        None,
    )
    return occasion if occasion is not None and not _partner_preps(verb, ("with",)) else verb


def _travels(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in lex.COMPANY_VERBS


def _in_company(verb: Token) -> bool:
    """ "flew to Germany with the family of X", "toured the damage with Y": travelling
    together, told as done (not "travels with the candidate", a habit, nor "flew with his
    wife and two sons to Addis Ababa": one's own family along is no other side)."""
    companions = _partner_preps(verb, ("with",)) + _shared_with(verb) + _escorts(verb)
    others = [p for c in companions for p in _joined_past_apposition(c) if not _own_along(p)]
    return verb.tag_ == "VBD" and any(_may_be_person(c) for c in others)


def _joined_past_apposition(head: Token) -> list[Token]:
    """ "with his son Eric and Paul Manafort", "Donald Trump Jr., Kushner and Manafort", "his
    friend, William Drake, also a pilot, and his wife, Ms. Schifano": the parser joins the next
    person to the apposition, not to the one it stands beside (not "Roger Ailes (Fox News
    Chairman and CEO)", titles of one man, nor "two guests: X, … and Y", a list the plural
    names)."""
    if head.tag_ in {"NNS", "NNPS"} or head.pos_ not in {"NOUN", "PROPN"}:
        return list(_coordinated(head))
    joined = [c for a in head.children if a.dep_ == "appos" for c in _coordinated(a)[1:]]
    return [*_coordinated(head), *(c for c in joined if _is_person(c) or _names_in_apposition(c))]


def _particle_next(verb: Token, particle: str | None) -> bool:
    """ "turned over 30,000 emails": the model reads the particle as "more than" in front of a
    number; right behind the verb it is the verb's own."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return particle is not None and following is not None and following.lower_ == particle


def _sends_to_a_person(verb: Token) -> bool:
    """ "sent photos to a woman", "sent the draft to Ms. Vale": something sent to a person is
    a message ("sent it to the campaign") — not a person sent somewhere ("sent an aide to
    Capitol Hill", "sent him to Oslo"), nor a thing sent to a place or an outlet ("sent
    screen shots to the Post": the outlet is no party)."""
    if any(_is_money(o) for o in _things_sent(verb)):
        return False  # "sent $2,700 to the campaign", "the money they send home": a payment
    recipients = _partner_preps(verb, ("to",))
    if any(_may_be_person(r) for r in recipients):
        taken = {r.i for r in recipients}  # "forwarded the memo to X": X is no thing sent
        return not any(_person_like(o) for o in _objects(verb) if o.i not in taken)
    # "sent Ms. Vale a letter": the first object the one sent to, the second the thing sent
    objects = [c for c in verb.children if c.dep_ in ("dative", "dobj") and c.pos_ != "ADP"]
    if _message_told_of(verb):  # "the letter she sent Ms. Vale": the one object, sent to
        return any(_may_be_person(o) for o in objects)
    things = [o for o in objects if o.dep_ == "dobj" and not _person_like(o)]
    return any(
        _person_like(o) and _may_be_person(o) and o.i < thing.i for o in objects for thing in things
    )


def _message_told_of(verb: Token) -> bool:
    """ "the letter the campaign sent the committee": a relative clause of a message noun,
    whose gap is the message sent."""
    message = lex.NOUN_TRIGGERS.get(_trigger_lemma(verb.head)) is Relation.MESSAGE
    return verb.dep_ == "relcl" and _is_nominal(verb.head) and message


def _things_sent(verb: Token) -> list[Token]:
    """What the verb sends or hands: its objects, or the noun its relative clause tells of
    ("the emails she turned over to the department")."""
    return _objects(verb) or ([verb.head] if verb.dep_ == "relcl" else [])


def _is_money(token: Token) -> bool:
    """ "$2,700", "the money", "contributions": what a payment moves."""
    return token.ent_type_ == "MONEY" or token.lemma_.lower() in lex.MONEY_NOUNS


def _person_like(token: Token) -> bool:
    """A name, a pronoun or a noun for people."""
    lemma = token.lemma_.lower()
    return token.lower_ in lex.PERSONAL_OBJECTS or _is_person(token) or lemma in lex.PERSON_NOUNS


def _speaks_out(verb: Token) -> bool:
    """ "Republicans and generals have begun to speak out", "talked up his record": speaking
    in public or praising, to no one in particular — unless someone is spoken to."""
    particle = any(c.dep_ == "prt" and c.lower_ in lex.PUBLIC_PARTICLES for c in verb.children)
    return particle and not _partner_preps(verb, ("with", "to"))


def _what_was_spoken(verb: Token) -> bool:
    """ "spoke Hebrew", "speak the language of partnership", "Speaking on radio show X's
    Jukebox" (the show misread as the object): the object of "speak" is the tongue or the
    words, never the listener, who stands behind "to" or "with"; "talk" takes one ("talked
    him into running") unless the object is a language."""
    objects = _other_sides(verb)
    if verb.lemma_.lower() == "speak" and objects and not _partner_preps(verb, ("to", "with")):
        return True
    return any(_is_language(o) for o in objects)


def _with_one_voice(verb: Token) -> bool:
    """ "X and Y are speaking to voters with one voice": saying the same thing, a likeness of
    message and no talk between anyone."""
    return any(
        v.lemma_.lower() == "voice" and any(c.lower_ in lex.ONE_VOICE_WORDS for c in v.children)
        for v in _prep_objects(verb, ("with", "in"))
    )


def _is_language(token: Token) -> bool:
    return token.ent_type_ in {"LANGUAGE", "NORP"} or token.lemma_.lower() == "language"


def _names_something(call: Token) -> bool:
    """ "called the reports absurd", "called him a liar": calling names, it does not phone. A
    name alone after "called" is whom it phoned, whatever the parser made of it ("Obama called
    Naghmeh Abedini")."""
    complements = [
        c
        for c in call.children
        if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")
        and c.lower_ != "back"  # "called him back two days later": a call returned
        and not purpose_clause(c)
        and not _clause_of_its_own(call, c)
    ]
    passive = any(c.dep_ == "auxpass" for c in call.children)  # "has been called a Republican X"
    named = bool(complements) and (passive or _objects(call) != complements)
    return (
        named
        or _quotes_a_name(call)
        or _renames_pronoun(call)
        or _naming_participle(call)
        or _bare_second_noun(call)
    )


def _naming_participle(call: Token) -> bool:
    """ "a competition called the House to Home Prize", "a group called Veterans for Peace": a
    participle after a noun gives the noun its name (the model sometimes tags it a past tense:
    "a super PAC called Future 45 ran ads", where another verb is the sentence's) — not "a
    voter calling his senator", nor a sentence whose only verb the model hung on its subject
    ("Omar Vale called Ann Diaz, the new governor, on Tuesday")."""
    if call.dep_ != "acl":
        return False
    root = call.sent.root
    return call.tag_ == "VBN" or (call.tag_ == "VBD" and root.pos_ in ("VERB", "AUX"))


def _bare_second_noun(call: Token) -> bool:
    """ "called her fallen son her hero": a common noun phrase right after the object, with no
    comma between, is the name given (the model hangs it on the object as an apposition); one
    set off by commas describes whom X phoned ("called Clara Powers, a delegate,"), and a name
    is whom ("called her brother Tom")."""
    return any(
        a.dep_ == "appos" and a.pos_ == "NOUN" and a.left_edge.i == o.i + 1
        for o in _objects(call)
        for a in o.children
    )


def _clause_of_its_own(call: Token, complement: Token) -> bool:
    """ "called him just before he boarded, … he was excited": after the person phoned, a
    clause with a subject of its own tells something else; it gives the person no name."""
    phoned = [c for c in call.children if c.dep_ in _OBJECT_DEPS and c.i < complement.left_edge.i]
    return bool(phoned) and any(k.dep_ in _SUBJECT_DEPS for k in complement.children)


def _calls_on(call: Token) -> bool:
    """ "called on Michigan's governor to resign", "calls on Congress to act": calling on
    someone urges them, in public; it phones no one (not "called on Tuesday to thank him")."""
    after = call.doc[call.i + 1] if call.i + 1 < len(call.doc) else None
    if after is None or after.lower_ != "on":
        return False
    return not any(o.ent_type_ in ("DATE", "TIME") for o in after.children if o.dep_ == "pobj")


def _calls_a_vote(call: Token) -> bool:
    """ "called a referendum", "called a snap election", "the initiative was called by the
    party": convening a vote phones no one, told actively or in the passive."""
    passive = [s for s in call.children if s.dep_ == "nsubjpass"]
    called = [o for o in _objects(call) if o.pos_ == "NOUN"] + passive
    return any(o.lemma_.lower() in lex.CALLED_VOTES for o in called)


def _meets_a_goal(verb: Token) -> bool:
    """ "met the deadline", "a threshold met only by two candidates": a goal is met, not a
    person."""
    goals = [verb.head] if verb.dep_ == "acl" else []
    goals += [c for c in verb.children if c.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS]
    return any(g.lemma_.lower() in lex.GOAL_NOUNS for g in goals)


def purpose_clause(clause: Token) -> bool:
    """ "called Sanders to congratulate him": an infinitive of purpose says why X phoned, it
    gives X no name."""
    return clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    )


_NAME_QUOTE_WINDOW = 3  # tokens after "calls" within which a quotation is the name it gives


def _quotes_a_name(call: Token) -> bool:
    """ "calls her “an extremely intelligent woman”", "a campaign he calls ''Confident
    America''": a quotation opening right after the verb or its object is the name given — or
    inside the object's own phrase, where the parser hung the quoted name on it as an
    apposition ("called Mrs. Roe an ''Aunt Tom''", "called Clinton, his rival, an ISIS
    “co-founder”"), not in a clause of its own ("called Vale, who said “no”")."""
    text = text_of(call.doc)
    openings = per_doc(call.doc, "onrecord.quote_openings", lambda d: _quote_openings(text))
    objects = _objects(call)
    starts = [call.i, *(o.right_edge.i for o in objects), *_asides_ends(call)]
    following = [t for i in starts for t in call.doc[i + 1 : i + 1 + _NAME_QUOTE_WINDOW]]
    phrases = [t for o in objects for t in _own_phrase(o) if t.i > o.i]
    return any(t.idx in openings for t in (*following, *phrases)) or _inner_quote_name(call)


def _inner_quote_name(call: Token) -> bool:
    """ "“He keeps calling me ‘Little Marco’,” Rubio said": inside a quote, the name given
    stands in single marks, which open no quotation of their own — right after the verb or
    the person named (not "called his office to say ‘thanks’")."""
    text = text_of(call.doc)
    ends = [call.i, *(o.right_edge.i for o in _objects(call))]
    return any(
        i + 1 < len(call.doc) and SINGLE_OPENING.match(text, call.doc[i + 1].idx) is not None
        for i in ends
    )


def _renames_pronoun(call: Token) -> bool:
    """ "keeps calling me Lyin' Ted", "calling President Obama an “ignorant baboon”": a second
    object after a pronoun, or a common noun with "a"/"an" as the second object, is the name
    given; a person phoned is one object ("called Ann Diaz")."""
    objects = sorted(_objects(call), key=lambda o: o.i)
    return len(objects) > 1 and (objects[0].tag_ == "PRP" or _indefinite_noun(objects[-1]))


def _indefinite_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children
    )


def _asides_ends(verb: Token) -> list[int]:
    """ "calling him, among other things, “a failed candidate”": a phrase set off by commas
    after the verb is an aside; what follows it still follows the verb."""
    doc = verb.doc
    return [
        c.right_edge.i
        for c in verb.children
        if c.dep_ in ("prep", "advmod")
        and c.i > verb.i
        and doc[c.left_edge.i - 1].text == ","
        and c.right_edge.i + 1 < len(doc)
        and doc[c.right_edge.i + 1].text == ","
    ]


def _own_phrase(head: Token) -> Iterator[Token]:
    """The head and what hangs on it, short of a clause of its own (a relative clause, a
    participle, a complement)."""
    yield head
    for child in head.children:
        if child.dep_ not in _CLAUSE_EDGES | {"acl"}:
            yield from _own_phrase(child)


def _quote_openings(text: str) -> frozenset[int]:
    return frozenset(q.start for q in find_quotes(text))


def _show_hosts(head: Token) -> list[Token]:
    """ "on X's show", "into X's program": the person whose show a guest was on or called
    into, its host, met or spoken to on the air."""
    return [
        host
        for show in _prep_objects(head, lex.SHOW_PREPOSITIONS)
        if show.lemma_.lower() in lex.SHOW_NOUNS
        for host in show.children
        if host.dep_ == "poss" and _is_person(host)
    ]


def _objects(verb: Token) -> list[Token]:
    """Whom the verb acts on: its objects, the person after "wrote to", and a name the parser
    took for a complement when nothing else is the object ("called Naghmeh Abedini", "called a
    delegate candidate, Clara Powers,": a description followed by the name is no name given)."""
    found = [c for c in verb.children if c.dep_ in _OBJECT_DEPS and c.pos_ != "ADP"]
    found += [
        p
        for c in verb.children
        if c.dep_ == "dative" and c.pos_ == "ADP"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if found:
        return found
    return [
        c
        for c in verb.children
        if c.dep_ == "oprd" and (c.pos_ == "PROPN" or _names_in_apposition(c))
    ]


def _names_in_apposition(token: Token) -> bool:
    """ "a delegate candidate, Clara Powers": a person's name set beside the noun."""
    return any(c.dep_ == "appos" and _is_person(c) for c in token.children)


def _by_phone(verb: Token) -> bool:
    return any(
        p.lemma_.lower() in lex.PHONE_WORDS for p in _prep_objects(verb, lex.MEANS_PREPOSITIONS)
    )


def _has_object(verb: Token, words: frozenset[str]) -> bool:
    """One of ``words`` as the verb's object ("shook hands"), or as the word said ("said hello
    to X", which the parser reads as an interjection)."""
    return any(c.dep_ in _OBJECT_DEPS | {"intj"} and c.lower_ in words for c in verb.children)


def _has_person_object(verb: Token) -> bool:
    """A name, a pronoun or a noun for people acted on — not a law, an event or a date named
    ("helped write the Affordable Care Act")."""
    objects = [
        o
        for o in _acted_on(verb)
        if o.ent_type_ not in lex.NON_PARTY_ENTITY_LABELS | lex.WORK_LABELS
        or _is_person(o)  # "Obama" as GPE
    ]
    # "writing an op-ed": a name holds a capital ("eBay" too), whatever the tagger made of "ed"
    named = [o for o in objects if o.pos_ == "PROPN" and not o.text.islower()]
    return bool(named) or any(
        o.pos_ == "PRON" or o.lemma_.lower() in lex.PERSON_NOUNS for o in objects
    )


def _acted_on(verb: Token) -> list[Token]:
    """Whom the verb acts on: its objects and the person after "to", or, in the passive ("X was
    interviewed by Y"), its subject."""
    found = _objects(verb) + _partner_preps(verb, ("to",)) + _passive_patient(verb)
    if _fixed_lemma(verb) in lex.PLEADING_VERBS:
        found += _partner_preps(verb, ("with",))  # "pleaded with X to stay"
    if any(c.dep_ == "auxpass" for c in verb.children):
        found += [c for c in verb.children if c.dep_ == "nsubjpass"]
    return [_office_holder(f) or f for f in found]


def _passive_patient(verb: Token) -> list[Token]:
    """ "Omar Vale, flanked by X and Y, …": a passive participle with its agent, set off by
    commas, describes the noun it hangs on as the agents acted on it (not "the meeting with Ryan
    joined by other leaders", a parse of a plan)."""
    agented = any(c.dep_ == "agent" for c in verb.children)
    aside = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" and agented and aside else []


def _meets_named_person(verb: Token) -> bool:
    """ "was joined by X", "joined her at the rally": a person named or pointed at, and met
    somewhere — not "joined the campaign", "joined the Senate" or "joined him as a critic"."""
    agents = _prep_objects(verb, ("by",))
    others = _acted_on(verb) + agents
    named = any(_is_person(o) or o.lower_ in lex.PERSONAL_OBJECTS for o in others)
    scene = bool(agents) or any(
        c.dep_ == "prep" and c.lower_ in lex.PLACE_PREPOSITIONS | lex.OCCASION_PREPOSITIONS
        for c in verb.children
    )
    return named and scene


def _is_audience(token: Token) -> bool:
    """People or a body spoken before: a person's or an organisation's name or a noun for people
    — not an occasion ("the convention") unless a body's own, a place or a whole people."""
    if token.ent_type_ in lex.PLACE_ENTITY_LABELS or _a_people(token):
        return False
    if token.lemma_.lower() in lex.OCCASION_NOUNS:
        return _holding_body(token) is not None  # "the annual meeting of X": X is spoken to
    return token.ent_type_ in ("PERSON", "ORG") or token.lemma_.lower() in lex.PERSON_NOUNS


def _seen_with_a_person(verb: Token) -> bool:
    """ "X was seen with Trump": seen in someone's company, X was with them."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and any(_may_be_person(p) for p in _partner_preps(verb, ("with",)))


def _tells_a_named_person(verb: Token) -> bool:
    """ "told Sen. Jeff Flake that …": someone told by full name, by the surname of a person
    the story named in full before ("Michael Flynn … Kislyak told Flynn"), after an office
    ("told President Clinton") or by "him" or "her" where both were, was spoken to, face
    to face or on the air; "told reporters" or "told the Times" names no party, nor does a
    journalist told for their outlet ("told Jane Roe of the Gazette": an interview). A one-word
    name with no one named in full before is as often an outlet the small model takes for a
    person ("told Fox")."""
    return any(
        (o.lower_ in _PERSONAL_LISTENERS and _told_somewhere(verb))
        or (
            (entity := _entity_of(o)) is not None
            and entity.label_ == "PERSON"
            and (len(entity) > 1 or _named_in_full_before(entity) or _styled_by_office(entity))
            and not _prep_objects(o, ("of",))
        )
        for o in _objects(verb)
    )


# "told him at a London hotel that …": a person, whom the cast names, never an outlet
_PERSONAL_LISTENERS = frozenset({"him", "her"})


def _told_somewhere(verb: Token) -> bool:
    """ "told him at a London hotel", "told her over breakfast": a telling set where both
    were. Only there is "him" or "her" taken as the one told: a pronoun's person is a guess
    the record should not build a contact on when the sentence gives nothing more."""
    return _place(verb, Relation.CONTACT) is not None or _occasion_in(verb, _SCENE_WORDS)


_SCENE_WORDS = lex.SCENE_OF_OCCASION | lex.MEAL_SCENE_PREPOSITIONS  # "at a dinner", "over lunch"


def _occasion_in(verb: Token, prepositions: frozenset[str]) -> bool:
    """Whether the verb is set at, over or after an occasion ("at the gala", "over
    breakfast", "after the speech"), by one of ``prepositions``."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in prepositions
        and noun.dep_ == "pobj"
        and noun.lemma_.lower() in lex.OCCASION_NOUNS
        for prep in verb.children
        for noun in prep.children
    )


def _styled_by_office(name: SpacySpan) -> bool:
    """ "told President Clinton", "told Sen. Flake": a one-word name after an office of state or
    an honorific is a person's, never an outlet's (a press title is no office: "host Hannity")."""
    before = name.doc[name.start - 1] if name.start > 0 else None
    return before is not None and before.lower_ in OFFICE_STYLES


def _named_in_full_before(name: SpacySpan) -> bool:
    """A one-word name the story gave earlier as a person's surname ("Michael Flynn"), not as a
    journalist's ("Jane Roe of the Gazette", "Jane Roe, a Gazette reporter", "host Jane Roe")."""
    earlier = [
        entity
        for entity in name.doc.ents
        if entity.label_ == "PERSON"
        and len(entity) > 1
        and entity.end <= name.start
        and entity[-1].text == name.text
    ]
    return bool(earlier) and not any(_introduced_as_press(entity) for entity in earlier)


def _introduced_as_press(person: SpacySpan) -> bool:
    """A name given with a title of the press (:func:`press_titled`) or the outlet it works
    for ("of the Gazette")."""
    head = person[-1]
    return press_titled(head) or bool(_prep_objects(head, ("of",)))


def _addresses_a_named_party(verb: Token) -> bool:
    """ "complained to Sen. Jeff Flake", "complained to the league", "vented to her husband,
    Frank Fiorina": a person by full name (beside the noun or as its apposition) or an
    organisation is addressed behind "to"; an unnamed one ("an American") or a crowd is not."""
    return any(
        (entity := _entity_of(named)) is not None
        and (entity.label_ == "ORG" or (entity.label_ == "PERSON" and len(entity) > 1))
        for p in _partner_preps(verb, ("to",))
        for named in (p, *(c for c in p.children if c.dep_ == "appos"))
    )


def _addresses_a_person(verb: Token) -> bool:
    """ "pressed Yanukovych to sign", "was urged by X to run", not "pressed Israel to freeze
    settlements" (a country's policy) nor "reassured Russians" (a whole people)."""
    return any(_may_be_person(o) for o in _acted_on(verb))


def _made_in_an_appeal(verb: Token) -> bool:
    """ "a petition asking Clinton to …", "launched a petition campaign on Wednesday asking
    Clinton to …": the push is the appeal's, made to the public."""
    if verb.dep_ == "acl":
        carriers = [verb.head]
    elif verb.dep_ == "advcl":
        carriers = [o for o in verb.head.children if o.dep_ == "dobj"]
    else:
        return False
    words = (w for n in carriers for w in (n, *(c for c in n.children if c.dep_ == "compound")))
    return any(w.lemma_.lower() in lex.PUBLIC_APPEALS for w in words)


def _pressed_in_public(verb: Token) -> bool:
    """ "At a press conference, the families urged the senator to apologize", "pressed X in a
    speech", "publicly urged Y": a push made where the public hears it is pressure through
    the press, not a word to the person (the guide)."""
    heads = [verb, *_ancestors_within_clause(verb)]
    if any(c.lower_ == "publicly" for h in heads for c in h.children):
        return True
    if _made_in_an_appeal(verb):
        return True
    scenes = [s for h in heads for s in _prep_objects(h, lex.SCENE_OF_OCCASION)]
    return any(_public_scene(s) for s in scenes)


def _led_away(verb: Token) -> bool:
    """ "was escorted off the premises", "was accompanied out": in the passive with no one
    named doing it, the one escorted met no one."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and not any(c.dep_ == "agent" for c in verb.children)


def _escorted_by_own(verb: Token) -> bool:
    """ "accompanied by his wife", "accompanied their children", "accompanied by Secret
    Service agents", "X, a former aide who accompanied her": one side is only one's own family,
    guards or staff along (the guide: one's own people are no other side)."""
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children]
    sides = (agents or subjects(verb), _acted_on(verb))
    return any(side and all(_own_along(p) for s in side for p in _coordinated(s)) for side in sides)


def _own_along(party: Token) -> bool:
    """A word for one's family, guards or staff, or a name described as one ("X, an aide") —
    not someone else's ("the family of Omar Vale", "Vale's family")."""
    own = lex.KIN_NOUNS | lex.GUARD_NOUNS | lex.OWN_PEOPLE_NOUNS
    described = [a for a in party.children if a.dep_ == "appos"]
    return not _someone_elses(party) and any(
        w.lemma_.lower() in own or w.lower_ in own for w in [party, *described]
    )


def _someone_elses(party: Token) -> bool:
    """ "the family of Omar Vale", "Vale's family": another's people, a party of their own."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "poss" and c.pos_ == "PROPN")
        for c in party.children
    )


def _traded_in_public(verb: Token) -> bool:
    """ "X and Y traded insults on Twitter", "argued with X in dueling interviews", "traded
    barbs online": words traded where the public hears them, or on a platform, are no word
    between the two (the guide's pressure through the press)."""
    if any(c.dep_ == "advmod" and c.lower_ in lex.ONLINE_WORDS for c in verb.children):
        return True  # "traded barbs online"
    scenes = [t for t in _own_clause(verb) if _platform(t) or _public_scene(t)]
    return _pressed_in_public(verb) or any(_told_as_scene(s, verb) for s in scenes)


def _told_as_scene(word: Token, verb: Token) -> bool:
    """ "on Twitter", "in dueling interviews": the word sits behind a preposition of the scene
    on its way up to the verb (not "traded insults with the host of the show")."""
    path = []
    for above in word.ancestors:
        if above.i == verb.i:
            break
        path.append(above)
    return any(p.dep_ == "prep" and p.lower_ in lex.SCENE_OF_OCCASION for p in path)


def _pushed_while_saying(verb: Token) -> bool:
    """ "He said the talks had stalled, but he pressed X to do more": a push coordinated with
    a statement is part of what was said, in public or to the press — no word to the person
    (not "told X …, and urged him to", where the telling is itself the contact)."""
    linked = [verb.head] if verb.dep_ == "conj" else []
    linked += [c for c in verb.children if c.dep_ == "conj"]
    return any(t.pos_ == "VERB" and t.lemma_.lower() in lex.SAYING_VERBS for t in linked)


def _written_work(verb: Token) -> bool:
    """ "'Harbor Lights' was written by X in 1999": the subject of a passive "written" is the
    work written — a song, a book — not someone written to (not "a letter was written to Y")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and not _partner_preps(verb, ("to",))


def _persuaded_of_a_belief(verb: Token) -> bool:
    """ "has persuaded donors and party elders that he can win": persuading people of a belief
    is won over time, a relation with no occasion (the guide) — not "persuaded X to veto the
    bill", a push to act. A "that" clause the parser hangs on the last object ("persuaded
    donors, elders and colleagues that he …") is the belief all the same."""
    children = list(verb.children)
    believes = any(c.dep_ == "ccomp" for c in children) or any(
        t.dep_ == "mark" and t.lower_ == "that" for t in verb.subtree
    )
    return believes and not any(c.dep_ == "xcomp" for c in children)


def _joined_in_a_cause(verb: Token) -> bool:
    """ "joined X in calling for an inquiry", "governors joined Y in trying to bar refugees",
    "was joined by Y in the winners' circle": joining someone in doing something, or in a
    rank, a race or a chorus, is taking their side or their place, no occasion where they met
    (not "joined X in Iowa", "joined her at the rally")."""
    return any(
        g.tag_ == "VBG" or g.lemma_.lower() in lex.STANDING_NOUNS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.dep_ in ("pcomp", "pobj")
    )


def _said_in_an_interview(verb: Token) -> bool:
    """ "told Jane Roe during an interview that …", "speaking in an interview on Sunday": talk
    whose scene is an interview is the interview itself, given to the press (the guide)."""
    heads = [verb, *_ancestors_within_clause(verb)]
    scenes = [s for h in heads for s in _prep_objects(h, lex.SCENE_OF_STATEMENT)]
    return any(s.lemma_.lower() == "interview" for s in scenes)


def _interviewed_by_one_person(verb: Token) -> bool:
    """ "Jane Roe interviewed the senator", "when he interviewed Clinton": one person who
    interviews someone in news copy is a journalist, and an interview is no contact (the
    guide); investigators interview as a body ("the committee interviewed X"), by title ("an
    FBI agent interviewed X"), or question a journalist as a witness ("interviewed reporter Y")."""
    if _is_nominal(verb) or any(press_titled(o) for o in _objects(verb)):
        return False
    doers = subjects(verb)
    return bool(doers) and all(
        (_is_person(d) or d.lower_ in ("he", "she", "i"))
        and not any(c.lemma_.lower() in lex.INVESTIGATOR_TITLES for c in d.subtree)
        for d in doers
    )


def _said_on_a_platform(verb: Token) -> bool:
    """ "lashed out at him on Facebook, telling X that …", "In a Facebook post, she told X to
    resign": words addressed to someone on a public platform are said to everyone, no word to
    the person — a private or direct message there is one ("told X in a private message on
    Twitter"). A participle shares the scene of the clause it hangs from."""
    heads = [verb, *_ancestors_within_clause(verb)]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not _aside_clause(verb):
        heads.append(verb.head)
    clause = {t for h in heads for t in _own_clause(h)}
    private = any(t.dep_ == "amod" and t.lower_ in lex.PRIVATE_WORDS for t in clause)
    scenes = [t for t in clause if t.dep_ == "pobj" and t.head.lower_ in ("on", "in")]
    return not private and any(_platform(s) for s in scenes)


def _platform(scene: Token) -> bool:
    """Twitter, Facebook, or a post or tweet on one."""
    return scene.lower_ in PLATFORM_NAMES or scene.lemma_.lower() in lex.PLATFORM_ITEMS


def _public_scene(scene: Token) -> bool:
    """A rally, a speech, an interview, a show, "public", or a press conference."""
    if scene.lemma_.lower() in lex.PUBLIC_SCENES:
        return True
    return scene.lemma_.lower() == "conference" and any(
        c.lower_ in lex.PRESS_EVENT_WORDS for c in scene.children if c.dep_ in ("compound", "amod")
    )


def _pressed_by_many(verb: Token) -> bool:
    """ "Fellow Republicans are urging Trump to …": a whole class of people pressing someone
    presses in public, through the press — no one took him aside (not "the RNC urged him")."""
    return any(
        s.tag_ in ("NNS", "NNPS") and s.ent_type_ != "ORG" and not _is_person(s)
        for s in subjects(verb)
    )


def _one_person(token: Token) -> bool:
    """A person by name, "him" or "her", or one person by a noun ("the candidate") — not a body,
    a crowd or a group ("Congress", "voters", "his senior staff")."""
    if _is_person(token) or token.lower_ in ("him", "her"):
        return True
    lemma = token.lemma_.lower()
    return token.tag_ == "NN" and lemma in lex.PERSON_NOUNS and lemma not in lex.COLLECTIVE_NOUNS


def _named_questioner(verb: Token) -> bool:
    """ "was pressed by ABC's host, Jane Roe, about …": pressed by a person named, face to face
    or on the air (not "pressed the spokesman on whether …", a questioner the text leaves
    unnamed among the press)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and any(_names_person(a) for a in _prep_objects(verb, ("by",)))


def _may_be_person(token: Token) -> bool:
    """A name that is not a place's or a people's (unless the cast knows it as a person's: the
    tagger takes "Obama" for a place), a pronoun, or a noun for people."""
    if _is_person(token):
        return True
    if token.ent_type_ in lex.PLACE_ENTITY_LABELS or _a_people(token):
        return False
    return token.pos_ in ("PROPN", "PRON") or token.lemma_.lower() in lex.PERSON_NOUNS


def _a_people(token: Token) -> bool:
    """ "reassure Russians": a nationality in the bare plural is a whole people, not a party."""
    return token.ent_type_ == "NORP" and token.tag_ == "NNPS" and not list(token.children)


def _names_person(token: Token) -> bool:
    """A person's name or a noun for people, alone or followed by the name ("the politics
    editor Oliver Darcy")."""
    named = [token, *(c for c in token.children if c.dep_ == "appos")]
    return any(_is_person(t) for t in named) or token.lemma_.lower() in lex.PERSON_NOUNS


def _audience(noun: Token) -> list[Token]:
    """The other side a partner-needing noun names behind its own preposition, or behind the
    verb that carries it ("had an interview with X"): a person or an organisation, never a
    place ("an appearance at the arena" meets no one)."""
    lemma = _trigger_lemma(noun)
    words = lex.NOUNS_NEEDING_PARTNER.get(lemma, frozenset())
    holders = _talk_holders(noun)
    found = [p for holder in holders for p in _prep_objects(holder, words)] + _distributed(noun)
    found = [_standing_for(p) for p in found if not _before_in_time(p)]
    if lemma in lex.TALK_NOUNS:  # "a speech to Goldman Sachs employees": to the firm
        found = [_members_body(p) or p for p in found] + _talks_hosts(noun, holders)
    found += [
        h for holder in (*holders, _occasion_verb(noun)) if holder for h in _show_hosts(holder)
    ]
    if lemma in lex.NOUNS_NEEDING_PERSON:
        return [p for p in found if _names_person(p)]
    # "a speech to the Economic Club": a club spoken to is the body, not its premises
    heard = lemma in lex.TALK_NOUNS
    return [
        p
        for p in found
        if (p.lemma_.lower() not in lex.PLACE_NOUNS or (heard and _hosting_body(p, holding=True)))
        and p.ent_type_ not in lex.PLACE_ENTITY_LABELS
        and (p.ent_type_ in LABEL_KINDS or _may_be_person(p) or _named_by_organisation(p))
    ]


def _talk_holders(noun: Token) -> list[Token]:
    """The noun and the verbs that carry it ("gave a speech", "speeches she made to X"), on
    which the parser hangs the other side."""
    carrier = _carrier_verb(noun)
    holders = [noun] if carrier is None else [noun, carrier]
    return holders + _relative_carriers(noun)


def _before_in_time(party: Token) -> bool:
    """ "his victory speech just before Trump", "a speech before him": a person behind "before"
    is who spoke next, not who listened — a talk is given before a body or a crowd ("before
    the committee", "before a joint session")."""
    before = party.head
    if before.lower_ != "before" or party.dep_ != "pobj":
        return False
    timed = any(c.dep_ in ("advmod", "npadvmod") for c in before.children)
    return timed or party.tag_ == "PRP" or _is_person(party)


def _capitalised_inside(word: Token) -> bool:
    """A common noun capitalised inside its sentence: a word of a name or of a title-cased
    caption ("the X Agenda Symposium", "Obama Speech at Y Foundation")."""
    return word.is_title and word.i > word.sent.start


def _hosted_occasion(token: Token) -> bool:
    return token.lemma_.lower() in lex.HOSTED_OCCASION_NOUNS and _occasion_host(token) is not None


def _talks_hosts(noun: Token, holders: Sequence[Token]) -> list[Token]:
    """ "gave a speech at the X Institute", "his speech to the Y convention": the organisation
    whose occasion the talk was given at, or to (not a conference for the press)."""
    if _capitalised_inside(noun):
        return []  # "Obama Speech at Y Foundation": a caption's words
    occasions = [o for h in holders for o in _prep_objects(h, lex.APPEARANCE_PREPOSITIONS)]
    # "his speech to the Y convention", "gave a speech to the Y convention" (the parser hangs
    # the "to" on the verb that carries the speech)
    occasions += [
        o
        for h in holders
        for o in _prep_objects(h, ("to",))
        if o.lemma_.lower() in lex.HOSTED_OCCASION_NOUNS
    ]
    return [
        host
        for occasion in occasions
        if (host := _occasion_host(occasion)) is not None and not _for_the_press(occasion)
    ]


# -- is it asserted? ----------------------------------------------------------------------------


def _untold_grade(token: Token, ctx: _Context) -> Assertion | None:
    """The grade of a contact the sentence does not tell as having happened: planned for an
    intention, hypothetical for a question or a supposition; None when it is told."""
    if _is_intention(token) and not (_held_as_arranged(token, ctx) or _held_before(token, ctx)):
        return Assertion.NEGATED if _intention_negated(token) else Assertion.PLANNED
    if _under_auxiliary(token, lex.FUTURE_AUXILIARIES) or _trip_under_way(token):
        return Assertion.PLANNED
    if _on_the_agenda(token) or _present_in_time_clause(token) or _gerund_of_the_present(token):
        return Assertion.PLANNED
    if _yet_to_be_done(token):
        return Assertion.PLANNED
    if _is_question(token) or _under_auxiliary(token, lex.HYPOTHETICAL_AUXILIARIES):
        return Assertion.HYPOTHETICAL
    if _unrecalled(token):
        return Assertion.HYPOTHETICAL
    return None


def _unrecalled(token: Token) -> bool:
    """ "does not recall a second meeting", "had no recollection of the call", "there is no
    record of a meeting", "I don't have any recollection of meeting him": a contact nobody
    remembers or shows is left open — neither told as held nor denied (the one who cannot
    recall it has a statement of their own)."""
    head = token.head
    if token.dep_ in ("dobj", "xcomp") and head.lemma_.lower() in lex.MEMORY_VERBS:
        return any(c.dep_ == "neg" for c in head.children)
    if token.dep_ not in ("pobj", "pcomp") or head.lower_ != "of":
        return False
    trace = head.head
    if trace.lemma_.lower() not in lex.TRACE_NOUNS:
        return False
    lacking = trace.head if trace.dep_ in ("dobj", "attr", "nsubj") else trace
    return any(c.lower_ == "no" for c in trace.children) or any(
        c.dep_ == "neg" for c in lacking.children
    )


def _still_ahead(token: Token, when: FuzzyDate | None, ctx: _Context) -> Assertion | None:
    """ "he is meeting with Clinton in private", "his meeting with Clinton on Tuesday night is
    an important step", "hours before his meeting with Clinton", in an article of that Tuesday:
    a contact of the article's own day, told in the present or as what something else came
    before, had not taken place as far as the article knows — it is planned. Told in the past
    ("met on Tuesday") it was held; told in the present in a live blog's entry ("3:20 p.m. …
    Sanders is speaking Thursday to the conference"), it is going on as the entry is posted.
    One told in the present for a time wholly after the article ("Trump and Ryan are meeting
    next week", "the summit next month") is planned whatever the day."""
    anchor = ctx.anchor
    if when is None or anchor is None or when.start is None:
        return None
    if when.start > anchor and (_is_nominal(token) or _told_in_present(token)):
        return Assertion.PLANNED
    if not when.start == when.end == anchor:
        return None
    if _is_nominal(token):
        return Assertion.PLANNED if _awaited(token) else None
    if not _in_progress(token) or (_in_live_entry(token) and not _said_later(token)):
        return None  # a live blog's entry tells what is going on as it is posted
    return Assertion.PLANNED


def _in_live_entry(token: Token) -> bool:
    """The token stands under an entry of a live blog, stamped with the hour of its day."""
    text = text_of(token.doc)
    return any(m.start() < token.idx for m in _CLOCK_LINE.finditer(text))


def _said_later(verb: Token) -> bool:
    """ "is speaking later Thursday", "is meeting him tonight": what is still to come that day."""
    return any(c.lower_ in lex.LATER_IN_THE_DAY for c in verb.subtree)


def _gerund_of_the_present(verb: Token) -> bool:
    """ "In addressing the X conference, Trump has a chance to show …": a gerund behind "in" or
    "by" takes the time of the clause it hangs on — in the present, still to come (not "in
    addressing X, he said …", nor "…, she says": the present of a report)."""
    adjunct = verb.dep_ == "pcomp" and verb.head.lower_ in lex.MANNER_GERUND_PREPS
    if verb.tag_ != "VBG" or not adjunct:
        return False
    clause = verb.head.head
    return clause.tag_ in ("VBZ", "VBP") and clause.lemma_.lower() not in SPEECH_CUES


def _present_in_time_clause(token: Token) -> bool:
    """ "Obama will endorse her after the president meets with Sanders", "is likely to ease
    doubts when she appears alongside Trump at the debates": the simple present in a clause of
    time tells what is still to come — for a contact noun, the clause it is the scene of."""
    verb = _scene_verb(token) if _is_nominal(token) else token
    return (
        verb is not None
        and verb.tag_ in ("VBZ", "VBP")
        and any(
            (c.dep_ == "mark" or (c.dep_ == "advmod" and verb.dep_ == "advcl"))
            and c.lower_ in lex.TIME_CLAUSE_MARKS
            for c in verb.children
        )
    )


def _yet_to_be_done(noun: Token) -> bool:
    """ "an agreement between X and Y that still needs to be hammered out", "talks that have yet
    to be scheduled": a contact noun whose own clause says it is still to be done (a need or a
    "yet" before a passive infinitive) has not taken place — the parser may hang that clause on
    the last party named ("between X and Y that …")."""
    parties = [o for p in noun.children if p.dep_ == "prep" for o in p.children]
    holders = [noun, *(o for o in parties if o.dep_ == "pobj")]
    for clause in (c for h in holders for c in h.children if c.dep_ in ("relcl", "acl")):
        needed = clause.lemma_.lower() in ("need", "remain") or any(
            c.lower_ == "yet" for c in clause.children
        )
        passive = any(
            x.dep_ == "xcomp" and any(a.dep_ == "auxpass" for a in x.children)
            for x in clause.children
        )
        if needed and passive:
            return True
    return False


def _on_the_agenda(noun: Token) -> bool:
    """ "Three meetings were on tap for X", "talks with Y are on the agenda", "a summit is in
    the works": a contact noun that is what is on the list is lined up, not held."""
    if not _is_nominal(noun) or noun.dep_ not in ("nsubj", "attr") or noun.head.lemma_ != "be":
        return False
    holders = (noun, noun.head)
    return any(
        place.lemma_.lower() in lex.AGENDA_NOUNS
        for prep in (c for h in holders for c in h.children)
        if prep.dep_ == "prep" and prep.lower_ in ("on", "in")
        for place in prep.children
        if place.dep_ == "pobj"
    )


def _told_in_present(verb: Token) -> bool:
    """ "meets", "is meeting": the simple present or the present progressive."""
    return verb.tag_ in _PRESENT_TAGS or _in_progress(verb)


def _in_progress(verb: Token) -> bool:
    """ "is meeting", "are speaking": a present progressive."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in _PRESENT_TAGS for c in verb.children
    )


def _awaited(noun: Token) -> bool:
    """A contact noun that is the subject of a present-tense verb ("his meeting … is an important
    step") or the time another act came before ("hours before his meeting", "ahead of talks")."""
    head = noun.head
    if noun.dep_ in _SUBJECT_DEPS:
        return head.tag_ in _PRESENT_TAGS
    if noun.dep_ != "pobj":
        return False
    if head.lower_ == "of" and head.head.i != head.i:
        head = head.head
    return head.lower_ in lex.AWAITING_PREPOSITIONS


def _ancestors_within_clause(token: Token) -> Iterator[Token]:
    """Heads up to the first clause boundary: "planned to meet" reaches "planned", but "it
    emerged that they met" stops at "met"'s own clause, and "asked about the calls" stops at
    "about": a contact that is the topic of a question or a talk is presupposed, not intended
    — nor is one set before the clause as its scene ("In one exchange with X, she asked …"),
    nor one inside the phrase of the clause's subject ("the candidates at the debate hoped …":
    the hope is the predicate's, not the debate's)."""
    current = token
    while current.dep_ not in _CLAUSE_EDGES and current.head.i != current.i:
        if current.i != token.i and current.dep_ in _SUBJECT_DEPS:
            return
        current = current.head
        if current.dep_ == "prep" and current.lower_ in lex.TOPIC_PREPOSITIONS:
            return
        if _fronted_scene(current):
            return
        yield current


def _fronted_scene(prep: Token) -> bool:
    """ "In one exchange between X and Y, she asked for …", "Over lunch, they decided to …": a
    scene set before its clause."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in lex.SCENE_OF_OCCASION | lex.MEAL_SCENE_PREPOSITIONS
        and prep.i < prep.head.i
        and any(c.dep_ in _SUBJECT_DEPS and c.i > prep.i for c in prep.head.children)
    )


def _is_question(token: Token) -> bool:
    start, end = sentence_bounds(token)
    if text_of(token.doc)[start:end].rstrip("”\"'’").endswith("?"):
        return not _asks_about_a_fact(token)
    heads = [token, *token.ancestors]
    return any(
        c.dep_ == "mark" and c.lower_ in lex.QUESTION_MARKERS for h in heads for c in h.children
    )


def _asks_about_a_fact(token: Token) -> bool:
    """ "Why had X called into Y's program?": a wh-question on the trigger's own clause
    presupposes the contact; "Did they meet?" does not."""
    return any(
        c.dep_ == "advmod" and c.tag_ == "WRB" and c.lower_ in lex.PRESUPPOSING_WH_WORDS
        for c in token.children
    )


def _is_intention(token: Token) -> bool:
    """ "a planned meeting", "a meeting that was scheduled", "sought to meet", "an invitation
    to visit", "declined the offer of a call"."""
    return bool(_intention_words(token))


def _intention_words(token: Token) -> list[Token]:
    """The words that make the contact an intention (none when it is told as held)."""
    if _took_place(token):
        return []
    modifiers = [
        c
        for c in token.children
        if c.dep_ in ("amod", "compound", "relcl", "acl")
        and c.lemma_.lower() not in lex.PURPOSE_PARTICIPLES
    ]
    found = [
        w
        for w in (*modifiers, *_ancestors_within_clause(token))
        if (_is_intention_word(w) or _ordered(w, token))
        and not _asked_by_message(w, token)
        and not _done_in_sequence(w, token)
        and not _scene_of(w, token)
    ]
    return found + _commitments(token) + _wished_for(token)


def _wished_for(token: Token) -> list[Token]:
    """ "he wants Cuban diplomats to meet with his son", "asked the envoy to call him": an
    infinitive with a subject of its own under a verb of wanting or asking is wished for, not
    held (the clause boundary keeps it from the ancestors read above)."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if token.dep_ == "ccomp" and infinitive and _is_intention_word(token.head):
        return [token.head]
    return []


def _scene_of(word: Token, token: Token) -> bool:
    """ "proposed setting up a secret channel during a meeting with Kislyak", "offered in a call
    to …": a contact noun that is where a proposal or an arrangement was made (in the past)
    was held, wherever the parser hangs it in the proposal's clause — what is proposed is the
    object or the infinitive, not the scene ("hoped to speak at the convention" stays ahead: a
    hope is no proposal made)."""
    past = (
        word.tag_ == "VBD"
        or (word.tag_ == "VBG" and word.head.tag_ == "VBD")
        or any(c.dep_ == "aux" and c.lower_ == "did" for c in word.children)  # "did not propose"
    )
    return (
        _fixed_lemma(word) in _PROPOSING | lex.ARRANGING_VERBS
        and past
        and token.dep_ == "pobj"
        and token.head.lower_ in lex.SCENE_OF_OCCASION - {"on"}
    )


_PROPOSING = frozenset({"propose", "suggest", "offer"})


def _ordered(word: Token, token: Token) -> bool:
    """ "directed Flynn to call Kislyak": the contact inside an order's infinitive — not one
    told to go on ("told him to keep talking with X": the talks were under way)."""
    if _fixed_lemma(word) not in lex.DIRECTIVE_CUES:
        return False
    step = next((t for t in (token, *token.ancestors) if t.head.i == word.i), None)
    return step is not None and step.dep_ == "xcomp" and _fixed_lemma(step) not in _GOING_ON


_GOING_ON = frozenset({"keep", "continue"})


def _done_in_sequence(word: Token, token: Token) -> bool:
    """ "After meeting with X, she proposed new rules": a contact told as what a past act came
    after or before took place — the proposal was made, and what it intends is its own object
    (but "Following a breakfast with X, she is scheduled to appear" is planned with the
    appearance)."""
    path = [t for t in token.ancestors if t.i != word.i and word.is_ancestor(t)]
    sequenced = any(t.dep_ == "prep" and t.lower_ in lex.SEQUENCE_PREPOSITIONS for t in path)
    return sequenced and word.tag_ == "VBD"


def _asked_by_message(word: Token, noun: Token) -> bool:
    """ "a letter to Y asking the department to investigate", "In a letter to Y, X asked the
    network to donate": what a message asks for is its content — the asking was done by sending
    it, so the message was sent; the request names no contact still to come. A contact that
    asked or sought something in the past ("X's letter to Y asked for a meeting", "the talks
    sought a truce") was held: the aim is its own, not one still to come."""
    if not _is_nominal(noun):
        return False
    if noun.dep_ == "nsubj" and noun.head.i == word.i and word.tag_ in lex.PAST_TAGS:
        return True  # "her letter to Y asked for a meeting", "the talks sought a truce": held
    if lex.NOUN_TRIGGERS.get(_trigger_lemma(noun)) is not Relation.MESSAGE:
        return False
    if word.head.i == noun.i:
        return word.dep_ == "acl" and word.tag_ == "VBG"
    carrier = noun.head
    return (
        noun.dep_ == "pobj"
        and carrier.lower_ in lex.MESSAGE_CARRIER_PREPOSITIONS
        and carrier.head.i == word.i
        and word.tag_ == "VBD"
    )


def _commitments(token: Token) -> list[Token]:
    """ "his pledge to stay neutral during peace talks", "vowed to meet X", "is set to meet X": a
    commitment, a slot or a prompting whose infinitive holds the contact (see
    ``COMMITMENT_CUES``, ``SLATED_CUES``, ``PROMPTING_CUES``), or a "be" whose infinitive it
    is ("was to meet Putin", "the plan is to meet them")."""
    found = []
    infinitive = False
    cues = lex.COMMITMENT_CUES | lex.SLATED_CUES | lex.PROMPTING_CUES
    for head in (token, *_ancestors_within_clause(token)):
        lined_up = _fixed_lemma(head) in cues or head.lower_ in cues or head.lemma_ == "be"
        if lined_up and infinitive:  # "was to meet Putin at the forum": still ahead
            found.append(head)
        infinitive = infinitive or purpose_clause(head) or _prompted_gerund(head)
    return found


def _prompted_gerund(head: Token) -> bool:
    """ "avoids discussing the election with X": a gerund as the object of a word of prompting
    (see ``PROMPTING_CUES``) is the act prompted or kept from, like an infinitive."""
    return (
        head.tag_ == "VBG"
        and head.dep_ in ("xcomp", "dobj")
        and _fixed_lemma(head.head) in lex.PROMPTING_CUES
    )


def _held_as_arranged(token: Token, ctx: _Context) -> bool:
    """ "the June 9, 2016 meeting that Trump Jr. arranged with a Russian lawyer", "between
    2011 and 2012 he arranged a dozen meetings": a contact told as arranged, at a time already
    past when the article tells it, was held (one that fell through would be told so); "he
    arranged a meeting for next week" stays planned."""
    words = _intention_words(token)
    arranged = all(_fixed_lemma(w) in lex.ARRANGING_VERBS and w.tag_ == "VBD" for w in words)
    when = _when(token, ctx) if words and arranged else None
    anchor = ctx.anchor
    return when is not None and when.end is not None and anchor is not None and when.end < anchor


def _held_before(token: Token, ctx: _Context) -> bool:
    """ "X and Y pledged to work together after a meeting Thursday": a contact that what was
    pledged or planned comes after, dated no later than the article and told in the past, was
    held — unlike "following a breakfast with X, he is scheduled to appear", all still ahead."""
    if token.dep_ != "pobj" or token.head.lower_ not in lex.PRIOR_PREPOSITIONS:
        return False
    teller = token.head.head
    while teller.dep_ in ("xcomp", "advcl") and teller.head.i != teller.i:
        teller = teller.head
    when = _when(token, ctx)
    anchor = ctx.anchor
    past = when is not None and when.end is not None and anchor is not None and when.end <= anchor
    return past and teller.tag_ == "VBD"


def _intention_negated(token: Token) -> bool:
    """ "has no plans to meet", "does not intend to meet": the plan itself is denied, so the
    contact is negated, not planned."""
    words = [token, *_ancestors_within_clause(token)]
    return any(
        _is_intention_word(w) and (_negated(w) or (w.head.i != w.i and _negated(w.head)))
        for w in words
    )


def _is_intention_word(word: Token) -> bool:
    return (
        _fixed_lemma(word) in lex.INTENTION_CUES
        or word.lower_ in lex.INTENTION_CUES
        or _looks_forward(word)
        or _open_to(word)
    )


def _open_to(word: Token) -> bool:
    """ "is open to negotiating a deal with Cuba": a willingness, not talks held (not "open
    talks with X")."""
    return word.lower_ == "open" and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in word.children
    )


def _looks_forward(word: Token) -> bool:
    """ "looks forward to campaigning with X": a contact awaited, not yet held."""
    ahead = {c.lower_ for c in word.children if c.dep_ in ("advmod", "prep", "prt")}
    return _fixed_lemma(word) == "look" and {"forward", "to"} <= ahead


def _fixed_lemma(token: Token) -> str:
    """The lemma, where the model gets it wrong put right ("hopes" → "hop") — not where the
    word doubles the lemma's last letter, its own inflection ("hopped on the phone") — and a
    phrasal verb as the one verb it means ("setting up a meeting" is arranging one)."""
    lemma = token.lemma_.lower()
    phrasal = phrasal_meaning(token, lex.PHRASAL_VERBS)
    if phrasal is not None:
        return phrasal
    if lemma and token.lower_.startswith(lemma + lemma[-1]):
        return lemma
    return lex.VERB_LEMMA_FIXES.get(lemma, lemma)


def _took_place(noun: Token) -> bool:
    """ "requested a meeting with X, which took place this morning": asked for, and held (the
    parser may hang the clause on the partner's name)."""
    holders = [noun, *_partner_preps(noun)]
    return _came_for(noun) or any(
        clause.dep_ in ("relcl", "acl") and not _negated(clause) and _tells_happening(clause)
        for holder in holders
        for clause in holder.children
    )


def _came_for(noun: Token) -> bool:
    """ "arrived at the White House for a hastily arranged visit with X": a trip made, in the
    past, for a contact brought the traveller to it — what was arranged was then held ("is
    flying to Moscow for talks" is still ahead, and is graded so by its tense)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    trip = noun.head.head
    return trip.lemma_.lower() in lex.MOTION_VERBS and trip.tag_ == "VBD" and not _negated(trip)


def _tells_happening(verb: Token) -> bool:
    """ "took place", "happened", "occurred": a verb that says only that its subject, an
    occasion, was held."""
    lemma = verb.lemma_.lower()
    return lemma in lex.OCCURRENCE_VERBS or (lemma == "take" and _has_object(verb, _PLACE))


_PLACE = frozenset({"place"})


def _under_auxiliary(token: Token, auxiliaries: frozenset[str]) -> bool:
    """ "would be honored to meet", "will visit": a modal on the trigger or a head above it, up
    to a verb in a tense of its own coordinated onto that head, or a perfect participle, which
    the modal does not govern ("'He will see you,' X wrote in an email to Y": the email was
    sent)."""
    heads: list[Token] = []
    for head in [token, *token.ancestors]:
        heads.append(head)
        if (head.tag_ in lex.FINITE_TAGS and head.dep_ == "conj") or _perfect_participle(head):
            break  # "will appear there, having campaigned with X last week": that was done
        if _past_fact_clause(head):
            break  # "would recuse himself, hours after it emerged that he had met X": it had
    return any(
        c.dep_ == "aux" and c.lower_ in auxiliaries and not _modal_misread(c, h)
        for h in heads
        for c in h.children
    )


def _past_fact_clause(verb: Token) -> bool:
    """ "after it emerged that …", "because he had met X": a clause in the past set off as what
    came before or caused the act — told as fact, whatever the act's own mood."""
    past = verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )
    return (
        verb.dep_ == "advcl"
        and past
        and any(c.dep_ == "mark" and c.lower_ in _FACT_MARKS for c in verb.children)
    )


_FACT_MARKS = frozenset({"after", "since", "because"})


def _modal_misread(modal: Token, verb: Token) -> bool:
    """ "Will Estrada described the encounter": a modal never governs a verb in the past tense;
    a capitalised "Will" (or "May") hung on one is a first name the parser took for a modal."""
    return verb.tag_ == "VBD" and modal.text[:1].isupper()


def _under_denial(token: Token) -> bool:
    """A contact inside what someone denies; not one in a clause coordinated with the denial
    ("X denied that, and he and Y still speak often"), nor one in a clause that only describes
    or times it ("dismissed the issue in October, when he told Y at a debate …", "denied
    wrongdoing after meeting Y"). The purpose of a trip denied is denied with it ("denied
    that he traveled to Prague to meet Russian officials")."""
    child = token
    for head in token.ancestors:
        if child.dep_ in _DESCRIBING_CLAUSES and not _purpose_of(child):
            return False
        coordinated = child.dep_ == "conj" and child.head == head
        if head.lemma_.lower() in lex.DENIAL_CUES and not coordinated:
            return True
        child = head
    return False


def _purpose_of(clause: Token) -> bool:
    """ "traveled to Prague to meet X": an infinitive clause with no mark of its own, the
    purpose the act it hangs on was done for."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    unmarked = not any(c.dep_ == "mark" for c in clause.children)
    return clause.dep_ in ("advcl", "xcomp") and infinitive and unmarked


def _in_persons_quote(token: Token, ctx: _Context) -> bool:
    """Inside quotation marks whose source is a person (or unknown), not a publication."""
    region = next((r for r in ctx.quotes if r[0] <= token.idx < r[1]), None)
    if region is None:
        return False
    cue = _quote_cue(token.doc, region)
    published = cue is not None and _is_publication_cue(cue, ctx)
    return not (published or _document_speaks(token.doc, region))


def _document_speaks(doc: Doc, region: tuple[int, int]) -> bool:
    """ "“… Kelly requested a meeting with Trump, which took place this morning,” the statement
    read": an issued statement tells its issuer's account as fact, like a report."""
    return any(
        t.dep_ in _SUBJECT_DEPS
        and t.lemma_.lower() in lex.DOCUMENT_NOUNS
        and not region[0] <= t.idx < region[1]
        for s in doc.sents
        if _overlaps_edge(s, region)
        for t in s
    )


def _quote_speaker(token: Token, ctx: _Context) -> Participant | None:
    """Who says the quoted words the token stands in, when the token speaks in the first
    person ("I", "my", "we"): the speaker of the direct statement that holds it."""
    if not any(p.lower_ in lex.FIRST_PERSON for p in _party_tokens(token)):
        return None
    return next((q.speaker for q in ctx.quoted if q.start <= token.idx < q.end), None)


def _answerer(token: Token, ctx: _Context) -> Participant | None:
    """ "Q: Have you talked to Hillary Clinton? / A: Yes, we spoke on Monday.", "MR. NUNES: Did
    you meet him? / MR. GATES: I did.": a transcript's question to "you" about a contact,
    which the next turn's speaker answers yes — the one asked tells the contact as their own.
    The question alone asserts nothing, and an answer that does not say yes ("No.", "I won't
    say.") leaves it untold."""
    if not _is_question(token) or _under_auxiliary(token, lex.HYPOTHETICAL_AUXILIARIES):
        return None  # "Would you meet him?": yes to a supposition tells no contact
    if not any(p.lower_ == "you" for p in _party_tokens(token)):
        return None
    at = _turn_at(token.idx, ctx)
    if at is None or "?" in text_of(token.doc)[token.sent.end_char : ctx.turns[at].body[1]]:
        return None  # another question follows: the answer may say yes to that one
    return _yes_from_next(at, ctx)


def _asked_and_answered_yes(token: Token, ctx: _Context) -> Participant | None:
    """ "Asked whether he had spoken with the ambassador at all, Flynn said, 'Yes, a few
    times.'": a contact in a question put to the main clause's speaker, whose words say yes,
    is told by the one asked as his own."""
    asked = next((a for a in token.ancestors if put_to_the_main_subject(a)), None)
    if asked is None:
        return None
    if _under_auxiliary(token, lex.HYPOTHETICAL_AUXILIARIES | lex.FUTURE_AUXILIARIES):
        return None  # "Asked whether he would meet him": yes to a supposition or a plan
    answer = asked.head
    subject = next((c for c in answer.children if c.dep_ == "nsubj"), None)
    if subject is None or answer.lemma_.lower() not in SPEECH_CUES:
        return None
    said = text_of(token.doc)[answer.idx + len(answer.text) : answer.sent.end_char]
    return _participant(subject, ctx) if _says_yes(said.lstrip(" ,:")) else None


def _turn_at(char: int, ctx: _Context) -> int | None:
    return next((i for i, t in enumerate(ctx.turns) if t.body[0] <= char < t.body[1]), None)


def _yes_from_next(at: int, ctx: _Context) -> Participant | None:
    """The speaker of the turn after turn ``at`` — another than its own, not the asker —
    when their first words say yes."""
    if at + 1 >= len(ctx.turns) or ctx.turns[at + 1].asks:
        return None
    text = ctx.article.clean_text
    asking, answer = ctx.turns[at], ctx.turns[at + 1]
    if _label_key(text, asking) == _label_key(text, answer):
        return None
    said = sorted((q for q in ctx.quoted if answer.body[0] <= q.start < answer.body[1]), key=_start)
    if not said:
        return None
    first = said[0]
    if len(first.speaker.name.split()) < _FULL_NAME_WORDS:
        return None  # "MR. NUNES:" with no Nunes in the story: the cast holds only "MR"
    return first.speaker if first.affirms or _says_yes(text[first.start : first.end]) else None


_FULL_NAME_WORDS = 2


def _label_key(text: str, turn: Turn) -> str:
    """ "MR. GATES", "GATES": one speaker, by the last word of the label."""
    return text[slice(*turn.speaker)].split()[-1].upper()


#: A reply that says yes to "Have you …?": a yes, a bare "I did" (not "We have work to do"),
#: or how long it has been since ("It's been about a month.", "A week ago.").
_YES = re.compile(
    r"\W*(?:yes|yeah|yep|sure|of course|absolutely|certainly|(?:I|we) (?:did|have|had)\b(?!\s\w)|"
    r"it(?:['’]s| has) been (?:about |almost |nearly |more than |over )?(?:a|an|\w+) "
    r"(?:while|day|week|month|year|couple)|(?:about |almost )?(?:a couple of |a few |an? |\w+ )"
    r"(?:days?|weeks?|months?|years?) ago|last (?:week|month|year|night))\b",
    re.IGNORECASE,
)
_NOT = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)


def _says_yes(words: str) -> bool:
    """Whether a reply's first sentence says yes, and denies nothing ("Of course not.",
    "Yes, but never about the case" hold a no)."""
    first = re.split(r"(?<=[.!?])\s", words.strip(), maxsplit=1)[0]
    return _YES.match(first) is not None and _NOT.search(first) is None


def _start(quoted: _Quoted) -> int:
    return quoted.start


_NATION_NOUNS = frozenset({"country", "nation", "society", "people", "american", "americans"})


def _we_the_nation(party: Token) -> bool:
    """ "As a country, we …", "we as a nation …", "we Americans …": a "we" that speaks for the
    whole country — its contacts are the government's, not the speaker's own."""
    if party.lower_ not in {"we", "us", "our"}:
        return False
    holders = [party, party.head] if party.dep_ in _SUBJECT_DEPS else [party]
    as_what = (
        o.lemma_.lower()
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for o in prep.children
        if o.dep_ == "pobj"
    )
    named = (c.lemma_.lower() for c in party.children if c.dep_ in {"appos", "compound"})
    return any(word in _NATION_NOUNS for word in (*as_what, *named))


def _asked(party: Token, ctx: _Context, speaker: Participant) -> bool:
    """A "you" in a transcript's question that ``speaker``, who answers it, is asked."""
    at = _turn_at(party.idx, ctx)
    return at is not None and _yes_from_next(at, ctx) == speaker


def _fragment_teller(token: Token, ctx: _Context) -> Participant | None:
    """ "noting that she and her husband “have regularly talked with him”", "said he had held
    “a short introductory meeting” with the lawyer": a quoted fragment whose subject, or the
    verb holding it, stands outside the marks continues the writer's sentence; when that
    subject is the quote's speaker, the contact is the speaker's own account."""
    region = next((r for r in ctx.quotes if r[0] <= token.idx < r[1]), None)
    if region is None:
        return None
    verb = token if token.pos_ == "VERB" else _holding_verb(token)
    if verb is None:
        return None
    inside = region[0] <= verb.idx < region[1]
    if inside and not any(not region[0] <= s.idx < region[1] for s in subjects(verb)):
        return None
    return next((q.speaker for q in ctx.quoted if q.start <= token.idx < q.end), None)


def _holding_verb(noun: Token) -> Token | None:
    """The verb a contact noun is the object of ("held a meeting", "had a call with")."""
    if not _is_nominal(noun) or noun.dep_ not in {"dobj", "attr"}:
        return None
    return noun.head if noun.head.pos_ in {"VERB", "AUX"} else None


_TAGLINE = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}) is (?:a|an|the) [^.\n]{0,80}?\b"
    r"(?:reporter|correspondent|columnist|writer|editor|contributor|journalist)\b",
    re.MULTILINE,
)
_TAGLINE_REACH = 600  # the closing lines of an article, where a column names its author


def _narrator(party: Token, ctx: _Context) -> Participant | None:
    """ "I met with Sanders in his office …" in a column that ends "Gaudiano is a reporter for
    USA TODAY": the narrator's own "I", outside any quotation, is the writer the tagline
    names (a person the cast knows)."""
    if party.lower_ not in _SINGULAR_FIRST_PERSON or any(
        start <= party.idx < end for start, end in ctx.quotes
    ):
        return None
    text = ctx.article.clean_text
    tail = max(0, len(text) - _TAGLINE_REACH)
    for line in _TAGLINE.finditer(text, tail):
        start, end = line.span("name")
        member = ctx.cast.member_at(start, end)
        if member is not None and member.kind is EntityKind.PERSON:
            return Participant(member.id, member.name)
    return None


_SINGULAR_FIRST_PERSON = frozenset({"i", "me", "my", "myself"})


def _own_account(
    token: Token, speaker: Participant | None, participants: Sequence[Participant], negated: bool
) -> bool:
    """ "I've met him twice": the speaker tells a contact of their own that took place — not a
    denial ("I never met him"), nor a plan told in the present ("until I meet with him")."""
    if speaker is None or speaker not in participants or negated:
        return False
    return _told_as_done(token)


def _told_of_others(
    token: Token, speaker: Participant | None, participants: Sequence[Participant], negated: bool
) -> bool:
    """ "“Flynn spoke with Kislyak in December,” the official said": a contact of others told
    as done in a person's quote is theirs to vouch for, as in indirect speech — not a denial
    ("He never met him," she said: a statement), nor one in the present ("He meets everyone")."""
    if negated or (speaker is not None and speaker in participants):
        return False
    return _told_as_done(token)


def _told_as_done(token: Token) -> bool:
    """The contact's verb (or the verb carrying its noun) is not in the present: a quote tells
    it as done, not as a plan or a habit ("until I meet with him", "he meets everyone")."""
    teller = token if token.pos_ == "VERB" else _carrier_verb(token)
    return teller is None or teller.tag_ not in _PRESENT_TAGS


def _quote_cue(doc: Doc, region: tuple[int, int]) -> Token | None:
    """The speech verb outside the quote, in the sentences where the quote opens or closes."""
    sentences = [s for s in doc.sents if _overlaps_edge(s, region)]
    cues = [
        t
        for s in sentences
        for t in s
        if not region[0] <= t.idx < region[1] and t.pos_ == "VERB" and _is_cue(t)
    ]
    return min(
        cues, key=lambda t: min(abs(t.idx - region[0]), abs(t.idx - region[1])), default=None
    )


def _overlaps_edge(sentence: SpacySpan, region: tuple[int, int]) -> bool:
    """Whether the sentence holds the quote's opening or closing mark."""
    return any(
        sentence.start_char <= edge < sentence.end_char for edge in (region[0], region[1] - 1)
    )


def _is_cue(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in lex.TELLING_CUES or lemma in lex.DENIAL_CUES or lemma in lex.ALLEGING_VERBS


def _is_publication_cue(cue: Token, ctx: _Context) -> bool:
    """ "reported", or any speech verb whose subject is a publication ("the report said")."""
    if cue.lemma_.lower() in lex.REPORT_CUES:
        return True
    subject = speech_subject(cue)
    return subject is not None and is_publication(subject, ctx.cast)


def speech_subject(verb: Token) -> Token | None:
    """Who speaks: the verb's subject, or that of the verb it hangs from ("went on to say") —
    the one nearest the verb when the parser gave it two ("met with Kislyak, Russia's
    ambassador, the Justice Department said": Kislyak hung there too, see
    :func:`_names_cut_from`)."""
    current = verb
    while True:
        subject = _nearest(current, [c for c in current.children if c.dep_ in _SUBJECT_DEPS])
        if (
            subject is not None
            or current.dep_ not in ("xcomp", "conj")
            or current.head.i == current.i
        ):
            return subject
        current = current.head


def _nearest(verb: Token, tokens: Sequence[Token]) -> Token | None:
    """The token nearest ``verb`` of ``tokens``, if any."""
    return min(tokens, key=lambda t: abs(t.i - verb.i), default=None)


def is_publication(token: Token, cast: Cast) -> bool:
    """A report, story or newspaper, or an organisation that publishes ("the Times")."""
    if token.lemma_.lower() in lex.REPORT_NOUNS:
        return True
    member = cast.member_at(token.idx, token.idx + len(token))
    if member is not None:
        return member.kind is EntityKind.ORG
    return token.ent_type_ == "ORG"


def _person_speech(token: Token, ctx: _Context) -> bool:
    """True when the nearest speech verb above the trigger is a person's, not a publication's."""
    cue = _speech_cue(token)
    return cue is not None and not _is_publication_cue(cue, ctx)


def _speech_cue(token: Token) -> Token | None:
    """The nearest speech verb above the trigger whose words tell the contact — not one the
    trigger only sets the scene of ("told X in a private message", "said at a dinner with X":
    the message is the telling itself, the dinner where it was said, told by the outlet), nor
    one whose speaker the trigger describes ("Sessions, who met Kislyak in September, said he
    would recuse himself": the outlet tells the meeting)."""
    child = token
    for head in token.ancestors:
        if prompting_news(child):
            return None  # "said he would recuse himself, hours after it emerged that he had met X"
        if head.pos_ == "VERB" and _is_cue(head):
            if child.dep_ in _SUBJECT_DEPS:
                return None
            if child.dep_ not in _SCENE_DEPS:
                return head
        child = head
    return None


def _assertion(
    token: Token,
    ctx: _Context,
    participants: Sequence[Participant],
    negated: bool,
    hedged: bool,
    quoted: Participant | None = None,
) -> Assertion:
    """How the sentence tells the contact: denied, only alleged, told by one of its
    participants ("Gates said he spoke to Manafort", or in their own quoted words ``quoted``:
    an admission), credited to someone else ("officials said the two men met"), or told by
    the outlet itself — or told only by a photo caption, which describes a picture."""
    if negated:
        return Assertion.NEGATED
    if in_caption(text_of(token.doc), token.idx):
        return Assertion.CAPTION
    if hedged:
        return Assertion.ALLEGED
    if quoted is not None and quoted in participants:
        return Assertion.ADMITTED
    cue = _speech_cue(token)
    if cue is not None and (_negated(cue) or _left_undone(cue)):  # "did not say", "failed to"
        if not (_is_nominal(token) or _fixed_lemma(cue) in lex.FACTIVE_TELLING_VERBS):
            return Assertion.HYPOTHETICAL  # "did not say that he met X": no one tells it
        cue = None  # "did not disclose his meetings with X": the outlet tells them
    if cue is None and lex.ANONYMOUS_SOURCING.search(token.sent.text):
        return Assertion.ATTRIBUTED
    if cue is None:
        return Assertion.REPORTED
    speaker = speech_subject(cue)
    teller = _participant(speaker, ctx) if speaker is not None else None
    if teller and teller.entity in {p.entity for p in participants}:
        return Assertion.ADMITTED
    return Assertion.REPORTED if _is_publication_cue(cue, ctx) else Assertion.ATTRIBUTED


def _left_undone(verb: Token) -> bool:
    """ "failed to disclose", "declined to say": a verb its head says was not done."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.UNDONE_TELLING_VERBS


# -- polarity and hedging -----------------------------------------------------------------------


def _negated(token: Token) -> bool:
    """ "did not meet", "never spoke", "had no contact", "no meeting took place", and a near
    miss: "almost crossed paths", "nearly met" did not happen either."""
    heads = [token]
    carrier = _carrier_verb(token)
    if carrier is not None:
        heads.append(carrier)
    if token.dep_ in _SUBJECT_DEPS and _fixed_lemma(token.head) in lex.OCCURRENCE_VERBS:
        heads.append(token.head)  # "the meeting never happened" (see OCCURRENCE_VERBS)
    return (
        any(
            c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or c.lower_ == "never"
            for h in heads
            for c in h.children
        )
        or any(neither_subject(h.children) for h in heads)  # "neither X nor Y met him"
        or any(c.dep_ == "advmod" and c.lower_ in lex.NEAR_MISS_ADVERBS for c in token.children)
        or _under_doubted_belief(carrier or token)
        or (not _is_nominal(token) and any(names_no_one(o) for o in _met_sides(token)))
    )


def _met_sides(verb: Token) -> list[Token]:
    """The other sides a contact verb names, as objects or after "with", "to"."""
    return [*_objects(verb), *_partner_preps(verb)]


def _under_doubted_belief(clause: Token) -> bool:
    """ "I don't believe I've ever met him", "I don't think we spoke": a belief denied over
    the contact's clause denies the contact (the speaker does not say it happened); not
    "doesn't remember why they met", which takes the meeting as given."""
    holder = clause.head
    return (
        clause.dep_ in ("ccomp", "xcomp")
        and holder.lemma_.lower() in lex.DOUBTED_BELIEF_VERBS
        and any(c.dep_ == "neg" for c in holder.children)
        and not any(c.lower_ in lex.PRESUPPOSING_WH_WORDS for c in clause.children)
    )


def _predicated(verb: Token) -> bool:
    """ "the meeting was not political": a copula's negation denies what the contact was, not
    that it took place."""
    return verb.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") for c in verb.children)


def _hedged(token: Token) -> bool:
    """ "reportedly met", "may have met", "is said to have met", "according to a dossier",
    "…, the dossier alleges", "an investigation of the contacts" (not "according to people
    familiar": see ``ANONYMOUS_SOURCING``)."""
    heads = [token, *token.ancestors]
    sentence = token.sent.text.lower()
    cue = _speech_cue(token)
    return (
        (cue is not None and cue.lemma_.lower() in lex.ALLEGING_VERBS)
        or any(c.lower_ in lex.HEDGE_WORDS for h in heads for c in h.children)
        or any(
            c.dep_ == "aux" and c.lower_ in lex.HEDGE_AUXILIARIES and not _modal_misread(c, h)
            for h in heads
            for c in h.children
        )
        or any(_is_raising_hedge(h) for h in heads[1:])
        or any(h.lemma_.lower() in lex.INQUIRY_NOUNS for h in heads[1:])
        or _under_inquiry(token)
        or any(phrase in sentence for phrase in lex.HEDGE_PHRASES)
    )


def _under_inquiry(token: Token) -> bool:
    """ "The FBI is investigating Flynn's contacts with Kislyak", "the committee is looking
    into his meetings with X", "his calls are being probed": a contact noun that a verb of
    inquiry takes as its object is under investigation, as it is after "an investigation
    into" — not a contact told as held before an inquiry began ("investigated after they
    met")."""
    if not _is_nominal(token):
        return False
    while token.dep_ == "conj":
        token = token.head  # "investigating his contacts and meetings"
    governor = token.head
    if token.dep_ in {"dobj", "nsubjpass"}:  # "… are being investigated"
        return governor.lemma_.lower() in lex.INQUIRY_VERBS
    return (
        token.dep_ == "pobj"
        and governor.lower_ == "into"
        and governor.head.lemma_.lower() in lex.DIGGING_VERBS | lex.INQUIRY_VERBS
    )


def _is_raising_hedge(head: Token) -> bool:
    """ "is said to", "are believed to": a passive hedge verb over the contact."""
    return head.lemma_.lower() in lex.HEDGE_VERBS and any(
        c.dep_ == "auxpass" for c in head.children
    )


def _confidence(token: Token, hedged: bool, hearsay: bool, parties: int) -> float:
    strong = _trigger_lemma(token) in lex.STRONG_TRIGGERS
    value = _STRONG_CONFIDENCE if strong else _WEAK_CONFIDENCE
    if hedged:
        value *= _HEDGED_FACTOR
    if hearsay:
        value *= _HEARSAY_FACTOR
    if parties < 2:
        value *= _ONE_SIDED_FACTOR
    return round(value, 3)


# -- participants -------------------------------------------------------------------------------


def _participants(
    token: Token,
    kind: Relation,
    ctx: _Context,
    speaker: Participant | None,
    parties: Sequence[Token] | None = None,
) -> tuple[Participant, ...]:
    """Both sides: subjects, objects, partners behind "with"/"between", possessors, compounds
    (or the given ``parties``); "I" and "we" in a quote are its ``speaker``."""
    found: dict[str, Participant] = {}
    if parties is None and _separate_sessions(token):
        return ()
    audience = {t.i for t in _audience(token)} if _is_nominal(token) else set()
    heard = False
    listed = _party_tokens(token) if parties is None else list(parties)
    actors = _one_way_actors(token, kind, listed) if parties is None else None
    acted = False
    for party in listed:
        goes = (
            kind is Relation.VISIT
            or _travels(token)
            or _fixed_lemma(token) in lex.WELCOMING_VERBS | lex.ESCORTING_VERBS
        )
        if goes and _is_destination(party) and party.i not in audience:
            continue  # "a trip to <city>": the city is where, not who
        if _is_outlet(party, ctx.cast) and not _editorial_board(party):
            continue  # "spoke to the Post": an interview, not a contact between parties
        if _fixed_lemma(token) in lex.HOSTING_WORDS and party.ent_type_ in lex.PLACE_ENTITY_LABELS:
            continue  # "Cleveland, which hosted the convention": where, not who
        if _titles_a_name(party, ctx.cast):
            continue  # "Fox News Chairman and CEO Roger Ailes": one man, two titles
        if party.lemma_.lower() in lex.SHOW_NOUNS or _own_people(party) or in_quoted_title(party):
            continue  # "sat down with MSNBC's show", "met with her staff": no other party
        if _to_the_press(party, token, ctx.cast):
            continue  # "told CNN's X", "talked to radio host Y": an interview
        named_pair = _names_pair(party) or _reciprocal_pair(party, token, ctx)
        pair = _last_two_named(party, ctx, set(found)) if named_pair else []
        pair = pair or _pair_brought_together(party, token, ctx) or _family(party, ctx)
        pair = pair or _they_of_the_main_clause(party, ctx) or _they_after_examples(party, ctx)
        pair = pair or _they_after_joined_names(party, ctx) or _their_joined_subject(party, ctx)
        pair = pair or _their_named_members(party, ctx) or _posts_of_each(party)
        if pair:
            found.update((p.entity, p) for p in pair)
            acted = acted or (actors is not None and party.i in actors)
            continue
        if (_loose_crowd(party) and not _cast_person(party, ctx)) or is_dateline(party):
            continue  # "in conversations with donors", "some advisers urged him": no one named
        if _state_of_a_city(party):
            continue  # "at a town hall in Salem, New Hampshire, Trump …": where, not who
        if _we_the_nation(party):
            continue  # "As a country, we have talked to Beijing": the nation, not the speaker
        first_person = party.lower_ in lex.FIRST_PERSON or (
            party.lower_ == "you" and speaker is not None and _asked(party, ctx, speaker)
        )
        narrator = None if speaker is not None or not first_person else _narrator(party, ctx)
        participant = (
            (speaker or narrator) if first_person else _participant(_reflexive_speaker(party), ctx)
        )
        if participant is not None and _own_outlet(participant, ctx.article):
            continue  # "wrote in an email to POLITICO", in Politico: a word to the press
        if participant is not None and participant.name.upper() not in ASKER_LABELS:
            # "Q: Have you talked to her?": a transcript's label is no one
            found.setdefault(participant.entity, participant)
            heard = heard or party.i in audience
            acted = acted or (actors is not None and party.i in actors)
    if audience and not heard:
        return ()  # "an interview with the Post": an outlet is no party, so no one is met
    if actors is not None and not acted:
        return ()  # "he called X and Y", whoever "he" is: X and Y did not call each other
    if parties is None and _is_nominal(token) and _trigger_lemma(token) in lex.COPRESENCE_NOUNS:
        found.update((p.entity, p) for p in _people_present(token, ctx) if p.entity not in found)
    return tuple(found.values())


def _one_way_actors(verb: Token, kind: Relation, listed: Sequence[Token]) -> set[int] | None:
    """Who acts in a verb of one-way contact ("called", "wrote to", "urged", "visited"): its
    subjects among the parties, or the agent of a passive ("were called by X"; none when
    untold). When none of them is someone the record can name (an unresolved "he", "some
    advisers", an outlet), the people on the other side were reached by someone unknown, not
    by one another. None when there is no such verb or no actor among the parties. (A meeting
    with X and Y sat them together: not one-way.)"""
    if _is_nominal(verb) or kind is Relation.MEET:
        return None
    ids = {t.i for t in listed}
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    acting = [s for s in subjects(verb) if not (passive and s.dep_ == "nsubjpass")]
    actors = {t.i for s in acting for t in (s, *s.conjuncts) if t.i in ids}
    return actors if actors or passive else None


def _separate_sessions(noun: Token) -> bool:
    """ "transcripts of interviews with Rice, Rhodes, Panetta and Petraeus": contacts in the
    plural with a list of people and no one on the other side are one session each with
    someone unnamed — the people listed never met one another there. (Companies listed for
    "negotiations with Chevron and Exxon" may sit at one table.)"""
    if not _is_nominal(noun) or noun.tag_ != "NNS":
        return False
    parties = _party_tokens(noun)
    partners = _prep_objects(noun, ("with",))
    listed = {t.i for p in partners for t in (p, *p.conjuncts)}
    return (
        len(parties) > 1
        and len(partners) == 1
        and all(t.i in listed and _is_person(t) for t in parties)
    )


def _loose_crowd(party: Token) -> bool:
    """People no name, owner or body identifies are a loose crowd, no party (the guide): left
    bare or counted vaguely ("in conversations with donors", "some advisers", "some Democrats")
    or described by common words only ("police leaders", "the victims") —
    not "House Democrats", "donors to the Harbor Fund", "the ambassador's staff", "members of
    the Harbor Commission", a bare "Democrats" (the party's people), holders of a public office
    ("met with lawmakers", see :func:`_holds_office`), nor organisations ("local aid
    groups")."""
    if _counted_strangers(party):
        return True
    if _holds_office(party):
        return False
    return _vaguely_counted(party) or _unidentified(party) or _a_public(party)


def _holds_office(party: Token) -> bool:
    """ "met with lawmakers", "lobbied finance ministers", "called several governors": people
    named by a public office they hold are identified by it, however loosely counted (not
    "two senators", so many individuals only counted)."""
    return party.tag_ == "NNS" and party.lemma_.lower() in lex.OFFICE_HOLDER_NOUNS


def _counted_strangers(party: Token) -> bool:
    """ "sent questions to a dozen candidates - two Democrats and 10 Republicans": people only
    counted, with nothing but a number and a party or a common noun, are so many unnamed
    individuals, not a body the text identifies ("a dozen other Democratic senators" says which
    senators; "the two senators" points back at named ones)."""
    if party.tag_ not in ("NNS", "NNPS") or not any(c.dep_ == "nummod" for c in party.children):
        return False
    said = {c.dep_ for c in party.children} - {"nummod", "punct", "cc", "conj", "quantmod"}
    if said or (party.ent_type_ != "NORP" and party.lemma_.lower() not in lex.PERSON_NOUNS):
        return False
    return not any(c.lower_ in _ANAPHORIC_DETERMINERS for c in party.subtree if c.i < party.i)


def _a_public(party: Token) -> bool:
    """ "his hometown's residents", "Iowa voters", "the crowd", "Iowans": the public of a place,
    however identified, is an audience a speech reaches, not a party met (the guide)."""
    words = " ".join(t.lower_ for t in party.subtree if t.dep_ in ("compound",) or t == party)
    return party.lemma_.lower() in lex.PUBLIC_NOUNS or words in lex.STATE_PEOPLES


def _cast_person(token: Token, ctx: _Context) -> bool:
    """A word the cast knows as a person's name, whatever the tagger made of it ("Sessions")."""
    member = ctx.cast.member_at(token.idx, token.idx + len(token))
    return member is not None and member.kind is EntityKind.PERSON


def _vaguely_counted(party: Token) -> bool:
    """ "donors", "some advisers", "some Democrats": a plural with nothing but a vague amount."""
    if party.tag_ not in ("NNS", "NNPS") or any(
        c.dep_ not in lex.CROWD_DEPS for c in party.children
    ):
        return False
    if party.dep_ == "conj" and party.head.tag_ in ("NNS", "NNPS"):
        return _vaguely_counted(party.head)  # "Democratic lawmakers and aides": the party's
    said = [c for c in party.children if c.dep_ in ("det", "amod")]
    if any(c.lower_ not in lex.VAGUE_AMOUNTS for c in said):
        return False
    if party.ent_type_ == "NORP":  # "some Democrats", not "Democrats"
        return bool(said)
    return party.ent_type_ == "" and (
        party.lemma_.lower() in lex.PERSON_NOUNS or _organisations(party)
    )


def _unidentified(party: Token) -> bool:
    """ "police leaders", "the victims": a plural of people whose words before it, and behind
    its "of", "for" or "to", hold no name, owner, entity or adjective ("congressional leaders",
    "lawyers for Mr. Hale", "advisers to Trump" say which) — nothing that says which people."""
    if party.tag_ != "NNS" or party.ent_type_ or _members_named(party) or _body_named_before(party):
        return False
    if party.dep_ == "conj" and party.head.tag_ in ("NNS", "NNPS"):
        return _unidentified(party.head)  # "Democratic lawmakers and aides": the party's
    if party.lemma_.lower() in lex.ORGANISATION_NOUNS or any(
        c.dep_ == "amod" and not _describing_participle(c) and c.lower_ not in lex.VAGUE_AMOUNTS
        for c in party.children
    ):
        return False  # "calling local aid groups": organisations, each a party
    before = [t for t in party.subtree if t.i < party.i]
    of = [t for p in _prep_objects(party, ("of", "for", "to")) for t in p.subtree]
    return not any(t.pos_ == "PROPN" or t.dep_ == "poss" or t.ent_type_ for t in before + of)


def _body_named_before(party: Token) -> bool:
    """ "sent to the club members", "met the committee members": "the" and a body's common
    noun point back at the body the story named — its members are identified."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in party.children)
    return definite and any(
        c.dep_ == "compound" and c.lemma_.lower() in lex.MEMBERSHIP_BODIES for c in party.children
    )


def _describing_participle(adjective: Token) -> bool:
    """ "uniformed officers", "armed guards", "frustrated parents": an adjective made of a
    participle tells how the people look or feel, not which body they belong to the way
    "congressional" or "Russian" does."""
    word = adjective.lower_
    return not adjective.ent_type_ and word.endswith("ed") and adjective.tag_ in ("JJ", "VBN")


def _state_of_a_city(token: Token) -> bool:
    """ "in Salem, New Hampshire, Trump went after Bush": the place after "City," is the
    city's state or country, part of an address, which the parser often makes a subject — not
    a place in a list ("Russia, China and Iran")."""
    entity = _entity_of(token)
    if entity is None or entity.label_ not in lex.PLACE_ENTITY_LABELS:
        return False
    doc = token.doc
    places = lex.PLACE_ENTITY_LABELS
    before = doc[entity.start - 2 : entity.start]
    after = doc[entity.end : entity.end + 2]
    city_before = len(before) == 2 and before[1].text == "," and before[0].ent_type_ in places
    listed = bool(after) and (
        after[0].lower_ in ("and", "or")
        or (after[0].text == "," and len(after) == 2 and after[1].ent_type_ in places)
    )
    return city_before and not listed


def _own_outlet(participant: Participant, article: Article) -> bool:
    """The outlet that publishes the article, by its full name or its last word ("the Post"
    in The Washington Post): an outlet is never a party, and a word to the article's own is a
    statement to the press."""
    own = _name_words(article.outlet or "")
    named = _name_words(participant.name)
    short = {article.outlet.split()[-1].lower()} if article.outlet else set()
    return bool(own) and (named >= own or named == short)


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"\w+", name.lower()) if w != "the"}


def _own_people(party: Token) -> bool:
    """ "her staff", "our donors", "his national security council": a party's own people,
    whom it instructs or writes to — no contact between parties (the guide)."""
    return party.lemma_.lower() in lex.OWN_PEOPLE_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in lex.OWNER_PRONOUNS for c in party.children
    )


def _hosts(guest: Token) -> list[Token]:
    """Whose guest it is: "his guest", "Smith's guest" (not "the guests arrived")."""
    return [c for c in guest.children if c.dep_ == "poss"]


def _named_sides(occasion: Token) -> set[str]:
    """The people a debate or a summit names as its sides: "the Clinton-Sanders debate", "X's
    debate with Y", "the summit between X and Y" — none for such occasions in general
    ("debates between X and Y have rarely …": plural, with no determiner)."""
    generic = occasion.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss") for c in occasion.children
    )
    if generic or _topical(occasion) or occasion.pos_ != "NOUN" or _still_to_come(occasion):
        return set()  # "the Clinton-Sanders Debate Debate": a title, a row over debates
    named = [c for c in occasion.children if c.dep_ == "poss"] + _name_compounds(occasion)
    carrier = _carrier_verb(occasion)  # "X held a summit with Y"
    holders = [occasion] if carrier is None else [occasion, carrier]
    named += [t for s in subjects(carrier) for t in _coordinated(s)] if carrier is not None else []
    named += [
        side
        for holder in holders
        for p in _prep_objects(holder, ("with", "between"))
        for side in (p, *p.conjuncts)
    ]
    named += _sides_restated(occasion)
    return {t.lower_ for t in named if _is_person(t)}


def _sides_restated(occasion: Token) -> list[Token]:
    """ "aired the debate on Thursday, a showdown between X and Y": the sides of a noun that
    restates the occasion after a comma — hung on it, or (by the parser) on its verb."""
    restating = [c for c in occasion.children if c.dep_ == "appos"]
    if occasion.dep_ in _OBJECT_DEPS:
        restating += [c for c in occasion.head.children if _restates_after_comma(c, occasion)]
    between = [p for noun in restating for p in _prep_objects(noun, ("between",))]
    return [side for p in between for side in (p, *p.conjuncts)]


def _restates_after_comma(noun: Token, occasion: Token) -> bool:
    """A noun set off by a comma after the object it restates, which the parser hangs on the
    verb ("aired the debate on Thursday, a showdown between …")."""
    after_comma = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
    set_off = noun.dep_ in ("appos", "npadvmod") and noun.pos_ == "NOUN"
    return set_off and noun.i > occasion.i and after_comma


def _still_to_come(occasion: Token) -> bool:
    """ "hours before the start of the debate between X and Y", "ahead of the summit": an
    occasion named as what something came before is not told as held."""
    node = occasion
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "the start of the debate", "the eve of the summit"
    head = node.head
    if node.dep_ != "pobj":
        return False
    ahead = head.lower_ == "of" and head.head.lower_ == "ahead"
    return head.lower_ in lex.BEFORE_WORDS or ahead


def _attended_owned_occasion(occasion: Token) -> bool:
    """ "attended Y's wedding", "was at Y's rally", "attended a fundraiser organized by Y": a
    person's own occasion that someone came to as a guest."""
    if _trigger_lemma(occasion) not in lex.OWNED_OCCASION_NOUNS | lex.ATTENDED_TALK_NOUNS:
        return False
    return bool(_occasion_owners(occasion)) and _attending_verb(occasion) is not None


def _attendees(occasion: Token) -> set[str]:
    """The people named as attending one occasion: "X and Y attended the rally", "the rally
    was attended by X and Y", "a dinner attended by X and Y", "X and Y were both at a
    reception" (one occasion: not "attended rallies")."""
    if occasion.lemma_.lower() not in lex.SHARED_OCCASION_NOUNS or occasion.tag_ != "NN":
        return set()
    verbs = [c for c in occasion.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    verbs += _participles_strayed(occasion)
    if occasion.dep_ in ("dobj", "nsubjpass"):
        verbs.append(occasion.head)
    attending = [v for v in verbs if v.lemma_.lower() in lex.ATTENDING_VERBS]
    attending += [v for v in (_presence_at(occasion),) if v is not None]
    named = [
        person
        for verb in attending
        for side in subjects(verb)
        if side.i != occasion.i
        for person in _coordinated(side)
    ]
    return {t.lower_ for t in named if _is_person(t)}


def _presence_at(occasion: Token) -> Token | None:
    """ "X and Y were both at a reception": the verb of being at the occasion, or None."""
    head = occasion.head
    if occasion.dep_ != "pobj" or head.lower_ != "at" or head.dep_ != "prep":
        return None
    verb = head.head  # not "spoke at a rally": each addressed the crowd, not each other
    return verb if verb.lemma_ == "be" else None


def _held_jointly(occasion: Token) -> bool:
    """ "X and Y held their first joint campaign event", "X made a joint appearance with Y":
    an occasion two people hold together is a joint appearance of theirs, a meeting (the
    real-news guide) — not "a joint statement" or "a joint letter", no occasion, nor "a joint
    session of Congress", the body's own sitting."""
    named = [occasion, *(c for c in occasion.children if c.dep_ == "compound")]
    joint = any(c.dep_ == "amod" and c.lower_ == "joint" for n in named for c in n.children)
    if occasion.lemma_.lower() not in lex.JOINT_OCCASION_NOUNS or not joint:
        return False  # "joint" may hang on the compound: "their joint campaign event"
    holder = occasion.head
    if occasion.dep_ != "dobj" or holder.lemma_.lower() not in lex.LIGHT_VERBS | lex.HOSTING_VERBS:
        return False
    sides = [t for s in subjects(holder) for t in _coordinated(s)]
    sides += [t for p in _partner_preps(holder, ("with",)) for t in _coordinated(p)]
    return sum(1 for t in sides if _may_be_person(t)) >= _PARTIES_NEEDED


def _participles_strayed(occasion: Token) -> list[Token]:
    """ "an organizer of the rally in Chicago attended by X and Y", "the rally against the
    deal attended by X and Y": the parser hangs a participle of attending after an occasion on
    a noun beside it — the one the occasion's "of" hangs on, or one inside the occasion's own
    phrase; when that noun is no occasion itself (an organizer, a deal), the occasion is what
    was attended."""
    nouns = [t for t in occasion.subtree if t.i > occasion.i]
    if occasion.dep_ == "pobj" and occasion.head.lower_ == "of":
        nouns.append(occasion.head.head)
    return [
        c
        for noun in nouns
        if noun.pos_ == "NOUN" and not _attendable(noun)
        for c in noun.children
        if c.dep_ == "acl"
        and c.tag_ == "VBN"
        and c.i > occasion.i
        and c.lemma_.lower() in lex.ATTENDING_VERBS
    ]


def _attendable(noun: Token) -> bool:
    """A noun for an occasion one attends (a meeting, a visit, a summit), not a deal or a call."""
    return lex.NOUN_TRIGGERS.get(noun.lemma_.lower()) in (Relation.MEET, Relation.VISIT)


def _occasion_owners(occasion: Token) -> list[Token]:
    """Whose occasion it is: the person whose it is ("Y's rally") or who hosted it ("a party
    thrown by Y") — not an organisation's ("the party's convention")."""
    owners = [c for c in occasion.children if c.dep_ == "poss"] + _hosting_agents(occasion)
    owners += _givers(occasion)
    return [o for o in owners if _is_person(o) or o.tag_ == "PRP$"]


def _givers(occasion: Token) -> list[Token]:
    """ "a speech Trump gave at the Mayflower", "a party that Y threw": the subject of a
    relative clause of giving or holding the occasion is whose occasion it is; so is the
    subject of a time clause giving it ("when Trump delivered a speech")."""
    relative = [
        side
        for clause in occasion.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() in lex.OWN_OCCASION_VERBS
        for side in subjects(clause)
    ]
    giving = occasion.head
    told_while = occasion.dep_ == "dobj" and _given_while(giving)
    return relative + (subjects(giving) if told_while else [])


def _given_while(verb: Token) -> bool:
    """ "when Y delivered a speech", "as Y gave his address": a time clause of giving or
    holding an occasion."""
    marked = any(
        c.dep_ in ("mark", "advmod") and c.lower_ in lex.GIVEN_WHILE_WORDS for c in verb.children
    )
    return verb.dep_ == "advcl" and verb.lemma_.lower() in lex.OWN_OCCASION_VERBS and marked


def _present_while_given(occasion: Token) -> Token | None:
    """ "X was among the guests when Y delivered a speech", "X sat in the front row as Y gave
    his address": the verb of being there, in the clause the time clause of giving the
    occasion hangs on — or None."""
    giving = occasion.head
    if occasion.dep_ != "dobj" or not _given_while(giving):
        return None
    scene = giving.head
    if scene.lemma_.lower() not in lex.PRESENCE_VERBS or not subjects(scene):
        return None
    places = [
        (prep.lower_, place.lemma_.lower())
        for prep in scene.children
        if prep.dep_ == "prep"
        for place in prep.children
        if place.dep_ == "pobj"
    ]
    among_guests = any(p == "among" and w in lex.GUEST_ROLE_NOUNS for p, w in places)
    listening = any(p == "in" and w in lex.LISTENERS_PLACES for p, w in places)
    return scene if among_guests or listening else None


def _attending_verb(occasion: Token) -> Token | None:
    """The verb whose subject came to the occasion: "attended Y's rally", or being there for it
    ("was at Y's rally", "was in the East Room for Y's announcement", "spoke at Y's rally",
    "was a guest at Y's wedding", "was in the audience when Y gave a speech"), or acting at one
    a host is named for ("at a fundraiser hosted by Y, X promised …"), or None."""
    head = occasion.head
    if occasion.dep_ == "dobj" and head.lemma_.lower() in lex.ATTENDING_VERBS:
        return head
    present = _present_while_given(occasion)
    if present is not None:
        return present  # "was among the guests when Y delivered a speech"
    if occasion.dep_ == "pobj" and head.lower_ in lex.VISIT_SCENE_PREPOSITIONS - {"before"}:
        scene = head.head  # "at a fundraiser hosted by Y, X promised …": X was Y's guest
        if _hosting_agents(occasion) and scene.pos_ in ("VERB", "AUX") and subjects(scene):
            return scene
    if occasion.dep_ != "pobj" or head.lower_ not in lex.PRESENCE_PREPOSITIONS:
        return None
    verb = head.head
    while verb.dep_ == "prep" or (verb.dep_ == "pobj" and verb.head.dep_ == "prep"):
        verb = verb.head  # "was in the East Room for …": through the place the guest was in
    if verb.dep_ == "attr" and verb.lemma_.lower() in lex.GUEST_ROLE_NOUNS:
        verb = verb.head  # "was a guest at Y's wedding", "was an attendee at Y's fundraisers"
    if verb.dep_ == "dobj" and verb.lemma_.lower() in lex.APPEARANCE_NOUNS:
        verb = verb.head  # "made a surprise appearance at Y's rally": appeared there
        return verb if verb.lemma_.lower() in lex.APPEARANCE_CARRIERS and subjects(verb) else None
    return verb if verb.lemma_.lower() in lex.PRESENCE_VERBS and subjects(verb) else None


def _attended(occasion: Token) -> bool:
    """ "swung at X in the debate", "rattled at the last debate": a debate as the scene of what
    someone did there — not one still to come ("the next debate"), a debate on a topic ("the
    foreign policy debate"), nor debates spoken of in general ("debates have rarely …")."""
    later = any(c.lower_ in lex.LATER_OCCASION_WORDS for c in occasion.children)
    there = _scene_verb(occasion) is not None or len(_named_at(occasion)) >= _PARTIES_NEEDED
    return not (later or _topical(occasion)) and there


def _topical(occasion: Token) -> bool:
    """ "the foreign policy debate", "the immigration summit": a noun before the occasion names
    its topic (a public argument, no occasion of named people) — not the slot it is aired in
    ("the prime-time debate", "the television debate")."""
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in lex.BROADCAST_SLOT_WORDS
        for c in occasion.children
    )


def _named_at(occasion: Token) -> list[Token]:
    """ "the other candidates at the debate -- X, Y and Z -- hoped …": the people a noun for
    people at the occasion names in apposition were there."""
    people = occasion.head.head
    if occasion.dep_ != "pobj" or occasion.head.lower_ not in lex.SCENE_OF_OCCASION:
        return []
    if people.pos_ != "NOUN" or people.lemma_.lower() not in lex.PERSON_NOUNS:
        return []
    named = [c for c in people.children if c.dep_ == "appos"]
    if people.dep_ == "nsubj":  # "the candidates at the debate, X and Y, hoped": the parser
        named += [s for s in subjects(people.head) if s.i > people.i]  # makes two subjects
    return [t for n in named for t in (n, *n.conjuncts) if _is_person(t)]


def _scene_verb(occasion: Token) -> Token | None:
    """The verb an occasion is the scene of, behind "in", "at", "during" or "on" — through
    "the opening round of the debate", or "on the debate stage" — or the verb by which it
    features its people ("the debate featured X and Y"), or None."""
    node = occasion
    if node.dep_ == "compound" and node.head.lemma_.lower() in lex.STAGE_NOUNS:
        node = node.head  # "On the debate stage Thursday, X accused Y"
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head
    if node.dep_ == "nsubj" and node.head.lemma_.lower() in lex.FEATURING_VERBS:
        return node.head
    if node.dep_ == "nsubj" and not _prep_objects(node, lex.DEBATE_TOPIC_PREPOSITIONS):
        return _when_clause(node.head)  # "the debate turned heated when X accused Y"
    head = node.head
    if node.dep_ != "pobj" or head.lower_ not in lex.SCENE_OF_OCCASION:
        return None
    verb = head.head
    return verb if verb.pos_ in ("VERB", "AUX", "ADJ") else None


def _when_clause(verb: Token) -> Token | None:
    """The clause "when …" that tells the moment of what the verb says of an occasion."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    return next((c for c in clauses if any(m.lower_ == "when" for m in c.children)), None)


def _people_present(occasion: Token, ctx: _Context) -> list[Participant]:
    """Everyone the clause a debate is the scene of names as a person (pronouns the cast
    resolved included), outside quotes and reported content: "He appeared rattled at the
    last debate when Clinton accused him"."""
    verb = _scene_verb(occasion)
    featuring = verb is not None and verb.lemma_.lower() in lex.FEATURING_VERBS
    if verb is None or (not featuring and _unnamed_actor(_complement_host(verb), ctx)):
        return []  # (what features the people is the occasion itself, no crowd)
    found: dict[str, Participant] = {}
    for token in _own_clause(_complement_host(verb), asides=False):
        if token.tag_ in RELATIVE_TAGS and verb is not None and verb.dep_ == "relcl":
            token = verb.head  # "Trump, with whom he clashed at the debate": Trump was there
        if _in_quote(token.idx, ctx) or not _may_be_present(token, occasion):
            continue
        member = ctx.cast.member_at(token.idx, token.idx + len(token))
        if member is not None and member.kind is EntityKind.PERSON:
            found.setdefault(member.id, Participant(member.id, member.name))
    return list(found.values())


def _unnamed_actor(verb: Token, ctx: _Context) -> bool:
    """ "The Republican candidates lashed out at Obama and Clinton in a debate": who acted at
    the occasion is a crowd no name says, and whom they spoke of need not have been there."""
    actors = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(actors) and not any(
        _cast_person(a, ctx) or a.lower_ in lex.FIRST_PERSON or a.ent_type_ == "PERSON"
        for actor in actors
        for a in (actor, *actor.conjuncts)
    )


def _complement_host(verb: Token) -> Token:
    """The verb whose clause an open complement belongs to: "came under fire from Trump over
    what he perceived to be unfair questions during the debate" — the debate is the scene of
    "came", whose subject and objects were there."""
    node = verb
    while node.dep_ in ("xcomp", "pcomp") and node.head.i != node.i:
        node = node.head
        if node.pos_ == "ADP" and node.dep_ == "prep":
            node = node.head
    return node


def _may_be_present(token: Token, occasion: Token) -> bool:
    """Not a place, not the name the occasion goes by ("the Miami debate", "the GOP debate"),
    and not the owner of a thing spoken of ("hewed to Obama's approach"): the owner of the
    occasion itself ("his debate") was there."""
    head = token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    named_after = head.head.i == occasion.i and head.dep_ in ("compound", "amod", "nmod")
    owns_other = head.dep_ == "poss" and head.head.i != occasion.i
    spoken_of = any(_ends_a_topic(a) or _topic_phrase(a) for a in token.ancestors)
    return token.ent_type_ not in lex.PLACE_ENTITY_LABELS and not (
        named_after or owns_other or spoken_of
    )


def _topic_phrase(prep: Token) -> bool:
    """ "clashed at the debate over his ties to Putin", "accused him of being a puppet of
    Putin", "pressed him on issues from guns to Obama": who is named in what was at issue, or
    in the charge, was not there."""
    if prep.dep_ != "prep":
        return False
    charge = prep.lower_ in ("of", "for") and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children
    )
    issues = prep.lower_ == "on" and any(  # "prosecuted X on issues from guns to Y"
        c.dep_ == "pobj" and c.lemma_.lower() in lex.ISSUE_NOUNS for c in prep.children
    )
    return charge or issues or prep.lower_ in lex.TOPIC_PREPOSITIONS | {"over"}


def _own_clause(verb: Token, asides: bool = True) -> Iterator[Token]:
    """The verb's clause without the clauses it reports or the descriptions it holds; with
    ``asides=False`` also without a clause set beside it by "as", "while" or "although"
    ("Even as X was criticizing Y, she came under fire during the debate"), which tells what
    went on elsewhere as often as not — a "when" clause times the verb's own moment."""
    yield verb
    for child in verb.children:
        if child.dep_ in ("relcl", "acl", "ccomp", "parataxis"):
            continue
        if not asides and _aside_clause(child):
            continue
        yield from _own_clause(child, asides)


def _aside_clause(clause: Token) -> bool:
    """An adverbial clause opened by a conjunction other than "when"."""
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    return clause.dep_ == "advcl" and bool(marks) and "when" not in marks


_PAIR_REACH = 2  # sentences back in which "the two men" finds the two people it stands for


def _names_pair(token: Token) -> bool:
    """ "he introduced the two men", "both leaders met", "the two met": two people the sentences
    before have named (not "Trump and Cruz, two outsider candidates", which names them right
    there). A bare "they" is left to the cast: it as often stands for a group, or for another
    pair; so is a bare "the two" that is not the subject ("met the two" may be two others)."""
    words = {c.lower_ for c in token.children}
    if token.pos_ == "NUM" and token.lower_ == "two":
        return words == {"the"} and token.dep_ in ("nsubj", "nsubjpass")
    if token.tag_ != "NNS" or token.dep_ == "appos":
        return False
    if not (_person_noun(token) or token.lemma_.lower() in lex.PARTY_PAIR_NOUNS):
        return False
    return "both" in words or words >= lex.PAIR_WORDS


def _reciprocal_pair(party: Token, verb: Token, ctx: _Context, group_too: bool = False) -> bool:
    """ "when they spoke on the phone", "a pair of Vermonters who have spoken periodically",
    "the longtime associates dined together": the plural subject of a verb of meeting or
    talking that names no other side is both sides — a pair the sentences before have named,
    when the cast found no one "they" stands for. So is the subject of the verb a contact noun
    is traded by ("they also exchanged text messages") or held ("they held their first formal
    meeting")."""
    noun = verb if _is_nominal(verb) and verb.dep_ == "dobj" else None
    verb = verb.head if noun is not None else verb
    held = noun is not None and verb.lemma_.lower() in _HELD_BY_BOTH
    if _is_nominal(verb) or not (
        held or _fixed_lemma(verb) in lex.RECIPROCAL_VERBS or _done_together(verb)
    ):
        return False
    partners = _partner_preps(verb) or (_partner_preps(noun) if noun is not None else [])
    if party not in subjects(verb) or _other_sides(verb) or partners:
        return False
    if party.lower_ == "they":
        return group_too or ctx.cast.member_at(party.idx, party.idx + len(party)) is None
    pair = party.head.head if party.dep_ == "pobj" and party.head.lower_ == "of" else party
    return pair.lemma_.lower() in lex.PAIR_NOUNS or _the_related(pair)


# "they held a meeting", "they had a long conversation": a contact both hold together
_HELD_BY_BOTH = frozenset({"hold", "have"})


def _person_noun(noun: Token) -> bool:
    """A noun for people, or for what they are to each other ("the two allies")."""
    return noun.lemma_.lower() in lex.PERSON_NOUNS or noun.lemma_.lower() in lex.RELATION_NOUNS


def _their_own(party: Token, noun: Token) -> bool:
    """ "their meeting", "their first call": a contact owned by "their", with no other side."""
    return (
        party.lower_ == "their"
        and party.dep_ == "poss"
        and party.head.i == noun.i
        and _is_nominal(noun)
        and not _partner_preps(noun)
    )


def _other_sides(verb: Token) -> list[Token]:
    """The verb's objects, less a contact noun restating the act ("X and Y spoke by phone on
    Friday, their first conversation since May": the parser's object is the talk itself)."""
    return [
        o
        for o in _objects(verb)
        if not (o.pos_ == "NOUN" and _trigger_lemma(o) in lex.NOUN_TRIGGERS)
    ]


def _the_related(noun: Token) -> bool:
    """ "the longtime associates", "the two allies", "the old rivals": people told by what they
    are to each other, with "the" — the ones just named."""
    return (
        noun.tag_ == "NNS"
        and noun.lemma_.lower() in lex.RELATION_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    )


def _pair_brought_together(party: Token, verb: Token, ctx: _Context) -> list[Participant]:
    """ "Obama endorsed her – they appeared together": a "they" the cast took for a group, as
    the subject of a verb of meeting or of doing together that names no other side, is the two
    people the clause just before brought together — its subject and its object, or its two
    subjects, the latest clause with a subject in its own sentence or the one before ("the
    leaders said they met" is the leaders). A group alone would meet no one. So is "their" on
    a contact with no other side ("X praised Y. Their meeting lasted an hour.")."""
    they = party.lower_ == "they" and _reciprocal_pair(party, verb, ctx, group_too=True)
    if not (they or _their_own(party, verb)):
        return []
    sentence = party.sent
    before = party.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    clauses = [t for t in party.doc[before.start : party.i] if t.pos_ in ("VERB", "AUX")]
    last = next((c for c in reversed(clauses) if subjects(c)), None)
    if last is None:
        return []
    sides = [c for s in subjects(last) for c in (s, *s.conjuncts)]
    sides += [t for o in last.children if o.dep_ in ("dobj", "dative") for t in (o, *o.conjuncts)]
    people = {p.entity: p for t in sides if (p := _cast_participant(t, ctx)) is not None}
    return list(people.values()) if len(sides) == len(people) == _PARTIES_NEEDED else []


_HUNG_CLAUSES = frozenset({"advcl", "relcl", "acl", "xcomp", "conj"})


def _they_of_the_main_clause(party: Token, ctx: _Context) -> list[Participant]:
    """ "the slides that Guajardo and his aides carry as they speak to business leaders": a
    "they" that is the subject of a clause hung from another stands for the subject of that
    clause when it joins named people, not for a group named earlier in the story."""
    if party.lower_ != "they" or party.dep_ not in _SUBJECT_DEPS:
        return []
    clause = party.head
    while clause.dep_ in _HUNG_CLAUSES and clause.head.i != clause.i:
        clause = clause.head
        subject = next((c for c in clause.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None:
            continue
        if not subject.conjuncts or subject.i > party.i:
            return []
        people = [p for t in (subject, *subject.conjuncts) if (p := _cast_participant(t, ctx))]
        return list({p.entity: p for p in people}.values())
    return []


def _they_after_examples(party: Token, ctx: _Context) -> list[Participant]:
    """ "Critics of the program, like Senators Grassley and Leahy, see … They sent a letter":
    a "they" opening a sentence carries on the subject of the sentence before, and a plural
    subject given named examples stands for them — not for a group named further back."""
    if party.lower_ != "they" or party.dep_ not in _SUBJECT_DEPS or party.head.dep_ != "ROOT":
        return []
    if party.sent.start == 0:
        return []
    before = party.doc[party.sent.start - 1].sent.root
    plural = [s for s in subjects(before) if s.tag_ in ("NNS", "NNPS")]
    named = [m for s in plural for m in _members_named(s) if _is_person(m)]
    people = [p for t in named if (p := _cast_participant(t, ctx)) is not None]
    return list({p.entity: p for p in people}.values())


def _they_after_joined_names(party: Token, ctx: _Context) -> list[Participant]:
    """ "Manafort and Gates flew to Kiev. They met with Yanukovych there.", "After Manafort and
    Gates arrived, they met …": a subject "they" carries on the nearest subject before it — in
    its own sentence, else the subject of the sentence before when "they" opens its own — and
    a subject that joins named people is those people: only when every one of them is a person
    the cast knows ("Trump and the committee" may be the committee's "they"), and both are
    told on the same side of a quotation, with no other plural between them ("Hart and Lund
    thanked the volunteers. They had spoken …" may be the volunteers)."""
    if party.lower_ != "they" or party.dep_ not in _SUBJECT_DEPS:
        return []
    subject = _nearest_subject_before(party)
    if subject is None or _in_quote(subject.idx, ctx) != _in_quote(party.idx, ctx):
        return []
    own = {t.i for t in subject.subtree}
    between = party.doc[subject.i + 1 : party.i]
    if any(t.tag_ in ("NNS", "NNPS") and t.i not in own for t in between):
        return []
    joined = [subject, *subject.conjuncts]
    people = [p for t in joined if (p := _cast_participant(t, ctx)) is not None]
    distinct = list({p.entity: p for p in people}.values())
    return distinct if len(joined) > 1 and len(people) == len(joined) == len(distinct) else []


def _their_joined_subject(party: Token, ctx: _Context) -> list[Participant]:
    """ "Sessions and Kushner failed to disclose their meetings with Kislyak": a "their" on
    a contact noun stands for the joined subject of its verb (see :func:`_their_holders`)
    when every one joined is someone the cast knows."""
    joined = _their_holders(party)
    people = [p for t in joined if (p := _cast_participant(t, ctx)) is not None]
    distinct = list({p.entity: p for p in people}.values())
    return distinct if len(joined) > 1 and len(people) == len(joined) == len(distinct) else []


def _nearest_subject_before(pronoun: Token) -> Token | None:
    """The subject closest before a subject pronoun in its sentence; when none, and the pronoun
    is its sentence's subject, the subject of the sentence before."""
    sentence = pronoun.sent
    before = [t for t in pronoun.doc[sentence.start : pronoun.i] if t.dep_ in _SUBJECT_DEPS]
    if before:
        return before[-1]
    if pronoun.head.dep_ != "ROOT" or sentence.start == 0:
        return None
    previous = subjects(pronoun.doc[sentence.start - 1].sent.root)
    return previous[0] if len(previous) == 1 else None


def _their_named_members(party: Token, ctx: _Context) -> list[Participant]:
    """ "Several of Clinton's top aides have served there - including Podesta, Palmieri and
    Sullivan - and they check in with …": a "they" the cast took for a group stands for the
    people the story named as that group's members where it brought the group in (the guide:
    a group is a party only when no one in it is named) — through a part of it named by its
    own examples too ("officials, including some in Congress like Senators X and Y")."""
    if party.lower_ not in ("they", "them"):
        return []
    group = ctx.cast.member_at(party.idx, party.idx + len(party))
    if group is None or group.kind is not EntityKind.GROUP:
        return []
    start = party.doc[party.sent.start - 1].sent.start if party.sent.start > 0 else party.sent.start
    for token in reversed(party.doc[start : party.i]):
        member = ctx.cast.member_at(token.idx, token.idx + len(token))
        if member is None or member.id != group.id or token.lower_ in lex.PERSONAL_OBJECTS:
            continue
        named = _members_named(token) or _members_named_by_clause(token)
        named = [m for t in named for m in ([t] if _is_person(t) else _members_named(t) or [t])]
        people = [p for t in named if (p := _cast_participant(t, ctx)) is not None]
        return list({p.entity: p for p in people}.values())
    return []


def _posts_of_each(party: Token) -> list[Participant]:
    """ "sent telegrams to the presidents of Kenya and Tanzania", "met the foreign ministers
    of France and Germany": a post held in each of several places named together is one
    holder in each — "president of Kenya" and "president of Tanzania" — not the first place's
    alone."""
    if party.tag_ != "NNS" or party.lemma_.lower() not in POST_NOUNS:
        return []  # not "the leaders of the United States and Israel": they are named elsewhere
    of = next((c for c in party.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    place = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if place is None or not place.conjuncts:
        return []
    modifiers = [c.text for c in party.lefts if c.dep_ in ("amod", "compound")]
    post = " ".join([*modifiers, party.lemma_.lower()])
    holders = [f"{post} of {_phrase_text(p)}" for p in (place, *place.conjuncts)]
    return [Participant(content_id("ent", EntityKind.PERSON, h), h) for h in holders]


def _members_named_by_clause(group: Token) -> list[Token]:
    """ "Several of the aides have served in the White House - including X and Y -": members
    named by an inclusion the parser hung on the verb the group (or a part of it) is the
    subject of."""
    subject = group.head.head if group.dep_ == "pobj" and group.head.lower_ == "of" else group
    if subject.dep_ not in _SUBJECT_DEPS:
        return []
    included = _prep_objects(subject.head, lex.INCLUSION_WORDS)
    return [m for p in included for m in (p, *p.conjuncts)]


def _cast_participant(token: Token, ctx: _Context) -> Participant | None:
    """The person the cast knows a token as (a name or a pronoun it resolved), if a person."""
    member = ctx.cast.member_at(token.idx, token.idx + len(token))
    if member is None or member.kind is not EntityKind.PERSON:
        return None
    return Participant(member.id, member.name)


def _one_family(token: Token, participants: Sequence[Participant], ctx: _Context) -> bool:
    """ "The Clintons have visited the restaurant before": a family named in the plural is one
    side, however many of its members the article names; alone, it met no one."""
    kin = {p.entity for t in token.doc[token.sent.start : token.sent.end] for p in _family(t, ctx)}
    return bool(kin) and {p.entity for p in participants} <= kin


_FAMILY_PLURAL = re.compile(r"^(?P<surname>[A-Z][a-z]+?)(?:es|s)$")


def _family(token: Token, ctx: _Context) -> list[Participant]:
    """ "the Clintons decamped to the beach house of X", "the Khans met the president": a
    surname in the plural after "the" is the family, each of its members the article names
    (at least two of them; else it names no one the record can tell)."""
    found = _FAMILY_PLURAL.match(token.text)
    if found is None or token.tag_ not in ("NNPS", "NNP", "NNS") or not _after_the(token):
        return []
    surnames = {found["surname"], token.text[:-1]}
    members = {
        member.id: Participant(member.id, member.name)
        for member in ctx.cast.members
        if member.kind is EntityKind.PERSON
        and len(member.name.split()) > 1
        and member.name.split()[-1] in surnames
    }
    return list(members.values()) if len(members) >= _PARTIES_NEEDED else []


def _after_the(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def _last_two_named(token: Token, ctx: _Context, known: set[str]) -> list[Participant]:
    """The two people "the two men" stands for: going back from the token through its sentence
    and the ones before it, the people named (by name) until two are found, other than those
    already taking part and of the noun's gender ("the two men" is not the woman named with
    them) — none when a sentence brings in more than two at once ("X met Y and Z. The two men
    …" has not said which two). "Both sides" and "the two companies" may be organisations."""
    gender = noun_gender(token)
    bodies = token.lemma_.lower() in lex.PARTY_PAIR_NOUNS
    known = known | _reporters(token, ctx)
    found: dict[str, Participant] = {}
    spoken_of: dict[str, Participant] = {}
    for words in _sentences_back(token):
        start, end = words.start_char, words.end_char
        for member in ctx.cast.members:
            kinds = {m.kind for m in member.mentions if start <= m.span.start < end}
            fits = _of_gender(member, gender) or (bodies and member.kind is EntityKind.ORG)
            if kinds and member.id not in known and fits:
                spoken_of.setdefault(member.id, Participant(member.id, member.name))
                if MentionKind.NAME in kinds:
                    found.setdefault(member.id, Participant(member.id, member.name))
        if len(found) >= _PARTIES_NEEDED:
            break
    if len(found) < _PARTIES_NEEDED and len(spoken_of) == 1 and _opens_on_a_pair(token):
        one = next(iter(spoken_of.values()))
        partner = _usual_partner(one, token, ctx, known, gender)
        return [one, partner] if partner is not None else []
    if len(found) > _PARTIES_NEEDED:
        # "X spoke with Y on Dec. 29, the day the Obama administration announced sanctions.
        # The two men also …": of more than two named, the two of the contact just told
        pair = _last_contact_pair(token, ctx, known, gender)
        return pair if {p.entity for p in pair} <= set(found) else []
    if len(found) != _PARTIES_NEEDED:
        return []
    return _pair_of_the_last_contact(token, ctx, known, gender, set(found)) or list(found.values())


def _pair_of_the_last_contact(
    token: Token, ctx: _Context, known: set[str], gender: str | None, named: set[str]
) -> list[Participant]:
    """ "Flynn denied discussing sanctions with Kislyak. Pence, relying on Flynn's account,
    said … The two men spoke by phone on Dec. 29": when one of the two last ``named`` is one
    of the pair of the last contact told between two people — in its sentence before it, or
    in the sentences just before —, the pair stands for that contact's two, not for whoever
    was named last (Pence and Flynn never spoke there)."""
    pair = _last_contact_pair(token, ctx, known, gender)
    return pair if len({p.entity for p in pair} & named) == 1 else []


def _last_contact_pair(
    token: Token, ctx: _Context, known: set[str], gender: str | None
) -> list[Participant]:
    """The two people the last contact told between two named people had — in the token's
    sentence before it, or in the sentences just before; none when there is no such contact."""
    for words in _sentences_back(token):
        for trigger in reversed(words):
            if trigger_kind(trigger) is None:
                continue
            pair = _named_parties(trigger, ctx, known, gender)
            if len(pair) == _PARTIES_NEEDED:
                return pair
    return []


def _sentences_back(token: Token) -> Iterator[SpacySpan]:
    """Where a pair's two were told: the words of the token's sentence before it, then each
    whole sentence before that, ``_PAIR_REACH`` of them at most."""
    sentence = token.sent
    yield token.doc[sentence.start : token.i]
    for _ in range(_PAIR_REACH):
        if sentence.start == 0:
            return
        sentence = token.doc[sentence.start - 1].sent
        yield sentence


def _named_parties(
    trigger: Token, ctx: _Context, known: set[str], gender: str | None
) -> list[Participant]:
    """The people a contact word's own parties name by name ("the ambassador, Sergey
    Kislyak" by the name set beside it), of the pair's gender."""
    found: dict[str, Participant] = {}
    parties = _party_tokens(trigger)
    for party in [*parties, *(c for p in parties for c in p.children if c.dep_ == "appos")]:
        member = ctx.cast.member_at(party.idx, party.idx + len(party))
        named = member is not None and any(
            m.kind is MentionKind.NAME and m.span.start <= party.idx < m.span.end
            for m in member.mentions
        )
        if member is not None and named and member.id not in known and _of_gender(member, gender):
            found.setdefault(member.id, Participant(member.id, member.name))
    return list(found.values())


def _opens_on_a_pair(token: Token) -> bool:
    """ "The two men first met in 2013": a pair told by its gender, with no one named before it
    in its sentence ("Reynolds says the two met" may count Reynolds)."""
    return noun_gender(token) is not None and not any(
        t.ent_type_ == "PERSON" for t in token.doc[token.sent.start : token.i]
    )


def _usual_partner(
    one: Participant, token: Token, ctx: _Context, known: set[str], gender: str | None
) -> Participant | None:
    """ "Flynn spoke with Kislyak … Pence said he had spoken with Flynn … The two men first met
    in 2013": when the sentences just before speak of only one of the two, the other is the one
    the story has named with him most often before (twice at least, and more than anyone
    else) — the pair it is about."""
    together: Counter[str] = Counter()
    for sentence in token.doc.sents:
        if sentence.start >= token.sent.start:
            break
        named = _named_in(sentence, ctx)
        if one.entity in named:
            together.update(
                m.id
                for m in named.values()
                if m.id not in known | {one.entity} and _of_gender(m, gender)
            )
    ranked = together.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    member = ctx.cast.member(ranked[0][0])
    return Participant(member.id, member.name) if member is not None else None


def _named_in(sentence: SpacySpan, ctx: _Context) -> dict[str, CastMember]:
    """The cast members the sentence names by name."""
    return {
        member.id: member
        for member in ctx.cast.members
        if any(
            m.kind is MentionKind.NAME and sentence.start_char <= m.span.start < sentence.end_char
            for m in member.mentions
        )
    }


def _reporters(token: Token, ctx: _Context) -> set[str]:
    """A spokesman telling of the pair ("Sean Spicer, the press secretary, said that the two
    men had spoken only once") speaks of others, not of himself — unlike one of the two
    telling of their own talk ("McConnell told reporters … the first time the two men
    spoke")."""
    cue = next((a for a in token.ancestors if a.pos_ == "VERB" and _is_cue(a)), None)
    reporter = speech_subject(cue) if cue is not None else None
    member = ctx.cast.member_at(reporter.idx, reporter.idx + len(reporter)) if reporter else None
    return {member.id} if member is not None and _a_spokesperson(member) else set()


def _a_spokesperson(member: CastMember) -> bool:
    """The article names the person by a post of speaking for others."""
    return any(
        m.kind is MentionKind.ROLE
        and (
            bool(set(m.span.text.lower().split()) & SPOKESPERSON_NOUNS)
            or "press secretary" in m.span.text.lower()
        )
        for m in member.mentions
    )


_OTHER_GENDER = {"m": "f", "f": "m"}


def _of_gender(member: CastMember, gender: str | None) -> bool:
    """A person whose given name does not show the other gender."""
    if member.kind is not EntityKind.PERSON:
        return False
    return gender is None or name_gender(member.name) != _OTHER_GENDER[gender]


def _titles_a_name(token: Token, cast: Cast) -> bool:
    """ "Chairman and CEO Roger Ailes", "Long-shot candidate and former governor Martin
    O'Malley": a bare title or description (no article, one person) coordinated with the
    titled name after it is that name's, not a party of its own."""
    if token.ent_type_ or cast.member_at(token.idx, token.idx + 1):
        return False
    bare_noun = token.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in token.children)
    if token.pos_ != "PROPN" and not bare_noun:
        return False
    return any(
        c.i > token.i
        and all(t.dep_ in ("cc", "dep") for t in token.doc[token.i + 1 : c.left_edge.i])
        and _entity_of(c) is not None
        for c in token.conjuncts
    )


def _reflexive_speaker(party: Token) -> Token:
    """ "Weber told the AP that Manafort discussed it in a call with Podesta and himself":
    a reflexive in reported speech is its speaker."""
    if party.lower_ not in lex.REPORTED_REFLEXIVES:
        return party
    cue = next((a for a in party.ancestors if a.pos_ == "VERB" and _is_cue(a)), None)
    reporter = speech_subject(cue) if cue is not None else None
    return reporter if reporter is not None else party


def _is_outlet(token: Token, cast: Cast) -> bool:
    member = cast.member_at(token.idx, token.idx + len(token))
    return member is not None and is_outlet(member.kind, member.name.split())


def _is_destination(token: Token) -> bool:
    """A place entity, a site ("visited the Officers Memorial"), or whatever follows "to"
    after a visit or trip — but a person's name: "paid a visit to Omar Vale" visited him."""
    return (
        token.ent_type_ in lex.PLACE_ENTITY_LABELS
        or token.lemma_.lower() in lex.SITE_NOUNS
        or (token.dep_ == "pobj" and token.head.lower_ == "to" and not _visited_person(token))
    )


def _visited_person(token: Token) -> bool:
    """A person's name after "to" — not a town named like one ("traveled to Clinton, Iowa")."""
    after = token.doc[token.i + 1 : token.i + 3]
    town = len(after) == 2 and after[0].text == "," and after[1].ent_type_ == "GPE"
    return _is_person(token) and not town


def _party_tokens(token: Token) -> list[Token]:
    """The parties' head tokens, each with its conjuncts ("X and Y met") — except the
    antecedent of a relative clause: "Flynn, Sessions and Trump, who greeted Y" is Trump's,
    and so is "…, who sent Y a letter"."""
    heads = _verb_parties(token) if not _is_nominal(token) else _noun_parties(token)
    antecedent = _relative_antecedent(_verb_taking(token))
    parties = [
        c
        for h in heads
        for c in (
            (h,) if antecedent is not None and h.i == antecedent.i else _joined_past_apposition(h)
        )
    ]
    return [m for p in parties for m in (_members_named(p) or [_standing_for(p)])]


def _verb_taking(noun: Token) -> Token:
    """The verb a contact noun is the object of ("Kerry and Obama, who sent Xi a letter": the
    letter's sender is whom "who" stands for, Obama alone), else the trigger itself."""
    if _is_nominal(noun) and noun.dep_ in _OBJECT_DEPS and noun.head.pos_ == "VERB":
        return noun.head
    return noun


def _standing_for(party: Token) -> Token:
    """The party a phrase stands for: the organisation a place-based one or a body's occasion
    names ("spoke to the annual convention of X" spoke to X), or the body whose remainder it is."""
    return (
        _based_there(party)
        or _holding_body(party)
        or _whole_of(party)
        or _office_holder(party)
        or _predicated_of(party)
        or party
    )


def _predicated_of(description: Token) -> Token | None:
    """ "Renteria is an aide who met the mayor", "He is one of the staffers who flew to Flint",
    "She was among those who met him":
    a description said of a person by "is" stands for that person (as "Renteria, an aide who
    met the mayor," does) — not a name, nor one said of a thing ("the problem is a donor who"),
    nor one denied ("X is not the aide who met Y")."""
    if description.pos_ != "NOUN" and description.lower_ not in lex.DEMONSTRATIVE_PLURALS:
        return None
    node = description
    of = node.head
    if node.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "one":
        node = of.head  # "one of the staffers"
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "the director and one of the staffers"
    among = node.dep_ == "pobj" and node.head.lower_ == "among"  # "was among the aides who"
    copula = node.head.head if among else node.head
    denied = any(c.dep_ == "neg" for c in copula.children)  # "X is not the aide who met Y"
    if not (node.dep_ == "attr" or among) or copula.lemma_ != "be" or denied:
        return None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None or not (_is_person(subject) or subject.tag_ == "PRP"):
        return None
    return subject


def _office_holder(office: Token) -> Token | None:
    """ "wrote to Sanders' Senate office", "visited the home of X": a person's office or home
    stands for the person, whom whoever reaches it reaches (the real-news guide: a visit to a
    person or an office) — a named person's, not "her office", whose owner is often no one the
    record can name."""
    if office.lemma_.lower() not in lex.OFFICE_NOUNS:
        return None
    owners = [o for o in office.children if o.dep_ == "poss"]
    owners += [o for o in _prep_objects(office, ("of",)) if _is_person(o)]  # "the house of X"
    return next((o for o in owners if _may_be_person(o) and o.pos_ != "PRON"), None)


def _holding_body(occasion: Token) -> Token | None:
    """ "the annual meeting of the X Association", "a joint session of Congress", "a luncheon
    hosted by the Y Club": the organisation an occasion is said to be held by — not "its final
    meeting of the year", nor "a gathering of black leaders", people the text names as no one
    body; nor "the NATO summit", "a Y Foundation event", whose words name only whose kind of
    occasion it is (speaking at one is another matter: see :func:`_occasion_host`)."""
    if occasion.lemma_.lower() not in lex.HOSTED_OCCASION_NOUNS:
        return None
    return _first_holder(_holders_named(occasion, ("of",)))


def _said_member(body: Token) -> bool:
    """ "the X Caucus, of which he is a member": a relative clause saying someone belongs."""
    return any(
        c.dep_ == "relcl" and any(w.lemma_.lower() in lex.MEMBER_NOUNS for w in c.subtree)
        for c in body.children
    )


def _visited_scene(occasion: Token) -> Token | None:
    """ "At the annual meeting of X, Y used his speech to …", "Y denounced the deal before a
    joint meeting of X": the verb a body's occasion is the scene of, whose subject visited the
    body. "before" stands in front of an occasion only when it is not the one known ("before a
    joint meeting"): "before the meeting of X" is a time."""
    head = occasion.head
    if occasion.dep_ != "pobj" or head.lower_ not in lex.VISIT_SCENE_PREPOSITIONS:
        return None
    articles = {c.lower_ for c in occasion.children if c.dep_ == "det"}
    if head.lower_ == "before" and not articles & lex.INDEFINITE_ARTICLES:
        return None
    verb = head.head
    if _holding_body(occasion) is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if subjects(verb) else None


def _whole_of(remainder: Token) -> Token | None:
    """ "the rest of the Senate caucus": the body whose remainder met is the party; "met with
    some of the rating agencies", "met with dozens of senators": the body or the people some
    or a count of whom met."""
    counted = remainder.lemma_.lower() in lex.REMAINDER_NOUNS | lex.COUNT_NOUNS
    if not counted and not _partitive_amount(remainder):
        return None
    return next(iter(_prep_objects(remainder, ("of",))), None)


def _partitive_amount(word: Token) -> bool:
    """ "some", "several", "most" standing alone for an amount of what follows "of"."""
    return word.pos_ in ("DET", "PRON", "ADJ") and word.lower_ in lex.PARTITIVE_AMOUNTS - (
        lex.NO_AMOUNTS
    )


def _based_there(place: Token) -> Token | None:
    """ "spoke to the Tyler, Texas-based Hearts for Seniors": the city before "<State>-based"
    says where the organisation after it is based; the organisation is the party."""
    return next(
        (
            a
            for a in place.children
            if a.dep_ == "appos" and any(_says_base(m) for m in a.children if m.dep_ == "amod")
        ),
        None,
    )


def _says_base(word: Token) -> bool:
    """ "Texas-based": a place joined by a hyphen to "based"."""
    return word.lower_ == "based" and word.i > 0 and word.doc[word.i - 1].tag_ == "HYPH"


def _coordinated(head: Token) -> tuple[Token, ...]:
    """The head and its conjuncts ("X and Y met"), when a conjunction joins them: "Weiner, who
    is married to Y, sent …" is no coordination of Weiner and Y, whatever the parser made of
    the relative clause."""
    joined = (head, *head.conjuncts)
    linked = any(c.dep_ in ("cc", "preconj") for t in joined for c in t.children)
    beside = (*_titled_conjuncts(head), *_owners_partner(head))
    return (*joined, *beside) if linked else (head, *beside)


def _owners_partner(head: Token) -> list[Token]:
    """ "met the RNC and Trump's campaign": the name joined to the campaign's owner is a party
    of its own (see :func:`joined_party`)."""
    joined = joined_party(head)
    return [joined[0]] if joined is not None else []


def _titled_conjuncts(name: Token) -> list[Token]:
    """ "Donald Trump and House Speaker Paul Ryan pledged": the parser often hangs the first
    name, "and" and the title as modifiers of the second name; the first name is a conjunct."""
    if not _is_person(name):
        return []
    return [
        t
        for t in name.doc[name.left_edge.i : name.i]
        if t.dep_ in ("nmod", "compound")  # "between Reagan and Soviet leader X": either
        and _is_person(t)
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children)
    ]


def _members_named(group: Token) -> list[Token]:
    """ "met with top Senate Democrats, including Harry Reid and Pat Leahy", "his colleagues
    Phil Griffin and Catherine Barnes", "Those who met Kislyak included Sessions and Gordon": a
    group whose people are named stands for them — a group is a party only when no one in it
    is named."""
    included = _prep_objects(group, lex.INCLUSION_WORDS)
    if group.dep_ in _SUBJECT_DEPS and group.head.lemma_.lower() in lex.LISTING_VERBS:
        included += _objects(group.head)  # "Those who met Kislyak included Sessions and Gordon"
    if group.tag_ in ("NNS", "NNPS"):
        included += [c for c in group.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        included += _included_after(group)
    return [m for p in included for m in (p, *p.conjuncts)]


def _included_after(group: Token) -> list[Token]:
    """ "met with several Russian officials in March, including Sergey Kislyak", "met several
    advisers during the campaign, including Sessions": the parser hangs an "including" that
    comes after the group's own words on the verb, or on the noun of the verb's phrase before
    it; the names it gives are the group's people all the same."""
    verb = group.head.head if group.dep_ == "pobj" else group.head if group.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB":
        return []
    phrases = [n for p in verb.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"]
    hosts = [verb, *(n for n in phrases if n.i > group.i)]
    return [
        p
        for host in hosts
        for p in _prep_objects(host, lex.INCLUSION_WORDS)
        if p.i > group.i and p.pos_ == "PROPN"
    ]


def _relative_antecedent(verb: Token) -> Token | None:
    """What a relative pronoun subject stands for: the nominal right before it, whatever the
    parse attached the clause to; a reflexive ("Trump himself, who") stands for its noun."""
    if verb.dep_ not in ("relcl", "acl"):
        return None
    pronoun = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if pronoun is None or pronoun.tag_ not in RELATIVE_TAGS:
        return None
    before = [t for t in verb.doc[verb.sent.start : pronoun.i] if not t.is_punct]
    if before and before[-1].lower_ in lex.REFLEXIVES and len(before) > 1:
        before.pop()
    if not before or before[-1].pos_ not in ("PROPN", "NOUN", "PRON"):
        return verb.head
    return _person_described(before[-1], pronoun) or before[-1]


def _person_described(last: Token, pronoun: Token) -> Token | None:
    """ "Sen. X of Hawaii, who has spoken to …", "a developer in Ohio, who introduced …", "a
    co-chairman of the Caucus, who sent …", "the people outside the government who met with
    her": "who" stands for the person (or the people) the place or the body describes, not for
    the place or the body."""
    prep = last.head
    if pronoun.lower_ != "who" or _is_person(last) or prep.lower_ not in _WHERE_FROM:
        return None
    body = last.ent_type_ == "ORG" or (
        not last.ent_type_ and last.lemma_.lower() in lex.ORGANISATION_NOUNS
    )
    if last.ent_type_ not in lex.PLACE_ENTITY_LABELS and not body:
        return None
    holder = prep.head
    if holder.dep_ == "appos" and _is_person(holder.head):
        return holder.head  # "Tim Hess, a real estate developer in Virginia, who …": Hess
    person = _is_person(holder) or holder.lemma_.lower() in lex.PERSON_NOUNS | _PEOPLE
    return holder if holder is not prep and person else None


#: What a person is of, in or from, or outside of ("the people outside the government").
_WHERE_FROM = lex.OF_WHERE | {"outside"}
#: Nouns for people at large: who "who" stands for, never a party named by it.
_PEOPLE = frozenset({"people", "person"})


def _verb_parties(verb: Token) -> list[Token]:
    host = _appearance_host(verb)
    # "addressed the X convention", "spoke to members of the Y Club": the host is the party
    stand_ins = [*_occasions_taken_in(verb), *_audiences_of_bodies(verb)]
    held = {o.i for o in stand_ins} if host is not None else set()
    objects = [] if _topic_object(verb) else [o for o in _objects(verb) if o.i not in held]
    partners = _partner_preps(verb)
    nested = [
        p
        for prep in _prep_objects(
            verb,
            lex.PLACE_PREPOSITIONS | lex.OCCASION_PREPOSITIONS | lex.SHUT_SCENE_PREPOSITIONS,
        )
        for p in _partner_preps(prep)
        if p.ent_type_ not in lex.PLACE_ENTITY_LABELS  # "met her on a trip to Mexico"
    ]
    return [
        *subjects(verb),
        *objects,
        *(p for p in partners if p.i not in held),
        *nested,
        *_stranded_partner(verb),
        *_shared_with(verb),
        *_passive_patient(verb),
        *_show_hosts(verb),
        *_idiom_partners(verb),
        *_companions(verb),
        *_escorts(verb),
        *_alongside(verb, [*objects, *partners]),
        *_attendees_set_beside(verb),
        *_idiom_partners_with(verb),
        *_met_by_chance(verb),
        *_place_owners(verb),
        *_in_someones_company(verb),
        *([host] if host is not None else []),
    ]


def _topic_object(verb: Token) -> bool:
    """ "Clinton discussed Libya with Blumenthal", "they discussed Trump": what is discussed is
    the topic, never a party — those who discussed it are its subject and whoever it was
    discussed "with"."""
    return _fixed_lemma(verb) in lex.TOPIC_OBJECT_VERBS


def _attendees_set_beside(verb: Token) -> list[Token]:
    """ "met with Kushner at Trump Tower in early December, a meeting Flynn attended": whoever
    the meeting set beside the contact says attended it took part in it."""
    meetings = [  # the parser hangs the meeting on the verb or on the last party named
        c
        for c in verb.subtree
        if c.dep_ in ("npadvmod", "appos")
        and _attendable(c)
        and c.i > 0
        and c.doc[c.left_edge.i - 1].text == ","
    ]
    return [
        s
        for m in meetings
        for clause in m.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() in lex.ATTENDING_VERBS
        for s in subjects(clause)
        if _is_person(s)
    ]


def _alongside(verb: Token, others: Sequence[Token]) -> list[Token]:
    """ "met Kislyak at Trump Tower alongside Michael Flynn": a named person beside whom one
    had a contact with someone else took part in it too."""
    if not others:
        return []
    return [p for p in _prep_objects(verb, ("alongside",)) if _is_person(p)]


def _escorts(verb: Token) -> list[Token]:
    """ "Accompanied by Kushner, Trump met …": those along for the contact, named on a
    participle of its own, took part in it beside the subject (people "along with" the subject
    are its partners: see :func:`_carries_preposition`)."""
    escorted = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_.lower() in lex.ESCORTING_VERBS
    ]
    return [p for e in escorted for p in _prep_objects(e, ("by",))]


def _shared_with(verb: Token) -> list[Token]:
    """ "shared her decision with the board", "toured the devastation with X", "traded barbs
    with Y", "discussed sanctions with the ambassador": the parser hangs the "with" on what was
    shared, toured, traded or discussed; it still says with whom — unless what was discussed
    is a contact of its own ("discussed his meeting with X": that meeting's other side)."""
    lemma = _fixed_lemma(verb)
    if lemma in lex.DISCUSSING_VERBS and lemma in lex.VERB_TRIGGERS:
        objects = [o for o in _objects(verb) if _trigger_lemma(o) not in lex.NOUN_TRIGGERS]
    elif lemma in lex.SHARING_VERBS | lex.COMPANY_VERBS | lex.WORD_TRADING_VERBS:
        objects = _objects(verb)
    else:
        return []
    return [p for o in objects for p in _prep_objects(o, ("with",))]


def _stranded_partner(verb: Token) -> list[Token]:
    """ "the officers he has spoken with": a relative clause whose "with" lost its object to
    the noun it describes — that noun is the other side (whatever the parser hung on the
    bare preposition: "the officers he has spoken with “understand …”")."""
    stranded = any(
        c.dep_ == "prep"
        and c.lower_ in lex.PARTNER_PREPOSITIONS
        and not any(p.dep_ == "pobj" for p in c.children)
        for c in verb.children
    )
    return [verb.head] if stranded and verb.dep_ == "relcl" else []


def _subjects_own(owner: Token) -> bool:
    """ "X and Y held their first joint event", "X had his meeting with Y", "During their
    call, X and Y agreed …": a possessive pronoun on what the subject holds, or on the scene
    the subjects share, is the subjects' own, already parties — not whoever the pronoun would
    reach back to before the sentence."""
    noun = owner.head
    if owner.tag_ != "PRP$":
        return False
    held = noun.dep_ == "dobj" and _carries(noun.head) and bool(subjects(noun.head))
    host = _host_verb(noun)
    return held or (host is not None and _held_between_its_subjects(noun, host))


def _noun_parties(noun: Token) -> list[Token]:
    scene = _visited_scene(noun)
    body = _holding_body(noun)
    if scene is not None and body is not None:
        return [body, *subjects(scene)]
    names = [] if _named_occasion(noun) else _name_compounds(noun)
    if _trigger_lemma(noun) in lex.COPRESENCE_NOUNS:  # "the Miami debate", "the GOP debate"
        names = [n for n in names if _is_person(n)]
    own = [c for c in noun.children if c.dep_ == "poss" and not _subjects_own(c)] + names
    if _attended_owned_occasion(noun):
        own += _occasion_owners(noun)  # "a fundraiser organized by Y": Y's own
    if _trigger_lemma(noun) in lex.GUEST_NOUNS:
        own += [noun, *(c for c in noun.children if c.dep_ == "appos")]
    carriers = [
        c
        for c in noun.children
        if c.dep_ in ("acl", "amod")
        and c.pos_ == "VERB"
        and not _discloses(c)  # "emails released by the agency"
    ]
    carriers += _relative_carriers(noun) + _participles_strayed(noun)
    own_preps = _partner_preps(noun)
    partners = own_preps + _audience(noun) + _copular_partners(noun)
    partners += _partners_after_clause(noun) + _included_in(noun)
    if _trigger_lemma(noun) in lex.SIDED_OCCASION_NOUNS:
        partners += _sides_restated(noun) + _named_at(noun)
    # "X was in the audience when Y delivered a speech": X was there, Y gave it (an owner)
    carrier = _present_while_given(noun) or _carrier_verb(noun) or _scene_host(noun)
    carrier = carrier or (_attending_verb(noun) if _attended_owned_occasion(noun) else None)
    if carrier is not None:
        carriers.append(carrier)
    # a carrier's partner told before a noun that names its own is another act's ("set up a
    # channel with the Kremlin during a meeting with Kislyak": the Kremlin is the channel's)
    borne = [
        p
        for c in carriers
        for p in (
            *subjects(c),
            *(p for p in _partner_preps(c) if not (own_preps and p.i < noun.i)),
            *_agents_partners(c),
            *_datives(c),
        )
    ]
    sequel = None if carrier is not None else (_sequel_host(noun) or _leaver(noun))
    if sequel is not None:  # "after a dinner with X, Y flew to Ohio": Y dined, Ohio did not
        borne += subjects(sequel)
    borne += _senders(noun, carriers)
    told = _told_in(noun)
    if told is not None:
        borne += [*subjects(told), *_objects(told), *_put_to(told)]
    recounted = noun.head.lemma_.lower() in lex.RECOUNT_VERBS and not _own_sides(noun)
    if noun.dep_ == "dobj" and (recounted or _took_place(noun)):
        borne += subjects(noun.head)  # "recalled calls with X", "sought a meeting that took place"
    if noun.dep_ == "dobj" and recounted and not own_preps:
        # "acknowledged a meeting on Dec. 13 with X": the parser hangs the "with" on the verb
        borne += [p for p in _partner_preps(noun.head) if p.i > noun.i]
    borne += _shared_over(noun) + _repliers(noun) + _addressed_by_its_words(noun)
    borne += _answered_by_message(noun)
    if _called_on_in_person(noun):
        borne += _prep_objects(noun, ("on",)) + _done_by_means(noun)
    honoured = _honourees(noun)
    if honoured:
        borne += [*honoured, *subjects(noun.head)]
    found = [*own, *partners, *borne, *_schedule_owners(noun), *_occasion_guests(noun)]
    if _trigger_lemma(noun) in lex.TALK_NOUNS:  # "his speech to the X convention": X is the party
        found = [p for p in found if not _hosted_occasion(p)]
    if _trigger_lemma(noun) in lex.COPRESENCE_NOUNS:  # a debate's parties are its debaters
        return [t for t in found if t.ent_type_ in ("PERSON", "")]
    return found


def _shared_over(meal: Token) -> list[Token]:
    """ "Over lunch in 2005, X and Y decided to found the firm", "over dinner, X persuaded Y":
    a meal the clause is told over was shared by those who act in it and on whom they act.
    At a dinner, which may be a crowded one, only people who act together were together ("At
    a dinner in May, X and Y agreed …"; not "At a dinner, X criticized Y")."""
    head = meal.head
    if meal.dep_ != "pobj" or _trigger_lemma(meal) not in lex.MEAL_NOUNS | lex.SCENE_ONLY_MEALS:
        return []
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    if head.lower_ in lex.MEAL_SCENE_PREPOSITIONS:
        return [*subjects(verb), *(o for o in _objects(verb) if _person_like(o))]
    together = _coordinated_subject(verb) and head.i < verb.i
    return subjects(verb) if head.lower_ in lex.SCENE_OF_OCCASION and together else []


def _addressed_by_its_words(message: Token) -> list[Token]:
    """ "wrote a letter congratulating X", "sent a note thanking Y", "a letter urging Z to
    resign", "a letter from the Legion warned X that …": with no other addressee named, whom a
    message thanks, urges or warns is whom it went to."""
    if lex.NOUN_TRIGGERS.get(_trigger_lemma(message)) is not Relation.MESSAGE:
        return []
    if _prep_objects(message, ("to",)):
        return []
    addressing = [
        c
        for c in message.children
        if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in lex.ADDRESSING_VERBS
    ]
    if message.dep_ == "nsubj" and message.head.lemma_.lower() in lex.ADDRESSING_VERBS:
        addressing.append(message.head)
    return [o for c in addressing for o in _objects(c) if _may_be_person(o)]


def _repliers(message: Token) -> list[Token]:
    """ "X replied to Y's email", "responded to her letter": who answers a message writes back
    to its sender."""
    head = message.head
    if lex.NOUN_TRIGGERS.get(_trigger_lemma(message)) is not Relation.MESSAGE:
        return []
    if message.dep_ != "pobj" or head.lower_ != "to":
        return []
    verb = head.head
    return subjects(verb) if verb.lemma_.lower() in lex.REPLY_VERBS else []


def _answered_by_message(message: Token) -> list[Token]:
    """ "X replied to Y in a letter", "responded to Y by email", "answered Y in an email": a
    reply sent as a private message reaches the one answered — not "responded to Y in a
    statement" (said to everyone), nor "replied in an email to reporters" (the message's own
    addressee, found by its own words)."""
    head = message.head
    if _trigger_lemma(message) not in lex.REPLY_MEANS_NOUNS or message.dep_ != "pobj":
        return []
    verb = head.head
    if head.lower_ not in lex.REPLY_MEANS_PREPOSITIONS or _fixed_lemma(verb) not in lex.REPLY_VERBS:
        return []
    answered = _partner_preps(verb, ("to",))
    if _fixed_lemma(verb) == "answer":
        answered += _objects(verb)
    answered = [a for a in answered if _may_be_person(a)]
    return [*subjects(verb), *answered] if answered else []


def _called_on_in_person(call: Token) -> bool:
    """ "paid a courtesy call on X", "an impromptu social call on Y": a call on a person,
    paid or social, is a visit to them."""
    words = {c.lower_ for c in call.children if c.dep_ == "amod"} | {call.head.lemma_.lower()}
    on = _prep_objects(call, ("on",))
    return bool(words & lex.CALLING_ON_WORDS) and any(_is_person(p) for p in on)


def _done_by_means(noun: Token) -> list[Token]:
    """ "caused a furor with a social call on X": who acts with a contact paid it."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "with" or head.head.pos_ not in ("VERB", "AUX"):
        return []
    return subjects(head.head)


def _honourees(occasion: Token) -> list[Token]:
    """ "held a fund-raiser for Hillary Clinton at his duplex", "hosted a dinner for X": the
    people an occasion its host held was for (people, not "a fund-raiser for her campaign";
    a loose crowd, "a party for supporters", is no party: see :func:`_loose_crowd`)."""
    if _trigger_lemma(occasion) not in lex.HELD_FOR_NOUNS:
        return []
    host = occasion.head
    if occasion.dep_ != "dobj" or host.lemma_.lower() not in lex.HOLDING_FOR_VERBS:
        return []
    held_for = _prep_objects(occasion, ("for",)) + _prep_objects(host, ("for",))
    return [p for p in held_for if _is_person(p) or _people_by_word(p)]


def _people_by_word(token: Token) -> bool:
    """A pronoun or a plural noun for people ("for him", "for members of X") — not a singular
    body ("for her campaign")."""
    plural = token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in lex.PERSON_NOUNS
    return token.lower_ in lex.PERSONAL_OBJECTS or plural


def _own_sides(noun: Token) -> bool:
    """ "recalled the meeting between X and Y", "recalled X's meeting with Y", "described the
    meeting he had with Y": a contact that names whose it was leaves out the one who recalls
    it (not "recalled calls with X", nor "described the leaders' meeting with Y", a group the
    one who recalls may belong to)."""
    owner = any(c.dep_ == "poss" and _is_person(c) for c in noun.children)
    held = any(subjects(c) for c in _relative_carriers(noun))
    return owner or held or bool(_prep_objects(noun, ("between",)))


def _schedule_owners(noun: Token) -> list[Token]:
    """ "His remaining engagements included a speech to X", "her schedule included lunch with
    X": whose past schedule held the contact took part in it (not "his schedule includes a
    meeting", still to come)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex.LISTING_VERBS or verb.tag_ != "VBD":
        return []
    return [
        owner
        for schedule in verb.children
        if schedule.dep_ in _SUBJECT_DEPS and schedule.lemma_.lower() in lex.SCHEDULE_NOUNS
        for owner in schedule.children
        if owner.dep_ == "poss"
    ]


def _datives(carrier: Token) -> list[Token]:
    """ "gave Ann Diaz a call", "paid him a visit": the one a light verb gives its contact to."""
    return [c for c in carrier.children if c.dep_ == "dative"]


def _agents_partners(carrier: Token) -> list[Token]:
    """ "the meetings held by the two secretaries with the Saudi leadership": the parser hangs
    the other side on the agent of the verb that carries the contact noun."""
    return [w for agent in _prep_objects(carrier, ("by",)) for w in _prep_objects(agent, ("with",))]


def _copular_partners(noun: Token) -> list[Token]:
    """ "his first call was with May", "85 of the meetings she had were with donors", "Of the
    meetings, most were with donors": contacts said to be with someone were held with them
    (not when the copula denies it: "none of them were with donors")."""
    subject = _partitive_whole(noun) or noun
    copula = subject.head
    if subject.dep_ == "pobj" and copula.dep_ == "prep" and copula.lower_ == "of":
        copula = copula.head  # "Of the meetings she had, 85 were with donors"
    elif subject.dep_ not in _SUBJECT_DEPS:
        return []
    amount = next((c for c in copula.children if c.dep_ in _SUBJECT_DEPS), None)
    if copula.lemma_.lower() != "be" or amount is None or _negated(copula):
        return []
    if _negated(amount) or amount.lower_ in lex.NO_AMOUNTS:
        return []
    return _prep_objects(copula, ("with",))


def _partitive_whole(noun: Token) -> Token | None:
    """ "85 of the meetings", "half of her calls": the amount a contact noun is the whole of."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return None
    amount = of.head
    counted = amount.ent_type_ == "CARDINAL" or amount.lower_ in lex.PARTITIVE_AMOUNTS
    return amount if amount.dep_ in _SUBJECT_DEPS and counted else None


def _senders(noun: Token, carriers: Sequence[Token]) -> list[Token]:
    """ "a letter from X", "took a call from X": who a call or a message came from — not the
    place it came from ("a letter postmarked from Massachusetts"). In "a letter to the board
    from X" the parser hangs the sender on the addressee."""
    if lex.NOUN_TRIGGERS.get(_trigger_lemma(noun)) not in (Relation.CALL, Relation.MESSAGE):
        return []
    addressees = _prep_objects(noun, ("to",))
    return [
        p
        for h in (noun, *carriers, *addressees)
        for p in _prep_objects(h, lex.SENDER_PREPOSITIONS)
        if p.ent_type_ not in lex.PLACE_ENTITY_LABELS or _is_person(p)
    ]


def _relative_carriers(noun: Token) -> list[Token]:
    """ "a June conversation she had with Trump", "the meetings Clinton held with donors": a
    relative clause that carries the noun names who had the contact, and often with whom."""
    return [c for c in noun.children if c.dep_ == "relcl" and _carries(c)]


def _included_in(noun: Token) -> list[Token]:
    """ "the meeting, which also included Jared Kushner and Paul Manafort", "The meeting
    included Kushner": whom a contact is said to have included took part in it (not "the
    talks included sanctions": only people count, see :func:`_participants`)."""
    verbs = [c for c in noun.children if c.dep_ == "relcl" and _relative_subject(c)]
    if noun.dep_ in _SUBJECT_DEPS:
        verbs.append(noun.head)
    listing = [v for v in verbs if v.lemma_.lower() in lex.LISTING_VERBS and not _negated(v)]
    return [o for v in listing for o in _objects(v) if _may_be_person(o)]


def _relative_subject(clause: Token) -> bool:
    return any(c.tag_ in RELATIVE_TAGS and c.dep_ in _SUBJECT_DEPS for c in clause.children)


def _partners_after_clause(noun: Token) -> list[Token]:
    """ "said of the encounter he had last week with Trump": the partner phrase right after a
    relative clause that carries the noun belongs to that clause, though the parser, misled by
    the time phrase between, hangs it on the verb the noun depends on."""
    doc = noun.doc
    return [
        p
        for clause in _relative_carriers(noun)
        if clause.right_edge.i + 1 < noun.sent.end
        for prep in (doc[clause.right_edge.i + 1],)
        if prep.dep_ == "prep"
        and prep.lower_ in lex.PARTNER_PREPOSITIONS
        and prep.head.i in {a.i for a in noun.ancestors}
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def _sequel_host(noun: Token) -> Token | None:
    """ "After a March meeting with X, Y changed her mind": Y took part (for people only); "X
    and Y pledged to work together after a meeting Thursday", "After their meeting, X and Y
    issued a statement": two people named together did what followed the meeting they held."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in lex.SEQUENCE_PREPOSITIONS:
        return None
    host = head.head
    owners = [c for c in noun.children if c.dep_ == "poss"]  # "after her meeting with X": hers
    theirs = bool(owners) and all(c.lower_ == "their" for c in owners)
    if host.pos_ not in ("VERB", "AUX") or (owners and not theirs):
        return None
    if _partner_preps(noun) and not theirs:
        return host
    while host.dep_ == "xcomp" and host.head.i != host.i:
        host = host.head  # "pledged to work together after a meeting": who pledged
    told = any(c.lower_ in _ANAPHORIC_DETERMINERS for c in noun.children)  # "the meeting": whose?
    return host if _named_pair_subject(host) and not told else None


def _leaver(noun: Token) -> Token | None:
    """ "emerged from a meeting with X", "came out of talks with Y", "walked out of a meeting
    with Z", "left the meeting with X early": who leaves a contact with someone was in it."""
    if not _partner_preps(noun):
        return None
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in lex.LEAVING_VERBS:
        return head
    if noun.dep_ != "pobj" or head.lower_ not in ("from", "of"):
        return None
    verb = head.head
    if head.lower_ == "of":  # "out of": the parser hangs "of" on "out" or beside it
        out = verb if verb.lower_ == "out" else head.doc[head.i - 1]
        if out.lower_ != "out":
            return None
        verb = out.head if out.head.i != out.i else verb
    return verb if verb.lemma_.lower() in lex.LEAVING_VERBS and verb.pos_ == "VERB" else None


def _named_pair_subject(verb: Token) -> bool:
    """ "Donald Trump and House Speaker Paul Ryan pledged …": the subject is two people, each
    named."""
    pairs = [_coordinated(c) for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    return any(len(pair) > 1 and all(_is_person(t) for t in pair) for pair in pairs)


def _told_in(noun: Token) -> Token | None:
    """ "told Y in a meeting that …", "proposed a back channel to Y during a meeting": the
    teller and the one told met."""
    host = _host_verb(noun)
    if host is None:
        return None
    lemma = host.lemma_.lower()
    told = lemma in lex.TELLING_CUES and bool(_objects(host))
    put_to = lemma in lex.TELLING_CUES | lex.PUTTING_VERBS and bool(_put_to(host))
    return host if told or put_to else None


def _put_to(verb: Token) -> list[Token]:
    """ "proposed a back channel to Kislyak", "explained the plan to Ryan": the person a
    thing was said or put to."""
    return [p for p in _prep_objects(verb, ("to",)) if _is_person(p)]


def _occasion_verb(noun: Token) -> Token | None:
    """ "sat down to dinner", "joined X for lunch", "flew to Moscow for talks with Y": the verb
    of going to the occasion, whose time and people are the occasion's — unless a trip tells
    the contact itself ("traveled to Geneva for a meeting with X" is one visit)."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in lex.OCCASION_PREPOSITIONS:
        return None
    verb = head.head
    lemma = verb.lemma_.lower()
    trip = lemma in lex.MOTION_VERBS and trigger_kind(verb) is None
    return verb if lemma in lex.OCCASION_VERBS or trip else None


def _occasion_guests(noun: Token) -> list[Token]:
    """ "joined X for dinner", "invited X to lunch": the host and the guest met; "sent X to
    Capitol Hill for a meeting with Y": the envoy went, the sender did not."""
    verb = _occasion_verb(noun)
    if verb is None:
        return []
    lemma = verb.lemma_.lower()
    if lemma in lex.ENVOY_VERBS:
        return [o for o in _objects(verb) if not _is_destination(o)]
    return [*subjects(verb), *(_objects(verb) if lemma in lex.GUEST_VERBS else [])]


def _named_occasion(noun: Token) -> bool:
    """ "during the Christian Science Monitor Breakfast", "at the Al Smith Dinner": a trigger
    word capitalised inside a sentence names an occasion, whose other words are its name, not
    its guests (a headline capitalises every word and says nothing of the kind)."""
    return _capitalised_inside(noun) and noun.pos_ == "PROPN" and not in_title_cased_line(noun)


def _name_compounds(token: Token) -> list[Token]:
    """ "the X-Y conversations", "a Smith meeting": names used as modifiers, nested or not —
    not a site's ("the Trump Tower meeting" was held there)."""
    found = []
    for child in token.children:
        if child.dep_ != "compound" or child.lemma_.lower() in lex.SITE_NOUNS:
            continue
        if child.pos_ == "PROPN" or child.ent_type_ in LABEL_KINDS:
            found += [child, *_name_compounds(child)]
    return found


def subjects(verb: Token) -> list[Token]:
    """The verb's subjects; the passive agent; the antecedent of a relative pronoun; the
    subject a conjoined or raised verb shares with the verb above it."""
    found = [datelined(c) for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    found += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    antecedent = _relative_antecedent(verb)
    if antecedent is not None:
        return [antecedent]
    spent = None if found else _spent_doing(verb)
    if spent is not None:
        return subjects(spent)  # "spent the morning filming shows and meeting with X"
    if not found and _noun_infinitive(verb):
        return _noun_holder(verb.head)
    if verb.dep_ in ("relcl", "acl") and not found:
        return [verb.head]
    if not found and (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and _asyndetic(verb))):
        # "… at Bedminster, N.J. Roger Ailes also met X"; "After a dinner with X, Y flew …",
        # where the parser made Y an apposition of X
        found = _stranded_subject(verb)
    if not found and (verb.dep_ == "xcomp" or _sent_on_errand(verb)) and _object_of(verb.head):
        return _object_of(verb.head)  # "asked him to call X", "sent him to meet X"
    if not found and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return subjects(verb.head)  # "met and talked", "is said to have met"
    if not found and (_errand(verb) or _trip_under_way(verb)):
        return subjects(verb.head)  # "visited the Capitol to meet with X": the visitor met X
    if not found and _participle(verb) and verb.dep_ in ("advcl", "pcomp", "acl"):
        governing = _governing_verb(verb)
        if governing is None:
            return []
        # the clause's own subject, never a passive's agent: "was accused by X of grabbing her"
        antecedent = _relative_antecedent(governing)  # "X, who was won over after meeting Y"
        own = [c for c in governing.children if c.dep_ in _SUBJECT_DEPS]
        own = [antecedent] if antecedent is not None else own
        return own or _stranded_subject(governing) or _controller(governing)
    return found


_SPENT_ON_DEPS = frozenset({"dobj", "xcomp", "advcl", "npadvmod", "conj", "compound"})


def _spent_doing(word: Token) -> Token | None:
    """ "spent Wednesday meeting with X", "spent the morning filming shows and meeting with Y":
    an -ing word after "spend" and a stretch of time tells what the subject did in that time
    — the parser often reads it as a noun or hangs it on a noun between. The verb "spend",
    reached through such misreadings only (never a clause with a subject of its own, nor "spent
    Wednesday preparing for a meeting": an object of a preposition)."""
    if not word.lower_.endswith("ing"):
        return None
    step = word
    while _spent_on_step(step):
        if any(c.dep_ in _SUBJECT_DEPS and c.pos_ in ("PRON", "PROPN") for c in step.children):
            return None  # "… and his aides were meeting with X": their own clause
        step = step.head
        if step.lemma_.lower() == "spend" and step.pos_ == "VERB":
            between = step.doc[step.i + 1 : word.i]
            timed = any(
                t.ent_type_ in ("DATE", "TIME") or t.lemma_.lower() in lex.TIME_NOUNS
                for t in between
            )
            return step if timed else None
    return None


def _spent_with_someone(gerund: Token) -> Relation | None:
    """ "spent the evening dining with X", "spent Tuesday huddling with Y": an -ing word after
    "spend" and a time, which the parser took for a noun, tells the contact of its verb with
    the one named behind "with"."""
    if _spent_doing(gerund) is None or not _partner_preps(gerund, ("with",)):
        return None
    stem = gerund.lower_.removesuffix("ing")
    bases = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
    return next((lex.VERB_TRIGGERS[b] for b in bases if b in lex.VERB_TRIGGERS), None)


def _spent_on_step(step: Token) -> bool:
    """One step up from an -ing word towards the "spend" it may follow: a misread object,
    complement or conjunct, or the amount of a time ("spent much of the day meeting with X")."""
    if step.head.i == step.i:
        return False
    if step.dep_ in ("pobj", "prep"):
        shared = step.lower_ == "of" and step.head.lower_ in lex.SHARE_OF_TIME_WORDS
        return step.head.lower_ == "of" or shared
    return step.dep_ in _SPENT_ON_DEPS


def _sent_on_errand(verb: Token) -> bool:
    """ "sent his chief of staff to meet the governor": the purpose of a sending."""
    return (
        verb.dep_ == "advcl"
        and purpose_clause(verb)
        and verb.head.lemma_.lower() in lex.DISPATCH_VERBS
    )


def _object_of(verb: Token) -> list[Token]:
    """ "dispatched him to meet X", "urged Lena Ruud to call X": an infinitive after a verb's
    object is that object's to do (not "used phones to discuss it")."""
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    return [c for c in objects if _may_be_person(c) or _names_in_apposition(c)]


def _participle(verb: Token) -> bool:
    """A gerund or present participle ("meeting with X"), or a perfect one ("having met X")."""
    return verb.tag_ == "VBG" or _perfect_participle(verb)


def _perfect_participle(verb: Token) -> bool:
    """ "having met X": done before the clause it hangs in, whatever that clause's tense."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "having" for c in verb.children
    )


def _controller(verb: Token) -> list[Token]:
    """ "who was persuaded to back Cruz after meeting his father": an infinitive with no subject
    of its own is done by the object of the verb above it ("persuaded X to"), else by that
    verb's subject (a passive's, or a relative's antecedent) — never by a passive's agent."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return []
    head = verb.head
    objects = [c for c in head.children if c.dep_ in _OBJECT_DEPS]
    return objects or [s for s in subjects(head) if s.head.dep_ != "agent"]


def _stranded_subject(verb: Token) -> list[Token]:
    """ "Addressing the members, the campaign chief, Paul Manafort, bluntly suggested …": a
    finite verb the parser left without a subject has for subject the name that ends right
    before it (past commas and adverbs), whatever the parser hung that name on."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    before = verb.i - 1
    while before >= verb.sent.start and verb.doc[before].dep_ in ("punct", "advmod", "aux"):
        before -= 1
    name = verb.doc[before] if before >= verb.sent.start else None
    if name is not None and not _is_person(name):
        name = _described_name(name, verb)
    return [name] if name is not None and _is_person(name) else []


_DESCRIPTION_REACH = 4  # heads up from the end of "X, the former chairman of Y," to X


def _described_name(last: Token, verb: Token) -> Token | None:
    """ "Roger Ailes, the former chairman of Fox News, also met": the name whose appositive
    ends right before the verb."""
    node = last
    for _ in range(_DESCRIPTION_REACH):
        if node.dep_ == "appos" and _is_person(node.head):
            return node.head
        described = _participle_subject(node)
        if described is not None:
            return described
        if node.head.i == node.i or node.head.i >= verb.i:
            return None
        node = node.head
    return None


def _participle_subject(node: Token) -> Token | None:
    """ "X, a diplomat then working for the State Department, wrote": the parser makes the name
    the subject of the participle in the description, which is the name's own."""
    if node.tag_ not in ("VBG", "VBN"):
        return None
    return next((c for c in node.children if c.dep_ in _SUBJECT_DEPS and _is_person(c)), None)


def _asyndetic(verb: Token) -> bool:
    """A conjoined verb with no "and" or "but" before it: often a sentence the parser ran on
    into the one before ("… in Bedminster, N.J. Roger Ailes also met …")."""
    return not any(c.dep_ == "cc" for c in verb.head.children if c.i < verb.i)


def _errand(verb: Token) -> bool:
    """ "went to Louisiana to meet the victims": the purpose of a finished trip, done by the
    traveller — not one still under way ("was traveling to Cairo to visit her daughter") nor
    a wish ("made requests to speak with X")."""
    return _trip_purpose(verb) and verb.head.tag_ != "VBG"


def _trip_under_way(verb: Token) -> bool:
    """ "was traveling to Cairo to visit her daughter": the purpose of a trip not yet over, a
    contact the traveller means to make (graded planned, never told as made)."""
    head = verb.head
    return (
        _trip_purpose(verb)
        and head.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    )


def _trip_purpose(verb: Token) -> bool:
    """The verb is the purpose clause of a verb of going ("to meet" of "went to X to meet")."""
    return verb.dep_ == "advcl" and purpose_clause(verb) and _goes(verb.head)


def _goes(verb: Token) -> bool:
    """A verb of going, or one that takes a trip ("took a detour to meet X")."""
    lemma = verb.lemma_.lower()
    trip = any(o.lemma_.lower() in lex.TRIP_NOUNS for o in _objects(verb))
    return lemma in lex.MOTION_VERBS or (lemma in lex.TAKING_VERBS and trip)


def _noun_infinitive(verb: Token) -> bool:
    """ "has no plans to meet with X", "his request to see the envoy": an infinitive that says
    what a plan, request or invitation is for (never told as done: graded planned or
    negated); "her decision to meet with X in June": what a decision was for, graded like
    "decided to meet". "Had a chance to meet" says nothing either way and stays out."""
    held_for = _is_intention_word(verb.head) or verb.head.lemma_.lower() in lex.DECISION_NOUNS
    return (
        verb.dep_ == "acl"
        and verb.head.pos_ == "NOUN"
        and held_for
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _noun_holder(noun: Token) -> list[Token]:
    """Whose plan or request it is: the possessor ("his plans"), else the subject of the verb
    the noun is the object of ("the pope has no plans")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return owners
    return subjects(noun.head) if noun.dep_ == "dobj" else []


def _governing_verb(gerund: Token) -> Token | None:
    """ "X and Y are longtime associates, including dining together twice": a gerund with no
    subject of its own is done by the subject of the clause it hangs in — the nearest one
    with a subject, a participle's own included ("The two had played nice, with Cruz calling
    Trump his friend, meeting with him": Cruz met him)."""
    node = gerund.head
    while node.head.i != node.i and not (
        node.pos_ in ("VERB", "AUX") and (node.tag_ != "VBG" or _absolute_subject(node))
    ):
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") and node.i != gerund.i else None


def _absolute_subject(participle: Token) -> bool:
    """ "with Cruz repeatedly calling Trump his friend": a participle with a subject of its
    own, as in an absolute phrase."""
    return any(c.dep_ in _SUBJECT_DEPS for c in participle.children)


def _partner_preps(head: Token, words: Collection[str] = lex.PARTNER_PREPOSITIONS) -> list[Token]:
    """Objects of "with", "to", "between", "by": the other side of a contact — also behind a
    preposition coordinated onto another that shares its object ("meetings on behalf of or
    with X"), which the parser hangs on the first one's phrase (not "on May 1 and to Y on May
    3", where each has its own: see :func:`_gapped_mentions`). Not "among other aides", the
    kind the named partners are (:func:`_among_others`), nor "with each other", which makes the
    subjects each other's other side (:func:`_reciprocal_pronoun`)."""
    # "wrote back to X", "met Y along with X": the parser hangs the preposition on "back" or
    # "along"
    carriers = [b for b in head.children if _carries_preposition(b)]
    partners = [p for b in carriers for p in _prep_objects(b, words)]
    partners += _prep_objects(head, words) + [
        p
        for prep in head.children
        if prep.dep_ == "prep"
        for joined in prep.subtree
        if joined.dep_ == "conj"
        and joined.pos_ == "ADP"
        and joined.lower_ in words
        and not any(c.dep_ == "pobj" for c in joined.head.children)
        for p in joined.children
        if p.dep_ == "pobj"
    ]
    partners += _names_cut_from(head, words)
    return [p for p in partners if not (_among_others(p) or _reciprocal_pronoun(p))]


def _names_cut_from(head: Token, words: Collection[str]) -> list[Token]:
    """ "met twice last year with Sergey Kislyak, Russia's ambassador …, the Justice Department
    said": a partner preposition the parser left without its object, the name right after it
    hung elsewhere (as the subject of "said") — the name is its object."""
    cut = [
        prep
        for prep in head.children
        if prep.dep_ == "prep"
        and prep.lower_ in words
        and not any(c.dep_ in ("pobj", "pcomp") for c in prep.children)
    ]
    return [
        entity.root
        for prep in cut
        for entity in prep.doc.ents
        if entity.start == prep.i + 1 and entity.label_ in ("PERSON", "ORG", "NORP", "GPE")
    ]


def _carries_preposition(word: Token) -> bool:
    """ "back" of "wrote back to X", "along" of "met Y along with X", "together" of "flew to
    Riyadh together with X": a word the parser hangs the partner's preposition on."""
    if word.dep_ == "advmod" and word.lower_ == "back":
        return True
    return word.dep_ in {"prep", "advmod"} and word.lower_ in lex.ALONG_WORDS


def _reciprocal_pronoun(noun: Token) -> bool:
    """ "each other", "one another": the parser makes either word the object."""
    doc = noun.doc
    pairs = (doc[max(noun.i - 1, 0) : noun.i + 1], doc[noun.i : noun.i + 2])
    return any(pair.text.lower() in lex.RECIPROCAL_PRONOUNS for pair in pairs)


def _among_others(noun: Token) -> bool:
    """ "interviewed Abedin and Mills, among other aides", "among other current and former
    aides", "among others": the kind the named people belong to, not one more party beside them
    (the guide names a group only when no one in it is named)."""
    described = noun.doc[noun.left_edge.i : noun.i]
    return noun.head.lower_ == "among" and (
        noun.lower_ == "others" or any(t.lower_ == "other" for t in described)
    )


def _prep_objects(head: Token, words: Collection[str]) -> list[Token]:
    found = [
        p
        for c in _prepositions_of(head)
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in words and not _ends_a_topic(c)
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return found + [c for c in head.children if "to" in words and _name_after_to(c)]


def _prepositions_of(head: Token) -> Iterator[Token]:
    """The head's prepositions, and a "to" the parser hangs on its "from" ("an email from
    Goldstone to Trump Jr.": the "to" is the email's, not the sender's)."""
    for c in head.children:
        yield c
        if c.dep_ == "prep" and c.lower_ == "from":
            yield from (t for t in c.children if t.dep_ == "prep" and t.lower_ == "to")
    yield from _address_hung_on_the_verb(head)


def _address_hung_on_the_verb(noun: Token) -> list[Token]:
    """ "The paper published a letter from X to Y": the parser hangs the letter's "from X to
    Y" on the verb; right after the noun, and both of them, they are the letter's (one alone
    may be the verb's: "obtained a letter from the FBI", "released it to reporters")."""
    if noun.dep_ != "dobj" or lex.NOUN_TRIGGERS.get(_trigger_lemma(noun)) is not Relation.MESSAGE:
        return []
    preps = [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.right_edge.i]
    sender = next((p for p in preps if p.lower_ == "from" and p.i == noun.right_edge.i + 1), None)
    if sender is None:
        return []
    after = sender.right_edge.i + 1
    address = next((p for p in preps if p.lower_ == "to" and p.i == after), None)
    return [sender, address] if address is not None else []


def _ends_a_topic(prep: Token) -> bool:
    """ "attacked X on fealty to President Obama": a "to" right after the topic's noun is that
    noun's ("fealty to Obama"), though the parser hangs it on the verb — not after a means or a
    day or a place ("on the phone to X", "on Tuesday to reporters")."""
    before = prep.doc[prep.i - 1] if prep.i else None
    if prep.lower_ != "to" or before is None or before.dep_ != "pobj":
        return False
    at_issue = lex.TOPIC_PREPOSITIONS | lex.DEBATE_TOPIC_PREPOSITIONS
    topical = before.head.lower_ in at_issue and before.head.head == prep.head
    # a named thing is a setting as often as a topic ("on Monday", "on Capitol Hill to X")
    common = before.pos_ == "NOUN" and not before.ent_type_
    return topical and common and before.lemma_.lower() not in lex.PHONE_WORDS


def _name_after_to(verb: Token) -> bool:
    """ "a speech to Save the Children": a name that opens with a verb, which the parser reads
    as an infinitive after "to" — it is the object of the preposition "to"."""
    to = verb.doc[verb.i - 1] if verb.i else None
    return (
        verb.pos_ == "VERB"
        and verb.is_title
        and verb.ent_iob_ == "B"
        and verb.ent_type_ in LABEL_KINDS
        and to is not None
        and to.lower_ == "to"
        and to.dep_ == "aux"
        and to.head.i == verb.i
    )


def _carrier_verb(noun: Token) -> Token | None:
    """The verb that carries a contact noun: "had contacts", "was in touch", "the meeting took
    place" / "was held" (its time and place hang on that verb)."""
    measure = _series_of(noun)
    if measure is not None:
        return _carrier_verb(measure)  # "held a series of roundtables with teachers"
    if _one_of(noun):
        return _carrier_verb(noun.head.head)  # "One of the meetings took place in September"
    head = noun.head
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and _carries(head) and not _arranged_for(noun):
        return head
    if noun.dep_ in _SUBJECT_DEPS and head.lemma_.lower() in lex.COURSE_VERBS:
        return head
    if noun.dep_ in _SUBJECT_DEPS and _came_from_someone(noun):
        return head  # "The email to Trump Jr. came from Goldstone"
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in lex.LIGHT_VERBS:
        return head.head
    if noun.dep_ == "dobj" and _obtains_a_meeting(noun):
        return head
    entering = lex.ENTERING_PREPOSITIONS.get(head.head.lemma_.lower())
    if noun.dep_ == "pobj" and entering == head.lower_:
        return head.head  # "entered into talks with X"
    return _spent_doing(noun) or _guest_hosted(noun) or _on_the_line(noun)


def _came_from_someone(message: Token) -> bool:
    """ "The June 3 email sent to Trump Jr. came from Rob Goldstone": a message said to come
    from someone was sent by them."""
    head = message.head
    sent = lex.NOUN_TRIGGERS.get(_trigger_lemma(message)) is Relation.MESSAGE
    return sent and head.lemma_.lower() == "come" and bool(_prep_objects(head, ("from",)))


def _arranged_for(noun: Token) -> bool:
    """ "Goldstone arranged the meeting between Trump Jr. and Veselnitskaya": a contact set up
    between others leaves its arranger out ("arranged a meeting with X" does not)."""
    return _fixed_lemma(noun.head) in lex.ARRANGING_VERBS and bool(
        _prep_objects(noun, ("between",))
    )


def _obtains_a_meeting(noun: Token) -> bool:
    """ "secured a meeting with X", "won a sit-down with Y": a meeting its subject obtained."""
    meeting = lex.NOUN_TRIGGERS.get(_trigger_lemma(noun)) is Relation.MEET
    return meeting and noun.head.lemma_.lower() in lex.OBTAINING_VERBS


def _guest_hosted(noun: Token) -> Token | None:
    """ "X hosted a town hall meeting with Y", "moderated a forum with Y": the verb of hosting
    an occasion held with a guest named behind "with", whose host took part in it."""
    head = noun.head
    if noun.dep_ != "dobj" or _fixed_lemma(head) not in lex.GUEST_HOSTING_VERBS:
        return None
    guests = [g for g in _partner_preps(noun, ("with",)) if _may_be_person(g)]
    return head if guests else None


def _series_of(noun: Token) -> Token | None:
    """ "a series of roundtables", "a round of talks": the measure a contact noun is counted by."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return None
    measure = of.head
    return measure if measure.lemma_.lower() in lex.SERIES_NOUNS else None


def _carries(verb: Token) -> bool:
    """A light verb ("had a meeting", "the calls she made"), one of arranging ("arranged a
    meeting with X", "the meeting that X arranged") or of beginning or ending ("began talks
    with X"): its subject takes part — not one that discloses the message ("the email was
    made public")."""
    carrying = lex.LIGHT_VERBS | lex.ARRANGING_VERBS | lex.BARGAINING_VERBS | lex.ASPECT_CARRIERS
    return _fixed_lemma(verb) in carrying and not _discloses(verb)


def _discloses(verb: Token) -> bool:
    """ "released", "leaked", "made public", "made available": what later befell a message or
    record, at its own time, not the contact's."""
    if verb.lemma_.lower() in lex.DISCLOSURE_VERBS:
        return True
    if verb.lemma_.lower() != "make":
        return False
    # "made public an email": the parser may hang "public" on the object
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        c.dep_ in ("oprd", "acomp", "ccomp") and c.lower_ in lex.DISCLOSED_STATES
        for word in (verb, *objects)
        for c in word.children
    )


def _host_verb(noun: Token) -> Token | None:
    """The verb a contact noun sets the scene of: "raised the sanctions in conversations with
    X", "signalled it during a call with X" — its subject took part, its dates are the
    contact's. Its negation is not the contact's ("did not raise it in talks with X")."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in lex.SCENE_PREPOSITIONS:
        return None
    host = head.head.head if head.head.dep_ == "dobj" else head.head  # "raised it in …"
    return host if host.pos_ in ("VERB", "AUX") else None


def _scene_host(noun: Token) -> Token | None:
    """The host verb of a contact noun that names its other side ("in talks with X", "during
    an appearance before X"), or whose subjects are its two sides (see
    :func:`_held_between_its_subjects`)."""
    host = _host_verb(noun)
    if host is None:
        return None
    named = _other_side(noun) or _audience(noun)
    return host if named or _held_between_its_subjects(noun, host) else None


def _held_between_its_subjects(noun: Token, host: Token) -> bool:
    """ "During their phone call, X and Y reaffirmed …", "At a meeting Tuesday, X and Y agreed
    to …": a meeting or a call with no other side of its own, the scene of what a pair joined
    by "and" did together, was between them — not a letter or a visit (co-signers and fellow
    travellers are one side), nor the scene of words said ("In a conference call, X and Y
    said …": to the press)."""
    kind = lex.NOUN_TRIGGERS.get(_trigger_lemma(noun))
    if kind in (Relation.MESSAGE, Relation.VISIT) or _partner_preps(noun):
        return False
    if _fixed_lemma(host) in lex.TELLING_CUES:
        return False
    return any(c.dep_ in _SUBJECT_DEPS and _named_pair_joined(c) for c in host.children)


def _named_pair_joined(subject: Token) -> bool:
    """ "Obama and Hollande": names joined by "and" — not "neither X nor his rivals"."""
    joined = _coordinated(subject)
    together = any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children)
    return len(joined) > 1 and together and all(t.pos_ == "PROPN" for t in joined)


def _on_the_line(phone: Token) -> Token | None:
    """ "was on the phone with X", "got on the phone with Y", "spent an hour on the phone with
    Z": the verb the phone hangs on carries the call (its subject is one side, the one behind
    its "with" the other; its negation and tense are the call's) — a verb that tells the call
    itself ("spoke on the phone with X") is read on its own."""
    head = phone.head
    if phone.dep_ != "pobj" or head.lower_ != "on" or phone.lower_ not in lex.PHONE_WORDS:
        return None
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or trigger_kind(verb) is not None:
        return None
    return verb if _partner_preps(verb, ("with",)) or _partner_preps(phone, ("with",)) else None


def _other_side(noun: Token) -> list[Token]:
    """Who a contact noun is with: for a trip or a visit, not where it went ("shunned him
    during his trips to Israel": the trip is his, not theirs)."""
    partners = _partner_preps(noun)
    if lex.NOUN_TRIGGERS.get(_trigger_lemma(noun)) is not Relation.VISIT:
        return partners
    return [p for p in partners if not _is_destination(p)]


def _participant(token: Token, ctx: _Context) -> Participant | None:
    """The cast member a token stands for, else a content-id entity for a name or a person
    noun; None for anything that cannot be a party (an unresolved pronoun, "the deadline")."""
    if _law_or_pact(token) or _stranded_title(token):
        return None
    clause = _defining_clause(token)
    if clause is not None:
        text = _phrase_text(token) + token.doc.text[token.idx + len(token) : _end_char(clause)]
        return Participant(content_id("ent", EntityKind.GROUP, text), text)
    for start, end in [] if _named_with_its_occasion(token) else _lookup_spans(token):
        member = ctx.cast.member_at(start, end)
        if member is not None:
            return Participant(member.id, member.name)
    antecedent = (
        _object_antecedent(token)
        or _name_right_after(token)
        or _name_given(token)
        or _holder_named_after(token)
    )
    if antecedent is not None:
        return _participant(antecedent, ctx)
    campaign = _headquarters_campaign(token, ctx) or _outlets_board(token)
    if campaign is not None:
        return campaign
    body = _body_served(token, ctx)
    if body is not None:
        return _participant(body, ctx)
    kind = _fallback_kind(token)
    if kind is None or _someone_unnamed(token) or _anonymous_individual(token):
        return None
    if kind is EntityKind.PERSON and token.text[:1].islower():  # a noun, not a name
        return _described_person(token, ctx)
    text = _party_text(token)
    return Participant(content_id("ent", kind, text), text)


def _body_served(person: Token, ctx: _Context) -> Token | None:
    """ "A WikiLeaks activist accompanied him", "a White House official met with X": one
    unnamed person who did the contact, told by the organisation they serve named beside them,
    stands for it (the guide names an organisation when no person is named) — not an outlet's
    reporter (an interview), nor one spoken to ("spoke to an FBI official", "an FBI official
    she spoke to on camera": a source interviewed)."""
    if not _someone_unnamed(person) or person.lemma_.lower() not in lex.PERSON_NOUNS:
        return None
    if person.dep_ not in _SUBJECT_DEPS or any(c.dep_ == "relcl" for c in person.children):
        return None
    served = [c for c in person.children if c.dep_ == "compound" and _is_organisation(c)]
    body = served[-1] if served else None
    return body if body is not None and not _is_outlet(body, ctx.cast) else None


def _described_person(noun: Token, ctx: _Context) -> Participant | None:
    """A person the cast could not tie to a name, told by a noun (see
    :func:`_description_name`); none when the noun says no one the record can hold a contact
    against."""
    text = _description_name(noun, ctx)
    return Participant(content_id("ent", EntityKind.PERSON, text), text) if text else None


def _description_name(noun: Token, ctx: _Context) -> str | None:
    """ "his wife, Ana," is the name beside it; "the woman who received his photos" is the one
    its clause says; "the Russian Middle East envoy" holds the post of the nation or body it
    names, "the widow of a fisherman" is the fisherman's; "her sister" is the sister of the
    person the owner stands for ("Marwa Hamdy's sister"). A bare "the president", "the
    senator" or "the former secretary of state": None."""
    named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None:
        return _phrase_text(named)
    clause = any(c.dep_ in ("relcl", "acl") for c in noun.children)
    if clause or _whose_post_named(noun) or _related_to_someone(noun):
        return _party_text(noun)
    return owned_description(noun, ctx.cast)


def _name_right_after(noun: Token) -> Token | None:
    """ "shared with his lover Paula Broadwell", parsed as if the name began a clause of its
    own: a common noun for a person followed at once by a person's name is that person's
    description."""
    if noun.tag_ != "NN" or noun.ent_type_ or noun.i + 1 >= len(noun.doc):
        return None
    after = noun.doc[noun.i + 1]
    if after.ent_type_ != "PERSON" or after.ent_iob_ != "B" or after.head.i == noun.i:
        return None
    last = after
    while last.i + 1 < len(noun.doc) and noun.doc[last.i + 1].ent_iob_ == "I":
        last = noun.doc[last.i + 1]
    clause = last.head
    if clause.i == noun.i or (clause.dep_ == "relcl" and clause.head.i == noun.i):
        return None  # "met the lawyer John Kerr recommended": the name does something else
    return last


def _name_given(noun: Token) -> Token | None:
    """ "met with a Russian lawyer named Natalia Veselnitskaya", "a professor called Joseph
    Mifsud": a noun for someone whose name a participle of naming gives is that person."""
    if noun.pos_ != "NOUN":
        return None
    names = (_named_by(c) for c in noun.children)
    return next((n for n in names if n is not None and n.pos_ == "PROPN"), None)


def _named_by(clause: Token) -> Token | None:
    """The name a participle of naming on a noun gives ("named X", "called X"), if it is one."""
    if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lemma_ not in _NAMING:
        return None
    return next((c for c in clause.children if c.dep_ == "oprd"), None)


_NAMING = frozenset({"name", "call"})


def _holder_named_after(post: Token) -> Token | None:
    """ "a message from Undersecretary for Political Affairs Wendy Sherman", "with BuzzFeed
    Editor-in-Chief Ben Smith": a capitalised post whose name runs on through a preposition
    (and the capitalised words that end the post's name) to a person's name is that person's
    title — the person is the party, not the post with its name. ("the Adviser to Jane Roe"
    is someone else's adviser: no word of the post stands before the name.)"""
    if post.lemma_.lower() not in INNER_TITLE_WORDS or not post.text[:1].isupper():
        return None
    if post.tag_ in ("NNS", "NNPS"):
        return None  # "Lawyers for Mr. Hale", opening a sentence: his lawyers, not he
    tail = next((c for c in post.children if c.dep_ == "prep" and c.i > post.i), None)
    objects = [p for p in tail.children if p.dep_ == "pobj"] if tail is not None else []
    entity = _entity_of(objects[-1]) if objects else None
    if tail is None or entity is None or entity.label_ != "PERSON" or entity.start <= post.i:
        return None
    between = post.doc[tail.i + 1 : entity.start]
    if not any(t.text[:1].isupper() for t in between) or any(t.is_sent_start for t in between):
        return None
    return objects[-1]


def _stranded_title(token: Token) -> bool:
    """ "The candidate also discussed Pres. | Obama's press conference": an abbreviated title cut
    off from its name (here by the sentence splitter) is no one."""
    word = token.lower_.rstrip(".") + "."
    return word in TITLE_ABBREVIATIONS and not any(c.pos_ == "PROPN" for c in token.children)


def _object_antecedent(pronoun: Token) -> Token | None:
    """ "Vale, whom Trump met in May", "Poliakova, with whom he spoke for 20 minutes", "the
    Kremlin, with which Cohen corresponded": a relative pronoun object (of the verb, or of its
    preposition) the cast left unread stands for the person the relative clause describes, or
    for the body ("which")."""
    if pronoun.tag_ not in RELATIVE_TAGS:
        return None
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif pronoun.dep_ not in _OBJECT_DEPS:
        return None
    if verb.dep_ != "relcl" or verb.head.i == verb.i:
        return None
    head = verb.head
    body = head.ent_type_ == "ORG" or head.lemma_.lower() in lex.ORGANISATION_NOUNS
    return head if _person_like(head) or (pronoun.lower_ == "which" and body) else None


def _outlets_board(token: Token) -> Participant | None:
    """ "the editorial board of the Dayton Herald", "the Herald's editorial board": the board,
    named after its outlet ("Dayton Herald editorial board")."""
    if not _editorial_board(token):
        return None
    owners = [c for c in token.children if c.dep_ == "poss"] + _prep_objects(token, ("of",))
    entity = next((e for o in owners if (e := _entity_of(o)) is not None), None)
    if entity is None:
        return None
    words = [c.text for c in token.children if c.dep_ == "amod"] + [token.text]
    owner = " ".join(t.text for t in entity if t.lower_ != "the" and t.dep_ != "case")
    name = f"{owner} {' '.join(words)}"
    return Participant(content_id("ent", EntityKind.GROUP, name), name)


def _headquarters_campaign(token: Token, ctx: _Context) -> Participant | None:
    """ "visited Clinton's Brooklyn headquarters": a candidate's headquarters is their
    campaign's, the campaign the article names after them ("the Clinton campaign")."""
    if token.lemma_.lower() not in lex.HEADQUARTERS_NOUNS:
        return None
    owners = [ctx.cast.member_at(c.idx, c.idx + len(c)) for c in token.children if c.dep_ == "poss"]
    owner = owners[0] if owners else None
    if owner is None or owner.kind is not EntityKind.PERSON:
        return None
    name = f"{owner.name.split()[-1]} {lex.CAMPAIGN_NOUN}"
    member = next((m for m in ctx.cast.members if m.name == name), None)
    return Participant(member.id, member.name) if member is not None else None


def _someone_unnamed(token: Token) -> bool:
    """ "grabbed by another man", "met with a man whose book …": one person brought in by an
    indefinite article, named neither beside it nor where the cast would have linked it ("a
    lawyer … The lawyer, X,"), is no one the record can hold a contact against."""
    words = {c.lower_ for c in token.children if c.dep_ == "det"}
    named = any(c.dep_ == "appos" for c in token.children)
    one = token.tag_ == "NN" and token.ent_type_ == ""
    return (bool(words & lex.INDEFINITE_ARTICLES) and one and not named) or _one_after_another(
        token
    )


def _anonymous_individual(token: Token) -> bool:
    """ "spoke in a mock-stern voice to the woman": a word that only says a person is there, with
    no name beside it and none the cast linked, is someone the record cannot hold a contact
    against, however definite its article — unless a clause of its own says which person
    ("the woman who received his photos")."""
    named = any(c.dep_ in ("appos", "poss", "compound", "relcl", "acl") for c in token.children)
    lemma = token.lemma_.lower()
    return (
        token.tag_ == "NN"
        and not token.ent_type_
        and not named
        and (lemma in lex.ANONYMOUS_PERSON_NOUNS)
    )


def _one_after_another(token: Token) -> bool:
    """ "Senator after senator joined Warren in the pile-on": a noun repeated behind "after"
    tells many people, one by one, none of them named."""
    return any(o.lower_ == token.lower_ for o in _prep_objects(token, ("after",)))


_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
_DEFINING_CLAUSE_WORDS = 6  # "who have endorsed Trump": a short clause, not a story of its own


def _defining_clause(group: Token) -> Token | None:
    """ "House members who have endorsed Trump": a restrictive relative clause right after a
    plural noun for people, ending in the name they stand with, says which people the group is
    — it is part of the group's name (not "aides, who had been stung by …", nor a long story
    of what they did)."""
    if group.tag_ != "NNS" or group.lemma_.lower() not in lex.PERSON_NOUNS:
        return None
    if group.i + 1 >= len(group.doc) or group.doc[group.i + 1].lower_ not in ("who", "that"):
        return None
    clause = group.doc[group.i + 1].head
    restrictive = clause.dep_ == "relcl" and clause.head.i == group.i
    short = clause.right_edge.i - group.i <= _DEFINING_CLAUSE_WORDS
    last = clause.right_edge
    named = last.pos_ == "PROPN" and last.ent_type_ not in ("DATE", "TIME")  # not "on Thursday"
    return clause if restrictive and short and named else None


def _end_char(clause: Token) -> int:
    last = clause.right_edge
    return last.idx + len(last)


def _lookup_spans(token: Token) -> list[tuple[int, int]]:
    spans = [(token.idx, token.idx + len(token))]
    spans += [
        (a.idx, a.idx + len(a))
        for a in token.children
        if a.dep_ == "appos" and not singled_out(a)  # "…, particularly X,": not a name for it
    ]
    if token.dep_ == "appos" and _based_there(token.head) is None:
        spans.append((token.head.idx, token.head.idx + len(token.head)))  # "Dan Kildee, a …"
    entity = _entity_of(token)
    if entity is not None:
        spans.append((entity.start_char, entity.end_char))
    return spans


def _named_with_its_occasion(token: Token) -> bool:
    """ "the American Legion convention" tagged as one name: the holder is no mention of its own
    in the cast, whose member is the occasion."""
    entity = _entity_of(token)
    return entity is not None and any(
        w.i > token.i and w.is_ancestor(token) and w.lemma_.lower() in lex.HOSTED_OCCASION_NOUNS
        for w in entity
    )


def _entity_of(token: Token) -> SpacySpan | None:
    return entity_at(token)


def _fallback_kind(token: Token) -> EntityKind | None:
    if token.pos_ == "PRON" or token.ent_type_ in lex.NON_PARTY_ENTITY_LABELS:
        return None
    if token.ent_type_ in LABEL_KINDS:
        return LABEL_KINDS[token.ent_type_]
    if token.pos_ == "PROPN":
        # most often a person; no word of a title-cased headline ("Sends Brutal Message To X")
        return None if in_title_cased_line(token) else EntityKind.PERSON
    lemma = token.lemma_.lower()
    if _organisations(token):
        return EntityKind.GROUP  # "met with the rating agencies": bodies, each a party
    if lemma not in lex.PERSON_NOUNS:
        return EntityKind.ORG if _named_by_organisation(token) else None
    plural = token.tag_ in ("NNS", "NNPS") or lemma in lex.COLLECTIVE_NOUNS
    return EntityKind.GROUP if plural else EntityKind.PERSON


def _organisations(token: Token) -> bool:
    """A plural common noun for organisations ("the rating agencies", "local aid groups"), not
    one for premises ("visited schools": a trip, no one met)."""
    lemma = token.lemma_.lower()
    bodies = lemma in lex.ORGANISATION_NOUNS and lemma not in lex.PREMISES_ORGANISATION_NOUNS
    return token.tag_ == "NNS" and bodies


def _law_or_pact(token: Token) -> bool:
    """ "introduced the College for All Act", "signed the Paris Accord": a name whose last
    word says it is a law or a pact, whatever label the model gave it."""
    if token.pos_ != "PROPN":
        return False
    entity = _entity_of(token)
    words = (entity.text if entity is not None else _party_text(token)).split()
    return words[-1].lower() in lex.DOCUMENT_NAME_HEADS


def _named_by_organisation(noun: Token) -> bool:
    """ "a call from CIA headquarters", "talks with the Kremlin press office", "testified before
    the House intelligence committee": a unit of an organisation named with it stands for that
    organisation, though the tagger tags only the organisation (not an occasion it holds, "spoke
    to the Heritage Foundation conference", nor a thing it owns, "visited a Navy carrier")."""
    return noun.lemma_.lower() in lex.UNIT_NOUNS and any(
        c.dep_ == "compound" and c.ent_type_ == "ORG" for c in noun.children
    )


def _related_to_someone(noun: Token) -> bool:
    """ "the widow of a fisherman", "the wife of the ambassador": an "of" phrase naming someone
    by a phrase of their own (an article, an owner, a name) — not the post's "of state" or
    "of staff"."""
    tail = next((c for c in noun.children if _completes_name(noun, c)), None)
    objects = [o for o in tail.children if o.dep_ == "pobj"] if tail is not None else []
    return any(_a_name(o) or any(c.dep_ in ("det", "poss") for c in o.children) for o in objects)


def _a_name(token: Token) -> bool:
    """A capitalised word the model read as a name or part of one ("state", read as a name in
    "secretary of state", is none; nor is "14-year-old", read as a date)."""
    named = token.pos_ == "PROPN" or token.ent_type_ in _NAME_LABELS
    return named and token.text[:1].isupper()


def _whose_post_named(noun: Token) -> bool:
    """A name among the noun's modifiers says whose post it is ("the Russian Middle East
    envoy", "the Saudi foreign minister")."""
    return any(c.dep_ in ("amod", "compound", "nmod") and _a_name(c) for c in noun.lefts)


def _party_text(token: Token) -> str:
    """A party's phrase with the phrase that says whose or which it is: "members of
    Congress", "the office of public affairs", and a name run on by a preposition ("Dayton
    Right to Life")."""
    text = _phrase_text(token)
    tail = next((c for c in token.children if _completes_name(token, c)), None)
    entity = _entity_of(token)
    if tail is None or (entity is not None and entity.end > tail.i):
        return text  # none, or the name already runs on past it ("Hearts on Fire")
    last = token.doc[max(p.i for p in tail.children if p.dep_ == "pobj")]
    return text + token.doc.text[token.idx + len(token) : last.idx + len(last)]


def _completes_name(head: Token, prep: Token) -> bool:
    """ "of" right after the party's head, "for" or "to" after people acting for someone
    ("lawyers for Mr. Hale", "aides to the governor"), or any preposition between two
    capitalised words of one name."""
    objects = [p for p in prep.children if p.dep_ == "pobj"]
    if prep.dep_ != "prep" or prep.i != head.i + 1 or not objects:
        return False
    named = head.pos_ == "PROPN" and all(p.pos_ == "PROPN" and p.is_title for p in objects)
    acting_for = prep.lower_ in ("for", "to") and head.lemma_.lower() in lex.AGENT_NOUNS
    return prep.lower_ == "of" or named or acting_for


def _phrase_text(token: Token) -> str:
    """A name or a noun with its left modifiers, without a leading article."""
    entity = _entity_of(token)
    words = list(entity if entity is not None else token.doc[token.left_edge.i : token.i + 1])
    # "the American Legion convention" tagged whole: the name of the holder ends at the holder
    words = [w for w in words if not (w.i > token.i and w.is_ancestor(token))]
    based = [w.i for w in words if _says_base(w)]
    if based:  # "the Waco, Texas-based Books for Kids": where it is based is no part of its name
        words = [w for w in words if w.i > based[-1]]
    words = _after_post(words, token)
    joined = joined_party(token)
    if joined is not None:  # "his wife, Jane, and Secret Service agents": the agents
        words = [w for w in words if w.i > joined[1].i]
    while words and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    return token.doc[words[0].i : words[-1].i + 1].text if words else token.text


def _after_post(words: list[Token], name: Token) -> list[Token]:
    """ "the Secretary of Defense Ash Carter", "Phoenix Mayor Greg Stanton": a proper name with a
    capitalised post before it is the name after the post and whatever the post's own phrase
    says (whose post, of what)."""
    posts = [
        w
        for w in words
        if w.i < name.i and w.text[:1].isupper() and w.lemma_.lower() in INNER_TITLE_WORDS
    ]
    if name.pos_ != "PROPN" or not posts:
        return words
    end = max(p.right_edge.i for p in posts)
    rest = [w for w in words if w.i > end]
    named = any(w.lower_ not in TITLE_TAILS for w in rest)  # "the Vice President Elect": a post
    return rest if named and all(w.text[:1].isupper() for w in rest) else words


def _is_anaphoric(token: Token) -> bool:
    """ "the trip", "these contacts": a retelling of a contact named before."""
    return _is_nominal(token) and any(
        c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETERMINERS for c in token.children
    )


# -- time and place -----------------------------------------------------------------------------


# "once in March and again in October", "in March, then in October": another, later occasion
_AGAIN = re.compile(
    rf"\b(?:{'|'.join(sorted(lex.THEN_WORDS))}|once more|a second time)\b", re.IGNORECASE
)
# "in July and September", "on July 18 and on Sept. 8": two dates joined by a bare "and"
_AND_ONLY = re.compile(r"^\W*(?:and|&)\W*(?:(?:in|on|during)\W*)?$", re.IGNORECASE)


def _sentence_dates(token: Token, ctx: _Context) -> list[DateMention]:
    """The date expressions of the token's sentence, found once: every trigger in it, and
    both the occasion and the date reading of each, ask for them."""
    cache: dict[int, list[DateMention]] = per_doc(token.doc, "onrecord.sentence_dates", _no_dates)
    sentence = token.sent
    if sentence.start not in cache:
        filed = dateline_end(sentence) - sentence.start_char
        found = find_dates(sentence.text, ctx.anchor, ctx.periods)
        cache[sentence.start] = [d for d in found if d.start >= filed]
    return cache[sentence.start]


def _no_dates(doc: Doc) -> dict[int, list[DateMention]]:
    return {}


def _occasions(token: Token, ctx: _Context) -> list[FuzzyDate]:
    """The separate dates of a contact told as repeated — "once in March and again in
    October", within a frame or not ("twice in 2014, once in March and again in October") —
    or told on dates joined by "and" ("met him in July and September", "two encounters, in
    July and September"): each its own occasion, since one contact has one date and an interval
    from the first to the last would put one where none was. Empty when the contact is told as
    one ("from July to September", "in July or August")."""
    sentence = token.sent
    clause = {t.idx for t in _clause_tokens(token)}
    found = [
        d
        for d in _sentence_dates(token, ctx)
        if d.value.resolved and _starts_in(sentence.start_char + d.start, clause, token.doc)
    ]
    values = _in_story_year(found, sentence, ctx)
    told = [
        (d, value)
        for d, value in zip(found, values, strict=True)
        if not any(_frames(value, other) for other in values)
    ]
    if len(told) == 1:
        return _stepped_again(told[0][1], sentence.text[told[0][0].end :])
    if len(told) < 2:
        return []
    repeated = all(
        not a[1].overlaps(b[1]) and _separates_occasions(sentence.text[a[0].end : b[0].start])
        for a, b in pairwise(told)
    )
    return [value for _, value in told] if repeated else []


def _stepped_again(first: FuzzyDate, after: str) -> list[FuzzyDate]:
    """ "met him over a beer on Jan. 11, and again the next day", "on May 3 and again two
    weeks later": a second occasion told as a step on from the first date — both occasions,
    the second at the first's date moved by the step; none when the words tell no such step."""
    step = _AGAIN_STEPPED.match(after)
    if step is None:
        return []
    unit = (step.group("unit") or step.group("unit2")).lower().rstrip("s")
    unit = "day" if unit in lex.DAY_PARTS else unit
    count = 1 if step.group("next") else number_value(step.group("count").lower())
    second = _stepped(first, count, unit)
    return [first, second] if second is not None else []


# ", and again the next day", "and again two weeks later": a second occasion a step on
_AGAIN_STEPPED = re.compile(
    r"^[^.;:]{0,60}?\band again,? (?:the (?P<next>next|following) "
    r"(?P<unit>day|morning|evening|night|afternoon|week|month)"
    r"|(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(?P<unit2>days?|weeks?|months?) later)\b",
    re.IGNORECASE,
)


def _entry_day_within(
    entry: tuple[int, FuzzyDate] | None, told: FuzzyDate | None, token: Token
) -> FuzzyDate | None:
    """ "July 18, 2016 — Sessions speaks with Kislyak on the sidelines of the Republican
    convention": the line's own day, falling within the period its words tell, is the day of
    the contact (not the whole convention) — unless the contact is told as someone's words."""
    if told is None or entry is None or _speech_cue(token) is not None:
        return told
    return entry[1] if _frames(told, entry[1]) else told


def _separates_occasions(between: str) -> bool:
    """The words between two dates tell two occasions: "again", or a bare "and"."""
    return bool(_AGAIN.search(between) or _AND_ONLY.match(between))


def _frames(frame: FuzzyDate, value: FuzzyDate) -> bool:
    """ "twice last year, once in March and again in October": a date that holds another of
    the clause's is the frame the occasions are told in, not an occasion of its own."""
    inner, outer = value.days(), frame.days()
    if inner is None or outer is None or outer <= inner:
        return False
    start, end = value.start, value.end
    return start is not None and end is not None and frame.contains(start) and frame.contains(end)


def _when(token: Token, ctx: _Context) -> FuzzyDate | None:
    """The date expressions inside the trigger's own clause, joined into one interval.

    Dates elsewhere in the sentence belong to other clauses ("reported Tuesday that …"), so
    they are not taken; a contact with no date of its own stays undated rather than guessed,
    unless it stands in a dated timeline entry (see :func:`entry_date`), hangs from a dated
    clause (:func:`_governing_date`) or goes on with a dated story (:func:`_narrative_date`).
    """
    entry = entry_date(token, ctx)
    tokens = _clause_tokens(token)
    clause = {t.idx for t in tokens} - _leading_telling_words(token)
    sentence = token.sent
    offset = sentence.start_char
    found = [
        d
        for d in _sentence_dates(token, ctx)
        if not _dates_a_description(_token_at(token, offset + d.start), token)
    ]
    own = [
        d
        for d in found
        if d.value.resolved
        and (
            _bounding_clause(_token_at(token, offset + d.start), tokens)
            or _act_time_on_the_cue(_token_at(token, offset + d.start), token)
            or (
                (
                    _starts_in(offset + d.start, clause, token.doc)
                    or _fronted_date_over(_token_at(token, offset + d.start), token)
                )
                and not _in_later_or_earlier_clause(_token_at(token, offset + d.start), token)
            )
        )
        and (entry is None or offset + d.start != entry[0])
        and not _dates_a_topic(offset + d.start, token)
        and not _dates_the_last_time(d, token)
        and not _in_an_included_instance(_token_at(token, offset + d.start), token)
        and not _weekday_of_a_look_back(d, sentence, ctx)
    ]
    dated = zip(own, _in_story_year(own, sentence, ctx), strict=True)
    values = _before_gap([(offset + d.start, value) for d, value in dated], tokens, token)
    values = _without_other_periods(values, ctx)
    if values:
        return _entry_day_within(entry, _combine(values), token)
    if entry:  # the entry's date is a telling's when the contact is told in it
        return entry[1] if _speech_cue(token) is None else None
    since = _since_a_dated_act(token, ctx)
    if since is not None:
        return since
    described = _described_occasion_date(token, ctx)
    if described is not None:
        return described
    resolved = _story_dated([d for d in found if d.value.resolved], sentence, ctx)
    governing = _governing_date(token, resolved, offset, ctx.anchor)
    if governing is not None:
        return governing
    same_day = (
        _sequence_day(token, resolved, offset) or _act_day(token, ctx) or _telling_day(token, ctx)
    )
    if same_day is not None:
        return same_day
    scene = _scene(token, tokens)
    occasion = _occasion_date(scene, token, ctx)
    if occasion is not None:
        return occasion
    if any(_names_known_occasion(n) and _step_from_occasion(n, token) is None for n in scene):
        return None  # "in the wake of the summit": after it, by no measure the text gives
    if any(_dates_the_sentence(offset + d.start, token, ctx) for d in found) and not _that_day(
        tokens
    ):
        return None  # a sentence with dates of its own does not take the story's
    if any(names_a_period(t) for t in tokens):
        return None  # "met him twice during the campaign": a period the case does not date
    return (
        _narrative_date(token, ctx)
        or _live_entry_day(token, ctx)
        or _saying_scene_day(token, ctx)
        or _part_of_the_day(token, ctx)
    )


def _part_of_the_day(token: Token, ctx: _Context) -> FuzzyDate | None:
    """ "Late in the day, lawyers for the family emerged from their third meeting with federal
    officials", "Earlier in the day, Clinton held a roundtable with community leaders": a
    contact told "earlier" or "later in the day", outside a quote, was on the day
    the story is at — the day its last dated sentence set, or, with none before it, the day of
    the news the article reports."""
    act = _told_act(token) or _new_scene_act(token) or _left_from(token)
    if act is None or ctx.anchor is None or not _simple_past(act) or not _in_the_day(act):
        return None
    if _in_quote(act.idx, ctx):
        return None
    story = _story_time(token.sent, ctx)
    if story is None:
        return FuzzyDate.day(ctx.anchor)
    told = _combine(_in_story_year(story[1], story[0], ctx))
    if told is None or told.days() != 1 or not _not_after(told, ctx.anchor):
        return None
    return told


def _left_from(noun: Token) -> Token | None:
    """ "emerged from their third meeting with X": the act of leaving a contact just held."""
    if not _is_nominal(noun) or noun.dep_ != "pobj" or noun.head.lower_ != "from":
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" else None


def _in_the_day(act: Token) -> bool:
    """ "Late in the day", "earlier in the day", "later in the day": on the act or on its
    adverb."""
    adverbs = [c for c in act.children if _day_side(c)]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and _the_day(prep)
        and (bool(adverbs) or any(_day_side(c) for c in prep.children))
        for head in (act, *adverbs)
        for prep in head.children
    )


def _day_side(word: Token) -> bool:
    return word.dep_ == "advmod" and word.lower_ in _DAY_SIDES


def _the_day(prep: Token) -> bool:
    return any(
        o.dep_ == "pobj" and o.lower_ == "day" and any(d.lower_ == "the" for d in o.children)
        for o in prep.children
    )


_DAY_SIDES = frozenset({"early", "earlier", "late", "later"})


def _saying_scene_day(token: Token, ctx: _Context) -> FuzzyDate | None:
    """ "After a two-hour meeting with King Hussein, Bush said …", "Kikwete, speaking at a
    joint news conference with Albright, said …", "sent letters to Reno and said they would
    appeal": a contact told as the scene of a saying was held when the words were said, and
    words said in the simple past or present with no day of their own — outside a quote, not
    looking back ("has said", "previously said") — are the news the article reports, said on
    its day. Not "In a meeting with the editorial board, Trump said": remarks quoted from a
    sit-down are often weeks old; nor "after the department asked them, Hackett said", which
    may be long after the asking."""
    cue = _saying_scene(token)
    if cue is None or ctx.anchor is None or cue.tag_ not in _NEWS_SAYING_TAGS:
        return None
    if _in_quote(cue.idx, ctx) or _in_quote(token.idx, ctx) or said_before_the_news(cue):
        return None
    return FuzzyDate.day(ctx.anchor)


_NEWS_SAYING_TAGS = frozenset({"VBD", "VBZ"})
_SAYING_SCENE_PREPOSITIONS = frozenset({"after", "at", "during", "following"})
_SAYING_SCENE_MARKS = frozenset({"while", "as", "when"})


def _saying_scene(token: Token) -> Token | None:
    """The verb of saying a contact is the scene of, if any."""
    verb = _saying_at(token) if _is_nominal(token) else _saying_beside(token)
    if verb is None or verb.pos_ != "VERB":
        return None
    conjuncts = (c for c in verb.children if c.dep_ == "conj")
    return next((v for v in (verb, *conjuncts) if _is_scene_saying(v)), None)


def _is_scene_saying(verb: Token) -> bool:
    """A verb of saying a contact can be the scene of ("said", "told", "joked")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in lex.SCENE_SAYING_VERBS


def _saying_at(noun: Token) -> Token | None:
    """ "After a meeting with X, he said", "speaking at a news conference with X, he said":
    the verb a new contact noun is the occasion of (through a participle beside it)."""
    prep = noun.head
    if _is_anaphoric(noun) or noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ not in _SAYING_SCENE_PREPOSITIONS:
        return None
    verb = prep.head
    return verb.head if _participle_beside(verb) else verb


def _saying_beside(act: Token) -> Token | None:
    """ "Addressing a ceremony at the embassy, Orban said", "Kikwete, speaking with Albright,
    said", "Clinton, who was speaking to the mayors, told them", "as he greeted X, he said",
    "sent letters to X and said", "was joined on stage by X and joked": the verb a contact act
    is told beside — as a participle, a progressive relative clause of its subject or a
    "while"/"as"/"when" clause of it, or coordinated with it."""
    if act.tag_ != "VBG" and not _simple_past(act):
        return None
    if act.dep_ == "relcl" and act.head.dep_ == "nsubj" and act.tag_ == "VBG" and _simple_past(act):
        return act.head.head  # "Clinton, who was speaking to the mayors, told them": her scene
    if act.dep_ == "advcl":
        marks = {c.lower_ for c in act.children if c.dep_ == "mark"}
        return act.head if _participle_beside(act) or marks & _SAYING_SCENE_MARKS else None
    if act.dep_ == "acl" and act.tag_ == "VBG" and act.head.dep_ == "nsubj":
        return act.head.head  # "Kikwete, speaking …, said": the participle hangs on the speaker
    if act.dep_ == "conj":
        return act.head
    return next((c for c in act.children if c.dep_ == "conj"), None)


def _participle_beside(verb: Token) -> bool:
    """ "Speaking at the rally, she said": a bare present participle beside its clause."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ == "mark" for c in verb.children)
    )


def _since_a_dated_act(token: Token, ctx: _Context) -> FuzzyDate | None:
    """ "He has spoken with Elian at least three times since he arrived in the United States on
    April 6": a contact told in the present perfect since a dated act was held between that
    act's day and the article's."""
    if ctx.anchor is None or _is_nominal(token) or not _present_perfect(token):
        return None
    clause = next((c for c in token.children if c.dep_ == "advcl" and _opens_on_since(c)), None)
    if clause is None:
        return None
    offset = token.sent.start_char
    inside = {t.idx for t in clause.subtree}
    starts = [
        d.value.start
        for d in _sentence_dates(token, ctx)
        if d.value.resolved
        and d.value.start is not None
        and _starts_in(offset + d.start, inside, token.doc)
    ]
    if not starts or min(starts) > ctx.anchor:
        return None
    return FuzzyDate.between(min(starts), ctx.anchor, Precision.RANGE)


def _present_perfect(verb: Token) -> bool:
    """ "has spoken", "have met": up to now, unlike "had spoken" or "spoke"."""
    return any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def _opens_on_since(clause: Token) -> bool:
    """ "since she arrived on Feb. 6": a clause that opens the time up to now."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children)


def _act_time_on_the_cue(word: Token | None, trigger: Token) -> bool:
    """ "described a meeting with Gorkov on Dec. 13, 2016": the parser hangs the contact's
    time on the verb that recounts it, after the contact noun; a time of an act there is the
    contact's (a weekday or "last week" is the telling's: see :func:`time_of_an_act`)."""
    cue = trigger.head
    if word is None or trigger.dep_ != "dobj" or cue.lemma_.lower() not in lex.RECOUNT_VERBS:
        return False
    phrase = next((a for a in (word, *word.ancestors) if a.head.i == cue.i), None)
    if phrase is None or phrase.dep_ != "prep" or phrase.i < trigger.i:
        return False
    last = phrase.right_edge
    return time_of_an_act(text_of(word.doc)[phrase.left_edge.idx : last.idx + len(last)])


def _weekday_of_a_look_back(mention: DateMention, sentence: SpacySpan, ctx: _Context) -> bool:
    """ "In March 2012, she flew to Moscow. On Saturday, she met Putin": a bare weekday told in
    a story of an earlier year is a day of that story's week, which the text does not give —
    not the article's week (the sentence is still dated, so it takes no story date either)."""
    return bare_weekday(mention.text) and _story_year(sentence, ctx) is not None


def _fronted_date_over(word: Token | None, trigger: Token) -> bool:
    """ "On Dec. 29, the day the sanctions were announced, Flynn called Kislyak": the parser
    makes the opening date phrase the sentence's root and hangs the clause on its apposition;
    a trigger under the date phrase that opens its sentence is dated by it."""
    return (
        word is not None
        and word.i == word.sent.start
        and word.dep_ == "ROOT"
        and word.pos_ == "ADP"
        and word.is_ancestor(trigger)
    )


def _dates_the_sentence(char: int, trigger: Token, ctx: _Context) -> bool:
    """A date of the sentence that tells its time, so that a contact told in it without one
    does not take the story's: not one in a quote, in a description of someone ("met X, who
    endorsed him last week") or naming what was discussed ("discussed the recent violence"),
    each of which dates that thing only."""
    return not (
        _in_quote(char, ctx)
        or _describes_someone(_token_at(trigger, char), trigger)
        or _dates_a_topic(char, trigger)
    )


def _describes_someone(word: Token | None, trigger: Token) -> bool:
    """ "X, who endorsed him last week": the word stands in a relative clause describing a
    noun, a clause the trigger is not in; its date is that description's, not the news."""
    for node in (word, *word.ancestors) if word is not None else ():
        if node.dep_ == "relcl":
            return not (node.i == trigger.i or node.is_ancestor(trigger))
    return False


def _dates_a_description(word: Token | None, trigger: Token) -> bool:
    """ "met with 2012 GOP nominee Mitt Romney", "spoke with the recently retired general", "met
    the family of a recently deceased soldier": a date set before a noun for someone describes
    them (when they were nominated, retired, died), not the contact — a year on a noun for
    people, a time on a participle or adjective on any noun but an occasion's. Only words
    before the noun: a date after it ("met Sanders Tuesday") is the contact's wherever the
    parser hangs it, as is a day glued to the name that follows it ("Tuesday Sanders called").
    A participle of disclosure dates the disclosure, even of the contact itself ("in a recently
    released email, she wrote to him")."""
    if word is None or word.dep_ not in _NOUN_MODIFIER_DEPS:
        return False
    if word.head.pos_ == "PROPN" == word.pos_:
        return False  # "Tuesday Sanders called": the day glued to the name
    node, described = word, False
    while node.dep_ in _NOUN_MODIFIER_DEPS and node.head.i != node.i:
        node = node.head
        if node.i == trigger.i or node.i < word.i:
            return False
        if node.pos_ in ("VERB", "ADJ") and node.dep_ == "amod":
            if _discloses(node):
                return True  # "a recently released email": the release's time
            described = True  # "recently retired", "newly elected"
        elif node.pos_ in ("NOUN", "PROPN"):
            if _is_occasion(node) or _trigger_lemma(node) in lex.NOUN_TRIGGERS:
                return False
            if node.dep_ not in _NOUN_MODIFIER_DEPS - {"npadvmod"}:
                return described or _a_person_noun(node)
        else:
            return False
    return False


def _a_person_noun(noun: Token) -> bool:
    """A person's name or a noun for a person, or one that a name stands beside ("nominee
    Mitt Romney"); not a body whose year tells when it acted ("the 2012 campaign")."""
    if noun.lemma_.lower() in lex.TIME_BOUND_BODIES:
        return False
    return _person_like(noun) or any(
        c.dep_ in ("appos", "compound") and _is_person(c) for c in noun.children
    )


def _dates_a_topic(char: int, trigger: Token) -> bool:
    """ "testified before Congress on the 2011 attacks": a year naming what the contact was
    about dates that thing, not the contact — unlike "at a 2014 Senate hearing" (the occasion
    itself) or "during the 2016 campaign" (a time) — however deep in the topic's phrase it
    stands ("to discuss responses to the recent test")."""
    year = next((t for t in trigger.sent if t.idx == char), None)
    if year is None or year.dep_ not in ("nummod", "compound", "amod", "nmod"):
        return False
    return any(_a_topic(thing, trigger) for thing in _phrase_heads(year.head, trigger))


def _phrase_heads(noun: Token, trigger: Token) -> Iterator[Token]:
    """The noun and the nouns whose phrases hold it through prepositions ("the recent test" in
    "responses to the recent test", "the fallout from the 2012 attack"), up to the trigger."""
    node = noun
    while node.i != trigger.i:
        yield node
        if node.dep_ in ("poss", "compound", "nmod") and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head  # "last week's flood": the flood
            continue
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return
        node = prep.head


def _a_topic(thing: Token, trigger: Token) -> bool:
    """What was discussed, or a noun after a preposition of topic ("on the 2011 attacks") or
    of what was discussed ("discussed responses to the recent test", parsed on the verb)."""
    if thing.i == trigger.i or thing.pos_ != "NOUN" or thing.dep_ != "pobj":
        return _discussed(thing, trigger)
    prep = thing.head
    return prep.lower_ in lex.TOPIC_PREPOSITIONS | {"on", "over", "into"} or (
        prep.lower_ in _OBJECT_PREPOSITIONS
        and any(_discussed(c, trigger) for c in prep.head.children if c.dep_ == "dobj")
    )


_OBJECT_PREPOSITIONS = frozenset({"to", "of", "for", "from"})
"""'discuss responses to the recent test': prepositions of the object's own phrase, however
the parser hangs them on its verb."""


def _discussed(thing: Token, trigger: Token) -> bool:
    """ "discussed the recent violence", "talked over last year's deal", "met him to discuss
    the 2014 floods": the object of a verb of discussing, the contact's own or its purpose's,
    is what was discussed, and a date describing it is that thing's."""
    verb = thing.head
    purpose = verb.dep_ in ("xcomp", "advcl") and verb.head.i == trigger.i
    return (
        thing.dep_ == "dobj"
        and (verb.i == trigger.i or purpose)
        and verb.lemma_.lower() in lex.DISCUSSING_VERBS
        and not _is_occasion(thing)
    )


def _dates_the_last_time(mention: DateMention, trigger: Token) -> bool:
    """ "the first time the two men spoke since December": the interval a "since" opens on
    "the first time" a contact happened reaches back to the one before it, and dates
    neither."""
    if not mention.text.lower().startswith("since "):
        return False
    time = trigger.head if trigger.dep_ == "relcl" else None
    return (
        time is not None
        and time.lemma_.lower() == "time"
        and any(c.lower_ in lex.ORDER_WORDS for c in time.children)
    )


def _bounding_clause(word: Token | None, clause: Sequence[Token]) -> bool:
    """ "discussed sanctions with the ambassador before President Trump took office": a date
    that is itself a clause set before or after the contact, opening on its "before" or
    "after" (the case names the time: "took office" is the inauguration), bounds the
    contact — unlike a date inside such a clause, which is its act's."""
    if word is None or word.dep_ != "mark" or word.lower_ not in lex.TIME_SHIFTS:
        return False
    shifted = word.head
    return shifted.dep_ == "advcl" and any(t.i == shifted.head.i for t in clause)


def _in_later_or_earlier_clause(word: Token | None, trigger: Token) -> bool:
    """ "attacked him Sunday night in the final debate before voters go to the polls Monday":
    a date inside a clause set before or after the contact ("before …", "after …", "until
    …") is that clause's act's, not the contact's."""
    node = word
    while node is not None and node.i != trigger.i and node.head.i != node.i:
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in lex.TIME_SHIFTS for c in node.children
        ):
            return True
        node = node.head
    return False


def _in_an_included_instance(word: Token | None, trigger: Token) -> bool:
    """ "met her twice in 2016, including dining with her in May": a date inside a phrase that
    singles out one of the contacts ("including …", "among them …") is that one's, not the
    whole count's."""
    node = word
    while node is not None and node.i != trigger.i and node.head.i != node.i:
        if node.lower_ in lex.INCLUSION_WORDS and node.dep_ == "prep":
            return not node.is_ancestor(trigger)
        node = node.head
    return False


def _leading_telling_words(token: Token) -> set[int]:
    """ "said on Friday he met Trump earlier this week": the words between a speech verb and
    the subject of the clause it tells are the telling's ("on Friday" is when he said so),
    though the parser may hang them on the told clause."""
    told = next((n for n in (token, *token.ancestors) if n.dep_ == "ccomp"), None)
    if told is None or not _is_cue(told.head):
        return set()
    cue = told.head
    subject = next((c for c in told.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.i < cue.i:
        return set()
    return {t.idx for t in token.doc[cue.i + 1 : subject.left_edge.i]}


def _without_other_periods(values: Sequence[FuzzyDate], ctx: _Context) -> list[FuzzyDate]:
    """ "ate with her during his presidential campaign in 2007": a period of the case (its
    campaign) that a calendar date of the same clause falls outside is another period of
    that name, which the calendar date dates; it is not joined to it."""
    periods = {(p.start, p.end) for p in ctx.periods.values()}
    named = [v for v in values if (v.start, v.end) in periods]
    calendar = [v for v in values if (v.start, v.end) not in periods]
    if not named or not calendar:
        return list(values)
    return [v for v in values if v in calendar or any(v.overlaps(c) for c in calendar)]


def _that_day(clause: Sequence[Token]) -> bool:
    """ "also met with X that day, as the Times reported on Tuesday": a contact told on the
    day the story is at ("that day", "the same evening") takes the story's time even when
    its sentence dates something else."""
    return any(
        t.lemma_.lower() in lex.DAY_PARTS
        and any(c.lower_ in lex.SAME_TIME_DETERMINERS for c in t.children)
        for t in clause
    )


def _described_occasion_date(token: Token, ctx: _Context) -> FuzzyDate | None:
    """ "the March 8 incident, in which he grabbed her": a contact told in the relative clause
    of an occasion noun happened at the time the occasion's own phrase gives."""
    for node in (token, *token.ancestors):
        if node.dep_ == "relcl":
            occasion = node.head
            return _combine(_phrase_dates(occasion, ctx)) if _is_occasion(occasion) else None
    return None


def _occasion_date(clause: Sequence[Token], trigger: Token, ctx: _Context) -> FuzzyDate | None:
    """ "after his lecture at the institute" when the article told of "a lecture in Vienna on
    May 3"; "at the Warsaw summit" after "its July summit in Warsaw": an undated contact told
    at an occasion the article named before takes the date that earlier mention carried in
    its own phrase (the nearest such mention of the same occasion noun), or that the act it was
    the scene of carried ("prosecuted him at a debate Sunday", "threatened Thursday night in
    the final debate", then "joined them for the debate"); an undated one told as the scene
    of something on the way back ("In the last debate, on CNBC, …") is the one meant, and
    leaves it undated."""
    for noun in clause:
        if not _names_known_occasion(noun):
            continue
        step = _step_from_occasion(noun, trigger)
        for earlier in _earlier_mentions(noun):
            if _counted_otherwise(noun, earlier):
                return None  # "gave 51 speeches in 2014 … her three speeches to X": not those
            values = (
                _phrase_dates(earlier, ctx)
                or _scene_act_dates(earlier, ctx)
                or _held_occasion_dates(earlier, ctx)
            )
            if values:
                told = _combine(values)
                if told is not None and step is not None and step[0]:
                    told = _stepped(told, *step)  # "the day after the rally": a day on
                if step is None or told is None or not _not_after(told, ctx.anchor):
                    return None
                return told
            if _scene_verb(earlier) is not None and _tells_new_occasion(earlier):
                return None  # "In the last debate, on CNBC, …": the undated one just told
    return None


def occasion_told_before(
    verb: Token,
    article: Article,
    cast: Cast,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate],
) -> FuzzyDate | None:
    """ "Pence said during the interview", "he told CNN after the debate", when the article
    dated the interview or the debate before: an act told at an occasion the story already
    dated took place on that occasion's date, words said there as a contact held there (see
    :func:`_occasion_date`)."""
    ctx = _context(verb.doc, article, cast, anchor, periods)
    return _occasion_date([t for t in _clause_tokens(verb) if _times_the_act(t, verb)], verb, ctx)


def _times_the_act(noun: Token, verb: Token) -> bool:
    """The noun sets when ``verb``'s act happened: the object of a preposition on the verb
    ("said during the interview", "in his address to the group, he argued") or the subject of
    a clause of time on it ("Once the event was over, he said") — not a noun the act is about
    or done to ("renew its sponsorship of the event", "told the audience")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        return head.head == verb and head.lower_ in lex.TIMING_PREPOSITIONS
    return noun.dep_ == "nsubj" and head.dep_ == "advcl" and head.head == verb


def _step_from_occasion(noun: Token, trigger: Token) -> tuple[int, str] | None:
    """How far the contact is told from the occasion a noun names: none at it or right after
    or before it ("at the rally", "shortly after the rally", "hours before the debate"), a
    measure ("the day after the rally", "two days before the vote", "on the eve of the
    summit"); None when the phrase sets it apart by no measure the text gives ("days after
    the rally", "in the wake of the summit", "ahead of the vote"). A contact noun is at its
    own time wherever it stands ("On the eve of the meeting, Trump eased his tone")."""
    if noun.i == trigger.i:
        return 0, "day"
    node = noun
    while node.head.i != node.i and node.head.pos_ not in ("VERB", "AUX"):
        node = node.head
        word = node.lower_
        if word in lex.SEQUENCE_PREPOSITIONS:
            return _sequence_measure(node)
        if node.lemma_.lower() in lex.EVE_NOUNS:
            return -1, "day"
        if word in lex.APART_WORDS or _lead_up(node):
            return None
    return 0, "day"


def _lead_up(word: Token) -> bool:
    """ "in the run-up to the debate": the time before an occasion, no day of it."""
    return word.lower_ == "up" and any(c.lower_ in lex.LEAD_UP_WORDS for c in word.children)


def _set_off_from(noun: Token, trigger: Token) -> bool:
    """The noun names a time the contact is told apart from ("on the eve of the vote", "the
    day after the primary", "in the wake of the summit"), not the time the story is at."""
    return noun.dep_ == "pobj" and _step_from_occasion(noun, trigger) != (0, "day")


def _sequence_measure(preposition: Token) -> tuple[int, str] | None:
    """ "the day after", "two days before", "hours after", "shortly after": the measure a
    sequence preposition sets its occasion apart by (none for a bare or a close one)."""
    sign = -1 if preposition.lower_ in lex.BACKWARD_WORDS else 1
    measures = [c for c in preposition.children if c.dep_ == "npadvmod"]
    held = preposition.head if preposition.dep_ == "prep" else None
    if held is not None and held.lemma_.lower() in lex.TIME_UNITS.keys() | lex.DAY_PARTS:
        measures.append(held)  # "the day after the rally", "in the days before the vote"
    if not measures:
        return 0, "day"
    measure = measures[0]
    unit = measure.lemma_.lower()
    if unit in lex.CLOSE_UNITS:
        return 0, "day"  # "hours after the rally": that day
    unit = "day" if unit in lex.DAY_PARTS else unit
    if unit not in lex.TIME_UNITS:
        return None
    single = measure.tag_ == "NN" and any(c.lower_ == "the" for c in measure.children)
    count = 1 if single and unit != "week" else _count(measure)
    return (sign * count, unit) if count else None


def _counted_otherwise(noun: Token, earlier: Token) -> bool:
    """ "delivered 51 speeches in 2014 … her three speeches to the bank": occasions counted
    by another number than an earlier mention's are not those occasions, nor told to be
    among them."""
    counts = [{c.lower_ for c in n.children if c.dep_ == "nummod"} for n in (noun, earlier)]
    return all(counts) and counts[0] != counts[1]


def _tells_new_occasion(noun: Token) -> bool:
    """ "a separate exchange", "the last debate": an occasion noun that names one of its own,
    not one that retells another ("those conversations")."""
    return not _is_anaphoric(noun) or _names_other_occasion(noun)


def _scene_act_dates(occasion: Token, ctx: _Context) -> list[FuzzyDate]:
    """The dates of the act an occasion was the scene of ("at a debate Sunday"), its own
    adverbials only: not those of a clause inside it ("before Iowans vote Monday"), nor of a
    telling ("said on Tuesday he was at the debate")."""
    act = _scene_verb(occasion)
    if act is None or act.pos_ not in ("VERB", "AUX") or _is_cue(act):
        return []
    return _adverbial_dates(act, ctx)


def _held_occasion_dates(occasion: Token, ctx: _Context) -> list[FuzzyDate]:
    """ "She gave a lecture in Vienna on May 3", "held a rally in Tampa on Monday", "The debate
    was held on Sunday", "the dinner took place on Jan. 27": an occasion told as what someone
    gave, held or attended, or as being held or taking place, took place when that act did, at
    the act's own dates (not those of a plan or an announcement of it: "announced a summit";
    nor of one day of several: "the convention began Monday"). One given on a trip made for it
    ("traveled to Moscow in July 2016 to deliver a commencement address") was given then."""
    act = occasion.head
    given = (
        occasion.dep_ in ("dobj", "nsubjpass") and act.lemma_.lower() in lex.OCCASION_GIVING_VERBS
    )
    held = occasion.dep_ == "nsubj" and _tells_happening(act)
    if not (given or held):
        return []
    trip = _trip_made_for(act) if given else None
    return _adverbial_dates(act, ctx) or (_adverbial_dates(trip, ctx) if trip else [])


def _trip_made_for(act: Token) -> Token | None:
    """The verb of going whose purpose the act is ("traveled to Moscow to deliver …")."""
    head = act.head
    return head if _purpose_of(act) and head.lemma_.lower() in lex.MOTION_VERBS else None


def _adverbial_dates(act: Token, ctx: _Context) -> list[FuzzyDate]:
    """The dates told as the act's own adverbials, in the year of the story they are told in."""
    offset = act.sent.start_char
    resolved = [d for d in _sentence_dates(act, ctx) if d.value.resolved]
    return [
        d.value
        for d in _story_dated(resolved, act.sent, ctx)
        if _adverbial_of(act, _token_at(act, offset + d.start))
    ]


def _token_at(word: Token, char: int) -> Token | None:
    span = word.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None else None


def _adverbial_of(act: Token, word: Token | None) -> bool:
    """The word hangs from the act through phrases only, no clause on the way."""
    node = word
    while node is not None and node.i != act.i:
        if node.dep_ in _CLAUSE_EDGES | _PRUNED_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return node is not None


def _scene(token: Token, clause: list[Token]) -> list[Token]:
    """Where a contact's occasion may be named: its own clause and, for a contact noun, the
    clause of the verb it hangs from ("At the summit, officials were included in talks")."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if not _is_nominal(token) or verb is None or _is_cue(verb):
        return clause
    return clause + list(_pruned_subtree(verb, verb, verb))


def _names_known_occasion(noun: Token) -> bool:
    """An occasion noun told as one already known: "the summit", "his lecture", "the Warsaw
    summit" (not "a summit", which is a new one, nor "the last debate", another one)."""
    return (
        _is_occasion(noun)
        and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETERMINERS)
            for c in noun.children
        )
        and not _names_other_occasion(noun)
    )


def _is_occasion(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.OCCASION_NOUNS


def names_a_period(noun: Token) -> bool:
    """ "during the campaign", "throughout the transition", "over the course of the race": the
    clause gives its own time, a period — one the case's casebook would have dated, had it
    named it — so the contact is not the story's, whatever time the sentences before set."""
    preposition = noun.head if noun.dep_ == "pobj" else None
    return (
        preposition is not None
        and preposition.lower_ in lex.PERIOD_PREPOSITIONS
        and noun.lemma_.lower() in lex.PERIOD_NOUNS
        and any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def _names_other_occasion(noun: Token) -> bool:
    """ "at the last summit", "the next debate": an occasion of a series, at its own time."""
    return _is_occasion(noun) and any(c.lower_ in lex.ORDER_WORDS for c in noun.children)


def _earlier_mentions(noun: Token) -> Iterator[Token]:
    """The same noun in the sentences before, nearest first, in the same number: "the
    debates" do not retell "the 2000 Senate debate", nor "her speeches" "a recent speech". A
    talk is one whatever word retells it ("a commencement address … after the speech"), and
    "the event" retells any gathering ("a press conference … Once the event was over")."""
    lemma = _occasion_word(noun)
    plural = _plural(noun)
    generic = lemma in lex.GENERIC_OCCASIONS
    for earlier in reversed(noun.doc[: noun.sent.start]):
        word = _occasion_word(earlier) if earlier.pos_ == "NOUN" else None
        same = word == lemma or (generic and word in lex.ATTENDED_OCCASIONS)
        if same and _plural(earlier) == plural:
            yield earlier
            if generic:
                return  # "the event" is the gathering told last, dated or not


def _occasion_word(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    return "speech" if lemma in lex.TALK_NOUNS else lemma


def _plural(noun: Token) -> bool:
    return noun.tag_ in ("NNS", "NNPS")


def _phrase_dates(noun: Token, ctx: _Context) -> list[FuzzyDate]:
    """The dates inside a noun's own phrase ("the March 8 incident", "a lecture in Vienna on
    May 3"), not those of clauses describing its parts."""
    phrase = {t.idx for t in _pruned_subtree(noun, noun, noun)}
    sentence = noun.sent
    resolved = [d for d in _sentence_dates(noun, ctx) if d.value.resolved]
    return [
        d.value
        for d in _story_dated(resolved, sentence, ctx)
        if _starts_in(sentence.start_char + d.start, phrase, noun.doc)
    ]


_NEARBY_SENTENCES = 2  # sentences before a follow-up whose names say which contact it retells
_STORY_REACH = 8  # sentences of the telling back (paragraphs included, quotes uncounted)


def _narrative_date(token: Token, ctx: _Context) -> FuzzyDate | None:
    """ "Biden spent Thursday morning in St. Paul. He later flew back, where he spoke with two
    reporters": a story told in order dates an undated past-tense contact by the time its last
    dated sentence set, a few sentences back and across paragraphs, by that sentence's own
    clauses (not "who was freed in 2010", not a quote, not the date of a telling: "Roffman said
    in a recent interview"). Not when a sentence on the way moves in time ("Prior to that",
    "after", "again") or the contact is at another occasion ("at the last summit"), not from a
    date later than the article, nor for a noun naming a contact told before ("the meeting"),
    which may point anywhere back (see :func:`_told_act`), nor for a contact told in a quote
    or in a person's indirect account ("she said she then phoned the mayor"), which the
    speaker tells from their own time (an account keeps only a look-back story's year, see
    :func:`_account_year`), as does a contact set back from the story by no measure ("Before
    the vote, she met X", "After X criticized her during a debate, she shot back"). A contact
    told apart from a named time ("on the eve of the vote") is that time's, not the story's.
    A new contact noun where an act of the story took place ("praised X during a lunch with
    Y") goes on with the story as that act does; one still being arranged ("was arranging
    calls with X") does not."""
    act = _told_act(token) or _new_scene_act(token)
    if act is None:
        return None
    same_unit = _that_unit(act)  # "earlier that month": a part of the story's month
    if _describes_a_thing(act) and same_unit is None:
        return None  # "whom he had met earlier that month" names the story's month all the same
    if not (_simple_past(act) or (same_unit is not None and _past_perfect(act))):
        return None  # "had met X earlier that month": before the story's time, in its month
    if act.tag_ == "VBG" and _is_intention(token):
        return None  # "was arranging calls with X": the arranging's time, not the calls'
    step = _measured_step(act)
    moved = step is None and same_unit is None and _moved(act)
    if moved and not _set_back(act):
        return None
    if _in_quote(act.idx, ctx):
        return None  # "'I had breakfast with X,' she wrote": her time
    if any(_names_other_occasion(t) for t in _clause_tokens(token)):
        return None
    if any(_set_off_from(t, token) for t in _clause_tokens(token)):
        return None  # "On the eve of the vote, she met X": the vote's time, not the story's
    if moved:
        return _account_year(token, ctx)  # "In 1992, … Before the debate, she met X": 1992
    if _person_speech(act, ctx) and not (
        _at_the_scene_told(act) or _during_the_telling(act) or _sourced_after(act)
    ):
        return _account_year(token, ctx) if step is None else None
    story = _story_time(token.sent, ctx, measured=step is not None)
    if story is None:
        return None
    told = _combine(_in_story_year(story[1], story[0], ctx))
    if told is not None and step is not None:
        told = _stepped(told, *step)
    if told is not None and same_unit is not None:
        told = _part_of_unit(told, *same_unit)
    if told is not None and told.days() == 1 and _told_as_many(act):
        return None  # "also emailed Clovis several times": on many days, not the story's one
    return told if told is not None and _not_after(told, ctx.anchor) else None


def _that_unit(act: Token) -> tuple[str, int] | None:
    """ "That month, she met him", "later that year", "earlier the same week": the week, month
    or year of the story's time — all of it (0), or the part after (1) or before (-1) it."""
    for word in act.children:
        unit = word.lemma_.lower()
        if word.dep_ != "npadvmod" or unit not in _WHOLE_UNITS:
            continue
        if not any(c.lower_ in _SAME_WORDS for c in word.children):
            continue
        sides = [c.lower_ for c in word.children if c.lower_ in lex.SEQUENCE_WORDS]
        return unit, (0 if not sides else -1 if sides[0] in lex.BACKWARD_WORDS else 1)
    return None


_WHOLE_UNITS = frozenset({"week", "month", "year"})
_SAME_WORDS = frozenset({"that", "same"})


def _part_of_unit(told: FuzzyDate, unit: str, side: int) -> FuzzyDate | None:
    """The week, month or year holding the story's time ("Dec. 1 … later that month": Dec. 2
    to 31), or none when the story's time is coarser than it ("in 2016 … that month")."""
    if told.start is None or told.end is None:
        return None
    whole = unit_at(unit, told.start, 0)
    if whole.start is None or whole.end is None or told.end > whole.end:
        return None
    if side == 0 or (told.start, told.end) == (whole.start, whole.end):
        return whole  # "in December … earlier that month": some time in December
    if side > 0:
        start, end = told.end + timedelta(days=1), whole.end
    else:
        start, end = whole.start, told.start - timedelta(days=1)
    return FuzzyDate.between(start, end, Precision.RANGE) if start <= end else None


_CLOCK_LINE = re.compile(
    r"^\d{1,2}:\d{2} ?[ap]\.?m\.?(?: \(?(?:[ECMP][SD]?T|GMT|UTC)\)?)?:?$",
    re.MULTILINE | re.IGNORECASE,
)
_NEWS_OF_THE_DAY_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG"})


def _told_as_many(act: Token) -> bool:
    """ "emailed him several times", "called her repeatedly", "met often": contacts on many
    occasions, a habit or a count of times — not two ("twice" is counted by its dates)."""
    habit = any(c.dep_ == "advmod" and c.lower_ in lex.HABIT_ADVERBS for c in act.children)
    return habit or any(
        t.lemma_.lower() == "time"
        and t.tag_ == "NNS"
        and any(m.lower_ in _MANY for m in t.children)
        and next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == act
        for t in act.subtree  # the parser may hang "several times" on the one called
    )


_MANY = frozenset({"several", "many", "multiple", "numerous", "countless"})


def _live_entry_day(token: Token, ctx: _Context) -> FuzzyDate | None:
    """ "5:30 p.m. / … Clinton arrived at the gymnasium, where he met with Mayor Walsh": a
    live blog's entry, stamped with the hour of the day it is posted, tells that day's news —
    an undated contact it tells in the narration's past or present (not in a quote, nor in
    someone's account, each told from the speaker's own time, unless credited to its source
    after it: "…, his campaign said") was on the article's day, as is a new contact noun told
    as the scene of such news ("is conceding the race in a phone call with X"). The stamp may
    name its time zone or end in a colon ("4:40 p.m. EDT", "4:40 p.m.:")."""
    act = _told_act(token) or _new_scene_act(token)
    if ctx.anchor is None or act is None:
        return None
    if act.tag_ not in _NEWS_OF_THE_DAY_TAGS and not _simple_past(act):
        return None  # "was introduced by X" is told as the day's news like "introduced"
    if _in_quote(act.idx, ctx) or (_person_speech(act, ctx) and not _sourced_after(act)):
        return None
    if not _in_live_entry(token):
        return None
    return FuzzyDate.day(ctx.anchor)


def _new_scene_act(noun: Token) -> Token | None:
    """The act a new contact noun is the scene of ("conceding the race in a phone call with
    X", "over breakfast, X told him"), wherever the parser hung the phrase in that act's
    clause."""
    if not _is_nominal(noun) or _is_anaphoric(noun) or noun.dep_ != "pobj":
        return None
    if noun.head.lower_ not in lex.SCENE_OF_OCCASION | lex.MEAL_SCENE_PREPOSITIONS:
        return None
    return next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _past_perfect(act: Token) -> bool:
    """ "had met": an act before the story's time."""
    return act.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in act.children
    )


def _simple_past(act: Token) -> bool:
    """ "met", "was pressed by the host", "was speaking to X when Y walked in": an act told in
    the simple or progressive past, active or passive, as the story goes on ("had been
    pressed", before the story's time, is not)."""
    return (
        act.tag_ == "VBD"
        or (
            act.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in act.children)
        )
        or (act.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in act.children))
    )


def _account_year(token: Token, ctx: _Context) -> FuzzyDate | None:
    """ "Bob met Stevens on Sept. 10, 2012. … Bob said he began calling Libyan groups": a
    person's account of a look-back story tells it from their own time, so its day is not the
    story's (nor the step the story was at), but it stays in the earlier year the story is
    told in."""
    year = _story_year(token.sent, ctx)
    return FuzzyDate.year(year) if year is not None else None


def _during_the_telling(act: Token) -> bool:
    """ "At day's end, Clinton said as he introduced his wife, …": an act told in a "when",
    "while" or "as" clause of a speech verb is the scene of the telling, not what was told, so
    it goes on with the story as the telling does."""
    cue = _speech_cue(act)
    child = next((n for n in (act, *act.ancestors) if n.head.i == cue.i), None) if cue else None
    return child is not None and (
        _at_the_time(child)
        or (
            child.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children)
        )
    )


def _sourced_after(act: Token) -> bool:
    """ "On Tuesday, Sessions flew to Cleveland. He met Kislyak at a reception, his office said":
    an act the sentence tells first and credits to its source after ("…, officials said") is
    the reporter's story sourced, told in its order, not a person's account told from their
    own time ("She said she then phoned the mayor")."""
    cue = _speech_cue(act)
    return cue is not None and cue.i > act.i


def _at_the_scene_told(act: Token) -> bool:
    """ "The first was the April 2016 reception. Kushner said he shook hands with Kislyak
    there": an account placed "there" is at the occasion the story just told, at its time;
    one placed "that evening" or "the same day" is on the day the story is at."""
    clause = list(_own_clause(act))
    return any(t.dep_ == "advmod" and t.lower_ == "there" for t in clause) or _that_day(clause)


def _measured_step(act: Token) -> tuple[int, str] | None:
    """ "Two days later, Kislyak called Flynn", "The next day (morning), he called her": how many of
    which unit the act moves from the story's time (negative when back: "a week earlier"), none
    for a move within its day ("Hours later, he called her"); None when it is not moved by a
    measure."""
    for word in act.children:
        unit = word.lemma_.lower()
        if word.dep_ == "npadvmod" and unit in lex.DAY_PARTS - {"day"}:
            unit = "day"  # "The next morning, she met him": a day on
        if word.dep_ == "npadvmod" and unit in lex.TIME_UNITS:
            if any(c.lower_ in lex.NEXT_WORDS for c in word.children):
                return 1, unit
            return _the_unit_around(word, unit)
        if word.lower_ not in lex.SEQUENCE_WORDS:
            continue
        for measure in word.children:
            unit = measure.lemma_.lower()
            if measure.dep_ == "npadvmod" and unit in lex.CLOSE_UNITS:
                return 0, "day"
            if measure.dep_ == "npadvmod" and unit in lex.TIME_UNITS:
                count = _count(measure)
                sign = -1 if word.lower_ in lex.BACKWARD_WORDS else 1
                return (sign * count, unit) if count else None
    return None


def _the_unit_around(unit_word: Token, unit: str) -> tuple[int, str] | None:
    """ "The day before, she met him", "the previous day", "the year after": one unit back or
    on from the story's time, told by "the" and a bare sequence word ("the days before", "the
    day before the vote" say no one step from the story; "the week before" is that week, no
    day)."""
    if unit == "week" or unit_word.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in unit_word.children):
        return None
    for word in unit_word.children:
        if word.lower_ in lex.PREVIOUS_WORDS:
            return -1, unit
        if word.dep_ == "advmod" and word.lower_ in lex.SEQUENCE_WORDS and not list(word.children):
            return (-1 if word.lower_ in lex.BACKWARD_WORDS else 1), unit
    return None


def _count(measure: Token) -> int | None:
    """ "two days", "a year": how many units a measure phrase counts; None for a vague
    number ("a few weeks", "several days"), which says no exact step."""
    if any(c.lower_ in lex.VAGUE_AMOUNTS for c in measure.children):
        return None
    word = next((c for c in measure.children if c.dep_ in ("nummod", "det")), None)
    if word is None:
        return None
    try:
        return number_value(word.lower_)
    except (KeyError, ValueError):
        return None


def _stepped(value: FuzzyDate, count: int, unit: str) -> FuzzyDate | None:
    """The story's time moved by ``count`` units, at the precision both allow: days from a
    day ("two days later"), months from a day or month, years from a day, month or year, and
    a season or span whole years on ("last winter … A year later": the next winter); None
    when the story's time is too coarse for the unit (a season "a week later"). A step of none
    ("hours later") keeps the story's time as it is."""
    if count == 0:
        return value
    days, months = lex.TIME_UNITS[unit]
    start, precision = value.start, value.precision
    if start is None:
        return None
    if unit == "year" and precision in (Precision.RANGE, Precision.QUARTER):
        return _years_on(value, count)
    if days:
        return (
            FuzzyDate.day(start + timedelta(days=days * count))
            if precision is Precision.DAY
            else None
        )
    if precision not in (Precision.DAY, Precision.MONTH, Precision.YEAR):
        return None
    year, month = divmod(start.year * 12 + start.month - 1 + months * count, 12)
    if unit == "year":
        return FuzzyDate.year(year)
    return FuzzyDate.month(year, month + 1) if precision is not Precision.YEAR else None


def _years_on(span: FuzzyDate, count: int) -> FuzzyDate | None:
    """A closed span moved ``count`` whole years, a month's last day staying its last day (a
    winter ends on February 29 in a leap year)."""
    if span.start is None or span.end is None:
        return None
    start = _year_moved(span.start, count)
    end = _year_moved(span.end, count)
    return FuzzyDate.between(start, end, span.precision)


def _year_moved(day: date, count: int) -> date:
    last = calendar.monthrange(day.year, day.month)[1]
    new_last = calendar.monthrange(day.year + count, day.month)[1]
    moved_day = new_last if day.day == last else min(day.day, new_last)
    return date(day.year + count, day.month, moved_day)


def _describes_a_thing(act: Token) -> bool:
    """ "a trade bill he persuaded her to back": an act told in a relative clause describing
    something is that thing's history, at no time of the story ("where he spoke with X", a
    clause of place, goes on with it)."""
    return any(
        node.dep_ == "relcl" and not any(c.tag_ == "WRB" for c in node.children)
        for node in (act, *act.ancestors)
    )


def _told_act(token: Token) -> Token | None:
    """The verb that tells a contact as an act of the story: the trigger verb, or the verb
    that carries a new contact noun ("had breakfast with X", "held a meeting with X", "sent
    X for talks with Y"); None for a noun that names a contact told before ("the meeting")
    or elsewhere."""
    if _in_sequence_clause(token):
        return token.head.head  # "said after meeting with X": the meeting came just before
    if attendant_participle(token):
        return token.head  # "blasted Rubio, telling Ingraham that …": the blasting's time
    if not _is_nominal(token):
        return token
    if _is_anaphoric(token):
        return None
    return _carrier_verb(token) or _occasion_verb(token) or _guest_told(token)


def _guest_told(noun: Token) -> Token | None:
    """ "Last week, I caught King on his show. His guest, the actress X, was emotional": a
    host's guest told as the subject of a verb was with the host at that verb's time."""
    if noun.lemma_.lower() not in lex.GUEST_NOUNS or noun.dep_ not in _SUBJECT_DEPS:
        return None
    return noun.head if noun.head.pos_ in ("VERB", "AUX") and _hosts(noun) else None


def _in_sequence_clause(verb: Token) -> bool:
    """ "Obama said after meeting with Putin": a gerund contact set just before or after the
    act of its clause, which tells it at that act's time."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and verb.head.lower_ in lex.SEQUENCE_PREPOSITIONS
        and verb.head.head.pos_ in ("VERB", "AUX")
    )


def _story_time(
    sentence: SpacySpan, ctx: _Context, measured: bool = False
) -> tuple[SpacySpan, list[DateMention]] | None:
    """The nearest sentence before this one that sets the story's time, with its dates; None
    when the story breaks first (a sentence in the present, or whose act moves in time) or is
    undated that far back. A ``measured`` step ("Two days later, Kislyak called Flynn") counts
    from the story's time, so an aside told before it ("Before the call, he had …") is passed
    over rather than ending the story. An act told after another of its own on the way
    ("After meeting with X, she proposed …") keeps the story's day, week or month, not a
    year: it may be years on ("After leaving office, she founded a charity")."""
    sequenced = _sequenced(sentence, ctx)
    for before in _sentences_before(sentence, _STORY_REACH, ctx):
        if _is_aside(before):
            continue  # "(He was referring to a speech in 2008.)": the reporter's aside
        if _tells_present(before, ctx):
            return None
        told = _story_dates(before, ctx)
        found = [d for d in told if _closed(d.value)]
        if found and sequenced and any((d.value.days() or 0) > _SEQUENCE_SPAN for d in found):
            return None
        if found:
            return before, found
        if any(reached_by(d.text) for d in told):
            return None  # "By 2001, the firm was struggling": a time it gives no day or month of
        sequenced = sequenced or _sequenced(before, ctx)
        act = _first_act(before, ctx)
        if act is not None and _moved(act) and not (measured and _looks_back(act)):
            return None  # "Prior to that, she had flown to …": the story moved
        if _dated_shift(before, ctx):
            return None  # "It thrived until it went bankrupt in 1999": the story went on past
    return None


_SEQUENCE_SPAN = 31  # days of a story's time an act told after another of its own stays in


def _dated_shift(sentence: SpacySpan, ctx: _Context) -> bool:
    """The sentence dates a clause it sets before or after its act ("a juggernaut until it went
    bankrupt in 1999"): the story has passed that date, and by how much it does not say —
    not a description's ("X, who had covered casinos since the late '70s, drew his ire")."""
    described = {t.idx for c in sentence if _is_description(c) for t in c.subtree}
    shifted = {
        t.idx for c in sentence if _shifted(c) for t in c.subtree if t.i > _shift_word(c).i
    } - described
    return any(
        _starts_in(sentence.start_char + d.start, shifted, sentence.doc)
        and not _in_quote(sentence.start_char + d.start, ctx)
        for d in _sentence_dates(sentence[0], ctx)
        if d.value.resolved
    )


def _is_aside(sentence: SpacySpan) -> bool:
    """A sentence wholly in parentheses is the reporter's aside ("(She was referring to his
    remarks in 2008.)"), which neither sets the story's time nor ends it; so is one that
    only says who someone named is ("Kislyak is Russia's ambassador")."""
    words = [t for t in sentence if not t.is_space]
    parenthesised = len(words) > 2 and words[0].text == "(" and words[-1].text == ")"
    return parenthesised or _says_who(sentence.root)


def _says_who(root: Token) -> bool:
    """ "Omar Vale is Norway's envoy to the talks": a person's name, "is", and what they are
    ("Dover is a busy port" tells the reporter's present of a place)."""
    children = list(root.children)
    return (
        root.lemma_ == "be"
        and root.tag_ in {"VBZ", "VBP"}
        and any(c.dep_ == "attr" for c in children)
        and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in children)
    )


def _looks_back(act: Token) -> bool:
    """ "Before the call, he discussed what to say": an act told as before the story's time,
    by an unmeasured shift back, which a measured step on from the story passes over."""
    shifts = _shift_words(act)
    return bool(shifts) and all(
        w.lower_ in lex.BACKWARD_SHIFTS and not any(c.dep_ == "npadvmod" for c in w.children)
        for w in shifts
    )


def _set_back(act: Token) -> bool:
    """ "Before the vote, she met X", "After Brown criticized Clinton during a debate, Hillary
    shot back": an act told before the story's time by an unmeasured shift back, or in an
    "after" clause of an act of the story, which stays in the year of a look-back story; not
    one in a "before" clause ("Before she met X, she lost"), which came after the story's act."""
    marks = [c for c in _own_marks(act) if c.lower_ in lex.TIME_SHIFTS]
    if marks:
        return _shift_words(act) == marks and all(m.lower_ == "after" for m in marks)
    return _looks_back(act)


def _shift_words(act: Token) -> list[Token]:
    """The words of the act's sentence that move it in time, outside descriptions of others."""
    return [w for w in act.sent if _shifts_time(w) and not _describes_other(w, act)]


def _shifts_time(word: Token) -> bool:
    """A word that moves an act from the story's time ("Prior to that", "then", "again") — not
    "then" glued to a hyphen ("then-Sen. Jeff Sessions", "then-candidate Trump"), which names a
    title as it was at that time."""
    glued = not word.whitespace_ and word.i + 1 < len(word.doc) and word.nbor(1).text == "-"
    return word.lower_ in lex.TIME_SHIFTS and not (word.lower_ == "then" and glued)


def _own_marks(act: Token) -> list[Token]:
    """The words that open the adverbial clause the act is told in ("after", "before", "when")."""
    clause = next((n for n in (act, *act.ancestors) if n.dep_ == "advcl"), None)
    return [c for c in clause.children if c.dep_ == "mark"] if clause is not None else []


def _in_story_year(
    mentions: Sequence[DateMention], sentence: SpacySpan, ctx: _Context
) -> list[FuzzyDate]:
    """The mentions' dates, a year-less day or month ("in March") taking the year of the
    story it is told in when that is an earlier one than the article's."""
    if not any(yearless(d.text) for d in mentions):
        return [d.value for d in mentions]
    year = (
        _given_year(mentions)
        or _story_year(sentence, ctx)
        or _month_named_before(mentions, sentence, ctx)
    )
    if year is not None and ctx.anchor is not None and year >= ctx.anchor.year:
        year = None  # "in December, the White House confirmed last week": the article's time
    return [in_year(d, year, ctx.periods) if year else d.value for d in mentions]


def _month_named_before(
    mentions: Sequence[DateMention], sentence: SpacySpan, ctx: _Context
) -> int | None:
    """ "a trip to Moscow in July 2016 … a speech he gave there on July 7": a year-less day of a
    month the article named before in one earlier year, and never in another, is of that
    year."""
    months = {_month_of(d.value) for d in mentions if yearless(d.text)} - {None}
    if len(months) != 1 or ctx.anchor is None:
        return None
    month = months.pop()
    years = {
        d.value.start.year
        for before in sentence.doc.sents
        if before.end <= sentence.start
        for d in _sentence_dates(before[0], ctx)
        if d.value.start is not None and not yearless(d.text) and _month_of(d.value) == month
    }
    year = years.pop() if len(years) == 1 else None
    return year if year is not None and year < ctx.anchor.year else None


def _month_of(value: FuzzyDate) -> int | None:
    """The month a date falls in, when it falls in one."""
    if value.start is None or value.end is None:
        return None
    same = (value.start.year, value.start.month) == (value.end.year, value.end.month)
    return value.start.month if same else None


def _story_dated(
    mentions: Sequence[DateMention], sentence: SpacySpan, ctx: _Context
) -> list[DateMention]:
    """The mentions with their year-less days and months ("In August, she flew to New York
    to brief the board") in the year of the look-back story they are told in, for a contact
    that takes its date from another clause of the sentence than its own."""
    values = _in_story_year(mentions, sentence, ctx)
    return [replace(d, value=value) for d, value in zip(mentions, values, strict=True)]


def _given_year(mentions: Sequence[DateMention]) -> int | None:
    """The one year the mentions that name their year fall in, if they agree on one."""
    years = {
        year
        for d in mentions
        if not yearless(d.text) and d.value.start and d.value.end
        for year in (d.value.start.year, d.value.end.year)
    }
    return years.pop() if len(years) == 1 else None


def _story_year(sentence: SpacySpan, ctx: _Context) -> int | None:
    """The earlier year a look-back story is told in ("In 2013, … In March, …"): that of the
    nearest story date before that names its year, passing over sentences dated only by
    year-less days or months. None when that date is of the article's own year ("last
    week") or there is none. A story that moves within its past ("Shortly before the
    announcement, …") stays in its year (see :func:`_look_back_year`)."""
    current = sentence
    for _ in range(_STORY_REACH):
        story = _story_time(current, ctx)
        if story is None:
            return _look_back_year(current, ctx)
        current, found = story
        if all(yearless(d.text) for d in found):
            continue
        year = _given_year([d for d in found if not yearless(d.text)])
        anchored = ctx.anchor is None or (year is not None and year < ctx.anchor.year)
        return year if anchored else None
    return None


_LOOK_BACK_REACH = 30  # sentences a look-back story's year may have been given before


def _look_back_year(sentence: SpacySpan, ctx: _Context) -> int | None:
    """ "In June 2001, … In August, she flew to New York … Shortly before the announcement, …
    At 2 p.m. on the last Friday in August, the board convened": a story told in the past
    keeps the earlier year it last named through its moves back and its steps of less than a
    year ("a month later"), until a sentence in the reporter's present or one that moves it
    on by an unmeasured stretch ("After the breakdown in 2014, … then finally abandoned")
    ends it; a date of the article's own year ends it too."""
    for before in _sentences_before(sentence, _LOOK_BACK_REACH, ctx):
        if _is_aside(before):
            continue
        if _tells_present(before, ctx):
            return None
        told = _told_dates(before, ctx)
        named = [d for d in told if not yearless(d.text)]
        if not named:
            if not told and _moves_on(before, ctx):
                return None  # a year-less date ("On Oct. 3, WikiLeaks wrote again") keeps it
            continue
        year = _given_year(named)
        earlier = ctx.anchor is None or (year is not None and year < ctx.anchor.year)
        return year if earlier else None
    return None


def _shift_word(clause: Token) -> Token:
    """The word that opens a shifted clause or phrase: its mark, or the preposition itself."""
    return next(
        (c for c in clause.children if c.dep_ == "mark" and c.lower_ in lex.TIME_SHIFTS), clause
    )


def _moves_on(sentence: SpacySpan, ctx: _Context) -> bool:
    """The sentence's act moves the story forward by an unmeasured stretch or by a year or
    more, which may leave the year the story was in — as does an act told after another of
    its own ("After leaving office, she founded a charity"), which keeps the story's day but
    may be years on from its year."""
    if _sequenced(sentence, ctx):
        return True
    act = _first_act(sentence, ctx)
    if act is None or not _moved(act) or _looks_back(act):
        return False
    step = _measured_step(act) or _measured_step_in(sentence)
    return step is None or step[1] == "year"


def _measured_step_in(sentence: SpacySpan) -> tuple[int, str] | None:
    """ "did not answer that message, but two days later he posted a link": the measured step
    of a later verb of the sentence, when its first act has none."""
    return next(
        (step for t in sentence if t.pos_ == "VERB" and (step := _measured_step(t)) is not None),
        None,
    )


def _told_dates(sentence: SpacySpan, ctx: _Context) -> list[DateMention]:
    """The closed dates a sentence tells for its own time, outside quotes, descriptions of
    someone and what follows a shift in time ("after the breakdown in 2014"), whichever
    clause the parser hung them on ("In June 2001, after HP asked …"); a date the story has
    got to ("By the summer of 2001, she was still weighing it") counts as its last day."""
    described = {t.idx for c in sentence if _is_description(c) for t in c.subtree}
    shifted = {t.idx for c in sentence if _shifted(c) for t in c.subtree if t.i >= _shift_word(c).i}
    own = {t.idx for t in sentence} - described - shifted
    return [
        replace(d, value=FuzzyDate.day(d.value.end)) if not _closed(d.value) else d
        for d in _sentence_dates(sentence[0], ctx)
        if d.value.resolved
        and d.value.end is not None
        and (d.value.start is not None or reached_by(d.text))
        and _starts_in(sentence.start_char + d.start, own, sentence.doc)
        and not _in_quote(sentence.start_char + d.start, ctx)
    ]


def _closed(value: FuzzyDate) -> bool:
    return value.start is not None and value.end is not None


def _moved(trigger: Token) -> bool:
    """Whether the telling of an act (a contact, or a sentence's main verb) moves in time from
    the story: a shift word before it ("Prior to that, she met"), on it ("met him again", "met
    him before that") or a measured one ("A year later, he called"); not the sequence of a
    later clause ("met him before heading to Germany"), which leaves the act where the story
    is."""
    for word in trigger.sent:
        if _describes_other(word, trigger):
            continue  # "X, who had met him before, called": the description's own time
        lower = word.lower_
        measured = lower in lex.SEQUENCE_WORDS and any(c.dep_ == "npadvmod" for c in word.children)
        shifts = (
            _shifts_time(word)
            and not _within_the_day(word)
            and not _opens_own_sequence(word, trigger)
            and (
                word.i < trigger.i
                or (word.head.i == trigger.i and not any(c.pos_ == "VERB" for c in word.subtree))
            )
        )
        if measured or shifts:
            return True
    return False


def _sequenced(sentence: SpacySpan, ctx: _Context) -> bool:
    """The sentence's act is told after another act of its own ("After leaving office, she
    founded a charity")."""
    act = _first_act(sentence, ctx)
    return act is not None and any(
        _opens_own_sequence(w, act) and w.lower_ not in lex.BACKWARD_WORDS for w in act.children
    )


def _opens_own_sequence(shift: Token, act: Token) -> bool:
    """ "After meeting with Sharpton, Clinton proposed new rules": a sequence word that opens
    a gerund clause of the act's own subject sets two acts of the sentence in order, right
    after one another, without moving the act from the time the story is at."""
    return shift.head.i == act.i and any(_in_sequence_clause(c) for c in shift.children)


def _within_the_day(shift: Token) -> bool:
    """ "Earlier in the day", "later that evening": a move within the day the story is at,
    which keeps its date."""
    after = [t.lower_ for t in shift.doc[shift.i + 1 : shift.i + 4]]
    return any(
        len(after) > len(opening)
        and after[: len(opening)] == list(opening)
        and after[len(opening)] in lex.DAY_PARTS
        for opening in lex.SAME_DAY_OPENINGS
    )


def _first_act(sentence: SpacySpan, ctx: _Context) -> Token | None:
    """The sentence's first verb outside quotes and descriptions of someone: its act, even
    when the parser roots the sentence in a trailing telling ("…, drew his ire after he told
    the Journal …, Roffman predicted")."""
    verb = next(
        (
            t
            for t in sentence
            if t.pos_ in ("VERB", "AUX")
            and not _in_quote(t.idx, ctx)
            and not _descriptions(t)
            and not _in_sequence_clause(t)  # "After meeting X, she proposed": "proposed"
        ),
        None,
    )
    return verb.head if verb is not None and verb.dep_.startswith("aux") else verb


def _descriptions(word: Token) -> list[Token]:
    """The descriptions of someone or something the word stands in (relative clauses,
    appositions, participles)."""
    return [node for node in (word, *word.ancestors) if _is_description(node)]


def _describes_other(word: Token, trigger: Token) -> bool:
    """The word stands in a description that does not hold the trigger ("Roffman, who had
    covered casinos since the '70s, drew his ire")."""
    return any(
        not node.left_edge.i <= trigger.i <= node.right_edge.i for node in _descriptions(word)
    )


def _sentences_before(sentence: SpacySpan, reach: int, ctx: _Context) -> Iterator[SpacySpan]:
    """Up to ``reach`` sentences of the telling before this one, nearest first; a sentence
    that only quotes someone is passed over uncounted (what someone said moves no story on)."""
    start = sentence.start
    counted = 0
    if _opens_section(sentence):
        return
    while counted < reach and start > 0:
        before = sentence.doc[start - 1].sent
        yield before
        if _opens_section(before):
            return  # "EVEN HIS BOSS THINKS SO — …": the story does not run across a heading
        counted += not _only_quotes(before, ctx)
        start = before.start


_SECTION_HEADING = re.compile(
    r"(?:[A-Z0-9][A-Z0-9’'.,!?&-]*[ \t]+){2,}[A-Z0-9][A-Z0-9’'.,!?&-]*[ \t]*[—–:]"
)


def _opens_section(sentence: SpacySpan) -> bool:
    """A paragraph led by a heading in capitals ("CONGRESS HAS INVESTIGATED HIM — Oz's …")
    opens a new part of a listing article, whose story is not the part's before it."""
    text = text_of(sentence.doc)
    at = sentence.start_char
    starts_paragraph = at == 0 or text[at - 1] == "\n"
    return starts_paragraph and _SECTION_HEADING.match(text, at) is not None


def _only_quotes(sentence: SpacySpan, ctx: _Context) -> bool:
    """The sentence is a quote, with or without its attribution ("'…,' Roffman said")."""
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    quoted = [t for t in words if _in_quote(t.idx, ctx)]
    return len(quoted) == len(words) or (bool(quoted) and _is_cue(sentence.root))


def _tells_present(sentence: SpacySpan, ctx: _Context) -> bool:
    """A sentence of the reporter's present ("Among those who described it are …") leaves
    the story told before it; a quoted one does not, nor one whose present is only the source
    of a past act ("He did so at X's direction, the court papers say", "The emails show that
    he agreed to meet her in June 2016", "A photograph of the meeting shows him there")."""
    root = sentence.root
    telling = _is_cue(root) or root.lemma_.lower() in lex.SHOWING_VERBS
    if telling and any(_told_in_past(c) for c in root.children if c.dep_ == "ccomp"):
        return False
    if root.lemma_.lower() in lex.SHOWING_VERBS and any(
        s.lemma_.lower() in lex.RECORD_NOUNS for s in subjects(root)
    ):
        return False  # "A photograph of the meeting shows him at the table"
    return _present_finite(root) and not _in_quote(root.idx, ctx)


def _present_finite(verb: Token) -> bool:
    return _finite(verb).tag_ in _PRESENT_TAGS | {"MD"}


def _told_in_past(verb: Token) -> bool:
    """The clause's verb is in the past ("did", "was", "had asked")."""
    return _finite(verb).tag_ == "VBD"


def _finite(verb: Token) -> Token:
    """The word that carries the clause's tense: its first auxiliary, else the verb."""
    return next((c for c in verb.children if c.dep_ in {"aux", "auxpass"}), verb)


def _story_dates(sentence: SpacySpan, ctx: _Context) -> list[DateMention]:
    """The dates a sentence sets for the story: those of its own clauses, outside quotes,
    descriptions of someone, clauses that tell of a telling and clauses set before or after
    the story ("until shortly after he fled in February 2014"), closed or open ("by 2010",
    which sets no time: see :func:`_story_time`)."""
    described = {
        t.idx
        for c in sentence
        if _is_description(c)
        or _shifted(c)
        or _earlier_clause(c)
        or _urged_act(c)
        or _of_a_topic(c)
        for t in c.subtree
    }
    told = {
        t.idx
        for c in sentence
        if _is_cue(c) and trigger_kind(c) is None
        for t in _pruned_subtree(c, c, c)
    }
    own = {t.idx for t in sentence} - described - told
    return [
        d
        for d in _sentence_dates(sentence[0], ctx)
        if d.value.resolved
        and _starts_in(sentence.start_char + d.start, own, sentence.doc)
        and not _in_quote(sentence.start_char + d.start, ctx)
    ]


def _of_a_topic(preposition: Token) -> bool:
    """ "Angered by the cultural transformations of the 1960s, she led campaigns …": a time
    that says which thing is meant ("the transformations of the 1960s") is no time the story
    is told at; a time named so ("the summer of 2016") is one."""
    head = preposition.head
    return (
        preposition.dep_ == "prep"
        and preposition.lower_ == "of"
        and head.pos_ == "NOUN"
        and head.ent_type_ not in {"DATE", "TIME"}
    )


def _urged_act(verb: Token) -> bool:
    """ "urged them to vote Tuesday", "reminded voters to turn out on Monday": what someone is
    urged to do lies ahead of the story, so its dates are not the story's time (unlike an
    invitation's, "invited him to visit in January", whose occasion the story goes on to)."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in lex.URGING_VERBS
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    )


def _earlier_clause(verb: Token) -> bool:
    """ "was pressed on why he had said so last week", "began the debate praising her —
    having called her unqualified in a recent speech": a clause in the perfect (past perfect,
    or a perfect participle) under the sentence's act tells what came before the story's time,
    so its dates are not the story's."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    having = verb.tag_ == "VBN" and "having" in aux
    return verb.dep_ != "ROOT" and (_past_perfect(verb) or having)


def _shifted(clause: Token) -> bool:
    """A clause or phrase opened by a word that moves it in time ("after he fled …")."""
    return clause.dep_ in {"advcl", "prep"} and (
        clause.lower_ in lex.TIME_SHIFTS
        or any(c.dep_ == "mark" and c.lower_ in lex.TIME_SHIFTS for c in clause.children)
    )


def _in_quote(char: int, ctx: _Context) -> bool:
    return any(start <= char < end for start, end in ctx.quotes)


def _not_after(value: FuzzyDate, anchor: date | None) -> bool:
    """A told past contact cannot have happened after the article."""
    return anchor is None or value.start is None or value.start <= anchor


def _before_gap(
    dated: Sequence[tuple[int, FuzzyDate]], clause: Sequence[Token], trigger: Token
) -> list[FuzzyDate]:
    """ "spoke to X in June and to Y in September": the verb is shared (gapped) by two
    contacts, each dated inside its own conjunct, so the trigger's contact (the first) keeps
    the dates before the second partner ("and to Y"). Told once for both ("spoke to X and to
    Y in June"), the date is both contacts'. The second conjunct starts where its own words
    do ("met with X last week, and this week with Y")."""
    gap = next(
        (t.left_edge.idx for t in clause if t.i > trigger.i and _second_partner_phrase(t, trigger)),
        None,
    )
    before = [value for char, value in dated if gap is None or char < gap]
    return before or [value for _, value in dated]


def _second_partner_phrase(word: Token, trigger: Token) -> bool:
    """A partner phrase of the verb's after another one and an "and": "to Y" in "spoke to X
    in June and to Y in September", "with Y" in "met with X last week, and this week with Y"."""
    if word.pos_ != "ADP" or word.lower_ not in lex.PARTNER_PREPOSITIONS:
        return False
    if word.dep_ == "conj":
        return True
    earlier = [c for c in trigger.children if c.i < word.i]
    return (
        word.dep_ == "prep"
        and word.head.i == trigger.i
        and any(c.lower_ == word.lower_ and c.dep_ == "prep" for c in earlier)
        and any(c.dep_ == "cc" for c in earlier)
    )


_GOVERNING_VERBS = 2  # how many clauses up a contact may take its date from
_INTERVAL_OPENER = re.compile(r"(?:since|from|starting(?: in)?|beginning(?: in)?)\s+", re.I)


def _talked_about(noun: Token) -> bool:
    """ "pleaded guilty on Friday to lying about his conversations with X", "was questioned on
    Tuesday about the meeting": a contact that is what another act was about is not at that
    act's time."""
    return noun.dep_ == "pobj" and noun.head.lower_ in lex.TOPIC_PREPOSITIONS


def _governing_date(
    token: Token, found: Sequence[DateMention], offset: int, anchor: date | None
) -> FuzzyDate | None:
    """ "Those talks moved on Sunday to China, where Kerry met Lavrov for two hours": a contact
    told in a clause that hangs from a dated one happened then ("where" and "when" clauses
    included, those hanging from the date itself too). Not when that clause is the telling
    ("reported Tuesday that they met"): a report's date is not the contact's (a "when" clause
    of the telling excepted); nor from a clause describing someone ("X, who has been
    in contact with Y for months, arrived Tuesday"); nor for a contact named by a noun, which
    points back to one told before ("is now in the firing line because of the meeting") or is
    set before or after the act (see :func:`_sequence_day`); a new one ("devoting his show to
    a meeting with Trump", "in meetings at his club") is dated so."""
    if _is_nominal(token) and (_retells(token) or _in_sequence(token) or _talked_about(token)):
        return None
    node = token
    climbed = 0
    while node.head.i != node.i and climbed < _GOVERNING_VERBS:
        if node.dep_ in {"ccomp", "parataxis"}:  # "Last month it emerged that they had met"
            return _present_telling_date(node, found, offset, anchor)
        if node.dep_ == "relcl" and not any(c.tag_ == "WRB" for c in node.children):
            return None  # "Priebus, who has been in contact for months, arrived Tuesday"
        if _set_apart_in_time(node):
            return None  # "took place in mid-December, a few weeks after X met Y"
        if _content_of_noun(node):
            return None  # "on Friday played down the idea that he had struck a deal with X"
        if node.dep_ == "relcl":
            named = _date_named_by(node.head, found, offset, anchor)
            if named is not None:
                return named
        child, node = node, node.head
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        climbed += 1
        if _is_cue(node) and _scene_of_telling(child):
            return _telling_date(node, found, offset, anchor)
        if _is_cue(node) and not _at_the_time(child):
            return _lead_date(token, node, found, offset)
        if _discloses(node):
            return None  # "on Tuesday released an email she sent her": the release's day
        clause = {t.idx for t in _pruned_subtree(node, node, node)}
        values = [
            d.value
            for d in found
            if _starts_in(offset + d.start, clause, token.doc)
            and not _in_later_or_earlier_clause(_token_at(token, offset + d.start), node)
            and not _dates_another_noun(_token_at(token, offset + d.start), token)
        ]
        if values:
            return _combine(values)
    return None


def _dates_another_noun(date: Token | None, token: Token) -> bool:
    """ "Trump's visit to Mexico, where he met the president, reminds me of Reagan's trip to
    Geneva in 1985": a date set on a noun of the governing clause that the contact neither
    hangs from nor holds is that noun's time (the trip's), not the clause's — unlike "moved on
    Sunday to China, where …", "a dinner on Tuesday, where …" or "One Sunday in late 2001,
    she called …"."""
    if date is None:
        return False
    root = date
    while root.head.i != root.i and root.head.ent_type_ == "DATE":
        root = root.head
    owner = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if owner.pos_ != "NOUN" or owner.ent_type_ in ("DATE", "TIME"):
        return False
    return owner not in {*token.ancestors, *token.subtree}


def _set_apart_in_time(clause: Token) -> bool:
    """ "The meeting took place in mid-December, a few weeks after Kushner met Kislyak": a
    clause of time set before or after the one it hangs on happened at another time than
    that one's date."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in lex.SEQUENCE_WORDS for c in clause.children
    )


def _content_of_noun(clause: Token) -> bool:
    """ "the idea that he had struck a deal", "reports that she met him": a "that" clause
    spelling out what a noun (a claim, an idea, a report) holds is that thing's content, so
    the date of the act done to the noun ("played it down on Friday") is not the contact's."""
    return clause.dep_ == "acl" and any(
        c.dep_ == "mark" and c.lower_ in {"that", "whether", "if"} for c in clause.children
    )


def _at_the_time(clause: Token) -> bool:
    """ "dismissed the charge in October, when she told Vale at a debate": a "when" or
    "while" clause of a telling happened as it was told, so the telling's date is its own."""
    return clause.dep_ == "advcl" and any(
        c.dep_ in {"advmod", "mark"} and c.lower_ in {"when", "while"} for c in clause.children
    )


def _telling_date(
    cue: Token, found: Sequence[DateMention], offset: int, anchor: date | None
) -> FuzzyDate | None:
    """When a telling was made: by its own clause's dates, the date its "when" clause hangs
    from ("in October, when he told X at a debate") or the clause it is the "when" of — never
    a clause further up, which may tell of the telling ("responded Monday to a claim that he
    told the board in a meeting …")."""
    own = {t.idx for t in _pruned_subtree(cue, cue, cue)}
    values = [d.value for d in found if _starts_in(offset + d.start, own, cue.doc)]
    if values:
        return _combine(values)
    if cue.dep_ == "relcl" and any(c.tag_ == "WRB" for c in cue.children):
        return _date_named_by(cue.head, found, offset, anchor)
    if _at_the_time(cue) and cue.head.pos_ in ("VERB", "AUX"):
        head = {t.idx for t in _pruned_subtree(cue.head, cue.head, cue.head)}
        dated = [d.value for d in found if _starts_in(offset + d.start, head, cue.doc)]
        return _combine(dated) if dated else None
    return None


def _scene_of_telling(child: Token) -> bool:
    """ "told Clinton at a debate that …", "said during a breakfast with donors": an occasion
    that is the scene of a telling (not part of what is told) happened as it was told, so the
    telling's own date is its."""
    return child.dep_ == "prep" and child.lower_ in lex.SCENE_OF_OCCASION


def _date_named_by(
    word: Token, found: Sequence[DateMention], offset: int, anchor: date | None
) -> FuzzyDate | None:
    """ "in October, when he told Clinton at a debate": a "when" clause hanging from a date
    tells what happened at that date, whatever verb the date itself belongs to — the date
    itself, not an interval it opens ("a gaffe like one from January 2013, when she
    testified", "since 2014, when they first met")."""
    at = word.idx - offset
    named = next((d for d in found if d.start <= at < d.end), None)
    if named is None:
        return None
    opener = _INTERVAL_OPENER.match(named.text)
    if opener is None:
        return named.value
    bare = resolve(named.text[opener.end() :], anchor)
    return bare if bare is not None and bare.resolved else None


def _present_telling_date(
    told: Token, found: Sequence[DateMention], offset: int, anchor: date | None
) -> FuzzyDate | None:
    """ "Last September, Babar says he contacted Ali's wife": a telling in the present tense is
    not in the past, so a date on it before the article's day is the date of what it tells
    (what emerged "last month" or was said "on Tuesday" keeps none: that telling's date)."""
    cue = told.head
    if anchor is None or not _is_cue(cue) or cue.tag_ not in _PRESENT_TAGS:
        return None
    clause = {t.idx for t in _pruned_subtree(cue, cue, cue)}
    values = [
        d.value
        for d in found
        if _starts_in(offset + d.start, clause, told.doc)
        and d.value.end is not None
        and d.value.end < anchor
    ]
    return _combine(values) if values else None


def _retells(noun: Token) -> bool:
    """ "because of the meeting": a noun naming a contact told before; not "the third debate",
    one of a series named by its place in it, which its own sentence dates ("In the third
    debate Saturday, X apologized to Y")."""
    return _is_anaphoric(noun) and not _names_other_occasion(noun)


def _in_sequence(noun: Token) -> bool:
    """ "resigned in March, after a meeting with X": the noun is set before or after the act."""
    return noun.dep_ == "pobj" and noun.head.lower_ in lex.SEQUENCE_PREPOSITIONS


def _sequence_day(token: Token, found: Sequence[DateMention], offset: int) -> FuzzyDate | None:
    """ "spoke to reporters Thursday following a meeting with House members": a contact noun
    that an act of a given day follows or precedes ("after", "following", "before") was held
    that day. Only a day: "in March, after a meeting" does not say the meeting was in March."""
    if not _is_nominal(token) or not _in_sequence(token):
        return None
    head = token.head
    act = head.head
    if act.pos_ not in ("VERB", "AUX") or _is_cue(act):
        return None
    clause = {t.idx for t in _pruned_subtree(act, act, act)} - {t.idx for t in head.subtree}
    days = [
        d.value
        for d in found
        if d.value.precision is Precision.DAY and _starts_in(offset + d.start, clause, token.doc)
    ]
    return _combine(days) if days else None


def _act_day(token: Token, ctx: _Context) -> FuzzyDate | None:
    """ "Suu Kyi, who had breakfast with Biden before visiting the Oval Office", told after
    "Suu Kyi visited the White House on Wednesday": a contact told just before or after an act
    the article dated to a day earlier (the nearest earlier telling of that verb) was held that
    day. Only a day: "in March" does not say which side of the act the contact fell."""
    act = _sequenced_act(token)
    if act is None:
        return None
    lemma = act.lemma_.lower()
    earlier = next(
        (
            t
            for t in reversed(token.doc[: token.sent.start])
            if t.pos_ == "VERB" and t.lemma_.lower() == lemma
        ),
        None,
    )
    if earlier is None:
        return None
    clause = {t.idx for t in _pruned_subtree(earlier, earlier, earlier)}
    offset = earlier.sent.start_char
    resolved = [d for d in _sentence_dates(earlier, ctx) if d.value.resolved]
    days = [
        d.value
        for d in _story_dated(resolved, earlier.sent, ctx)
        if d.value.precision is Precision.DAY and _starts_in(offset + d.start, clause, earlier.doc)
    ]
    told = _combine(days)
    return told if told is not None and _not_after(told, ctx.anchor) else None


def _telling_day(token: Token, ctx: _Context) -> FuzzyDate | None:
    """ "They appeared together just hours after Comey's remarks", "spoke with Comey right after
    his announcement", told after "On Tuesday, Comey said …": a contact set moments before or
    after a person's telling was held on the day the article dated that person's nearest
    earlier telling to (an undated "Comey's statement" on the way retells one, and is passed
    over; an undated "Comey said" is another telling, and leaves the contact undated). Only
    for a same-day closeness ("hours", "right", "shortly"): "after his speech" alone may be
    days later."""
    act = _told_act(token)
    noun = None if act is None else _closely_sequenced_telling(act)
    teller = None if noun is None else _teller(noun)
    if teller is None:
        return None
    for word in reversed(token.doc[: token.sent.start]):
        telling = _telling_by(word) if word.text == teller.text and word.pos_ == "PROPN" else None
        if telling is None:
            continue
        day = _telling_clause_day(telling, ctx)
        if day is not None:
            return day if _not_after(day, ctx.anchor) else None
        if not _is_nominal(telling):
            return None
    return None


def _telling_clause_day(telling: Token, ctx: _Context) -> FuzzyDate | None:
    """The day-precise dates of a telling's own clause or phrase."""
    clause = {t.idx for t in _pruned_subtree(telling, telling, telling)}
    offset = telling.sent.start_char
    resolved = [d for d in _sentence_dates(telling, ctx) if d.value.resolved]
    return _combine(
        [
            d.value
            for d in _story_dated(resolved, telling.sent, ctx)
            if d.value.precision is Precision.DAY
            and _starts_in(offset + d.start, clause, telling.doc)
        ]
    )


def _closely_sequenced_telling(act: Token) -> Token | None:
    """The telling noun an act is set "hours after", "right before" ("appeared together just
    hours after Comey's remarks")."""
    for prep in act.children:
        if prep.dep_ != "prep" or prep.lower_ not in lex.SEQUENCE_PREPOSITIONS:
            continue
        close = any(
            (c.dep_ == "npadvmod" and c.lower_ in lex.SAME_DAY_SPANS)
            or (c.dep_ == "advmod" and c.lower_ in lex.SAME_DAY_ADVERBS)
            for c in prep.children
        )
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if close and noun is not None and noun.lemma_.lower() in lex.TELLING_NOUNS:
            return noun
    return None


def _teller(noun: Token) -> Token | None:
    """Whose telling a noun names: its possessor's name ("Comey's remarks"), or for "his" /
    "her" the last name before it in the sentence ("spoke with Comey right after his
    announcement")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.pos_ == "PROPN":
        return owner
    if owner.lower_ not in {"his", "her"}:
        return None
    named = [
        t
        for t in noun.doc[noun.sent.start : owner.i]
        if (t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG"})
        and t.ent_type_ not in lex.PLACE_ENTITY_LABELS
    ]
    return named[-1] if named else None


def _telling_by(name: Token) -> Token | None:
    """The telling a name makes in its sentence: the speech verb it is the subject of ("On
    Tuesday, Comey said …") or the telling noun it possesses ("Comey's statement on Tuesday")."""
    role = name.head if name.dep_ == "compound" else name
    if role.dep_ in _SUBJECT_DEPS and _is_cue(role.head):
        return role.head
    if role.dep_ == "poss" and role.head.lemma_.lower() in lex.TELLING_NOUNS:
        return role.head
    return None


def _sequenced_act(token: Token) -> Token | None:
    """The act a contact is told as before or after: "had breakfast with X before visiting
    the Oval Office", "spoke with X after he landed"."""
    act = _told_act(token)
    if act is None:
        return None
    for child in act.children:
        if child.dep_ == "prep" and child.lower_ in lex.SEQUENCE_PREPOSITIONS:
            verb = next((c for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
            if verb is not None:
                return verb
        marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
        if child.dep_ == "advcl" and marks & lex.SEQUENCE_PREPOSITIONS:
            return child
    return None


def _lead_date(
    token: Token, cue: Token, found: Sequence[DateMention], offset: int
) -> FuzzyDate | None:
    """ "In April, … Trump greeted Kislyak …, the Journal reported in May": when the telling
    trails the told, a date that opens the sentence before the contact's clause is the
    contact's (the parser hangs it on the trailing verb); the telling's own date is not."""
    if cue.i < token.i:
        return None
    lead = token.left_edge.idx
    values = [d.value for d in found if offset + d.start < lead]
    return _combine(values) if values else None


def entry_date(token: Token, ctx: _Context) -> tuple[int, FuzzyDate] | None:
    """A timeline entry ("Dec. 29 — Flynn speaks with Kislyak by phone", "• Dec. 29: Flynn
    calls Kislyak") dates everything its line tells — but a contact told inside a report or
    someone's words on that line ("Feb. 9 — The Post reports that Flynn discussed sanctions
    with Kislyak") is the telling's date, not the contact's (see :func:`_when`). Returns
    where the entry's date starts, and the date."""
    text = text_of(token.doc)
    entries = per_doc(token.doc, "onrecord.timeline", lambda d: _timeline(text, ctx))
    return entries.get(text.rfind("\n", 0, token.idx) + 1)


def _timeline(text: str, ctx: _Context) -> dict[int, tuple[int, FuzzyDate]]:
    """Every dated entry line, by line start. A timeline runs in order and gives no years, so
    each entry is read as the latest such day not after the entry below it; the last entry
    is anchored on the article's date ("June 16" above "March 21, 2016" is 2015)."""
    entries: dict[int, tuple[int, FuzzyDate]] = {}
    anchor = ctx.anchor
    for entry in reversed(list(_ENTRY.finditer(text))):
        found = find_dates(entry["date"], anchor, ctx.periods)
        if not found or found[0].start != 0 or not found[0].value.resolved:
            continue
        value = found[0].value
        entries[entry.start()] = (entry.start("date"), value)
        anchor = value.start or anchor
    return entries


def _starts_in(char: int, clause: set[int], doc: Doc) -> bool:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and span[0].idx in clause


def _clause_tokens(token: Token) -> list[Token]:
    root = (
        _carrier_verb(token)
        or _scene_host(token)
        or _occasion_verb(token)
        or _told_in(token)
        or _airing_verb(token)
        if _is_nominal(token)
        else None
    ) or token
    return list(_pruned_subtree(root, token, root))


def _airing_verb(occasion: Token) -> Token | None:
    """ "MSNBC aired the debate on Thursday night", "CNN hosted the debate Tuesday": an
    occasion is held when it is aired or hosted, so that verb's clause dates it (its subject,
    the network, takes no part)."""
    head = occasion.head
    aired = occasion.dep_ == "dobj" and head.lemma_.lower() in lex.AIRING_VERBS
    return head if aired and _trigger_lemma(occasion) in lex.SIDED_OCCASION_NOUNS else None


def _pruned_subtree(node: Token, trigger: Token, root: Token) -> Iterator[Token]:
    """The subtree, minus other clauses, the descriptions of participants and the topic
    ("spoke about arranging a call after the inauguration": that date is the call's)."""
    yield node
    for child in node.children:
        own_clause = (
            (node.i == trigger.i and _describes_time(child))
            or (_released_as_sent(child) and _message_noun(node).i == trigger.i)
            or (_is_nominal(trigger) and (_tells_occurrence(child) or _held_in(child)))
            or _hosting_participle(child)
            or _tells_a_time(child)
        )
        other_verb = (
            node.i in (trigger.i, root.i) and child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")
        )
        topic = child.dep_ == "prep" and child.lower_ in lex.TOPIC_PREPOSITIONS
        pruned = child.dep_ in _PRUNED_DEPS and not own_clause
        if pruned or other_verb or topic or _other_occasion(child):
            for stray in _after_the_name_given(child):
                yield from _pruned_subtree(stray, trigger, root)
            continue
        yield from _pruned_subtree(child, trigger, root)


def _after_the_name_given(clause: Token) -> list[Token]:
    """ "met with a lawyer named Natalia Veselnitskaya in June 2016": the parser hangs what
    follows the name on the participle that gives it, though a name is all it gives — the
    time and place are the contact's."""
    name = _named_by(clause)
    if name is None:
        return []
    return [c for c in clause.children if c.i > name.i and c.dep_ in ("prep", "npadvmod")]


def _tells_a_time(clause: Token) -> bool:
    """ "took place around the time that the administration, on Dec. 29, announced sanctions":
    a relative clause on a plain time noun gives that time, so its date is the sentence's
    own — not on a counted one ("the first time the two talked since October")."""
    time = clause.head
    return (
        clause.dep_ == "relcl"
        and time.lemma_.lower() in lex.TIME_NOUNS
        and all(c.dep_ in {"det", "relcl", "punct"} for c in time.children)
    )


def _is_description(clause: Token) -> bool:
    """A clause or phrase describing someone or something, whose dates are not the story's."""
    return clause.dep_ in _DESCRIPTIONS and not _tells_a_time(clause)


def _hosting_participle(clause: Token) -> bool:
    """ "spoke at a forum hosted by X on Monday": the participle that tells who held an
    occasion tells when it was held."""
    return clause.dep_ == "acl" and clause.lemma_.lower() in lex.HOSTING_VERBS


def _other_occasion(clause: Token) -> bool:
    """ "met him that day, as the Times reported on Tuesday": the telling's date; "was
    visiting her sister, having moved to Egypt years ago": an earlier event's. An adverbial
    clause of either kind does not date the contact it hangs from."""
    return clause.dep_ == "advcl" and (
        _is_cue(clause) or any(c.dep_ == "aux" and c.lower_ == "having" for c in clause.children)
    )


def _released_as_sent(clause: Token) -> bool:
    """ "In a letter to Senate colleagues released Monday, Sanders rips the agreement": a
    letter released with no one named as releasing it is an open letter, made public by its
    sender as it is sent — its release dates it (not "emails released Monday", written long
    before, nor "a letter released by the committee")."""
    return (
        clause.dep_ == "acl"
        and clause.lemma_.lower() in lex.SENDER_RELEASE_VERBS
        and _message_noun(clause.head).lemma_.lower() in lex.OPEN_LETTER_NOUNS
        and not any(c.dep_ == "agent" for c in clause.children)
    )


def _message_noun(noun: Token) -> Token:
    """The message a noun's phrase belongs to: "a letter to Senate colleagues released
    Monday", where the parser hangs "released" on the addressee, is the letter."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun


def _describes_time(clause: Token) -> bool:
    """ "a trip made in <month>", "contacts that began before <date>", "the encounter he had
    last week", "an email she sent to him in March": a participle or a clause about the
    contact's own course in time, not a description of something else, nor of what later
    befell it ("emails released on Tuesday") — unless an open letter its sender released
    (see :func:`_released_as_sent`)."""
    lemma = clause.lemma_.lower()
    disclosed = _discloses(clause) and not _released_as_sent(clause)
    return (clause.dep_ == "acl" and not disclosed) or (
        clause.dep_ == "relcl"
        and (
            lemma in lex.COURSE_VERBS
            or (
                lemma in lex.LIGHT_VERBS
                and not any(c.dep_ in ("dobj", "obj") for c in clause.children)
            )
        )
    )


def _tells_occurrence(clause: Token) -> bool:
    """ "a meeting with Trump, which took place this morning": a relative clause that only an
    event can be the subject of tells the contact's own time, wherever the parser hung it."""
    return clause.dep_ == "relcl" and _tells_happening(clause) and _relative_subject(clause)


def _held_in(clause: Token) -> bool:
    """ "the meeting that Manafort had with Deripaska in 2016", "the calls she made in
    December": a relative clause whose light verb has the contact itself as its object is the
    contact's own telling, so its time is the contact's ("the meeting where he had lunch in
    May" has an object of its own and dates the lunch)."""
    objects = [c for c in clause.children if c.dep_ in ("dobj", "attr")]
    return (
        clause.dep_ == "relcl"
        and clause.lemma_.lower() in lex.LIGHT_VERBS
        and all(c.tag_ in RELATIVE_TAGS for c in objects)
        and not _negated(clause)
    )


def _combine(values: Sequence[FuzzyDate]) -> FuzzyDate | None:
    """One date as is. Dates that overlap refine each other ("during the campaign, last
    April" is April), so the narrowest wins; dates that do not ("began before X and continued
    during Y") are joined into the interval that covers them all."""
    if len(values) <= 1:
        return values[0] if values else None
    if all(a.overlaps(b) for a in values for b in values):
        return _narrowest(values)
    return FuzzyDate.hull(values)


def _spoken_in_person(token: Token) -> bool:
    """ "spoke briefly with X at the convention", "talked with Y at a dinner", "told him at a
    London hotel", "spoke with Z during a trip to Moscow": talk told where both were, or on a
    trip the speaker made, was face to face — a meeting, not a contact of unknown medium (a
    call is told as one). So were talks held somewhere ("held talks with X in Geneva") and
    greetings exchanged there or after an occasion both attended ("exchanged greetings with X
    after the speech")."""
    if _talks_held(token):  # "held talks with X in Geneva": the parser hangs the city on X
        partners = _prep_objects(token, ("with",))
        placed = any(_is_place(p) for head in partners for p in _prep_objects(head, ("in", "at")))
        return placed or _place(token, Relation.CONTACT) is not None
    if _greetings_exchanged(token):  # "after the speech": where it was held
        return _told_somewhere(token) or _occasion_in(token, lex.SEQUENCE_PREPOSITIONS)
    if token.pos_ != "VERB" or _fixed_lemma(token) not in _TALKING_VERBS:
        return False
    partners = _prep_objects(token, ("with", "to"))  # "with X at the convention", as parsed
    placed = any(_a_venue(p) for head in partners for p in _prep_objects(head, ("at",)))
    return (
        placed
        or _place(token, Relation.CONTACT) is not None
        or any(
            prep.lower_ == "during" and noun.lemma_.lower() in lex.JOURNEY_NOUNS
            for prep in token.children
            if prep.dep_ == "prep"
            for noun in prep.children
        )
    )


# "talked with X at a dinner", "told him at a London hotel that …"
_TALKING_VERBS = lex.VERBS_OF_SPEAKING | lex.VERBS_NEEDING_NAMED_LISTENER


def _talks_held(noun: Token) -> bool:
    """ "held talks with X": talks someone holds, not talks told of ("the talks stalled")."""
    carrier = _carrier_verb(noun) if _is_nominal(noun) else None
    return (
        carrier is not None
        and carrier.lemma_.lower() == "hold"
        and _trigger_lemma(noun) in lex.VERBS_OF_SPEAKING
    )


def _greetings_exchanged(verb: Token) -> bool:
    """ "exchanged greetings with X", "traded pleasantries with Y"."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in lex.WORD_TRADING_VERBS
        and any(c.dep_ == "dobj" and c.lower_ in lex.GREETINGS for c in verb.children)
    )


def _a_venue(noun: Token) -> bool:
    """A place one is at ("the convention", "a dinner"), not a named city or country, which
    after the partner tells where the partner is ("spoke with officials in Moscow")."""
    return noun.lemma_.lower() in lex.PLACE_NOUNS and noun.ent_type_ not in lex.PLACE_ENTITY_LABELS


def _place(token: Token, kind: Relation) -> str | None:
    """Where: "at the <hotel>", "in <city>", "in his office"; for visits also "to <city>"."""
    words = lex.PLACE_PREPOSITIONS if kind is Relation.VISIT else lex.PLACE_PREPOSITIONS - {"to"}
    heads = [token]
    carrier = _carrier_verb(token)
    if carrier is not None:
        heads.append(carrier)
    if kind is Relation.VISIT:
        heads += [t for t in token.subtree if t.dep_ != "relcl"]
    for head in heads:
        for candidate in _prep_objects(head, words) + _visit_objects(head, kind):
            if _is_place(candidate):
                return _place_text(candidate)
    return None


def _visit_objects(head: Token, kind: Relation) -> list[Token]:
    if kind is not Relation.VISIT:
        return []
    return [c for c in head.children if c.dep_ in _OBJECT_DEPS]


def _is_place(token: Token) -> bool:
    if token.ent_type_ in ("DATE", "TIME"):
        return False
    if token.ent_type_ in lex.PLACE_ENTITY_LABELS:
        return True
    return token.lemma_.lower() in lex.PLACE_NOUNS


def _place_text(token: Token) -> str:
    """The place phrase, with a nested "in <city>" ("at the hotel in <city>")."""
    text = _phrase_text(token)
    inner = [p for p in _prep_objects(token, ("in",)) if p.ent_type_ in lex.PLACE_ENTITY_LABELS]
    if inner:
        return f"{text} in {_phrase_text(inner[0])}"
    return text


# -- merging ------------------------------------------------------------------------------------


def _merge(mentions: Sequence[_Mention], article: Article) -> list[Event]:
    """Mentions of one contact become one Event; an anaphoric mention ("the trip") joins the
    latest contact of its kind named by the same word."""
    groups: list[list[_Mention]] = []
    for mention in mentions:
        counted = _counted_place(groups, mention)
        if counted is not None:
            counted.append(mention)
            continue
        if mention.resumed:
            groups.extend([again] for again in _resumed(groups, mention))
            continue
        group = _matching_group(groups, mention)
        if group is not None:
            group.append(mention)
        elif not mention.anaphoric:
            groups.append([mention])
        elif (held := _held_as_planned(groups, mention)) is not None:
            groups.append([held])
    dated = [_owners_day(groups[:i], group) for i, group in enumerate(groups)]
    return [
        _event(group, article, _rank(groups[:i], group), when)
        for i, (group, when) in enumerate(zip(groups, dated, strict=True))
    ]


def _counted_place(groups: Sequence[list[_Mention]], mention: _Mention) -> list[_Mention] | None:
    """ "Kislyak met Sessions twice in 2016. The first meeting was in July … The second meeting
    was a brief encounter in September": an ordinal retelling of the pair's latest counted
    contacts is that one of them — not the latest told, nor a new contact."""
    place = mention.place_in_series
    # "spoke twice with the ambassador … The other encounter came in July": contacts counted
    # without their medium are counted again as the meetings or calls they were
    latest = None if place is None else _latest_had_by_its_side(groups, mention, Relation.fits)
    if place is None or latest is None:
        return None
    series = [
        g
        for g in groups
        if g[0].sentence == latest[0].sentence
        and _group_kind(g).fits(mention.kind)
        and set(_group_parties(g)) == set(_group_parties(latest))
    ]
    counted = len(series) > 1 and any(g[0].resumed for g in series)
    if not counted or place > len(series):
        return None
    if place < 0:  # "the other": the one of them no later sentence has told yet
        untold = [g for g in series if all(m.sentence == g[0].sentence for m in g)]
        return (untold or series)[place]
    return series[place - 1]


def _held_as_planned(groups: Sequence[list[_Mention]], mention: _Mention) -> _Mention | None:
    """ "Trump Jr. agreed to meet with Veselnitskaya … The meeting, which took place on June 9,
    was also attended by Kushner": a retelling that says the contact was held (it took place,
    more people attended it), whose latest contact of its kind was told only as planned, tells
    that the plan was kept — a contact of its own between the plan's parties and its own, at
    its own time (the plan stays as told). Not "the meeting was later cancelled", nor "the
    meeting will focus on trade"."""
    if not (mention.kept and mention.assertion.contact):
        return None
    latest = next((g for g in reversed(groups) if _group_kind(g) is mention.kind), None)
    if latest is None or latest[0].assertion is not Assertion.PLANNED:
        return None
    parties = {**_group_parties(latest), **{p.entity: p for p in mention.participants}}
    return replace(mention, participants=tuple(parties.values()), anaphoric=False)


def _owners_day(earlier: Sequence[list[_Mention]], group: list[_Mention]) -> FuzzyDate | None:
    """ "Suu Kyi visited the White House on Wednesday … had breakfast with Biden before
    visiting the Oval Office … After her meeting with Obama, …": an undated contact told as
    someone's own ("her meeting") is of the day their latest contact told before was held,
    when that one was dated to a day — the occasion the story is covering."""
    first = group[0]
    if first.owner is None or any(m.when is not None for m in group):
        return None
    latest = next(
        (
            g
            for g in reversed(earlier)
            if first.owner in _group_parties(g) and g[0].assertion.same_telling(first.assertion)
        ),
        None,
    )
    when = _group_when(latest) if latest is not None else None
    return when if when is not None and when.precision is Precision.DAY else None


def _resumed(groups: Sequence[list[_Mention]], mention: _Mention) -> list[_Mention]:
    """ "They first met in 2007 … They met again, in July 2008": the repeat is a contact of its
    own between the parties of the latest contact of its kind told the same way that the side
    it names had ("Roffman sent a second letter": Roffman's); none when there is no such
    contact to go on from."""
    earlier = _latest_had_by_its_side(groups, mention)
    if earlier is None:
        return []
    return [replace(mention, participants=tuple(_group_parties(earlier).values()))]


def _latest_had_by_its_side(
    groups: Sequence[list[_Mention]],
    mention: _Mention,
    kind_of: Callable[[Relation, Relation], bool] = operator.is_,
) -> list[_Mention] | None:
    """The latest contact of the mention's kind (by ``kind_of``), told the same way, that
    every side it names had: the one a repeat or an ordinal ("the second meeting") goes on
    from."""
    sides = {p.entity for p in mention.participants}
    return next(
        (
            g
            for g in reversed(groups)
            if kind_of(_group_kind(g), mention.kind)
            and g[0].assertion.same_telling(mention.assertion)
            and sides <= set(_group_parties(g))
        ),
        None,
    )


def _rank(earlier: Sequence[list[_Mention]], group: list[_Mention]) -> int:
    """How many contacts of its kind its sentence told before it ("spoke to X in June and to
    Y in September"), so that each contact keeps an id of its own."""
    kind = _group_kind(group)
    return sum(g[0].sentence == group[0].sentence and _group_kind(g) is kind for g in earlier)


def _matching_group(groups: Sequence[list[_Mention]], mention: _Mention) -> list[_Mention] | None:
    """A retelling joins the contact it retells. An anaphoric mention ("the meeting") joins the
    latest contact named by the same word, or one its own sentence told ("said he had met X
    briefly but that the conversation was not substantive"); failing that, one of another word
    ("shook hands … The encounter took place on April 27") when it is the latest contact of its
    kind, which is how a story gives the time and place of what its lede reported. A dated one ("the
    December conversations") retells the contact of its word at its time; an undated one only
    a contact of the people just named (see :func:`_retold_candidates`), and a meal ("the
    dinner") only a contact held at it. Either way only a contact told the same way: "the
    meeting" told as held never makes a planned one held. One that names a side ("the
    meeting with X") retells only a contact X had. One told as a repeat retells none."""
    if mention.repeated:
        return None
    told = [g for g in groups if g[0].assertion.same_telling(mention.assertion)]
    sides = {p.entity for p in mention.participants}
    if mention.joined:
        return next(
            (
                g
                for g in reversed(told)
                if _group_kind(g) is mention.kind and _same_time(g, mention)
            ),
            None,
        )
    told = [g for g in told if not mention.anaphoric or sides <= set(_group_parties(g))]
    if mention.anaphoric:
        told = [g for g in told if not _papers_handed(g)]
        dated = next(
            (g for g in reversed(told) if _same_word(g, mention) and _dated_alike(g, mention)), None
        )
        if dated is not None:
            return dated
    if mention.anaphoric and mention.nearby:
        told = _retold_candidates(told, mention.nearby)
    if mention.anaphoric and (same := _told_in_its_sentence(told, mention)) is not None:
        return same
    for group in reversed(told):
        if mention.anaphoric and _same_word(group, mention) and _same_time(group, mention):
            return group
        if not mention.anaphoric and all(
            _same_time([m], mention) if _names_one_side(m) else _same_contact(m, mention)
            for m in _standing(group, mention)
        ):
            return group
    if mention.anaphoric:
        return next(
            (
                g
                for g in reversed(told)
                if _retold_as(_group_kind(g), mention.kind)
                and _same_time(g, mention)
                and _same_meal(g, mention)
                and not any(_occasions_differ(m, mention) for m in g)
            ),
            None,
        )
    return None


def _told_in_its_sentence(
    groups: Sequence[list[_Mention]], mention: _Mention
) -> list[_Mention] | None:
    """The contact a follow-up's own sentence told, of a kind it can be ("the conversation"
    of any; "the call" only of a call)."""
    return next(
        (
            g
            for g in reversed(groups)
            if any(m.sentence == mention.sentence for m in g)
            and mention.kind in (Relation.CONTACT, _group_kind(g))
            and _same_time(g, mention)
        ),
        None,
    )


def _papers_handed(group: Sequence[_Mention]) -> bool:
    """ "the emails she turned over to the State Department … The emails were sent in 2009":
    a contact told as handing papers over is not what a later mention of the papers retells
    (their writing, at its own time)."""
    return any(m.handed for m in group)


def _names_one_side(mention: _Mention) -> bool:
    """ "The meeting with X": a retelling that names only the side it is told with."""
    return mention.anaphoric and bool(mention.participants)


def _standing(group: Sequence[_Mention], mention: _Mention) -> Sequence[_Mention]:
    """The mentions of a contact a new one must agree with to join it: all of them — but a
    retelling with no people of its own ("The meeting lasted minutes") parts nothing from a
    later undated mention of the contact's people ("his meeting with X", "I greeted him"),
    which tells it again (a dated one may tell another occasion: "Two days later, X called
    Y"). A retelling that names one side ("The meeting with X") is held to its time only."""
    if mention.when is not None:
        return group
    return [m for m in group if m.participants]


def _same_meal(group: Sequence[_Mention], mention: _Mention) -> bool:
    """ "the state dinner" retells a contact told at a dinner ("met X for dinner"), never a
    meeting told without one."""
    return mention.meal is None or any(m.meal == mention.meal for m in group)


def _retold_candidates(
    groups: Sequence[list[_Mention]], named: frozenset[str]
) -> list[list[_Mention]]:
    """ "They met in 2009 … Biden was caught off guard, leading to the tense meeting": a
    follow-up retells a contact of the people just mentioned (in its sentence or the two
    before) — the one last told of any of them, or one whose parties are all named (two at
    least) — never an older contact of only one of them; when none of them has a contact
    told before, any contact may be the one retold."""
    theirs = [g for g in groups if named & set(_group_parties(g))]
    if not theirs:
        return list(groups)
    latest = max(theirs, key=lambda g: _last_told(g, named))
    return [g for g in theirs if g is latest or _all_named(g, named)]


def _all_named(group: Sequence[_Mention], named: frozenset[str]) -> bool:
    """Every party of the contact (two at least, when it has more) is among those named."""
    parties = set(_group_parties(group))
    return len(parties & named) >= min(2, len(parties))


def _last_told(group: Sequence[_Mention], named: frozenset[str]) -> tuple[int, int]:
    """Where a contact was last told, then how many of the people just named took part: two
    contacts told in one sentence are told to the one with more of them."""
    return max(m.sentence[0] for m in group), len(named & set(_group_parties(group)))


def _dated_alike(group: Sequence[_Mention], mention: _Mention) -> bool:
    """ "the December conversations" after "conversations with X in late December": a dated
    follow-up retells the contact of that word dated at its time, whoever was named since."""
    when = mention.when
    return when is not None and any(m.when is not None and m.when.overlaps(when) for m in group)


def _same_time(group: Sequence[_Mention], mention: _Mention) -> bool:
    """ "They met in June … The meeting in September": a dated retelling is of a contact whose
    times it can share, an undated one of any."""
    return mention.when is None or all(
        m.when is None or m.when.overlaps(mention.when) for m in group
    )


def _same_word(group: Sequence[_Mention], mention: _Mention) -> bool:
    return any(m.kind is mention.kind and m.lemma == mention.lemma for m in group)


def _same_contact(a: _Mention, b: _Mention) -> bool:
    """Kinds that can be the same (a vague "spoke with" and a "phone call" with the same
    people), the same polarity, times that can be the same, and one side's parties covering
    the other's (at least two shared, or identical) — but a sentence listing contacts by
    different words with different people lists different contacts."""
    if not a.kind.fits(b.kind) or not a.assertion.same_telling(b.assertion):
        return False
    if not _same_time([a], b) or _habit_and_occasion(a, b) or _one_of_many(a, b):
        return False
    left = {p.entity for p in a.participants}
    right = {p.entity for p in b.participants}
    shared = left & right
    if _other_act(a, b) or _occasions_differ(a, b):
        return False
    if left == right:
        return True
    if a.sentence == b.sentence and a.lemma != b.lemma:
        return False  # "spoke with X in May; … and sat down with X and Y in June": two contacts
    return len(shared) >= 2 and (left <= right or right <= left)


def _habit_and_occasion(a: _Mention, b: _Mention) -> bool:
    """ "Thor and Beck often meet. A few weeks ago they were discussing …": a habit and a dated
    occasion of the same pair are two contacts — the date is the occasion's, not the habit's."""
    return a.habitual != b.habitual and (a.when is None) != (b.when is None)


def _one_of_many(a: _Mention, b: _Mention) -> bool:
    """ "His discussions with Kislyak in late December … Flynn phoned Kislyak on Dec. 29": a
    contact told on a narrower date than a dated series of the pair's contacts is one of
    them, a contact of its own, so that its day is not lost in the series' span (nor the
    series narrowed to its day)."""
    if a.series == b.series:
        return False
    many, one = (a, b) if a.series else (b, a)
    days = one.when.days() if one.when is not None else None
    span = many.when.days() if many.when is not None else None
    # an undated series ("his two meetings with X") retells the dated ones it counts
    return days is not None and span is not None and days < span


def _other_act(a: _Mention, b: _Mention) -> bool:
    """ "I've met him more than once. I've talked to him about security": two sentences telling
    the same pair's contact by different verbs, with no date to tie them, tell two contacts; a
    retelling names the contact ("the meeting") or repeats its verb, or gives it a date. A
    scuffle is one act whatever verb retells it ("grabbed her arm … had touched her"): what the
    hands did is told again and again, in the words of whoever tells it."""
    undated = a.when is None and b.when is None
    one_act = a.lemma == b.lemma or {a.lemma, b.lemma} <= lex.PHYSICAL_CONTACT_VERBS
    return undated and a.verbal and b.verbal and not one_act and a.sentence != b.sentence


def _occasions_differ(a: _Mention, b: _Mention) -> bool:
    """ "Kelly met with Trump … came under fire from Trump during the debate": a debate is an
    occasion of its own, never the private meeting or call of the same pair told before —
    but "told Y at a debate" tells the debate itself (one sentence, one occasion), and so
    does "X joined Y and Z for the debate" after "Y prosecuted Z at the debate"."""
    if a.sentence == b.sentence:
        return False
    occasions = {a.lemma, b.lemma} & lex.COPRESENCE_NOUNS
    return a.lemma != b.lemma and bool(occasions) and a.occasion != b.occasion


def _retold_as(told: Relation, retold: Relation) -> bool:
    """ "discussed sanctions with the ambassador … The calls in late December": a contact told
    without its medium may be retold as the calls it was; a meeting noun retells only a
    meeting (a telling may lead to one: "assured Brody …, leading to the tense meeting")."""
    return told is retold or (told is Relation.CONTACT and retold is Relation.CALL)


def _group_kind(group: Sequence[_Mention]) -> Relation:
    """The most specific kind its mentions name: "spoke" and "called" tell of one call."""
    return next((m.kind for m in group if m.kind is not Relation.CONTACT), Relation.CONTACT)


def _event(
    group: Sequence[_Mention], article: Article, rank: int = 0, when: FuzzyDate | None = None
) -> Event:
    """One contact from its mentions; ``when`` is a date the article gives it elsewhere."""
    first = group[0]
    kind = _group_kind(group)
    extra = (rank,) if rank else ()
    parties = _group_parties(group)
    sentences = sorted({m.sentence for m in group})
    return Event(
        id=content_id("evt", article.id, first.sentence[0], kind, *extra),
        kind=kind,
        participants=tuple(parties.values()),
        evidence=tuple(article.span(start, end) for start, end in sentences),
        when=_group_when(group) or when,
        place=_group_place([m.place for m in group if m.place]),
        hedged=all(m.hedged for m in group),
        confidence=max(m.confidence for m in group),
        extractor=EXTRACTOR,
        assertion=Assertion.strongest(m.assertion for m in group),
    )


def _group_parties(group: Sequence[_Mention]) -> dict[str, Participant]:
    """Everyone its mentions name, once each, in the order they were named."""
    parties: dict[str, Participant] = {}
    for mention in group:
        for participant in mention.participants:
            parties.setdefault(participant.entity, participant)
    return parties


def _group_place(places: Sequence[str]) -> str | None:
    """A named place ("the Harbor Hotel") says more than a kind of place ("a reception")."""
    return next((p for p in places if p[:1].isupper()), places[0] if places else None)


def _group_when(group: Sequence[_Mention]) -> FuzzyDate | None:
    """A series ("contacts", "conversations") spans the times of all its retellings; a single
    contact's retellings refine each other, so its most precise date wins. An undated plural
    that retells a counted contact ("met twice last year … The first took place in July …
    did not disclose the meetings") makes it no series: it gives no time to span."""
    values = [m.when for m in group if m.when is not None]
    if any(m.series and m.when is not None for m in group) and len(values) > 1:
        return FuzzyDate.hull(_less_bounds_met(values))
    return _narrowest(values)


def _less_bounds_met(values: Sequence[FuzzyDate]) -> list[FuzzyDate]:
    """ "discussed sanctions before Trump took office … the calls in late December": a
    retelling dated only by one bound tells no span of its own, so a series told within it
    spans only the times its other retellings give."""
    closed = [v for v in values if v.days() is not None]
    if not closed:
        return list(values)
    return [v for v in values if v.days() is not None or not all(v.overlaps(c) for c in closed)]


def _narrowest(values: Iterable[FuzzyDate | None]) -> FuzzyDate | None:
    """The most precise of the compatible dates the mentions gave."""
    known = [v for v in values if v is not None]
    return min(known, key=lambda v: v.days() or 10**9, default=None)


def sentence_bounds(token: Token) -> tuple[int, int]:
    """The offsets of the token's sentence without surrounding whitespace or list bullets (a
    line break starts a sentence unless a hard-wrapped text ran out of width there: see
    :func:`onrecord.extract.nlp.line_breaks`)."""
    text = text_of(token.doc)
    sentence = token.sent
    start, end = sentence.start_char, sentence.end_char
    while start < end and (text[start].isspace() or text[start] in _BULLETS):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
