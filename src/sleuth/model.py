"""The one data model shared by every stage: ingest → catalog → text → claims → verify → report.

Dates are the heart of the model. A historian's date has a *precision*: "1961" is a year,
not 1 January 1961. :class:`PartialDate` keeps exactly what a source or a writer said and
turns it into the UTC interval it covers only when asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Literal

PRECISIONS = ("year", "month", "day", "hour", "minute", "second")


class Precision(StrEnum):
    """How much of a date is known, from coarsest to finest."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"
    SECOND = "second"

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = MappingProxyType({p: i for i, p in enumerate(PRECISIONS)})  # Precision is a str


_ISO = re.compile(
    r"^(?P<y>-?\d{4})(?:-(?P<mo>\d{2})(?:-(?P<d>\d{2})"
    r"(?:T(?P<h>\d{2})(?::(?P<mi>\d{2})(?::(?P<s>\d{2}(?:\.\d+)?))?)?Z?)?)?)?(?P<q>\?)?$"
)


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date/time in UTC known to some precision, possibly uncertain.

    >>> PartialDate(1961, 4, 12, 6, 7).iso()
    '1961-04-12T06:07Z'
    >>> PartialDate(1957, 10).iso()
    '1957-10'
    """

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: float | None = None
    uncertain: bool = False

    def __post_init__(self) -> None:
        parts = (self.month, self.day, self.hour, self.minute, self.second)
        seen_none = False
        for part in parts:
            if part is None:
                seen_none = True
            elif seen_none:
                raise ValueError(f"date has a gap in its precision: {parts}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None:
            # Let datetime validate the day for that month and year.
            datetime(self.year, self.month or 1, self.day)
        if self.hour is not None and not 0 <= self.hour <= 23:
            raise ValueError(f"hour out of range: {self.hour}")
        if self.minute is not None and not 0 <= self.minute <= 59:
            raise ValueError(f"minute out of range: {self.minute}")
        if self.second is not None and not 0 <= self.second < 61:
            raise ValueError(f"second out of range: {self.second}")

    @property
    def precision(self) -> Precision:
        if self.second is not None:
            return Precision.SECOND
        if self.minute is not None:
            return Precision.MINUTE
        if self.hour is not None:
            return Precision.HOUR
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def iso(self) -> str:
        """ISO 8601 cut to the date's precision; times carry a ``Z`` (UTC)."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        if self.hour is not None:
            out += f"T{self.hour:02d}"
            if self.minute is not None:
                out += f":{self.minute:02d}"
                if self.second is not None:
                    sec = self.second
                    out += f":{int(sec):02d}" if sec == int(sec) else f":{sec:06.3f}"
            out += "Z"
        if self.uncertain:
            out += "?"
        return out

    def __str__(self) -> str:
        return self.iso()

    @classmethod
    def parse_iso(cls, text: str) -> PartialDate:
        """Inverse of :meth:`iso`; also accepts ``2022-03-18T15:55:18Z``."""
        m = _ISO.match(text.strip())
        if not m:
            raise ValueError(f"not an ISO 8601 date: {text!r}")
        g = m.groupdict()
        return cls(
            int(g["y"]),
            int(g["mo"]) if g["mo"] else None,
            int(g["d"]) if g["d"] else None,
            int(g["h"]) if g["h"] else None,
            int(g["mi"]) if g["mi"] else None,
            float(g["s"]) if g["s"] else None,
            uncertain=bool(g["q"]),
        )

    def start(self) -> datetime:
        """The first instant (UTC) the date covers."""
        sec = self.second or 0.0
        return datetime(
            self.year, self.month or 1, self.day or 1, self.hour or 0, self.minute or 0, tzinfo=UTC
        ) + timedelta(seconds=sec)

    def end(self) -> datetime:
        """The instant just after the date's span (exclusive)."""
        s = self.start()
        match self.precision:
            case Precision.YEAR:
                return s.replace(year=s.year + 1)
            case Precision.MONTH:
                return (s.replace(day=28) + timedelta(days=4)).replace(day=1)
            case Precision.DAY:
                return s + timedelta(days=1)
            case Precision.HOUR:
                return s + timedelta(hours=1)
            case Precision.MINUTE:
                return s + timedelta(minutes=1)
            case _:
                return s + timedelta(seconds=1)

    def midpoint(self) -> datetime:
        s = self.start()
        return s + (self.end() - s) / 2

    def truncate(self, precision: Precision | str) -> PartialDate:
        """The same date cut to a coarser precision (``uncertain`` is kept)."""
        rank = Precision(precision).rank  # how many parts after the year are kept
        return PartialDate(self.year, self.month if rank > 0 else None,
                           self.day if rank > 1 else None, self.hour if rank > 2 else None,
                           self.minute if rank > 3 else None,
                           self.second if rank > 4 else None, self.uncertain)

    @classmethod
    def from_datetime(cls, dt: datetime, precision: Precision | str = "second") -> PartialDate:
        dt = dt.astimezone(UTC)
        full = cls(dt.year, dt.month, dt.day, dt.hour, dt.minute, float(dt.second))
        return full.truncate(precision)


