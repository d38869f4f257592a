"""The words that signal a contact, and the words that change what a contact sentence asserts.

Language only, never case knowledge: no people, outlets or places of any story belong here.
Everything is keyed by spaCy lemma (lower case) so that "met", "meets" and "meeting" (the verb)
share one entry. The extractor in :mod:`onrecord.extract.events` reads these tables; keeping them
apart lets a reviewer judge the vocabulary without reading the parse-walking code.
"""

from __future__ import annotations

import re
from typing import Final

from onrecord.record import Relation

# -- triggers ---------------------------------------------------------------------------------

VERB_TRIGGERS: Final[dict[str, Relation]] = {
    "meet": Relation.MEET,
    "greet": Relation.MEET,
    "dine": Relation.MEET,
    "shake": Relation.MEET,  # only "shook hands with"
    "cross": Relation.MEET,  # only "crossed paths with"
    "say": Relation.MEET,  # only "said hello to"
    "host": Relation.MEET,
    "moderate": Relation.MEET,  # only "with" a guest: "moderated a town hall with X"
    "confer": Relation.CONTACT,
    "speak": Relation.CONTACT,  # "spoke with": in person or by phone, the text rarely says
    "talk": Relation.CONTACT,
    "discuss": Relation.CONTACT,
    "contact": Relation.CONTACT,
    "call": Relation.CALL,  # only with a person as object and no complement ("called X absurd")
    "phone": Relation.CALL,
    "telephone": Relation.CALL,
    "email": Relation.MESSAGE,
    "e-mail": Relation.MESSAGE,
    "text": Relation.MESSAGE,
    "message": Relation.MESSAGE,
    "write": Relation.MESSAGE,  # only with a person behind "to"
    "send": Relation.MESSAGE,  # only a thing sent to a person: "sent photos to a woman"
    # The same by post or fax, or in haste: "mailed a letter to X", "fired off an email to Y"
    "mail": Relation.MESSAGE,
    "fax": Relation.MESSAGE,
    "fire": Relation.MESSAGE,  # only "fired off"
    "dash": Relation.MESSAGE,  # only "dashed off"
    "shoot": Relation.MESSAGE,  # only "shot off"
    "deliver": Relation.MESSAGE,  # only a paper handed to a person: "delivered the draft to X"
    # The same for papers handed over: "turned over her emails to the State Department",
    # "submitted his proposal to the committee", "forwarded the memo to X".
    "hand": Relation.MESSAGE,
    "turn": Relation.MESSAGE,  # only "turned over"
    "submit": Relation.MESSAGE,
    "provide": Relation.MESSAGE,
    "forward": Relation.MESSAGE,
    "visit": Relation.VISIT,
    "travel": Relation.VISIT,  # only with a place behind "to"
    # Physical contact between people (a scuffle, an assault), only with a person as object:
    # "grabbed the reporter", never "grabbed headlines" or "touched on the issue".
    "introduce": Relation.MEET,  # "introduced X to Y": the three of them met
    "converse": Relation.CONTACT,  # only "with" a person
    "communicate": Relation.CONTACT,  # only "with" a person
    "correspond": Relation.MESSAGE,  # only "with" a person ("corresponds to reality" is not)
    "sit": Relation.MEET,  # only "sat down with X"
    "pull": Relation.MEET,  # only "pulled X aside": a word in private, face to face
    "huddle": Relation.MEET,  # only "huddled with X"
    "share": Relation.CONTACT,  # only done, "with" someone: "shared the memo with X"
    "reach": Relation.CONTACT,  # only "reached out to X"
    "negotiate": Relation.CONTACT,  # only "with" someone
    "coordinate": Relation.CONTACT,  # the same: "the campaign coordinated with the PAC"
    "grab": Relation.CONTACT,
    "touch": Relation.CONTACT,
    "yank": Relation.CONTACT,
    "shove": Relation.CONTACT,
    "hug": Relation.MEET,
    "kiss": Relation.MEET,
    "accompany": Relation.MEET,  # only a person accompanied: "accompanied X to Moscow"
    "escort": Relation.MEET,  # the same: "escorted X to her car"
    "swear": Relation.MEET,  # only "swore in X", "was sworn in by Y"
    "confront": Relation.CONTACT,  # only a person confronted, not on the air
    "lunch": Relation.MEET,  # only "with" someone: "lunched with X"
    "breakfast": Relation.MEET,
    "flank": Relation.MEET,  # only people flanked: "X and Y flanked Z", "flanked by X and Y"
    "brief": Relation.CONTACT,  # only a person briefed: "briefed Sen. X on the plan"
    # Telling someone of a thing: "notified the committee of the breach", "alerted X to Y".
    "inform": Relation.CONTACT,
    "notify": Relation.CONTACT,
    "alert": Relation.CONTACT,
    "lobby": Relation.CONTACT,  # only one person lobbied: "lobbied X", not "lobbied Congress"
    # Pressing, persuading, assuring, instructing a person or conveying something to them is
    # talking to them: "pressed X to sign", "assured him it was done", "conveyed to X that …".
    "press": Relation.CONTACT,
    "persuade": Relation.CONTACT,
    "assure": Relation.CONTACT,
    "reassure": Relation.CONTACT,
    "instruct": Relation.CONTACT,
    "convey": Relation.CONTACT,  # only to a person: "conveyed to X that …"
    "urge": Relation.CONTACT,  # only one person urged to act: "urged the candidate to stay in"
    "beg": Relation.CONTACT,  # the same: "begged the governor to stay in the race"
    "implore": Relation.CONTACT,
    "beseech": Relation.CONTACT,
    "convince": Relation.CONTACT,  # as "persuade": "convinced X to run"
    "plead": Relation.CONTACT,  # only "pleaded with" one person to act
    "ask": Relation.CONTACT,  # the same: "asked the ambassador to delay the vote"
    "pepper": Relation.CONTACT,  # only a person peppered: "peppered X with suggestions"
    "interview": Relation.CONTACT,
    "consult": Relation.CONTACT,  # only "consulted with X"
    "convene": Relation.MEET,  # only with people convened: "convened top surrogates"
    "eat": Relation.MEET,  # only "eating with X"
    "sign": Relation.CONTACT,  # only a treaty or a deal, between its signers
    "join": Relation.MEET,  # only a named person: "was joined by Sen. X", "joined her at"
    "tell": Relation.CONTACT,  # only a person named as the one told: "told Sen. X that …"
    "appear": Relation.CONTACT,  # only on a host's show: "appeared on X's program"
    "debate": Relation.MEET,  # only a person debated: "debated Sanders", not "debated the bill"
    # Words traded face to face: "traded insults with X", "X and Y exchanged words", "argued
    # with X about the budget" — only with a person as the other side, not on the air.
    "trade": Relation.CONTACT,  # only words traded: see EXCHANGED_WORDS
    "swap": Relation.CONTACT,
    "exchange": Relation.CONTACT,
    "argue": Relation.CONTACT,  # only "with" a person: "argued with X", not "argued that …"
    "quarrel": Relation.CONTACT,
    "bicker": Relation.CONTACT,
    "chat": Relation.CONTACT,  # only "with" someone
    "make": Relation.CONTACT,  # only "made the case to X"
    "complain": Relation.CONTACT,  # only to a person: "complained to X's aides"
    "vent": Relation.CONTACT,  # only to a person: "vented to her husband, X, that …"
    "confide": Relation.CONTACT,  # only to or in a person: "confided to X that …"
    # Being seen in someone's company: "was seen with Trump", "was photographed with X".
    "see": Relation.MEET,
    "spot": Relation.MEET,
    "photograph": Relation.MEET,
    "picture": Relation.MEET,
    "address": Relation.CONTACT,  # only people or a body addressed: "addressing 100 members"
}
"""Verbs whose event is a contact. ``call``/``write``/``travel`` need extra checks (below)."""

BARE_CALL_DEPS: Final[frozenset[str]] = frozenset(
    {"nsubj", "aux", "advmod", "cc", "conj", "punct", "npadvmod", "parataxis"}
)
"""What a bare "called" may carry and still be a call that reached the one telling it ("Omar
called yesterday and said …"): no object, no particle, no preposition, no complement."""

RECOUNT_VERBS: Final[frozenset[str]] = frozenset(
    {"recall", "recount", "describe", "acknowledge", "admit"}
)
"""'Roffman recalled numerous calls with Trump', 'Kushner acknowledged a meeting with Gorkov':
who recounts or owns up to a contact, it being the object of the telling, took part in it."""

#: Lemmas the model gets wrong for contact verbs and the verbs over them ("dining" → "din",
#: "hopes" → "hop").
VERB_LEMMA_FIXES: Final[dict[str, str]] = {"din": "dine", "hop": "hope", "texte": "text"}

PHYSICAL_CONTACT_VERBS: Final[frozenset[str]] = frozenset({"grab", "touch", "yank", "shove"})
"""Verbs of laying hands on someone: retold by one another, they tell one scuffle."""

