"""A sentence naming who commanded or flew "the mission" or "it", after one that named the
ship, claims that person as its crew, even when a station was named since ("docked with
Mir. The mission was commanded by …"). Lines written here; the real catalog (crews of
STS-71 and Soyuz 11)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of


@pytest.mark.integration
@pytest.mark.parametrize("opener", ["The mission was commanded by", "It was flown by"])
def test_the_mission_was_commanded_by(checker: Checker, opener: str) -> None:
    text = f"STS-71 launched on 27 June 1995. {opener} Charles Precourt."
    crew = claims_of(checker, text, "crew")
    assert [(c.subject_name, c.value, c.verdict) for c in crew] == [
        ("STS-71", "Charles Precourt", "supported")]


@pytest.mark.integration
def test_the_mission_is_the_ships_after_a_station(checker: Checker) -> None:
    text = ("STS-71 launched on 27 June 1995 and docked with Mir on 29 June. The mission "
            "was commanded by Charles Precourt.")
    assert [c.subject_name for c in claims_of(checker, text, "crew")] == ["STS-71"]


@pytest.mark.integration
def test_a_wrong_commander_is_contradicted(checker: Checker) -> None:
    text = "Soyuz 11 launched on 6 June 1971. It was commanded by Alexei Leonov."
    assert [c.verdict for c in claims_of(checker, text, "crew")] == ["contradicted"]
