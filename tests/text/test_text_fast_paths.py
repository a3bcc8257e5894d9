"""The text finders' fast paths find exactly what the plain regex searches find."""

from __future__ import annotations

import re
import sys

import pytest

from sleuth.claims.extract import DATE_TRIGGERS, FOLDED_DATE_TRIGGERS, FOLDED_TRIGGER_WORDS
from sleuth.text import quantities
from sleuth.text._regex import fold_case, literal_starts
from sleuth.text.quantities import find_quantities
from sleuth.text.segment import sentences

TRICKY = [
    "A dozen orbits, an hundred km and a \t thousand kilograms; twenty-two minutes.",
    "ſix days, ſeventeen orbits, fırst flight, FİRST, \u212aM and 1,000 km",
    "It spent SEVEN DAYS in orbit, Two Hundred And Eight revolutions, 3.5 tonnes.",
    "Kosmos 1961 was no duration; 1961 orbits; soyuz-19 flew for 5 days and 22 hours.",
    "between 215 and 940 km, 215–940 km, from 200 to 300 miles, about 96 minutes",
    "someone often written as tentatively done: no numbers here",
    "It LANDED, soft-landed and RE-ENTERED; Luna 2 hit the Moon after it was Launched and "
    "fLEW, then de-orbited; the agency was Founded, Dock-ing ſoft-landing fırst",
]


def test_fold_case_matches_as_ignorecase_does() -> None:
    every = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if len(c.lower()) == 1)
    folded = fold_case(every)
    assert folded is not None and len(folded) == len(every)
    for cls in (r"\w", r"\d", r"\s", r"\b"):  # lowering keeps every character's class
        assert ([m.start() for m in re.finditer(cls, every)]
                == [m.start() for m in re.finditer(cls, folded)]), cls
    letters = [m.start() for m in re.finditer("[a-z]", every, re.IGNORECASE)]
    assert letters == [m.start() for m in re.finditer("[a-z]", folded)]
    for i in letters:
        assert re.fullmatch(folded[i], every[i], re.IGNORECASE), hex(ord(every[i]))
    assert fold_case("Sputnik ſ ı K") == "sputnik s i k"
    assert fold_case("İ") is None


@pytest.mark.parametrize("text", TRICKY)
def test_folded_date_triggers_find_the_same(text: str) -> None:
    folded = fold_case(text)
    if folded is None:
        return
    for (_, pattern), (_, fast) in zip(DATE_TRIGGERS, FOLDED_DATE_TRIGGERS, strict=True):
        assert fast.pattern == fast.pattern.lower() and not fast.flags & re.IGNORECASE
        assert ([m.span() for m in pattern.finditer(text)]
                == [m.span() for m in fast.finditer(folded)])


@pytest.mark.parametrize("text", TRICKY)
def test_trigger_words_are_in_every_trigger_match(text: str) -> None:
    folded = fold_case(text)
    if folded is None:
        return
    for (_, fast), words in zip(FOLDED_DATE_TRIGGERS, FOLDED_TRIGGER_WORDS, strict=True):
        for m in fast.finditer(folded):
            assert any(word in m.group() for word in words), (m.group(), words)


def test_literal_starts() -> None:
    assert literal_starts(re.compile(r"\b(?:dock(?:ed)?|re-?entry|soft[- ]land|(?:in)?to)\b")
                          ) == ("dock", "reentry", "re-entry", "soft", "")
    # an optional character gives a start with and without it
    assert literal_starts(re.compile(r"de-?orbit|x?y|ab?")) == (
        "deorbit", "de-orbit", "y", "xy", "a", "ab")
    assert literal_starts(re.compile(r"ab|c[|(]d|e\|f|(g|h)i|j+k|l{2}")) == (
        "ab", "c", "e", "", "j", "")
    assert literal_starts(re.compile(r"\b(?:a)|(?:b)\b")) == ("", "")
    assert literal_starts(re.compile("dock", re.IGNORECASE)) == ("",)


@pytest.mark.parametrize("text", TRICKY)
def test_quantities_as_found_by_plain_search(text: str) -> None:
    expected = []
    pos = 0
    while pos < len(text):  # the straightforward loop the candidate starts replace
        m = quantities._ITEM_RE.search(text, pos)
        if m is None:
            break
        q = quantities._quantity_at(text, m)
        if q is None:
            pos = m.start("num") + max(1, len(m.group("num").split()[0]))
        elif expected and q.start < expected[-1].end:
            pos = m.end()
        else:
            expected.append(q)
            pos = q.end
    assert find_quantities(text) == expected


def test_footnote_mark_and_closing_quote_end_sentences() -> None:
    text = 'It reached orbit.12 Next it turned. "Done!" She said? Yes… Then'
    assert [text[a:b] for a, b in sentences(text)] == [
        "It reached orbit.12", "Next it turned.", '"Done!"', "She said?", "Yes…", "Then"]
