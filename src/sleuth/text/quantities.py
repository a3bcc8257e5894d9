"""Find quantities with units in free text: durations, distances, masses, angles, speeds, counts.

Every quantity carries the value in a canonical unit (seconds, km, kg, degrees, km/s, or a
plain count of a singular noun such as "orbit") and the interval ``[low, high]`` the writer's
precision implies: half a step of the last written digit in the smallest written unit
("96 minutes" → 95.5–96.5 min; "83.6 kg" → 83.55–83.65 kg). Hedges ("about", "nearly", "~")
set ``approx`` and widen the interval to 10 % of a round value on each side, 5 % of one
written to its last digit ("about 94 minutes" → 89.3–98.7 min), or keep the written
precision where that is wider ("about 20 minutes" → 18–22 min); "over", "at least"
… set ``bound="min"``; "under", "up to" … set ``bound="max"`` (the interval is still the
written number's); "just under", "a little over" … keep to the hedge's width on that side
("just under two days" → 1.5–2 days, the written precision being the wider). Ranges ("215
to 940 km", "215–940 km", "between 215 and 940 km") yield one quantity whose
``value2``/``low2``/``high2`` describe the second number.

Spans cover the number(s) and the unit(s) only, not the hedge words.

Months and years are only read as durations where the context says so ("for six months",
"a 438-day flight", "76-year journey", "two years in orbit"); "two years later" is a relative
date (see :mod:`sleuth.text.dates`) and is skipped here, as is "three days later".
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import NamedTuple

from sleuth.text._context import follows_designation
from sleuth.text._regex import fold_case, trie_pattern
from sleuth.text.numbers import NUMBER_PATTERN, SCALES, TENS, parse_number
from sleuth.text.numbers import UNITS as NUMBER_UNITS

_SEC = 1.0
_MIN = 60.0
_HOUR = 3600.0
_DAY = 86_400.0
_MONTH = 30.44 * _DAY
_YEAR = 365.25 * _DAY
_MILE = 1.609344
_POUND = 0.45359237


class UnitInfo(NamedTuple):
    """What a written unit means: kind, canonical unit name and factor to that unit."""

    kind: str
    unit: str
    factor: float


def _forms(kind: str, unit: str, factor: float, *forms: str) -> dict[str, UnitInfo]:
    info = UnitInfo(kind, unit, factor)
    return dict.fromkeys(forms, info)


def _count(unit: str, *forms: str) -> dict[str, UnitInfo]:
    return _forms("count", unit, 1.0, *forms)


UNITS: MappingProxyType[str, UnitInfo] = MappingProxyType(
    {
        # durations
        **_forms("duration", "s", _SEC, "second", "seconds", "sec", "secs", "s"),
        **_forms("duration", "s", _MIN, "minute", "minutes", "min", "mins"),
        **_forms("duration", "s", _HOUR, "hour", "hours", "hr", "hrs", "h"),
        **_forms("duration", "s", _DAY, "day", "days", "d"),
        **_forms("duration", "s", 7 * _DAY, "week", "weeks"),
        **_forms("duration", "s", _MONTH, "month", "months"),
        **_forms("duration", "s", _YEAR, "year", "years", "yr", "yrs"),
        # speeds (before distances: "km/s" must win over "km")
        **_forms(
            "speed",
            "km/s",
            1.0,
            "km/s",
            "km/sec",
            "kilometres per second",
            "kilometers per second",
            "kilometre per second",
            "kilometer per second",
            "km per second",
        ),
        **_forms("speed", "km/s", 0.001, "m/s", "metres per second", "meters per second"),
        **_forms(
            "speed",
            "km/s",
            1 / 3600,
            "km/h",
            "km/hr",
            "kph",
            "kilometres per hour",
            "kilometers per hour",
            "km per hour",
        ),
        **_forms("speed", "km/s", _MILE / 3600, "mph", "miles per hour"),
        **_forms("speed", "km/s", _MILE, "miles per second"),
        # distances
        **_forms(
            "distance",
            "km",
            1.0,
            "km",
            "kms",
            "kilometre",
            "kilometres",
            "kilometer",
            "kilometers",
        ),
        **_forms("distance", "km", 0.001, "m", "metre", "metres", "meter", "meters"),
        **_forms("distance", "km", _MILE, "mile", "miles", "mi", "statute miles"),
        **_forms("distance", "km", 1.852, "nautical mile", "nautical miles", "nmi"),
        **_forms("distance", "km", 0.0003048, "foot", "feet", "ft"),
        # masses
        **_forms(
            "mass",
            "kg",
            1.0,
            "kg",
            "kgs",
            "kilogram",
            "kilograms",
            "kilogramme",
            "kilogrammes",
            "kilo",
            "kilos",
        ),
        **_forms("mass", "kg", 0.001, "gram", "grams", "gramme", "grammes"),
        **_forms(
            "mass",
            "kg",
            1000.0,
            "tonne",
            "tonnes",
            "t",
            "ton",
            "tons",
            "metric ton",
            "metric tons",
        ),
        **_forms("mass", "kg", _POUND, "pound", "pounds", "lb", "lbs"),
        # angles
        **_forms("angle", "deg", 1.0, "degree", "degrees", "deg", "°"),
        # counts: the canonical unit is the singular noun
        **_count("orbit", "orbit", "orbits", "revolution", "revolutions", "times"),
        **_count("spacewalk", "spacewalk", "spacewalks", "eva", "evas"),
        **_count("cosmonaut", "cosmonaut", "cosmonauts"),
        **_count("astronaut", "astronaut", "astronauts"),
        **_count("taikonaut", "taikonaut", "taikonauts"),
        **_count(
            "crew member",
            "crew member",
            "crew members",
            "crewmember",
            "crewmembers",
        ),
        **_count("person", "people", "persons"),
        **_count("module", "module", "modules"),
        **_count("satellite", "satellite", "satellites"),
        **_count("spacecraft", "spacecraft"),
        **_count("probe", "probe", "probes"),
        **_count("mission", "mission", "missions"),
        **_count("flight", "flight", "flights"),
        **_count("launch", "launch", "launches"),
        **_count("docking", "docking", "dockings"),
        **_count("landing", "landing", "landings"),
    }
)
"""Every written unit form (lower case, single spaces) this module understands."""

_SPACED_ONLY = frozenset(
    {"d", "s", "h", "m", "mi", "sec", "secs", "min", "mins", "hr", "hrs", "ft", "t"})
"""Short forms that must be separated from the number by white space ("1960s" is no "s")."""

_PLURAL_COUNTS = frozenset(
    {
        "orbits",
        "revolutions",
        "times",
        "spacewalks",
        "evas",
        "cosmonauts",
        "astronauts",
        "taikonauts",
        "crew members",
        "crewmembers",
        "people",
        "persons",
        "modules",
        "satellites",
        "spacecraft",
        "probes",
        "missions",
        "flights",
        "launches",
        "dockings",
        "landings",
    }
)

_DURATION_RANK = MappingProxyType(
    {_SEC: 0, _MIN: 1, _HOUR: 2, _DAY: 3, 7 * _DAY: 4, _MONTH: 5, _YEAR: 6}
)

_COUNT_ADJECTIVES = (
    r"full|complete|successful|separate|more|additional|other|further|soviet|russian|american"
    r"|u\.s\.|us|chinese|european|japanese|female|male|women|woman|crewed|manned|uncrewed"
    r"|unmanned|robotic|earth|lunar|space|docking|orbital"
)


_GLUE = trie_pattern([f for f, i in UNITS.items() if f not in _SPACED_ONLY and i.kind != "count"])
_SPACED = trie_pattern(sorted(_SPACED_ONLY))
_COUNTS = trie_pattern([f for f, i in UNITS.items() if i.kind == "count"])
_DURATIONS = trie_pattern([f for f, i in UNITS.items() if i.kind == "duration"])

MEASURE_UNIT_PATTERN = rf"(?:{_GLUE}|(?<=\s){_SPACED})(?![\w/])"
"""Regex fragment (use with re.IGNORECASE) matching a unit of measure (not a count noun)."""

_NUM = NUMBER_PATTERN
_ITEM_RE = re.compile(
    rf"""
    (?<![\w.,])(?<![A-Za-z]-)
    (?P<num>{_NUM})
    (?P<sep>[ \t]*[-‑][ \t]*|\s*)
    (?:
        (?P<unit>{_GLUE})
      | (?<=[\s-])(?P<sunit>{_SPACED})
      | (?<=\s)(?:full|whole|long|straight)[ \t]+(?P<dunit>{_DURATIONS})
      | (?<=[\s-])(?:(?P<adj>(?:{_COUNT_ADJECTIVES})[ \t]+){{0,2}})(?P<count>{_COUNTS})
    )
    (?![\w/])
    """,
    re.IGNORECASE | re.VERBOSE,
)
# _ITEM_RE for fold_case text: its letters are lower-case ASCII (and "[A-Za-z]" is "[a-z]"
# there), so it matches the folded text exactly where _ITEM_RE matches the text.
_FOLDED_ITEM_RE = re.compile(_ITEM_RE.pattern, re.VERBOSE)
_COMPOUND_RE = re.compile(
    rf"(?:[ \t]*,[ \t]*|\s+and\s+|[ \t]+|[ \t]*-[ \t]*)(?P<num>{_NUM})"
    rf"(?P<sep>[ \t]*-[ \t]*|\s*)(?P<unit>(?<=\s){_DURATIONS}|{_GLUE})(?![\w/])",
    re.IGNORECASE,
)
_RANGE_AFTER_RE = re.compile(
    rf"\s*(?P<sep>[-–—×]|x(?=\s*\d)|to|and|by)\s*(?P<num>{_NUM})(?P<gap>[ \t]*[-‑][ \t]*|\s*)"
    rf"(?P<unit>{_GLUE}|(?<=\s){_SPACED}|{_COUNTS})(?![\w/])",
    re.IGNORECASE,
)
_RANGE_BEFORE_RE = re.compile(
    rf"(?:\b(?P<intro>between|from)\s+)?(?P<num>{_NUM})\s*(?P<sep>[-–—×/]|\bx\b|\bto\b|\band\b|\bby\b)"
    r"\s*\Z",
    re.IGNORECASE,
)
# what _RANGE_BEFORE_RE ends in ("181 / 327 km": a stat card's perigee and apogee, the
# only figures a bar joins into one)
_RANGE_SEPARATORS = ("-", "–", "—", "×", "x", "to", "and", "by", "/")
_QUALIFIERS = MappingProxyType(
    {
        "about": "approx",
        "around": "approx",
        "approximately": "approx",
        "approx.": "approx",
        "approx": "approx",
        "nearly": "approx",
        "some": "approx",
        "roughly": "approx",
        "almost": "approx",
        "circa": "approx",
        "ca.": "approx",
        "~": "approx",
        "close to": "approx",
        "an estimated": "approx",
        "estimated": "approx",
        "over": "min",
        "more than": "min",
        "at least": "min",
        "just over": "near_min",
        "a little over": "near_min",
        "a little more than": "near_min",
        "slightly over": "near_min",
        "slightly more than": "near_min",
        "in excess of": "min",
        "upwards of": "min",
        "exceeding": "min",
        "above": "min",
        "under": "max",
        "less than": "max",
        "up to": "max",
        "at most": "max",
        "no more than": "max",
        "fewer than": "max",
        "just under": "near_max",
        "a little under": "near_max",
        "a little less than": "near_max",
        "slightly under": "near_max",
        "slightly less than": "near_max",
        "just short of": "near_max",
        "below": "max",
    }
)
_QUALIFIER_RE = re.compile(
    r"(?:(?<![\w.])(?P<q>" + trie_pattern([q for q in _QUALIFIERS if q != "~"]) + r")[ \t\n]+"
    r"|(?P<tilde>~)[ \t]*)\Z",
    re.IGNORECASE,
)
_DURATION_CONTEXT_BEFORE_RE = re.compile(
    r"\b(?:for|spent|spend|spends|spending|lasted|lasting|lasts|last|of|during|within|took"
    r"|takes|take|taking|spanning|spanned|spans|span|remained|stayed|served|logged"
    r"|total(?:l)?ing|total(?:l)?ed|record|nearly|almost|over|about|some)[ \t\n]+\Z",
    re.IGNORECASE,
)
_DURATION_CONTEXT_AFTER_RE = re.compile(
    r"\s+(?:in\s+(?:space|orbit)|aboard|on\s+board|long\b|of\s+(?:flight|operation|service))",
    re.IGNORECASE,
)
_RELATIVE_AFTER_RE = re.compile(
    r"[ \t\n]*(?:-[ \t]*)?(?:later|earlier|ago|afterwards?|hence|previously|old)\b", re.IGNORECASE
)
_LONG_RELATIVE_AFTER_RE = re.compile(r"\s+(?:before|after|on)\b", re.IGNORECASE)
_TEMPERATURE_AFTER_RE = re.compile(r"\s*(?:celsius|fahrenheit|kelvin|[cf]\b)", re.IGNORECASE)
# "circled the Earth some five thousand times"
_ROUGHLY = r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than)\s+)?"
_ORBIT_VERB_BEFORE_RE = re.compile(
    r"\b(?:orbit(?:ed|ing|s)?|circl(?:ed|ing|es|e)|circumnavigat\w*|went\s+(?:a)?round|"
    r"going\s+(?:a)?round)"
    rf"\s+(?:the\s+)?(?:earth|moon|globe|planet|mars)\s+{_ROUGHLY}\Z|"
    # "carried A, B and C around the Earth seventeen times"
    rf"\b(?:a)?round\s+(?:the\s+)?(?:earth|globe|planet)\s+{_ROUGHLY}\Z",
    re.IGNORECASE,
)
_WINDOW = 80


@dataclass(frozen=True)
class Quantity:
    """A number with a unit found in text (see the module docstring for the fields' meaning)."""

    start: int
    end: int
    text: str
    kind: str
    value: float
    low: float
    high: float
    unit: str
    written_unit: str
    approx: bool = False
    bound: str | None = None
    value2: float | None = None
    low2: float | None = None
    high2: float | None = None


def _norm_unit(written: str) -> str:
    return " ".join(written.lower().split())


def _unit_info(written: str) -> UnitInfo | None:
    return UNITS.get(_norm_unit(written))


def _interval(value: float, step: float, factor: float) -> tuple[float, float, float]:
    half = step / 2
    return value * factor, (value - half) * factor, (value + half) * factor


def _qualifiers(text: str, start: int) -> tuple[bool, str | None]:
    """Hedges and bounds written just before ``start`` (up to two, e.g. "just over about")."""
    approx = False
    bound: str | None = None
    end = start
    for _ in range(2):
        m = _QUALIFIER_RE.search(text, max(0, end - 30), end)
        if m is None:
            break
        key = "~" if m.group("tilde") else _norm_unit(m.group("q"))
        meaning = _QUALIFIERS.get(key)
        if meaning == "approx":
            approx = True
        elif meaning is not None and bound is None:
            bound = meaning
        end = m.start()
    return approx, bound


def _month_year_ok(text: str, m: re.Match[str], unit_end: int) -> bool:
    """Months, years and "one day" count as durations only in a duration context."""
    if "-" in m.group("sep"):
        return True
    if _DURATION_CONTEXT_AFTER_RE.match(text, unit_end) or _COMPOUND_RE.match(text, unit_end):
        return True  # "one day, 23 hours and one minute" is a length of time
    before_end = m.start()
    for _ in range(2):  # skip a hedge: "for about six months"
        q = _QUALIFIER_RE.search(text, max(0, before_end - 30), before_end)
        if q is None:
            break
        before_end = q.start()
    return _DURATION_CONTEXT_BEFORE_RE.search(text, max(0, before_end - 30), before_end) is not None


def find_quantities(text: str, *, folded: str | None = None) -> list[Quantity]:
    """All quantities in ``text``, sorted by start offset and non-overlapping; ``folded`` is
    ``fold_case(text)`` when the caller has it already."""
    out: list[Quantity] = []
    pos = 0
    n = len(text)
    folded = folded or fold_case(text)
    starts = _number_starts(text, folded)
    while pos < n:
        m = _search_item(text, folded, starts, pos)
        if m is None:
            break
        q = _quantity_at(text, m)
        if q is None:
            pos = m.start("num") + max(1, len(m.group("num").split()[0]))
            continue
        if out and q.start < out[-1].end:
            pos = m.end()
            continue
        out.append(q)
        pos = q.end
    if "ingle" in text or "INGLE" in text or "once" in text or "twice" in text or (
            "thrice" in text):
        out = _with_few_orbits(text, out)
    if out and _ELIDED_WORDS_RE.search(folded or text):
        out = _with_elided_units(text, out)
    if _ARTICLE_UNIT_RE.search(folded or text):
        out = _with_article_durations(text, out)
    declared = _CLOCK_FORMAT_RE.search(text) if ":" in text else None
    if declared is not None or _GLUED_FIELDS_RE.search(text):
        out = _with_field_durations(text, out, declared)
    return out


# A length told field by field: "7d 21h 13m", each number glued to its unit's letter, two
# fields or more ("1960s" and "4d" alone are no lengths). The cheap test: _GLUED_FIELDS_RE.
_GLUED_FIELDS_RE = re.compile(r"\d[dh][ \t]?\d")
_GLUED_DURATION_RE = re.compile(
    r"(?<![\w.:])\d{1,4}[dh](?:[ \t]?\d{1,2}(?:h|min|m|s)){1,3}(?![\w:])")
_GLUED_FIELD_RE = re.compile(r"(\d+)(d|h|min|m|s)")
# How a text says it writes lengths with colons: "Durations below are d:h:m", "(hh:mm:ss)".
# Only then is "1:10:18" a length, and in that order: the same digits are a day, ten hours
# and eighteen minutes in one log and an hour, ten minutes and eighteen seconds in another.
_CLOCK_FORMAT_RE = re.compile(
    r"(?<![\w:])(?:d{1,3}:h{1,2}:m{1,2}(?::s{1,2})?|h{1,3}:m{1,2}:s{1,2})(?![\w:])",
    re.IGNORECASE)
_CLOCK_FIELDS = MappingProxyType({"d": _DAY, "h": _HOUR, "m": _MIN, "s": _SEC, "min": _MIN})
_UNIT_LETTERS = MappingProxyType({_DAY: "d", _HOUR: "h", _MIN: "min", _SEC: "s"})
# A time of day, not a length: "at 06:07:00", "06:07:00 UTC"
_CLOCK_TIME_BEFORE_RE = re.compile(r"\b(?:at|from|until|till|by)[ \t]+\Z", re.IGNORECASE)
_CLOCK_TIME_AFTER_RE = re.compile(r"[ \t]*(?:UTC|GMT|Z\b|MSK|UT\b|Moscow|local|[ap]\.?m\b)",
                                  re.IGNORECASE)


def _with_field_durations(text: str, found: list[Quantity],
                          declared: re.Match[str] | None) -> list[Quantity]:
    """``found`` with the lengths told field by field: glued to unit letters ("7d 21h
    13m"), or with colons in the order the text declares ("d:h:m": "1:10:18" is a day, ten
    hours and eighteen minutes; ``declared`` is where the text declares that order), each
    to half its last field."""
    told: list[tuple[int, int, list[tuple[int, float]]]] = []
    for m in _GLUED_DURATION_RE.finditer(text):
        fields = [(int(n), _CLOCK_FIELDS[u]) for n, u in _GLUED_FIELD_RE.findall(m.group())]
        if all(a[1] > b[1] for a, b in itertools.pairwise(fields)):  # "7d 21h", not "7h 2d"
            told.append((m.start(), m.end(), fields))
    if declared is not None:
        units = [_CLOCK_FIELDS[f[0].lower()] for f in declared.group().split(":")]
        value_re = re.compile(
            rf"(?<![\w:.])\d{{1,3}}(?::\d\d){{{len(units) - 1}}}(?![\w:]|[.,]\d)")
        for m in value_re.finditer(text):
            numbers = [int(n) for n in m.group().split(":")]
            fields = list(zip(numbers, units, strict=True))
            if any(n * unit >= bigger for (n, unit), bigger in zip(
                    fields[1:], units[:-1], strict=True)):
                continue  # "25" hours or "60" minutes: no field of this format
            if _CLOCK_TIME_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) or (
                    _CLOCK_TIME_AFTER_RE.match(text, m.end())):
                continue
            told.append((m.start(), m.end(), fields))
    extra = []
    for start, end, fields in told:
        if any(q.start < end and start < q.end for q in found):
            continue
        step = fields[-1][1]
        value = sum(n * unit for n, unit in fields)
        approx, bound = _qualifiers(text, start)
        low, high, bound = _hedged_interval(value, value - step / 2, value + step / 2, step,
                                            approx, bound)
        extra.append(Quantity(start=start, end=end, text=text[start:end], kind="duration",
                              value=value, low=low, high=high, unit="s",
                              written_unit="+".join(_UNIT_LETTERS[u] for _, u in fields),
                              approx=approx, bound=bound))
    return sorted([*found, *extra], key=lambda q: q.start) if extra else found


