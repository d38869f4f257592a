"""Stance and proposition of a statement, from explicit cues and structure.

Similarity to a claim would call "that's absurd" a denial; the record must not. So the stance is
read from the words that carry it — a denial cue verb, a negated contact, "don't recall",
"declined to", a dismissive adjective — in that order of precedence, and a proposition is built
only when the words name a kind of contact. A short reply ("Of course not.") takes its
proposition from the question just before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from onrecord.dates import FuzzyDate
from onrecord.dates.lexicon import words_of
from onrecord.dates.resolve import DateMention, find_dates
from onrecord.extract import contact_lexicon
from onrecord.extract.cast import (
    Cast,
    CastMember,
    name_gender,
    owned_description,
    pronoun_gender,
    with_partners,
)
from onrecord.extract.events import in_story_year, names_a_period
from onrecord.extract.lexicon import (
    ACTING_FOR_NOUNS,
    AFFIRM_CUES,
    AFFIRM_PATTERN,
    ANAPHORIC_CONTACT_PATTERN,
    ANSWER_PATTERN,
    ANY_MEMBER_PATTERN,
    ARGUING_CUES,
    ASSERTION_CUES,
    BARE_DENIAL_PATTERN,
    CAPACITY_PATTERNS,
    CHARGE_PATTERN,
    CLAIM_DENIED_PATTERN,
    CONTACT_TOPIC,
    CONTRARY_CHARGE_PATTERN,
    DECLINE_CUES,
    DECLINE_PATTERN,
    DENIAL_CUES,
    DENIAL_PATTERN,
    DENIAL_WORDS,
    DESCRIBED_CONTACT_PATTERN,
    DISMISSAL_CUES,
    DISMISSAL_PATTERN,
    ELIDED_PREDICATE_PATTERN,
    ELLIPTICAL_REPLY_PATTERN,
    FABRICATION_PATTERN,
    FACT_QUESTION_PATTERN,
    FALSITY_PATTERN,
    FINDING_VERBS,
    INDIRECT_QUESTION_PATTERN,
    INSISTENCE_CUES,
    JUDGEMENT_QUESTION_PATTERN,
    MEASURE_NOUNS,
    NEGATION_PATTERN,
    NEVER_DONE_PATTERN,
    NOT_RECALL_PATTERN,
    OPEN_QUESTION_PATTERN,
    OPINION_IDIOM_PATTERN,
    OPINION_IDIOMS,
    POINTED_TOPIC_PATTERN,
    POINTING_CONTACT_PATTERN,
    QUESTION_CUES,
    RECIPROCAL_CONTACT_PATTERN,
    REJECTED_CLAIM_PATTERN,
    REJECTION_CUES,
    RELATION_PATTERNS,
    REPEATED_QUESTION_PATTERN,
    SPEECH_CUES,
    UNASSERTED_CLAUSE_PATTERN,
    VENUE_PATTERNS,
    VIEW_CUES,
    WISHED_OR_DEPLORED_PATTERN,
)
from onrecord.extract.nlp import names_no_one, neither_subject, text_of
from onrecord.extract.quotes import quote_regions
from onrecord.extract.turns import talking_spans
from onrecord.ids import content_id
from onrecord.record import (
    Article,
    EntityKind,
    Event,
    Proposition,
    Quantifier,
    Relation,
    Stance,
    Statement,
    StatementKind,
)

Offsets = tuple[int, int]

#: "I", "we", "my" … as the words' own voice — not the initial of "Sergey I. Kislyak".
_FIRST_PERSON = re.compile(r"\b(?:I(?!\.\s?[A-Z])|we|me|us|my|our)\b")
_SPEAKER_PRONOUNS = frozenset({"i", "we"})
_OPENING_QUOTES = frozenset("\"“‘'")
_REPORTED_SELF = re.compile(
    r"\W*(?:(?:that|whether|if)\s+)?(?P<pronoun>he|she|it)\b", re.IGNORECASE
)
#: Words before a contact that name no side: "denied [having any] contact with …", "denied
#: [ever] meeting …".
_OPENS_ON_THE_CONTACT = re.compile(r"^\W*(?:(?:any|ever|having)\s+)*$", re.IGNORECASE)
_FIRST_SENTENCE = re.compile(r"[^.!?]*[.!?]")
_QUESTION = re.compile(r"[^.!?]*\?")
#: A reply's opening "No," before the speaker's own point ("No, I want to be known for …"):
#: insisting on that point denies nothing.
_REPLY_NO = re.compile(r"^\W*no\b\W*", re.IGNORECASE)
#: Auxiliaries of intention, ability and prediction: "can't", "won't", "wouldn't" say what
#: will or could be, not that something is not so.
_MODALS = frozenset({"will", "would", "can", "could", "should", "must", "might", "may", "shall"})
_MODAL = rf"\b(?:{'|'.join(sorted(_MODALS))})"
#: Verbs that with an infinitive tell an intention, by lemma with the form the text carries:
#: "not looking to sell", "wasn't planning to run" — the GUIDE's plan or its absence ("wasn't
#: trying to hide it" still denies a charge).
_INTENDING = {
    "look": "looking",
    "plan": "planning",
    "go": "going",
    "seek": "seeking",
    "intend": "intending",
    "aim": "aiming",
}
#: Negations of what should, will or can not be ("should not appear on the ballot", "can't
#: compete") and "not only … but also": they tell no fact.
_MODAL_NEGATION = (
    rf"{_MODAL}(?:n[’']t|\s+not|\s+never)\b|"
    r"\b(?:wo|ca|sha)n[’']t\b|\bcannot\b|\bnot (?:only|just)\b"
)
_PREDICTED_NEGATION = re.compile(_MODAL_NEGATION, re.IGNORECASE)
#: "maintained that it does not change his past statements": what a thing does or does not
#: change or affect now is a judgement of its bearing.
_BEARING_DENIED = r"\b(?:does|do)(?:n[’']t|\s+not)\s+(?:\w+\s+)?(?:change|affect|alter)\b"
#: Those and a plan's absence ("wasn't planning to run"): negations that tell no fact.
_UNTOLD_NEGATION = re.compile(
    rf"{_MODAL_NEGATION}|{_BEARING_DENIED}|"
    rf"(?:n[’']t|\bnot) (?:\w+ )?(?:{'|'.join(sorted(_INTENDING.values()))}) to\b",
    re.IGNORECASE,
)
#: "I have never voted in a primary, but I'm going to vote in this one": a "never" set against
#: the same act done now or next tells a first time, not that something at issue did not happen.
_FIRST_TIME = re.compile(
    r"\bnever\s+(\w{3,}?)(?:e?d|en)\b[^.?!]*?\bbut\b"
    r"(?=[^.?!]*?\b(?:now|this|today|going to|will|[’']ll|am|[’']m)\b)[^.?!]*?\b\1",
    re.IGNORECASE,
)
#: A premise set before a view of what should or must be ("since she is not running for
#: office, she should not have to …"): the negation there serves the view and denies nothing.
_PREMISE_OF_A_VIEW = re.compile(
    rf"\b(?:since|because|as)\b[^,.;]*,(?=\s*(?:\w+\s+){{1,3}}?{_MODAL}\b)", re.IGNORECASE
)
#: "has not done this because he is X but because Y": what is denied is a reason, not a fact.
_REASON_DENIED = re.compile(r"\bbecause\b.*\bbut because\b", re.IGNORECASE)
_CLOSING_MARKS = " \t\n\"'”’"
#: A rejected notion of what could, should or would be ("rejected the notion that the party
#: could walk away", "the idea that he would be a drag on the ticket"): a proposal or a
#: forecast turned down, not a fact denied ("the claim that he may have leaked it" is one).
_PROPOSED_CLAIM = re.compile(rf"^[^.?!,]*?\bthat\b[^.?!,]*?{_MODAL}\b(?! have\b)", re.IGNORECASE)
#: Content that opens on "why" or "how" names what was spoken about, asserting nothing.
_WH_TOPIC = re.compile(r"^\W*(?:why|how)\b", re.IGNORECASE)
_BARE_DENIAL_WORDS = 8  # "No one I can think of." denies; "No. I mean this guy is …" argues
_BARE_WORDS = 4  # a reply this short that names no one is about what was asked before it
_QUESTION_PARAGRAPHS = 4  # how far back a question asked again may have been reported
_GROUP_REACH = 12  # characters between "anybody in" and its group ("the ", "Trump's ")
_ANTECEDENT_SENTENCES = 3  # how far back a pointing contact's counterpart may be
_TOLD_PARAGRAPHS = 4  # how far back the contact a pointing denial refers to may have been told


def classify(text: str, cue: str, opening: str | None = None) -> Stance:
    """The stance the words take, most specific evidence first: not-recall, then an admission
    by its cue ("acknowledged that nobody controls him" admits, whatever its "no"), then
    declining before denial (a refusal says "not"), denial before dismissal (Manafort-style
    "absurd" after a denial is still a denial), a contact told as fact last. A question
    ("asked whether X met Y") takes no stance, whatever its words. ``opening`` is a quote's
    first sentence, where alone a bare "never" with a past verb denies."""
    if cue in QUESTION_CUES:
        return Stance.OTHER
    if NOT_RECALL_PATTERN.search(text):
        return Stance.NOT_RECALL
    if cue in AFFIRM_CUES:
        return Stance.AFFIRM
    if cue in DECLINE_CUES or DECLINE_PATTERN.search(text):
        return Stance.DECLINE
    asserted = "" if cue in VIEW_CUES else _asserted(text)
    never_done = "" if cue in VIEW_CUES else _asserted(text if opening is None else opening)
    if cue in DENIAL_CUES or denies(asserted) or _bare_denial(text):
        return Stance.DENY
    if cue in ARGUING_CUES and FALSITY_PATTERN.search(_asserted(text)):
        return Stance.DENY
    if NEVER_DONE_PATTERN.search(never_done) and not _FIRST_TIME.search(never_done):
        return Stance.DENY
    if _rejects_a_claim(text, cue):
        return Stance.DENY
    if cue in INSISTENCE_CUES and NEGATION_PATTERN.search(_insisted(asserted)):
        return Stance.DENY
    if cue in DISMISSAL_CUES or DISMISSAL_PATTERN.search(text):
        return Stance.DISMISS
    if _states_contact(text) or _answers_own_question_yes(text):
        return Stance.AFFIRM
    return Stance.OTHER


def _rejects_a_claim(text: str, cue: str) -> bool:
    """ "rejected the notion that …", "rejected criticism from Trump that closing the unit made
    the city less safe": a claim of fact turned down — not a proposal or a forecast."""
    return (
        cue in REJECTION_CUES
        and REJECTED_CLAIM_PATTERN.search(text) is not None
        and not _PROPOSED_CLAIM.search(text)
    )


def _answers_own_question_yes(text: str) -> bool:
    """ "Did I meet with people that were Russian? I'm sure, I'm sure I did.": a speaker who
    puts the question of their own contact and answers it yes admits the contact (what
    follows may narrow it: "But none that were set up")."""
    answer = _less_own_contact_question(text)
    return answer != text and _YES_I_DID.match(answer) is not None


def _less_own_contact_question(text: str) -> str:
    """The reply after a question the speaker puts of their own contact ("Did I ever meet
    the envoy? I did not."), else the text as it is."""
    asked = _OWN_QUESTION.match(text)
    if asked is None or relation_of(asked.group(1)) is None:
        return text
    return text[asked.end() :]


#: "Did I meet X?", "Have we ever talked to them?": the speaker's own question of themselves
_OWN_QUESTION = re.compile(r"^\W*(?:did|have|had) (?:I|we) ([^?]+)\?[\s\"“”]*", re.IGNORECASE)
#: "I'm sure I did.", "Of course we have.": a yes to it, not "I did not"
_YES_I_DID = re.compile(
    r"(?:(?:yes|sure|of course|absolutely|I[’']m sure|I am sure)[,.!]?\s*)*"
    r"(?:I|we) (?:did|have|had)\b(?![ ’']*n[’']?t| not)",
    re.IGNORECASE,
)


def denies(text: str) -> bool:
    """Whether the words deny (DENIAL_PATTERN), searched only in a text holding one of the
    words every denial holds: most statements hold none."""
    return not DENIAL_WORDS.isdisjoint(words_of(text)) and DENIAL_PATTERN.search(text) is not None


def _asserted(text: str) -> str:
    """The text less what it does not assert as so: its questions ("Does he need to wonder why
    I did not speak?" asks), its relative clauses and conditions ("people who had nothing to
    do with it", "if I haven't said it before"), its idioms of opinion ("had no right to",
    "no doubt"), what it wishes or deplores ("I hope it doesn't happen", "sad that he didn't
    come") and the charge it sets itself against ("contrary to claims that he never paid"): a
    negation there denies nothing."""
    for pattern in (
        CONTRARY_CHARGE_PATTERN,
        _QUESTION,
        UNASSERTED_CLAUSE_PATTERN,
        OPINION_IDIOM_PATTERN,
        WISHED_OR_DEPLORED_PATTERN,
    ):
        text = pattern.sub(" ", text)
    return text


def _insisted(text: str) -> str:
    """What an insistence holds as fact: less a reply's opening "No," (the speaker's own point
    follows it) and less negations of what should, will or can be — "insisted his name should
    not appear on the ballot" argues, "insisted that was not part of the deal" denies."""
    return _UNTOLD_NEGATION.sub(" ", _PREMISE_OF_A_VIEW.sub(" ", _REPLY_NO.sub("", text)))


def _bare_denial(text: str) -> bool:
    """ "No.", "Of course not. And …", "No one I can think of.": a reply whose first sentence
    is a short no ("No, but I'm going to make my views known …" argues instead) — after the
    question echoed back, if it opens so ("Did I? No. Why would I?")."""
    text = _ECHOED_QUESTION.sub("", _less_own_contact_question(text.strip()), count=1)
    first = _FIRST_SENTENCE.match(text)
    opening = first.group(0) if first else text
    return (
        len(opening.split()) <= _BARE_DENIAL_WORDS
        and BARE_DENIAL_PATTERN.search(opening) is not None
        and not _corrects(opening)
    )


def _corrects(opening: str) -> bool:
    """ "No, I meant he's the founder.": a "No," followed by a point of the speaker's own
    that negates nothing puts a counter-claim, not a denial ("No, I didn't." still denies;
    "No, sir." is still bare)."""
    rest = _REPLY_NO.sub("", opening, count=1)
    if rest == opening:
        return False
    return len(rest.split()) >= _OWN_POINT_WORDS and NEGATION_PATTERN.search(rest) is None


#: "Did I?", "Me?", "Have we ever?": a reply opening on the question echoed back.
_ECHOED_QUESTION = re.compile(r"^\W*(?:\w+[’']?\w*\s+){0,2}\w+\?\W*(?=\w)")
_OWN_POINT_WORDS = 2  # "No, sir." is bare; "No, I meant …" makes a point


def _states_contact(text: str) -> bool:
    """A contact told as a fact: in a clause with no negation ("he had met Kislyak briefly
    but that the conversation was not substantive" tells the meeting), and not the subject
    of a question."""
    return OPEN_QUESTION_PATTERN.search(text) is None and any(
        AFFIRM_PATTERN.search(clause) is not None and NEGATION_PATTERN.search(clause) is None
        for clause in _CONTRASTED_CLAUSES.split(text)
    )


# "…, but …", "…; …": clauses each saying their own thing; "met him as a senator, not as a
# campaign surrogate": the capacity denied after the contact leaves the contact told
_CONTRASTED_CLAUSES = re.compile(r",? but |; |, not (?=as |in |for |because )", re.IGNORECASE)


def relation_of(text: str) -> Relation | None:
    """The kind of contact the words name, the most specific one first."""
    for name, pattern in RELATION_PATTERNS:
        if pattern.search(text):
            return Relation(name)
    return None


