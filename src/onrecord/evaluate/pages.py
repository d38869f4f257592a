"""Real article text in the page shells news sites wrap it in, for measuring body extraction.

No real article pages can be stored or fetched here, but real article text can: each PolNeAR
article's paragraphs are set into one of several page layouts written for this purpose, each
with the clutter real pages carry (navigation, a byline and dateline, photo captions, "Related"
and "Advertisement" boxes between paragraphs, a newsletter box, share buttons, a comments
section, a footer). The gold body is the article's own paragraphs, so what an extractor keeps
or drops can be scored exactly.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Layout = Callable[["Story", random.Random], str]


@dataclass(frozen=True)
class Story:
    """An article's title and body paragraphs, and who published it when."""

    name: str
    title: str
    paragraphs: tuple[str, ...]
    outlet: str
    published: str  # ISO date

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def story_of(name: str, text: str, outlet: str, published: str) -> Story:
    """The first line of a PolNeAR text is its title; the other non-empty lines its body."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Story(name, lines[0] if lines else "", tuple(lines[1:]), outlet, published)


@dataclass(frozen=True)
class Page:
    story: Story
    layout: str
    html: str


def pages(stories: Sequence[Story], seed: int = 2016) -> list[Page]:
    """Each story in a layout taken in turn, with clutter placed by a seeded generator (the
    same stories always give the same pages)."""
    chooser = random.Random(seed)
    names = sorted(LAYOUTS)
    made = []
    for index, story in enumerate(stories):
        name = names[index % len(names)]
        made.append(Page(story, name, LAYOUTS[name](story, chooser)))
    return made


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _head(story: Story, meta: bool) -> str:
    dated = (
        f'<meta property="article:published_time" content="{story.published}T09:00:00Z">'
        if meta
        else ""
    )
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{_e(story.title)} | {_e(story.outlet)}</title>"
        f'<meta property="og:site_name" content="{_e(story.outlet)}">{dated}'
        "<script>window.dataLayer=window.dataLayer||[];</script>"
        "<style>.nav li{display:inline}</style></head>"
    )


_NAV = (
    "Home", "Politics", "World", "Opinion", "Business", "Tech", "Science", "Health", "Sports",
    "Arts", "Books", "Style", "Food", "Travel", "Magazine", "Video", "Podcasts", "Newsletters",
)  # fmt: skip
_HEADLINES = (
    "What to watch in tonight's debate",
    "The delegate math, explained in five charts",
    "A guide to the convention rules nobody reads",
    "Why the polls in the swing states keep moving",
    "Inside the race for the party's donors",
    "The senator who could decide the nomination",
    "Five takeaways from the weekend's primaries",
    "How the campaigns are spending in the final weeks",
    "The governor's race is tighter than it looks",
    "Voters in the suburbs are rethinking their loyalties",
    "A former aide's memoir settles old scores",
    "The fight over the platform, line by line",
)
_TEASERS = (
    "The candidates will meet on stage for the second time this month, and the stakes are high.",
    "Strategists in both parties say the next two weeks could reshape the race.",
    "Turnout in the early states has surprised even the campaigns' own analysts.",
    "Our reporters followed the candidates across three states in four days.",
    "Here is what the numbers say, and what they leave out.",
    "The answer depends on who shows up in November, and that is hard to know.",
)
_COMMENTS = (
    "This is exactly what I expected from this campaign. Nothing will change.",
    "Great reporting as always. I wish more people would read the whole piece.",
    "I disagree with the premise. The voters in my county see it very differently.",
    "Why does nobody ask the obvious question? Follow the money.",
    "My family has voted for the same party for forty years, and this year we are not sure.",
    "Thank you for covering this. The local papers barely mentioned it.",
    "The article leaves out the most important part of the story, in my opinion.",
)
_NEWSLETTER = (
    "Sign up for our politics newsletter and get the day's top stories in your inbox.",
    "Get the best of our coverage every morning. Subscribe to the briefing.",
)


def _nav() -> str:
    items = "".join(f"<li><a href='/{n.lower()}'>{n}</a></li>" for n in _NAV)
    return (
        f"<header><nav class='nav'><ul>{items}</ul></nav>"
        "<a href='/subscribe'>Subscribe</a> <a href='/login'>Log in</a></header>"
        "<div class='cookies'><p>We use cookies to improve your experience. By continuing to "
        "use the site you agree to our cookie policy.</p><button>Accept</button></div>"
    )


def _links(rng: random.Random, title: str, count: int, teasers: bool) -> str:
    """A list of other stories: headlines, and in some layouts a teaser sentence under each."""
    items = []
    for headline in rng.sample(_HEADLINES, count):
        teaser = f"<p>{_e(rng.choice(_TEASERS))}</p>" if teasers else ""
        items.append(f"<li><a href='/s'>{_e(headline)}</a>{teaser}</li>")
    return f"<section class='more'><h3>{title}</h3><ul>{''.join(items)}</ul></section>"


def _comments(rng: random.Random, count: int) -> str:
    posts = "".join(
        f"<div class='comment'><span class='user'>reader{rng.randrange(100, 999)}</span>"
        f"<p>{_e(text)}</p><a>Reply</a> <a>Report</a></div>"
        for text in rng.sample(_COMMENTS, count)
    )
    heading = f"<h2>{count} Comments</h2><p>Leave a comment</p>"
    return f"<section class='comments'>{heading}{posts}</section>"


def _bio() -> str:
    return (
        "<div class='author-bio'><p>The author covers national politics for the paper. She "
        "previously reported from the statehouse and the Washington bureau.</p>"
        "<a>Follow on Twitter</a></div>"
    )


def _footer() -> str:
    sections = "".join(f"<li><a href='/{n.lower()}'>{n}</a></li>" for n in _NAV)
    return (
        f"<footer><ul>{sections}</ul><ul><li><a href='/about'>About us</a></li><li><a "
        "href='/contact'>Contact</a></li><li><a href='/careers'>Careers</a></li><li><a "
        "href='/privacy'>Privacy policy</a></li><li><a href='/terms'>Terms of use</a></li>"
        "</ul><p>© 2016 The Publisher. All rights reserved.</p></footer></body></html>"
    )


def _interleave(paragraphs: Sequence[str], boxes: Sequence[str], rng: random.Random) -> str:
    """The body's paragraphs with clutter boxes put between them, never inside one."""
    slots = {rng.randrange(1, max(2, len(paragraphs))): box for box in boxes}
    parts = []
    for index, paragraph in enumerate(paragraphs):
        if index in slots:
            parts.append(slots[index])
        parts.append(f"<p>{_e(paragraph)}</p>")
    return "".join(parts)


