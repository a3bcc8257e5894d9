"""Readings met on a page of visitors' reviews: the page's header line, time spent
telling of someone, a craft an exact count of years is "to the day" after. Lines written
here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import dateline, find_dates
from tests.checker.claims import claims_of, said

HEADER = ('Air & Space Museum: Hall C, "Sputnik to Soyuz" (Soviet and Russian spaceflight)\n'
          "Traveller reviews · 4.2 of 5 · Showing 27 of 418 reviews, newest first · Page "
          "saved 9 November 2025\n\n")


def test_a_header_of_fields_between_dots_dates_the_page() -> None:
    text = HEADER + "Visited October 2025. Sputnik 1 went up 68 years ago.\n"
    assert str(dateline(find_dates(text), text)) == "2025-11-09"


@pytest.mark.integration
def test_the_pages_own_date_is_no_event(checker: Checker) -> None:
    assert claims_of(checker, HEADER + "Lovely hall.\n", "launch_date") == []


@pytest.mark.integration
def test_time_spent_on_someone_is_telling_of_them(checker: Checker) -> None:
    assert said(checker, "Our guide spent ten minutes on Valentina Tereshkova.",
                "duration") == []
    assert said(checker, "Valentina Tereshkova spent three days on Vostok 6.",
                "duration") == [("Valentina Tereshkova", "3 days", "supported")]


@pytest.mark.integration
def test_a_craft_counted_to_the_day_from_is_not_what_the_sentence_goes_on_about(
        checker: Checker) -> None:
    text = ("I only had time for the Salyut 7 section. It was launched on 19 April 1982, "
            "eleven years to the day after Salyut 1, circled the Earth every 98 minutes "
            "according to the label, and fell back to Earth in 1991.")
    assert said(checker, text, "reentry_date") == [("Salyut-7", "1991", "supported")]
    assert said(checker, text, "orbital_period") == [("Salyut-7", "98 min", "contradicted")]


@pytest.mark.integration
def test_his_in_what_someone_said_stands_for_the_person_told_of(checker: Checker) -> None:
    text = ("The centrepiece is a Vostok descent sphere, the type that carried Yuri Gagarin "
            "on 12 April 1961. Our guide said his flight lasted 108 minutes, one orbit "
            "between 181 and 372 km up.")
    assert said(checker, text, "duration") == [("Yuri Gagarin", "108 min", "supported")]
    assert said(checker, text, "apogee") == [("Yuri Gagarin", "372 km", "contradicted")]
