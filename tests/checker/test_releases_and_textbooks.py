"""Constructions from an agency press release and a school textbook, checked on the real
catalog: units given twice, a clause whose subject the catalog does not name, a number
describing the craft noun after it, "since" opening a clause, and a founding's object."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "prop", "expected"), [
    ("Sputnik 1, an 83.6 kg (184 lb) polished sphere.", "mass",
     [("Sputnik 1", "83.6 kg", "supported")]),
    ("Sputnik 2 took the dog Laika to an apogee of 1,160 km (720 miles).", "apogee",
     [("Sputnik 2", "1160 km", "contradicted")]),
])
def test_a_conversion_in_brackets_is_not_a_second_claim(
        checker: Checker, text: str, prop: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, prop) == expected


def test_a_clause_with_a_subject_of_its_own_is_not_the_earlier_crafts(
        checker: Checker) -> None:
    # the Shuttle Atlantis is not in the catalog by that name; Soyuz 19 never met Mir
    text = ("Cooperation, begun when Leonov flew Soyuz 19, resumed when the Shuttle Atlantis "
            "docked with Mir on 29 June 1995.")
    assert said(checker, text, "docking_date") == []


def test_a_number_before_a_craft_noun_describes_the_craft_referred_to(
        checker: Checker) -> None:
    text = ("Mir. The 20.4-tonne (45,000 lb) core module was launched by a Proton-K and grew "
            "into the first modular station with Kvant (1987).")
    assert said(checker, text, "mass") == [("Mir", "20400 kg", "supported")]


def test_since_may_open_a_clause_whose_subject_is_the_name(checker: Checker) -> None:
    text = ("This year marks four decades since the launch of the Mir core module on 20 "
            "February 1986, and 55 years since Salyut, the world's first space station, "
            "reached orbit on 19 April 1971.")
    assert said(checker, text) == [("Mir", "1986-02-20", "supported"),
                                   ("Salyut", "1971-04-19", "supported")]


def test_what_a_country_set_up_is_not_the_country(checker: Checker) -> None:
    assert said(checker, "Russia set up its own space agency in February 1992.",
                "founded") == []
    # "the same year" is when, not what: IKI dates from 1965 (GCAT orgs)
    text = ("Interkosmos was set up in 1967, and the Space Research Institute (IKI), founded "
            "the same year.")
    assert [verdict for _, _, verdict in said(checker, text, "founded")] == [
        "supported", "contradicted"]


def test_a_count_of_years_means_about_that_long(checker: Checker) -> None:
    # Soyuz 4 and 5 docked on 16 January 1969, three months after October 1968; Vostok 6
    # flew two years and two months after Vostok 1
    text = ("In October 1968 Georgy Beregovoy flew in Soyuz 3. A year later Soyuz 4 and "
            "Soyuz 5 docked.")
    assert said(checker, text, "docking_date") == [("Soyuz 4", "1969", "contradicted"),
                                                   ("Soyuz 5", "1969", "contradicted")]
    text = "Gagarin flew on 12 April 1961. Two years later Tereshkova flew on Vostok 6."
    assert said(checker, text)[-1] == ("Valentina Tereshkova", "1963", "supported")


@pytest.mark.parametrize(("text", "expected"), [
    # Mars 2: 19 May 1971, Mars 3: 28 May; Vostok 3: 11 August 1962, Vostok 4: 12 August
    ("Mars 2 and Mars 3 were launched ten days apart in May 1971.",
     [("Mars-2", "1971-05", "supported"), ("Mars-3", "1971-05-29", "contradicted")]),
    ("In August 1962 Vostok 3 and Vostok 4 were launched one day apart.",
     [("Vostok 3", "1962-08", "supported"), ("Vostok 4", "1962-08-12", "supported")]),
])
def test_two_crafts_launched_days_apart(checker: Checker, text: str,
                                        expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text) == expected


def test_a_touchdown_the_history_layer_dates_refutes_an_earlier_day(
        checker: Checker) -> None:
    # Luna 9 touched down on 3 February 1966 (curated; GCAT ends its work on 6 February).
    # Luna 20's touchdown is not recorded, only GCAT's end of its work on the 22nd (its
    # ascent stage leaving the Moon): an earlier day is not refuted
    assert said(checker, "Luna 9 made the first soft landing on the Moon on 31 January 1966.",
                "landing_date") == [("Luna-9", "1966-01-31", "contradicted")]
    assert said(checker, "Luna 20 landed on the Moon on 21 February 1972.",
                "landing_date") == [("Luna-20 VA", "1972-02-21", "unverifiable")]


def test_a_month_in_brackets_after_a_person_dates_their_flight(checker: Checker) -> None:
    # Mohmand launched on 29 August 1988; a bare year after a name may be a birth year
    text = ("Guests followed: Afghanistan's Abdul Ahad Mohmand (September 1988) and Helen "
            "Sharman (May 1991).")
    assert said(checker, text) == [("Abdul Mohmand", "1988-09", "contradicted"),
                                   ("Helen Sharman", "1991-05", "supported")]
    assert said(checker, "Valentina Tereshkova (1937) grew up near Yaroslavl.") == []
