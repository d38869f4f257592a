"""The language the per-article extractors read: honorifics, pronouns, group nouns, speech cues,
stance cues and venue patterns.

Everything here is English, not case knowledge: no person, outlet or country of any story.
What is specific to a case (its periods, its groups) lives in the casebook and is passed in.
Word lists are lemmas (lower case) unless a name says otherwise, so that one entry covers
"said", "says" and "saying".
"""

from __future__ import annotations

import re

# -- who ------------------------------------------------------------------------------------------


def _word_set(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated block (long lists stay readable)."""
    return frozenset(words.split())


#: Words before a name that say how to address the person, not who the person is.
HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "madam"}
)

#: Abbreviated titles that precede a name ("Sen. Smith"); they are titles *and* honorifics.
#: Each names the post its word spelled out does ("Sen. Smith" … "the senator").
TITLE_SPELLED_OUT = {
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "capt.": "captain",
    "sgt.": "sergeant",
    "adm.": "admiral",
    "amb.": "ambassador",
    "pres.": "president",
    "atty.": "attorney",
}
TITLE_ABBREVIATIONS = frozenset(TITLE_SPELLED_OUT)
#: Words for one post: "Russia's ambassador … the country's envoy" is one person.
POST_SYNONYMS = {"envoy": "ambassador"}
#: The same titles before two or more names ("Sens. Jeff Merkley and Sherrod Brown").
PLURAL_TITLE_ABBREVIATIONS = frozenset(
    {"sens.", "reps.", "govs.", "gens.", "lts.", "cols.", "capts.", "sgts.", "adms.", "drs."}
)

#: Capitalised titles the model sometimes tags as part of a name ("Treasurer Omar Vale").
TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "senator",
        "sen",
        "representative",
        "rep",
        "governor",
        "gov",
        "mayor",
        "secretary",
        "minister",
        "ambassador",
        "treasurer",
        "attorney",
        "general",
        "judge",
        "justice",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "host",
        "spokesman",
        "spokeswoman",
        "deputy",
        "chancellor",
        "premier",
        "prince",
        "princess",
        "king",
        "queen",
        "speaker",
        "commissioner",
        "sheriff",
        "lieutenant",
        "colonel",
        "captain",
        "sergeant",
        "admiral",
        "officer",
        "agent",
        "councilman",
        "councilwoman",
        "professor",
        "candidate",
        "former",
        "then-candidate",
    ]
)

#: Head nouns of institutions' names: "Justice Department" keeps its first word.
ORG_HEADS = frozenset(
    {"department", "committee", "ministry", "office", "agency", "council", "court", "bureau"}
    | {"service", "commission", "administration", "house", "embassy"}
)
#: Styles a monarch is named by, with the one name after them ("King Hussein", "Prince
#: Charles", "Emir Tamim").
ROYAL_STYLES = frozenset({"king", "queen", "prince", "princess", "emir", "sultan", "pope"})
#: Offices of state, styles and honorifics that make a one-word name after them a person's
#: ("told President Clinton", "told Sen. Flake"); a press title ("host", "anchor") is none.
OFFICE_STYLES = (
    HONORIFICS
    | TITLE_ABBREVIATIONS
    | frozenset(TITLE_SPELLED_OUT.values())
    | ROYAL_STYLES
    | {"secretary", "minister", "premier", "chancellor", "mayor", "judge"}
)
#: Nouns for a business, and the endings of a business's name: "Jaguar PLC … the company".
COMPANY_NOUNS = frozenset({"company", "firm", "corporation"})
CORPORATE_SUFFIXES = frozenset(
    {"corp.", "corp", "co.", "co", "inc.", "inc", "ltd.", "ltd", "plc", "llc", "ag", "corporation"}
)
#: Words for a company's line of business between its name and its ending ("Warner
#: Communications Inc.", "Columbia Pictures Entertainment Inc."): the first word alone is it.
BUSINESS_WORDS = frozenset(
    {"communications", "entertainment", "pictures", "industries", "holdings", "enterprises"}
    | {"international", "group", "airlines", "systems", "technologies", "resources"}
)
#: Nouns that stand for an organisation named before ("WikiLeaks … the group"): any for the
#: generic ones, for the others only one named or described by that noun ("Alfa Bank … the bank").
GENERIC_ORGANISATION_NOUNS = frozenset({"group", "organization", "organisation"})
ORGANISATION_NOUNS = GENERIC_ORGANISATION_NOUNS | frozenset(
    {"bank", "company", "firm", "agency", "corporation", "foundation", "charity"}
)
#: Head nouns that make a name an institution's: "the state bank X" names no post, and "King
#: Solomon Missionary Baptist Church" keeps its "King" (no title of a person).
INSTITUTION_HEADS = ORG_HEADS | _word_set(
    "bank company firm corporation newspaper network university college fund group party"
    " church school center centre foundation institute hospital museum library academy"
    " society association club mosque synagogue temple cathedral chapel"
)
#: "the agency", "the committee": head nouns that alone stand for the body of that kind named
#: last ("the CIA … the agency met with"). Not "the administration" or "the campaign" (groups)
#: nor "the house", "the office" or "the court" (places as often as bodies).
BODY_NOUNS = frozenset(
    {"agency", "department", "committee", "ministry", "bureau", "commission", "council"}
    | {"embassy", "foundation", "center"}
)
#: The same body noun in British spelling: "the European Centre for …" is "the center".
BODY_SPELLINGS = {"centre": "center"}
#: Heads of a description that names the holder of a body's top post by the body: "the head of
#: the rules committee", "the chairman of the FBI".
HEAD_OF_NOUNS = _word_set("head chairman chairwoman chair director chief leader president")
#: Title words of a body's top post: "Rules Committee Chairman X" heads the rules committee.
HEADING_POSTS = _word_set("chairman chairwoman chair director chief head leader president")

#: Head nouns of descriptions that stand for a person or an organisation named before them:
#: "the New York businessman said", "the airline added".
PERSON_DESCRIPTIONS = _word_set(
    """businessman businesswoman billionaire mogul developer candidate nominee front-runner
    frontrunner senator congressman congresswoman lawmaker governor mayor leader neurosurgeon
    surgeon doctor president premier minister diplomat envoy ambassador general pope
    chairman chairwoman strategist pollster adviser advisor veteran actress actor author
    columnist commentator host anchor pastor rabbi economist judge consultant lobbyist lawyer
    attorney prosecutor executive banker financier investor entrepreneur oligarch
    speechwriter socialist tycoon magnate heiress philanthropist aide graduate alumnus
    alumna novelist scion lady"""
)
#: Words that make a post an epithet for someone already named: "the veteran lobbyist", "the
#: embattled adviser".
EPITHET_WORDS = _word_set(
    """veteran longtime long-time young younger elder onetime one-time seasoned embattled
    outspoken combative controversial flamboyant mercurial wealthy reclusive"""
)
#: Verbs of taking someone's post: "the man he is seeking to succeed".
SUCCESSION_VERBS = _word_set("succeed replace")
#: A spouse's noun and the noun for their partner: "the wife of X … her husband".
SPOUSES = {"wife": "husband", "widow": "husband", "husband": "wife", "widower": "wife"}
#: Runners in an election race: "the candidate", "the front-runner".
CAMPAIGN_NOUNS = _word_set("candidate nominee front-runner frontrunner")
#: What a runner owns: "his campaign", "her candidacy".
CAMPAIGN_WORDS = _word_set("campaign candidacy")
#: A party's member named by the party ("the dominant Republican").
PARTY_MEMBERS = _word_set("republican democrat")
#: "the Israeli leader", "the Russian leader": a head noun that stands for whoever holds one of
#: the leading posts below, not for a title of its own.
#: Words that make a title another post than its head alone: a "vice president" is no "the
#: president", a "deputy director" no "the director" (other adjectives only describe).
RANK_WORDS = _word_set("vice deputy assistant associate under junior first second acting")
LEADING_POSTS = _word_set(
    """president premier prime chancellor king queen leader monarch emir sultan pope
    ayatollah"""
)
#: Posts "the diplomat" may stand for.
DIPLOMATIC_POSTS = _word_set("ambassador envoy consul attache diplomat")
#: Nouns naming a class of posts: "the leader" is whoever holds a leading post, "the diplomat"
#: whoever holds a diplomatic one.
POST_CLASSES = {"leader": LEADING_POSTS, "diplomat": DIPLOMATIC_POSTS}
#: Description heads that name a post someone is appointed to: "the attorney general", "the
#: lawyer" bring in a person the article names later as often as one named before, so only an
#: epithet ("the New York businessman", "the candidate") carries on the person named before.
POST_NOUNS = (TITLE_WORDS - {"candidate", "then-candidate", "former"}) | _word_set(
    """adviser advisor aide envoy diplomat nominee lawyer attorney consultant lobbyist prosecutor
    executive"""
)
#: Posts a name may carry inside it, after the place or body they serve: "Phoenix Mayor Greg
#: Stanton", "Dallas Police Chief David Brown", "BuzzFeed Editor-in-Chief Ben Smith".
INNER_TITLE_WORDS = (
    POST_NOUNS
    | HEADING_POSTS
    | _word_set("chief editor coach ceo undersecretary commander superintendent")
)
ORGANISATION_DESCRIPTIONS = _word_set(
    """airline company firm network newspaper paper agency group campaign school committee
    ministry department bank university organization organisation site website magazine
    channel station party union foundation nonprofit embassy government administration
    team carrier manufacturer"""
)
#: Of those, the words a body's own name tends to hold ("Deutsche Bank", "Vnesheconombank",
#: "Delta Air Lines" is no airline by name, "the group" may be any group): "the bank said"
#: is the bank so named before anyone else — not "UnitedHealth Group" for "the group".
NAME_BEARING_DESCRIPTIONS = _word_set(
    "bank university foundation newspaper magazine embassy ministry"
)
#: Of those, the ones every holder's name bears ("the Foreign Ministry", "the U.S. Embassy"):
#: "the ministry said" after "Trade Minister Paolo Ferri" and a news agency is no body named.
NAMED_BY_ITS_KIND = _word_set("ministry embassy")

#: Nouns that report what their owner said, with the verb each stands for: "his statement
#: that …" says, "her denial that …" denies.
NOUN_CUES = {
    "statement": "say",
    "claim": "claim",
    "assertion": "assert",
    "insistence": "insist",
    "denial": "deny",
    "contention": "contend",
    "remark": "say",
    "comment": "say",
    "admission": "admit",
    "acknowledgment": "acknowledge",
    "acknowledgement": "acknowledge",
}

#: Nouns of a saying or a position one "makes" ("made the case that …", "made comments about
#: the vote", "made the decision to …"): with "make" they are the cue, what their clause or
#: preposition holds is the content (PolNeAR's attributions; the record takes no statement).
MADE_SAYING_NOUNS = frozenset(
    {"case", "point", "observation", "statement", "comment", "remark", "argument", "claim"}
    | {"suggestion", "reference", "call", "pledge", "promise", "accusation", "apology"}
    | {"allegation", "prediction", "announcement", "assertion", "threat", "vow", "appeal"}
    | {"plea", "decision", "pitch", "complaint", "charge", "demand", "request", "offer"}
)

#: Nouns of words given, which a colon hands over to the quote after it ("delivered a snappy
#: retort: “…”", "had a simple answer: “…”").
GIVEN_WORDS_NOUNS = frozenset(
    {"retort", "reply", "response", "answer", "rejoinder", "rebuttal", "comeback", "warning"}
    | {"message", "statement", "remark", "comment", "explanation", "verdict", "advice"}
)

#: Nouns of a thought one "has" ("had no doubt that …", "have no idea who …", "has
#: confidence in the plan"): with "have" they are the cue, as with a made saying.
HAD_THOUGHT_NOUNS = frozenset(
    {"doubt", "idea", "feeling", "sense", "suspicion", "confidence", "faith", "concern"}
    | {"reservation", "qualm", "misgiving", "opinion", "view", "hope", "fear", "worry"}
)

#: Nouns of a stance one shows or voices ("expressed concern that …", "showed no sign of
#: backing down", "voiced support for the bill", "said nothing about taxes"): with a speech
#: or showing verb and no owner of their own they are part of the cue, what their clause or
#: preposition holds is the content.
SHOWN_STANCE_NOUNS = frozenset(
    {"concern", "confidence", "doubt", "interest", "sign", "support", "opinion", "fear"}
    | {"hope", "worry", "optimism", "skepticism", "scepticism", "frustration", "anger"}
    | {"outrage", "dismay", "sympathy", "regret", "disappointment", "reservation", "nothing"}
)

#: "made clear that …", "made it plain that …": what is made clear is the content.
MADE_PLAIN_WORDS = frozenset({"clear", "plain"})

#: The prepositions that bring what a made saying is about ("made comments about the vote");
#: not "to", which brings whom it was made to ("made a call to the governor").
MADE_SAYING_PREPOSITIONS = frozenset({"about", "on", "for", "of", "against", "in"})

#: Verbs of asking someone to do something ("asked voters to back the levy", "asked for a
#: recount", "encouraged firms to publish their scores"): what is asked is the content, whom
#: it is asked of with it (PolNeAR's attributions; the record takes no statement).
REQUEST_VERBS = frozenset({"ask", "encourage", "implore", "beg", "order", "instruct"})

#: Verbs that ask through a preposition: "called on Congress to pass the bill", "called for
#: Trump to drop out": whom it calls on and what they are to do is the content.
CALLING_ON_VERBS = {"call": frozenset({"on", "upon", "for"})}

#: What a finding is "in" when a sentence opens with it ("In the latest poll, Trump leads"):
#: the poll shows the clause (PolNeAR's evidence; the record takes no statement).
FINDING_PLACES = frozenset({"poll", "survey", "average"})

#: Nouns that name a thought held or put forward, which a copula equates with its content:
#: "The idea is that donors can still give", "His goal is to win the state" (PolNeAR's
#: attributions; the record takes no statement).
IDEA_NOUNS = frozenset(
    {"idea", "hope", "view", "message", "question", "goal", "argument", "point", "fear"}
    | {"concern", "worry", "theory", "belief", "aim", "plan", "strategy", "thinking", "bet"}
)

#: Adverbs that pass on a claim no one in the sentence owns ("Weiner reportedly sent …",
#: "the aide allegedly lied"): the adverb is the cue, the clause around it the content.
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})

#: "X cited Y as saying …": the verbs that hand the words to their object.
CITING_VERBS = frozenset({"cite", "quote"})

#: Documents that "say" what their author says: "the statement added", "the memo said".
DOCUMENT_NOUNS = frozenset(
    {
        "statement",
        "memo",
        "email",
        "e-mail",
        "letter",
        "release",
        "filing",
        "ad",
        "post",
        "tweet",
        "message",
        "note",
    }
)

#: What a person writes or says, whose author is who a following "he" or "she" means
#: ("Tuttle's column attacked Christie. He calls …" is Tuttle).
AUTHORED_NOUNS = DOCUMENT_NOUNS | frozenset(
    {"article", "column", "piece", "essay", "book", "op-ed", "editorial", "speech", "remark"}
)

#: Works whose titles stand in marks after them ("her film, “Trainwreck.”", "his memoir,
#: “Tough Choices.”"), and the words that introduce a title ("a book titled …").
WORK_NOUNS = frozenset(
    {"film", "movie", "book", "memoir", "novel", "show", "program", "programme", "series"}
    | {"song", "album", "play", "documentary", "podcast", "episode", "sitcom", "musical"}
    | {"titled", "entitled"}
)
#: A newsroom's or an inquiry's findings, which speak for their maker ("an NBC report").
REPORT_NOUNS = frozenset({"report", "analysis", "investigation", "study", "review"})

#: Who speaks for someone else: "an AIPAC spokesman" speaks for AIPAC.
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})

#: Who one acts for, by the word for the one acting: "her client" is the one a lawyer acts
#: for ("Kushner's lawyer, Jamie Gorelick"), "his boss" the one a spokesman or an aide speaks
#: or works for ("Spicer, Trump's spokesman").
PRINCIPAL_AGENTS = {
    "client": frozenset({"lawyer", "attorney", "counsel", "lobbyist"}),
    "boss": SPOKESPERSON_NOUNS | {"aide", "adviser", "advisor", "secretary", "assistant"},
}

#: Words that mark a speaker as left unnamed on purpose: "an unnamed GOP official", "a person
#: who spoke on condition of anonymity". The record cannot credit such a speaker's words.
UNNAMED_MARKERS = frozenset({"unnamed", "anonymous", "unidentified", "anonymity"})

#: Who a story quotes while keeping them unnamed ("a Treasury official", "one Trump confidant",
#: "the source"): unless the phrase names the body they speak for, nobody is on the record.
ANONYMOUS_SOURCE_NOUNS = frozenset(
    {"official", "aide", "source", "insider", "operative", "confidant", "staffer"}
    | {"adviser", "advisor", "employee", "person"}
)

#: Determiners that leave a crowd unnamed ("some experts said", "many Republicans say"), where
#: "the two auditors" or "these officials" point back to people the article has told of.
UNNAMED_QUANTIFIERS = frozenset({"some", "many", "several", "other", "few", "most", "numerous"})

#: People named by whom they oppose ("his critics", "Trump's opponents"): the possessive names
#: the one they stand against, not a body that speaks, so the crowd stays unnamed.
OPPONENT_NOUNS = frozenset(
    {"critic", "opponent", "detractor", "foe", "enemy", "adversary", "skeptic", "naysayer"}
)

#: The word between the parties of a court case's title ("Trump v. Trump"): a case, not a
#: person. Lower case only: "Sergey V. Lavrov" has a middle initial.
CASE_TITLE_WORDS = frozenset({"v", "v.", "vs", "vs.", "versus"})

#: Platforms that carry people's words ("On Twitter, she wrote …"): companies, never persons,
#: whatever the tagger says, so a "she" nearby cannot stand for one.
PLATFORM_NAMES = frozenset(
    {"twitter", "facebook", "instagram", "youtube", "snapchat", "tiktok", "reddit", "linkedin"}
)

#: Personal pronouns that can stand for one person (the speaker of a statement).
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
MALE_HONORIFICS = frozenset({"mr", "mr."})
FEMALE_HONORIFICS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam"})
GENDER_WORDS = {"female": "f", "male": "m"}
#: Words for a relative that say the person's gender: someone the article calls "Ali's wife"
#: is a woman, whatever her given name.
KIN_GENDERS = {
    "wife": "f",
    "widow": "f",
    "mother": "f",
    "daughter": "f",
    "sister": "f",
    "girlfriend": "f",
    "fiancee": "f",
    "fiancée": "f",
    "grandmother": "f",
    "husband": "m",
    "widower": "m",
    "father": "m",
    "son": "m",
    "brother": "m",
    "boyfriend": "m",
    "fiance": "m",
    "fiancé": "m",
    "grandfather": "m",
}
"""Modifiers that say a person's gender: "a female reporter", "a male aide"."""

#: "his son, Donald Trump Jr.", "X Sr., the senator's father": a name told as one generation of
#: a family, whose namesake in the other generation the story may name by the bare surname.
GENERATION_KIN = frozenset({"son", "father", "namesake"})


#: Given names read as one gender in US and European news, so that "she" never goes to a man
#: named just before (the article's own "Mr."/"Mrs." and pronouns decide first).
FEMALE_GIVEN_NAMES = _word_set(
    """abigail alexandra alice alicia alison amanda amy ana andrea angela anita ann anna anne
    annie april ashley barbara betsy betty beverly brenda brittany carla carly carol caroline
    carolyn catherine cathy cecilia charlotte cheryl christina christine claire claudia cynthia
    deborah debbie debra denise diana diane donna doris dorothy elaine eleanor elena
    elizabeth ellen emily emma erica erin evelyn frances gabrielle gina gloria grace hannah
    heather heidi helen hillary hope huma irene ivanka jacqueline jane janet janice jean jeanne
    jennifer jessica jill joan joanne jodi josephine joyce judith judy julia julie karen katherine
    kathleen kathryn kathy katie kay kellyanne kimberly kirsten kristen laura lauren linda
    lisa lois loretta lori louise lucy lynn madeleine margaret maria marianne marie marilyn
    marla marsha martha mary megan megyn melania melissa michele michelle monica nancy natalia
    natalie nicole nikki nina olivia pamela patricia paula peggy rachel rebecca rita roberta
    rosa rose ruth samantha sandra sara sarah sharon sheila shirley sophia stephanie susan
    suzanne sylvia tammy teresa theresa tiffany tina valerie vanessa victoria virginia
    wendy amber beth bonnie connie dena dianne dolores edith gail gwen ivana jeanette katrina
    lillian lynne marcia maxine meghan naomi phyllis rhonda sheryl stacy susanna susannah
    tamara terri yvonne natalya olga irina svetlana tatiana yulia ekaterina"""
)
MALE_GIVEN_NAMES = _word_set(
    """aaron adam alan albert alex alexander andrew anthony antonin arnold barack barry ben
    benjamin bernie bill billy bob bobby brad bradley brian bruce carl carlos carter charles
    charlie chris christopher chuck clarence corey craig dan daniel darrell dave david dennis
    derek dick donald doug douglas dwight ed eddie edward eric eugene frank fred gary george
    gerald gordon greg gregory harold harry henry howard ian jack jacob jake james jared jason
    jeb jeff jeffrey jerry jesse jim jimmy joe joel john johnny jon jonathan jose joseph josh
    joshua juan justin keith ken kenneth kevin larry lawrence mark martin matt matthew
    michael mike mitch mitt nathan newt nicholas omar patrick paul peter phil philip ralph rand
    randy ray raymond reince richard rick rob robert roger ron ronald roy rudy russell ryan sam
    samuel scott sean sergei sergey stephen steve steven ted terry thomas tim timothy todd tom
    tony vladimir walter wayne william willie andy brent bryan chad dale don ernest franklin
    herman jeremy jerome kurt leon luis marco marcus mario marvin nick norman orrin pete rodney
    seth stanley stuart travis trey vernon vince vincent wesley igor dmitry dmitri yuri yury
    alexei alexey aleksei andrei andrey oleg vitaly viktor victor boris mikhail maxim nikolai
    pavel anatoly konstantin kirill ivan evgeny yevgeny gennady vyacheslav arkady"""
)

#: Pronouns that stand for a group.
GROUP_PRONOUNS = frozenset({"they", "them", "their", "themselves"})

#: Head nouns of noun phrases that name a collective of people ("the Trump campaign",
#: "senior intelligence officials", "his aides").
GROUP_NOUNS = frozenset(
    {
        "administration",
        "advisers",
        "advisors",
        "aides",
        "associates",
        "campaign",
        "officials",
        "operatives",
        "representatives",
        "staff",
        "staffers",
        "surrogates",
        "team",
        "transition",
        "allies",
        "diplomats",
        "lawmakers",
        "members",
        "leaders",
        "spies",
        "agents",
        "government",
        # the Russia story's own: "Russian intelligence officers", "Russian nationals",
        # "Russian hackers", "Kremlin emissaries"
        "officers",
        "nationals",
        "hackers",
        "envoys",
        "emissaries",
        "intermediaries",
    }
)

#: People who act for the body they are "from" or "of" ("officials from Russia", "members of
#: Congress"): a denial of contact with them is one with the body. Other crowds ("donors from
#: Russia") are only some of its people.
ACTING_FOR_NOUNS = frozenset(
    {"official", "representative", "member", "agent", "diplomat", "envoy", "emissary"}
    | {"operative", "intermediary", "spy", "leader", "people", "person", "government"}
    | {"aide", "adviser", "advisor", "staffer", "staff", "employee", "associate"}
)

#: Heads that name a group only after a name that says whose ("GOP leaders", "Senate leaders",
#: "the Russian government"); a description ("union leaders", "world leaders") names no one in
#: particular, and "the government" alone is whichever one the story is in.
NAMED_ONLY_GROUP_NOUNS = frozenset({"leaders", "government"})

#: Collectives that belong to a person: "X's aides", "the X campaign" make X a person.
PERSONAL_GROUP_NOUNS = frozenset(
    {"aides", "associates", "administration", "advisers", "advisors", "allies", "campaign"}
    | {"surrogates", "staffers", "family", "loyalists", "lawyers", "spokesman", "spokeswoman"}
)

#: Determiners and quantifiers that open a group phrase without being part of its name.
GROUP_QUANTIFIERS = frozenset(
    {"the", "a", "an", "some", "any", "all", "several", "multiple", "many", "other", "those", "no"}
)

#: Verbs that state that someone holds a post ("X, who chaired the campaign").
ROLE_VERBS = frozenset({"chair", "lead", "run", "head", "direct", "manage", "serve", "oversee"})

#: Words in a title that mark it as no longer held, or held at the time of the event.
FORMER_WORDS = frozenset({"former", "ex", "onetime", "one-time", "erstwhile"})
THEN_PATTERN = re.compile(r"^then[-–—\s]?", re.IGNORECASE)

# -- who said what --------------------------------------------------------------------------------

#: Verbs that report speech, including denials and refusals (which common lists miss).
SPEECH_CUES = frozenset(
    [
        "say",
        "tell",
        "add",
        "deny",
        "claim",
        "insist",
        "state",
        "declare",
        "announce",
        "explain",
        "note",
        "argue",
        "assert",
        "acknowledge",
        "admit",
        "confirm",
        "concede",
        "respond",
        "reply",
        "answer",
        "ask",
        "write",
        "warn",
        "suggest",
        "report",
        "describe",
        "maintain",
        "contend",
        "allege",
        "predict",
        "promise",
        "vow",
        "pledge",
        "recall",
        "repeat",
        "stress",
        "emphasize",
        "emphasise",
        "reiterate",
        "comment",
        "remark",
        "testify",
        "tweet",
        "post",
        "complain",
        "protest",
        "sputter",
        "quip",
        "joke",
        "agree",
        "dismiss",
        "reject",
        "decline",
        "refuse",
        "disclose",
        "reveal",
        "mention",
        "recount",
        "urge",
        "boast",
        "brag",
        "counter",
        "retort",
        "interject",
        "question",
        "demand",
        "caution",
        "observe",
        "muse",
        "sigh",
        "shout",
        "tout",
        "charge",
        "accuse",
        "criticize",
        "criticise",
        "praise",
        "call",
        "cite",
        "blast",
        "slam",
        "attack",
        "dispute",
        "rebut",
        "refute",
        "disavow",
        "concede",
        "quote",
        "inform",
        "assure",
        "reassure",
        "threaten",
        "acknowledge",
        "speculate",
        "wonder",
        "whisper",
        "yell",
        "scream",
        "cry",
        "chant",
        "plead",
        "blame",
        "lament",
        "scoff",
        "mock",
        "ridicule",
    ]
)

#: Verbs that attribute a belief, a finding or an intention rather than words spoken.
BELIEF_CUES = frozenset(
    [
        "think",
        "believe",
        "know",
        "feel",
        "expect",
        "hope",
        "fear",
        "worry",
        "doubt",
        "suspect",
        "want",
        "consider",
        "find",
        "show",
        "indicate",
        "estimate",
        "conclude",
        "learn",
        "see",
        "understand",
        "assume",
        "guess",
    ]
)

#: Verbs of a position held for or against someone or something ("backs Cruz", "would vote
#: for Clinton", "opposes the deal"): attributions of a stance, not of words spoken.
STANCE_CUES = frozenset(
    {"support", "back", "endorse", "oppose", "favor", "favour", "prefer", "vote", "advocate"}
)

#: Adjectives of an attitude someone is in towards something ("are concerned about the deal",
#: "was confident that he would win", "is deeply divided over the plan").
ATTITUDE_ADJECTIVES = frozenset(
    {"concerned", "worried", "happy", "unhappy", "upset", "angry", "outraged", "confident"}
    | {"optimistic", "pessimistic", "skeptical", "sceptical", "sure", "certain", "unsure"}
    | {"divided", "split", "critical", "supportive", "opposed", "interested", "nervous"}
    | {"proud", "glad", "pleased", "disappointed", "frustrated", "furious", "aware"}
    | {"convinced", "hopeful", "fearful", "wary", "right", "wrong", "upfront", "adamant"}
    | {"enthusiastic", "excited", "alarmed", "troubled", "satisfied", "determined"}
    | {"upbeat", "tired", "bent", "eager", "keen", "reluctant", "willing", "loath", "hesitant"}
    | {"uncomfortable", "comfortable", "shy", "bullish", "bearish", "cautious", "dismissive"}
    | {"sympathetic", "hostile", "receptive", "resistant", "suspicious", "fond", "ready"}
)

#: Verbs whose subject is part of an impression, not its holder: "Trump seems to be
#: winning", "the deal appears to have collapsed".
RAISING_VERBS = frozenset({"seem", "appear"})

#: Verbs of speaking of something through a preposition of their own ("referred to him as",
#: "pointed to the report"): what follows the preposition is what was spoken of.
PREPOSITIONAL_CUES = {"refer": "to", "point": "to", "allude": "to"}

#: Verbs of speaking about someone or something that the record does not take a statement
#: from ("discussed his book", "thanked the voters", "denounced the attack"): attributions
#: whose content is what was spoken of.
TOPIC_CUES = frozenset(
    {
        "discuss",
        "talk",
        "speak",
        "thank",
        "congratulate",
        "denounce",
        "defend",
        "highlight",
        "express",
    }
    | {"offer", "echo", "condemn", "decry", "applaud", "challenge", "bemoan"}
    | {"downplay", "remind", "hail", "lambaste", "lambast", "apologize", "apologise"}
    | set(PREPOSITIONAL_CUES)
)

#: Verbs that attribute a view, a judgement or a thing noticed whose words the record does
#: not quote as a statement: "the ad implied that …", "hinted he would run", "the court ruled
#: that …", "deemed the plan a failure", "credited the governor with …", "outlined his plan",
#: "realized that …".
#: PolNeAR marks them as attributions; the record's statements never read them.
UNSTATED_CUES = frozenset(
    {"imply", "hint", "signal", "reference", "rail", "recommend", "list", "compare", "read"}
    | {"name", "welcome", "deem", "rule", "credit", "realize", "realise", "notice", "outline"}
    | {"detail", "invoke"}
)

#: Lemmas the small model gets wrong for a cue verb: "hopes", "hoping" → "hop", "rated" → "rat".
MISREAD_LEMMAS = {"hop": "hope", "rat": "rate"}

#: Phrasal verbs of speaking, read as the one cue they mean: "Rubio fired back: '…'".
PHRASAL_CUES = {
    ("fire", "back"): "retort",
    ("shoot", "back"): "retort",
    ("hit", "back"): "retort",
}

#: Verbs that carry on a quote or a clause ("\"…,\" he continued"; "she continued that …")
#: but, with an object or an infinitive, no words at all ("continued to rise").
CONTINUING_CUES = frozenset({"continue"})

#: Belief and stance verbs whose direct object or infinitive is what is held ("want a
#: switch", "want to win", "sees Cruz as a uniter", "expects him to run").
HELD_OBJECT_CUES = (
    STANCE_CUES
    | frozenset(
        {"want", "expect", "see", "know", "fear", "hope", "consider", "view", "prefer", "intend"}
        | {"plan", "seek", "understand", "believe", "remember", "recognize", "recognise", "doubt"}
        | {"show", "find", "indicate", "propose", "decide", "like", "love"}
    )
    | UNSTATED_CUES
)

#: A share of a crowd as the source ("74 percent of voters say", "a majority of Republicans
#: say"): a poll's finding told as the respondents' saying, never anyone's words.
SHARE_NOUNS = frozenset(
    {"percent", "%", "majority", "plurality", "minority", "proportion", "third", "quarter", "half"}
)

#: Findings of asking people, never anyone's words however well their pollster is named ("a
#: Gallup poll found", "according to exit polls"); other evidence a named organisation made is
#: its reporting ("according to an NBC report").
POLL_NOUNS = frozenset({"poll", "survey", "average", "exit"}) | SHARE_NOUNS

#: What a finding may come from besides a person: "the poll found", "the ledger shows",
#: "according to the report". Evidence, not anyone's words.
#: (A statement, a memo or a tweet speaks for its author: see ``DOCUMENT_NOUNS``.)
EVIDENCE_NOUNS = frozenset(
    {"poll", "survey", "study", "report", "data", "datum", "analysis", "figure", "record"}
    | {"ledger"}  # "datum": the model's lemma of "data"
    | {"document", "result", "count", "research", "census", "audit", "review", "model"}
    | {"estimate", "number", "statistic", "investigation", "probe", "transcript", "exit"}
    | {"footage", "video", "photo", "map", "chart", "table", "index", "tally", "projection"}
)

#: Verbs whose direct object is the content ("denied the allegation", "confirmed the meeting").
OBJECT_CONTENT_CUES = frozenset(
    [
        "deny",
        "confirm",
        "acknowledge",
        "admit",
        "dismiss",
        "reject",
        "dispute",
        "refute",
        "rebut",
        "disavow",
        "call",
        "describe",
    ]
)

#: Cue verbs that report only with a clause or a quote: with a bare object they keep, count or
#: come upon something ("added five points", "maintained his lead", "found the documents",
#: "found himself in trouble"), and say nothing.
CLAUSE_ONLY_CUES = frozenset({"add", "maintain", "find"})

#: Verbs whose infinitive complement is what was (not) said: "declined to say what …".
REFUSAL_CUES = frozenset({"decline", "refuse"})
#: Speech verbs whose object alone claims something checkable: a charge laid on someone
#: ("accused X of lying", "blamed X for the loss") or a commitment ("pledged to visit").
CHARGING_CUES = frozenset({"accuse", "blame", "pledge", "vow"})
#: Verbs that make their object do the infinitive: "the win led her to declare", "the report
#: prompted Ryan to say" — the object is who speaks.
CAUSING_VERBS = frozenset({"lead", "prompt", "cause", "force", "spur", "compel", "drive"})
#: Occasions of one's own saying: "denied it during his confirmation hearing".
SAYING_OCCASION_NOUNS = frozenset(
    {"hearing", "testimony", "interview", "briefing", "conference", "appearance", "deposition"}
)
#: "did not respond to requests for comment", "did not return calls": asked, and not answering.
REPLY_VERBS = frozenset({"respond", "reply", "return", "answer"})
#: What a reply that never came was asked for by.
ASKING_NOUNS = frozenset(
    {"request", "call", "message", "email", "e-mail", "inquiry", "query", "question", "voicemail"}
)

#: "attempts to reach him", "efforts to contact the campaign": asking, by another name.
REACHING_NOUNS = frozenset({"attempt", "effort"})
REACHING_VERBS = frozenset({"reach", "contact"})

#: Prepositional cues that put the source in an adjunct: "according to X, …".
ADJUNCT_CUES = ("according to",)

#: Nouns after "according to" that mean "in line with", not a source: "shape its response
#: according to the policies of …".
ACCORDANCE_NOUNS = frozenset(
    {"policy", "plan", "rule", "law", "schedule", "guideline", "principle", "standard"}
    | {"procedure", "protocol", "instruction", "wish", "need", "custom", "tradition"}
)

#: Transcript labels of the one who asks ("Q:", "HOST:"): their turns are questions.
ASKER_LABELS = frozenset({"Q", "HOST", "INTERVIEWER", "MODERATOR", "ANCHOR", "REPORTER"})

#: Tags of the relative pronouns that open a clause describing a noun ("who", "which", "that").
RELATIVE_TAGS = frozenset({"WDT", "WP"})

#: Cues whose content is a question, not a claim: it takes no stance.
QUESTION_CUES = frozenset({"ask", "question", "wonder"})
#: Verbs of contact that take their other side as object ("had met X", "called Y"): one left
#: without it before a speech verb's subject lost that name to the parser (see nlp).
CONTACT_VERBS_TAKING_OBJECT = frozenset(
    {"meet", "call", "contact", "visit", "email", "phone", "telephone", "text", "greet", "see"}
)

#: Where a statement was made: the words that name the venue. Each pattern's group ``venue``
#: is the venue text.
VENUE_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\b(?:at|during) (?:a|an|the|his|her|their) (?P<venue>(?:[\w'’.-]+ ){0,4}?"
        r"(?:press conference|news conference|press briefing|briefing|rally|hearing|"
        r"interview|town hall|debate|speech|event|summit|meeting with reporters))\b",
        r"\b(?P<venue>in (?:a|an|his|her|their) (?:written |joint |brief )?"
        r"(?:statement|interview(?: with [A-Z][\w'’.]*(?: [A-Z][\w'’.]*)*)?|"
        r"tweet|post|op-ed|letter|email))",
        r"\b(?:on|to) (?P<venue>[A-Z][\w'’]*(?: (?:the |[A-Z][\w'’]*))*? ?"
        r"(?:Nation|Press|Sunday|Show|Tonight|Today|Morning|Hour|Report|Live))\b",
        r"\b(?P<venue>on (?:Twitter|Facebook|Instagram|television|TV|radio))\b",
    )
)

#: The capacity in which the speaker acted, said alongside a denial ("never set up meetings
#: with Russians while representing the campaign", "as part of the transition"): the speaker's
#: own side and the time, never whom the contact was with.
_SIDE_NOUNS = r"(?:campaign|team|administration|transition|company|committee|firm)"
CAPACITY_PATTERNS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\b(?:while|when) (?:representing|working (?:for|on)|serving (?:on|in|with)|advising) "
        rf"(?:[\w'’.-]+ ){{0,3}}?{_SIDE_NOUNS}\b",
        r"\bas (?:a )?(?:part|member) of (?:the|his|her|their) "
        rf"(?:[\w'’.-]+ ){{0,3}}?{_SIDE_NOUNS}\b",
        rf"\bon behalf of (?:the|his|her|their) (?:[\w'’.-]+ ){{0,3}}?{_SIDE_NOUNS}\b",
    )
)

