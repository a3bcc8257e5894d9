"""Context checks shared by the finders (private to :mod:`sleuth.text`)."""

from __future__ import annotations

import re

# (not after a tab, a table's cell break, nor after a name already numbered: "T-6 24 June")
_DESIGNATION_BEFORE_RE = re.compile(r"(?<![\w'’])([A-Z]\w*(?:-\w+)*)(?<!\d) +\Z")

COMMON_CAPITALIZED = frozenset(
    """
    The A An In On At For After About Around Over Under Nearly Almost Some Only Just All Its
    His Her Their Our Your My This That These Those Roughly Approximately Within During With
    By Of From Between Spent Lasting Each Every Another Up Less More Than Fewer Below Above
    Until Since Before And Or But Then Also Both Exactly Total Earth Moon Mars Sun Through
    Throughout Circa Early Late Mid Spring Summer Autumn Fall Winter Late Again Still Even
    Orbit Perigee Apogee Period Inclination Altitude Height Mass Weight Duration
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs
    Fri Sat
    """.split()  # noqa: SIM905 - a word list reads best as text
)
"""Capitalised words that may stand right before a number without naming a thing."""


def follows_designation(text: str, start: int) -> bool:
    """True when the number at ``start`` is part of a name such as "Vostok 6" or "Kosmos 1961".

    The test is deliberately simple: the number directly follows a capitalised word (or a
    hyphenated name such as "Soyuz-TM") that is not an ordinary sentence word ("In", "The" …,
    also in capitals: "APOGEE 372 KM") nor a verb's past form ("Launched 17 Aug 1970",
    "LANDED 15 DEC 1970", as fact sheets and captions write).

    >>> follows_designation("Vostok 6", 7), follows_designation("LAUNCHED 17 AUG 1970", 9)
    (True, False)
    """
    m = _DESIGNATION_BEFORE_RE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    return not (word in COMMON_CAPITALIZED or word.capitalize() in COMMON_CAPITALIZED
                or (len(word) > 4 and word[-2:] in ("ed", "ED")))
