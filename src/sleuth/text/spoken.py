"""Dates said in words, as in transcripts and talk: "April twelfth, sixty-one", "in
ninety-five and ninety-seven", "October twenty-eighteen", "March two thousand and one",
and days named by their feast ("Christmas Day 1974").

:func:`spoken_dates` finds them and :func:`with_digits` writes each as digits *in place*,
padded with spaces to the same length ("April twelfth, sixty-one" → "April      12,
     1961"), so that the date reader (:mod:`sleuth.text.dates`) reads them as it reads
written dates and every position in the text stays where it was.

A year said as two words ("sixty-one") is read as a year only where a year is expected:
after a month ("April sixty-seven"), after "in", "since", "until", "by", "from", "early",
"mid", "late", after a period "of" ("the spring of eighty-one", "the end of eighty-nine"),
or listed after another such year ("in ninety-five and ninety-seven"); and only from
fifty to ninety-nine (1950 to 1999), the years space history talks of in that short way.
Forms that cannot be counts ("nineteen sixty-one", "twenty-nineteen") need no such place.
None is read when a noun follows that makes it a count ("in sixty-one days", "fifty-one
point six degrees").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sleuth.text._regex import chained_matches, fold_case, trie_pattern
from sleuth.text.numbers import ORDINALS, TENS, UNITS, parse_number_words, parse_ordinal

_UNIT = trie_pattern([w for w, n in UNITS.items() if 1 <= n <= 9])
_TEEN = trie_pattern([w for w, n in UNITS.items() if 10 <= n <= 19])
_LATE_TENS = trie_pattern([w for w, n in TENS.items() if n >= 50])
_ANY_TENS = trie_pattern(TENS)
_ORDINAL_DAY = (rf"(?:(?:twenty|thirty)[- ])?{trie_pattern(ORDINALS)}")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_MONTH = f"(?:{'|'.join(_MONTH_NAMES)})"

_YEAR_RE = re.compile(
    rf"""(?<![\w-])(?:
        (?P<nineteen>nineteen[- ](?P<n_tens>{_ANY_TENS})(?:[- ](?P<n_unit>{_UNIT}))?)
      | (?P<twenty>twenty[- ](?:(?P<t_teen>{_TEEN})
            |(?P<t_tens>{_ANY_TENS})(?:[- ](?P<t_unit>{_UNIT}))?))
      | (?P<thousand>two\s+thousand(?:\s+and\s+
            (?P<k_rest>{_ANY_TENS}(?:[- ]{_UNIT})?|{_TEEN}|{_UNIT})(?![\w-]))?)
      | (?P<short>(?P<s_tens>{_LATE_TENS})(?:[- ](?P<s_unit>{_UNIT}))?)
    )(?![\w-])""",
    re.VERBOSE)  # run on case-folded text (_regex.fold_case)
_YEAR_ANY_CASE_RE = re.compile(_YEAR_RE.pattern, re.VERBOSE | re.IGNORECASE)
# Where a short year or "two thousand" may stand: after a month and its day, a preposition,
# a period's "of", or another year and "and"
_YEAR_PLACE_RE = re.compile(
    rf"""(?:\b{_MONTH}(?:\s+(?:\d{{1,2}}|{_ORDINAL_DAY}))?\s*,?
      | \b(?i:in|since|until|till|by|from|early|mid|late|during|before|after)
      | \b(?i:spring|summer|autumn|fall|winter|end|start|beginning|middle|half|part|rest)\s+of
    )\s+(?:the\s+year\s+)?\Z""", re.VERBOSE)
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*)?(?:and|or|to|through)\s+\Z", re.IGNORECASE)
# What may follow a year: punctuation, the end, or a word that does not make it a count
_AFTER_YEAR_RE = re.compile(
    r"\s*(?:[.,;:?!)\"”’'—–]|-\s|\Z|(?i:and|or|to|when|with|on|in|at|from|after|before|but|"
    r"as|so|until|then|respectively|he|she|they|it|we|i|you|that|which|who|aboard|was|"
    r"were|had|the|a|an|came|saw|brought|followed|began|ended|also)\b)")  # "In 1980 came …"
_MONTH_RE = re.compile(rf"\b{_MONTH}\b")
# "April twelfth", "September the twelfth": the span takes "the", so the digits that
# stand in for it sit right after the month
_DAY_AFTER_MONTH_RE = re.compile(
    rf"\s+(?P<day>(?:the\s+)?{_ORDINAL_DAY})\b"
    # "In January the first of the Progress ships", "in June the first crew": an ordinal
    # of what follows, not the day
    r"(?!\s+(?:of\s+(?:the|a|an|his|her|its|their|our|my|these|"
    r"those|them|us)\b|(?:[a-z]+\s+)?(?:crews?|ships?|flights?|man|woman|people|persons?|"
    r"cargo|modules?|stations?|missions?|spacewalks?|landings?|launch(?:es)?|dockings?|"
    r"orbits?|time)\b))")
_DAY_BEFORE_MONTH_RE = re.compile(rf"\b(?P<day>(?i:{_ORDINAL_DAY}))\s+of\s+\Z")
# "the twenty-first and the fifteenth of December": a day listed before such a day
_LISTED_DAY_BEFORE_RE = re.compile(
    rf"\b(?P<day>(?i:{_ORDINAL_DAY}))\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?\Z")
# Words that may follow a day of the month named alone ("launched on the 16th and …"), and
# cannot make it the ordinal of a noun ("on the 16th orbit"); shared with sleuth.text.dates
DAY_ALONE_FOLLOWERS = "and|at|when|with|but|after|before|as|while|in"
# "launched on the sixteenth.": a day of the month named alone (see sleuth.text.dates)
_DAY_ALONE_RE = re.compile(
    rf"\b[Oo]n\s+the\s+(?P<day>(?i:{_ORDINAL_DAY}))(?=\s*[.,;:)!?—–]|\s+(?:"
    rf"{DAY_ALONE_FOLLOWERS})\b)")
# the next day of a list of them: "on the eighth and the fourteenth, respectively"
_AND_DAY_ALONE_RE = re.compile(
    rf"\s*(?:,|,?\s+and)\s+the\s+(?P<day>(?i:{_ORDINAL_DAY}))(?=\s*[.,;:)!?—–]|\s+(?:"
    rf"{DAY_ALONE_FOLLOWERS}|respectively)\b)")
_YEAR_WORDS = ("fifty", "sixty", "seventy", "eighty", "ninety", "nineteen", "twenty",
               "thousand")


@dataclass(frozen=True)
class SpokenDate:
    """A year or a day of the month said in words, at ``start``:``end``, and its number;
    for a feast day, the day and month it is ``written`` as instead."""

    start: int
    end: int
    value: int
    written: str = ""  # the digits and words it stands for, when not ``value`` alone


# Days named by the feast they fall on, as the dates they are ("Christmas Day 1974")
_FEASTS = {"Christmas Day": "25 December", "Christmas Eve": "24 December",
           "New Year's Day": "1 January", "New Year’s Day": "1 January",
           "New Year's Eve": "31 December", "New Year’s Eve": "31 December"}
_FEAST_RE = re.compile(r"\b(?:Christmas (?:Day|Eve)|New Year['’]s (?:Day|Eve))\b")


def spoken_dates(text: str) -> list[SpokenDate]:
    """The years and month days said in words in ``text``, in order."""
    folded = fold_case(text)
    lowered = folded if folded is not None else text.lower()
    found = []
    if any(word in lowered for word in _YEAR_WORDS):  # substring tests: fast, and rare
        found += _years(text, folded)
    if any(month in text for month in _MONTH_NAMES):
        found += _days(text)
    if "on the" in lowered:
        taken = {s.start for s in found}
        found += [d for d in _days_alone(text) if d.start not in taken]
    if "Christmas" in text or "New Year" in text:
        found += [SpokenDate(m.start(), m.end(), 0, _FEASTS[m.group()])
                  for m in _FEAST_RE.finditer(text)]
    return sorted(found, key=lambda s: s.start)


def with_digits(text: str, spoken: list[SpokenDate]) -> str:
    """``text`` with each spoken date written as digits, right-aligned in its own span."""
    parts = []
    last = 0
    for s in spoken:
        digits = s.written or str(s.value)
        if len(digits) > s.end - s.start:
            continue
        parts += [text[last:s.start], digits.rjust(s.end - s.start)]
        last = s.end
    parts.append(text[last:])
    return "".join(parts)


def _days(text: str) -> list[SpokenDate]:
    """ "April twelfth", "the second of November": ordinal days next to a month."""
    out = []
    starts = sorted(i for name in _MONTH_NAMES for i in _positions(text, name))
    for month in filter(None, (_MONTH_RE.match(text, i) for i in starts)):
        found = [_DAY_AFTER_MONTH_RE.match(text, month.end()),
                 _DAY_BEFORE_MONTH_RE.search(text, max(0, month.start() - 30), month.start())]
        for m in found:
            day = _day_number(m.group("day")) if m else None
            if m is not None and day is not None:
                out.append(SpokenDate(m.start("day"), m.end("day"), day))
        if found[1] is not None and out and out[-1].start == found[1].start("day"):
            out += _listed_days(text, out[-1].start)
    return out


def _listed_days(text: str, end: int) -> list[SpokenDate]:
    """The days listed before a day said before its month, last first."""
    out = []
    while (m := _LISTED_DAY_BEFORE_RE.search(text, max(0, end - 40), end)) is not None:
        day = _day_number(m.group("day"))
        if day is None:
            break
        out.append(SpokenDate(m.start("day"), m.end("day"), day))
        end = m.start("day")
    return out


def _days_alone(text: str) -> list[SpokenDate]:
    """ "on the sixteenth", and the days listed after it ("and the twenty-first")."""
    out = []
    for m in _DAY_ALONE_RE.finditer(text):
        day = _day_number(m.group("day"))
        if day is None:
            continue
        out.append(SpokenDate(m.start("day"), m.end("day"), day))
        for listed in chained_matches(_AND_DAY_ALONE_RE, text, m.end()):
            if (day := _day_number(listed.group("day"))) is None:
                break
            out.append(SpokenDate(listed.start("day"), listed.end("day"), day))
    return out


def _day_number(words: str) -> int | None:
    """The day of the month an ordinal says ("the twelfth" → 12), or None."""
    words = words.lower()
    if words.startswith("the"):
        words = words[3:].lstrip()
    day = parse_ordinal(words)
    return day if day is not None and 1 <= day <= 31 else None


def _positions(text: str, word: str) -> list[int]:
    out = []
    i = text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + len(word))
    return out


def _years(text: str, folded: str | None) -> list[SpokenDate]:
    out: list[SpokenDate] = []
    found = (_YEAR_RE.finditer(folded) if folded is not None
             else _YEAR_ANY_CASE_RE.finditer(text))
    for m in found:
        if not _AFTER_YEAR_RE.match(text, m.end()):
            continue  # "in sixty-one days", "fifty-one point six degrees"
        year = _year(m)
        if year is None:
            continue
        if m.group("short") or m.group("thousand"):
            before = text[max(0, m.start() - 40):m.start()]
            listed = out and _LIST_GAP_RE.fullmatch(text, out[-1].end, m.start())
            if not (_YEAR_PLACE_RE.search(before) or listed):
                continue
        out.append(SpokenDate(m.start(), m.end(), year))
    return out


def _year(m: re.Match[str]) -> int | None:
    if m.group("nineteen"):
        tens = TENS[m.group("n_tens").lower()]
        return 1900 + tens + (UNITS[m.group("n_unit").lower()] if m.group("n_unit") else 0)
    if m.group("twenty"):
        if m.group("t_teen"):
            return 2000 + UNITS[m.group("t_teen").lower()]
        tens = TENS[m.group("t_tens").lower()]
        return 2000 + tens + (UNITS[m.group("t_unit").lower()] if m.group("t_unit") else 0)
    if m.group("thousand"):
        rest = m.group("k_rest")
        value = parse_number_words(rest) if rest else 0
        return 2000 + int(value) if value is not None and value < 100 else None
    tens = TENS[m.group("s_tens").lower()]
    return 1900 + tens + (UNITS[m.group("s_unit").lower()] if m.group("s_unit") else 0)
