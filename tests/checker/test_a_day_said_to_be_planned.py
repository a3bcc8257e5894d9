"""A day said after it to be a plan's is a plan: "21 August was the planned landing date"
after Luna-25 crashed on 19 August is never contradicted. Lines written here; the real
catalog (Luna-25's end of operations: 19 August 2023)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of


@pytest.mark.integration
def test_the_planned_landing_day_is_a_plan(checker: Checker) -> None:
    text = "Luna-25 hit the Moon on 19 August 2023; 21 August was the planned landing date."
    landings = claims_of(checker, text, "landing_date")
    planned = [c for c in landings if c.value == "2023-08-21"]
    assert planned and all(c.planned and c.verdict != "contradicted" for c in planned)
    assert {c.verdict for c in landings if c.value == "2023-08-19"} == {"supported"}