#: Nouns and verbs naming the words someone addressed: "told reporters", "told the Post".
ADDRESSEE_CUES = frozenset({"tell", "inform", "assure", "reassure", "ask", "warn", "write"})

# -- stance ---------------------------------------------------------------------------------------

_FLAGS = re.IGNORECASE


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), _FLAGS)


_NT = r"(?:n[’']t|\s+not)"
#: What a result is held to ("met expectations", "did not reach its target"): no contact.
MEASURE_NOUNS = frozenset(
    {"expectation", "standard", "goal", "target", "requirement", "threshold", "criterion"}
    | {"deadline", "quota", "projection", "forecast", "estimate", "benchmark", "demand"}
)
_MEASURE_MET = r"(?:\s+\S+){0,2}?\s+(?:" + "|".join(sorted(MEASURE_NOUNS)) + r")s?\b"

#: Words of a denial: an answer in the negative, or a negated contact.
_CONTACT_WORDS = (
    r"(?:contacts?|touch|met|meet|meetings?|spoke|spoken|talked|communicat\w*|calls?|"
    r"conversations?|interactions?)"
)

#: "never wanted", "never intended", "never expected": a state of mind, not a denied event.
_STATES_OF_MIND = (
    r"(?:wanted|intended|expected|imagined|thought|believed|dreamed|dreamt|liked|needed|"
    r"cared|minded|meant|given|claimed|been|doubted|trusted|respected)\b"
)
#: What one may not know without denying anything: "I don't know the status".
_INFORMATION = (
    r"(?:status|answer|answers|details?|reasons?|number|numbers|figures?|extent|outcome|"
    r"results?|facts?|timing|cost|amount|terms)"
)

