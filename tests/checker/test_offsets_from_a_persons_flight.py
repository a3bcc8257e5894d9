"""Launches counted from someone's flight, and people dated so: "Ten years after
Chrétien, Helen Sharman became the first Briton in space", "Two years after Gagarin's
flight, Tereshkova flew". Lines written here; verdicts on the real catalog (Chrétien
flew in 1982 and 1988, Sharman in 1991; Gagarin in 1961, Tereshkova in 1963)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said


@pytest.mark.integration
def test_the_person_after_the_offset_is_dated(checker: Checker) -> None:
    assert said(checker, "Two years after Gagarin's flight, Tereshkova flew.") == [
        ("Valentina Tereshkova", "1963", "supported")]
    # counted from the flight of his that comes nearest (1982 + 10 = 1992, not 1998)
    [sharman] = claims_of(checker, "Ten years after Chrétien, Helen Sharman became the "
                                   "first Briton in space.", "launch_date")
    assert (sharman.subject_name, sharman.value, sharman.verdict) == (
        "Helen Sharman", "1992", "contradicted")


@pytest.mark.integration
def test_what_is_not_a_dated_flight(checker: Checker) -> None:
    # a death is no flight; a person joined to the anchor by "and" is part of it
    assert said(checker, "Five years after Gagarin, Komarov died.") == []
    assert said(checker, "We met sixty years to the day after Voskhod 2 lifted off and "
                         "Alexei Leonov made the first spacewalk.") == []
    # the craft of the flight counted from is not dated by it
    assert said(checker, "It was issued sixty-three years to the day after Yuri Gagarin's "
                         "flight in Vostok 1.") == []
