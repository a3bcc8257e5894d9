"""What the cells of a table say, and about whom: a column's header names the property
("Launched", "Crew", "Perigee (km)"), the craft named in the row is the subject.

| Flight   | Pilot        | Launched    | Perigee x apogee |
| -------- | ------------ | ----------- | ---------------- |
| Vostok 1 | Yuri Gagarin | 12 Apr 1961 | 181 x 327 km     |

gives Vostok 1's crew (Gagarin), launch date, perigee and apogee. A row that names no craft
is about the person it names first ("| Gherman Titov | 6 August 1961 |"), for the
properties a person's flights have. :func:`sleuth.claims.extract.extract` turns these
statements into claim candidates with the dates, quantities and mentions found in the cells.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sleuth.model import CRAFT_KINDS, Mention
from sleuth.text.tables import Cell, Table

# Properties a row about a person can state: those of the person's flights.
PERSON_PROPERTIES = frozenset({"launch_date", "landing_date", "duration", "orbit_count"})
# What a mission row's craft has, not the one crew member named in its crew column
CRAFT_SPANS = ("duration", "orbit_count")


def _header(words: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


# Header words for each property, most specific first: "Launch site" is a site, not a date.
HEADER_PROPERTIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a card's "Up: Soyuz TM-18, 8 Jan 1994" over "Down: Soyuz TM-20, 22 Mar 1995"
    ("launch_date", re.compile(r"\A\s*(?:went )?up\s*\Z", re.IGNORECASE)),
    ("landing_date", re.compile(r"\A\s*(?:came )?down\s*\Z", re.IGNORECASE)),
    ("launch_site", _header(r"(?:launch )?site|cosmodrome|pads?|spaceport|launched from")),
    ("launch_vehicle", _header(r"rocket|(?:launch )?vehicle|launcher|booster|carrier rocket|"
                               r"LV|L/V")),
    # ("End date": a flight's landing, a probe's impact or a satellite's fall)
    ("landing_date", _header(r"land(?:ing|ed)|return(?:ed)?|touch ?down|splash ?down|"
                             r"end(?: date)?|impact")),
    ("docking_date", _header(r"dock(?:ed|ing)?|berth(?:ed|ing)?")),
    ("reentry_date", _header(r"re-?entry|re-?entered|decay(?:ed)?|de-?orbit(?:ed)?")),
    ("founded", _header(r"founded|established|formed")),
    ("launch_date", _header(r"launch(?:ed)?|launch date|lift-?off|date|flown")),
    ("crew", _header(r"crew|pilots?|cosmonauts?|astronauts?|commander|flight engineer|"
                     r"spacefarers?|aboard|flown by|guests?")),
    ("orbital_period", _header(r"period|time (?:for|per|of) (?:one |an |each |a )?orbit")),
    ("inclination", _header(r"incl(?:ination|\.)?")),  # ("Orbit inclination")
    ("perigee", _header(r"perigee|orbit|altitude")),  # a range in "Orbit" is both
    ("apogee", _header(r"apogee")),
    ("orbit_count", _header(r"orbits|revolutions|revs")),
    ("duration", _header(r"duration|time in (?:space|orbit)|flight time|days in (?:space|orbit)|"
                         r"length|endurance|time aloft|days|hours")),
    ("mass", _header(r"mass|weight")),
    ("operator", _header(r"operator|agency|country|nation|nationality|state|owner|"
                         r"operated by")),
)
COUNTRY_HEADER = _header(r"country|nation|nationality|state")
# A column of remarks: its cells are notes (see :class:`NoteCell`), never a row's label
NOTES_HEADER = _header(r"notes?|remarks?|comments?|results?|outcome|details|significance|"
                       r"highlights?|description|summary|fate|status")
# A column of what was done outside ("Spacewalk: 12 min 9 s"): its times are not the
# flight's, so its cells are no notes on the flight
SPACEWALK_HEADER = _header(r"(?:space ?)?walks?|EVAs?|extravehicular|outside")
# A label column of craft: a person in the row's other label column flew on it.
CRAFT_HEADER = _header(r"spacecraft|flights?|missions?|ships?|craft|capsules?")
# A label column of expedition numbers ("Exp.", "EO-1"): its codes are no craft's names.
EXPEDITION_HEADER = re.compile(r"\s*(?:exp\.?|expedition|eo|increment)\s*", re.IGNORECASE)
# Between the names of a crew cell: "Artsebarsky, Krikalev, Sharman", "A and B".
CREW_SEPARATOR = re.compile(r"\s*(?:[,;/&]|\band\b)\s*")
PLANNED_HEADER = _header(r"planned|scheduled|target|expected|proposed")
# "Perigee (km)", "Mass, kg", "Period [min]": the unit of the column's bare numbers.
HEADER_UNIT = re.compile(r"[(\[,]\s*(km|kg|t|tonnes|min|minutes|h|hours|days|deg|°|degrees)"
                         r"\s*[)\]]?\s*\Z", re.IGNORECASE)
# A CSV header's unit after an underscore: "perigee_km", "mass_kg", "period_min"
UNIT_SUFFIX = re.compile(r" (km|kg|t|min|h|days|deg)\Z", re.IGNORECASE)
# A header that is only a unit ("Days", "Hours"): a duration's, its bare numbers in it
UNIT_HEADER = re.compile(r"\s*(days|hours)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Column:
    """What a header says its column holds."""

    property: str
    unit: str | None = None  # the unit of bare numbers in it
    extremes: bool = False  # "Perigee x apogee", "Orbit (km)": a range is both
    planned: bool = False
    country: bool = False  # "Country", "Nation": a person's, in a row about a person


@dataclass(frozen=True, slots=True)
class CellStatement:
    """One cell's value for a property of the row's subject."""

    subject: Mention
    column: Column
    cell: Cell
    mentions: list[Mention]  # the entities named in the cell
    # the row's crew, when a duration or an orbit count is the craft's: it may be the time
    # one of them spent ("Artsebarsky, Krikalev, Sharman | 312 d": Krikalev's)
    riders: tuple[Mention, ...] = ()
    crew_row: bool = False  # a craft's duration in a row with a crew column: a rider's?
    # the row's person, when a launch date is the craft's: "Hermaszewski | Soyuz 31 | 27 June
    # 1978" dates his launch (on Soyuz 30) though it names the wrong ship
    traveller: Mention | None = None
    # the row's craft, when the subject is the row's person: "Soyuz 2 | … | Beregovoy" names
    # a man who flew another ship, and then the row's dates are the craft's
    craft: Mention | None = None

    def in_cell(self, *kinds: str) -> list[Mention]:
        """The entities of these kinds named in the cell."""
        return [m for m in self.mentions if m.kind in kinds]


def read_header(cell: Cell) -> Column | None:
    """The column a header cell announces, or None when it names no property."""
    words = cell.text.replace("_", " ")  # a CSV's "launch_date", "perigee_km"
    prop = next((p for p, pattern in HEADER_PROPERTIES if pattern.search(words)), None)
    if prop is None:
        return None
    unit = HEADER_UNIT.search(words) or UNIT_HEADER.fullmatch(words) or (
        UNIT_SUFFIX.search(words) if "_" in cell.text else None)
    extremes = False
    if prop in ("perigee", "apogee"):
        # "Apogee altitude" is the apogee; "Perigee/apogee", "Orbit", "Altitude" both
        named = [p for p in ("perigee", "apogee") if re.search(p, words, re.I)]
        extremes = len(named) != 1
        prop = named[0] if len(named) == 1 else prop
    return Column("perigee" if extremes else prop, unit.group(1) if unit else None, extremes,
                  PLANNED_HEADER.search(words) is not None,
                  prop == "operator" and COUNTRY_HEADER.search(words) is not None)


def says_something(table: Table) -> bool:
    """Whether ``table``'s cells state anything: a header names a property, or an
    infobox names a person's flights ("Flights: Soyuz T-7, Soyuz T-12" under a person)."""
    return any(read_header(cell) for cell in table.header) or (table.infobox and any(
        CRAFT_HEADER.search(cell.text) for cell in table.header))