#: "would never happen", "will never work", "would have never proposed": a prediction, an
#: intention or a counterfactual, not a denied fact.
_NOT_AFTER_A_MODAL = "".join(
    rf"(?<!\b{modal}{perfect} )"
    for modal in ("would", "will", "could", "can", "should", "may", "might", "must", "shall")
    for perfect in ("", " have")
)

#: What a rejected or disputed claim is called: "rejected the idea that the changes amounted to
#: a shake-up" denies it; "rejected his brand of politics" does not.
_CLAIM_NOUNS = (
    r"(?:idea|notion|claims?|suggestions?|assertions?|allegations?|characteri[sz]ations?|"
    r"charges?|accusations?|reports?|premise|contention|story|stories|account)"
)

#: A word naming a claim, matched whole: "denied the allegations to reporters" denies them.
CLAIM_NOUN = re.compile(_CLAIM_NOUNS, _FLAGS)

#: An adjective standing as the predicate, not before a noun: "that's false." denies, "that's
#: a false choice" judges, and so does a "false" choice in marks.
_PREDICATIVE = r"\b(?![\"”’']?\s+(?!(?:and|but|or)\b)\w)"

#: Words that call an account invented: "made the story up", "made up a quote", "it was made
#: up.", "fabricated", "a lie". "Make up" also composes, decides and recovers ("make up ground",
#: "making up their minds", "minds made up"): invention needs an object between, an account after,
#: or the clause to end on it.
_ACCOUNT_NOUNS = r"(?:stor(?:y|ies)|quotes?|claims?|allegations?|accounts?|facts?|things|stuff)"
_FABRICATION = (
    r"\b(?:made|making|make) (?:it|that|this|the \w+|the whole \w+|things|stuff) up\b",
    r"\b(?:made|making|make) up (?:the|a|an|this|that|these|those|such) (?:\w+ )?"
    rf"{_ACCOUNT_NOUNS}\b",
    r"\b(?<!minds )(?<!mind )made up\b(?=\s*(?:[.,;!?\"”’']|$|out of\b|from\b))|\bmade-up\b",
    # "invented the story", "the quote was invented"; not "we invented airplanes"
    r"\b(?:is|was|are|were|been|being) (?:\w+ )?invented\b|\binvent(?:ed|ing) (?:it|that|this|them|"
    rf"the whole thing|(?:the|a|an|this|that|these|those|such) (?:\w+ )?{_ACCOUNT_NOUNS})\b",
    r"\bfabricat(?:ed|ion|ions)\b",
    r"\b(?:is|was|that[’']?s|it[’']?s) (?:a|an) (?:\w+ ){0,3}lie\b|\bno truth\b|\ball lies\b",
    # "the claims were \"lies\"", "those are outright lies"
    r"\b(?:are|were|they[’']re) [\"“]?(?:\w+ ){0,2}lies\b",
    # what "called" an account: "called that report Friday a \"boldfaced lie\"", "called it a lie"
    r"^\W*(?:it|that|this|(?:the|that|this|these|those|his|her|their|such) (?:\w+ )?"
    rf"(?:{_CLAIM_NOUNS}|{_ACCOUNT_NOUNS}))(?: \w+){{0,2}} (?:a|an) [\"“]?(?:[\w-]+ ){{0,2}}"
    r"[\"“]?lies?\b",
)