def judge(
    doc: Doc,
    article: Article,
    cast: Cast,
    content: Sequence[Offsets],
    cue: str,
    kind: StatementKind,
    speaker: CastMember | None,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate] | None,
    principal: CastMember | None = None,
) -> tuple[Stance, Proposition | None]:
    """Stance of the content, and its proposition when it is about contact; ``principal`` is
    whom a spokesperson speaker speaks for (their acts are the speaker's side's own)."""
    text = " ".join(text_of(doc)[s:e] for s, e in content)
    told = _told(doc, content)
    if cue not in _CUES_WITH_A_STANCE and _WH_TOPIC.match(text):
        return Stance.OTHER, None  # "explaining why the bills had not passed": a topic
    if (
        cue not in _CUES_WITH_A_STANCE
        and not denies(told)
        and _answers_a_judgement(doc, cast, content, text)
    ) or _says_no_to(doc, content, text):
        return Stance.OTHER, None  # "Not at all." to "Is it unusual?"; not "That never happened"
    stance = classify(told, cue, None if kind is StatementKind.INDIRECT else _opening(doc, content))
    rebutted: list[Token] = []
    if stance is Stance.OTHER:
        if (
            _negates_a_fact(doc, content, kind, cue, _Sides(cast, speaker, principal))
            or _contradicts_a_charge(told, cue)
            or _rejects_a_claim(text, cue)  # its "that" clause, which the parser may not hang
        ):  # on the claim, was taken for a relative clause and left out of what is told
            stance = Stance.DENY
        else:
            rebutted = _rebutted(doc, content, cue)
            stance = Stance.DENY if rebutted else stance
    about = _about(doc, cast, content, text, stance)
    about_text = " ".join(text_of(doc)[s:e] for s, e in about)
    relation = relation_of(_less(doc, about, _disowned_words))
    negated = _denied_verbs(doc, content) if stance is Stance.DENY else []
    if (
        relation is None
        or _names_a_topic(doc, about, about_text, relation)
        or (rebutted and not any(_denies_a_contact(v) for v in rebutted))
        or (negated and all(_denies_only_things_sent(v) for v in negated))
        or (stance is Stance.DENY and _told_beside(doc, content, about))
    ):
        return stance, None
    proposition = _proposition(
        doc,
        cast,
        about,
        about_text,
        relation,
        speaker,
        anchor,
        periods,
        stance is Stance.DENY,
        article,
    )
    polarity = stance not in {Stance.DENY}
    # a bare "No." to a question about contacts on one topic ("… about the 2016 election")
    # denies those only, which no report of a contact is held against unless it tells what was
    # discussed: it is given no other side to be matched with (it goes to review)
    scoped = _is_reply(cast, content, text) and CONTACT_TOPIC.search(about_text) is not None
    return stance, Proposition(
        proposition.relation,
        proposition.subjects,
        () if scoped else proposition.objects,
        proposition.period,
        polarity,
        proposition.quantifier,
    )


def _contradicts_a_charge(told: str, cue: str) -> bool:
    """ "says that contrary to the claims of his rivals, he's not plotting to take away guns":
    a negation set against a charge it names denies the charge, even where the negated words
    alone would tell a plan or a state of things. What will or can not be is still a
    prediction, and the words of the charge itself ("contrary to claims that he never paid")
    are not the speaker's negation."""
    charge = CONTRARY_CHARGE_PATTERN.search(told)
    if charge is None or cue in VIEW_CUES or cue in QUESTION_CUES:
        return False
    rest = _asserted(told[: charge.start()] + " " + told[charge.end() :])
    return NEGATION_PATTERN.search(_PREDICTED_NEGATION.sub(" ", rest)) is not None


def _told(doc: Doc, content: Sequence[Offsets]) -> str:
    """The content less its relative clauses opened by "that" ("something that hasn't happened
    since 1984", "stereotypes that are untrue", "in a way that does not exist"): they describe
    what the speaker talks about and assert nothing of their own, so a negation there denies
    nothing. After "no one" or "nobody" the clause is what is denied ("nobody that I know of")
    and stays. Words the speaker denies having said go too ("I never said [I had never met
    him]")."""
    return _less(doc, content, lambda token: _describes(token) or _disowned_words(token))


def _less(doc: Doc, content: Sequence[Offsets], cut: Callable[[Token], bool]) -> str:
    """The content's text less the clauses whose verb ``cut`` picks, each to its last word."""
    text = text_of(doc)
    pieces = []
    for start, end in content:
        span = doc.char_span(start, end, alignment_mode="expand")
        cuts = [_relative_run(t) for t in span or () if cut(t)]
        at = start
        for cut_start, cut_end in sorted(c for c in cuts if start <= c[0] < end):
            if cut_start >= at:
                pieces.append(text[at:cut_start])
                at = min(cut_end, end)
        pieces.append(text[at:end])
    return " ".join(pieces)


def _describes(token: Token) -> bool:
    """A relative clause opened by "that" hung on a noun other than "no one", "nobody"; or one
    opened by a preposition ("…, to which X interjected: 'It's not true'"), which tells what
    someone else did or said."""
    if token.dep_ not in ("relcl", "advcl") or token.head.lower_ in _DENIED_ANTECEDENTS:
        return False
    opened = any(c.lower_ == "that" and c.tag_ == "WDT" and c.i < token.i for c in token.children)
    piped = any(
        c.dep_ == "prep" and c.i < token.i and any(p.tag_ in ("WDT", "WP") for p in c.children)
        for c in token.children
    )
    return (opened and token.dep_ == "relcl") or piped


def _relative_run(verb: Token) -> Offsets:
    """Where a relative clause runs in the text: from its "that" to its last word."""
    last = verb.right_edge
    return verb.left_edge.idx, last.idx + len(last.text)


#: Antecedents whose relative clause is part of what is denied: "nobody that worked for him".
_DENIED_ANTECEDENTS = frozenset({"one", "nobody", "none", "anyone", "anybody"})


def _says_no_to(doc: Doc, content: Sequence[Offsets], text: str) -> bool:
    """ "will say 'no' to his plans": a "no" said to something refuses it; it answers no
    question of fact. Nor does a "no" gestured or waved at a crowd ("gestured 'no' with his
    hands"), unless a question of fact was just put to the one gesturing."""
    if _unquoted(text).strip(",.!").lower() != "no":
        return False
    whole = text_of(doc)
    start, end = content[0][0], content[-1][1]
    if _TO_AFTER.match(whole[end:]) is not None:
        return True
    return (
        _GESTURED_BEFORE.search(whole[max(0, start - _GESTURE_REACH) : start]) is not None
        and question_before(doc, start) is None
    )


_TO_AFTER = re.compile(r"[\"”’']?\s+to\b")
_GESTURED_BEFORE = re.compile(r"\b(?:gestur|signal|motion|wav)\w*\s+[\"“‘']?\s*$", re.IGNORECASE)
_GESTURE_REACH = 30  # characters before the "no" where its gesture verb stands


#: Cue verbs that carry a stance of their own: "disputed this" is a denial, never a reply
#: whose meaning comes from a question asked before it.
_CUES_WITH_A_STANCE = DENIAL_CUES | AFFIRM_CUES | DECLINE_CUES | DISMISSAL_CUES | REJECTION_CUES

#: Verbs of telling and disclosing: "has not indicated whether", "didn't report the loans"
#: tell a silence or charge an omission; they deny no fact.
_OMISSIONS = frozenset(
    {"indicate", "report", "disclose", "announce", "reveal", "specify", "explain", "respond"}
    | {"comment", "elaborate", "answer", "address", "acknowledge", "confirm", "reply", "suggest"}
)
#: Verbs of speaking: without a counterpart, "did not speak" is silence, not a denied contact.
_SPEAKING = frozenset({"speak", "talk"})
#: Verbs of thinking, wanting and judging: "did not think", "doesn't want" state a view.
_VIEWS = frozenset(
    {
        "think",
        "believe",
        "want",
        "need",
        "know",
        "like",
        "care",
        "expect",
        "see",
        "understand",
        "feel",
        "agree",
        "concern",
        "hope",
        "mean",
        "seem",
        "appear",  # "it did not appear that anyone else was injured"
        "matter",
        "say",
        "hear",
        "trust",
        "forgive",
        "get",
        "look",
        "sound",
        "make",
        "stand",
        "go",
        "include",
        "mention",
        "doubt",
        "recognize",
        "respect",
        "decide",
        "impress",
        "convince",
        "persuade",
        "satisfy",
        "surprise",
        "bother",
        "warrant",
        "deserve",
        "merit",
        "justify",
        "regret",
    }
)


@dataclass(frozen=True)
class _Sides:
    """Whose acts a subject tells: the speaker's side's own or another's. Clinton saying "he
    had not done his homework" of Sanders tells what another did not do; a group's "he" may
    be the one it speaks for (a campaign's candidate), so it is never read as another; and a
    spokesperson saying "she never signed it" or "the governor did not sign it" of the one
    they speak for tells their own side's act, as the principal's own "I never signed it"."""

    cast: Cast
    speaker: CastMember | None
    principal: CastMember | None

    def another(self, pronoun: Token) -> bool:
        """Whether a "he" or "she" stands for a person other than the speaker and the one the
        speaker speaks for, when the speaker is a person."""
        if self.speaker is None or self.speaker.kind is not EntityKind.PERSON:
            return False
        if pronoun.lower_ not in {"he", "she"}:
            return False
        member = self._member(pronoun)
        return (
            member is not None
            and member.kind is EntityKind.PERSON
            and member.id != self.speaker.id
            and not self.spoken_for(pronoun)
        )

    def spoken_for(self, subject: Token) -> bool:
        """Whether the subject stands for the one a spokesperson speaker speaks for."""
        member = self._member(subject)
        return self.principal is not None and member is not None and member.id == self.principal.id

    def _member(self, token: Token) -> CastMember | None:
        """The cast member at the word, or at its whole phrase ("the governor")."""
        phrase_end = token.right_edge.idx + len(token.right_edge.text)
        return self.cast.member_at(token.idx, token.idx + len(token.text)) or self.cast.member_at(
            token.left_edge.idx, phrase_end
        )


def _negates_a_fact(
    doc: Doc,
    content: Sequence[Offsets],
    kind: StatementKind,
    cue: str,
    sides: _Sides,
) -> bool:
    """Reported speech saying that something did not happen or is not so — "said he did not
    sign the agreement", "said there was no attempt to hide it", "said Manafort was not
    involved": the GUIDE's denial of a fact, whatever the fact. Only what the speaker asserts
    as their own ("suggested", "lamented" do not) and only a fact: an opinion on a copula ("is
    not a hard race"), an intention or prediction ("won't", "can't"), a view ("did not think")
    and a quotation's rhetoric are not denials."""
    if cue not in ASSERTION_CUES and kind is not StatementKind.DIRECT:
        return False
    pieces = content if kind is StatementKind.INDIRECT else content[:1]
    if any(_fragment_negates(doc, piece, kind, sides) for piece in pieces):
        return True
    return kind is StatementKind.DIRECT and any(
        _own_deed_pointedly_negated(verb, sides) for verb in _later_sentence_verbs(doc, content)
    )


def _later_sentence_verbs(doc: Doc, content: Sequence[Offsets]) -> list[Token]:
    """The main verbs of the quoted words after its first sentence (the words' own, not the
    attribution's "said"): "This is hilarious. I didn't post that picture." denies in its
    second."""
    span = _opening_span(doc, content)
    if span is None:
        return []
    later = [t for t in span if t.sent.start > span[0].sent.start]
    inside = {t.i for t in later}
    heads = [t for t in later if t.head.i not in inside or t.head.i == t.i]
    return [
        verb
        for head in heads
        for verb in (head, *(c for c in head.children if c.dep_ == "conj"))
        if verb.pos_ in {"VERB", "AUX"}
    ]


def _fragment_negates(doc: Doc, fragment: Offsets, kind: StatementKind, sides: _Sides) -> bool:
    """Whether the first clause of one piece of reported content negates a fact: each piece of
    "said Gates was not paid and said Manafort was not involved" is read for itself. Quoted
    words are read at their opening only (a quote's later sentences are its rhetoric)."""
    clause = _first_clause(doc, [fragment])
    if clause is None or clause[0].sent.text.rstrip(_CLOSING_MARKS).endswith("?"):
        return False  # "why hadn't she screamed?", even with the mark outside the content
    root = _found(clause.root)
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    if _unreal(root) and any(_nothing_there(ground) for ground in _grounds(root)):
        return True
    if kind is StatementKind.DIRECT:  # a quote's rhetoric: only "there was never any …"
        return any(
            _nothing_was(verb)
            or _nobody_underwent(verb)
            or _negated_of_another(verb)
            or _own_act_denied(verb, sides)
            for verb in verbs
        )
    return any(_negated_fact(verb) and _own_or_answered(verb, sides) for verb in verbs)


def _nobody_underwent(verb: Token) -> bool:
    """ "No one was paid", "Nobody was hurt": a quote saying in the simple past passive that
    nobody underwent the act at issue denies that it happened — unlike the rhetoric of
    "nobody has ever worked harder" or "no one told me"."""
    children = list(verb.children)
    return (
        any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in children)
        and not any(c.dep_ == "aux" for c in children)
        and _negative_subject(children)
        and _negated_fact(verb)
    )


def _unreal(verb: Token) -> bool:
    """What could, would or did not happen ("can't name a bribe", "would gladly publish the
    memos"): only such a clause is answered by grounds saying the thing does not exist; "I'm the
    catcher because there's no one else who can squat" explains a fact with a joke."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and (c.lower_ in _MODALS or c.lemma_ in _MODALS))
        for c in verb.children
    )


def _grounds(verb: Token) -> list[Token]:
    """The clauses a "because" gives as the reason for what the verb tells."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children)
    ]


def _nothing_there(verb: Token) -> bool:
    """ "can't come up with an example because there isn't one", "would release his speeches
    because there were no speeches": the grounds say the thing at issue does not exist."""
    children = list(verb.children)
    return any(c.dep_ == "expl" for c in children) and (
        any(c.dep_ == "neg" for c in children)
        or any(_no_thing(c) for c in children if c.dep_ in {"attr", "nsubj"})
    )


def _found(verb: Token) -> Token:
    """The clause a finding reports ("they concluded there was no obligation"): what the
    speaker says was found is what they assert."""
    if verb.lemma_ not in FINDING_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return verb
    return next((c for c in verb.children if c.dep_ == "ccomp"), verb)


def _first_clause(doc: Doc, content: Sequence[Offsets]) -> Span | None:
    """The content's first sentence as a span of the document, whose root is the clause's
    verb (the "that"-clause's, not the speech verb's), without the marks and breaks around
    it: the parser may hang a closing quote mark on the speech verb, and the mark would be
    the span's root ('explaining that she had not sent emails "marked classified."')."""
    span = _opening_span(doc, content)
    if span is None:
        return None
    start, end = span.start, min(span.end, span[0].sent.end)
    while end - start > 1 and _mark_or_break(doc[end - 1]):
        end -= 1
    while end - start > 1 and _mark_or_break(doc[start]):
        start += 1
    return doc[start:end]


def _mark_or_break(token: Token) -> bool:
    return token.is_punct or token.is_space


def _opening_span(doc: Doc, content: Sequence[Offsets]) -> Span | None:
    """The content's first piece as a span of the document, or None when it holds no word."""
    start, end = content[0]
    span = doc.char_span(start, end, alignment_mode="contract")
    return span if span is not None and len(span) > 0 else None


def _negated_fact(verb: Token) -> bool:
    children = list(verb.children)
    if _misread(children):
        return False
    auxiliaries = [c for c in children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in _MODALS or a.lemma_ in _MODALS for a in auxiliaries):
        return False
    if verb.lemma_ in _VIEWS or verb.lemma_ in _OMISSIONS or _silence(verb, children):
        return False
    if _judged_outcome(verb, children) or _had_in_mind(verb, children):
        return False
    if _held_on(verb, children) or _came_up_empty(verb) or _judged_subject(verb, children):
        return False
    if verb.lemma_ in _INTENDING and any(c.dep_ == "xcomp" for c in children):
        return False  # "were not looking to cash out": an intention
    if verb.lemma_ in _ARRANGING:
        return False  # "no meeting has been arranged": a plan not (yet) made
    if _status_told(children) or _REASON_DENIED.search(verb.sent.text):
        return False  # "hadn't yet called for it": still to come; "not because X but because Y"
    if verb.tag_ == "VBG" and _grounds(verb):
        return False  # "was not releasing his returns because they are audited": a stance held
    if any(c.dep_ == "expl" for c in children):
        return _nothing_was(verb) or (
            _past(verb, auxiliaries)
            and any(_no_thing(c) for c in children if c.dep_ in {"attr", "nsubj"})
        )
    if _lacked_information(verb, children):
        return False
    if _had_nothing(verb, children):
        return verb.tag_ == "VBD"
    negative_subject = _negative_subject(children)
    met_no_one = any(_met_no_one(o) == verb for c in children for o in (c, *c.children))
    if not any(c.dep_ == "neg" for c in children) and not (
        negative_subject or _neither_verb(children) or met_no_one
    ):
        return False
    if _restricted(verb):
        return False
    if verb.lemma_ == "be" and any(c.dep_ in {"acomp", "attr", "xcomp"} for c in children):
        return False  # "was not a good way to treat me", "the aim was not to win": a judgement
    # "neither of these emails involve the secretary": what none of a known set does, now
    return _past(verb, auxiliaries) or _undergoing(auxiliaries) or _none_of_a_set(children)


