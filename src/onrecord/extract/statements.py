"""Who said what: attributions (source, cue, content) found in an article, and the
:class:`~onrecord.record.Statement` records made from them.

:func:`find_attributions` reads language only — quote marks and the parse — so it can be
measured on PolNeAR without a cast. :func:`extract_statements` then resolves each source to a
cast member (syntax first, then the cast's role phrases and pronouns, then paragraph
carry-over for floating quotes), and adds venue, addressee, time and stance.

Each attribution carries its nature: speech (the only one a statement is made from), a belief
or position held, evidence (a poll's or a record's finding) or a headline's "Name: …". Only
PolNeAR measures the others; the record keeps who said what.

Rules, in the order they claim text: direct quotes with a cue in their own sentence (before,
after, or between the two halves of a split quote), then indirect speech (a cue verb with a
clausal or object complement, "according to X"), then floating quotes with no cue, which inherit
the speaker of the attribution just before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import Literal

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from onrecord.dates import FuzzyDate, Precision
from onrecord.dates.resolve import find_dates, yearless
from onrecord.extract.cast import (
    Cast,
    CastMember,
    description_noun,
    in_a_dateline,
    is_dateline,
    last_speaking_crowd,
    noun_gender,
    opens_a_question,
    press_titled,
    pronoun_gender,
    put_to_the_main_subject,
)
from onrecord.extract.contact_lexicon import (
    APPEARANCE_VERBS,
    HOSTED_OCCASION_NOUNS,
    NOUN_TRIGGERS,
    PERSON_NOUNS,
    PLACE_ENTITY_LABELS,
    TALK_NOUNS,
    TELLING_NOUNS,
)
from onrecord.extract.events import occasion_told_before, opened_entry_date, purpose_clause
from onrecord.extract.lexicon import (
    ACCORDANCE_NOUNS,
    ADDRESSEE_CUES,
    ANONYMOUS_SOURCE_NOUNS,
    ASKING_NOUNS,
    ASSERTION_CUES,
    ATTITUDE_ADJECTIVES,
    AUTHORED_NOUNS,
    BELIEF_CUES,
    CALLING_ON_VERBS,
    CAUSING_VERBS,
    CHARGING_CUES,
    CITING_VERBS,
    CLAIM_NOUN,
    CLAIM_PATTERN,
    CLAUSE_ONLY_CUES,
    CONTINUING_CUES,
    DENIAL_CUES,
    DISMISSAL_CUES,
    DOCUMENT_NOUNS,
    EVIDENCE_NOUNS,
    FALSITY_VERDICTS,
    FALSITY_WORDS,
    FINDING_PLACES,
    GERUND_CONTENT_CUES,
    GIVEN_WORDS_NOUNS,
    GRANTED_NOUNS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    HAD_THOUGHT_NOUNS,
    HEARSAY_ADVERBS,
    HELD_OBJECT_CUES,
    IDEA_NOUNS,
    MADE_PLAIN_WORDS,
    MADE_SAYING_NOUNS,
    MADE_SAYING_PREPOSITIONS,
    MISREAD_LEMMAS,
    NAME_BEARING_DESCRIPTIONS,
    NAMED_BY_ITS_KIND,
    NOUN_CUES,
    OBJECT_CONTENT_CUES,
    OPPONENT_NOUNS,
    ORGANISATION_DESCRIPTIONS,
    PERSON_DESCRIPTIONS,
    PHRASAL_CUES,
    POLL_NOUNS,
    POST_NOUNS,
    PREPOSITIONAL_CUES,
    QUELLING_CUES,
    QUESTION_CUES,
    RAISING_VERBS,
    REACHING_NOUNS,
    REACHING_VERBS,
    REBUTTAL_VERBS,
    REBUTTED_NOUNS,
    REFUSAL_CUES,
    REJECTION_CUES,
    RELATIVE_TAGS,
    REPLY_VERBS,
    REPORT_NOUNS,
    REQUEST_VERBS,
    RUMOUR_NOUNS,
    SAYING_OCCASION_NOUNS,
    SHOWN_STANCE_NOUNS,
    SPEECH_CUES,
    SPOKESPERSON_NOUNS,
    TITLE_WORDS,
    TOPIC_CUES,
    UNNAMED_MARKERS,
    UNNAMED_QUANTIFIERS,
    VENUE_PATTERNS,
    VERDICT_VERBS,
    WISH_VERBS,
    WORK_NOUNS,
)
from onrecord.extract.nlp import (
    attendant_participle,
    in_quoted_title,
    phrasal_meaning,
    prompting_news,
    said_before_the_news,
    text_of,
    time_of_an_act,
)
from onrecord.extract.quotes import (
    DOUBLED_STRAIGHT,
    MARKUP_TAG,
    QUOTE_MARK,
    Quote,
    find_quotes,
    paragraph_around,
)
from onrecord.extract.stance import judge, paragraphs_back
from onrecord.extract.turns import Turn, talking_spans, turns_of
from onrecord.extract.tweets import Post, find_posts
from onrecord.ids import content_id
from onrecord.record import (
    Article,
    EntityKind,
    MentionKind,
    Relation,
    Span,
    Statement,
    StatementKind,
)

EXTRACTOR = "statements.v96"

Offsets = tuple[int, int]

#: What an attribution reports: words spoken or written (the only kind that makes a
#: statement), a belief, hope or position held, a finding of a poll, report or other
#: evidence, or a headline's "Name: what they said" — a summary of the story, no statement.
Nature = Literal["speech", "belief", "evidence", "headline"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "parataxis"})
_OWN_CLAUSE_EDGES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "conj"})
_ASIDES = frozenset({"appos", "relcl", "acl"})
_WHEN = frozenset({"DATE", "TIME"})
_PERSONAL_RELATIVES = frozenset({"who", "whom", "whose"})
_ASIDE_RELATIVES = _PERSONAL_RELATIVES | {"which"}
_LINKS = frozenset({"and", "but", "yet", "still", "so", "however"})
_OBJECT_PREPOSITIONS = frozenset({"for", "against", "about", "of", "as"})
_CLOSING_MARKS = "\"”'’"
_ASIDE_MARKS = frozenset("—–-,(")
#: What opens a writer's aside at the end of a clause: a comma (also the one American style
#: sets inside a closing quotation mark, "… party,” claiming …") or a dash.
_ASIDE_OPENERS = frozenset({",", "—", "–", "--"})
_CONCESSIVES = frozenset({"though", "although"})
_TELLING = frozenset(
    {"discuss", "elaborate", "specify", "detail", "name", "identify", "speculate", "reveal"}
)
_THIRD_PERSON = frozenset({"he", "she", "they"})
_PERSONAL_SUBJECTS = frozenset({"he", "she"})
_NOT_SAID = frozenset({"punct", "advmod", "npadvmod", "cc", "conj", "advcl", "prt", "ccomp"})
_DASHES = re.compile(r"\s(?:-|--|—|–)\s")
_OTHER_CUES = (
    BELIEF_CUES | HELD_OBJECT_CUES | TOPIC_CUES | CONTINUING_CUES | ATTITUDE_ADJECTIVES
) | RAISING_VERBS
_NOT_SPEECH_CUES = _OTHER_CUES - SPEECH_CUES  # cues of attributions that make no statement
#: Talk of a topic ("spoke about the flood at the memorial service"): what follows the topic is
#: the occasion of the talk, not more of what it was about.
_TOPIC_ONLY = TOPIC_CUES - SPEECH_CUES
_UNSPOKEN = (BELIEF_CUES | HELD_OBJECT_CUES | ATTITUDE_ADJECTIVES | RAISING_VERBS) - SPEECH_CUES
#: Cues only the attributions as written have ("made the case", "asked them to"); like a
#: belief, one inside what another source says is that source's words, not marked apart.
_ONLY_AS_WRITTEN = REQUEST_VERBS | {"make", "have"}
_SPLIT_QUOTE_GAP = 320  # characters of attribution between the halves (a long description fits)


_RELATIVE_CLIMB = 4
"""How far up from the noun a relative clause hangs on its antecedent may be looked for."""
_INNER = frozenset({"acl", "relcl", "ccomp"})
"""Clauses inside a noun phrase ("allegations that he assaulted X"): climbing goes on."""


@dataclass(frozen=True)
class Attribution:
    """Source / cue / content as character offsets; content may be in several fragments."""

    content: tuple[Offsets, ...]
    cue: Offsets | None
    source: Offsets | None
    cue_lemma: str
    kind: StatementKind
    addressee: Offsets | None = None
    said: Offsets | None = None  # a date the text prints for the saying (a post's signature)
    carried: bool = False  # the source was carried over from the attribution before
    topic: bool = False  # the content is what was spoken of ("criticized the plan"), no claim
    nature: Nature = "speech"
    unanswered: bool = False  # asked and not answering: a refusal with no words of its own


def find_attributions(
    doc: Doc, speech_only: bool = False, topics: bool = True
) -> list[Attribution]:
    """Every attribution in ``doc`` in text order, each with its :data:`Nature`;
    ``speech_only`` leaves out beliefs, positions, findings and headlines ("believes that",
    "backs Cruz", "a poll found that", "Trump: …"), ``topics=False`` speech whose content is
    only what it was about ("criticized the plan", "called for a recount"): attributions
    both, but they claim nothing a statement could be checked on. A charge or a pledge
    told by its object ("accused Obama of lying", "pledged to visit every county") does, and
    stays."""
    cues = SPEECH_CUES if speech_only else SPEECH_CUES | _OTHER_CUES
    turns = turns_of(doc)
    quotes = _merge_split_quotes(doc, _outside_turns(find_quotes(text_of(doc)), turns), cues)
    quote_cues = cues | CONTINUING_CUES  # '"…," he continued' carries on his words
    direct = _distinct(a for a in (_direct(doc, q, quotes, quote_cues) for q in quotes) if a)
    used = {a.cue[0] for a in direct if a.cue}  # a cue verb's span starts where its group does
    indirect = [
        a
        for a in _indirect(doc, cues, quotes, carriers=not speech_only, made=not speech_only)
        if (a.cue is None or a.cue[0] not in used)
        and not _inside(a, direct)
        and (topics or not a.topic or _charge_or_pledge(doc, a))
    ]
    found = [*direct, *indirect]
    found += _turn_attributions(doc, turns, found, as_written=not speech_only)
    found += _post_attributions(find_posts(text_of(doc)), found)
    if not speech_only:
        headline = _headline_attribution(text_of(doc))
        found = [a for a in found if not _inside(a, headline)] + headline
    if speech_only:
        found = [_source_before_content(text_of(doc), a) for a in found]
    ordered = _carry_over(text_of(doc), sorted(found, key=lambda a: a.content[0][0]))
    held_apart = _NOT_SPEECH_CUES if speech_only else _NOT_SPEECH_CUES | _ONLY_AS_WRITTEN
    natured = [
        _as_written(doc, replace(a, nature=_nature(doc, a)), every=not speech_only) for a in ordered
    ]
    if not speech_only:
        natured = [
            _source_without_what_it_works_for(
                doc,
                _source_aside_closed(
                    text_of(doc),
                    _source_without_occasion(
                        doc,
                        _source_as_written(
                            text_of(doc),
                            _source_with_fellow_subjects(doc, _source_before_own_cue(doc, a)),
                        ),
                    ),
                ),
            )
            for a in natured
        ]
        natured = _sources_without_nested_speech(text_of(doc), natured)
    kept = [
        a
        for a in natured
        if (
            a.cue_lemma not in held_apart
            or _held_in_the_open(doc, a, natured)
            or _carries_on_a_quote(a)
        )
        and (speech_only or not _scare_quote(text_of(doc), a))
    ]
    if speech_only:
        return kept
    return [
        _content_through_colon(
            doc, _content_through_its_sentence(doc, _with_opening_mark(a, quotes), quotes), quotes
        )
        for a in _quotes_run_on(text_of(doc), kept)
    ]


def _carries_on_a_quote(attribution: Attribution) -> bool:
    """'"I've met him twice," he continued': quoted words carried on are said."""
    return attribution.kind is StatementKind.DIRECT and attribution.cue_lemma in CONTINUING_CUES


def _has_a_clause_of_its_own(words: list[Token]) -> bool:
    """Whether a verb heading part of ``words`` has its own subject among them."""
    inside = {t.i for t in words}
    return any(
        t.pos_ in {"VERB", "AUX"} and any(c.dep_ in _SUBJECTS and c.i in inside for c in t.children)
        for t in words
        if t.head.i not in inside or t.head == t
    )


_COLON_ON_THE_LINE = re.compile(r"[ \t]*:[ \t]+(?=\S)")


def _content_through_colon(doc: Doc, attribution: Attribution, quotes: list[Quote]) -> Attribution:
    """ "was hoping to win delegates in three states: Ohio, Iowa and Maine": content after its
    cue that the parse ends at a colon goes on through the phrase the colon announces to the
    end of its sentence, as PolNeAR marks it. A clause of its own after the colon ("the poll
    shows him behind: a survey found …") is the writer's next point, and a colon that ends its
    line hands over a paragraph; neither is."""
    *before, (_, end) = attribution.content
    cue = attribution.cue
    colon = _COLON_ON_THE_LINE.match(text_of(doc), end)
    if cue is None or attribution.content[0][0] < cue[1] or colon is None:
        return attribution
    after = doc.char_span(colon.end(), colon.end() + 1, alignment_mode="expand")
    if after is None:
        return attribution
    words = _unpunctuated([t for t in after[0].sent if t.idx >= after[0].idx])
    if not words or _has_a_clause_of_its_own(words):
        return attribution
    start = attribution.content[-1][0]
    return replace(
        attribution, content=(*before, _through_quotes((start, _edges(words)[1]), quotes))
    )


def _with_opening_mark(attribution: Attribution, quotes: list[Quote]) -> Attribution:
    """ "admitted “one or two instances” where …": content the parse opens just inside a
    quotation mark, with the quote closing within it, opens with the mark, as it closes with
    it (see :func:`_through_quotes`) and as PolNeAR marks it."""
    (start, end), *rest = attribution.content
    opened = _quote_opened_before(start, quotes)
    if opened is not None and opened[1] <= attribution.content[-1][1]:
        return replace(attribution, content=((opened[0], end), *rest))
    return attribution


def _quote_opened_before(start: int, quotes: list[Quote]) -> Offsets | None:
    """The quotation whose opening mark is right before ``start``: a span the parse opens just
    inside the mark."""
    for quote in quotes:
        for quote_start, quote_end in quote.fragments:
            if quote_start < start <= quote_start + len(DOUBLED_STRAIGHT):
                return quote_start, quote_end
    return None


_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _content_through_its_sentence(
    doc: Doc, attribution: Attribution, quotes: list[Quote]
) -> Attribution:
    """ "criticized the use of a private server was improper": content after its cue that the
    parse cuts mid-clause — right before a finite auxiliary (a subject read as the verb's
    object) or a relative "that", with no punctuation between — goes on to the end of its
    sentence, as PolNeAR marks it; not when that verb is the one the cue's own clause hangs
    on."""
    *before, (start, end) = attribution.content
    cue = attribution.cue
    after = doc.char_span(end, len(text_of(doc)), alignment_mode="expand")
    following = next((t for t in after if not t.is_space), None) if after is not None else None
    if cue is None or start < cue[1] or following is None or following.is_sent_start:
        return attribution
    carries_on = following.lower_ == "that" or (
        following.pos_ == "AUX" and following.tag_ in _FINITE_TAGS
    )
    sentence, verb = following.sent, _cue_verb(doc, cue)
    if (
        not carries_on
        or text_of(doc)[end : following.idx].strip()
        or sentence.start_char > cue[0]
        or (verb is not None and following.head.is_ancestor(verb))  # "voters who support X are"
    ):
        return attribution
    words = _unpunctuated([t for t in sentence if t.idx >= following.idx])
    if not words:
        return attribution
    through = _through_quotes((start, _edges(words)[1]), quotes)
    return replace(attribution, content=(*before, through))


def _source_as_written(text: str, attribution: Attribution) -> Attribution:
    """The source's edges as PolNeAR marks them: no dateline before it, the title it quotes
    closed after it."""
    return _source_quote_closed(text, _source_after_dateline(text, attribution))


def _source_quote_closed(text: str, attribution: Attribution) -> Attribution:
    """ "the hacker known as “Guccifer,” said": a title the source quotes ends with its
    closing mark, which the parser hung elsewhere."""
    source = attribution.source
    if source is None or attribution.carried:
        return attribution
    words = text[slice(*source)]
    if words.count("“") > words.count("”") and text.startswith("”", source[1]):
        return replace(attribution, source=(source[0], source[1] + 1))
    return attribution


_CLOSING_MARK = re.compile(r"[ \t]*(,|—|–|--| -)(?=\s)")


def _source_aside_closed(text: str, attribution: Attribution) -> Attribution:
    """ "Khizr Khan, 66, said", "Democratic leaders — and in particular Harry Reid — insisted",
    "said Rep. Ana Ruiz, the panel's top Democrat, in a statement": an aside the source opens
    with a comma or dash closes with the same mark — before the cue, or after the source when
    the cue came first — and PolNeAR's source keeps that closing mark."""
    source, cue = attribution.source, attribution.cue
    if source is None or cue is None or source[0] < cue[0] < source[1]:
        return attribution
    closing = _CLOSING_MARK.match(text, source[1])
    if closing is None or (cue[0] >= source[1] and text[closing.end() : cue[0]].strip()):
        return attribution
    if closing.group(1).strip() not in text[source[0] : source[1]]:
        return attribution
    return replace(attribution, source=(source[0], closing.end()))


#: An article's dateline before the dash that opens its first sentence: a place in capitals
#: ("WASHINGTON --") or a place and date with the wire's tag ("New York (AFP) –").
_DATELINE_LEAD = re.compile(
    r"(?:[A-Z][A-Z.'’-]+\b[^\n—–]*?|[^\n—–]*?\([A-Z]{2,}\))[ \t]+(?:—|–|--|-)[ \t]+"
)


def _source_after_dateline(text: str, attribution: Attribution) -> Attribution:
    """ "PASADENA, Calif. (UPI) — A handful of pilots said", "WASHINGTON -- President Obama,
    visiting …, said": the dateline the parser ran into the subject is where the story was
    filed, not part of who spoke."""
    source = attribution.source
    if source is None or attribution.carried or text[source[0] - 1 : source[0]] not in {"", "\n"}:
        return attribution
    lead = _DATELINE_LEAD.match(text, *source)
    if lead is None or lead.end() >= source[1]:
        return attribution
    end = source[1]
    if text[end - 1] == "," and "," not in text[lead.end() : end - 1]:
        end -= 1  # the parser took the place for the subject and the name for its aside
    return replace(attribution, source=(lead.end(), end))


_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _source_without_occasion(doc: Doc, attribution: Attribution) -> Attribution:
    """ "Rubio, speaking at a rally in Miami, said", "Trump, in Kentucky, said", "a panel in
    2001 found", "Clinton, like Obama, said": a phrase closing the source that tells what the
    speaker was doing, where or when, or whom they are like, is the occasion of the saying, not
    who spoke; PolNeAR's source stops before it. A when needs no commas around it; the others
    are asides. ("Unions, including the teachers," and appositions name the source, and
    stay.)"""
    if attribution.source is None or attribution.carried:
        return attribution
    span = doc.char_span(*attribution.source, alignment_mode="expand")
    if span is None:
        return attribution
    occasion = next((c for c in span.root.children if _tells_occasion(c, span.root)), None)
    if occasion is None or occasion.i <= span.start + 1:
        return attribution
    if any(not t.is_punct for t in doc[occasion.right_edge.i + 1 : span.end]):
        return attribution
    aside = doc[occasion.i - 1].text == ","
    if not aside and not _tells_when(occasion):
        return attribution
    before = doc[occasion.i - 2] if aside else doc[occasion.i - 1]
    return replace(attribution, source=(attribution.source[0], before.idx + len(before.text)))


def _tells_occasion(child: Token, noun: Token) -> bool:
    """A participle clause ("speaking at a rally"), a place ("in Kentucky"), a time ("in
    2001") hung on the source's noun, or a likeness on a name ("Clinton, like Obama," — after
    a group, "critics, like Senator Roe," names its members)."""
    if child.dep_ == "acl" and child.tag_ == "VBG":
        return child.lower_ != "including"
    if child.dep_ != "prep":
        return False
    if (child.lower_ == "like" and noun.pos_ == "PROPN") or _tells_when(child):
        return True
    places = (c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in _PLACES)
    return child.lower_ in {"in", "at"} and any(places)


def _source_without_what_it_works_for(doc: Doc, attribution: Attribution) -> Attribution:
    """ "Ana Ruiz, president of the teachers' union, which represents 9,000 teachers, said":
    a "which" clause closing the source describes the body the speaker's title names, not
    the speaker (a "which" never stands for a person, wherever the parser hangs it); PolNeAR's
    source stops before it."""
    if attribution.source is None or attribution.carried:
        return attribution
    span = doc.char_span(*attribution.source, alignment_mode="expand")
    if span is None:
        return attribution
    clause = next(
        (
            t
            for t in span
            if t.dep_ == "relcl"
            and (t.head != span.root or span.root.ent_type_ == "PERSON")
            and t.left_edge.lower_ == "which"
            and doc[t.left_edge.i - 1].text == ","
        ),
        None,
    )
    if clause is None or any(t.text != "," for t in doc[clause.right_edge.i + 1 : span.end]):
        return attribution  # inside a dashed aside, the clause is the aside's
    comma = doc[clause.left_edge.i - 1]
    return replace(attribution, source=(attribution.source[0], comma.idx + 1))


_FELLOW_GAP = re.compile(r"[\s,]*(?:['’]s?)?\s*")


def _source_with_fellow_subjects(doc: Doc, attribution: Attribution) -> Attribution:
    """ "Vatican spokesman the Rev. Ada Roe said", "The family, neighbors and pastors have
    called for": the parser gives the verb two subjects side by side where the text has one
    phrase — a description before a name, a list — and the source took one; PolNeAR's source
    is the whole phrase, from the first of them to the last."""
    source, cue = attribution.source, attribution.cue
    if source is None or cue is None or attribution.carried:
        return attribution
    verb = _cue_verb(doc, cue)
    if verb is None:
        return attribution
    subjects = sorted(
        _subtree_offsets(c)
        for c in verb.children
        if c.dep_ in _SUBJECTS and c.tag_ not in RELATIVE_TAGS and not is_dateline(c)
    )
    if len(subjects) < 2 or not any(source[0] <= s[0] < source[1] for s in subjects):
        return attribution
    start, end = source
    text = text_of(doc)
    for first, second in pairwise(subjects):
        joined = _FELLOW_GAP.fullmatch(text, first[1], second[0]) is not None
        if joined and second[0] <= start < second[1] + 1:
            start = min(start, first[0])
        if joined and first[0] <= end - 1 < first[1]:
            end = max(end, second[1])
    return attribution if (start, end) == source else replace(attribution, source=(start, end))


_NAMING_ENDS = frozenset({"NOUN", "PROPN"})


def _source_before_own_cue(doc: Doc, attribution: Attribution) -> Attribution:
    """ "A union representing pilots endorsed the mayor on Monday, the latest of …": when the
    parser hangs the cue inside its own subject's phrase, the source ran on through the cue and
    what follows; who speaks is the phrase before the cue — if it ends in a name or a noun
    ("The lawyers also argued": not "voters who said", whose clause is the cue's)."""
    source, cue = attribution.source, attribution.cue
    if source is None or cue is None or attribution.carried or not source[0] < cue[0] < source[1]:
        return attribution
    span = doc.char_span(source[0], cue[0], alignment_mode="contract")
    tokens = [t for t in span if not t.is_space] if span is not None else []
    while tokens and tokens[-1].is_punct and tokens[-1].text != ")":
        tokens.pop()
    if not tokens or (tokens[-1].pos_ not in _NAMING_ENDS and tokens[-1].text != ")"):
        return attribution
    return replace(attribution, source=(source[0], tokens[-1].idx + len(tokens[-1].text)))


_RELATIVE_SOURCES = frozenset({"who", "which"})


def _sources_without_nested_speech(text: str, found: list[Attribution]) -> list[Attribution]:
    """ "Jane Roe, who told reporters the plan was dead, said": a relative clause in a source
    that is itself someone's speech (its "who" the source of an attribution of its own) is a
    second saying PolNeAR marks apart, not part of who says the first; the outer source stops
    before the clause's comma. (A clause that only describes the speaker, "who runs the
    union", stays.)"""
    nested = [
        a.source
        for a in found
        if a.source is not None
        and a.nature == "speech"
        and not a.topic
        and text[slice(*a.source)].lower() in _RELATIVE_SOURCES
    ]
    return [_source_before_nested(text, a, nested) for a in found]


def _source_before_nested(
    text: str, attribution: Attribution, nested: list[Offsets]
) -> Attribution:
    source = attribution.source
    if source is None or attribution.carried:
        return attribution
    start, end = source
    relative = next((n for n in nested if start < n[0] and n[1] <= end), None)
    if relative is None:
        return attribution
    before = text[start : relative[0]].rstrip()
    if not before.endswith(","):
        return attribution
    return replace(attribution, source=(start, start + len(before) - 1))


def _tells_when(preposition: Token) -> bool:
    return preposition.lower_ in {"in", "on", "during"} and any(
        c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in preposition.children
    )


_SCARE_QUOTE_WORDS = 8  # a phrase, not a sentence anyone is reported to have said
_SENTENCE_END = re.compile(r"(?:^|[.!?:])\W*$")


