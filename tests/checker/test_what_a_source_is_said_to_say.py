"""What a review says its book says is still a claim as written: "Zvezda, she writes, was
launched on 26 July 2000", "The author dates the Russian Space Agency to 1991". Lines
written here; verdicts on the real catalog (Zvezda went up on 12 July 2000; the Russian
Space Agency was set up in February 1992; Salyut 3 went up in June 1974)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker, without_reporting_asides
from tests.checker.claims import said


def test_a_reporting_aside_is_blanked_in_place() -> None:
    assert without_reporting_asides("Soyuz 19, we are told, docked.") == (
        "Soyuz 19               docked.")
    # an aside before a name, or a clause of its own, stays
    assert without_reporting_asides("In 1975, she writes, Soyuz 19 docked.") == (
        "In 1975, she writes, Soyuz 19 docked.")


@pytest.mark.integration
def test_what_the_book_says_is_judged(checker: Checker) -> None:
    assert said(checker, 'Zvezda, she writes, "was launched on 26 July 2000"; that is the '
                         'day it docked.') == [("Zvezda", "2000-07-26", "contradicted")]
    [agency] = said(checker, "The author dates the Russian Space Agency to 1991.", "founded")
    assert agency[1:] == ("1991", "contradicted")
    # a craft dated so is no body's founding, nor the programme's named before it
    assert said(checker, "The Almaz lines are clear, though she dates Salyut 3 to June "
                         "1973.", "founded") == []
