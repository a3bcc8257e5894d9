"""Readings fixed from a museum's object labels and a teacher's revision sheet
(heldout44/45): a first "for 47 years" is no duration, "just under two days" is not any
time under two days, a span of years dates no one flight, and parties listed before a
launch verb are partners (on the real catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_first_in_so_many_years_is_no_duration(checker: Checker) -> None:
    text = "Luna 25, Russia's first Moon mission for 47 years, was launched in August 2023."
    assert said(checker, text, "duration") == []


@pytest.mark.integration
@pytest.mark.parametrize(("text", "verdict"), [
    ("Gherman Titov in Vostok 2 stayed up for just under two days.", "contradicted"),
    ("Gherman Titov in Vostok 2 stayed up for just over 25 hours.", "supported"),
    ("Gherman Titov in Vostok 2 stayed up for under two days.", "supported"),
])
def test_just_under_is_near_the_number(checker: Checker, text: str, verdict: str) -> None:
    assert [v for _, _, v in said(checker, text, "duration")] == [verdict]


@pytest.mark.integration
def test_a_span_of_years_dates_no_one_flight(checker: Checker) -> None:
    text = "Across four flights between 1977 and 1998 Valery Ryumin logged 372 days in space."
    assert [v for _, _, v in said(checker, text, "duration")] == ["supported"]


@pytest.mark.integration
def test_parties_listed_before_a_launch_verb_are_partners(checker: Checker) -> None:
    text = "In 2019 Russia and Germany launched the Spektr-RG observatory from Baikonur."
    operators = {value: verdict for _, value, verdict in said(checker, text, "operator")}
    assert operators == {"Russian Federation": "supported",
                         "Germany, Federal Republic of": "unverifiable"}
    alone = "In 2019 Germany launched the Spektr-RG observatory from Baikonur."
    assert [v for _, _, v in said(checker, alone, "operator")] == ["contradicted"]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "verdict"), [
    # Soyuz 1 made 18 orbits; Komarov's 16 were on Voskhod 1, in 1964
    ("Vladimir Komarov was launched alone in Soyuz 1. After 16 orbits the parachute "
     "failed and Komarov was killed on 24th April 1967.", "contradicted"),
    ("In October 1964 Vladimir Komarov made 16 orbits.", "supported"),
])
def test_an_orbit_count_told_with_a_date_is_of_that_flight(checker: Checker, text: str,
                                                          verdict: str) -> None:
    assert [v for _, _, v in said(checker, text, "orbit_count")] == [verdict]


@pytest.mark.integration
def test_which_was_also_crewed(checker: Checker) -> None:
    text = ("Soyuz 3 was flown by Georgy Beregovoy in October 1968 to dock with Soyuz 2, "
            "which was also crewed.")
    assert ("crewed", "contradicted") in [(v, x) for _, v, x in said(checker, text, "crew")]