VERBS_NEEDING_PERSON_OBJECT: Final[frozenset[str]] = frozenset(
    {"call", "write", "text", "grab", "touch", "yank", "shove", "introduce", "reach", "hug"}
    | {"kiss", "accompany", "escort", "swear", "confront"}
    | {"pull", "brief", "lobby", "inform", "notify", "alert"}
    | {"press", "persuade", "assure", "reassure", "instruct", "convey", "urge", "ask"}
    | {"interview", "convene", "debate", "pepper", "flank"}
    | {"beg", "implore", "beseech", "convince"}
)
#: Of those, the verbs of talking someone into something, whose object is no person when it is
#: a place or a people ("pressed Israel to freeze settlements", "reassured Russians").
VERBS_OF_PERSUASION: Final[frozenset[str]] = frozenset(
    {"press", "persuade", "assure", "reassure", "instruct", "convey", "pepper", "urge", "ask"}
    | {"confront", "beg", "implore", "beseech", "convince", "plead"}
)
PLEADING_VERBS: Final[frozenset[str]] = frozenset({"plead"})
"""Verbs of persuasion whose person stands behind "with": "pleaded with X to stay"."""
PUBLIC_SCENES: Final[frozenset[str]] = frozenset(
    {"rally", "speech", "address", "remarks", "interview", "statement", "tweet", "post"}
    | {"video", "ad", "advertisement", "debate", "show", "program", "broadcast", "briefing"}
    | {"op-ed", "column", "public"}
)
"""Where words are said in public ("urged X to quit in a speech", "at a rally", "in public"):
pressing someone there is pressure through the press, no contact (the guide)."""
#: "with one voice", "in a single voice": a message shared, no talk.
ONE_VOICE_WORDS: Final[frozenset[str]] = frozenset({"one", "single", "united", "common"})
#: Ranks, races and choruses one joins someone in: taking a side or a place, not a meeting
#: ("was joined by Y in the winners' circle", "joined X in the race", "in the chorus of critics").
STANDING_NOUNS: Final[frozenset[str]] = frozenset(
    {"rank", "ranks", "circle", "club", "race", "chorus", "list", "category", "camp", "fold"}
    | {"company", "fight", "effort", "push", "call", "opposition", "criticism", "condemnation"}
    | {"lawsuit", "suit", "bid", "quest", "pantheon", "history", "record", "distinction"}
)
#: What is posted on a platform: words told there are told to everyone ("In a Facebook post,
#: she told X …").
PLATFORM_ITEMS: Final[frozenset[str]] = frozenset({"post", "tweet", "posting", "retweet"})
#: Words that make a message on a platform one to the person: "a private message on Twitter".
PRIVATE_WORDS: Final[frozenset[str]] = frozenset({"private", "direct", "personal"})
PUBLIC_NOUNS: Final[frozenset[str]] = frozenset(
    {"resident", "voter", "citizen", "constituent", "crowd", "audience", "taxpayer", "caucusgoer"}
)
"""Nouns for the public of a place: who speaks to them gives a speech, no contact."""
STATE_PEOPLES: Final[frozenset[str]] = frozenset(
    {"americans", "iowans", "ohioans", "texans", "floridians", "californians", "new yorkers"}
    | {"virginians", "pennsylvanians", "michiganders", "wisconsinites", "coloradans", "nevadans"}
    | {"arizonans", "georgians", "carolinians", "hampshirites", "granite staters", "hoosiers"}
    | {"kentuckians", "tennesseans", "alabamians", "missourians", "minnesotans", "illinoisans"}
    | {"marylanders", "oregonians", "utahns", "kansans", "nebraskans", "oklahomans"}
)
"""The people of the country or of a state, as a campaign addresses them ("speaking to Iowans"):
an electorate, an audience — never a party met."""
CAUSE_CARRYING_VERBS: Final[frozenset[str]] = frozenset({"take", "bring", "carry", "spread"})
"""'took his message to the convention': verbs that carry one's message as a cause."""
SIGNAL_TONES: Final[frozenset[str]] = frozenset(
    {"blunt", "clear", "strong", "stern", "simple", "brutal", "powerful", "tough", "pointed"}
    | {"unmistakable", "loud", "harsh", "sharp", "forceful", "firm", "defiant", "stark"}
)
"""'delivered a blunt message to Trump', 'sends a clear message to Wall Street': a message
known by its tone is a point made in public, not a letter ("a direct message" is one)."""
SAYING_VERBS: Final[frozenset[str]] = frozenset({"say", "add", "argue", "insist"})
"""Verbs of making a statement: a push coordinated with one is part of what was said."""
SCENE_SAYING_VERBS: Final[frozenset[str]] = SAYING_VERBS | {"tell", "counter", "joke", "quip"}
"""Verbs of saying whose scene a contact can be ("after meeting X, she told reporters")."""
INVESTIGATOR_TITLES: Final[frozenset[str]] = frozenset(
    {"agent", "detective", "investigator", "prosecutor", "counsel", "fbi", "police", "officer"}
    | {"inspector", "attorney", "lawyer", "chairman", "chairwoman", "chair", "committee"}
)
"""Titles of people who interview as investigators ("FBI agent Jane Roe interviewed X")."""
PRESS_EVENT_WORDS: Final[frozenset[str]] = frozenset({"press", "news"})
"""'at a press conference', 'a news conference': a conference held for the press."""
#: Of those, the verbs as often said in public to a body or a crowd ("urged Congress to act",
#: "urged voters to turn out"), a contact only when one person is urged: "urged the candidate
#: to stay in", "urged Sen. X to run".
VERBS_NEEDING_ONE_PERSON: Final[frozenset[str]] = frozenset(
    {"urge", "lobby", "ask", "confront", "beg", "implore", "beseech", "convince", "plead"}
)
#: Verbs of plying someone with questions or ideas, a contact only when a person named does it
#: ("X had for months peppered Y with suggestions"): "reporters peppered him with questions",
#: "members peppered him with questions" is a crowd at a briefing or a hearing.
VERBS_NEEDING_NAMED_SUBJECT: Final[frozenset[str]] = frozenset({"pepper", "confront"})
#: Verbs that are a contact only when they push someone to act: "pressed X to sign" (not
#: "pressed the spokesman on whether …", a question at a briefing or a hearing).
VERBS_NEEDING_INFINITIVE: Final[frozenset[str]] = frozenset(
    {"press", "urge", "beg", "implore", "beseech", "convince", "plead"}
)
#: Verbs that are a contact only when they ask someone to act, whoever asks: "asked the
#: ambassador to delay the vote" (not "was asked by host X whether …", a question on the air).
VERBS_OF_REQUEST: Final[frozenset[str]] = frozenset({"ask"})
#: Appeals made to the public, whoever they name: "a petition asking Clinton to …", "an ad
#: urging X to …" — pressure through the press, not a word to the person.
PUBLIC_APPEALS: Final[frozenset[str]] = frozenset(
    {"petition", "campaign", "ad", "advertisement", "resolution", "billboard"}
)
#: Verbs that are a contact only with a partner behind "with": "sat down with X", "conversing
#: with X" (not "sat down at the desk", "corresponds to the facts").
VERBS_NEEDING_PARTNER: Final[frozenset[str]] = frozenset(
    {"converse", "correspond", "sit", "negotiate", "consult", "eat", "huddle", "chat", "share"}
    | {"communicate", "trade", "swap", "exchange", "argue", "quarrel", "bicker", "coordinate"}
    | {"lunch", "breakfast", "moderate"}
)
#: Of those, the verbs that are a contact only as a deed done, in the past: "shared the memo
#: with X" (not "shares his views with X", a likeness).
VERBS_NEEDING_PAST: Final[frozenset[str]] = frozenset({"share"})
#: Verbs that in the simple present tell a standing relation, no occasion: "Israel coordinates
#: with Jordan on a regular basis" (but "was coordinating with FEMA", "coordinated with X").
VERBS_REFUSING_HABIT: Final[frozenset[str]] = frozenset({"coordinate"})
SIMPLE_PRESENT_TAGS: Final[frozenset[str]] = frozenset({"VBZ", "VBP"})
SHARING_VERBS: Final[frozenset[str]] = frozenset({"share"})
PAST_TAGS: Final[frozenset[str]] = frozenset({"VBD", "VBN"})
#: Verbs that are a contact only with a named person as the other side, met somewhere: "joined
#: Sen. X at the memorial", "was joined by X" (not "joined the campaign", "joined the Senate",
#: "his wife joined him as a critic").
VERBS_NEEDING_NAMED_PERSON: Final[frozenset[str]] = frozenset({"join"})
#: Verbs of saying that are a contact only when a person named by name is the one told: "told
#: Sen. X that …", "telling radio host X that …" (not "told reporters", "told the Times", "told
#: him": those are an interview with an outlet, or a listener the sentence does not name).
VERBS_NEEDING_NAMED_LISTENER: Final[frozenset[str]] = frozenset({"tell"})
#: Verbs that are a contact only with a person named in full or an organisation behind "to":
#: "complained to Sen. X", "complained to the league" (not "complained about the rules", "to
#: reporters", "to an American afterward").
VERBS_NEEDING_NAMED_ADDRESSEE: Final[frozenset[str]] = frozenset({"complain", "vent", "confide"})
#: Phrasal verbs that are a contact only with their particle: "sat down with X", "reached out
#: to X" (not "sat at the desk", "reached a deal").
VERBS_NEEDING_PARTICLE: Final[dict[str, str]] = {
    "sit": "down",
    "reach": "out",
    "pull": "aside",
    "swear": "in",
    "turn": "over",
    "fire": "off",
    "dash": "off",
    "shoot": "off",
}
IN_PERSON_IDIOMS: Final[tuple[tuple[str, ...], ...]] = (
    ("face", "to", "face"),
    ("one", "on", "one"),
)
"""'sat face to face with X', 'met one on one at the White House with Y': in person, alone
together — the idiom stands for "down" after "sat", and the partner behind the "with" after it
is the other side, wherever the parser hung the "with"."""
#: Phrasal verbs that are no contact with their particle: "called out X" criticises X in public,
#: "called off the talks" cancels them (not "called X", "called up X": a phone call).
VERBS_REFUSING_PARTICLE: Final[dict[str, frozenset[str]]] = {"call": frozenset({"out", "off"})}
#: Verbs of going to an occasion: "sat down to dinner with X", "joined X for lunch" — the
#: occasion noun's contact is the verb's subject's (and, for "join" and "invite", its object's).
OCCASION_VERBS: Final[frozenset[str]] = frozenset(
    {"sit", "go", "come", "head", "join", "invite", "send", "dispatch"}
)
#: "joined X for dinner": the verb's object is at the occasion beside its subject.
GUEST_VERBS: Final[frozenset[str]] = frozenset({"join", "invite"})
#: "sent X for talks with Y": the object goes to the occasion, the subject stays away.
ENVOY_VERBS: Final[frozenset[str]] = frozenset({"send", "dispatch"})
OCCASION_PREPOSITIONS: Final[frozenset[str]] = frozenset({"to", "for", "over"})
#: "spoke on a regular basis with X": how often, with the partner hung on it.
BASIS_NOUNS: Final[frozenset[str]] = frozenset({"basis"})
#: "After a March meeting with X, Y changed her mind": Y was at the meeting, but the verb's
#: time is after it, so it lends the contact its people, never its date; "spoke Thursday
#: following a meeting": within a day, the two share it.
SEQUENCE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"after", "before", "following"})
#: "hours before his meeting with X", "ahead of talks": the contact is still to come when the
#: act they time happens.
AWAITING_PREPOSITIONS: Final[frozenset[str]] = frozenset({"before", "ahead", "until"})
VERBS_NEEDING_PLACE_OBJECT: Final[frozenset[str]] = frozenset({"travel"})
#: Verbs of going somewhere that, with a person behind "with", tell that the travellers met:
#: "flew to Germany with the family of X".
COMPANY_VERBS: Final[frozenset[str]] = frozenset({"fly", "travel", "ride", "drive", "tour"})
#: "along with X", "together with Y": the parser hangs the "with" on these words.
ALONG_WORDS: Final[frozenset[str]] = frozenset({"along", "together"})
#: Verbs of going along with a person ("accompanied X to Moscow", "was accompanied by Y"): the
#: place gone to is where, not who; one's own kin along for the trip is no other side.
ESCORTING_VERBS: Final[frozenset[str]] = frozenset({"accompany", "escort"})
KIN_NOUNS: Final[frozenset[str]] = frozenset(
    {"wife", "husband", "son", "daughter", "sister", "brother", "mother", "father", "family"}
    | {"child", "children", "kid", "kids", "parent", "parents", "grandchild", "grandchildren"}
    | {"granddaughter", "grandson", "fiancee", "fiancée", "fiance", "girlfriend", "boyfriend"}
    | {"grandmother", "grandfather", "grandparent", "uncle", "aunt", "cousin", "nephew", "niece"}
)
"""Words for one's family: "accompanied by his wife" tells a trip, not a contact."""
GUARD_NOUNS: Final[frozenset[str]] = frozenset(
    {"agent", "guard", "bodyguard", "police", "officer", "trooper", "detail", "escort"}
    | {"security", "deputy", "marshal", "soldier"}
)
"""Who guards or escorts someone: "accompanied by Secret Service agents" meets no one."""
#: Verbs of sending, a message only when a thing goes to a person ("sent photos to X"), not
#: when a person is sent ("sent an aide to the Hill").
VERBS_OF_SENDING: Final[frozenset[str]] = frozenset(
    {"send", "deliver", "hand", "turn", "submit", "provide", "forward", "mail", "fax"}
    | {"fire", "dash", "shoot"}
)
#: What is sent as a payment, not a message ("sent $2,700 to the campaign", "send
#: contributions to the fund"): the real-news guide counts payments as no contact.
MONEY_NOUNS: Final[frozenset[str]] = frozenset(
    {"money", "cash", "check", "cheque", "contribution", "donation", "fund", "payment"}
    | {"remittance"}
)
#: Of those, the verbs whose thing must be a paper ("delivered the draft to the campaign",
#: "delivered it to X") — not a speech, a blow or a state won ("delivered remarks to the club",
#: "delivered a victory to Y").
VERBS_OF_HANDING_PAPERS: Final[frozenset[str]] = frozenset(
    {"deliver", "hand", "turn", "submit", "provide", "forward", "fax", "fire", "dash", "shoot"}
)
PAPER_NOUNS: Final[frozenset[str]] = frozenset(
    {"letter", "draft", "note", "memo", "petition", "document", "file", "dossier"}
    | {"invitation", "list", "proposal", "it", "email", "e-mail", "record", "cable", "page"}
    | {"transcript", "report", "data", "datum", "material"}
)
#: Verbs of talking, which are a contact only with a person: "spoke Hebrew" is not one.
VERBS_OF_SPEAKING: Final[frozenset[str]] = frozenset({"speak", "talk"})
#: Particles that turn talking into speaking in public or praising ("spoke out against",
#: "talked up the deal"): no contact unless someone is spoken to.
PUBLIC_PARTICLES: Final[frozenset[str]] = frozenset({"out", "up"})
EXCHANGED_WORDS: Final[frozenset[str]] = frozenset(
    {"words", "insults", "barbs", "jabs", "blows", "punches", "accusations", "pleasantries"}
    | {"greetings", "shots", "taunts", "threats", "recriminations"}
)
"""What two people trade when they speak to each other ("traded insults with X", "exchanged
pleasantries"), unlike goods, seats or places traded."""
GREETINGS: Final[frozenset[str]] = frozenset({"greetings", "pleasantries", "handshakes"})
"""Words traded on meeting someone ("exchanged greetings with X at the reception"): face to
face when told where both were (New Year greetings exchanged by letter are told without)."""
#: Verbs of trading words or confronting someone, which speakers do on the air as often as
#: face to face ("traded barbs on Twitter", "in dueling interviews"): there no contact (see
#: ``PUBLIC_SCENES``).
WORD_TRADING_VERBS: Final[frozenset[str]] = frozenset(
    {"trade", "swap", "exchange", "argue", "quarrel", "bicker", "confront"}
)
ONLINE_WORDS: Final[frozenset[str]] = frozenset({"online", "on-line"})
"""Adverbs that put words on the air: "traded barbs online"."""
#: Verbs that are a contact only with a given object: "shook hands with X" (not "shook the
#: market").
VERBS_NEEDING_OBJECT: Final[dict[str, frozenset[str]]] = {
    "shake": frozenset({"hand", "hands"}),
    "cross": frozenset({"path", "paths"}),
    "say": frozenset({"hello", "hi"}),
    "trade": EXCHANGED_WORDS,
    "swap": EXCHANGED_WORDS,
    "exchange": EXCHANGED_WORDS,
    "sign": frozenset({"treaty", "agreement", "deal", "accord", "pact"}),
    "make": frozenset({"case", "pitch", "appeal", "plea"}),
}
#: Verbs of being seen, a contact only in the passive with a person behind "with": "was seen
#: with Trump", "was photographed with X" (not "saw the results with dismay").
VERBS_OF_SIGHTING: Final[frozenset[str]] = frozenset({"see", "spot", "photograph", "picture"})
#: Verbs of speaking before an audience, a contact only when the audience is people or a body,
#: not an occasion or a topic: "addressed 100 committee members" (not "addressed the convention",
#: "addressed the issue", "addressed it").
OFFICE_NOUNS: Final[frozenset[str]] = frozenset(
    {"office", "offices", "home", "house", "residence", "apartment", "mansion", "estate"}
)
"""A person's office or home stands for the person: "wrote to Sanders' Senate office",
"visited Trump's home in Palm Beach", "the beach house of investor X"."""
VERBS_NEEDING_AUDIENCE: Final[frozenset[str]] = frozenset({"address"})
#: Verbs whose object is what is said and whose other side is a person behind "to": "made the
#: case to 23 group leaders" (not "made the case for war").
VERBS_NEEDING_LISTENER: Final[frozenset[str]] = frozenset({"make"})

