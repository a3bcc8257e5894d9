"""A sentence that opens with a launch phrase ("Launched 31 January 1966 on a Proton, Luna 9
made …") tells the launch of the subject after the phrase: its day and its rocket, even
when a phrase describing that subject names another craft first. Checked on the real
catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "expected"), [
    # Luna 9 and Venera 7 rode Molniya-M rockets (GCAT launchlog)
    ("Launched 31 January 1966 on a Proton, Luna 9 made the first soft landing on the Moon.",
     [("Luna-9", "Proton", "contradicted")]),
    ("Venera 7 pair. Launched 17 August 1970 on a Proton, it reached Venus in December.",
     [("Venera-7", "Proton", "contradicted")]),
    ("Lofted by a Proton rocket, Zarya reached orbit on 20 November 1998.",
     [("Zarya", "Proton", "supported")]),
])
def test_the_opening_phrase_s_rocket_is_the_subject_s(
        checker: Checker, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "launch_vehicle") == expected


def test_a_craft_named_in_the_describing_phrase_is_not_the_subject(checker: Checker) -> None:
    # Kristall launched on 31 May 1990 on a Proton-K (GCAT launchlog)
    text = ("Kristall cover. Launched 31 May 1990 on a Proton, the last module Mir would "
            "receive, it docked with Mir in June.")
    assert said(checker, text) == [("Kristall", "1990-05-31", "supported")]
    assert said(checker, text, "launch_vehicle") == [("Kristall", "Proton", "supported")]


def test_a_ship_named_in_the_opening_phrase_keeps_its_day(checker: Checker) -> None:
    # Soyuz TM-17 launched on 1 July 1993 (GCAT launchlog); the phrase names its own ship
    text = "Launched on Soyuz TM-17 in July 1993, he came home on Soyuz TM-18."
    assert said(checker, text) == [("Soyuz TM-17", "1993-07", "supported")]