def _scare_quote(text: str, attribution: Attribution) -> bool:
    """The "establishment" candidate, the "undercard" debate: a few quoted words inside the
    writer's own sentence, with no cue, are the writer's marking of a phrase or a title —
    PolNeAR attributes them to no one. The record keeps those the sentence gives to its
    subject ("Obama said allies acted as 'free riders'"), not those only carried over from
    the last speaker."""
    if attribution.cue is not None or len(attribution.content) != 1:
        return False
    start, end = attribution.content[0]
    lead = text[text.rfind("\n", 0, start) + 1 : start].strip()
    return len(text[start:end].split()) <= _SCARE_QUOTE_WORDS and not _SENTENCE_END.search(lead)


def _as_written(doc: Doc, attribution: Attribution, every: bool = False) -> Attribution:
    """An attribution no statement is made from (a belief, a position, talk about a topic)
    with its source and cue as the text writes them. A statement needs the noun a relative
    pronoun stands for to find its speaker, so speech keeps what it has — unless ``every``
    attribution is wanted as written: PolNeAR's "who" in "voters who said …", and the subject
    of a passive in what was said of it ("the mayor | was accused of | hiding it")."""
    if attribution.cue is None:
        return attribution
    verb = _cue_verb(doc, attribution.cue)
    if verb is None:
        return attribution
    relative = _relative_subject(verb)
    source = (relative.idx, relative.idx + len(relative.text)) if relative else attribution.source
    if attribution.cue_lemma not in _NOT_SPEECH_CUES:
        if not every:
            return attribution
        return replace(attribution, source=source, content=_with_subject_held(doc, attribution))
    if attribution.cue_lemma in RAISING_VERBS:
        source = None  # "Trump seems to …": the writer's impression, Trump holds nothing
    return replace(
        attribution,
        source=source,
        cue=_through_verb_completed(verb, attribution.cue),
        content=_with_subject_held(doc, attribution),
    )


def _subject_held(doc: Doc, attribution: Attribution) -> Token | None:
    """The subject before a passive or raising cue ("Trump is expected …", "Trump seems
    …"): part of what is held, not the one who holds it."""
    verb = _cue_verb(doc, attribution.cue) if attribution.cue else None
    if verb is None:
        return None
    held = {"nsubjpass", "nsubj"} if attribution.cue_lemma in RAISING_VERBS else {"nsubjpass"}
    return next((c for c in verb.children if c.dep_ in held and c.i < verb.i), None)


def _with_subject_held(doc: Doc, attribution: Attribution) -> tuple[Offsets, ...]:
    """ "Trump is expected to deliver a speech": what is expected is the subject with the
    infinitive, two pieces around the cue."""
    subject = _subject_held(doc, attribution)
    if subject is None or not attribution.topic:
        return attribution.content
    held = _subtree_offsets(subject)
    return attribution.content if held in attribution.content else (held, *attribution.content)


def _relative_subject(verb: Token) -> Token | None:
    """ "the voters who support Sanders": the source as written is "who"."""
    if verb.dep_ != "relcl":
        return None
    return next((c for c in verb.children if c.dep_ in _SUBJECTS and c.tag_ in RELATIVE_TAGS), None)


_INFINITIVE_GAP = frozenset({"aux", "neg", "advmod", "prt"})


def _through_verb_completed(verb: Token, cue: Offsets) -> Offsets:
    """ "is trying to show", "began to see", "tended to support": an infinitive cue whose
    verb completes another begins with that verb, as PolNeAR marks it (unless that verb is
    a cue of its own: "wants to see" is a want)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i > verb.i or _lemma(head) in SPEECH_CUES | _OTHER_CUES:
        return cue
    gap = verb.doc[head.i + 1 : verb.i]
    if any(t.dep_ not in _INFINITIVE_GAP or t.head not in {head, verb} for t in gap):
        return cue
    return _cue_offsets(head)[0], cue[1]


def _held_in_the_open(doc: Doc, attribution: Attribution, found: list[Attribution]) -> bool:
    """A belief, position or talk of a topic of someone the text names, or one it passes on
    unowned ("Trump is expected to win"), told by the writer — not one inside what another
    source says or found ("Rubio says he opposes …", "polls found voters support …": the
    outer attribution holds it), nor a bare infinitive or participle with no one holding it
    ("ads supporting Rubio", "free to support a candidate") — but a question put to the main
    clause's subject by no one named ("Asked about the blast, Clinton said …")."""
    cue = attribution.cue
    if cue is None:
        return False
    verb = _cue_verb(doc, cue)
    asked = verb is not None and put_to_the_main_subject(verb)
    if attribution.source is None and _subject_held(doc, attribution) is None and not asked:
        return False
    return not any(other is not attribution and _within(cue, other.content) for other in found)


_HEADLINE = re.compile(
    r"(?:[A-Z]{3,}\s+[-–—]\s+)?"  # a label first: "EXCLUSIVE – "
    r"(?P<source>(?!The\s)[A-Z][^\s:]*(?:\s+[^\s:]+){0,5}?)"  # a name of a few words
    r"(?:\s+(?:on|to|On|To)\s+[^:]+)?"  # what or whom it was about: "Gillibrand on Hillary"
    r":\s+(?P<content>\S[^\n]*?)\.?[ \t]*$",
    re.MULTILINE,
)
_HEADLINE_LENGTH = 240  # characters; a headline's first line, not a paragraph's


def _headline_attribution(text: str) -> list[Attribution]:
    """ "Graham: Trump's Rhetoric Destroying GOP's Chance": a first line that names someone,
    a colon and what they said is the headline's summary of their words. PolNeAR marks it
    (the colon its cue); the record does not, as the article body says it in full."""
    first = text.lstrip().split("\n", 1)[0]
    offset = text.find(first)
    match = _HEADLINE.match(text, offset, offset + len(first))
    if match is None or len(first) > _HEADLINE_LENGTH:
        return []
    colon = text.index(":", match.end("source"))
    return [
        Attribution(
            (match.span("content"),),
            (colon, colon + 1),
            match.span("source"),
            "",
            StatementKind.INDIRECT,
            nature="headline",
        )
    ]


def _nature(doc: Doc, attribution: Attribution) -> Nature:
    """Evidence when the source is a poll, a report or other record ("the poll found",
    "according to the report"), whatever its verb; else speech when the cue is a speech verb
    (or none: a quote), a belief or position when it is a verb of those or was found as one
    ("the idea is that …")."""
    if attribution.nature == "headline":
        return "headline"
    if attribution.source is not None and not attribution.carried:
        span = doc.char_span(*attribution.source, alignment_mode="expand")
        if span is not None and _evidence_source(span.root, attribution.cue_lemma):
            return "evidence"
    unspoken = attribution.nature == "belief" or attribution.cue_lemma in _UNSPOKEN
    return "belief" if unspoken else "speech"


def _evidence_source(root: Token, cue: str) -> bool:
    """A poll, a report, a census: a record, not anyone's words — but "the Census denied any
    role", the name of a body that denies, is that body speaking (a record does not deny)."""
    if root.lemma_.lower() not in EVIDENCE_NOUNS:
        return False
    return not (root.pos_ == "PROPN" and cue in DENIAL_CUES | REJECTION_CUES)


# -- direct quotes ---------------------------------------------------------------------------------


def _merge_split_quotes(doc: Doc, quotes: list[Quote], cues: frozenset[str]) -> list[Quote]:
    """``"No," he said, "never."``: two quotes around a short attribution are one quote."""
    merged: list[Quote] = []
    for quote in quotes:
        halves = [n for n, q in enumerate(merged) if _may_open_split(text_of(doc), q)]
        previous = merged[halves[-1]] if halves else None
        if (
            previous
            and not quote.is_title(text_of(doc), full_stop=True)
            and _is_split(doc, previous, quote, cues)
        ):
            merged[halves[-1]] = Quote(previous.fragments + quote.fragments)
        else:
            merged.append(quote)
    return merged


def _may_open_split(text: str, quote: Quote) -> bool:
    """Words that stop short of a full stop ("No," / "Why?") may open a split quote; a title
    named in between ("said on \"Good Morning America.\"") is passed over."""
    words = Quote(quote.fragments[-1:]).words(text)
    return words.endswith((",", "?", "!")) or not quote.is_title(text, full_stop=True)


def _is_split(doc: Doc, first: Quote, second: Quote, cues: frozenset[str]) -> bool:
    """Split around a short attribution (``"No," he said, "never."``), or continued after it
    in the same paragraph by a quote with no speaker of its own (``"No," he said. "Never."``).
    A gap with two speaking subjects holds an attribution of its own (``"No," he said.
    Later, he said, "…"``)."""
    gap = text_of(doc)[first.end : second.start]
    if "\n" in gap or len(gap.strip()) > _SPLIT_QUOTE_GAP:
        return False
    gap = gap.strip()
    inner = Quote(first.fragments[-1:]).words(text_of(doc)).rstrip("'’")  # ‘a quote in it,’
    gap_cues = [t for t in _tokens_in(doc, first.end, second.start) if _is_cue(t, cues)]
    speaking = [t for t in gap_cues if t.dep_ not in _ASIDES and _has_subject(t)]
    if not inner.endswith((",", "?", "!")) or not gap_cues or len(speaking) > 1:
        return False
    if _has_cue_before(doc, first, cues):
        return False
    gap = gap.rstrip(_CLOSING_MARKS)  # a title in the gap: said on "Good Morning America."
    return gap.endswith(",") or (gap.endswith(".") and not _has_own_cue(doc, second, cues))