NOUN_TRIGGERS: Final[dict[str, Relation]] = {
    "meeting": Relation.MEET,
    "encounter": Relation.MEET,
    "sit-down": Relation.MEET,
    # only "with" someone: "an audience with the Pope", "a tete-a-tete with X", "her handshake
    # with Y" (not "a large audience", "a firm handshake")
    "audience": Relation.MEET,
    "tete-a-tete": Relation.MEET,
    "handshake": Relation.MEET,
    "dinner": Relation.MEET,
    "lunch": Relation.MEET,
    "breakfast": Relation.MEET,
    "coffee": Relation.MEET,  # only "with" someone: "had coffee with X"
    "drink": Relation.MEET,  # only "with" someone: "drinks with X"
    "call": Relation.CALL,
    "phone": Relation.CALL,  # "by phone"
    "conversation": Relation.CONTACT,
    "discussion": Relation.CONTACT,
    "talk": Relation.CONTACT,
    "contact": Relation.CONTACT,
    "interaction": Relation.CONTACT,
    "touch": Relation.CONTACT,  # only as "in touch with"
    "communication": Relation.CONTACT,
    "negotiation": Relation.CONTACT,
    "email": Relation.MESSAGE,
    "e-mail": Relation.MESSAGE,
    "message": Relation.MESSAGE,
    "letter": Relation.MESSAGE,
    "memo": Relation.MESSAGE,  # only "to" someone: "wrote in a memo to Inspector General X"
    "memorandum": Relation.MESSAGE,
    "note": Relation.MESSAGE,  # only "to" someone: "left a note to Y", not "took note"
    "trip": Relation.VISIT,
    "visit": Relation.VISIT,
    "interview": Relation.CONTACT,  # only "with" someone
    "appearance": Relation.CONTACT,  # only "before" or "at" an audience: a visit or a meeting
    "testimony": Relation.CONTACT,  # only "before" a body: "her testimony before the panel"
    "speech": Relation.CONTACT,  # only "to" or "before" an audience: "a speech to the X Club"
    "address": Relation.CONTACT,  # the same: "the commencement address at Y University"
    "keynote": Relation.CONTACT,
    "lecture": Relation.CONTACT,
    "roundtable": Relation.MEET,  # only "with" someone
    "session": Relation.MEET,  # only "with" someone: "special sessions with the board"
    "agreement": Relation.CONTACT,  # only "between" parties: they negotiated it
    "deal": Relation.CONTACT,  # only with a person: "struck a deal with X", negotiated
    "accord": Relation.CONTACT,
    "compromise": Relation.CONTACT,
    "pact": Relation.CONTACT,
    "statement": Relation.MESSAGE,  # only "to" a person: "in a statement to my colleague X"
    "debate": Relation.MEET,  # the people its sentence names were there: see COPRESENCE_NOUNS
    "summit": Relation.MEET,  # only with two people named as its sides: SIDED_OCCASION_NOUNS
    "guest": Relation.CONTACT,  # only someone's guest: see GUEST_NOUNS
    "wedding": Relation.MEET,  # only someone's, attended: see OWNED_OCCASION_NOUNS
    "celebration": Relation.MEET,
    # A quarrel with a person is a contact with them: "declared in a heated argument with X",
    # "a spat with Y", "a testy exchange with Z" (not "in exchange for", "the argument that …").
    "argument": Relation.CONTACT,  # only "with" a person
    "spat": Relation.CONTACT,
    "quarrel": Relation.CONTACT,
    "altercation": Relation.CONTACT,
    "confrontation": Relation.CONTACT,
    "exchange": Relation.CONTACT,
}
"""Nouns that name a contact. Spelled as spaCy lemmatises them (singular)."""

GUEST_NOUNS: Final[frozenset[str]] = frozenset({"guest"})
"""Nouns for a person received by another: "his guest, the actress X", "the senator's guest"
— the host (the possessor) and the guest (the noun, or the name beside it) were together, on
the air or at the occasion. A guest of no one ("the guests arrived") names no contact."""

OWNED_OCCASION_NOUNS: Final[frozenset[str]] = frozenset(
    {"wedding", "celebration", "announcement", "rally", "fundraiser", "party", "reception"}
    | {"inauguration", "gala", "banquet", "luncheon"}
)
"""A person's own occasion, a contact only when someone attended it: "attended Y's wedding",
"went to attend Y's birthday celebration", "was in the room for Y's announcement", "attended a
fundraiser organized by Y" — the guest met its owner (not "his wedding was in June", "the
celebration of the victory", nor "wrote Y's speech")."""

ATTENDED_TALK_NOUNS: Final[frozenset[str]] = frozenset({"speech", "address"})
"""A person's talk, otherwise a contact only with its audience ("a speech to the X Club"),
meets its owner when someone attended it like an occasion ("attended Y's speech")."""

SHARED_OCCASION_NOUNS: Final[frozenset[str]] = frozenset(
    {"rally", "dinner", "lunch", "breakfast", "fundraiser", "reception", "party", "funeral"}
    | {"wedding", "ceremony", "service", "meeting", "gala", "event", "celebration", "luncheon"}
)
"""Occasions small enough that two people named as attending one met there: "X and Y attended
the rally", "a dinner attended by X and Y" (not a convention or a conference, where thousands
attend)."""

ATTENDING_VERBS: Final[frozenset[str]] = frozenset({"attend"})
"""Verbs whose subject was a guest at the occasion they take ("attended Y's rally")."""

GUEST_ROLE_NOUNS: Final[frozenset[str]] = frozenset({"guest", "attendee"})
"""'was a guest at Y's wedding': being one of an occasion's guests is being there."""

LISTENERS_PLACES: Final[frozenset[str]] = frozenset({"audience", "crowd", "attendance", "row"})
"""'was in the audience', 'sat in the front row': where someone is who listens to a speech."""

GIVEN_WHILE_WORDS: Final[frozenset[str]] = frozenset({"when", "as", "while"})
"""'X was among the guests when Y delivered a speech': a time clause of an occasion given."""

JOINT_OCCASION_NOUNS: Final[frozenset[str]] = SHARED_OCCASION_NOUNS | frozenset(
    {"appearance", "conference", "forum", "interview", "stop", "tour", "town", "hall"}
)
"""Occasions two people can hold together: 'held a joint news conference', 'a joint town hall'."""

APPEARANCE_NOUNS: Final[frozenset[str]] = frozenset({"appearance", "cameo"})
APPEARANCE_CARRIERS: Final[frozenset[str]] = frozenset({"make"})
"""'made a surprise appearance at Y's rally': an appearance made at an occasion is being there."""

PRESENCE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"at", "for", "to"})
PRESENCE_VERBS: Final[frozenset[str]] = frozenset({"be", "appear", "speak", "sit", "stand", "show"})
"""'was at Y's rally', 'was in the East Room for Y's announcement', 'spoke at Y's rally',
'showed up at Y's fundraiser': being there for an occasion is attending it."""

HOSTING_VERBS: Final[frozenset[str]] = frozenset(
    {"host", "sponsor", "organize", "organise", "throw", "lead"}
)
"""'a fundraiser organized by Y', 'a party thrown by Y', 'a forum hosted by the X Institute', 'a
breakfast sponsored by Y': the agent holds the occasion."""

OWN_OCCASION_VERBS: Final[frozenset[str]] = HOSTING_VERBS | {"give", "deliver", "hold"}
"""'a speech Trump gave', 'a party Y threw', 'a dinner Y held': the giver's own occasion (not
'a speech Y attended')."""

HELD_FOR_NOUNS: Final[frozenset[str]] = frozenset(
    {"fundraiser", "reception", "party", "gala", "banquet", "luncheon", "dinner", "lunch"}
    | {"breakfast"}
)
HOLDING_FOR_VERBS: Final[frozenset[str]] = HOSTING_VERBS | {"hold"}
"""'held a fund-raiser for X at his home', 'hosted a dinner for X': the host received the
person the occasion was held for."""

BEFORE_WORDS: Final[frozenset[str]] = frozenset({"before", "until", "till", "awaiting"})
"""'hours before the start of the debate': what comes after stands as still to come."""

SIDED_OCCASION_NOUNS: Final[frozenset[str]] = frozenset({"debate", "summit"})
"""Occasions that are a meeting when the text names two people as their sides: "the
Clinton-Sanders debate", "X's debate with Y", "the summit between X and Y" (not "the NATO
summit", "the Republican debate": see COPRESENCE_NOUNS for who was there)."""

COPRESENCE_NOUNS: Final[frozenset[str]] = frozenset({"debate"})
"""Occasions that put every person the sentence names in one room: "Clinton swung at Sanders in
the debate", "Kelly came under fire from Trump during the debate" — a debate's people face each
other, whatever verb tells what they did there."""

SCENE_OF_OCCASION: Final[frozenset[str]] = frozenset({"in", "at", "during", "on"})
"""'at the last debate', 'during the debate': the occasion where what the clause tells happened."""

MEAL_SCENE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"over"})
"""'over lunch', 'over dinner in 2005': a meal as the scene of what its clause tells."""

SCENE_ONLY_MEALS: Final[frozenset[str]] = frozenset(
    {"coffee", "drink", "cocktail", "beer", "tea", "brunch", "supper", "meal"}
)
"""'Over coffee, X and Y talked …', 'over drinks in May': shared only as a clause's scene —
alone, the word names a thing ("coffee prices", "a drink")."""

AIRING_VERBS: Final[frozenset[str]] = frozenset(
    {"air", "broadcast", "televise", "host", "moderate", "stage"}
)
"""Verbs of putting on a debate or a summit ("aired the debate on Thursday"), whose time is
the occasion's."""

GUEST_HOSTING_VERBS: Final[frozenset[str]] = frozenset({"host", "moderate"})
"""'hosted a town hall meeting with X', 'moderated a town hall with Y': the host holds the
occasion with the guest (the real-news guide: a town hall a named host holds with a guest is a
meeting)."""

BROADCAST_SLOT_WORDS: Final[frozenset[str]] = frozenset(
    {"time", "television", "tv", "radio", "cable", "network", "undercard"}
)
"""Nouns before a debate that tell when or how it was aired ("the prime-time debate", "the
television debate"), not its topic ("the immigration debate")."""

STAGE_NOUNS: Final[frozenset[str]] = frozenset({"stage", "platform", "podium"})
"""'on the debate stage': the stage of an occasion is the occasion as a scene; 'X and Y shared
the stage', 'shared a platform with Y': a joint appearance."""

