"""Readings from the children's book chapter (heldout65, scored blind in session 35), on
the real catalog: "didn't come home until", a series' first flight with a crew, "it" after
an opening phrase, a programme's name used for a rocket, and "first planned" as a plan."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_didnt_come_home_until(checker: Checker) -> None:
    text = ("He launched on Soyuz TM-18 on 8 January 1994 and didn't come home until 22 May "
            "1995.")
    assert said(checker, text) == [("Soyuz TM-18", "1994-01-08", "supported")]
    assert [(s, v) for s, v, _ in said(checker, text, "landing_date")] == [
        ("Soyuz TM-18", "1995-05-22")]


def test_a_series_first_flight_with_a_crew(checker: Checker) -> None:
    # GCAT's "Soyuz T" is the uncrewed first ship (December 1979); Soyuz T-2 flew a crew
    crewed = "The new Soyuz T made its first flight with a crew in June {}."
    assert said(checker, crewed.format(1980)) == [("Soyuz T", "1980-06", "supported")]
    assert said(checker, crewed.format(1981)) == [("Soyuz T", "1981-06", "contradicted")]
    # a later crewed flight of the series is not its first
    assert said(checker, crewed.format(1982)) == [("Soyuz T", "1982-06", "contradicted")]
    first = "The new Soyuz T made its first flight in December 1979."
    assert said(checker, first) == [("Soyuz T", "1979-12", "supported")]


def test_it_after_an_opening_phrase_and_a_programme_named_for_its_rocket(
        checker: Checker) -> None:
    text = ("The big science lab Nauka was first planned to fly in 2007, but after many "
            "delays it was launched on 21 July 2021 on a Soyuz rocket and docked ten days "
            "later.")
    assert said(checker, text) == [("Nauka", "2007", "unverifiable"),
                                   ("Nauka", "2021-07-21", "supported")]
    assert said(checker, text, "launch_vehicle") == [("Nauka", "Soyuz", "contradicted")]
    # it docked on 29 July, eight days later
    assert said(checker, text, "docking_date") == [("Nauka", "2021-07-31", "contradicted")]
    assert said(checker, text, "first") == []


@pytest.mark.parametrize("denial", ["did not", "didn't", "didn’t"])
def test_a_contracted_denial_is_a_denial(checker: Checker, denial: str) -> None:
    text = f"Soyuz 25 {denial} dock with Salyut 6 on 10 October 1977."
    assert said(checker, text, "docking_date") == []


def test_flew_a_ship_for_a_time(checker: Checker) -> None:
    text = "Four months later, Gherman Titov flew Vostok 2 for more than two days."
    # Vostok 2 flew 25 hours
    assert said(checker, text, "duration") == [("Vostok 2", "2 days", "contradicted")]