def _has_cue_before(doc: Doc, quote: Quote, cues: frozenset[str]) -> bool:
    """``The host asked her, "Any contact?" She replied, "No."``: a quote whose cue comes
    before it in its own sentence is already attributed, and the next quote answers it
    rather than goes on."""
    text = text_of(doc)
    return any(
        _is_cue(t, cues) and not any(stop in text[t.idx : quote.start] for stop in ".?!")
        for t in _window(doc, quote)
        if t.idx < quote.start
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _has_own_cue(doc: Doc, quote: Quote, cues: frozenset[str]) -> bool:
    """A cue after the second half ("…," she replied) is its own; one before it is the
    attribution between the halves, whatever sentence the parser puts it in."""
    return any(
        _is_cue(t, cues)
        for t in _window(doc, quote)
        if t.idx > quote.start and not _in_any_quote(t, [quote])
    )


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _is_cue(token: Token, cues: frozenset[str]) -> bool:
    return _lemma(token) in cues and (token.pos_ in {"VERB", "AUX"} or _heads_clause(token))


def _lemma(token: Token) -> str:
    """The token's lemma, lower case, with the model's known misreadings of cues righted and a
    phrasal verb of speaking as the cue it means ("fired back" retorts)."""
    lemma = token.lemma_.lower()
    return phrasal_meaning(token, PHRASAL_CUES) or MISREAD_LEMMAS.get(lemma, lemma)


def _heads_clause(token: Token) -> bool:
    """ "a claim that his office strongly disputes": a word tagged as a noun that heads a
    relative clause with a subject of its own is the clause's verb."""
    return token.dep_ in {"relcl", "acl"} and any(c.dep_ in _SUBJECTS for c in token.children)


#: A quote signed with a dash and a name after it, as an epigraph or a collection of readers'
#: words prints it ("“We deserve better.” ― Ana Ruiz"): the dash is the cue, the name the
#: source. The name is a few capitalised words, ending the line, the sentence or before the
#: next quote.
_SIGNATURE = re.compile(
    r"[^\S\n]*([―—–])[^\S\n]*((?:[A-Z]\.|[A-Z][\w'’-]*)(?:[^\S\n](?:[A-Z]\.|[A-Z][\w'’-]*)){0,4})"
    r"(?=\.?[^\S\n]*(?:$|\n|[“”\"]))",
    re.MULTILINE,
)


def _direct(
    doc: Doc, quote: Quote, quotes: list[Quote], cues: frozenset[str]
) -> Attribution | None:
    """A quote and the cue verb in the sentences around it, outside every quote."""
    if quote.is_title(text_of(doc)) or _between_halves(quote, quotes) or _names_a_work(doc, quote):
        return None
    content = _with_sentences_resumed(doc, _content_fragments(text_of(doc), quote), cues)
    signature = _SIGNATURE.match(text_of(doc), quote.end)
    if signature is not None:
        return Attribution(content, signature.span(1), signature.span(2), "", StatementKind.DIRECT)
    window = _window(doc, quote) + _attribution_after(doc, quote) + _handed_over(doc, quote)
    outside = [t for t in window if not _in_any_quote(t, quotes)]
    candidates = [t for t in outside if _is_cue(t, cues) and not _reports_elsewhere(t, quote)]
    if not candidates:
        holder = (
            _giver_of_words(doc, quote)
            or _document_before_colon(doc, quote)
            or _fragment_holder(doc, quote, quotes)
        )
        return Attribution(content, None, holder, "", StatementKind.DIRECT)
    cue = min(candidates, key=lambda t: _distance(t, quote))
    said = _object_and_quote(cue, quote)
    clause = _clause_around(cue, quote, quotes) or (_through_quotes(said, quotes) if said else None)
    lead = None if clause else _lead_in(doc, cue, quote, quotes)
    rest = tuple(f for f in content if clause and f[0] >= clause[1])
    if lead:
        content = _resumed_after_aside(cue, quote, quotes, content)
    return Attribution(
        (clause, *rest) if clause else (lead, *content) if lead else content,
        _cue_offsets(cue, _own_preposition(cue)),
        _source_of(cue, quotes),
        _lemma(cue),
        StatementKind.MIXED if clause or lead else StatementKind.DIRECT,
        _addressee_of(cue),
    )


_FULL_STOP = re.compile(r"[.?!][\"'”’]*\s+")


def _with_sentences_resumed(
    doc: Doc, content: tuple[Offsets, ...], cues: frozenset[str]
) -> tuple[Offsets, ...]:
    """ "“He is meant to cheer,” he said. Instead, “he acts like a defeated man.”": a later
    half of a split quote that opens a new sentence after words of the writer's own — no
    attribution among them — is said from the sentence's start, as PolNeAR marks it."""
    text = text_of(doc)
    resumed = list(content)
    for index in range(1, len(resumed)):
        start, end = resumed[index]
        stops = list(_FULL_STOP.finditer(text, resumed[index - 1][1], start))
        opening = stops[-1].end() if stops else start
        words = _tokens_in(doc, opening, start) if "\n" not in text[opening:start] else []
        if words and not any(_is_cue(t, cues) for t in words):
            resumed[index] = (opening, end)
    return tuple(resumed)


def _names_a_work(doc: Doc, quote: Quote) -> bool:
    """ "her blockbuster film, “Trainwreck.”", "she wrote in her memoir, “Tough Choices.”": a
    title in marks right after the work it names is no one's words, full stop inside or not."""
    first = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    if first is None:
        return False
    previous = [t for t in doc[max(0, first.start - 2) : first.start] if not t.is_punct]
    named = bool(previous) and previous[-1].lower_ in WORK_NOUNS
    return named and quote.is_title(text_of(doc), full_stop=True, named=True)


def _giver_of_words(doc: Doc, quote: Quote) -> Offsets | None:
    """ "Sanders delivered a snappy retort: “No one is tearing this up.”": a colon right
    before the quote hands it to the subject of the words-given noun before the colon, not
    to whoever spoke last."""
    text = text_of(doc)
    before = text[: quote.start].rstrip(" \t")
    if not before.endswith(":") or "\n" in text[len(before) : quote.start]:
        return None
    last = doc.char_span(len(before) - 2, len(before) - 1, alignment_mode="expand")
    if last is None:
        return None
    noun = last[0] if last[0].pos_ == "NOUN" else None
    if noun is None or noun.lemma_.lower() not in GIVEN_WORDS_NOUNS or noun.dep_ != "dobj":
        return None
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return _subtree_offsets(subject) if subject is not None else None


_DOCUMENTS = "|".join(sorted(DOCUMENT_NOUNS))
_DOCUMENT_HANDING_OVER = re.compile(
    rf"(?P<document>(?:[\w'’&.-]+[ \t]+){{0,5}}(?:{_DOCUMENTS})s?"
    r"(?:[ \t]+(?:from|of|by|to|on|about|for)[ \t]+[^,.!?:\n]*?)?)"
    r"(?:(?:[ \t]+(?:said|says|stated|states|was[ \t]+\w+)|,[ \t]*in[ \t]+full)?[ \t]*:"
    r"|[ \t]+(?:read|reads)[ \t]*[:,])[ \t]*"
)


def _document_before_colon(doc: Doc, quote: Quote) -> Offsets | None:
    """ "Her statement: “…”", "A statement from her office read: “…”": a sentence that only
    names a document (and that it read or said) hands the quote after its colon to the
    document, which speaks for its author — the parser, seeing no verb, finds no cue."""
    text = text_of(doc)
    opening = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    if opening is None:
        return None
    start = max(opening.sent.start_char, text.rfind("\n", 0, quote.start) + 1)
    lead = text[start : quote.start]
    found = _DOCUMENT_HANDING_OVER.fullmatch(lead)
    if found is None or not lead[:1].isupper():
        return None
    return start, start + len(found["document"].rstrip(" ,"))


def _fragment_holder(doc: Doc, quote: Quote, quotes: list[Quote]) -> Offsets | None:
    """ "Trump openly admires Putin as a 'strong leader'", "Obama said allies acted as 'free
    riders'": a quoted phrase inside a sentence with no speech verb is the words of the person
    the sentence is about, its subject — not of whoever was quoted last."""
    first = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    if first is None or quote.start <= first.sent.start_char + 1:
        return None
    root = first.sent.root
    subject = _main_subject(
        [c for c in root.children if c.dep_ == "nsubj" and not _in_any_quote(c, quotes)]
    )
    if subject is None or subject.i > first.start or subject.conjuncts:
        return None  # "the senator, his aides and his emails used the term": whose words?
    person = subject.ent_type_ == "PERSON" or subject.lower_ in _PERSONAL_SUBJECTS
    return _source_span(subject) if person else None


def _between_halves(quote: Quote, quotes: list[Quote]) -> bool:
    """A title passed over between the halves of a split quote is no quote of its own."""
    return any(q.start < quote.start and quote.end < q.end for q in quotes)


def _reports_elsewhere(cue: Token, quote: Quote) -> bool:
    """``Sessions said he was not aware of it, and volunteered: "…"``: a cue whose own
    reported clause lies outside the quote has said its piece; the quote is not its."""
    complement = _complement(cue, cue.lemma_.lower())
    if complement is None or _object_and_quote(cue, quote):
        return False
    start, end = _subtree_offsets(complement)
    return end <= quote.start or quote.end <= start


def _clause_around(cue: Token, quote: Quote, quotes: list[Quote]) -> Offsets | None:
    """The reported clause when the quote is only part of it: in ``says he has "good health"
    for his age`` what was said is the whole clause, the marks only show which words are his."""
    complement = _complement(cue, cue.lemma_.lower())
    if complement is None:
        return None
    start, end = _before_answered_charge(complement)
    if not start <= quote.start < end:
        return None
    end = max(quote.start + 1, min(end, _without_trailing_aside(complement, quotes)[1]))
    own_words = [
        t
        for t in complement.subtree
        if not t.is_punct and not t.is_space and not _in_any_quote(t, quotes)
    ]
    return _through_quotes((start, max(end, _held_end(quote, end))), quotes) if own_words else None


def _object_and_quote(cue: Token, quote: Quote) -> Offsets | None:
    """``called the plan "a disaster"``, ``described him as "a fraud"``, ``urged voters to
    "stay home"``: the quote completes what the verb says of its object, and what was said is
    the object with it."""
    after = [c for c in cue.children if c.i > cue.i and _says_object(c)]
    own = _own_preposition(cue)
    spans = [_subtree_offsets(_object_of(c) if c == own else c) for c in after]
    holder = next((span for span in spans if quote.start < span[1]), None)
    if holder is None or spans[0][0] >= quote.start:
        return None
    quote_end = _held_end(quote, holder[1])
    if holder[0] >= quote_end:
        return None
    aside = text_of(cue.doc)[quote_end : holder[1]].lstrip()[:1] in _ASIDE_MARKS
    end = quote_end if aside else max(holder[1], quote_end)
    for later in spans[spans.index(holder) + 1 :]:
        if text_of(cue.doc)[end : later[0]].strip():
            break
        end = later[1]  # 'dismissed as "fake news" reports that …': the object, put last
    return spans[0][0], end


def _own_preposition(verb: Token) -> Token | None:
    """The preposition right after a verb that speaks through it ("referred to"), which
    belongs to the cue."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    wanted = PREPOSITIONAL_CUES.get(_lemma(verb))
    if after is None or wanted is None or after.head != verb or after.lower_ != wanted:
        return None
    return after if any(c.dep_ == "pobj" for c in after.children) else None


def _object_of(preposition: Token) -> Token:
    """The noun a preposition governs (``_own_preposition`` has made sure there is one)."""
    return next(c for c in preposition.children if c.dep_ == "pobj")


def _held_end(quote: Quote, end: int) -> int:
    """Where the part of a quote that a phrase ending at ``end`` holds ends: the halves of a
    split quote after the attribution ("…," says Roe. "…") are not the phrase's."""
    return max(e for s, e in quote.fragments if s < end or s == quote.start)


def _lead_in(doc: Doc, cue: Token, quote: Quote, quotes: list[Quote]) -> Offsets | None:
    """``Sooner or later, the governor said, "it starts to pay off."``: a quote that goes on
    with a sentence the attribution broke into (it opens in lower case) says the words before
    the attribution too — unless they only set the scene ("On Monday, she said, …")."""
    words = Quote(quote.fragments[:1]).words(text_of(doc))
    if not words[:1].islower() or cue.idx > quote.start:
        return None
    clause = [t for t in cue.sent if t.i < min(t.i for t in _attribution_tokens(cue))]
    clause = _unlinked(clause)
    if not clause or any(_in_any_quote(t, quotes) or t.ent_type_ in _WHEN for t in clause):
        return None
    if clause[0].pos_ == "ADP":
        return None
    after = doc[clause[-1].i + 1] if clause[-1].i + 1 < len(doc) else None
    return _edges(clause) if after is not None and after.text == "," else None


_SAYING_ADJUNCTS = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod"})


def _resumed_after_aside(
    cue: Token, quote: Quote, quotes: list[Quote], content: tuple[Offsets, ...]
) -> tuple[Offsets, ...]:
    """ "The industry, she said, is “doing much better.”", "Blacks, he said, can “rock like
    Jimi” and “stir the pot”": the sentence the attribution broke into resumes right after
    it, before the quote opens, so what was said goes on from there to the end of the
    sentence, every quote in it whole — not from the first quotation mark. Whom the words
    were told, and when or how, are the attribution's ("the governor told reporters on
    Monday, …", "she fired back at him, …")."""
    told = (
        t for c in cue.children if c.dep_ in _SAYING_ADJUNCTS and c.i > cue.i for t in c.subtree
    )
    after = max(t.i for t in (*_attribution_tokens(cue), *told))
    words = _unpunctuated([t for t in cue.sent if t.i > after])
    if not words or words[0].idx >= quote.start or _in_any_quote(words[0], quotes):
        return content
    resumed = _through_quotes((words[0].idx, max(_edges(words)[1], content[0][1])), quotes)
    return (resumed, *(f for f in content if f[0] >= resumed[1]))


def _attribution_tokens(cue: Token) -> list[Token]:
    """The cue with its subject and the words between them ("the governor told reporters")."""
    return [cue, *(t for c in cue.children if c.dep_ in _SUBJECTS for t in c.subtree)]


def _distinct(attributions: Iterable[Attribution]) -> list[Attribution]:
    """Two partial quotes in one reported clause are one attribution of that clause."""
    return list(dict.fromkeys(attributions))


def _window(doc: Doc, quote: Quote) -> list[Token]:
    """The sentences the quote starts and ends in, clipped to its paragraph(s)."""
    first = doc.char_span(quote.start, quote.start + 1, alignment_mode="expand")
    last = doc.char_span(quote.end - 1, quote.end, alignment_mode="expand")
    if first is None or last is None:
        return []
    start, end = first.sent.start_char, last.sent.end_char
    # a hard-wrapped paragraph runs on to its cue ("his press secretary, Sean\nSpicer, told")
    paragraph_start, paragraph_end = paragraph_around(text_of(doc), quote.start, quote.end)
    start = max(start, paragraph_start)
    end = min(end, paragraph_end)
    return _tokens_in(doc, start, end)


_ASKED_OR_EXCLAIMED = re.compile(r"[?!][^\w\s]*$")


def _attribution_after(doc: Doc, quote: Quote) -> list[Token]:
    """ "“Why now?” she asked.", "“Not again!” Vale groaned.": a question or exclamation
    closing the quote makes the parser end the sentence there, so the attribution after it
    stands alone — a sentence on the same line, right after the mark, that is only a cue
    verb with its subject (either side: "asked the mayor")."""
    if not _ASKED_OR_EXCLAIMED.search(text_of(doc)[quote.start : quote.end]):
        return []
    last = doc.char_span(quote.end - 1, quote.end, alignment_mode="expand")
    if last is None or last.sent.end >= len(doc):
        return []
    sentence = doc[last.sent.end].sent
    if text_of(doc)[quote.end : sentence.start_char] not in {" ", ""}:
        return []
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    first = subject.left_edge.i if subject is not None else root.i
    if first != sentence.start or _opens_a_quote(text_of(doc), root):
        return []
    return [root]


_OPENING_AFTER_CUE = re.compile(r"[^\S\n]*[,:][^\S\n]*[\"“‘']")


def _opens_a_quote(text: str, verb: Token) -> bool:
    """ "Dickerson asked him, “Any contact?” Pence declared, “Of course not.”": a cue verb
    that hands over to a quote of its own with a comma or a colon introduces the answer, so
    it is not the attribution of the question before it (which stays the asker's)."""
    return _OPENING_AFTER_CUE.match(text, verb.idx + len(verb.text)) is not None


_HANDING_OVER = re.compile(r"(\S)[ \t]*:[ \t]*\n\s*$")


def _handed_over(doc: Doc, quote: Quote) -> list[Token]:
    """ "Cruz continued:" / "The Times reports:" closing a paragraph hands over to the quote
    that opens the next one: the verb right before the colon is the quote's cue."""
    text = text_of(doc)
    opening = text.rfind("\n", 0, quote.start) + 1
    handing = _HANDING_OVER.search(text, 0, opening)
    if text[opening : quote.start].strip() or handing is None:
        return []
    verb = doc.char_span(handing.start(1), handing.end(1), alignment_mode="expand")
    return [verb.root] if verb is not None else []


def _in_any_quote(token: Token, quotes: list[Quote]) -> bool:
    at = token.idx  # read once: it is tested against every fragment of every quote
    return any(s <= at < e for q in quotes for s, e in q.fragments)


def _quoted_apart(token: Token, verb: Token, quotes: list[Quote]) -> bool:
    """A word inside quotation marks that do not also hold the verb ("'That,' he said"): the
    quote's words, never the verb's subject. Marks that hold both are a stray quote running
    over the attribution, which leaves the subject a subject."""
    return any(s <= token.idx < e and not s <= verb.idx < e for q in quotes for s, e in q.fragments)


def _distance(token: Token, quote: Quote) -> int:
    gaps = [abs(token.idx - e) for s, e in quote.fragments] + [
        abs(s - token.idx) for s, e in quote.fragments
    ]
    return min(gaps)


def _content_fragments(text: str, quote: Quote) -> tuple[Offsets, ...]:
    return tuple((s, _strip_end(text, s, e)) for s, e in quote.fragments)


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and not text[end - 1].strip():
        end -= 1
    return end


# -- transcript turns ------------------------------------------------------------------------------


def _outside_turns(quotes: list[Quote], turns: list[Turn]) -> list[Quote]:
    """A transcript quoted as a block opens each of a turn's paragraphs with a quote mark:
    those paragraphs are the turns' words, not one long quote with no speaker."""
    opened = {mark for turn in turns for mark in (turn.label_at - 1, *turn.marks)}
    kept = (Quote(tuple(f for f in q.fragments if f[0] not in opened)) for q in quotes)
    return [q for q in kept if q.fragments]


def _turn_attributions(
    doc: Doc, turns: list[Turn], found: list[Attribution], as_written: bool = False
) -> list[Attribution]:
    """An answer's words, labelled speaker as source. A sentence in the turn that reports
    someone else's words ("the attorney general told a committee …") is that attribution's,
    so the turn is cut around it: each run of the remaining sentences is one statement.
    ``as_written`` keeps the asker's turns too, each with its label's colon as the cue, as
    PolNeAR marks a transcript; a question makes no statement, so the record does not. The
    speaker's own "I said …" is theirs already: it cuts nothing."""
    text = text_of(doc)
    spoken = (
        a
        for a in found
        if a.cue_lemma not in _NOT_SPEECH_CUES
        and not (a.source and text[slice(*a.source)].lower() in _SPEAKER_ITSELF)
    )
    claimed = [span for a in spoken for span in _claimed_spans(a)]
    result = []
    for turn in (t for t in turns if as_written or not t.asks):
        cue = _label_colon(text_of(doc), turn) if as_written else None
        for run in [turn.body] if as_written else _free_runs(doc, turn.body, claimed):
            if as_written or not _only_asks(doc, run):
                result.append(
                    Attribution((run,), cue, turn.speaker, "", StatementKind.DIRECT, said=turn.said)
                )
    return result


def _only_asks(doc: Doc, run: Offsets) -> bool:
    """A turn's words that are questions and nothing else ("RAMOS: Did you lie to them?"),
    from a label the transcript does not mark as the asker's: a question asserts nothing."""
    text = text_of(doc)
    sentences = [s for s in doc.sents if s.start_char < run[1] and run[0] < s.end_char]
    return bool(sentences) and all(
        text[max(s.start_char, run[0]) : min(s.end_char, run[1])]
        .rstrip()
        .rstrip(_CLOSING_MARKS)
        .endswith("?")
        for s in sentences
    )


_SPEAKER_ITSELF = frozenset({"i", "we"})


def _label_colon(text: str, turn: Turn) -> Offsets | None:
    """The colon after a turn's label ("TAPPER:"), PolNeAR's cue for a transcript turn."""
    colon = text.find(":", turn.speaker[1], turn.body[0])
    return (colon, colon + 1) if colon >= 0 else None


def _said_in_turn(doc: Doc, attribution: Attribution, turns: list[Turn]) -> Attribution:
    """ "I've been saying for years that …" in an answer: the "I" is the turn's speaker. Only
    the statement is re-sourced; an attribution's source stays the words in the text."""
    source = attribution.source
    if source is None or text_of(doc)[slice(*source)].lower() != "i":
        return attribution
    turn = next((t for t in turns if t.body[0] <= source[0] < t.body[1]), None)
    if turn is None or turn.asks:
        return attribution
    return replace(attribution, source=turn.speaker)


def _post_attributions(posts: list[Post], found: list[Attribution]) -> list[Attribution]:
    """An embedded post's words, its signer as source, its signature's date as the saying's;
    not when the words are already someone's quote."""
    claimed = [span for a in found for span in a.content]
    return [
        Attribution(
            (post.words,),
            post.signed,
            post.author,
            "tweet",
            StatementKind.DIRECT,
            said=post.date,
        )
        for post in posts
        if not any(s < post.words[1] and post.words[0] < e for s, e in claimed)
    ]


def _claimed_spans(attribution: Attribution) -> list[Offsets]:
    return [*attribution.content, *(s for s in (attribution.cue, attribution.source) if s)]


def _free_runs(doc: Doc, body: Offsets, claimed: list[Offsets]) -> list[Offsets]:
    """Runs of consecutive sentences of ``body`` that no claimed span touches."""
    runs: list[Offsets] = []
    extend = False
    for sent in (s for s in doc.sents if s.start_char < body[1] and body[0] < s.end_char):
        start = max(sent.start_char, body[0])
        end = min(_strip_end(text_of(doc), sent.start_char, sent.end_char), body[1])
        if any(s < end and start < e for s, e in claimed):
            extend = False
        elif extend:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
            extend = True
    return runs


# -- indirect speech -------------------------------------------------------------------------------


def _indirect(
    doc: Doc,
    cues: frozenset[str],
    quotes: list[Quote],
    carriers: bool = False,
    made: bool = False,
) -> Iterable[Attribution]:
    """Indirect attributions in ``doc``; ``carriers`` keeps "according to" the outlet that
    only carries someone else's words too (see :func:`_according_to`), ``made`` the sayings
    one makes ("made the case that …", see :func:`_made_attribution`). Words of markup a
    scraper left in the text (``<tweet author="…">``) are nobody's cue."""
    markup = [tag.span() for tag in MARKUP_TAG.finditer(text_of(doc))]
    for token in doc:
        if any(start <= token.idx < end for start, end in markup):
            continue
        if made and (saying := _made_saying(token)) is not None:
            attribution = _made_attribution(token, *saying, quotes)
            if attribution is not None:
                yield attribution
        elif made and _is_cue(token, cues) and (shown := _shown_stance(token)) is not None:
            attribution = _made_attribution(token, *shown, quotes)
            if attribution is not None:
                yield attribution
        elif made and (request := _request_attribution(token, quotes)) is not None:
            yield request
        elif made and (finding := _found_in(token, quotes)) is not None:
            yield finding
        elif made and (idea := _idea_attribution(token, quotes)) is not None:
            yield idea
        elif made and token.lower_ in HEARSAY_ADVERBS and token.dep_ == "advmod":
            yield _hearsay_attribution(token, quotes)
        elif not made and (unanswered := _unanswered_request(token, quotes)) is not None:
            yield unanswered
        elif (
            _is_cue(token, cues)
            and not _denies_saying(token, made)
            and not _not_done(token)
            and not _asks_what_was_said(token)
        ):
            attribution = _verb_attribution(token, quotes)
            if attribution is not None:
                yield attribution
        elif token.dep_ == "acomp" and _lemma(token) in cues:
            attribution = _attitude_attribution(token, quotes)
            if attribution is not None:
                yield attribution
        elif (quelling := _quelling_cue(token)) is not None:
            attribution = _quelling_attribution(token, quelling, quotes)
            if attribution is not None:
                yield attribution
        elif (verdict := _verdict_of_falsity(token)) is not None:
            attribution = _verdict_attribution(token, *verdict, quotes)
            if attribution is not None:
                yield attribution
        elif (rebutted := _rebutted_claim(token)) is not None:
            attribution = _rebuttal_attribution(token, rebutted, quotes)
            if attribution is not None:
                yield attribution
        elif token.lemma_.lower() in NOUN_CUES and token.pos_ == "NOUN":
            attribution = _noun_attribution(token, quotes)
            if attribution is not None:
                yield attribution
        elif (
            token.lower_ == "according"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ == "to"
        ):
            attribution = _according_to(doc, token, quotes, carriers)
            if attribution is not None:
                yield attribution


def _asks_what_was_said(verb: Token) -> bool:
    """ "What did she say?", "Who told you that?": a question about what was said reports no
    words — the cue asks; the clause it hangs on ("Q: What did she say?") is a transcript's
    label, not what anyone said. A free relative that is no question ("What he said was
    false") still reports."""
    asked = any(c.tag_ in RELATIVE_TAGS and c.i < verb.i for c in verb.children)
    words = [t for t in verb.subtree if not t.is_space]
    return asked and words[-1].text == "?"


def _unanswered_request(verb: Token, quotes: list[Quote]) -> Attribution | None:
    """ "did not respond to requests for comment", "did not immediately return calls seeking
    comment", "Neither X nor Y replied to questions": a request its subject left unanswered is
    that subject's refusal on the record, though it says nothing; the content is the refusal."""
    if verb.pos_ != "VERB":
        return None
    unanswered = _left_unanswered(verb)
    if unanswered and _lemma(verb) in REPLY_VERBS and (asked := _asked_by(verb)) is not None:
        end = max(asked.right_edge.idx + len(asked.right_edge), verb.idx + len(verb))
    elif (
        (unanswered and _withheld_comment(verb)) or _turned_down_questions(verb)
    ) and not _in_any_quote(verb, quotes):
        end = _edges(_unpunctuated(list(verb.subtree)))[1]
    else:
        return None
    start = min([verb, *(c for c in verb.children if c.dep_ in ("aux", "neg", "advmod"))])
    content = (start.idx, end)
    return Attribution(
        (content,),
        _cue_offsets(verb),
        _source_of(verb, quotes),
        _lemma(verb),
        StatementKind.INDIRECT,
        unanswered=True,
    )


def _left_unanswered(verb: Token) -> bool:
    """ "did not respond", "never replied", "Neither X nor Y responded", "would neither confirm
    nor deny"."""
    negated = any(c.dep_ == "neg" or c.lower_ in {"never", "neither"} for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return negated or any(t.lower_ == "neither" for s in subjects for t in s.subtree)


_WITHHOLDING_AUXILIARIES = frozenset({"would", "will", "wo", "did", "could"})


def _withheld_comment(verb: Token) -> bool:
    """ "Randolph wouldn't comment", "the company would not comment on the report", "would not
    confirm it": a comment or a confirmation someone would not (or did not) give, asked for
    it, is their refusal — a status report
    ("has not commented publicly") is not. So is what someone would not say, specify or
    discuss ("would not say whether she will run"); what they did not say is only left out."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    lemma = verb.lemma_.lower()
    if lemma in {"comment", "confirm"}:  # "would not confirm or deny that they met"
        return bool(auxiliaries & _WITHHOLDING_AUXILIARIES)
    if lemma not in _TELLING | {"say"}:
        return False
    return bool(auxiliaries & {"would", "wo"}) or _not_saying_which(verb)


def _not_saying_which(verb: Token) -> bool:
    """ "Trump isn't saying what other techniques he would support": a telling held back now,
    of which one or whether, is a refusal; "I'm not saying she lied" says something."""
    if verb.tag_ != "VBG" or verb.dep_ == "ccomp":
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.dep_ in {"ccomp", "dobj"}), None)
    return clause is not None and opens_a_question(clause)


def _turned_down_questions(verb: Token) -> bool:
    """ "declined requests for an interview", "took no questions": asked, and turning the
    asking down, is a refusal on the record though no word of it is quoted."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if _lemma(verb) in REFUSAL_CUES:
        return any(_asks(o) or o.lemma_.lower() == "interview" for o in objects)
    return _lemma(verb) in {"take", "answer"} and any(
        o.lemma_.lower() == "question" and any(d.lower_ == "no" for d in o.children)
        for o in objects
    )


def _asked_by(verb: Token) -> Token | None:
    """What asked for the reply: the object of "to" ("respond to requests") or of the verb
    ("return calls", "answer questions"), or one joined to it ("respond to the claims or a
    list of questions")."""
    for child in verb.children:
        held = (
            _object_of_preposition(child)
            if child.dep_ == "prep" and child.lower_ == "to"
            else child
        )
        if held is not None and held.dep_ in ("pobj", "dobj"):
            asking = next((n for n in (held, *held.conjuncts) if _asks(n)), None)
            if asking is not None:
                return max(held, asking, key=lambda n: n.i)
    return None


def _asks(noun: Token) -> bool:
    """ "requests", "calls", or a number of them ("a list of questions", "a series of emails"),
    or attempts to reach someone ("did not respond to attempts to reach him")."""
    if noun.lemma_.lower() in ASKING_NOUNS:
        return True
    if noun.lemma_.lower() in REACHING_NOUNS and any(
        c.dep_ == "acl" and c.lemma_.lower() in REACHING_VERBS for c in noun.children
    ):
        return True
    counted = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    held = _object_of_preposition(counted) if counted is not None else None
    return held is not None and held.lemma_.lower() in ASKING_NOUNS


def _made_saying(verb: Token) -> tuple[Token, Token] | None:
    """The cue's last word and what is held, for a saying one makes: "made the case that
    …", "made comments about the vote", "made the decision to …", "made it clear that …"."""
    nouns = {"make": MADE_SAYING_NOUNS, "have": HAD_THOUGHT_NOUNS}.get(verb.lemma_.lower())
    if verb.pos_ not in {"VERB", "AUX"} or nouns is None:
        return None
    for child in (c for c in verb.children if c.i > verb.i):
        if child.dep_ in {"ccomp", "oprd", "acomp"} and child.lower_ in MADE_PLAIN_WORDS:
            return _made_plain(verb, child)
        if (
            child.dep_ == "dobj"
            and child.lemma_.lower() in nouns
            and not any(c.dep_ == "nummod" for c in child.children)  # "made 200 cases of soap"
        ):
            return _made_noun_holds(child)
    return None


def _made_plain(verb: Token, plain: Token) -> tuple[Token, Token] | None:
    """ "made (it) clear that he would run", "made clear the risks": the clause the adjective
    governs, or the verb's object after it."""
    held = next(
        (c for c in plain.children if c.dep_ in {"ccomp", "csubj", "advcl"} and c.i > plain.i),
        None,
    ) or next((c for c in verb.children if c.dep_ in {"dobj", "ccomp"} and c.i > plain.i), None)
    return (plain, held) if held is not None else None


def _made_noun_holds(noun: Token) -> tuple[Token, Token] | None:
    """ "the case that she is too close", "the decision to pursue it", "comments about the
    vote": the noun's own clause, or the object of its preposition (the preposition ends the
    cue, as PolNeAR marks "made comments about")."""
    for child in (c for c in noun.children if c.i > noun.i):
        if child.dep_ in {"acl", "ccomp", "relcl"} and _opens_what_is_held(child):
            return noun, child
        if child.dep_ == "prep" and child.lower_ in MADE_SAYING_PREPOSITIONS:
            held = _object_of_preposition(child)
            return (child, held) if held is not None else None
    return None


_OWNING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _shown_stance(verb: Token) -> tuple[Token, Token] | None:
    """The cue's last word and what is held, for a stance a cue verb shows or voices:
    "expressed concern that …", "has shown no interest in …", "said nothing about …". A
    stance with an owner, a definite article or a description ("announced his support for",
    "stressed bipartisan support for") is what was spoken of, and stays the verb's object."""
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if noun is None or noun.lemma_.lower() not in SHOWN_STANCE_NOUNS:
        return None
    if any(
        c.dep_ in {"poss", "amod"} or (c.dep_ == "det" and c.lower_ in _OWNING_DETERMINERS)
        for c in noun.children
    ):
        return None
    return _made_noun_holds(noun)


def _request_attribution(verb: Token, quotes: list[Quote]) -> Attribution | None:
    """ "The governor asked voters to back the levy", "asked to delay the hearing", "asked for
    a recount": what is asked, with whom it is asked of, is what the asker holds out; a
    question ("asked whether …") is left to the speech cues."""
    if verb.pos_ != "VERB" or _not_done(verb):
        return None
    if _lemma(verb) in CALLING_ON_VERBS:
        return _called_on(verb, quotes)
    if _lemma(verb) not in REQUEST_VERBS:
        return None
    after = [c for c in verb.children if c.i > verb.i]
    through = next((c for c in after if c.dep_ == "prep" and c.lower_ == "for"), None)
    wanted = next((c for c in after if c.dep_ == "xcomp"), None)
    if wanted is not None and (through is None or wanted.i < through.i):  # not "asked for $2m to …"
        through = None
        asked = next((c for c in after if c.dep_ in {"dobj", "dative"} and c.i < wanted.i), None)
        content = (_subtree_offsets(asked or wanted)[0], _subtree_offsets(wanted)[1])
    else:
        wanted = _object_of_preposition(through) if through is not None else None
        if wanted is None:
            return None
        content = _subtree_offsets(wanted)
    return Attribution(
        (_through_quotes(content, quotes),),
        _cue_offsets(verb, through),
        _source_of(verb, quotes),
        _lemma(verb),
        StatementKind.INDIRECT,
        topic=through is not None,
    )


def _hearsay_attribution(adverb: Token, quotes: list[Quote]) -> Attribution:
    """ "Weiner reportedly sent the photos": a claim passed on with no one owning it; what is
    claimed is the clause the adverb sits in, in two pieces around it."""
    clause = [t for t in adverb.head.subtree if t.i != adverb.i]
    before = _unpunctuated([t for t in clause if t.i < adverb.i])
    after = _unpunctuated([t for t in clause if t.i > adverb.i])
    content = tuple(_through_quotes(_edges(part), quotes) for part in (before, after) if part)
    return Attribution(
        content,
        (adverb.idx, adverb.idx + len(adverb.text)),
        None,
        adverb.lower_,
        StatementKind.INDIRECT,
        nature="belief",
    )


def _idea_attribution(copula: Token, quotes: list[Quote]) -> Attribution | None:
    """ "The idea is that donors can still give", "His goal is to win the state": the noun and
    the copula are the cue, the clause they equate it with the content, and the noun's owner
    ("his") the source — none when the text names no one."""
    if copula.lemma_.lower() != "be" or copula.dep_ != "ROOT":
        return None
    idea = next((c for c in copula.children if c.dep_ == "nsubj" and c.i < copula.i), None)
    held = next(
        (c for c in copula.children if c.dep_ in {"ccomp", "xcomp"} and c.i > copula.i), None
    )
    if idea is None or held is None or idea.lemma_.lower() not in IDEA_NOUNS:
        return None
    owner = next((c for c in idea.children if c.dep_ == "poss"), None)
    start = owner.right_edge.i + 1 if owner is not None else idea.left_edge.i
    cue_start = copula.doc[start]
    if cue_start.text in {"’s", "'s"}:
        cue_start = copula.doc[start + 1]
    return Attribution(
        (_through_quotes(_subtree_offsets(held), quotes),),
        (cue_start.idx, _cue_offsets(copula)[1]),
        _source_span(owner) if owner is not None else None,
        idea.lemma_.lower(),
        StatementKind.INDIRECT,
        nature="belief",
    )


def _found_in(preposition: Token, quotes: list[Quote]) -> Attribution | None:
    """ "In the latest Quinnipiac poll, Trump leads by five points": a sentence that opens
    "in" a poll or survey tells what the poll shows; the poll is the source, "in" the cue."""
    place = _object_of_preposition(preposition) if preposition.dep_ == "prep" else None
    if (
        place is None
        or preposition.lower_ != "in"
        or place.lemma_.lower() not in FINDING_PLACES
        or preposition.i > preposition.head.i
        or preposition.head.dep_ != "ROOT"
    ):
        return None
    after = max(t.i for t in preposition.subtree)
    shown = _unpunctuated([t for t in preposition.head.subtree if t.i > after])
    if not shown:
        return None
    return Attribution(
        (_through_quotes(_edges(shown), quotes),),
        (preposition.idx, preposition.idx + len(preposition.text)),
        _subtree_offsets(place),
        "in",
        StatementKind.INDIRECT,
        nature="evidence",
    )


def _called_on(verb: Token, quotes: list[Quote]) -> Attribution | None:
    """ "The senator called on Congress to pass the bill", "called for Trump to drop out":
    the preposition ends the cue; whom it calls on, with what they are to do, is the content.
    Without an infinitive ("called on the voters", "called for a recount") it is ordinary
    speech, left to the speech cues."""
    words = CALLING_ON_VERBS[_lemma(verb)]
    wanted = next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.i > verb.i), None)
    if wanted is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in wanted.children):
        return None
    called = next(  # the parser reads "on" as a particle as often as a preposition
        (
            c
            for c in verb.children
            if c.dep_ in {"prep", "prt"} and c.lower_ in words and c.i < wanted.i
        ),
        None,
    )
    mark = next((c for c in wanted.children if c.dep_ == "mark" and c.lower_ in words), None)
    through = called or mark
    if through is None or through.i != verb.i + 1:
        return None
    end = _subtree_offsets(wanted)[1]
    return Attribution(
        (_through_quotes((verb.doc[through.i + 1].idx, end), quotes),),
        _cue_offsets(verb, through),
        _source_of(verb, quotes),
        _lemma(verb),
        StatementKind.INDIRECT,
    )


def _opens_what_is_held(clause: Token) -> bool:
    """ "that …", "to …", "whether …", "who …": a clause that says what a saying or thought
    holds, not a relative clause about the noun ("the case that he made")."""
    return any(
        (m.dep_ in {"mark", "aux"} and m.lower_ in {"that", "to", "whether", "if"})
        or m.tag_ in {"WP", "WRB"}
        for m in clause.children
    )


def _made_attribution(
    verb: Token, last: Token, held: Token, quotes: list[Quote]
) -> Attribution | None:
    """ "Critics have made the case that she is too close to the banks": the maker holds
    what the saying says; PolNeAR marks it, the record makes no statement of it."""
    if _negated(verb) or _not_done(verb):
        return None
    return Attribution(
        (_through_quotes(_subtree_offsets(held), quotes),),
        (_cue_offsets(verb)[0], last.idx + len(last.text)),
        _source_of(verb, quotes),
        verb.lemma_.lower(),
        StatementKind.INDIRECT,
        topic=held.dep_ in {"pobj", "pcomp"},
    )


_ATTITUDE_PREPOSITIONS = frozenset({"about", "over", "with", "in", "of", "on", "that", "to"})


def _attitude_attribution(adjective: Token, quotes: list[Quote]) -> Attribution | None:
    """ "EU members are concerned about the deal", "he is confident that he will win": the
    subject of the verb the adjective completes holds the attitude; what it is about, a
    clause or a preposition's object, is the content."""
    verb = adjective.head
    clause = next((c for c in adjective.children if c.dep_ in {"ccomp", "xcomp"}), None)
    about = _attitude_object(adjective)
    held = clause or about
    if held is None or not any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    last = about.head if clause is None and about is not None else adjective
    content = _through_quotes(_subtree_offsets(held), quotes)
    return Attribution(
        (content,),
        (_cue_offsets(verb)[0], last.idx + len(last.text)),
        _source_of(verb, quotes),
        adjective.lemma_.lower(),
        StatementKind.INDIRECT,
        topic=clause is None,
    )


def _attitude_object(adjective: Token) -> Token | None:
    """What an attitude is about: the object of its preposition ("concerned about the deal")."""
    for preposition in adjective.children:
        if (
            preposition.dep_ == "prep"
            and preposition.i > adjective.i
            and preposition.lower_ in _ATTITUDE_PREPOSITIONS
        ):
            return _object_of_preposition(preposition)
    return None


def _quelling_cue(verb: Token) -> str | None:
    """The cue, with its particle, of a verb that puts down a claim going round ("quashed
    rumors", "moved to shut off speculation"); none when its object is no claim ("shut down
    the plant", "quelled the protest")."""
    if verb.pos_ != "VERB":
        return None
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    cue = f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if cue not in QUELLING_CUES or target is None or target.lemma_.lower() not in RUMOUR_NOUNS:
        return None
    return cue


def _quelling_attribution(verb: Token, cue: str, quotes: list[Quote]) -> Attribution | None:
    """ "Carson moved to shut off speculation about a shake-up": the speaker denies the claim
    the verb puts down, which is what the statement holds."""
    said = _object_run(verb, quotes)
    return _claim_put_down(verb, said, _cue_offsets(verb), cue, quotes) if said else None


