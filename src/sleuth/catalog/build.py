"""``sleuth build``: source files → one SQLite catalog, written atomically.

The new catalog is written to a temporary file beside the old one and swapped in with
``os.replace``: a reader never sees a half-built catalog, and a failed build leaves the
previous catalog untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

from sleuth.catalog.derive import add_derived_facts, find_conflicts
from sleuth.catalog.draft import CatalogDraft, SourceStats
from sleuth.catalog.names import normalize
from sleuth.catalog.store import SCHEMA_VERSION
from sleuth.ingest import crew, gcat
from sleuth.ingest.sources import SOURCE_FILES, source_file
from sleuth.ingest.tsv import TsvFile, read_tsv
from sleuth.model import SleuthError

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE source (key TEXT PRIMARY KEY, path TEXT, rows INTEGER, quarantined INTEGER,
                     snapshot TEXT, sha256 TEXT);
CREATE TABLE entity (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,
                     comment TEXT);
CREATE TABLE alias (entity_id TEXT NOT NULL, alias TEXT NOT NULL, norm TEXT NOT NULL,
                    source TEXT NOT NULL);
CREATE TABLE fact (entity_id TEXT NOT NULL, property TEXT NOT NULL, value TEXT NOT NULL,
                   precision TEXT, source TEXT NOT NULL, record TEXT NOT NULL, citation TEXT,
                   num REAL, unit TEXT, object_id TEXT);
CREATE TABLE relation (subject_id TEXT NOT NULL, relation TEXT NOT NULL,
                       object_id TEXT NOT NULL, source TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE event (entity_id TEXT NOT NULL, kind TEXT NOT NULL, date TEXT NOT NULL,
                    precision TEXT NOT NULL, t_start TEXT NOT NULL, title TEXT NOT NULL,
                    state TEXT, operator TEXT, program TEXT, source TEXT, record TEXT);
CREATE TABLE conflict (entity_id TEXT NOT NULL, property TEXT NOT NULL,
                       values_json TEXT NOT NULL, note TEXT NOT NULL);
CREATE TABLE quarantine (file TEXT NOT NULL, line INTEGER NOT NULL, reason TEXT NOT NULL,
                         raw TEXT NOT NULL);
CREATE VIRTUAL TABLE search USING fts5 (entity_id UNINDEXED, name, aliases, comment,
                                        tokenize = 'unicode61 remove_diacritics 2');
"""

INDEXES = """
CREATE INDEX alias_norm ON alias (norm);
CREATE INDEX alias_entity ON alias (entity_id);
CREATE INDEX fact_entity ON fact (entity_id);
CREATE INDEX fact_object ON fact (object_id);
CREATE INDEX fact_first_flight ON fact (value) WHERE property = 'first_flight_date';
CREATE INDEX fact_category ON fact (value) WHERE property = 'category';
CREATE INDEX fact_outcome ON fact (value) WHERE property = 'launch_outcome';
CREATE INDEX relation_subject ON relation (subject_id);
CREATE INDEX relation_object ON relation (object_id);
CREATE INDEX event_start ON event (t_start);
CREATE INDEX conflict_entity ON conflict (entity_id);
"""


