"""Dates a sentence gives by placing one event against another, on the real catalog:
"a day after Valery Bykovsky's Vostok 5", "exactly two years after Sputnik 1"; a flight
that "circled the Earth" (a launch, and a length when said of a person); and "she" or
"they" after a clause break, dated by the crafts named with them."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.model import PartialDate
from sleuth.text.dates import shift_date
from tests.checker.claims import claims_of

pytestmark = pytest.mark.integration


def _dated(checker: Checker, text: str, prop: str = "launch_date") -> list[tuple[str, str, str]]:
    return [(c.subject_name, c.value, c.verdict) for c in claims_of(checker, text, prop)]


def test_shift_date_keeps_the_precision_its_unit_needs() -> None:
    assert shift_date(PartialDate(1963, 6, 16), "day", -1) == PartialDate(1963, 6, 15)
    assert shift_date(PartialDate(1970, 9), "year", 4) == PartialDate(1974)
    assert shift_date(PartialDate(1968, 9), "week", 2) is None  # a week needs the day


def test_a_day_after_another_craft_dates_that_craft(checker: Checker) -> None:
    text = ("Tereshkova became the first woman in space when Vostok 6 was launched on 16 June "
            "1963, a day after Valery Bykovsky's Vostok 5.")
    assert _dated(checker, text) == [("Vostok 6", "1963-06-16", "supported"),
                                     ("Vostok 5", "1963-06-15", "contradicted")]
    text = "Phobos 2 left Baikonur on 12 July 1988, five days after Phobos 1."
    assert ("Fobos-1", "1988-07-07", "supported") in _dated(checker, text)


def test_exactly_years_after_keeps_the_day_and_years_after_the_year(checker: Checker) -> None:
    text = "Luna 3 followed on 4 October 1959, exactly two years after Sputnik 1."
    assert ("Sputnik 1", "1957-10-04", "supported") in _dated(checker, text)
    text = "Luna 3 followed on 4 October 1959, two years after Sputnik 1."
    assert ("Sputnik 1", "1957", "supported") in _dated(checker, text)


def test_the_date_before_an_offset_is_not_the_later_events(checker: Checker) -> None:
    text = ("The heavy Angara-A5 made its debut from Vostochny on 23 December 2014, ten years "
            "after Soyuz-2 first flew, from Plesetsk.")
    assert not [d for d in _dated(checker, text) if d[1] == "2014-12-23"]


def test_a_person_who_circled_the_earth_launched_and_flew_that_long(checker: Checker) -> None:
    text = "On 12 April 1961 Yuri Gagarin circled the Earth in 108 minutes."
    assert _dated(checker, text) == [("Yuri Gagarin", "1961-04-12", "supported")]
    assert _dated(checker, text, "duration") == [("Yuri Gagarin", "108 min", "supported")]
    assert claims_of(checker, text, "orbital_period") == []
    period = "Sputnik 1 circled the Earth in 96 minutes."
    assert _dated(checker, period, "orbital_period") == [("Sputnik 1", "96 min", "supported")]


def test_she_after_a_semicolon_is_the_woman_of_the_clause_before(checker: Checker) -> None:
    text = ("Helen Sharman became the first Briton in space when Soyuz TM-12 lifted off on "
            "18 May 1991 with Anatoly Artsebarsky and Musa Manarov; she landed eight days later.")
    assert _dated(checker, text, "landing_date") == [("Helen Sharman", "1991-05-26", "supported")]


def test_they_are_dated_by_the_craft_they_were_named_with(checker: Checker) -> None:
    text = ("On 13 March Leonid Kizim and Oleg Atkov set off in Soyuz T-15 to open Mir. "
            "They landed on 16 July 1986 after 125 days.")
    [landing] = claims_of(checker, text, "landing_date")
    assert (landing.value, landing.verdict) == ("1986-07-16", "supported")
    assert landing.expected.startswith("1986-07-16")  # the supporting fact first
