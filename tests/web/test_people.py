"""People: the list, a person's page, and merges and splits made in the app — stored as the
user's decisions, applied at once by re-running check, and kept by every later run."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from onrecord.pipeline import run_check
from onrecord.web.app import create_app
from tests.web.conftest import HOST, ORIGIN
from tests.web.story import BELOFF, BELOV, CALDER, build_case


def _total(client: TestClient) -> int:
    return int(client.get("/index.json").json()["pager"]["total"])


def test_the_people_list_pages_and_searches_by_name(reader: TestClient) -> None:
    names = [p["name"] for p in reader.get("/people.json").json()["items"]]
    assert {"Ruth Calder", "Anton Belov", "Antonn Beloff"} <= set(names)
    assert names == sorted(names, key=str.lower)
    found = reader.get("/people.json?q=CALD").json()
    assert [p["name"] for p in found["items"]] == ["Ruth Calder"]
    assert found["items"][0]["statements"] == 3  # two denials naming Belov, one nobody
    assert reader.get("/people.json?kind=all").json()["pager"]["total"] == len(names)
    assert reader.get("/people.json?kind=org").json()["pager"]["total"] == 0
    assert '<option value="all" selected>' in reader.get("/people?kind=all").text
    second = reader.get("/people.json?page=2").json()
    assert second["items"] == [] and second["pager"]["page"] == 2


def test_a_person_page_shows_roles_statements_and_contacts(reader: TestClient) -> None:
    calder = reader.get(f"/people/{CALDER.id}.json").json()
    assert {s["stance"] for s in calder["statements"]} == {"deny"}
    assert len(calder["statements"]) == 3
    contradicted = [s for s in calder["statements"] if s["contradictions"]]
    assert len(contradicted) == 1
    [held] = [s for s in calder["statements"] if s["review"]]
    assert held["words"] == "There was no contact at all" and not held["contradictions"]
    (contact,) = calder["contacts"]
    assert contact["kind"] == "meet"
    assert {p["name"] for p in contact["participants"]} == {"Ruth Calder", "Anton Belov"}
    belov = reader.get(f"/people/{BELOV.id}.json").json()
    assert [(r["title"], r["org"], r["when"]["text"]) for r in belov["roles"]] == [
        ("ambassador", "Russia", "2016")
    ]
    assert belov["roles"][0]["cite"]["outlet"] == "Northfield Wire"


def test_an_unknown_person_is_a_404_in_the_envelope_in_html_and_json(reader: TestClient) -> None:
    as_json = reader.get("/people/ent_nobody.json")
    assert as_json.status_code == 404
    assert as_json.json() == {
        "error": {"status": 404, "code": "not_found", "message": "no person ent_nobody"}
    }
    as_html = reader.get("/people/ent_nobody")
    assert as_html.status_code == 404
    assert as_html.headers["content-type"].startswith("text/html")
    assert 'data-code="not_found"' in as_html.text and "no person ent_nobody" in as_html.text


def _finished(client: TestClient, job: str) -> dict[str, Any]:
    """The job's JSON once it is done or failed (it reports queued or running until then)."""
    deadline = time.monotonic() + 120
    while True:
        state = client.get(f"{job}.json").json()
        assert state["state"] in ("queued", "running", "done", "failed")
        if state["state"] in ("done", "failed") or time.monotonic() > deadline:
            return dict(state)
        time.sleep(0.05)


