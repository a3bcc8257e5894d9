"""Readings from session 47: a date counted from another ("two days before 16 June 1963").
Lines written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_launch_counted_from_a_date_is_the_day_it_names(checker: Checker) -> None:
    # Vostok 5: launched 1963-06-14 11:58 UTC (GCAT launchlog)
    assert said(checker, "Vostok 5 with Valery Bykovsky had gone up two days before "
                         "16 June 1963.") == [("Vostok 5", "1963-06-14", "supported")]
    assert said(checker, "Vostok 5 had gone up three days before 16 June 1963.") == [
        ("Vostok 5", "1963-06-13", "contradicted")]
