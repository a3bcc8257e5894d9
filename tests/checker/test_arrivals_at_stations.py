"""A crew's arrival at a station told as boarding or reaching it, and an event counted
from a launch its sentence tells without a date (session 75), on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration

SOYUZ_11 = ("Soyuz 11 was launched on 6 June 1971 with Georgy Dobrovolsky, Vladislav Volkov "
            "and Viktor Patsayev. ")


@pytest.mark.parametrize(("text", "expected"), [
    # Soyuz 11 docked with Salyut 1 on 7 June 1971 (curated)
    (SOYUZ_11 + "They boarded the station on 7 June.",
     [("Soyuz 11", "1971-06-07", "supported")]),
    (SOYUZ_11 + "It arrived at Salyut 1 on 9 June.", [("Soyuz 11", "1971-06-09", "contradicted")]),
    (SOYUZ_11 + "The crew reached the station the following day.",
     [("Soyuz 11", "1971-06-07", "supported")]),
])
def test_boarding_or_reaching_a_station_is_a_docking(
        checker: Checker, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "docking_date") == expected


def test_reaching_a_station_aboard_a_ship_is_no_docking(checker: Checker) -> None:
    # Savitskaya's Soyuz T-12 launched on 17 July 1984 and docked on the 18th: the sentence
    # tells the day she went up
    text = "Svetlana Savitskaya reached Salyut 7 aboard Soyuz T-12 on 17 July 1984."
    assert not claims_of(checker, text, "docking_date")
    assert said(checker, text) == [("Soyuz T-12", "1984-07-17", "supported")]


@pytest.mark.parametrize(("days", "verdict"), [("ten", "supported"), ("three", "contradicted")])
def test_days_later_count_from_a_launch_told_without_a_date(
        checker: Checker, days: str, verdict: str) -> None:
    # Kvant-2 launched on 26 November 1989 and docked on 6 December (curated); the date
    # told before is not what the days count from
    text = (f"Docking: 6 January 1990\n\nKvant-2 was lifted by a Proton rocket and reached "
            f"Mir {days} days later.")
    (docking,) = claims_of(checker, text, "docking_date")
    assert (docking.subject_name, docking.verdict) == ("Kvant-2", verdict)
    assert docking.value == ("1989-12-06" if days == "ten" else "1989-11-29")
