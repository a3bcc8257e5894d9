"""Numbers as people write them: digits, grouped digits and English number words.

``parse_number_words`` turns "twenty-two", "one hundred and eight", "a dozen", "1,000" or
"1.5 million" into a float. ``parse_number`` also returns the *step* of the last written
digit ("83.6" → 0.1, "1,000" → 1, "1.5 million" → 100 000), which callers use to turn a
written number into the interval the writer's precision implies.

``NUMBER_PATTERN`` is a regex fragment (no groups) matching any number this module can parse;
other modules embed it so that what they find is exactly what this module can read.
"""

from __future__ import annotations

import re
from types import MappingProxyType

from sleuth.text._regex import trie_pattern

UNITS: MappingProxyType[str, int] = MappingProxyType(
    {
        "zero": 0,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
    }
)
"""Cardinal words below twenty."""

TENS: MappingProxyType[str, int] = MappingProxyType(
    {
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    }
)
"""Cardinal words for the multiples of ten."""

SCALES: MappingProxyType[str, int] = MappingProxyType(
    {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
)
"""Scale words; "million" and "billion" also follow digits ("1.5 million")."""

ORDINALS: MappingProxyType[str, int] = MappingProxyType(
    {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
        "eleventh": 11,
        "twelfth": 12,
        "thirteenth": 13,
        "fourteenth": 14,
        "fifteenth": 15,
        "sixteenth": 16,
        "seventeenth": 17,
        "eighteenth": 18,
        "nineteenth": 19,
        "twentieth": 20,
        "thirtieth": 30,
        "fortieth": 40,
        "fiftieth": 50,
        "sixtieth": 60,
        "seventieth": 70,
        "eightieth": 80,
        "ninetieth": 90,
        "hundredth": 100,
        "thousandth": 1_000,
        "millionth": 1_000_000,
    }
)
"""Ordinal words (the last word of a compound ordinal such as "twenty-first")."""

NUMBER_WORDS: frozenset[str] = frozenset([*UNITS, *TENS, *SCALES, "dozen"])
"""Every word that can be part of a written cardinal number."""

# (a decimal comma, "88,7 minutes" as written in Russian, has one or two digits after it;
# a thousands comma three)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?"
_DECIMAL_COMMA_RE = re.compile(r"^\d+,\d{1,2}$")
_WORD = trie_pattern([*UNITS, *TENS, *SCALES])
# (a number said in words may be wrapped onto the next line: "four hundred and" ¶
# "thirty-seven days")
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_WORD_SEQ = (
    rf"(?:an?[ \t]+(?:dozen|hundred|thousand|million)|{_WORD}(?:[ \t]+dozen)?)"
    rf"(?:(?:{_GAP}|-|(?<=hundred){_GAP}and{_GAP}|(?<=thousand){_GAP}and{_GAP}){_WORD})*"
)

# the digits said after "point": "four point seven", "fifty-one point six"
_DECIMAL_DIGITS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                   "six": 6, "seven": 7, "eight": 8, "nine": 9}
_SPOKEN_DECIMAL = rf"(?:[ \t]+point(?:[ \t]+{trie_pattern(_DECIMAL_DIGITS)})+\b)"

NUMBER_PATTERN = (
    rf"(?:(?:{_DIGITS})(?:[ \t]+(?:million|billion))?|\b(?:{_WORD_SEQ}|dozen)\b"
    rf"{_SPOKEN_DECIMAL}?)"
    r"(?:[ \t]+and[ \t]+a[ \t]+half\b)?"
)
"""Regex fragment (use with re.IGNORECASE, no capturing groups) for one written number."""

_DIGITS_RE = re.compile(rf"^(?:{_DIGITS})$")
_SPLIT_RE = re.compile(r"[\s-]+")
_HALF_RE = re.compile(r"\s+and\s+a\s+half$", re.IGNORECASE)
_DIGIT_SCALE_RE = re.compile(
    rf"^(?P<num>{_DIGITS})\s+(?P<scale>million|billion|thousand)$", re.IGNORECASE
)
_ORDINAL_DIGITS_RE = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)


def _digit_step(digits: str) -> float:
    """The step of the last written digit of a plain decimal ("83.6" → 0.1, "1,000" → 1)."""
    _, dot, frac = digits.partition(".")
    return 10.0 ** -len(frac) if dot else 1.0


