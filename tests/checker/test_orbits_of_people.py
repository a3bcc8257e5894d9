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