def _claim_put_down(
    verb: Token, said: Offsets, cue_span: Offsets, cue: str, quotes: list[Quote]
) -> Attribution | None:
    """The statement of a verb that denies the claim it takes ("shut off speculation",
    "pushed back on those charges", "deemed those statements false"): the claim's words,
    through any quote they open, as said; none when the verb is negated or not done."""
    if _negated(verb) or _not_done(verb):
        return None
    content = _through_quotes(said, quotes)
    marked = _has_quote_mark(text_of(verb.doc), content)
    return Attribution(
        (content,),
        cue_span,
        _source_of(verb, quotes),
        cue,
        StatementKind.MIXED if marked else StatementKind.INDIRECT,
    )


def _verdict_of_falsity(verb: Token) -> tuple[Token, Token] | None:
    """The claim and the verdict of a verb that finds it false ("PolitiFact deemed those
    statements false", "rated that claim as false", "branded the story a lie"); none when the
    verdict is no falsity ("deemed the evidence admissible") or the claim names no claim."""
    if verb.pos_ != "VERB" or _lemma(verb) not in VERDICT_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or objects[0].lemma_.lower() not in RUMOUR_NOUNS | _VERDICT_CLAIMS:
        return None
    after = [c for c in verb.children if c.i > objects[0].i]
    verdicts = [
        *(c for c in after if c.dep_ in {"oprd", "xcomp", "ccomp", "acomp", "dobj"}),
        *(g for c in after if c.lower_ == "as" for g in c.children),
    ]
    verdict = next((v for v in verdicts if v.lower_ in FALSITY_VERDICTS), None)
    return (objects[0], verdict) if verdict is not None else None


#: Claims a verdict is given on, besides those a denial puts down (:data:`RUMOUR_NOUNS`).
_VERDICT_CLAIMS = frozenset({"statement", "assertion", "accusation", "account", "charge"})


def _verdict_attribution(
    verb: Token, claim: Token, verdict: Token, quotes: list[Quote]
) -> Attribution | None:
    """ "Politifact deemed those statements false": the verdict's giver denies the claim; the
    statement holds the claim and the verdict, and its cue is "call", as in "called the
    report false" (a verdict verb alone only judges, see :data:`UNSTATED_CUES`)."""
    said = (_subtree_offsets(claim)[0], _subtree_offsets(verdict)[1])
    return _claim_put_down(verb, said, _cue_offsets(verb), "call", quotes)


def _rebutted_claim(verb: Token) -> Token | None:
    """The claim a verb with "back" is aimed at ("pushed back on those charges", "hit back at
    the report"); none when it is aimed at a person or a plan ("hit back at Trump")."""
    if (
        verb.pos_ != "VERB"
        or verb.lemma_.lower() not in REBUTTAL_VERBS
        or not any(c.lower_ == "back" and c.i == verb.i + 1 for c in verb.children)
    ):
        return None
    for preposition in verb.children:
        if preposition.dep_ == "prep" and preposition.lower_ in _REBUTTAL_PREPOSITIONS:
            noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in REBUTTED_NOUNS:
                return noun
    return None


_REBUTTAL_PREPOSITIONS = frozenset({"on", "against", "at"})


def _rebuttal_attribution(verb: Token, claim: Token, quotes: list[Quote]) -> Attribution | None:
    """ "Priebus has pushed back on those charges": the speaker denies the claim rebutted,
    which is what the statement holds (its grounds, "…, saying …", fold into it)."""
    back = verb.doc[verb.i + 1]
    cue_span = (_cue_offsets(verb)[0], back.idx + len(back.text))
    cue = f"{verb.lemma_.lower()} back"
    return _claim_put_down(verb, _subtree_offsets(claim), cue_span, cue, quotes)


def _noun_attribution(noun: Token, quotes: list[Quote]) -> Attribution | None:
    """ "his earlier statements that the contact never occurred", "Diaz's denial that she met
    him": what the owner said, a statement of the owner. A claim nobody owns ("the claim
    that …") is the writer's framing, not a statement."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in {"acl", "ccomp", "relcl"}
            and c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if owner is None or clause is None:
        return None
    span = _through_quotes(_subtree_offsets(clause), quotes)
    marked = _has_quote_mark(text_of(noun.doc), span)
    return Attribution(
        (span,),
        (noun.idx, noun.idx + len(noun.text)),
        _source_span(owner),
        NOUN_CUES[noun.lemma_.lower()],
        StatementKind.MIXED if marked else StatementKind.INDIRECT,
    )


def _negated(verb: Token) -> bool:
    """ "While not denying that …" and "There's no denying that …" attribute nothing (the
    second concedes, in the writer's voice); in "declined to say what …" the refusal is the
    attribution, not the "say" it refused."""
    verb = _first_alternative(verb)
    return any(
        child.dep_ == "neg"
        or (child.dep_ == "preconj" and child.lower_ == "neither")
        or (child.dep_ == "det" and child.lower_ == "no")
        for child in verb.children
    ) or _refused(verb)


def _refused(verb: Token) -> bool:
    """ "declined to say", "declined to confirm or deny": the verb is what a refusal
    withholds."""
    verb = _first_alternative(verb)
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSAL_CUES


def _first_alternative(verb: Token) -> Token:
    """The first of verbs given as alternatives: "confirm" for the "deny" of "would not confirm
    or deny", "neither confirmed nor denied", "declined to confirm or deny" — one act withheld,
    no denial of its own."""
    while _an_alternative(verb):
        verb = verb.head
    return verb


def _an_alternative(verb: Token) -> bool:
    """A verb joined to the one before it by "or" or "nor"."""
    return verb.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in verb.head.children
    )


def _denies_saying(verb: Token, as_written: bool = False) -> bool:
    """A speech verb negated reports no words; a belief or position negated is still held
    ("do not want", "wouldn't back an amnesty bill"), and PolNeAR marks a saying ``as_written``
    even when negated ("did not respond to a request for comment")."""
    speech = verb.lemma_.lower() in SPEECH_CUES and not as_written
    return _negated(verb) if speech else _refused(verb)


def _not_done(verb: Token) -> bool:
    """A cue that reports no saying: an infinitive only wished or allowed ("want to deny him
    a chance", "allows him to deny responsibility") or left undone ("did nothing to dispel
    that notion"), or a denial that withholds something from someone ("deny him a chance",
    "denied bail", "was denied entry")."""
    withheld = verb.lemma_.lower() in DENIAL_CUES and _withholds(verb)
    while verb.dep_ == "conj":  # "allows him to keep his options open and deny …"
        verb = verb.head
    infinitive = verb.dep_ == "xcomp" or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    undone = verb.head.lower_ in {"nothing", "little"}
    return withheld or (infinitive and (verb.head.lemma_.lower() in WISH_VERBS or undone))


def _withholds(verb: Token) -> bool:
    """ "deny him a chance", "denied bail", "was denied entry", "denied the status to the
    workers", "a privilege they were denied", "denied Merrick Garland, the nominee": a thing
    refused to someone — two objects, a thing granted or a person as the object, an object
    given "to" someone, or an object after a passive (in a relative clause, the noun it hangs
    on)."""
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in children)
    return (
        any(c.dep_ == "dative" for c in children)
        or len(objects) > 1  # "deny him even that path", parsed as two objects
        or any(o.lemma_.lower() in GRANTED_NOUNS or o.ent_type_ == "PERSON" for o in objects)
        or (passive and (bool(objects) or _withheld_antecedent(verb, children)))
        or (_given_to(verb, objects) and not any(CLAIM_NOUN.fullmatch(o.lower_) for o in objects))
    )


def _given_to(verb: Token, objects: Sequence[Token]) -> bool:
    """An object the verb gives "to" someone after it: "denied class-action status to the
    workers" (in "something she denied to me", the object stands before the verb: the "to"
    names who heard the denial)."""
    given = [o for o in objects if o.i > verb.i and o.pos_ in {"NOUN", "PROPN"}]
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(c.i > o.i for o in given)
        for c in verb.children
    )


def _withheld_antecedent(verb: Token, children: Sequence[Token]) -> bool:
    """ "a privilege the other parts have been denied": a passive relative clause whose own
    subject is the one refused, so the noun it hangs on is the thing withheld (in "the claims,
    which were denied", the relative pronoun is the subject and the claim what is denied)."""
    return verb.dep_ in {"relcl", "acl"} and any(
        c.dep_ == "nsubjpass" and c.tag_ not in {"WDT", "WP"} for c in children
    )


def _verb_attribution(verb: Token, quotes: list[Quote]) -> Attribution | None:
    """``X denied that …``, ``X denied the allegation``, ``X declined to say what …``."""
    lemma = _lemma(verb)
    if _phone_call(verb, lemma):
        return None
    told = _told_as_said(verb)
    if told is not None:
        return Attribution(
            (_through_quotes(told, quotes),),
            _cue_offsets(verb, None),
            _source_of(verb, quotes),
            lemma,
            StatementKind.INDIRECT,
        )
    complement = _complement(verb, lemma)
    answer = _answer_said(verb, lemma)
    if complement is not None:
        span = _through_dashed_aside(verb.doc, _without_trailing_aside(complement, quotes))
        span = _without_saying_occasion(complement, _without_news_that_prompted(complement, span))
        if complement.dep_ == "dobj" and complement.i > verb.i:  # "called him a liar"
            span = _object_run(verb, quotes, acted=_names_a_contact(complement)) or span
        elif complement.tag_ == "VBG" and complement.i > verb.i:
            # "denied meeting Sechin during his July trip", "acknowledged meeting Kislyak in
            # September": the parser hangs the act's time on the cue; the time of the saying
            # ("on Tuesday", "last week") stays out
            span = (span[0], _through_adjuncts(verb, span[1], quotes, acted=True))
        span = (span[0], _continued_clause_end(verb, complement, span[1]))
        claim = _claim_stated_by(verb, complement)
        if claim is not None:
            span = (claim.left_edge.idx, span[1])
        content: tuple[Offsets, ...] = _around_the_saying(verb, _through_quotes(span, quotes))
        naming = _name_given_to_relative(verb, complement, quotes)
        if naming is not None:
            content = (span, naming)  # "what he called ''a disgrace''": the name he gave it
    elif _is_parenthetical(verb):
        content = _around(verb.head, verb, quotes)
    else:
        said = (
            _claim_after_as(verb, lemma)
            or _object_said(verb, lemma, quotes)
            or answer
            or _antecedent_denied(verb, lemma)
            or _spoken_of_by(verb, quotes)
        )
        if said is None:
            return None
        content = (_through_quotes(said, quotes),)
    claim_denied = complement is None and (
        _antecedent_denied(verb, lemma) is not None
        or _claim_denied_by(verb, lemma)
        or _claim_named_after_as(verb, lemma) is not None
    )
    marked = any(_has_quote_mark(text_of(verb.doc), fragment) for fragment in content)
    kind = StatementKind.MIXED if marked else StatementKind.INDIRECT
    return Attribution(
        content,
        _cue_offsets(verb, _preposition_before(verb, content[0][0])),
        _source_of(verb, quotes),
        lemma,
        kind,
        _addressee_of(verb),
        topic=complement is None
        and not (_is_parenthetical(verb) or claim_denied or answer is not None),
    )


def _claim_stated_by(verb: Token, clause: Token) -> Token | None:
    """ "rebutted Exxon's accusation that the articles were misleading": the parser hangs the
    "that" clause stating a claim on the verb, not on the claim's noun right before it; what
    is rebutted is the claim, "Exxon's accusation that …" — not the articles' being misleading,
    which the accusation says and the speaker does not."""
    if clause.dep_ != "ccomp" or clause.i < verb.i:
        return None
    opening = clause.doc[clause.left_edge.i]
    claims = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and CLAIM_NOUN.fullmatch(c.lower_) and c.right_edge.i + 1 == opening.i
    ]
    return claims[0] if claims and opening.lower_ == "that" else None


def _name_given_to_relative(verb: Token, complement: Token, quotes: list[Quote]) -> Offsets | None:
    """ "fight what he called homegrown terrorism", "$2.9 billion, which Mr. Trump called ''a
    disgrace''", "what they described as a biased media": the object is a relative pronoun
    before the verb, and the words are the name given to it after the verb — PolNeAR takes
    both, the pronoun and the name ("as" included). (A name in quotation marks after
    "described as" is read as a direct quote first, which keeps the name alone.)"""
    if complement.dep_ != "dobj" or complement.i > verb.i or complement.tag_ not in RELATIVE_TAGS:
        return None
    if verb.dep_ in ("ccomp", "xcomp") and _is_cue(verb.head, SPEECH_CUES | _OTHER_CUES):
        return None  # "criticized what she called …": the criticism's words, one statement
    named = [c for c in verb.children if c.i > verb.i and c.dep_ in ("oprd", "xcomp", "prep")]
    named = [c for c in named if c.dep_ != "prep" or c.lower_ == "as"]
    if not named:
        return None
    start, end = _through_quotes(_without_trailing_aside(named[0], quotes), quotes)
    quoted = _quote_opened_before(start, quotes)  # "called ''a disgrace,''": marks and all
    return (quoted[0], max(end, quoted[1])) if quoted is not None else (start, end)


def _told_as_said(verb: Token) -> Offsets | None:
    """ "As the Post reported, the deal fell through", "The budget is balanced, as the mayor
    said on Monday": the clause the "as" clause hangs on is what was said, less the "as"
    clause and a link or an adverbial before it ("But, as the Post reported, …"). One with
    words of its own ("left early, as he said he would") says them instead."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children
    ):
        return None
    if any(c.dep_ in {"ccomp", "xcomp", "dobj", "advcl"} or _spoken_of(c) for c in verb.children):
        return None  # "as she called for a recount" tells when, not what was said
    main = verb.head
    if main.pos_ not in {"VERB", "AUX"} or not any(c.dep_ in _SUBJECTS for c in main.children):
        return None
    words = [t for t in main.subtree if not t.is_punct or t.i < main.i or t.i > verb.right_edge.i]
    aside = range(verb.left_edge.i, verb.right_edge.i + 1)
    said = [t for t in words if t.i not in aside and not (t.is_punct and t.i == words[-1].i)]
    if verb.left_edge.i < main.left_edge.i or not said:
        return None
    first, last = said[0], said[-1]
    subject = {t.i for c in main.children if c.dep_ in _SUBJECTS for t in c.subtree}
    if not any(t.i in subject for t in said if t.i < verb.left_edge.i):
        # fronted, maybe after a link or an adverbial: "As X said, …", "But, as X said, …"
        first = next(t for t in said if t.i > verb.right_edge.i and not t.is_punct)
    return first.idx, last.idx + len(last.text)


def _spoken_of(preposition: Token) -> bool:
    """ "called for a recount", "spoke about taxes": a preposition whose object is what the
    words were about, not when or where they were said ("on Monday", "in a statement")."""
    if preposition.dep_ != "prep" or preposition.lower_ in {"in", "at", "during", "after"}:
        return False
    return not any(o.ent_type_ in _WHEN for o in preposition.children if o.dep_ == "pobj")


def _without_news_that_prompted(complement: Token, span: Offsets) -> Offsets:
    """ "said he would recuse himself, hours after it emerged that he had met the ambassador":
    the news that prompted the words, which the reporter tells after them, is no part of what
    was said, though the parser hangs it on the clause said — nor is the reporter's comment on
    them ("acknowledged that he had spoken with a minister, contradicting his earlier
    statements that …")."""
    clauses = [c for c in complement.children if c.dep_ == "advcl" and c.i > complement.i]
    news = clauses[-1] if clauses else None
    if news is None or _subtree_offsets(news)[1] < span[1] - 1:
        return span
    if not (prompting_news(news) or _reporters_comment(news)):
        return span
    before = [t for t in news.doc[complement.left_edge.i : news.left_edge.i] if not t.is_punct]
    return (span[0], before[-1].idx + len(before[-1])) if before else span


def _reporters_comment(clause: Token) -> bool:
    """ ", contradicting his earlier statements", ", undercutting the account he gave": a
    participle set off by a comma that weighs the words against someone's other words is the
    reporter's, not the speaker's."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i else None
    weighed = [c for c in clause.children if c.dep_ == "dobj"]
    return (
        clause.tag_ == "VBG"
        and clause.lemma_.lower() in _WEIGHING_VERBS
        and before is not None
        and before.text == ","
        and any(w.lemma_.lower() in _WORDS_WEIGHED for w in weighed)
    )


_WEIGHING_VERBS = frozenset({"contradict", "undercut", "undermine", "belie", "reverse", "echo"})
_WORDS_WEIGHED = frozenset(NOUN_CUES) | {"account", "testimony", "story", "version", "denial"}


def _without_saying_occasion(complement: Token, span: Offsets) -> Offsets:
    """ "denied that such meetings took place during his confirmation hearing": a hearing, an
    interview or a briefing of the speaker's own that ends the reported clause is where it was
    said, though the parser hangs it on that clause; what was said stops before it."""
    phrases = [c for c in complement.children if c.dep_ == "prep" and c.i > complement.i]
    last = phrases[-1] if phrases else None
    if last is None or last.lower_ not in ("during", "at", "in"):
        return span
    noun = _object_of_preposition(last)
    if noun is None or noun.lemma_.lower() not in SAYING_OCCASION_NOUNS:
        return span
    owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in noun.children)
    if not owned or _subtree_offsets(last)[1] < span[1] - 1:
        return span
    before = last.doc[last.left_edge.i - 1] if last.left_edge.i > 0 else last
    return span[0], max(span[0], before.idx + len(before.text))


def _spoken_of_by(verb: Token, quotes: list[Quote]) -> Offsets | None:
    """ "The meeting was first reported by Politico", "the plan has been criticized by his
    rivals": a passive cue with its agent named speaks of its subject (the agent is the
    source, see :func:`_source_of`)."""
    subject = _spoken_of_subject(verb)
    if subject is None or subject.tag_ in RELATIVE_TAGS:
        return None
    return _through_quotes(_subtree_offsets(subject), quotes)


def _spoken_of_subject(verb: Token) -> Token | None:
    """The subject of a passive cue whose agent is named: what the agent spoke of."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None and _passive_agent(verb) is not None else None


def _around_the_saying(verb: Token, span: Offsets) -> tuple[Offsets, ...]:
    """ "a wall, which he said Mexico would pay for": a relative pronoun fronted out of the
    reported clause opens it before the attribution; what was said is the pronoun and the
    clause after the verb, without the speaker and the verb between them."""
    start, end = span
    if not start < verb.idx < end:
        return (span,)
    first = min(t.i for t in _attribution_tokens(verb))
    tokens = _tokens_in(verb.doc, start, end)
    before = _unpunctuated([t for t in tokens if t.i < first])
    after = _unpunctuated([t for t in tokens if t.i > verb.i])
    if not before or not after:
        return (span,)
    return _edges(before), (after[0].idx, end)


