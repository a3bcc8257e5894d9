"""Readings from the Telegram channel set (session 45): a ship "with" its crew as one
subject; "destination Salyut-6" is where the ship went; a labelled orbit in a verbless
line ("Orbit 217 × 320 km"); a national first of a woman; "were back … in Soyuz MS-24" as
the ship home. Lines written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_a_ship_with_its_crew_is_the_subject_of_the_verb(checker: Checker) -> None:
    # Vostok 5 launched 1963-06-14, two days before Vostok 6 (GCAT launchlog)
    text = ("Valentina Tereshkova flew Vostok-6 on 16 June 1963. Vostok-5 with Pavel "
            "Popovich had gone up two days earlier.")
    assert ("Vostok 5", "1963-06-14", "supported") in said(checker, text)


def test_a_destination_is_not_the_ship_a_verbless_line_is_about(checker: Checker) -> None:
    # Soyuz 39: Soyuz-U, perigee 271 km, apogee 320 km, period 90.3 min (GCAT)
    text = ("Soyuz-39 launched on 22 March 1981 with Vladimir Dzhanibekov. Soyuz-U rocket, "
            "destination Salyut-6. Orbit 217 × 320 km, period 90 minutes.")
    assert said(checker, text, "launch_vehicle") == []  # not Salyut 6's (Proton-K)
    assert said(checker, text, "perigee") == [("Soyuz 39", "217 km", "contradicted")]
    assert said(checker, text, "apogee") == [("Soyuz 39", "320 km", "supported")]
    assert said(checker, text, "orbital_period") == [("Soyuz 39", "90 min", "supported")]


def test_a_womans_national_first_is_among_the_women_of_that_country(
        checker: Checker) -> None:
    # Helen Sharman (1991) is the first British woman; no Belarusian woman flew in the
    # crew data, so "of Belarus" cannot be the first woman of all (Tereshkova)
    text = "Helen Sharman became the first woman astronaut from Britain."
    assert said(checker, text, "first")[0][2] == "supported"
    text = "Marina Vasilevskaya was the first woman cosmonaut of Belarus."
    assert said(checker, text, "first")[0][2] == "unverifiable"


def test_were_back_in_a_ship_is_the_ship_home(checker: Checker) -> None:
    # Soyuz MS-24 launched with Kononenko, Chub and O'Hara (GCAT); who came home in it
    # is not in the crew data, so no contradiction from the launch crew
    text = ("Vasilevskaya and Novitsky were back already on 6 April in Soyuz MS-24, "
            "Dyson stayed until 23 September.")
    assert {verdict for *_, verdict in said(checker, text, "crew")} == {"unverifiable"}
    text = "Polyakov was back on Earth in Soyuz TM-20."
    assert said(checker, text, "crew") == [("Soyuz TM-20", "Valeri Polyakov", "supported")]
