"""An event's age told from the text's date ("Farkas's flight on Soyuz 36 turns forty this
May", "the docking turned thirty last year": the count's year, not "last year" itself),
and a first made by the craft a launch aside is about ("Luna 9, launched on 31 January
1966 on a Vostok rocket, made the first soft landing on the Moon"). Lines written here;
verdicts on the real catalog (Soyuz 36 launched May 1980; STS-71 docked with Mir on 29
June 1995; Luna 9 made the first soft landing on the Moon)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of


@pytest.mark.integration
def test_a_flights_age_dates_the_flight(checker: Checker) -> None:
    text = ("Tuesday 18 March 2025\n\nBertalan Farkas's flight on Soyuz 36 turns forty this "
            "May.")
    [launch] = claims_of(checker, text, "launch_date")
    assert (launch.subject_name, launch.value, launch.verdict) == (
        "Soyuz 36", "1985-05", "contradicted")


@pytest.mark.integration
def test_a_persons_age_dates_no_flight(checker: Checker) -> None:
    text = ("Tuesday 18 March 2025\n\nValentina Tereshkova, who flew Vostok 6, turns 88 "
            "next month.")
    assert claims_of(checker, text, "launch_date") == []


@pytest.mark.integration
def test_the_year_inside_an_age_is_the_counts(checker: Checker) -> None:
    text = ("Thursday 15 October 2026\n\nSTS-71 docked with Mir on 29 June 1995; the docking "
            "turned thirty last year.")
    dockings = claims_of(checker, text, "docking_date")
    assert "2025" not in {c.value for c in dockings}
    assert {c.verdict for c in dockings} == {"supported"}


@pytest.mark.integration
def test_a_first_after_a_launch_aside_is_the_crafts(checker: Checker) -> None:
    text = ("Luna 9, launched on 31 January 1966 on a Vostok rocket, made the first soft "
            "landing on the Moon on 3 February.")
    [first] = claims_of(checker, text, "first")
    assert (first.subject_name, first.verdict) == ("Luna-9", "supported")
