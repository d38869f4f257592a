"""Re-checks after a merge or split, run in the background: ``/jobs/{id}`` (and its JSON twin)
shows each one's state — queued, running, done or failed — and every page says while one is
unfinished, so a reader knows the record is about to change.

The request that makes a merge or split only stores the decision and queues a job: re-running
check takes seconds to minutes on a large case and must not hold a request (or every other
merge behind a global lock). One worker thread runs the jobs in order, one at a time, since two
checks at once would rewrite the same rows. Jobs live in memory: a server restarted before a
queued job ran loses the job, not the decision, which ``onrecord check`` (or the next merge)
applies.
"""

from __future__ import annotations

import logging
import queue
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from fastapi import APIRouter, Request

from onrecord.errors import OnrecordError
from onrecord.web import convert
from onrecord.web.errors import NotFound
from onrecord.web.models import JobOut
from onrecord.web.pages import page

router = APIRouter()
log = logging.getLogger(__name__)

_KEPT = 200  # finished jobs remembered; older ones are forgotten first


class State(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class Job:
    """One re-check: what asked for it (a merge or split of ``subject``), where its result
    shows (``person``, an app path) and how far it got."""

    id: str
    kind: str
    subject: str  # what the decision is about, in words
    person: str
    state: State = State.QUEUED
    message: str = ""
    queued_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None

    @property
    def unfinished(self) -> bool:
        return self.state in (State.QUEUED, State.RUNNING)


class Jobs:
    """The app's job list and its one worker thread. ``work`` is what each job runs (re-check
    the case and refresh the views); it raises to fail the job."""

    def __init__(self, work: Callable[[], None]) -> None:
        self._work = work
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._worker = threading.Thread(target=self._run, name="onrecord-jobs", daemon=True)
        self._worker.start()

    def submit(self, kind: str, subject: str, person: str) -> Job:
        """Queue a re-check and return it at once."""
        job = Job(secrets.token_hex(8), kind, subject, person, queued_at=_now())
        with self._lock:
            self._jobs[job.id] = job
            self._forget_old()
        self._queue.put(job.id)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def unfinished(self) -> list[Job]:
        """The queued and running jobs, oldest first (what every page warns about)."""
        with self._lock:
            return [job for job in self._jobs.values() if job.unfinished]

    def close(self) -> None:
        """Finish the jobs already queued, then stop the worker (the app is shutting down)."""
        self._queue.put(None)
        self._worker.join()

    def _run(self) -> None:
        while (job_id := self._queue.get()) is not None:
            self._update(job_id, state=State.RUNNING, started_at=_now())
            state, message = State.DONE, ""
            try:
                self._work()
            except Exception as error:  # the job fails by name; the server goes on
                state, message = State.FAILED, _described(error)
                log.error("re-check %s failed: %s", job_id, message)
            self._update(job_id, state=state, message=message, finished_at=_now())

    def _update(self, job_id: str, **changes: Any) -> None:
        with self._lock:
            self._jobs[job_id] = replace(self._jobs[job_id], **changes)

    def _forget_old(self) -> None:
        finished = [job.id for job in self._jobs.values() if not job.unfinished]
        for job_id in finished[: max(len(finished) - _KEPT, 0)]:
            del self._jobs[job_id]


def _now() -> datetime:
    return datetime.now(UTC)


def _described(error: Exception) -> str:
    """What the job page says about a failure: onrecord's coded message, or the exception's
    type and message (never a traceback)."""
    if isinstance(error, OnrecordError):
        return str(error)
    return f"{type(error).__name__}: {error}"


def jobs_of(request: Request) -> Jobs:
    jobs: Jobs = request.app.state.jobs
    return jobs


def job_out(job: Job) -> JobOut:
    return JobOut(
        id=job.id,
        href=convert.path("jobs", job.id),
        kind=job.kind,
        subject=job.subject,
        person=job.person,
        state=job.state.value,
        message=job.message,
        queued_at=job.queued_at,
        started_at=job.started_at,
        finished_at=job.finished_at,
    )


@page(router, "/jobs/{job_id}", "job.html", summary="A merge's or split's re-check and its state")
def job(request: Request, job_id: str) -> JobOut:
    found = jobs_of(request).get(job_id)
    if found is None:
        raise NotFound(f"no job {job_id} (jobs are kept until the server restarts)")
    return job_out(found)