# A unit told with the article ("a day", "an hour"): a plain scan, cheap on every text
_ARTICLE_UNIT_RE = re.compile(r"[ \t]an?[ \t]+(?:day|week|fortnight|month|year|hour)\b",
                              re.IGNORECASE)
# "just over a day", "almost a year", "spent a fortnight": one of the unit, said with the
# article, after a hedge, bound or verb of staying (bare "a day" is mostly no length: "a day
# later", "once a day"). A fortnight is read as "2 weeks", at that precision. It ends where an
# _ARTICLE_UNIT_RE match ends, and its hedge starts at most _HEDGE_REACH before that match.
_ARTICLE_DURATION_RE = re.compile(
    r"(?<![\w.])(?:just|a little|slightly|more than|less than|over|under|nearly|almost|"
    r"about|around|roughly|barely|little more than|well over|lasted|lasting|"
    r"spent|spending|stayed|staying)[ \t]+"
    r"(?P<article>an?)[ \t]+"
    r"(?:day|week|fortnight|month|year|hour)\b\Z", re.IGNORECASE)
_HEDGE_REACH = 30
_AND_A_HALF_RE = re.compile(r"[ \t]+and[ \t]+a[ \t]+half\b", re.IGNORECASE)


def _with_article_durations(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the hedged durations told with "a" or "an" ("just over a day"), read
    as the number 1 where the article stands."""
    extra = []
    for unit in _ARTICLE_UNIT_RE.finditer(text):
        m = _ARTICLE_DURATION_RE.search(text, max(0, unit.start() - _HEDGE_REACH), unit.end())
        if m is None:
            continue
        at = m.start("article")
        if any(q.start <= at < q.end for q in found):
            continue
        # the same text with the article as the digit 1 (and a space for "an"): offsets hold
        unit_end = unit.end()
        if text[unit.end() - 9:unit.end()].lower() == "fortnight":
            shadow = f"{text[:at]}{'2 weeks'.ljust(unit.end() - at)}{text[unit.end():]}"
        elif half := _AND_A_HALF_RE.match(text, unit.end()):  # "an hour and a half"
            unit_end = half.end()
            words = f"1.5 {text[m.end('article'):unit.end()].strip()}s"
            shadow = f"{text[:at]}{words.ljust(unit_end - at)}{text[unit_end:]}"
        else:
            shadow = f"{text[:at]}1{' ' * (len(m.group('article')) - 1)}{text[m.end('article'):]}"
        item = _ITEM_RE.match(shadow, at)
        q = _quantity_at(shadow, item) if item is not None else None
        if q is not None and q.kind == "duration":
            end = max(q.end, unit_end)
            extra.append(replace(q, end=end, text=text[q.start:end]))
    return sorted([*found, *extra], key=lambda q: q.start) if extra else found


# "an apogee of 327 kilometres and a perigee of about 250", "a perigee of 180 kilometres, an
# apogee of 372": the second height's unit is the first's, left out
_ELIDED_WORDS_RE = re.compile(r"\b(?:perigee|apogee|point)\b", re.IGNORECASE)
_ELIDED_UNIT_RE = re.compile(
    r"(?:\s+and|,(?:\s+and)?)\s+(?:a|an|the)\s+(?:perigee|apogee|(?:high|low|highest|lowest)\s+"
    r"point)\s+of\s+"
    rf"(?:(?:about|roughly|some|around|nearly|almost|just\s+over|over)\s+)?(?P<num>{NUMBER_PATTERN})"
    r"(?![ \t]*(?:[\w%°]|-\w))", re.IGNORECASE)


# How far past a bound's number a count of a unit of uneven length reaches: a month is 28 to
# 31 days (30.44 on average), a year 365 or 366 days
_BOUND_SLACK = 0.08


def _hedged_interval(total: float, low: float, high: float, roundness: float, approx: bool,
                     bound: str | None) -> tuple[float, float, str | None]:
    """A number's interval after the words before it: widened by a hedge ("about"), or, for
    "just under" and "just over", on one side of the number by no more than a hedge allows
    (and then no longer a bound)."""
    if bound in ("near_min", "near_max"):
        hedged_low, hedged_high = _hedged(total, low, high, roundness)
        low, high = (total, hedged_high) if bound == "near_min" else (hedged_low, total)
        return low, high, None
    if approx:
        return (*_hedged(total, low, high, roundness), bound)
    # "more than a month" is more than the shortest month, not more than half of one
    if bound == "min":
        low = max(low, total * (1 - _BOUND_SLACK))
    elif bound == "max":
        high = min(high, total * (1 + _BOUND_SLACK))
    return low, high, bound


def _with_elided_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` with the distances whose unit is left out after one told with it ("… of
    327 kilometres and a perigee of about 250"), in that unit."""
    extra = []
    for q in found:
        m = _ELIDED_UNIT_RE.match(text, q.end) if q.kind == "distance" else None
        info = _unit_info(q.written_unit) if m is not None else None
        parsed = parse_number(m.group("num")) if m is not None else None
        if m is None or info is None or parsed is None:
            continue
        if any(other.start < m.end("num") and m.start("num") < other.end for other in found):
            continue
        value, low, high = _interval(*parsed, info.factor)
        approx, bound = _qualifiers(text, m.start("num"))
        low, high, bound = _hedged_interval(value, low, high,
                                            _roundness(*parsed) * info.factor, approx, bound)
        extra.append(Quantity(start=m.start("num"), end=m.end("num"), text=m.group("num"),
                              kind=q.kind, value=value, low=low, high=high, unit=q.unit,
                              written_unit="", approx=approx, bound=bound))
    return sorted([*found, *extra], key=lambda q: q.start) if extra else found


# "He made a single orbit", "Vostok 1 circled the Earth once", "it orbited the Earth twice",
# "went once around the Earth": a few orbits, said without a number (not "once every 89.6
# minutes", a period)
_FEW_ORBITS_RE = re.compile(
    r"\b(?:(?:a|one)\s+single\s+(?P<count>orbit|revolution)|"
    r"(?:circled|orbited|went\s+(?:a)?round|flew\s+(?:a)?round)\s+(?:the\s+)?(?:Earth|globe|planet)"
    r"\s+(?:only\s+|just\s+)?(?P<times>once|twice|thrice)|"
    r"(?:circled|went|flew)\s+(?:only\s+|just\s+)?(?P<times_before>once|twice|thrice)\s+"
    r"(?:a)?round\s+(?:the\s+)?(?:Earth|globe|planet))\b"
    r"(?!\s+(?:every|each|per|an?|in\s+(?:every|each))\b)", re.IGNORECASE)
_TIMES = MappingProxyType({"once": 1.0, "twice": 2.0, "thrice": 3.0})


def _with_few_orbits(text: str, found: list[Quantity]) -> list[Quantity]:
    few = []
    for m in _FEW_ORBITS_RE.finditer(text):
        if any(q.start < m.end() and m.start() < q.end for q in found):
            continue
        word = (m["times"] or m["times_before"] or m["count"]).lower()
        count = _TIMES.get(word, 1.0)  # ("a single orbit": one)
        few.append(Quantity(start=m.start(), end=m.end(), text=m.group(), kind="count",
                            value=count, low=count - 0.5, high=count + 0.5, unit="orbit",
                            written_unit=word))
    return sorted([*found, *few], key=lambda q: q.start) if few else found


def _number_starts(text: str, folded: str | None) -> list[int]:
    """Sorted offsets that include every offset where ``_ITEM_RE`` can match: the starts of
    digit runs and number words after a character that may stand before a number, and of
    "a"/"an" before "dozen", "hundred" … (``folded`` is ``fold_case(text)``).

    One scan for these is much faster than searching with ``_ITEM_RE``, which then only
    needs to be tried here.
    """
    scan = text if folded is None else folded
    candidates = _NUMBER_START_RE if folded is not None else _NUMBER_START_IGNORECASE_RE
    starts = []
    # In " " + scan a match starts at the character before the number, so at the number's
    # own offset in ``scan`` (the space stands before a number at the start).
    for m in candidates.finditer(" " + scan):
        at = m.start()
        if m.lastindex:  # "a dozen", "an hundred": it starts at the "a"
            j = at
            while j > 0 and scan[j - 1] in " \t":
                j -= 1
            if j < at:
                if scan[j - 1 : j].lower() == "a":
                    starts.append(j - 1)
                if scan[max(0, j - 2) : j].lower() == "an":
                    starts.append(j - 2)
        starts.append(at)  # after the "a": only white space separates them
    return starts


def _search_item(
    text: str, folded: str | None, starts: list[int], pos: int
) -> re.Match[str] | None:
    """``_ITEM_RE.search(text, pos)``, trying only the candidate ``starts`` (``folded`` is
    ``fold_case(text)``, where a case-sensitive pattern finds the same matches faster)."""
    if folded is None:
        for i in range(bisect_left(starts, pos), len(starts)):
            m = _ITEM_RE.match(text, starts[i])
            if m is not None:
                return m
        return None
    for i in range(bisect_left(starts, pos), len(starts)):
        if _FOLDED_ITEM_RE.match(folded, starts[i]) is not None:
            return _ITEM_RE.match(text, starts[i])  # the same match, in the text's own case
    return None


_NUMBER_WORDS = [*NUMBER_UNITS, *TENS, *SCALES, "dozen"]
_A_SCALES = ("dozen", "hundred", "thousand", "million")  # the words "a"/"an" may stand before
# A digit or number word after a character other than a-z, 0-9, "_", "." and "," (which
# _ITEM_RE never lets stand before a number); starting with a class makes the scan fast.
# The group is the scale words "a" may stand before: the trie would match no other word at
# their starts (no number word extends one of them, none of them extends another word).
_NUMBER_START = (
    rf"[^a-z0-9_.,](?:\d|({trie_pattern(_A_SCALES)})"
    rf"|{trie_pattern(w for w in _NUMBER_WORDS if w not in _A_SCALES)})"
)
_NUMBER_START_RE = re.compile(_NUMBER_START)  # for fold_case text
_NUMBER_START_IGNORECASE_RE = re.compile(_NUMBER_START, re.IGNORECASE)


def _quantity_at(text: str, m: re.Match[str]) -> Quantity | None:
    written = m.group("unit") or m.group("sunit") or m.group("dunit") or m.group("count")
    info = _unit_info(written)
    parsed = parse_number(m.group("num"))
    if info is None or parsed is None:
        return None
    value, step = parsed
    start, end = m.start("num"), m.end()
    digits = m.group("num")[0].isdigit()
    if digits and follows_designation(text, start):
        return None
    norm = _norm_unit(written)
    hyphen = "-" in m.group("sep") or "‑" in m.group("sep")
    if info.kind == "count":
        if norm == "times" and not _ORBIT_VERB_BEFORE_RE.search(text, max(0, start - 40), start):
            return None
        if norm not in _PLURAL_COUNTS and not hyphen and value != 1:
            return None
        if digits and _looks_like_year(m.group("num")):
            return None
    elif info.kind == "duration":
        if _RELATIVE_AFTER_RE.match(text, end):
            return None
        idiom = m.group("num").lower() == "one"  # "needed one day to colonize Mars"
        if (info.factor >= _MONTH or idiom) and (
            _LONG_RELATIVE_AFTER_RE.match(text, end) or not _month_year_ok(text, m, end)
        ):
            return None
    elif info.kind == "angle" and _TEMPERATURE_AFTER_RE.match(text, end):
        return None

    total, low, high = _interval(value, step, info.factor)
    written_units = [written]
    if info.kind == "duration":
        end, total, low, high = _extend_compound(text, end, info, total, written_units) or (
            end,
            total,
            low,
            high,
        )
    approx, bound = _qualifiers(text, start)
    value2 = low2 = high2 = None
    rng = _range_after(text, end, info, m)
    if rng is not None:
        end, value2, low2, high2 = rng
    else:
        before = _range_before(text, start, info, value, step)
        if before is not None:
            start, value2, low2, high2, total, low, high = before
            approx, bound = _qualifiers(text, start)
    near = bound in ("near_min", "near_max")
    low, high, bound = _hedged_interval(total, low, high, _roundness(value, step) * info.factor,
                                        approx, bound)
    if approx and not near and value2 is not None and low2 is not None and high2 is not None:
        low2, high2 = _hedged(value2, low2, high2, _roundness(
            value2 / info.factor, step) * info.factor)
    return Quantity(
        start=start,
        end=end,
        text=text[start:end],
        kind=info.kind,
        value=total,
        low=low,
        high=high,
        unit=info.unit,
        written_unit="+".join(written_units),
        approx=approx,
        bound=bound,
        value2=value2,
        low2=low2,
        high2=high2,
    )


def _hedged(value: float, low: float, high: float, roundness: float) -> tuple[float, float]:
    """The interval of a hedged number: one of a single significant digit ("about 90
    minutes", "some 3,000 orbits") may be 10 % off, a more precise one ("about 94 minutes")
    5 %; the written precision stays where it is wider. ``roundness`` is the place of the
    number's last non-zero digit (10 for 90), in the value's unit."""
    spread = abs(value) * (0.1 if abs(value) < 10 * roundness else 0.05)
    return min(low, value - spread), max(high, value + spread)


def _roundness(number: float, step: float) -> float:
    """The place of the last non-zero digit of ``number`` written to ``step`` (90 → 10,
    94 → 1, 2.3 → 0.1, 3000 → 1000)."""
    if number <= 0 or step <= 0:
        return step
    place = step
    while place * 10 <= number and (number / (place * 10)) % 1 < 1e-9:
        place *= 10
    return place


def _looks_like_year(num: str) -> bool:
    return len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2100


def _extend_compound(
    text: str, end: int, info: UnitInfo, total: float, written_units: list[str]
) -> tuple[int, float, float, float] | None:
    """Extend "1 hour" with "and 48 minutes", "48 min", "18 minutes" … (strictly smaller
    units, each less than one of the unit before it: "four days, ninety-four hours" says
    the time twice)."""
    rank = _DURATION_RANK[info.factor]
    factor = info.factor
    extended = None
    while True:
        c = _COMPOUND_RE.match(text, end)
        if c is None:
            break
        c_info = _unit_info(c.group("unit"))
        parsed = parse_number(c.group("num"))
        if c_info is None or c_info.kind != "duration" or parsed is None:
            break
        c_rank = _DURATION_RANK[c_info.factor]
        if c_rank >= rank or _RELATIVE_AFTER_RE.match(text, c.end()):
            break
        value, step = parsed
        if value * c_info.factor >= factor:
            break
        total += value * c_info.factor
        half = step / 2 * c_info.factor
        written_units.append(c.group("unit"))
        end, rank, factor = c.end(), c_rank, c_info.factor
        extended = (end, total, total - half, total + half)
    return extended


def _range_after(
    text: str, end: int, info: UnitInfo, m: re.Match[str]
) -> tuple[int, float, float, float] | None:
    """A second number with a unit of the same kind: "215 km to 940 km", "1 to 2 hours"."""
    r = _RANGE_AFTER_RE.match(text, end)
    if r is None:
        return None
    r_info = _unit_info(r.group("unit"))
    parsed = parse_number(r.group("num"))
    if r_info is None or r_info.kind != info.kind or r_info.unit != info.unit or parsed is None:
        return None
    if r.group("sep").lower() == "and":
        intro = _RANGE_BEFORE_INTRO_RE.search(text, max(0, m.start() - 20), m.start())
        if intro is None:
            return None
    value, step = parsed
    v2, lo2, hi2 = _interval(value, step, r_info.factor)
    return r.end(), v2, lo2, hi2


_RANGE_BEFORE_INTRO_RE = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)


