"""An orbit's figures said of a person are their flight's ("her orbit was inclined 51.6
deg"), and "the first American to be launched on …" is a record, not a plan. Sentences
written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_a_persons_orbit_is_their_flights(checker: Checker) -> None:
    # Vostok 6 flew at 65.0 degrees (GCAT psatcat), not the ISS's 51.6
    text = "Tereshkova flew in 1963; her orbit was inclined 51.6 deg."
    assert said(checker, text, "inclination") == [
        ("Valentina Tereshkova", "51.6 deg", "contradicted")]


def test_figures_after_his_flight_are_its_orbits(checker: Checker) -> None:
    # Vostok 1: perigee 181 km, inclination 65 degrees (GCAT psatcat)
    text = ("Gagarin flew on 12 April 1961. His whole flight took 108 minutes: one orbit, "
            "perigee 181 kilometres, inclined at 65 degrees.")
    assert said(checker, text, "perigee") == [("Yuri Gagarin", "181 km", "supported")]
    assert said(checker, text, "inclination") == [("Yuri Gagarin", "65 deg", "supported")]


def test_a_first_to_be_launched_is_no_plan(checker: Checker) -> None:
    # STS-71 docked with Mir on 1995-06-29, not on 27 June
    text = ("Norman Thagard became the first American to be launched on a Russian rocket, "
            "and on 27 June 1995 the shuttle Atlantis docked with Mir on mission STS-71.")
    [docking] = claims_of(checker, text, "docking_date")
    assert (docking.planned, docking.verdict) == (False, "contradicted")
    # a plan word of its own still makes a plan
    [plan] = claims_of(checker, "Luna 26 is to be launched in 2027.", "launch_date")
    assert plan.planned


def test_a_numbered_ship_that_flew_empty_carried_no_one(checker: Checker) -> None:
    # Soyuz 2 flew uncrewed (GCAT has no crewed flag); Beregovoy came home in Soyuz 3 two
    # days after it landed. Soyuz 34 went up empty and brought Lyakhov and Ryumin home.
    assert said(checker, "Soyuz 2 carried Georgy Beregovoy.", "crew") == [
        ("Soyuz-2", "Georgy Beregovoy", "contradicted")]
    assert said(checker, "Soyuz 34 carried Lyakhov and Ryumin.", "crew") == [
        ("Soyuz-34", "Vladimir Lyakhov", "unverifiable"),
        ("Soyuz-34", "Valery Ryumin", "unverifiable")]


def test_a_date_in_a_fronted_when_clause_is_not_the_main_verbs(checker: Checker) -> None:
    # Soyuz MS-22 launched 2022-09-21; its coolant leak came in December
    text = ("When the Soyuz MS-22 ship sprang a coolant leak in December 2022, Russia sent "
            "up a replacement.")
    assert said(checker, text) == []
    assert said(checker, "When Soyuz 11 launched in June 1971, the crew was ready.") == [
        ("Soyuz 11", "1971-06", "supported")]


def test_a_heading_ending_in_an_initial_does_not_lend_its_craft(checker: Checker) -> None:
    # Salyut 7 launched 1982-04-19, eleven years to the day after Salyut 1
    text = ("Stop 9. Salyut 7 and the Soyuz T.\n"
            "Eleven years to the day after Salyut 1, Salyut 7 was launched.")
    assert said(checker, text) == [("Salyut-7", "1982-04-19", "supported")]
