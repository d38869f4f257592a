"""The dossier: ``onrecord report`` in Markdown or self-contained HTML.

:func:`build_dossier` reads the case once into a :class:`Dossier` (contradictions first, then
evasions, shifting accounts, the cast, the timeline of contacts and statements by person, with
numbered citations into a Sources appendix); :func:`render_markdown` and :func:`render_html`
are thin renderers over the same document, so the two formats always say the same thing.
Article text is hostile input: no renderer has a way to emit it unescaped.
"""

from __future__ import annotations

from collections.abc import Callable

from onrecord.report import as_html, as_markdown
from onrecord.report.build import build_dossier
from onrecord.report.layout import document
from onrecord.report.model import Dossier

__all__ = ["RENDERERS", "Dossier", "build_dossier", "render_html", "render_markdown"]


def render_markdown(dossier: Dossier) -> str:
    return as_markdown.render(document(dossier))


def render_html(dossier: Dossier) -> str:
    return as_html.render(document(dossier), dossier.title)


RENDERERS: dict[str, Callable[[Dossier], str]] = {"md": render_markdown, "html": render_html}