# The first year of a span of years, right before its last: "1994-95"
_YEAR_SPAN_BEFORE_RE = re.compile(r"(?<!\d)\d{4}[-–/]\Z")


def _range_before(
    text: str, start: int, info: UnitInfo, value: float, step: float
) -> tuple[int, float, float, float, float, float, float] | None:
    """A unit-less first number before this one: "215 to 940 km", "between 215 and 940 km"."""
    # Most numbers follow no range word: a cheap look saves the backward search.
    tail = text[max(0, start - 16):start].rstrip().lower()
    if not tail.endswith(_RANGE_SEPARATORS):
        return None
    r = _RANGE_BEFORE_RE.search(text, max(0, start - _WINDOW), start)
    if r is None:
        return None
    first_start = r.start("num")
    if first_start > 0 and (text[first_start - 1].isalnum() or text[first_start - 1] in ".,"):
        return None
    if _YEAR_SPAN_BEFORE_RE.search(text, max(0, first_start - 5), first_start):
        return None  # the end of a span of years: "1994-95 - 438 days" is no 95 to 438 days
    if r.group("sep").lower() == "and" and not r.group("intro"):
        return None
    if r.group("sep") == "/" and info.kind != "distance":
        return None  # "112 / 168 d": one figure each for two people; "1/2 hour" a fraction
    parsed = parse_number(r.group("num"))
    if parsed is None or (r.group("num")[0].isdigit() and follows_designation(text, first_start)):
        return None
    if _looks_like_year(r.group("num")) and info.kind in ("count", "duration"):
        return None
    v1, s1 = parsed
    total, low, high = _interval(v1, s1, info.factor)
    v2, lo2, hi2 = _interval(value, step, info.factor)
    return first_start, v2, lo2, hi2, total, low, high
