"""A time in space told as done, as people talk: "Sharman only did about ten days",
"Polyakov did 437 days on Mir". Lines written here; verdicts on the real catalog (Helen
Sharman's flight lasted just under 8 days, Polyakov's long stay 437 days 18 hours)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_time_done_is_a_flights_length(checker: Checker) -> None:
    text = "Helen Sharman flew on Soyuz TM-12. Sharman only did about ten days."
    assert said(checker, text, "duration") == [("Helen Sharman", "10 days", "contradicted")]
    assert said(checker, "Valeri Polyakov did 437 days on Mir.", "duration") == [
        ("Valeri Polyakov", "437 days", "supported")]


@pytest.mark.integration
def test_things_done_that_are_not_times_are_not_durations(checker: Checker) -> None:
    assert said(checker, "Valeri Polyakov did 15 experiments on Mir in 1995.",
                "duration") == []
