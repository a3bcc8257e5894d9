"""Facts derived from other facts, and conflicts between sources.

Derived facts are evidence too (a historian would accept them) but they always say how
they were derived: the source is ``derived`` and the record names the inputs.
"""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations

from sleuth.catalog.draft import CatalogDraft
from sleuth.catalog.names import normalize
from sleuth.ingest.crew import format_duration
from sleuth.model import Conflict, Fact, PartialDate

EARTH_RADIUS_KM = 6378.137  # WGS-84 equatorial radius
EARTH_MU_KM3_S2 = 398600.4418  # standard gravitational parameter of the Earth


def orbital_period_minutes(perigee_km: float, apogee_km: float) -> float:
    """Kepler's third law: the period of an Earth orbit with the given perigee and apogee
    heights (km above the equatorial radius).

    >>> round(orbital_period_minutes(227, 947), 1)  # Sputnik 1
    96.4
    """
    semi_major = EARTH_RADIUS_KM + (perigee_km + apogee_km) / 2
    return 2 * math.pi * math.sqrt(semi_major**3 / EARTH_MU_KM3_S2) / 60


def _date(fact: Fact) -> PartialDate | None:
    try:
        return PartialDate.parse_iso(fact.value)
    except ValueError:
        return None


def add_derived_facts(draft: CatalogDraft) -> None:
    """Orbital periods from perigee/apogee, durations from launch and landing instants,
    each person's first flight from the launches of the flights they crewed."""
    by_entity = draft.facts_by_entity()
    _derive_first_flights(draft, by_entity)
    for entity_id, facts in by_entity.items():
        by_record: dict[str, dict[str, Fact]] = defaultdict(dict)
        for fact in facts:
            by_record[fact.record][fact.property] = fact
        for record, props in by_record.items():
            if "perigee" in props and "apogee" in props and "orbital_period" not in props:
                p, a = props["perigee"].num, props["apogee"].num
                if p is not None and a is not None and 0 < p <= a < 100_000:
                    minutes = orbital_period_minutes(p, a)
                    draft.add_fact(Fact(
                        entity_id, "orbital_period", f"{minutes:.1f} min", "derived",
                        f"Kepler's third law from {props['perigee'].source} {record}: "
                        f"perigee {p:g} km, apogee {a:g} km",
                        num=minutes, unit="min",
                    ))
        _derive_durations(draft, entity_id, facts)


def _derive_durations(draft: CatalogDraft, entity_id: str, facts: list[Fact]) -> None:
    launches = [f for f in facts if f.property == "launch_date"]
    landings = [f for f in facts if f.property == "landing_date"]
    for landing in landings:
        # Pair a landing with the launch from the same source when there is one.
        same = [f for f in launches if f.source == landing.source] or launches
        for launch in same[:1]:
            start, end = _date(launch), _date(landing)
            if not start or not end or min(start.precision.rank, end.precision.rank) < 4:
                continue
            seconds = (end.start() - start.start()).total_seconds()
            if seconds <= 0:
                continue
            draft.add_fact(Fact(
                entity_id, "duration", format_duration(seconds), "derived",
                f"landing {landing.value} ({landing.source}) − launch {launch.value} "
                f"({launch.source})",
                precision="minute", num=seconds, unit="s",
            ))


# Launch dates from these sources order first flights ("first woman in space").
FIRST_FLIGHT_SOURCES = ("gcat:launchlog", "wikidata")