#: An account called invented denies what it told, whatever that was: with no contact word of
#: its own, the speaker's denial is of the contact they denied before.
FABRICATION_PATTERN = _any(*_FABRICATION)

#: Words pointing at a claim already on the table: "the report", "those allegations".
_POINTED = r"(?:the|these|those|such|his|her|their|its|any|all|that|this)"
#: Claims of fact, which "wrong" can only call untrue ("the report was wrong").
_TOLD_NOUNS = r"reports?|stor(?:y|ies)|claims?|allegations?|accusations?|charges?|account"

#: A mark that may set off the word calling a claim false: "said the account was \"false.\""
_MARK = r"[\"“‘']?"

#: Words calling what was said false, untrue or fiction ("That's false", "the report was
#: 'inaccurate'", "the law says nothing of the kind", "those statements were wrong"): they deny
#: whatever verb carries them, an argument's too ("arguing, 'The bill says nothing of the
#: kind'"), unlike a negation, which under "argue" may only judge.
_FALSITY = (
    r"\bnever (?:happened|existed|took place)\b",
    rf"\bnot (?!ring\b|hold\b)(?:\w+ )?{_MARK}true\b|\buntrue\b",
    rf"(?:\b(?:is|was|are|were)|[’']s) (?:{_MARK}\w+ )?{_MARK}(?:false|inaccurate|incorrect)"
    rf"{_PREDICATIVE}",
    rf"\bnot {_MARK}(?:accurate|correct)\b(?! to\b)",
    r"\b(?:categorically|completely|totally|patently|demonstrably|simply|factually|flatly) "
    rf"{_MARK}(?:false|inaccurate|incorrect)\b",
    r"\b(?:categorically|factually|demonstrably) wrong\b",
    # "that was simply not the case", "that's not what happened": the account told is not so;
    # "not the case for most workers" describes how things are, and "I think that's not the
    # case" gives a view
    rf"(?<!think )(?<!believe )\b(?:that|it|this|which)(?: (?:is|was|are|were)n[’']t|"
    rf"(?:[’']s| is| was| are| were) {_MARK}(?:\w+ly )?not) {_MARK}(?:\w+ly )?{_MARK}the case\b"
    r"(?! (?:for|with|in|of|when|anymore)\b)",
    rf"(?:\bnot|\b(?:is|was|are|were)n[’']t) {_MARK}what (?:really |actually )?"
    r"(?:happened|occurred|took place)\b",
    # "none of that is true", "none of it was accurate"
    r"\bnone of (?:it|that|this|these|those|the \w+) (?:is|was|are|were) (?:\w+ )?"
    rf"{_MARK}(?:true|accurate|correct)\b",
    r"\b(?:pure|complete|total|a work of) fiction\b|\b(?:is|was) fiction\b",
    # "the law says nothing of the kind", "he did nothing of the sort"
    r"\b(?:says?|said|shows?|showed|does|did|do) nothing of the (?:kind|sort)\b",
    # a claim called false: "called the allegations false" (the object of "call", "label"),
    # "said the report was wrong" (a plan, an idea or remarks "wrong" are judged, not denied)
    rf"^\W*{_POINTED} (?:\w+ ){{0,2}}?(?:{_CLAIM_NOUNS}|statements?) (?:\w+ )?{_MARK}"
    r"(?:false|untrue|inaccurate|incorrect)\b",
    rf"^\W*{_POINTED} (?:\w+ ){{0,2}}?(?:{_TOLD_NOUNS}) (?:is|was|are|were) (?:\w+ )?{_MARK}"
    r"wrong\b(?! to\b)",
)

