"""Times told by how people lived or were "up": "lived on board for twenty-two days" is a
stay aboard (a flight less its trips up and down), "was only up for 89 minutes" a flight's
length, and a ship's riders vouch for its time only with that flight, not with a career
total gathered over other flights too. Lines written here; verdicts on the real catalog
(Gagarin flew 108 minutes; Soyuz 11 flew 23.8 days, Volkov 28.7 days over two flights;
Polyakov's longest flight was 437.7 days)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_up_for_is_a_flights_length(checker: Checker) -> None:
    assert said(checker, "Gagarin was only up for 89 minutes.", "duration") == [
        ("Yuri Gagarin", "89 min", "contradicted")]


@pytest.mark.integration
def test_lived_on_a_station_for_is_a_stay(checker: Checker) -> None:
    assert said(checker, "Valeri Polyakov lived on Mir for almost 438 days.", "duration") == [
        ("Valeri Polyakov", "438 days", "supported")]
    text = ("Soyuz 11 docked with it on 6 June and the crew, Georgy Dobrovolsky, Vladislav "
            "Volkov and Viktor Patsayev, lived on board for twenty-two days.")
    assert [v for _, _, v in said(checker, text, "duration")] == ["supported"]


@pytest.mark.integration
def test_a_riders_career_total_does_not_vouch_for_one_flight(checker: Checker) -> None:
    text = ("Its only crew - Georgy Dobrovolsky, Vladislav Volkov and Viktor Patsayev - flew "
            "up on Soyuz 11 and lived on board for over four weeks.")
    assert said(checker, text, "duration") == [("Soyuz 11", "28 days", "contradicted")]
