"""How often a flight went round, said of its pilot or of "each orbit", and a flight's
length told as the time of all its circuits (session 34, from heldout59/60 and older sets),
on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration

VOSTOK_6 = "Valentina Tereshkova was launched in Vostok 6 on 16 June 1963. "


def test_she_after_an_opening_phrase_of_time_is_the_subject(checker: Checker) -> None:
    text = VOSTOK_6 + ("In just under three days she circled the Earth 48 times and landed "
                       "on 19 June.")
    assert said(checker, text, "orbit_count") == [
        ("Valentina Tereshkova", "48 orbits", "supported")]
    assert said(checker, text, "landing_date") == [
        ("Valentina Tereshkova", "1963-06-19", "supported")]


def test_a_period_said_of_a_pilot_is_her_flights(checker: Checker) -> None:
    text = VOSTOK_6 + "She circled the Earth 48 times, once every 98 minutes."
    # Vostok 6's orbit, derived from its perigee and apogee, took 88.7 minutes
    assert said(checker, text, "orbital_period") == [
        ("Valentina Tereshkova", "98 min", "contradicted")]
    assert said(checker, "Tereshkova circled the Earth every 88 minutes.",
                "orbital_period") == [("Valentina Tereshkova", "88 min", "supported")]


def test_each_orbit_is_an_orbit_of_what_was_told_of_last(checker: Checker) -> None:
    text = "Sputnik 1 was launched on 4 October 1957. Each orbit took 98 minutes."
    assert said(checker, text, "orbital_period") == [("Sputnik 1", "98 min", "contradicted")]
    # with nothing told before, nobody's
    assert said(checker, "Each orbit took 98 minutes.", "orbital_period") == []


def test_the_time_of_all_the_circuits_is_the_flights_length(checker: Checker) -> None:
    text = VOSTOK_6 + "She circled the Earth 48 times in almost five days."
    # 70 h 50 min; never read as a period of five days
    assert said(checker, text, "duration") == [
        ("Valentina Tereshkova", "5 days", "contradicted")]
    assert said(checker, text, "orbital_period") == []