FEATURING_VERBS: Final[frozenset[str]] = frozenset({"feature"})
"""'the debate featured X and Y': the people an occasion features were there."""

DEBATE_TOPIC_PREPOSITIONS: Final[frozenset[str]] = frozenset({"over", "about", "on"})
"""'the debate over trade heated up when …': a public argument about a topic, no occasion."""
ISSUE_NOUNS: Final[frozenset[str]] = frozenset(
    {"issue", "question", "matter", "subject", "topic", "policy", "record", "charge"}
)
"""What "on" brings up when it tells what was at issue ("grilled him on issues", "on his
record"), not where ("on stage", "on the phone")."""

LATER_IN_THE_DAY: Final[frozenset[str]] = frozenset({"later", "tonight", "afterward", "soon"})
"""'is speaking later Thursday', 'is meeting him tonight': still to come on the day told."""

LATER_OCCASION_WORDS: Final[frozenset[str]] = frozenset({"next", "upcoming", "coming", "future"})
"""'the next debate': an occasion still to come, which no one has met at yet."""

UNIT_NOUNS: Final[frozenset[str]] = frozenset(
    {"headquarters", "office", "board", "committee", "bureau", "desk", "staff", "leadership"}
    | {"subcommittee", "panel", "commission"}
)
"""Units of an organisation that speak and meet for it: "a call from CIA headquarters", "talks
with the Kremlin press office"."""

SHOW_NOUNS: Final[frozenset[str]] = frozenset(
    {"show", "program", "programme", "podcast", "broadcast", "newscast"}
)
SHOW_PREPOSITIONS: Final[frozenset[str]] = frozenset({"on", "onto", "into"})
"""'sat for an interview on X's show', 'called into X's program': the host whose show it is was
the other side of the interview or the call."""

ON_AIR_VERBS: Final[frozenset[str]] = frozenset({"call", "appear"})
"""Verbs that put a guest on the air ("called into X's program", "appeared on X's show"): a
radio or TV appearance is a statement, not a contact with the host (the real-news guide)."""

ADDRESSED_OCCASION_NOUNS: Final[frozenset[str]] = frozenset(
    {"rally", "convention", "conference", "forum", "event", "gala", "ceremony", "commencement"}
    | {"fundraiser", "service", "funeral", "memorial", "graduation", "convocation", "assembly"}
    | {"symposium", "hearing", "banquet", "vigil", "caucus", "march", "protest", "festival"}
)
"""'X and Y spoke at the convention': occasions where one speaks to an audience, not to the
other speaker (unlike a dinner or a meeting, where the two may have talked)."""

PHONE_WORDS: Final[frozenset[str]] = frozenset({"phone", "telephone", "cellphone", "call"})
MEANS_PREPOSITIONS: Final[frozenset[str]] = frozenset({"by", "over", "on", "via"})
"""'spoke with X by phone', 'talked over the telephone': a vague contact that was a call."""

NOUNS_NEEDING_PARTNER: Final[dict[str, frozenset[str]]] = {
    "interview": frozenset({"with"}),
    "appearance": frozenset({"before", "at"}),
    "testimony": frozenset({"before"}),
    "speech": frozenset({"to", "before"}),
    "address": frozenset({"to", "before"}),
    "keynote": frozenset({"to", "before"}),
    "lecture": frozenset({"to", "before"}),
    "roundtable": frozenset({"with"}),
    "session": frozenset({"with"}),
    "coffee": frozenset({"with"}),
    "audience": frozenset({"with"}),
    "tete-a-tete": frozenset({"with"}),
    "handshake": frozenset({"with", "between"}),
    "drink": frozenset({"with"}),
    "agreement": frozenset({"between"}),
    "statement": frozenset({"to"}),
    "memo": frozenset({"to"}),
    "memorandum": frozenset({"to"}),
    "note": frozenset({"to"}),
    "deal": frozenset({"with", "between"}),
    "accord": frozenset({"with", "between"}),
    "compromise": frozenset({"with", "between"}),
    "pact": frozenset({"with", "between"}),
    # "a spat between X and Y" is as often a feud carried on through the press
    "argument": frozenset({"with"}),
    "spat": frozenset({"with"}),
    "quarrel": frozenset({"with"}),
    "altercation": frozenset({"with"}),
    "confrontation": frozenset({"with"}),
    "exchange": frozenset({"with", "between"}),  # "email exchanges between X and Y"
}
"""Nouns that are a contact only with the other side behind one of these prepositions, a
person or an organisation ("an interview with X", "an appearance before the X Coalition"), not
"in an interview" or "an appearance at the arena"."""

NOUNS_NEEDING_PERSON: Final[frozenset[str]] = frozenset(
    {"interview", "statement", "deal", "accord", "compromise", "pact"}
    | {"argument", "spat", "quarrel", "altercation", "confrontation", "exchange"}
)
"""Of those, the nouns whose other side must be a person: "an interview with <an organisation>"
is one with an outlet, which meets no one; "struck a deal with Kasich" was negotiated with him,
"a deal with Facebook" is a company's deal (the real-news guide: no contact)."""

EDITORIAL_BODIES: Final[frozenset[str]] = frozenset({"board"})
"""An outlet's body that is met, not interviewed with: "met with the editorial board of X"."""

PRESS_TITLES: Final[frozenset[str]] = frozenset(
    {"host", "anchor", "moderator", "reporter", "correspondent", "journalist", "columnist"}
    | {"interviewer", "editor", "commentator", "pundit", "newscaster", "broadcaster", "writer"}
)
"""Titles of the press: "told radio host X", "in a talk with the politics editor Y" — who
speaks to a journalist gives an interview, and the statement is the record, not a contact."""

PRESS_TRIGGERS: Final[frozenset[str]] = frozenset(
    {"tell", "talk", "speak", "chat", "converse", "conversation", "interview", "appear"}
    | {"appearance", "discussion", "discuss"}
)
"""Contact words of talking, which with a journalist on the other side tell an interview
("told CNN's X", "a conversation with the radio host Y"); a meeting ("met with", "sat down
with") stays a contact whoever it is with."""

PRESS_OCCASION_CARRIERS: Final[frozenset[str]] = frozenset({"sit", "give", "grant", "do"})
"""'sat for an interview with X', 'gave an interview to Y': an interview given to the press."""

SCENE_OF_STATEMENT: Final[frozenset[str]] = frozenset({"in", "during"})
"""'said in an interview with X', 'during an interview with Y, she lamented …': the interview
is where a statement was made — the statement is the record."""

OWN_PEOPLE_NOUNS: Final[frozenset[str]] = frozenset(
    {"staff", "staffer", "aide", "adviser", "advisor", "team", "volunteer", "donor"}
    | {"supporter", "member", "council", "cabinet", "employee", "banker", "follower"}
)
"""People who work for or follow someone: "met with her staff", "emailed our donors", "a
meeting with his security council" — one's own people, no contact between parties."""

ORGANISATION_NOUNS: Final[frozenset[str]] = frozenset(
    {"group", "organization", "organisation", "company", "firm", "union", "agency", "charity"}
    | {"committee", "association", "government", "campaign", "party", "board", "bank", "school"}
)
"""Common nouns for organisations: in the bare plural they are bodies, each a party ("called
local aid groups"), not a loose crowd of people."""

PREMISES_ORGANISATION_NOUNS: Final[frozenset[str]] = frozenset(
    {"school", "bank", "company", "firm", "party"}
)
"""Organisation nouns whose plural as often names places, trades or occasions as bodies met
("visited schools", "deals between companies", "attended parties"): no party unless named."""

MEMBERSHIP_BODIES: Final[frozenset[str]] = ORGANISATION_NOUNS | frozenset(
    {"club", "council", "caucus", "delegation", "coalition", "commission", "panel", "society"}
)
"""Bodies whose members "the <body> members" points back at: 'emailed the club members'."""

OWNER_PRONOUNS: Final[frozenset[str]] = frozenset({"his", "her", "their", "our", "my", "its"})
"""Possessive pronouns that make a group the other side's own ("her staff")."""

GOAL_NOUNS: Final[frozenset[str]] = frozenset(
    {"threshold", "deadline", "goal", "target", "requirement", "criterion", "criteria"}
    | {"standard", "expectation", "demand", "need", "obligation", "quota", "test", "bar"}
    | {"condition", "benchmark", "mark", "challenge"}
)
"""What is met without meeting anyone: "met the deadline", "a threshold met only by X"."""


NOUNS_NEEDING_IN: Final[frozenset[str]] = frozenset({"touch"})
"""Nouns that are only a contact inside a fixed phrase ("in touch with", not "a personal touch")."""

HYPHENATED_SPELLINGS: Final[dict[str, str]] = {"fund-raiser": "fundraiser"}
"""House styles that hyphenate a word others spell whole ("a fund-raiser for X")."""

NOUN_TRIGGER_SURFACES: Final[dict[str, str]] = {"talks": "talk", "contacts": "contact"}
"""Plural surfaces the small model sometimes tags as verbs or leaves unlemmatised."""

STRONG_TRIGGERS: Final[frozenset[str]] = frozenset(
    {"meet", "meeting", "greet", "dine", "dinner", "call", "phone", "telephone", "visit", "trip"}
)
"""Triggers that name a specific contact; the rest ("contact", "talk", "touch") are vaguer and
earn a lower confidence."""

# -- who was there ----------------------------------------------------------------------------

PARTNER_PREPOSITIONS: Final[frozenset[str]] = frozenset({"with", "to", "between", "among", "by"})
"""Prepositions whose object is the other side of a contact ("met with", "spoke to", "a call
between", "a trip made by")."""

AGENT_NOUNS: Final[frozenset[str]] = frozenset(
    {"lawyer", "attorney", "aide", "adviser", "advisor", "representative", "negotiator"}
    | {"spokesman", "spokeswoman", "spokesperson", "emissary", "envoy"}
)
"""People who act for someone, named with them by "for" or "to": "lawyers for Mr. Hale", "aides
to the governor" are his lawyers, the governor's aides — identified, and not he himself."""

SENDER_PREPOSITIONS: Final[frozenset[str]] = frozenset({"from"})
"""'a call from X', 'a letter from X': the sender of a call or a message is its other side."""

PERSON_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "official",
        "ambassador",
        "diplomat",
        "adviser",
        "advisor",
        "aide",
        "associate",
        "officer",
        "agent",
        "representative",
        "envoy",
        "minister",
        "candidate",
        "leader",
        "executive",
        "lawyer",
        "banker",
        "businessman",
        "businesswoman",
        "operative",
        "member",
        "staffer",
        "spy",
        "president",
        "senator",
        "campaign",
        "team",
        "administration",
        "government",
        "regime",
        "delegation",
        "leadership",
        "man",
        "woman",
        "wife",
        "husband",
        "widow",
        "son",
        "daughter",
        "sister",
        "brother",
        "mother",
        "father",
        "grandmother",
        "grandfather",
        "grandparent",
        "uncle",
        "aunt",
        "cousin",
        "nephew",
        "niece",
        "family",
        "relative",
        "victim",
        "donor",
        "counterpart",
        "lawmaker",
        "legislator",
        "congressman",
        "congresswoman",
        "superdelegate",
        "governor",
        "mayor",
        "chairman",
        "chairwoman",
        "director",
        "secretary",
        "teacher",
        "activist",
        "resident",
        "responder",
        "surrogate",
        "colleague",
        "friend",
        "lobbyist",
        "strategist",
        "consultant",
        "group",
        "caucus",
    }
)
"""Head nouns that can be a party to a contact when the cast did not list the phrase; a plural
one is a group ("three other ambassadors"). Anything else ("the deadline") is not a party."""

TIME_BOUND_BODIES: Final[frozenset[str]] = frozenset(
    {"campaign", "administration", "government", "regime", "leadership", "team"}
)
"""Bodies a year names by when they acted ("during the 2012 campaign", "the 2009
administration"): that year is a time, not a description of someone met."""

OFFICE_HOLDER_NOUNS: Final[frozenset[str]] = frozenset(
    {"lawmaker", "legislator", "senator", "congressman", "congresswoman", "minister"}
    | {"governor", "mayor", "ambassador", "diplomat", "delegate", "superdelegate"}
)
"""Holders of a public office or seat: the office says who they are, so bare or counted
vaguely they are office holders met in office ("met with lawmakers", "lobbied finance
ministers", "called several governors"), not a loose crowd of the public ("met with voters")."""

