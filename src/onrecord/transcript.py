"""What a transcript's speaker label looks like: "Q:", "TRUMP:", "MR. COMEY:", "HOST (JANE DOE):",
"A: (RAMAN)", "JAKE TAPPER, CNN ANCHOR:".

Two stages read labels — ingest keeps each labelled turn its own paragraph (and never drops one
as boilerplate), extraction credits the turn's words to the label — and they must agree on what
a label is, or a turn ingest merged into the previous paragraph is credited to nobody.
"""

from __future__ import annotations

import re

# A name as transcripts print it in parentheses, or as an intro names the interviewee.
LABEL_NAME = r"[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}"
_TITLE = r"(?:MR|MRS|MS|DR|SEN|REP)\.? "
_CAPS_WORD = r"[A-Z][A-Z'’.-]+"
# What a network prints after a speaker's name the first time they speak: "JAKE TAPPER, CNN
# ANCHOR:", "KELLYANNE CONWAY, COUNSELOR TO THE PRESIDENT-ELECT:" — a post, not the name.
_POST = rf", {_CAPS_WORD}(?: {_CAPS_WORD}){{0,6}}"
# The label, an optional post or "(Name)" it introduces, the colon, then an optional
# "(ANSWERER)".
TURN_LABEL = re.compile(
    rf"(?P<label>[QA]|(?:{_TITLE})?{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}})(?:{_POST})?"
    rf"(?: \((?P<named>{LABEL_NAME})\))?:(?=\s|$)[ \t]*(?:\((?P<answerer>{LABEL_NAME})\)[ \t]*)?"
)