def _preposition_before(verb: Token, start: int) -> Token | None:
    """The preposition between the verb and what was said ("called for a recount", "warned
    about the cost"): it makes the verb, and belongs to the cue rather than the content."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is None or after.dep_ != "prep" or after.head != verb or start < after.idx:
        return None  # (said before the cue: "…, the White House confirmed on Monday")
    return after if not text_of(verb.doc)[after.idx + len(after.text) : start].strip() else None


def _object_said(verb: Token, lemma: str, quotes: list[Quote]) -> Offsets | None:
    """``criticized the plan``, ``called for a recount``, ``accused him of lying``: a speech
    verb with no clause says its object, with what the verb puts on it; a preposition that
    makes the verb ("called for") is not said. Whom one tells or asks is no content, but what
    one is told or asked about is ("asked about the vote")."""
    if lemma in ADDRESSEE_CUES:
        about = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "about"), None)
        spoken_of = _object_of_preposition(about) if about is not None else None
        return _subtree_offsets(spoken_of) if spoken_of is not None else None
    if (
        lemma not in SPEECH_CUES | HELD_OBJECT_CUES | TOPIC_CUES | RAISING_VERBS
        or lemma in CLAUSE_ONLY_CUES
        or _cites_as_saying(verb)
    ):
        return None
    return _object_run(verb, quotes)


def _phone_call(verb: Token, lemma: str) -> bool:
    """ "called the envoy twice that day": someone called, with nothing called of them ("called
    him a liar", "called the plan reckless") nor out ("calling out Clinton") — a telephone
    call, not words."""
    named = [
        c
        for c in verb.children
        if c.dep_ in {"oprd", "ccomp", "xcomp", "prt"}
        and c.lower_ != "back"
        and not purpose_clause(c)
    ]
    if lemma != "call" or named:
        return False  # "called him back two days later to say …": a call returned, for a reason
    return any(c.dep_ == "dobj" and _someone(c) and not _named_after(c) for c in verb.children)


def _named_after(person: Token) -> bool:
    """What follows the one called names them, however the model hung it: 'calling Obama an
    "ignorant baboon"', 'calling Pence "my partner"' (a quote or a noun phrase right after),
    "called her fallen son her hero" (a second noun phrase the model took for an apposition,
    with no comma between)."""
    end = person.right_edge.i + 1
    after = person.doc[end] if end < len(person.doc) else None
    bare_apposition = any(
        c.dep_ == "appos" and person.doc[c.left_edge.i - 1].text != "," for c in person.children
    )
    return bare_apposition or (
        after is not None
        and (
            QUOTE_MARK.fullmatch(after.text) is not None
            or after.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "PRON"}
        )
    )


def _someone(noun: Token) -> bool:
    """A person by name, pronoun or a noun for people ("the envoy"); a surname the model tags
    as a building or as nothing is a name too ("Flynn called Kislyak on Dec. 29")."""
    named = noun.pos_ == "PROPN" and noun.ent_type_ in _MISREAD_NAME_LABELS
    return (
        noun.ent_type_ == "PERSON"
        or named
        or noun.tag_ == "PRP"
        or noun.lemma_.lower() in PERSON_NOUNS
    )


_MISREAD_NAME_LABELS = frozenset({"", "FAC"})


def _answer_said(verb: Token, lemma: str) -> Offsets | None:
    """ "Asked whether he met Kislyak, Sessions said no": a bare "no" or "yes" after a verb of
    saying is the answer said (the question before it tells what it answers)."""
    if lemma not in SPEECH_CUES:
        return None
    answer = next((c for c in verb.children if c.i > verb.i and c.lower_ in _ANSWER_WORDS), None)
    return _subtree_offsets(answer) if answer is not None else None  # "no to the deal"


_ANSWER_WORDS = frozenset({"no", "yes"})


def _object_of_preposition(preposition: Token) -> Token | None:
    return next((c for c in preposition.children if c.dep_ in {"pobj", "pcomp"}), None)


def _names_a_contact(noun: Token) -> bool:
    """ "described a meeting with Gorkov on Dec. 13, 2016": a contact named by a noun is an act
    whose own time the parser may hang on the cue (see :func:`_through_adjuncts`)."""
    return NOUN_TRIGGERS.get(noun.lemma_.lower()) in _CONTACT_KINDS


_CONTACT_KINDS = frozenset({Relation.MEET, Relation.CALL, Relation.MESSAGE, Relation.CONTACT})


def _object_run(verb: Token, quotes: list[Quote], acted: bool = False) -> Offsets | None:
    """The verb's object and what it puts on it, as one span ("him a liar", "it as a
    sham", "for a recount"), without a trailing aside of the writer's; ``acted`` as for
    :func:`_through_adjuncts`."""
    run: list[Token] = []
    for child in (c for c in verb.children if c.i > verb.i and c.dep_ not in _NOT_SAID):
        if not _says_object(child):
            break
        run.append(child)
    if not run:
        return None
    first = run[0]
    start = _subtree_offsets(next(iter(first.children)) if first.dep_ == "prep" else first)[0]
    end = _without_trailing_aside(run[-1], quotes)[1]
    return start, _through_adjuncts(verb, end, quotes, acted)


_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "dative"})


def _through_adjuncts(verb: Token, end: int, quotes: list[Quote], acted: bool = False) -> int:
    """What a cue verb puts on its object runs on through the verb's own phrases that follow
    it without a comma ("blamed the outage on hackers", "pledged her vote to the senator",
    "polls show her with a lead" — beliefs and findings too): PolNeAR's content is the rest of
    the verb phrase, not the bare object. When and where it was said ("on Monday", "in a
    statement") is the saying's, not what was said; so is every phrase after the topic of a
    talk (see :data:`_TOPIC_ONLY`). After an act told by its gerund (``acted``: "acknowledged
    meeting Kislyak in September"), a month, a season or a year is the act's time; a weekday
    or a day counted from now ("on Tuesday", "last week") is still the saying's. So after an
    act told by its noun ("described a meeting with Gorkov on Dec. 13, 2016")."""
    text = text_of(verb.doc)
    topic_only = _lemma(verb) in _TOPIC_ONLY
    for child in (c for c in verb.children if c.idx >= end):
        between = text[end : child.left_edge.idx]
        if _clause_on_the_object(child) and not between.strip():
            end = max(end, _without_trailing_aside(child, quotes)[1])
            continue
        if topic_only or child.dep_ not in _ADJUNCTS:
            break
        if "," in between and not _set_off_appositive(verb.doc, end, child.left_edge.idx):
            break
        span = _without_trailing_aside(child, quotes)
        words = text[span[0] : span[1]]
        if _says_when_or_where(child, words) and not (acted and time_of_an_act(words)):
            break  # the act's own time goes on with it; a venue ("during an interview") never
        end = max(end, span[1])
    return end


def _set_off_appositive(doc: Doc, start: int, end: int) -> bool:
    """ "denied meeting Igor Sechin, the head of Rosneft, during his July trip": what lies
    between is an appositive set off by commas, and the phrase after it goes on from the same
    verb phrase."""
    between = doc.char_span(start, end, alignment_mode="expand")
    if between is None or not between.text.strip().startswith(","):
        return False
    words = [t for t in between if not t.is_punct]
    return bool(words) and all(any(a.dep_ == "appos" for a in (t, *t.ancestors)) for t in words)


_OBJECT_CLAUSE_OPENERS = frozenset({"to", "as", "if", "unless"})


def _clause_on_the_object(clause: Token) -> bool:
    """ "praised the efforts of the envoy to find a solution", "sees the party as too
    timid", "pledged to name him if he wins", "pointed to Obama endorsing her": the parser
    hangs an infinitive, an "as" or "if" clause or a bare participle right after the object on
    the cue verb, yet it finishes what the object says (the envoy's efforts to find …);
    PolNeAR's content runs through it. An "as" clause with a subject of its own ("as he
    left") tells when, and is not."""
    if clause.dep_ != "advcl":
        return False
    opener = clause.left_edge.lower_
    if opener in {"if", "unless"}:
        return True
    if _has_subject(clause):
        return False
    return opener in _OBJECT_CLAUSE_OPENERS or (
        clause.left_edge == clause and clause.tag_ in {"VBG", "VBN"}
    )


def _says_when_or_where(phrase: Token, words: str) -> bool:
    """ "on Monday", "last week", "in a statement", "during the debate": the occasion of a
    saying (a date, or a venue of :data:`VENUE_PATTERNS`)."""
    heads = (t for t in phrase.subtree if t == phrase or t.dep_ in {"pobj", "npadvmod"})
    dated = any(t.ent_type_ in _WHEN for t in heads)
    return dated or any(pattern.match(words) for pattern in VENUE_PATTERNS)


def _antecedent_denied(verb: Token, lemma: str) -> Offsets | None:
    """ "a claim that his office strongly disputes", "something he denied to me": a denial in
    a relative clause, with its own subject and no object but the relative pronoun, denies
    the noun it describes — also as the second verb of the clause ("a charge that she has
    faced before and has always denied")."""
    clause = verb.head if verb.dep_ == "conj" and _has_no_subject(verb) else verb
    if (
        lemma not in DENIAL_CUES | REJECTION_CUES
        or clause.dep_ not in {"relcl", "acl"}
        or not any(c.dep_ in _SUBJECTS for c in clause.children)
        or any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.i > verb.i) for c in verb.children)
    ):
        return None
    return _described_by(clause.head, clause)


def _described_by(noun: Token, clause: Token) -> Offsets | None:
    """The words of the noun phrase a relative clause describes, up to the clause ("a claim"
    of "a claim that his office disputes", "the allegations" of "the allegations, which he
    denies")."""
    before = _unpunctuated([t for t in noun.subtree if t.i < clause.left_edge.i])
    return _edges(before) if before else None


def _claim_denied_by(verb: Token, lemma: str) -> bool:
    """ "The report was denied by the Kremlin", "Ryabkov's claim was rejected by the
    campaign": a claim denied in the passive, its denier the agent, is the agent's denial of
    it — not "the request was denied by the judge" nor "the bill was rejected by the Senate",
    which refuse a thing asked, not a claim."""
    subject = _spoken_of_subject(verb)
    return (
        lemma in DENIAL_CUES | REJECTION_CUES
        and subject is not None
        and CLAIM_NOUN.fullmatch(subject.lower_) is not None
    )


def _claim_named_after_as(verb: Token, lemma: str) -> Token | None:
    """ "rejected as false the report that Page met Sechin": what the denial calls the claim
    comes first, the claim after it (the parser may make the claim the object of "as"). The
    claim is what was denied, not a topic spoken of."""
    if lemma not in DENIAL_CUES | REJECTION_CUES | DISMISSAL_CUES:
        return None
    shifted = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i]
    claims = [o for a in shifted for o in a.children if o.dep_ == "pobj"]
    claims += [o for o in verb.children if o.dep_ == "dobj" and shifted and o.i > shifted[0].i]
    return next((o for o in claims if CLAIM_NOUN.fullmatch(o.lower_) is not None), None)


def _claim_after_as(verb: Token, lemma: str) -> Offsets | None:
    """The words of a claim denied after what it was called (see :func:`_claim_named_after_as`):
    the claim's own phrase, the name it was given being the denial's manner."""
    claim = _claim_named_after_as(verb, lemma)
    return _subtree_offsets(claim) if claim is not None else None


def _has_no_subject(verb: Token) -> bool:
    """A verb that shares the subject of the one it is joined to ("has faced it and denied it")."""
    return not any(c.dep_ in _SUBJECTS for c in verb.children)


def _cites_as_saying(verb: Token) -> bool:
    """ "cited the minister as saying …": the one cited speaks, in an attribution of its own."""
    return any(
        c.lower_ == "as" and any(_is_cue(g, SPEECH_CUES) for g in c.children) for c in verb.children
    )


def _says_object(child: Token) -> bool:
    """An object, what the verb makes of it ("called it \"a farce\"", "urged him to quit",
    "described the plan as reckless" — "as" takes an adjective too), or a preposition of what
    is spoken about ("for", "about", "of" …, not "on Monday")."""
    if child.dep_ == "prep":
        preposition = child.lower_
        own = PREPOSITIONAL_CUES.get(_lemma(child.head)) == preposition
        return (preposition in _OBJECT_PREPOSITIONS or own) and any(
            (c.dep_ in {"pobj", "pcomp"} or preposition == "as") and c.ent_type_ not in _WHEN
            for c in child.children
        )
    return child.dep_ in {"dobj", "oprd", "xcomp"}


def _is_parenthetical(verb: Token) -> bool:
    """``the president, advisers say, has grown exasperated``: the cue is an aside with its own
    subject, and what was said is the clause around it."""
    return verb.dep_ == "parataxis" and any(c.dep_ in _SUBJECTS for c in verb.children)


def _around(clause: Token, aside: Token, quotes: list[Quote]) -> tuple[Offsets, ...]:
    """The clause's words before and after the aside."""
    return _runs_without(clause.subtree, {t.i for t in aside.subtree}, quotes)


def _runs_without(
    tokens: Iterable[Token], inside: set[int], quotes: list[Quote]
) -> tuple[Offsets, ...]:
    """The runs of ``tokens`` on either side of the ones ``inside``, each without edge
    punctuation or an opening link word, but through the quote it ends in."""
    runs: list[list[Token]] = [[]]
    for token in tokens:
        if token.i in inside:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(token)
    runs[0] = _unlinked(runs[0])
    edges = (_edges(run) for run in (_unpunctuated(r) for r in runs) if run)
    return tuple(_through_quotes(span, quotes) for span in edges)


def _unlinked(tokens: list[Token]) -> list[Token]:
    """The words without an opening "And", "But", "Still" … that only links them to the
    sentence before ("Nor" stays: it negates)."""
    tokens = _unpunctuated(tokens)
    while tokens and tokens[0].lower_ in _LINKS:
        tokens = _unpunctuated(tokens[1:])
    return tokens


def _unpunctuated(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    return tokens


def _edges(tokens: list[Token]) -> Offsets:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _without_trailing_aside(clause: Token, quotes: list[Quote]) -> Offsets:
    """The reported clause without an appositive the writer adds after a comma at its end
    ("that he will run against Ms. Roe, a former senator"): the aside is the writer's, not
    the speaker's; so is a relative clause after a comma (see :func:`_writers_aside`). An
    opening "But" or "And" goes too ("But it will pass, she said")."""
    start, end = _subtree_offsets(clause)
    linked = _unlinked(list(clause.subtree))
    start = linked[0].idx if linked and linked[0].idx < end else start
    second = _second_saying(clause)
    if second is not None:
        links = [c for c in clause.children if c.dep_ == "cc" and c.i < second.i]
        return _subtree_offsets_before(clause, links[-1] if links else second.left_edge)
    for token in clause.subtree:
        if token.i <= clause.i or not _writers_aside(token) or token.idx < start:
            continue
        comma = _mark_before(token.left_edge)
        aside_end = _subtree_offsets(token)[1]
        if (
            comma is not None
            and comma.text in _ASIDE_OPENERS
            and aside_end >= end
            and not _in_any_quote(token.left_edge, quotes)
        ):
            return _subtree_offsets_before(clause, comma)
    return start, end


def _mark_before(token: Token) -> Token | None:
    """The token before ``token``, looking past a closing quotation mark ("party,” claiming":
    the comma)."""
    before = token.i - 1
    while before > 0 and token.doc[before].text in _CLOSING_MARKS:
        before -= 1
    return token.doc[before] if before >= 0 else None


def _continued_clause_end(verb: Token, complement: Token, end: int) -> int:
    """ "said fraud is rampant, but nobody dares to stop it": the parser joins a second clause
    with a subject of its own to the verb of saying, yet it goes on with what was said — not
    when its subject is someone the story names ("assured him it was an accident, but Mr.
    Obama was furious"): that is the writer telling what came next."""
    if complement.dep_ != "ccomp" or complement.i < verb.i:
        return end
    for child in verb.children:
        if (
            child.dep_ == "conj"
            and child.i > complement.i
            and _has_subject(child)
            and not _is_cue(child, SPEECH_CUES)
            and not _named_subject(child)
        ):
            return max(end, _subtree_offsets(child)[1])
    return end


def _named_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS and c.pos_ == "PROPN" for c in verb.children)


def _second_saying(clause: Token) -> Token | None:
    """ "said the plant was safe and warned against panic": the parser joins a second verb of
    saying with no subject of its own to the reported clause, but it is the speaker's next
    saying, with what it carries; the clause ends before its "and"."""
    if clause.i < clause.head.i:  # "Roe met him and pledged …, the paper reported": Roe's
        return None
    return next(
        (
            c
            for c in clause.children
            if c.dep_ == "conj"
            and _is_cue(c, SPEECH_CUES)
            and not _has_subject(c)
            and not _an_alternative(c)  # "to confirm or deny that …": one act withheld
        ),
        None,
    )


def _writers_aside(token: Token) -> bool:
    """What a writer tacks on after a comma: an appositive ("Ms. Roe, a former senator"), a
    relative clause about a person ("Donald Trump, who is 70") or a thing ("backs the bill,
    which passed in May") or a participle ("…, arguing that …"). A "which" clause sometimes
    carries the claim on ("a loss, which let him avoid taxes"), but PolNeAR's annotators leave
    it out of the content twice as often as they keep it."""
    if token.dep_ == "appos":
        return not _names_the_description(token) and not _ends_a_list(token)
    if token.dep_ == "relcl":
        return token.left_edge.lower_ in _ASIDE_RELATIVES
    participle = token.tag_ == "VBG" and _lemma(token) in SPEECH_CUES | _OTHER_CUES
    return token.dep_ == "advcl" and (participle or _concession_on_the_saying(token))


def _ends_a_list(appositive: Token) -> bool:
    """ "peppered Mr. Trump, his family members and advisers", "the first gentleman, first
    husband or even first dude": an "appositive" that goes on with "and" or "or" to a last
    item is the parser's reading of a list, whose items are all said — not a description
    with an indefinite article ("Harold Doley, a banker and former official")."""
    children = list(appositive.children)
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children):
        return False
    closed = any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for c in children)
    return closed and any(c.dep_ == "conj" for c in children)


def _before_answered_charge(clause: Token) -> Offsets:
    """ "complained the vote had been \"rigged\", a charge that party leaders denied": a
    charge the writer sets after the words, with the answer someone else gave it, is the
    writer's and that answer's, not part of what was said (the parser may hang it on the
    reported clause as a bare noun phrase, which no appositive rule cuts)."""
    start, end = _subtree_offsets(clause)
    for noun in (t for t in clause.subtree if t.i > clause.i and t.dep_ in {"appos", "npadvmod"}):
        comma = noun.doc[noun.left_edge.i - 1]
        answered = any(
            c.dep_ == "relcl" and any(g.dep_ in _SUBJECTS for g in c.children)
            for c in noun.children
        )
        if noun.lemma_.lower() in REBUTTED_NOUNS and answered and comma.text == ",":
            return _subtree_offsets_before(clause, comma)
    return start, end


def _names_the_description(appositive: Token) -> bool:
    """ "his rival, Hillary Clinton", "the health law, the Affordable Care Act": a name after
    the noun that describes it says which one is meant, and is part of what was said; so is
    the state or country after a town ("a rally in Dayton, Ohio")."""
    if appositive.ent_type_ in _PLACES and appositive.head.ent_type_ in _PLACES:
        return True
    return appositive.pos_ == "PROPN" and appositive.head.pos_ == "NOUN"


def _concession_on_the_saying(clause: Token) -> bool:
    """ "said all staffers sign such agreements, though she did not discuss their terms": a
    concession about what someone did or did not say is the writer's remark on the saying,
    not part of what was said."""
    return (
        clause.left_edge.lower_ in _CONCESSIVES
        and clause.lemma_.lower() in SPEECH_CUES | _TELLING
        and any(c.dep_ == "nsubj" and c.lower_ in _THIRD_PERSON for c in clause.children)
    )


def _through_dashed_aside(doc: Doc, span: Offsets) -> Offsets:
    """ "said her server - there were several, in succession - was never hacked": an aside
    between dashes breaks the parse, which ends the clause inside the aside; the clause goes
    on after the closing dash to the end of its sentence."""
    start, end = span
    opened = _DASHES.findall(text_of(doc), start, end)
    tokens = doc.char_span(start, end, alignment_mode="expand")
    if len(opened) != 1 or tokens is None:
        return span
    sentence = tokens[-1].sent
    closing = _DASHES.search(text_of(doc), end, sentence.end_char)
    if closing is None:
        return span
    words = _unpunctuated([t for t in sentence if t.idx >= closing.end()])
    return (start, _edges(words)[1]) if words else span


def _subtree_offsets_before(clause: Token, stop: Token) -> Offsets:
    tokens = _unpunctuated([t for t in clause.subtree if t.i < stop.i])
    return _edges(tokens) if tokens else _subtree_offsets(clause)


def _through_quotes(span: Offsets, quotes: list[Quote]) -> Offsets:
    """A clause that ends inside a quotation ends with it: ``are "lies."`` keeps its marks."""
    start, end = span
    for quote in quotes:
        for quote_start, quote_end in quote.fragments:
            if start <= quote_start < end < quote_end:
                end = quote_end
    return start, end


def _complement(verb: Token, lemma: str) -> Token | None:
    """What the cue reports: its clause after it ("told Newsday that …") before one that ends
    ahead of it ("Prices will rise, the minister said"), which, when the cue has a clause of
    its own after it, is the writer's lead-in ("It was no accident — Hale told Newsday that
    …"); after a denial or an admission, the gerund it reports ("denied meeting him",
    "acknowledged meeting the ambassador")."""
    clauses = [c for c in verb.children if not in_quoted_title(c)]  # "said on ''Morning Joe''"
    after = [c for c in clauses if c.dep_ == "ccomp" and c.i > verb.i]
    for child in clauses:
        if child.dep_ == "ccomp" and _verdict_on_what_is_said(verb, child):
            return None
        if child.dep_ == "ccomp" and child.i < verb.i and _put_as_a_question(child):
            continue
        if child.dep_ == "ccomp" and (child.i > verb.i or _reported_before(child, verb)):
            return after[0] if after else child
        if child.dep_ == "xcomp" and lemma in REFUSAL_CUES:
            return child
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and lemma in GERUND_CONTENT_CUES:
            return child
        if lemma in QUESTION_CUES and _asks_if(verb, child):
            return child
    if lemma in SPEECH_CUES and not after:
        relative = _clause_read_as_relative(verb)
        if relative is not None:
            return relative
    if lemma in OBJECT_CONTENT_CUES:
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None


def _clause_read_as_relative(verb: Token) -> Token | None:
    """ "said at the time that she had never sent …", "told reporters at the briefing that
    Flynn had called Kislyak": the parser reads a clause opened by "that" after the occasion
    of the saying as a relative clause on the occasion's noun. After a verb of saying with no
    clause of its own, it is what was said — unless "that" is the relative's own subject or
    its missing object ("said at the meeting that was held Friday", "… that he attended")."""
    nouns = [o for p in _own_prepositions(verb) for o in p.children if o.dep_ == "pobj"]
    for clause in (c for noun in nouns for c in noun.children if c.dep_ == "relcl"):
        that = clause.doc[clause.left_edge.i]
        if that.lower_ != "that" or that.head.i != clause.i:
            continue
        if not any(c.dep_ in _SUBJECTS and c.i != that.i for c in clause.children):
            continue
        objects = [c for c in clause.children if c.dep_ in _OBJECTS and c.i != that.i]
        if that.dep_ in ("advmod", "mark") or (that.dep_ in ("dobj", "pobj") and objects):
            return clause
    return None


def _own_prepositions(verb: Token) -> list[Token]:
    """The prepositions of the saying's occasion or time, not of a description ("described
    the plan as a buzz that voters would reject")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.i > verb.i and c.lower_ not in ("as", "like", "than")
    ]


#: What a verb takes after it besides its subject: "called him Kislyak's friend".
_OBJECTS = frozenset({"dobj", "oprd", "ccomp", "xcomp", "attr", "dative"})


def _put_as_a_question(clause: Token) -> bool:
    """ "Asked if it had appeared he was encouraging violence, Trump replied, …": the parser
    may hang the question's clause on the answer's verb; it is what was asked, not said."""
    opening = [t for t in clause.doc[clause.left_edge.i : clause.i] if not t.is_punct]
    words = [t for t in opening[:2] if t.lower_ != "when"]
    return bool(words) and words[0].lemma_.lower() in QUESTION_CUES and words[0].tag_ == "VBN"


def _asks_if(verb: Token, clause: Token) -> bool:
    """ "asked voters if they planned to attend": after a verb of asking, an "if" or "whether"
    clause is the question put, not a condition (the parser reads it as one)."""
    return (
        clause.dep_ == "advcl"
        and clause.i > verb.i
        and any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in clause.children)
    )


def _verdict_on_what_is_said(verb: Token, clause: Token) -> bool:
    """ "Everything Trump says is a lie", "Nothing the senator said was true": a quantifier
    opening the speaker's phrase is what they say, and the subjectless clause after the verb is
    the writer's verdict on it, not their words (the parser may take the quantifier for part of
    the speaker's name)."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    if subject is None or clause.i < verb.i or any(c.dep_ in _SUBJECTS for c in clause.children):
        return False
    first = subject.left_edge
    opening = verb.doc[first.i - 1] if first.i > 0 and first.lower_ == "the" else first
    return opening.lower_ in _WHAT_IS_SAID


#: Words that stand for what someone says: "everything he says", "all she said".
_WHAT_IS_SAID = frozenset({"everything", "nothing", "anything", "something", "all", "much"})


def _reported_before(clause: Token, verb: Token) -> bool:
    """``Prices will rise, the minister said``: a clause before the cue, set off by a comma —
    not by a colon or semicolon, after which a new sentence begins ("That was notable: until
    Tuesday, she had said …" reports what follows "said")."""
    between = [t.text for t in verb.doc[clause.i : verb.i]]
    return verb.i > 1 and "," in between and not {":", ";"} & set(between)


def _according_to(
    doc: Doc, according: Token, quotes: list[Quote], carriers: bool = False
) -> Attribution | None:
    """``According to X, …``: the source is the object of "to", the content the clause —
    unless the clause has a speaker of its own ("Y said …, according to X"), whose words X
    only carries: no statement of X's, though PolNeAR marks the attribution (``carriers``),
    its content the whole clause with Y's attribution in it."""
    to = doc[according.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        source = next((c for c in according.children if c.dep_ == "pobj"), None)
    sent = according.sent
    phrase = {t.i for t in according.subtree} | {t.i for t in to.subtree}
    rest = [t for t in sent if t.i not in phrase and not t.is_punct]
    named = _named_up_to_comma(to) if carriers and (source is None or not rest) else None
    if named is not None:
        source, phrase = named.root, {according.i, to.i, *(t.i for t in named)}
        rest = [t for t in sent if t.i not in phrase and not t.is_punct]
    if source is None or source.lemma_.lower() in ACCORDANCE_NOUNS or not rest:
        return None
    if not carriers and any(_speaks(t) or _speaks_through(t, quotes) for t in rest):
        return None
    cue = (according.idx, to.idx + len(to.text))
    content = _runs_without(sent, phrase, quotes)
    where = (named.start_char, named.end_char) if named is not None else _subtree_offsets(source)
    return Attribution(content, cue, where, "according to", StatementKind.INDIRECT)


def _named_up_to_comma(to: Token) -> SpacySpan | None:
    """ "according to show insiders", "According to radio host Rush Limbaugh, the move …":
    when the parser reads the words after "to" as a verb phrase or hangs the whole clause on
    the name, who is cited is the noun phrase up to the comma or the sentence's end. Only
    for the attributions as written: read this way, a study's finding would become a
    statement of the record's."""
    sent = to.sent
    end = next((t.i for t in sent if t.i > to.i and t.text in {",", ";"}), sent.end)
    while end > to.i + 1 and sent.doc[end - 1].is_punct:
        end -= 1
    words = sent.doc[to.i + 1 : end]
    if not words or not any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in words):
        return None
    return words


def _speaks(token: Token) -> bool:
    """A speech verb with its own subject: in "X said …, according to press reports" X is the
    speaker and the reports only carry X's words."""
    return _is_cue(token, SPEECH_CUES) and any(c.dep_ in _SUBJECTS for c in token.children)


def _speaks_through(token: Token, quotes: list[Quote]) -> bool:
    """ "Francis made clear …, saying that …, according to Reuters": a speech verb whose
    speaker is the subject of the verb it hangs from — the outlet only carries the words."""
    return (
        _is_cue(token, SPEECH_CUES)
        and token.dep_ in {"advcl", "xcomp", "conj"}
        and _source_of(token, quotes) is not None
    )


def _inside(attribution: Attribution, direct: list[Attribution]) -> bool:
    """An indirect reading of a quote that is already a direct attribution."""
    start, end = attribution.content[0]
    return any(s <= start and end <= e for d in direct for s, e in d.content)


# -- sources, cues, addressees ---------------------------------------------------------------------


def _source_of(
    cue: Token, quotes: list[Quote], seen: frozenset[int] = frozenset()
) -> Offsets | None:
    """The subject of the cue, or of the verb it hangs from ("…, telling the Times that …").

    A relative pronoun stands for the noun its clause describes ("the department, which has
    said …"). A verb inside a quotation belongs to the quote, whose "I" is not the source: the
    parser hangs "and added that …" on the quote's verb, so the source is that of the cue
    attached to the quote ("\"I …,\" he said, and added that …"). ``seen`` holds the cues
    already tried, so two cues hanging from each other's quotes cannot send it round forever."""
    cited = _cited_as_saying(cue) or _made_to_say(cue) or _answerer_going_on(cue)
    if cited is not None:
        return _source_span(cited)
    if put_to_the_main_subject(cue):
        return _passive_agent(cue)
    verb = cue
    while True:
        if verb is not cue and _in_any_quote(verb, quotes):
            found = _quote_cue_source(verb, seen | {cue.i}, quotes)
            named = _named_after_quote(cue) if found is None else None
            return _source_span(named) if named is not None else found
        subject = (
            _dated_entry_subject(verb)
            or _main_subject(
                [
                    c
                    for c in verb.children
                    if c.dep_ in _SUBJECTS and not _quoted_apart(c, verb, quotes)
                ]
            )
            or _named_before_aside(verb)
            or _inverted_subject(verb)
        )
        if subject is not None and verb is not cue and _content_of_a_thing(verb, subject):
            verb = verb.head  # "made clear that his meeting was not political, saying …"
            continue
        if subject is not None:
            if subject.dep_ == "nsubjpass":
                return _passive_agent(verb)
            if subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
                subject = _described_by_relative(subject, verb.head)
            return _source_span(subject)
        if verb.dep_ == "pcomp" and verb.head.lower_ not in _APART_PREPOSITIONS:
            blamed = _blamed_for_saying(verb)
            if blamed is not None:
                return _source_span(blamed)
            verb = _verb_above(verb.head)
            continue
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
            verb = verb.head.head  # "released a statement saying …": the statement is theirs
            continue
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and _second_saying(verb.head) == verb:
            verb = verb.head.head  # "said the plan is legal and warned …": the one who said
            continue
        if verb.dep_ == "acl" and verb.head.pos_ == "PROPN":
            return _source_span(verb.head)  # "Romney, the 2012 nominee, tweeted: …"
        if verb.dep_ == "conj" and (clause := _clause_gone_on(verb)) is not None:
            verb = clause
            continue
        if (verb.dep_ not in _CLAUSES and verb.dep_ != "conj") or verb.head == verb:
            stranded = _stranded_subject(verb)
            return _source_span(stranded) if stranded is not None else None
        verb = verb.head


def _content_of_a_thing(verb: Token, subject: Token) -> bool:
    """A clause said by the verb above it, about a thing ("that his meeting with Sanders was
    not political"): the parser hangs the saying that follows on that clause, but a meeting
    says nothing — the one who made the clause plain does."""
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    return (verb.dep_ == "ccomp" or that) and verb.head.i != verb.i and _a_thing(subject)


def _clause_gone_on(conj: Token) -> Token | None:
    """ "The showdown took a personal turn when Saddam Hussein called Bush a liar and said …":
    the parser joins a verb told right after a "when" clause to the main verb, but a main
    subject that is a thing, not someone, cannot say anything — the saying goes on with the
    clause just before its "and", whose subject is the speaker."""
    head = conj.head
    link = conj.doc[conj.i - 1] if conj.i > 0 else conj
    if link.dep_ != "cc" or link.head.i != head.i or not _a_thing(_subject_of(head)):
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ == "advcl"
            and c.right_edge.i == link.i - 1
            and any(m.dep_ in {"advmod", "mark"} and m.i < c.i for m in c.children)
            and _subject_of(c) is not None
        ),
        None,
    )


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _a_thing(subject: Token | None) -> bool:
    """A subject that names a thing, not someone who could speak ("the showdown")."""
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and not subject.ent_type_
        and subject.lemma_.lower() not in _NOUNS_FOR_SPEAKERS
    )


