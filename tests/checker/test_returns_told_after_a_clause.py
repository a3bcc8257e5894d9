"""A return told in a clause of its own: "she returned eight days later aboard Soyuz T-5 on
27 August" (the day said again after the offset is the claim, and "she" is the woman named
before the semicolon), "its crew returned in Soyuz MS-23 on 27 September 2023" (the ship
they came home in, not the one "its" stands for). Lines written here; verdicts on the
real catalog (Soyuz T-5 landed on 27 August 1982 with Savitskaya's crew; MS-23 on 27
September 2023, MS-22 empty on 28 March)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

SAVITSKAYA = ("Savitskaya became the second woman in space when Soyuz T-7 lifted off on 19 "
              "August 1982; she returned eight days later aboard Soyuz T-5 on 27 August.")


@pytest.mark.integration
def test_the_day_after_an_offset_and_a_ship_is_the_landing(checker: Checker) -> None:
    assert said(checker, SAVITSKAYA, "landing_date") == [
        ("Soyuz T-5", "1982-08-27", "supported")]


@pytest.mark.integration
def test_she_after_a_semicolon_is_the_woman_named_before(checker: Checker) -> None:
    assert ("Soyuz T-5", "Svetlana Savitskaya", "supported") in said(
        checker, SAVITSKAYA, "crew")


@pytest.mark.integration
def test_its_crew_came_home_in_the_ship_named(checker: Checker) -> None:
    text = ("Soyuz MS-22 lifted off on 21 September 2022. After a coolant leak the ship "
            "came home empty on 28 March 2023; its crew returned in Soyuz MS-23 on 27 "
            "September 2023.")
    assert said(checker, text, "landing_date") == [
        ("Soyuz MS-22", "2023-03-28", "supported"), ("Soyuz MS-23", "2023-09-27", "supported")]
