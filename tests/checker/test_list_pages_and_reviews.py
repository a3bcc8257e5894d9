"""Readings from a Wikipedia-style list page and a book review (session 38's blind sets,
heldout70 and heldout71), on the real catalog: each pins a reading that had been an alarm
or a miss there, written here in sentences of its own."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_a_mission_rows_duration_is_the_missions(checker: Checker) -> None:
    # Vostok 3 flew 1962-08-11 to 08-15 (about 94 h, GCAT); the table's crew is wrong
    # (Nikolayev flew Vostok 3), but the Duration column is the mission's
    text = ("Mission | Launch | Crew | Duration\n"
            "Vostok 3 | 11 August 1962 | Pavel Popovich | 3 d 22 h\n"
            "Vostok 5 | 14 June 1963 | Valery Bykovsky | 4 d 23 h\n")
    assert said(checker, text, "duration") == [("Vostok 3", "3.917 days", "supported"),
                                               ("Vostok 5", "4.958 days", "supported")]


def test_years_after_two_names_are_both_of_theirs(checker: Checker) -> None:
    # Soyuz TM first flew in 1986: "(1979-2002)" spans Soyuz T and Soyuz TM together
    assert said(checker, "== Soyuz T and Soyuz TM (1979-2002) ==\n") == []
    assert said(checker, "Salyut 6 (1977-1982) hosted sixteen crews.") == [
        ("Salyut-6", "1977", "supported")]


def test_a_crewed_debut_is_the_first_crewed_flight(checker: Checker) -> None:
    # the 7K-OK's first flight was Kosmos 133 (1966-11-28), its first crewed one Soyuz 1
    text = "The Soyuz 7K-OK made its crewed debut on 23 April 1967."
    assert said(checker, text) == [("7K-OK", "1967-04-23", "supported")]


def test_her_second_flight_is_dated_in_its_own_clause(checker: Checker) -> None:
    # Savitskaya flew Soyuz T-7 (1982-08-19) and Soyuz T-12 (1984-07-17)
    text = ("Svetlana Savitskaya, launched on Soyuz T-7, became the second woman in space; "
            "on her second flight, in July 1984, she became the first woman to walk in space.")
    assert said(checker, text) == [("Svetlana Savitskaya", "1984-07", "supported")]
    assert [(c.value, c.verdict) for c in claims_of(checker, text, "first")
            if "flight" in c.value] == [("second flight", "supported")]


def test_coming_home_from_a_mission_is_a_landing(checker: Checker) -> None:
    # Ryumin landed 1980-10-11 (GCAT psatcat, Soyuz 37); "mission" alone would be a launch
    text = ("By the time Valery Ryumin came home from his third mission, in October 1980, he "
            "had spent 362 days in orbit.")
    assert said(checker, text) == []
    assert said(checker, text, "landing_date") == [("Valery Ryumin", "1980-10", "supported")]


def test_they_after_a_ships_crew_are_that_crew(checker: Checker) -> None:
    # Soyuz 11 flew 23 d 18 h 22 min (Wikidata, GCAT); Yeliseyev, named before, 4 d 22 h
    text = ("On 16 January 1969 Soyuz 4 and Soyuz 5 docked, and Khrunov and Yeliseyev moved "
            "between them by spacewalk. Two years later the Soyuz 11 crew became the first to "
            "live aboard a space station. They spent 23 days and 18 hours in flight.")
    assert said(checker, text, "duration") == [("Soyuz 11", "23.75 days", "supported")]


def test_part_of_a_hyphened_name_is_no_person(checker: Checker) -> None:
    # "Hart" alone is astronaut Terry Hart, but not in the author's name "Valkova-Hart"
    text = "Valkova-Hart describes the shuttle's only flight, on 15 November 1988."
    assert [c for c in checker.check_text(text).claims if c.subject_name == "Terry Hart"] == []


@pytest.mark.parametrize(("text", "subject", "rocket", "verdict"), [
    # Nauka rode a Proton-M (GCAT); Prichal a Soyuz-2.1b with Progress M-UM
    ('The Nauka laboratory "finally rose on an Angara A5 on 21 July 2021".', "Nauka",
     "Angara A5", "contradicted"),
    ("Prichal arrived aboard a Soyuz-2.1a launched on 24 November 2021.", "Prichal",
     "Soyuz-2-1A", "contradicted"),
])
def test_rising_on_a_rocket_names_it(checker: Checker, text: str, subject: str, rocket: str,
                                     verdict: str) -> None:
    assert said(checker, text, "launch_vehicle") == [(subject, rocket, verdict)]


def test_the_docking_with_a_ship_is_the_docking_of_the_one_before(checker: Checker) -> None:
    # Soyuz 19 docked with Apollo on 1975-07-17 (events.yaml)
    text = ("Four years later Leonov was back, commanding Soyuz 19 with Kubasov. The docking "
            "with Apollo on 15 July 1975 is the book's set-piece.")
    assert said(checker, text, "docking_date") == [("Soyuz 19", "1975-07-15", "contradicted")]


def test_what_someone_is_called_in_quotes(checker: Checker) -> None:
    # Savitskaya (1982) was the second woman in space, Sally Ride (1983) the third
    text = 'And the author calls Svetlana Savitskaya "the third woman in space" in passing.'
    [claim] = claims_of(checker, text, "first")
    assert (claim.subject_name, claim.verdict, claim.expected) == (
        "Svetlana Savitskaya", "contradicted", "Sally Ride")
    text = "The press dubbed Tereshkova 'the first woman in space' at once."
    assert [(c.value, c.verdict) for c in claims_of(checker, text, "first")] == [
        ("first woman in space", "supported")]