# Nouns for people and bodies, who can say something: "the envoy", "the committee", "aides".
_NOUNS_FOR_SPEAKERS = PERSON_NOUNS | PERSON_DESCRIPTIONS | ORGANISATION_DESCRIPTIONS | GROUP_NOUNS


_PLACE_PHRASE_DEPS = frozenset({"appos", "pobj", "conj", "compound"})


def _described_by_relative(relative: Token, noun: Token) -> Token:
    """ "Alan Berger, a gynecologist from Englewood, New Jersey, who said …": "who" is a person,
    so when the parser hangs its clause on a place it describes the one the place is said
    of — up the phrase, past the place, to the person's noun."""
    if relative.lower_ not in _PERSONAL_RELATIVES:
        return noun
    while noun.ent_type_ in PLACE_ENTITY_LABELS and noun.dep_ in _PLACE_PHRASE_DEPS:
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun


#: "distanced himself by saying", "rebuked him for suggesting", "in blaming", "instead of
#: calling": the saying is how, why or instead of what the act was done, by its doer. "Met
#: the envoy despite telling senators …" tells two acts, the second reported elsewhere in the
#: story (a headline's summary of the body), so it is not climbed.
_APART_PREPOSITIONS = frozenset({"despite"})


def _verb_above(token: Token) -> Token:
    """The verb a phrase hangs from ("a history of blaming": has)."""
    while token.pos_ not in {"VERB", "AUX"} and token.head != token:
        token = token.head
    return token


def _named_after_quote(cue: Token) -> Token | None:
    """ "''…,'' Melanne Verveer, a diplomat then at the State Department, wrote": the parser
    joined the cue to the quote's verb; the person named between the quote and the cue, with
    only a description between, wrote it."""
    for token in reversed(cue.doc[cue.sent.start : cue.i]):
        if token.is_quote or token.text == "''":
            return None
        if token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
            return token
        if token.pos_ in {"VERB", "AUX"} and token.tag_ not in {"VBG", "VBN"}:
            return None
    return None


_TOLD = frozenset({"tell", "inform", "assure", "reassure"})  # their object is whom they tell
_INVERSION_REACH = 4  # "recalled Mr. Benjamin J. Rhodes": the name's head within a few words


def _named_before_aside(verb: Token) -> Token | None:
    """ "— Brendan Buck, a spokesman for Ryan, told POLITICO …": a person's or a body's name
    with its description in apposition, right before a verb left without a subject, is the
    verb's subject; the parser hung the name on something earlier ("Cambridge, Mass.," is a
    place, its aside no description)."""
    if verb.i < 2 or verb.nbor(-1).text != ",":
        return None
    end = verb.i - 2
    for token in reversed(verb.doc[verb.sent.start : end]):
        aside = any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.right_edge.i == end for c in token.children
        )
        if token.pos_ == "PROPN" and token.ent_type_ in _SPEAKER_ENTITIES and aside:
            return token
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """ "…,'' recalled Mr. Rhodes.": right after a quote, the name after the verb is who
    speaks, though the parser took it for the object. So too for a cue that opens its
    sentence ("Said Ellis: “…”", "Added the mayor: …"), which the parser may hang on the name
    as a modifier."""
    if verb.is_sent_start and verb.dep_ == "compound" and verb.head.pos_ == "PROPN":
        return verb.head
    after_quote = verb.i > 0 and (verb.nbor(-1).is_quote or verb.nbor(-1).text in {"''", ","})
    if not (after_quote or verb.is_sent_start) or verb.lemma_.lower() in _TOLD:
        return None
    named = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    return named if named is not None and named.i - verb.i <= _INVERSION_REACH else None


