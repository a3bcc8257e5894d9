"""An aside is no plan, and a season that may be either of two years is no date to check.
Lines written here; verdicts on the real catalog: Soyuz T-15 launched on 13 March 1986;
Mir's core on 19 February 1986 (UTC) and Kvant on 31 March 1987."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_we_might_add_is_an_aside_not_a_plan(checker: Checker) -> None:
    for aside in ("we might add", "it might be added"):
        text = f"Soyuz T-15, {aside}, launched on 13 March 1986."
        assert [c.planned for c in claims_of(checker, text, "launch_date")] == [False]
    assert [c.planned for c in claims_of(
        checker, "Soyuz T-15 might launch on 13 March 1986.", "launch_date")] == [True]


def test_the_next_spring_after_february_is_not_checked(checker: Checker) -> None:
    text = ("The Mir core went up on 20 February 1986. Kvant followed the next spring, "
            "Kvant-2 in November 1989.")
    # (nor does Kvant take Kvant-2's date)
    assert [s for s in said(checker, text) if s[0] != "Mir"] == [
        ("Kvant-2", "1989-11", "supported")]
    after_november = "Mir went up in November 1986. Kvant followed the next spring."
    assert [s for s in said(checker, after_november) if s[0] != "Mir"] == [
        ("Kvant", "1987", "supported")]


def test_a_plan_in_brackets_ends_with_its_bracket(checker: Checker) -> None:
    # Kvant-2 went up in November 1989 and Kristall on 31 May 1990
    text = ("Kvant-2 followed in November 1989 (it was supposed to go in March 1989), "
            "Kristall on 31 May {}.")
    claims = claims_of(checker, text.format(1991), "launch_date")
    assert [(c.subject_name, c.value, c.verdict, c.planned) for c in claims][-1] == (
        "Kristall", "1991-05-31", "contradicted", False)
    assert said(checker, text.format(1990))[-1] == ("Kristall", "1990-05-31", "supported")