@dataclass
class BuildReport:
    path: Path
    seconds: float
    sources: list[SourceStats]
    counts: dict[str, int]
    entity_kinds: dict[str, int]
    crew_links: crew.CrewLinkStats
    quarantine_reasons: list[tuple[str, str, int]] = field(default_factory=list)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def assemble(data_dir: Path, curated_dir: Path | None = None) -> tuple[CatalogDraft,
                                                                        crew.CrewLinkStats]:
    """Read every source file in ``data_dir`` into a draft (no disk writes)."""
    draft = CatalogDraft()

    def tsv(key: str) -> TsvFile:
        spec = source_file(key)
        path = data_dir / spec.path
        table = read_tsv(path, spec.columns)
        draft.sources[key] = SourceStats(key, spec.path, len(table.rows) + len(table.quarantined),
                                         snapshot=table.snapshot, sha256=sha256_file(path))
        return table

    tables = {spec.key: tsv(spec.key) for spec in SOURCE_FILES if spec.path.endswith(".tsv")}
    launchlog = draft.sources["gcat:launchlog"]
    if launchlog.snapshot is None:  # the launch log carries no "# Updated" line
        dates = [r.get("Launch_Date") or "" for r in tables["gcat:launchlog"].rows]
        launchlog.snapshot = f"latest launch {max(dates)[:11]}" if dates else None
    wikidata_path = data_dir / source_file("wikidata").path
    wikidata = crew.load_wikidata(wikidata_path)
    astronauts_path = data_dir / source_file("astronauts-2020").path
    astronauts = crew.load_astronauts(astronauts_path)

    sites: dict[str, str] = {}  # site code → entity id, filled by the sites step
    steps: list[tuple[str, Callable[[TsvFile], object]]] = [
        ("gcat:orgs", lambda t: gcat.add_orgs(draft, t)),
        ("gcat:lv", lambda t: gcat.add_vehicles(draft, t)),
        ("gcat:sites", lambda t: sites.update(gcat.add_sites(draft, t))),
        ("gcat:launchlog", lambda t: gcat.add_launch_log(draft, t, sites)),
        ("gcat:psatcat", lambda t: gcat.add_payload_catalog(draft, t)),
        ("gcat:auxcat", lambda t: gcat.add_auxiliary_catalog(draft, t)),
    ]
    for key, add in steps:
        before = len(draft.quarantine)
        add(tables[key])
        draft.sources[key].quarantined = len(draft.quarantine) - before
    gcat.link_series_first_members(draft)

    stats = crew.CrewLinkStats()
    before = len(draft.quarantine)
    crew.add_wikidata(draft, wikidata, stats)
    draft.sources["wikidata"] = SourceStats(
        "wikidata", source_file("wikidata").path,
        rows=len(wikidata["people"]) + len(wikidata["missions"]) + len(wikidata["intervals"]),
        quarantined=len(draft.quarantine) - before,
        snapshot=str(wikidata.get("generated_at")), sha256=sha256_file(wikidata_path),
    )
    before = len(draft.quarantine)
    crew.add_astronauts(draft, astronauts, stats)
    draft.sources["astronauts-2020"] = SourceStats(
        "astronauts-2020", source_file("astronauts-2020").path, rows=len(astronauts),
        quarantined=len(draft.quarantine) - before, snapshot="2020-01",
        sha256=sha256_file(astronauts_path),
    )
    if curated_dir is not None:
        from sleuth.curated.load import add_curated

        add_curated(draft, curated_dir)
    _label_launch_programs(draft)
    add_derived_facts(draft)
    find_conflicts(draft)
    return draft, stats


def _label_launch_programs(draft: CatalogDraft) -> None:
    program_of = {r.subject_id: draft.entities[r.object_id].name for r in draft.relations
                  if r.relation == "member_of" and r.object_id in draft.entities}
    first_payload: dict[str, str] = {}
    for r in draft.relations:
        if r.relation == "payload_of":
            first_payload.setdefault(r.object_id, r.subject_id)
    for event in draft.events:
        if event.program is None and event.entity_id in first_payload:
            event.program = program_of.get(first_payload[event.entity_id])


