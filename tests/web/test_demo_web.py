"""The bundled demo in the web app, end to end with the real model: ``onrecord demo`` says how
to open the web app, and a reader can go from the dashboard to a contradiction to the exact
sentence it cites."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from onrecord.case import open_case
from onrecord.cli import app
from onrecord.web.app import create_app
from tests.web.conftest import HOST
from tests.web.test_reader import _marked


@pytest.mark.model
def test_the_demo_click_through_reaches_the_cited_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "demo-case"
    result = CliRunner().invoke(app, ["demo", "--case", str(folder)])
    assert result.exit_code == 0, result.output
    last = " ".join(result.output.strip().splitlines()[-3:])
    assert f"onrecord serve {folder}" in last and "dossier.html" in last
    with TestClient(create_app(open_case(folder), host=HOST)) as client:
        dashboard = client.get("/index.json").json()
        assert dashboard["pager"]["total"] >= 10
        entry = client.get(dashboard["items"][0]["href"] + ".json").json()
        assert entry["events"] or entry["statements"]
        for cite in entry["statement"]["cites"]:
            path, anchor = cite["href"].split("#")
            assert _marked(client.get(path).text, anchor) == cite["text"]
