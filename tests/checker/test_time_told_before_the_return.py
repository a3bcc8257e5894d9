"""A flight's length may come first, in an opening phrase: "After nearly nine days he
returned in Soyuz TM-10" tells how long he was up, and that he came home in that ship;
so does "Eight days later she returned in …". Lines written here; verdicts on the real
catalog (Akiyama flew from 2 to 10 December 1990, 7 days 22 hours; Sharman from 18 to 26
May 1991)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

AKIYAMA = "Toyohiro Akiyama lifted off on 2 December 1990 aboard Soyuz TM-11. "


@pytest.mark.integration
def test_a_time_before_the_return_is_the_flights_length(checker: Checker) -> None:
    text = AKIYAMA + "After nearly nine days he returned in Soyuz TM-10."
    assert said(checker, text, "duration") == [("Toyohiro Akiyama", "9 days", "contradicted")]
    assert said(checker, text, "crew") == [
        ("Soyuz TM-11", "Toyohiro Akiyama", "supported"),
        ("Soyuz TM-10", "Toyohiro Akiyama", "supported")]


@pytest.mark.integration
def test_a_time_later_opens_the_return(checker: Checker) -> None:
    text = ("Helen Sharman lifted off on 18 May 1991 aboard Soyuz TM-12. Eight days later "
            "she returned in Soyuz TM-11.")
    assert ("Soyuz TM-11", "Helen Sharman", "supported") in said(checker, text, "crew")


@pytest.mark.integration
def test_a_time_after_which_something_else_happened_is_no_length(checker: Checker) -> None:
    text = AKIYAMA + "After two days of tests he returned to the cameras."
    assert said(checker, text, "duration") == []