MOTION_VERBS: Final[frozenset[str]] = frozenset(
    {"go", "come", "visit", "travel", "fly", "head", "return", "arrive", "drive", "stop"}
    | {"decamp"}
)
"""'went to Louisiana to meet the victims': a trip whose purpose clause is a contact the
traveller made."""

DISPATCH_VERBS: Final[frozenset[str]] = frozenset({"send", "dispatch"})
"""'sent his chief of staff to meet the governor': whom it sent made the contact."""

ADDRESSING_VERBS: Final[frozenset[str]] = frozenset(
    {"congratulate", "thank", "urge", "implore", "invite", "ask", "beg", "warn"}
    | {"tell", "inform", "remind", "assure"}
)
"""'a letter congratulating X', 'a note thanking Y', 'the letter warned Z that …': a message
speaks to whom it thanks, urges or tells."""

GO_BETWEEN_PREPOSITIONS: Final[frozenset[str]] = frozenset({"through", "via"})
"""'reached Putin through his Russian contacts': whom one goes through are people."""

REPLY_VERBS: Final[frozenset[str]] = frozenset({"reply", "respond", "answer", "write"})
"""'replied to Y's email', 'wrote back to her letter': an answer to a message reaches its
sender."""

BARE_REPLY_VERBS: Final[frozenset[str]] = frozenset({"reply", "respond"})
"""'Trump Jr. responded within minutes': a reply with no one named answers the last message
its writer had (a reply "to" someone is theirs: see ``REPLY_VERBS``)."""

REPLY_MEANS_NOUNS: Final[frozenset[str]] = frozenset(
    {"letter", "email", "e-mail", "memo", "message", "note", "text"}
)
"""'replied to Y in a letter', 'responded to Y by email': the private message a reply was sent
as (not a statement, a tweet or a post: said to everyone)."""
REPLY_MEANS_PREPOSITIONS: Final[frozenset[str]] = frozenset({"in", "by", "via", "through"})

CALLING_ON_WORDS: Final[frozenset[str]] = frozenset({"social", "courtesy", "pay"})
"""'paid a call on X', 'a courtesy call on Y', 'a social call on Z': calling on someone in
person visits them (not "his call on Congress to act", an appeal)."""

TAKING_VERBS: Final[frozenset[str]] = frozenset({"take", "make"})
TRIP_NOUNS: Final[frozenset[str]] = frozenset({"trip", "detour", "journey", "stop"})
"""'took a brief detour to meet X', 'made a trip to Ohio to see Y': a trip taken, whose purpose
clause is a contact the traveller made, as after a verb of going."""

JOURNEY_NOUNS: Final[frozenset[str]] = frozenset({"trip", "journey", "visit"})
"""'spoke with X during a trip to Moscow', 'did not meet any officials during the visit': a
journey a contact is told during — where the traveller was in person, at the journey's time."""

BESIDE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"with", "beside", "to", "alongside"})
STANDING_PREPOSITIONS: Final[frozenset[str]] = frozenset({"beside", "alongside"})
SUPPORT_PREPOSITIONS: Final[frozenset[str]] = frozenset({"through", "throughout"})
"""'stood beside X at the signing': standing beside a named person at a scene is a joint
appearance; 'stood beside him through the scandal' is loyalty."""
MANNER_WORDS: Final[frozenset[str]] = frozenset({"well", "poorly", "badly", "uneasily", "fine"})
TIME_NOUNS: Final[frozenset[str]] = frozenset(
    {"time", "day", "days", "afternoon", "morning", "evening", "night", "weekend", "hour"}
    | {"hours", "minutes", "week", "moment", "moments", "lunchtime"}
)
"""'sat with X at dinner', 'sat next to X', 'spent the afternoon with Y': in a named person's
company (not 'sat well with voters', 'spent millions with the firm')."""
SHARE_OF_TIME_WORDS: Final[frozenset[str]] = frozenset(
    {"much", "most", "part", "rest", "bulk", "all", "half", "some"}
)
"""'spent much of the day meeting with X': the share of a time something filled."""

TELLING_NOUNS: Final[frozenset[str]] = frozenset(
    {"remark", "remarks", "announcement", "statement", "speech", "testimony", "address", "comment"}
)
"""'just hours after Comey's remarks': a person's public telling, which the article may have
dated by the verb ('On Tuesday, Comey said …') or the noun ('Comey's statement on Tuesday')."""
SAME_DAY_SPANS: Final[frozenset[str]] = frozenset({"hours", "hour", "minutes", "moments"})
SAME_DAY_ADVERBS: Final[frozenset[str]] = frozenset(
    {"right", "shortly", "just", "immediately", "soon"}
)
"""'hours after', 'right after', 'shortly before': an act set this close to another fell on its
day."""

URGING_VERBS: Final[frozenset[str]] = frozenset(
    {"urge", "encourage", "exhort", "implore", "remind", "beg"}
)
"""'urged them to vote Tuesday': the act urged lies ahead; its day is not the story's."""

STAYING_VERBS: Final[frozenset[str]] = frozenset({"stay", "vacation", "sleep", "lodge", "dine"})
"""'stayed at the beach house of X', 'dined at Y's home': a guest at a named person's home
visited them."""

LISTING_VERBS: Final[frozenset[str]] = frozenset({"include", "feature"})
SCHEDULE_NOUNS: Final[frozenset[str]] = frozenset(
    {"schedule", "itinerary", "agenda", "calendar", "engagement", "commitment", "appointment"}
)
"""'His remaining engagements included a speech to X': the owner of a schedule that held a
contact took part in it."""

PAIR_WORDS: Final[frozenset[str]] = frozenset({"the", "two"})
"""'introduced the two men': a pair the sentences before have named."""

COMPANION_VERBS: Final[frozenset[str]] = frozenset(
    {"campaign", "rally", "stump", "appear", "tour", "golf", "hunt", "fish", "vacation", "play"}
)
COMPANION_PREPOSITIONS: Final[frozenset[str]] = frozenset({"with", "alongside"})
"""'campaigned with Clinton in Ohio', 'appeared alongside Sen. X', 'X and Y appeared together in
Charlotte', 'toured the site alongside Y': campaigning, appearing or touring beside a named
person, or together, is a joint appearance (the guide's rally appearance together), a meeting —
not on a host's show ("appeared with X on his program"). So is a pastime shared with a named
person: 'played golf with X', 'went hunting with Y', 'vacationed with Z'."""

PARTNER_IDIOMS: Final[dict[str, tuple[str, Relation]]] = {
    "check": ("in", Relation.CONTACT),
    "touch": ("base", Relation.CONTACT),
    "cross": ("paths", Relation.MEET),
    "get": ("together", Relation.MEET),
    "hang": ("out", Relation.MEET),
}
"""Idioms of contact told with a fixed word and "with" the other side: "checked in with X",
"touched base with Y", "crossed paths with Z", "got together with X", "hung out with Y" (not
"checked in at the hotel", "crossed the border", "got together a team")."""

CHANCE_VERBS: Final[frozenset[str]] = frozenset({"run", "bump"})
"""Verbs of coming upon someone "into" whom one ran: "ran into X at the airport"."""

LISTING_NOUNS: Final[frozenset[str]] = frozenset(
    {"ballot", "ticket", "list", "cover", "poster", "page", "photo", "photograph", "screen"}
)
"""Where names appear side by side without their people meeting: "on the ballot together"."""

RECIPROCAL_VERBS: Final[frozenset[str]] = frozenset(
    {"meet", "speak", "talk", "chat", "confer", "huddle", "negotiate", "correspond", "converse"}
    | {"convene", "debate", "trade", "swap", "exchange", "quarrel", "bicker", "coordinate"}
)
"""Verbs whose plural subject is both sides ("they spoke on the phone", "a pair of aides who
have spoken periodically", "he and Y negotiated a deal"): with no other side named, the subject
is a pair meeting each other — even for a verb that otherwise needs its "with" (see
``VERBS_NEEDING_PARTNER``)."""

RECIPROCAL_PRONOUNS: Final[frozenset[str]] = frozenset({"each other", "one another"})
"""What a verb's object is when its subjects did it to each other ("X and Y spoke with each
other"): no third party, the subjects are both sides."""

DEBATING_VERBS: Final[frozenset[str]] = frozenset({"debate"})
"""Of those, the verbs whose joined subjects are the two sides of a debate only when they are
named people ("X and Y debated in Flint"), not bodies or camps debating a bill ("Republicans and
Democrats debated the measure")."""

PAIR_NOUNS: Final[frozenset[str]] = frozenset({"pair", "duo"})
#: What people are to each other: "the longtime associates dined together" are the two just
#: named.
RELATION_NOUNS: Final[frozenset[str]] = frozenset(
    {"associate", "ally", "friend", "rival", "partner", "colleague", "adversary", "foe"}
    | {"opponent", "counterpart", "confidant", "acquaintance", "leader", "sparring"}
)
"""'a pair of Vermonters': two people, the two the sentences before have named."""

PARTY_PAIR_NOUNS: Final[frozenset[str]] = frozenset({"side", "company", "firm"})
"""'both sides', 'the two companies': the two parties to a dispute or a deal just named,
people or organisations."""

PARTITIVE_AMOUNTS: Final[frozenset[str]] = frozenset(
    {"most", "many", "some", "all", "few", "several", "half", "majority", "none", "one", "each"}
)
"""'most of her meetings were with donors': an amount of the contacts a noun names."""

SERIES_NOUNS: Final[frozenset[str]] = frozenset(
    {"series", "round", "string", "flurry", "number", "couple", "handful", "pair"}
)
"""'held a series of roundtables with X', 'a round of talks with Y': a measure of contacts,
whose verb carries the contacts it measures."""

HEADQUARTERS_NOUNS: Final[frozenset[str]] = frozenset({"headquarters", "hq"})
CAMPAIGN_NOUN: Final[str] = "campaign"
"""'visited Clinton's headquarters': a candidate's headquarters stands for the campaign the
article names after them ("the Clinton campaign")."""

INDEFINITE_ARTICLES: Final[frozenset[str]] = frozenset({"a", "an", "another"})
"""'met with a man', 'grabbed by another man': someone the text does not say who."""

ANONYMOUS_PERSON_NOUNS: Final[frozenset[str]] = frozenset(
    {"woman", "man", "lady", "gentleman", "girl", "boy", "person", "guy", "stranger"}
)
"""'spoke to the woman', 'the man who shouted': words that say a person is there, never who;
unlike a post ('the mayor') no title elsewhere in the article can name them."""

SHARE_WORDS: Final[frozenset[str]] = frozenset({"one", "another", "other"})
"""'two speeches, one to X and another to Y': the words that share contacts out one by one."""

ONE_BY_ONE_WORDS: Final[frozenset[str]] = frozenset({"each", "both", "neither"})
"""'Sessions and Kushner each met Kislyak', 'calls with both X and Y', 'neither X nor Y met
him': words on a joined group that tell its members' contacts one by one, not one meeting of
them all."""

APART_ADVERBS: Final[frozenset[str]] = frozenset({"separately", "individually"})
"""'met separately with X and Y': a joined group met one by one."""

NO_AMOUNTS: Final[frozenset[str]] = frozenset({"none", "no", "neither", "nothing"})
"""'none of the calls were with Y': an amount that denies the contact it counts."""

INCLUSION_WORDS: Final[frozenset[str]] = frozenset({"including", "like", "among"})
"""'met with Senate Democrats, including X and Y': the named members of a group."""

PERSONAL_OBJECTS: Final[frozenset[str]] = frozenset({"him", "her", "them", "me", "us"})
"""Object pronouns that can only stand for people: "joined her at the rally"."""

FIRST_PERSON: Final[frozenset[str]] = frozenset(
    {"i", "me", "my", "myself", "we", "us", "our", "ourselves"}
)
"""'“I had breakfast with X,” she wrote': in a quote, the speaker is a party."""

REFLEXIVES: Final[frozenset[str]] = frozenset(
    {"himself", "herself", "themselves", "itself", "myself", "ourselves"}
)
"""'Trump himself, who greeted …': the emphatic reflexive stands for the noun before it."""

REPORTED_REFLEXIVES: Final[frozenset[str]] = frozenset({"himself", "herself"})
"""'X told the AP that Y called Z and himself': in reported speech, the reporter."""

COLLECTIVE_NOUNS: Final[frozenset[str]] = frozenset(
    {"campaign", "team", "administration", "government", "regime", "delegation", "family"}
    | {"group", "leadership", "caucus"}
)

