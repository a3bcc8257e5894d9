"""Readings an obituary's long career sentences need. Lines written here; verdicts on the
real catalog and the curated registry:

- "a single orbit of 89 minutes and landed 108 minutes after lift-off": with the flight's
  time told apart, the orbit's time is its period (Vostok 1: about 89.6 min);
- "on 30 October 1967 the unmanned Kosmos-186 and Kosmos-188, launched two days apart,
  made the first automatic docking in orbit": the date is the docking's, not a launch's;
- "in July came back to Mir": a move back to a station, not a landing;
- "A week before Polyakov landed, on 14 March 1995, Norman Thagard lifted off": the date
  is the main clause's launch, not the landing counted from."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of


@pytest.mark.integration
def test_a_single_orbits_time_beside_the_flights_is_its_period(checker: Checker) -> None:
    text = ("Yuri Gagarin's Vostok, launched from Baikonur on 12 April 1961, had made a "
            "single orbit of 89 minutes and landed 108 minutes after lift-off.")
    [period] = claims_of(checker, text, "orbital_period")
    assert (period.value, period.verdict) == ("89 min", "supported")
    assert {c.value for c in claims_of(checker, text, "duration")} == {"108 min"}


@pytest.mark.integration
def test_a_date_before_a_launch_aside_dates_the_docking(checker: Checker) -> None:
    text = ("On 30 October 1967 the unmanned Kosmos-186 and Kosmos-188, launched two days "
            "apart, made the first automatic docking in orbit.")
    assert {c.subject_name for c in claims_of(checker, text, "launch_date")
            if c.value == "1967-10-30"} == set()
    dockings = claims_of(checker, text, "docking_date")
    assert dockings and {c.verdict for c in dockings} == {"supported"}
    assert {c.verdict for c in claims_of(checker, text, "first")} == {"supported"}


@pytest.mark.integration
def test_coming_back_to_a_station_is_no_landing(checker: Checker) -> None:
    text = ("Leonid Kizim and Vladimir Solovyov flew Soyuz T-15; in May they flew their ship "
            "over to the abandoned Salyut 7 and in July came back to Mir.")
    assert claims_of(checker, text, "landing_date") == []


@pytest.mark.integration
def test_a_date_after_a_counted_opening_is_the_main_clauses(checker: Checker) -> None:
    text = ("A week before Polyakov landed, on 14 March 1995, Norman Thagard lifted off in "
            "Soyuz TM-21.")
    assert claims_of(checker, text, "landing_date") == []
    [launch] = claims_of(checker, text, "launch_date")
    assert (launch.value, launch.verdict) == ("1995-03-14", "supported")