#: Verbs of arranging what is to come: "no meeting has been scheduled", "had not planned a
#: trip" tell the state of a plan (the GUIDE's plan or its absence), not that a contact at
#: issue did not happen; the meeting may well take place later.
_ARRANGING = frozenset({"arrange", "schedule", "plan", "book", "slate", "organize", "organise"})


def _misread(children: Sequence[Token]) -> bool:
    """ "saying that nobody involved remains at the firm": the small model made "involved" the
    verb and "remains" its object. A finite verb as an object is a misread clause, which
    tells nothing to judge."""
    return any(c.dep_ == "dobj" and c.tag_ in _FINITE for c in children)


_FINITE = frozenset({"VBZ", "VBP", "VBD"})


def _undergoing(auxiliaries: Sequence[Token]) -> bool:
    """ "he's not being audited", "the emails are not being reviewed": what is not being done
    to someone now is a fact, not a plan or a view."""
    return any(a.dep_ == "auxpass" and a.lower_ == "being" for a in auxiliaries)


def _judged_outcome(verb: Token, children: Sequence[Token]) -> bool:
    """ "for all his attempts, it didn't work": "work" with nothing worked on or for judges
    whether something succeeded; "had not worked on the case" tells a fact. So does a result
    held to a measure: "growth has not met our expectations", "did not reach the target"."""
    if verb.lemma_ in _MEASURING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in MEASURE_NOUNS for c in children
    ):
        return True
    return verb.lemma_ == "work" and not any(
        c.dep_ == "prep" and c.lower_ in {"on", "for", "with", "at", "in"} and c.i > verb.i
        for c in children
    )


#: A result set against a measure: "met expectations", "reached its target".
_MEASURING = frozenset({"meet", "reach", "hit", "match", "exceed"})


def _held_on(verb: Token, children: Sequence[Token]) -> bool:
    """ "hadn't given up hope that she could win", "has not lost faith": a hope or a fight
    kept up is a state of mind, not an act denied."""
    objects = [c for c in children if c.dep_ == "dobj"]
    if verb.lemma_ == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in children):
        return not objects or any(o.lemma_ in _KEPT_UP for o in objects)
    return verb.lemma_ == "lose" and any(o.lemma_ in _KEPT_UP for o in objects)


#: What one keeps up or gives up as a state of mind.
_KEPT_UP = frozenset({"hope", "faith", "heart", "confidence", "fight", "dream"})


def _came_up_empty(verb: Token) -> bool:
    """ "no records were located", "did not find ties of any consequence": what a search
    turned up is a finding, not a claim rejected — unless it answers a charge made just
    before ("I blame her" — "none of the inquiries found any wrongdoing")."""
    return verb.lemma_ in _SEARCHES and not _answers_a_charge(verb.sent)


#: Verbs of looking for something and turning it up ("have not pinned down his whereabouts").
_SEARCHES = frozenset({"locate", "find", "uncover", "discover", "identify", "pin", "trace"})


def _judged_subject(verb: Token, children: Sequence[Token]) -> bool:
    """ "the problem was not requiring an ID", "letting them stay was not out of step with
    voters", "many of his friends had no insurance": what matters, an act weighed, or how a
    crowd fares is judged or described; nothing at issue is said not to have happened. The
    first two only on "be" ("hiring him did not break the rules", "the issue never came up"
    still deny)."""
    subjects = [c for c in children if c.dep_ in {"nsubj", "csubj"}]
    copular = verb.lemma_ == "be" or any(c.dep_ == "aux" and c.lemma_ == "be" for c in children)
    return any(
        (copular and (s.dep_ == "csubj" or s.lemma_ in _JUDGED_NOUNS))
        or s.lower_ in _COUNTING_WORDS
        for s in subjects
    )


#: Subjects whose negation judges what matters: "the problem was not …", "the point is not …".
_JUDGED_NOUNS = frozenset({"problem", "issue", "point", "question", "aim", "goal", "purpose"})
#: Subjects that count a crowd: "many of them had no insurance", "most did not vote".
_COUNTING_WORDS = frozenset({"many", "most", "some", "few", "several"})


def _had_in_mind(verb: Token, children: Sequence[Token]) -> bool:
    """ "She didn't have a particular video in mind": what one meant, a view."""
    return verb.lemma_ == "have" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "mind" for g in c.children)
        for c in children
    )


def _past(verb: Token, auxiliaries: Sequence[Token]) -> bool:
    """What was or has been: "there was no attempt", "did not sign", "had never met". In the
    present, "there's no precedent", "there is no path forward" judge how things stand."""
    return verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxiliaries)


def _lacked_information(verb: Token, children: Sequence[Token]) -> bool:
    """ "did not have numbers on how many used it", "had no information about them", "had no
    evidence that the account was hacked": not knowing, not a fact denied; "did not have
    permission" tells a leave not given."""
    return verb.lemma_ == "have" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _INFORMATION_NOUNS for c in children
    )


#: What one may lack without denying anything: "did not have the figures", "did not have
#: permission to use the emblem" (a leave not given).
_INFORMATION_NOUNS = frozenset(
    {"number", "figure", "detail", "information", "data", "estimate", "answer", "count"}
    | {"breakdown", "specific", "update", "word", "idea", "evidence", "proof"}
    | {"permission", "authorization", "authorisation", "approval", "consent"}
)


def _restricted(verb: Token) -> bool:
    """ "wasn't targeting just Trump", "did not only meet donors": the negation narrows what
    the clause says (not only this, also that); it denies nothing."""
    negations = [c for c in verb.children if c.dep_ == "neg"]
    return any(
        (t.lower_ in _RESTRICTING and 0 < t.i - n.i <= _RESTRICTING_REACH)
        or (t.lower_ in _DEGREE and 0 < t.i - n.i <= _DEGREE_REACH)
        for n in negations
        for t in verb.subtree
    )


#: Adverbs that make a negation narrow, not deny: "not just", "not only", "not merely" —
#: within a few words of the "not" ("wasn't targeting just Trump").
_RESTRICTING = frozenset({"just", "only", "merely", "solely", "exclusively"})
_RESTRICTING_REACH = 3
#: Words of degree: "did not use it that much", "hasn't had much time" say how much, not
#: whether.
_DEGREE = frozenset({"much", "often", "enough"})
_DEGREE_REACH = 5


def _status_told(children: Sequence[Token]) -> bool:
    """ "hadn't started voting yet", "has not even begun", "had never been in politics
    before", "didn't work on it until the shooting": a negation bounded in time tells how
    things stand or stood, not that something at issue did not happen."""
    clause = [*children, *(g for c in children if c.dep_ == "xcomp" for g in c.children)]
    return any(t.lower_ in _STATUS_WORDS and t.dep_ in {"advmod", "prep"} for t in clause)


#: Words that bound a negation in time: "not yet", "not even", "never … before", "not until".
_STATUS_WORDS = frozenset({"yet", "even", "before", "until"})


def _silence(verb: Token, children: Sequence[Token]) -> bool:
    """ "had not spoken because she could not stay composed" tells a silence: speaking denies
    a contact only with someone to speak to or with ("had not spoken to the envoy")."""
    return verb.lemma_ in _SPEAKING and not any(
        c.dep_ == "prep" and c.lower_ in {"to", "with"} for c in children
    )


def _negated_of_another(verb: Token) -> bool:
    """ "The committee did not discriminate", "The story was not written in advance": in a
    quote answering a charge, a thing or another party said not to have done or undergone
    something is a denial; the speaker's own "I never claimed to be …" tells their story."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return (
        bool(subjects)
        and all(s.lower_ not in _SPEAKER_PRONOUNS for s in subjects)
        and _negated_fact(verb)
        and (
            neither_subject(list(verb.children))
            or _none_of_a_set(list(verb.children))
            or _answers_a_charge(verb.sent)
        )
    )


def _own_act_denied(verb: Token, sides: _Sides) -> bool:
    """ "I did not email any classified material to anyone", "we never took a dime from
    them", opening a quote: the speaker's own deed said not to have been done denies it (the
    GUIDE's "says something did not happen"), as it does answering a charge made just before
    it, and so does their own contact denied ("I didn't call him"). Otherwise "I didn't see it
    coming" and "I never thought …" tell a view, "I didn't come here to lose" a purpose, "I
    never had a chance" a chance missed, "I didn't close the shelters" the speaker's story,
    and "I never claimed to be a lawyer" a word not said."""
    if _own_deed_negated(verb, sides) and _answers_a_charge(verb.sent, verb):
        return True
    if _own_deed_negated(verb, sides) and _own_contact_denied(verb):
        return True
    return _own_deed_pointedly_negated(verb, sides)


def _own_contact_denied(verb: Token) -> bool:
    """ "I didn't call him", "we did not meet them": the speaker's own contact said not to have
    been is a denial of it wherever the quote says it — not "I never called him a liar",
    which names him."""
    return not _calls_names(verb) and _denies_a_contact(verb)


def _own_deed_negated(verb: Token, sides: _Sides) -> bool:
    """The speaker's (or their side's) own act or undergoing, said not to have been."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return (
        bool(subjects)
        and all(s.lower_ in _SPEAKER_PRONOUNS or sides.spoken_for(s) for s in subjects)
        and (verb.lemma_ != "be" or _been_to(verb))
        and verb.tag_ != "VBG"
        and _negated_fact(verb)
    )


def _been_to(verb: Token) -> bool:
    """ "I have never been to Prague": "been to" a place tells a trip, an act — not a state."""
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _own_deed_pointedly_negated(verb: Token, sides: _Sides) -> bool:
    """ "I didn't post that picture", "we never took a dime": the speaker's own deed said not
    done, with nothing left over or the thing at issue pointed at — a denial wherever the
    quote says it, with no charge needed."""
    purpose = any(c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB" for c in verb.children)
    return (
        _own_deed_negated(verb, sides)
        and not purpose
        and (verb.lemma_ != "have" or _denies_a_contact(verb))
        and _pointed_denial(verb)
    )


def _pointed_denial(verb: Token) -> bool:
    """ "did not email any classified material to anyone", "never took a dime", "didn't post
    that picture", "have never been to Prague in my life": a negation that leaves nothing
    over, or that points at the thing at issue, rejects something put to the speaker — "I
    didn't close the shelters" tells their story."""
    if any(t.lemma_ in _VIEWS for t in verb.subtree if t.i != verb.i):
        return False  # "was never given any reason to believe it": not knowing, a view
    words = [t for t in verb.subtree if t.i > verb.i and not _in_a_clause(t, verb)]
    pointed = any(
        _points_at_the_act(verb, o) or any(d.lower_ in _POINTING for d in o.children)
        for o in verb.children
        if o.dep_ == "dobj"
    )
    in_a_lifetime = any(t.lower_ == "life" and t.head.lower_ == "in" for t in words)
    return pointed or in_a_lifetime or any(t.lower_ in _NOTHING_OVER for t in words)


def _points_at_the_act(verb: Token, thing: Token) -> bool:
    """ "I didn't do it", "never said that": a pronoun object standing for the act put to
    the speaker — "it" only after "do", which stands in for the act itself."""
    return thing.lower_ in _POINTING or (verb.lemma_ == "do" and thing.lower_ == "it")


#: Words that make a negation leave nothing over: "any", "anyone", "a single", "a dime".
_NOTHING_OVER = frozenset(
    {"any", "anyone", "anybody", "anything", "ever", "single", "whatsoever", "dime", "penny"}
)


def _own_or_answered(verb: Token, sides: _Sides) -> bool:
    """ "said he did not sign it" denies the speaker's own act (a pronoun subject: the speaker
    or the side they speak for, unless ``sides`` finds it stands for someone else); "said
    the gunman didn't mingle", "said the footage did not show a gun", "said her colleague had
    not worked on the case" tell what another did or what a thing shows — a witness's
    description or a criticism, and a denial only as the answer to a charge made just before
    it (or with a "neither … nor" subject). A state ("Gates was not working for the party",
    "was not involved"), an event that did not come about ("the project never came to pass")
    and what there was not or someone had not are read as they stand; another's record to
    date in the present perfect passive ("hasn't been tested") is read as an act, and so is
    one whose subject the content left out (", hasn't been tested in a way that …")."""
    children = list(verb.children)
    if _record_to_date(verb, children):
        subjects = [c for c in children if c.dep_ == "nsubjpass"]
        return any(s.pos_ == "PRON" for s in subjects) or _answered(verb)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    told_as_done = (
        (verb.tag_ in {"VBD", "VB"} or _perfect(verb, children))
        and verb.lemma_ not in _COMING_ABOUT
        and verb.lemma_ != "be"
        and not any(c.dep_ in {"expl", "auxpass", "acomp", "attr"} for c in children)
        and not _had_nothing(verb, children)
    )
    if not told_as_done or not subjects:
        return True
    if any((s.pos_ == "PRON" and not sides.another(s)) or sides.spoken_for(s) for s in subjects):
        return True
    return _answered(verb)


def _answered(verb: Token) -> bool:
    """A negation about another that denies: with a "neither … nor" subject, or answering a
    charge."""
    return neither_subject(list(verb.children)) or _answers_a_charge(verb.sent)


def _record_to_date(verb: Token, children: Sequence[Token]) -> bool:
    """ "Rubio hasn't been tested", "the nominee has not been vetted": a present perfect
    passive tells another's record so far — a criticism, not an event denied."""
    auxiliaries = [c for c in children if c.dep_ == "aux"]
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in children)
        and any(a.lemma_ == "have" and a.tag_ in {"VBZ", "VBP"} for a in auxiliaries)
    )