VAGUE_AMOUNTS: Final[frozenset[str]] = frozenset(
    {"some", "many", "several", "few", "various", "numerous", "other", "certain", "countless"}
)
"""'some advisers', 'many Democrats', 'several donors': people counted vaguely, not named."""

CROWD_DEPS: Final[frozenset[str]] = frozenset({"det", "amod", "punct", "cc", "conj"})
"""What a loose crowd carries ('some donors', 'donors and friends'); anything else — a
compound, a possessor, 'of X', a relative clause — says which people they are."""

TIME_CLAUSE_MARKS: Final[frozenset[str]] = frozenset({"after", "before", "when", "once", "until"})
"""'after the president meets with X': in a clause of time the simple present is the future."""

HOSTING_WORDS: Final[frozenset[str]] = frozenset({"host"})
"""'Cleveland, which hosted the convention': a city or a country that hosts is where the
occasion was, not a party to it."""

DEMONSTRATIVE_PLURALS: Final[frozenset[str]] = frozenset({"those"})
"""'She was among those who met him': a pronoun for the people a relative clause describes."""

REMAINDER_NOUNS: Final[frozenset[str]] = frozenset({"rest", "remainder"})
"""'met with the rest of the caucus': the party is the body the remainder is of."""

COUNT_NOUNS: Final[frozenset[str]] = frozenset(
    {"dozen", "score", "group", "number", "handful", "couple", "delegation"}
)
"""'lobbied scores of finance ministers', 'met with a group of senators': a count of people is
the people counted, a party only as they would be ('a group of voters' stays a loose crowd) —
not hundreds or thousands, a crowd whoever they are ('greeted by thousands of Germans')."""

SCENE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"in", "during", "over", "at"})
"""'raised it in conversations with X', 'at a breakfast with the Texas delegation, Cruz said':
the verb's subject took part in the conversations, sat at the breakfast."""

MEMBER_NOUNS: Final[frozenset[str]] = frozenset({"member", "chairman", "chairwoman", "chair"})
"""'the X Caucus, of which he is a member': words saying someone belongs to a body."""

BODY_MEMBER_NOUNS: Final[frozenset[str]] = frozenset(
    {"employee", "staff", "staffer", "worker", "member", "student", "graduate", "alumnus"}
    | {"alumni", "faculty", "class", "cadet", "delegate"}
)
"""People who belong to an organisation and are heard as its own: "Goldman Sachs employees",
"the graduating class of X College", "members of the Y Club" — a talk to them is given at the
organisation (the real-news guide's speech at an organisation's own event)."""

GATHERING_NOUNS: Final[frozenset[str]] = frozenset(
    {"group", "roomful", "crowd", "audience", "gathering"}
)
"""Words for listeners gathered, whose "of" says who they are: "a group of Goldman Sachs
employees", "a roomful of X Club members"."""

APPEARANCE_VERBS: Final[frozenset[str]] = frozenset({"speak", "appear", "testify", "lecture"})
"""Verbs of speaking or appearing at a body's own occasion ("spoke at Liberty University",
"appeared before the Senate Judiciary Committee"): the speaker visited the body, or met the
committee that heard them (the real-news guide)."""

APPEARANCE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"at", "before"})
"""("spoke to X" is a talk with X, read as one: see VERB_TRIGGERS.)"""

OCCASION_TELLING_VERBS: Final[frozenset[str]] = frozenset({"tell", "warn", "assure", "remind"})
"""Verbs of telling that take an occasion as their hearer ("told the AIPAC meeting that …",
"assured the NAACP convention that …"): the teller spoke to the body whose occasion it was, as
one who "addressed" it did."""

OCCASION_SPEECH_VERBS: Final[frozenset[str]] = frozenset(
    {"say", "tell", "announce", "argue", "declare", "joke", "warn", "insist", "add", "quip"}
    | {"boast"}
    | {"vow", "pledge", "promise", "acknowledge", "recall", "explain", "note", "predict"}
)
"""Verbs of saying whose occasion, when an organisation holds it, is a speech there: "said at the
Rotary Club luncheon", "joked at a forum hosted by the X Institute" — the speaker visited the
body (the real-news guide). Only an occasion counts: "said at Harvard" or "announced at the
Pentagon" names where, and the speaker may work there."""

TALK_NOUNS: Final[frozenset[str]] = frozenset({"speech", "address", "keynote", "lecture"})
"""Talks given at an organisation's occasion or to it ("a speech at the X Institute", "his
speech to the Y convention"): a contact with the organisation."""

AUDIENCE_OCCASION_VERBS: Final[frozenset[str]] = frozenset(
    {"speak", "lecture", "address", "headline", "keynote"}
)
"""Verbs that take the occasion they speak to as their audience: "spoke to the X conference",
"addressed the Y convention", "headlined the Z dinner" — the body holding it was visited."""

OCCASION_GIVING_VERBS: Final[frozenset[str]] = frozenset(
    {"give", "deliver", "hold", "host", "headline", "attend", "address", "stage", "throw"}
)
"""'gave a lecture on May 3', 'held a rally Monday', 'attended a gala in June': the occasion
took place when it was given, held or attended."""

HOSTED_OCCASION_NOUNS: Final[frozenset[str]] = frozenset(
    {"convention", "conference", "meeting", "gala", "luncheon", "breakfast", "dinner", "forum"}
    | {"summit", "commencement", "convocation", "graduation", "ceremony", "service", "banquet"}
    | {"symposium", "assembly", "session", "event", "fundraiser", "reception", "hearing"}
    | {"gathering", "rally", "retreat", "lunch"}
)
"""Occasions an organisation holds, named by it ("the NAACP convention", "a Chamber of
Commerce luncheon", "a convocation at Liberty University"): who speaks at one visits it."""

VENUE_WORDS: Final[frozenset[str]] = frozenset(
    {"tower", "center", "centre", "hall", "arena", "stadium", "building", "hotel", "plaza"}
    | {"fairgrounds", "fairground", "park", "square", "theater", "theatre", "auditorium"}
    | {"field", "capitol", "coliseum", "garden", "gardens", "pavilion", "ballroom", "gym"}
    | {"gymnasium", "amphitheater", "dome", "mall", "airport", "resort"}
)
"""Last words of the names of buildings and grounds: "spoke at Trump Tower", "at the Iowa
State Fairgrounds" name where, and a place hosts no one."""

MANNER_GERUND_PREPS: Final[frozenset[str]] = frozenset({"in", "by"})
"""'In addressing the convention, X …', 'by meeting Y, X …': a gerund that shares the time of the
clause it hangs on."""

BODY_OR_PREMISES_WORDS: Final[frozenset[str]] = frozenset({"club"})
"""Last words of names for a body or its premises alike: "at the X Golf Club" names where, "the
Rotary Club luncheon" or "in front of the Economic Club" the body that holds or hears."""

QUESTIONING_VERBS: Final[frozenset[str]] = frozenset(
    {"grill", "question", "interrogate", "cross-examine", "quiz", "press", "push"}
)
"""'grilled X at a Senate hearing', 'pressed Y on the fees at the hearing': a named person
questioned face to face by another, at a hearing, was met (the real-news guide)."""
FACE_TO_FACE_QUESTIONING: Final[frozenset[str]] = frozenset({"grill", "interrogate"})
"""Questioning only ever done in a person's presence: 'X grilled Y on Tuesday' tells a
meeting even when the text does not name the hearing."""

PERIOD_NOUNS: Final[frozenset[str]] = frozenset(
    {"campaign", "transition", "race", "presidency", "administration", "tenure", "term", "cycle"}
)
"""'during the campaign', 'throughout his tenure': a stretch of time the case may name as a
period, told as the contact's own time."""
PERIOD_PREPOSITIONS: Final[frozenset[str]] = frozenset({"during", "throughout", "over"})

HEARING_NOUNS: Final[frozenset[str]] = frozenset({"hearing"})
"""Occasions whose attendance is no contact with their holder: the public watches a hearing."""

HEARING_BODY_WORDS: Final[frozenset[str]] = frozenset(
    {"committee", "subcommittee", "panel", "commission", "board", "senate", "house"}
)
"""Bodies that hear who appears before them: testimony, or an appearance before an editorial
board, is a meeting with the body (the real-news guide)."""

VISIT_SCENE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"at", "during", "before"})
"""'At the annual meeting of X, Y spoke', 'denounced it before a joint meeting of X': where the
one who acts stands at a body's occasion."""

PLACE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"at", "in", "inside", "near", "to", "on"})

SHUT_SCENE_PREPOSITIONS: Final[frozenset[str]] = frozenset({"behind"})
"""'met behind closed doors with X': a phrase of how a contact was held, on whose noun the parser
hangs the other side — never where it was held."""

PLACE_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "hotel",
        "office",
        "restaurant",
        "embassy",
        "residence",
        "home",
        "house",
        "tower",
        "club",
        "reception",
        "dinner",
        "conference",
        "convention",
        "summit",
        "lobby",
        "bar",
        "building",
        "headquarters",
        "capital",
        "city",
        "airport",
        "forum",
        "party",
        "resort",
    }
)
"""Common nouns that make "at/in the …" a place rather than a time or a topic."""

PLACE_ENTITY_LABELS: Final[frozenset[str]] = frozenset({"GPE", "LOC", "FAC"})

DOCUMENT_NAME_HEADS: Final[frozenset[str]] = frozenset(
    {"act", "acts", "bill", "amendment", "treaty", "accord", "accords", "resolution", "law"}
)
"""Last words that make a capitalised name a law or a pact, never a party ("the Dodd-Frank Act")."""

NON_PARTY_ENTITY_LABELS: Final[frozenset[str]] = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "EVENT", "LAW"}
)
"""Named-entity labels that can never be a party to a contact ("met in July": July is when)."""

WORK_LABELS: Final[frozenset[str]] = frozenset({"WORK_OF_ART"})
"""'wrote in her memoir, “Hard Roads”': a titled work is what is written, never whom to (a
name in a quoted sentence, which the model may take for a title, stays a party elsewhere)."""

TOPIC_PREPOSITIONS: Final[frozenset[str]] = frozenset({"about", "regarding", "concerning"})
"""Prepositions that introduce what a contact or question was about, not who or when."""

LEAVING_VERBS: Final[frozenset[str]] = frozenset(
    {"emerge", "come", "walk", "storm", "return", "leave", "exit", "step", "head", "rush"}
)
"""Verbs of leaving a place or an occasion: "emerged from a meeting with X", "walked out of
talks with Y", "left the meeting with Z" — who leaves a contact took part in it."""

PRIOR_PREPOSITIONS: Final[frozenset[str]] = frozenset({"after", "following"})
"""Prepositions whose object came first: "pledged to work together after a meeting Thursday"."""

LIGHT_VERBS: Final[frozenset[str]] = frozenset(
    {
        "have",
        "hold",
        "make",
        "pay",  # "paid a visit to X", "paid a courtesy call on Y"
        "take",
        "exchange",
        "conduct",
        "place",
        "be",
        "get",
        "keep",
        "stay",
        "repeat",
        "maintain",
        "establish",
        "initiate",
        "resume",
        "continue",
        "send",
        "give",
        "deliver",
        "attend",
        "participate",  # "participated in talks with X", "never participated in a debate with Y"
        "write",
        "pen",
        "sign",  # "signed a letter to X": its signers sent it
        "receive",  # "received a letter from X", "received a visit from Y"
        "join",  # "joined a call with X", "joined the meeting with Y"
        "pass",  # "passed a message to X", "passed along a note to Y"
        "relay",  # "relayed a message to X"
    }
)
"""Verbs that carry a contact noun ("had a meeting", "held talks", "exchanged messages", "was in
contact", "attended X's dinner", "wrote a letter to X", "penned letters to X"): their subject is
a participant of the noun's contact."""

BARGAINING_VERBS: Final[frozenset[str]] = frozenset(
    {"strike", "reach", "cut", "broker", "forge", "seal", "negotiate", "hammer", "work"}
)
"""Verbs that carry a bargain ("struck a deal with X", "worked out an accord with Y"): their
subject is one side of it, the one behind "with" the other."""

ASPECT_CARRIERS: Final[frozenset[str]] = frozenset(
    {"begin", "start", "open", "launch", "conclude", "end", "finish", "complete", "break"}
    | {"wrap"}
)
"""Verbs of a contact's beginning or end ("began talks with X", "opened negotiations with Y",
"broke off talks with Z", "the talks she started with X", "wrapped up a meeting with X"):
whoever begins or ends a contact took part in it, as whoever holds it does (see
``LIGHT_VERBS``)."""

