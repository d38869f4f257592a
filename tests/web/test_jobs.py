"""The re-check jobs a merge or split queues: each one's state, in order, one at a time."""

from __future__ import annotations

import threading
import time

from onrecord.errors import CasebookError
from onrecord.web.jobs import Job, Jobs


def _wait_for(jobs: Jobs, job: Job, state: str) -> Job:
    deadline = time.monotonic() + 10
    while (found := jobs.get(job.id)) is not None and found.state != state:
        assert time.monotonic() < deadline, f"{job.id} stayed {found.state}"
        time.sleep(0.01)
    assert found is not None
    return found


def test_a_job_is_queued_then_running_then_done_and_the_next_waits_its_turn() -> None:
    release = threading.Event()
    jobs = Jobs(lambda: release.wait(10) and None)
    first = jobs.submit("merge", "A merged into B", "/people/b")
    second = jobs.submit("split", "A split off B", "/people/b")
    assert _wait_for(jobs, first, "running").started_at is not None
    assert jobs.get(second.id).state == "queued"  # type: ignore[union-attr]
    assert [job.id for job in jobs.unfinished()] == [first.id, second.id]
    release.set()
    done = _wait_for(jobs, second, "done")
    assert jobs.get(first.id).finished_at <= done.started_at  # type: ignore[operator,union-attr]
    assert jobs.unfinished() == []
    jobs.close()


def test_a_job_that_raises_fails_with_its_coded_message_and_the_next_still_runs() -> None:
    outcomes = iter([CasebookError("casebook.yaml line 1: not YAML"), None])

    def work() -> None:
        if (error := next(outcomes)) is not None:
            raise error

    jobs = Jobs(work)
    failing, after = jobs.submit("merge", "x", "/people/x"), jobs.submit("merge", "y", "/people/y")
    failed = _wait_for(jobs, failing, "failed")
    assert failed.message == "[OR020] casebook.yaml line 1: not YAML"
    assert _wait_for(jobs, after, "done").message == ""
    jobs.close()