#: What was said called false or invented: a denial under any verb of saying (see _FALSITY).
FALSITY_PATTERN = _any(*_FABRICATION, *_FALSITY)

#: A stop that ends no sentence: a title's ("Mr. Trump's campaign") or an initial's.
_TITLE_STOP = r"(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\b[A-Z])\."

DENIAL_PATTERN = _any(
    *_FABRICATION,
    rf"\b(?:no one|nobody|none of)\b(?:[^.?!]|{_TITLE_STOP}){{0,80}}?\b{_CONTACT_WORDS}\b",
    rf"\bnever\b(?:[^.?!,]|{_TITLE_STOP}){{0,40}}?\b{_CONTACT_WORDS}\b",
    # what did not happen; in the present ("doesn't happen", "does not exist") it describes
    # how things are or argues ("that ground does not exist")
    rf"\b(?:did|have|has|had){_NT} (?:discuss(?:ed)?|come up|came up|attend(?:ed)?|"
    r"exist(?:ed)?|happen(?:ed)?|occurr?(?:ed)?|take place|taken place)\b"
    # "didn't happen every day", "hasn't happened yet": how often or how far, not whether
    r"(?! (?:again|yet|every|often|always|much|that often|very often)\b)",
    # "didn't know him that well" grades an acquaintance it admits; "don't know the status"
    # is not knowing a fact, not denying one
    rf"\b(?:did|do|does){_NT} know (?:him|her|them|the (?!{_INFORMATION}\b)\w+|(?-i:[A-Z])\w+)\b"
    r"(?! (?:that|very|so|too) well\b)",
    *_FALSITY,
    r"\bwithout (?:his|her|my|our|their|its|the \w+[’']s) (?:\w+ )?knowledge\b",
    r"^\W*nor (?:did|had|has|have|was|were)\b",
    # a false claim pointed at ("these false claims"), not the offence ("making false statements")
    r"\b(?:the|a|an|this|that|these|those|his|her|their|its|such|more) (?:\w+ )?false "
    r"(?:claims?|reports?|allegations?|accusations?|stor(?:y|ies)|statements?)\b",
    # one's own words disowned: "I never said that.", "I didn't say it," — not "never said
    # that we would win", which reports what was or was not said
    rf"\b(?:never (?:said|say)|did{_NT} say) (?:that|it|this|so|any such thing)"
    r"(?=\s*(?:[.,;!?\"”’]|$))",
    r"\bnothing to do with\b|\b(?:played|plays|had|has) no (?:\w+ )?role\b",
    r"\bno (?:contacts?|communications?|interactions?|meetings?|involvement|conversations?|"
    r"calls?|ties|links|relationship|dealings)\b"
    # "no meeting has been scheduled": a plan not made, and the meeting may come
    r"(?![^.?!;]{0,30}?\b(?:arranged|scheduled|planned|slated|booked|set up)\b)",
    r"\b(?:that|it)[’']?s zero\b|\bwas zero\b",
    # "There was no collusion", "no wrongdoing on my part": the charge itself said not so
    r"\b(?:there (?:was|were|is|has been|had been) )?no (?:collusion|wrongdoing|cover-?up|"
    r"quid pro quo)\b",
    rf"\b(?:(?:did|have|has|had){_NT}|never) (?:collude|colluded|conspire|conspired)\b",
    # "I wasn't involved in any of that", "was not personally involved": a part in what is at
    # issue denied; "was not involved in politics" tells a life, not a denial
    r"\b(?:(?:is|are|was|were)n[’']t|(?:am|is|are|was|were|been|being) not) (?:\w+ly )?"
    r"involved\b"
    r"(?= in (?:any|the|that|this|those|these|it|its)\b|\s*(?:[.,;!?\"”’]|$))",
    # "at no point did I discuss the sanctions", "at no time were they told"
    r"\bat no (?:point|time) (?:\w+ )?(?:did|was|were|had|has|have)\b",
    r"\bnever (?:spoke|talked|communicated|been in (?:touch|contact))\b",
    # a meeting, not a measure met: "has not met our expectations"
    rf"\b(?:never|(?:did|have|has|had){_NT}) (?:met|meet)\b(?!{_MEASURE_MET})",
    # speaking is contact only with someone: "had not spoken because …" is silence
    rf"\b(?:did|do|does|have|has|had){_NT} (?:speak|spoken|talk|talked|communicated?)"
    r"(?= (?:\w+ )?(?:to|with)\b)",
    # "has not called us", "didn't contact him", "hasn't reached out to Vale" — someone named or
    # pointed at, not "did not call for a vote", "did not call him a liar", "call on X to"
    rf"\b(?:did|do|does|have|has|had){_NT} (?:ever )?(?:call(?:ed)?|phoned?|contact(?:ed)?|"
    r"e-?mail(?:ed)?|text(?:ed)?|reach(?:ed)? out to) (?-i:(?:me|us|him|her|them|[A-Z]\w+))\b"
    r"(?! (?:an?|the)\b)",
    rf"\b(?:did|do|does|have|has|had){_NT} (?:made|make|have|had) (?:\w+ ){{0,2}}?{_CONTACT_WORDS}",
    r"\bhaven[’']t (?:spoken|met)\b",
    r"\bnot aware of any\b",
    rf"\bthere (?:were|was|is|are|had been|has been|have been) no (?:\w+ ){{0,2}}{_CONTACT_WORDS}",
    # "there were not multiple calls placed by Ailes", "there hadn't been any meetings"
    rf"\bthere (?:(?:were|was|is|are)(?:n[’']t| not)|(?:had|has|have)(?:n[’']t| not) been) "
    rf"(?:\w+ ){{0,2}}{_CONTACT_WORDS}",
    r"\bthere[’']s nothing (?:untoward|improper|inappropriate)\b",
    # "no plans to meet" denies a planned contact; "no plans to change her vote" tells intent
    rf"\bno plans? to (?:\w+ ){{0,6}}?(?:{_CONTACT_WORDS}|visit\w*)\b",
    r"\b(?:is|are|was|were) (?:\w+ )?innocent of\b|\bnot guilty\b",
    r"\b(?:disagree|reject)\w* (?:\w+ )?with (?:the|those|these|that|such|any|his|her|their) "
    rf"(?:\w+ )?{_CLAIM_NOUNS}\b",
    # one's words said to be twisted: "his comments were mischaracterized", "taken out of context"
    r"\b(?:is|was|are|were|been|being) (?:\w+ ){0,2}?(?:mischaracteri[sz]ed|misrepresented|"
    r"misquoted|misconstrued|taken out of context)\b",
)

#: "never" before any verb in the past ("never hacked", "never told them"): a denial in reported
#: speech, but in a quote only at its opening — a quote's later "never"s ("people have never
#: elected a pessimist", "I never went home") are its story and rhetoric.
NEVER_DONE_PATTERN = re.compile(
    # "you never wrote it", "you'll never prove you never paid": what the one spoken to, or
    # anyone, never did is a charge or a hypothesis, not the speaker's denial
    rf"{_NOT_AFTER_A_MODAL}(?<!\byou )\bnever\b"
    r"(?! (?:be|have|will|would|could|should|again|going to)\b)"
    rf"(?:(?!\b(?:the|a|an)\b)[^.?!,]){{0,12}}?\b(?!{_STATES_OF_MIND})"
    # a capitalised word is a name, not the verb: "never saw Mateen …"; irregular pasts of
    # acts at issue ("never paid", "never gave", "never wrote") end otherwise
    r"(?-i:(?![A-Z]))(?:\w+(?:ed|en|ld|ok|ew|ught|ent)|"
    r"paid|gave|wrote|sold|hid|stole|broke|shut|hit)\b"
    # "never seen anything like it before", "never seen a candidate do that until now", "never
    # heard anything like it": an experience, not a denied event
    r"(?![^.?!,;]{0,40}\b(?:before|since)\b)(?![^.?!,;]{0,120}\buntil now\b)"
    r"(?!(?:(?<=seen)|(?<=heard)|(?<=witnessed)) (?:anything|anyone|anybody|such)\b)"
    r"(?! (?:better|worse)\b)",  # "never performed better": a judgement
    _FLAGS,
)