def _perfect(verb: Token, children: Sequence[Token]) -> bool:
    """ "had not worked on the case", "hasn't given it much thought": an act told in the
    perfect is as much another's act as "did not work"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)


#: Verbs telling that something came about: "the project never came to pass", "the deal did
#: not materialize", "the leak did not originate in his office" deny an event, whoever else's
#: it was.
_COMING_ABOUT = frozenset({"happen", "occur", "exist", "come", "materialize", "take", "originate"})


def _answers_a_charge(sentence: Span, clause: Token | None = None) -> bool:
    """A quote denies what it says another did not do only as an answer to a charge made in
    the sentences just before it or in its own ("said in response to the lawsuit"): without
    one, "the agency did not keep track" is a criticism and "they didn't happen every day" a
    description. The words of ``clause`` itself are no charge ("I never claimed to be …")."""
    doc = sentence.doc
    start = sentence.start
    for _ in range(_CHARGE_SENTENCES):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    if clause is None:
        return CHARGE_PATTERN.search(doc[start : sentence.end].text) is not None
    before, after = doc[start : clause.left_edge.i], doc[clause.right_edge.i + 1 : sentence.end]
    return any(CHARGE_PATTERN.search(part.text) for part in (before, after))


#: How many sentences before a quote the charge it answers may stand.
_CHARGE_SENTENCES = 2


def _rebutted(doc: Doc, content: Sequence[Offsets], cue: str) -> list[Token]:
    """The negated clauses of the content that rebut a charge. "Critics charged that the
    meeting was political. The bishop said it was not political": a negation that restates
    what a charge, a report or a question of fact told just before it (its predicate shares
    a word with the charge) rebuts that charge, whatever its tense or form; the same words
    with nothing charged before them ("the plan is not fair") are an opinion. What will,
    would or can not be is still a prediction, and a view ("did not think") stays a view."""
    if cue in VIEW_CUES or cue in QUESTION_CUES or cue in _REPORTING_CUES:
        return []
    charged = _charged_words(doc, content[0][0], cue)
    if not charged:
        return []
    return [verb for verb in _negated_clauses(doc, content) if _negated_predicate(verb) & charged]


def _denies_a_contact(verb: Token) -> bool:
    """Whether a negated clause denies the contact itself: its verb names it ("had not met
    the envoy", "never called him") or the subject is said not to have had or been in one
    ("had no meeting with", "was not in contact with"). "The meeting was not political" says
    nothing of whether it took place, nor "nobody deleted the emails" or "I did not email any
    classified material" of whether any message was sent: a thing sent is no one met."""
    if verb.lemma_ in {"have", "be"}:
        subjects = {t.i for c in verb.children if c.dep_ in _SUBJECTS for t in c.subtree}
        return (
            relation_of(" ".join(t.text for t in verb.subtree if t.i not in subjects)) is not None
        )
    children = list(verb.children)
    particles = [c.text for c in children if c.dep_ in {"prt", "prep"}]
    return relation_of(" ".join([verb.text, *particles])) is not None and all(
        c.pos_ in {"PROPN", "PRON"} for c in children if c.dep_ == "dobj"
    )


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


#: Verbs of sending or receiving a message or a paper.
_SENDING = frozenset({"send", "receive", "email", "e-mail", "text", "write", "forward", "mail"})


def _told_beside(doc: Doc, content: Sequence[Offsets], about: Sequence[Offsets]) -> bool:
    """Whether a contact is told as made beside the denial, in the denial's own sentence (the
    words read may be only the denying clause of it: see :func:`_own_clauses`)."""
    whole = [
        span for span in _sentences(doc, content) if about and span[0] <= about[0][0] < span[1]
    ]
    sentence = whole or list(about)
    return _contact_told_beside_a_denial(doc, sentence, text_of(doc)[slice(*sentence[0])])


def _contact_told_beside_a_denial(doc: Doc, about: Sequence[Offsets], text: str) -> bool:
    """ "I talked to General Flynn about that conversation, and I can confirm that they did not
    discuss …": the words negate something, but no contact they name — that one is told as
    made, and denying it would have the speaker deny his own admission ("had probably met
    Russians, but none of the meetings had been set up in advance" negates its meetings)."""
    span = doc.char_span(*about[0], alignment_mode="expand") if about else None
    if span is None or len(about) != 1:
        return False
    negations = [t for t in span if _negated_by(t) is not None or t.lower_ in {"no", "never"}]
    contacts = [
        word
        for _, pattern in RELATION_PATTERNS
        for found in pattern.finditer(text)
        for word in doc.char_span(
            about[0][0] + found.start(), about[0][0] + found.end(), alignment_mode="expand"
        )
        or []
    ]
    own = [w for w in contacts if not _reported_within(w, span)]
    return bool(negations and own) and not any(_under_negation(w) for w in own)


def _reported_within(word: Token, span: Span) -> bool:
    """A word in a clause the words themselves report ("I can confirm that they did not
    discuss …"): someone else's contact, vouched for — not the speaker's own."""
    inside = range(span.start, span.end)
    return any(a.i in inside and a.lemma_.lower() in SPEECH_CUES for a in word.ancestors)


def _under_negation(word: Token) -> bool:
    """Whether a contact word is negated, by itself or by what it hangs on: a "no" ("no
    contact", "no plans to meet"), or a "not", "never" or "nobody" ("did not meet", "never had
    a call with", "I don't believe I've ever met him"), or a side that is none ("spoke with
    nobody from the Kremlin")."""
    return any(_negates(c) for w in (word, *word.ancestors) for c in w.children) or any(
        _met_no_one(t) == word for t in word.subtree
    )


def _negates(child: Token) -> bool:
    return _negated_by(child) is not None or (child.dep_ == "det" and child.lower_ == "no")


def _denies_only_things_sent(verb: Token) -> bool:
    """ "neither sent nor received emails marked classified", "did not email any classified
    material to anyone": what was (not) sent, with no one it went to or came from, or told by
    its matter — a thing sent is no one met, and denying it denies no contact ("never sent him
    an email" does)."""
    if verb.lemma_.lower() not in _SENDING:
        return False
    # "neither sent nor received emails": the verbs share the object the last one takes
    joined = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.lemma_ in _SENDING)]
    things = [c for v in joined for c in v.children if c.dep_ == "dobj"]
    people = [c for v in joined for c in v.children if c.dep_ == "dative"]
    people += [
        p
        for v in [*joined, *things]  # the parser may hang "to X" on what was sent
        for c in v.children
        if c.dep_ == "prep" and c.lower_ in {"to", "from", "with"}
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return (
        bool(things)
        and all(t.pos_ == "NOUN" for t in things)
        and (not people or all(_a_matter_sent(t) for t in things))
    )


def _a_matter_sent(thing: Token) -> bool:
    """ "classified material", "emails marked classified": what was sent told by what it was
    like — the denial is of that matter, not of every message ("never sent him an email",
    "never sent the polling data to him" deny one)."""
    return any(c.dep_ in {"amod", "acl", "relcl"} for c in thing.children)


def _charged_words(doc: Doc, start: int, cue: str) -> frozenset[str]:
    """The stems of what the charges, reports and questions told in the few sentences before
    ``start`` (and in its own sentence before it) say. A statement told as a reply ("retorted",
    "in response", "shot back") answers what was said before it, charge word or not, and
    may answer it from a little further back."""
    opening = doc.char_span(start, start + 1, alignment_mode="expand")
    if opening is None:
        return frozenset()
    sentence = opening.sent
    own = doc[sentence.start : opening.start]
    lead_in = text_of(doc)[max(0, start - _LEAD_IN) : start].rsplit("\n", 1)[-1]
    replies = cue in _REPLY_CUES or _REPLY_WORDS.search(lead_in) is not None
    spans = [own]
    at = sentence.start
    for _ in range(_REPLY_SENTENCES if replies else _REBUTTAL_SENTENCES):
        if at == 0:
            break
        earlier = doc[at - 1].sent
        spans.append(earlier)
        at = earlier.start
    return frozenset(
        _stem(token)
        for span in spans
        if replies or _tells_a_charge(span)
        for token in _asserted_words(span)
        if _carries_meaning(token)
    )


def _tells_a_charge(span: Span) -> bool:
    """A charge, claim or report ("was accused of", "reports said", "the story that", "cast
    him as stupid"), or a question of fact put ("Did you meet him?", "asked whether"): a
    question asking for a judgement ("Is it unusual?") is answered by an opinion."""
    text = span.text
    return (
        CHARGE_PATTERN.search(text) is not None
        or _CHARGED_WORDS.search(text) is not None
        or (
            ("?" in text or INDIRECT_QUESTION_PATTERN.search(text) is not None)
            and FACT_QUESTION_PATTERN.search(text) is not None
            and JUDGEMENT_QUESTION_PATTERN.search(text) is None
        )
    )


#: Cue verbs of a report: "Bloomberg reported that the names weren't disclosed" tells a
#: finding, which may itself be the charge.
_REPORTING_CUES = frozenset({"report", "reveal", "find", "show", "disclose", "estimate"})
#: Cue verbs of a reply: what they carry answers what was said before.
_REPLY_CUES = frozenset({"respond", "reply", "retort", "counter", "answer", "rebut"})
#: Words before a quote telling it is a reply: "delivered a snappy retort:", "in response".
_REPLY_WORDS = re.compile(
    r"\b(?:retort\w*|rebut\w*|rejoinder|in response|respond\w*|repl(?:y|ied|ying)|countered|"
    r"(?:shot|fired|hit|pushed) back)\b",
    re.IGNORECASE,
)
_LEAD_IN = 60  # characters before a quote where words telling it is a reply stand
#: How many sentences before a reply what it answers may stand.
_REPLY_SENTENCES = 6
#: Words telling a charge beyond CHARGE_PATTERN: what reports, critics or suggestions say.
_CHARGED_WORDS = re.compile(
    r"\b(?:reports?|reported|rumou?rs?|suggest(?:s|ed|ing|ion|ions)?|critics|"
    r"insinuat\w*|impl(?:y|ies|ied|ying))\b|"
    r"\b(?:cast|branded|brands|labell?ed|labels|dubbed|portray\w*|painted|paints|depict\w*)\b"
    r"[^;?!\n]{0,80}?\bas\b",
    re.IGNORECASE,
)
#: How many sentences before a statement a charge it rebuts may stand.
_REBUTTAL_SENTENCES = 4


def _denied_verbs(doc: Doc, content: Sequence[Offsets]) -> list[Token]:
    """The verbs a denial negates: those of its main clauses, else its first clause's, which
    the parser may hang below another verb ("revised her statement, explaining that she had
    not sent or received emails marked classified"), so that what the denial is of is read
    from that verb's words."""
    verbs = _negated_clauses(doc, content)
    clause = _first_clause(doc, content)
    if verbs or clause is None:
        return verbs
    return [clause.root] if any(c.dep_ == "neg" for c in clause.root.children) else []


def _negated_clauses(doc: Doc, content: Sequence[Offsets]) -> list[Token]:
    """The verbs of the content's clauses that the speaker negates as so: a "not", "never" or
    "no one" of their own, in a statement (not a question, a relative clause or a condition),
    not what will or can not be, nor a view."""
    verbs = []
    for start, end in content:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            continue
        for token in span:
            verb = _negated_by(token)
            if verb is not None and _asserts_a_negation(verb) and _main_clause(verb, span):
                verbs.append(verb)
    return verbs


def _negated_by(token: Token) -> Token | None:
    """The verb ``token`` negates: "not", "never", "n't", "neither … nor", or a subject "no
    one", "nobody", "neither of them"."""
    if token.dep_ == "neg" or (token.dep_ == "preconj" and token.lower_ == "neither"):
        return token.head
    if token.dep_ in {"nsubj", "nsubjpass"} and (
        token.lower_ in _NONE_WORDS | {"nobody", "nothing"}
        or (token.lower_ == "one" and any(c.lower_ == "no" for c in token.children))
    ):
        return token.head
    return _met_no_one(token)


def _met_no_one(side: Token) -> Token | None:
    """ "met no Russian officials", "spoke with nobody from the Kremlin": a contact verb whose
    other side is none negates the contact."""
    verb = side.head.head if side.dep_ == "pobj" and side.head.lower_ in {"with", "to"} else None
    verb = side.head if side.dep_ == "dobj" else verb
    if verb is None or not names_no_one(side) or relation_of(verb.text) is None:
        return None
    return verb


def _asserts_a_negation(verb: Token) -> bool:
    """A clause the speaker asserts: its verb heads the sentence or the reported clause, not a
    condition, a relative clause, an infinitive ("appealed to them not to vote"), a gerund or
    what a view holds ("I think that is not possible"); nor what will or can not be."""
    children = list(verb.children)
    return (
        verb.pos_ in {"VERB", "AUX"}
        and (verb.tag_ != "VBG" or any(c.dep_ == "aux" and c.lemma_ == "be" for c in children))
        and not any(
            c.dep_ in {"aux", "auxpass"} and (c.lemma_ in _MODALS or c.tag_ == "TO")
            for c in children
        )
        and verb.lemma_ not in _VIEWS
        and not (verb.lemma_ in _INTENDING and any(c.dep_ == "xcomp" for c in children))
        and not verb.sent.text.rstrip(_CLOSING_MARKS).endswith("?")
        and not _own_plan_or_address(verb, children)
        and not _restricted(verb)
        and not _disowned(verb)
    )


_DISOWNABLE = frozenset({"say", "claim", "suggest", "state", "write"})


def _disowned(verb: Token) -> bool:
    """ "I never said I had never met a diplomat": a negation inside words the speaker denies
    having said is theirs to disown, not a contact they deny — a clarification. Only the
    complement counts: in "I never said it and never met him" the meeting is still denied."""
    while verb.dep_ in {"ccomp", "conj"} and verb.head is not verb:
        if _disowned_words(verb):
            return True
        verb = verb.head
    return False


def _disowned_words(token: Token) -> bool:
    """The complement of a saying the speaker negates ("never said [I had never met …]")."""
    head = token.head
    return (
        token.dep_ == "ccomp"
        and head.lemma_ in _DISOWNABLE
        and any(c.dep_ == "neg" for c in head.children)
    )


def _own_plan_or_address(verb: Token, children: Sequence[Token]) -> bool:
    """ "I'm not leaving the stage" tells the speaker's plan, "Don't train your girls to …"
    and "you don't win the nomination by …" address the listener or anyone: none rebuts a
    charge ("nobody is tearing this up" still may)."""
    subjects = [c for c in children if c.dep_ in _SUBJECTS]
    if any(s.lower_ == "you" for s in subjects):
        return True
    if verb.tag_ == "VBG" and any(s.lower_ in _SPEAKER_PRONOUNS for s in subjects):
        return True
    return verb.dep_ == "ROOT" and verb.tag_ == "VB" and not subjects


def _main_clause(verb: Token, content: Span) -> bool:
    """Whether the verb heads its sentence, or the clause a cue outside the content reports
    ("said [it was not]"), or one joined to either, with no condition and no view over it: a
    clause the content itself reports ("the impression was that it was not an attack") is
    what someone else held."""
    for token in [verb, *verb.ancestors]:
        if token.dep_ not in _MAIN_DEPENDENCIES or (token is not verb and token.lemma_ in _HELD):
            return False
        if token.dep_ == "ccomp" and content.start <= token.head.i < content.end:
            return False
        if any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in token.children):
            return False
        if token.dep_ == "ROOT":
            return True
    return True


#: Verbs of holding a view: what they hold is the speaker's view, not a fact asserted.
_HELD = frozenset(
    {"think", "believe", "feel", "expect", "hope", "doubt", "want", "wish", "fear", "suspect"}
    | {"guess", "suppose", "imagine", "seem", "appear", "hold", "argue"}
)
#: Dependencies by which an asserted clause hangs on its sentence.
_MAIN_DEPENDENCIES = frozenset({"ROOT", "ccomp", "conj", "parataxis"})


def _negated_predicate(verb: Token) -> frozenset[str]:
    """The stems of what a negated clause says of its subject: its verb of own meaning, or
    what it is said to be or to be in ("the story was not [written]", "I'm not [stupid]",
    "the party was not in [a crisis]")."""
    heads = [verb]
    for child in verb.children:
        if child.dep_ in {"acomp", "attr", "oprd", "dobj"}:
            heads.append(child)
        elif child.dep_ == "prep" and verb.lemma_ == "be":
            heads += [g for g in child.children if g.dep_ == "pobj"]
    return frozenset(
        _stem(t) for t in heads if _carries_meaning(t) and t.lemma_.lower() not in _FEELINGS
    )


#: What one is or is not in mind: "I'm not worried", "was not aware" tell a feeling or not
#: knowing, not a charge rebutted.
_FEELINGS = frozenset(
    {"aware", "sure", "certain", "confident", "worried", "concerned", "surprised", "happy"}
    | {"optimistic", "comfortable", "ready", "satisfied", "disappointed", "afraid", "upset"}
)


def _asserted_words(span: Span) -> list[Token]:
    """The words a charge says are so: not those its own negation covers ("said she had not
    been permitted to speak" charges no speaking)."""
    return [
        t
        for t in span
        if not any(any(c.dep_ == "neg" for c in a.children) for a in [t, *t.ancestors])
    ]


def _carries_meaning(token: Token) -> bool:
    """A common noun, a verb or an adjective of its own meaning ("meeting", "political",
    "write"), not a name, a stop word or a verb of saying, having or doing."""
    return (
        token.pos_ in {"NOUN", "VERB", "ADJ"}
        and not token.is_stop
        and token.lemma_.lower() not in _EMPTY_WORDS
        and len(token.text) > 2
    )


#: Words too common in news to tie a negation to a charge.
_EMPTY_WORDS = frozenset(
    {"be", "have", "do", "get", "make", "go", "say", "tell", "take", "come", "know", "think"}
    | {"want", "people", "thing", "time", "year", "way", "day", "lot", "accuse", "allege"}
    | {"claim", "charge", "report", "deny", "ask", "question", "suggest", "critic", "true"}
)


def _stem(token: Token) -> str:
    """A word's lemma cut to its first letters, so that "politics" meets "political" and
    "involved" meets "involvement"."""
    return token.lemma_.lower()[:_STEM_LETTERS]


