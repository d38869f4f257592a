"""The dossier written out once, as document blocks both formats render.

Section order is the reader's priority: contradictions, evasions, shifting accounts, the cast,
the timeline of contacts, statements by person, then the Sources appendix that every citation
mark points into.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from onrecord.readmodel import ArticleSummary
from onrecord.report import words
from onrecord.report.blocks import (
    Block,
    Bullets,
    Heading,
    Inline,
    Item,
    Note,
    Notes,
    Paragraph,
    Ref,
    Strong,
    Text,
    url_inline,
)
from onrecord.report.model import (
    Account,
    CastMember,
    Contact,
    ContradictionItem,
    Dossier,
    EvasionItem,
    PersonStatements,
    ReportLine,
    RoleLine,
    Said,
    SourceArticle,
)

CITES_PER_CONTACT = 5  # in a contradiction; the timeline lists every report


def document(dossier: Dossier) -> list[Block]:
    return [
        *_front(dossier),
        *_contradictions(dossier),
        *_review(dossier),
        *_evasions(dossier),
        *_accounts(dossier),
        *_cast(dossier),
        *_timeline(dossier),
        *_statements(dossier),
        *_sources(dossier),
    ]


def _refs(numbers: tuple[int, ...]) -> tuple[Inline, ...]:
    return tuple(Ref(n) for n in numbers)


def _section(title: str, anchor: str, count: int, empty: str) -> Iterator[Block]:
    yield Heading(2, f"{title} ({count})", anchor)
    if not count:
        yield Paragraph((Text(empty),))


def _front(dossier: Dossier) -> Iterator[Block]:
    yield Heading(1, dossier.title, "top")
    summary = (
        f"Built from {dossier.articles} articles: {len(dossier.contradictions)} "
        f"contradictions, {len(dossier.review)} for review, {len(dossier.evasions)} evasions, "
        f"{len(dossier.timeline)} contacts, "
        f"{len(dossier.cast)} people and groups. Every item cites the sentence it came from; "
        "the Sources appendix quotes each one with its character offsets in the article's "
        "clean text."
    )
    yield Paragraph((Text(summary),))
    if dossier.generated:
        yield Paragraph((Text(f"Generated {dossier.generated}."),))


# -- statements and contacts as inline text -------------------------------------------------------
def _said(said: Said, dossier: Dossier) -> tuple[Inline, ...]:
    """Exact words, who, when, where, and the article it came from with its citation marks."""
    venue = f", at {said.venue}" if said.venue else ""
    source = dossier.source_of(said.article)
    origin = f"; reported in {_source_label(source)}" if source else ""
    said_on = words.when(said.said, "date not stated")
    line = f"{words.quoted(said.words)} — {said.speaker}, {said_on}{venue}{origin} "
    return (Text(line), *_refs(said.cites))


def _source_label(source: ArticleSummary) -> str:
    return f"{source.outlet or 'an unnamed outlet'} ({words.when(source.published)})"


def _contact(contact: Contact) -> str:
    place = f" at {contact.place}" if contact.place else ""
    hedged = " (reportedly)" if contact.hedged else ""
    return (
        f"{contact.kind.value}: {words.names(contact.participants)}, "
        f"{words.when(contact.when)}{place}{hedged}"
    )


def _provenance(contact: Contact) -> str:
    first = ""
    if contact.first_reported is not None:
        by = f" by {contact.first_reporter}" if contact.first_reporter else ""
        first = f"first reported{by} on {words.when(contact.first_reported)}; "
    return f"{first}{words.sources(contact.independent_sources)}"


def _contact_cites(contact: Contact, limit: int | None = None) -> tuple[Inline, ...]:
    numbers = tuple(r.cite for r in contact.reports) or contact.cites
    shown = numbers if limit is None else numbers[:limit]
    more = len(numbers) - len(shown)
    tail = (Text(f" and {more} more in the timeline"),) if more else ()
    return (*_refs(shown), *tail)


def _contact_summary(contact: Contact) -> Item:
    return Item(
        (
            Text(f"{_contact(contact)} — {_provenance(contact)} "),
            *_contact_cites(contact, CITES_PER_CONTACT),
        )
    )


# -- contradictions first -------------------------------------------------------------------------
def _contradictions(dossier: Dossier) -> Iterator[Block]:
    yield from _section(
        "Contradictions",
        "contradictions",
        len(dossier.contradictions),
        "No statement in the record is contradicted (run `onrecord check` after adding articles).",
    )
    yield from _entries(dossier.contradictions, dossier, "", "contradiction")


def _entries(
    items: tuple[ContradictionItem, ...], dossier: Dossier, mark: str, anchor: str
) -> Iterator[Block]:
    """One numbered entry per claim (``mark`` prefixes the number: "R1." for review), each
    person's under a line that names them and counts their claims."""
    counts = Counter(item.statement.speaker for item in items)
    for number, item in enumerate(items, start=1):
        said = item.statement
        if number == 1 or items[number - 2].statement.speaker != said.speaker:
            claims = "claim" if counts[said.speaker] == 1 else "claims"
            yield Paragraph((Strong(f"{said.speaker} ({counts[said.speaker]} {claims})"),))
        heading = f"{mark}{number}. {said.speaker}: {words.headline(said.words)}"
        yield Heading(3, heading, f"{anchor}-{number}")
        yield Bullets(_contradiction(item, dossier))