OBTAINING_VERBS: Final[frozenset[str]] = frozenset(
    {"secure", "obtain", "land", "win", "score", "snag", "gain", "wangle", "wrangle"}
)
"""Verbs of obtaining a meeting ("secured a meeting with X", "landed a sit-down with Y"): who
obtains one is the side that meets — not who obtains a letter or an email, papers that went
between others."""

ENTERING_PREPOSITIONS: Final[dict[str, str]] = {"enter": "into"}
"""Verbs whose contact noun hangs behind a preposition ("entered into talks with X"): their
subject took part, as one who "was in talks with X" was."""

PHRASAL_VERBS: Final[dict[tuple[str, str], str]] = {
    ("set", "up"): "arrange",
    ("line", "up"): "arrange",
}
"""Phrasal verbs read as the one verb they mean: "emailed him about setting up a meeting
between the campaign and Russian officials" arranges one, which is no meeting yet."""

ARRANGING_VERBS: Final[frozenset[str]] = frozenset({"arrange"})
"""Verbs of setting a contact up ("arranged a meeting with X", "the meeting that X arranged
with Y"): the arranger takes part. An arrangement is an intention (see ``INTENTION_CUES``)
until the contact's own time is past when the article tells it: then it was held."""

# -- what the sentence asserts ----------------------------------------------------------------

DECISION_NOUNS: Final[frozenset[str]] = frozenset({"decision", "choice"})
"""Nouns whose infinitive is their holder's act ("her decision to meet with X"), told like
"decided to meet": neither an intention nor a fact until the sentence says which."""

INTENTION_CUES: Final[frozenset[str]] = frozenset(
    {
        "plan",
        "planned",
        "propose",
        "proposed",
        "proposal",
        "invite",
        "invitation",
        "schedule",
        "scheduled",
        "seek",
        "offer",
        "decline",
        "refuse",
        "request",
        "want",
        "try",
        "hope",
        "arrange",
        "intend",
        "expect",
        "agree",
        "ask",
        "possible",
        "possibility",  # "the possibility of a meeting between X and Y reemerged"
        "prospect",
        "potential",
        "upcoming",
        "future",
        "aim",
        "attempt",
        "prepare",
        "push",
        "urge",
        "need",
        "instruct",
        "challenge",
    }
    # a wish to meet is no meeting: "expressed an interest in debating X", "is eager to meet Y"
    | {"interest", "interested", "eager", "willing", "wish", "desire", "keen"}
)
"""PLOVER's rule: a planned, proposed or invited meeting is an intention, not a meeting, and a
declined invitation is not a contact. A trigger governed or modified by one of these is kept
in the record graded ``planned`` and is never counted as a contact."""

DIRECTIVE_CUES: Final[frozenset[str]] = frozenset({"direct", "order", "tell", "authorize"})
"""Words of ordering an act: a contact in their infinitive is still to be made ("directed
Flynn to call Kislyak", "told him to meet X") — not one where the order was given ("told
Kislyak in a call that …": the call was held)."""

PURPOSE_PARTICIPLES: Final[frozenset[str]] = frozenset({"aim", "design", "intend", "mean"})
"""'a meeting aimed at unifying the party', 'talks intended to ease tension': a participle on the
contact noun tells what it was for, not that it is still to come."""

MESSAGE_CARRIER_PREPOSITIONS: Final[frozenset[str]] = frozenset({"in", "through", "via"})
"""'In a letter to Y, X asked …': the act a message is told to hold."""

COMMITMENT_CUES: Final[frozenset[str]] = frozenset({"pledge", "promise", "vow"})
"""Words of committing oneself to an act: the act is an intention only inside their infinitive
("his pledge to stay neutral during peace talks", "vowed to meet X"), not where the
commitment was made ("pledged support in a call with X": the call was held)."""

PROMPTING_CUES: Final[frozenset[str]] = frozenset({"encourage", "avoid"})
"""Words of prompting an act or keeping from it: the act in their infinitive or gerund was
not told as done ("encouraged Pagliano to testify before Congress", "avoids discussing the
election with her mother") — not where the prompting was told ("encouraged by the meeting":
the meeting was held)."""

SLATED_CUES: Final[frozenset[str]] = frozenset(
    {"set", "slate", "slated", "due", "poised", "supposed"}
)
"""Words of being lined up for an act: like a commitment's, the act inside their infinitive is
still ahead ("is set to meet X", "is slated to address Y", "due to visit Z") — "set" alone is
no plan ("the meeting set off a row")."""

AGENDA_NOUNS: Final[frozenset[str]] = frozenset(
    {"tap", "agenda", "schedule", "calendar", "docket", "horizon", "deck", "work"}
)
"""'Three meetings were on tap', 'talks are on the agenda', 'a summit is in the works': a contact
said to be on the day's list is lined up, not held."""

COURSE_VERBS: Final[frozenset[str]] = frozenset(
    {"begin", "start", "continue", "end", "occur", "happen", "take", "last", "resume", "hold"}
)
"""Verbs that tell when and where the contact itself ran ("contacts that began before the
election", "the meeting took place at …", "was held in …"); other relative clauses describe
something else and keep their dates."""

TIME_SHIFTS: Final[frozenset[str]] = frozenset(
    {"prior", "before", "after", "earlier", "previously", "formerly", "since", "until", "ago"}
    | {"ahead", "once", "then", "again"}
)
"""Words that move a sentence away from the time the sentence before it set ("Prior to that,
she traveled to …"): such a sentence does not inherit that time."""

ATTENDED_OCCASIONS: Final[frozenset[str]] = frozenset(
    {"summit", "lecture", "speech", "rally", "debate", "conference", "convention", "hearing"}
    | {"fundraiser", "ceremony", "funeral", "briefing", "forum", "gathering", "reception", "gala"}
    | {"celebration", "wedding", "roundtable"}
)
"""Occasions many attend, which a bare "the event" can retell."""

OCCASION_NOUNS: Final[frozenset[str]] = (
    frozenset(NOUN_TRIGGERS)
    | ATTENDED_OCCASIONS
    | {"incident", "interview", "session", "event", "retreat", "tour"}
)
"""Nouns naming an occasion a contact can be told at ("after his lecture", "at the summit"):
told as known, they take the date the article gave them before."""

GENERIC_OCCASIONS: Final[frozenset[str]] = frozenset({"event"})
"""Occasion nouns that retell whichever gathering was told last ("Once the event was over")."""

TIMING_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"at", "during", "after", "before", "following", "in", "on", "throughout"}
)
"""Prepositions that set an act at an occasion: "said during the interview", "after the
debate"."""

MEAL_NOUNS: Final[frozenset[str]] = frozenset({"dinner", "lunch", "breakfast"})
"""Contacts named by the meal they were held at: "the state dinner" retells a dinner, never a
meeting told by another word."""

DISCLOSURE_VERBS: Final[frozenset[str]] = frozenset(
    {"release", "publish", "obtain", "review", "leak", "post", "deem", "classify", "subpoena"}
    | {"declassify", "unseal", "uncover", "surface", "emerge", "disclose", "reveal", "produce"}
    | {"comb", "examine", "analyze", "analyse", "scour", "sift", "inspect", "hack", "steal"}
    | {"upgrade", "redact"}
)
"""Verbs of what later befell a message or record ("released an email she sent in March",
"emails now deemed classified", "emails combed through by Vox"): their time is the
disclosure's, not the contact's, and who did it is no party to the message."""

SENDER_RELEASE_VERBS: Final[frozenset[str]] = frozenset({"release", "publish", "post"})
"""Verbs by which a sender makes their own message public: "a letter released Monday"."""

OPEN_LETTER_NOUNS: Final[frozenset[str]] = frozenset({"letter"})
"""Messages sent in the open, released as they are sent: a letter to colleagues or to a
president, unlike emails, memos and cables, which are private until someone else releases
them."""

DISCLOSED_STATES: Final[frozenset[str]] = frozenset({"public", "available", "known"})
"""'made the letter public', 'emails made available': what a record is made when it is
disclosed."""

TOPIC_OBJECT_VERBS: Final[frozenset[str]] = frozenset({"discuss"})
"""Contact verbs whose object is what was talked about, never who talked: "discussed Libya"."""

DISCUSSING_VERBS: Final[frozenset[str]] = frozenset({"discuss", "debate", "review"})
"""Verbs whose object is what was discussed ("discussed the recent violence"): a date
describing it is that thing's, not the talk's."""

ORDER_WORDS: Final[frozenset[str]] = frozenset(
    {"last", "previous", "next", "first", "second", "third", "earlier", "prior", "past"}
    | {"upcoming", "coming", "following", "final", "another", "other"}
    | {"earliest", "initial", "subsequent", "later"}
)
"""Words that place an occasion in a series ("the last debate"): another one than the last
named."""

DAY_PARTS: Final[frozenset[str]] = frozenset({"day", "night", "evening", "morning", "afternoon"})
SAME_TIME_DETERMINERS: Final[frozenset[str]] = frozenset({"that", "same"})
"""'that day', 'the same evening': the day the story is at."""
SAME_DAY_OPENINGS: Final[tuple[tuple[str, ...], ...]] = (("in", "the"), ("that",), ("the", "same"))
"""'earlier in the day', 'later that evening': what opens a day part the story is at."""

COUNTED_TIMES: Final[dict[str, int]] = {"twice": 2, "thrice": 3}
"""'met with him twice': a contact verb counting its occasions tells that many contacts."""

MOST_TOLD_APART: Final = 4
"""'had two meetings with him', 'four calls': a count a story tells apart, each a contact of its
own; a larger one ('25 conversations') is a series, one contact."""

KNOWN_DETERMINERS: Final[frozenset[str]] = frozenset({"the", "these", "those", "both"})
"""'the two meetings': contacts counted again, already told."""

THEN_WORDS: Final[frozenset[str]] = frozenset(
    {"later", "then", "afterward", "afterwards", "subsequently", "again"}
)
"""'met with X in December, and later with Y': a second partner phrase told as coming after the
first is a contact of its own, dated or not; 'in March and then in October': two dates so joined
are two occasions."""

REPEAT_WORDS: Final[frozenset[str]] = frozenset({"again", "anew"})
"""'They met again': a contact told as the repeat of one told before."""

REPEAT_ORDINALS: Final[frozenset[str]] = frozenset({"second", "third", "fourth", "another"})
"""'sent a second letter', 'made another call': a contact noun told as the repeat of one told
before."""

REPEATABLE_NOUNS: Final[frozenset[str]] = frozenset(
    {"letter", "email", "e-mail", "message", "note", "call", "meeting", "conversation"}
)
"""Contact nouns whose repeat by one side, with no one else named, goes to whom the first went
('sent a second letter', 'had another meeting') — not an occasion ('held a second rally',
'his second visit to Cuba'), which anyone may attend."""

SEQUENCE_WORDS: Final[frozenset[str]] = frozenset({"later", "earlier", "after", "before"})
"""Words that, measured ("a year later", "two days before"), move a story to another time."""

BACKWARD_WORDS: Final[frozenset[str]] = frozenset({"earlier", "before"})
"""Sequence words that move a story back ("two days earlier")."""

BACKWARD_SHIFTS: Final[frozenset[str]] = BACKWARD_WORDS | {"prior", "previously", "formerly"}
"""Time shifts that set an act before the story's time ("Before the call, he had …")."""

EVE_NOUNS: Final[frozenset[str]] = frozenset({"eve"})
"""'on the eve of the vote': the day before the occasion named."""

APART_WORDS: Final[frozenset[str]] = frozenset(
    {"wake", "aftermath", "ahead", "prior", "since", "until", "till", "runup", "leadup"}
)
"""'in the wake of the summit', 'ahead of the vote': words that set a contact apart from an
occasion by no measure the text gives."""

LEAD_UP_WORDS: Final[frozenset[str]] = frozenset({"run", "lead"})
"""'in the run-up to the debate', 'the lead-up to the vote': the time before an occasion."""

CLOSE_UNITS: Final[frozenset[str]] = frozenset({"hour", "minute", "moment", "second"})
"""'hours after the rally': a measure within the occasion's day."""

NEXT_WORDS: Final[frozenset[str]] = frozenset({"next", "following"})
"""'The next day, he called X': a move of one unit forward from the story's time."""

