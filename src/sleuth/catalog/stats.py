"""Counts over the catalog for charts: launches per year, and the events of one entity.

These read a :class:`~sleuth.catalog.store.Catalog` snapshot and return plain data, so the
HTTP API, the web pages and scripts share them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sleuth.catalog.draft import Event
from sleuth.catalog.store import Catalog, event_from_row, year_range_sql
from sleuth.model import SleuthError

LAUNCH_SOURCE = "gcat:launchlog"
LAUNCH_KINDS = ("launch", "launch failure")
GROUPINGS = {
    # GCAT's LVState: the state of the launching organization (SU before 1992, then RU).
    "state": "state",
    # GCAT's Agency code of the launch: the organization that ran it.
    "operator": "operator",
    # The GCAT program of the launch's first payload.
    "program": "program",
    # No grouping: one series of totals.
    "total": None,
}
OTHER = "other"
# Kinds whose events include those filed under their name as a program (Mir's modules).
TIMELINE_KINDS = ("program", "station_module", "spacecraft")


@dataclass(frozen=True, slots=True)
class LaunchCounts:
    """Orbital launch attempts per year, split into groups (``series``)."""

    by: str
    years: list[int]
    series: dict[str, list[int]]  # group key → count per year, aligned with ``years``
    labels: dict[str, str]  # group key → readable name
    total: int

    def as_json(self) -> dict[str, object]:
        return {
            "by": self.by,
            "years": self.years,
            "series": [{"key": k, "label": self.labels.get(k, k), "counts": v}
                       for k, v in self.series.items()],
            "total": self.total,
            "source": LAUNCH_SOURCE,
            "note": "orbital and deep-space launch attempts in GCAT's launch log, "
                    "successes and failures, by UTC year",
        }


def launches_per_year(
    catalog: Catalog,
    *,
    by: str = "state",
    states: list[str] | None = None,
    start_year: int | None = None,
    end_year: int | None = None,
    top: int | None = None,
) -> LaunchCounts:
    """Count orbital launch attempts (GCAT launch log) per UTC year, grouped ``by`` "state",
    "operator", "program" or "total"; optionally only launches of the given ``states``
    (GCAT codes such as ``SU``, ``RU``). ``top`` keeps the largest groups and folds the rest
    into "other"."""
    if by not in GROUPINGS:
        raise SleuthError(f"cannot group launches by {by!r}",
                          hint=f"Use one of: {', '.join(GROUPINGS)}.")
    if start_year is not None and end_year is not None and start_year > end_year:
        raise SleuthError(f"the first year {start_year} is after the last year {end_year}")
    column = GROUPINGS[by]
    group = f"COALESCE(NULLIF({column}, ''), '?')" if column else "'all'"
    sql = (f"SELECT CAST(substr(t_start, 1, 4) AS INTEGER) AS year, {group} AS grp, "
           f"count(*) AS n FROM event WHERE source = ? AND kind IN (?, ?)")
    args: list[object] = [LAUNCH_SOURCE, *LAUNCH_KINDS]
    if states:
        sql += f" AND state COLLATE NOCASE IN ({','.join('?' * len(states))})"
        args += states
    in_years, year_args = year_range_sql(start_year, end_year)
    sql += in_years + " GROUP BY year, grp"
    args += year_args
    rows = catalog.execute(sql, args)
    if not rows:
        return LaunchCounts(by, [], {}, {}, 0)
    first = start_year if start_year is not None else min(r["year"] for r in rows)
    last = end_year if end_year is not None else max(r["year"] for r in rows)
    years = list(range(first, last + 1))
    totals: dict[str, int] = {}
    for r in rows:
        totals[r["grp"]] = totals.get(r["grp"], 0) + r["n"]
    keep = sorted(totals, key=lambda g: (-totals[g], g))
    if top is not None and len(keep) > top:
        keep = keep[:top]
    kept = set(keep)
    series = {g: [0] * len(years) for g in keep}
    for r in rows:
        g = r["grp"] if r["grp"] in kept else OTHER
        series.setdefault(g, [0] * len(years))[r["year"] - first] += r["n"]
    return LaunchCounts(by, years, series, _labels(catalog, by, list(series)),
                        sum(totals.values()))


def _labels(catalog: Catalog, by: str, keys: list[str]) -> dict[str, str]:
    if by not in ("state", "operator"):
        return {k: k for k in keys}
    names = catalog.entities(f"org:{k}" for k in keys)
    return {k: names[f"org:{k}"].name if f"org:{k}" in names else k for k in keys}


def entity_events(catalog: Catalog, entity_id: str, limit: int = 500) -> list[Event]:
    """Events of an entity for its timeline: its own, those of the launch that carried it,
    and, for programs and stations, every event filed under its name as a program
    (e.g. Mir: module launches and dockings)."""
    entity = catalog.entity(entity_id)
    if entity is None:
        raise SleuthError(f"no entity with id {entity_id!r}")
    ids = [entity_id] + [r["object_id"] for r in catalog.execute(
        "SELECT object_id FROM relation WHERE subject_id = ? AND relation = 'payload_of'",
        (entity_id,))]
    sql = f"SELECT * FROM event WHERE entity_id IN ({','.join('?' * len(ids))})"
    args: list[object] = list(ids)
    if entity.kind in TIMELINE_KINDS:
        sql += " OR (program = ? COLLATE NOCASE AND source NOT LIKE 'gcat:%')"
        args.append(entity.name)
        if entity.kind == "program":
            sql += " OR program = ? COLLATE NOCASE"
            args.append(entity.name)
    sql += " ORDER BY t_start LIMIT ?"
    args.append(limit)
    return [event_from_row(r) for r in catalog.execute(sql, args)]