#: Words of which every match of DENIAL_PATTERN holds one whole ("didn" and "haven" as in
#: "didn't", "haven't"): a text holding none of them is searched no further.
DENIAL_WORDS = frozenset(
    {"made", "making", "make", "invented", "inventing", "fabricated", "fabrication"}
    | {"fabrications", "lie", "lies", "no", "nobody", "none", "never", "not", "nor"}
    | {"didn", "don", "doesn", "haven", "hasn", "hadn", "untrue", "false", "inaccurate"}
    | {"incorrect", "wrong", "fiction", "without", "nothing", "zero", "innocent", "with"}
    | {"mischaracterized", "mischaracterised", "misrepresented", "misquoted", "misconstrued"}
    | {"context", "isn", "wasn", "weren", "aren"}
)

#: A verb right after "Nobody": "Nobody has a monopoly on truth" is a claim, not a reply.
_FINITE = (
    r"(?:ha[sd]|have|is|was|are|were|did|do|will|would|can|could|should|must|may|might|"
    r"\w+ed|\w+s)"
)

#: A bare reply that denies what it was asked: "No.", "Of course not.", "No one I can think of.",
#: "Not yet, I will." (asked whether he has talked to someone: he has not).
#: Counts only in a short reply (a longer text opening with "No" is an argument, not an answer),
#: and "No" only standing alone: "No name change hides it" is a claim about a thing.
#: A verdict of falsity standing alone ("False.", "Mostly false.", "Untrue.") denies too, as a
#: fact-checker's rating or a spokesman's one-word reply; "False prophets abound" does not.
#: "Not that I know of." and "Not to my knowledge." deny as far as the speaker knows, as
#: "To my knowledge, I never met him" does ("Not that I recall." recalls nothing).
BARE_DENIAL_PATTERN = _any(
    r"^\W*(?:no(?!\s+\w|-)|nope|of course not|absolutely not|certainly not|not at all|"
    rf"(?:nobody|no one)(?!\s+{_FINITE}\b|[’']s\b)|not yet(?!\s+\w))\b",
    r"^\W*(?:(?:mostly|completely|totally|entirely|utterly|absolutely|patently)\s+)?"
    r"(?:false|untrue)\W*$",
    r"^\W*never(?:,? ever)?\W*$",
    r"^\W*not (?:that I(?:[’']m| am)? (?:know|aware) of|to my knowledge)\b",
    # "I did not.", "We haven't.", "He never did.": the question's verb left out
    r"^\W*(?:I|we|he|she|they)\s+(?:(?:did|do|does|have|has|had|was|were)(?:\s+not|n[’']t)"
    r"|never(?:\s+(?:did|have|had))?)(?:,?\s+(?:at all|ever|sir|ma[’']am))?\W*$",
)

#: Verbs of a finding the speaker reports as their own: "told AP they concluded there was no
#: obligation to disclose" denies what the finding negates.
FINDING_VERBS = frozenset({"conclude", "find", "determine", "establish"})

#: Cue verbs that deny when what they carry is negated: "insisted that was not part of the deal".
INSISTENCE_CUES = frozenset({"insist", "maintain", "assert", "contend"})

#: Cue verbs of an argument or a grievance, under which words calling a claim false still deny
#: ("argued that the report was false", "complained the story was made up"): a negation there
#: may only judge (see VIEW_CUES).
ARGUING_CUES = frozenset({"argue", "complain"})

#: A charge named as what the words answer: "contrary to the claims of his rivals", "contrary
#: to what the mayor said" — with a negation beside it, the words deny that charge.
CONTRARY_CHARGE_PATTERN = re.compile(
    rf"\bcontrary to (?:[\w’'-]+ ){{0,6}}?(?:{_CLAIM_NOUNS}|rumou?rs?|what (?:\w+ ){{1,3}}?"
    r"(?:said|says|claimed|claims|alleged|suggested|reported))\b[^,.;:]*",
    _FLAGS,
)

#: Cue verbs that put forward an argument, a charge or a forecast: "argues that distancing has
#: never paid off", "predicted she will make up for it" deny nothing, whatever their words.
VIEW_CUES = frozenset(
    {"argue", "suggest", "predict", "forecast", "allege", "accuse", "charge", "promise"}
    | {"speculate", "warn", "hope", "fear", "worry", "complain", "lament"}
)

#: Nouns after "no" that make an opinion, not a fact: "no question", "no doubt", "had no
#: choice", "had no right to".
OPINION_IDIOMS = frozenset(
    {"question", "doubt", "way", "room", "reason", "need", "point", "excuse"}
    | {"right", "choice", "idea", "problem", "option"}
    # "there was no daylight between their plans", "no difference between them": a likeness
    | {"daylight", "difference"}
)
#: The same idioms as words: "there is no doubt he met him" denies nothing; "at no point did
#: they meet" is a time denied, not an idiom.
OPINION_IDIOM_PATTERN = re.compile(
    rf"(?<!\bat )\bno (?:{'|'.join(sorted(OPINION_IDIOMS))})s?\b", _FLAGS
)

#: Words that open what the speaker does not assert as so: a relative clause describing
#: someone ("individuals who had nothing to do with the foundation", ", which she had no
#: intention of doing") or a condition ("if I haven't said it 10,000 times", "whether we win
#: or whether we do not win"). The run ends at
#: the next punctuation, and may open with a quotation mark (a politician who "has never held
#: a job"). After "no one" or "anybody" the clause is what is denied ("no one who worked for
#: him met them") and stays.
UNASSERTED_CLAUSE_PATTERN = re.compile(
    r"(?<!\bone )(?<!\bbody )(?<!\bnobody )(?<!\banyone )(?<!\bnone )"
    r"\b(?:who|which|if|whether)\b\s*[\"“]?[^.,;:!?—–\"“”]*",
    _FLAGS,
)

#: What a wish or a lament is about: in "I hope this doesn't occur" the negation is only wished
#: for, and in "it's very sad that he didn't attend" it is taken as known and deplored — neither
#: says that something is not so. The run ends at the sentence's end.
WISHED_OR_DEPLORED_PATTERN = re.compile(
    r"\b(?:(?:hope|wish|pray)(?:s|d|ed|ing)?|(?:sad|shame|pity|unfortunate|regrettable|"
    r"disappointing|disappointed)\W+that)\b[^.?!]*",
    _FLAGS,
)

#: Verbs whose infinitive is only wished, planned or allowed: "want to deny him a chance",
#: "allows him to deny responsibility" report no denial made.
WISH_VERBS = frozenset(
    {"want", "wish", "hope", "plan", "intend", "allow", "let", "enable", "like", "prefer"}
)

#: Verbs that with "back" rebut what they are aimed at: "pushed back on those claims",
#: "hit back at the report".
REBUTTAL_VERBS = frozenset({"push", "hit", "fire", "fight", "strike", "beat"})
#: The cues such a rebuttal is recorded under: "pushed back on those charges" denies them.
REBUTTAL_CUES = frozenset(f"{verb} back" for verb in REBUTTAL_VERBS)
#: What a rebuttal rebuts when it is a claim of fact ("pushed back on those charges"), not a
#: person or a policy ("hit back at Trump", "pushed back on the plan").
REBUTTED_NOUNS = frozenset(
    {"charge", "accusation", "allegation", "claim", "report", "story", "assertion", "rumor"}
    | {"rumour", "characterization", "characterisation"}
)
#: A claim named as such: "those claims", "the report", "any suggestion".
CLAIM_PATTERN = re.compile(
    rf"\b(?:the|any|such|that|those|these|his|her|their|its) (?:\w+ )?{_CLAIM_NOUNS}\b", _FLAGS
)

#: Verbs (with their particle) that put down a claim going round: "quashed rumors that …",
#: "moved to shut off speculation about …". With such a claim as object they deny it.
QUELLING_CUES = frozenset(
    {"quash", "quell", "dispel", "squelch", "scotch", "debunk"}
    | {"shut off", "shut down", "tamp down", "shoot down", "knock down", "beat back"}
)
#: What such a verb puts down when it is a claim: rumours, speculation, talk, a report.
RUMOUR_NOUNS = frozenset(
    {"rumor", "rumour", "speculation", "report", "story"}
    | {"notion", "idea", "suggestion", "claim", "allegation", "theory"}
)

#: What a denial cue withholds rather than disputes: "denied bail", "denied the request",
#: "was denied entry" refuse a thing to someone and report no words.
GRANTED_NOUNS = frozenset(
    {"bail", "access", "entry", "permission", "opportunity", "chance", "right", "request"}
    | {"application", "visa", "service", "coverage", "benefit", "funding", "hearing", "parole"}
    | {"care", "privilege", "status", "treatment", "membership", "asylum", "citizenship"}
    | {"admission", "license", "licence", "permit", "tenure", "appeal", "motion", "petition"}
)

#: Verbs that deny an act named by a gerund: "denied meeting him", "disputes having said it".
GERUND_DENIAL_CUES = frozenset({"deny", "dispute", "refute"})
#: Cue verbs whose gerund is what they report: "denied meeting him", "acknowledged meeting the
#: ambassador, Sergey Kislyak, twice".
GERUND_CONTENT_CUES = GERUND_DENIAL_CUES | {"acknowledge", "admit", "confirm", "concede"}
#: Cue verbs that are a denial whatever their content.
DENIAL_CUES = GERUND_DENIAL_CUES | QUELLING_CUES | REBUTTAL_CUES

#: The AP's abbreviations of US states, written after a city ("Bedminster, N.J."): one ending a
#: sentence runs into the name that opens the next ("N.J. Roger Ailes, the former chairman").
STATE_ABBREVIATIONS = frozenset(
    {"Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind."}
    | {"Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb."}
    | {"Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I."}
    | {"S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.", "D.C."}
)

#: Cue verbs that deny when what they carry is a claim: "rejected the notion that …",
#: "rejected claims that …", "rebutted Exxon's accusation that …" (not "rebutting his
#: proposals on trade": a policy argued against is no fact denied).
REJECTION_CUES = frozenset({"reject", "disavow", "contest", "rebut"})
#: What a claim is called when it is denied, not waved away: "dismissed as false the report".
FALSITY_WORDS = frozenset({"false", "untrue", "inaccurate", "incorrect", "wrong", "fabricated"})
#: Verbs that give a verdict on what they take ("deemed those statements false", "rated the
#: claim false", "branded the story a lie"): with a verdict of falsity on a claim they say what
#: "called the claim false" says, and are read as that cue; with any other verdict ("deemed the
#: evidence admissible") they say nothing.
VERDICT_VERBS = frozenset({"deem", "rate", "brand", "label", "judge", "pronounce", "find"})
#: A verdict of falsity: a word calling a claim false, or naming it a lie.
FALSITY_VERDICTS = FALSITY_WORDS | {"lie", "fabrication", "falsehood"}
#: "Idea", "suggestion" and "criticism" name a proposal or a judgement as often as a claim
#: ("rejected that idea" of releasing his returns, "rejected criticism of his plan"): they
#: name a claim only with the "that"-clause that states it, whoever it is from ("rejected
#: criticism from Trump that closing the unit made the city less safe").
REJECTED_CLAIM_PATTERN = re.compile(
    # "the claim", "such reports", "Sergei Ryabkov's claim", "his account", "the mayor's story"
    r"^\W*(?:(?:the|an?|any|such|that|those|these|his|her|their|its) (?:\w+ )?|"
    r"(?:the )?(?:[\w.-]+ ){0,2}[\w.-]+[’']s (?:\w+ )?)?"
    rf"(?:(?!(?:ideas?|suggestions?|criticisms?)\b){_CLAIM_NOUNS}\b|"
    r"(?:ideas?|suggestions?|criticisms?)(?: (?:from|by) [^,;]{1,80}?)? that\b)",
    _FLAGS,
)