def cell_statements(table: Table, mentions: list[Mention]) -> list[CellStatement]:
    """The statements of ``table``'s rows; ``mentions`` are the document's, in text order.

    A row is about the craft named in it (first in a label column: one whose header names
    no property), except under a header that names its own ("Mir launch"), and, when a
    label column names a person, about that person too: the person's time in space, orbits
    and landing are theirs, not the craft's (a guest may come home in another ship), and a
    "Country" is theirs, not the craft's operator. That person flew on the craft when its
    column's header names craft ("Spacecraft", "Flight") and the row has no crew column of
    its own.
    """
    if not says_something(table):
        return []
    columns = [read_header(cell) for cell in table.header]
    starts = [m.start for m in mentions]
    crafty = [CRAFT_HEADER.search(cell.text) is not None for cell in table.header]
    expeditions = [EXPEDITION_HEADER.fullmatch(cell.text) is not None for cell in table.header]
    notes = [NOTES_HEADER.search(cell.text) is not None for cell in table.header]
    # a header that names its own craft ("Mir launch: 20 February 1986" in an infobox about
    # Salyut 1): that column is the named craft's
    owners = [_first([_mentions_in(cell, mentions, starts)], CRAFT_KINDS, [0])
              for cell in table.header]
    out: list[CellStatement] = []
    for row in table.rows:
        in_cells = [[] if k < len(expeditions) and expeditions[k] else
                    _mentions_in(cell, mentions, starts) for k, cell in enumerate(row)]
        # (an infobox's label is its heading: a key naming no property, "Modules: Kvant
        # (1987), …", is no label)
        label = [k >= len(columns) or (columns[k] is None and not notes[k] and not (
            table.infobox and table.header[k].text)) for k in range(len(row))]
        # "Station | Mission | …": the craft under a craft header, before a station's
        craft = _first(in_cells, CRAFT_KINDS, [k for k in range(len(row)) if label[k] and (
            k < len(crafty) and crafty[k])]) or _first(
            in_cells, CRAFT_KINDS, [k for k in range(len(row)) if label[k]]
        ) or _first(in_cells, CRAFT_KINDS, range(len(row)))
        crew_columns = [k for k in range(len(row))
                        if not label[k] and (column := columns[k]) is not None
                        and column.property == "crew"]
        crew_cells = [[m for m in in_cells[k] if m.kind == "person"] for k in crew_columns]
        # a label column's person, or the one person in the crew columns (when the cell
        # names no one else the catalog does not know)
        labelled = _first(in_cells, ("person",), [k for k in range(len(row)) if label[k]])
        person = labelled or (
            crew_cells[0][0] if [len(people) for people in crew_cells] == [1] and len(
                CREW_SEPARATOR.split(row[crew_columns[0]].text)) == 1 else None)
        riders = tuple(m for people in crew_cells for m in people)
        # "VOSTOK 3 & VOSTOK 4" over "Launched: 11 Aug 1962 / 12 Aug 1962": each value is
        # the craft's in the same place
        pair = _distinct([m for k in range(len(row)) if label[k] for m in in_cells[k]
                          if m.kind in CRAFT_KINDS])
        for k, cell in enumerate(row):
            column = None if label[k] else columns[k]
            if column is None or not cell.text:
                continue
            if len(pair) > 1 and column.property not in ("crew", "operator") and (
                    parts := _respective_parts(cell, len(pair))):  # (a crew may be shared)
                out += [CellStatement(owner, column, part, _mentions_in(part, mentions, starts))
                        for owner, part in zip(pair, parts, strict=True)]
                continue
            subject: Mention | None
            if column.property in PERSON_PROPERTIES and person and (
                    column.property != "launch_date" or craft is None) and (
                    labelled or craft is None or column.property not in CRAFT_SPANS):
                # (a row about a mission, its one crew member in a crew column: the
                # mission's duration, which the judge may find to be theirs as a rider)
                subject = person
            elif column.property == "operator" and person and column.country:
                continue  # the guest's country
            else:
                subject = (owners[k] if k < len(owners) else None) or craft
            if subject is not None:
                theirs = subject is craft and column.property in ("duration", "orbit_count")
                # (a landing's day may be the crew's, home in another ship)
                came_home = subject is craft and column.property == "landing_date"
                out.append(CellStatement(
                    subject, column, cell, in_cells[k], riders if theirs or came_home else (),
                    theirs and bool(crew_columns),
                    person if subject is craft and column.property == "launch_date" else None,
                    craft if subject is person and subject is not craft else None))
        if craft is not None and person is not None and not crew_cells:
            # "Flights: Soyuz T-7 (19 Aug 1982), Soyuz T-12": each craft carried the person
            for k in (k for k in range(min(len(row), len(crafty))) if crafty[k]):
                flown = _distinct([m for m in in_cells[k] if m.kind in CRAFT_KINDS])
                if craft in flown:
                    out += [CellStatement(m, Column("crew"), row[k] if len(flown) == 1 else _part(
                        row[k], m.start, m.end), [person]) for m in flown]
    return out


