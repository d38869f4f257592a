"""Extract: per article, the cast and their roles, statements with stance, contact events,
time and report credits — every item with character offsets into the clean text."""
