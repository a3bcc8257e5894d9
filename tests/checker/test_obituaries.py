"""A newspaper's obituary of a machine and the speech around it (session 61, from
heldout119): a count of years "to the day" from the paper's own date, a first said of a
person an apposition separates from it ("Helen Sharman, a chemist from Sheffield,
followed as the first Briton"), a person's numbered flight picked by the month they were
up, and a speaker's "I" that a "he" after it is not. Written here; verdicts on the real
catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_years_ago_to_the_day_counts_back_from_the_papers_date(checker: Checker) -> None:
    text = ("Monday, 23 March 2026\n\n"
            "Two years ago to the day, Soyuz MS-25 carried three people to the ISS.\n")
    assert said(checker, text) == [("Soyuz MS-25", "2024-03-23", "supported")]
    text = ("Twenty-five years ago today, the space station Mir fell out of the sky.")
    assert said(checker, "Monday, 23 March 2026\n\n" + text, "reentry_date") == [
        ("Mir", "2001-03-23", "supported")]


def test_a_demonym_for_a_person_makes_a_first_a_persons(checker: Checker) -> None:
    text = ("Helen Sharman, a chemist from Sheffield, followed as the first Briton when "
            "Soyuz TM-12 lifted off.")
    assert said(checker, text, "first") == [("Helen Sharman", "first Briton", "supported")]


def test_a_numbered_flight_is_the_one_they_were_up_in_that_month(checker: Checker) -> None:
    # Chrétien flew Soyuz T-6 in 1982 and Soyuz TM-7 from 26 November 1988
    text = ("In December 1988 Jean-Loup Chrétien, on his first trip to orbit, walked in "
            "space.")
    assert said(checker, text, "first") == [
        ("Jean-Loup Chrétien", "first trip to orbit", "contradicted")]


def test_a_he_after_a_speakers_i_is_someone_else(checker: Checker) -> None:
    text = ("Vladimir Lyakhov talked to Sergei Petrov.\n\n"
            "SP: You flew in 1979?\n\nVL: Yes, I did.\n\n"
            "SP: Who came home with them?\n\n"
            "VL: Titov and Manarov came home in December '88 with Jean-Loup Chrétien. "
            "Jean-Loup I knew from Salyut 7 days — he flew there in '82, the first Frenchman "
            "in space.\n"
            "Q: And then?\n")
    assert said(checker, text, "first") == [
        ("Jean-Loup Chrétien", "first Frenchman in space", "supported")]


def test_the_station_is_never_a_ship_named_before_it(checker: Checker) -> None:
    # a correction notice: Mir's reentry, not Soyuz T-15's landing (16 July 1986)
    text = ("Mir was launched in 1986. The crew flew aboard Soyuz T-15, and the station "
            "came down on 23 March 2001.")
    assert said(checker, text, "reentry_date") == [("Mir", "2001-03-23", "supported")]
    assert said(checker, text, "landing_date") == []


def test_a_rocket_named_in_the_crafts_own_launch(checker: Checker) -> None:
    text = "Mars 96 was lost after its Proton-K launch on 17 November 1996."
    assert said(checker, text, "launch_vehicle") == [("Mars-96", "Proton-K", "supported")]
    text = "Mars 96 was lost after its Soyuz-U launch."
    assert said(checker, text, "launch_vehicle") == [("Mars-96", "Soyuz-U", "contradicted")]