def iso_instant(dt: datetime) -> str:
    """An instant as ISO 8601 UTC to the second: ``1961-04-12T06:07:00Z``."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


EntityKind = Literal[
    "launch",
    "spacecraft",
    "mission",
    "person",
    "organization",
    "site",
    "vehicle",
    "program",
    "station_module",
    "agreement",
    "first",
]


@dataclass(slots=True)
class Fact:
    """One property value of one entity, as one source states it.

    ``value`` is the normalized display value (ISO date cut to its precision, a number, an
    entity name). ``num`` and ``unit`` carry a quantity in canonical units (s, km, kg, deg,
    min) so that the verifier can compare numbers without re-parsing ``value``.
    ``record`` is the source's own record id (GCAT JCAT or launch tag, Wikidata Q-id, CSV
    row). ``citation`` is the upstream reference the source gives (GCAT's LTCite).
    """

    entity_id: str
    property: str
    value: str
    source: str
    record: str
    precision: str | None = None
    citation: str | None = None
    num: float | None = None
    unit: str | None = None
    object_id: str | None = None  # when the value is another catalog entity

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "property": self.property,
            "value": self.value,
            "precision": self.precision,
            "source": self.source,
            "record": self.record,
            "citation": self.citation,
        }
        if self.num is not None:
            out["num"] = self.num
            out["unit"] = self.unit
        if self.object_id is not None:
            out["object_id"] = self.object_id
        return out


@dataclass(slots=True)
class Entity:
    """A thing the catalog knows: a launch, spacecraft, person, site, vehicle, ..."""

    id: str
    kind: str
    name: str
    comment: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Relation:
    """A typed link between two entities (``crew_of``, ``payload_of``, ``launched_from`` …)."""

    subject_id: str
    relation: str
    object_id: str
    source: str
    record: str


@dataclass(slots=True)
class Conflict:
    """Two sources (or a source and its own derived value) that disagree on a property."""

    entity_id: str
    property: str
    values: list[dict[str, str | None]]
    note: str


@dataclass(slots=True)
class Quarantined:
    """A source row that could not be parsed, kept with the reason."""

    file: str
    line: int
    reason: str
    raw: str


class SleuthError(Exception):
    """An error with a message meant for the user (printed without a traceback)."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n{self.hint}"


Verdict = Literal["supported", "contradicted", "unverifiable"]


@dataclass(slots=True)
class Evidence:
    """One catalog record a verdict rests on."""

    source: str
    record: str
    citation: str | None = None
    value: str | None = None
    entity_id: str | None = None
    # what the value is of, when the record has one ("end_date" beside a re-entry claim)
    property: str | None = None

    def as_json(self) -> dict[str, object]:
        return {"source": self.source, "record": self.record, "citation": self.citation,
                "value": self.value, "entity_id": self.entity_id, "property": self.property}

    @classmethod
    def of(cls, fact: Fact) -> Evidence:
        """The evidence a catalog fact gives: its source, record, citation, value and the
        property the value is of."""
        return cls(fact.source, fact.record, fact.citation, fact.value, fact.entity_id,
                   fact.property)


# Entity kinds that fly: what launches, docks and lands, and has a crew.
CRAFT_KINDS = ("spacecraft", "mission", "station_module")


@dataclass(slots=True)
class Mention:
    """A catalog entity named in a text, at code-point offsets [start, end)."""

    start: int
    end: int
    entity_id: str
    name: str
    kind: str
    alias: str
    via: str = "name"  # "name", or "reference" for "the spacecraft", "she", ...
    female: bool = False  # a person the catalog's crew sources call female ("she", "her")
    station_part: bool = False  # a station or one of its modules: never "the ship"

    def as_reference(self) -> Mention:
        """The same entity, referred to again ("it", "she", "the station")."""
        return replace(self, via="reference")


@dataclass(slots=True)
class Claim:
    """One checkable statement found in a text, and the verdict on it."""

    start: int
    end: int
    quote: str
    subject_id: str | None
    subject_name: str
    property: str
    value: str
    verdict: Verdict = "unverifiable"
    planned: bool = False
    expected: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    note: str | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "subject": {"id": self.subject_id, "name": self.subject_name},
            "property": self.property,
            "value": self.value,
            "verdict": self.verdict,
            "planned": self.planned,
            "expected": self.expected,
            "evidence": [e.as_json() for e in self.evidence],
            "note": self.note,
        }


@dataclass(slots=True)
class DocumentReport:
    path: str
    text: str
    claims: list[Claim]

    def counts(self) -> dict[str, int]:
        out = {"supported": 0, "contradicted": 0, "unverifiable": 0}
        for claim in self.claims:
            out[claim.verdict] += 1
        return out

    def as_json(self) -> dict[str, object]:
        return {"path": self.path, "text": self.text, "counts": self.counts(),
                "claims": [c.as_json() for c in self.claims]}


@dataclass(slots=True)
class Report:
    """What ``sleuth.check`` returns: one :class:`DocumentReport` per input document."""

    documents: list[DocumentReport]

    def as_json(self) -> dict[str, object]:
        return {"documents": [d.as_json() for d in self.documents]}
