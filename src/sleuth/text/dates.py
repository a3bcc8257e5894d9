"""Find date mentions in free text and resolve yearless and relative ones.

Dates are kept *as written*: "10:07 Moscow time" keeps hour 10 and ``tz="Europe/Moscow"``;
no time-zone conversion happens here. Kinds:

``absolute``
    a month or day with its year ("April 12, 1961", "12 April 1961", "August 1962",
    "1961-04-12", "10/4/57"), possibly with a time ("06:07 UTC").
``year``
    a bare year ("in 1961"), a season or part of a year ("spring of 1975", "early 1961",
    approx) or an explicit span ("from 1986 to 2001", "1986–2001": ``end_date`` set).
``decade``
    "the 1960s" (1960 to 1969), "early 1960s" (approx, 1960–1963), "mid-1960s", "late 1980s".
``yearless``
    "on 22 May", "on June 16", "in December": the year comes from the most recent preceding
    mention that carries a single year (``resolved_from`` is its start). A yearless date
    with no such mention, or whose latest year-bearing mention is a span or decade, is
    **not emitted**: it could not be checked anyway. A day named alone ("In June 1971 …
    launched on the 16th") takes its month and year from the date just before it, when
    that names a month in the same paragraph.
``relative``
    "two years later", "the following month", "the next day", "that year", "later that
    year": resolved against the most recent preceding dated mention, at the precision the
    phrase implies ("two years later" → year, "the following month" → month, "the next day"
    → day, only when the anchor is known to that precision; otherwise not emitted). When the
    phrase directly follows a date as an apposition ("In May 1961, one month later"), the
    anchor is the mention before that date, so the two can be checked against each other.
``ago``
    "66 years ago today", "Sixty years ago": counted back from the article's
    :func:`dateline`, to the year (to the day with "today", or with a yearless date
    heading its line, "17 March - Sixty years ago …"); likewise "70 years since Sputnik
    1", "the 50th anniversary of Apollo-Soyuz" under such a heading, and "last year",
    "this year", "the year before last"; not emitted without a dateline.

A day without a year heading a line ("14 September - Luna 2 was launched on this date in
1959") is an almanac entry's anniversary, not a date of its own: it is not emitted, and
gives its day to the line's first date when that is a bare year, to any year said to be
"on this date" or "on the same day", and to a count of years "to the day".

Lists share their month and year: "on 15 and 21 December 1984" gives two mentions (spans
"15" and "21 December 1984"); day ranges "15–21 December 1984" give one mention with
``end_date``.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, replace
from datetime import date as _date
from datetime import timedelta
from types import MappingProxyType

from sleuth.catalog.names import ROMAN_NUMERALS
from sleuth.model import PartialDate, Precision
from sleuth.text._context import follows_designation
from sleuth.text._regex import chained_matches, trie_pattern
from sleuth.text.numbers import NUMBER_PATTERN, NUMBER_WORDS, parse_count, parse_ordinal
from sleuth.text.quantities import MEASURE_UNIT_PATTERN
from sleuth.text.segment import sentence_around
from sleuth.text.spoken import DAY_ALONE_FOLLOWERS, SpokenDate, spoken_dates, with_digits

MONTHS: MappingProxyType[str, int] = MappingProxyType(
    {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    }
)  # fmt: skip
"""English month names and abbreviations (lower case) → month number."""

TIME_ZONES: MappingProxyType[str, str] = MappingProxyType(
    {
        "utc": "UTC", "gmt": "UTC", "ut": "UTC", "z": "UTC", "zulu": "UTC",
        "moscow time": "Europe/Moscow", "moscow standard time": "Europe/Moscow",
        "msk": "Europe/Moscow", "moscow decree time": "Europe/Moscow",
        "est": "America/New_York", "edt": "America/New_York",
        "eastern time": "America/New_York", "eastern standard time": "America/New_York",
        "eastern daylight time": "America/New_York",
        "cst": "America/Chicago", "cdt": "America/Chicago", "central time": "America/Chicago",
        "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
        "pacific time": "America/Los_Angeles",
        "local time": "local",
    }
)  # fmt: skip
"""Written time-zone names (lower case) → IANA name ("local" when only "local time")."""


def month_number(name: str) -> int:
    """The number of a month written as a name or an abbreviation, in any case, with or
    without its period.

    >>> month_number("Sept."), month_number("MAR"), month_number("February")
    (9, 3, 2)
    """
    return MONTHS[name.rstrip(".").lower()]


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in MONTHS if m not in _FULL_MONTHS]


def _cased(names: list[str]) -> str:
    return trie_pattern([*(n.capitalize() for n in names), *(n.upper() for n in names)])


# Month names are case-sensitive ("May", "MAY", not the verb "may"); only abbreviations take
# a period, so the full stop after "28 May." stays out of the mention.
_MONTH = rf"(?:{_cased(_FULL_MONTHS)}\b|{_cased(_ABBR_MONTHS)}(?:\.|\b))"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])(?!\.\d)"
_LISTSEP = (
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+(?:the[ \t]+)?|[ \t]*&[ \t]*"
    r"|[ \t]*[-–—][ \t]*|[ \t]+to[ \t]+)"
)
_YEAR4 = r"\d{4}(?!\d|[.,]\d)"
# After a month a year may be cut to two digits: "June '82", "4 Oct '57"
_MONTHS_YEAR = rf"(?:{_YEAR4}|['’]\d\d(?![\w'’]))"
_QUAL = r"[Ee]arly|[Mm]id|[Ll]ate"
# Between a date's day or month and its year: the year may be on the next line, unless that
# line opens an entry with a year of its own ("1966 — Luna 9 lands, 3 Feb" ¶ "1967 — …")
_TO_YEAR = r"(?:[ \t]+|[ \t]*\n[ \t\n]*(?!\d{4}[ \t]*[—–:-]))"
_TZ = trie_pattern(TIME_ZONES)
_REL_UNIT = r"days?|mornings?|evenings?|nights?|weeks?|fortnights?|months?|years?|decades?"

# A month in Roman numerals, as in "4.X.1957" (longest first: "XII" before "X")
_ROMAN_MONTHS = MappingProxyType({numeral.upper(): n for numeral, n in ROMAN_NUMERALS.items()
                                  if n <= 12})
_ROMAN_MONTH = "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))

_MASTER_RE = re.compile(
    rf"""
    (?P<iso>(?<![\w-])(?P<iy>\d{{4}})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-2]\d|3[01])
        (?:T(?P<ih>[01]\d|2[0-3]):(?P<imi>[0-5]\d)(?::(?P<isec>[0-5]\d(?:\.\d+)?))?Z?)?
        (?![\w-]))
  | (?P<ymd>(?<![\w.,$£€#/-])(?P<yy>\d{{4}})[ \t]+(?P<ymon>{_MONTH})[ \t]+(?P<yday>{_DAY})
        (?![\w,.:]\d|[ \t]*(?:{_LISTSEP})?{_YEAR4}))
  | (?P<ydm>(?<![\w.,$£€#/-])(?P<ydy>\d{{4}}),[ \t]+(?P<ydday>{_DAY})[ \t]+(?P<ydmon>{_MONTH})
        (?![ \t]*,?[ \t]*(?:{_MONTHS_YEAR}|{_DAY}\b)))
  | (?P<numeric>(?<![\w/.-])(?P<n1>\d{{1,2}})(?P<nsep>[/.])(?P<n2>\d{{1,2}})(?P=nsep)
        (?P<n3>\d{{4}}|\d{{2}})(?![\w/]|\.\d))
  | (?P<romd>(?<![\w/.,:-])(?P<roday>{_DAY})(?P<rolist>(?:{_LISTSEP}{_DAY})*)\.
        (?P<romon>{_ROMAN_MONTH})(?:\.(?P<royear>{_YEAR4}|\d\d(?!\d|[.,]\d)))?(?!\w|\.\w))
  | (?P<mmyy>(?<![\w/.,-])(?P<mym>0[1-9]|1[0-2])/(?P<myy>(?:19|20)\d\d)(?![\w/]|\.\d))
  | (?P<yr>(?:(?:[Bb]etween)[ \t\n]+(?<![\w.,$£€#/-])(?P<ya1>\d{{4}})[ \t\n]+and[ \t\n]+
            (?P<ya2>\d{{4}})
        | (?:(?:[Ff]rom)[ \t\n]+)?(?<![\w.,$£€#/-])(?P<yb1>\d{{4}})
            [ \t\n]*(?:[-–—]|to|until|till|through|thru)[ \t\n]*(?P<yb2>\d{{4}}|\d{{2}}))
        (?!\w|[.,]\d))
  | (?P<dec>(?:(?P<dq>{_QUAL})[\s-]+(?:the[ \t\n]+)?|(?<![\w.,$-]))
        (?:(?P<dy>1\d\d0|20\d0)|['’](?P<dy2>\d0))['’]?s\b)
  | (?P<sea>(?:(?P<sq>{_QUAL})[\s-]+)?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)
        (?:[ \t\n]+of)?[ \t\n]+(?P<sy>{_MONTHS_YEAR}))
  | (?P<md>(?:(?P<mprep>\b(?:[Ii]n|[Dd]uring|[Bb]y|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Ff]rom
            |[Tt]hrough|[Tt]hat(?:[ \t\n]+same)?|{_QUAL})[\s-]+(?:in[ \t\n]+)?))?
        (?P<mon>{_MONTH})
        (?:(?:[ \t]+|[ \t]*\n[ \t]*)(?P<mday>{_DAY})(?P<mlist>(?:{_LISTSEP}{_DAY})*)
            (?:(?:[ \t]*,{_TO_YEAR}?|{_TO_YEAR})(?P<myear>{_MONTHS_YEAR}))?
         | ,?{_TO_YEAR}(?:of[ \t\n]+)?(?P<myear2>{_MONTHS_YEAR})
         | (?P<msame>[ \t\n]+of[ \t\n]+(?:the[ \t\n]+same|that)[ \t\n]+year\b))?)
  | (?P<dm>(?<![\w./:-])(?P<dday>{_DAY})(?P<dlist>(?:{_LISTSEP}{_DAY})*)[ \t\n]+(?:of[ \t\n]+)?
        (?P<dmon>{_MONTH})(?:,?{_TO_YEAR}(?P<dyear>{_MONTHS_YEAR}))?)
  | (?P<rel>(?i:
        the\s+(?P<rdir>following|next|previous|preceding|prior|same)\s+(?P<ru1>{_REL_UNIT})
      | the\s+(?P<rdir4>following|next|previous|preceding)\s+
            (?P<rmon>{'|'.join(_FULL_MONTHS)}|spring|summer|autumn|fall)
      | (?P<rle>later|earlier)\s+(?:that|the\s+same|in\s+the\s+same)\s+(?P<ru2>day|week|month|year)
      | (?<![\w-])that\s+(?:same\s+)?(?P<ru3>day|month|year)
      | (?<![\w.,])(?P<rn>{NUMBER_PATTERN}|an?|one)\s+(?P<ru4>{_REL_UNIT})
        \s+(?P<rdir2>later|earlier|afterwards?|on)
    )(?![\w-]))
  | (?P<by>(?:(?P<yq>{_QUAL})[\s-]+(?:in[ \t\n]+)?|(?<![\w.,$£€#/-]))(?P<bye>\d{{4}}
        # "in '88", "around '92": a year cut to two digits after a preposition
        |(?:(?<=[Ii]n[ ])|(?<=[Ss]ince[ ])|(?<=[Aa]round[ ])|(?<=[Uu]ntil[ ])|(?<=[Bb]y[ ]))
            ['’]\d\d(?![\w'’]))
        (?!\w|[.,]\d|[-‑]\w|\s+[A-Z]{{1,3}}\s*\d)(?!(?i:\s*[-‑]?\s*{MEASURE_UNIT_PATTERN})))
    """,
    re.VERBOSE,
)

# What every _MASTER_RE match starts with, read off its alternatives (each one's leading word
# and what must follow it, or a digit): a cheap test that rules out most start words ("the",
# "in", "a" …) before the costly full pattern is tried. Must stay a superset of _MASTER_RE
# (tests/text check that it is wherever _MASTER_RE matches).
_MASTER_START_RE = re.compile(
    rf"""
    \d | ['’]\d | {_MONTH}
  | (?:[Bb]etween|[Ff]rom|{_QUAL}|[Ii]n|[Dd]uring|[Bb]y|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter
        |[Tt]hrough|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)[\s-]
  | (?i:the\s+(?:following|next|previous|preceding|prior|same)\s|(?:later|earlier|that)\s
        |(?:{trie_pattern(NUMBER_WORDS)}|an?|one)[\s-])
    """,
    re.VERBOSE,
)

_DAY_ITEM_RE = re.compile(rf"(?P<sep>{_LISTSEP})?(?P<day>{_DAY})")
_TIME = (
    r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d(?:\.\d+)?))?"
    r"(?:[ \t]*(?P<ampm>[AaPp]\.?[Mm]\.?))?(?:[ \t]*(?P<tz>(?i:" + _TZ + r")))?(?![\w:])"
)
_TIME_AFTER_RE = re.compile(rf",?[ \t\n]+(?:at[ \t\n]+)?(?:{_TIME})")
_TIME_BEFORE_RE = re.compile(rf"(?:\b[Aa]t[ \t\n]+)?(?:{_TIME})[ \t\n]*,?[ \t\n]*(?:on[ \t\n]+)?\Z")
_APPROX_BEFORE_RE = re.compile(
    r"\b(?:around|circa|about|approximately|roughly|sometime\s+in|c\.|ca\.)[ \t\n]+"
    r"(?:the[ \t\n]+)?\Z",
    re.IGNORECASE,
)
_APPOSITION_GAP_RE = re.compile(r"[\s,(—–-]*\Z")
_APPOSITION_LOOKBACK = 3
_ANCHOR_RE = re.compile(
    r"[0-9JFMASOND](?:(?<=\d)\d*|(?<=[JFMASOND])"
    + trie_pattern({n[1:] for m in MONTHS for n in (m.capitalize(), m.upper())})
    + ")"
)
_RELATIVE_ANCHORS = ("day", "week", "month", "year", "decade", "morning", "evening", "night",
                     "spring", "summer", "autumn")
# "fall" is in too many words ("rainfall", "fallen") to anchor on alone
_FALL_ANCHOR_RE = re.compile(r"\b(?:following|next|previous|preceding)\s+fall\b", re.IGNORECASE)
# The year, month and day groups of the _MASTER_RE alternatives that write the year first
_YEAR_FIRST_GROUPS = MappingProxyType({"ymd": ("yy", "ymon", "yday"),
                                       "ydm": ("ydy", "ydmon", "ydday")})
_LOOKBACK = 24  # "between ", "early in the ", "late spring of "
HEDGED_RELATIVE_RE = re.compile(
    r"\b(?:less|fewer|more|under|over|nearly|almost|about|around|roughly|some|within|"
    r"barely|just under|just over|little more)(?:\s+than)?\s+\Z", re.IGNORECASE)
_RELATIVE_LOOKBACK = 40  # "one hundred and twenty years later", "later in the same month"
_PREFIX_WORDS = (
    "between", "from", "early", "mid", "late", "the", "in", "during", "by", "since", "until",
    "before", "after", "through", "spring", "summer", "autumn", "fall", "winter", "later",
    "earlier", "that", "a", "an",
)  # fmt: skip
# Every word a date mention can start with (a superset is fine: the full regex decides).
_START_WORD_RE = re.compile(
    r"(?<![\w'’])(?:\d|['’]\d|"
    + trie_pattern(
        [
            *_PREFIX_WORDS,
            *NUMBER_WORDS,
        ]
    )
    + r"\b)",
    re.IGNORECASE,
)
_YEAR_MIN, _YEAR_MAX = 1900, 2100
_DECADE_PARTS = MappingProxyType({"early": (0, 3), "mid": (3, 7), "late": (7, 9)})
_PART_WORDS = frozenset({"early", "mid", "late"})


@dataclass(frozen=True)
class DateMention:
    """A date found in text (see the module docstring for ``kind`` and resolution rules)."""

    start: int
    end: int
    text: str
    date: PartialDate
    kind: str
    approx: bool = False
    tz: str | None = None
    resolved_from: int | None = None
    end_date: PartialDate | None = None
    # "12/9/59": the other reading of a numeric date whose first two numbers could each
    # be the day or the month (here 12 September 1959, when ``date`` is 9 December); for
    # a yearless day, the day in the paragraph's other year (see _other_story_year)
    alternative: PartialDate | None = None
    # "a year later" after October 1968: the anchor a count of years was added to, when it
    # has a month. Such a date is the year of the sum, but means about the anchor plus that
    # many years (January 1969 is not "a year later"; see ``elapsed_years``).
    elapsed_from: PartialDate | None = None
    elapsed_years: int = 0
    # a yearless day's nearest earlier date (its anchor may be further back, past dates
    # an anchor must not be: "since September 1978")
    after_date: int | None = None
    # a date counted from a yearless day ("6 June … the next day"): its year is as much a
    # guess as that day's
    year_guessed: bool = False


@dataclass(frozen=True)
class _Pending:
    """A yearless or relative mention waiting for its anchor."""

    start: int
    end: int
    month: int | None = None
    day: int | None = None
    # "day", "week", "month", "year", "decade"; "named": the next or previous ``month``
    # of that name ("the following April"), "season": the next or previous season starting
    # in ``month`` ("the next summer", to the year)
    rel_unit: str | None = None
    rel_offset: int = 0
    rel_keep: bool = False  # "the same year", "that day": no offset, keep the anchor
    rel_counted: bool = False  # "two years later" counts time; "the next year" names one
    rel_apposition_ok: bool = True
    end_day: int | None = None  # "Aug. 19–20": the last day of a span of days


def find_dates(text: str, *, day_first: bool = False) -> list[DateMention]:
    """All date mentions in ``text``, sorted and non-overlapping.

    ``day_first`` reads "10/4/57" as 10 April 1957 instead of the default US 4 October 1957.
    Dates said in words ("April twelfth, sixty-one") are read too (:mod:`.spoken`).
    """
    spoken = spoken_dates(text)
    if spoken:
        found = _find_dates(with_digits(text, spoken), day_first)
        return [_in_words(text, d, spoken) for d in found]
    return _find_dates(text, day_first)


def _in_words(text: str, d: DateMention, spoken: list[SpokenDate]) -> DateMention:
    """A mention read from the digits standing in for spoken words, over those words (and
    so is the start of the mention it was resolved from)."""
    def word_start(pos: int) -> int:
        return next((s.start for s in spoken if s.start < pos < s.end), pos)

    start = word_start(d.start)
    end = next((s.end for s in spoken if s.start < d.end < s.end), d.end)
    resolved_from = None if d.resolved_from is None else word_start(d.resolved_from)
    return replace(d, start=start, end=end, text=text[start:end], resolved_from=resolved_from)


def _find_dates(text: str, day_first: bool) -> list[DateMention]:
    raw: list[DateMention | _Pending] = []
    pos = 0
    failed: set[int] = set()  # where _MASTER_RE was tried and did not match
    for anchor, lookback in _anchors(text):
        if anchor < pos:
            continue
        m = None
        for w in _START_WORD_RE.finditer(text, max(pos, anchor - lookback), anchor + 1):
            if w.start() in failed:  # nearby anchors share start words
                continue
            if _MASTER_START_RE.match(text, w.start()):
                m = _MASTER_RE.match(text, w.start())
                if m is not None:
                    break
            failed.add(w.start())
        else:
            if anchor not in failed:
                if _MASTER_START_RE.match(text, anchor):
                    m = _MASTER_RE.match(text, anchor)
                if m is None:
                    failed.add(anchor)
        if m is None:
            continue
        items, next_pos = _dispatch(text, m, day_first)
        if raw and items and items[0].start < raw[-1].end:
            items = []  # a time prefix reached back into the previous mention
        raw.extend(items)
        pos = max(next_pos, m.start() + 1)
    stamps: list[DateMention] = []
    if "(UTC)" in text:  # (a comment's stamp comes after it: no anchor for what follows)
        stamps = _signature_stamps(text, raw)
        stamped = {d.start for d in stamps}
        raw = [p for p in raw if p.start not in stamped]
    if _COLUMN_YEAR_RE.search(text):
        raw = _column_year_days(text, raw)
    # line start → the day heading that line ("14 September - …"), if any
    headings = {_line_start(text, p.start): p for p in raw
                if isinstance(p, _Pending) and _is_day_heading(text, p)}
    if headings and _YEAR_LINE_RE.search(text):
        raw, headings = _timeline_days(text, raw, headings)
    if headings:
        raw = _heading_days(text, [p for p in raw if p not in headings.values()], headings)
    if _YEAR_ENTRY_RE.search(text):
        raw = _day_section_years(text, raw)
    if _NEWS_DATELINE_RE.search(text):
        raw = _news_dateline_days(text, raw)
    if "on the" in text:
        raw = _with_days_of_the_month(text, raw)
    if "day of" in text:
        raw = _end_days_of_months(text, raw)
    if " year" in text and _ARTICLE_YEAR_RE.search(text):
        raw = _article_years(text, raw)
    lowered = text.lower()
    if _LAST_MONTH_LOWERED_RE.search(lowered) or _THIS_MONTH_LOWERED_RE.search(lowered):
        raw = _article_months(text, raw)
    found = _month_lists(text, _resolve(text, raw))
    if stamps:
        found = sorted([*found, *stamps], key=lambda d: d.start)
    if headings:
        found = _heading_anniversaries(text, found, headings)
    masthead = dateline_mention(found, text)
    if masthead is not None and _PAGE_STAMP_RE.search(
            text, max(_line_start(text, masthead.start), masthead.start - 30), masthead.start):
        # a date stamped on the page is no event's ("Page saved 9 November 2025")
        found = [replace(d, kind="dateline") if d is masthead else d for d in found]
    published = masthead.date if masthead is not None else None
    if " before " in text or " after " in text or " prior to " in text:
        found = _counted_from_dates(text, found)
    found = _month_ranges(text, found)
    # Each pass below is for wording most texts lack; a substring test of the lowered text
    # (many times faster than the word pattern) rules it out first.
    since = "since" in lowered or "anniversary" in lowered
    # a diary's entries, each dated: in a text with no date of its own but its first
    # entry's (a timeline's dated lines under an article's dateline are events)
    entries = _entry_days(text, found)
    if entries and published is not None and next(iter(entries.values())).date != published:
        entries = {}
    if (since or "ago" in lowered or "turn" in lowered) and _AGO_WORD_RE.search(text) and (
            published is not None or entries):
        counted = _years_ago(text, published, found, headings, entries)
        dated_days = {d.start for d in counted}  # "On 2 March, forty years ago,": one date
        # (and "last year" in "turned thirty last year" is part of the count's date)
        kept = [d for d in found if d.start not in dated_days and not any(
            c.start <= d.start and d.end <= c.end for c in counted)]
        found = sorted([*_reanchored(text, kept, counted, {d.start for d in entries.values()}),
                        *counted], key=lambda d: d.start)
    if since and _SINCE_WORD_RE.search(text):
        found = _anniversary_days(text, found, published)
    if entries:
        if _TODAY_LOWERED_RE.search(lowered):
            found = _today_words(text, found, entries)
        found = _entry_datelines(text, found, entries)
    if _OF_LAST_YEAR_LOWERED_RE.search(lowered):
        found = _of_last_year(text, found, published)
    if _WEEKDAY_LOWERED_RE.search(lowered):
        found = _weekdays(text, found, published, entries)
    if found and any(word in text for word in _SELF_CORRECTION_WORDS) and (
            _SELF_CORRECTION_WORD_RE.search(text)):
        found = [d for d, after in zip(found, [*found[1:], None], strict=True)
                 if not _TAKEN_BACK_RE.match(text, d.end) and (
                     after is None or not _SELF_CORRECTION_RE.fullmatch(text, d.end, after.start))]
    return found


# "two days before 16 June 1963", "the year after 1961": a count of days, weeks, months or
# years right before a date, counting from it
_COUNTED_FROM_DATE_RE = re.compile(
    rf"(?<![\w.,-])(?:(?P<n>{NUMBER_PATTERN}|an?|one)|(?P<the>the))\s+"
    r"(?P<unit>day|week|month|year)(?(the)|s?)\s+(?P<dir>before|after|prior\s+to)"
    r"\s+(?:on\s+|in\s+)?\Z", re.IGNORECASE)
_COUNTED_FROM_REACH = 60  # "one hundred and seventy-five days after "


def _counted_from_dates(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` with each date that a count of days, weeks, months or years is said to be
    "before" or "after" read as the day it names, over the whole phrase: "Vostok 5 had
    gone up two days before 16 June 1963" dates Vostok 5 to 14 June 1963, not 16 June. A
    hedged count ("about two weeks after", "more than a year after") names no day and
    is left as it was, as is a count finer than its date ("a day after 1961")."""
    out = []
    for d in found:
        m = _COUNTED_FROM_DATE_RE.search(text, max(0, d.start - _COUNTED_FROM_REACH), d.start) if (
            d.kind in ("absolute", "yearless", "year") and d.end_date is None) else None
        count = 1 if m is None or m["the"] else parse_count(m["n"])
        shifted = None if m is None or count is None or HEDGED_RELATIVE_RE.search(
            text, max(0, m.start() - 20), m.start()) else shift_date(
            d.date, m["unit"].lower(), -count if m["dir"].lower() == "before" else count)
        if m is None or shifted is None:
            out.append(d)
            continue
        out.append(replace(d, start=m.start(), text=text[m.start():d.end],
                           date=replace(shifted, uncertain=d.date.uncertain),
                           alternative=None))
    return out


# "February–March 1966", "July to September 1975": a month before a month and its year
_MONTH_RANGE_BEFORE_RE = re.compile(
    rf"(?<![\w.])(?P<first>{_MONTH})[ \t]*(?:[-–—/]|\bto\b|\bthrough\b|\buntil\b)[ \t]*\Z")


def _month_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` with each month and year that a month before it opens a span of ("the
    Kosmos-110 flight of February–March 1966") read as that span, from the first month
    (``date``) to the second (``end_date``): without it the span's last month alone would
    date the flight's launch."""
    out = []
    for d in found:
        m = _MONTH_RANGE_BEFORE_RE.search(text, max(0, d.start - 16), d.start) if (
            d.kind == "absolute" and d.date.day is None and d.date.month is not None
            and d.end_date is None) else None
        if m is None or d.date.month is None or (
                first := month_number(m["first"])) >= d.date.month:
            out.append(d)
            continue
        out.append(replace(d, start=m.start(), text=text[m.start():d.end],
                           date=PartialDate(d.date.year, first), end_date=d.date))
    return out


# A speaker correcting a date as they say it: "on the tenth... no, sorry, the eleventh of
# January", "in 1975, I mean 1974", "in sixty... no, wait, it was seventy-one": the first
# is withdrawn
_SELF_CORRECTION_WORDS = ("sorry", "I mean", "or rather", "correction", "wait")
_SELF_CORRECTION_WORD_RE = re.compile(rf"\b(?:{'|'.join(_SELF_CORRECTION_WORDS)})\b")
_SELF_CORRECTION_RE = re.compile(
    rf"\s*(?:\.\.\.|…|[,—–-])?\s*(?:(?:no|{'|'.join(_SELF_CORRECTION_WORDS)})\s*[,:—–-]?"
    r"\s*)+"
    r"(?:(?:it was|that's|that is)\s+)?(?:the\s+|on\s+(?:the\s+)?|in\s+)?", re.IGNORECASE)

# Said right after a date, withdraws it whatever follows: "in sixty... no, wait, it was
# seventy-one", "on the tenth, sorry, no"
_TAKEN_BACK_RE = re.compile(r"\s*(?:\.\.\.|…|[,—–-])\s*(?:no\s*,\s*(?:wait|sorry|no)|"
                            r"sorry\s*,?\s*no|wait\s*,\s*no)\b", re.IGNORECASE)


# "on the last day of January 1966": a day told by its place in a month
_END_DAY_OF_RE = re.compile(r"\bthe\s+(?P<which>first|last|final)\s+day\s+of\s+\Z",
                            re.IGNORECASE)


def _end_days_of_months(text: str, raw: list[DateMention | _Pending]
                        ) -> list[DateMention | _Pending]:
    """``raw`` with each month said to be "the first/last day of" read as that day."""
    out: list[DateMention | _Pending] = []
    for item in raw:
        told = _END_DAY_OF_RE.search(text, max(0, item.start - 30), item.start) if (
            isinstance(item, DateMention) and item.date.month is not None
            and item.date.day is None and item.kind == "absolute") else None
        if told is None or not isinstance(item, DateMention):
            out.append(item)
            continue
        year, month = item.date.year, item.date.month
        assert month is not None
        day = 1 if told.group("which").lower() == "first" else calendar.monthrange(
            year, month)[1]
        out.append(replace(item, start=told.start(), text=text[told.start():item.end],
                           date=PartialDate(year, month, day)))
    return out


# "last year", "this year", "the year before last": a year counted from the article's own
# date ("of last year" after a month is _of_last_year's)
_ARTICLE_YEAR_RE = re.compile(
    r"(?<![\w-])(?:(?P<which>last|this|next)\s+year|the\s+year\s+(?P<two>before\s+last|"
    r"after\s+next))\b(?!['’]s\s+(?:anniversary|jubilee))", re.IGNORECASE)
_ARTICLE_YEAR_OFFSETS = MappingProxyType({"last": -1, "this": 0, "next": 1,
                                          "before last": -2, "after next": 2})
_OF_BEFORE_RE = re.compile(r"\bof\s+\Z", re.IGNORECASE)


def _article_years(text: str, raw: list[DateMention | _Pending]
                   ) -> list[DateMention | _Pending]:
    """``raw`` with "last year", "this year", "the year before last" read as years counted
    from the article's own date (kind ``ago``), so the yearless dates after them take that
    year: "Luna 25, the year before last. It left Vostochny on the eleventh of August" in
    a magazine of March 2025 is 2023. Without an article date they date nothing."""
    published = dateline([d for d in raw if isinstance(d, DateMention)], text)
    if published is None:
        return raw
    added: list[DateMention | _Pending] = []
    for m in _ARTICLE_YEAR_RE.finditer(text):
        if _OF_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()) or any(
                p.start < m.end() and m.start() < p.end for p in raw):
            continue  # "in May of last year"; or a date already read there
        which = " ".join((m.group("which") or m.group("two")).lower().split())
        when = _safe_date(published.year + _ARTICLE_YEAR_OFFSETS[which])
        if when is not None:
            added.append(_mention(text, m.start(), m.end(), when, "ago"))
    return sorted([*raw, *added], key=lambda p: p.start) if added else raw


# "launched last September", "due this December": a month counted from the article's own
# date (not "this May" for the verb: month names are capitalised)
_ARTICLE_MONTH_RE = re.compile(rf"(?<![\w-])(?P<which>[Ll]ast|[Tt]his)\s+(?P<month>{_MONTH})")
_AGO_BEFORE_RE = re.compile(r"\bago\s+\Z", re.IGNORECASE)  # "… years ago this March"
# Gates for it on the lowered text: a literal first word makes the scan many times faster
# than the pattern's, and every match of the pattern lowers to a match of one of these
_LOWERED_MONTH = r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_LAST_MONTH_LOWERED_RE = re.compile(rf"last{_LOWERED_MONTH}")
_THIS_MONTH_LOWERED_RE = re.compile(rf"this{_LOWERED_MONTH}")


def _article_months(text: str, raw: list[DateMention | _Pending]
                    ) -> list[DateMention | _Pending]:
    """``raw`` with "last September" and "this September" read as months counted from the
    article's date (kind ``ago``): a thread posted in March 2025 says "launched last
    September" of September 2024 and "this September" of September 2025. A "last" month
    earlier in the article's year ("last March" in May) may be this year's or last year's,
    so it dates nothing; nor does any without an article date."""
    published = dateline([d for d in raw if isinstance(d, DateMention)], text)
    if published is None or published.month is None:
        return raw
    added: list[DateMention | _Pending] = []
    for m in _ARTICLE_MONTH_RE.finditer(text):
        if any(p.start < m.end() and m.start() < p.end for p in raw) or _AGO_BEFORE_RE.search(
                text, max(0, m.start() - 5), m.start()):
            continue  # "this May 12", already read as a day; "forty years ago this
            # March" is read whole (see _years_ago)
        month = month_number(m.group("month"))
        year = published.year
        if m.group("which").lower() == "last":
            if month < published.month:
                continue  # "last March" in May: this year's or last year's, as people say
            year -= 1
        when = _safe_date(year, month)
        if when is not None:
            added.append(_mention(text, m.start(), m.end(), when, "ago"))
    return sorted([*raw, *added], key=lambda p: p.start) if added else raw


# "in May of last year", "in March of this year": counted from the article's own date
_OF_LAST_YEAR_RE = re.compile(r"\s+of\s+(?P<which>last|this)\s+year\b", re.IGNORECASE)
# A gate for it on the lowered text: with no flag and a word first, a fast literal scan
_OF_LAST_YEAR_LOWERED_RE = re.compile(r"of\s+(?:last|this)\s+year")


def _of_last_year(text: str, found: list[DateMention], published: PartialDate | None
                  ) -> list[DateMention]:
    """Yearless months said to be of last year or this year, dated from the article's
    own date (with none, they date nothing: their year is not the story's)."""
    out = []
    for d in found:
        m = _OF_LAST_YEAR_RE.match(text, d.end) if d.kind == "yearless" else None
        if m is None:
            out.append(d)
        elif published is not None:
            year = published.year - (1 if m.group("which").lower() == "last" else 0)
            when = _safe_date(year, d.date.month, d.date.day)
            if when is not None:
                out.append(replace(d, date=when, end=m.end(), text=text[d.start:m.end()],
                                   kind="absolute", resolved_from=None))
    return out


# A news dateline's place, in capitals ("MOSCOW, ", "BAIKONUR, Kazakhstan, "), and what
# ends its date: a dash, after the agency's name if any ("(TASS) —")
_NEWS_PLACE = r"[ \t]*[A-Z][A-Z.'’ -]+(?:,[ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)*)?,[ \t]*"
_NEWS_DATE_END = r"[ \t]*(?:\((?P<agency>[^()\n]{1,40})\)[ \t]*)?(?:--|[-–—])[ \t]"
_NEWS_PLACE_RE = re.compile(_NEWS_PLACE)
_NEWS_DATE_END_RE = re.compile(_NEWS_DATE_END)
# A news item's dateline with a day but no year: "KOROLYOV, Russia, Dec. 3 (Meridian) --"
_NEWS_DATELINE_RE = re.compile(
    rf"^{_NEWS_PLACE}[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}}{_NEWS_DATE_END}", re.MULTILINE)


def news_agency_spans(text: str) -> list[tuple[int, int]]:
    """Where the agency stands in news datelines ("MOSCOW, Dec. 2 (Meridian) --"): a
    name there is the news agency's, not a satellite's."""
    if "(" not in text:
        return []
    return [m.span("agency") for m in _NEWS_DATELINE_RE.finditer(text) if m.group("agency")]


# A wiki signature: "--User:Kosmonavtika (talk) 14:02, 3 March 2026 (UTC)"
_SIGNATURE_USER_RE = re.compile(r"\bUser(?:[ _]talk)?:|\(talk\)")
_SIGNATURE_ZONE_RE = re.compile(r"[ \t]*\(UTC\)")
_SIGNATURE_REACH = 80  # characters from the user's name to the stamp


def _signature_stamps(text: str, raw: list[DateMention | _Pending]) -> list[DateMention]:
    """The time stamps of wiki signatures in ``raw``, as ``"dateline"`` mentions: the day a
    comment was posted, not an event's day."""
    return [replace(p, kind="dateline") for p in raw
            if isinstance(p, DateMention) and p.kind == "absolute"
            and _SIGNATURE_ZONE_RE.match(text, p.end)
            and _SIGNATURE_USER_RE.search(text, max(0, p.start - _SIGNATURE_REACH), p.start)]


def _news_dateline_days(text: str, raw: list[DateMention | _Pending]
                        ) -> list[DateMention | _Pending]:
    """``raw`` with each yearless day of a news dateline dated in the year of the
    article's own date (the year before when the day comes more than a month after it;
    with no article date, left as it is), as a
    ``"dateline"`` mention: the day the item was filed, which the days after it count
    from, not an event's day."""
    published = dateline([d for d in raw if isinstance(d, DateMention)], text)
    if published is None or published.month is None:
        return raw
    datelines = [m.span() for m in _NEWS_DATELINE_RE.finditer(text)]
    out: list[DateMention | _Pending] = []
    for p in raw:
        if (isinstance(p, _Pending) and p.day is not None and p.month is not None
                and p.rel_unit is None and any(a <= p.start < b for a, b in datelines)):
            year = published.year - (1 if p.month > published.month + 1 else 0)
            when = _safe_date(year, p.month, p.day)
            if when is not None:
                out.append(_mention(text, p.start, p.end, when, "dateline"))
                continue
        out.append(p)
    return out


# "19 April (55 years since Salyut 1)", "12 April (the 65th anniversary of Vostok 1)"
# "the 50th anniversary of", "the sixtieth anniversary of" (also in _ANNIVERSARY_RE)
_NTH = r"\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd)"  # "51st", "sixtieth"
_NTH_ANNIVERSARY_OF = rf"(?P<nth>{_NTH})\s+anniversary\s+of"
ANNIVERSARY_DAY_RE = re.compile(  # also "will mark on Dec. 15 the 40th anniversary of …"
    rf"\s*(?:\(\s*|,\s*)?(?:the\s+)?(?:(?P<n>{NUMBER_PATTERN})\s+years?\s+since|"
    rf"{_NTH_ANNIVERSARY_OF})\b",
    re.IGNORECASE)
_SINCE_WORD_RE = re.compile(r"\b(?:since|anniversary)\b", re.IGNORECASE)


def _anniversary_days(text: str, found: list[DateMention],
                      published: PartialDate | None) -> list[DateMention]:
    """A yearless day followed by "(55 years since Salyut 1)" is this year's anniversary
    of that event: the event's day is that many years before the article's own date. With
    no dateline to count from, the day dates nothing (its year is not the story's)."""
    out: list[DateMention] = []
    counted_until = -1  # the end of the last day's "(55 years since", said again by it
    for d in found:
        m = ANNIVERSARY_DAY_RE.match(text, d.end) if d.kind == "yearless" else None
        if m is None:
            if d.start >= counted_until:
                out.append(d)
            continue
        counted_until = m.end()
        years = parse_count(m.group("n")) if m.group("n") else parse_ordinal(m.group("nth"))
        when = _safe_date(published.year - years, d.date.month, d.date.day) if (
            published is not None and years is not None) else None
        if when is not None:
            out.append(replace(d, date=when, kind="ago", resolved_from=None))
    return out


# An almanac entry: a day without its year heading a line, "14 September - Luna 2 was …"
_HEADING_SEPARATOR_RE = re.compile(r"[ \t]*(?:[-–—:]|\||\.)[ \t]+")
_LINE_LEAD_RE = re.compile(r"[ \t]*(?:[*•-][ \t]+)?")
# "on this date in 1959", "on the same day in 1982": the heading's day in that year
_SAME_DAY_RE = re.compile(r"\b(?:on|of)\s+(?:this|that|the\s+same)\s+(?:date|day)\s+in\s+\Z",
                          re.IGNORECASE)


_TO_THE_DAY_RE = re.compile(r"\s*,?\s*to the (?:very )?day\b", re.IGNORECASE)
_EXACTLY_RE = re.compile(r"\bexactly\s+\Z", re.IGNORECASE)


def _to_the_day(text: str, start: int, end: int) -> bool:
    """Whether a count of years is said to the day: "ten years later to the day",
    "exactly ten years later"."""
    return bool(_TO_THE_DAY_RE.match(text, end) or _EXACTLY_RE.search(
        text, max(0, start - 10), start))


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (its newline, or the text's end)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _is_day_heading(text: str, item: _Pending) -> bool:
    """Whether ``item`` is a day without a year that heads its line as an almanac entry's
    date ("14 September - Luna 2 was launched on this date in 1959"). Such a day is the
    anniversary, not an event's date: it takes no year from earlier lines."""
    return (item.rel_unit is None and item.day is not None
            and _LINE_LEAD_RE.fullmatch(text, _line_start(text, item.start), item.start)
            is not None
            and _HEADING_SEPARATOR_RE.match(text, item.end) is not None)


# A timeline's year set in a column before the day, "1961   12 April - Gagarin orbits …",
# or joined to it by a dash or colon, as a node's label: "1961 - 12 April"
_COLUMN_YEAR_RE = re.compile(r"^[ \t]*\d{4}(?:[ \t]{2,}|\t|[ \t]*[-–—:][ \t]*)(?=\d)",
                             re.MULTILINE)


def _column_year_days(text: str, raw: list[DateMention | _Pending]
                      ) -> list[DateMention | _Pending]:
    """``raw`` with each year heading a line in a column and the yearless day after it
    ("1961   12 April") read as one date."""
    out: list[DateMention | _Pending] = []
    for item in raw:
        year = out[-1] if out else None
        if (isinstance(item, _Pending) and item.rel_unit is None and item.day is not None
                and isinstance(year, DateMention) and year.kind == "year"
                and year.end_date is None
                and (column := _COLUMN_YEAR_RE.match(text, _line_start(text, year.start)))
                and column.end() == item.start
                and (dated := _day_in_year(text, item, year.date.year, year.start))):
            out[-1] = dated
            continue
        out.append(item)
    return out


def _day_in_year(text: str, day: _Pending, year: int, start: int) -> DateMention | None:
    """The yearless ``day`` (or span of days) dated in ``year``, as a mention from
    ``start`` (the year's own, when it is written before the day) to the day's end."""
    when = _safe_date(year, day.month, day.day)
    last = _safe_date(year, day.month, day.end_day) if day.end_day else None
    if when is None or day.month is None or (day.end_day and (
            last is None or last.start() <= when.start())):
        return None
    return _mention(text, start, day.end, when, "absolute", end_date=last)


# A timeline's year, standing alone on its line over the days of that year: "1961", "1959 —
# The year of the Moon"
_YEAR_LINE_RE = re.compile(r"^[ \t]*(?P<year>1[89]\d\d|20\d\d)[ \t]*(?:[-–—:][^\n]*)?$",
                           re.MULTILINE)


def _timeline_days(text: str, raw: list[DateMention | _Pending], headings: dict[int, _Pending]
                   ) -> tuple[list[DateMention | _Pending], dict[int, _Pending]]:
    """``raw`` with each day heading a line under a timeline's year line ("1961" ¶ "Apr.
    12 — Yuri Gagarin …", "Aug. 6–7 — Gherman Titov …") dated in that year, and the
    headings left to read as an almanac's anniversaries."""
    years = [(m.start(), int(m.group("year"))) for m in _YEAR_LINE_RE.finditer(text)]
    starts = [start for start, _ in years]
    dated: dict[int, DateMention] = {}
    for line, p in headings.items():
        i = bisect.bisect_left(starts, line)
        if i and (mention := _day_in_year(text, p, years[i - 1][1], p.start)):
            dated[p.start] = mention
    if not dated:
        return raw, headings
    return ([dated.get(p.start, p) for p in raw],
            {line: p for line, p in headings.items() if p.start not in dated})


# An "On this day" page's entry: a line opening with its year ("1979 – Soyuz 34 landed …")
_YEAR_ENTRY_RE = re.compile(r"^[ \t]*(?:[*•][ \t]+)?(?:1[89]\d\d|20\d\d)[ \t]*[-–—][ \t]",
                            re.MULTILINE)
# What may follow a day that is a line of its own: "19 August (today)"
_DAY_ALONE_TAIL_RE = re.compile(r"[ \t]*(?:\([^()\n]{0,30}\))?[ \t]*(?:\n|\Z)")


def _day_section_years(text: str, raw: list[DateMention | _Pending]
                       ) -> list[DateMention | _Pending]:
    """``raw`` read as an "On this day" page: under a day standing alone on its line ("19
    August"), each entry line opening with a year ("1979 – Soyuz 34 landed …") is dated to
    that day of that year. The day lines themselves are anniversaries, no event's date, and
    are dropped. A year further into a line ("Born: 1934 – …") is left as it is."""
    raw = [part for d in raw for part in _day_over_entry_year(text, d)]
    days = [p for p in raw if isinstance(p, _Pending) and p.rel_unit is None
            and p.day is not None and p.month is not None
            and not text[_line_start(text, p.start):p.start].strip()
            and _DAY_ALONE_TAIL_RE.match(text, p.end)]
    if not days:
        return raw
    starts = [p.start for p in days]
    out: list[DateMention | _Pending] = []
    for d in raw:
        if isinstance(d, DateMention) and d.kind == "year" and d.date.month is None and (
                not d.approx and d.end_date is None) and (
                i := bisect.bisect_left(starts, d.start)) and _YEAR_ENTRY_RE.match(
                text, _line_start(text, d.start)) and (
                _LINE_LEAD_RE.fullmatch(text, _line_start(text, d.start), d.start)) and (
                when := _safe_date(d.date.year, days[i - 1].month, days[i - 1].day)):
            d = replace(d, date=when, kind="absolute")
        if not any(d is day for day in days):
            out.append(d)
    return out


def _day_over_entry_year(text: str, d: DateMention | _Pending
                         ) -> list[DateMention | _Pending]:
    """``d``, or, when it is a day alone on its line read on into the year opening the
    next entry line ("5 August" ¶ "1973 – Mars 6 …" read as 5 August 1973), the day and
    the year apart."""
    if not (isinstance(d, DateMention) and d.kind == "absolute" and "\n" in d.text
            and d.date.day is not None and d.date.month is not None
            and text[d.end - 4:d.end].isdigit()):
        return [d]
    year_line = _line_start(text, d.end)
    day_end = d.start + len(d.text[:d.text.index("\n")].rstrip())
    if text[_line_start(text, d.start):d.start].strip() or not _YEAR_ENTRY_RE.match(
            text, year_line) or not _DAY_ALONE_TAIL_RE.match(text, day_end):
        return [d]
    year_start = d.end - 4
    return [_Pending(d.start, day_end, month=d.date.month, day=d.date.day),
            DateMention(year_start, d.end, text[year_start:d.end], PartialDate(d.date.year),
                        "year")]


def _heading_days(text: str, raw: list[DateMention | _Pending], headings: dict[int, _Pending]
                  ) -> list[DateMention | _Pending]:
    """Years on an almanac line, dated to the day its heading gives: the first date of
    the line when it is a bare year ("28 April - In 2001 Dennis Tito …"), and any year
    said to be on "this date" or "the same day" ("… and Salyut 7 followed on the same date
    in 1982")."""
    out: list[DateMention | _Pending] = []
    for d in raw:
        line = _line_start(text, d.start)
        heading = headings.get(line)
        if (heading is not None and isinstance(d, DateMention) and d.kind == "year"
                and d.end_date is None and not d.approx and d.date.month is None):
            first = not any(line <= e.start < d.start for e in raw)
            same_day = _SAME_DAY_RE.search(text, max(line, d.start - 40), d.start)
            when = _safe_date(d.date.year, heading.month, heading.day)
            if (first or same_day) and when is not None:
                d = replace(d, date=when, kind="absolute")
        out.append(d)
    return out


def _heading_anniversaries(text: str, found: list[DateMention],
                           headings: dict[int, _Pending]) -> list[DateMention]:
    """Counts of years "to the day" on an almanac line, dated to its heading's day: "23
    April - Komarov … was killed the next day. Twenty-nine years later to the day,
    Priroda …" is the 23rd, not the day after it."""
    out = []
    for d in found:
        heading = headings.get(_line_start(text, d.start))
        if (heading is not None and d.kind == "relative" and d.date.day is not None
                and _TO_THE_DAY_RE.match(text, d.end)
                and (when := _safe_date(d.date.year, heading.month, heading.day))):
            d = replace(d, date=when)
        out.append(d)
    return out


# A blank line (one holding only blanks too: a Windows line end is read as " \n")
PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")
# A dateline: a short line near the top that dates the article ("By the science desk |
# Friday, 2 January 2026", "REMEMBERING | December 2024", "Submitted 14 May 2026").
_DATELINE_REACH = 400
_DATELINE_WORDS = 12
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# The words that stamp a page with its own date ("Page saved 9 November 2025")
_STAMP_WORDS = (r"published|posted|updated|submitted|generated|exported|printed|retrieved|"
                r"accessed|modified|revised|saved")
_DATELINE_MARK_RE = re.compile(
    rf"\||\b(?:by|opened|issue|edition|{_STAMP_WORDS}|{'|'.join(_WEEKDAYS)})\b",
    re.IGNORECASE)
# … or, for a text spoken or written down, the words telling when, before the date in
# its heading line
_RECORDED_ON_RE = re.compile(r"\b(?:recorded|written|filmed|broadcast|aired|delivered|"
                             r"transcribed)\s+(?:on|in)\b[^.\n]{0,40}\Z", re.IGNORECASE)
# … said right before the date
_PAGE_STAMP_RE = re.compile(rf"\b(?:{_STAMP_WORDS})\b(?:\s+(?:on|at))?[\s:]*\Z",
                            re.IGNORECASE)
_FIELD_BAR_RE = re.compile(r"\||\s·\s")
_RESTATED_BY_AGO_RE = re.compile(r",\s*")  # "In 2016, ten years ago": the date again
_AGO_WORD_RE = re.compile(r"\bago\b|\bsince\b|\banniversary\b|\bturn(?:s|ed)?\b",
                          re.IGNORECASE)
# The day a text is told on: "today", "this morning" ("66 years ago today", a diary's "MS-16
# launched this morning")
_TODAY = r"today|tonight|this\s+(?:morning|afternoon|evening)"
# "66 years ago today", "Two years ago to the day", "Sixty years ago", "40 years ago this
# February", "70 years since Sputnik 1" (not "15 years since 1998", whose date is
# written); a broadcast's "Sixty-five years ago this morning" is today, its "… this month"
# the article's month
_YEARS_AGO_RE = re.compile(
    rf"(?<![\w.,-])(?P<n>{NUMBER_PATTERN}|an?|one)\s+(?P<unit>years?|decades?)\s+"
    rf"(?:ago(?:(?P<today>\s+(?:{_TODAY}|to\s+the\s+(?:very\s+)?day))|"
    rf"\s+(?P<month_shift>this|last|next)\s+month|"
    rf"\s+(?:this|last|in)\s+(?P<month>(?-i:{_MONTH})))?\b|"
    # "Forty-five years today since Remek flew"
    r"(?P<today_since>today\s+)?since\b(?!\s+(?:the\s+)?\d))", re.IGNORECASE)
# "… years ago last month": the month before the text's own
_MONTH_SHIFT = {"this": 0, "last": -1, "next": 1}
# "… years ago this February, on the 20th": the day of the month the count names
_ON_THE_DAY_RE = re.compile(r",?[ \t]+on[ \t]+the[ \t]+(?P<day>3[01]|[12]\d|0?[1-9])"
                            r"(?:st|nd|rd|th)?\b")
# "The 50th anniversary of Apollo-Soyuz" on an almanac line: that day, N years back
_ANNIVERSARY_RE = re.compile(rf"\b{_NTH_ANNIVERSARY_OF}\b", re.IGNORECASE)


def dateline(dates: list[DateMention], text: str) -> PartialDate | None:
    """The date an article gives itself in a dateline near its top (a short line with a
    date and a byline mark: "|", "By", "Published", a weekday; or a news agency's place
    and date opening the first paragraph: "MOSCOW, 20 February 2026 - …"), or None. Only a
    date from 1990 on, to a month at least, is taken for one."""
    found = dateline_mention(dates, text)
    return found.date if found is not None else None


def dateline_mention(dates: list[DateMention], text: str) -> DateMention | None:
    """The mention of ``dates`` that :func:`dateline` reads the article's date from."""
    for d in dates:
        if d.start > _DATELINE_REACH:
            break
        if d.date.year < 1990 or d.date.month is None or d.approx:
            continue
        line_start = _line_start(text, d.start)
        line = text[line_start:_line_end(text, d.end)]
        if "|" in line or " · " in line:
            # a header line of fields between bars ("Generated: 15 December 2024 | Pages:
            # 25 | …", "Traveller reviews · … · Page saved 9 November 2025") is measured by
            # the date's field, its bar kept as the byline mark
            line = next((field for field in _FIELD_BAR_RE.split(line) if d.text in field),
                        line) + "|"
        if sum(any(c.isalnum() for c in word) for word in line.split()) <= (
                _DATELINE_WORDS) and (
                _DATELINE_MARK_RE.search(line) or line.strip() == d.text
                or (line_start > 0 and not PARAGRAPH_BREAK_RE.search(
                    text[:line_start].strip()))):
            # a short line with a byline mark, the date alone, or a line under the title
            # in the article's heading block ("Items moved Dec. 2-6, 2024.")
            return d
        if _RECORDED_ON_RE.search(text, line_start, d.start) and not line.rstrip().endswith(
                ".") and len(line.split()) <= _DATELINE_WORDS + 8:
            # a heading line telling when the text was made: "Transcript of the guided
            # audio tour, recorded on Cosmonautics Day, 12 April 2025"
            return d
        if _NEWS_PLACE_RE.fullmatch(text, line_start, d.start) and (
                _NEWS_DATE_END_RE.match(text, d.end)):
            return d
    return None


# The time a count of years is told from, when not the article's own day: "next Tuesday
# marks 45 years since …", "Ten days ago was the 51st anniversary of …", "… turns 55 next
# month", "Next February marks forty years since Mir's launch"
_NOW_POINT = (
    rf"(?P<today>{_TODAY})|(?P<tomorrow>tomorrow)|(?P<yesterday>yesterday)|"
    rf"(?P<days>{NUMBER_PATTERN}|an?|one)\s+(?P<days_unit>days?|weeks?)\s+"
    r"(?P<days_way>ago|from\s+now)|"
    rf"in\s+(?P<days_in>{NUMBER_PATTERN}|an?|one)\s+(?P<days_in_unit>days?|weeks?)|"
    r"(?P<weekday_way>next|last|this(?:\s+coming)?|on)\s+"
    rf"(?P<weekday>(?-i:{'|'.join(w.title() for w in _WEEKDAYS)}))|"
    r"(?P<unit_way>next|last|this)\s+(?P<unit>month|year)|"
    rf"(?P<month_way>next|last|this(?:\s+coming)?)\s+(?P<month>(?-i:{_MONTH}))")
# … said before the count: "Next month marks …", "Ten days ago was the …"
# (the verb between the two: "marks", "was", "will be" …)
_MARKS = (r"[ \t]+(?:marks|marked|will[ \t]+mark|will[ \t]+be|is|was|brings)[ \t]+"
          r"(?:exactly[ \t]+|just[ \t]+|some[ \t]+)?")
_NOW_BEFORE_COUNT_RE = re.compile(rf"(?<![\w-])(?:{_NOW_POINT}){_MARKS}(?:the[ \t]+)?\Z",
                                  re.IGNORECASE)
# … or after what the count is of: "… anniversary is next month", "turns 55 next month"
_NOW_AFTER_COUNT_RE = re.compile(
    r"[^.;:!?\n]{0,50}?[ \t](?:is|was|falls|fell|comes|came|arrives|will[ \t]+(?:be|fall|"
    rf"come))[ \t]+(?:on[ \t]+)?(?:{_NOW_POINT})\b", re.IGNORECASE)
_TOLD_REACH = 60  # characters before a count that the time it is told from may take
_NOW_RIGHT_AFTER_RE = re.compile(rf"[ \t]+(?:{_NOW_POINT})\b", re.IGNORECASE)


def _now_point(m: re.Match[str], published: PartialDate) -> PartialDate | None:
    """The time a :data:`_NOW_POINT` match names, told from ``published``, at the
    precision it names: a day ("next Tuesday", "ten days ago", "today"), a month ("next
    month", "next February") or a year ("this year"); None when ``published`` is too
    coarse for it."""
    if m.group("today") or m.group("tomorrow") or m.group("yesterday"):
        shift = 1 if m.group("tomorrow") else -1 if m.group("yesterday") else 0
        return shift_date(published, "day", shift)
    if m.group("days") or m.group("days_in"):
        count = parse_count(m.group("days") or m.group("days_in"))
        unit = (m.group("days_unit") or m.group("days_in_unit")).lower()
        if count is None:
            return None
        count *= 7 if unit.startswith("week") else 1
        return shift_date(published, "day", -count if (
            (m.group("days_way") or "").lower() == "ago") else count)
    if weekday := m.group("weekday"):
        if published.day is None:
            return None
        way, number = m.group("weekday_way").lower(), _WEEKDAYS.index(weekday.lower())
        if way == "next" or way == "last":
            return _weekday_from(published, number, after=way == "next", same_day=False)
        # "this Tuesday", "turns 70 on Saturday": the coming one, or today
        told = _date(published.year, published.month or 1, published.day).weekday()
        return shift_date(published, "day", (number - told) % 7)
    shift = _MONTH_SHIFT.get((m.group("unit_way") or m.group("month_way") or "")
                             .split()[0].lower(), 0)
    if m.group("unit"):
        if m.group("unit").lower() == "year":
            return _safe_date(published.year + shift)
        # (an issue dated by its month only, a magazine's, was written before it: its
        # "last month" may be two months back)
        return None if published.day is None else _add_months(
            PartialDate(published.year, published.month), shift)
    month = month_number(m.group("month"))
    if published.month is None:
        return _safe_date(published.year + shift)
    year = published.year + (1 if shift > 0 and month <= published.month else
                             -1 if shift < 0 and month >= published.month else 0)
    return _safe_date(year, month)


def _told_point(text: str, start: int, published: PartialDate) -> PartialDate | None:
    """The time a count of years starting at ``start`` is told from when it is said just
    before it ("Next month marks …", "next Tuesday marks …"); None when it is not (the
    count is told from the article's own date)."""
    told = _NOW_BEFORE_COUNT_RE.search(text, max(0, start - _TOLD_REACH), start)
    return _now_point(told, published) if told is not None else None


# A diary's or logbook's entry heading its line: "Fri 12 Apr 2019 — Clear from 20:30 …"
_WEEKDAY_NAME = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?"
# (a page's revision may open with its number: "#424, 12 April 2021 07:00, …")
_ENTRY_LEAD_RE = re.compile(_LINE_LEAD_RE.pattern + r"(?:#\d+[,.:]?[ \t]+)?"
                            rf"(?:{_WEEKDAY_NAME}\.?,?[ \t]+)?")
_ENTRY_SEPARATOR_RE = re.compile(r"[ \t]*(?:[–—:]|-[ \t])")
_STAMP_COMMA_RE = re.compile(r"[ \t]*,[ \t]")


def _entry_days(text: str, found: list[DateMention]) -> dict[int, DateMention]:
    """Line start → the day of the entry that line is in (a day with its year heading the
    line, as a diary's or a logbook's entries open: "Fri 12 Apr 2019 — …", or a stamp
    with its time, as a page's revisions are listed: "#424, 12 April 2021 07:00, Kat: …"):
    "Fifty-eight years ago today", told in the entry, counts from it. The lines right
    under an entry's, up to a blank line, are in it too."""
    entries = {line: d for d in found
               if d.kind == "absolute" and d.date.day is not None
               and _ENTRY_LEAD_RE.fullmatch(text, line := _line_start(text, d.start), d.start)
               and (_ENTRY_SEPARATOR_RE.match(text, d.end) or _is_stamp(text, d))}
    for line, entry in list(entries.items()):
        start = text.find("\n", line)
        while start >= 0 and start + 1 < len(text) and (start + 1) not in entries:
            end = text.find("\n", start + 1)
            if not text[start + 1:end if end >= 0 else len(text)].strip():
                break
            entries[start + 1] = entry
            start = end
    return entries


def _is_stamp(text: str, day: DateMention) -> bool:
    """Whether a day heading its line, with its time, is a stamp: "12 April 2021 07:00,"."""
    return day.date.hour is not None and _STAMP_COMMA_RE.match(text, day.end) is not None


# The entry's own day, said as a diary says it: "MS-16 launched this morning", "crashed
# into the Moon today" (not "today's crews"); the day before (_TODAY is with _YEARS_AGO_RE)
_YESTERDAY = r"yesterday|last\s+night"
_TODAY_LOWERED_RE = re.compile(rf"\b(?:{_TODAY}|{_YESTERDAY})\b")
_TODAY_RE = re.compile(rf"\b(?:(?P<today>{_TODAY})|(?P<yesterday>{_YESTERDAY}))\b(?!['’]s)",
                       re.IGNORECASE)
# What says an entry's first sentence is told from its day: "Fifty years ago today …"
_ENTRY_NOW_RE = re.compile(rf"\b(?:ago|{_TODAY}|{_YESTERDAY})\b", re.IGNORECASE)


def _today_words(text: str, found: list[DateMention], entries: dict[int, DateMention]
                 ) -> list[DateMention]:
    """``found`` with "today", "this morning", "yesterday" … in a diary's entry dated as
    the entry's day (or the day before), where no other date takes the words in."""
    added = []
    for m in _TODAY_RE.finditer(text):
        entry = entries.get(_line_start(text, m.start()))
        if entry is None or any(d.start <= m.start() < d.end for d in found):
            continue  # "Fifty years ago today": the count's
        when = entry.date if m.group("today") else shift_date(entry.date, "day", -1)
        if when is None:
            continue
        added.append(_mention(text, m.start(), m.end(), when, "absolute",
                              resolved_from=entry.start))
    return sorted([*found, *added], key=lambda d: d.start) if added else found


# A day of the week said alone, as news, a logbook or a bulletin tells its own week: "lifted
# off on Friday", "is due to launch on Thursday", "last Sunday", "early on Saturday"; "on
# the Monday" is a story's week, counted from the day it told before (_WEEKDAYS is with
# _DATELINE_MARK_RE)
_WEEKDAY_LOWERED_RE = re.compile(rf"\b(?:{'|'.join(_WEEKDAYS)})\b")
_WEEKDAY_RE = re.compile(
    r"\b(?:(?P<on>(?:(?:early|late)\s+)?on(?P<the>\s+the)?)|(?P<last>last)|(?P<next>next))\s+"
    rf"(?P<day>{'|'.join(w.title() for w in _WEEKDAYS)})\b"
    r"(?:\s+(?:morning|afternoon|evening|night))?")
# A weekday that dates a saying or a piece, not a flight: "Roscosmos said on Monday that",
# "told reporters on Friday", "An article on Monday about …"
_SAYING_BEFORE_WEEKDAY_RE = re.compile(
    r"\b(?:sa(?:id|ys)|announc(?:ed|es)|told(?:\s+[\w-]+){0,2}|reported|confirmed|added|"
    r"stated|wrote|declared|article|item|story|report|programme|program|broadcast|show|"
    r"episode|column|edition|issue|piece|post|interview|statement|briefing|meeting|talk|"
    r"lecture)\s+\Z")
# What makes a weekday one still to come: "will", "is due to", "is scheduled to", "plans to"
_FUTURE_BEFORE_RE = re.compile(
    r"\b(?:will|shall|due|scheduled|set\s+to|expected|planned|plans?\s+to|going\s+to|"
    r"(?:is|are)\s+to)\b|['’]ll\b", re.IGNORECASE)
_WEEKDAY_REACH = 2000  # how far back "on the Monday" looks for the day it counts from


def _weekdays(text: str, found: list[DateMention], published: PartialDate | None,
              entries: dict[int, DateMention]) -> list[DateMention]:
    """``found`` with each weekday said alone read as the day it is in the week it is told
    from: an entry's day, a news item's dateline, the article's own date. What happened
    "on Friday" is the last Friday up to that day (news tells the day's own events by its
    weekday), what "is due" or "will" happen the next one after it; "last Friday" is
    before it and "next Friday" after. "On the Monday" is the first Monday after the last
    day the story told. A weekday next to a date of its own ("Thursday 21 March") or in a
    sentence giving a year is the writer's, left to that date."""
    datelines = [d for d in found if d.kind == "dateline" and d.date.day is not None]
    days = [d for d in found if d.date.day is not None and d.date.month is not None]
    added = []
    for m in _WEEKDAY_RE.finditer(text):
        if _next_to_a_date(text, m, found) or _SAYING_BEFORE_WEEKDAY_RE.search(
                text, max(0, m.start() - 40), m.start()):
            continue
        sentence, sentence_end = sentence_around(text, m.start(), m.end(), _CLAUSE_END_RE,
                                                 _CLAUSE_REACH)
        if _YEAR_IN_SENTENCE_RE.search(text, sentence, sentence_end):
            continue
        weekday = _WEEKDAYS.index(m.group("day").lower())
        told_from: int | None  # the mention the day is counted from, if one
        if m.group("the"):  # the story's own week
            told = [d for d in days if m.start() - _WEEKDAY_REACH <= d.end <= m.start()]
            if not told:
                continue
            base, after, told_from = told[-1].date, True, told[-1].start
        else:
            entry = entries.get(_line_start(text, m.start()))
            filed = [d for d in datelines if d.start < m.start()]
            if entry is not None:
                base, told_from = entry.date, entry.start
            elif filed:
                base, told_from = filed[-1].date, filed[-1].start
            elif published is not None and published.day is not None:
                base, told_from = published, None
            else:
                continue
            after = bool(m.group("next")) or (not m.group("last") and bool(
                _FUTURE_BEFORE_RE.search(text, sentence, m.start())))
        when = _weekday_from(base, weekday, after, same_day=not (
            after or m.group("last") or m.group("the")))
        if when is None:
            continue
        added.append(_mention(text, m.start("day"), m.end(), when, "absolute",
                              resolved_from=told_from))
    return sorted([*found, *added], key=lambda d: d.start) if added else found


def _weekday_from(day: PartialDate, weekday: int, after: bool, same_day: bool
                  ) -> PartialDate | None:
    """The nearest ``weekday`` (0 Monday … 6 Sunday) after a full ``day``, or before it
    (or ``day`` itself when ``same_day``)."""
    told = _date(day.year, day.month or 1, day.day or 1).weekday()
    if after:
        shift = (weekday - told - 1) % 7 + 1
    else:
        shift = -((told - weekday) % 7 or (0 if same_day else 7))
    return shift_date(day, "day", shift)


# A weekday right by a date (a comma, "the" between): "Thursday 21 March", "Sunday, the 25th"
_WEEKDAY_GAP_RE = re.compile(r"[\s,]*(?:the\s+)?")
# A year in a weekday's sentence: the story's week is not the article's
_YEAR_IN_SENTENCE_RE = re.compile(r"(?<![\w.,-])(?:1[89]\d\d|20\d\d)s?(?![\w-])|['’]\d\d\b")


# Where a sentence or line ends, for the sentence a weekday is told in (a dash between
# spaces too: an entry's heading day is not its sentence's year, "Sun 17 Nov 2024 — …")
_CLAUSE_END_RE = re.compile(r"[.!?](?=\s)|\n|\s[—–]\s")
_CLAUSE_REACH = 400  # characters either side of a weekday


# Between a weekday and the count of years it dates: "next Tuesday marks 45 years since"
_COUNT_TOLD_AFTER_RE = re.compile(_MARKS)


def _next_to_a_date(text: str, m: re.Match[str], found: list[DateMention]) -> bool:
    """Whether the weekday ``m`` stands in, right before or right after a date of
    ``found``."""
    for d in found:
        if d.start < m.end() and m.start() < d.end:
            return True
        if d.start >= m.end():
            # "next Tuesday marks 45 years since …": the time the count is told from
            return _WEEKDAY_GAP_RE.fullmatch(text, m.end(), d.start) is not None or (
                d.kind == "ago" and _COUNT_TOLD_AFTER_RE.fullmatch(text, m.end(), d.start)
                is not None)
        if _WEEKDAY_GAP_RE.fullmatch(text, d.end, m.start()):
            return True
    return False


def _entry_datelines(text: str, found: list[DateMention], entries: dict[int, DateMention]
                     ) -> list[DateMention]:
    """``found`` with the day heading a diary's entry made a ``"dateline"``, the day it was
    written, not an event's day, where the entry's first sentence counts from it ("…
    years ago today", "this morning"). Otherwise what the entry tells with no date of its
    own ("MS-17 launched 05:45") happened that day."""
    told_from: set[int] = set()  # the starts of the entries' days their lines count from
    # (each entry once, though every line under its heading maps to it)
    for entry in {e.start: e for e in entries.values()}.values():
        end = _line_end(text, entry.end)
        if stop := _SENTENCE_OR_PARAGRAPH_END_RE.search(text, entry.end, end):
            end = stop.start()
        if _is_stamp(text, entry) or _ENTRY_NOW_RE.search(text, entry.end, end):
            told_from.add(entry.start)
    return [replace(d, kind="dateline") if d.start in told_from else d for d in found]


def _years_ago(text: str, published: PartialDate | None, taken: list[DateMention],
               headings: dict[int, _Pending], entries: dict[int, DateMention]
               ) -> list[DateMention]:
    """"66 years ago today" and "Sixty years ago" counted back from the article's own
    date, or from the day of the entry it is told in (:func:`_entry_days`): the year, and
    the day from "today" or from a yearless date heading the line ("17 March - Sixty years
    ago Plesetsk saw …")."""
    out = []
    starts = [d.start for d in taken]  # sorted, and the mentions do not overlap
    for m in _YEARS_AGO_RE.finditer(text):
        entry = entries.get(_line_start(text, m.start()))
        today = published if entry is None else entry.date
        if today is None:
            continue
        # Of the mentions starting before the count ends, only the last can overlap it
        # or stand right before it.
        before = bisect.bisect_left(starts, m.end())
        prior = taken[before - 1] if before else None
        restated = prior is not None and (prior.end > m.start() or _RESTATED_BY_AGO_RE.fullmatch(
            text, prior.end, m.start()) is not None)
        count = parse_count(m.group("n"))
        decade = m.group("unit").lower().startswith("decade")
        if restated and prior is not None and count is not None and not decade and (
                prior.kind == "yearless" and prior.date.day is not None
                and prior.end <= m.start()):
            # "On 2 March, forty years ago, Soyuz 28 …": the count gives the day its year
            when = _safe_date(today.year - count, prior.date.month, prior.date.day)
            if when is not None:
                out.append(_mention(text, prior.start, m.end(), when, "ago"))
            continue
        if restated or count is None:
            continue  # "In 2016, ten years ago, …": the date said again
        told = _told_point(text, m.start(), today)
        year = (told or today).year - count * (10 if decade else 1)
        heading = headings.get(_line_start(text, m.start()))
        if heading is not None and not decade:
            when = _safe_date(year, heading.month, heading.day)
        elif (m.group("today") or m.group("today_since")) and today.day is not None and (
                not decade):
            when = _safe_date(year, today.month, today.day)
        elif (shift := m.group("month_shift")) and today.month is not None and not decade:
            # "… years ago next month" told in December is January of the year after
            when = _add_months(PartialDate(year, today.month), _MONTH_SHIFT[shift.lower()])
        elif m.group("month") and not decade:  # "Forty years ago this February"
            when = _safe_date(year, month_number(m.group("month")))
        elif told is not None and not decade:  # "next Tuesday marks 45 years since"
            when = _safe_date(year, told.month, told.day)
        else:
            when = _safe_date(year)
        if when is not None and when.month is not None and when.day is None:
            day = _ON_THE_DAY_RE.match(text, m.end())
            if day is not None and day.start("day") not in starts:
                # ", on the twentieth,": that month's day, which had no month to take
                on_day = _safe_date(when.year, when.month, int(day.group("day")))
                if on_day is not None:
                    out.append(_mention(text, day.start("day"), day.end(), on_day,
                                        "yearless", resolved_from=m.start()))
        if when is not None:
            out.append(_mention(text, m.start(), m.end(), when, "ago", approx=decade))
    if published is not None:
        out += _counts_told_from_now(text, published, taken, headings)
    for m in _ANNIVERSARY_RE.finditer(text):
        line_start = _line_start(text, m.start())
        heading = headings.get(line_start)
        nth = parse_ordinal(m.group("nth"))
        if heading is None or nth is None or published is None or any(
                line_start <= d.start < m.start() for d in taken):
            continue  # only an almanac entry's anniversary is this year's
        when = _safe_date(published.year - nth, heading.month, heading.day)
        if when is not None:
            out.append(_mention(text, m.start(), m.end(), when, "ago"))
    return out


# "the 51st anniversary of", "Gagarin's 64th anniversary", "Salyut 1 turns 55": a count
# of years the time it is told from dates (see _counts_told_from_now)
_COUNT_OF_YEARS_RE = re.compile(
    rf"\b(?:the[ \t]+)?{_NTH_ANNIVERSARY_OF}\b|"
    rf"(?<=['’]s[ \t])(?P<own_nth>{_NTH})[ \t]+"
    r"anniversary\b(?![ \t]+of\b)|"
    r"\b(?:turns|turned|will[ \t]+turn|would[ \t]+have[ \t]+turned)[ \t]+"
    rf"(?P<age>{NUMBER_PATTERN})(?:[ \t]+years?(?:[ \t]+old)?)?(?![\w-])", re.IGNORECASE)


def _counts_told_from_now(text: str, published: PartialDate, taken: list[DateMention],
                          headings: dict[int, _Pending]) -> list[DateMention]:
    """Anniversaries and ages dated by the time they are told from, said before them or
    after: "Ten days ago was the 51st anniversary of the launch of Soyuz 11" (that day,
    51 years back), "Gagarin's 64th anniversary is next month" (that month), "Salyut 1
    turns 55 next month". An anniversary the text dates by a day of its own is left to it
    (see _anniversary_days; an almanac line's heading day, see _years_ago), as is one with
    no such time."""
    out = []
    for m in _COUNT_OF_YEARS_RE.finditer(text):
        if any(d.start < m.end() and m.start() < d.end for d in taken) or (
                m.group("nth") and _line_start(text, m.start()) in headings):
            continue
        if age := m.group("age"):
            count = parse_count(age)
            told = _NOW_RIGHT_AFTER_RE.match(text, m.end())
        else:
            count = parse_ordinal(m.group("nth") or m.group("own_nth"))
            told = _NOW_BEFORE_COUNT_RE.search(
                text, max(0, m.start() - _TOLD_REACH), m.start()) or (
                _NOW_AFTER_COUNT_RE.match(text, m.end()))
        point = _now_point(told, published) if told is not None else None
        if count is None or point is None:
            continue
        when = _safe_date(point.year - count, point.month, point.day)
        if when is not None:
            end = told.end() if told is not None and age else m.end()
            out.append(_mention(text, m.start(), end, when, "ago"))
    return out


def _reanchored(text: str, found: list[DateMention], counted: list[DateMention],
                headed: set[int]) -> list[DateMention]:
    """``found`` with each yearless date that a count back from the article's date ("thirty-
    nine years since Soyuz T-15") stands between it and its anchor taking its year from
    that count instead: "… ¶ Thirty-nine years since Soyuz T-15 … The station's core had
    gone up on the twentieth of February" is 1986, not the 1965 named paragraphs before.
    A count that restates a dated day before it (:func:`_restating_ago`) gives no year; a
    diary entry's day (at a start in ``headed``) is the day it counts from, not one it
    restates."""
    told = [d for d in found if d.start not in headed]
    counted = [c for c in counted if not _restating_ago(text, c, told)]
    if not counted:
        return found
    out = []
    moved: dict[int, int] = {}  # start of a reanchored mention -> years it moved
    for d in found:
        anchor = d.resolved_from
        if d.kind == "relative" and anchor in moved:
            # "(Aug 7th) … A year later": told from a day that took a count's year
            try:
                out.append(replace(d, date=replace(d.date, year=d.date.year + moved[anchor])))
                moved[d.start] = moved[anchor]
            except ValueError:
                out.append(d)
            continue
        nearer = [c for c in counted if not c.approx and anchor is not None
                  and anchor < c.start and c.end <= d.start] if d.kind == "yearless" else []
        if not nearer:
            out.append(d)
            continue
        count = nearer[-1].date
        try:
            if count.month is not None and d.date.day is not None and not (
                    _MONTH_NAME_RE.search(d.text)):
                # "Forty years ago this February, on the twentieth": that month's day
                date = replace(d.date, year=count.year, month=count.month)
            else:
                date = replace(d.date, year=count.year)
        except ValueError:  # 29 February
            out.append(d)
            continue
        if date.year != d.date.year:
            moved[d.start] = date.year - d.date.year
        out.append(replace(d, date=date, resolved_from=nearer[-1].start))
    return out


# "in May, July and October 1980": months listed before a month and year share its year.
_MONTH_LIST_RE = re.compile(
    rf"(?:\b(?:{'|'.join(_FULL_MONTHS)})(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|or)[ \t]+))+\Z",
    re.IGNORECASE)
_MONTH_WORD_RE = re.compile(rf"\b(?:{'|'.join(_FULL_MONTHS)})\b", re.IGNORECASE)
_MONTH_NAME_RE = re.compile(_MONTH)  # "March", "Feb.", "MAR": a day alone has none


def _month_lists(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` and the months listed before a month-and-year one, each in its year
    (a listed month read as yearless, "May" given the year before, takes this one)."""
    found: list[DateMention] = []
    for i, m in enumerate(mentions):
        if m.kind != "absolute" or m.date.precision is not Precision.MONTH or m.approx:
            continue
        floor = next((d.end for d in reversed(mentions[:i])
                      if not _MONTH_WORD_RE.fullmatch(d.text)), 0)
        listed = _MONTH_LIST_RE.search(text, max(floor, m.start - 80), m.start)
        if listed is None:
            continue
        for word in _MONTH_WORD_RE.finditer(text, listed.start(), listed.end()):
            date = _safe_date(m.date.year, month_number(word.group()))
            if date is not None:
                found.append(_mention(text, word.start(), word.end(), date, "absolute"))
    if not found:
        return mentions
    in_lists = {d.start for d in found}
    kept = [d for d in mentions if d.start not in in_lists]
    return sorted([*kept, *found], key=lambda d: d.start)


def _anchors(text: str) -> list[tuple[int, int]]:
    """Positions every date mention must contain, with how far back its match may start.

    Scanning the full date regex at every position is slow; instead it is tried only around
    digits, month names and the unit words of relative phrases ("year", "day" …).
    """
    found = [(m.start(), _LOOKBACK) for m in _ANCHOR_RE.finditer(text)]
    if "fall" in text:
        found += [(m.end() - 4, _RELATIVE_LOOKBACK) for m in _FALL_ANCHOR_RE.finditer(text)]
    for word in _RELATIVE_ANCHORS:
        i = text.find(word)
        while i >= 0:
            found.append((i, _RELATIVE_LOOKBACK))
            i = text.find(word, i + len(word))
    found.sort()
    return found


def _dispatch(
    text: str, m: re.Match[str], day_first: bool
) -> tuple[list[DateMention | _Pending], int]:
    # Each alternative of _MASTER_RE is one named group holding the groups it uses, so the
    # last group closed names the alternative that matched.
    kind = m.lastgroup
    if kind == "iso":
        return _iso(text, m), m.end()
    if (groups := _YEAR_FIRST_GROUPS.get(kind or "")) is not None:
        # "1986 Feb 20", as GCAT and many logs write a day; a chronology's "1962, 6 August"
        year, month, day = groups
        date = _safe_date(int(m.group(year)), month_number(m.group(month)),
                          int(m.group(day).rstrip("stndrh")))
        if date is None:
            return [], m.end()
        start, end, date, tz = _with_time(text, m.start(), m.end(), date)
        return [_mention(text, start, end, date, "absolute", tz=tz)], end
    if kind == "numeric":
        return _numeric(text, m, day_first), m.end()
    if kind == "romd":
        if follows_designation(text, m.start("romd")):
            return [], m.end("roday")  # "Soyuz 28, 2.III.1978": the 28 is the ship's
        return _roman_month_dates(text, m), m.end()
    if kind == "mmyy":  # "Kristall 06/1990": a month, written as in notes and forms
        date = PartialDate(int(m.group("myy")), int(m.group("mym")))
        return [_mention(text, m.start(), m.end(), date, "absolute")], m.end()
    if kind == "yr":
        return _year_range(text, m)
    if kind == "dec":
        return _decade(text, m), m.end()
    if kind == "sea":
        return _season(text, m), m.end()
    if kind == "md":
        items = _month_first(text, m)
        if len(items) == 1 and isinstance(items[0], _Pending) and items[0].day is None:
            return _listed_months(text, items[0], m.end())
        return items, m.end()
    if kind == "dm":
        if follows_designation(text, m.start("dm")):
            return [], m.end("dday")  # "Soyuz 11 June 1971": "June 1971" is still read
        return _day_first_dates(text, m), m.end()
    if kind == "rel":
        return _relative(m), m.end()
    return _bare_year(text, m), m.end()


# The next month of a list, without a day or year of its own: "in June and August"
_NEXT_MONTH_RE = re.compile(
    rf"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?P<mon>{_MONTH})(?![ \t,]*\d)"
    r"(?:[ \t\n]+of[ \t\n]+(?:the[ \t\n]+same|that)[ \t\n]+year\b)?")  # as the first


def _listed_months(text: str, first: _Pending, end: int
                   ) -> tuple[list[DateMention | _Pending], int]:
    """A yearless month and the months listed after it ("in June and August"), each
    waiting for the year before it."""
    items: list[DateMention | _Pending] = [first]
    while n := _NEXT_MONTH_RE.match(text, end):
        month = month_number(n.group("mon"))
        items.append(_Pending(n.start("mon"), n.end("mon"), month=month))
        end = n.end()
    return items, end


def _mention(
    text: str, start: int, end: int, date: PartialDate, kind: str, **kw: object
) -> DateMention:
    return DateMention(start, end, text[start:end], date, kind, **kw)  # type: ignore[arg-type]


def _safe_date(*parts: int | float | None) -> PartialDate | None:
    try:
        return PartialDate(*parts)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        return None


def _with_time(
    text: str, start: int, end: int, date: PartialDate
) -> tuple[int, int, PartialDate, str | None]:
    """Attach a written time after ("…, at 06:07 UTC") or before ("06:07 UTC on …") a day."""
    t = _TIME_AFTER_RE.match(text, end)
    if t is None:
        t = _TIME_BEFORE_RE.search(text, max(0, start - 40), start)
        if t is None:
            return start, end, date, None
        new_start, new_end = t.start(), end
    else:
        new_start, new_end = start, t.end()
    hour = int(t.group("h"))
    ampm = (t.group("ampm") or "").lower()[:1]
    if ampm:
        if not 1 <= hour <= 12:
            return start, end, date, None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    second = float(t.group("s")) if t.group("s") else None
    timed = _safe_date(date.year, date.month, date.day, hour, int(t.group("mi")), second)
    if timed is None:
        return start, end, date, None
    tz = t.group("tz")
    return new_start, new_end, timed, TIME_ZONES.get(" ".join(tz.lower().split())) if tz else None


def _iso(text: str, m: re.Match[str]) -> list[DateMention | _Pending]:
    parts = [int(m.group(g)) for g in ("iy", "im", "id")]
    if m.group("ih"):
        sec = float(m.group("isec")) if m.group("isec") else None
        date = _safe_date(*parts, int(m.group("ih")), int(m.group("imi")), sec)
        tz = "UTC" if m.group("iso").endswith("Z") else None
    else:
        date = _safe_date(*parts)
        tz = None
    if date is None:
        return []
    start, end = m.start("iso"), m.end("iso")
    if tz is None and not m.group("ih"):
        start, end, date, tz = _with_time(text, start, end, date)
    return [_mention(text, start, end, date, "absolute", tz=tz)]


def _two_digit_year(y: str) -> int:
    value = int(y)
    if len(y) == 4:
        return value
    return 2000 + value if value <= 29 else 1900 + value


def _month_year(y: str | None) -> int | None:
    """The year written after a month, in full or cut to two digits ("'82": 1982)."""
    return None if y is None else _written_year(y)


def _written_year(y: str) -> int:
    return _two_digit_year(y[1:]) if y[0] in "'’" else int(y)


def _numeric(text: str, m: re.Match[str], day_first: bool) -> list[DateMention | _Pending]:
    a, b, y = int(m.group("n1")), int(m.group("n2")), m.group("n3")
    if m.group("nsep") == ".":
        if len(y) != 4:
            return []  # "1.5.10" is more likely a version than a date
        day_first = True
    year = _two_digit_year(y)
    first, second = ((b, a), (a, b)) if day_first else ((a, b), (b, a))
    date = _safe_date(year, *first) or _safe_date(year, *second)
    if date is None:
        return []
    start, end, date, tz = _with_time(text, m.start("numeric"), m.end("numeric"), date)
    # both numbers can be the month: keep the other reading too, at the same time of day
    other = replace(date, month=date.day, day=date.month) if a != b and max(a, b) <= 12 else None
    return [_mention(text, start, end, date, "absolute", tz=tz, alternative=other)]


def _year_range(text: str, m: re.Match[str]) -> tuple[list[DateMention | _Pending], int]:
    g1, g2 = ("ya1", "ya2") if m.group("ya1") else ("yb1", "yb2")
    y1 = int(m.group(g1))
    raw2 = m.group(g2)
    y2 = int(raw2)
    if len(raw2) == 2:  # "1986–88"; "1998–02" crosses a century only from the 90s
        y2 += (y1 // 100) * 100
        if y2 <= y1 and y1 % 100 >= 90:
            y2 += 100
    if not _YEAR_MIN <= y1 < y2 <= _YEAR_MAX:
        # Not a span: read the first number as a bare year if it is one, then go on.
        start, end = m.start(g1), m.end(g1)
        if _YEAR_MIN <= y1 <= _YEAR_MAX and not follows_designation(text, start):
            return [_mention(text, start, end, PartialDate(y1), "year")], end
        return [], end
    start = m.start(g1)
    approx = _APPROX_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) is not None
    mention = _mention(
        text, start, m.end(), PartialDate(y1), "year", approx=approx, end_date=PartialDate(y2)
    )
    return [mention], m.end()


def _decade(text: str, m: re.Match[str]) -> list[DateMention | _Pending]:
    base = int(m.group("dy")) if m.group("dy") else 1900 + int(m.group("dy2"))
    if not _YEAR_MIN - 100 <= base <= _YEAR_MAX:
        return []
    part = (m.group("dq") or "").lower()
    lo, hi = _DECADE_PARTS.get(part, (0, 9))
    start = m.start("dec")
    approx = bool(part) or _APPROX_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    return [
        _mention(
            text,
            start,
            m.end(),
            PartialDate(base + lo),
            "decade",
            approx=approx,
            end_date=PartialDate(base + hi),
        )
    ]


def _season(text: str, m: re.Match[str]) -> list[DateMention | _Pending]:
    year = _written_year(m.group("sy"))
    if not _YEAR_MIN <= year <= _YEAR_MAX:
        return []
    return [_mention(text, m.start("sea"), m.end(), PartialDate(year), "year", approx=True)]


def _days(first: str, rest: str) -> list[tuple[int, int, int, str | None]]:
    """Split "15", " and 21" into (day, start, end, separator) with offsets into ``first+rest``."""
    out = []
    for d in _DAY_ITEM_RE.finditer(first + rest):
        day = int(re.sub(r"\D", "", d.group("day")))
        sep = d.group("sep")
        out.append((day, d.start("day"), d.end("day"), sep.strip() if sep else None))
    return out


def _is_day_range(days: list[tuple[int, int, int, str | None]]) -> bool:
    return len(days) == 2 and days[1][3] in ("-", "–", "—", "to")


def _day_dates(
    text: str,
    days: list[tuple[int, int, int, str | None]],
    month: int,
    year: int | None,
    spans: list[tuple[int, int]],
) -> list[DateMention | _Pending]:
    """Mentions for a list or range of days in one month; ``spans`` gives each one's span."""
    if _is_day_range(days):
        start, end = spans[0][0], spans[-1][1]
        if year is None:
            return [_Pending(start, end, month=month, day=days[0][0], end_day=days[1][0])]
        d1, d2 = _safe_date(year, month, days[0][0]), _safe_date(year, month, days[1][0])
        if d1 is None or d2 is None or d2.start() <= d1.start():
            return []
        return [_mention(text, start, end, d1, "absolute", end_date=d2)]
    out: list[DateMention | _Pending] = []
    for (day, *_), (start, end) in zip(days, spans, strict=True):
        if year is None:
            if 1 <= day <= 31:
                out.append(_Pending(start, end, month=month, day=day))
            continue
        date = _safe_date(year, month, day)
        if date is None:
            continue
        tz = None
        if len(days) == 1:
            start, end, date, tz = _with_time(text, start, end, date)
        out.append(_mention(text, start, end, date, "absolute", tz=tz))
    return out


def _month_first(text: str, m: re.Match[str]) -> list[DateMention | _Pending]:
    month = month_number(m.group("mon"))
    prep = (m.group("mprep") or "").strip(" \t\n-").lower()
    qual = prep if prep in _PART_WORDS else ""
    mon_start = m.start("mprep") if qual else m.start("mon")
    if m.group("mday"):
        days = _days(m.group("mday"), m.group("mlist") or "")
        year = _month_year(m.group("myear"))
        if len(days) == 1 or _is_day_range(days):
            spans = [(mon_start, m.end())] * len(days)
        else:
            base = m.start("mday")
            spans = [(base + s, base + e) for _, s, e, _ in days]
            spans[0] = (mon_start, spans[0][1])
            spans[-1] = (spans[-1][0], m.end())
        return _day_dates(text, days, month, year, spans)
    if m.group("myear2"):
        year = _written_year(m.group("myear2"))
        approx = bool(qual)
        return [
            _mention(text, mon_start, m.end(), PartialDate(year, month), "absolute", approx=approx)
        ]
    if prep or m.group("msame"):  # "September of the same year": its year is the last one
        return [_Pending(mon_start, m.end(), month=month)]
    return []


def _day_first_dates(text: str, m: re.Match[str]) -> list[DateMention | _Pending]:
    return _days_then_month(text, m, "dm", "dday", "dlist", month_number(m.group("dmon")),
                            _month_year(m.group("dyear")))


def _days_then_month(text: str, m: re.Match[str], whole: str, first: str, rest: str,
                     month: int, year: int | None) -> list[DateMention | _Pending]:
    """Mentions for the day (or list or range of days) in group ``first`` and the listed
    days in group ``rest`` of ``m``, all of ``month``: a single day or a range spans the
    whole match (group ``whole``), a listed day its own number, the last one to the end."""
    days = _days(m.group(first), m.group(rest) or "")
    base = m.start(first)
    if len(days) == 1 or _is_day_range(days):
        spans = [(m.start(whole), m.end())] * len(days)
    else:
        spans = [(base + s, base + e) for _, s, e, _ in days]
        spans[-1] = (spans[-1][0], m.end())
    return _day_dates(text, days, month, year, spans)


_NUMBERED_PART_RE = re.compile(r"\b(?:Table|Part|Fig|Figure|Chapter|Section|Vol|No|Art|"
                               r"Article|Annex|Appendix|Item)\.?[ \t]*\Z", re.IGNORECASE)


def _roman_month_dates(text: str, m: re.Match[str]) -> list[DateMention | _Pending]:
    """ "4.X.1957", "16.VI.63", "11 and 12.VIII.1962", "on 20.IX": the month in Roman numerals, as
    Russian and European writing and stamp catalogues give it."""
    year = _two_digit_year(m.group("royear")) if m.group("royear") else None
    if year is None and _NUMBERED_PART_RE.search(text, max(0, m.start() - 12), m.start()):
        return []  # "Table 3.II", "Part 2.IV": a section, not a day and month
    return _days_then_month(text, m, "romd", "roday", "rolist",
                            _ROMAN_MONTHS[m.group("romon")], year)


_REL_UNITS = MappingProxyType(
    {
        "day": "day", "morning": "day", "evening": "day", "night": "day", "week": "week",
        "month": "month", "year": "year", "decade": "decade",
    }
)  # fmt: skip


_SEASON_START = MappingProxyType({"spring": 3, "summer": 6, "autumn": 9, "fall": 9})


def _relative(m: re.Match[str]) -> list[DateMention | _Pending]:
    start, end = m.start("rel"), m.end("rel")
    if m.group("rmon"):
        name = m.group("rmon").lower()
        offset = 1 if m.group("rdir4").lower() in ("following", "next") else -1
        if name in _SEASON_START:
            return [_Pending(start, end, month=_SEASON_START[name], rel_unit="season",
                             rel_offset=offset)]
        return [_Pending(start, end, month=MONTHS[name], rel_unit="named", rel_offset=offset)]
    if m.group("ru1"):
        unit = _REL_UNITS[m.group("ru1").lower().rstrip("s")]
        direction = m.group("rdir").lower()
        if direction == "same":
            return [_Pending(start, end, rel_unit=unit, rel_keep=True, rel_apposition_ok=False)]
        offset = -1 if direction in ("previous", "preceding", "prior") else 1
        return [_Pending(start, end, rel_unit=unit, rel_offset=offset)]
    if m.group("ru2") or m.group("ru3"):
        unit = _REL_UNITS[(m.group("ru2") or m.group("ru3")).lower()]
        return [_Pending(start, end, rel_unit=unit, rel_keep=True, rel_apposition_ok=False)]
    count = parse_count(m.group("rn"))
    if count is None:
        return []
    word = m.group("ru4").lower().rstrip("s")
    if word == "fortnight":  # "a fortnight later": two weeks
        word, count = "week", 2 * count
    unit = _REL_UNITS[word]
    sign = -1 if m.group("rdir2").lower() == "earlier" else 1
    return [_Pending(start, end, rel_unit=unit, rel_offset=sign * count, rel_counted=True)]


def _bare_year(text: str, m: re.Match[str]) -> list[DateMention | _Pending]:
    year = _written_year(m.group("bye"))
    start = m.start("bye")
    if not _YEAR_MIN <= year <= _YEAR_MAX:
        return []
    qual = (m.group("yq") or "").lower()
    if qual:
        start = m.start("by")
    elif follows_designation(text, start) or _cites(text, start, m.end()):
        return []
    approx = bool(qual) or _APPROX_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    return [_mention(text, start, m.end(), PartialDate(year), "year", approx=approx)]


# A reference in author-year style: "(Siddiqi 2000)", "(Hall and Shayler 2003)", "(see
# Harvey et al., 2007a; …)". Its year is when a book came out, no event's date.
_CITATION_BEFORE_RE = re.compile(
    r"[(;]\s*(?:see\s+(?:also\s+)?|cf\.\s+)?[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|"
    r"\s+et\s+al\.?)?,?\s+\Z")
_CITATION_AFTER_RE = re.compile(r"[a-z]?(?:\s*[:,]\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?\s*[);]")


# A bibliography's entry: "3. Harland, The Story of Space Station Mir (2005).", or with
# the author's initials after the surname: "[1] Harland D. M. The Story of … (2005)."
_REFERENCE_ENTRY_RE = re.compile(r"[ \t]*(?:\[?\d{1,3}[.)\]]|[-*•^])?[ \t]*[A-Z][\w'’-]+"
                                 r"(?:(?:[ \t]+[A-Z][\w'’.-]*){0,2},[ \t]+[\"“‘'A-Z]"
                                 r"|,?(?:[ \t]+[A-Z][a-z]?\.){1,3}[ \t,])")
_REFERENCE_ENTRY_END_RE = re.compile(r"\)[.,;]?[ \t]*(?:\n|\Z)")


def _cites(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` is a citation's: "(Siddiqi 2000)", or a
    bracketed year in a bibliography's entry ("3. Harland, The Story of … Mir (2005).")."""
    if text.startswith("(", start - 1) and _REFERENCE_ENTRY_END_RE.match(text, end) and (
            _REFERENCE_ENTRY_RE.match(text, _line_start(text, start), start)):
        return True
    return (_CITATION_BEFORE_RE.search(text, max(0, start - 60), start) is not None
            and _CITATION_AFTER_RE.match(text, end) is not None)


def _add_months(date: PartialDate, months: int) -> PartialDate | None:
    index = date.year * 12 + (date.month or 1) - 1 + months
    return _safe_date(index // 12, index % 12 + 1)


def _season_ambiguous(anchor_month: int, season_start: int, offset: int) -> bool:
    """Whether "the next spring" (``offset`` 1) or "the previous autumn" (-1) could be
    either of two years: told from the season right before it (February 1986: spring 1986,
    or, as a writer may mean, spring 1987) or right after it (December, "the previous
    autumn": that autumn, or the one a year before)."""
    if offset > 0:
        return 1 <= (season_start - anchor_month) % 12 <= 3
    return 1 <= (anchor_month - (season_start + 2)) % 12 <= 3


def _shift(anchor: PartialDate, p: _Pending) -> tuple[PartialDate, bool] | None:
    """The date ``p`` names relative to ``anchor``, and whether it is approximate."""
    unit = p.rel_unit
    need = {"day": Precision.DAY, "week": Precision.DAY, "month": Precision.MONTH,
            "named": Precision.MONTH, "season": Precision.MONTH}.get(
        unit or "", Precision.YEAR
    )
    if anchor.precision.rank < need.rank:
        return None
    if p.rel_keep:
        keep = "year" if unit == "decade" else need
        return anchor.truncate(keep), False
    if unit in ("named", "season"):
        # "the following April" after October 1964 is April 1965; after March, this April
        if anchor.month is None or p.month is None:
            return None
        if p.rel_offset > 0:
            year = anchor.year + (0 if p.month > anchor.month else 1)
        else:
            year = anchor.year - (0 if p.month < anchor.month else 1)
        named = _safe_date(year, p.month) if unit == "named" else _safe_date(year)
        # a season that may be either of two years is a guess, not a date to check
        guess = unit == "season" and _season_ambiguous(anchor.month, p.month, p.rel_offset)
        return (named, guess) if named is not None else None
    if unit in ("day", "week"):
        days = p.rel_offset * (7 if unit == "week" else 1)
        try:
            d = _date(anchor.year, anchor.month or 1, anchor.day or 1) + timedelta(days=days)
        except OverflowError:
            return None
        return PartialDate(d.year, d.month, d.day), False
    if unit == "month":
        shifted = _add_months(anchor, p.rel_offset)
        return (shifted, False) if shifted is not None else None
    years = p.rel_offset * (10 if unit == "decade" else 1)
    shifted = _safe_date(anchor.year + years)
    return (shifted, unit == "decade") if shifted is not None else None


def shift_date(anchor: PartialDate, unit: str, offset: int, *, exact: bool = False
               ) -> PartialDate | None:
    """``anchor`` moved by ``offset`` days, weeks, months or years (``unit``), at the
    precision that unit needs ("a day after" needs a day, "two years after" a year), or
    None when ``anchor`` is too coarse for it. ``exact`` years keep the anchor's month and
    day ("exactly two years after"; None from 29 February to a year without one).

    >>> shift_date(PartialDate(1963, 6, 16), "day", -1).iso()
    '1963-06-15'
    >>> shift_date(PartialDate(1968, 9), "month", 3).iso()
    '1968-12'
    >>> shift_date(PartialDate(1970), "day", 5) is None
    True
    >>> shift_date(PartialDate(1959, 10, 4), "year", -2, exact=True).iso()
    '1957-10-04'
    """
    if exact and unit == "year" and anchor.month is not None:
        try:
            return replace(anchor, year=anchor.year + offset)
        except ValueError:  # 29 February
            return None
    shifted = _shift(anchor, _Pending(0, 0, rel_unit=unit, rel_offset=offset))
    return None if shifted is None else shifted[0]


# "In June 1971 … Soyuz 11, launched on the 16th": a day of the month named alone, after
# "on the", and followed by what cannot make it an ordinal of a noun ("on the 16th orbit")
_DAY_OF_THE_MONTH_RE = re.compile(
    r"\b[Oo]n[ \t]+the[ \t]+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    rf"(?=[ \t]*(?:[.,;:)!?—–]|-[ \t]|\Z)|[ \t]+(?:{DAY_ALONE_FOLLOWERS}|"
    r"of[ \t]+(?:that|the[ \t]+same)[ \t]+month)\b)")
# the next day of a list of them: "on the 8th and the 14th, respectively"
_AND_DAY_OF_THE_MONTH_RE = re.compile(
    r"[ \t]*(?:,|,?[ \t]+and)[ \t]+the[ \t]+(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    rf"(?=[ \t]*(?:[.,;:)!?—–]|-[ \t]|\Z)|[ \t]+(?:{DAY_ALONE_FOLLOWERS}|respectively)\b)")
_DAY_OF_THE_MONTH_REACH = 400  # how far back the month it belongs to may be named


def _with_days_of_the_month(text: str, raw: list[DateMention | _Pending]
                            ) -> list[DateMention | _Pending]:
    """``raw`` with each day named alone ("launched on the 16th") as a pending day of the
    month named last (see :func:`_resolve_one`)."""
    days = []
    for m in _DAY_OF_THE_MONTH_RE.finditer(text):
        days.append(_Pending(m.start("day"), m.end(), day=int(m.group("day"))))
        days += [_Pending(listed.start("day"), listed.end(), day=int(listed.group("day")))
                 for listed in chained_matches(_AND_DAY_OF_THE_MONTH_RE, text, m.end())]
    taken = [(r.start, r.end) for r in raw]
    days = [d for d in days if not any(s < d.end and d.start < e for s, e in taken)]
    return sorted([*raw, *days], key=lambda r: r.start) if days else raw


def _resolve(text: str, raw: list[DateMention | _Pending]) -> list[DateMention]:
    """Give yearless and relative mentions their dates from the mentions before them."""
    out: list[DateMention] = []
    guessed: set[int] = set()  # where the dates whose year is a guess start
    skip = False
    for i, item in enumerate(raw):
        following = raw[i + 1] if i + 1 < len(raw) else None
        if skip:
            skip = False
            continue
        if isinstance(item, DateMention):
            out.append(item)
            continue
        resolved = _resolve_one(text, item, out)
        # (not over a year the sentence gave before: "Soyuz 31, launched 26 July 1978 with
        # Jähn, who landed on 3 September; and Soyuz 38, launched 18 September 1980")
        dated_before = resolved is not None and resolved.resolved_from is not None and (
            not _SENTENCE_END_RE.search(text, resolved.resolved_from, item.start))
        if _listed_before(text, item, following) or (not dated_before and (
                _dated_later_that_month(text, item, following))):
            # "on May 19 and May 30, 1971": a listed day takes the year of the last; "was
            # scheduled to launch on 20 February; it finally lifted off on 24 February
            # 2023": the sentence's later day of that month gives the year
            date = _safe_date(following.date.year, item.month, item.day)  # type: ignore[union-attr]
            if date is not None:
                resolved = _mention(text, item.start, item.end, date, "absolute")
        elif _year_of_day(text, item, following) and following.rel_offset == 0:  # type: ignore[union-attr]
            # "15 December that year": the year the day resolves to (which may be the
            # story's, not the last date's: "… lifted off on January 24 that year"), said
            # once, and not rolled on past its anchor's year as a later day would be
            if resolved is not None:
                anchor = next((m for m in out if m.start == resolved.resolved_from), None)
                date = resolved.date
                if anchor is not None and anchor.date.year != date.year:
                    date = _safe_date(anchor.date.year, date.month, date.day) or date
                resolved = replace(resolved, date=date, end=following.end,  # type: ignore[union-attr]
                                   text=text[resolved.start:following.end])  # type: ignore[union-attr]
                skip = True
        elif _year_of_day(text, item, following):
            # "24 January of the following year": the day in the year the phrase gives
            year = _resolve_one(text, following, out)  # type: ignore[arg-type]
            date = _safe_date(year.date.year, item.month, item.day) if year else None
            if year is not None and date is not None:
                # "late 1977 … 24 January of the following year": the anchor's year is
                # certain though its month is not, so the day is exact
                anchor = next(m for m in out if m.start == year.resolved_from)
                approx = year.approx and not anchor.text.lower().startswith(tuple(_PART_WORDS))
                resolved = replace(_mention(text, item.start, year.end, date, "relative",
                                            resolved_from=year.resolved_from), approx=approx)
                skip = True
        if resolved is not None and resolved.kind == "yearless" and item.day is not None:
            resolved = _year_by_weekday(text, resolved)
        if resolved is not None:
            if resolved.kind == "relative" and resolved.resolved_from in guessed:
                resolved = replace(resolved, year_guessed=True)
            if resolved.kind == "yearless" or resolved.year_guessed:
                guessed.add(resolved.start)
            out.append(resolved)
    return out


# A weekday right before a day: "Thursday 21 March", "Sat., 23 March"
_WEEKDAY_BEFORE_RE = re.compile(rf"\b(?P<day>{_WEEKDAY_NAME})\.?,?[ \t]+(?:the[ \t]+)?\Z")


def _year_by_weekday(text: str, d: DateMention) -> DateMention:
    """A yearless day given the year next to the one it resolved to where only there
    is it the weekday the writer names: "Our launch was scheduled for Thursday 21 March",
    after a mention of February 2023, is in 2024 (21 March 2023 was a Tuesday)."""
    told = _WEEKDAY_BEFORE_RE.search(text, max(0, d.start - 16), d.start)
    if told is None or d.date.month is None or d.date.day is None:
        return d
    weekday = next(n for n, w in enumerate(_WEEKDAYS) if w.startswith(
        told.group("day")[:3].lower()))
    for year in (d.date.year, d.date.year + 1, d.date.year - 1):
        when = _safe_date(year, d.date.month, d.date.day)
        if when is not None and _date(year, d.date.month, d.date.day).weekday() == weekday:
            return d if year == d.date.year else replace(d, date=when)
    return d


_DAY_LIST_GAP_RE = re.compile(r"[ \t]*(?:,[ \t]*(?:and|or)?|and|or|&)[ \t]+(?:on[ \t]+)?"
                              r"(?:the[ \t]+)?")


_LATER_SAME_MONTH_REACH = 100  # characters from a yearless day to a dated one after it


def _dated_later_that_month(text: str, item: _Pending,
                            following: DateMention | _Pending | None) -> bool:
    """Whether a yearless day is followed, in its sentence, by a dated day later in the
    same month, which tells its year ("scheduled for 20 February; it lifted off on 24
    February 2023")."""
    return (item.rel_unit is None and item.month is not None and item.day is not None
            and isinstance(following, DateMention) and following.kind == "absolute"
            and following.date.month == item.month and following.date.day is not None
            and following.date.day > item.day and following.end_date is None
            and following.start - item.end <= _LATER_SAME_MONTH_REACH
            and not _SENTENCE_END_RE.search(text, item.end, following.start))


def _listed_before(text: str, item: _Pending, following: DateMention | _Pending | None
                   ) -> bool:
    """Whether a yearless day is listed before a dated day ("May 19 and May 30, 1971",
    "19 May, 30 May 1971"), whose year it then shares."""
    return (item.rel_unit is None and item.month is not None and item.day is not None
            and isinstance(following, DateMention) and following.kind == "absolute"
            and following.date.day is not None and following.end_date is None
            and _DAY_LIST_GAP_RE.fullmatch(text, item.end, following.start) is not None)


_DAY_YEAR_GAP_RE = re.compile(r"(?:,?[ \t\n]+(?:of|in)?[ \t\n]*)")


def _year_of_day(text: str, item: _Pending, following: DateMention | _Pending | None
                 ) -> bool:
    """Whether a yearless day is followed by the relative year it is in ("24 January of
    the following year", "5 May the next year", "15 December that year")."""
    return (item.rel_unit is None and item.month is not None and item.day is not None
            and isinstance(following, _Pending) and following.rel_unit == "year"
            and _DAY_YEAR_GAP_RE.fullmatch(text, item.end, following.start) is not None)


_COMMEMORATION_RE = re.compile(r"\b(?:anniversary|anniversaries|jubilee|commemorat\w*|"
                               r"celebrat\w*)\b[^.;!?]*\Z", re.IGNORECASE)


# An aside naming when something named in passing began: "under the Interkosmos
# programme, set up in 1967"
_FOUNDED_ASIDE_RE = re.compile(r",\s*(?:set\s+up|founded|established|created|formed)\s+in\s+\Z",
                               re.IGNORECASE)


def _commemorated(text: str, mention: DateMention) -> bool:
    """Whether ``mention`` dates a commemoration told in its clause ("its 50th anniversary
    was marked across the country in 2021"), or an aside's founding ("the Interkosmos
    programme, set up in 1967"): not the year the story goes on in."""
    start = mention.start
    return _COMMEMORATION_RE.search(text, max(0, start - 80), start) is not None or (
        _FOUNDED_ASIDE_RE.search(text, max(0, start - 30), start) is not None)


_SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")


def _in_closed_aside(text: str, mention: DateMention, pos: int) -> bool:
    """Whether ``mention`` is inside a clause of its own set off by dashes that closes
    before ``pos``, in its sentence ("Jean-Loup I knew — he flew there in '81, the first
    Frenchman — and he had come up to Mir in November": not 1981's November), or a date
    counted from ("— the first since Luna 24 in 1974 —"). A gloss on
    what was just named ("Luna 9 — launched 31 January 1966 — landed on 3 February") is no
    digression: it anchors what follows."""
    begin = max(0, mention.start - 150)
    ends = list(_SENTENCE_END_RE.finditer(text, begin, mention.start))
    begin = ends[-1].end() if ends else begin
    opening = list(_ASIDE_DASH_RE.finditer(text, begin, mention.start))
    if len(opening) % 2 == 0 or not (_ASIDE_CLAUSE_RE.match(text, opening[-1].end()) or (
            _ASIDE_COUNTED_FROM_RE.search(text, opening[-1].end(), mention.start))):
        return False
    after = text[mention.end:pos]
    return not _SENTENCE_END_RE.search(after) and _ASIDE_DASH_RE.search(after) is not None


_ASIDE_DASH_RE = re.compile(r" [—–-] |—")
# A person opening the aside's own clause ("— he flew there in '81 —"); "it" would be the
# thing just named, and a gloss on it
_ASIDE_CLAUSE_RE = re.compile(r"(?:he|she|they|we|I)\s")
# An aside whose date is of an event counted from ("— Russia's first Moon mission since Luna
# 24 in 1974 —"), not the story's
_ASIDE_COUNTED_FROM_RE = re.compile(r"\b(?:since|after|before)\b", re.IGNORECASE)


# What a date is counted from or began at, looking back from the story: "in orbit since
# September 1978", "the first since Apollo-Soyuz in July 1975", "a stay that had begun in
# January 1994"
_COUNTED_FROM_RE = re.compile(r"\b(?:since|had\s+(?:begun|started))\b[^.;:!?()—–]{0,30}\Z",
                              re.IGNORECASE)


def _counted_from(text: str, mention: DateMention) -> bool:
    """Whether ``mention`` is a date the story counts from, not one it has reached: the
    year of a yearless day after it is the story's, not this one's."""
    return _COUNTED_FROM_RE.search(text, max(0, mention.start - 40), mention.start) is not None


def _anchor_date(mention: DateMention) -> PartialDate | None:
    if mention.kind == "decade":
        return None
    return mention.end_date or mention.date


_THAN_AFTER_RE = re.compile(r"[ \t]+than\b")


def _resolve_one(text: str, p: _Pending, done: list[DateMention]) -> DateMention | None:
    if not done:
        return None
    if p.rel_unit is None and p.month is None:
        return _day_of_the_month(text, p, done)
    if p.rel_unit is None:
        # "Salyut 1 was launched on 19 April 1971, and its 50th anniversary was marked in
        # 2021. … In June the Soyuz 11 crew …": a commemoration's year is not the story's
        last = next((d for d in reversed(done) if not _commemorated(text, d)
                     and not _in_closed_aside(text, d, p.start)
                     and not _counted_from(text, d)), done[-1])
        if last.kind == "decade" or last.end_date is not None or p.month is None:
            return None
        year = last.date.year + _year_turned(text, last, p)
        date = _safe_date(year, p.month, p.day)
        if date is None:
            return None
        return replace(_mention(text, p.start, p.end, date, "yearless",
                                resolved_from=_anchor_start(last)),
                       alternative=_other_story_year(text, p, done, year),
                       after_date=done[-1].start if done[-1].kind in ("absolute", "year")
                       else None)
    if _THAN_AFTER_RE.match(text, p.end):
        return None  # "a week later than planned": a delay, not a day counted from another
    candidates = [done[-1]]
    if p.rel_apposition_ok and _APPOSITION_GAP_RE.match(text, done[-1].end, p.start):
        # "In May 1961, one month later": the phrase restates May 1961, so it is anchored
        # on the closest earlier mention precise enough for it (the two can then be checked).
        candidates = done[-2 : -2 - _APPOSITION_LOOKBACK : -1]
    for anchor_mention in candidates:
        anchor = _anchor_date(anchor_mention)
        if anchor is not None and (shifted := _shift(anchor, p)) is not None:
            break
    else:
        return None
    date, approx = shifted
    if p.rel_unit == "year" and not p.rel_keep and _to_the_day(text, p.start, p.end) and (
            exact := shift_date(anchor, "year", p.rel_offset, exact=True)) is not None:
        date = exact  # "twenty-nine years later to the day"
    # "less than a month later", "some years later": a bound or a guess, not a date
    hedged = HEDGED_RELATIVE_RE.search(text, max(0, p.start - 20), p.start) is not None
    counted = p.rel_counted and p.rel_unit == "year" and anchor.month is not None
    return replace(
        _mention(text, p.start, p.end, date, "relative", resolved_from=anchor_mention.start),
        approx=approx or hedged or anchor_mention.approx,
        elapsed_from=anchor if counted else None,
        elapsed_years=p.rel_offset if counted else 0,
    )


def _restating_ago(text: str, mention: DateMention, done: list[DateMention]) -> bool:
    """Whether ``mention`` is an "… ago" said after a dated day in its sentence, which it
    restates (maybe wrongly): "launched 19 April 1971 on a Proton-K, fifty years ago next
    month. Soyuz 11 … launched on 6 June" is June 1971, whatever fifty years ago was."""
    if mention.kind != "ago":
        return False
    before = next((d for d in reversed(done) if d.end <= mention.start), None)
    return before is not None and before.kind in ("absolute", "year") and (
        not _SENTENCE_OR_PARAGRAPH_END_RE.search(text, before.end, mention.start))


# (a line end inside a paragraph, as a wrapped or quoted text has them, ends no sentence)
_SENTENCE_OR_PARAGRAPH_END_RE = re.compile(r"[.!?]\s|\n[ \t]*\n")


def _other_story_year(text: str, p: _Pending, done: list[DateMention], year: int
                      ) -> PartialDate | None:
    """A yearless day in the year of the paragraph's latest earlier date of another year:
    "His chance came on 27 November 1980 … (in orbit since September 1978 …). They landed
    on 10 December": the last year named may be an aside's, and the writer's is then the
    one before it. Only days (not bare months) get one: a day and month that fit a record
    in that year are no accident."""
    if p.day is None:
        return None
    paragraph = text.rfind("\n\n", 0, p.start)
    other = next((d for d in reversed(done) if d.start > paragraph and d.kind in (
        "absolute", "year") and d.end_date is None and d.date.year != year
        and not _commemorated(text, d)), None)
    return None if other is None else _safe_date(other.date.year, p.month, p.day)


# A clause that looks back from the story's last date: "had been launched in January",
# "earlier that January"
_LOOKING_BACK_RE = re.compile(r"\b(?:had|earlier|before|previous|preceding|already|since)\b",
                              re.IGNORECASE)
_TURN_OF_YEAR_MONTHS = 5  # how far past a year's end a story's next yearless month may be
_THAT_YEARS_RE = re.compile(r"\bthat\s+\Z", re.IGNORECASE)


def _year_turned(text: str, last: DateMention, p: _Pending) -> int:
    """1 when a yearless month told after ``last`` is early in the next year ("launched on
    26 December 1974 … Its first crew went up on 11 January": January 1975), else 0. Only
    a month within five of the year's end counts ("… in September 1977. In January the
    first Progress …": 1978), and only told forward, not looking back
    ("had been launched in January"), nor from an article's or a news item's own date,
    which it tells the past of ("MINSK, Dec. 5 -- … when she launched in March")."""
    month = last.date.month
    assert p.month is not None
    if month is None or p.month >= month or p.month + 12 - month > _TURN_OF_YEAR_MONTHS or (
            last.kind == "dateline" or dateline([last], text) is not None):
        return 0
    if _THAT_YEARS_RE.search(text, max(0, p.start - 6), p.start):
        return 0  # "… December 1971, … sent on its way that May": the same year's
    clause = max(text.rfind(mark, last.end, p.start) for mark in (".", ";", "\n"))
    return 0 if _LOOKING_BACK_RE.search(text, max(last.end, clause), p.start) else 1


def _day_of_the_month(text: str, p: _Pending, done: list[DateMention]) -> DateMention | None:
    """A day named alone ("on the 16th"), in the month of the last date before it when that
    date names one month, in the same paragraph and not far back."""
    last = done[-1]
    if (last.kind == "decade" or last.end_date is not None or last.date.month is None
            or p.start - last.end > _DAY_OF_THE_MONTH_REACH
            or PARAGRAPH_BREAK_RE.search(text, last.end, p.start)):
        return None
    date = _safe_date(last.date.year, last.date.month, p.day)
    if date is None:
        return None
    return _mention(text, p.start, p.end, date, "yearless", resolved_from=_anchor_start(last))


def _anchor_start(last: DateMention) -> int | None:
    """Where the date a yearless mention takes its year from starts: ``last`` itself, or,
    when ``last`` is yearless too, the date it took its own year from."""
    return last.resolved_from if last.kind == "yearless" else last.start