def _merge(client: TestClient, keep: str, other: str) -> str:
    """Merge in the app; the re-check's job page, once the job is done."""
    response = client.post(
        f"/people/{keep}/merge", data={"other": other}, headers=ORIGIN, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    job = response.headers["location"]
    assert job.startswith("/jobs/")
    assert _finished(client, job)["state"] == "done"
    return job


def _person_of(client: TestClient, job: str) -> str:
    return str(client.get(f"{job}.json").json()["person"])


def test_a_merge_made_in_the_app_takes_effect_and_survives_re_runs(
    tmp_path: Path, store_url: str
) -> None:
    case = build_case(tmp_path / "case", store_url)
    with TestClient(create_app(case, host=HOST)) as client:
        assert _total(client) == 1  # "Antonn Beloff" is nobody the record met
        job = _merge(client, BELOV.id, "antonn beloff")  # by name, any case
        assert _total(client) == 2  # now the Ledger denial is contradicted too
        run_check(case)  # the command line's check keeps the decision
        assert _total(client) == 2
        canonical = client.get(f"{_person_of(client, job)}.json").json()
        assert {canonical["id"], *(m["id"] for m in canonical["members"])} == {BELOV.id, BELOFF.id}
        other = BELOFF.id if canonical["id"] == BELOV.id else BELOV.id
        merged_away = client.get(f"/people/{other}.json", follow_redirects=False)
        assert merged_away.status_code == 307  # either name leads to the one person
        assert merged_away.headers["location"] == f"/people/{canonical['id']}.json"


def test_a_split_undoes_a_merge(client: TestClient) -> None:
    job = _merge(client, BELOV.id, BELOFF.id)
    keep = client.get(f"{_person_of(client, job)}.json").json()["id"]
    member = BELOFF.id if keep == BELOV.id else BELOV.id
    response = client.post(
        f"/people/{keep}/split", data={"member": member}, headers=ORIGIN, follow_redirects=False
    )
    assert response.status_code == 303
    assert _finished(client, response.headers["location"])["state"] == "done"
    assert _total(client) == 1
    assert client.get(f"/people/{BELOFF.id}.json").json()["members"] == []
    assert client.get(f"/people/{BELOV.id}.json").json()["members"] == []


def test_a_merge_answers_at_once_with_its_job_and_back_to_back_jobs_run_in_order(
    client: TestClient,
) -> None:
    merged = client.post(
        f"/people/{BELOV.id}/merge",
        data={"other": BELOFF.id},
        headers={**ORIGIN, "accept": "application/json"},
        follow_redirects=False,
    )
    assert merged.status_code == 303 and merged.headers["location"].endswith(".json")
    job = merged.headers["location"].removesuffix(".json")
    again = client.post(  # the same pair the other way round, before the first job is done
        f"/people/{BELOFF.id}/merge",
        data={"other": BELOV.id},
        headers=ORIGIN,
        follow_redirects=False,
    )
    first, second = _finished(client, job), _finished(client, again.headers["location"])
    assert (first["state"], second["state"]) == ("done", "done")
    assert first["finished_at"] <= second["started_at"]  # one check at a time, in order
    assert first["subject"] == "Antonn Beloff merged into Anton Belov"
    assert _total(client) == 2
    page = client.get(job)
    assert 'data-state="done"' in page.text and 'href="/people/' in page.text
    assert 'http-equiv="refresh"' not in page.text  # a finished job's page stops reloading
    assert "is being checked" not in client.get("/people").text


def test_a_job_whose_check_fails_says_why_and_keeps_the_decision(client: TestClient) -> None:
    case = client.app.state.case  # type: ignore[attr-defined]
    case.casebook_path.write_text("people: [unclosed\n", encoding="utf-8")
    response = client.post(
        f"/people/{BELOV.id}/merge",
        data={"other": BELOFF.id},
        headers=ORIGIN,
        follow_redirects=False,
    )
    failed = _finished(client, response.headers["location"])
    assert failed["state"] == "failed" and failed["message"].startswith("[OR020]")
    page = client.get(response.headers["location"])
    assert page.status_code == 200 and "The re-check failed: [OR020]" in page.text
    assert "Traceback" not in page.text
    assert client.get("/jobs/nosuchjob.json").status_code == 404


def test_a_merge_naming_nobody_is_refused_and_changes_nothing(client: TestClient) -> None:
    response = client.post(
        f"/people/{BELOV.id}/merge",
        data={"other": "Nobody Known"},
        headers={**ORIGIN, "accept": "application/json"},
    )
    assert response.status_code == 422
    assert "Nobody Known" in response.json()["error"]["message"]
    assert _total(client) == 1


def _correct(client: TestClient, entity: str, action: str, **form: str) -> str:
    """Correct an entity in the app; the page the finished re-check job links to."""
    response = client.post(
        f"/people/{entity}/{action}", data=form, headers=ORIGIN, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    done = _finished(client, response.headers["location"])
    assert done["state"] == "done", done
    return str(done["person"])


def _people(client: TestClient) -> set[str]:
    return {p["name"] for p in client.get("/people.json?kind=all").json()["items"]}


def test_a_false_entity_rejected_in_the_app_leaves_the_people_and_survives_re_runs(
    tmp_path: Path,
) -> None:
    case = build_case(tmp_path / "case")
    with TestClient(create_app(case, host=HOST)) as client:
        assert "Antonn Beloff" in _people(client)
        assert "Antonn Beloff" in client.get("/people").text  # both twins read, and kept
        assert _correct(client, BELOFF.id, "reject") == "/people"
        assert "Antonn Beloff" not in _people(client)
        assert "Antonn Beloff" not in client.get("/people").text  # neither kept past the change
        run_check(case)  # the command line's check keeps the decision
        assert "Antonn Beloff" not in _people(client)
        assert {"Ruth Calder", "Anton Belov"} <= _people(client)


def test_a_rename_in_the_app_shows_the_person_under_the_new_name_with_the_old_as_alias(
    tmp_path: Path,
) -> None:
    case = build_case(tmp_path / "case")
    with TestClient(create_app(case, host=HOST)) as client:
        page = _correct(client, BELOV.id, "rename", name="Anton P. Belov")
        run_check(case)
        renamed = client.get(f"{page}.json").json()
        assert renamed["name"] == "Anton P. Belov"
        assert "Anton Belov" in renamed["aliases"]
        assert BELOV.id in {m["id"] for m in renamed["members"]}
        assert len(renamed["roles"]) == 1  # his role follows him to the new name
        assert "Anton Belov" not in _people(client)


def test_the_name_typeahead_suggests_people_whose_name_or_surname_starts_with_what_was_typed(
    reader: TestClient,
) -> None:
    found = reader.get("/people/names.json?q=BELO").json()
    assert {p["name"] for p in found["items"]} == {"Anton Belov", "Antonn Beloff"}
    assert all(p["href"] == f"/people/{p['id']}" for p in found["items"])
    assert reader.get("/people/names.json?q=belo&limit=1").json()["items"][0]["name"] == (
        "Anton Belov"
    )
    assert [p["name"] for p in reader.get("/people/names.json?q=anton%20 b").json()["items"]] == [
        "Anton Belov"
    ]
    assert reader.get("/people/names.json?q=elov").json()["items"] == []  # no word starts so
    assert reader.get("/people/names.json?q=%25").json()["items"] == []  # a literal percent


def test_the_dashboard_filters_by_a_person_without_listing_everyone(reader: TestClient) -> None:
    html = reader.get(f"/?person={CALDER.id}").text
    assert 'data-suggest="/people/names.json"' in html and '<select name="person"' not in html
    suggested = html.split('id="person-names">', 1)[1].split("</datalist>", 1)[0]
    assert suggested.count("<option") == 1 and "Ruth Calder" in suggested  # the one chosen
    assert reader.get(f"/index.json?person={CALDER.id}").json()["person"]["name"] == "Ruth Calder"
