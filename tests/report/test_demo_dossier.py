"""The dossier of the bundled demo, end to end with the real model."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from onrecord.demo import run_demo
from onrecord.report import build_dossier, render_html, render_markdown
from onrecord.store import Store


@pytest.mark.model
def test_the_demo_dossier_lists_contradictions_with_source_links(tmp_path: Path) -> None:
    folder = run_demo(tmp_path / "demo").folder
    with Store.open(f"sqlite:///{folder / 'record.db'}") as store:
        dossier = build_dossier(store, "Demo")
    assert len(dossier.contradictions) >= 10
    html, markdown = render_html(dossier), render_markdown(dossier)
    contradictions = html[html.index('id="contradictions"') : html.index('id="evasions"')]
    items = contradictions.split('<h3 id="contradiction-')[1:]
    assert len(items) == len(dossier.contradictions)
    targets = set(re.findall(r'<li id="cite-(\d+)"', html))
    for item in items:
        links = re.findall(r'href="#cite-(\d+)"', item)
        assert links and set(links) <= targets
    assert markdown.index("## Contradictions") < markdown.index("## Timeline of contacts")
    assert all(f"[^{n}]" in markdown for item in dossier.contradictions
               for n in item.statement.cites)  # fmt: skip


@pytest.mark.model
def test_the_demo_dossier_keeps_each_persons_claims_together_under_them(tmp_path: Path) -> None:
    folder = run_demo(tmp_path / "demo").folder
    with Store.open(f"sqlite:///{folder / 'record.db'}") as store:
        dossier = build_dossier(store, "Demo")
    speakers = [item.statement.speaker for item in dossier.contradictions]
    runs = [name for i, name in enumerate(speakers) if i == 0 or speakers[i - 1] != name]
    assert len(runs) == len(set(speakers))  # one run of entries per person
    markdown = render_markdown(dossier)
    assert all(f"**{name} (" in markdown for name in set(speakers))
    texts = [(item.statement.speaker, item.statement.words) for item in dossier.contradictions]
    assert len(texts) == len(set(texts))  # one entry per claim