def _contradiction(item: ContradictionItem, dossier: Dossier) -> tuple[Item, ...]:
    against = tuple(_contact_summary(c) for c in item.events) + tuple(
        Item((Text(f"{words.STANCE[s.stance]}: "), *_said(s, dossier))) for s in item.statements
    )
    reasons = tuple(
        Item((Strong(f"{r.code.replace('_', ' ')}: "), Text(r.text))) for r in item.reasons
    )
    return (
        Item((Strong("Statement: "), *_said(item.statement, dossier))),
        *((Item((Strong("Not a contradiction because:"),), reasons),) if reasons else ()),
        Item((Strong("Held against:" if reasons else "Contradicted by:"),), against),
        Item((Strong("Timing: "), Text(words.TIMING[item.timing]))),
        Item((Strong("Confidence: "), Text(f"{item.confidence:.2f}"))),
        Item((Strong("Why: "), Text(item.explanation))),
    )


def _review(dossier: Dossier) -> Iterator[Block]:
    """Plausible but unproven findings, apart from the contradictions, each with its reason."""
    yield from _section(
        "For review",
        "review",
        len(dossier.review),
        "Nothing is held for review.",
    )
    if dossier.review:
        yield Paragraph(
            (
                Text(
                    "Not contradictions: each fails one condition of the contradiction rule, "
                    "named under it, and needs a reader's judgement."
                ),
            )
        )
    yield from _entries(dossier.review, dossier, "R", "review")


def _evasions(dossier: Dossier) -> Iterator[Block]:
    yield from _section(
        "Evasions",
        "evasions",
        len(dossier.evasions),
        "No one declined, dismissed or did not recall.",
    )
    if dossier.evasions:
        yield Bullets(tuple(_evasion(item, dossier) for item in dossier.evasions))


def _evasion(item: EvasionItem, dossier: Dossier) -> Item:
    said = item.statement
    sidesteps = tuple(_contact_summary(c) for c in item.events)
    head = (Strong(f"{words.STANCE[said.stance]}: "), *_said(said, dossier))
    if sidesteps:
        return Item(head, (Item((Text("Sidesteps these contacts:"),), sidesteps),))
    return Item(head)


def _accounts(dossier: Dossier) -> Iterator[Block]:
    yield from _section(
        "Shifting accounts",
        "accounts",
        len(dossier.accounts),
        "No speaker's account of their contacts is on the record.",
    )
    for number, account in enumerate(dossier.accounts, start=1):
        yield Heading(3, account.speaker, f"account-{number}")
        yield Bullets(_steps(account, dossier))


