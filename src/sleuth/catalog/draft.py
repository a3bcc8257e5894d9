"""An in-memory catalog under construction, written to SQLite when complete."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sleuth.catalog.names import normalize
from sleuth.model import Conflict, Entity, Fact, Quarantined, Relation


@dataclass(slots=True)
class Event:
    """One row of the timeline: something that happened to an entity on a date."""

    entity_id: str
    kind: str  # "launch", "launch failure", "docking", "founded", ...
    date: str  # ISO at its precision
    precision: str
    t_start: str  # ISO instant, for sorting and range filters
    title: str
    state: str | None = None
    operator: str | None = None
    program: str | None = None
    source: str = ""
    record: str = ""


@dataclass(slots=True)
class SourceStats:
    key: str
    path: str
    rows: int = 0
    quarantined: int = 0
    snapshot: str | None = None
    sha256: str | None = None


@dataclass
class CatalogDraft:
    """Accumulates entities, aliases, facts, relations, events, conflicts and quarantine."""

    entities: dict[str, Entity] = field(default_factory=dict)
    aliases: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    facts: list[Fact] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    quarantine: list[Quarantined] = field(default_factory=list)
    sources: dict[str, SourceStats] = field(default_factory=dict)

    def add_entity(self, id: str, kind: str, name: str, comment: str | None = None) -> Entity:
        """Add an entity, or return the existing one with that id (first name wins)."""
        existing = self.entities.get(id)
        if existing is not None:
            if comment and not existing.comment:
                existing.comment = comment
            return existing
        entity = Entity(id=id, kind=kind, name=name, comment=comment)
        self.entities[id] = entity
        self.add_alias(id, name, "name")
        return entity

    def add_alias(self, entity_id: str, alias: str | None, source: str) -> None:
        """Record that ``alias`` names ``entity_id`` (according to ``source``)."""
        if not alias:
            return
        alias = " ".join(alias.split())
        # A bare number ("14" from "E-6M No. 205 (14)") names nothing by itself.
        if len(normalize(alias)) < 2 or not any(ch.isalpha() for ch in alias):
            return
        self.aliases[entity_id].setdefault(alias, source)

    def add_fact(self, fact: Fact) -> None:
        self.facts.append(fact)

    def relate(self, subject: str, relation: str, obj: str, source: str, record: str) -> None:
        self.relations.append(Relation(subject, relation, obj, source, record))

    def entities_with(self, prop: str) -> set[str]:
        """Ids of the entities that have at least one fact of ``prop`` (e.g. ``crewed``)."""
        return {f.entity_id for f in self.facts if f.property == prop}

    def facts_by_entity(self) -> dict[str, list[Fact]]:
        grouped: dict[str, list[Fact]] = defaultdict(list)
        for fact in self.facts:
            grouped[fact.entity_id].append(fact)
        return grouped