# A cell says something in words ("docked with Apollo on 15 July", "first woman in space"),
# not a code or a name ("DOS-1", "Venus, Halley"): outside a column of notes, what a note is
NOTE_WORDS = re.compile(r"\b[a-z]{2,}\b")


@dataclass(frozen=True, slots=True)
class NoteCell:
    """A cell of free text in a column whose header names no property ("Notes", "Result"):
    a clause said of its row's subject, which the sentences' rules read ("Soyuz 19 |
    1975-07-15 | docked with Apollo on 15 July")."""

    subject: Mention
    cell: Cell
    mentions: list[Mention]  # the entities named in the cell
    launched: Cell | None  # the row's launch date cell: a note's "two days later" counts from it
    # the row is a flight's ("Mission" column) with no crew column: the people a note's
    # clause names flew on it ("Romanenko and Solovyov, long-duration crew")
    crew_note: bool = False


def note_cells(table: Table, mentions: list[Mention]) -> list[NoteCell]:
    """The note cells of ``table``'s rows: every cell of a column of notes ("Notes",
    "Remarks", "Result"), and a cell of words under another header that names no property
    ("Type: orbiting solar telescope"). Each is about the craft its row names outside its
    notes (or, when it names none, its first person); ``mentions`` are the document's, in
    text order."""
    columns = [read_header(cell) for cell in table.header]
    if all(columns):
        return []
    starts = [m.start for m in mentions]
    named = [k for k, cell in enumerate(table.header) if not NOTES_HEADER.search(cell.text)]
    crafty = [CRAFT_HEADER.search(cell.text) is not None for cell in table.header]
    crewed = any(column is not None and column.property == "crew" for column in columns)
    out: list[NoteCell] = []
    for row in table.rows:
        in_cells = [_mentions_in(cell, mentions, starts) for cell in row]
        where = [k for k in named if k < len(row)]
        subject = _first(in_cells, CRAFT_KINDS, where) or _first(in_cells, ("person",), where)
        if subject is None:
            continue
        launched = next((cell for k, cell in enumerate(row) if k < len(columns)
                         and (column := columns[k]) is not None
                         and column.property == "launch_date" and not column.planned), None)
        crew_note = subject.kind in CRAFT_KINDS and not crewed and any(
            crafty[k] and subject in in_cells[k] for k in where)
        out += [NoteCell(subject, cell, in_cells[k], launched, crew_note)
                for k, cell in enumerate(row)
                if (k >= len(columns) or columns[k] is None) and subject not in in_cells[k]
                and cell.text and (k not in named or NOTE_WORDS.search(cell.text))
                and not (k < len(table.header) and SPACEWALK_HEADER.search(
                    table.header[k].text))]
    return out


