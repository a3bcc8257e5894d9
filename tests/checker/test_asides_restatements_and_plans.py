"""Dates and lengths of time a sentence gives but does not claim, on the real catalog: a
birth year, a relative date the next date restates, a date in an opening phrase whose
verb has a date of its own, the time between two events; and a plan written "was
supposed to" or "wanted", a flight's length that is not a career total, a caption's
heading, and "came back for" another flight."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_a_birth_year_dates_no_launch(checker: Checker) -> None:
    text = ("Valentina Tereshkova, born in 1937, became the first woman in space when Vostok 6 "
            "was launched on 16 June 1963.")
    assert said(checker, text) == [("Vostok 6", "1963-06-16", "supported")]


def test_a_life_aside_and_a_role_stay_inside_a_list_of_crew(checker: Checker) -> None:
    text = ("Soyuz 28 carried Czechoslovak pilot Vladimir Remek, born in 1948, and commander "
            "Alexei Gubarev to Salyut 6.")
    crew = [(c.subject_name, c.value, c.verdict) for c in claims_of(checker, text, "crew")]
    assert crew == [("Soyuz 28", "Vladimír Remek", "supported"),
                    ("Soyuz 28", "Aleksei Gubarev", "supported")]


def test_a_relative_date_the_next_one_restates_is_not_claimed(checker: Checker) -> None:
    text = ("Zarya was launched on November 20th, 1998. The Russian Zvezda service module was "
            "launched two years later, in July 2000, on a Proton.")
    assert said(checker, text) == [("Zarya", "1998-11-20", "supported"),
                                   ("Zvezda", "2000-07", "supported")]


def test_a_date_in_an_opening_phrase_leaves_the_verb_to_its_own_date(checker: Checker) -> None:
    text = ("After a coolant leak that December, the uncrewed Soyuz MS-23 was launched on "
            "24 February 2023.")
    assert said(checker, text) == [("Soyuz MS-23", "2023-02-24", "supported")]


def test_the_time_between_two_events_is_no_length_of_flight(checker: Checker) -> None:
    text = "Mars 3 was launched on 28 May 1971, five days after its sister ship Mars 2."
    assert claims_of(checker, text, "duration") == []
    text = "Sigmund Jähn flew in 1978 and landed eight days after his launch."
    [length] = claims_of(checker, text, "duration")
    assert (length.value, length.verdict) == ("8 days", "supported")


def test_supposed_to_is_a_plan(checker: Checker) -> None:
    text = ("Soyuz 1 was launched on April 23rd, 1967, and Soyuz 2 was supposed to launch the "
            "next day.")
    plan = next(c for c in claims_of(checker, text, "launch_date") if c.subject_name == "Soyuz-2")
    assert plan.planned and plan.verdict == "unverifiable"


def test_a_flight_of_is_one_flight_not_a_career(checker: Checker) -> None:
    # Komarov's two flights add up to 2 d 3 h; Soyuz 1 alone lasted 1 d 3 h
    text = "Vladimir Komarov was killed on 24 April 1967, after a flight of just over two days."
    [length] = claims_of(checker, text, "duration")
    assert length.verdict == "contradicted"
    text = "Vladimir Komarov spent just over two days in space in all."
    [length] = claims_of(checker, text, "duration")
    assert length.verdict == "supported"


def test_a_caption_heading_names_the_station_referred_to_after_it(checker: Checker) -> None:
    text = ("9. Salyut 1 (model) and a Soyuz 11 menu card\n"
            "The world's first space station was launched by a Proton-K on 19 April 1971.")
    assert said(checker, text) == [("Salyut", "1971-04-19", "supported")]


def test_a_bracketed_date_between_craft_and_verb_keeps_the_crew(checker: Checker) -> None:
    text = ("Voskhod 1 (October 1964) carried Vladimir Komarov, Konstantin Feoktistov and "
            "Pavel Belyayev.")  # Belyayev flew Voskhod 2; Boris Yegorov was the third
    crew = {c.value: c.verdict for c in claims_of(checker, text, "crew")}
    assert crew == {"Vladimir Komarov": "supported", "Konstantin Feoktistov": "supported",
                    "Pavel Belyayev": "contradicted"}


def test_what_someone_wanted_is_a_plan(checker: Checker) -> None:
    # Salyut 3 launched on 1974-06-24; the third crew never flew
    text = "Chelomei wanted a third crew on Salyut 3 in the spring of 1975. It never happened."
    claims = claims_of(checker, text, "launch_date")
    assert [(c.planned, c.verdict) for c in claims] == [(True, "unverifiable")]


def test_coming_back_for_a_flight_is_going_up_again(checker: Checker) -> None:
    # Chrétien flew up on Soyuz TM-7 in November 1988 and came home on TM-6
    text = "Chretien came back for his third flight, on Soyuz TM-7 in November 1988."
    assert said(checker, text, "crew") == [("Soyuz TM-7", "Jean-Loup Chrétien", "supported")]
