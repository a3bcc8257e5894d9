"""A place in a series said as "the first of the … ships": "Soyuz TM-2 was the first of
the Soyuz TM ships to carry a crew", "MS-01 … the first of the MS ships" (the series named
only by the part of its ships' names before their numbers). Lines written here; verdicts
on the real catalog (Soyuz TM-1 flew without a crew in 1986, TM-2 with one in 1987; MS-01
opened the Soyuz MS ships in July 2016)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said


@pytest.mark.integration
def test_the_first_of_a_named_series_is_judged_by_launch_order(checker: Checker) -> None:
    assert said(checker, "Soyuz TM-2 was the first of the Soyuz TM ships to carry a crew.",
                "first") == [("Soyuz TM-2", "first of the Soyuz TM ships to carry a crew",
                              "supported")]
    [wrong] = claims_of(checker, "Soyuz T-3 was the first of the Soyuz T ships with a crew.",
                        "first")
    assert (wrong.verdict, wrong.expected) == ("contradicted", "Soyuz T-2")


@pytest.mark.integration
def test_a_series_named_by_its_ships_short_name(checker: Checker) -> None:
    text = "MS-01 in July 2016 was the first of the MS ships, on a Soyuz-FG."
    assert [v for _, _, v in said(checker, text, "first")] == ["supported"]
    [wrong] = claims_of(checker, "MS-03 was the first of the MS ships.", "first")
    assert (wrong.verdict, wrong.expected) == ("contradicted", "Soyuz MS-01")
    # "the first of the Soyuz" names no ships: nothing to order
    assert [v for _, _, v in said(checker, "Soyuz T-2 was the first of the Soyuz.",
                                  "first")] == ["unverifiable"]


@pytest.mark.integration
def test_slashes_list_a_crew(checker: Checker) -> None:
    assert [p for _, p, _ in said(checker, "Soyuz MS-01 carried Ivanishin/Onishi/Rubins.",
                                  "crew")] == ["Anatoli Ivanishin", "Takuya Onishi",
                                               "Kathleen Rubins"]