# Between the values of a cell that go, in order, with the crafts its row names: "11 Aug
# 1962 / 12 Aug 1962", "Site 1 / Site 31 respectively", "64 and 48 respectively"
RESPECTIVE_BAR = re.compile(r"\s+/\s+")
RESPECTIVE_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
RESPECTIVELY = re.compile(r",?\s*respectively\s*\Z", re.IGNORECASE)


def _respective_parts(cell: Cell, count: int) -> list[Cell]:
    """The ``count`` pieces of ``cell`` that go with as many crafts, in order: pieces
    between bars, or the items of a list ending in "respectively"; none when the cell does
    not split into that many."""
    end = cell.end
    if said := RESPECTIVELY.search(cell.text):
        end = cell.start + said.start()
        separator = RESPECTIVE_LIST if not RESPECTIVE_BAR.search(cell.text) else RESPECTIVE_BAR
    else:
        separator = RESPECTIVE_BAR
    body = cell.text[:end - cell.start]
    parts, at = [], 0
    for gap in separator.finditer(body):
        parts.append((at, gap.start()))
        at = gap.end()
    parts.append((at, len(body)))
    if len(parts) != count or any(a == b for a, b in parts):
        return []
    return [Cell(cell.start + a, cell.start + b, body[a:b]) for a, b in parts]


def _part(cell: Cell, start: int, end: int) -> Cell:
    """The piece of ``cell`` from ``start`` to ``end`` (offsets into the text)."""
    return Cell(start, end, cell.text[start - cell.start:end - cell.start])


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each entity's first only, in order."""
    firsts: dict[str, Mention] = {}
    for m in mentions:
        firsts.setdefault(m.entity_id, m)
    return list(firsts.values())


def _mentions_in(cell: Cell, mentions: list[Mention], starts: list[int]) -> list[Mention]:
    lo = bisect.bisect_left(starts, cell.start)
    hi = bisect.bisect_left(starts, cell.end)
    return [m for m in mentions[lo:hi] if m.end <= cell.end]


def _first(in_cells: list[list[Mention]], kinds: tuple[str, ...], where: Iterable[int]
           ) -> Mention | None:
    """The first entity of these kinds named in the cells ``where``."""
    return next((m for k in where for m in in_cells[k] if m.kind in kinds), None)