def _steps(account: Account, dossier: Dossier) -> tuple[Item, ...]:
    return tuple(
        Item(
            (
                Strong(f"{position}. {step.change}"),
                Text(f" ({step.detail}) — " if step.detail else " — "),
                Text(f"{words.STANCE[step.statement.stance]}: "),
                *_said(step.statement, dossier),
            )
        )
        for position, step in enumerate(account.steps, start=1)
    )


# -- cast, timeline, statements -------------------------------------------------------------------
def _cast(dossier: Dossier) -> Iterator[Block]:
    yield from _section("Cast", "cast", len(dossier.cast), "No one is named in the record yet.")
    if dossier.cast:
        yield Bullets(tuple(_member(member) for member in dossier.cast))


def _member(member: CastMember) -> Item:
    aliases = f"; also {', '.join(member.aliases)}" if member.aliases else ""
    counts = (
        f"{words.count(member.statements, 'statement')}, {words.count(member.contacts, 'contact')}"
    )
    return Item(
        (Strong(member.name), Text(f" ({member.kind.value}{aliases}) — {counts}")),
        tuple(_role(role) for role in member.roles),
    )


def _role(role: RoleLine) -> Item:
    org = f", {role.org}" if role.org else ""
    former = " (former)" if role.former else ""
    line = f"{role.title}{org}{former} — {words.when(role.when, 'time not stated')} "
    return Item((Text(line), *_refs(role.cites)))


def _timeline(dossier: Dossier) -> Iterator[Block]:
    yield from _section(
        "Timeline of contacts", "timeline", len(dossier.timeline), "No contact is reported."
    )
    if dossier.timeline:
        yield Bullets(tuple(_timeline_item(contact) for contact in dossier.timeline))


def _timeline_item(contact: Contact) -> Item:
    reports = tuple(_report(report) for report in contact.reports)
    head = (Strong(words.when(contact.when)), Text(f" — {_contact(contact)}; "))
    tail = (Text(f"{_provenance(contact)} "), *_refs(contact.cites))
    return Item((*head, *tail), reports)


def _report(report: ReportLine) -> Item:
    credits = f", crediting {report.credited_to}" if report.credited_to else ""
    basis = f", {report.basis}" if report.basis else ""
    line = f"{report.outlet or 'unnamed outlet'}, {words.when(report.published)}{credits}{basis} "
    return Item((Text(line), Ref(report.cite)))


def _statements(dossier: Dossier) -> Iterator[Block]:
    yield from _section(
        "Statements by person",
        "statements",
        len(dossier.statements),
        "No statement is on the record.",
    )
    for number, person in enumerate(dossier.statements, start=1):
        yield Heading(3, person.speaker, f"speaker-{number}")
        yield Bullets(_person(person, dossier))


def _person(person: PersonStatements, dossier: Dossier) -> tuple[Item, ...]:
    return tuple(
        Item((Strong(f"{words.STANCE[said.stance]}: "), *_said(said, dossier)))
        for said in person.statements
    )


# -- the appendix ---------------------------------------------------------------------------------
def _sources(dossier: Dossier) -> Iterator[Block]:
    yield from _section("Sources", "sources", len(dossier.sources), "Nothing is cited.")
    for article in dossier.sources:
        yield from _article(article)


def _article(article: SourceArticle) -> Iterator[Block]:
    source = article.source
    yield Heading(3, f"{article.number}. {source.title or 'Untitled'}", f"source-{article.number}")
    details = f"{source.outlet or 'unnamed outlet'}, {words.when(source.published)}; "
    yield Paragraph(
        (
            Text(details),
            url_inline(source.url),
            Text(f"; article id {source.id}"),
        )
    )
    yield Notes(
        tuple(
            Note(
                c.number,
                (Text(f"{words.quoted(c.span.text)} — characters {c.span.start}–{c.span.end}"),),
            )
            for c in article.citations
        )
    )