def _parse_words(words: list[str]) -> tuple[float, float] | None:
    """Value and step of a sequence of cardinal words, or None when it is not a number."""
    if words and words[0] in ("a", "an"):
        if len(words) == 1 or words[1] not in ("dozen", "hundred", "thousand", "million"):
            return None
        words = ["one", *words[1:]]
    total = 0
    current = 0
    step = 1.0
    last: str | None = None  # "unit", "teen", "tens", "scale"
    for word in words:
        if word == "and":
            if last != "scale":
                return None
            continue
        if word == "dozen":
            current = (current or 1) * 12
            last = "scale"
            continue
        if word in UNITS:
            value = UNITS[word]
            kind = "teen" if value >= 10 else "unit"
            if last in ("unit", "teen") or (last == "tens" and kind == "teen"):
                return None
            current += value
            last = kind
        elif word in TENS:
            if last in ("unit", "teen", "tens"):
                return None
            current += TENS[word]
            last = "tens"
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
                if scale >= 1_000_000:
                    step = float(scale)
            last = "scale"
        else:
            return None
    if last is None:
        return None
    value = total + current
    if current:
        step = 1.0
    return float(value), step


def parse_number(text: str) -> tuple[float, float] | None:
    """Parse a written number into ``(value, step)`` or return None.

    ``step`` is the size of one unit in the last written digit: "96" → 1, "83.6" → 0.1,
    "1.5 million" → 100 000, "two million" → 1 000 000, "two and a half" → 0.5. Trailing
    zeros are taken at face value ("1,000" → step 1); "hundred" and "thousand" as words
    count like digits ("two hundred" → step 1).
    """
    s = text.strip().lower().replace("\u2011", "-")
    if not s:
        return None
    half = 0.0
    m = _HALF_RE.search(s)
    if m:
        s = s[: m.start()]
        half = 0.5
    if _DECIMAL_COMMA_RE.match(s):  # "88,7": 88.7
        s = s.replace(",", ".")
    if _DIGITS_RE.match(s):
        value = float(s.replace(",", ""))
        step = _digit_step(s)
    elif m2 := _DIGIT_SCALE_RE.match(s):
        num = m2["num"]
        scale = SCALES[m2["scale"].lower()]
        value = float(num.replace(",", "")) * scale
        step = _digit_step(num) * scale
    else:
        whole, point, decimals = s.partition(" point ")
        parsed = _parse_words(_SPLIT_RE.split(whole))
        if parsed is None:
            return None
        value, step = parsed
        if point:  # "four point seven": 4.7, to a tenth
            digits = decimals.split()
            if not digits or any(d not in _DECIMAL_DIGITS for d in digits):
                return None
            step = 10.0 ** -len(digits)
            value += sum(_DECIMAL_DIGITS[d] * 10.0 ** -(n + 1) for n, d in enumerate(digits))
    if half:
        return value + half, min(step, half)
    return value, step


def parse_count(text: str) -> int | None:
    """A whole number of things, at least one: "a" or "an" → 1, "66" → 66, "Sixty" → 60;
    None for anything else ("1.5", "none").

    >>> parse_count("an"), parse_count("twenty-nine"), parse_count("1.5")
    (1, 29, None)
    """
    if text.strip().lower() in ("a", "an"):
        return 1
    parsed = parse_number(text)
    if parsed is None or parsed[0] != int(parsed[0]) or parsed[0] < 1:
        return None
    return int(parsed[0])


def parse_number_words(text: str) -> float | None:
    """Parse "seventeen", "twenty-two", "one hundred and eight", "a dozen", "1,000", "2.5"
    or "1.5 million" into a float; None when the text is not a number."""
    parsed = parse_number(text)
    return None if parsed is None else parsed[0]


def parse_ordinal(text: str) -> int | None:
    """Parse "second" → 2, "3rd" → 3, "twenty-first" → 21; None when not an ordinal."""
    s = text.strip().lower()
    if m := _ORDINAL_DIGITS_RE.match(s):
        return int(m.group(1))
    words = [w for w in _SPLIT_RE.split(s) if w]
    if not words or words[-1] not in ORDINALS:
        return None
    last = ORDINALS[words[-1]]
    if len(words) == 1:
        return last
    head = _parse_words(words[:-1])
    if head is None:
        return None
    prefix = int(head[0])
    if last >= 100:
        return prefix * last
    if last < 10 and prefix % 10 == 0 and prefix % 100 != 0:
        return prefix + last  # twenty-first
    if prefix % 100 == 0:
        return prefix + last  # one hundred (and) first
    return None
