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


def test_a_crew_aboard_is_a_crewed_flight(checker: Checker) -> None:
    text = ("Soyuz 2, which also had a crew aboard, was launched on 25 October 1968. Soyuz 3 "
            "went up the next day with a crew on board.")
    assert said(checker, text, "crew") == [("Soyuz-2", "crewed", "contradicted"),
                                           ("Soyuz 3", "crewed", "supported")]


def test_they_docked_is_the_ship_they_came_in(checker: Checker) -> None:
    text = ("Shatalov went up alone on Soyuz 4 on 14 January 1969, and the next day Volynov, "
            "Yeliseyev and Khrunov followed on Soyuz 5. They docked on the seventeenth.")
    # the curated docking (events.yaml) is 16 January 1969
    assert said(checker, text, "docking_date") == [("Soyuz 5", "1969-01-17", "contradicted")]


def test_dockings_curated_this_session(checker: Checker) -> None:
    text = ("Kosmos 186 was launched on 27 October 1967 and docked with Kosmos 188 on 30 "
            "October 1967.\n\nThe first resident crew launched on Soyuz TM-31 on October "
            "31st, 2000: William Shepherd, Yuri Gidzenko and Sergei Krikalev. They docked two "
            "days later.")
    assert said(checker, text, "docking_date") == [("Kosmos-186", "1967-10-30", "supported"),
                                                   ("Soyuz TM-31", "2000-11-02", "supported")]
    # the crew's ship, not the craft of the paragraph before
    assert said(checker, text, "launch_date")[-1] == ("Soyuz TM-31", "2000-10-31", "supported")