_STEM_LETTERS = 7


def _nothing_was(verb: Token) -> bool:
    """ "There was never a stand-down order", "There was no meeting", "There's no way that
    happened": a thing said not to have existed, or not to have been possible, in the past."""
    children = list(verb.children)
    if not any(c.dep_ == "expl" for c in children):
        return False
    things = [c for c in children if c.dep_ in {"attr", "nsubj"}]
    if any(c.lemma_ in _POSSIBILITIES and _no_thing(c) for c in things):
        return True  # "no way that happened": whatever the copula's tense
    return verb.tag_ == "VBD" and (
        any(c.dep_ == "neg" and c.lower_ == "never" for c in children)
        or any(_no_thing(c) for c in things)
    )


def _had_nothing(verb: Token, children: Sequence[Token]) -> bool:
    """ "the pilot had no known political affiliations", "had no desire to undermine the
    rules", "the emails contained no classified information": something the subject is said
    not to have had."""
    return verb.lemma_ in _HOLDING and any(
        _no_thing(c) and c.lemma_.lower() not in _HELD_VIEWS for c in children if c.dep_ == "dobj"
    )


#: What one has no more of than a view or a standing: "had no qualms about it", "the court
#: had no jurisdiction" state a position, not a fact at issue.
_HELD_VIEWS = frozenset(
    {"qualm", "doubt", "objection", "regret", "reservation", "illusion", "jurisdiction"}
    | {"standing", "authority"}
)


#: Verbs of what a person or a thing held: "had no ties", "the emails contained no classified
#: information".
_HOLDING = frozenset({"have", "contain"})


def _negative_subject(children: Sequence[Token]) -> bool:
    """ "none of her emails were marked classified", "no payment was sent to the firm",
    "neither of the emails involved her" negate as "neither … nor" does; whose act it denies
    is read as for any other subject ("none of the candidates had released a plan" tells
    what others did not do)."""
    return neither_subject(children) or any(
        c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in _NONE_WORDS | _NOBODY or _no_thing(c))
        for c in children
    )


#: Subjects that are a negation: "none of the emails", "neither of them".
_NONE_WORDS = frozenset({"none", "neither"})
#: A pronoun that is a negation: "nobody was paid" ("nothing about the plea implicated anyone"
#: tells what a thing shows, and is read as "the plea did not implicate anyone" would be).
_NOBODY = frozenset({"nobody"})


