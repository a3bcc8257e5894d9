"""Reading the catalog: ``Catalog.open()``, ``.resolve(name)``, ``.entity(id)``, ``.facts(id)``,
``.card(id)``, ``.search(text)``, ``.timeline(...)``.

The catalog is a SQLite file opened read-only; a ``Catalog`` is a snapshot that the CLI, the
web application and corpus workers share through the same methods.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rapidfuzz import fuzz, process

from sleuth.catalog.draft import Event
from sleuth.catalog.names import normalize
from sleuth.config import catalog_path
from sleuth.model import Entity, Fact, SleuthError

# The catalog layout this code reads, and the meaning of its derived facts; `sleuth build`
# writes it into the meta table. 3: a person's first flight is the one Wikidata names;
# 4: the craft a person rode up and came home in ("rode_up", "rode_down" relations).
SCHEMA_VERSION = "5"

# When several entities share a name, writers most often mean the first kinds listed.
# ("mission" entities are the Wikidata missions no GCAT spacecraft matched: expeditions and
# suborbital flights; a GCAT spacecraft of the same name is the likelier meaning.)
KIND_PRIORITY = {
    "spacecraft": 0, "person": 0, "station_module": 0, "agreement": 0, "mission": 1,
    "organization": 1, "country": 1, "site": 1, "program": 2, "vehicle": 2, "first": 3,
    "launch": 4, "object": 5,
}  # fmt: skip
ALIAS_SOURCE_PRIORITY = {"name": 0, "curated": 0, "wikidata": 1, "astronauts-2020": 1}


@dataclass(slots=True)
class Resolution:
    """The answer to "which entity is this name?"."""

    query: str
    entity: Entity | None
    candidates: list[Entity] = field(default_factory=list)  # when ambiguous
    suggestions: list[str] = field(default_factory=list)  # near matches when unknown
    fuzzy: bool = False  # matched only through a small typo


class Catalog:
    """A read-only snapshot of the catalog database."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise SleuthError(
                f"no catalog at {path}",
                hint="Build it first: `sleuth data pull --from ../shared/data && sleuth build`.",
            )
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._con.row_factory = sqlite3.Row
        # The snapshot is read-only: mapping it reads pages without copying them into
        # SQLite's own cache (a few percent of a check's time on text never seen before).
        self._con.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
        try:
            rows = self._con.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        except sqlite3.DatabaseError as exc:
            raise SleuthError(f"{path} is not a Sleuth catalog ({exc})",
                              hint="Rebuild it with `sleuth build`.") from exc
        version = rows[0][0] if rows else None
        if version != SCHEMA_VERSION:
            raise SleuthError(
                f"{path} has catalog schema {version or 'unknown'}; this Sleuth reads "
                f"schema {SCHEMA_VERSION}",
                hint="Rebuild it with `sleuth build`.")

    @classmethod
    def open(cls, path: str | Path | None = None, *, home: str | Path | None = None) -> Catalog:
        """Open the catalog at ``path``, or the one in the Sleuth home directory."""
        return cls(Path(path) if path else catalog_path(Path(home) if home else None))

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- entities -------------------------------------------------------------------------

    def entity(self, entity_id: str) -> Entity | None:
        row = self._con.execute("SELECT * FROM entity WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        aliases = [r[0] for r in self._con.execute(
            "SELECT alias FROM alias WHERE entity_id = ? ORDER BY alias", (entity_id,))]
        return Entity(row["id"], row["kind"], row["name"], row["comment"], aliases)

    def entities(self, ids: Iterable[str]) -> dict[str, Entity]:
        """Entities by id, without aliases (for naming related things)."""
        ids = list(dict.fromkeys(ids))
        out: dict[str, Entity] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._con.execute(f"SELECT * FROM entity WHERE id IN ({marks})", chunk):
                out[row["id"]] = Entity(row["id"], row["kind"], row["name"], row["comment"])
        return out

    def facts(self, entity_id: str, prop: str | Iterable[str] | None = None) -> list[Fact]:
        """The facts about an entity, optionally only of one or several properties."""
        sql = f"SELECT {_FACT_COLUMNS} FROM fact WHERE entity_id = ?"
        args: list[str] = [entity_id]
        if prop:
            props = [prop] if isinstance(prop, str) else list(prop)
            sql += f" AND property IN ({','.join('?' * len(props))})"
            args += props
        return self._facts(sql, args)

    def facts_of(self, entity_ids: Iterable[str], prop: str | Iterable[str] | None = None
                 ) -> dict[str, list[Fact]]:
        """:meth:`facts` of several entities, in one query per 500 ids."""
        ids = list(dict.fromkeys(entity_ids))
        props = [prop] if isinstance(prop, str) else list(prop or ())
        out: dict[str, list[Fact]] = {eid: [] for eid in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            sql = (f"SELECT {_FACT_COLUMNS} FROM fact "
                   f"WHERE entity_id IN ({','.join('?' * len(chunk))})")
            if props:
                sql += f" AND property IN ({','.join('?' * len(props))})"
            for fact in self._facts(sql + " ORDER BY rowid", [*chunk, *props]):
                out[fact.entity_id].append(fact)
        return out

    def facts_pointing_to(self, entity_id: str, prop: str) -> list[Fact]:
        """Facts of other entities whose value is this entity (e.g. dockings *with* it)."""
        return self._facts(f"SELECT {_FACT_COLUMNS} FROM fact WHERE object_id = ? "
                           "AND property = ?", (entity_id, prop))

    def _facts(self, sql: str, args: Iterable[object]) -> list[Fact]:
        """Run a query selecting ``_FACT_COLUMNS`` (plain tuples: faster than named rows)."""
        cursor = self._con.cursor()
        cursor.row_factory = None
        return [Fact(*row) for row in cursor.execute(sql, tuple(args))]

    def conflicts(self, entity_id: str) -> list[dict[str, object]]:
        return [
            {"property": r["property"], "values": json.loads(r["values_json"]),
             "note": r["note"]}
            for r in self._con.execute("SELECT * FROM conflict WHERE entity_id = ?",
                                       (entity_id,))
        ]

    def related(self, entity_id: str, limit: int = 60) -> list[dict[str, str]]:
        """Entities linked to this one: crew ↔ missions, launch ↔ payloads, site, vehicle,
        operator, program, predecessor/successor organizations."""
        links: list[tuple[str, str]] = []
        for r in self._con.execute(
            "SELECT relation, object_id FROM relation WHERE subject_id = ? LIMIT ?",
            (entity_id, limit),
        ):
            links.append((r["relation"], r["object_id"]))
        for r in self._con.execute(
            "SELECT relation, subject_id FROM relation WHERE object_id = ? LIMIT ?",
            (entity_id, limit),
        ):
            links.append((_inverse(r["relation"]), r["subject_id"]))
        for fact in self.facts(entity_id):
            if fact.object_id and fact.property not in ("crew",):
                links.append((fact.property, fact.object_id))
        names = self.entities(eid for _, eid in links)
        seen: set[tuple[str, str]] = set()
        out = []
        for relation, eid in links:
            if (relation, eid) in seen or eid not in names:
                continue
            seen.add((relation, eid))
            e = names[eid]
            out.append({"relation": relation, "id": e.id, "name": e.name, "kind": e.kind})
        return out[:limit]

    def card(self, entity_id: str) -> dict[str, object]:
        """The entity card: the JSON of ``sleuth show --format json``."""
        entity = self.entity(entity_id)
        if entity is None:
            raise SleuthError(f"no entity with id {entity_id!r}")
        return {
            "id": entity.id,
            "name": entity.name,
            "kind": entity.kind,
            "comment": entity.comment,
            "aliases": entity.aliases,
            "facts": [f.as_json() for f in self.facts(entity_id)],
            "related": self.related(entity_id),
            "conflicts": self.conflicts(entity_id),
        }

    # -- names ----------------------------------------------------------------------------

    def _alias_rows(self, norm: str) -> list[sqlite3.Row]:
        return self._con.execute(
            "SELECT a.entity_id, a.source, e.kind, e.name FROM alias a "
            "JOIN entity e ON e.id = a.entity_id WHERE a.norm = ?",
            (norm,),
        ).fetchall()

    def resolve(self, name: str) -> Resolution:
        """Find the entity a name means: any alias, case-insensitive, tolerant of hyphens and
        small typos. Ambiguous names return candidates; unknown names near matches."""
        key = normalize(name)
        if not key:
            return Resolution(name, None)
        entity = self.entity(name.strip())  # an id such as "gcat:S00103"
        if entity is not None:
            return Resolution(name, entity)
        rows = self._alias_rows(key)
        if rows:
            return self._choose(name, rows, fuzzy=False)
        match = process.extractOne(key, self._norms, scorer=fuzz.ratio, score_cutoff=88)
        if match and len(key) >= 5:
            return self._choose(name, self._alias_rows(match[0]), fuzzy=True)
        return Resolution(name, None, suggestions=self.suggest(name))

    def _choose(self, query: str, rows: list[sqlite3.Row], *, fuzzy: bool) -> Resolution:
        key = normalize(query)
        ranked: dict[str, tuple[int, int, int]] = {}
        for r in rows:
            rank = (
                0 if normalize(r["name"]) == key else 1,
                KIND_PRIORITY.get(r["kind"], 9),
                ALIAS_SOURCE_PRIORITY.get(r["source"], 2),
            )
            ranked[r["entity_id"]] = min(rank, ranked.get(r["entity_id"], rank))
        order = sorted(ranked, key=lambda eid: ranked[eid])
        best = ranked[order[0]]
        tied = [eid for eid in order if ranked[eid][:2] == best[:2]]
        if len(tied) == 1:
            return Resolution(query, self.entity(tied[0]), fuzzy=fuzzy)
        entities = self.entities(order[:25])
        return Resolution(query, None, candidates=[entities[e] for e in order[:25]],
                          fuzzy=fuzzy)

    @cached_property
    def _norms(self) -> list[str]:
        return [r[0] for r in self._con.execute("SELECT DISTINCT norm FROM alias")]

    def suggest(self, name: str, limit: int = 5) -> list[str]:
        """Names close to ``name`` (for "did you mean …?")."""
        matches = process.extract(normalize(name), self._norms, scorer=fuzz.WRatio,
                                  limit=limit * 3, score_cutoff=70)
        out: list[str] = []
        for norm, _, _ in matches:
            row = self._con.execute(
                "SELECT e.name FROM alias a JOIN entity e ON e.id = a.entity_id "
                "WHERE a.norm = ? LIMIT 1", (norm,)).fetchone()
            if row and row[0] not in out:
                out.append(row[0])
        return out[:limit]

    def search(self, text: str, limit: int = 20) -> list[Entity]:
        """Full-text search over names, aliases and comments (SQLite FTS5)."""
        # Only word characters reach FTS5: quotes, NULs and operators would break the query.
        terms = re.findall(r"\w+", normalize(text))
        if not terms:
            return []
        query = " ".join(f'"{t}"*' for t in terms)
        rows = self._con.execute(
            "SELECT e.* FROM search s JOIN entity e ON e.id = s.entity_id "
            "WHERE search MATCH ? ORDER BY bm25(search, 0, 10.0, 4.0, 1.0) LIMIT ?",
            (query, limit),
        )
        return [Entity(r["id"], r["kind"], r["name"], r["comment"]) for r in rows]

    # -- time -----------------------------------------------------------------------------

    def timeline(
        self,
        *,
        state: str | None = None,
        operator: str | None = None,
        program: str | None = None,
        kind: str | None = None,
        start_year: int | None = None,
        end_year: int | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Events in date order, filtered by state/country code (``SU``, ``RU``, ``US``),
        operator code, program name, event kind and an inclusive year range."""
        sql = "SELECT * FROM event WHERE 1 = 1"
        args: list[object] = []
        if state:
            sql += " AND state = ? COLLATE NOCASE"
            args.append(state)
        if operator:
            sql += " AND operator = ? COLLATE NOCASE"
            args.append(operator)
        if program:
            sql += " AND program = ? COLLATE NOCASE"
            args.append(program)
        if kind:
            sql += " AND kind = ? COLLATE NOCASE"
            args.append(kind)
        years, year_args = year_range_sql(start_year, end_year)
        sql += years + " ORDER BY t_start"
        args += year_args
        if limit:
            sql += " LIMIT ?"
            args.append(limit)
        return [event_from_row(r) for r in self._con.execute(sql, args)]

    def firsts(self) -> list[dict[str, object]]:
        """The registry of firsts: what, who or what holds it, when, and the citation."""
        out = []
        for row in self._con.execute("SELECT id, name FROM entity WHERE kind = 'first' "
                                     "ORDER BY id"):
            facts = {f.property: f for f in self.facts(row["id"])}
            holder, date = facts.get("holder"), facts.get("date")
            out.append({
                "id": row["id"], "first": row["name"],
                "holder": holder.value if holder else None,
                "holder_id": holder.object_id if holder else None,
                "mission": facts["mission"].value if "mission" in facts else None,
                "date": date.value if date else None,
                "derivable": facts["derivable"].value if "derivable" in facts else None,
                "citation": holder.citation if holder else None,
            })
        return sorted(out, key=lambda r: str(r["date"] or "9999"))

    def agreements(self, party: str | None = None) -> list[dict[str, object]]:
        """International agreements by date, optionally those naming ``party``."""
        out = []
        for row in self._con.execute("SELECT id, name FROM entity WHERE kind = 'agreement'"):
            facts = self.facts(row["id"])

            def names(prop: str, facts: list[Fact] = facts) -> list[str]:
                return [f.value for f in facts if f.property == prop]

            signed = next((f for f in facts if f.property == "signed"), None)
            record = {
                "id": row["id"], "name": row["name"],
                "date": signed.value if signed else None,
                "kind": next(iter(names("kind")), None),
                "parties": names("party"), "signatories": names("signatory"),
                "non_signatories": names("non_signatory"),
                "funding_model": next(iter(names("funding_model")), None),
                "status": next(iter(names("status")), None),
                "citation": signed.citation if signed else (
                    facts[0].citation if facts else None),
            }
            everyone = record["parties"] + record["signatories"] + record["non_signatories"]  # type: ignore[operator]
            if party and not any(normalize(party) in normalize(p) for p in everyone):
                continue
            out.append(record)
        return sorted(out, key=lambda r: str(r["date"] or "9999"))

    def sources(self) -> list[dict[str, object]]:
        """Each source file's rows, quarantined rows, snapshot date and checksum."""
        return [dict(r) for r in self._con.execute("SELECT * FROM source")]

    def quarantine(self, limit: int = 100) -> list[dict[str, object]]:
        return [dict(r) for r in self._con.execute(
            "SELECT * FROM quarantine ORDER BY file, line LIMIT ?", (limit,))]

    def meta(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self._con.execute("SELECT key, value FROM meta")}

    def execute(self, sql: str, args: Iterable[object] = ()) -> list[sqlite3.Row]:
        """Run a read-only SQL query against the snapshot (for stages built on it)."""
        return self._con.execute(sql, tuple(args)).fetchall()


_MMAP_BYTES = 1 << 30  # more than any catalog: the whole file is mapped

# The fact columns in the order of Fact's fields.
_FACT_COLUMNS = ("entity_id, property, value, source, record, precision, citation, num, unit, "
                 "object_id")

_INVERSE = {"payload_of": "payload", "crew_of": "crew", "member_of": "member",
            "part_of": "part", "successor_of": "predecessor_of", "same_as": "same_as",
            "rode_up": "took_up", "rode_down": "brought_home"}


def year_range_sql(start_year: int | None, end_year: int | None) -> tuple[str, list[object]]:
    """The SQL condition (and its arguments) for events in an inclusive range of UTC years."""
    sql, args = "", list[object]()
    if start_year is not None:
        sql += " AND t_start >= ?"
        args.append(f"{start_year:04d}")
    if end_year is not None:
        sql += " AND t_start < ?"
        args.append(f"{end_year + 1:04d}")
    return sql, args


def event_from_row(r: sqlite3.Row) -> Event:
    return Event(r["entity_id"], r["kind"], r["date"], r["precision"], r["t_start"], r["title"],
                 r["state"], r["operator"], r["program"], r["source"], r["record"])


def _inverse(relation: str) -> str:
    return _INVERSE.get(relation, f"inverse {relation}")