#: Cue verbs under which the speaker asserts what they carry as their own: a fact they say is
#: not so is a denial ("said Gates was not working for the party"); under "suggest",
#: "lament" or "question" the same words are not.
ASSERTION_CUES = frozenset(
    {
        "say",
        "tell",
        "add",
        "insist",
        "maintain",
        "assert",
        "contend",
        "stress",
        "state",
        "reiterate",
        "respond",
        "reply",
        "explain",
        "answer",
        "counter",
        "assure",
        "write",
        "tweet",
        "testify",
        "declare",
    }
)

NOT_RECALL_PATTERN = _any(
    rf"\b(?:do|does|did|can|could){_NT} (?:recall|remember)\b",
    r"\bnot (?:recall|remember)\b",
    r"\bno (?:recollection|memory)\b",
    rf"\b(?:do|does|did){_NT} have any (?:recollection|memory|recall)\b",  # "don't have any memory"
    r"\b(?:can|could)not (?:recall|remember)\b",
    r"^\W*not that I (?:can |could )?(?:recall|remember)\b",  # "Not that I recall."
    r"\bnot to my recollection\b",
)

DECLINE_PATTERN = _any(
    r"\bdecline[sd]? to\b",
    r"\brefuse[sd]? to\b",
    r"\b(?:would|will|could)(?:n[’']t| not) (?:say|comment|discuss|answer|elaborate|reveal|"
    r"disclose|go into|confirm)\b",
    r"\bneither confirm(?:s|ed)? nor den(?:y|ies|ied)\b",
    r"\bnot to (?:discuss|comment on|disclose|reveal)\b",
    r"\b(?:I[’']m|I am|we[’']re|we are) not (?:going to|gonna) (?:get into|comment|discuss|go into|"
    r"talk about)\b",
    r"\bno comment\b",
    r"\bspoke for (?:themselves|itself)\b",
)
DECLINE_CUES = frozenset({"decline", "refuse"})

#: Words that dismiss a report without denying the contact it reports.
DISMISSAL_PATTERN = _any(
    r"\babsurd\b",
    r"\bridiculous\b",
    r"\bfake news\b",
    r"\bdisingenuous\b",
    r"\bnon-?sense\b",
    r"\bhoax\b",
    r"\bnot based on (?:any )?facts?\b",
    r"\bnothing misleading\b",
    r"\b(?:is|was|are|were) fake\b",
    r"\bwitch hunt\b",
    r"\bruse\b",
    r"\bpreposterous\b",
    r"\bbizarre rumou?rs?\b",
    r"\bconspiracy theor",
    r"\bgarbage\b",
    r"\bmisleading\b|\bphony\b|\bdistort(?:ed|ion|s)\b|\bmeritless\b|\bbaseless\b",
    r"\bunfounded\b|\boutrageous\b|\bsmears?\b|\btalking points\b|\bsarcastic\b",
)

#: Cue verbs that wave a claim away whatever their content: "dismissed the suggestion".
DISMISSAL_CUES = frozenset({"dismiss", "scoff", "ridicule", "mock"})

AFFIRM_CUES = frozenset({"confirm", "acknowledge", "admit", "concede", "reveal", "disclose"})

#: What news does when it comes out: "after it emerged that …", "since it was revealed that …".
COMING_OUT_VERBS = frozenset({"emerge", "reveal", "surface", "disclose", "report", "learn"})

#: Contact stated in the affirmative ("had been in touch", "spoke with").
AFFIRM_PATTERN = _any(
    r"\b(?:had been|has been|have been|was|were|been) in (?:touch|contact)\b",
    # not "will have spoken to a quarter-of-a-million people" (a count foretold)
    r"\b(?:met|spoke|(?<!will have )(?<!would have )spoken|talked|communicated|discussed|"
    r"shook hands) (?:\w+ ){0,8}?(?:with|to)\b",
    # "exchanged private messages on Twitter with Guccifer 2.0"
    r"\bexchanged (?:\w+ ){0,2}?(?:messages|e-?mails|texts|letters|calls)\b",
    r"\bdid (?:speak|meet|talk)\b",
    r"\b(?:had|has|have|held|kept up) (?:\w+ ){0,3}?(?:contacts?|meetings?|calls?|"
    r"conversations?|communications?)\b",
    r"\bthere (?:had been|have been|has been|were|was) (?:\w+ ){0,2}?(?:contacts?|meetings?|"
    r"calls?|conversations?)\b",
    r"\b(?:phoned|emailed|greeted|met) (?:the|an?|his|her|their|several|with)\b",
    # not "I have been called a surrogate": a name given
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )"
    r"\bcalled (?:the|an?|his|her|their|several|with)\b",
    # "met Sergey Kislyak", "phoned Mr. Vale": a person named right after the verb
    r"(?<!-)\b(?:phoned|emailed|greeted|met|visited) "
    r"(?-i:(?:Mr|Ms|Mrs|Dr|Sen|Gov|Rep)?\.? ?[A-Z][a-z])",
    r"\b(?:meetings?|calls?|conversations?) (?:took place|happened|occurred)\b",
    r"\b(?:was|were) (?:an?|the) (?:\w+ ){0,2}(?:meetings?|calls?|conversations?)\b",
    r"\b(?:had|have|has) (?:\w+ )?(?:breakfast|lunch|dinner|coffee|drinks) with\b",
    r"\b(?:sat down|met privately|spoke briefly|spoke by phone) with\b|\bwe (?:met|spoke|talked)\b",
)

#: Words that make a contact the subject of a question, not a claim ("whether anyone met").
OPEN_QUESTION_PATTERN = _any(r"\bwhether\b", r"\bif\b")

#: A contact told with its topic after it: "spoke to the ambassador about sanctions", "in
#: contact with anyone connected to the government about the 2016 election" — the group
#: ``topic`` opens the topic. Not a time or a count ("met about a month ago", "about 10 times").
CONTACT_TOPIC = re.compile(
    r"\b(?:contacts?|touch|met|meet\w*|spoke|spoken|talk\w*|communicat\w*|conversations?|"
    r"calls?|called)\b[^.?!;]{0,80}?\b(?P<topic>about|regarding|concerning|to discuss)\b"
    r"(?!\s+(?:\d|a (?:month|week|year|day|dozen)|an hour|once|twice|half))",
    _FLAGS,
)

NEGATION_PATTERN = _any(
    rf"{_NT}\b", r"\b(?:no(?!\.? ?\d)|never|nothing|nobody|none|zero|neither|nor)\b"
)  # "the No. 1 force" negates nothing

#: What one meets that is no person: "meet expectations", "met the deadline", "was met with
#: skepticism".
_NOT_MET = (
    r"(?! (?:the |its |their |his |her |our |those |these |all )?(?:\w+ )?(?:expectations?|"
    r"goals?|needs|demands?|deadlines?|standards?|requirements?|criteria|thresholds?|targets?|"
    r"obligations?|qualifications?|payroll)\b)"
    r"(?! with (?:\w+ )?(?:skepticism|resistance|approval|criticism|silence|applause|"
    r"opposition|protests?|derision|disbelief|outrage)\b)"
)
#: Speaking is contact only with someone ("spoke to the envoy", "spoke briefly with him") or
#: with each other ("we have never spoken."): "spoke at the rally" is a speech.
_SPOKEN_WITH = r"(?=(?: (?:\w+ ){0,2}?(?:to|with)\b)|\s*(?:[.,;!?\"”’]|$))"

#: Where "called" stands after a form of "be": "been called a surrogate" gives a name.
_NAMED_AS = (
    "(?:"
    + "|".join(f"(?<={be} called)" for be in ("be", "been", "being", "is", "are", "was", "were"))
    + ")"
)

#: After "call": not a demand ("called for", "called on X to"), a challenge ("calling into
#: question", "called out"), a cancelling ("called off") nor a name given ("called him a liar",
#: "I have been called a surrogate").
_NOT_PHONING = r"(?! (?:for|on|into|out|off)\b)(?! (?:\w+ ){1,2}an? \w)"

#: Words naming a kind of contact, most specific first; the relation names are
#: :class:`onrecord.record.Relation` values. Where a match names its sides before the contact
#: word, the group ``word`` is the word itself. A call is a phone call: not the "called" of
#: "so-called", nor a demand ("called for a ban", "calls on him to resign").
RELATION_PATTERNS = (
    (
        "call",
        _any(
            r"\bphone[- ]?calls?\b",
            rf"(?<!-)\bcall(?:s|ed)?\b{_NOT_PHONING}(?!{_NAMED_AS} an? )",
            r"\bphon(?:e|ed|ing)\b",
            # "denied calling Kislyak" (the words denied open on the gerund): a call denied or
            # owned ("calling him a liar", "calling me 'Little Marco'" elsewhere names)
            r"(?:^\W*|\b(?:den(?:y|ies|ied|ying)|admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|"
            r"recall(?:s|ed)?|remember(?:s|ed)?)(?: ever| having)? )(?P<word>calling)\b"
            rf"{_NOT_PHONING}",
        ),
    ),
    (
        "meet",
        _any(
            rf"\bmeet(?:s|ing|ings)?\b{_NOT_MET}",
            rf"\bmet\b{_NOT_MET}",
            r"\bsat down\b",
            # "the encounter with the investor", "encountered Kislyak" (not "encountered
            # problems")
            r"\bencounters?\b",
            r"\bencountered (?=him\b|her\b|them\b|(?-i:[A-Z]))",
            # a meal taken with someone: "never dined with him", "had no dinner with X"
            r"\b(?:din(?:e|ed|ing)|lunch(?:ed|es)?|dinners?|breakfast(?:ed|s)?)\b(?= with\b)",
        ),
    ),
    ("visit", _any(r"\bvisit(?:s|ed|ing)?\b", r"\btrips?\b", r"\btravel(?:l?ed)? to\b")),
    (
        "message",
        _any(
            r"\bmessages?\b",
            r"\be-?mail(?:s|ed|ing)?\b",
            r"\btext(?:s|ed|ing)?\b",
            r"\bletters?\b",
            r"\bwr(?:ote|itten|ites?|iting) to (?:him|her|them|me|us|you|(?-i:[A-Z]))",
        ),
    ),
    (
        "contact",
        _any(
            r"\bcontact(?:s|ed|ing)?\b",
            r"\bcommunications?\b",
            r"\bcommunicated\b",
            r"\binteractions?\b",
            r"\bin touch\b",
            r"\breach(?:ed|es|ing)? out to\b",
            rf"(?<!-)\b(?:speak|spoke|spoken)\b{_SPOKEN_WITH}",
            r"\btalk(?:s|ed)?\b",
            # "never discussed the sanctions with Hart": talk with someone about a thing
            r"\bdiscuss(?:ed|es|ing)?\b(?=[^.?!;]{0,60}?\bwith\b)",
            # "Flynn and Kislyak did not discuss sanctions": a pair talking of a thing
            r"(?:\band (?-i:[A-Z])[\w.’'-]*(?: (?-i:[A-Z])[\w.’'-]*)*(?:, [^,.;]{1,60},)?|"
            r"\bthe two(?: \w+)?|\bboth men|\bthey) "
            r"(?:(?:did|had|have) not |(?:did|had|have)n[’']t |never )?"
            r"(?P<word>discuss(?:ed|es)?)\b",
            r"\bconversations?\b",
            r"\bto do with\b",
            r"\brelationship\b",
            r"\bdealings\b",
            r"\b(?:touch(?:ed|es)?|grabb(?:ed|ing)|yank(?:ed)?|shov(?:ed|e))\b"
            r"(?= (?:him|her|them|the reporter|(?-i:[A-Z])))",
        ),
    ),
)

