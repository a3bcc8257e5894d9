"""An orbit told in a guide's words: its tilt with a decimal point ("tilted 51.6 degrees
to the equator"), its low and high points as its swing ("dipping to 227 kilometres and
climbing to 947 kilometres"), and a mission "they" flew ("In May they flew across to
Salyut 7, in a mission lasting more than 140 days": their ship's, not the station's).
Lines written here; verdicts on the real catalog (Sputnik 1: 227 × 947 km at 65.1°;
Soyuz T-15 flew 125 days)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of


@pytest.mark.integration
def test_a_tilt_with_a_decimal_point_is_an_inclination(checker: Checker) -> None:
    text = "Sputnik 1 flew on an orbit tilted 51.6 degrees to the equator."
    [tilt] = claims_of(checker, text, "inclination")
    assert (tilt.subject_name, tilt.value, tilt.verdict) == (
        "Sputnik 1", "51.6 deg", "contradicted")


@pytest.mark.integration
def test_an_orbits_swing_gives_its_perigee_and_apogee(checker: Checker) -> None:
    text = ("Sputnik 1 circled the Earth every 96 minutes, dipping to 227 kilometres and "
            "climbing to 947 kilometres.")
    [low] = claims_of(checker, text, "perigee")
    [high] = claims_of(checker, text, "apogee")
    assert (low.value, low.verdict, high.value, high.verdict) == (
        "227 km", "supported", "947 km", "supported")


@pytest.mark.integration
def test_a_rockets_climb_alone_is_no_apogee(checker: Checker) -> None:
    text = "Sputnik 1's rocket climbed to 80 kilometres in two minutes."
    assert claims_of(checker, text, "apogee") == []


@pytest.mark.integration
def test_the_mission_they_flew_is_their_ships(checker: Checker) -> None:
    text = ("Leonid Kizim and Vladimir Solovyov docked Soyuz T-15 to Mir. In May they flew "
            "across to Salyut 7, in a mission lasting more than 140 days.")
    [days] = claims_of(checker, text, "duration")
    assert (days.subject_name, days.verdict) == ("Soyuz T-15", "contradicted")