def _none_of_a_set(children: Sequence[Token]) -> bool:
    """ "none of these emails involve her", "neither of those reports names him": a negation
    over a set the text points at tells a fact about things at issue — not "none of the
    candidates has a plan", a description, nor "none of this matters", a view."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and c.lower_ in _NONE_WORDS
        and any(
            p.lower_ == "of" and any(d.lower_ in _POINTING for o in p.children for d in o.children)
            for p in c.children
        )
        for c in children
    )


#: Determiners that point at things the text has brought up: "none of these emails".
_POINTING = frozenset({"these", "those", "this", "that"})


def _neither_verb(children: Sequence[Token]) -> bool:
    """ "she neither sent nor received emails marked classified": the verb carries the
    negation of "neither … nor"."""
    return any(c.dep_ == "preconj" and c.lower_ == "neither" for c in children)


def _no_thing(noun: Token) -> bool:
    """ "there was no attempt", "there was never any question" — unless an idiom of opinion.
    The negation must be the noun phrase's own: in "there are a lot of people who never get
    listened to" the "never" belongs to the clause describing them, and the sentence says
    the people exist."""
    negated = any(
        c.lower_ in {"no", "never"} and not _in_a_clause(c, noun)
        for c in noun.subtree
        if c.dep_ in {"det", "neg"}
    )
    if noun.lemma_ in _POSSIBILITIES:
        return negated and _ruled_out_past(noun)
    return negated and noun.lemma_ not in OPINION_IDIOMS and noun.lemma_ not in _INTENTIONS


def _ruled_out_past(noun: Token) -> bool:
    """ "there's no way that happened", "no way he wrote it": a past event said impossible is
    denied — while "no way he will win" and "no chance he would drop out" predict, and stay
    idioms of opinion."""
    return any(
        c.dep_ in _CLAUSES and (c.tag_ == "VBD" or _perfect(c, list(c.children))) and not _unreal(c)
        for c in noun.children
    )


#: Nouns of what could be: negated, they rule a thing out ("no way", "no chance").
_POSSIBILITIES = frozenset({"way", "chance", "possibility"})


#: What someone may have none of without a fact denied: "had no plans to yell anything"
#: states an intention (the GUIDE's "stated plan or its absence").
_INTENTIONS = frozenset({"plan", "intention", "intent"})


#: Dependencies that open a clause of its own inside a noun phrase.
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp"})


def _in_a_clause(token: Token, noun: Token) -> bool:
    """Whether ``token`` sits in a clause hung somewhere below ``noun``."""
    for ancestor in token.ancestors:
        if ancestor == noun:
            return False
        if ancestor.dep_ in _CLAUSES:
            return True
    return False


def _about(
    doc: Doc, cast: Cast, content: Sequence[Offsets], text: str, stance: Stance
) -> Sequence[Offsets]:
    """The words a proposition is read from: the question a reply answers, else the broadest
    sentence of a denial, else the content itself."""
    if _is_reply(cast, content, text):
        question = _question_answered(doc, content)
        if question is not None:
            return [question]
    if stance is Stance.DENY:
        return _broadest_denial(doc, content)
    return content


def _opening(doc: Doc, content: Sequence[Offsets]) -> str:
    """A quote's first sentence: the first sentence of its first piece that holds a word (a
    quotation mark the parser cut off alone is none)."""
    sentences = (text_of(doc)[slice(*span)] for span in _sentences(doc, content[:1]))
    return next((words for words in sentences if any(c.isalnum() for c in words)), "")


def _answers_a_judgement(doc: Doc, cast: Cast, content: Sequence[Offsets], text: str) -> bool:
    """ "Not at all." after "Is it unusual for him to be meeting these people?" rejects the
    judgement, not the meetings, and "No!" after "Does Ted Cruz?" or "Is he conservative?"
    gives an opinion: a reply denies only a question of fact about what happened ("Did
    anyone …", "Have you talked to …"). What the writer says the reply was said of ("he said
    of the possibility that …") is the question it answers."""
    if not _is_reply(cast, content, text):
        return False
    said_of = _SAID_OF.match(text_of(doc), content[-1][1])
    if said_of is not None:
        return JUDGEMENT_QUESTION_PATTERN.search(said_of.group(1)) is not None
    question = _question_answered(doc, content)
    if question is None:
        return False
    asked = text_of(doc)[question[0] : question[1]]
    return bool(JUDGEMENT_QUESTION_PATTERN.search(asked)) or not FACT_QUESTION_PATTERN.search(asked)


#: What a reply is said of, right after it ("'Absolutely not,' he said of the possibility that
#: delegates would switch"): the question it answers, put by the writer.
_SAID_OF = re.compile(
    r"[\"”’'\s,]*(?:[\w.’'-]+\s+){0,3}?(?:said|says|added|told\s+\w+)\s+of\s+([^.;:?!]+)"
)


def _is_reply(cast: Cast, content: Sequence[Offsets], text: str) -> bool:
    """Words that only make sense against a question: an answer opening ("Of course not."),
    an elliptical clause ("that he did not, but …"), or a bare phrase naming no one ("No
    contact.", "It never happened.")."""
    return (
        ANSWER_PATTERN.search(_unquoted(text)) is not None
        or ELLIPTICAL_REPLY_PATTERN.search(text) is not None
        or _is_bare(cast, content, text)
    )


def _is_bare(cast: Cast, content: Sequence[Offsets], text: str) -> bool:
    return len(_unquoted(text).split()) <= _BARE_WORDS and not _members_in(cast, content)


def _broadest_denial(doc: Doc, content: Sequence[Offsets]) -> Sequence[Offsets]:
    """The sentence denying the broadest kind of contact: a quote that says "I have nothing to
    do with X. Haven't called X in years." denies any contact, and the call is only a part of
    it, so the record must hold the whole denial, not its narrowest sentence (nor the narrow
    sentence's time scope); and the one denying sentence — or clause with a subject of its
    own — beside a contact told as held."""
    every = [clause for span in _sentences(doc, content) for clause in _own_clauses(doc, span)]
    of_contact = [span for span in every if relation_of(text_of(doc)[slice(*span)]) is not None]
    sentences = [
        span for span in of_contact if classify(text_of(doc)[slice(*span)], "") is Stance.DENY
    ]
    if len(sentences) == 1 and len(of_contact) > 1:
        # "I talked to General Flynn about that conversation and they did not discuss …": the
        # contact told beside the denial is not what is denied
        return sentences
    if len(sentences) < 2:
        return content
    return [max(sentences, key=lambda span: _breadth(text_of(doc)[slice(*span)]))]


def _own_clauses(doc: Doc, span: Offsets) -> list[Offsets]:
    """A sentence cut before each clause joined to another by "and" or "but" with a subject of
    its own ("I talked to Flynn about the call, and they did not discuss sanctions"; "that he
    had talked to Flynn and that Flynn did not discuss sanctions"): each tells its own fact
    (see :func:`_has_other_subject`)."""
    words = doc.char_span(*span, alignment_mode="contract")
    if words is None:
        return [span]
    cuts = sorted(
        _clause_start(verb)
        for verb in words
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and _has_other_subject(verb)
    )
    bounds = [span[0], *(c for c in cuts if span[0] < c < span[1]), span[1]]
    return [(a, b) for a, b in pairwise(bounds) if text_of(doc)[a:b].strip()]


def _clause_start(verb: Token) -> int:
    """Where a joined clause begins: at the "and", "but" or comma before its first word (the
    parser may hang the "and" on a noun of the clause before)."""
    first = verb.left_edge
    before = verb.doc[first.i - 1] if first.i > 0 else None
    joins = before is not None and (before.lower_ in ("and", "but") or before.text == ",")
    return before.idx if before is not None and joins else first.idx


def _has_other_subject(verb: Token) -> bool:
    """A subject of the clause's own that is not the contacts told before it: "none of the
    meetings had been set up in advance" goes on about the meetings just admitted, and is
    read with them."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    phrases = [text_of(c.doc)[slice(*_phrase_offsets(c))] for c in own]
    return bool(own) and not any(relation_of(phrase) is not None for phrase in phrases)


def _breadth(text: str) -> int:
    """Any contact covers meetings, calls, messages and visits; each of those only itself."""
    return 1 if relation_of(text) is Relation.CONTACT else 0


def _sentences(doc: Doc, content: Sequence[Offsets]) -> list[Offsets]:
    """The content cut at sentence ends, each piece clipped to the content."""
    pieces: list[Offsets] = []
    for start, end in content:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            pieces.append((start, end))
            continue
        sents = [t.sent for t in span if t.i == span.start or t.is_sent_start]
        pieces += [(max(s.start_char, start), min(s.end_char, end)) for s in sents]
    return pieces


def _unquoted(text: str) -> str:
    return text.strip().strip('"“”').strip()


def _question_answered(doc: Doc, content: Sequence[Offsets]) -> Offsets | None:
    """The question a reply answers: one its own sentence puts after it ("'I did not,' he
    said when asked whether he had met X"), else the nearest before it."""
    return _question_after(doc, content[-1][1]) or question_before(doc, content[0][0])


def _question_after(doc: Doc, end: int) -> Offsets | None:
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None:
        return None
    sentence_end = span.sent.end_char
    asked = INDIRECT_QUESTION_PATTERN.search(text_of(doc), end, sentence_end)
    return (asked.start(1), sentence_end) if asked is not None else None


def question_before(doc: Doc, start: int) -> Offsets | None:
    """The yes/no question a reply answers: the nearest before ``start`` in the same or the
    previous paragraph — a sentence ending in "?", or a reported one ("asked him whether …"),
    of which only the part from "whether" on is the question. When the reply's paragraph says
    the question was put again ("asked a similar question"), the one it repeats may be a few
    paragraphs further back."""
    text = text_of(doc)
    paragraph = paragraphs_back(text, start, 0)
    repeated = REPEATED_QUESTION_PATTERN.search(text, paragraph, start) is not None
    floor = paragraphs_back(text, start, _QUESTION_PARAGRAPHS if repeated else 1)
    found = [
        q
        for q in (_direct_question(doc, floor, start), _reported_question(doc, floor, start))
        if q is not None
    ]
    return max(found, key=lambda q: q[1]) if found else None


def paragraphs_back(text: str, start: int, count: int) -> int:
    """Where the paragraph ``count`` paragraphs before the one holding ``start`` begins."""
    floor = start
    for _ in range(count + 1):
        floor = text.rfind("\n", 0, floor)
        if floor < 0:
            return 0
        while floor > 0 and text[floor - 1] == "\n":
            floor -= 1
    return floor


def _direct_question(doc: Doc, floor: int, start: int) -> Offsets | None:
    text = text_of(doc)
    mark = text.rfind("?", floor, start)
    if mark < 0:
        return None
    span = doc.char_span(mark, mark + 1, alignment_mode="expand")
    if span is None:
        return None
    start_at = _after_label(doc, span.sent.start_char, mark)
    opening = max(text.rfind(q, start_at, mark) for q in '"“')
    return (opening if opening >= 0 else start_at), mark + 1


def _after_label(doc: Doc, start: int, mark: int) -> int:
    """Where a question starts once its transcript label is left out ("JAKE TAPPER, CNN
    ANCHOR: Did anyone …"): the one asking is not whom the question is about."""
    ends = [end for begin, end in talking_spans(doc) if start <= begin < mark]
    return max([start, *ends])


def _reported_question(doc: Doc, floor: int, start: int) -> Offsets | None:
    matches = list(INDIRECT_QUESTION_PATTERN.finditer(text_of(doc), floor, start))
    if not matches:
        return None
    opening = matches[-1].start(1)
    span = doc.char_span(opening, opening + 1, alignment_mode="expand")
    end = span.sent.end_char if span is not None else start
    return opening, min(end, start)


def _proposition(
    doc: Doc,
    cast: Cast,
    about: Sequence[Offsets],
    text: str,
    relation: Relation,
    speaker: CastMember | None,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate] | None,
    denied: bool,
    article: Article,
) -> Proposition:
    spans = _without_settings(doc, about)
    members = _members_in(cast, spans)
    offset = _relation_offset(about, text)
    subject_words = text[: relation_start(text)]
    opening = min(_sentence_opening(doc, about, offset), len(subject_words))
    group = _quantified_group(cast, about, subject_words, opening)
    subjects: tuple[str, ...]
    someone_else: tuple[str, ...] | None = None  # a he or she who is not the speaker
    if group is not None:
        subjects, quantifier = (group.id,), Quantifier.ANY_MEMBER
    elif pair := _pair_between(doc, cast, offset):
        # "denied any contacts between the campaign and Russian officials": theirs, not the
        # speaker's own
        subjects, quantifier = pair[:1], Quantifier.NAMED
    elif ANY_MEMBER_PATTERN.search(subject_words, opening):
        # "nobody in the office …" with no known group for "the office": the subject is
        # unknown, and whoever is named later in the words is the other side.
        subjects, quantifier = (), Quantifier.ANY_MEMBER
    elif (
        speaker is not None
        and _opens_on_the_contact(doc, subject_words[opening:], offset)
        and (denied or _gerund_at(doc, offset))
    ):
        # "denied meeting Vale", "denied any dealings with Vale", "acknowledged meeting the
        # envoy, Vale": the speaker's own contact
        subjects, quantifier = (speaker.id,), Quantifier.NAMED
    elif asked := _pair_asked_about(doc, cast, about, offset):
        # "Did Flynn discuss sanctions with the ambassador? … They did not discuss …": the two
        subjects, quantifier = asked[:1], Quantifier.NAMED
    elif _unknown_subject(doc, cast, offset):
        # "the president had not spoken to X": someone the story has not named, never X
        subjects, quantifier = (), Quantifier.NAMED
    elif (someone_else := _third_person_subject(doc, cast, offset, speaker, text)) is not None:
        # "And I think that he's the one responsible, and he had no interaction": not hers
        subjects, quantifier = someone_else, Quantifier.NAMED
    elif not members and (pair := _pair_spoken_of(doc, cast, about)):
        # "'There was no meeting,' Peskov said of the encounter between Cohen and Y": theirs
        subjects, quantifier = pair[:1], Quantifier.NAMED
    elif named := _named_subject_of_contact(doc, cast, offset):
        # "that after launching the campaign, Donald Trump never met Putin": Trump's, not
        # the campaign named first
        subjects, quantifier = (named.id,), Quantifier.NAMED
    else:
        subjects, quantifier = _named_subjects(members, speaker, text), Quantifier.NAMED
    named_at = dict(RELATION_PATTERNS)[relation.value].search(text)
    own = offset if named_at is None else _absolute(about, named_at.start())
    origins = _without_origins(doc, spans)
    if relation is not Relation.VISIT:
        origins = _without_destinations(doc, origins)
    objects = _clause_objects(doc, cast, origins, offset, subjects, speaker)
    if own != offset and relation is not Relation.VISIT and _only_places(cast, objects):
        # "never traveled to Prague and never met any Russian officials there": a trip's
        # destination is no other side; the one met follows the word of the contact denied
        objects = _clause_objects(doc, cast, origins, own, subjects, speaker)
    if relation is not Relation.VISIT and not _only_places(cast, objects):
        # "denied meeting Sechin during his trip to Moscow": a city is where, not whom
        objects = tuple(o for o in objects if not _only_places(cast, (o,)))
    if someone_else is not None and speaker is not None and _speaker_as_object(doc, offset):
        objects = (speaker.id, *objects)  # "He hasn't contacted me," she said: her, not anyone
    if objects:
        subjects += _joined_to_the_subject(doc, cast, offset, subjects, objects)
    if not objects:
        objects = _pair_asked_about(doc, cast, about, offset)[1:]
    if not objects:
        objects = _fellow_subjects(doc, cast, offset, subjects, speaker)
    if not objects:
        objects = _spoken_of(doc, cast, about, subjects, speaker)
    if not objects and (ANAPHORIC_CONTACT_PATTERN.search(text) or _is_bare(cast, about, text)):
        objects = _antecedent_objects(doc, cast, about[0][0], subjects, speaker)
    period = _period(doc, article, cast, about, own, anchor, periods)
    owned = _owned_people(doc, cast, spans)
    subjects = tuple(owned.get(s, s) for s in subjects)
    objects = tuple(owned.get(o, o) for o in objects)
    return Proposition(relation, subjects, objects, period, False, quantifier)


def _opens_on_the_contact(doc: Doc, before: str, offset: int) -> bool:
    """ "denied any dealings with Vale", "denied any improper contacts with Vale": the words
    open on the contact, with nothing before it but "any", "ever", "having" and the contact's
    own adjectives ("direct or substantive") — no one else's contact."""
    contact = _word_at(doc, offset)
    amods = [c for c in contact.children if c.dep_ == "amod"] if contact is not None else []
    described = {t.text for c in amods for t in c.subtree if t.text.islower()}
    for word in described:
        before = re.sub(rf"\b{re.escape(word)}\b", " ", before)
    return bool(_OPENS_ON_THE_CONTACT.match(before))


def _word_at(doc: Doc, offset: int) -> Token | None:
    """The token holding the character at ``offset`` (a contact word found in the text)."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None else None


def _gerund_at(doc: Doc, offset: int) -> bool:
    """Whether the contact word at ``offset`` is a gerund ("meeting the envoy")."""
    word = _word_at(doc, offset)
    return word is not None and word.tag_ == "VBG"


def _owned_people(doc: Doc, cast: Cast, spans: Sequence[Offsets]) -> dict[str, str]:
    """ "had not met with Trump's lawyer": a person the words tell only by whose they are is
    not their owner — each owner named nowhere else in the words, by the id the record's
    contacts give that person (:func:`owned_description`)."""
    owners: dict[str, str] = {}
    holes: list[Offsets] = []
    for start, end in spans:
        for token in doc.char_span(start, end, alignment_mode="expand") or []:
            person = token.head
            # "met Trump or Trump's lawyer", parsed as "(Trump or Trump)'s": left as it is
            if token.dep_ != "poss" or token.conjuncts or not _told_as_a_person(person, cast):
                continue
            described = owned_description(person, cast)
            member = cast.member_at(token.idx, token.idx + len(token))
            if described is None or member is None:
                continue
            collective = person.lemma_.lower() in contact_lexicon.COLLECTIVE_NOUNS
            plural = person.tag_ == "NNS" or collective
            kind = EntityKind.GROUP if plural else EntityKind.PERSON
            owners[member.id] = content_id("ent", kind, described)
            holes.append(_phrase_offsets(token))
    named_too = {m.id for m in _members_in(cast, _punched(spans, holes))}
    return {owner: person for owner, person in owners.items() if owner not in named_too}


def _told_as_a_person(noun: Token, cast: Cast) -> bool:
    """A common noun for a person ("lawyer", "aides") the cast holds no name for."""
    return (
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() in contact_lexicon.PERSON_NOUNS
        and cast.member_at(noun.idx, noun.idx + len(noun)) is None
    )


def _fellow_subjects(
    doc: Doc, cast: Cast, offset: int, subjects: tuple[str, ...], speaker: CastMember | None
) -> tuple[str, ...]:
    """ "Flynn and Kislyak never met": the contact verb's subjects joined by "and" are each
    other's other side — Flynn met no one is not what was said."""
    word = _word_at(doc, offset)
    if word is None or word.pos_ not in {"VERB", "AUX"}:
        return ()
    phrases = [_phrase_offsets(t) for t in _subject_conjuncts(doc, offset)]
    return _objects(cast, phrases, subjects, speaker)


def _subject_conjuncts(doc: Doc, offset: int) -> list[Token]:
    """The people joined by "and" or "nor" to the subject of the contact at ``offset``."""
    return [conjunct for s in _contact_subjects(doc, offset) for conjunct in s.conjuncts]


def _joined_to_the_subject(
    doc: Doc, cast: Cast, offset: int, subjects: tuple[str, ...], objects: tuple[str, ...]
) -> tuple[str, ...]:
    """ "Sessions and Kushner did not meet Kislyak", "neither Flynn nor Sessions met him": the
    people joined to the contact verb's subject are sides of it too, each denied the contact
    with the objects (with no objects they are each other's other side: see
    :func:`_fellow_subjects`)."""
    if not any(_member_of(cast, s) in subjects[:1] for s in _contact_subjects(doc, offset)):
        return ()
    found = (_member_of(cast, t) for t in _subject_conjuncts(doc, offset))
    return tuple(dict.fromkeys(m for m in found if m and m not in subjects and m not in objects))


def _member_of(cast: Cast, token: Token) -> str | None:
    """The id of the person or group the cast knows at ``token``."""
    member = cast.member_at(token.idx, token.idx + len(token.text))
    people = {EntityKind.PERSON, EntityKind.GROUP}
    return member.id if member is not None and member.kind in people else None


def _only_places(cast: Cast, members: tuple[str, ...]) -> bool:
    """Whether every one of ``members`` (ids) is a place."""
    kinds = {m.id: m.kind for m in cast.members}
    return bool(members) and all(kinds.get(m) is EntityKind.PLACE for m in members)


def _spoken_of(
    doc: Doc,
    cast: Cast,
    about: Sequence[Offsets],
    subjects: tuple[str, ...],
    speaker: CastMember | None,
) -> tuple[str, ...]:
    """ "'I have never spoken to the man,' Diaz said of Hart", "'We never met,' Hart said of
    Diaz", "'There was no contact,' she said when asked about Hart": whom the words are said
    of or asked about, outside them in their sentence, is the other side they leave unnamed."""
    phrases = [_phrase_offsets(p) for p in _things_spoken_of(doc, about)]
    return _objects(cast, phrases, subjects, speaker)


def _phrase_offsets(token: Token) -> Offsets:
    """Where the phrase ``token`` heads starts and ends."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _things_spoken_of(doc: Doc, about: Sequence[Offsets]) -> list[Token]:
    """What the words are said of or asked about, outside them in their sentence."""
    span = doc.char_span(about[0][0], about[-1][1], alignment_mode="expand")
    if span is None:
        return []
    inside = range(span.start, span.end)
    of = [
        t
        for t in span.sent
        if t.i not in inside
        and t.head.i not in inside
        and (
            (t.lower_ == "of" and t.head.lemma_.lower() in SPEECH_CUES)
            or (t.lower_ == "about" and t.head.lemma_.lower() in _ASKING)
        )
    ]
    return [c for t in of for c in t.children if c.dep_ == "pobj"]


def _pair_spoken_of(doc: Doc, cast: Cast, about: Sequence[Offsets]) -> tuple[str, ...]:
    """The two sides of what the words are said of ("said of the reported encounter between
    Cohen and Russian officials"): words naming no one deny a contact between them, not one
    of the speaker's own."""
    for thing in _things_spoken_of(doc, about):
        sides = _sides_between(cast, thing)
        if sides:
            return sides
    return ()


def _pair_between(doc: Doc, cast: Cast, offset: int) -> tuple[str, ...]:
    """ "any communication between the campaign and Russian officials": the two sides the
    contact word itself names."""
    word = _word_at(doc, offset)
    return _sides_between(cast, word) if word is not None else ()


def _sides_between(cast: Cast, thing: Token) -> tuple[str, ...]:
    """The cast members of a "between A and B" phrase on ``thing``, when it names two."""
    between = [c for c in thing.children if c.dep_ == "prep" and c.lower_ == "between"]
    phrases = [(b.idx, b.right_edge.idx + len(b.right_edge)) for b in between]
    sides = tuple(m.id for m in _members_in(cast, phrases))
    return sides if len(sides) > 1 else ()


_ASKING = frozenset({"ask", "question", "press"})


def _pair_asked_about(
    doc: Doc, cast: Cast, about: Sequence[Offsets], offset: int
) -> tuple[str, ...]:
    """ "Did Michael Flynn discuss sanctions with the Russian ambassador in their
    conversations? — They did not discuss …": a "they" the cast leaves to no one, in a reply,
    is the pair the question put to it asked about — who and with whom."""
    if not _they_acts(doc, offset):
        return ()
    asked = question_before(doc, about[0][0])
    span = doc.char_span(*asked, alignment_mode="expand") if asked else None
    for token in span or ():
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.pos_ != "VERB":
            continue
        partners = with_partners(token.head)
        sides = [cast.member_at(t.idx, t.idx + len(t)) for t in (token, *partners)]
        known = [m for m in sides if m is not None]
        if sides[0] is not None and sides[0].kind is EntityKind.PERSON and len(known) > 1:
            return tuple(m.id for m in known)  # both sides known, or the words stay no one's
    return ()


def _they_acts(doc: Doc, offset: int) -> bool:
    """Whether the contact word's verb has a "they" as its subject."""
    return any(s.lower_ == "they" for s in _contact_subjects(doc, offset))


def _unknown_subject(doc: Doc, cast: Cast, offset: int) -> bool:
    """The verb naming the contact, or holding the noun that names it, has a subject, all of
    them nouns the cast knows no one by ("the president had not spoken to X", "an aide never
    met X", "the senator had 25 conversations with X", "the president didn't know about the
    meeting and did not attend it") or a "they" it could not tie to anyone (a pair, perhaps:
    never the one speaking)."""
    subjects = _contact_subjects(doc, offset)
    return bool(subjects) and all(
        (s.pos_ == "NOUN" or s.lower_ == "they") and cast.member_at(s.idx, s.idx + len(s)) is None
        for s in subjects
    )


def _contact_subjects(doc: Doc, offset: int) -> list[Token]:
    """The subjects of the verb naming the contact at ``offset``, or holding the noun that
    names it, or of the verb it is joined to when it has none of its own."""
    verb = _contact_verb(doc, offset)
    if verb is None:
        return []
    while verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        verb = verb.head  # "didn't know about the meeting and did not attend it"
    return [c for c in verb.children if c.dep_ in _SUBJECTS]


def _contact_verb(doc: Doc, offset: int) -> Token | None:
    """The verb naming the contact at ``offset``, or holding the noun that names it."""
    word = _word_at(doc, offset)
    while word is not None and word.pos_ in {"NOUN", "ADP"} and word.dep_ in _HELD_BY_VERB:
        word = word.head  # "had 25 conversations with", "didn't know about the meeting"
    return word if word is not None and word.pos_ in {"VERB", "AUX"} else None


_HELD_BY_VERB = frozenset({"dobj", "pobj", "prep"})


def _third_person_subject(
    doc: Doc, cast: Cast, offset: int, speaker: CastMember | None, text: str
) -> tuple[str, ...] | None:
    """A "he" or "she" alone as the contact's subject, inside quoted words where the speaker
    says "I" of themselves, or of the speaker's other gender ("The president knows what his
    involvement was … And I think that he had no interaction," Sanders said): someone else —
    the person the cast ties the pronoun to, else no one known; never the speaker. None when
    the pronoun may be the speaker's own: reported words ("noting that he and his wife have
    talked with him", see :func:`_of_self`) or joined to an "I" ("He and I have never met")."""
    subjects = _contact_subjects(doc, offset)
    if speaker is None or len(subjects) != 1 or subjects[0].lower_ not in _THIRD_PERSONS:
        return None
    pronoun = subjects[0]
    if any(c.lower_ in _SPEAKER_PRONOUNS | {"me"} for c in pronoun.conjuncts):
        return None
    gender = name_gender(speaker.name)
    other_gender = gender is not None and gender != pronoun_gender(pronoun.lower_)
    quoted = any(s <= pronoun.idx < e for s, e in quote_regions(text_of(doc)))
    if not (other_gender or (quoted and _FIRST_PERSON.search(text))):
        return None
    member = cast.member_at(pronoun.idx, pronoun.idx + len(pronoun))
    if member is None or member.id == speaker.id or member.kind is not EntityKind.PERSON:
        return ()
    return (member.id,)


_THIRD_PERSONS = frozenset({"he", "she"})


def _speaker_as_object(doc: Doc, offset: int) -> bool:
    """The contact's verb takes "me" or "us" as its other side ("He hasn't contacted me", "he
    never spoke to us")."""
    verb = _contact_verb(doc, offset)
    if verb is None:
        return False
    others = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    others += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(o.lower_ in {"me", "us"} for o in others)


def _named_subject_of_contact(doc: Doc, cast: Cast, offset: int) -> CastMember | None:
    """The person or group the contact verb's subject names by name: the one whose contact it
    is, whoever else the words name before it. Only for a verb: the subject of the verb
    holding a contact noun ("called Clinton's claim over her emails disturbing") may be no
    side of it."""
    word = _word_at(doc, offset)
    if word is None or word.pos_ not in {"VERB", "AUX"}:
        return None
    for subject in _contact_subjects(doc, offset):
        if subject.pos_ != "PROPN":
            continue
        member = cast.member_at(subject.idx, subject.idx + len(subject.text))
        if member is not None and member.kind in {EntityKind.PERSON, EntityKind.GROUP}:
            return member
    return None


def _own_sentence(doc: Doc, about: Sequence[Offsets], offset: int) -> Offsets | None:
    """The sentence holding the word naming the contact: its time is the contact's. A quote
    that says "We have not been briefed. None of this would have stopped the recent attacks."
    dates the attacks in its second sentence, not the briefing."""
    return next(((s, e) for s, e in _sentences(doc, about) if s <= offset < e), None)


def _clause_objects(
    doc: Doc,
    cast: Cast,
    spans: Sequence[Offsets],
    offset: int,
    subjects: tuple[str, ...],
    speaker: CastMember | None,
) -> tuple[str, ...]:
    """The other side, named after the contact word in the contact's own clause: in "conceded
    that Lewandowski had touched Fields but implied it was her fault for grabbing at the
    candidate" the candidate belongs to another clause, not to the contact. Where the parse
    finds no one in that clause, everyone after the contact word is taken, as before."""
    after = _less_descriptions(doc, _after(spans, offset), offset)
    where = _where(doc, cast, after)
    end = _clause_end(doc, offset)
    if end is not None:
        inside = _objects(cast, [(s, min(e, end)) for s, e in after if s < end], subjects, speaker)
        if inside:
            return tuple(m for m in inside if m not in where)
    return tuple(m for m in _objects(cast, after, subjects, speaker) if m not in where)


_LOCATIVES = frozenset({"in", "at", "near", "outside", "inside"})


def _where(doc: Doc, cast: Cast, spans: Sequence[Offsets]) -> set[str]:
    """Places told as where the contact was ("had dined with X in Vienna"): not a side."""
    places = set()
    for start, end in spans:
        for token in doc.char_span(start, end, alignment_mode="expand") or []:
            member = cast.member_at(token.idx, token.idx + len(token))
            if (
                member is not None
                and member.kind is EntityKind.PLACE
                and token.dep_ == "pobj"
                and token.head.lower_ in _LOCATIVES
            ):
                places.add(member.id)
    return places


def _less_descriptions(doc: Doc, spans: Sequence[Offsets], offset: int) -> list[Offsets]:
    """The spans less the relative clauses that describe the other side ("no conversations
    with supporters who urged that Sanders quit"): a person named there is not the one met or
    spoken to. A clause on the contact word itself ("no meeting that included Vale") names
    the sides and stays. So do a phrase after the other side's noun ("a Russian investor close
    to President Vladimir Putin", "a lawyer linked to the Kremlin") and the occasion that
    sets the contact's time ("nine days before Donald Trump's inauguration"), where it was held
    ("in his Senate office"), and what was talked about ("meetings with Russian operatives
    about the Trump campaign", "met them to discuss the campaign"). A capacity ("as a member
    of the Armed Services Committee") is the subject's, not the other side."""
    cuts = [
        _phrase_less_partners(token)
        for start, end in spans
        for token in (doc.char_span(start, end, alignment_mode="expand") or [])
        if (token.dep_ in _DESCRIBING_AFTER and token.head.idx > offset and token.i > token.head.i)
        or (token.dep_ == "prep" and token.lower_ == "as" and token.idx > offset)
        or (
            token.idx > offset
            and (_sets_the_time_by_occasion(token) or _opens_a_topic(token) or _tells_where(token))
        )
    ]
    pieces = list(spans)
    for cut_start, cut_end in cuts:
        pieces = [
            piece
            for start, end in pieces
            for piece in ((start, min(end, cut_start)), (max(start, cut_end), end))
            if piece[0] < piece[1]
        ]
    return pieces


def _phrase_less_partners(token: Token) -> Offsets:
    """Where the phrase ``token`` heads starts and ends, short of a partner the parser hangs on
    it ("discussed the campaign with Kislyak": Kislyak is no part of what was discussed)."""
    partner = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    start, end = _phrase_offsets(token)
    if partner is None or token.dep_ != "dobj":
        return start, end
    before = token.doc[partner.i - 1]
    return start, before.idx + len(before)


# a clause or phrase after a noun describing it: "who urged …", "linked to …", "close to …"
_DESCRIBING_AFTER = frozenset({"relcl", "acl", "amod"})


def _opens_a_topic(token: Token) -> bool:
    """ "about the Trump campaign", "regarding the sanctions", "to discuss the campaign",
    "discussed the campaign with him": what a contact was about."""
    if token.dep_ == "prep":
        return token.lower_ in _TOPIC_PREPOSITIONS
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in _TALKING_OF
    return (
        token.dep_ in {"advcl", "xcomp", "acl"}
        and token.lemma_.lower() in _TALKING_OF
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


_TOPIC_PREPOSITIONS = frozenset({"about", "regarding", "concerning"})
_TALKING_OF = frozenset({"discuss", "talk", "address", "negotiate"})


def _tells_where(token: Token) -> bool:
    """ "in his Senate office", "at the hotel": where a contact was held, whatever body names
    the premises."""
    return (
        token.dep_ == "prep"
        and token.lower_ in _WHERE_PREPOSITIONS
        and any(
            c.dep_ == "pobj" and c.lemma_.lower() in contact_lexicon.PLACE_NOUNS
            for c in token.children
        )
    )


_WHERE_PREPOSITIONS = frozenset({"in", "at", "inside"})


def _sets_the_time_by_occasion(token: Token) -> bool:
    """ "before Donald Trump's inauguration", "after the election": a preposition of time
    whose object is an occasion, not a person."""
    return (
        token.dep_ == "prep"
        and token.lower_ in contact_lexicon.TIME_SHIFTS
        and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in token.children)
    )


def _clause_end(doc: Doc, offset: int) -> int | None:
    """Where the clause of the contact word at ``offset`` ends: its verb's words, less a
    clause coordinated with it ("… but implied …") or one that sets its time or reason after
    it ("never met Mifsud before he joined the campaign": the campaign is no other side)."""
    word = _word_at(doc, offset)
    if word is None:
        return None
    verb = next((t for t in (word, *word.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    coordinated = [c.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    coordinated += [c.left_edge.i for c in verb.children if _adverbial_clause_after(c, word)]
    words = [t for t in verb.subtree if not any(t.i >= i for i in coordinated)]
    last = max(words, key=lambda t: t.i)
    return last.idx + len(last)


def _adverbial_clause_after(clause: Token, word: Token) -> bool:
    """A clause of time or reason ("before he joined the campaign") after the contact word."""
    return (
        clause.dep_ == "advcl"
        and clause.left_edge.i > word.i
        and any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS for c in clause.children)
    )


_CLAUSE_MARKS = frozenset(
    {"before", "after", "when", "while", "since", "until", "because", "once", "as", "although"}
)


def _objects(
    cast: Cast, spans: Sequence[Offsets], subjects: tuple[str, ...], speaker: CastMember | None
) -> tuple[str, ...]:
    return tuple(
        m.id
        for m in _members_in(cast, spans)
        if m.id not in subjects and _can_be_object(m, speaker)
    )


def _without_settings(doc: Doc, spans: Sequence[Offsets]) -> list[Offsets]:
    """The spans less the place the words were said ("during his Senate confirmation
    hearing"), the capacity the speaker acted in ("while representing the campaign") and the
    stretch of time the contact was in ("four meetings with Russians during the campaign and
    the transition"): a venue's institution is where the denial was made, the speaker's own
    side is not whom the contact was with, and a period is when, whatever body the case
    calls by its name."""
    text = text_of(doc)
    holes = [
        (m.start(), m.end())
        for start, end in spans
        for pattern in (*VENUE_PATTERNS, *CAPACITY_PATTERNS)
        for m in pattern.finditer(text, start, end)
    ]
    holes += [
        _phrase_offsets(t)
        for start, end in spans
        for t in _tokens_between(doc, start, end)
        if t.dep_ == "prep" and any(names_a_period(c) for c in t.children if c.dep_ == "pobj")
    ]
    return _punched(spans, sorted(holes))


def _without_origins(doc: Doc, spans: Sequence[Offsets]) -> list[Offsets]:
    """The spans less where a crowd of some other kind comes from ("never met with donors
    from Freedonia", "lawmakers in Freedonia"): such a crowd is some of the country's people,
    not the country, so its name is no side of the contact — a denial of it is not one of
    meeting the country's envoy. People who act for a body ("officials from Freedonia",
    "anyone from the campaign", "members of Congress") stand for it and keep it."""
    holes = [
        (t.idx, t.right_edge.idx + len(t.right_edge))
        for start, end in spans
        for t in _tokens_between(doc, start, end)
        if t.dep_ == "prep"
        and t.lower_ in _ORIGIN_PREPOSITIONS
        and t.head.tag_ == "NNS"
        and t.head.lemma_.lower() not in ACTING_FOR_NOUNS
        and relation_of(t.head.text) is None  # "emails from X", "visits from X": X's own
    ]
    return _punched(spans, sorted(holes))


def _without_destinations(doc: Doc, spans: Sequence[Offsets]) -> list[Offsets]:
    """The spans less where a trip went ("met a senior Russian official during a trip to
    Moscow"): for a contact other than the visit, the place is where, not whom."""
    holes = [
        _phrase_offsets(t)
        for start, end in spans
        for t in _tokens_between(doc, start, end)
        if t.dep_ == "prep"
        and t.lower_ == "to"
        and t.head.lemma_.lower() in contact_lexicon.TRIP_NOUNS | {"visit", "travel"}
    ]
    return _punched(spans, sorted(holes))


def _punched(spans: Sequence[Offsets], holes: Sequence[Offsets]) -> list[Offsets]:
    """The spans less the (sorted) holes: what is left of each span, in pieces."""
    kept: list[Offsets] = []
    for start, end in spans:
        for hole_start, hole_end in holes:
            if start < hole_end and hole_start < end:
                if start < hole_start:
                    kept.append((start, hole_start))
                start = max(start, hole_end)
        if start < end:
            kept.append((start, end))
    return kept


_ORIGIN_PREPOSITIONS = frozenset({"from", "in", "of"})


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _after(spans: Sequence[Offsets], offset: int) -> list[Offsets]:
    """The parts of ``spans`` from ``offset`` on."""
    return [(max(s, offset), e) for s, e in spans if e > offset]


def _antecedent_objects(
    doc: Doc,
    cast: Cast,
    start: int,
    subjects: tuple[str, ...],
    speaker: CastMember | None,
) -> tuple[str, ...]:
    """Whom a contact was with when the words only point back to it ("denied that such
    meetings took place", a bare "No contact."): the counterpart named after the contact word
    in the nearest of the sentences just before, in the same or the previous paragraph."""
    text = text_of(doc)
    floor = paragraphs_back(text, start, 1)
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return ()
    sentence = span.sent
    for _ in range(_ANTECEDENT_SENTENCES):
        if sentence.start == 0:
            return ()
        sentence = doc[sentence.start - 1].sent
        if sentence.end_char <= floor:
            return ()
        words = text[sentence.start_char : sentence.end_char]
        if relation_of(words) is None:
            continue
        bounds = [(sentence.start_char, sentence.end_char)]
        objects = _objects(cast, _after(bounds, _relation_offset(bounds, words)), subjects, speaker)
        if objects:
            return objects
    return ()


def point_back(doc: Doc, cast: Cast, statement: Statement, told: Sequence[Event]) -> Statement:
    """A denial that names no one and points back to a contact ("his statements that the
    contact never occurred") or to a pair ("they had never met in person") takes both sides of
    the contact told just before, once the article's contacts are known (they are read after
    the statements, whose quotes tell whose "I" is whose). A bare "No contact." points to no
    told contact: it answers a question, which may be about others. An admission that only
    describes a contact ("it was a short introductory meeting") owns the one told before.
    Whoever is named only after the contact word is its other side
    (:func:`_other_side_only`)."""
    if statement.proposition is None:
        return _claim_denied(doc, cast, statement, told)
    proposition = _other_side_only(doc, cast, statement, statement.proposition, told)
    statement = replace(statement, proposition=proposition)
    # "the conversations had nothing to do with sanctions" (Pence, of Flynn's calls) is of
    # the contact told, whoever says it; "I never had such meetings" is the speaker's own
    pointing = POINTING_CONTACT_PATTERN.search(statement.text) is not None and not (
        proposition.objects and _FIRST_PERSON.search(statement.text)
    )
    reciprocal = RECIPROCAL_CONTACT_PATTERN.search(statement.text) is not None
    denial_points = statement.stance is Stance.DENY and (
        pointing or (reciprocal and _no_one(cast, proposition.objects))
    )
    # "it was a short introductory meeting": an admission of the contact told, as told
    described = statement.stance is Stance.AFFIRM and (
        DESCRIBED_CONTACT_PATTERN.match(statement.text) is not None
    )
    if not (denial_points or described) or _people_named_where_it_points(doc, cast, statement):
        return statement
    speaker = cast.member(statement.speaker) if statement.speaker else None
    sides = _told_sides(doc, told, statement.evidence.start, speaker)
    if sides is None:
        return statement
    subjects, objects = sides
    return replace(statement, proposition=replace(proposition, subjects=subjects, objects=objects))


def _other_side_only(
    doc: Doc, cast: Cast, statement: Statement, proposition: Proposition, told: Sequence[Event]
) -> Proposition:
    """ "Mr. Prince said the encounter with the investor, Kirill Dmitriev, was a chance
    meeting": the one person named, named only after the contact word, is its other side, not
    its subject; the contact is the one the article told with them, a few paragraphs back or in
    these words, and its first side is the speaker when a party, else the others in it."""
    if proposition.objects or len(proposition.subjects) != 1:
        return proposition
    other = proposition.subjects[0]
    if not _named_only_after_the_contact(doc, cast, statement, other):
        return proposition
    parties = _last_told_parties(
        doc,
        told,
        statement.evidence.start,
        lambda e: (
            e.evidence[0].start <= statement.evidence.end
            and other in {p.entity for p in e.participants}
        ),
    )
    if parties is None:
        return proposition
    others = tuple(p for p in parties if p != other)
    own = (statement.speaker,) if statement.speaker in others else others
    return replace(proposition, subjects=own, objects=(other,))


def _named_only_after_the_contact(doc: Doc, cast: Cast, statement: Statement, member: str) -> bool:
    """Whether the words name people only after their first contact word, ``member`` among
    them ("the encounter with the investor, Kirill Dmitriev, …")."""
    start = text_of(doc).find(statement.text, statement.evidence.start, statement.evidence.end)
    if start < 0:
        return False
    at = start + relation_start(statement.text)
    named = [
        m
        for m in _members_in(cast, [(start, start + len(statement.text))])
        if m.kind in {EntityKind.PERSON, EntityKind.GROUP}
    ]
    first = [
        mention.span.start
        for m in named
        for mention in m.mentions
        if start <= mention.span.start < start + len(statement.text)
    ]
    return member in {m.id for m in named} and bool(first) and min(first) > at


def _people_named_where_it_points(doc: Doc, cast: Cast, statement: Statement) -> bool:
    """Whether the sentence that points back names anyone but places ("I talked to General
    Flynn about that conversation. They did not discuss …": the second names no one). Whom the
    contacts had nothing to do with is no one named as their side ("the meeting had nothing to
    do with President Trump")."""
    start, end = statement.evidence.start, statement.evidence.end
    words = text_of(doc)[start:end]
    match = POINTING_CONTACT_PATTERN.search(words) or RECIPROCAL_CONTACT_PATTERN.search(words)
    span = doc.char_span(start + match.start(), start + match.end(), "expand") if match else None
    if span is None:
        return bool(_members_in(cast, [(start, end)]))
    topic = POINTED_TOPIC_PATTERN.search(words)
    end = start + topic.end() if topic else end
    sentence = (max(start, span.sent.start_char), min(end, span.sent.end_char))
    return not _no_one(cast, tuple(m.id for m in _members_in(cast, [sentence])))


def _no_one(cast: Cast, members: tuple[str, ...]) -> bool:
    """No side at all, or only places: "they did not discuss anything having to do with the
    United States' decision" names what was not discussed, not with whom."""
    return not members or _only_places(cast, members)


def _claim_denied(doc: Doc, cast: Cast, statement: Statement, told: Sequence[Event]) -> Statement:
    """ "The Gazette reported that Vale met Belov in May. Vale denied the report.": a denial
    whose words are only the claim it denies denies the contact told in its own sentence or
    the one before, however that contact was told (reported, alleged); further back, the
    claim may be about something else. "It was not", after "the meeting was part of a
    roadshow", denies what was said of the contact, not the contact (ELIDED_PREDICATE_PATTERN)."""
    if (
        statement.stance is not Stance.DENY
        or not CLAIM_DENIED_PATTERN.match(statement.text)
        or ELIDED_PREDICATE_PATTERN.match(statement.text)
        or _members_in(cast, [(statement.evidence.start, statement.evidence.end)])
    ):
        return statement
    floor = _sentence_before(doc, statement.evidence.start)
    charged = [
        e
        for e in told
        if e.assertion.contact
        and len(e.participants) >= 2
        and floor <= e.evidence[0].start
        and e.evidence[0].end <= statement.evidence.start
    ]
    if not charged:
        return statement
    event = max(charged, key=lambda e: e.evidence[0].start)
    parties = [p.entity for p in event.participants]
    speaker = statement.speaker
    own = speaker if speaker is not None and speaker in parties else parties[0]
    objects = tuple(p for p in parties if p != own)
    proposition = Proposition(event.kind, (own,), objects, event.when, False, Quantifier.NAMED)
    return replace(statement, proposition=proposition)


def _sentence_before(doc: Doc, start: int) -> int:
    """Where the sentence before the one holding ``start`` begins."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return start
    sentence = span[0].sent
    return doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char


def same_account(statements: Sequence[Statement]) -> list[Statement]:
    """A speaker who calls the account invented ("Perhaps she made the story up", "said he
    believed she had fabricated it") with no contact word of their own denies what they denied
    before in the article: that denial's contact is the proposition, so the record can check
    it as it checks the first. Read once the pointing denials have their sides."""
    result: list[Statement] = []
    for statement in sorted(statements, key=lambda s: s.evidence.start):
        earlier = _earlier_denial(result, statement)
        if (
            earlier is not None
            and statement.proposition is None
            and statement.stance is Stance.DENY
            and FABRICATION_PATTERN.search(statement.text)
        ):
            statement = replace(statement, proposition=earlier)
        result.append(statement)
    return result


def _earlier_denial(before: Sequence[Statement], statement: Statement) -> Proposition | None:
    """The contact the same speaker last denied before ``statement``."""
    return next(
        (
            s.proposition
            for s in reversed(before)
            if s.speaker is not None
            and s.speaker == statement.speaker
            and s.stance is Stance.DENY
            and s.proposition is not None
        ),
        None,
    )


def _told_sides(
    doc: Doc, told: Sequence[Event], start: int, speaker: CastMember | None
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Both sides of the last contact the article told before ``start``, within a few
    paragraphs, as fact (not negated or hedged) and between two named sides. The speaker,
    when a party, is the denying side; otherwise the contact's first party is."""
    parties = _last_told_parties(doc, told, start, lambda e: e.evidence[0].end <= start)
    if parties is None:
        return None
    own = speaker.id if speaker is not None and speaker.id in parties else parties[0]
    return (own,), tuple(p for p in parties if p != own)


def _last_told_parties(
    doc: Doc, told: Sequence[Event], start: int, fits: Callable[[Event], bool]
) -> list[str] | None:
    """The parties of the latest contact that ``fits``, told as fact (not negated or hedged)
    between two named sides and first reported within a few paragraphs before ``start``."""
    floor = paragraphs_back(text_of(doc), start, _TOLD_PARAGRAPHS)
    found = [
        e
        for e in told
        if e.assertion.happened
        and len(e.participants) >= 2
        and floor <= e.evidence[0].start
        and fits(e)
    ]
    if not found:
        return None
    return [p.entity for p in max(found, key=lambda e: e.evidence[0].start).participants]


def _calls_names(word: Token) -> bool:
    """ "called him a liar", "called the report fake": "call" giving a name or a quality (not
    "called Sanders to congratulate him", a purpose)."""
    children = list(word.children)
    named = any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in children)  # who is called it
    return (
        word.lemma_ == "call"
        and named
        and any(
            c.dep_ in {"oprd", "attr"} or (c.dep_ == "xcomp" and c.pos_ not in {"VERB", "AUX"})
            for c in children
        )
    )


def _names_a_topic(doc: Doc, about: Sequence[Offsets], text: str, relation: Relation) -> bool:
    """ "None of her emails were marked classified", "no messages she sent were", "no
    classified material on her email account", "had anything to do with his decision", "the
    emails had no bearing on it", "have nothing to do with who I am", "had nothing to do with
    the emails": a contact word that is only what the words are about — messages as documents
    said to be or have something, a thing named after them, a bearing on a thing, on messages
    or on what a clause tells — is no contact under negation: the messages exist, and no one is
    the other side."""
    match = dict(RELATION_PATTERNS)[relation.value].search(text)
    if match is None:
        return False
    at = _absolute(about, match.start())
    word = _word_at(doc, at)
    if word is None:
        return False
    if relation is Relation.CALL and _calls_names(word):
        return True  # "I never called him a liar": a name given, no telephone
    if word.lower_ == "to" and word.head.lower_ == "do":
        held = [o for w in word.head.children if w.lower_ == "with" for o in w.children]
        return bool(held) and all(
            (o.pos_ == "NOUN" and o.dep_ == "pobj") or o.dep_ == "pcomp" for o in held
        )
    if _kept_by_a_record(word):
        return True  # "There was no photograph of the brief meeting": the meeting was held
    if relation is not Relation.MESSAGE or word.pos_ != "NOUN":
        return False
    return (
        word.dep_ == "compound"  # "her email account"
        or _subject_of_a_state(word)
        or (word.head.lower_ == "with" and word.head.head.lower_ == "do")
        or _held_message_unread(word)
    )


def _held_message_unread(noun: Token) -> bool:
    """ "had not read the email closely", "never opened his letter", "did not answer that
    message": a message told as held ("the", "his", "that"), of which reading or answering is
    what is denied — the message reached its reader."""
    return (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in _READING_VERBS
        and any(c.dep_ in ("det", "poss") and c.lower_ not in _UNHELD for c in noun.children)
    )


_READING_VERBS = frozenset({"read", "open", "answer", "see", "notice", "print"})
_UNHELD = frozenset({"a", "an", "any", "no"})


def _kept_by_a_record(noun: Token) -> bool:
    """ "no photograph of the brief meeting", "no transcript of their call": a contact told as
    held ("the", "their"), of which a record is what is denied."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return (
        holder is not None
        and holder.lemma_.lower() in contact_lexicon.RECORD_NOUNS
        and any(c.dep_ in ("det", "poss") and c.lower_ not in _UNHELD for c in noun.children)
    )


def _subject_of_a_state(noun: Token) -> bool:
    """The noun, or the "none of" it counts, is the subject of a passive, copular or "have"
    verb that does not pass messages ("no emails were exchanged" is a contact denied; "the
    emails had no bearing" describes documents)."""
    node = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    node = node.head if node.dep_ == "prep" else node
    if node.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = node.head
    if verb.lemma_.lower() in _PASSING_VERBS:
        return False
    return node.dep_ == "nsubjpass" or verb.lemma_ in {"be", "have"}


_PASSING_VERBS = frozenset({"exchange", "send", "receive", "trade", "pass", "forward", "deliver"})


def _relation_offset(spans: Sequence[Offsets], text: str) -> int:
    """Where the first contact word is: the objects of a contact come after it."""
    start = relation_start(text)
    return _absolute(spans, start) if start < len(text) else spans[0][0]


def relation_start(text: str) -> int:
    """Where the first contact word is in ``text``: "anybody in X" before it quantifies the
    subjects; after it ("met anyone from X") it is the other side."""
    starts = [
        _word_start(m) for _, pattern in RELATION_PATTERNS for m in [pattern.search(text)] if m
    ]
    return min(starts, default=len(text))


def _word_start(match: re.Match[str]) -> int:
    """Where the contact word of a match starts ("Flynn and Kislyak did not discuss": at
    "discuss", not at the pair)."""
    named = "word" in match.re.groupindex and match.group("word") is not None
    return match.start("word") if named else match.start()


def _members_in(cast: Cast, spans: Sequence[Offsets]) -> list[CastMember]:
    """Cast members with a mention inside the spans, in order of first mention. A name inside
    another member's mention is that member's possessor ("Donald Trump's campaign" is the
    campaign), not a party of its own."""
    inside = [
        (member, mention.span.start, mention.span.end)
        for member in cast.members
        for mention in member.mentions
        if any(s <= mention.span.start and mention.span.end <= e for s, e in spans)
    ]
    found: dict[str, tuple[int, CastMember]] = {}
    for member, start, end in inside:
        if any(
            other.id != member.id and a <= start and end <= b and (a, b) != (start, end)
            for other, a, b in inside
        ):
            continue
        at = found.get(member.id, (start, member))[0]
        found[member.id] = (min(at, start), member)
    return [member for _, member in sorted(found.values(), key=lambda pair: pair[0])]


def _quantified_group(
    cast: Cast, spans: Sequence[Offsets], text: str, opening: int = 0
) -> CastMember | None:
    """The group right after "anybody in" / "any of" ("no one in the Trump campaign"), at the
    first such phrase from ``opening`` on that has one ("any adviser or anyone else in the
    campaign"). A group further on is the other side ("… had contact with the Russians"),
    never this one."""
    for match in ANY_MEMBER_PATTERN.finditer(text, opening):
        offset = _absolute(spans, match.start())
        reach = _absolute(spans, match.end()) + _GROUP_REACH
        groups = [
            (mention.span.start, member)
            for member in cast.members
            if member.kind is EntityKind.GROUP
            for mention in member.mentions
            if offset <= mention.span.start <= reach
            and any(s <= mention.span.start < e for s, e in spans)
        ]
        if groups:
            return min(groups, key=lambda pair: pair[0])[1]
    return None


def _sentence_opening(doc: Doc, spans: Sequence[Offsets], offset: int) -> int:
    """Where, in the space-joined text of ``spans``, the sentence of the contact word at
    ``offset`` opens: "I'm not aware of any of those activities. I did not have
    communications with …" — the earlier sentence's "any of" quantifies no one who had the
    contact."""
    word = _word_at(doc, offset)
    opens = word.sent.start_char if word is not None else 0
    relative = 0
    for start, end in spans:
        if opens <= start:
            return relative
        if opens <= end:
            return relative + opens - start
        relative += end - start + 1
    return 0


def _absolute(spans: Sequence[Offsets], offset: int) -> int:
    """Map an offset in the space-joined text of ``spans`` back to the document."""
    for start, end in spans:
        if offset <= end - start:
            return start + offset
        offset -= end - start + 1
    return spans[-1][1]


def _named_subjects(
    members: list[CastMember], speaker: CastMember | None, text: str
) -> tuple[str, ...]:
    """The speaker when speaking in the first person, of themselves in reported speech ("says
    he has nothing to do with …") or about no one else; otherwise the first person named in
    the content ("the president ... had no interaction"). "She said he met the ambassador"
    is not of herself: a pronoun of the other gender is someone else. A first person whose
    speaker the cast does not know is no one known ("'I did not have communications with the
    Russians,' Sessions said", Sessions never named in full): never the Russians."""
    if speaker is not None and (
        _FIRST_PERSON.search(text) or _of_self(text, speaker) or _put_to_you(text) or not members
    ):
        return (speaker.id,)
    if speaker is None and _FIRST_PERSON.search(text):
        return ()
    persons = [m for m in members if m.kind in {EntityKind.PERSON, EntityKind.GROUP}]
    if persons:
        return (persons[0].id,)
    return (speaker.id,) if speaker is not None else ()


def _put_to_you(text: str) -> bool:
    """A question the reply answers, put to its speaker: "Did you meet with Igor Sechin?"."""
    return _ASKED_OF_YOU.match(text) is not None and text.rstrip(" \"”’'").endswith("?")


# "Did you meet …?", "Q: Have you ever talked …?"
_ASKED_OF_YOU = re.compile(r"\W*(?:[A-Z]+:\s*)?(?:\w+\s+){0,3}?you\b", re.IGNORECASE)


def _of_self(text: str, speaker: CastMember) -> bool:
    """Reported words opening on "he" or "she" that may be the speaker's own (a person's, not
    a group's), or on "it" for a body ("The Kremlin acknowledged that it had received an email
    from Cohen") — never quoted ones: a speaker quoted says "I" ("'He never met them,' Maloni
    said" is of someone else)."""
    opening = _REPORTED_SELF.match(text)
    if opening is None or text.lstrip()[:1] in _OPENING_QUOTES:
        return False
    pronoun = opening.group("pronoun").lower()
    if pronoun == "it":
        return speaker.kind is EntityKind.ORG
    if speaker.kind is not EntityKind.PERSON:
        return False  # "Flynn's aides denied that he had discussed …": he is none of them
    gender = name_gender(speaker.name)
    return gender is None or gender == pronoun_gender(pronoun)


def _can_be_object(member: CastMember, speaker: CastMember | None) -> bool:
    return speaker is None or member.id != speaker.id


def _period(
    doc: Doc,
    article: Article,
    cast: Cast,
    about: Sequence[Offsets],
    own: int,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate] | None,
) -> FuzzyDate | None:
    """The time the words give the contact, in the sentence naming it (:func:`_own_sentence`),
    dated as the contact itself would be: a year-less month of a look-back story in the
    story's year ("He did not recall any calls between April and November", told after "in
    April 2016", is of 2016 in an article of December 2017)."""
    text = text_of(doc)
    sentence = _own_sentence(doc, about, own)
    if sentence is None:
        found = find_dates(" ".join(text[start:end] for start, end in about), anchor, periods)
        return found[0].value if found else None
    start, end = sentence
    found = [
        d
        for d in find_dates(text[start:end], anchor, periods)
        if _a_case_period(d, periods) or not _in_a_joined_clause(doc, start + d.start, own)
    ]
    word = doc.char_span(own, own + 1, alignment_mode="expand")
    if word is None:
        return found[0].value if found else None
    if not found:
        return _trip_told_before(doc, article, cast, word[0], anchor, periods)
    return in_story_year(found[:1], word.sent, article, cast, anchor, periods or {})[0]


def _trip_told_before(
    doc: Doc,
    article: Article,
    cast: Cast,
    word: Token,
    anchor: date | None,
    periods: Mapping[str, FuzzyDate] | None,
) -> FuzzyDate | None:
    """ "had spoken briefly with a deputy prime minister during a trip to Moscow in July 2016
    … said that he did not meet any Russian officials during the visit": a contact denied
    "during the trip" or "on the visit" is of the trip the article told with its date, the
    nearest before it (in the same sentence too: "during a trip to Moscow in July 2016,
    contradicting his statements that he had met no Russian officials on the trip")."""
    frame = _trip_frame(word)
    if frame is None:
        return None
    before = [s for s in doc.sents if s.start <= frame.sent.start]
    for sentence in reversed(before[-_TRIP_SENTENCES:]):
        trips = [
            t
            for t in sentence
            if t.lemma_.lower() in contact_lexicon.JOURNEY_NOUNS
            and t.pos_ == "NOUN"
            and t.i < frame.i
        ]
        for trip in reversed(trips):
            dated = find_dates(_trip_phrase(trip).text, anchor, periods)
            if dated:
                return in_story_year(dated[:1], sentence, article, cast, anchor, periods or {})[0]
    return None


def _trip_phrase(trip: Token) -> Span:
    """The trip's words and, when it is what a verb made or took ("made a trip to Oslo in July
    2016"), the rest of that verb's phrase, where the parser hangs its date."""
    doc = trip.doc
    end = trip.head.right_edge.i if trip.dep_ == "dobj" else trip.right_edge.i
    return doc[trip.i : end + 1]


def _trip_frame(word: Token) -> Token | None:
    """The definite trip or visit the contact word's clause is told during ("during the
    visit", "on the trip"), if any."""
    verb = _clause_verb(word)
    if verb is None:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("during", "on", "throughout"):
            continue
        for noun in prep.children:
            definite = any(c.dep_ == "det" and c.lower_ in ("the", "that") for c in noun.children)
            if noun.lemma_.lower() in contact_lexicon.JOURNEY_NOUNS and definite:
                return noun
    return None


_TRIP_SENTENCES = 8  # how far back the trip a denial is framed by may have been told


def _a_case_period(mention: DateMention, periods: Mapping[str, FuzzyDate] | None) -> bool:
    """ "I have been called a surrogate in that campaign and I did not have communications
    with the Russians": a period the case names scopes the whole saying, whichever clause
    holds it."""
    return any(name in mention.text.lower() for name in periods or {})


def _in_a_joined_clause(doc: Doc, char: int, own: int) -> bool:
    """ "said that the project was abandoned in January 2016 … and that he had never discussed
    it with Russian officials": a date inside another clause joined to the contact's by "and"
    is that clause's, not the contact's — unless it opens the first ("In 2016, he met X and
    called Y" dates both)."""
    at = doc.char_span(char, char + 1, alignment_mode="expand")
    word = doc.char_span(own, own + 1, alignment_mode="expand")
    if at is None or word is None:
        return False
    dated, contact = _clause_verb(at[0]), _clause_verb(word[0])
    if dated is None or contact is None or dated == contact:
        return False
    if contact.dep_ == "conj" and contact.head == dated:
        return at[0].i > dated.i and at[0] not in contact.subtree
    return dated.dep_ == "conj" and dated.head == contact


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a word stands in."""
    node = token
    while node.pos_ not in ("VERB", "AUX") or node.dep_ in ("aux", "auxpass"):
        if node.head == node:
            return None
        node = node.head
    return node
