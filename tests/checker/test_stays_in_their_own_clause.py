"""A stay told with "remained aboard" is a length of time in space, like "stayed aboard";
and when a sentence tells two people's times, each is judged for the flight its own
clause dates ("Mohmand came home on 7 September after nine days; Polyakov remained aboard
Mir for …, landing on 27 April 1989": Polyakov's 1988–89 flight, not his later 437 days).
Lines written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

LAUNCH = ("Soyuz TM-6 was launched on 29 August 1988 with Vladimir Lyakhov, Valeri Polyakov "
          "and Abdul Ahad Mohmand. ")


@pytest.mark.integration
def test_each_stay_is_of_the_flight_its_clause_dates(checker: Checker) -> None:
    text = LAUNCH + ("Mohmand came home on 7 September after nine days; Polyakov remained "
                     "aboard Mir for more than fourteen months, landing on 27 April 1989.")
    assert ("Valeri Polyakov", "426.2 days", "contradicted") in said(
        checker, text, "duration")


@pytest.mark.integration
def test_remained_aboard_for_a_time_is_a_stay(checker: Checker) -> None:
    text = LAUNCH + "Polyakov remained aboard Mir for about eight months."
    assert said(checker, text, "duration") == [("Valeri Polyakov", "243.5 days", "supported")]
