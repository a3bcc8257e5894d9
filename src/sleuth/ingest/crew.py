"""Crew data → catalog draft, resolved against GCAT.

Two sources, each with its own errors:

- ``wikidata-spacefarers.json`` (Wikidata, CC0): people, missions with launch/landing
  instants, and person–mission intervals;
- ``astronauts-2020.csv`` (Stavnichuk & Corlett, CC BY 4.0): one row per person per
  mission, with the Cyrillic original name and the mission's hours.

Entity resolution: a Wikidata mission is the GCAT crewed payload launched within minutes
of it (or on the same day with a matching name), so "Vostok 1" (Wikidata) and GCAT's
"Vostok" of 1961-04-12 become one entity; a Stavnichuk & Corlett person is the Wikidata
person with the same name form and first-flight year.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from rapidfuzz import fuzz

from sleuth.catalog.draft import CatalogDraft, Event
from sleuth.catalog.names import normalize, person_name_forms, split_person_name
from sleuth.model import Fact, PartialDate, Precision, Quarantined, SleuthError, iso_instant

# Wikidata-spacefarers' people taken from Wikipedia's list of space travellers by first
# flight, not from Wikidata: their record holds their first flight only (each has one
# mission), so their later flights are known only as far as astronauts-2020 goes.
FIRST_FLIGHT_ONLY = "person:wikipedia-first-flight:"


def first_flight_only(person_id: str) -> bool:
    """Whether the crew data's record of a person holds only their first flight.

    >>> first_flight_only("person:wikipedia-first-flight:529:oleg-novitskiy")
    True
    >>> first_flight_only("person:Q7327")
    False
    """
    return person_id.startswith(FIRST_FLIGHT_ONLY)


@dataclass(slots=True)
class CrewLinkStats:
    missions_linked_to_gcat: int = 0
    missions_standalone: int = 0
    people_linked: int = 0
    people_only_in_csv: int = 0
    csv_rows_unlinked_mission: int = 0


def _instant(value: str | None) -> PartialDate | None:
    """Wikidata instants: a time of exactly 00:00:00 means "the day", not midnight."""
    if not value:
        return None
    date = PartialDate.parse_iso(value)
    if date.hour == 0 and date.minute == 0 and not date.second:
        return date.truncate("day")
    return date


def load_wikidata(path: Path) -> dict[str, list[dict[str, object]]]:
    """Read and check the shape of the Wikidata spacefarers file."""
    if not path.is_file():
        raise SleuthError(f"{path}: source file is missing",
                          hint="Run `sleuth data pull --from ../shared/data`.")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise SleuthError(f"{path}: not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise SleuthError(
            f"{path}, line {exc.lineno}: not valid JSON ({exc.msg}); the file may be truncated"
        ) from exc
    if not isinstance(data, dict):
        raise SleuthError(f"{path}: wrong format: expected a JSON object")
    for key in ("people", "missions", "intervals"):
        if not isinstance(data.get(key), list):
            raise SleuthError(f"{path}: wrong format: no '{key}' list")
    if not data["people"]:
        raise SleuthError(f"{path}: no people in the file")
    return data


def load_astronauts(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Read the Stavnichuk & Corlett CSV; returns (line number, row) pairs."""
    if not path.is_file():
        raise SleuthError(f"{path}: source file is missing",
                          hint="Run `sleuth data pull --from ../shared/data`.")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SleuthError(f"{path}: not UTF-8 text") from exc
    if not text.strip():
        raise SleuthError(f"{path}: source file is empty")
    reader = csv.DictReader(text.splitlines())
    required = {"id", "name", "original_name", "sex", "year_of_mission", "mission_title"}
    missing = required - set(reader.fieldnames or [])
    if missing:
        raise SleuthError(
            f"{path}, line 1: wrong format: missing column(s) {', '.join(sorted(missing))}"
        )
    rows = [(reader.line_num, row) for row in reader]
    if not rows:
        raise SleuthError(f"{path}: no data rows after the header")
    if not text.endswith("\n") and None in rows[-1][1].values():
        raise SleuthError(f"{path}, line {rows[-1][0]}: file is truncated")
    return rows


def _crewed_payloads_by_day(draft: CatalogDraft) -> dict[str, list[tuple[str, PartialDate]]]:
    crewed = draft.entities_with("crewed")
    by_day: dict[str, list[tuple[str, PartialDate]]] = defaultdict(list)
    for fact in draft.facts:
        if (
            fact.entity_id in crewed
            and fact.property == "launch_date"
            and fact.source == "gcat:launchlog"
        ):
            date = PartialDate.parse_iso(fact.value.rstrip("?"))
            if date.precision.rank >= 2:
                by_day[date.truncate("day").iso()].append((fact.entity_id, date))
    return by_day


def _match_mission(
    draft: CatalogDraft,
    by_day: dict[str, list[tuple[str, PartialDate]]],
    name: str,
    launch: PartialDate,
) -> str | None:
    """The GCAT crewed payload that is this Wikidata mission, or None."""
    start = launch.start()
    candidates: list[tuple[str, PartialDate]] = []
    for offset in (-1, 0, 1):
        day = PartialDate.from_datetime(start + timedelta(days=offset), "day").iso()
        candidates.extend(by_day.get(day, []))
    best, best_score = None, 0.0
    for eid, gdate in candidates:
        similarity = max(
            fuzz.ratio(normalize(name), normalize(alias)) for alias in draft.aliases[eid]
        )
        gap = abs((gdate.start() - start).total_seconds())
        if launch.precision.rank >= 4 and gap <= 20 * 60:
            score = 100 + similarity
        elif gdate.truncate("day") == launch.truncate("day") and similarity >= 70:
            score = similarity
        else:
            continue
        if score > best_score:
            best, best_score = eid, score
    return best


def add_wikidata(
    draft: CatalogDraft, data: dict[str, list[dict[str, object]]], stats: CrewLinkStats
) -> dict[str, str]:
    """People, missions and intervals from Wikidata. Returns Wikidata id → entity id."""
    source = "wikidata"
    ids: dict[str, str] = {}
    by_day = _crewed_payloads_by_day(draft)
    for n, mission in enumerate(data["missions"], start=1):
        try:
            wid, name = str(mission["id"]), str(mission["name"])
            launch = _instant(mission.get("launch_at"))  # type: ignore[arg-type]
            landing = _instant(mission.get("landing_at"))  # type: ignore[arg-type]
        except (KeyError, ValueError) as exc:
            draft.quarantine.append(Quarantined("wikidata-spacefarers.json", n,
                                                f"mission {n}: {exc}", json.dumps(mission)))
            continue
        qid = wid.removeprefix("wikidata:")
        record = f"Wikidata {qid}"
        eid = _match_mission(draft, by_day, name, launch) if launch else None
        if eid:
            stats.missions_linked_to_gcat += 1
            entity = draft.entities[eid]
            entity.name = name  # writers' name ("Vostok 1") over GCAT's ("Vostok")
            draft.relate(eid, "same_as", f"wikidata:{qid}", source, record)
        else:
            stats.missions_standalone += 1
            eid = f"wd:{qid}"
            draft.add_entity(eid, "mission", name)
        draft.add_alias(eid, name, source)
        ids[wid] = eid
        if launch:
            draft.add_fact(Fact(eid, "launch_date", launch.iso(), source, record,
                                precision=launch.precision.value))
        if landing:
            draft.add_fact(Fact(eid, "landing_date", landing.iso(), source, record,
                                precision=landing.precision.value))
        seconds = mission.get("duration_seconds")
        if isinstance(seconds, int | float) and seconds > 0:
            draft.add_fact(Fact(eid, "duration", format_duration(seconds), source, record,
                                precision="second", num=float(seconds), unit="s"))
        if not eid.startswith("gcat:") and launch:
            draft.events.append(Event(eid, "crewed launch", launch.iso(),
                                      launch.precision.value, iso_instant(launch.start()), name,
                                      source=source, record=record))

    for n, person in enumerate(data["people"], start=1):
        try:
            wid, name = str(person["id"]), str(person["name"])
        except KeyError as exc:
            draft.quarantine.append(Quarantined("wikidata-spacefarers.json", n,
                                                f"person {n}: missing {exc}", json.dumps(person)))
            continue
        qid = wid.removeprefix("wikidata:")
        pid = f"person:{qid}"
        record = f"Wikidata {qid}"
        draft.add_entity(pid, "person", name)
        ids[wid] = pid
        for key, prop in (("gender", "gender"), ("nationality", "nationality")):
            if person.get(key):
                draft.add_fact(Fact(pid, prop, str(person[key]), source, record))
        if person.get("first_flight_name"):
            draft.add_fact(Fact(pid, "first_flight", f"{person['first_flight_name']} "
                                f"({person.get('first_flight_date')})", source, record))
        seconds = person.get("time_in_space_seconds")
        if isinstance(seconds, int | float) and seconds > 0:
            draft.add_fact(Fact(pid, "time_in_space", format_duration(seconds), source,
                                record, num=float(seconds), unit="s"))

    for n, interval in enumerate(data["intervals"], start=1):
        person_id = ids.get(str(interval.get("astronaut_id")))
        mission_id = ids.get(str(interval.get("mission_id")))
        if not person_id or not mission_id:
            draft.quarantine.append(Quarantined(
                "wikidata-spacefarers.json", n,
                "interval names an unknown person or mission", json.dumps(interval)))
            continue
        record = f"Wikidata interval {interval.get('id')} ({interval.get('mission_id')})"
        _add_crew(draft, person_id, mission_id, source, record)
    _add_swapped_rides(draft, data, ids)
    return ids


def _add_swapped_rides(draft: CatalogDraft, data: dict[str, list[dict[str, object]]],
                       ids: dict[str, str]) -> None:
    """Relate the craft a one-flight traveller rode up ("rode_up") and came home in
    ("rode_down") when Wikidata lists them in two craft that were in space together and
    their time in space tells which way round: Bertalan Farkas is listed in Soyuz 35 and
    Soyuz 36, and his 7 d 20 h 45 min in space run from Soyuz 36's launch to Soyuz 35's
    landing (the other way, from Soyuz 35's launch to Soyuz 36's landing, is 113 days).
    Both readings are compared with the tolerance :class:`_RideFinder` gives the crew CSV
    (a day, or 3%); exactly one must fit."""
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)  # person's craft
    for interval in data["intervals"]:
        launch, landing = interval.get("launch_unix"), interval.get("landing_unix")
        mission = ids.get(str(interval.get("mission_id")))
        if isinstance(launch, int) and isinstance(landing, int) and mission:
            spans[str(interval.get("astronaut_id"))].append((launch, landing, mission))
    for person in data["people"]:
        seconds, segments = person.get("time_in_space_seconds"), person.get("segment_count")
        person_id = ids.get(str(person.get("id")))
        flights = sorted(set(spans.get(str(person.get("id")), [])))
        if not isinstance(seconds, int | float) or segments != 1 or not person_id or len(
                flights) != 2 or flights[1][0] >= flights[0][1]:
            continue
        (first_up, first_down, first), (second_up, second_down, second) = flights
        readings = {(second, first): first_down - second_up,  # a visit: up in the later
                    (first, second): second_down - first_up}  # a stay: up in the earlier
        fitting = [ride for ride, span in readings.items()
                   if abs(span - seconds) <= max(86400, 0.03 * seconds)]
        if len(fitting) != 1:
            continue
        (up, down), = fitting
        record = (f"Wikidata {person_id.removeprefix('person:')}: "
                  f"{format_duration(seconds)} in space in one flight, from "
                  f"{draft.entities[up].name}'s launch to {draft.entities[down].name}'s "
                  "landing (derived)")
        draft.relate(person_id, "rode_up", up, "wikidata", record)
        draft.relate(person_id, "rode_down", down, "wikidata", record)


def _add_crew(draft: CatalogDraft, person_id: str, mission_id: str, source: str,
              record: str) -> None:
    person = draft.entities[person_id]
    draft.add_fact(Fact(mission_id, "crew", person.name, source, record, object_id=person_id))
    draft.relate(person_id, "crew_of", mission_id, source, record)


def add_astronauts(
    draft: CatalogDraft, rows: list[tuple[int, dict[str, str]]], stats: CrewLinkStats
) -> None:
    """Stavnichuk & Corlett rows: Cyrillic names, per-mission hours, crew links."""
    source = "astronauts-2020"
    people = {eid: e.name for eid, e in draft.entities.items() if e.kind == "person"}
    csv_first_year: dict[str, int] = {}
    csv_flights: dict[str, set[str]] = defaultdict(set)  # person number → flights named
    for _, row in rows:
        number = row.get("number") or row.get("id") or ""
        csv_flights[number] |= {normalize(row.get(col) or "") for col in (
            "mission_title", "ascend_shuttle", "descend_shuttle")} - {""}
        if (row.get("year_of_mission") or "").isdigit():
            year = int(row["year_of_mission"])
            csv_first_year[number] = min(year, csv_first_year.get(number, year))
    first_year: dict[str, str] = {}
    first_flight: dict[str, str] = {}
    for f in draft.facts:
        if f.property == "first_flight" and f.entity_id in people:
            flight, _, day = f.value.rpartition(" (")  # "Soyuz MS-12 (14 March 2019)"
            first_year[f.entity_id] = day[-5:-1]
            first_flight[f.entity_id] = normalize(flight)
    mission_by_name: dict[str, str] = {}
    for eid, entity in draft.entities.items():
        if entity.kind in ("spacecraft", "mission"):
            for alias in draft.aliases[eid]:
                mission_by_name.setdefault(normalize(alias), eid)
    for eid, entity in draft.entities.items():  # the resolved name wins over GCAT aliases
        if entity.kind in ("spacecraft", "mission"):
            mission_by_name[normalize(entity.name)] = eid

    launch_year = {f.entity_id: int(f.value[:4]) for f in draft.facts
                   if f.property == "launch_date" and f.value[:4].isdigit()}
    crewed_flights = draft.entities_with("crewed")
    crewed_flights |= {eid for eid, e in draft.entities.items() if e.kind == "mission"}
    rides = _Rides.of(draft, mission_by_name, launch_year)
    linked: dict[str, str] = {}
    for line, row in rows:
        try:
            number, name = row["number"] or row["id"], row["name"].strip()
            year = int(row["year_of_mission"])
        except (KeyError, ValueError, AttributeError) as exc:
            draft.quarantine.append(Quarantined("astronauts-2020.csv", line,
                                                f"unreadable row: {exc}", str(row)))
            continue
        if not name:
            draft.quarantine.append(Quarantined("astronauts-2020.csv", line, "no name",
                                                str(row)))
            continue
        pid = linked.get(number)
        if pid is None:
            pid = _find_person(name, row, people, first_year, csv_first_year.get(number, year),
                               first_flight, csv_flights[number])
            if pid:
                stats.people_linked += 1
            else:
                stats.people_only_in_csv += 1
                pid = f"person:sc{number}"
                given, surname = split_person_name(name)
                draft.add_entity(pid, "person", f"{given} {surname}".strip())
                if row.get("sex"):
                    draft.add_fact(Fact(pid, "gender", row["sex"], source,
                                        f"astronauts-2020 row {row['id']}"))
            linked[number] = pid
            for form in person_name_forms(name, row.get("original_name") or None):
                draft.add_alias(pid, form, source)
            if row.get("year_of_birth"):
                draft.add_fact(Fact(pid, "birth_year", row["year_of_birth"], source,
                                    f"astronauts-2020 row {row['id']}", precision="year"))
        record = f"astronauts-2020 row {row['id']} ({row.get('mission_title')}, {year})"
        # the mission the row's title, launch craft or station names (in the row's year)
        mission_id = next(
            (mission for col in ("mission_title", "ascend_shuttle", "in_orbit")
             if (mission := rides.mission_named(row.get(col), year)) is not None),
            None,
        )
        if mission_id is None:
            stats.csv_rows_unlinked_mission += 1
            draft.add_fact(Fact(pid, "flew", f"{row.get('mission_title')} ({year})", source,
                                record))
            continue
        _add_crew(draft, pid, mission_id, source, record)
        _add_time_outside(draft, pid, mission_id, row.get("eva_hrs_mission"), line, record)
        hours = row.get("hours_mission")
        try:
            value = float(hours) if hours else 0.0
        except ValueError:
            value = 0.0
        same_craft = normalize(row.get("ascend_shuttle") or "") == normalize(
            row.get("descend_shuttle") or ""
        )
        if value <= 0:
            continue
        seconds = value * 3600
        if same_craft and mission_id in crewed_flights:
            draft.add_fact(Fact(mission_id, "duration", format_duration(seconds), source,
                                f"{record}: {hours} h for {draft.entities[pid].name}",
                                precision="hour/100", num=seconds, unit="s"))
        else:  # up in one craft, down in another (or a station's row): the person's stay
            draft.add_fact(Fact(pid, "flight_duration", format_duration(seconds), source,
                                f"{record}: {hours} h, up in {row.get('ascend_shuttle')}, "
                                f"down in {row.get('descend_shuttle')}",
                                precision="hour/100", num=seconds, unit="s"))
            rides.add(draft, pid, row, year, seconds, source, record)


def _add_time_outside(draft: CatalogDraft, person_id: str, mission_id: str, hours: str | None,
                      line: int, record: str) -> None:
    """A person's hours of spacewalks on one flight (all of them together: Kizim's six
    in 1984 are 22.83 h), as ``eva_duration`` with the flight as ``object_id``."""
    try:
        value = float(hours) if hours else 0.0
    except ValueError:
        draft.quarantine.append(Quarantined("astronauts-2020.csv", line,
                                            f"unreadable eva_hrs_mission {hours!r}", record))
        return
    if value > 0:
        draft.add_fact(Fact(person_id, "eva_duration", format_duration(value * 3600),
                            "astronauts-2020",
                            f"{record}: {hours} h of EVA on the flight, all spacewalks together",
                            precision="hour/100", num=value * 3600, unit="s",
                            object_id=mission_id))


@dataclass
class _Rides:
    """Finds the craft a row names, and tells which craft a person rode up and came home
    in when the two differ (astronauts-2020's "up in Soyuz TM-12, down in Soyuz TM-11").
    The landing craft's launch and the launch craft's landing are then not the person's."""

    mission_by_name: dict[str, str]
    launch_year: dict[str, int]
    wikidata_crews: set[tuple[str, str]]  # (person, craft) pairs Wikidata gives
    instants: dict[tuple[str, str], datetime]  # (craft, launch_date/landing_date) → UTC

    @classmethod
    def of(cls, draft: CatalogDraft, mission_by_name: dict[str, str],
           launch_year: dict[str, int]) -> _Rides:
        crews = {(r.subject_id, r.object_id) for r in draft.relations
                 if r.relation == "crew_of" and r.source == "wikidata"}
        instants: dict[tuple[str, str], datetime] = {}
        for fact in draft.facts:
            if fact.property in ("launch_date", "landing_date"):
                try:
                    date = PartialDate.parse_iso(fact.value)
                except ValueError:
                    continue  # an uncertain date ("1962-04?"): no instant to compare
                if date.precision.rank >= Precision.MINUTE.rank:
                    instants.setdefault((fact.entity_id, fact.property), date.start())
        return cls(mission_by_name, launch_year, crews, instants)

    def mission_named(self, name: str | None, year: int) -> str | None:
        """The craft or mission of this name that flew within a year of ``year``: a title
        names the mission only then (the CSV calls Gidzenko's 2002 flight "Soyuz 3", which
        flew in 1968)."""
        mission = self.mission_by_name.get(normalize(name or ""))
        if mission is None or abs(self.launch_year.get(mission, year) - year) > 1:
            return None
        return mission

    def add(self, draft: CatalogDraft, person_id: str, row: dict[str, str], year: int,
            seconds: float, source: str, record: str) -> None:
        """Relate the row's person to the craft they rode up ("rode_up") and down
        ("rode_down") when the row's account holds up: the row's hours match the time from
        the one's launch to the other's landing, and Wikidata has the person on one of the
        two at least (the CSV has slips: Gagarin "down in Vostok 3", Rakesh Sharma "up in
        Soyuz T-10"). A craft Wikidata leaves out is then the person's too, by this row:
        Chrétien went up in Soyuz TM-7, which Wikidata's crews of TM-7 lack."""
        up, down = (self.mission_named(row.get(col), year)
                    for col in ("ascend_shuttle", "descend_shuttle"))
        if up is None or down is None or up == down or not any(
                (person_id, craft) in self.wikidata_crews for craft in (up, down)):
            return
        launch = self.instants.get((up, "launch_date"))
        landing = self.instants.get((down, "landing_date"))
        if launch is None or landing is None:
            return
        if abs((landing - launch).total_seconds() - seconds) > max(86400, 0.03 * seconds):
            return
        for craft in (up, down):
            if (person_id, craft) not in self.wikidata_crews:
                _add_crew(draft, person_id, craft, source, record)
        draft.relate(person_id, "rode_up", up, source, record)
        draft.relate(person_id, "rode_down", down, source, record)


def _find_person(
    name: str,
    row: dict[str, str],
    people: dict[str, str],
    first_year: dict[str, str],
    csv_first_year: int,
    first_flight: dict[str, str],
    csv_flights: set[str],
) -> str | None:
    """The Wikidata person this Stavnichuk & Corlett person is, or None.

    Exact name forms first (including romanizations of the Cyrillic original), then the
    same or a near-same surname ("Usachyov"/"Usachev") with similar given names
    ("Franklin Story"/"Story"), preferring the one whose first flight year agrees; last,
    another name form of a surname whose holder's ``first_flight`` is among this person's
    ``csv_flights``.
    """
    forms = {normalize(f) for f in person_name_forms(name, row.get("original_name") or None)}
    given, surname = split_person_name(name)
    best, best_score = None, 0.0
    for pid, wd_name in people.items():
        wd_given, wd_surname = split_person_name(wd_name)
        surname_score = fuzz.ratio(normalize(surname), normalize(wd_surname))
        if surname_score < 80 and normalize(wd_name) not in forms:
            continue
        score = 100.0 if normalize(wd_name) in forms else (
            0.5 * surname_score + 0.5 * fuzz.token_set_ratio(normalize(given),
                                                             normalize(wd_given))
        )
        year = first_year.get(pid, "")
        if year.isdigit():
            # The CSV omits suborbital flights, so its first year may be later; never earlier.
            if int(year) == csv_first_year:
                score += 20
            elif int(year) > csv_first_year:
                score -= 30
        if score > best_score:
            best, best_score = pid, score
    if best_score >= 80:
        return best
    # A nickname or another name form ("Tyler Hague" is Wikidata's "Nick Hague", "Susan
    # L. Kilrain-Still" its "Susan Still"): the one person of that surname whose first
    # flight is one of this person's flights (Hague's aborted 2018 launch is no flight to
    # Wikidata, so his first is the one after)
    surnames = {w for w in normalize(surname).replace("-", " ").split() if len(w) >= 3}
    # a name in brackets is another surname she flew or was known under: "Claudie
    # (Haigneré)" André-Deshays is Wikidata's Claudie Haigneré
    surnames |= {w for inner in re.findall(r"\(([^()]+)\)", name)
                 for w in normalize(inner).replace("-", " ").split() if len(w) >= 3}
    same = [pid for pid, wd_name in people.items()
            if first_flight.get(pid) in csv_flights
            and surnames & set(normalize(split_person_name(wd_name)[1]).split())]
    return same[0] if len(same) == 1 else None


def format_duration(seconds: float) -> str:
    """``6480`` → ``'1 h 48 min (6480 s)'``; longer spans in days."""
    s = round(seconds)
    days, rest = divmod(s, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{days} d")
    if hours:
        parts.append(f"{hours} h")
    if minutes:
        parts.append(f"{minutes} min")
    if secs and not days:
        parts.append(f"{secs} s")
    return f"{' '.join(parts) or '0 s'} ({s} s)"