def write_catalog(draft: CatalogDraft, path: Path) -> None:
    """Write ``draft`` to ``path`` atomically (temp file + rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        con = sqlite3.connect(tmp)
        try:
            _write(con, draft)
            con.commit()
        finally:
            con.close()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write(con: sqlite3.Connection, draft: CatalogDraft) -> None:
    con.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + SCHEMA)
    con.executemany("INSERT INTO meta VALUES (?, ?)", [
        ("schema_version", SCHEMA_VERSION),
        ("built_at", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
    ])
    con.executemany("INSERT INTO source VALUES (?, ?, ?, ?, ?, ?)", [
        (s.key, s.path, s.rows, s.quarantined, s.snapshot, s.sha256)
        for s in draft.sources.values()
    ])
    con.executemany("INSERT INTO entity VALUES (?, ?, ?, ?)", [
        (e.id, e.kind, e.name, e.comment) for e in draft.entities.values()
    ])
    alias_rows = []
    for entity_id, aliases in draft.aliases.items():
        entity = draft.entities.get(entity_id)
        if entity is None:
            continue
        names = dict(aliases)
        names.setdefault(entity.name, "name")
        for alias, source in names.items():
            alias_rows.append((entity_id, alias, normalize(alias), source))
    con.executemany("INSERT INTO alias VALUES (?, ?, ?, ?)", alias_rows)
    # An entity's facts and relations are stored together, each in draft order (a stable
    # sort): the checker reads them an entity at a time, so this touches a page or two of
    # the mapped file per entity instead of one page per row.
    con.executemany("INSERT INTO fact VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        (f.entity_id, f.property, f.value, f.precision, f.source, f.record, f.citation, f.num,
         f.unit, f.object_id) for f in sorted(draft.facts, key=attrgetter("entity_id"))
    ])
    con.executemany("INSERT INTO relation VALUES (?, ?, ?, ?, ?)", [
        (r.subject_id, r.relation, r.object_id, r.source, r.record)
        for r in sorted(draft.relations, key=attrgetter("subject_id"))
    ])
    con.executemany("INSERT INTO event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
        (e.entity_id, e.kind, e.date, e.precision, e.t_start, e.title, e.state, e.operator,
         e.program, e.source, e.record) for e in draft.events
    ])
    con.executemany("INSERT INTO conflict VALUES (?, ?, ?, ?)", [
        (c.entity_id, c.property, json.dumps(c.values, ensure_ascii=False), c.note)
        for c in draft.conflicts
    ])
    con.executemany("INSERT INTO quarantine VALUES (?, ?, ?, ?)", [
        (q.file, q.line, q.reason, q.raw) for q in draft.quarantine
    ])
    con.executemany("INSERT INTO search VALUES (?, ?, ?, ?)", [
        (e.id, e.name, " ; ".join(draft.aliases.get(e.id, {})), e.comment or "")
        for e in draft.entities.values()
    ])
    con.executescript(INDEXES)


def build_catalog(
    data_dir: Path, db_path: Path, *, curated_dir: Path | None = None
) -> BuildReport:
    """Build the catalog from ``data_dir`` into ``db_path``; raises SleuthError on bad
    input, leaving any existing catalog at ``db_path`` untouched."""
    if not data_dir.is_dir():
        raise SleuthError(
            f"no source data at {data_dir}",
            hint="Run `sleuth data pull --from ../shared/data` first (or `sleuth data pull`).",
        )
    started = time.perf_counter()
    draft, stats = assemble(data_dir, curated_dir)
    write_catalog(draft, db_path)
    reasons = Counter((q.file, _reason_kind(q.reason)) for q in draft.quarantine)
    return BuildReport(
        path=db_path,
        seconds=time.perf_counter() - started,
        sources=list(draft.sources.values()),
        counts={
            "entities": len(draft.entities),
            "aliases": sum(len(a) for a in draft.aliases.values()),
            "facts": len(draft.facts),
            "relations": len(draft.relations),
            "events": len(draft.events),
            "conflicts": len(draft.conflicts),
            "quarantined": len(draft.quarantine),
        },
        entity_kinds=dict(Counter(e.kind for e in draft.entities.values())),
        crew_links=stats,
        quarantine_reasons=[(f, r, n) for (f, r), n in reasons.most_common()],
    )


def _reason_kind(reason: str) -> str:
    return reason.split(":")[0][:60]
