"""Readings from the exam paper and mark scheme (heldout63, scored blind in session 34),
on the real catalog: the person a time is counted from, and a landing counted between
two days the text tells."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_who_a_time_is_counted_from_is_not_in_the_crew(checker: Checker) -> None:
    text = "Two months after Gagarin, Gherman Titov flew Vostok 2."
    assert said(checker, text, "crew") == [("Vostok 2", "Gherman Titov", "supported")]
    assert said(checker, text, "launch_date") == [("Vostok 2", "1961-06", "contradicted")]
    # a flight told as whose it was still is: "… after Valery Bykovsky's Vostok 5"
    assert said(checker, "Vostok 6 was launched two days after Valery Bykovsky's Vostok 5.",
                "crew") == [("Vostok 5", "Valery Bykovsky", "supported")]


def test_days_between_two_told_days_are_no_flight_length(checker: Checker) -> None:
    text = ("Luna 9, which landed on 3 February 1966, three days after its launch on 31 "
            "January, sent the first pictures from the Moon's surface.")
    # the mission ran on to 6 February: the three days are its trip, not its length
    assert said(checker, text, "duration") == []
    assert said(checker, text, "launch_date") == [("Luna-9", "1966-01-31", "supported")]