#: "anybody in the campaign", "any of his aides", "any adviser", "anyone involved in the
#: campaign", "anyone affiliated with it": every member of a group.
ANY_MEMBER_PATTERN = _any(
    r"\b(?:any|anybody|anyone|no one|nobody|none)(?: else)? (?:in|of|from|on|within)\b",
    r"\b(?:anybody|anyone|no one|nobody)(?: else)? (?:involved|associated|affiliated|"
    r"connected|working) (?:in|with|to|on|for)\b",
    r"\bany(?: \w+)? (?:adviser|advisor|aide|official|member|associate|staffer)s?\b",
)

#: Openings of a reply that takes its proposition from the question before it.
ANSWER_PATTERN = _any(
    r"^\W*(?:no|yes|of course|absolutely|certainly|not at all|never|nope|sure|not that I|"
    r"not to my|(?:nobody|no one)(?=(?:\s+(?:that|who))?\s+I\b|\W*$))\b[^?]{0,40}"
    r"(?:[.!]|,\W*$)"
)

_OPINION_VERBS = (
    r"(?:believe[sd]?|think|thought|feel|felt|agree[sd]?|consider(?:s|ed)?|want(?:s|ed)?|"
    r"regret(?:s|ted)?)\b"
)

#: Words that put a charge on the table: a quote after "a claim his office disputes" or "said
#: his comments were mischaracterized" answers it, so what it says was not done is denied.
CHARGE_PATTERN = re.compile(
    r"\b(?:alleg\w*|accus\w*|claim\w*|charg(?:e|es|ed|ing)|disput\w*|den(?:y|ies|ied|ial)|"
    r"mischaracteri[sz]\w*|critici[sz]\w*|blam\w*|complain\w*|lawsuit|sued|suing)\b",
    re.IGNORECASE,
)

#: An indirect yes/no question: "asked him whether anyone had been in touch with …". Group 1
#: opens the question itself, which a bare "No." answers.
INDIRECT_QUESTION_PATTERN = re.compile(
    r"\bask(?:s|ed|ing)?\b[^.?!\n]{0,60}?\b(whether|if)\b", re.IGNORECASE
)

#: A question about how to judge something ("Is it unusual for him to be meeting …?"), not
#: about whether it happened: "Not at all." answers the judgement.
#: A question of fact about what happened, which a bare "No." denies: "Did anyone …?", "Have
#: you talked to …?", "asked whether he had met …" (its part from "whether" on).
FACT_QUESTION_PATTERN = _any(
    r"(?:^\W*|[\"“‘:]\s*)(?:Q:\s*)?(?:did|have|has|had|were|was)\b",
    r"\b(?:whether|if)\b",
    r"(?:^\W*|[\"“‘:]\s*)(?:Q:\s*)?(?:do|does|is|are) (?:you|he|she|they|anyone|anybody|there)\b"
    r"[^?]{0,60}\b(?:met|meet|spoke|speak|talk\w*|contact\w*|call\w*|know|knew|aware)\b",
)

_JUDGEMENTS = (
    r"(?:unusual|normal|strange|odd|common|surprising|appropriate|inappropriate|wrong|improper|"
    r"unprecedented|typical|a problem|a concern|a big deal|standard|routine)\b"
)
JUDGEMENT_QUESTION_PATTERN = _any(
    rf"\b(?:is|was|isn[’']t|wasn[’']t) (?:it|that|this) (?:\w+ ){{0,2}}?{_JUDGEMENTS}",
    # "asked whether the meetings were unusual"
    rf"\b(?:whether|if)\s+(?:\w+\s+){{1,4}}?(?:is|was|are|were)\s+(?:\w+\s+){{0,2}}?{_JUDGEMENTS}",
    # what someone believes, thinks or wants: "asked if he believed it was as bad", "Do you
    # want to be linked with …?"
    rf"(?:\b(?:whether|if)\s+(?:\w+\s+){{1,3}}?|^\W*(?:do|does|did)\s+\w+\s+){_OPINION_VERBS}",
    # what someone would or will do: "asked whether he would hold a cabinet post", "Would you
    # vote for him?" — a "No" states an intention, not that something did not happen; so
    # does one asked whether a choice is open ("if it's out of the question to pick her")
    r"\b(?:would|will)\b|\bout of the question\b|\bpossib(?:le|ility)\b|\bruled? out\b",
)

#: A clause cut short after its auxiliary ("he did not, but …", "that she had not."): it
#: means what the question before it asked.
ELLIPTICAL_REPLY_PATTERN = re.compile(
    r"^\W*(?:that\s+)?\w+\s+(?:did|does|do|had|has|have|was|were|is|are)(?:n[’']t|\s+not)"
    r"\s*(?:[,.;!—–-]|$)",
    _FLAGS,
)

# "the conversations had nothing to do with sanctions": a topic denied of contacts told, or
# someone's part in them ("the meeting had nothing to do with President Trump")
_POINTED_TOPIC = (
    r"\bthe (?:contact|meeting|call|conversation|encounter|discussion)s? [\"“']?(?:had|have|has) "
    r"nothing to do with\b"
)
_POINTING = (
    r"\b(?:such|those|these|the same)\b(?: \w+)? (?:contacts?|meetings?|calls?|conversations?|"
    r"communications?|interactions?|encounters?|talks|exchanges?)\b",
    r"\bthe (?:contact|meeting|call|conversation|encounter)s? (?:had )?(?:never|not|did not|"
    r"didn't) (?:\w+ )?(?:occurr?(?:ed)?|happen(?:ed)?|take place|took place)\b",
    _POINTED_TOPIC,
    # "There was no secret meeting", "There were no contacts": no one named, the contact the
    # article just told (or none)
    r"^\W*there (?:was|were|is|are|has been|have been|had been) (?:absolutely )?no "
    r"(?:\w+ )?(?:contacts?|meetings?|calls?|conversations?|communications?|encounters?)\W*$",
)

#: A contact told before, described ("it was a short introductory meeting", "that was just a
#: brief greeting"): its teller owns it as the article told it.
DESCRIBED_CONTACT_PATTERN = re.compile(
    r"^\W*(?:it|this|that) (?:was|had been) (?:just |only )?(?:an?|the) (?:[\w-]+ ){0,3}?"
    r"(?:meeting|call|conversation|encounter|greeting|exchange)\b",
    _FLAGS,
)

#: What contacts told before had nothing to do with: whoever it names after is no side of them.
POINTED_TOPIC_PATTERN = re.compile(_POINTED_TOPIC, _FLAGS)

#: A contact named by pointing back ("such meetings", "the contact never occurred"): it is one
#: the article told before.
POINTING_CONTACT_PATTERN = _any(*_POINTING)

#: A contact denied between a pair the words name only together ("they had never met in
#: person", "we have not spoken since", "the two men never talked") — not one with someone after
#: the verb ("we never met with him"): the pair is the one the article just told of.
RECIPROCAL_CONTACT_PATTERN = re.compile(
    r"\b(?:we|they|the two(?: [a-z]+)?|both men|both women)\b(?: [\w’']+){0,3}? "
    r"(?:never|not|n[’']t)(?: [\w’']+){0,2}? (?:met|meet|spoken|spoke|speak|talked|talk|"
    r"communicated|discuss(?:ed)?)\b(?! (?:to|with)\b(?! (?:each other|one another)\b))",
    _FLAGS,
)

#: A denial whose words are only the claim it denies ("denied the report", "rejected the
#: allegations", "called the story \"false\"", "denied it"), with at most where or how it was
#: denied after it ("through his lawyer") — not what the claim says ("the allegations that he
#: took bribes", "the report of a deal"): what the claim says is what the article told just
#: before.
CLAIM_DENIED_PATTERN = re.compile(
    r"^\W*(?:(?:the|these|those|that|this|such|his|her|its|their|any) (?:[\w-]+ ){0,2}?"
    rf"{_CLAIM_NOUNS}|it|them)\b"
    r"(?![^.?!]*\b(?:that|which|who|of|about)\b)(?:\W+[\w’'-]+){0,4}\W*$",
    _FLAGS,
)

#: "Mr. Kushner said it was not", after "the bank said the meeting was part of a roadshow":
#: a copula with its predicate left out denies what was said of the thing, which it presupposes.
ELIDED_PREDICATE_PATTERN = re.compile(
    rf"^\W*(?:it|they|that|this|he|she) (?:was|is|were|are|had been|has been){_NT}\W*$", _FLAGS
)

#: A pointing contact, or one denied with no one after it ("told reporters that there had been
#: no contact"): who it was with is in an earlier sentence.
ANAPHORIC_CONTACT_PATTERN = _any(
    *_POINTING,
    r"\bno (?:contacts?|meetings?|calls?|conversations?|communications?|interactions?)\W*$",
)

#: A question put again ("asked a similar question", "asked the question again"): the reply
#: answers the earlier question, however far back it was reported.
REPEATED_QUESTION_PATTERN = _any(
    r"\b(?:a similar|the same) question\b",
    r"\b(?:asked|the question) again\b",
)

# -- the article prefilter ------------------------------------------------------------------------

#: Past forms of cue verbs that no regular ending gives ("said", "told", "met"): the prefilter
#: reads words before any parse, so it cannot ask the lemmatizer.
IRREGULAR_CUE_FORMS = frozenset(
    {"said", "told", "met", "spoke", "spoken", "wrote", "written", "shook", "shaken", "sat"}
    | {"saw", "seen", "felt", "found", "knew", "known", "thought", "understood", "pled", "shown"}
    | {"learnt", "held", "ran", "led", "heard", "took", "taken", "gave", "given", "made"}
)