def _newspaper(story: Story, rng: random.Random) -> str:
    """A broadsheet's page: byline and date, a captioned photo, inline ads and a related box."""
    boxes = [
        "<div class='ad'><span>Advertisement</span></div>",
        f"<aside class='related'><a href='/r'>Related: {_e(rng.choice(_HEADLINES))}</a></aside>",
    ]
    return (
        _head(story, meta=True)
        + "<body>"
        + _nav()
        + f"<main><article><h1>{_e(story.title)}</h1>"
        + f"<p class='byline'>By Staff Writers | {story.published}</p>"
        + "<figure><img src='/photo.jpg' alt=''><figcaption>The candidate at a rally on Tuesday. "
        + "Photo: Staff Photographer/The Paper</figcaption></figure>"
        + _interleave(story.paragraphs, boxes, rng)
        + "</article>"
        + _bio()
        + _links(rng, "Most read", 8, teasers=False)
        + _comments(rng, 4)
        + "</main>"
        + _footer()
    )


def _digital(story: Story, rng: random.Random) -> str:
    """A digital outlet's page: share bar, a newsletter box mid-article, a trending list."""
    boxes = [
        f"<div class='newsletter'><p>{_e(rng.choice(_NEWSLETTER))}</p>"
        "<form><input type='email'><button>Sign up</button></form></div>",
    ]
    return (
        _head(story, meta=False)
        + "<body>"
        + _nav()
        + "<div class='share'><a>Share on Facebook</a><a>Share on Twitter</a><a>Email</a></div>"
        + f"<div class='entry'><h1 class='headline'>{_e(story.title)}</h1>"
        + f"<div class='entry-body'>{_interleave(story.paragraphs, boxes, rng)}</div></div>"
        + _links(rng, "Trending", 6, teasers=True)
        + _comments(rng, 3)
        + _footer()
    )


def _wire(story: Story, rng: random.Random) -> str:
    """A portal running wire copy: a dateline line, a credit line, a 'more on this' list."""
    return (
        _head(story, meta=True)
        + "<body>"
        + _nav()
        + f"<div id='story'><h1>{_e(story.title)}</h1>"
        + f"<div class='meta'><span>{_e(story.outlet)}</span> <time>{story.published}</time></div>"
        + "<div class='story-body'>"
        + "".join(f"<p>{_e(p)}</p>" for p in story.paragraphs)
        + "<p class='credit'>Copyright 2016 The Associated Press. All rights reserved. This "
        + "material may not be published, broadcast, rewritten or redistributed.</p>"
        + "</div></div>"
        + _links(rng, "More on this story", 5, teasers=True)
        + _links(rng, "Around the web", 6, teasers=False)
        + _footer()
    )


def _blog(story: Story, rng: random.Random) -> str:
    """A blog-style page in divs, not paragraphs, with a donation appeal after the body."""
    body = "".join(f"<div class='para'>{_e(p)}</div>" for p in story.paragraphs)
    return (
        _head(story, meta=False)
        + "<body>"
        + _nav()
        + f"<div class='post'><h2 class='post-title'>{_e(story.title)}</h2>"
        + f"<div class='post-content'>{body}</div>"
        + "<div class='appeal'><p>We rely on readers like you. Independent reporting costs "
        + "money, and our newsroom has no billionaire owner.</p><p>Please donate today. "
        + "Your gift is tax-deductible.</p></div></div>"
        + _links(rng, "Recent posts", 10, teasers=False)
        + _comments(rng, 6)
        + _footer()
    )


LAYOUTS: dict[str, Layout] = {
    "newspaper": _newspaper,
    "digital": _digital,
    "wire": _wire,
    "blog": _blog,
}
