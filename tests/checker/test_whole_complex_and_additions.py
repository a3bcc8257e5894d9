"""A station with its modules referred to as "the whole complex" (not the module named
last, even with an apposition before its verb), and a module's place told as "the second
addition" (to the station). Lines written here; verdicts on the real catalog (Mir's core
went up in February 1986, Kvant-1 in 1987, Kvant-2 in 1989, Kristall in 1990; Mir came
down on 23 March 2001)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

KRISTALL = ("Mir was launched in 1986. Kristall, launched in May 1990, was the third "
            "addition; the whole complex, built and run by NPO Energia, was deorbited on "
            "23 March 2001, after fifteen years in orbit.")


@pytest.mark.integration
def test_the_whole_complex_is_the_station(checker: Checker) -> None:
    assert said(checker, KRISTALL, "reentry_date") == [("Mir", "2001-03-23", "supported")]
    assert said(checker, KRISTALL, "duration") == [("Mir", "15 years", "supported")]


@pytest.mark.integration
def test_a_launch_complex_is_no_station(checker: Checker) -> None:
    text = "Mir was launched in 1986. Soyuz 1 left the Baikonur launch complex on 23 April 1967."
    assert said(checker, text, "launch_date") == [("Mir", "1986", "supported"),
                                                  ("Soyuz 1", "1967-04-23", "supported")]


@pytest.mark.integration
def test_a_modules_place_as_an_addition(checker: Checker) -> None:
    assert said(checker, KRISTALL, "first") == [("Kristall", "third addition", "supported")]
    text = "Mir was launched in 1986. Kristall was the second addition to Mir."
    assert said(checker, text, "first") == [
        ("Kristall", "second addition to Mir", "contradicted")]
