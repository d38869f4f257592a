"""What the timeline and the contact graph both read: who an entity id stands for, and where a
click on an item leads.

Both views speak canonical entities (after ``onrecord check``, the person resolve merged every
article's copy into), so they name people through :class:`~onrecord.readmodel.Canon` — the
same view the GEXF export and the dossier use.
"""

from __future__ import annotations

from dataclasses import dataclass

from onrecord.readmodel import Canon
from onrecord.record import Entity, EntityKind, Event, Span
from onrecord.store import Store
from onrecord.web.convert import anchor, path

UNLINKED = "unlinked"  # a speaker extraction named but linked to no entity


@dataclass(frozen=True)
class NameTable:
    """Who an entity id stands for, as a request asks it: the corpus-wide merges and every
    entity's name and kind. Unlike :class:`Names` it holds no store and is kept with the
    stored timeline and graph (a request's ``?person=`` is an id, read with no article)."""

    merged: dict[str, str]  # entity id → the canonical id resolve merged it into
    entities: dict[str, tuple[str, str]]  # entity id → (name, kind)

    def canon(self, entity: str) -> str:
        return self.merged.get(entity, entity)

    def knows(self, canonical: str) -> bool:
        return canonical in self.entities

    def name(self, canonical: str, fallback: str) -> str:
        found = self.entities.get(canonical)
        return found[0] if found else fallback

    def kind(self, canonical: str) -> str:
        found = self.entities.get(canonical)
        return found[1] if found else UNLINKED


class Names:
    """Canonical entity id → entity, for labelling lanes and nodes while a view is built."""

    def __init__(self, store: Store) -> None:
        self.canon = Canon(store)
        self._entities = {entity.id: entity for entity in store.all(Entity)}

    def entity(self, entity: str, article: str | None = None) -> Entity | None:
        return self._entities.get(self.canon(entity, article))

    def knows(self, canonical: str) -> bool:
        return canonical in self._entities

    def name(self, canonical: str, fallback: str) -> str:
        found = self._entities.get(canonical)
        return found.name if found else fallback

    def kind(self, canonical: str) -> str:
        found = self._entities.get(canonical)
        return found.kind.value if found else UNLINKED

    def is_place(self, canonical: str) -> bool:
        found = self._entities.get(canonical)
        return found is not None and found.kind is EntityKind.PLACE

    def table(self) -> NameTable:
        """What a request needs of these names, to keep with a built view."""
        entities = {key: (e.name, e.kind.value) for key, e in self._entities.items()}
        return NameTable(dict(self.canon.corpus_links()), entities)

    def participants(self, event: Event) -> dict[str, str]:
        """Canonical id → name of who took part (places are where, not who), the way
        GEXF export reads them (an article's own links first)."""
        found = self.canon.participants(event)
        return {
            node: self.name(node, name) for node, name in found.items() if not self.is_place(node)
        }


def span_href(span: Span) -> str:
    """The cited sentence in the article reader, which scrolls to and highlights it."""
    return f"{path('articles', span.article)}#{anchor(span.start, span.end)}"
