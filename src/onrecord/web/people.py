"""People: the list (``/people``), a person's page (roles over time, statements with stance,
contacts, the entities merged into them) and the merge, split, reject and rename forms.

A merge, split, rejection or rename is stored as the user's decision (``store.decide``), apart
from what resolve infers, and a re-run of ``check`` is queued (:mod:`onrecord.web.jobs`;
:func:`onrecord.pipeline.run_check` reads the decisions fresh every run): the form answers at once
with the job's page, the pages show the decision once the job is done, and every later
``onrecord check`` keeps applying it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse

from onrecord.readmodel import ArticleSummary
from onrecord.record import Entity, EntityKind, Listing, Role, Statement
from onrecord.store import Store, queries
from onrecord.web import convert
from onrecord.web.errors import AppError, Moved, NotFound, wants_json
from onrecord.web.events import event_row
from onrecord.web.jobs import jobs_of
from onrecord.web.models import (
    MemberOut,
    NameSuggestions,
    PeoplePage,
    PersonPage,
    PersonRef,
    PersonRow,
    RoleOut,
    StatementOut,
)
from onrecord.web.pages import json_path, page, store_of
from onrecord.web.params import FormText, Page, Text

router = APIRouter()

_KINDS = {kind.value: (kind.value,) for kind in EntityKind} | {
    "all": tuple(kind.value for kind in EntityKind)
}
_CONTACTS_SHOWN = 200


@page(
    router,
    "/people",
    "people.html",
    summary="People (and groups, organisations) by name",
    kept=True,
)
def people(
    request: Request,
    q: Text = None,
    kind: Annotated[str, Query(pattern="^(person|org|group|place|all)$")] = "person",
    page: Page = 1,
) -> PeoplePage:
    store = store_of(request)
    window = queries.people(store, q or None, _KINDS[kind], convert.offset(page), convert.PER_PAGE)
    return PeoplePage(
        q=q or None,
        kind=kind,
        items=[
            PersonRow(
                id=row.entity.id,
                href=convert.path("people", row.entity.id),
                name=row.entity.name,
                kind=row.entity.kind.value,
                aliases=list(row.entity.aliases),
                statements=row.statements,
                roles=row.roles,
            )
            for row in window.rows
        ],
        pager=convert.pager(request, page, window.total),
    )


@router.get("/people/names.json", summary="People whose name holds q, for a typeahead")
def names(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> NameSuggestions:
    """Registered before ``/people/{entity_id}``, which would otherwise take ``names``."""
    found = queries.people_named(store_of(request), q, _KINDS["person"], limit)
    return NameSuggestions(
        q=q,
        items=[PersonRef(id=e.id, name=e.name, href=convert.path("people", e.id)) for e in found],
    )


def _statement(
    statement: Statement,
    contradictions: list[str],
    review: list[str],
    articles: Mapping[str, ArticleSummary],
) -> StatementOut:
    return StatementOut(
        id=statement.id,
        words=statement.text,
        stance=statement.stance.value,
        kind=statement.kind.value,
        said=convert.when(statement.said_on),
        venue=statement.venue,
        cite=convert.cite(statement.evidence, articles.get(statement.article)),
        contradictions=[convert.path("contradictions", c) for c in contradictions],
        review=[convert.path("contradictions", c) for c in review],
    )


def _role(role: Role, articles: Mapping[str, ArticleSummary]) -> RoleOut:
    return RoleOut(
        title=role.title,
        org=role.org,
        when=convert.when(role.when),
        former=role.former,
        cite=convert.cite(role.evidence, articles.get(role.evidence.article)),
    )


@page(
    router,
    "/people/{entity_id}",
    "person.html",
    summary="A person: roles, statements, contacts",
    kept=True,
)
def person(request: Request, entity_id: str, page: Page = 1) -> PersonPage:
    store = store_of(request)
    canonical = queries.canonical_of(store, entity_id)
    if canonical != entity_id:  # merged into someone: their page is the person's page
        raise Moved(convert.path("people", canonical))
    entity = queries.entity(store, entity_id)
    if entity is None:
        raise NotFound(f"no person {entity_id}")
    return _person_page(request, store, entity, page)


def _person_page(request: Request, store: Store, entity: Entity, page: int) -> PersonPage:
    statements = queries.statements_of(store, entity.id, convert.offset(page), convert.PER_PAGE)
    roles = queries.roles_of(store, entity.id)
    shown = [s.id for s in statements.rows]
    against = queries.contradicted(store, shown)
    held = queries.contradicted(store, shown, Listing.REVIEW)
    contacts = queries.contacts_of(store, entity.id, _CONTACTS_SHOWN)
    cited = {s.article for s in statements.rows} | {r.evidence.article for r in roles}
    articles = queries.article_rows(store, cited)  # outlet, title and date for each citation
    return PersonPage(
        id=entity.id,
        name=entity.name,
        kind=entity.kind.value,
        aliases=list(entity.aliases),
        members=[
            MemberOut(id=m.id, name=m.name, kind=m.kind.value, rule=link.rule)
            for m, link in queries.members(store, entity.id)
        ],
        roles=[_role(r, articles) for r in roles],
        statements=[
            _statement(s, against.get(s.id, []), held.get(s.id, []), articles)
            for s in statements.rows
        ],
        statements_pager=convert.pager(request, page, statements.total),
        contacts=[event_row(row) for row in contacts.rows],
        contacts_total=contacts.total,
        merge_action=convert.path("people", entity.id, "merge"),
        split_action=convert.path("people", entity.id, "split"),
        reject_action=convert.path("people", entity.id, "reject"),
        rename_action=convert.path("people", entity.id, "rename"),
    )


# -- corrections ----------------------------------------------------------------------------------
def _recheck(request: Request, kind: str, subject: str, person: str | None) -> RedirectResponse:
    """Queue the re-check and answer with its job's page (its JSON twin for an API client),
    which links to the person once done (to the people list when there is none to show)."""
    then = convert.path("people", person) if person else convert.path("people")
    job = jobs_of(request).submit(kind, subject, then)
    location = convert.path("jobs", job.id)
    return RedirectResponse(json_path(location) if wants_json(request) else location, 303)


def _one_entity(store: Store, given: str) -> Entity:
    """The entity a form names, by id or exact name (case-insensitive); ambiguity is an error."""
    try:
        return queries.one_entity(store, given)
    except queries.NotOneEntity as error:
        raise AppError(422, "invalid_request", str(error)) from error


def _known(store: Store, entity_id: str) -> Entity:
    entity = queries.entity(store, entity_id)
    if entity is None:
        raise NotFound(f"no person {entity_id}")
    return entity


@router.post("/people/{entity_id}/merge", status_code=303)
def merge(request: Request, entity_id: str, other: FormText) -> RedirectResponse:
    """Merge ``other`` (an id or an exact name) into this person; a re-check is queued."""
    store = store_of(request)
    keep = _known(store, entity_id)
    merged = _one_entity(store, other)
    if queries.canonical_of(store, merged.id) == keep.id or merged.id == keep.id:
        raise AppError(422, "invalid_request", f"{merged.name} is already {keep.name}")
    store.decide("merge", merged.id, keep.id, note="web")
    return _recheck(request, "merge", f"{merged.name} merged into {keep.name}", keep.id)


@router.post("/people/{entity_id}/split", status_code=303)
def split(request: Request, entity_id: str, member: FormText) -> RedirectResponse:
    """Split ``member`` off this person (they are never merged again); a re-check is queued."""
    store = store_of(request)
    keep = _known(store, entity_id)
    parted = _known(store, member)
    if queries.canonical_of(store, parted.id) != keep.id:
        pending = " (a re-check is still running: try again once it is done)"
        waiting = pending if jobs_of(request).unfinished() else ""
        message = f"{parted.name} is not merged into {keep.name}{waiting}"
        raise AppError(422, "invalid_request", message)
    store.decide("split", parted.id, keep.id, note="web")
    return _recheck(request, "split", f"{parted.name} split off {keep.name}", keep.id)


@router.post("/people/{entity_id}/reject", status_code=303)
def reject(request: Request, entity_id: str) -> RedirectResponse:
    """Reject a false entity ("HOST", "he"): it leaves the people list, the graph and the
    exports once the queued re-check is done."""
    store = store_of(request)
    rejected = _known(store, entity_id)
    store.decide("reject", rejected.id, note="web")
    return _recheck(request, "reject", f"{rejected.name} rejected", None)


@router.post("/people/{entity_id}/rename", status_code=303)
def rename(request: Request, entity_id: str, name: FormText) -> RedirectResponse:
    """Show this person under ``name`` (the old name stays an alias) once the queued re-check
    is done."""
    store = store_of(request)
    renamed = _known(store, entity_id)
    store.decide("rename", renamed.id, value=name.strip(), note="web")
    subject = f"{renamed.name} renamed {name.strip()}"
    return _recheck(request, "rename", subject, queries.canonical_of(store, renamed.id))