def _stranded_subject(verb: Token) -> Token | None:
    """A name right before a verb left without a subject: the parser hung "Lewandowski" on
    the place before it ("at the estate in Palm Beach - Lewandowski continued to assert")."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    after_aside = before.i > 0 and before.nbor(-1).text in {"-", "—", "–"}
    named = before.pos_ == "PROPN" and (before.ent_type_ in {"", "PERSON"} or after_aside)
    return before if named and before.head.i != verb.i else None


def _blamed_for_saying(gerund: Token) -> Token | None:
    """ "rebuked Mr. Trump for suggesting …": the one rebuked said it. A gerund after "by"
    ("distanced himself by saying", "responded by tweeting") is said by the subject of the
    verb it hangs from, which :func:`_source_of` climbs to."""
    preposition = gerund.head
    if preposition.lower_ != "for":
        return None
    return next((c for c in preposition.head.children if c.dep_ == "dobj"), None)


def _made_to_say(cue: Token) -> Token | None:
    """ "The victory led Priebus to declare …", "prompted her to say …": the one made to speak
    speaks, not what made them."""
    if cue.dep_ != "xcomp" or cue.head.lemma_.lower() not in CAUSING_VERBS:
        return None
    return next((c for c in cue.head.children if c.dep_ == "dobj"), None)


def _dated_entry_subject(verb: Token) -> Token | None:
    """A timeline entry ("Feb. 16 — Trump, at a news conference, says …") is parsed with the
    date as the verb's subject or modifier and the name in apposition to it: the name is the
    subject — not the date's own year ("Jan. 15, 2017 — Mike Pence says …"), nor the agency a
    dateline names in brackets after its date ("WASHINGTON, Aug. 24 (UPI) — A spokesman …")."""
    for child in verb.children:
        if child.dep_ in {*_SUBJECTS, "npadvmod"} and child.ent_type_ == "DATE":
            named = (
                c
                for c in child.children
                if c.dep_ == "appos" and c.ent_type_ != "DATE" and not _bracketed(c)
            )
            return next(named, None)
    return None


def _bracketed(phrase: Token) -> bool:
    """The phrase stands in brackets: "(UPI)" (the parser may hang the bracket on it)."""
    first = phrase.left_edge
    return first.text == "(" or (first.i > 0 and phrase.doc[first.i - 1].text == "(")


def _cited_as_saying(cue: Token) -> Token | None:
    """ "The agency cited Sergei Ryabkov as saying …", "quoted the minister as saying …": the
    one cited speaks, not the one citing."""
    if cue.dep_ != "pcomp" or cue.head.lower_ != "as":
        return None
    verb = cue.head.head
    if verb.lemma_.lower() not in CITING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def _main_subject(subjects: list[Token]) -> Token | None:
    """The speaker among a verb's subjects. The parser gives a clause two when a description
    stands before the name ("Vatican spokesman the Rev. Federico Lombardi told") or a wire
    dateline before the sentence ("LONDON (Reuters) - Donald Trump said", where the name may
    also hang from the place in apposition, or be joined to it: "NEW YORK — Michael D. Cohen
    … pleaded guilty"): the name is the subject."""
    named = [s for s in subjects if not is_dateline(s)]
    person = next((s for s in named if s.ent_type_ == "PERSON" and s.pos_ == "PROPN"), None)
    if person is not None or named:
        return person or named[0]
    if not subjects:
        return None
    place = subjects[0]
    after = [c for c in place.children if c.dep_ in ("appos", "conj") and c.i > place.i]
    return after[-1] if after else place


def _quote_cue_source(quoted: Token, seen: frozenset[int], quotes: list[Quote]) -> Offsets | None:
    """The source of a speech verb not yet tried hanging from a quote's own verb, outside the
    quote."""
    attached = next(
        (
            c
            for c in quoted.children
            if c.i not in seen and _is_cue(c, SPEECH_CUES) and not _in_any_quote(c, quotes)
        ),
        None,
    )
    return _source_of(attached, quotes, seen) if attached is not None else None


def _answerer_going_on(cue: Token) -> Token | None:
    """ "…, a charge that party leaders denied, noting that the rules were old": a participle
    right after a relative clause of saying goes on with that clause's speaker, though the
    parser may hang it on the main verb."""
    if cue.dep_ != "advcl" or cue.tag_ != "VBG" or cue.left_edge.i < 2:
        return None
    comma = cue.doc[cue.left_edge.i - 1]
    before = cue.doc[comma.i - 1]
    if comma.text != ",":
        return None
    clause = next(
        (
            t
            for t in before.ancestors
            if t.dep_ == "relcl" and t.right_edge.i == before.i and _is_cue(t, SPEECH_CUES)
        ),
        before if before.dep_ == "relcl" and _is_cue(before, SPEECH_CUES) else None,
    )
    if clause is None:
        return None
    return next(
        (c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS), None
    )


def _source_span(subject: Token) -> Offsets:
    """The subject's whole phrase, asides included ("Jane Roe, a former aide, who …,": the
    source is who the text says speaks, as PolNeAR marks it), without what a live blog, a
    list or a wire dateline prints before a name: a bullet, a timestamp and its dash ("4:06
    p.m. — Conway"), a dateline ("LONDON (Reuters) - Donald Trump")."""
    start, end = _subtree_offsets(subject)
    text = text_of(subject.doc)
    dash = max(text.rfind(mark, start, subject.idx) for mark in ("—", "–", " - "))
    start = dash + 2 if text.startswith(" - ", dash) else dash + 1 if dash >= 0 else start
    while start < subject.idx and not text[start].isalnum():
        start += 1
    return start, _closing_comma(subject, end)


def _closing_comma(subject: Token, end: int) -> int:
    """An aside between the subject and its verb is set off by commas, and the closing one
    belongs to the aside ("Jane Roe, a former aide, said")."""
    aside = any(c.dep_ in _ASIDES and c.i > subject.i for c in subject.children)
    text = text_of(subject.doc)
    return end + 1 if aside and subject.i < subject.head.i and text.startswith(",", end) else end


def _passive_agent(verb: Token) -> Offsets | None:
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return _subtree_offsets(obj) if obj is not None else None


def _subtree_offsets(token: Token, stop: frozenset[str] | set[str] = frozenset()) -> Offsets:
    """The contiguous span of ``token``'s phrase, cut before the first dependent of a kind in
    ``stop`` (an aside like ", who chaired …,") and without punctuation at its edges."""
    excluded = {t.i for c in token.children if c.dep_ in stop for t in c.subtree}
    tokens = list(token.subtree)
    cut = next((n for n, t in enumerate(tokens) if t.i in excluded and t.i > token.i), None)
    tokens = tokens[:cut] if cut else tokens
    while len(tokens) > 1 and (
        (tokens[-1].is_punct and not _closes_bracket(tokens))
        or tokens[-1].is_space
        or tokens[-1].dep_ == "cc"
    ):
        tokens.pop()
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens.pop(0)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _closes_bracket(tokens: list[Token]) -> bool:
    """A phrase's last ")" is its own when it opened the bracket: "Kevin McCarthy (R-Calif.)"."""
    return tokens[-1].text == ")" and any(t.text == "(" for t in tokens)


def _cue_offsets(verb: Token, through: Token | None = None) -> Offsets:
    """The cue verb with the auxiliaries and adverbs right before it ("has also denied",
    "repeatedly said"), its particle ("pointed out"), through the preposition that makes the
    verb (``through``: "called for"), and the colon that hands over to a quote ("said:"), as
    PolNeAR marks a cue."""
    start = verb
    for child in sorted(verb.children, key=lambda c: -c.i):
        if child.i == start.i - 1 and _cue_word(child):
            start = child
    particle = next((c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1), None)
    last = through or particle or verb
    end = last.idx + len(last.text)
    colon = re.match(r"\s*:", text_of(verb.doc)[end:])
    return start.idx, end + colon.end() if colon else end


def _cue_word(child: Token) -> bool:
    """An auxiliary, a negation or a plain adverb in the verb group ("has", "not", "also")."""
    return child.dep_ in {"aux", "auxpass", "neg"} or (
        child.dep_ == "advmod" and child.tag_ == "RB"
    )


def _charge_or_pledge(doc: Doc, attribution: Attribution) -> bool:
    """ "Sanders accused Republicans of …", "Cruz pledged to visit …": told by the one who
    charges or pledges (not "was accused by X of": the object there is no one's words)."""
    if attribution.cue_lemma not in CHARGING_CUES or attribution.cue is None:
        return False
    verb = _cue_verb(doc, attribution.cue)
    return verb is not None and not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _cue_verb(doc: Doc, cue: Offsets) -> Token | None:
    """The verb of a cue span: its root, whatever adverbs, preposition or colon it has."""
    span = doc.char_span(*cue, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    return doc[words[0].i : words[-1].i + 1].root if words else None


def _addressee_of(verb: Token) -> Offsets | None:
    if put_to_the_main_subject(verb):  # "Asked whether …, Sessions said": Sessions was asked
        asked = _main_subject([c for c in verb.head.children if c.dep_ in _SUBJECTS])
        return _source_span(asked) if asked is not None else None
    if verb.lemma_.lower() not in ADDRESSEE_CUES:
        return None
    targets = {"dative", "dobj"} | ({"nsubjpass"} if _by_agent(verb) else set())
    target = next((c for c in verb.children if c.dep_ in targets), None)
    if target is None or target.tag_ not in {"NN", "NNS", "NNP", "NNPS", "PRP"}:
        return None
    return _subtree_offsets(target, stop={"relcl", "ccomp"})


def _by_agent(verb: Token) -> bool:
    """ "Sessions was asked by Senator Franken what …": a passive cue whose asker is named, so
    its subject is the one the words were put to."""
    return any(c.dep_ == "agent" for c in verb.children)


def _has_quote_mark(text: str, span: Offsets) -> bool:
    return any(mark in text[span[0] : span[1]] for mark in '"“”')


# -- carry-over ------------------------------------------------------------------------------------


def _carry_over(text: str, found: list[Attribution]) -> list[Attribution]:
    """A quote with no cue of its own is the previous speaker's when it follows in the same or
    the next paragraph — or, after a question ("X asked him whether …"), the answer belongs to
    the person asked; without either it stays, speakerless. A line that only introduces what
    follows ("Transcript as follows:") stands between no speaker and their words."""
    result: list[Attribution] = []
    for attribution in found:
        previous = result[-1] if result else None
        carried = _carried_source(previous) if previous else None
        if (
            attribution.cue is None
            and attribution.source is None
            and previous
            and carried is not None
            and _paragraph_distance(text, previous.content[-1][1], attribution.content[0][0])
            - _introducing_lines(text, previous.content[-1][1], attribution.content[0][0])
            <= 1
        ):
            attribution = replace(attribution, source=carried, carried=True)
        result.append(attribution)
    return result


def _quotes_run_on(text: str, found: list[Attribution]) -> list[Attribution]:
    """ "'We will win,' she said. 'Nobody else has a plan.'": the quote that follows a quote
    and its cue, with no cue of its own, in the same or the next paragraph, goes on with
    what was said — PolNeAR marks the two as one content in two pieces (a statement keeps
    them apart, each with its speaker carried over)."""
    result: list[Attribution] = []
    for attribution in found:
        previous = result[-1] if result else None
        if (
            previous is not None
            and attribution.carried
            and attribution.cue is None
            and previous.cue is not None
            and previous.content[-1][1] <= previous.cue[0]
            and _has_quote_mark(text, previous.content[-1])
            and _paragraph_distance(text, previous.cue[1], attribution.content[0][0]) <= 1
        ):
            result[-1] = replace(previous, content=previous.content + attribution.content)
        else:
            result.append(attribution)
    return result


def _carried_source(previous: Attribution) -> Offsets | None:
    if previous.cue_lemma in QUESTION_CUES and previous.addressee is not None:
        return previous.addressee
    return previous.source


def _introducing_lines(text: str, start: int, end: int) -> int:
    """The whole lines between ``start`` and ``end`` that only introduce what follows them: a
    few words ending in a colon ("Partial transcript as follows:", "Excerpts:")."""
    between = text[start:end] if start <= end else ""
    return sum(
        1
        for line in between.split("\n")[1:-1]
        if line.strip().endswith(":") and len(line.split()) <= _INTRODUCING_WORDS
    )


_INTRODUCING_WORDS = 5


def _paragraph_distance(text: str, start: int, end: int) -> int:
    between = text[start:end] if start <= end else ""
    return len([part for part in between.split("\n")[1:-1] if part.strip()]) + (
        1 if "\n" in between else 0
    )


# -- statements ------------------------------------------------------------------------------------


def extract_statements(
    doc: Doc,
    article: Article,
    cast: Cast,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate] | None = None,
) -> list[Statement]:
    """Statements of ``article``: speech attributions with speaker, time, venue and stance."""
    turns = turns_of(doc)
    attributions = [
        _said_in_turn(doc, a, turns) for a in find_attributions(doc, speech_only=True, topics=False)
    ]
    headline = article.headline
    statements = [
        statement
        for attribution in _with_grounds_folded(doc, attributions)
        if _on_the_record(doc, attribution)
        and _says_words(text_of(doc), attribution)
        and not headline[0] <= attribution.content[0][0] < headline[1]
        and not (attribution.carried and _scare_quote(text_of(doc), attribution))
        and not _repeats_an_unnamed_crowd(doc, attribution, attributions)
        for statement in _statements_of(doc, article, cast, attribution, anchor, periods)
    ]
    carried = _it_of_the_last_body(
        doc,
        cast,
        _pronouns_of_the_last_description(doc, _documents_of_the_last_speaker(doc, statements)),
    )
    credited = [s for s in carried if _credited(doc, s)]
    dated = _same_occasion_dates(text_of(doc), credited)
    put = [a.content[0][0] for a in attributions if _question_put(doc, a)]
    return [s for s in dated if not (s.cue in QUESTION_CUES and _covers_any(s, put))]


def _says_words(text: str, attribution: Attribution) -> bool:
    """A stray mark left by a quote broken over a hard line break ('… Bill Clinton."' with
    the closing mark read as an opening one) quotes nothing."""
    return any(ch.isalnum() for s, e in attribution.content for ch in text[s:e])


def _question_put(doc: Doc, attribution: Attribution) -> bool:
    """A question is no statement of the one it was put to ("Asked whether he would endorse,
    Ryan said …", "Sanders was asked whether …": the words are the asker's, the answer is the
    statement) nor of a journalist who put it ("moderator X asked Rubio why …"): a question
    asserts nothing (GUIDE). It stays with the statements until their dates are set, since
    an answer takes the date of the question put to its speaker."""
    if attribution.cue_lemma not in QUESTION_CUES or attribution.cue is None:
        return False
    cue = doc.char_span(*attribution.cue, alignment_mode="expand")
    verb = cue.root if cue is not None else None
    put_to_source = verb is not None and (
        put_to_the_main_subject(verb)
        or (verb.tag_ == "VBN" and not any(c.dep_ in {"nsubj", "agent"} for c in verb.children))
    )
    return (
        put_to_source
        or _by_the_press(doc, attribution.source)
        or _reported_question(text_of(doc), attribution)
    )


_QUESTION_OPENERS = frozenset(
    {"whether", "if", "how", "why", "what", "when", "where", "who", "whom", "which"}
)


def _reported_question(text: str, attribution: Attribution) -> bool:
    """ "The senator asked the nominee whether he had read the report": a question put to
    someone in the writer's words seeks their answer and asserts nothing, whoever asks it
    (GUIDE). One raised to no one ("asked whether anyone had read the contract") is a doubt
    voiced in public, and one the speaker is quoted putting ("'Who pays?' she asked") is a
    speaker's point: both stay, as does one wondered aloud or questioned ("questioned why
    the agency waited"), which insinuates rather than asks."""
    if (
        attribution.cue_lemma != "ask"
        or attribution.addressee is None
        or attribution.kind is StatementKind.DIRECT
    ):
        return False
    start, end = attribution.content[0]
    words = text[start:end].split(maxsplit=1)
    return bool(words) and words[0].strip("\"“'‘").lower() in _QUESTION_OPENERS


def _by_the_press(doc: Doc, source: Offsets | None) -> bool:
    span = doc.char_span(*source, alignment_mode="expand") if source is not None else None
    return span is not None and press_titled(span.root)


def _covers_any(statement: Statement, places: Sequence[int]) -> bool:
    return any(statement.evidence.start <= place < statement.evidence.end for place in places)


def _credited(doc: Doc, statement: Statement) -> bool:
    """A statement is someone's: a member of the cast, a name the cast did not link
    ("Estrada said"), someone's own ("the prime minister's spokesman", "leaders of the DNC"),
    or one the article has told of ("the spokesman", "the two auditors"). A source that
    brings in nobody the story knows — a pronoun nobody was found for, an indefinite "a
    campaign aide" or "one man", a bare "experts", or no source at all — credits the words to
    no one the record can file them under: news copy's unnamed sources, whom a reader cannot
    hold to their words."""
    if statement.speaker is not None:
        return True
    source = statement.speaker_evidence
    span = doc.char_span(source.start, source.end, alignment_mode="expand") if source else None
    if span is None:
        return False
    head = span.root
    named = head.pos_ == "PROPN" or _may_be_a_name(head)
    told_of = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    return named or told_of or _owned_work(head) or any(_names_in_phrase(t, head) for t in span)


def _owned_work(head: Token) -> bool:
    """ "a Channel Nine report", "an NBC analysis", "a Trump statement": a work named by its
    maker's name before it is the maker's."""
    return head.lemma_.lower() in AUTHORED_NOUNS | REPORT_NOUNS and any(
        c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" for c in head.children
    )


def _on_the_record(doc: Doc, attribution: Attribution) -> bool:
    """Speech, a report, and other evidence a named organisation made ("according to a
    Reuters analysis"): an outlet's reporting is on the record as its statement.
    A poll's finding ("74 percent of voters say", "according to a Gallup survey") or a document
    nobody is named for ("according to court records") is no one's words."""
    span = (
        doc.char_span(*attribution.source, alignment_mode="expand")
        if attribution.source is not None and not attribution.carried
        else None
    )
    if span is not None and span.root.lemma_.lower() in POLL_NOUNS:
        return False
    if attribution.nature != "evidence":
        return attribution.nature == "speech"
    if span is None:
        return False
    if span.root.lemma_.lower() == "report":
        return True  # a news report is an outlet's, named or not ("according to a report")
    owners = [c for c in span.root.children if c.dep_ in {"compound", "poss", "nmod"}]
    owners += [o for c in span.root.children if c.lower_ in {"from", "by"} for o in c.children]
    return any(o.pos_ == "PROPN" and o.ent_type_ in _SPEAKER_ENTITIES for o in owners)


def _documents_of_the_last_speaker(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """ "The company confirmed he was on board. He had worked there eight years, the statement
    added": a document whose author the text does not name speaks for whoever spoke just
    before it (in its paragraph or the one before) — never for itself."""
    result: list[Statement] = []
    for statement in statements:
        previous = next((s for s in reversed(result) if s.speaker is not None), None)
        if (
            statement.speaker is None
            and previous is not None
            and _names_a_document(doc, statement.speaker_evidence)
            and _paragraph_distance(text_of(doc), previous.evidence.end, statement.evidence.start)
            <= 1
        ):
            statement = replace(
                statement, speaker=previous.speaker, speaker_name=previous.speaker_name
            )
        result.append(statement)
    return result


def _pronouns_of_the_last_description(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """ "The mayor told reporters the project was on time. He said he had not met the
    developer.": a pronoun the cast found no one for is the speaker of the speech act just
    before it (in its paragraph or the one before) when that speaker is a person described,
    never named ("the mayor"), and agrees with it in number and gender (GUIDE)."""
    result: list[Statement] = []
    for statement in statements:
        previous = result[-1] if result else None
        if (
            statement.speaker is None
            and previous is not None
            and previous.speaker is None
            and _paragraph_distance(text_of(doc), previous.evidence.end, statement.evidence.start)
            <= 1
            and _pronoun_for(doc, statement.speaker_evidence, previous.speaker_evidence)
        ):
            statement = replace(
                statement,
                speaker_name=previous.speaker_name,
                speaker_evidence=previous.speaker_evidence,
            )
        result.append(statement)
    return result


def _it_of_the_last_body(doc: Doc, cast: Cast, statements: list[Statement]) -> list[Statement]:
    """ "For almost 60 years, the Census denied any improper role. Even so, it proudly declared
    that it had never provided the names …": "it" speaking is the organisation that spoke
    just before it (in its paragraph or the one before) when no other organisation is named
    between them — the cast resolves people's pronouns, not a body's "it". After a document's
    words ("the memo notes …, it says …") the "it" is the document's, and stays no one's."""
    result: list[Statement] = []
    previous: Statement | None = None
    for statement in statements:
        body = cast.member(previous.speaker) if previous and previous.speaker else None
        if (
            statement.speaker is None
            and previous is not None
            and body is not None
            and body.kind is EntityKind.ORG
            and _says_it(doc, statement.speaker_evidence)
            and _paragraph_distance(text_of(doc), previous.evidence.end, statement.evidence.start)
            <= 1
            and not _other_body_between(cast, body, previous, statement)
        ):
            statement = replace(statement, speaker=body.id, speaker_name=previous.speaker_name)
        result.append(statement)
        previous = _body_still_speaking(doc, previous, statement)
    return result


def _body_still_speaking(
    doc: Doc, previous: Statement | None, statement: Statement
) -> Statement | None:
    """The last statement with a speaker, after ``statement``, unless a document or an "it"
    nobody was found for speaks in it: a description nobody was found for ("the bureau to
    admit …") may be the same body, a document's "it" is the document."""
    if _names_a_document(doc, statement.speaker_evidence):
        return None
    if statement.speaker is not None:
        return statement
    return None if _says_it(doc, statement.speaker_evidence) else previous


def _says_it(doc: Doc, source: Span | None) -> bool:
    said = doc.char_span(source.start, source.end) if source else None
    return said is not None and len(said) == 1 and said[0].lower_ == "it"


def _other_body_between(
    cast: Cast, body: CastMember, previous: Statement, statement: Statement
) -> bool:
    """An organisation other than ``body`` named after the last one to speak and before the
    "it": the "it" may be that one."""
    start = previous.speaker_evidence.end if previous.speaker_evidence else previous.evidence.end
    end = statement.speaker_evidence.start if statement.speaker_evidence else start
    return any(
        member.kind is EntityKind.ORG and member.id != body.id
        for member in cast.members
        for mention in member.mentions
        if start <= mention.span.start < end
    )


def _pronoun_for(doc: Doc, pronoun: Span | None, description: Span | None) -> bool:
    """ "he" or "she" for a definite description of one person of no other gender ("the
    mayor", "the congresswoman"), "they" for one of several ("the two senators")."""
    said = doc.char_span(pronoun.start, pronoun.end) if pronoun else None
    described = (
        doc.char_span(description.start, description.end, alignment_mode="expand")
        if description
        else None
    )
    if said is None or described is None or len(said) != 1:
        return False
    head = described.root
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    if said[0].lower_ == "they":
        return head.tag_ == "NNS"
    gender = pronoun_gender(said[0].lower_)
    return (
        gender is not None
        and head.tag_ == "NN"
        and description_noun(head) in _DESCRIBED_PEOPLE
        and noun_gender(head) in (None, gender)
    )


_DESCRIBED_PEOPLE = PERSON_DESCRIPTIONS | TITLE_WORDS | SPOKESPERSON_NOUNS | ANONYMOUS_SOURCE_NOUNS


def _names_a_document(doc: Doc, source: Span | None) -> bool:
    """ "the statement", "a release": the source's head is a document noun."""
    span = doc.char_span(source.start, source.end, alignment_mode="expand") if source else None
    return span is not None and span.root.lemma_.lower() in DOCUMENT_NOUNS


def _statements_of(
    doc: Doc,
    article: Article,
    cast: Cast,
    attribution: Attribution,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate] | None,
) -> list[Statement]:
    """The attribution's statement, and one more for each other speaker its subject joins
    to the first ("Both Mr. King and Mr. Schultz say …", "Mrs. Clinton, as well as her
    campaign, has maintained …"): each of them said it, and each is on the record for it."""
    first = _statement(doc, article, cast, attribution, anchor, periods)
    if _unnamed_source(doc, attribution, resolved=first.speaker is not None):
        return []
    if _stands_for_a_people(doc, cast, first):
        return []
    pair = _pair_they_stand_for(doc, attribution) if first.speaker is None else []
    if pair:
        attribution = replace(attribution, source=pair[0])
        first = _statement(doc, article, cast, attribution, anchor, periods)
    result = [first]
    for source in pair[1:] or _joined_sources(doc, attribution):
        moved = replace(attribution, source=source)
        other = _statement(doc, article, cast, moved, anchor, periods)
        if other.speaker is not None and other.speaker not in {s.speaker for s in result}:
            result.append(replace(other, id=content_id(other.id, other.speaker)))
    return result


def _repeats_an_unnamed_crowd(
    doc: Doc, attribution: Attribution, attributions: Sequence[Attribution]
) -> bool:
    """ "…, current and former American officials said. … expelled 35 Russian officials. …, the
    officials said": a definite crowd ("the officials") as a source is the source last cited
    by that noun, not the last crowd of that noun the story mentions — when that source was
    a crowd left unnamed, so is this one, and its words are nobody's on the record."""
    span = _cited_source(doc, attribution)
    if span is None or not _definite_crowd(span.root):
        return False
    earlier = [
        a
        for a in attributions
        if a.source is not None
        and a.source[1] <= span.start_char
        and (other := _cited_source(doc, a)) is not None
        and other.root.lemma_ == span.root.lemma_
    ]
    return bool(earlier) and _unnamed_source(doc, earlier[-1], resolved=True)


def _cited_source(doc: Doc, attribution: Attribution) -> SpacySpan | None:
    if attribution.source is None:
        return None
    return doc.char_span(*attribution.source, alignment_mode="expand")


def _definite_crowd(head: Token) -> bool:
    """ "the officials": a plural common noun after "the" and nothing else."""
    return head.tag_ == "NNS" and [c.lower_ for c in head.children if c.dep_ != "punct"] == ["the"]


def _turn_label(source: SpacySpan, attribution: Attribution) -> bool:
    """A transcript's label in capitals ("BIDEN:", no cue): one speaker's name, even when the
    tagger reads the capitals as a plural noun."""
    return attribution.cue is None and source.text.isupper()


def _unnamed_source(doc: Doc, attribution: Attribution, resolved: bool) -> bool:
    """ "Friends say", "legal experts say", "American officials insist": a crowd the article
    leaves unnamed, whose words the record cannot credit to anyone (a statement needs a named
    or resolvable speaker); a possessive or a name of its own in the phrase ("Trump's aides",
    "leaders of the DNC") resolves it, and "the two auditors" are people the article has
    told of. A crowd stays unnamed even when its description holds a name the cast knows
    ("Senate aides", "American officials"): the name describes the people, it does not speak.
    One person described ("the lawyer", "a transition official") may be named elsewhere or
    stand for their group, so is kept — unless credited to a name inside a description the
    article says is anonymous ("an adviser to Trump, who declined to be identified" is not
    Trump)."""
    if attribution.source is None:
        return False
    span = doc.char_span(*attribution.source, alignment_mode="expand")
    if span is None or (resolved and _turn_label(span, attribution)):
        return False
    through = _tokens_in(doc, span.start_char, max(span.end_char, attribution.content[-1][1]))
    if resolved and (
        any(token.lower_ in UNNAMED_MARKERS for token in span)
        or any(_declined_to_be_named(token) for token in through)
    ):
        return True
    head = span.root
    if not resolved and _anonymous_one(span):
        return True
    if _quantified_crowd(head) and not any(_names_in_phrase(token, head) for token in span):
        return True
    if _whole_people(head):
        return True
    return (
        head.tag_ == "NNS"
        and not any(c.dep_ in {"det", "nummod"} for c in head.children)
        and not _may_be_a_name(head)
        and not any(_names_in_phrase(token, head) for token in span)
    )


def _anonymous_one(source: SpacySpan) -> bool:
    """ "the source recalled", "the insider said", "an unnamed GOP official said": one person
    the story keeps unnamed — the words are nobody's on the record (GUIDE: "a senior aide
    said" is skipped). One of a body the phrase names ("a White House official") is kept:
    the body may be who is on the record."""
    head = source.root
    if head.tag_ != "NN" or head.lemma_.lower() not in ANONYMOUS_SOURCE_NOUNS:
        return False
    return any(t.lower_ in UNNAMED_MARKERS for t in source) or not any(
        t.pos_ == "PROPN" or t.ent_type_ for t in source if t.i != head.i
    )


def _stands_for_a_people(doc: Doc, cast: Cast, statement: Statement) -> bool:
    """ "Republicans are angry. They say …": a pronoun whose group the story last named as a
    whole people or party (see :func:`_whole_people`) carries on that crowd, still nobody
    named."""
    member = cast.member(statement.speaker) if statement.speaker else None
    source = statement.speaker_evidence
    if member is None or source is None or source.text.lower() not in GROUP_PRONOUNS:
        return False
    named = [
        m.span for m in member.mentions if m.kind is MentionKind.NAME and m.span.end <= source.start
    ]
    last = max(named, key=lambda span: span.start, default=None)
    span = doc.char_span(last.start, last.end, alignment_mode="expand") if last else None
    return span is not None and _whole_people(span.root)


def _whole_people(head: Token) -> bool:
    """ "Republicans say", "the Germans insist": a whole people or party, bare, is a crowd
    nobody names, though the cast knows it as a group; "House Democrats" are a body that
    speaks."""
    return (
        head.tag_ in {"NNS", "NNPS"}
        and head.ent_type_ == "NORP"
        and all(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    )


def _quantified_crowd(head: Token) -> bool:
    """ "Some experts said", "many Republicans say", "several Democrats argued": a plural
    counted out by a quantifier is a part of a crowd nobody names, whatever the crowd is
    called."""
    return head.tag_ in {"NNS", "NNPS"} and any(
        c.dep_ in {"det", "amod"} and c.lower_ in UNNAMED_QUANTIFIERS for c in head.children
    )


def _may_be_a_name(head: Token) -> bool:
    """ "Sessions had told senators": a surname the parser took for a plural noun, told by its
    entity label or by its capital inside a sentence somewhere in the article ("Friends say"
    has its capital only at the start)."""
    return head.ent_type_ in _SPEAKER_ENTITIES or (
        head.is_title and any(t.text == head.text and not t.is_sent_start for t in head.doc)
    )


def _names_in_phrase(token: Token, head: Token) -> bool:
    """The head's own possessive, a name after the head noun ("an adviser to Trump" or "a
    person close to Manafort" is still unnamed, but "leaders of the DNC" speak for it), or an
    organisation before one person ("a White House official called the reports absurd": the
    body speaks through its official); a name before people in the plural only describes them
    ("Senate aides", "Pentagon officials")."""
    related = token.ent_type_ == "PERSON" and _related_to_the_source(head, token.idx)
    named_after = token.pos_ == "PROPN" and token.i > head.i and not related
    body_before = token.i < head.i and token.ent_type_ == "ORG" and head.tag_ == "NN"
    owner = token.dep_ == "poss" and token.head.i == head.i and head.lemma_ not in OPPONENT_NOUNS
    return owner or named_after or body_before


def _declined_to_be_named(token: Token) -> bool:
    """ "who declined to be named", "who asked not to be identified"."""
    return token.lemma_ in ("name", "identify") and any(c.dep_ == "auxpass" for c in token.children)


def _joined_sources(doc: Doc, attribution: Attribution) -> list[Offsets]:
    """The phrases joined by "and", "as well as" or "nor" to the head of the source, each
    without the others."""
    if attribution.source is None:
        return []
    span = doc.char_span(*attribution.source, alignment_mode="expand")
    if span is None:
        return []
    head = span.root
    return [
        _subtree_offsets(conjunct, stop={"conj", "cc"})
        for conjunct in head.conjuncts
        if span.start <= conjunct.i < span.end and conjunct.i > head.i and _names_one(conjunct)
    ]


_THEY_REACH = 2  # sentences back to the names a "they" stands for
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG"})


def _pair_they_stand_for(doc: Doc, attribution: Attribution) -> list[Offsets]:
    """ "It contradicted what Trump and Lewandowski said. They had asserted that …": a "they"
    speaking stands for the names joined by "and" in the sentence or two before it, when
    there are such names — each as a source of its own."""
    if attribution.source is None:
        return []
    span = doc.char_span(*attribution.source, alignment_mode="expand")
    if span is None or span.text.lower() != "they" or last_speaking_crowd(span[0]) is not None:
        return []  # "Companies say … What's more, they note": the crowd, not a pair named
    sentence = span[0].sent
    for _ in range(_THEY_REACH):
        if sentence.start == 0:
            return []
        sentence = doc[sentence.start - 1].sent
        for token in sentence:
            joined = [c for c in token.conjuncts if c.i > token.i and _names_a_speaker(c)]
            if _names_a_speaker(token) and token.dep_ != "conj" and joined:
                return [_subtree_offsets(t, stop={"conj", "cc"}) for t in (token, *joined)]
    return []


def _names_a_speaker(token: Token) -> bool:
    """A person's or an organisation's name: "they say" never stands for places."""
    return token.pos_ == "PROPN" and token.ent_type_ in _SPEAKER_ENTITIES


def _names_one(head: Token) -> bool:
    """A name ("Mr. Schultz") or someone's own body ("her campaign"), not a crowd of
    unnamed people ("administration officials") whose words the record cannot credit."""
    return head.pos_ == "PROPN" or any(c.dep_ == "poss" for c in head.children)


def _with_grounds_folded(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """ "BuzzFeed denied the report, saying the year will meet expectations": the participle
    gives the denial's grounds, so it is one statement with the denial — a denial — not a
    second one whose stance would be read from the grounds alone. "Reyes said Gates was not
    paid and said Manafort was not involved" is likewise one statement: one speaker's one
    account, told with a second verb of saying."""
    by_cue = {a.cue: a for a in attributions if a.cue is not None}
    grounds: dict[Offsets, list[Attribution]] = {}
    for attribution in attributions:
        head = (
            _denial_grounded(doc, attribution, by_cue)
            or _saying_joined_to(doc, attribution, by_cue)
            or _means_of_denial(doc, attribution, by_cue)
        )
        if head is not None:
            grounds.setdefault(head, []).append(attribution)
    folded = {id(a) for parts in grounds.values() for a in parts}
    return [
        _joined(attribution, grounds.get(attribution.cue, [])) if attribution.cue else attribution
        for attribution in attributions
        if id(attribution) not in folded
    ]


def _denial_grounded(
    doc: Doc, attribution: Attribution, by_cue: Mapping[Offsets, Attribution]
) -> Offsets | None:
    """The cue of the denial whose participle ("…, saying", "…, calling") this attribution's
    cue is, if any."""
    verb = _participle_cue(doc, attribution)
    if verb is None:
        return None
    hosts = [verb.head, *_claim_hosts(verb)]
    head = next(
        (
            a
            for a in by_cue.values()
            if a.cue is not None
            and any(a.cue[0] <= host.idx < a.cue[1] for host in hosts)
            and a.cue_lemma in DENIAL_CUES | REJECTION_CUES
        ),
        None,
    )
    return head.cue if head is not None else None


def _means_of_denial(
    doc: Doc, attribution: Attribution, by_cue: Mapping[Offsets, Attribution]
) -> Offsets | None:
    """The cue of the denial this saying was the means of ("quashed rumors he would write a
    book by tweeting that …", "denied the report by saying …"): one act, the denial, however
    the parser hung the "by" (on the denial's verb or inside what it denies)."""
    span = doc.char_span(*attribution.cue, alignment_mode="expand") if attribution.cue else None
    if span is None:
        return None
    verb = span[-1]
    if verb.dep_ != "pcomp" or verb.head.lower_ != "by":
        return None
    head = next(
        (
            a
            for a in by_cue.values()
            if a.cue is not None
            and a.cue_lemma in DENIAL_CUES | REJECTION_CUES
            and (_holds([a.cue], verb.head.head.idx) or _holds(a.content, verb.idx))
        ),
        None,
    )
    return head.cue if head is not None else None


def _saying_joined_to(
    doc: Doc, attribution: Attribution, by_cue: Mapping[Offsets, Attribution]
) -> Offsets | None:
    """The cue of the reported saying this one goes on from ("said Gates was not paid and said
    Manafort was not involved"): a second verb of saying with no subject of its own that the
    parser joined by "and" to the verb of what the first carries, and so would credit to
    whoever is named there. It goes on with the first speaker's account. Joined to the first
    verb itself ("told the AP …, and said …") or after a quote ("“…,” he said, and added …")
    it is a saying of its own, with its speaker found as any other."""
    if attribution.cue is None or attribution.cue_lemma not in ASSERTION_CUES:
        return None
    verb = _cue_verb(doc, attribution.cue)
    if verb is None or verb.dep_ != "conj":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) or not _after_and(verb):
        return None
    first = next(
        (
            a
            for a in by_cue.values()
            if a.cue is not None
            and a.cue[0] < verb.idx
            and a.cue_lemma in ASSERTION_CUES | DENIAL_CUES | REJECTION_CUES
            and a.kind is StatementKind.INDIRECT
            and not a.topic
            and _participle_cue(doc, a) is None
            and _holds(a.content, verb.head.idx)
        ),
        None,
    )
    return first.cue if first is not None else None


def _after_and(verb: Token) -> bool:
    """ "… and said", "…, and also said": the account goes on; "… but said" turns to a
    second one ("said she had met him twice but said he played no role")."""
    before = [t for t in verb.doc[max(verb.i - 3, 0) : verb.i] if t.dep_ != "advmod"]
    return bool(before) and before[-1].lower_ == "and"


def _holds(pieces: Iterable[Offsets], offset: int) -> bool:
    """Whether the offset falls inside one of the pieces (a cue, or what it carries)."""
    return any(start <= offset < end for start, end in pieces)


def _claim_hosts(verb: Token) -> list[Token]:
    """ "denied the notion that a shake-up is coming, explaining that …": the parser hangs the
    participle on the denied claim's clause; after a comma, it still gives the denial's grounds.
    The verb that governs the claim's noun is the host, reached through the claim only."""
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return []
    clause = verb.head
    if clause.dep_ not in {"acl", "ccomp"} or clause.head.dep_ not in {"dobj", "ROOT"}:
        return []
    noun = clause.head
    return [noun.head] if noun.dep_ == "dobj" else [noun]


def _participle_cue(doc: Doc, attribution: Attribution) -> Token | None:
    """The cue when it is a participle hung on another clause ("…, saying", "…, calling"):
    the words it carries give that clause's grounds."""
    if attribution.cue is None:
        return None
    verb = _cue_verb(doc, attribution.cue)
    if verb is None:
        return None
    return verb if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "conj", "xcomp"} else None


def _rebuttal_grounds(doc: Doc, attribution: Attribution) -> bool:
    """ "Rubio pushed back on those claims, saying that the bill …": the participle gives the
    grounds of a rebuttal of a claim, so what it carries is a denial of that claim."""
    verb = _participle_cue(doc, attribution)
    if verb is None or verb.head.i >= verb.i:
        return False
    head = verb.head
    rebuts = head.lemma_.lower() in REBUTTAL_VERBS and any(
        c.lower_ == "back" for c in head.children
    )
    aimed_at = text_of(doc)[head.idx : verb.idx]
    return rebuts and CLAIM_PATTERN.search(aimed_at) is not None


def _joined(head: Attribution, grounds: list[Attribution]) -> Attribution:
    """The denial with its grounds' words after its own, marked as quoting if either is."""
    if not grounds:
        return head
    added = [c for g in grounds for c in g.content if not _within(c, head.content)]
    content = tuple(sorted({*head.content, *added}))
    quoted = any(a.kind is not StatementKind.INDIRECT for a in (head, *grounds))
    return replace(head, content=content, kind=StatementKind.MIXED if quoted else head.kind)


def _within(piece: Offsets, pieces: Iterable[Offsets]) -> bool:
    """Whether ``piece`` lies inside one of ``pieces`` (words already carried)."""
    return any(start <= piece[0] and piece[1] <= end for start, end in pieces)


def _same_occasion_dates(text: str, statements: list[Statement]) -> list[Statement]:
    """A statement with no date of its own, following one by the same speaker in the same or
    the next paragraph, was said on the same occasion ("X said on Sunday … X went on to say
    …"), so it takes that date; so does an answer to the question just put to its speaker
    ("At the hearing on Jan. 10, Y asked X … X said …")."""
    result: list[Statement] = []
    for statement in statements:
        previous = next((s for s in reversed(result) if _same_occasion(s, statement)), None)
        if (
            statement.said_on is None
            and previous is not None
            and previous.said_on is not None
            and _paragraph_distance(text, previous.evidence.end, statement.evidence.start) <= 1
        ):
            statement = replace(statement, said_on=previous.said_on)
        result.append(statement)
    return result


def _same_occasion(earlier: Statement, statement: Statement) -> bool:
    return (statement.speaker is not None and earlier.speaker == statement.speaker) or _asked_of(
        earlier, statement
    )


def _asked_of(question: Statement, answer: Statement) -> bool:
    """Was ``question`` put to the speaker of ``answer``? Names compare by their last word
    ("Sen. Jeff Sessions" asked, "Sessions" answers)."""
    if question.cue not in QUESTION_CUES or not question.addressee or not answer.speaker_name:
        return False
    return _last_word(question.addressee) == _last_word(answer.speaker_name)


def _last_word(name: str) -> str:
    words = name.split()
    return words[-1].casefold() if words else ""


def _statement(
    doc: Doc,
    article: Article,
    cast: Cast,
    attribution: Attribution,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate] | None,
) -> Statement:
    start, end = attribution.content[0][0], attribution.content[-1][1]
    speaker, speaker_span = _speaker(doc, cast, attribution)
    context = _context(doc, attribution)
    text = _statement_text(text_of(doc), attribution)
    content = attribution.content
    antecedent = _antecedent_of_relative(doc, attribution)
    if antecedent is not None:  # "the allegations, which Mr. Ailes denies": the allegations
        start, content, text = antecedent[0], (antecedent,), text_of(doc)[slice(*antecedent)]
    stance, proposition = judge(
        doc,
        article,
        cast,
        content,
        _judged_cue(doc, attribution),
        attribution.kind,
        speaker,
        anchor,
        periods,
        _spoken_for(doc, cast, attribution, speaker),
    )
    return Statement(
        id=content_id("stmt", article.id, start, end),
        article=article.id,
        speaker=speaker.id if speaker else None,
        speaker_name=_speaker_name(text_of(doc), speaker, speaker_span),
        text=text,
        kind=attribution.kind,
        cue=attribution.cue_lemma,
        stance=stance,
        evidence=article.span(start, end),
        speaker_evidence=article.span(*speaker_span) if speaker_span else None,
        said_on=_said_on(doc, context, attribution, anchor, periods, article, cast),
        venue=_venue(text_of(doc), context),
        addressee=text_of(doc)[slice(*attribution.addressee)] if attribution.addressee else None,
        proposition=proposition,
        confidence=0.6 if attribution.carried else 1.0,
        extractor=EXTRACTOR,
    )


def _antecedent_of_relative(doc: Doc, attribution: Attribution) -> Offsets | None:
    """ "the allegations, which Mr. Ailes denies", "stances that he has since disavowed": the
    words said are a relative pronoun alone (PolNeAR marks just the pronoun, and so does the
    attribution). What was denied is the noun phrase it stands for, up to the clause (as
    :func:`_antecedent_denied` reads "a claim that his office disputes"): the statement shows
    and judges that, its evidence running on to the pronoun. Not for a name ("Ivana Trump,
    which he has denied" is the parser hanging the clause on the nearest noun)."""
    if len(attribution.content) != 1:
        return None
    words = doc.char_span(*attribution.content[0], alignment_mode="expand")
    if words is None or len(words) != 1 or words[0].tag_ not in RELATIVE_TAGS:
        return None
    clause = words[0].head
    noun = _thing_related(clause.head) if clause.dep_ == "relcl" else None
    if noun is None or clause.i < noun.i:
        return None
    return _described_by(noun, clause)


def _thing_related(noun: Token) -> Token | None:
    """The noun a "which" stands for. The parser hangs the clause on the nearest noun; a name,
    a date or a person there ("a meeting with the ambassador in July, which he denied",
    "allegations that he assaulted Ivana Trump, which he denied") is inside the phrase meant,
    so the noun it belongs to is: up through prepositions and clauses, not past a main verb."""
    for _ in range(_RELATIVE_CLIMB):
        person = noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_NOUNS
        if noun.pos_ == "NOUN" and not person:
            return noun
        if noun.dep_ == "ROOT" or (noun.pos_ in {"VERB", "AUX"} and noun.dep_ not in _INNER):
            return None
        noun = noun.head
    return None


def _judged_cue(doc: Doc, attribution: Attribution) -> str:
    """The cue the stance is judged by: a rebuttal's grounds deny, a request left unanswered
    declines, whatever their own verbs."""
    if attribution.unanswered:
        return "decline"
    if _rebuttal_grounds(doc, attribution) or _claim_called_false(doc, attribution):
        return "deny"
    return attribution.cue_lemma


def _claim_called_false(doc: Doc, attribution: Attribution) -> bool:
    """ "dismissed as false the report that …": a claim waved away as false is denied."""
    verb = _cue_verb(doc, attribution.cue) if attribution.cue else None
    if verb is None or _claim_named_after_as(verb, attribution.cue_lemma) is None:
        return False
    named = (w for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for w in c.subtree)
    return any(w.lower_ in FALSITY_WORDS for w in named)


def _speaker(
    doc: Doc, cast: Cast, attribution: Attribution
) -> tuple[CastMember | None, Offsets | None]:
    """The cast member the source names: its head word first (so "a White House official" is
    not the White House), then the whole phrase; the mention's span is the evidence."""
    if attribution.source is None:
        return None, None
    labelled = _member_by_surname(cast, text_of(doc)[slice(*attribution.source)])
    if labelled is not None:
        return labelled, attribution.source
    span = doc.char_span(*attribution.source, alignment_mode="expand")
    if span is not None and _turn_label(span, attribution):
        return cast.member_at(*attribution.source), attribution.source  # a name, no description
    head: Token | None = span.root if span is not None else None
    if head is not None:
        member = cast.member_at(head.idx, head.idx + len(head.text))
        if member is not None:
            return member, _mention_in(member, attribution.source) or attribution.source
    if head is not None and (appositive := _named_in_apposition(cast, head)) is not None:
        return appositive, _mention_in(appositive, attribution.source) or attribution.source
    named = _named_part(doc, attribution.source)
    if head is not None and _common_noun(head):
        member = (
            _named_in(cast, attribution.source, head)
            or _named_organisation(cast, head)
            or _principal(cast, head)
            or _described(cast, head, attribution.source)
            or _issuer(cast, head)
        )
        return member, attribution.source if member else named
    member = cast.member_at(*named)
    if member is None:
        return None, named
    return member, _mention_in(member, attribution.source) or attribution.source


def _source_before_content(text: str, attribution: Attribution) -> Attribution:
    """ "posts including one saying that the governor should resign": a source whose phrase
    runs on into what it said ends where the content starts — a name inside the words said
    is who was spoken of, never who spoke."""
    if attribution.source is None:
        return attribution
    start, end = attribution.source
    cut = next((c for c, _ in attribution.content if start < c < end), None)
    if cut is None:
        return attribution
    return replace(attribution, source=(start, _strip_end(text, start, cut)))


def _named_part(doc: Doc, source: Offsets) -> Offsets:
    """The source up to its asides: in "Kushner, President Trump's son-in-law," the one who
    speaks is named before the comma, and a name in the aside is someone else."""
    span = doc.char_span(*source, alignment_mode="expand")
    if span is None:
        return source
    return source[0], min(source[1], _subtree_offsets(span.root, stop=_ASIDES)[1])


def _named_in_apposition(cast: Cast, head: Token) -> CastMember | None:
    """ "The Podesta Group's CEO, Kimberley Fritts, said": a title that names no one itself
    (the tagger may take "CEO" for a name), with a person's name in apposition — the person
    speaks, not the organisation the title is of."""
    if head.ent_type_:
        return None
    named = [c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    for child in named + _misattached_appositives(head):
        member = cast.member_at(child.idx, child.idx + len(child.text))
        if member is not None and member.kind is EntityKind.PERSON:
            return member
    return None


def _misattached_appositives(head: Token) -> list[Token]:
    """ "One pastor supporting Mr. Cruz, Darran Whiting of Marion, said": a name set off
    after a description's own clause names the one described — the parser hangs it on the
    clause's last noun, but a name is not put in apposition to another name ("the senator,
    Ted Cruz," is, and stays the senator's)."""
    return [
        appositive
        for clause in head.children
        if clause.dep_ in {"relcl", "acl"}
        for noun in clause.subtree
        if noun.pos_ == "PROPN" and noun.ent_type_ == "PERSON"
        for appositive in noun.children
        if appositive.dep_ == "appos" and appositive.pos_ == "PROPN"
    ]


def _named_in(cast: Cast, span: Offsets, head: Token) -> CastMember | None:
    """The person a descriptive source names in apposition ("Vatican spokesman the Rev.
    Federico Lombardi"): the name, not the description, is the speaker. The one who owns the
    described ("Scott's family", "Vale's lawyer") is someone else: the family or the lawyer
    speaks (a spokesperson speaks for the owner: see :func:`_principal`)."""
    owners = [c.idx for c in head.children if c.dep_ == "poss"]
    return next(
        (
            m
            for m in cast.members
            if m.kind is EntityKind.PERSON
            and any(
                x.kind is MentionKind.NAME
                and span[0] <= x.span.start
                and x.span.end <= span[1]
                and not any(x.span.start <= owner < x.span.end for owner in owners)
                and not _related_to_the_source(head, x.span.start)
                for x in m.mentions
            )
        ),
        None,
    )


#: How a person's name hangs in a description of someone else: "a source familiar with Cruz's
#: thinking", "a person close to Manafort", "a member who supports Trump", "an aide to Clinton"
#: (not "Republicans, including Rep. Reyes", who speaks among them, nor "the chief known as
#: Bob", his name).
_RELATION_EDGES = frozenset({"pcomp", "relcl", "acl", "amod", "advcl", "dobj"})
_MEMBER_PREPOSITIONS = frozenset({"of", "including", "like", "as", "among"})
_NAMING_VERBS = frozenset({"know", "name", "call", "identify", "nickname"})
#: People by their tie to someone, not their office: "a Trump adviser", "a Podesta employee"
#: is not Trump or Podesta (a spokesman is: he speaks for them).
_RELATION_NOUNS = frozenset(
    {"employee", "aide", "adviser", "advisor", "ally", "friend", "donor", "supporter"}
    | {"staffer", "associate", "confidant", "insider", "loyalist", "backer", "surrogate"}
)


def _related_to_the_source(head: Token, start: int) -> bool:
    """A person named from the source's head through a preposition of relation ("to",
    "with", "close to"), a relative clause or an adjective is someone the unnamed source is
    related to, never the source: an anonymous friend, aide or ally does not speak for the
    person named. (An organisation so named is the source's own — "experts at the Aspen
    Institute", "lawyers with the project" — so callers ask this of persons only.)"""
    span = head.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    if node.dep_ == "compound" and node.head.i == head.i and head.lemma_.lower() in _RELATION_NOUNS:
        return True  # "one former Podesta employee", "a Cruz ally"
    while node.i != head.i and node.head.i != node.i:
        relation = node.dep_ == "prep" and node.lower_ not in _MEMBER_PREPOSITIONS
        naming = node.dep_ == "acl" and node.lemma_.lower() in _NAMING_VERBS
        if (node.dep_ in _RELATION_EDGES and not naming) or relation:
            return True
        node = node.head
    return False


def _named_organisation(cast: Cast, head: Token) -> CastMember | None:
    """ "The Times newspaper reported", "the Israeli newspaper Haaretz noted": the kind of
    organisation with its name beside it is that organisation, not the last one named."""
    if description_noun(head) not in ORGANISATION_DESCRIPTIONS:
        return None
    for child in head.children:
        if child.dep_ in {"compound", "appos"}:
            member = cast.member_at(child.idx, child.idx + len(child.text))
            if member is not None and member.kind is EntityKind.ORG:
                return member
    return None


def _common_noun(head: Token) -> bool:
    """A common noun, also where the tagger took one for a name ("the president-elect")."""
    return head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.text.islower())


def _described(cast: Cast, head: Token, source: Offsets) -> CastMember | None:
    """A definite description as the speaker ("the New York businessman said", "the airline
    added") is the person or organisation of its kind named most recently before it — one
    whose name holds the description's word first ("the bank said" after Vnesheconombank and
    then the White House is the bank's); for such a kind ("the university", "the bank") with no
    name that says so, one named as a party rather than as what another noun is about ("the
    university" after "Columbia defends Exxon articles" is Columbia) — never a place or an
    agency in a dateline ("VALLETTA, Malta (AP) _"). A plural
    ("the groups say") stands for several, never for the one named last. A post ("the
    attorney general told senators") is someone named in its paragraph or the one before: a
    post is an identity, and the last name far back holds some other post as often as not.
    A transcript's speaker label is never the one described ("LINDHOLM: …" then "the
    attorney general told senators": the people talking are not the ones talked of)."""
    determiner = next((c for c in head.children if c.dep_ == "det"), None)
    if determiner is None or determiner.lower_ != "the" or head.tag_ in {"NNS", "NNPS"}:
        return None
    noun = description_noun(head)
    labels = talking_spans(head.doc)
    floor = paragraphs_back(text_of(head.doc), source[0], 1) if noun in POST_NOUNS else 0
    kind = (
        EntityKind.PERSON
        if noun in PERSON_DESCRIPTIONS
        else EntityKind.ORG
        if noun in ORGANISATION_DESCRIPTIONS
        else None
    )
    if kind is None:
        return None
    marks = _identifying_modifiers(head) if kind is EntityKind.ORG else []
    named = [
        (mention.span.start, member)
        for member in cast.members
        if member.kind is kind and _bears_all(member, marks)
        for mention in member.mentions
        if mention.kind is MentionKind.NAME
        and floor <= mention.span.start
        and mention.span.end <= source[0]
        and not any(start <= mention.span.start < end for start, end in labels)
        and not in_a_dateline(head.doc, mention.span.start)
    ]
    called_so = [(at, member) for at, member in named if _called_so(member, noun)]
    if noun in NAMED_BY_ITS_KIND:
        named = called_so
    standing = (
        [(at, member) for at, member in named if not _names_a_modifier(head.doc, at)]
        if noun in NAME_BEARING_DESCRIPTIONS
        else []
    )
    return max(called_so or standing or named, key=lambda pair: pair[0])[1] if named else None


def _names_a_modifier(doc: Doc, start: int) -> bool:
    """ "Exxon articles", "Exxon's accusation": a name set before another noun is what that
    noun is about or whose it is, a weaker antecedent than a body named as a party."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None:
        return False
    word = token.root
    while word.dep_ == "compound" and word.head.ent_iob_ != "O" and word.head.i != word.i:
        word = word.head  # "Harbor State University": the name's own last word
    return word.dep_ in {"compound", "poss"} and word.head.ent_iob_ == "O"


def _called_so(member: CastMember, noun: str) -> bool:
    """A body whose own name holds the description's word ("Vnesheconombank", "Deutsche
    Bank" for "the bank"), more than the word itself."""
    name = member.name.lower()
    return noun in NAME_BEARING_DESCRIPTIONS and noun in name and name != noun


_PLACE_ENTITIES = frozenset({"NORP", "GPE", "LOC"})


def _identifying_modifiers(head: Token) -> list[str]:
    """ "the Saudi government", "the government in Riyadh", "the Obama administration": a
    body's description that says whose it is, by a people, a place or a name, describes only
    a body of that name — not whichever the story named last (the White House is no "Saudi
    government"). A person's is not so read: "the Republican nominee" is named Trump."""
    marks = [
        c.lower_
        for c in head.children
        if c.dep_ in {"amod", "compound", "nmod"}
        and (c.ent_type_ in _PLACE_ENTITIES or c.pos_ == "PROPN")
    ]
    for preposition in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"in", "of"}):
        place = _object_of_preposition(preposition)
        if place is not None and place.ent_type_ in _PLACE_ENTITIES:
            marks.append(place.lower_)
    return marks