def _derive_first_flights(draft: CatalogDraft, by_entity: dict[str, list[Fact]]) -> None:
    """A ``first_flight_date`` fact per person: the launch of their first flight, with that
    flight as the object. Orders "the n-th woman in space", "the first German in space".

    The crew links also hold the craft a guest came home in (Wikidata's intervals mix
    launch and landing crews: Helen Sharman is linked to Soyuz TM-11, which launched
    before her and brought her home). So the flight Wikidata names as the person's first
    is taken when it is among their flights; otherwise the earliest launch of them all."""
    earliest: dict[str, tuple[str, str, Fact]] = {}  # person → (launch ISO, flight, fact)
    named_first: dict[str, tuple[str, str, Fact]] = {}  # the same, for the named flight
    first_names: dict[str, set[str]] = {}  # person → their first flight's names, read once
    for relation in draft.relations:
        if relation.relation != "crew_of":
            continue
        person, flight = relation.subject_id, relation.object_id
        entity = draft.entities.get(person)
        if entity is None or entity.kind != "person":
            continue
        flight_name = normalize(draft.entities[flight].name) if (
            flight in draft.entities) else ""
        if person not in first_names:
            first_names[person] = _first_flight_names(by_entity, person)
        is_named = flight_name and flight_name in first_names[person]
        for launch in by_entity.get(flight, ()):
            if launch.property != "launch_date" or launch.source not in FIRST_FLIGHT_SOURCES:
                continue
            if person not in earliest or launch.value < earliest[person][0]:
                earliest[person] = (launch.value, flight, launch)
            if is_named and (person not in named_first
                             or launch.value < named_first[person][0]):
                named_first[person] = (launch.value, flight, launch)
    earliest.update(named_first)
    for person, (value, flight, launch) in earliest.items():
        name = draft.entities[flight].name if flight in draft.entities else flight
        how = ("launch of the flight Wikidata names as the first" if person in named_first
               else "earliest launch of the flights crewed")
        draft.add_fact(Fact(
            person, "first_flight_date", value, "derived",
            f"{how}: {name} ({launch.source} {launch.record})",
            precision=launch.precision, object_id=flight,
        ))


# Two values disagree beyond these tolerances (dates: gap between their intervals).
DATE_TOLERANCE_S = 120
NUMBER_TOLERANCE = {"duration": (600.0, 0.02), "mass": (0.5, 0.02)}  # (absolute, relative)
CONFLICT_PROPERTIES = ("launch_date", "landing_date", "reentry_date", "founded", "duration",
                       "mass")


def find_conflicts(draft: CatalogDraft) -> None:
    """Keep disagreeing values side by side as :class:`Conflict` rows."""
    for entity_id, facts in draft.facts_by_entity().items():
        for prop in CONFLICT_PROPERTIES:
            values = [f for f in facts if f.property == prop]
            if len(values) < 2:
                continue
            clashing: dict[tuple[str, str], Fact] = {}
            for a, b in combinations(values, 2):
                if a.source == b.source:
                    continue  # one source's rows are its own business, e.g. per-person hours
                if _disagree(prop, a, b):
                    clashing[(a.source, a.value)] = a
                    clashing[(b.source, b.value)] = b
            if clashing:
                draft.conflicts.append(Conflict(
                    entity_id, prop,
                    [{"value": f.value, "source": f.source, "record": f.record}
                     for f in clashing.values()],
                    _note(prop, list(clashing.values())),
                ))


def _disagree(prop: str, a: Fact, b: Fact) -> bool:
    if prop in NUMBER_TOLERANCE:
        if a.num is None or b.num is None:
            return False
        absolute, relative = NUMBER_TOLERANCE[prop]
        gap = abs(a.num - b.num)
        return gap > absolute and gap > relative * max(abs(a.num), abs(b.num))
    da, db = _date(a), _date(b)
    if not da or not db:
        return False
    gap = max((da.start() - db.end()).total_seconds(), (db.start() - da.end()).total_seconds())
    return gap > DATE_TOLERANCE_S


def _note(prop: str, facts: list[Fact]) -> str:
    sources = sorted({f.source for f in facts})
    if "derived" in sources and len(sources) >= 2:
        return (f"{prop}: a stated value disagrees with the value derived from the sources' "
                f"own instants")
    return f"{prop}: sources disagree ({', '.join(sources)})"


def _first_flight_names(by_entity: dict[str, list[Fact]], person: str) -> set[str]:
    """The normalized names of the flight a source calls the person's first ("Soyuz TM-12
    (18 May 1991)" → ``soyuz tm 12``)."""
    return {normalize(f.value.rsplit(" (", 1)[0]) for f in by_entity.get(person, ())
            if f.property == "first_flight"}