PREVIOUS_WORDS: Final[frozenset[str]] = frozenset({"previous", "preceding"})
"""'The previous day, he called X': a move of one unit back from the story's time."""

TIME_UNITS: Final[dict[str, tuple[int, int]]] = {
    "day": (1, 0),
    "week": (7, 0),
    "month": (0, 1),
    "year": (0, 12),
}
"""Units a story moves by ("two days later", "a year later"), in days and in months."""


NEAR_MISS_ADVERBS: Final[frozenset[str]] = frozenset({"almost", "nearly"})
"""Adverbs of a contact that did not quite happen: "almost crossed paths", "nearly met"."""
HABIT_ADVERBS: Final[frozenset[str]] = frozenset(
    {"often", "regularly", "frequently", "routinely", "usually", "sometimes", "occasionally"}
    | {"repeatedly", "periodically", "typically"}
)
"""'Thor and Beck often meet': contacts told as a habit, no one occasion — never the one a
dated retelling tells ("a few weeks ago they were discussing …")."""

OCCURRENCE_VERBS: Final[frozenset[str]] = frozenset(
    {"happen", "occur", "materialize", "materialise", "transpire"}
)
"""'a meeting that happened', like 'a meeting that took place': it was held, whoever asked; and
negated with a contact as subject ("the meeting never happened"), it was not — unlike any other
verb a contact is the subject of: "the calls were never disclosed", "the talks did not produce
a deal" tell of contacts that did take place."""

HYPOTHETICAL_AUXILIARIES: Final[frozenset[str]] = frozenset({"would", "could", "should"})
"""A contact under "would"/"could" is a supposition ("that would mean X was in contact")."""

FUTURE_AUXILIARIES: Final[frozenset[str]] = frozenset({"will", "'ll", "’ll", "shall"})
"""A contact under "will" is still to come ("She will visit Capitol Hill on Thursday"): planned."""

FINITE_TAGS: Final[frozenset[str]] = frozenset({"VBD", "VBZ", "VBP"})
"""Verbs in a tense of their own: a modal on the verb they are coordinated onto is not theirs."""

HEDGE_WORDS: Final[frozenset[str]] = frozenset(
    {"reportedly", "allegedly", "apparently", "purportedly", "supposedly", "possibly", "likely"}
)
HEDGE_AUXILIARIES: Final[frozenset[str]] = frozenset({"may", "might"})
ALLEGING_VERBS: Final[frozenset[str]] = frozenset({"allege", "charge", "contend"})
"""'X met Y, the dossier alleges', 'Democrats contend that X met Y': a contact only alleged by
someone who took no part in it — a document or an outlet as much as a person ("claimed" is a
statement's cue: see ``DENIAL_CUES``)."""

HEDGE_VERBS: Final[frozenset[str]] = frozenset({"say", "believe", "think", "allege", "report"})
"""Passive raising verbs that hedge their complement: "is said to have met", "is believed to"."""

DOUBTED_BELIEF_VERBS: Final[frozenset[str]] = frozenset(
    {"believe", "think", "recall", "remember", "suppose", "imagine"}
)
"""Verbs whose negation carries over to the contact they hold: "I don't believe I've ever met
him" and "I don't think we spoke" tell no contact."""

MEMORY_VERBS: Final[frozenset[str]] = frozenset({"recall", "remember", "recollect"})
"""Verbs of remembering: "does not recall a second meeting" leaves the meeting open."""

TRACE_NOUNS: Final[frozenset[str]] = frozenset(
    {"recollection", "memory", "record", "evidence", "indication", "sign"}
)
"""What a contact would leave: "no recollection of the meeting", "no record of a call"."""

HEDGE_PHRASES: Final[tuple[str, ...]] = (
    # a claim nobody vouches for: an unverified dossier, a lawsuit's or an indictment's charges
    "according to a dossier",
    "according to the dossier",
    "according to an unverified",
    "according to allegations",
    "according to the allegations",
    "according to a lawsuit",
    "according to the lawsuit",
    "according to a complaint",
    "according to the complaint",
    "according to an indictment",
    "according to the indictment",
)
INQUIRY_NOUNS: Final[frozenset[str]] = frozenset(
    {"investigation", "probe", "inquiry", "allegation"}
)
"""A contact named as the object of an investigation or allegation is not established fact."""

INQUIRY_VERBS: Final[frozenset[str]] = frozenset({"investigate", "probe"})
"""Verbs of inquiry: "the FBI is investigating his contacts with X" tells them as the noun
"an investigation into his contacts" does."""

DIGGING_VERBS: Final[frozenset[str]] = frozenset({"look", "dig", "delve"})
"""Verbs of inquiry with "into": "the committee is looking into his meetings with X"."""

NEGATION_WORDS: Final[frozenset[str]] = frozenset({"not", "n't", "never", "no", "neither", "nor"})

# -- who says so ------------------------------------------------------------------------------

DENIAL_CUES: Final[frozenset[str]] = frozenset(
    {"deny", "denial", "dismiss", "reject", "refute", "dispute", "rebut", "assertion", "claim"}
)
"""Content under these is a statement (left to the statements extractor), never an event."""

TELLING_CUES: Final[frozenset[str]] = frozenset(
    {
        "say",
        "tell",
        "confirm",
        "acknowledge",
        "admit",
        "state",
        "declare",
        "add",
        "explain",
        "insist",
        "note",
        "write",
        "recall",
        "disclose",
        "reveal",
        "testify",
        "concede",
        "ask",
        "report",
        "describe",
    }
)
"""The verbs by which someone tells of a contact, a narrower set than the statements' speech
cues (:data:`onrecord.extract.lexicon.SPEECH_CUES`). A contact in a person's indirect speech is
evidence only when the speaker affirms it; a contact inside a person's direct quote is that
person's statement."""

PUTTING_VERBS: Final[frozenset[str]] = frozenset(
    {"propose", "suggest", "pitch", "present", "offer", "outline", "raise", "mention"}
    | {"convey", "relay", "express", "repeat", "make"}
)
"""Verbs that put something to someone ("proposed a back channel to Kislyak", "made the case to
Ryan"): said in a meeting, the one it was put to was at it, like the one told."""

FACTIVE_TELLING_VERBS: Final[frozenset[str]] = frozenset(
    {"disclose", "reveal", "mention", "acknowledge", "admit", "concede", "note", "report"}
)
"""Verbs of telling that take what they tell as so: "did not disclose that he had met X"
still tells the meeting (the outlet's report), where "did not say that he met X" tells
nothing of it."""

UNDONE_TELLING_VERBS: Final[frozenset[str]] = frozenset(
    {"fail", "neglect", "omit", "decline", "refuse"}
)
"""Verbs that say the telling under them was not done ("failed to disclose his meetings with
X", "declined to say that he met X"): read as a negated telling."""

SHOWING_VERBS: Final[frozenset[str]] = frozenset({"show", "indicate", "suggest"})
"""What papers do in the present of a past act ("the emails show that he agreed to meet her
in June 2016"): the sentence tells the story's time, not the reporter's."""

RECORD_NOUNS: Final[frozenset[str]] = frozenset(
    {"photograph", "photo", "picture", "image", "video", "footage", "recording", "tape"}
    | {"record", "log", "email", "document", "paper", "filing", "transcript", "minute"}
)
"""What keeps a past moment ("A photograph of the meeting shows him at the table"): what it
shows is of the story's time, not the reporter's."""

REPORT_CUES: Final[frozenset[str]] = frozenset({"report", "describe", "reveal", "disclose"})
"""Cues by which an outlet publishes a fact: the content is reported fact, quoted or not."""

REPORT_NOUNS: Final[frozenset[str]] = frozenset(
    {"report", "story", "article", "newspaper", "paper", "outlet", "publication", "reporting"}
)
"""Nouns that stand for a publication ("the report went on to say", "the newspaper reported")."""

DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {"statement", "release", "communique", "communiqué"}
)
"""An issued statement quoted as a source ("the statement read"): the issuer's account, told as
fact. (A letter or an email is a person's words, their own quote.)"""

OUTLET_WORDS: Final[frozenset[str]] = frozenset(
    {
        "times",
        "post",
        "journal",
        "news",
        "press",
        "tribune",
        "herald",
        "daily",
        "gazette",
        "magazine",
        "wire",
        "network",
        "radio",
        "television",
        "broadcasting",
        "media",
        "telegraph",
        "chronicle",
        "globe",
        "examiner",
        "inquirer",
        "bulletin",
        "observer",
        "review",
        "weekly",
    }
)
"""Common words in the names of news outlets; a name with one of them is an outlet wherever it
appears as a source ("the <City> Post said")."""

OUTLET_WORDS_SHARED: Final[frozenset[str]] = frozenset({"network"})
"""Outlet words that end the names of other bodies as often ("the National Action Network", "the
American Action Network"): an outlet's name only beside another outlet word or name ("Fox
Business Network", "Christian Broadcasting Network")."""

OUTLET_NAMES: Final[frozenset[str]] = frozenset(
    {"cnn", "msnbc", "cnbc", "nbc", "abc", "cbs", "fox", "pbs", "npr", "bbc", "c-span"}
    | {"politico", "huffpost", "buzzfeed", "breitbart", "reuters", "bloomberg", "axios"}
    | {"univision", "telemundo"}
)
"""The national networks and outlets news copy names bare, with no publication word ("told
CNN", "in an interview with MSNBC"): outlets all the same."""

QUESTION_MARKERS: Final[frozenset[str]] = frozenset({"whether", "if"})
PRESUPPOSING_WH_WORDS: Final[frozenset[str]] = frozenset({"why", "how", "when", "where"})
"""'Why had X called into Y's program?': a question about the reason, manner, time or place of
a contact takes it as having happened; only a yes-no question ("Did they meet?") leaves it open."""

CREDIT_VERBS: Final[frozenset[str]] = frozenset({"report", "describe", "reveal", "say", "write"})
"""Verbs whose subject, when an outlet or a report, is credited with the fact."""

BASIS_CUES: Final[frozenset[str]] = frozenset({"cite", "citing"})
"""'citing multiple current and former officials': what a report rests on."""

SOURCE_NOUNS: Final[frozenset[str]] = frozenset(
    {"official", "source", "person", "people", "aide", "officer", "diplomat", "adviser"}
)
"""Anonymous sources a report rests on ("officials said", "according to people familiar")."""

_SOURCES = "|".join(sorted(SOURCE_NOUNS))
ANONYMOUS_SOURCING = re.compile(
    rf"\baccording to (?:\w+ ){{0,4}}?(?:{_SOURCES})s?\b"
    rf"|\b(?:{_SOURCES})s? (?:\w+ )?familiar with\b",
    re.IGNORECASE,
)
"""'according to people familiar with the meeting', 'two sources familiar with the talks
said': a contact the outlet credits to sources it does not name is attributed, as 'officials
said' is — told as having happened, not only alleged (the guide's `asserted`)."""

CALLED_VOTES: Final[frozenset[str]] = frozenset(
    {"referendum", "vote", "election", "strike", "meeting", "session", "recess", "halt"}
    | {"initiative", "ballot", "plebiscite", "primary", "caucus", "boycott", "hearing"}
)
"""'called a referendum', 'called a snap election': a vote or a session called, no one phoned."""

WELCOMING_VERBS: Final[frozenset[str]] = frozenset({"welcome", "receive"})
HOME_NOUNS: Final[frozenset[str]] = frozenset(
    {"home", "house", "residence", "palace", "office", "estate", "ranch", "mansion", "farm"}
)
"""'welcomed X to the White House', 'received Y at the palace', 'welcomed Z to his home': a
guest received in a place met the host there (not 'welcomed X to the race')."""

SITE_NOUNS: Final[frozenset[str]] = frozenset(
    {"memorial", "monument", "cemetery", "museum", "park", "landmark", "shrine", "battlefield"}
    | {"tower", "hotel", "building", "hall", "plaza", "square", "stadium", "arena", "airport"}
    | {"mansion", "courthouse", "auditorium", "gymnasium", "ballroom", "restaurant", "grille"}
)
"""Sites visited with no host ("visited the Veterans Memorial", "his visit to Trump Tower"): a
place, never a party. (A university or a foundation one speaks at hosts the speech.)"""

OF_WHERE: Final[frozenset[str]] = frozenset({"of", "in", "from"})
"""'Sen. X of Hawaii', 'a developer in Ohio': the prepositions that say where a person is from
or what body they belong to."""
