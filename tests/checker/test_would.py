""""would": a historian's "what came next" is no plan; a reported "would" and a "would
have" are (on the real catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of


@pytest.mark.integration
def test_would_in_a_history_is_what_came_next(checker: Checker) -> None:
    # Thagard flew up on Soyuz TM-21 on 14 March 1995 and stayed about 115 days
    text = ("Norman Thagard lifted off from Baikonur aboard Soyuz TM-21 in March 1995. "
            "He would spend a hundred and twenty-five days in space.")
    [duration] = claims_of(checker, text, "duration")
    assert (duration.subject_name, duration.planned, duration.verdict) == (
        "Norman Thagard", False, "contradicted")


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "Officials said Luna 25 would launch on October 1, 2023.",
    "Luna 25 would have launched in October 2021.",
])
def test_a_reported_or_unreal_would_is_a_plan(checker: Checker, text: str) -> None:
    [launch] = claims_of(checker, text, "launch_date")
    assert (launch.subject_name, launch.planned, launch.verdict) == (
        "Luna-25", True, "unverifiable")