def _bears_all(member: CastMember, marks: Sequence[str]) -> bool:
    """Each identifying word is in one of the member's names."""
    names = [
        *(name.lower() for name in (member.name, *member.aliases)),
        *(x.span.text.lower() for x in member.mentions if x.kind is MentionKind.NAME),
    ]
    return all(any(mark in name for name in names) for mark in marks)


def _principal(cast: Cast, head: Token) -> CastMember | None:
    """Whom an unnamed spokesperson speaks for: "an AIPAC spokesman", "Trump's spokeswoman",
    "a spokesman for the council" speak for AIPAC, for Trump and for the council."""
    if head.lemma_.lower() not in SPOKESPERSON_NOUNS:
        return None
    for child in head.children:
        owner = _named_owner(child) if _is_for(child) else child
        if owner is not None and (child.dep_ in {"compound", "poss", "nmod"} or _is_for(child)):
            member = cast.member_at(owner.idx, owner.idx + len(owner.text))
            if member is not None:
                return member
    return None


def _spoken_for(
    doc: Doc, cast: Cast, attribution: Attribution, speaker: CastMember | None
) -> CastMember | None:
    """Whom a named spokesperson speaks for: "Mark Dunn, a spokesman for Holt", "Holt
    spokesman Mark Dunn", "Holt's spokeswoman, Ana Ruiz" speak for Holt (see
    :func:`_principal`)."""
    if attribution.source is None:
        return None
    span = doc.char_span(*attribution.source, alignment_mode="expand")
    principals = (_principal(cast, token) for token in span or ())
    return next((p for p in principals if p is not None and p != speaker), None)


def _is_for(child: Token) -> bool:
    return child.dep_ == "prep" and child.lower_ == "for"


def _named_owner(preposition: Token) -> Token | None:
    """ "for the Justice Department", "for the Trump campaign": a body the text names (not "for
    the campaign", which may be anyone's)."""
    owner = _object_of_preposition(preposition)
    if owner is None:
        return None
    named = [owner, *(c for c in owner.children if c.dep_ in {"compound", "poss"})]
    return owner if any(t.pos_ == "PROPN" or t.ent_type_ for t in named) else None


_DOCUMENT_LOOKBACK = 3  # sentences back to where "the statement" was first mentioned


def _issuer(cast: Cast, head: Token) -> CastMember | None:
    """ "The statement added …", "according to the memo": a document says what its author
    says. The author is the owner named with it ("Trump's statement", "a Clinton campaign
    memo"), the one who said something in it ("X said in a statement"), the one who issued,
    sent or published it ("a fundraising email sent out by Sanders", "the committee published
    a report"), or the one it came from ("a letter from the veterans' group") — at this
    mention or at the document's mention a few sentences before (statements and letters come
    and go in a story). So too for other authored works and reports: "an NBC report", "the
    Associated Press analysis", "Trump's speech" are their maker's; a study or a report is
    what a story is about, and "the report" far on is still the one it introduced."""
    noun = head.lemma_.lower()
    if noun not in AUTHORED_NOUNS | REPORT_NOUNS:
        return None
    start = 0 if noun in REPORT_NOUNS else _sentences_back(head, _DOCUMENT_LOOKBACK)
    mentions = [t for t in head.doc[start : head.i + 1] if t.lemma_.lower() == noun]
    for mention in reversed(mentions):
        author = _author_of(cast, mention)
        if author is not None:
            return author
    return None


def _sentences_back(token: Token, count: int) -> int:
    """The index of the first token ``count`` sentences before ``token``'s own."""
    sentence = token.sent
    for _ in range(count):
        if sentence.start == 0:
            break
        sentence = token.doc[sentence.start - 1].sent
    return sentence.start


_SENDERS = frozenset({"from", "by"})  # "a letter from the union", "a report by the inspector"


def _author_of(cast: Cast, document: Token) -> CastMember | None:
    owners = [c for c in document.children if c.dep_ in {"poss", "compound"}]
    owners += [a for c in document.children if c.dep_ == "acl" for a in _agents(c)]
    owners += _senders(document)
    if document.dep_ == "nsubjpass":  # "an email was sent from its director"
        owners += _agents(document.head) + _senders(document.head)
    if document.dep_ == "pobj" and document.head.lower_ == "in":
        owners += [c for c in document.head.head.children if c.dep_ in _SUBJECTS]
    if document.dep_ == "dobj":
        owners += [c for c in document.head.children if c.dep_ in _SUBJECTS]
    for owner in owners:
        member = _member_or_apposed(cast, owner)
        if member is not None and member.kind is not EntityKind.PLACE:
            return member
    return None


def _senders(word: Token) -> list[Token]:
    """ "a letter from the union" → the union; "sent from its director" → the director."""
    return [
        o
        for p in word.children
        if p.dep_ == "prep" and p.lower_ in _SENDERS
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _member_or_apposed(cast: Cast, word: Token) -> CastMember | None:
    """The cast member a word names, or the one named in apposition to it ("its executive
    director, Jane Roe")."""
    member = cast.member_at(word.idx, word.idx + len(word.text))
    if member is not None:
        return member
    apposed = next((c for c in word.children if c.dep_ == "appos"), None)
    return cast.member_at(apposed.idx, apposed.idx + len(apposed.text)) if apposed else None


def _agents(verb: Token) -> list[Token]:
    """ "sent out by Sanders" → Sanders."""
    return [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def _member_by_surname(cast: Cast, label: str) -> CastMember | None:
    """The one person whose surname a transcript label spells in capitals ("RAMAN"); a label
    the model took for a name of its own must not shadow the person it stands for."""
    if not label.isupper():
        return None
    surname = _last_word(label)
    found = [
        m
        for m in cast.members
        if m.kind is EntityKind.PERSON and len(m.name.split()) > 1 and _last_word(m.name) == surname
    ]
    return found[0] if len(found) == 1 else None


def _mention_in(member: CastMember, span: Offsets) -> Offsets | None:
    """The longest mention of ``member`` inside ``span``, a name before a description: a
    source keeps its appositive ("Jane Roe, the mayor's chief of staff,"), whose description
    is no evidence of who Roe is."""
    inside = [
        (m.kind is MentionKind.NAME, m.span.end - m.span.start, (m.span.start, m.span.end))
        for m in member.mentions
        if span[0] <= m.span.start and m.span.end <= span[1]
    ]
    return max(inside)[2] if inside else None


def _speaker_name(text: str, member: CastMember | None, source: Offsets | None) -> str:
    if member is not None:
        return member.name
    return text[source[0] : source[1]] if source else ""


def _statement_text(text: str, attribution: Attribution) -> str:
    if attribution.kind is StatementKind.DIRECT:
        return Quote(attribution.content).words(text)
    return " ".join(text[s:e] for s, e in attribution.content)


def _context(doc: Doc, attribution: Attribution) -> Offsets:
    """The attribution's own words: the sentence of the cue (or of the content)."""
    anchor = attribution.cue[0] if attribution.cue else attribution.content[0][0]
    span = doc.char_span(anchor, anchor + 1, alignment_mode="expand")
    if span is None:
        return attribution.content[0]
    return span.sent.start_char, span.sent.end_char


def _outside_content(attribution: Attribution, start: int, end: int) -> bool:
    """A date inside what was said dates what was said of, even where the parser hangs it on
    the cue ("denied meeting X during his July trip")."""
    return not any(s <= start and end <= e for s, e in attribution.content)


def _said_on(
    doc: Doc,
    context: Offsets,
    attribution: Attribution,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate] | None,
    article: Article,
    cast: Cast,
) -> FuzzyDate | None:
    """The date the attribution's own words give for the statement (outside a direct quote);
    the date nearest the cue wins — a year-less one that opens a timeline entry in the year
    the timeline's order gives it ("April 26 — Over breakfast, Mifsud tells him" in a 2017
    timeline of 2016). A year-less date elsewhere keeps the article's year: a story told in
    order may have moved on a year ("reported the encounter in May. In January, Trump
    said" is the next January)."""
    text = text_of(doc)
    if attribution.said is not None:
        printed = find_dates(text[slice(*attribution.said)], anchor, periods)
        return printed[0].value if printed else None
    start, end = context
    cue_at = attribution.cue[0] if attribution.cue else start
    verb = _cue_verb(doc, attribution.cue) if attribution.cue else None
    if verb is not None and _earlier_words(verb):
        return _open_before(anchor)
    found = [
        mention
        for mention in find_dates(text[start:end], anchor, periods)
        if _outside_content(attribution, start + mention.start, start + mention.end)
        and _dates_the_saying(doc, attribution, start + mention.start)
    ]
    if not found:
        if verb is not None and _said_at_the_time(verb):
            return _time_just_told(doc, start, anchor, periods)
        occasion = (
            None
            if verb is None
            else occasion_told_before(verb, article, cast, anchor, periods or {})
        )
        return occasion or _before_the_article(verb, anchor)
    nearest = min(found, key=lambda m: abs(start + m.start - cue_at))
    at = doc.char_span(start + nearest.start, start + nearest.end, alignment_mode="expand")
    if at is None or not yearless(nearest.text):
        return nearest.value
    entry = opened_entry_date(nearest, at.sent, article, cast, anchor, periods or {})
    return entry or nearest.value


def _earlier_words(cue: Token) -> bool:
    """ "contradicting his earlier statements that he had met no Russian officials": words
    told by a noun as earlier or previous were said before the telling that cites them, on no
    day the sentence gives."""
    return cue.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in _EARLIER_ADJECTIVES for c in cue.children
    )


_EARLIER_ADJECTIVES = frozenset({"earlier", "previous", "prior", "past", "former"})


def _said_at_the_time(verb: Token) -> bool:
    return any(_phrase(c) == "at the time" for c in verb.children if c.dep_ == "prep")


def _time_just_told(
    doc: Doc, start: int, anchor: date | None, periods: Mapping[str, FuzzyDate] | None
) -> FuzzyDate | None:
    """ "When a diplomat said in November …, Hicks said at the time …": "at the time" is the
    time of the telling the paragraph has just told, so the last date on a verb of saying
    before the sentence dates the saying (not a date of what was told, "in touch during the
    campaign"); with none, it was said at some time before the article."""
    text = text_of(doc)
    paragraph = text.rfind("\n", 0, start) + 1
    told = [
        mention.value
        for mention in find_dates(text[paragraph:start], anchor, periods)
        if mention.value.resolved and _on_a_telling(doc, paragraph + mention.start)
    ]
    return told[-1] if told else _open_before(anchor)


def _on_a_telling(doc: Doc, at: int) -> bool:
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return False
    head = next((t for t in span[0].ancestors if t.pos_ in {"VERB", "AUX"}), None)
    return head is not None and head.lemma_.lower() in SPEECH_CUES


def _before_the_article(verb: Token | None, anchor: date | None) -> FuzzyDate | None:
    """A cue told in the perfect ("has denied", "had said") or looking back ("previously
    said", "said over the years") puts the saying at some time before the article, not on its
    day: the article's date is then only the latest it can have been, and the check must not
    read a fact reported in between as already public when it was said."""
    if verb is None or not said_before_the_news(verb):
        return None
    return _open_before(anchor)


def _open_before(anchor: date | None) -> FuzzyDate | None:
    if anchor is None:
        return None
    return FuzzyDate(None, anchor, Precision.OPEN, f"before {anchor.isoformat()}")


def _phrase(token: Token) -> str:
    return " ".join(t.lower_ for t in token.subtree)


def _dates_the_saying(doc: Doc, attribution: Attribution, at: int) -> bool:
    """A date dates the saying when it hangs on the cue verb without crossing into another
    clause ("said on Sunday that …"). One inside reported content, or on a neighbouring
    clause of the same sentence ("…, and added that he had not called in years"), is about
    something else; one on the question the answer was given to dates it too. Without a
    cue, any date outside the content counts."""
    if attribution.cue is None:
        return not any(s <= at < e for s, e in attribution.content)
    date_span = doc.char_span(at, at + 1, alignment_mode="expand")
    verb = _cue_verb(doc, attribution.cue)
    if date_span is None or verb is None or _names_which_thing(date_span[0]):
        return False
    act = _act_carrying(verb)
    return (
        _hangs_on(date_span[0], verb)
        or (act is not None and _hangs_on(date_span[0], act))
        or any(_dates_the_asking(date_span[0], asked) for asked in _occasions_before(verb))
    )


def _act_carrying(cue: Token) -> Token | None:
    """ "On Friday, she responded to the report, saying that …", "Later in the summer, she
    revised her statement, explaining that …": a participle cue with no subject of its own
    says what the act it goes with says, at that act's time — the verb it hangs from, or the
    verb whose object it describes."""
    if attendant_participle(cue):
        return cue.head
    head = cue.head
    bare = cue.tag_ == "VBG" and not any(c.dep_ in _SUBJECTS for c in cue.children)
    if bare and cue.dep_ == "acl" and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _names_which_thing(date_word: Token) -> bool:
    """ "stressed her support of the 2011 raid and said …", "As a summer associate, she said":
    a date set before a noun as its number or name tells which thing it is, not when anything
    was said — unless the thing holds words or is an occasion for them ("in his 1963
    inaugural address", "a 2014 interview", "at a March meeting of the caucus")."""
    head = date_word.head
    return (
        date_word.dep_ in ("nummod", "compound")
        and head.pos_ in ("NOUN", "PROPN")
        and head.ent_type_ not in ("DATE", "TIME")
        and head.lemma_.lower() not in _WORDS_HELD
    )


#: Things that hold someone's words, whose date is that of the words.
_WORDS_HELD = (
    SAYING_OCCASION_NOUNS
    | MADE_SAYING_NOUNS
    | GIVEN_WORDS_NOUNS
    | DOCUMENT_NOUNS
    | REPORT_NOUNS
    | WORK_NOUNS
    | HOSTED_OCCASION_NOUNS
    | TALK_NOUNS
    | TELLING_NOUNS
    | {"debate", "column", "essay", "article", "op-ed", "editorial", "town", "hall"}
    | {"campaign", "race", "issue", "gig"}
)


def _dates_the_asking(token: Token, asked: Token) -> bool:
    """ "Asked last month", "asked on Monday": a date on the asking itself — not one of what
    was asked about ("Asked about the 2015 meeting")."""
    for node in (token, *token.ancestors):
        if node.i == asked.i:
            return True
        if node.ent_type_ not in ("DATE", "TIME") and node.pos_ != "ADP":
            return False
    return False


def _occasions_before(verb: Token) -> list[Token]:
    """ "Asked last month whether …, Trump said", "Pence, appearing on 'Face the Nation' on
    Jan. 15, said": the question the answer was given to, or the appearance it was made at,
    put before the cue — its date is the saying's."""
    return [
        c for c in verb.children if c.i < verb.i and (put_to_the_main_subject(c) or _appearing(c))
    ]


def _appearing(clause: Token) -> bool:
    """A participle of the speaker's appearance ("appearing on", "speaking at") with no
    subject of its own."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and clause.lemma_.lower() in APPEARANCE_VERBS
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    )


def _hangs_on(token: Token, verb: Token) -> bool:
    for node in (token, *token.ancestors):
        if node.head.i == verb.i and node.i != verb.i and _goes_on_with_the_report(node, verb):
            return False
        if node.i == verb.i:
            return True
        if node.dep_ in _OWN_CLAUSE_EDGES:
            return False
    return False


def _goes_on_with_the_report(phrase: Token, verb: Token) -> bool:
    """ "He said he had met Kislyak in April 2016, and again at Trump Tower on Dec. 1": a
    phrase the parser hung on the cue after the reported clause's own "and" goes on with
    that clause (the second meeting), not with the saying. A quote put before its cue ("'I
    was a surrogate and I did not …,' he said at the hearing on Jan. 10") goes on with nothing
    after the cue."""
    reported = next(
        (c for c in verb.children if c.dep_ == "ccomp" and verb.i < c.i < phrase.i), None
    )
    return reported is not None and any(
        c.dep_ == "cc" and c.i < phrase.left_edge.i for c in reported.children if c.i > reported.i
    )


def _venue(text: str, context: Offsets) -> str | None:
    window = text[context[0] : context[1]]
    for pattern in VENUE_PATTERNS:
        match = pattern.search(window)
        if match:
            return match.group("venue")
    return None
