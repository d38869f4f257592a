"""The dossier as one self-contained HTML file: inline CSS, no scripts, no external assets.

Every string is escaped with ``html.escape(..., quote=True)``; links are only made from URLs
:class:`~onrecord.report.blocks.Link` accepted (http/https, percent-encoded). A
Content-Security-Policy that allows nothing but the inline stylesheet is the second fence: even
if markup ever slipped through, the browser would neither run it nor fetch anything.
"""

from __future__ import annotations

from html import escape

from onrecord.report.blocks import (
    Block,
    Bullets,
    Heading,
    Inline,
    Item,
    Link,
    Notes,
    Paragraph,
    Ref,
    Strong,
    Text,
)

_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

_STYLE = """
body { font: 16px/1.5 Georgia, serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
  color: #1b1b1b; }
h1, h2, h3 { font-family: Helvetica, Arial, sans-serif; line-height: 1.25; }
h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .4rem; }
li { margin: .2rem 0; }
sup a { text-decoration: none; font-size: .75rem; }
ol.notes li { font-size: .9rem; }
ol.notes li:target, h3:target { background: #fff3b0; }
a { color: #0b4f8a; overflow-wrap: anywhere; }
"""


def _text(value: str) -> str:
    """Escaped for text and attribute values alike. ``=`` becomes a character reference too,
    so a payload like ``onerror=…`` shown as text never reads as an attribute to a scanner or
    a reviewer grepping the file (browsers decode it back to ``=``)."""
    return escape(value, quote=True).replace("=", "&#61;")


def _inline(part: Inline) -> str:
    match part:
        case Text(value):
            return _text(value)
        case Strong(value):
            return f"<strong>{_text(value)}</strong>"
        case Link(label, url):
            return f'<a href="{_text(url)}" rel="noopener noreferrer nofollow">{_text(label)}</a>'
        case Ref(number):
            return f'<sup><a href="#cite-{number}">[{number}]</a></sup>'


def _parts(parts: tuple[Inline, ...]) -> str:
    return "".join(_inline(part) for part in parts)


def _item(item: Item) -> str:
    children = f"<ul>{''.join(_item(c) for c in item.children)}</ul>" if item.children else ""
    return f"<li>{_parts(item.parts)}{children}</li>"


def _block(block: Block) -> str:
    match block:
        case Heading(level, text, anchor):
            return f'<h{level} id="{_text(anchor)}">{_text(text)}</h{level}>'
        case Paragraph(parts):
            return f"<p>{_parts(parts)}</p>"
        case Bullets(items):
            return f"<ul>{''.join(_item(item) for item in items)}</ul>"
        case Notes(notes):
            entries = "".join(
                f'<li id="cite-{n.number}" value="{n.number}">{_parts(n.parts)}</li>' for n in notes
            )
            return f'<ol class="notes">{entries}</ol>'


def render(blocks: list[Block], title: str) -> str:
    body = "\n".join(_block(block) for block in blocks)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(title)}</title>\n<style>{_STYLE}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )
