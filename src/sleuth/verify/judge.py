"""Judging claims against the catalog with rules a historian would accept.

- A date matches at its own precision ("in 1963" matches 1963-06-16), and a calendar day
  matches the UTC day, the Moscow day, or the local (solar) day at the launch site; a time
  of day said with no zone is read in those three clocks too.
- A number matches within the precision it was written with, widened by the spread of the
  catalog's sources and by a per-property tolerance (orbits are quoted at different epochs).
- Derived values are evidence: orbital period from perigee/apogee, orbit count from
  duration and period, duration from launch and landing instants.
- When the catalog has nothing on the point, the verdict is ``unverifiable``.
- Plans ("scheduled for launch on October 1") are never ``contradicted``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from functools import cached_property, lru_cache
from sqlite3 import Row
from typing import TypeVar
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz

from sleuth.catalog.names import normalize
from sleuth.catalog.store import Catalog
from sleuth.claims.extract import Candidate
from sleuth.ingest.crew import first_flight_only, format_duration
from sleuth.model import Claim, Evidence, Fact, Mention, PartialDate, Precision
from sleuth.text.dates import PARAGRAPH_BREAK_RE, DateMention, shift_date
from sleuth.text.nationality import (
    FIRST_FLIGHT_ANCHOR,
    countries_named,
    countries_of,
    nationality_parts,
)
from sleuth.text.numbers import parse_count

MOSCOW = ZoneInfo("Europe/Moscow")
# A numbered ship of a series that flew crews (not "Soyuz T"), or Buran's one orbiter: one
# flying empty is news ("the crewed Soyuz 2", "Buran, piloted by Igor Volk")
CREWED_SERIES = re.compile(r"(?:Soyuz|Vostok|Voskhod)\b.*\d|Buran\b", re.IGNORECASE)
# An apogee below this is an Earth orbit (the Moon is ~384,000 km away)
EARTH_ORBIT_APOGEE_KM = 100_000
# How the expected value names a record of another property than the claim's: GCAT's end
# of operations is not a re-entry, though it stands in for one when nothing else is known.
PROPERTY_WORDS = {"end_date": "end of operations", "landing_date": "landing",
                  "return_date": "return to Earth",
                  "reentry_date": "re-entry", "start_date": "start", "signed": "signed"}
DATE_PROPERTIES = {
    "launch_date": ("launch_date",),
    "landing_date": ("landing_date", "end_date"),
    "reentry_date": ("reentry_date", "end_date", "landing_date", "return_date"),
    "docking_date": ("docking_date",),
    "founded": ("founded", "start_date", "signed"),
}
# The words that tell a landing as a coming back: a sample capsule's return, not the
# lander's landing on another world
RETURN_WORDS = re.compile(r"\b(?:home|back|return(?:ed|s|ing)?)\b", re.IGNORECASE)
# A craft named with a day it was in space on, with nothing saying the day is its launch
IN_SERVICE_NOTE = "the craft was in space then; nothing says this date is its launch"
# How many of a timeline's verbless entries must be launch days for it to date by launches
LAUNCH_TIMELINE_MIN = 3
# A station's own crew list is not who lived aboard: crews came and went in other craft.
STATION_CREW_NOTE = ("who was aboard a station is not recorded as its crew; judged only by "
                     "the craft people flew in")
# A craft's number after its series' name: "-18" of "Soyuz MS-18"
SERIES_NUMBER = re.compile(r"-\d+$")
# The trigger words of "came down", "was brought down": a re-entry, or the landing of a
# crewed craft.
COMING_DOWN = frozenset({"came", "come", "comes", "brought"})
# Absolute and relative tolerance per property, in canonical units (s, km, kg, deg, orbits).
NUMBER_TOLERANCE = {
    "duration": (60.0, 0.002),
    "orbital_period": (6.0, 0.005),
    # Orbits decay, so sources quote different epochs: Sputnik 1's often quoted 215 x 939
    # km against GCAT's 227 x 947 km. The slack is the larger of 15 km and 2%; 10% passed
    # Sputnik 2's apogee written 1,761 km for 1,671, and 3% Sputnik 1's written 974 km.
    "perigee": (15.0, 0.02),
    "apogee": (15.0, 0.02),
    "mass": (0.5, 0.02),
    "inclination": (0.1, 0.0),
    # a recorded count is of whole orbits ("three orbits" already spans 2.5-3.5)
    "orbit_count": (0.0, 0.0),
}
# A count derived as duration / period is fractional: 2.3 orbits is two completed, three
# begun; and the period is the first orbit's, which a docked ship or a station's reboosts
# change by a few per cent (Soyuz 31's 88.9 min against Salyut 6's 91).
DERIVED_ORBIT_SLACK = 0.5
DERIVED_ORBIT_SPREAD = 0.03
# A stay aboard a station ("spent 22 days aboard") is its flight less the trips up and
# down: Soyuz 11's crew flew 23.8 days and were aboard Salyut 1 for 22.
STAY_SLACK = 3 * 86400.0
# A day in seconds, the canonical unit of durations: a count of days is whole days or
# rounded ones (Judge._number)
DAY_SECONDS = 86400.0
# An uncrewed craft's life (launch to re-entry or end, see Judge._lifetime) refutes only a
# duration of its order: one under a tenth of it is of a part of the mission.
LIFETIME_ENDS = ("reentry_date", "end_date")
LIFETIME_PART = 0.1
# After "to fly", "in space" …: a kind of craft that narrows which flights count ("on a
# Soyuz", "aboard the Space Shuttle", "to ride a Russian launcher"). "In space", "in the
# world" and a day ("on the 16th") narrow nothing, nor does a named craft, the flight's
# own ("the first woman in space aboard Vostok 6").
NARROWED_FLIGHT = re.compile(r"\s(?:on|aboard|in|with|ride|rode|riding)\s+(?:an?|the)\s+"
                             r"(?!(?:world|history|earth|orbit|record|\w+(?:st|nd|rd|th))\b|"
                             r"space\b(?!\s+(?:shuttle|station|plane)))[^\W\d]")
STATE_NAMES = {"SU": {"SU"}, "RU": {"RU", "SU"}, "US": {"US"}, "CN": {"CN"}, "J": {"J"},
               "IN": {"IN"}}
# Trigger words that tell of a whole flight, not only of its start ("flew", "mission").
FLIGHT_WORDS = frozenset({"flew", "flight", "flights", "flown", "mission", "orbited",
                          "orbiting", "voyage", "journey", "spent"})
MEMO_LIMIT = 20_000  # entries a Judge memo holds before it starts over (bounds memory)
K = TypeVar("K")
V = TypeVar("V")


class Judge:
    """Judges claim candidates against one catalog snapshot."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        # The snapshot is read-only, so what it answered once stays true: remember it.
        self._entity_facts: dict[str, list[Fact]] = {}
        self._related: dict[tuple[str, str, bool], list[str]] = {}
        self._kinds: dict[str, str] = {}
        self._program_facts: dict[tuple[str, tuple[str, ...]], list[Fact]] = {}
        self._pointing: dict[tuple[str, str], list[Fact]] = {}
        self._alias_norms: dict[str, set[str]] = {}
        self._longitudes: dict[str, tuple[float, ...]] = {}
        self._launches_from: dict[str, list[tuple[str, str, str, Fact]]] = {}

    def judge_launch_timelines(self, text: str, candidates: list[Candidate]) -> None:
        """Judge again, as launches, the verbless entries of a timeline ("28 Jun 1978 -
        Soyuz 30: Klimuk + Hermaszewski") left unverifiable because the craft was in space
        on the day, when most entries of its paragraph are their craft's launch days: the
        list dates its craft by launch, so a day off is a wrong launch day."""
        def line_of(cand: Candidate) -> tuple[int, str | None]:
            return text.rfind("\n", 0, cand.claim.start), cand.claim.subject_id

        breaks = [m.start() for m in PARAGRAPH_BREAK_RE.finditer(text)]
        blocks: dict[int, list[Candidate]] = {}  # paragraph -> its verbless entries
        dated_lines: dict[tuple[int, str | None], int] = {}  # (line, subject) -> dates
        for cand in candidates:
            if cand.date is not None:
                line = line_of(cand)
                dated_lines[line] = dated_lines.get(line, 0) + 1
            if cand.extra.get("timeline") and cand.claim.property == "launch_date" and (
                    "trigger" not in cand.extra):
                blocks.setdefault(bisect.bisect(breaks, cand.claim.start), []).append(cand)
        for entries in blocks.values():
            launches = sum(c.claim.verdict == "supported" for c in entries)
            # (not "1966-02-03 - Luna 9, launched on 31 January, makes the first soft
            # landing": an entry telling its craft's launch day apart is dated otherwise)
            undecided = [c for c in entries
                         if "in_service" in c.extra and dated_lines[line_of(c)] == 1]
            if undecided and launches >= LAUNCH_TIMELINE_MIN and (
                    launches >= 2 * len(undecided)):
                for cand in undecided:
                    cand.extra["timeline"] = "launches"
                    cand.claim.note = None
                    self.judge(cand)

    def judge(self, cand: Candidate) -> None:
        claim = cand.claim
        prop = claim.property
        if prop == "operator" and cand.extra.get("class") == "probes":
            self._probe_operator(cand)
            return
        if claim.subject_id is None:
            return
        if (craft := cand.extra.get("row_craft")) and not self._is_station(craft) and (
                craft not in self._related_ids(claim.subject_id, "crew_of")):
            # "Soyuz 2 | 25.10.1968 | 28.10.1968 | Beregovoy": he flew Soyuz 3, not the
            # row's ship (its crew claim says so); the row's landing is the ship's
            self._say_of(claim, [craft])
        if prop == "reentry_date" and cand.extra.get("trigger") in COMING_DOWN and (
                self._had_crew(claim.subject_id)
                and not self._is_station(claim.subject_id)):
            claim.property = prop = "landing_date"  # a crew that came down landed
        if prop == "landing_date" and cand.extra.get("trigger") == "column" and (
                self._fell_from_orbit(claim.subject_id)):
            # "Sputnik 1 | … | Landing: 1958-01-04": a table's landing column holds each
            # row's end, which for a satellite or a station was its fall
            claim.property = prop = "reentry_date"
        if prop in DATE_PROPERTIES and "offset_of" in cand.extra:
            self._anchored_date(cand)
        elif prop in DATE_PROPERTIES and cand.date:
            self._date(cand)
            if claim.verdict == "contradicted" and "either" in cand.extra:
                self._date_of_either(cand)
        elif prop == "duration" and cand.quantity and cand.extra.get("spacewalk"):
            self._time_outside(cand)
        elif prop in NUMBER_TOLERANCE and cand.quantity:
            self._number(cand)
        elif prop == "crew":
            self._crew(cand)
        elif prop == "first" or (prop == "launch_vehicle" and "site" in cand.extra):
            self._first(cand)  # a site's first launch, or the rocket it flew on
        elif prop == "launch_site":
            self._site(cand)
        elif prop == "launch_vehicle":
            self._vehicle(cand)
        elif prop == "operator":
            self._operator(cand)
        elif prop == "agreement":
            self._agreement(cand)
        elif prop == "participant":
            self._participation(cand)
        if claim.planned and claim.verdict == "contradicted":
            claim.verdict = "unverifiable"
            claim.note = "a plan, not a fact: not judged as false"
        elif claim.verdict == "contradicted" and "holder_either" in cand.extra:
            self._first_of_either(cand)
        elif claim.verdict == "contradicted" and (other := cand.extra.get("anchor_doubt")) and (
                not self._counted_instead(cand)):
            # "Venera 9 (8 Jun 1975) → pictures on 25 Oct 1975. Its twin Venera 10
            # launched 6 days later": counted from the pictures, or from the launch?
            claim.verdict = "unverifiable"
            claim.note = (f"counted from the {other.replace('_', ' ')} told just before, "
                          "though an earlier date of this kind may be meant")

    # -- helpers ---------------------------------------------------------------------------

    def _all_facts(self, entity_id: str) -> list[Fact]:
        """Every fact of an entity, fetched once per Judge (callers must not mutate it)."""
        facts = self._entity_facts.get(entity_id)
        if facts is None:
            facts = self.catalog.facts(entity_id)
            _remember(self._entity_facts, entity_id, facts)
        return facts

    def prefetch(self, entity_ids: Iterable[str]) -> None:
        """Fetch the facts of the entities a document's claims are about in one query
        (as :meth:`_all_facts` would one by one)."""
        missing = [e for e in dict.fromkeys(entity_ids) if e not in self._entity_facts]
        if len(missing) > 1:
            for entity_id, facts in self.catalog.facts_of(missing).items():
                _remember(self._entity_facts, entity_id, facts)

    def _fell_from_orbit(self, entity_id: str) -> bool:
        """Whether the craft's end was a fall from Earth orbit, not a landing: no crew and
        no landing in the catalog, and a station, or a reentry on record and an Earth
        orbit (a Moon probe's curated "reentry" is its crash there)."""
        if self._kind(entity_id) != "spacecraft" or self._facts(
                entity_id, ("crew", "crewed", "landing_date")):
            return False
        # (_fell_after_its_end asks for an Earth orbit itself, through _part_reentries)
        return self._is_station(entity_id) or (bool(self._facts(
            entity_id, ("reentry_date",))) and self._in_earth_orbit(entity_id)) or (
            self._fell_after_its_end(entity_id))

    def _fell_after_its_end(self, craft: str) -> bool:
        """Whether the craft's parts fell more than a day after its end of operations: it
        died in orbit (Fobos-Grunt, silent from November 2011, fell in January 2012). A
        capsule brought home sheds its parts the day it lands (Soyuz 2's orbital module)."""
        ends = [d.end() for f in self._facts(craft, ("end_date",))
                if (d := _parse(f.value)) is not None]
        return bool(ends) and any(
            (d := _parse(f.value)) is not None and d.start() > max(ends) + timedelta(days=1)
            for f in self._part_reentries(craft))

    def _part_reentries(self, craft: str) -> list[Fact]:
        """The reentry facts of a craft's parts (GCAT's auxiliary objects "part of" it,
        and theirs), when it has none of its own and an Earth orbit: Fobos-Grunt, stranded
        in Earth orbit, fell with its return capsule (its "VA") on 15 January 2012."""
        if self._facts(craft, ("reentry_date",)) or not self._in_earth_orbit(craft):
            return []
        out: list[Fact] = []
        parts, seen = [craft], {craft}
        while parts:
            for part in self._related_ids(parts.pop(), "part_of", reverse=True):
                if part not in seen:
                    seen.add(part)
                    parts.append(part)
                    out += self._facts(part, ("reentry_date",))
        return out

    def _in_earth_orbit(self, entity_id: str) -> bool:
        """Whether the catalog gives the craft an Earth orbit (an apogee under
        :data:`EARTH_ORBIT_APOGEE_KM`)."""
        return any(f.num is not None and f.num < EARTH_ORBIT_APOGEE_KM
                   for f in self._facts(entity_id, ("apogee",)))

    def _is_station(self, entity_id: str) -> bool:
        """Whether the entity is one of the curated space stations."""
        return any(f.record.startswith("curated stations.yaml")
                   for f in self._all_facts(entity_id))

    def _facts(self, entity_id: str, props: Iterable[str]) -> list[Fact]:
        """The entity's facts of the given properties, in catalog order (a new list)."""
        wanted = (props,) if isinstance(props, str) else tuple(props)
        facts = self._all_facts(entity_id)
        if not wanted:
            return list(facts)
        return [f for f in facts if f.property in wanted]

    def _series_members(self, craft: str) -> list[str]:
        """The spacecraft named as numbered members of ``craft``'s name: "Soyuz T-2",
        "Soyuz T-3" … for "Soyuz T"."""
        name = self._names([craft]).get(craft, "")
        return [m for m in self._named_members(name) if m != craft] if name else []

    def _named_members(self, series: str) -> list[str]:
        """The spacecraft named "``series``-…": "Soyuz T-2", "Soyuz T-3" … for "Soyuz T"."""
        rows = self.catalog.execute(
            "SELECT id FROM entity WHERE kind = 'spacecraft' AND name LIKE ? ESCAPE '\\'",
            (series.replace("%", "\\%").replace("_", "\\_") + "-%",))
        return [row["id"] for row in rows]

    def _related_ids(self, entity_id: str, relation: str, reverse: bool = False) -> list[str]:
        """Entities this one has ``relation`` to (or that have it to this one), in order."""
        key = (entity_id, relation, reverse)
        ids = self._related.get(key)
        if ids is None:
            if reverse:
                rows = self.catalog.execute(
                    "SELECT subject_id FROM relation WHERE object_id = ? AND relation = ?",
                    (entity_id, relation))
            else:
                rows = self.catalog.execute(
                    "SELECT object_id FROM relation WHERE subject_id = ? AND relation = ?",
                    (entity_id, relation))
            ids = list(dict.fromkeys(r[0] for r in rows))
            _remember(self._related, key, ids)
        return list(ids)

    def learn_kinds(self, mentions: Iterable[Mention]) -> None:
        """Remember the kinds of linked mentions, which the name table already knew, so
        judging their claims asks the catalog for no kind."""
        for m in mentions:
            if m.entity_id not in self._kinds:
                _remember(self._kinds, m.entity_id, m.kind)

    def _kind(self, entity_id: str) -> str:
        kind = self._kinds.get(entity_id)
        if kind is None:
            rows = self.catalog.execute("SELECT kind FROM entity WHERE id = ?", (entity_id,))
            kind = rows[0][0] if rows else ""
            _remember(self._kinds, entity_id, kind)
        return kind

    def _facts_pointing_to(self, entity_id: str, prop: str) -> list[Fact]:
        """Facts of other entities whose value is this one (a new list)."""
        key = (entity_id, prop)
        facts = self._pointing.get(key)
        if facts is None:
            facts = self.catalog.facts_pointing_to(entity_id, prop)
            _remember(self._pointing, key, facts)
        return list(facts)

    @staticmethod
    def _settle(cand: Candidate, supported: list[Fact], all_facts: list[Fact],
                verdict_if_none: str = "contradicted", note: str | None = None) -> None:
        claim = cand.claim
        if supported:
            claim.verdict = "supported"
            used = supported
        elif all_facts:
            claim.verdict = verdict_if_none  # type: ignore[assignment]
            used = all_facts
        else:
            claim.verdict = "unverifiable"
            claim.note = note or "the catalog has nothing on this point"
            return
        # (one record once, though reached through the craft and through its rider)
        distinct = {(f.source, f.record, f.property, f.value): f for f in used}
        claim.evidence = [Evidence.of(f) for f in list(distinct.values())[:8]]
        # the facts that support it first: a person's matching flight before their others
        values = list(dict.fromkeys(_shown(f, claim.property)
                                    for f in [*supported, *all_facts]))
        claim.expected = "; ".join(values[:4])
        if note:
            claim.note = note

    # -- dates -----------------------------------------------------------------------------

    def _anchored_date(self, cand: Candidate) -> None:
        """A launch placed against another's with no date of its own ("exactly one year
        after Sputnik 1"): dated from that launch in the catalog, then judged as a date."""
        claim = cand.claim
        anchor = cand.extra["offset_of"]
        count, unit = cand.extra["offset"].split()
        launches = self._launches_of(anchor)
        if not launches:
            self._settle(cand, [], [], note="no launch date for what it is counted from")
            return
        own = [_start(f.value) for f in self._launches_of(claim.subject_id or "")]

        def off_by(shifted: PartialDate | None) -> float:
            return min((abs((_start(shifted.iso()) - t).total_seconds()) for t in own),
                       default=0.0) if shifted is not None else float("inf")

        counted_to = []  # (launch, its instant, the day counted to from it)
        for fact in launches:
            instant = _parse(fact.value)
            assert instant is not None  # (_launches_of keeps readable dates only)
            counted_to.append((fact, instant, shift_date(
                instant.truncate(Precision.DAY), unit, int(count), exact="exact" in cand.extra)))
        # "two days after him", "ten years after Chrétien", of a man who flew more than
        # once: the flight that, counted on, comes nearest this one
        launch, instant, shifted = min(counted_to, key=lambda c: off_by(c[2]))
        if shifted is None:
            self._settle(cand, [], [], note="the offset is finer than the catalog's date")
            return
        claim.value = shifted.iso()
        cand.date = DateMention(claim.start, claim.end, claim.quote, shifted, "offset")
        self._date(cand)
        if claim.verdict == "contradicted" and unit in ("day", "week"):
            # "crashed eight days after launch", counted from the launch's day in Moscow
            # (Luna 25 left on 10 August UTC, the 11th in Moscow): any calendar day the
            # launch fell on may be the one counted from
            for key in _calendar_days(instant, self._local_offsets(anchor)):
                year, month, day_of = (*key, None, None)[:3]
                if year is None or month is None or day_of is None:
                    continue  # (a launch known to the month only)
                local = shift_date(PartialDate(year, month, day_of), unit, int(count))
                if local is None or local == shifted:
                    continue
                cand.date, claim.note = replace(cand.date, date=local), None
                self._date(cand)
                if claim.verdict == "supported":
                    claim.value = local.iso()
                    break
            else:
                cand.date, claim.note = replace(cand.date, date=shifted), None
                self._date(cand)
        claim.evidence.append(Evidence.of(launch))
        counted = (f"counted from {self._names([anchor])[anchor]}'s launch, "
                   f"{launch.value} ({launch.source})")
        claim.note = f"{claim.note}; {counted}" if claim.note else counted

    def _launches_of(self, entity_id: str) -> list[Fact]:
        """The launch dates, readable ones only, of a craft or of a person's flights."""
        facts = (self._people_flight_facts([entity_id], ("launch_date",))
                 if self._kind(entity_id) == "person"
                 else self._facts(entity_id, ("launch_date",)))
        return [f for f in facts if _parse(f.value)]

    def _date(self, cand: Candidate) -> None:
        claim = cand.claim
        assert cand.date is not None
        props = DATE_PROPERTIES[claim.property]
        if claim.property == "landing_date" and not cand.extra.get("off_earth"):
            props = (*props, "return_date")  # "Luna 16's capsule landed in Kazakhstan on …"
        subject = claim.subject_id or ""
        kind = self._kind(subject)
        facts: list[Fact] = []
        if kind == "person":
            facts = self._people_flight_facts(_ids(cand.extra.get("company")) or [subject],
                                              props)
            if home := cand.extra.get("home_in"):  # "she landed … aboard MS-24"
                facts += [f for f in self._facts(home, props) if f not in facts]
        elif claim.property == "founded":
            # A programme is set up when it starts; a body the history layer records as an
            # agreement ("Glavkosmos", "Intersputnik") when its founding act was signed.
            facts = (self._facts(subject, ("start_date",)) if kind == "program"
                     else self._facts(subject, ("signed",)) if kind == "agreement"
                     else self._lineage_founding(subject))
            if not facts and kind == "program":  # GCAT's "ISRO" programme: the agency
                for org in self._organizations_named_like(subject):
                    facts += self._lineage_founding(org)
        elif kind == "program":
            facts = self._program_dates(subject, props)
        elif kind == "vehicle":
            facts = self._rocket_launches(subject) if "launch_date" in props else []
        elif kind == "site" and cand.extra.get("site_first"):  # "its first launch in 2016"
            found = self._nth_site_launch(subject, cand)
            if isinstance(found, str):
                self._settle(cand, [], [], note=found)
                return
            facts = self._facts(found[0], ("launch_date",))
        elif cand.extra.get("earliest") == "crewed" and kind == "spacecraft" and not (
                self._had_crew(subject)):
            # "Soyuz T made its first flight with a crew": GCAT's "Soyuz T" is the
            # uncrewed first ship; the text means the series, "Soyuz T-1", "T-2" …
            facts = [f for member in self._series_members(subject)
                     if self._had_crew(member)
                     for f in self._facts(member, props)]
            facts = [min(facts, key=lambda f: _start(f.value))] if facts else []
        else:
            facts = self._facts(subject, props)
            if claim.property == "reentry_date" and kind == "spacecraft":
                facts += self._part_reentries(subject)
            if claim.property == "landing_date":
                facts = _landing_facts(facts, claim.quote)
            if claim.property == "landing_date" and not facts and cand.extra.get("off_earth"):
                # "Lunokhod 1 arrived on the Moon": it landed on the craft it was part of
                facts = [f for whole in self._related_ids(subject, "part_of")
                         for f in self._facts(whole, props)]
        visits_only = False
        if claim.property == "docking_date":  # a docking is recorded on the visitor
            visits = self._facts_pointing_to(subject, "docking_date")
            # a station several craft visited: the catalog lists some visits, not all
            visits_only = not facts and len({f.entity_id for f in visits}) > 1
            facts += visits
        facts = [f for f in facts if _parse(f.value)]
        claimed = cand.date.date
        longitudes = self._local_offsets(subject)
        if cand.date.tz and claimed.precision.rank >= Precision.HOUR.rank:
            claimed = _to_utc(claimed, cand.date.tz)
        matches = _unzoned_matcher(claimed, longitudes) if cand.date.tz is None and (
            claimed.precision.rank >= Precision.HOUR.rank) else _value_matcher(
            claimed, longitudes)
        if kind == "vehicle" and facts and not cand.extra.get("earliest"):
            # "an R-7 launched it on 4 October 1957": one of the rocket's many launches;
            # a day it did not fly is no proof the writer meant another launch
            supporting = [f for f in facts if matches(f.value) == "match"]
            self._settle(cand, supporting[:8], supporting, "unverifiable", note=(
                None if supporting else "no launch on this rocket that day; the sentence "
                "does not say which launch it means"))
            return
        if kind == "vehicle" and facts and not self._is_family(subject):
            # "Proton-K first flew on 10 March 1967": GCAT calls that rocket UR-500K, and
            # splits other rockets by name too, so a variant's earliest launch under its
            # own name may not be its first flight, if its family flew that day
            kin = [f for f in self._family_launches(subject) if matches(f.value) == "match"
                   and _start(f.value) < _start(facts[0].value)]
            if kin:
                self._settle(cand, [], facts[:1] + kin[:3], "unverifiable", note=(
                    "the catalog's first launch under this rocket name is later; a rocket "
                    "of its family, named otherwise, flew that day"))
                return
        if cand.extra.get("earliest") and facts and kind in ("program", "vehicle"):
            # "Energia first flew on 15 May 1987": its first launch, not the programme's
            # start (1976), when the catalog has its launches
            flights = [f for f in facts if f.property != "start_date"] or facts
            if cand.extra["earliest"] == "crewed":  # "its first flight with a crew"
                flights = [f for f in flights
                           if self._had_crew(f.entity_id)] or flights
            facts = [min(flights, key=lambda f: _start(f.value))]
            if kind == "vehicle" and "first_from" in cand.extra and (
                    matches(facts[0].value) != "match") and (
                    there := self._first_launch_from(subject, cand.extra["first_from"])):
                facts = [*there, *facts]  # its first from there may be the one meant
        # the history layer dates the touchdown: the end of the lander's work after it
        # (Luna 9 down on 3 February 1966, silent on the 6th) is no landing day
        ended = claim.property == "landing_date" and _touchdown(facts)
        matching, coarse = [], []
        for fact in facts:
            result = matches(fact.value)
            if result == "match" and not (ended and fact.property == "end_date"):
                matching.append(fact)
            elif result == "coarse":
                coarse.append(fact)
        if matching and cand.date.elapsed_from is not None:
            # "A year later", after October 1968, is about October 1969: a date in 1969
            # that is not within half a year (or a tenth of the years) of it is not
            lo, hi = _elapsed_window(cand.date.elapsed_from, cand.date.elapsed_years)
            if not any(lo <= _start(f.value) < hi for f in matching):
                self._settle(cand, [], matching, note=(
                    f"{abs(cand.date.elapsed_years)} year(s) from "
                    f"{cand.date.elapsed_from.iso()} is {lo:%Y-%m} to {hi:%Y-%m}"))
                return
        named = set(_ids(cand.extra.get("crafts")))
        if not matching and kind == "person" and named:
            # "Kizim and Atkov set off in Soyuz T-15 on 13 March 1986": not the flight the
            # two shared (T-10, 1984), but Kizim's own launch that day in the craft named;
            # the crew claims tell whether Atkov went too
            own = [f for f in self._people_flight_facts([subject], props) if _parse(f.value)]
            if own_matching := [f for f in own if f.entity_id in named
                                and matches(f.value) == "match"]:
                facts, matching, coarse = own, own_matching, []
            elif len(named) == 1 and (craft := next(iter(named))) not in self._related_ids(
                    subject, "crew_of") and (ship := [f for f in self._facts(craft, props)
                                                      if matches(f.value) == "match"]):
                # "Soyuz TM-2 with Romanenko and Aleksandrov started 06.02.1987": the
                # ship's day, with a man who did not fly it (the crew claim says so)
                name = self._names([subject])[subject]
                self._say_of(claim, [craft])
                day_of = ("the launch of the ship named" if claim.property == "launch_date"
                          else "the ship named")
                self._settle(cand, ship, ship + facts, note=f"{day_of}, which {name} did not fly")
                return
        if not matching and kind != "person" and (row := cand.extra.get("row_person")):
            # "Hermaszewski | Soyuz 31 | 27 June 1978": his launch that day (on Soyuz 30);
            # the row's crew claim judges the ship it names
            own = [f for f in self._people_flight_facts([row], props)
                   if matches(f.value) == "match"]
            if own:
                names = self._names([row, *(f.entity_id for f in own)])
                self._settle(cand, own, facts + own, note=(
                    f"the date of {names[row]}'s launch, on "
                    + ", ".join(sorted({names[f.entity_id] for f in own}))))
                return
        company = _ids(cand.extra.get("company"))
        if not matching and kind == "person" and len(company) > 2:
            # "Shepherd with Usachev and Krikalev lifted off on 31 October 2000": the flight
            # most of them shared that day (Gidzenko, not Usachev, was the third; the crew
            # claims say so)
            flew = {p: read for p in company if (read := [
                f for f in self._people_flight_facts([p], props) if matches(f.value) == "match"])}
            if 2 * len(flew) > len(company):
                names = self._names(company)
                absent = [names[p] for p in company if p not in flew]
                read = next(iter(flew.values()))
                self._settle(cand, read[:1], facts + read[:1], note=(
                    "the date of the flight most of them shared; not of "
                    + ", ".join(absent)))
                return
        if not matching and (weeks := _weeks_counted(cand.date)) and facts:
            # "arrived seven weeks later": 49 days is about seven weeks, not a day
            slack = timedelta(days=1 + weeks // 2)
            near = [f for f in facts if (day := _parse(f.value)) is not None
                    and claimed.start() - slack <= day.start() < claimed.end() + slack]
            if near:
                self._settle(cand, near, facts, note=(
                    f"{weeks} week(s) is a round count: within {slack.days} day(s) of it"))
                return
        if not matching and facts and (days := _days_of_span(cand.date)):
            # "Jan. 14–15 — Soyuz 4 and Soyuz 5 lift off a day apart": an event of an entry
            # headed by a span of days is on one of them
            offsets = self._local_offsets(subject)
            day_matchers = [_value_matcher(day, offsets) for day in days]
            read = [f for f in facts if any(on_day(f.value) == "match"
                                            for on_day in day_matchers)]
            if read:
                self._settle(cand, read, facts, note=(
                    f"within the span of days the entry is dated by, {claimed.iso()} to "
                    f"{days[-1].iso()}"))
                return
        if not matching and (other := cand.date.alternative) is not None:
            # "12/9/59" is 9 December month first, 12 September day first; a yearless day
            # may be in the paragraph's other year: either is a reading the writer may have
            # meant
            other_matches = _value_matcher(other, self._local_offsets(subject))
            read = [f for f in facts if other_matches(f.value) == "match"]
            if read:
                claim.value = other.iso()
                self._settle(cand, read, facts, note=(
                    f"the year is not said: {other.year}, of an earlier date in the "
                    f"paragraph, fits; the last year named was {claimed.year}"
                    if cand.date.kind == "yearless" else
                    f"{cand.date.text} read day first; month first it is {claimed.iso()}"))
                return
        if (not matching and kind == "program" and claim.property == "launch_date"
                and not cand.extra.get("earliest") and facts
                and all(f.property == "start_date" for f in facts)):
            # "Apollo-Soyuz Test Project … Fifty years ago": a programme's flights, of which
            # the catalog knows only when the programme started
            self._settle(cand, [], facts, "unverifiable", note=(
                "the catalog has the programme's start, not its launches"))
            return
        if not matching and coarse:
            self._settle(cand, [], coarse, "unverifiable",
                         note="the catalog knows this date only at a coarser precision")
            return
        # Uncertain catalog dates ("1962-04?") may support a claim but not refute it.
        certain = [f for f in facts if not f.value.endswith("?")]
        if not matching and facts and not certain:
            self._settle(cand, [], facts, "unverifiable", note="the catalog's date is uncertain")
            return
        if (not matching and claim.property == "launch_date" and "trigger" not in cand.extra
                and "bracketed" not in cand.extra and "anniversary" not in cand.extra
                and cand.extra.get("arrival") != "listed" and "label" not in cand.extra
                and kind != "person" and cand.extra.get("timeline") != "launches"
                and self._in_service(subject, claimed)):
            # "wrecked Mir in 1997": a craft named with a date and no launch word is only
            # taken for a launch when the date is outside the years it flew.
            # (A module in a chronology of modules, an "arrival", is dated by its launch
            # year, or by month or day by its launch or its docking; a caption's "Soyuz TM-12 -
            # 19 May 1991", a "label", by its launch day.)
            docked = [f for f in self._facts(subject, ("docking_date",)) if _parse(f.value)
                      ] if cand.extra.get("arrival") == "launch_or_docking" else []
            if docked and not any(matches(f.value) == "match" for f in docked):
                # "The station grew module by module: …, Kristall in May 1991": a month
                # (or a day) that is neither the module's launch nor its docking
                self._settle(cand, [], [*facts, *docked], note=(
                    "a module listed as the station grew: neither its launch nor its "
                    "docking"))
                return
            cand.extra["in_service"] = "yes"
            self._settle(cand, [], facts, "unverifiable", note=IN_SERVICE_NOTE)
            return
        if (not matching and claim.property == "launch_date" and kind == "person"
                and (cand.extra.get("trigger") in FLIGHT_WORDS or "timeline" in cand.extra
                     or "during" in cand.extra)):
            # "Two days later Dzhanibekov flew the ship in": on a day they were up, "flew"
            # tells what they did aboard, not when they launched; nor does a timeline's
            # "25 July 1984: Svetlana Savitskaya walks in space".
            flight = self._flight_on(subject, claimed,
                                     overlap=cand.extra.get("trigger") == "spent")
            if flight is not None:
                up, down = flight
                self._settle(cand, [], [up, down], "unverifiable",
                             note=f"in flight that day (up {up.value}, down {down.value}): "
                                  "the date is not said to be a launch")
                return
        if not matching and kind == "person" and (unlisted := [
                f for craft in self._unlisted_flights(subject)
                for f in self._facts(craft, props) if matches(f.value) == "match"]):
            # "on 5 April 1975 a launch failure left Lazarev and Makarov with a 21-minute
            # suborbital flight": the crew data leaves out Soyuz 18a, a crewed launch that
            # day whose crew the catalog does not list
            name = self._names([unlisted[0].entity_id])[unlisted[0].entity_id]
            self._settle(cand, [], [*unlisted, *facts], "unverifiable", note=(
                f"{name} flew with a crew that day, and the catalog does not list who"))
            return
        if not matching and claim.property == "landing_date" and (kind == "person" or (
                kind == "spacecraft" and not facts and cand.extra.get("riders"))) and (
                unrecorded := self._launch_without_landing(subject, claimed)):
            # "On 11 October 2018 Ovchinin … rode out a booster failure on Soyuz MS-10 and
            # landed safely" ("Soyuz MS-10 failed …, and Ovchinin and Hague landed"): a
            # flight the catalog has no landing for; their other landings do not tell when
            # this one came down
            name = self._names([unrecorded.entity_id])[unrecorded.entity_id]
            self._settle(cand, [], [unrecorded, *facts], "unverifiable", note=(
                f"after the launch of {name} ({unrecorded.value}), whose landing the catalog "
                "does not record"))
            return
        if not matching and claim.property in ("landing_date", "reentry_date") and (
                kind == "spacecraft"):
            # "Mars 2 crashed on 27 November 1971": its lander did, a payload of its launch
            siblings = self._co_payload_facts(subject, props)
            landed = [f for f in siblings if matches(f.value) == "match"]
            if landed:
                names = self._names(f.entity_id for f in landed)
                self._settle(cand, landed, facts + landed, note=(
                    "the date of " + ", ".join(sorted(set(names.values())))
                    + ", carried on the same launch"))
                return
        if not matching and cand.extra.get("off_earth") and facts and (
                launches := [f for f in self._facts(subject, ("launch_date",))
                             if _parse(f.value)]) and all(
                claimed.end() <= _start(f.value) for f in launches):
            # "Apollo 11 landed on the Moon in July 1968": before it was launched
            self._settle(cand, [], launches, note="a landing before the launch")
            return
        if not matching and cand.extra.get("off_earth") and facts and all(
                claimed.end() <= _start(f.value) for f in facts) and not _touchdown(facts):
            # "Luna 20 landed on the Moon on 21 February 1972": GCAT dates the end of the
            # lander's work (its ascent stage leaving on the 22nd), not the touchdown on the
            # Moon, which came before (unless the history layer has it, as for Luna 16)
            self._settle(cand, [], facts, "unverifiable", note=(
                "a landing on another world before the end the catalog records; the catalog "
                "does not date the touchdown itself"))
            return
        if not matching and (cand.date.kind == "yearless" or cand.date.year_guessed) and facts:
            # "lifted off on January 24 that year": the day is the writer's, the year only
            # this reading's guess from the dates around it (a month alone, "flew in
            # August", too, but not "that February", which says the year just named)
            same_day = [f for f in certain if _same_month_day(claimed, f.value) and not (
                ended and f.property == "end_date")] if (
                claimed.day is not None or "year" not in cand.extra) else []
            if same_day:
                self._settle(cand, same_day, facts, note=(
                    f"the {'day and month match' if claimed.day else 'month matches'}; the "
                    "year was not written and the one read from the text around it differs"))
                return
        if not matching and kind == "program" and claim.property == "launch_date" and (
                claimed.precision.rank >= Precision.DAY.rank):
            # "the first Soyuz launch from Kourou on 21 October 2011": the rocket's, not
            # the crewed ship's; a launch that day on a rocket of the programme's name
            rocket = [f for f in self._launches_on_rocket(subject, claimed)
                      if matches(f.value) == "match"]
            if rocket:
                self._settle(cand, rocket, facts + rocket, note=(
                    "a launch that day on a rocket of this name, not a member of the "
                    "programme"))
                return
        if not matching and kind == "program" and not cand.extra.get("earliest") and (
                self._within_members(facts, claimed)):
            # "the Soyuz … in July 2011": some flight of a programme still flying then, or
            # the programme's rocket; none of its members is named, so none is refuted
            self._settle(cand, [], facts[:8], "unverifiable", note=(
                "within the years the programme flew; the date names none of its flights"))
            return
        if visits_only and not matching:
            self._settle(cand, matching, facts, "unverifiable", note=(
                "not among the dockings with it that the catalog records, which are not "
                "all of them"))
            return
        riders = _ids(cand.extra.get("riders"))
        if not matching and riders and claim.property in ("launch_date", "landing_date"):
            # "She launched on Soyuz T-6 in August 1982": not T-6's date, but hers (on
            # T-7); the craft is a crew claim of its own
            theirs = self._people_flight_facts(riders, props)
            read = [f for f in theirs if matches(f.value) == "match"]
            if not read and claim.property == "landing_date" and len(riders) > 1:
                # "Soyuz TM-11 | 02.12.1990 | 10.12.1990 | Afanasyev, Manarov, Akiyama":
                # the day one of them, up in this ship, came home in another
                for rider in riders:
                    read = [down for _, _, up, down in self._flight_spans(rider)
                            if up.entity_id == subject and matches(down.value) == "match"]
                    if read:
                        riders = [rider]
                        break
            if read:
                self._say_of(claim, riders)
                rode = read[0].entity_id
                self._settle(cand, read, facts + read, note=(
                    f"the date of their flight on {self._names([rode])[rode]}, not of "
                    f"{self._names([subject])[subject]}"))
                return
            facts += theirs
        self._settle(cand, matching, facts)
        if matching and kind == "person" and "company" in cand.extra:
            # the flight the people listed shared is what the date is of
            shared = matching[0].entity_id
            self._say_of(claim, [shared])
        if kind == "program" and claim.expected:
            self._name_members(claim, matching or facts)

    @staticmethod
    def _within_members(facts: list[Fact], claimed: PartialDate) -> bool:
        """Whether ``claimed`` falls between the first and the last of a programme's
        members' dates (its own start aside), when it has several."""
        dates = [d for f in facts if f.property != "start_date"
                 and (d := _parse(f.value)) is not None]
        if len(dates) < MANY_MEMBERS:
            return False
        first = min(d.start() for d in dates)
        last = max(d.end() for d in dates)
        return first <= claimed.start() and claimed.end() <= last

    def _launches_on_rocket(self, program: str, day: PartialDate) -> list[Fact]:
        """Launches within a day of ``day`` on a rocket named like the programme
        ("Soyuz-ST-B" for Soyuz), from the catalog's launch events."""
        name = _norm(self._names([program]).get(program, ""))
        if not name:
            return []
        start = day.start()
        rows = self.catalog.execute(
            "SELECT entity_id, date, title, source, record FROM event WHERE kind = 'launch' "
            "AND date >= ? AND date < ?",
            ((start - timedelta(days=1)).strftime("%Y-%m-%d"),
             (start + timedelta(days=2)).strftime("%Y-%m-%d")))
        return [_launch_fact(row) for row in rows if _named_rocket(name, _rocket_of(row))]

    @cached_property
    def _launches_by_rocket(self) -> dict[str, list[Fact]]:
        """Every launch and launch failure, by the rocket it flew on ("Polyus on
        Energiya": Energiya), earliest first."""
        out: dict[str, list[Fact]] = {}
        for row in self.catalog.execute(
                "SELECT entity_id, date, title, source, record FROM event WHERE kind IN "
                "('launch', 'launch failure', 'crewed launch') ORDER BY date"):
            out.setdefault(_rocket_of(row), []).append(_launch_fact(row))
        return out

    @cached_property
    def _rockets_of_family(self) -> dict[str, set[str]]:
        """The catalog's rocket names (normalized) by the family they belong to."""
        out: dict[str, set[str]] = {}
        for row in self.catalog.execute(
                # CROSS JOIN keeps SQLite from scanning every fact for the families:
                # the rockets come first, then each one's facts by the entity index
                "SELECT e.name AS name, f.value AS family FROM entity e CROSS JOIN fact f "
                "ON f.entity_id = e.id AND f.property = 'family' WHERE e.kind = 'vehicle'"):
            out.setdefault(_norm(row["family"]), set()).add(_norm(row["name"]))
        return out

    def _is_family(self, vehicle: str) -> bool:
        """Whether a rocket's name is its family's ("Zenit", "Angara")."""
        name = _norm(self._names([vehicle]).get(vehicle, ""))
        return bool(name) and name in self._rockets_of_family

    def _family_launches(self, vehicle: str) -> list[Fact]:
        """The launches of every rocket of a rocket's family (UR-500K for Proton-K)."""
        families = {_norm(f.value) for f in self._facts(vehicle, ("family",))}
        rockets = set().union(*(self._rockets_of_family.get(f, set()) for f in families))
        launches = self._launches_by_rocket
        return [f for rocket in rockets for f in launches.get(rocket, [])]

    def _rocket_launches(self, vehicle: str) -> list[Fact]:
        """The launches of a rocket, earliest first (see :meth:`_rockets_named`)."""
        launches = self._launches_by_rocket
        facts = [f for rocket in self._rockets_named(vehicle) for f in launches.get(rocket, [])]
        return sorted(facts, key=lambda f: f.value)

    def _rockets_named(self, vehicle: str) -> set[str]:
        """The rockets (normalized names) a rocket's name stands for. A name that is a
        family's ("Zenit", "Energiya", "Angara") stands for every rocket of that family (GCAT
        also has a Swiss sounding rocket called Zenit, of the family "Zenith"); another
        ("Proton-K") for itself and its upper-stage configurations ("Proton-K/DM-2")."""
        name = _norm(self._names([vehicle]).get(vehicle, ""))
        if not name:
            return set()
        return self._rockets_of_family.get(name) or {
            rocket for rocket in self._launches_by_rocket if _named_rocket(name, rocket)}

    def _co_payload_facts(self, craft: str, props: Sequence[str]) -> list[Fact]:
        """The ``props`` facts of the other payloads of the craft's launch (a probe's
        lander, a station's companion satellite)."""
        out: list[Fact] = []
        for launch in self._related_ids(craft, "payload_of"):
            for other in self._related_ids(launch, "payload_of", reverse=True):
                if other != craft:
                    out += self._facts(other, props)
        return [f for f in out if _parse(f.value)]

    def _name_members(self, claim: Claim, facts: list[Fact]) -> None:
        """Say which member of a program a date belongs to: "1966-11-28T11:00:00Z
        (gcat:launchlog: Kosmos-133)", not just the date."""
        distinct: dict[tuple[str, str, str], Fact] = {}
        for fact in facts:
            distinct.setdefault((fact.value, fact.source, fact.entity_id), fact)
            if len(distinct) == 4:
                break
        shown = list(distinct.values())
        names = self._names(f.entity_id for f in shown)
        claim.expected = "; ".join(
            _shown(f, claim.property) if f.entity_id == claim.subject_id
            else _shown(f, claim.property, names[f.entity_id]) for f in shown)

    def _program_dates(self, program_id: str, props: tuple[str, ...]) -> list[Fact]:
        key = (program_id, props)
        cached = self._program_facts.get(key)
        if cached is None:
            cached = self._query_program_dates(program_id, props)
            _remember(self._program_facts, key, cached)
        return list(cached)

    def _query_program_dates(self, program_id: str, props: tuple[str, ...]) -> list[Fact]:
        ids = [program_id, *self._related_ids(program_id, "part_of", reverse=True)]
        facts = self._facts(program_id, ("start_date",)) if "launch_date" in props else []
        members = {pid: self._related_ids(pid, "member_of", reverse=True)[:400] for pid in ids}
        member_facts = self.catalog.facts_of(  # one query for all members, not one each
            (m for group in members.values() for m in group), props)
        for pid in ids:
            for member in members[pid]:
                facts += [f for f in member_facts[member]
                          if f.source == "gcat:launchlog" or f.property != "launch_date"]
        return facts

    def _organizations_named_like(self, entity_id: str) -> list[str]:
        """Organizations one of whose names is this entity's name ("ISRO")."""
        names = self._names([entity_id])
        rows = self.catalog.execute(
            "SELECT DISTINCT a.entity_id FROM alias a JOIN entity e ON e.id = a.entity_id "
            "WHERE a.norm = ? AND e.kind = 'organization' ORDER BY a.entity_id",
            (_norm(names[entity_id]),))
        return [r[0] for r in rows]

    def _lineage_founding(self, org_id: str) -> list[Fact]:
        """An agency's founding, and its same-class predecessors' ("Roscosmos" ← RKA), or
        those of its own name (GCAT files the Gagarin centre under the Air Force to 2009 and
        under the space agency since, as two bodies of one name)."""
        facts = self._facts(org_id, ("founded",))
        org_class = {f.value for f in self._facts(org_id, ("class",))}
        own_name = _norm(self._names([org_id])[org_id])
        seen = {org_id}
        frontier = [org_id]
        while frontier:
            current = frontier.pop()
            for pred in self._related_ids(current, "successor_of"):
                if pred in seen:
                    continue
                seen.add(pred)
                if org_class and {f.value for f in self._facts(pred, ("class",))} != org_class and (
                        _norm(self._names([pred])[pred]) != own_name):
                    continue
                facts += self._facts(pred, ("founded",))
                frontier.append(pred)
        return facts

    def _org_family(self, org_id: str) -> set[str]:
        """An organization under each of its names over time (its predecessors and
        successors), the bodies it is part of directly, and its parts: who may be said to
        operate what it operates ("NASA" for a craft its Johnson centre runs)."""
        family = {org_id}
        frontier = [org_id]
        while frontier:  # the lineage, both ways
            current = frontier.pop()
            for other in (*self._related_ids(current, "successor_of"),
                          *self._related_ids(current, "successor_of", reverse=True)):
                if other not in family:
                    family.add(other)
                    frontier.append(other)
        parts = list(family)
        while parts:  # and everything part of it, however deep
            current = parts.pop()
            for part in self._related_ids(current, "part_of", reverse=True):
                if part not in family:
                    family.add(part)
                    parts.append(part)
        family.update(self._related_ids(org_id, "part_of"))
        return family

    def _local_offsets(self, entity_id: str) -> tuple[float, ...]:
        """Longitudes (degrees east) of the subject's launch site, for the local solar day."""
        lons: tuple[float, ...] = ()
        for fact in self._all_facts(entity_id):
            if fact.property == "launch_site" and fact.object_id:
                lons += self._site_longitudes(fact.object_id)
        return lons

    def _site_longitudes(self, site_id: str) -> tuple[float, ...]:
        """The longitudes in a site's coordinates."""
        lons = self._longitudes.get(site_id)
        if lons is None:
            lons = tuple(float(m.group(1)) for fact in self._facts(site_id, ("coordinates",))
                         if (m := EAST_LONGITUDE.search(fact.value)))
            _remember(self._longitudes, site_id, lons)
        return lons

    # -- numbers ---------------------------------------------------------------------------

    def _number(self, cand: Candidate) -> None:
        claim, q = cand.claim, cand.quantity
        assert q is not None
        prop = claim.property
        low, high = (q.low2, q.high2) if cand.second and q.low2 is not None else (q.low, q.high)
        assert low is not None and high is not None
        if prop == "duration" and not (q.approx or q.bound or cand.second) and (
                high - low == DAY_SECONDS and q.value % DAY_SECONDS == 0):
            # "Soyuz TM-30 flew for 72 days" (72 d 19 h): whole days are counted as well as
            # rounded, so a count of days is met by anything short of the next day
            high = q.value + DAY_SECONDS
        if q.bound == "min":
            high = float("inf")
        elif q.bound == "max":
            low = 0.0
        subject = claim.subject_id or ""
        company = _ids(cand.extra.get("company"))
        if company and prop in ("duration", "orbit_count"):
            # "Dobrovolsky, Volkov and Yeliseyev … spent 22 days": the flight they shared
            shared = set(self._shared_flights(company))
            members = [p for p in company
                       if shared.intersection(self._related_ids(p, "crew_of"))] or [subject]
            # their shared flights' own values and their stays, not one's career total
            facts = [f for p in members for f in self._number_facts(p, prop, shared)
                     if f.entity_id in shared or f.source == "derived"]
        else:
            facts = self._number_facts(subject, prop)
            if cand.extra.get("one_flight"):  # "a flight of two days": not a career total
                facts = [f for f in facts if f.property != "time_in_space"]
        if prop in ("duration", "orbit_count"):
            facts = self._of_flight_told(subject, facts, cand)
        if prop == "orbit_count" and not facts:
            facts = self._derived_orbit_count(subject)
        stay = STAY_SLACK if cand.extra.get("stay") else 0.0
        values = [(f, v) for f in facts if (v := _canonical(f, prop)) is not None]
        supported = self._within(values, prop, low, high, stay)
        riders = _ids(cand.extra.get("riders"))
        row = bool(cand.extra.get("crew_row"))
        if not supported and (riders or row) and prop in ("duration", "orbit_count"):
            # "A and B rode up on Soyuz T-5 … and stayed 211 days": their stay, not T-5's;
            # "Artsebarsky, Krikalev, Sharman | 312 d": the one of them it is true of, and
            # in a table's row whoever went up ("Romanenko, Aleksandrov | 326 d"), on its
            # craft
            craft = self._names([subject]).get(subject, "") if row else ""
            if row:
                riders += [p for p in self._related_ids(subject, "crew_of", reverse=True)
                           if p not in riders]
            for rider in riders:
                told = self._of_flight_told(rider, self._number_facts(rider, prop), cand)
                if not row and len(self._related_ids(rider, "crew_of")) > 1:
                    # their stay on this flight, not the career total of one who flew again
                    told = [f for f in told if f.property != "time_in_space"]
                theirs = [(f, v) for f in told
                          if (not row or f.entity_id == subject or _went_up_in(f.record, craft))
                          and (v := _canonical(f, prop)) is not None]
                values += theirs
                if within := self._within(theirs, prop, low, high, stay):
                    supported = within
                    # prose's riders together ("A and B … stayed"); a row's, the one
                    self._say_of(claim, riders if rider == riders[0] and not row else [rider])
                    break
        if not supported and not (riders or row) and prop == "duration" and (
                self._kind(subject) == "spacecraft" and not self._is_station(subject)):
            # "Soyuz T-11, the third of April 1984, just under eight days in space": the
            # flight of those who went up in it and came home in another ship
            craft = self._names([subject]).get(subject, "")
            for rider in self._related_ids(subject, "crew_of", reverse=True):
                theirs = [(f, v) for f in self._number_facts(rider, prop)
                          if _went_up_in(f.record, craft)
                          and (v := _canonical(f, prop)) is not None]
                if within := self._within(theirs, prop, low, high, stay):
                    values, supported = values + theirs, within
                    self._say_of(claim, [rider])
                    break
        if not supported and prop == "duration" and values and (
                self._kind(subject) == "person") and (unlisted := self._within(
                [(f, v) for craft in self._unlisted_flights(subject)
                 for f in self._facts(craft, ("duration",))
                 if (v := _canonical(f, prop)) is not None], prop, low, high)):
            # "Lazarev and Makarov with a 21-minute suborbital flight": Soyuz 18a's, a
            # crewed flight whose crew the catalog does not list
            name = self._names([unlisted[0].entity_id])[unlisted[0].entity_id]
            self._settle(cand, [], [*unlisted, *(f for f, _ in values)], "unverifiable",
                         note=f"{name} flew that long with a crew the catalog does not list")
            return
        if not values:
            self._settle(cand, [], [])
            return
        if not supported and cand.extra.get("later_orbit"):
            self._settle(cand, [], [f for f, _ in values], "unverifiable", note=(
                "an orbit reached by a manoeuvre; the catalog gives the orbit at its own "
                "epoch"))
            return
        if prop == "duration" and not supported and all(
                f.source == "derived" and f.record.startswith(LIFETIME_ENDS)
                for f, _ in values) and high < LIFETIME_PART * min(v for _, v in values):
            # "Venera 13 … lasted 127 min in ~460 °C heat": its lander's hours on the
            # surface, not the months from launch to the end of the mission
            self._settle(cand, [], [f for f, _ in values], "unverifiable",
                         note="far shorter than the craft's life: a part of its mission")
            return
        if prop == "mass" and not supported and low > max(v for _, v in values) and (
                self._related_ids(subject, "module_of", reverse=True)):
            # "Mir mass: 129,700 kg": the station as assembled; the catalog weighs the
            # core module that was launched
            self._settle(cand, [], [f for f, _ in values], "unverifiable", note=(
                "more than its core module: the assembled station, which the catalog "
                "does not weigh"))
            return
        self._settle(cand, supported, [f for f, _ in values],
                     note="a stay aboard: up to its flight's length" if stay else None)

    def _counted_instead(self, cand: Candidate) -> bool:
        """Whether a date counted from a doubtful anchor, and refuted, is judged counted
        from the other one (``anchor_instead``, see
        :func:`sleuth.claims.extract._mark_doubtful_anchors`): right from it, that is the
        day the writer meant; wrong from it too, it is wrong whichever they meant."""
        instead = cand.extra.get("anchor_instead")
        if instead is None or cand.date is None:
            return False
        claim = cand.claim
        trial = replace(claim, value=instead, verdict="unverifiable", evidence=[],
                        expected=None, note=None)
        other = replace(cand, claim=trial, date=replace(
            cand.date, date=PartialDate.parse_iso(instead)))
        self._date(other)
        if other.claim.verdict == "supported":
            claim.value, claim.verdict, claim.expected, claim.evidence = (
                instead, "supported", other.claim.expected, other.claim.evidence)
            claim.note = "counted from the earlier date of the same kind told before"
        elif other.claim.verdict == "contradicted":
            claim.note = f"wrong counted from either date told before (or {instead})"
        else:
            return False
        return True

    def _date_of_either(self, cand: Candidate) -> None:
        """A ride's date refuted for its ship, judged for the person who rode it
        (:func:`sleuth.claims.extract._rider_of`): when it is true of them, it is their
        date, and the crew claim is where the writer went wrong."""
        claim = cand.claim
        found = self._judged_of(cand, "either", self._date)
        if found.verdict == "supported":
            claim.note = (f"true of {found.subject_name}, who rode with "
                          f"{claim.subject_name}: see the crew claim")
            claim.subject_id, claim.subject_name = found.subject_id, found.subject_name
            claim.verdict, claim.expected, claim.evidence = "supported", found.expected, (
                found.evidence)

    def _judged_of(self, cand: Candidate, key: str,
                   judge: Callable[[Candidate], None]) -> Claim:
        """``cand``'s claim judged afresh by ``judge`` as said of the entity its extra
        ``key`` names instead (the claim itself is left as it is)."""
        other_id = cand.extra[key]
        trial = replace(cand.claim, subject_id=other_id, subject_name=self._names(
            [other_id]).get(other_id, other_id), verdict="unverifiable", evidence=[],
            expected=None, note=None)
        other = replace(cand, claim=trial, extra={k: v for k, v in cand.extra.items()
                                                  if k != key})
        judge(other)
        return other.claim

    def _time_outside(self, cand: Candidate) -> None:
        """How long a spacewalk lasted ("Leonov was outside for about 12 minutes"), against
        the time outside the catalog gives the walker (or the crew of the craft named) on
        each flight: the curated walks' own times, and astronauts-2020's hours of EVA on a
        flight. The latter add up all of a flight's walks (Kizim's six in 1984 are 22.83 h),
        so they support a time they meet but refute none: a time only they disagree with
        is left unverifiable."""
        claim, q = cand.claim, cand.quantity
        assert q is not None
        low = 0.0 if q.bound == "max" else q.low
        high = float("inf") if q.bound == "min" else q.high
        subject = claim.subject_id or ""
        if self._kind(subject) == "person":
            people, flights = [subject], None
        else:
            people, flights = self._related_ids(subject, "crew_of", reverse=True), {subject}
        values = [(f, v) for p in people for f in self._all_facts(p)
                  if f.property == "eva_duration" and (v := f.num) is not None
                  and (flights is None or f.object_id in flights)]
        facts = [f for f, _ in values]
        walks = any(f.source == "curated" for f in facts)
        supported = self._within(values, "duration", low, high)
        note = ("the catalog has no time outside for this flight" if not facts else None
                if walks or supported else
                "astronauts-2020 gives a flight's spacewalks added up, not one's")
        self._settle(cand, supported, facts, "contradicted" if walks else "unverifiable",
                     note=note)

    def _first_of_either(self, cand: Candidate) -> None:
        """A first refuted for the companion it is set after, judged for the flyer the
        companion flew with (``holder_either``, see
        :func:`sleuth.claims.extract._traveller_apposed_after_companion`): when it is true
        of them, the writer meant them."""
        claim = cand.claim
        found = self._judged_of(cand, "holder_either", self._first)
        if found.verdict == "supported":
            claim.note = f"said after {claim.subject_name}, but true of {found.subject_name}"
            claim.subject_id, claim.subject_name = found.subject_id, found.subject_name
            claim.verdict, claim.expected, claim.evidence = "supported", found.expected, (
                found.evidence)

    def _of_flight_told(self, person: str, facts: list[Fact], cand: Candidate
                        ) -> list[Fact]:
        """Of a person's duration or orbit count ``facts``, those of the flight the claim's
        dates tell (:meth:`_pinned_flights`), when they tell one and the catalog has its
        value."""
        pinned = self._pinned_flights(person, cand)
        if not pinned:
            return facts
        if cand.claim.property == "orbit_count":
            return self._number_facts(person, "orbit_count", pinned) or facts
        return self._facts_of_flights(person, facts, pinned) or facts

    def _pinned_flights(self, person: str, cand: Candidate) -> set[str]:
        """The launch craft of the one flight of ``person`` every date told with a
        duration or an orbit count (``during``) falls in: "in June …, and in August they
        came home after 185 days" is of Ryumin's 1979 flight. Empty when the dates fit
        none or several."""
        during = cand.extra.get("during")
        if not during or self._kind(person) != "person":
            return set()
        told = [d for iso in during.split() if (d := _parse(iso)) is not None]
        day = timedelta(days=1)
        fitting = {launch.entity_id for up, down, launch, _ in self._flight_spans(person)
                   if all(d.start() < down + day and up - day < d.end() for d in told)}
        return fitting if len(fitting) == 1 else set()

    def _facts_of_flights(self, person: str, facts: list[Fact], flights: set[str]
                          ) -> list[Fact]:
        """Of a person's duration ``facts``, those of the ``flights`` (by launch craft):
        the flights' own, the person's stays from them and the rows of the person's flight
        lengths that went up in them; not the career total."""
        names = self._names(flights)
        return [f for f in facts if f.entity_id in flights or (
            f.source == "derived" and any(_stay_from(f.record, names[c]) for c in flights)) or (
            f.property == "flight_duration" and any(_rode_up_in(f.record, names[c])
                                                    for c in flights))]

    def _say_of(self, claim: Claim, people: list[str]) -> None:
        """Make ``people`` (the riders a claim turned out to be true of) its subject, or
        one craft: the flight people shared, the ship a row or a sentence names."""
        names = self._names(people)
        claim.subject_id, claim.subject_name = people[0], " and ".join(names[p] for p in people)

    def _within(self, values: list[tuple[Fact, float]], prop: str, low: float, high: float,
                stay: float = 0.0) -> list[Fact]:
        """The facts whose value the claimed interval ``[low, high]`` meets, each thing's
        band widened by the spread of its sources and the property's tolerance; ``stay``
        seconds more below (a stay aboard a station is its flight less the trips)."""
        # Sources' spread widens the band of one thing's value, not across things: a
        # person's flights (and their total time in space) are each a band of their own.
        by_entity: dict[tuple[str, str], list[tuple[Fact, float]]] = {}
        for fact, value in values:
            own = self._kind(fact.entity_id) == "person"  # a stay, or the total time
            # GCAT's Mass and TotMass of one object are two values, not a range
            key = (fact.entity_id, fact.record if own else fact.property)
            by_entity.setdefault(key, []).append((fact, value))
        absolute, relative = NUMBER_TOLERANCE[prop]
        supported = []
        for group in by_entity.values():
            trusted = _trusted(group, prop) or group
            lo = min(v for _, v in trusted)
            hi = max(v for _, v in trusted)
            spread = relative
            slack = absolute
            if prop == "orbit_count" and all(f.source == "derived" for f, _ in trusted):
                slack, spread = DERIVED_ORBIT_SLACK, DERIVED_ORBIT_SPREAD
            lo -= max(slack, spread * lo) + stay
            hi += max(slack, spread * hi)
            if high >= lo and low <= hi:
                supported += [f for f, v in group if lo <= v <= hi]
        return supported

    def _number_facts(self, subject: str, prop: str,
                      only: set[str] | None = None) -> list[Fact]:
        """The facts a number of ``prop`` said of ``subject`` is judged by; for a person,
        those of their flights (``only`` these flights, when given) and their stays."""
        if self._kind(subject) == "person":
            # A flight the person rode only up or only down is not theirs end to end.
            not_ridden = {craft for craft, _ in self._not_ridden(subject)}
            flights = [m for m in self._related_ids(subject, "crew_of")
                       if m not in not_ridden and (only is None or m in only)]
            if prop == "orbit_count":  # any of the flights they were on, or their stays
                return [f for mission in flights
                        for f in (self._facts(mission, (prop,))
                                  or self._derived_orbit_count(mission))
                        ] + self._orbits_of_stays(subject, only)
            if prop in ("orbital_period", "perigee", "apogee", "inclination", "mass"):
                # "she circled the Earth every 88 minutes", "his orbit was inclined 65°",
                # "(Gagarin …) The spacecraft weighed 4.7 tonnes"
                return [f for mission in flights for f in self._facts(
                    mission, ("mass", "total_mass") if prop == "mass" else (prop,))]
            if prop != "duration":
                return []
            facts = self._facts(subject, ("time_in_space", "flight_duration"))
            name = self._names([subject]).get(subject, "")
            for mission in flights:
                # astronauts-2020 gives each person's hours; a mission it names by its
                # station ("Salyut 7") holds everyone's, and only this person's count.
                facts += [f for f in self._facts(mission, ("duration",))
                          if not (f.source == "astronauts-2020" and " h for " in f.record
                                  and not f.record.endswith(f" h for {name}"))]
            return facts + self._stays(subject, only)
        facts = self._facts(subject, ("mass", "total_mass") if prop == "mass" else (prop,))
        if prop == "duration":
            # Launch to end in GCAT is one more source of a flight's length, when it
            # measures what the stated lengths do (Buran: 206 min stated, 204 from GCAT's
            # instants); a station's stated length may be of something else.
            lifetime = self._lifetime(subject)
            stated = [f.num for f in facts if f.num]
            facts += [f for f in lifetime if f.num and all(
                0.5 <= n / f.num <= 2 for n in stated)]
        return facts

    def _stays(self, person: str, only: set[str] | None = None) -> list[Fact]:
        """How long a person was up each time they flew: from a launch they were on to the
        first landing they came home in after it, which may be another craft's (Norman
        Thagard rode Soyuz TM-21 up and the shuttle Atlantis, STS-71, down: 115 days)."""
        spans = [span for span in self._flight_spans(person)
                 if only is None or span[2].entity_id in only]
        names = self._names(f.entity_id for *_, launch, landing in spans
                            for f in (launch, landing))
        return [Fact(
            person, "duration", format_duration((down - up).total_seconds()), "derived",
            f"landing of {names[landing.entity_id]} {landing.value} ({landing.source}) − "
            f"launch of {names[launch.entity_id]} {launch.value} ({launch.source})",
            num=(down - up).total_seconds(), unit="s") for up, down, launch, landing in spans]

    def _orbits_of_stays(self, person: str, only: set[str] | None = None) -> list[Fact]:
        """A person's orbits on each flight (launched in ``only`` of them, when given), from
        launch to the landing they came home in (a visitor's week, not the ship's half
        year), over their launch craft's period."""
        out = []
        for up, down, launch, landing in self._flight_spans(person):
            if only is not None and launch.entity_id not in only:
                continue
            if launch.entity_id == landing.entity_id and self._facts(launch.entity_id,
                                                                     ("orbit_count",)):
                continue  # up and down in one craft whose count is stated: that count
            if any((d := _parse(f.value)) is None or d.precision.rank < Precision.HOUR.rank
                   for f in (launch, landing)):
                continue  # a landing known to the day: Soyuz 1's 15.8 orbits for 18
            period = next((p for p in self._facts(launch.entity_id, ("orbital_period",))
                           if p.num), None)
            if period is None or not period.num:
                continue
            count = (down - up).total_seconds() / (period.num * 60)
            out.append(Fact(person, "orbit_count", f"{count:.1f}", "derived",
                            f"launch {launch.value} ({launch.source}) to landing "
                            f"{landing.value} ({landing.source}) / period {period.value} "
                            f"({period.source})", num=count, unit="orbit"))
        return out

    def _in_service(self, craft: str, date: PartialDate) -> bool:
        """Whether ``date`` falls after the craft's launch and before its reentry or end."""
        launches = [d for f in self._facts(craft, ("launch_date",)) if (d := _parse(f.value))]
        ends = [d for f in self._facts(craft, ("reentry_date", "end_date", "landing_date",
                                                "return_date"))
                if (d := _parse(f.value))]
        if not launches or not ends:
            return False
        return (min(d.start() for d in launches) < date.start()
                and date.end() <= max(d.end() for d in ends))

    def _flight_on(self, person: str, day: PartialDate, *, overlap: bool = False
                   ) -> tuple[Fact, Fact] | None:
        """The (launch, landing) facts of a flight the person was up during on ``day`` (a
        calendar day or finer), if any. With ``overlap``, a month or a year counts when the
        person was up during part of it ("In 1995 Polyakov spent 438 days in space": he
        came home in March 1995; but "flew in September 1978" is not Jähn's August launch)."""
        coarse = day.precision.rank < Precision.DAY.rank
        if coarse and not overlap:
            return None
        start = day.start()
        end = day.end() if coarse else start
        for up, down, launch, landing in self._flight_spans(person):
            if (up < end and start <= down) if coarse else (
                    up - timedelta(days=1) < start <= down):
                return launch, landing
        return None

    @cached_property
    def _crewed_without_crew(self) -> list[str]:
        """The craft the catalog says flew crewed but lists no crew of (the crew data
        leaves out suborbital flights such as Soyuz 18a)."""
        return [row["entity_id"] for row in self.catalog.execute(
            "SELECT c.entity_id FROM fact c WHERE c.property = 'crewed' AND c.value = 'yes' "
            "AND NOT EXISTS (SELECT 1 FROM fact k WHERE k.entity_id = c.entity_id "
            "AND k.property = 'crew')")]

    def _unlisted_flights(self, person: str) -> list[str]:
        """Of :attr:`_crewed_without_crew`, those of a state one of the person's own
        flights was of: flights they may have been on that the crew data leaves out."""
        states = {f.value for flight in self._related_ids(person, "crew_of")
                  for f in self._facts(flight, ("state",))}
        return [craft for craft in self._crewed_without_crew
                if any(f.value in states for f in self._facts(craft, ("state",)))]

    def _launch_without_landing(self, entity: str, day: PartialDate) -> Fact | None:
        """The launch fact of the flight that went up on or before ``day`` (a person's
        latest such, or a craft's own) when the catalog records no end of it (landing,
        reentry or end), and ``day`` came before the person's next launch."""
        launches = sorted(self._ridden(entity, "launch_date") if self._kind(
            entity) == "person" else [(date.start(), fact) for fact in self._facts(
                entity, ("launch_date",)) if (date := _parse(fact.value)) is not None],
            key=lambda pair: pair[0])
        before = [pair for pair in launches if pair[0].date() <= day.end().date()]
        if not before:
            return None
        up, launch = before[-1]
        later = [instant for instant, _ in launches if instant.date() > up.date()]
        if later and min(later) <= day.start():
            return None
        if self._facts(launch.entity_id, ("landing_date", "reentry_date", "end_date")):
            return None
        return launch

    def _flight_spans(self, person: str) -> list[tuple[datetime, datetime, Fact, Fact]]:
        """(up, down, launch fact, landing fact) of each of a person's flights: from a
        launch they were on to the first landing after it, one per pair of craft."""
        launches = self._ridden(person, "launch_date")
        landings = self._ridden(person, "landing_date")
        out: dict[tuple[str, str], tuple[datetime, datetime, Fact, Fact]] = {}
        for up, launch in launches:
            later = [(down, landing) for down, landing in landings if down > up]
            if not later:
                continue
            down, landing = min(later, key=lambda pair: pair[0])
            out.setdefault((launch.entity_id, landing.entity_id), (up, down, launch, landing))
        return list(out.values())

    def _ridden(self, person: str, prop: str) -> list[tuple[datetime, Fact]]:
        """(instant, fact) of the launches or landings (``prop``) of the craft the person
        rode then, each to the day or finer."""
        out: list[tuple[datetime, Fact]] = []
        not_ridden = self._not_ridden(person)
        for flight in self._related_ids(person, "crew_of"):
            if (flight, prop) in not_ridden:
                continue
            dated = [(date, fact) for fact in self._facts(flight, (prop,))
                     if (date := _parse(fact.value)) is not None
                     and date.precision.rank >= Precision.DAY.rank]
            # the finest only: a landing "1963-06-19" read as midnight would cut half a
            # day off Vostok 5's flight beside GCAT's 11:06
            finest = max((date.precision.rank for date, _ in dated), default=0)
            out += [(date.start(), fact) for date, fact in dated
                    if date.precision.rank == finest]
        return out

    def _may_have_come_home_in(self, person: str, craft: str) -> bool:
        """Whether the person may have ridden ``craft`` home: one of their flights ended
        within a day of its landing, or went up within a year before it and has no landing
        in the catalog (or the catalog does not date that landing)."""
        landings = [d.start() for f in self._facts(craft, ("landing_date", "end_date"))
                    if (d := _parse(f.value)) is not None]
        if not landings:
            return True
        downs = {up: down for up, down, _, _ in self._flight_spans(person)}
        ups = [up for up, _ in self._ridden(person, "launch_date")]  # (the spans' keys)
        for landed in landings:
            for up in ups:
                down = downs.get(up)
                if up <= landed and (
                        (down is None and (landed - up).days < 400)
                        or (down is not None and abs((down - landed).total_seconds()) <= 86400)):
                    return True
        return False

    def _not_ridden(self, person: str) -> set[tuple[str, str]]:
        """(craft, "launch_date" or "landing_date") of the launches and landings of craft
        the person is crew of but did not ride then, from the crew data's "up in" and "down
        in" craft: Helen Sharman went up in Soyuz TM-12 and came home in TM-11, so neither
        TM-11's launch nor TM-12's landing is hers."""
        up = set(self._related_ids(person, "rode_up"))
        down = set(self._related_ids(person, "rode_down"))
        return {*((m, "launch_date") for m in down - up),
                *((m, "landing_date") for m in up - down)}

    def _not_ridden_up(self, person: str) -> set[str]:
        """The craft the crew data has the person coming home in but not going up in."""
        return {m for m, prop in self._not_ridden(person) if prop == "launch_date"}

    def _shared_flights(self, people: Sequence[str]) -> list[str]:
        """The flights the most of ``people`` were crew of (at least two of them), in
        catalog order: "Dobrovolsky, Volkov and Yeliseyev lifted off" names Soyuz 11,
        which two of the three flew."""
        return _most_shared(self._crew_counts(people))

    def _crew_counts(self, people: Sequence[str]) -> dict[str, int]:
        """How many of ``people`` each of their flights had aboard, in catalog order."""
        counts: dict[str, int] = {}
        for person in dict.fromkeys(people):
            for mission in self._related_ids(person, "crew_of"):
                counts[mission] = counts.get(mission, 0) + 1
        return counts

    def _people_flight_facts(self, people: Sequence[str], props: Sequence[str]) -> list[Fact]:
        """The ``props`` facts (launch or landing dates) of the flights of one person, or
        of the flights a list of people shared (see :meth:`_shared_flights`; else the
        first person's), leaving out the launches and landings of craft they did not ride
        then (see :meth:`_not_ridden`)."""
        missions = (self._shared_flights(people) if len(people) > 1 else []) or (
            self._related_ids(people[0], "crew_of"))
        facts: list[Fact] = []
        for mission in missions:
            rider = next((p for p in people if mission in self._related_ids(p, "crew_of")),
                         people[0])
            not_ridden = self._not_ridden(rider)
            facts += [f for f in self._facts(mission, props)
                      if (f.entity_id, f.property) not in not_ridden]
        return facts

    def _lifetime(self, subject: str) -> list[Fact]:
        """How long a craft or station lasted: launch to reentry or end (each fact's record
        starts with the end's property, one of :data:`LIFETIME_ENDS`); for a craft that
        flew once and came down, its flight's length."""
        launches = [f for f in self._facts(subject, ("launch_date",)) if _parse(f.value)]
        ends = [f for f in self._facts(subject, LIFETIME_ENDS) if _parse(f.value)]
        out = []
        for launch in launches[:1]:
            for end in ends[:2]:
                a, b = _parse(launch.value), _parse(end.value)
                assert a is not None and b is not None
                # An end known to the month ("1966 Sep?", Luna 11) bounds the length from
                # both sides; two facts of one thing make a band in `_within`.
                ends_at = ([b.midpoint()] if b.precision.rank >= Precision.DAY.rank
                           else [b.start(), b.end()])
                for instant in ends_at:
                    seconds = (instant - a.start()).total_seconds()
                    if seconds > 0:
                        length = (f"{seconds / 86400:.0f} days" if seconds >= 2 * 86400
                                  else format_duration(seconds))
                        out.append(Fact(subject, "duration", length, "derived",
                                        f"{end.property} {end.value} ({end.source}) − "
                                        f"launch {launch.value} ({launch.source})",
                                        num=seconds, unit="s"))
        return out

    def _derived_orbit_count(self, subject: str) -> list[Fact]:
        durations = [f for f in self._facts(subject, ("duration",))
                     if f.source in ("derived", "curated")]
        periods = self._facts(subject, ("orbital_period",))
        out = []
        for d in durations[:2]:
            for p in periods[:1]:
                if d.num and p.num:
                    count = d.num / (p.num * 60)
                    out.append(Fact(subject, "orbit_count", f"{count:.1f}", "derived",
                                    f"duration {d.value} ({d.source}) / period {p.value} "
                                    f"({p.source})", num=count, unit="orbit"))
        return out

    # -- crew ------------------------------------------------------------------------------

    def _had_crew(self, craft: str) -> bool:
        """Whether the catalog names a crew for a craft, or flags it as crewed."""
        return bool(self._facts(craft, ("crew", "crewed")))

    def _flew_uncrewed(self, craft: str) -> bool:
        """Whether a GCAT craft that launched has no crew and no crewed flag, where its
        launch is one GCAT's launch log types (as crewed or not): a craft known only from
        the payload catalog, which carries no such type, may have flown after the crew
        data was compiled (Soyuz MS-27)."""
        return (craft.startswith("gcat:") and self._kind(craft) == "spacecraft"
                and bool(self._typed_launches(craft))
                and not self._had_crew(craft))

    def _typed_launches(self, craft: str) -> list[Fact]:
        """The launch dates of ``craft`` from GCAT's launch log, whose rows tell whether a
        flight carried people."""
        return [f for f in self._facts(craft, ("launch_date",))
                if f.source == "gcat:launchlog"]

    def _crew(self, cand: Candidate) -> None:
        claim = cand.claim
        company = _ids(cand.extra.get("company"))
        if company and not self._company_flight(cand, company):
            return
        subject = claim.subject_id or ""
        crew = self._facts(subject, ("crew",))
        crewed_flag = self._facts(subject, ("crewed",))
        if claim.value in ("uncrewed", "crewed"):
            if crew or crewed_flag:
                is_crewed = True
                facts = crew or crewed_flag
            elif subject.startswith("gcat:") and (typed := self._typed_launches(subject)):
                is_crewed = False
                facts = typed[:1]
            else:
                self._settle(cand, [], [])
                return
            ok = is_crewed == (claim.value == "crewed")
            self._settle(cand, facts if ok else [], facts)
            names = sorted({f.value for f in crew})
            claim.expected = ("crewed: " + ", ".join(names)) if is_crewed and names else (
                "crewed" if is_crewed else "uncrewed (no crew in the catalog)")
            return
        if claim.value.startswith("crew of "):
            self._crew_size(cand, int(claim.value.removeprefix("crew of ")), crew,
                            crewed_flag)
            return
        person = cand.obj.entity_id if cand.obj else None
        matching = [f for f in crew if f.object_id == person]
        if cand.extra.get("returned") and person and (not matching or (
                (subject, "landing_date") in self._not_ridden(person))):
            # (also when they went up in it: Lyakhov rode Soyuz 32 up, but Soyuz 34 home)
            down = self._related_ids(person, "rode_down")
            if down:  # the crew data says which craft they came home in
                facts = [f for m in down for f in self._facts(m, ("landing_date",))][:2]
                home = self._names(down)
                # Soyuz 34 went up empty, so Wikidata's mission is not joined to GCAT's
                # craft: the same name is the same ship
                ok = subject in down or _norm(self._names([subject]).get(subject, "")) in {
                    _norm(name) for name in home.values()}
                self._settle(cand, facts if ok else [], facts or crew)
                claim.expected = "came home in " + ", ".join(sorted(home.values()))
                return
        if matching and cand.extra.get("launched") and person and (
                subject in self._not_ridden_up(person)):
            # "Solovyev was launched aboard Soyuz TM-21": the crew data has him going up
            # in STS-71 and coming home in TM-21
            landed = min((f.value for f in self._facts(subject, ("landing_date",))),
                         default="")
            launches = [f for m in self._related_ids(person, "rode_up")
                        for f in self._facts(m, ("launch_date",)) if f.value <= landed]
            self._settle(cand, [], matching)
            if launches:  # the flight that ended in this craft went up in the latest
                ride = max(launches, key=lambda f: f.value).entity_id
                claim.expected = f"went up in {self._names([ride])[ride]}, came home in this craft"
            return
        if not crew and cand.extra.get("launched") and self._flew_uncrewed(subject):
            # "Soyuz MS-23 lifted off with Prokopyev aboard": it went up empty (to bring
            # home a crew whose own ship had failed)
            self._settle(cand, [], self._facts(subject, ("launch_date",))[:1])
            claim.expected = "uncrewed at launch (no crew in the catalog)"
            return
        if not matching and self._is_station(subject):
            # A station's own crew list is not who lived aboard: crews came and went in
            # other craft, so a name missing from it is no evidence against the claim.
            self._settle(cand, [], [], note=STATION_CREW_NOTE)
            return
        if not crew and person and not cand.extra.get("returned") and self._flew_uncrewed(
                subject) and CREWED_SERIES.match(self._names([subject]).get(subject, "")) and (
                not self._may_have_come_home_in(person, subject)):
            # "the crewed Soyuz 2 carried Georgy Beregovoy": it flew empty, and he was not
            # coming home from space when it landed (Soyuz 34 went up empty and brought
            # Lyakhov and Ryumin home)
            self._settle(cand, [], self._facts(subject, ("launch_date",))[:1])
            claim.expected = "uncrewed (no crew in the catalog)"
            return
        if not matching and cand.extra.get("returned"):
            self._settle(cand, [], [], note="came home in this craft: the catalog's crews "
                         "are who went up in it, so it cannot say who came down")
        elif not matching and person and (known := self._flights_known_until(person)) and (
                any(f.value[:10] > known for f in self._facts(subject, ("launch_date",)))) and (
                self._seat_unknown(subject, crew)):
            # "Soyuz MS-18 with Novitsky": the crew data stops before this flight, and has
            # no one for one of its seats
            self._settle(cand, [], [], note=(
                f"the crew data knows this person's flights only up to {known} (Wikidata's "
                "record of them holds their first flight, astronauts-2020 goes no further), "
                "and fewer people going up in this craft than in others of its series"))
        else:
            self._settle(cand, matching, crew)
        if crew:
            claim.expected = "crew: " + ", ".join(sorted({f.value for f in crew}))

    def _went_up(self, subject: str, crew: list[Fact]) -> list[Fact]:
        """The crew facts of ``subject`` less those of people the crew data says only came
        home in it."""
        people = {f.object_id or f.value: f for f in crew}
        return [f for p, f in people.items() if subject not in self._not_ridden_up(p)]

    def _crew_size(self, cand: Candidate, count: int, crew: list[Fact],
                   crewed_flag: list[Fact]) -> None:
        """ "with a crew of two": how many went up in the craft. The catalog's crew of a
        craft is everyone who flew in it, up or down, so a count is judged from those it
        took up: the crew less those the crew data says only came home in it. A smaller
        count is refuted only when no one of the crew had another flight within a year
        (then no crew came up or went home in another ship)."""
        claim = cand.claim
        subject = claim.subject_id or ""
        if self._is_station(subject):
            self._settle(cand, [], [], note=STATION_CREW_NOTE)
            return
        if not crew and not crewed_flag:
            if self._flew_uncrewed(subject):
                launch = self._facts(subject, ("launch_date",))[:1]
                self._settle(cand, [], launch)
                claim.expected = "uncrewed (no crew in the catalog)"
            else:
                self._settle(cand, [], [])
            return
        people = {f.object_id or f.value for f in crew}
        went_up = self._went_up(subject, crew)
        if count == len(went_up):
            self._settle(cand, went_up, crew)
        elif count > len(people) or not self._crew_changed(subject, people):
            self._settle(cand, [], went_up)
        else:
            self._settle(cand, [], [], note="crews were exchanged around this flight: the "
                         "catalog cannot say how many went up in it")
            return
        claim.expected = f"crew of {len(went_up)}: " + ", ".join(sorted(f.value for f in went_up))

    def _crew_changed(self, craft: str, people: Iterable[str]) -> bool:
        """Whether one of ``people`` flew another craft within a year of ``craft``'s
        launch (a visiting crew swapping ships, a long stay)."""
        launches = self._launches_of(craft)
        if not launches:
            return True
        start = _start(launches[0].value)
        for person in people:
            for other in self._related_ids(person, "crew_of"):
                if other == craft:
                    continue
                for f in self._facts(other, ("launch_date",)):
                    d = _parse(f.value)
                    if d is not None and abs((d.start() - start).days) <= 366:
                        return True
        return False

    def _company_flight(self, cand: Candidate, company: list[str]) -> bool:
        """Make a crew claim of a list of people dated together ("A, B and C lifted off on
        6 June 1971") a claim on the flight most of them shared whose date that is; with no
        such flight the claim is void (it names no craft)."""
        prop = cand.extra.get("company_event", "launch_date")
        counts = self._crew_counts(company)
        if cand.date is not None and len(company) > 2:
            # "Shepherd with Usachev and Krikalev lifted off on 31 October 2000": all three
            # came home on STS-102, but the flight of that date is the one two of them
            # shared (Soyuz TM-31), on which Usachev's claim is judged
            flights = sorted((m for m, n in counts.items() if n >= 2),
                             key=lambda m: -counts[m])
        else:
            flights = _most_shared(counts)
        if cand.extra.get("flew_with") and cand.date is None and len(flights) > 1:
            # "Sharman, flying up with Artsebarsky and Manarov": two flights each shared by
            # two of them (she came home with Manarov), and no date to tell which
            flights = []
        elif cand.extra.get("flew_with") and not flights:
            # "Remek flew with Makarov", who never did: Remek's flight (on the sentence's
            # date, if it has one) is the one to look in
            flights = self._related_ids(company[0], "crew_of")
            if cand.date is None and len(flights) > 1:
                flights = []  # which of the flyer's flights is meant, the text does not say
        if self._claim_flight_of_date(cand, flights, prop):
            return True
        if cand.extra.get("flew_with") and cand.date is not None and self._claim_flight_of_date(
                cand, self._related_ids(company[0], "crew_of"), prop):
            # "Akiyama … in December 1990, flying with Manakov and Strekalov": the two
            # shared Soyuz TM-10, which he only came home in; his flight that month was TM-11
            return True
        cand.extra["void"] = "yes"
        return False

    def _claim_flight_of_date(self, cand: Candidate, flights: Sequence[str], prop: str) -> bool:
        """Make ``cand`` a claim on the first of ``flights`` whose ``prop`` (launch or
        landing) matches its date, if it has one (else on the first of them)."""
        for mission in flights:
            if cand.date is not None:
                matches = _value_matcher(cand.date.date, self._local_offsets(mission))
                if not any(matches(f.value) == "match" for f in self._facts(mission, (prop,))
                           if _parse(f.value)):
                    continue
            cand.claim.subject_id = mission
            cand.claim.subject_name = self._names([mission])[mission]
            return True
        return False

    # -- firsts ----------------------------------------------------------------------------

    @cached_property
    def _firsts(self) -> list[tuple[frozenset[str], str, list[Fact]]]:
        """(content words of a phrase, first id, facts) for the curated registry."""
        rows = self.catalog.execute(
            "SELECT a.norm, e.id FROM alias a JOIN entity e ON e.id = a.entity_id "
            "WHERE e.kind = 'first'")
        facts_of: dict[str, list[Fact]] = {}
        out = []
        for norm, fid in rows:
            if fid not in facts_of:
                facts_of[fid] = self.catalog.facts(fid)
            words = content_words(norm)
            if words:
                out.append((words, fid, facts_of[fid]))
        return out

    def _first(self, cand: Candidate) -> None:
        claim = cand.claim
        phrase = _norm(cand.phrase or "")
        subject = claim.subject_id or ""
        if cand.extra.get("qualified"):
            self._settle(cand, [], [], note="a first narrowed by a clause (\u201c"
                         f"{cand.extra['qualified']}\u201d) the catalog cannot order")
            return
        if cand.extra.get("site"):
            self._site_first(cand)
            return
        if ((series := cand.extra.get("series")) or cand.extra.get("series_named")) and (
                self._series_first(cand, series or "", cand.extra["series_crew"])):
            return
        if CREWED_CRAFT_PHRASE.search(phrase) and self._flew_uncrewed(subject):
            # "Zond 5, the first crewed spacecraft to circle the Moon": it had no crew
            facts = self._facts(subject, ("launch_date",))[:1]
            self._settle(cand, [], facts)
            claim.expected = "uncrewed (no crew in the catalog)"
            return
        if cand.extra.get("nth_flight"):
            self._nth_flight(cand)
            return
        if NATION_ORDER.fullmatch(phrase):
            self._nation_order(cand)
            return
        if (order := MODULE_ORDER.fullmatch(phrase)) and self._module_order(cand, order):
            return
        if subject.startswith("person:") and countries_of(phrase) is not None:
            phrase += " in space"  # "Helen Sharman, the first Briton": to fly
        said = COUNTRY_FIRST.fullmatch(phrase)
        derived = self._country_first(said, subject, cand.ordinal) if said else None
        if derived is None and said and (
                said.group("own") or countries_named(said.group("named"))):
            # "the first woman cosmonaut of Belarus" with no such woman in the crew data:
            # not the first woman of all
            self._settle(cand, [], [], note="no flight of a person of that country in the "
                         "crew data")
            return
        derived = derived or self._derived_first(phrase, cand.ordinal, subject)
        if derived is not None:
            holder_id, holder_name, evidence = derived
            ok = self._is_holder(subject, holder_id)
            claim.verdict = "supported" if ok else "contradicted"
            claim.expected = holder_name
            claim.evidence = evidence
            return
        entry = self._registry_entry(phrase)
        if entry is None and cand.ordinal == 1 and (
                held := self._held_fuller_first(phrase, subject, claim.subject_name)):
            # "Luna 9 made the first soft landing": short for the first the subject holds
            self._settle(cand, held, held)
            claim.expected = held[0].value
            claim.note = "the registry's first of this kind that the subject holds"
            return
        if entry is None:
            note = ("no such first in the registry" if cand.ordinal == 1
                    else "ordinal not derivable from the catalog")
            self._settle(cand, [], [], note=note)
            return
        if cand.ordinal == 1:
            holders = [f for f in entry if f.property in ("holder", "mission")]
            facts = [f for f in entry if f.property in ("holder", "mission", "date")]
        else:  # "the third Interkosmos guest": the registry's list of later holders
            holders = facts = [f for f in entry if f.property == f"holder_{cand.ordinal}"]
            if not holders:
                self._settle(cand, [], [], note="the registry's sources do not agree on "
                             f"holder number {cand.ordinal} of this first")
                return
        if subject.startswith("person:") and any(
                f.property.startswith("holder") and (f.object_id or "").startswith("person:")
                for f in holders):
            # "Belyayev made the first spacewalk": a person's first is that person's, not
            # everyone's who flew the mission (Leonov walked, Belyayev stayed inside)
            holders = [f for f in holders if f.property != "mission"]
        verdict = self._holds(subject, claim.subject_name, holders)
        if verdict is None:
            self._settle(cand, [], facts, "unverifiable",
                         note="the registry's holder is not linked to the catalog")
        else:
            self._settle(cand, facts if verdict else [], facts)
        claim.expected = holders[0].value if holders else None
        if verdict and (when := cand.extra.get("when")) and (on := next(
                (f for f in facts if f.property == "date"), None)) and not _first_on(
                when, on.value):
            # "Alexei Leonov made the first spacewalk in 1966": the right holder, another
            # year
            self._settle(cand, [], facts, note=f"the first was on {on.value}")
            claim.expected = f"{holders[0].value}, {on.value}"

    def _series_first(self, cand: Candidate, series: str, crew: str) -> bool:
        """ "MS-01, the first Soyuz MS", "the first crewed flight of a Soyuz-2.1a": the
        subject is the n-th ship of a series (a programme's members, or the ships named
        "Soyuz T-…" after "Soyuz T") or carried by the n-th flight of a rocket, in launch
        order, counting only the flights with a crew (or without one) if ``crew`` says so.
        False when the catalog has too few such flights to tell."""
        claim = cand.claim

        def counted(craft: str) -> bool:
            return not crew or self._had_crew(craft) == (crew == "crewed")

        if self._kind(series) == "vehicle":
            launches = [(f, carried) for f in self._rocket_launches(series)
                        if (carried := self._related_ids(f.entity_id, "payload_of",
                                                         reverse=True))]
        else:
            if named := cand.extra.get("series_named"):
                # "the first of the MS ships": the ships named as the subject, but numbered
                members = self._named_members(named)
            elif self._kind(series) != "program":
                members = self._series_members(series)
            else:
                members = [
                    m for part in (series, *self._related_ids(series, "part_of", reverse=True))
                    for m in self._related_ids(part, "member_of", reverse=True)]
            names = self._names([series, claim.subject_id or "", *members])
            if (said := _norm(names.get(series, ""))) and _norm(
                    names.get(claim.subject_id or "", "")).startswith(said):
                # "Voskhod 2, the second Voskhod": of the ships named so, not the tests
                # flown as "Kosmos-47" and "Kosmos-57" (but "the first Soyuz, Kosmos 133")
                members = [m for m in members if _norm(names.get(m, "")).startswith(said)]
            dated = self.catalog.facts_of(members, ("launch_date",))
            earliest = {m: min(ok, key=lambda f: _start(f.value)) for m, fs in dated.items()
                        if (ok := [f for f in fs if _parse(f.value)])}
            launches = sorted(((f, [m]) for m, f in earliest.items()),
                              key=lambda pair: _start(pair[0].value))
        launches = [(f, carried) for f, carried in launches if any(map(counted, carried))]
        if len(launches) < cand.ordinal:
            return False
        launch, carried = launches[cand.ordinal - 1]
        holder = next(c for c in carried if counted(c))
        held = any(self._is_holder(claim.subject_id or "", c) for c in carried)
        self._settle(cand, [launch] if held else [], [launch])
        claim.expected = self._names([holder]).get(holder, holder)
        return True

    def _module_order(self, cand: Candidate, order: re.Match[str]) -> bool:
        """ "Zvezda, the station's second module", "Kvant-1, the first module added to
        Mir": the subject's place among its station's modules in launch order, where the
        catalog lists them all (``modules_listed_through``). A station's core counts as its
        first module or not at all ("the first add-on"), modules some sources leave out
        (``module_count``) count or not: any such count agrees. False when the catalog
        cannot order the subject, for the registry to try."""
        claim = cand.claim
        subject = claim.subject_id or ""
        stations = self._related_ids(subject, "module_of") or (
            [subject] if self._related_ids(subject, "module_of", reverse=True) else [])
        if len(stations) != 1:
            return False
        station = stations[0]
        through = self._facts(station, ("modules_listed_through",))
        if not through:
            return False
        core = [station] if self._facts(station, ("launch_date",)) else []
        members: list[tuple[str, Fact]] = []
        for part in [*core, *self._related_ids(station, "module_of", reverse=True)]:
            launches = sorted(self._facts(part, ("launch_date",)), key=lambda f: f.value)
            if launches:
                members.append((part, launches[0]))
        members.sort(key=lambda m: m[1].value)
        place = next((n for n, (part, _) in enumerate(members) if part == subject), None)
        if place is None:
            return False
        station_name = self._names([station])[station]
        if members[place][1].value[:10] > through[0].value:
            self._settle(cand, [], through, "unverifiable", note=f"the catalog lists "
                         f"{station_name}'s modules only up to {through[0].value}")
            return True
        disputed = sum(1 for part, _ in members[:place]
                       if self._facts(part, ("module_count",)))
        added = bool(order.group("added1") or order.group("added2"))
        # with a core: an add-on's count leaves it out; a plain count may take it in.
        # Without one, the first module may be left out of a count of those "added".
        offsets = ((0,) if added else (0, 1)) if core else ((0, -1) if added else (0,))
        base = place + 1 - (1 if core else 0)  # counted without the core
        if core and place == 0:
            base, offsets = 1, (0,)  # the core itself: the first module, never "added"
        ranks = sorted({base + off - extra for off in offsets for extra in range(
            disputed + 1)} - {0})
        names = self._names(part for part, _ in members[:place + 1])
        sequence = ", ".join(f"{names[part]} ({fact.value[:10]})"
                             for part, fact in members[:place + 1])
        claim.verdict = "supported" if cand.ordinal in ranks else "contradicted"
        claim.expected = (f"module {' or '.join(map(str, ranks))} of {station_name}"
                          f" by launch")
        claim.evidence = [Evidence(
            "derived", f"{station_name}'s modules in launch order (all listed through "
            f"{through[0].value}): {sequence}", through[0].citation, claim.expected,
            station), *(Evidence.of(fact) for _, fact in members[:place + 1])]
        return True

    def _site_first(self, cand: Candidate) -> None:
        """A launch site's n-th launch ("the first launch from Vostochny", "Plesetsk's
        first orbital launch, Kosmos 112", "its first crewed launch"), found in the launch
        log: held by what that launch carried, or by the rocket it flew on."""
        claim = cand.claim
        site = str(cand.extra["site"])
        found = self._nth_site_launch(site, cand)
        if isinstance(found, str):
            self._settle(cand, [], [], note=found)
            return
        launch, day, rocket, fact = found
        payloads = self._related_ids(launch, "payload_of", reverse=True)
        names = self._names(payloads)
        subject = claim.subject_id or ""
        # "Its first launch was a Soyuz-2.1b" names the rocket; so does "the Soyuz-2.1a made
        # the first launch from …"; anything else is held by what the launch carried
        vehicle = (str(cand.extra.get("rocket", "")) if claim.property == "launch_vehicle"
                   else subject if self._kind(subject) == "vehicle" else None)
        if vehicle is not None:
            held = _named_rocket(_norm(self._names([vehicle]).get(vehicle, "")), _norm(rocket))
        else:
            held = subject in payloads or any(self._is_holder(subject, p) for p in payloads)
        site_name = self._names([site]).get(site, site)
        claim.verdict = "supported" if held else "contradicted"
        claim.expected = f"{', '.join(names.get(p, p) for p in payloads)} on {rocket}, {day}"
        claim.evidence = [Evidence(
            "derived", f"{cand.ordinal}. launch from {site_name} in the launch log "
            f"({fact.record})", fact.citation, claim.expected, launch), Evidence.of(fact)]

    def _nth_site_launch(self, site: str, cand: Candidate
                         ) -> tuple[str, str, str, Fact] | str:
        """The launch a site's first (or n-th) is, as :meth:`_site_launches` gives it,
        narrowed as the phrase says ("crewed", "satellite", "Soyuz"); or why there is none."""
        phrase = _norm(cand.phrase or "")
        launches = self._site_launches(site)
        vehicle = cand.extra.get("site_vehicle")
        if not vehicle and not SPACE_LAUNCH_WORDS.search(phrase) and launches and not (
                self._first_used_for_orbit(site, launches[0][1])):
            # "the first launch from Baikonur" was an R-7 test, a year before Sputnik: the
            # launch log holds orbital launches only
            return ("the site was in use before its first orbital launch, and the launch "
                    "log holds orbital launches only")
        # Narrowed lazily: only the launches up to the n-th that qualifies are read
        # (Baikonur has some 1,500, each with its own facts to fetch).
        qualifying: Iterator[tuple[str, str, str, Fact]] = iter(launches)
        if REACHED_SPACE_WORDS.search(phrase):  # a satellite is a launch that reached space
            qualifying = (x for x in qualifying if "success" in self._outcome(x[0]))
        if CREWED_WORDS.search(phrase):
            qualifying = (x for x in qualifying if any(
                self._facts(p, ("crewed",)) for p in self._related_ids(x[0], "payload_of",
                                                                        reverse=True)))
        if vehicle:
            rocket = _norm(self._names([vehicle]).get(vehicle, ""))
            qualifying = (x for x in qualifying if _named_rocket(rocket, _norm(x[2])))
        nth = next(itertools.islice(qualifying, max(cand.ordinal - 1, 0), None), None)
        return nth if nth is not None else "the launch log has no such launch from the site"

    def _first_used_for_orbit(self, site: str, first_launch: str) -> bool:
        """Whether a site's first orbital launch came in the year it opened (Vostochny,
        2016), so that its first launch of any kind is in the launch log."""
        founded = [f.value for f in self._facts(site, ("founded",))]
        return bool(founded) and all(v[:4] == first_launch[:4] for v in founded)

    def _outcome(self, launch: str) -> str:
        return next((f.value for f in self._facts(launch, ("launch_outcome",))), "")

    def _site_launches(self, site: str) -> list[tuple[str, str, str, Fact]]:
        """The launches from a site, earliest first, as (launch id, date, rocket, the
        launch's site fact). A site's first and that first's date are judged apart, so the
        list is remembered."""
        known = self._launches_from.get(site)
        if known is not None:
            return known
        # A launch has a row per object it carried, each with its own site and date
        # facts: one row per launch (its first site fact, its earliest date), not a join
        # of every site fact with every date fact (260,000 rows for Cape Canaveral).
        rows = self.catalog.execute(
            "SELECT s.entity_id AS launch, MIN(s.rowid), s.value, s.source, s.record, "
            "s.citation, (SELECT MIN(d.value) FROM fact d WHERE d.entity_id = s.entity_id "
            "AND d.property = 'launch_date') AS day, (SELECT v.value FROM fact v WHERE "
            "v.entity_id = s.entity_id AND v.property = 'launch_vehicle') AS rocket "
            "FROM fact s WHERE s.object_id = ? AND s.property = 'launch_site' AND "
            "s.entity_id LIKE 'launch:%' GROUP BY s.entity_id HAVING day IS NOT NULL "
            "ORDER BY day, launch", (site,))
        launches = [(row["launch"], row["day"], row["rocket"] or "?", Fact(
            row["launch"], "launch_site", row["value"], row["source"], row["record"],
            citation=row["citation"], object_id=site)) for row in rows]
        _remember(self._launches_from, site, launches)
        return launches

    def _nth_flight(self, cand: Candidate) -> None:
        """"Her second flight": the person's flights in launch order (the craft they went up
        in, not one they only came home in), the one meant found by the sentence's date
        or by a craft it names; unverifiable when neither picks one out."""
        claim = cand.claim
        first_launch: dict[str, Fact] = {}  # each craft's earliest, in launch order
        for fact in sorted(self._launches_of(claim.subject_id or ""), key=lambda f: f.value):
            first_launch.setdefault(fact.entity_id, fact)
        flights = list(first_launch.values())
        crafts = _ids(cand.extra.get("crafts"))
        named = [f for f in flights if f.entity_id in crafts]
        if cand.date is not None and not named:
            named = [f for f in flights if date_matches(
                cand.date.date, _parse(f.value), ()) == "match"]  # type: ignore[arg-type]
            if not named:
                # "his third flight, ended on 22 March 1995", "In December 1988 Chrétien, on
                # his first trip to orbit": a time they were up
                when = cand.date.date
                aloft = {launch.entity_id for up, down, launch, _ in self._flight_spans(
                    claim.subject_id or "") if up - timedelta(days=1) < when.end()
                    and when.start() < down + timedelta(days=1)}
                named = [f for f in flights if f.entity_id in aloft]
        past_all = (cand.ordinal or 0) > len(flights) and not cand.extra.get("referred")
        if len(named) != 1 and not (flights and past_all):
            note = ("no flight of theirs at the sentence's date or craft" if flights
                    else "no flights of theirs in the crew data")
            self._settle(cand, [], [], note=note)
            return
        names = self._names(f.entity_id for f in flights)
        flown = ", ".join(f"{names[f.entity_id]} ({f.value[:10]})" for f in flights)
        if len(named) != 1:
            # "Polyakov's third flight": he flew twice, whichever flight is meant
            claim.verdict = "contradicted"
            claim.expected = f"{len(flights)} flights in all: {flown}"
            claim.evidence = [Evidence.of(f) for f in flights]
            return
        rank = flights.index(named[0]) + 1
        claim.verdict = "supported" if rank == cand.ordinal else "contradicted"
        claim.expected = f"flight {rank} of {len(flights)}: {flown}"
        claim.evidence = [Evidence.of(f) for f in flights[:rank]]

    def _registry_entry(self, phrase: str) -> list[Fact] | None:
        """The registry first a phrase names: all of an entry's content words appear in the
        phrase, the phrase adds no telling word, and the most specific entry wins."""
        words = content_words(phrase)
        best: tuple[int, list[Fact]] | None = None
        for reg_words, _fid, facts in self._firsts:
            if not reg_words <= words or (words - reg_words) - NEUTRAL_WORDS:
                continue
            if best is None or len(reg_words) > best[0]:
                best = (len(reg_words), facts)
        return best[1] if best else None

    def _held_fuller_first(self, phrase: str, subject: str, subject_name: str
                           ) -> list[Fact] | None:
        """The holder facts of the registry firsts the subject holds that say all the phrase
        says and more: "Luna 9 made the first soft landing" is short for its first soft
        landing on the Moon. With none held, which first is meant stays open (Venus's?
        Mars's?), so nothing is returned."""
        words = content_words(phrase) - NEUTRAL_WORDS
        if not subject or words <= BARE_FIRST_WORDS:
            return None  # "the first cosmonaut" says all it means: Gagarin, not Leonov
        held = [f for reg_words, _fid, facts in self._firsts if words < reg_words
                for holders in [[f for f in facts if f.property in ("holder", "mission")]]
                if holders and self._holds(subject, subject_name, holders)
                for f in holders]
        return held or None

    def _holds(self, subject: str, subject_name: str, holders: list[Fact]) -> bool | None:
        """Is the subject one of a registry first's ``holders`` (its holder, its mission)?
        None when no holder could be linked and the names do not settle it."""
        for fact in holders:
            if fact.object_id and self._is_holder(subject, fact.object_id):
                return True
        names = {_norm(subject_name), *self._alias_norms_of(subject)}
        if any(_names_overlap(_norm(fact.value), names) for fact in holders):
            return True
        if any(fact.object_id for fact in holders):
            return False  # "Mars 2 lander" is not linked, but its mission Mars 2 is
        return None

    def _alias_norms_of(self, entity_id: str) -> set[str]:
        """The normal forms of an entity's aliases (callers must not mutate the set)."""
        norms = self._alias_norms.get(entity_id)
        if norms is None:
            norms = {_norm(r[0]) for r in self.catalog.execute(
                "SELECT alias FROM alias WHERE entity_id = ?", (entity_id,))}
            _remember(self._alias_norms, entity_id, norms)
        return norms

    def _is_holder(self, subject: str, holder: str) -> bool:
        if subject == holder:
            return True
        # A mission holds a person's first and a person a mission's: Vostok 6 / Tereshkova.
        linked = set(self._related_ids(subject, "crew_of"))
        linked |= set(self._related_ids(subject, "crew_of", reverse=True))
        linked |= set(self._related_ids(holder, "same_as"))
        return holder in linked

    def _derived_first(self, phrase: str, ordinal: int, subject: str = ""
                       ) -> tuple[str, str, list[Evidence]] | None:
        """Person firsts derivable from the crew data: "first woman in space", "second
        woman to fly", "first human in space" — the n-th earliest first flight (the
        ``subject``'s own, when it may hold that place: see :meth:`_nth_first_flight`)."""
        anchor = FIRST_FLIGHT_ANCHOR.search(phrase)
        if anchor is None:
            return None
        if re.search(r"walk|eva|moon|lunar|station|dock|command|die|death|return|twice|"
                     r"times|again|more than once", phrase):
            return None  # not a first flight: "the first woman to fly in space twice"
        if re.match(r"\s*(?:from|of)\b", phrase[anchor.end():]):
            return None  # "the first person in space from neither superpower": narrowed by
            # where they came from, in words no country list reads
        vehicles: tuple[str, ...] | None = None
        if narrowed := NARROWED_FLIGHT.search(phrase, max(0, anchor.start() - 1)):
            # "the first American to fly on a Soyuz": among the flights on that vehicle
            vehicles = _vehicle_class(phrase[narrowed.end() - 1:])
            if vehicles is None:
                return None
        who = phrase[:anchor.start()].strip()
        if re.fullmatch(r"(?:woman|female)(?: cosmonaut| astronaut)?", who):
            gender = "female"
        elif re.fullmatch(r"(?:man|human|person|human being|people)", who):
            gender = None
        elif re.match(r"(?:woman|female|man|human|person|people)\b", who):
            # "first people to spend a full year in space": a record, not a first flight
            return None
        else:
            return self._derived_national_first(phrase, ordinal, vehicles, subject)
        found = self._nth_first_flight(ordinal, gender, orbital=bool(ORBITAL.search(phrase)),
                                       vehicles=vehicles, person=subject)
        if found is None:
            return None
        pid, name, value = found
        return pid, name, [Evidence("derived", f"{ordinal}. earliest first flight of "
                                    f"{gender or 'any'} person{_on_vehicles(vehicles)}: "
                                    f"{name}, {value}", None, name, pid)]

    def _country_first(self, said: re.Match[str], subject: str, ordinal: int
                       ) -> tuple[str, str, list[Evidence]] | None:
        """ "the first of his country", "the first from Britain", "the second citizen of
        Mongolia to fly": the n-th earliest first flight among people of the subject's
        own country (in the crew data) or of the country named; ``said`` is the phrase's
        :data:`COUNTRY_FIRST` match."""
        if said.group("own"):
            countries = self._people_traits.get(subject, ((), frozenset()))[1] or None
        else:
            countries = countries_named(said.group("named"))
        gender = "female" if said.group("woman") else None
        return (self._national_holder(ordinal, countries, gender, person=subject)
                if countries else None)

    def _nation_order(self, cand: Candidate) -> None:
        """ "Mongolia became the tenth nation to send a citizen into space": nations in the
        order of their first citizen's first flight (nationality in the crew data). The
        order is judged only for nations that flew before 1992: after the Soviet Union's
        breakup, lists differ on counting successor states (Russia, Kazakhstan, Germany)."""
        claim = cand.claim
        subject = claim.subject_id or ""
        countries = (frozenset(c for name in {_norm(claim.subject_name),
                                              *self._alias_norms_of(subject)}
                               for c in countries_named(name) or ())
                     or self._people_traits.get(subject, ((), frozenset()))[1])
        order = self._nations_in_order
        own = [row for row in order if row[1] in countries]
        if not own:
            self._settle(cand, [], [], note="no citizen of the subject's country in the "
                         "crew data")
            return
        day, nation, pid, name = own[0]
        if day >= NATION_ORDER_UNTIL:
            self._settle(cand, [], [], note="nations that first flew after the Soviet "
                         "Union's breakup are counted differently by different lists")
            return
        before = [row for row in order if row[0] < day and row[1] not in countries]
        rank = len(before) + 1
        claim.verdict = "supported" if rank == cand.ordinal else "contradicted"
        claim.expected = f"{nation}: nation {rank} ({name}, {day})"
        earlier = "; ".join(f"{n}. {row[1]} ({row[0]})" for n, row in enumerate(before, 1))
        claim.evidence = [Evidence(
            "derived", f"nations by their first citizen's first flight (nationality in the "
            f"crew data): {earlier or 'none before'}; {rank}. {nation}, {name}, {day}", None,
            claim.expected, pid)]

    @cached_property
    def _nations_in_order(self) -> list[tuple[str, str, str, str]]:
        """(first flight date, nationality, person id, name) of each nationality's first
        citizen to fly, earliest first."""
        first: dict[str, tuple[str, str, str, str]] = {}
        for pid, name, day in self._first_flights:
            for nation in self._people_traits.get(pid, ((), frozenset()))[1]:
                if nation not in first:
                    first[nation] = (day[:10], nation, pid, name)
        return sorted(first.values())

    def _derived_national_first(self, phrase: str, ordinal: int,
                                vehicles: tuple[str, ...] | None = None, person: str = ""
                                ) -> tuple[str, str, list[Evidence]] | None:
        """ "first German in space", "second Japanese citizen to fly", "first Indian woman
        in space": the n-th earliest first flight among people of that nationality."""
        who = FIRST_FLIGHT_ANCHOR.split(phrase, maxsplit=1)[0].strip()
        gender = None
        # "woman" on its own or ending the demonym: "Indian woman", "Frenchwoman"
        if re.search(r"woman$", who) or who.startswith("female "):
            gender = "female"
            who = re.sub(r"^female |\s*woman$", "", who)
        countries = countries_of(who)
        if not countries:
            return None
        return self._national_holder(ordinal, countries, gender,
                                     orbital=bool(ORBITAL.search(phrase)), vehicles=vehicles,
                                     person=person)

    def _national_holder(self, ordinal: int, countries: frozenset[str],
                         gender: str | None = None, orbital: bool = False,
                         vehicles: tuple[str, ...] | None = None, person: str = ""
                         ) -> tuple[str, str, list[Evidence]] | None:
        """The holder of the ``ordinal``-th earliest first flight among the people of
        ``countries`` (see :meth:`_nth_first_flight`), with the evidence that orders them."""
        found = self._nth_first_flight(ordinal, gender, countries, orbital=orbital,
                                       vehicles=vehicles, person=person)
        if found is None:
            return None
        pid, name, value = found
        states = "/".join(sorted(countries))
        return pid, name, [Evidence(
            "derived", f"{ordinal}. earliest first flight of a person of {states} "
            f"(nationality in the crew data){_on_vehicles(vehicles)}: {name}, {value}", None,
            name, pid)]

    def _nth_first_flight(self, ordinal: int, gender: str | None = None,
                          countries: frozenset[str] | None = None, orbital: bool = False,
                          vehicles: tuple[str, ...] | None = None, person: str = ""
                          ) -> tuple[str, str, str] | None:
        """(person id, name, first flight date) of the ``ordinal``-th earliest first
        flight among the people of ``gender`` and of one of ``countries`` (None: any);
        ``orbital``: the first flight that reached orbit ("the second person to orbit the
        Earth" is Titov, not Shepard, whose first flight was suborbital); ``vehicles``:
        the first flight on a rocket whose name starts with one of these.

        A count has more than one answer where lists of space travellers differ, and
        ``person`` is given that place when it is one of theirs: the people who went up
        in one launch share its places (lists order a crew as they please), and a count
        may leave out the X-15's pilots, whose rocket-plane flights above 100 km not
        every list counts (Remek is the 88th person in space with Joseph Walker and the
        87th without)."""
        key = (gender, countries, orbital, vehicles)
        if (flights := self._counted_flights.get(key)) is None:
            flights = self._counted_flights[key] = [row for row in (
                self._first_flights_on(vehicles) if vehicles
                else self._first_orbital_flights if orbital else self._first_flights)
                if _counted(self._people_traits.get(row[0], ((), frozenset())), gender,
                            countries)]
        if ordinal > len(flights):
            return None
        pid, name, value = flights[ordinal - 1]
        if not person or person == pid:
            return pid, name, value
        for skipped, said in ((frozenset(), ""), (self._rocket_plane_fliers,
                                                   " (a count without the X-15's pilots)")):
            rows = [row for row in flights if row[0] not in skipped]
            own = next((row for row in rows if row[0] == person), None)
            if own is None:
                break
            places = [place for place, row in enumerate(rows, 1) if row[2] == own[2]]
            if ordinal in places:
                shared = f" (places {places[0]}-{places[-1]} went up together)" if len(
                    places) > 1 else ""
                return person, own[1], f"{own[2]}{said}{shared}"
        return pid, name, value

    @cached_property
    def _counted_flights(self) -> dict[tuple[str | None, frozenset[str] | None, bool,
                                             tuple[str, ...] | None],
                                       list[tuple[str, str, str]]]:
        """:meth:`_nth_first_flight`'s lists of first flights, by what they count."""
        return {}

    @cached_property
    def _rocket_plane_fliers(self) -> frozenset[str]:
        """The people whose first flight the crew data gives as an X-15 flight above 100 km
        (Joseph Walker's of 1963)."""
        return frozenset(r[0] for r in self.catalog.execute(
            "SELECT f.entity_id FROM fact f JOIN entity s ON s.id = f.object_id "
            "WHERE f.property = 'first_flight_date' AND s.name LIKE 'X-15%'"))

    def _first_flights_on(self, vehicles: tuple[str, ...]) -> list[tuple[str, str, str]]:
        """Each person's first flight on a rocket whose normalized name starts with one of
        ``vehicles`` ("space shuttle", "soyuz"), as (person id, name, launch date),
        earliest first. A flight is the person's when the crew data has them on it."""
        first: dict[str, tuple[str, str, str]] = {}
        for pid, name, day, rocket in self._crew_rockets:
            if pid not in first and rocket.startswith(vehicles):
                first[pid] = (pid, name, day)
        return sorted(first.values(), key=lambda row: (row[2], row[0]))

    def _flights_known_until(self, person: str) -> str | None:
        """The last day up to which the crew data can tell every flight of ``person``, for
        a person whose Wikidata record holds only their first flight: that flight's day,
        or the last launch astronauts-2020 (compiled in 2020) records, whichever is later.
        None for a person whose record is whole."""
        if not first_flight_only(person):
            return None
        first = min((f.value for f in self._facts(person, ("first_flight_date",))), default="")
        return max(first[:10], self._astronauts_2020_until)

    def _seat_unknown(self, subject: str, crew: list[Fact]) -> bool:
        """Whether the crew data has fewer people going up in ``subject`` than in another
        craft of its series ("Soyuz MS-18" against "Soyuz MS-19"): a seat it has no one
        for."""
        name = self._names([subject]).get(subject, "")
        series = SERIES_NUMBER.sub("", name)
        if series == name:
            return False
        going_up = len(self._went_up(subject, crew))
        return any(len(self._went_up(other, self._facts(other, ("crew",)))) > going_up
                   for other in self._named_members(series) if other != subject)

    @cached_property
    def _astronauts_2020_until(self) -> str:
        """The day of the last launch any astronauts-2020 row rode up in."""
        rows = self.catalog.execute(
            "SELECT MAX(value) FROM fact WHERE property = 'launch_date' AND entity_id IN "
            "(SELECT object_id FROM relation WHERE relation = 'crew_of' "
            "AND source = 'astronauts-2020')")
        return str(rows[0][0] or "")[:10]

    @cached_property
    def _crew_rockets(self) -> list[tuple[str, str, str, str]]:
        """(person id, name, launch date, normalized rocket) of every launch a crew member
        rode up in (not a craft they only came home in: :meth:`_not_ridden`), earliest
        first."""
        rows = self.catalog.execute(
            "SELECT r.subject_id, e.name, MIN(d.value), v.value, r.object_id FROM relation r "
            "JOIN entity e ON e.id = r.subject_id "
            "JOIN fact d ON d.entity_id = r.object_id AND d.property = 'launch_date' "
            "JOIN fact v ON v.entity_id = r.object_id AND v.property = 'launch_vehicle' "
            "WHERE r.relation = 'crew_of' GROUP BY r.subject_id, r.object_id, v.value")
        return sorted(((r[0], r[1], r[2], _norm(r[3])) for r in rows
                       if (r[4], "launch_date") not in self._not_ridden(r[0])),
                      key=lambda row: (row[2], row[0]))

    @cached_property
    def _first_flights(self) -> list[tuple[str, str, str]]:
        """Every person's ``first_flight_date`` (derived at build), earliest first."""
        rows = self.catalog.execute(
            "SELECT e.id, e.name, f.value FROM fact f JOIN entity e ON e.id = f.entity_id "
            "WHERE f.property = 'first_flight_date' ORDER BY f.value, e.id")
        return [(r[0], r[1], r[2]) for r in rows]

    @cached_property
    def _first_orbital_flights(self) -> list[tuple[str, str, str]]:
        """:attr:`_first_flights`, with the launch that first took each person to orbit:
        a first flight on a Wikidata mission GCAT's orbital catalog lacks (a suborbital
        hop) is replaced by the person's earliest GCAT spacecraft launch, if any."""
        hops = {r[0] for r in self.catalog.execute(
            "SELECT f.entity_id FROM fact f JOIN entity s ON s.id = f.object_id "
            "WHERE f.property = 'first_flight_date' AND s.kind != 'spacecraft'")}
        later: dict[str, str] = {}
        if hops:
            marks = ",".join("?" * len(hops))
            later = {r[0]: r[1] for r in self.catalog.execute(
                "SELECT r.subject_id, MIN(f.value) FROM relation r "
                "JOIN entity s ON s.id = r.object_id AND s.kind = 'spacecraft' "
                "JOIN fact f ON f.entity_id = s.id AND f.property = 'launch_date' "
                f"WHERE r.relation = 'crew_of' AND r.subject_id IN ({marks}) "
                "GROUP BY r.subject_id", tuple(hops))}
        flights = [(pid, name, later[pid] if pid in hops else value)
                   for pid, name, value in self._first_flights
                   if pid not in hops or pid in later]
        return sorted(flights, key=lambda row: (row[2], row[0]))

    @cached_property
    def _people_traits(self) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
        """The genders and countries of citizenship the crew data gives each person who
        flew, in one read (through the first-flight index, not a scan of all facts)."""
        traits: dict[str, tuple[set[str], set[str]]] = {}
        for entity_id, prop, value in self.catalog.execute(
                "SELECT g.entity_id, g.property, g.value FROM fact f "
                "JOIN fact g ON g.entity_id = f.entity_id "
                "WHERE f.property = 'first_flight_date' "
                "AND g.property IN ('gender', 'nationality')"):
            genders, countries = traits.setdefault(entity_id, (set(), set()))
            if prop == "gender":
                genders.add(value)
            else:
                countries.update(nationality_parts(value))
        return {pid: (frozenset(g), frozenset(c)) for pid, (g, c) in traits.items()}

    # -- sites, vehicles, operators, agreements --------------------------------------------

    def _site(self, cand: Candidate) -> None:
        """The launch site, and the pad when the text names one ("Baikonur Site 31")."""
        subject = cand.claim.subject_id or ""
        if "debut" in cand.extra:
            self._debut_site(cand)
            return
        if self._kind(subject) == "person":
            self._person_site(cand)
            return
        facts = self._facts(subject, ("launch_site",))
        target = cand.obj.entity_id if cand.obj else None
        claimed = cand.extra.get("pad", "")
        if target is None and claimed:  # "Pad: Site 31", no site named: the pad alone
            pads = [f for f in self._facts(subject, ("launch_pad",))
                    if PAD_NUMBERS.search(f.value)]
            self._settle(cand, [f for f in pads if _same_pad(claimed, f.value)], pads)
            return
        matching = [f for f in facts if f.object_id == target]
        pads = [f for f in self._facts(subject, ("launch_pad",))
                if PAD_NUMBERS.search(f.value)] if claimed and matching else []
        if pads:
            right = [f for f in pads if _same_pad(claimed, f.value)]
            self._settle(cand, [*matching, *right] if right else [], [*matching, *pads],
                         note=None if right else f"the site is right; its pad is not {claimed}")
            return
        self._settle(cand, matching, facts)

    def _person_site(self, cand: Candidate) -> None:
        """Where a person went up from: one of the sites of the flights they launched on
        (not those they only came home in)."""
        person = cand.claim.subject_id or ""
        not_up = self._not_ridden_up(person)
        facts = [f for flight in self._related_ids(person, "crew_of") if flight not in not_up
                 for f in self._facts(flight, ("launch_site",))]
        target = cand.obj.entity_id if cand.obj else None
        self._settle(cand, [f for f in facts if f.object_id == target], facts)

    def _first_launch_from(self, vehicle: str, site: str) -> list[Fact]:
        """The launch date facts of a rocket's first launch from a site."""
        rockets = self._rockets_named(vehicle)
        launch = next((launch for launch, _, rocket, _ in self._site_launches(site)
                       if _norm(rocket) in rockets), None)
        return [] if launch is None else self._facts(launch, ("launch_date",))

    def _debut_site(self, cand: Candidate) -> None:
        """Where a rocket's first flight left from ("The Angara A5 made its debut from
        Vostochny"). A "first flight from" a site the rocket flew from later may mean its
        first from there, so that is not said to be false, unless the date the sentence
        gives (``when``) is before that."""
        subject = cand.claim.subject_id or ""
        launches = self._rocket_launches(subject)
        if not launches:
            self._settle(cand, [], [], note="no launch of this rocket in the catalog")
            return
        first = launches[0]
        facts = self._facts(first.entity_id, ("launch_site",))
        target = cand.obj.entity_id if cand.obj else None
        matching = [f for f in facts if f.object_id == target]
        note = f"its first launch, on {first.value[:10]}"
        there = self._first_launch_from(subject, target or "") if not matching else []
        if there:
            later = there[0].value
            when = _parse(cand.extra.get("when", ""))
            if cand.extra["debut"] == "first" and (when is None or when.end() > _start(later)):
                self._settle(cand, [], facts, "unverifiable", note=(
                    f"its first flight left from elsewhere; its first from there was on "
                    f"{later[:10]}, which may be the one meant"))
                return
            note += f"; its first from there came later, on {later[:10]}"
        self._settle(cand, matching, facts, note=note)

    def _vehicle(self, cand: Candidate) -> None:
        facts = self._facts(cand.claim.subject_id or "", ("launch_vehicle",))
        # the catalog's spelling of the family's first word: "Tsyklon-2" is "tsiklon 2"
        first, space, rest = _norm(cand.extra.get("family", "")).partition(" ")
        family = FAMILY_SPELLINGS.get(first, first) + space + rest
        vehicle = cand.obj.entity_id if cand.obj is not None else None
        written = _norm(cand.obj.alias) if cand.obj is not None else family
        index = written if INDEX_NUMBER.fullmatch(written) else None
        matching = []
        for fact in facts:
            if vehicle is not None and fact.object_id == vehicle:
                matching.append(fact)
                continue
            if _other_variant(cand.extra.get("family", ""), fact.value):
                continue
            names = {_norm(fact.value)}
            if fact.object_id:
                names |= {_norm(f.value) for f in self._facts(fact.object_id, ("family",))}
            if any(n == family or n.startswith(family + " ") or (
                    index is not None and n.endswith(" " + index)) for n in names):
                matching.append(fact)
        self._settle(cand, matching, facts)

    def _operator(self, cand: Candidate) -> None:
        """ "Soviet Vostok 1", "the Soviet Union launched Salyut 1", "Designed by CNSA":
        the craft's state, or its operator organization and that organization's state."""
        subject = cand.claim.subject_id or ""
        facts = self._facts(subject, ("state", "operator"))
        if cand.obj is not None:
            party = cand.obj.entity_id
            code = party.removeprefix("org:")
            operators = [f for f in facts if f.property == "operator" and f.object_id]
            if code not in STATE_NAMES and self._kind(party) == "organization" and operators:
                # "operated by NPO Energiya": the craft's operating body, not its country
                family = self._org_family(party)
                # (GCAT writes joint owners as one code: "IKI/BABTS" is IKI's and BABTS's)
                matching = [f for f in operators if f.object_id in family or any(
                    f"org:{part}" in family
                    for part in (f.object_id or "").removeprefix("org:").split("/"))]
                self._settle(cand, matching, operators)
                return
            matching = self._facts_of_party(party, facts)
            if not matching and (partner := self._partner_operator(cand, facts)):
                name, fact = partner
                self._settle(cand, [], [fact], "unverifiable", note=(
                    f"named with {name}, which launched it: a joint mission, recorded "
                    "under one state"))
                return
        else:
            accepted = STATE_NAMES.get(cand.extra.get("state", ""), set())
            matching = [f for f in facts if f.property == "state" and f.value in accepted]
        self._settle(cand, matching, [f for f in facts if f.property == "state"] or facts)

    def _partner_operator(self, cand: Candidate, facts: list[Fact]
                          ) -> tuple[str, Fact] | None:
        """The name of a party listed with the claim's party ("Russia and Germany launched
        …", ``partners``) that the craft's state or operator ``facts`` name, and that fact."""
        for partner in cand.extra.get("partners", "").split(","):
            if not partner or partner == (cand.obj.entity_id if cand.obj else None):
                continue
            if found := self._facts_of_party(partner, facts):
                return self._names([partner]).get(partner, partner), found[0]
        return None

    def _facts_of_party(self, party: str, facts: list[Fact]) -> list[Fact]:
        """Of a craft's state and operator ``facts``, those naming ``party`` (a country or
        an organization, by its id) or a state it is of ("SU" for the Soviet Union)."""
        code = party.removeprefix("org:")
        accepted = STATE_NAMES.get(code, {code}) | {
            f.value for f in self._facts(party, ("state",))}
        return [f for f in facts if f.object_id == party or (
            f.property == "state" and f.value in accepted)]

    def _probe_operator(self, cand: Candidate) -> None:
        """ "probes launched by NASDA": did the party (under the name the text uses, with
        its sub-units) own any deep-space probe? GCAT's payload owners decide; a party that
        owned payloads but no probe is contradicted, and the expected value names the
        probes its state did send while the party existed."""
        claim, party = cand.claim, cand.obj
        if party is None:
            return
        family = self._party_family(party.entity_id, party.alias)
        owner = "state" if party.kind == "country" else "operator"
        probes = (self._probes_owned_by(family, owner)
                  or self._probes_owned_by(family, owner, kind="launch"))
        if probes:
            claim.verdict = "supported"
            names = self._names(f.entity_id for f, _ in probes[:4])
            claim.expected = "probes: " + ", ".join(
                f"{names[f.entity_id]} ({f.value}, {date[:4]})" for f, date in probes[:4])
            claim.evidence = [Evidence.of(f)
                              for f, _ in probes[:8]]
            return
        owned = self.catalog.execute(
            f"SELECT 1 FROM fact WHERE property = ? AND object_id IN "
            f"({','.join('?' * len(family))}) LIMIT 1", (owner, *family))
        period = {f.property: f for f in self._facts(party.entity_id, ("founded", "dissolved"))}
        if not owned or "founded" not in period:
            claim.verdict = "unverifiable"
            claim.note = f"the catalog does not list {party.alias} as a payload owner"
            return
        start = period["founded"].value
        end = period["dissolved"].value if "dissolved" in period else "9999"
        states = [f.object_id for f in self._facts(party.entity_id, ("state",)) if f.object_id]
        others = [(f, date) for f, date in self._probes_owned_by(states, "state")
                  if start <= date and date[:len(end)] <= end]
        claim.verdict = "contradicted"
        active = f"{start[:4]}–{end[:4]}" if end != "9999" else f"since {start[:4]}"
        names = self._names(f.entity_id for f, _ in others[:4])
        claim.expected = (f"GCAT lists no deep-space probe owned or launched by {party.alias} "
                          f"({active})") + (
            "; probes of the time: " + ", ".join(
                f"{names[f.entity_id]} ({self._operator_of(f.entity_id)}, {date[:4]})"
                for f, date in others[:4]) if others else "")
        claim.evidence = [Evidence.of(f)
                          for f in period.values()]
        claim.evidence += [Evidence.of(f)
                           for f, _ in others[:6]]

    def _party_family(self, entity_id: str, alias: str) -> list[str]:
        """The organizations a name stands for: the entity, its renamings that keep the
        name (GCAT's ISAS, ISASM, ISASS), and their sub-units."""
        norm = _norm(alias)
        family = {entity_id}
        lineage = [entity_id]
        while lineage:
            current = lineage.pop()
            for other in (self._related_ids(current, "successor_of")
                          + self._related_ids(current, "successor_of", reverse=True)):
                if other not in family and any(  # "Roscosmos" ~ "Roskosmos"
                        fuzz.ratio(norm, a) >= 85 for a in self._alias_norms_of(other)):
                    family.add(other)
                    lineage.append(other)
        units = list(family)
        while units:
            for unit in self._related_ids(units.pop(), "part_of", reverse=True):
                if unit not in family:
                    family.add(unit)
                    units.append(unit)
        return sorted(family)

    def _probes_owned_by(self, owners: list[str], prop: str = "operator",
                         kind: str = "spacecraft") -> list[tuple[Fact, str]]:
        """(owner fact, launch date) of every deep-space probe whose ``prop`` (operator or
        state) is one of ``owners``, by launch date; ``kind="launch"`` asks the agencies of
        deep-space launches instead (see :data:`PROBE_MARK`)."""
        found = [hit for owner in owners for hit in self._deep_space.get((kind, prop, owner), ())]
        return sorted(found, key=lambda hit: (hit[1], hit[0].entity_id))

    @cached_property
    def _deep_space(self) -> dict[tuple[str, str, str], list[tuple[Fact, str]]]:
        """Every deep-space probe's (and launch's) operator and state facts with its launch
        date, keyed by (entity kind, property, owner id): two indexed queries per Judge."""
        out: dict[tuple[str, str, str], list[tuple[Fact, str]]] = {}
        for kind, (mark_prop, mark_value) in PROBE_MARK.items():
            rows = self.catalog.execute(
                "SELECT o.entity_id, o.property, o.value, o.source, o.record, o.precision, "
                "o.citation, o.num, o.unit, o.object_id, MIN(l.value) FROM fact k "
                "JOIN entity e ON e.id = k.entity_id AND e.kind = ? "
                "JOIN fact o ON o.entity_id = k.entity_id AND o.property IN ('operator', "
                "'state') JOIN fact l ON l.entity_id = k.entity_id "
                "AND l.property = 'launch_date' "
                "WHERE k.property = ? AND k.value = ? AND o.object_id IS NOT NULL "
                "GROUP BY o.entity_id, o.property, o.object_id",
                (kind, mark_prop, mark_value))
            for row in rows:
                fact = Fact(*row[:10])
                out.setdefault((kind, fact.property, fact.object_id or ""), []).append(
                    (fact, row[10]))
        return out

    def _names(self, entity_ids: Iterable[str]) -> dict[str, str]:
        """Entity names by id, in one query (an unknown id names itself)."""
        ids = set(entity_ids)
        known = {e.id: e.name for e in self.catalog.entities(ids).values()}
        return {i: known.get(i, i) for i in ids}

    def _operator_of(self, entity_id: str) -> str:
        return next((f.value for f in self._facts(entity_id, ("operator",))), "?")

    def _agreement(self, cand: Candidate) -> None:
        claim = cand.claim
        facts = self._facts(claim.subject_id or "", ("party", "signatory", "non_signatory"))
        party = cand.obj
        if party is None:
            return

        def same(f: Fact, party: Mention) -> bool:
            if f.object_id and f.object_id == party.entity_id:
                return True
            a, b = _norm(f.value), _norm(party.name)
            return a == b or fuzz.token_set_ratio(a, _norm(party.alias)) >= 95

        signed = [f for f in facts if f.property in ("party", "signatory") and same(f, party)]
        refused = [f for f in facts if f.property == "non_signatory" and same(f, party)]
        if not signed and not refused:
            self._settle(cand, [], facts, "unverifiable",
                         note="the party is not listed for this agreement")
            return
        claims_signed = not cand.negated
        ok = signed if claims_signed else refused
        self._settle(cand, ok, signed + refused)

    def _program_named(self, entity_id: str) -> str | None:
        """The program an entity mention stands for: itself, or a program sharing one of
        its names ("International Space Station" is also a GCAT organization)."""
        if self._kind(entity_id) == "program":
            return entity_id
        rows = self.catalog.execute(
            "SELECT DISTINCT b.entity_id FROM alias a JOIN alias b ON b.norm = a.norm "
            "JOIN entity e ON e.id = b.entity_id WHERE a.entity_id = ? AND e.kind = 'program'",
            (entity_id,))
        with_members = [r[0] for r in rows if self._facts(
            r[0], ("participant", "former_participant", "non_participant", "start_date"))]
        return with_members[0] if len(with_members) == 1 else None

    def _participation(self, cand: Candidate) -> None:
        """ "Russia's involvement in the Lunar Gateway", "the Soviet Union played a role in
        the ISS": the program's recorded partners, the parties that left or declined, and
        whether the party still existed when the program began."""
        claim, party = cand.claim, cand.obj
        if party is None:
            return
        program = self._program_named(claim.subject_id or "")
        if program is None:
            claim.verdict = "unverifiable"
            claim.note = "no program of that name with recorded participants"
            return
        claim.subject_id = program
        claim.subject_name = self.catalog.entities([program])[program].name
        takes_part = not cand.negated and cand.extra.get("withdrawn") != "yes"
        ended = [f for f in self._facts(party.entity_id, ("dissolved",)) if _parse(f.value)]
        began = [f for f in self._facts(program, ("start_date",)) if _parse(f.value)]
        if ended and began:
            gone, start = _parse(ended[0].value), _parse(began[0].value)
            if gone and start and gone.end() <= start.start():
                self._settle(cand, [] if takes_part else ended + began, ended + began,
                             note=f"{party.name} ceased to exist ({ended[0].value}) before "
                                  f"{claim.subject_name} began ({began[0].value})")
                return
        facts = self._facts(program, ("participant", "former_participant", "non_participant"))

        def same(f: Fact, party: Mention) -> bool:
            return bool(f.object_id and f.object_id == party.entity_id) or _norm(
                f.value) in (_norm(party.name), _norm(party.alias))

        mine = [f for f in facts if same(f, party)]
        if not mine:
            self._settle(cand, [], [], note="the party is not among the program's recorded "
                                            "participants")
            return
        role = mine[0].property
        if role == "participant":
            ok = takes_part
        elif role == "former_participant":  # took part, then left: true of the past only
            ok = cand.extra.get("withdrawn") == "yes" or (
                takes_part and cand.extra.get("past") == "yes")
        else:
            ok = not takes_part
        self._settle(cand, mine if ok else [], mine,
                     note=None if ok else f"recorded as {role.replace('_', ' ')}")
        claim.expected = "; ".join(f"{f.property.replace('_', ' ')}: {f.value}" for f in mine)


def _rode_up_in(record: str, craft: str) -> bool:
    """Whether an astronauts-2020 row ("…: 7835 h, up in Soyuz TM­2/3, down in …") has
    its person go up in ``craft``. The file writes some hyphens as soft hyphens and leaves
    others out ("up in Soyuz TM28"), so names are compared without them."""
    record = record.replace("\u00ad", "").replace("-", "")
    wanted = f"up in {craft.replace('-', '')}"
    at = record.find(wanted)
    end = at + len(wanted)
    return at >= 0 and not (end < len(record) and record[end].isalnum())


def _went_up_in(record: str, craft: str) -> bool:
    """Whether a person's flight or stay (``record``, see :func:`_rode_up_in` and
    :func:`_stay_from`) began with going up in ``craft``."""
    return _rode_up_in(record, craft) or _stay_from(record, craft)


def _stay_from(record: str, craft: str) -> bool:
    """Whether a stay derived by :meth:`Judge._stays` ("landing of Soyuz 34 … − launch of
    Soyuz 32 …") went up in ``craft``."""
    return f"launch of {craft} " in record


def _most_shared(counts: dict[str, int]) -> list[str]:
    """The flights with the most of a list of people aboard (at least two of them), in
    catalog order, from :meth:`Judge._crew_counts`."""
    most = max(counts.values(), default=0)
    return [m for m, n in counts.items() if n == most] if most >= 2 else []


def _ids(joined: str | None) -> list[str]:
    """Entity ids an extra field lists, comma-joined."""
    return joined.split(",") if joined else []


def _remember(memo: dict[K, V], key: K, value: V) -> None:
    """Store ``value`` in a Judge memo, starting the memo over when it is full."""
    if len(memo) >= MEMO_LIMIT:
        memo.clear()
    memo[key] = value


EAST_LONGITUDE = re.compile(r"(-?[\d.]+)°E")  # in a site's "coordinates"
ORBITAL = re.compile(r"\borbit")  # "to orbit the Earth", "in orbit", "to reach orbit"
# A programme with this many dated members flew too often for a date that matches none of
# them to refute it (see Judge._within_members)
MANY_MEMBERS = 5
STOP_WORDS = frozenset(
    "the a an to in into on of by for from its his her their s first ever".split()  # noqa: SIM905
)
NEUTRAL_WORDS = frozenset(
    "travel travelled traveled traveller traveler fly flown go went journey reach reached "  # noqa: SIM905
    "outer ever become "
    "human made man person history world earth planet globe around object spacecraft "
    "craft probe vehicle mission surface another celestial body sent launched put "
    "placed do does did perform performed conduct conducted make carry carried "
    "received returned send sends".split()
)


# A rocket's design-bureau index, which the catalog writes after its name: "an 8K72
# rocket" is the "Vostok-L 8K72", "an 11A511" the "Soyuz 11A511"
INDEX_NUMBER = re.compile(r"\d+ [a-z] \d+(?: [a-z])?")  # normalized: "8 k 72"
# Writers' names for launcher families, as the catalog spells them (normalized).
FAMILY_SPELLINGS = {"semyorka": "r 7", "energia": "energiya", "cyclone": "tsiklon",
                    "tsyklon": "tsiklon", "n1": "n 1"}
# Words of a site's first that reach past its first launch of any kind, which may not be in
# the orbital launch log ("the first launch from Baikonur" was an R-7 test)
SPACE_LAUNCH_WORDS = re.compile(r"\b(?:orbital|satellite|spacecraft|crewed|manned|human|"
                                r"piloted|space)\b")
REACHED_SPACE_WORDS = re.compile(r"\b(?:satellite|spacecraft)\b")
CREWED_WORDS = re.compile(r"\b(?:crewed|manned|human|piloted)\b")
# A first that says the craft itself carried people ("the first crewed spacecraft to …").
CREWED_CRAFT_PHRASE = re.compile(r"\b(?:crewed|manned|piloted)\s+(?:\w+\s+)?(?:spacecraft|"
                                 r"ship|spaceship|flight|mission|craft|capsule|vehicle)\b")
SYNONYMS = {"manned": "human", "crewed": "human", "piloted": "human", "humans": "human",
            "people": "human", "moon": "lunar", "female": "woman", "women": "woman",
            "men": "man", "spaceflight": "space flight", "spacewalk": "space walk",
            "extravehicular": "space walk", "soft": "", "landing": "land", "landed": "land",
            "impacted": "impact", "hit": "impact", "strike": "impact", "struck": "impact",
            "orbited": "orbit", "orbiting": "orbit", "orbits": "orbit",
            "images": "image", "photographs": "image", "photos": "image", "pictures": "image",
            "farside": "far side", "animal": "animal", "creature": "animal", "dog": "animal",
            "living": "", "artificial": "", "successful": "", "successfully": "",
            "softly": "", "martian": "mars", "venusian": "venus",
            "intercosmos": "interkosmos", "being": "",
            "signals": "data", "transmissions": "data", "transmit": "data",
            "transmits": "data", "transmitted": "data", "beamed": "data", "relayed": "data",
            # "the Moon's far side", folded; "the first human being to …"
            "moons": "lunar", "craft": "spacecraft", "probe": "spacecraft"}


# A station module's place in order, as the judge reads a first phrase (normalized):
# "module", "ISS module", "add-on module", "module added to Mir", "module to join the
# station", "piece of the ISS"; ``added`` when the count is of those added to a core
_STATION = (r"(?:the )?(?:station|iss|mir|international space station|space station|complex|"
            r"outpost|it|core(?: module)?|mir station|mir core(?: module)?)")
MODULE_ORDER = re.compile(
    r"(?:(?P<added1>add on|addon|addition|expansion|extension)(?: module)?|"
    r"(?:(?:iss|mir|station|space station) )?module|"
    r"(?:piece|element|component|part|building block)(?= (?:of|for) ))"
    rf"(?: (?:of|for|in|to) {_STATION}|"
    rf" (?:(?P<added2>(?:to be )?(?:added|attached|joined|docked)|to (?:join|reach|dock"
    rf"(?: with| to| at)?|be (?:added|attached)))|launched|sent) (?:to |with |at |onto )?"
    rf"{_STATION})?")


def content_words(phrase: str) -> frozenset[str]:
    """The telling words of a "first" phrase, with synonyms folded: "first manned
    spaceflight" and "first human space flight" have the same content words."""
    words: set[str] = set()
    for word in _norm(phrase).split():
        for w in SYNONYMS.get(word, word).split():
            if w and w not in STOP_WORDS:
                words.add(w)
    return frozenset(words)


def _names_overlap(holder: str, names: set[str]) -> bool:
    """ "laika aboard sputnik 2" names "sputnik 2"; "mir" names "mir"."""
    padded = f" {holder} "
    return any(n and (n == holder or f" {n} " in padded) for n in names)


def _rocket_of(launch: Row) -> str:
    """The rocket a launch event flew on, normalized ("Polyus on Energiya": "energiya")."""
    return _norm(launch["title"].rpartition(" on ")[2])


def _launch_fact(launch: Row) -> Fact:
    """A launch event as the launch date of what it carried."""
    return Fact(launch["entity_id"], "launch_date", launch["date"], launch["source"],
                f"{launch['record']}: {launch['title']}")


# The rockets a first's "on the Space Shuttle", "aboard a Soyuz", "a Russian launcher"
# narrows it to, as the starts of GCAT's rocket names (normalized): a class by its name, or
# by the country whose rockets carried crews (the Soyuz, Vostok and Voskhod of the R-7
# family; America's Shuttle, Saturn, Titan, Atlas and Falcon).
VEHICLE_CLASSES = {"space shuttle": ("space shuttle",), "shuttle": ("space shuttle",),
                   "soyuz": ("soyuz",), "vostok": ("vostok",), "voskhod": ("voskhod",),
                   "falcon": ("falcon",), "saturn": ("saturn",)}
COUNTRY_ROCKETS = {"russian": ("soyuz", "vostok", "voskhod"),
                   "soviet": ("soyuz", "vostok", "voskhod"),
                   "american": ("space shuttle", "saturn", "titan", "atlas", "falcon"),
                   "us": ("space shuttle", "saturn", "titan", "atlas", "falcon")}
GENERIC_VEHICLE = re.compile(r"(?:rocket|launcher|booster|launch vehicle|spacecraft|"
                             r"spaceship|ship|vehicle|capsule)s?\b")


def _vehicle_class(words: str) -> tuple[str, ...] | None:
    """The rocket names (see :data:`VEHICLE_CLASSES`) a first's narrowing object stands
    for: "american space shuttle", "russian launcher", "soyuz spacecraft"; None when it
    names no class of rocket the catalog can tell apart."""
    words = words.strip()
    country = None
    if (head := words.split(" ", 1)[0]) in COUNTRY_ROCKETS:
        country, words = head, words[len(head):].strip()
    for name, rockets in VEHICLE_CLASSES.items():
        if words == name or words.startswith(name + " "):
            return rockets
    if country is not None and GENERIC_VEHICLE.match(words):
        return COUNTRY_ROCKETS[country]
    return None


def _counted(traits: tuple[Collection[str], frozenset[str]], gender: str | None,
             countries: frozenset[str] | None) -> bool:
    """Whether a person of these (genders, nationalities) is of ``gender`` and of one of
    ``countries`` (None: any)."""
    genders, nationalities = traits
    return (gender is None or gender in genders) and (
        countries is None or not nationalities.isdisjoint(countries))


def _on_vehicles(vehicles: tuple[str, ...] | None) -> str:
    """" on a rocket named Soyuz …" for a first's evidence, or nothing."""
    if not vehicles:
        return ""
    return " on a rocket named " + " or ".join(v.title() + "…" for v in vehicles)


def _other_variant(claimed: str, rocket: str) -> bool:
    """Whether the rocket's name runs on from the claimed name with a digit right after a
    letter, the mark of a variant of its own: a "Soyuz-U2" is no "Soyuz-U" (and a "Thor
    Delta E1" no "Thor Delta E"), though a "Proton-K/DM-2" is a "Proton-K"."""
    claimed, rocket = claimed.casefold(), rocket.casefold()
    return (len(rocket) > len(claimed) > 0 and rocket.startswith(claimed)
            and claimed[-1].isalpha() and rocket[len(claimed)].isdigit())


def _named_rocket(name: str, rocket: str) -> bool:
    """Whether a rocket (normalized) is the one ``name`` names or a configuration of it
    ("proton k" names "proton k dm 2")."""
    return rocket == name or rocket.startswith(name + " ")


# "nation to send a citizen into space", "country to have an astronaut in space", "country
# in space" (normalized): a nation's place in the order of first flights of its citizens
NATION_ORDER = re.compile(
    r"(?:nation|country|state)\s+(?:(?:to|that)\s+(?:send|sent|put|fly|flew|have|had|get|"
    r"got)\s+(?:a\s+|an\s+|its\s+|their\s+|one\s+of\s+its\s+)?(?:own\s+)?"
    r"(?:citizens?|nationals?|persons?|people|man|men|woman|cosmonauts?|astronauts?|humans?)"
    r"\s+(?:in|into|to)\s+(?:space|orbit)|(?:in|into)\s+space|with\s+(?:a|an)\s+"
    r"(?:citizen|cosmonaut|astronaut)\s+in\s+space)")
# Nations first flown from this day on are counted differently by different lists.
NATION_ORDER_UNTIL = "1992-01-01"
# A first told by a country rather than a nationality: "of his country", "from Britain",
# "citizen of Mongolia to fly" (normalized phrases)
COUNTRY_FIRST = re.compile(
    # "the first woman cosmonaut of Belarus": the first woman among its people
    r"(?:(?P<woman>woman|female)\s+)?"
    r"(?:(?:person|citizen|national|cosmonaut|astronaut|one|representative|flyer)\s+)?"
    r"(?:(?:in space|to fly|into space|in orbit)\s+)?"  # "the first person in space from India"
    # "of independent Belarus": the state the crew data names
    r"(?:of|from)\s+(?:independent\s+|modern\s+)?"
    r"(?:(?P<own>his|her|their)\s+(?:country|nation|homeland|people)|"
    r"(?P<named>[a-z][a-z ]*?))"
    r"(?:\s+(?:in space|to fly(?: in space)?|into space|to go into space|in orbit))?")


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    """:func:`normalize`, remembered: the same names and values come back claim after claim."""
    return normalize(text)


def _landing_facts(facts: list[Fact], quote: str) -> list[Fact]:
    """The ``facts`` a landing told in ``quote`` is judged by: a coming back ("came home",
    "brought … back") is a sample capsule's return when the history layer dates one (Luna
    16's, 24 September 1970), not the lander's touchdown on the Moon."""
    if RETURN_WORDS.search(quote) and (returns := [f for f in facts
                                                   if f.property == "return_date"]):
        return returns
    return facts


def _touchdown(facts: list[Fact]) -> bool:
    """Whether the history layer dates a landing no later than every other source's end
    date: Luna 9's touchdown (3 February 1966) before GCAT's end of its work (6 February),
    Luna 17's (17 November 1970, 03:47) on the day GCAT ends it. A later curated date is
    another event (Luna 16's capsule home on Earth on the 24th, after its touchdown on the
    20th and GCAT's end on the 21st)."""
    ends = [_start(f.value).date() for f in facts if f.source != "curated"]
    return any(f.source == "curated" and all(_start(f.value).date() <= end for end in ends)
               for f in facts) and bool(ends)


def _elapsed_window(anchor: PartialDate, years: int) -> tuple[datetime, datetime]:
    """The instants ``years`` counted from ``anchor`` ("two years later") may mean: the
    anchor's span moved by that many years, widened by the larger of six months and a
    tenth of the years either way."""
    slack = max(6, round(1.2 * abs(years)))
    earliest = shift_date(anchor, "month", 12 * years - slack)
    latest = shift_date(anchor, "month", 12 * years + slack)
    assert earliest is not None and latest is not None  # the anchor has a month
    return earliest.start(), latest.end()


@lru_cache(maxsize=65536)
def _start(value: str) -> datetime:
    """The first instant of a parseable catalog date value."""
    date = _parse(value)
    assert date is not None
    return date.start()


_WEEKS_RE = re.compile(r"^(?P<n>\S+)\s+(?:weeks?|(?P<fortnight>fortnights?))\b", re.IGNORECASE)


SPAN_DAYS_MAX = 45  # a longer span of days dates a stay, not an event in it


def _days_of_span(date: DateMention) -> list[PartialDate]:
    """The days after the first of a span of days ("Aug. 19–20", "June 6–30, 1971")."""
    last = date.end_date
    if last is None or date.date.precision is not Precision.DAY or (
            last.precision is not Precision.DAY):
        return []
    first = date.date.start()
    count = (last.start() - first).days
    if not 0 < count <= SPAN_DAYS_MAX:
        return []
    return [PartialDate(d.year, d.month, d.day) for d in (
        first + timedelta(days=n) for n in range(1, count + 1))]


def _weeks_counted(date: DateMention) -> int:
    """How many weeks a relative date counts ("three weeks later": 3, "a fortnight
    later": 2), else 0."""
    m = _WEEKS_RE.match(date.text) if date.kind == "relative" else None
    if m is None:
        return 0
    return (parse_count(m.group("n")) or 0) * (2 if m.group("fortnight") else 1)


def _same_month_day(claimed: PartialDate, value: str) -> bool:
    """Whether a catalog date falls on the claimed day of the month (or in the claimed
    month, when only a month is claimed), in any year."""
    known = _parse(value)
    if known is None or claimed.month is None or known.month != claimed.month:
        return False
    return claimed.day is None or claimed.day == known.day


def _first_on(claimed: str, recorded: str) -> bool:
    """Whether a first said to be on ``claimed`` (ISO, at its precision) was on the
    ``recorded`` day, a day either way for the local day where it happened."""
    said, known = _parse(claimed), _parse(recorded)
    if said is None or known is None:
        return True
    slack = timedelta(days=1) if said.day is not None else timedelta()
    return said.start() - slack <= known.start() < said.end() + slack


@lru_cache(maxsize=65536)
def _parse(value: str) -> PartialDate | None:
    try:
        return PartialDate.parse_iso(value.rstrip("?"))
    except ValueError:
        return None


def _to_utc(date: PartialDate, tz: str) -> PartialDate:
    if tz.upper() in ("UTC", "GMT", "Z"):
        return date
    try:
        zone = ZoneInfo(tz)
    except (KeyError, ValueError):
        return date
    local = date.start().replace(tzinfo=zone)
    return PartialDate.from_datetime(local, date.precision)


def _unzoned_matcher(claimed: PartialDate, longitudes: tuple[float, ...]
                     ) -> Callable[[str], str]:
    """:func:`_value_matcher` for a time said with no zone ("left Baikonur at 00:28 on 20
    February 1986"): read, as calendar days are, as UTC, Moscow time or the launch site's
    local solar time, the best of the three."""
    readings = [claimed, _to_utc(claimed, "Europe/Moscow"), *(
        PartialDate.from_datetime(claimed.start().replace(tzinfo=timezone(_solar_offset(lon))),
                                  claimed.precision) for lon in longitudes)]
    matchers = [_value_matcher(r, longitudes) for r in dict.fromkeys(readings)]

    def matches(value: str) -> str:
        results = {matcher(value) for matcher in matchers}
        return "match" if "match" in results else "coarse" if "coarse" in results else "no"

    return matches


def date_matches(claimed: PartialDate, fact: PartialDate, longitudes: Sequence[float]) -> str:
    """``"match"``, ``"coarse"`` (consistent, but the fact is less precise than the claim)
    or ``"no"``. Calendar days may be UTC, Moscow or launch-site local days."""
    claimed_rank, fact_rank = _rank(claimed), _rank(fact)
    if claimed_rank > DAY_RANK and fact_rank > DAY_RANK:
        # Times: compare in UTC at the coarser of the two precisions, a minute's grace.
        p = PRECISION_BY_RANK[min(claimed_rank, fact_rank)]
        a, b = claimed.truncate(p), fact.truncate(p)
        gap = abs((a.start() - b.start()).total_seconds())
        return "match" if gap <= 60 else "no"
    rank = min(claimed_rank, fact_rank, DAY_RANK)
    if _day_key(claimed, rank) in _calendar_keys(fact, tuple(longitudes))[rank]:
        return "match" if fact_rank >= claimed_rank else "coarse"
    return "no"


# What marks a deep-space probe: a payload in psatcat's planetary category, or a launch
# whose GCAT launch code is deep space (a launch's code also covers its co-passengers).
PROBE_MARK = {"spacecraft": ("category", "PLAN"),
              "launch": ("launch_outcome", "deep space success")}

PRECISION_BY_RANK = {p.rank: p for p in Precision}
DAY_RANK = Precision.DAY.rank


def _value_matcher(claimed: PartialDate, longitudes: tuple[float, ...]
                   ) -> Callable[[str], str]:
    """:func:`date_matches` of ``claimed`` against many catalog date values (parseable ISO
    strings), with the claim's side worked out once and each value's days remembered."""
    claimed_rank = _rank(claimed)
    wants = [_day_key(claimed, rank) for rank in range(min(claimed_rank, DAY_RANK) + 1)]

    def matches(value: str) -> str:
        fact, fact_rank, keys = _value_days(value, longitudes)
        if claimed_rank > DAY_RANK and fact_rank > DAY_RANK:
            return date_matches(claimed, fact, longitudes)
        rank = min(claimed_rank, fact_rank, DAY_RANK)
        if wants[rank] in keys[rank]:
            return "match" if fact_rank >= claimed_rank else "coarse"
        return "no"

    return matches


@lru_cache(maxsize=65536)
def _value_days(value: str, longitudes: tuple[float, ...]
                ) -> tuple[PartialDate, int, tuple[frozenset[tuple[int | None, ...]], ...]]:
    """A catalog date value parsed, its precision rank and its :func:`_calendar_keys`."""
    fact = _parse(value)
    assert fact is not None
    return fact, _rank(fact), _calendar_keys(fact, longitudes)


@lru_cache(maxsize=65536)
def _rank(date: PartialDate) -> int:
    return date.precision.rank


def _day_key(date: PartialDate, rank: int) -> tuple[int | None, ...]:
    """A date cut to a precision rank up to the day (0 year, 1 month, 2 day) as a plain
    tuple: sets of these hash far faster than sets of dates."""
    return (date.year, date.month, date.day)[: rank + 1]


@lru_cache(maxsize=65536)
def _calendar_keys(fact: PartialDate, longitudes: tuple[float, ...]
                   ) -> tuple[frozenset[tuple[int | None, ...]], ...]:
    """The fact's calendar days (see :func:`_calendar_days`) cut to each precision from the
    year to the fact's own or the day, whichever is coarser; index = precision rank."""
    days = _calendar_days(fact, longitudes)
    return tuple(frozenset(day[: rank + 1] for day in days)
                 for rank in range(min(_rank(fact), DAY_RANK) + 1))


def _solar_offset(longitude: float) -> timedelta:
    """A site's local solar time ahead of UTC, in whole hours: longitude / 15."""
    return timedelta(hours=round(longitude / 15))


def _calendar_days(fact: PartialDate, longitudes: tuple[float, ...]
                   ) -> list[tuple[int | None, ...]]:
    """The calendar dates (year, month, day) an instant falls on: UTC, Moscow time and the
    launch site's local solar time (longitude / 15 hours). A fact known to the day or
    less is its own one date."""
    if fact.precision.rank < Precision.HOUR.rank:
        return [_day_key(fact, min(_rank(fact), DAY_RANK))]
    days: set[tuple[int | None, ...]] = set()
    for instant in {fact.start(), fact.end() - timedelta(microseconds=1)}:
        moscow = instant.astimezone(MOSCOW)
        days.add((instant.year, instant.month, instant.day))
        days.add((moscow.year, moscow.month, moscow.day))
        for lon in longitudes:
            local: datetime = instant + _solar_offset(lon)
            days.add((local.year, local.month, local.day))
    return sorted(days)


# GCAT's pads: "LC1", "LC31", "LC81/24", "LC200/39" (a site's number, then its pad's)
PAD_NUMBERS = re.compile(r"\A(?:LC|SLC|Site|Area)[- ]?(\d+)(?:/(\d+))?", re.IGNORECASE)


def _same_pad(claimed: str, recorded: str) -> bool:
    """Whether a pad the text names ("31", "81/24") is the recorded one ("LC31/6" is "31";
    "1" is "LC1" and so Gagarin's Start, "1/5")."""
    m = PAD_NUMBERS.search(recorded)
    if m is None:
        return False
    site, _, pad = claimed.partition("/")
    return site == m.group(1) and (not pad or m.group(2) is None or pad == m.group(2))


def _canonical(fact: Fact, prop: str) -> float | None:
    if fact.num is None:
        return None
    if prop in ("duration", "orbital_period"):
        return fact.num * 60 if fact.unit == "min" else fact.num
    return fact.num


def _trusted(values: list[tuple[Fact, float]], prop: str) -> list[tuple[Fact, float]]:
    """For durations, a stated value far from every value derived from the sources' own
    launch/landing instants is not trusted to widen the range (Wikidata's 12,840 s for
    Vostok 1 against 6,480 s from its own instants)."""
    if prop != "duration":
        return values
    derived = [v for f, v in values if f.source in ("derived", "curated")]
    if not derived:
        return values
    return [(f, v) for f, v in values
            if f.source in ("derived", "curated")
            or any(abs(v - d) <= 0.1 * d for d in derived)]


def _shown(fact: Fact, claimed: str, member: str | None = None) -> str:
    """A fact as the expected value shows it: "1957-11-09 (gcat:psatcat, end of
    operations)" when it is of another property than the claim, with the member of a
    program it is of ("(gcat:launchlog: Kosmos-133)")."""
    about = [fact.source + (f": {member}" if member else "")]
    if fact.property != claimed:
        about.append(PROPERTY_WORDS.get(fact.property, fact.property.replace("_", " ")))
    return f"{fact.value} ({', '.join(about)})"


# Kinds of thing whose first, said bare, is the first of them all ("the first cosmonaut",
# "the first satellite"), not short for a fuller first
BARE_FIRST_WORDS = content_words(
    "cosmonaut cosmonauts astronaut astronauts woman women men people spacewoman satellite "
    "satellites station stations rocket rockets flight flights spaceflight launch")
