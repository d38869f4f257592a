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

#: Words before a name that say how to address the person, not who the person is.
HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "madam"}
)

#: Abbreviated titles that precede a name ("Sen. Smith"); they are titles *and* honorifics.
TITLE_ABBREVIATIONS = frozenset(
    {
        "sen.",
        "rep.",
        "gov.",
        "gen.",
        "lt.",
        "col.",
        "capt.",
        "sgt.",
        "adm.",
        "amb.",
        "pres.",
        "atty.",
    }
)

#: Personal pronouns that can stand for one person (the speaker of a statement).
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})

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
        "spies",
        "agents",
    }
)

#: Determiners and quantifiers that open a group phrase without being part of its name.
GROUP_QUANTIFIERS = frozenset(
    {"the", "a", "an", "some", "any", "all", "several", "multiple", "many", "other", "those"}
)

#: Verbs that state that someone holds a post ("X, who chaired the campaign").
ROLE_VERBS = frozenset({"chair", "lead", "run", "head", "direct", "manage", "serve", "oversee"})

#: Words in a title that mark it as no longer held, or held at the time of the event.
FORMER_WORDS = frozenset({"former", "ex", "onetime", "one-time", "erstwhile"})
THEN_PATTERN = re.compile(r"^then[-–—\s]?", re.IGNORECASE)
