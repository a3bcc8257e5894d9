"""Launches placed against another the loose ways articles place them (session 35), on
the real catalog: "It was launched on <day>, a week after its twin Mars 2" (the twin's
launch, and the day is what "it" stands for), and "Soyuz 5 followed two days later with"
its crew."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_it_launched_on_a_day_a_week_after_its_twin(checker: Checker) -> None:
    text = ("The lander in the corner is a model of Mars 3. It was launched on the "
            "twenty-eighth of May, 1971, a week after its twin Mars 2.")
    assert said(checker, text) == [("Mars-3", "1971-05-28", "supported"),
                                   ("Mars-2", "1971-05-21", "contradicted")]
    # the twin launched nine days earlier, on 19 May
    before = "Mars 3 was a probe. It was launched on 28 May 1971, nine days after Mars 2."
    assert said(checker, before)[1] == ("Mars-2", "1971-05-19", "supported")


def test_followed_days_later_with_its_crew(checker: Checker) -> None:
    text = ("14 January 1969 - Vladimir Shatalov went up alone in Soyuz 4; Soyuz 5 followed "
            "two days later with Boris Volynov, Alexei Yeliseyev and Yevgeny Khrunov.")
    # Soyuz 5 went up on 15 January, one day later
    assert ("Soyuz 5", "1969-01-16", "contradicted") in said(checker, text)
