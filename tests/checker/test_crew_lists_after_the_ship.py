"""A crew named after its ship with a time between ("launched at 13:57 with …"), in a log's
shorthand ("MS-24 up: A, B and C"), or in the next sentence ("On board were …", "Its crew
were …", "A, B and C aboard."). Lines written here; verdicts on the real crew data (Soyuz
MS-15: Skripochka, Meir, Al Mansouri; MS-17: Ryzhikov, Kud-Sverchkov, Rubins; MS-24:
Kononenko, Chub, O'Hara)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "Soyuz MS-15 launched at 13:57 with Skripochka, Jessica Meir and Hazza Al Mansouri.",
    "Soyuz MS-15 away at 13:57 with Skripochka, Jessica Meir and Hazza Al Mansouri.",
    "MS-15 launched 13:57: Skripochka, Jessica Meir and Hazza Al Mansouri.",
    "MS-15 up: Skripochka, Jessica Meir and Hazza Al Mansouri.",
])
def test_a_crew_after_its_ship_and_a_time(checker: Checker, text: str) -> None:
    assert said(checker, text, "crew") == [
        ("Soyuz MS-15", name, "supported")
        for name in ("Oleg Skripochka", "Jessica Meir", "Hazza Al Mansouri")]


@pytest.mark.integration
@pytest.mark.parametrize("told", [
    "On board were Ryzhikov, Kud-Sverchkov and {}.",
    "Its crew were Ryzhikov, Kud-Sverchkov and {}.",
    "Ryzhikov, Kud-Sverchkov and {} aboard.",
])
def test_a_crew_in_the_sentence_after_its_ship(checker: Checker, told: str) -> None:
    text = "Soyuz MS-17 launched at 05:45. " + told
    assert [v for _, _, v in said(checker, text.format("Kate Rubins"), "crew")] == [
        "supported"] * 3
    assert said(checker, text.format("Jasmin Moghbeli"), "crew")[-1] == (
        "Soyuz MS-17", "Jasmin Moghbeli", "contradicted")


@pytest.mark.integration
def test_a_stations_people_or_another_paragraphs_are_no_crew_of_the_ship(
        checker: Checker) -> None:
    assert said(checker, "Soyuz MS-17 docked with the ISS. On board were Ivanishin and "
                         "Vagner.", "crew") == []
    assert said(checker, "Soyuz MS-17 launched at 05:45.\n\nOn board were Ivanishin and "
                         "Vagner.", "crew") == []
