"""What a photo caption looks like in an article's text: "Photo: …", "FILE - In this … file
photo", a credit closing it ("(AP Photo/…)", "… /AFP/Getty Images") or run into it by a
scraper ("ASSOCIATED PRESSOhio Gov. …", "Joe Raedle via Getty ImagesRepublican …").

Two stages read captions — ingest never takes the article's date from one, extraction grades a
contact a caption tells as told only in a caption (issue 15: no contact, it contradicts
nothing) — and they must agree on what a caption is.
"""

from __future__ import annotations

import re

CAPTION = re.compile(
    r"^\W*(?:FILE\b\s*[-—–]|FILE\s+PHOTO\b|PHOTO\s*:|Photo\s*:)"
    r"|\bfile\s+(?:photo|image)\b"
    r"|\((?:AP|AFP|Reuters|Getty|EPA|UPI)\b[^)]{0,60}\)\s*$"
    r"|\b(?:AP|AFP|Reuters|Getty Images|EPA|UPI)\s*(?:Photo|photo|Images)?\s*/\s*\w"
    r"|(?-i:ASSOCIATED PRESS|via Getty Images)(?=[A-Z][a-z])",
    re.IGNORECASE,
)


def in_caption(text: str, position: int) -> bool:
    """Whether the line of ``text`` holding ``position`` is a photo caption."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return CAPTION.search(text[start : end if end >= 0 else len(text)]) is not None
