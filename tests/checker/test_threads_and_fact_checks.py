"""Readings from a social media thread and a fact-check article (session 37's blind sets,
heldout68 and heldout69), on the real catalog: each pins a reading that had been an alarm
or a miss there, written here in sentences of its own."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_came_back_for_another_flight_is_no_landing(checker: Checker) -> None:
    # Soyuz 1 launched on 1967-04-23 (GCAT launch log)
    text = ("Komarov came back for Soyuz 1 on 23 April 1967 and was killed the next day when "
            "the parachute failed.")
    assert said(checker, text, "landing_date") == []
    assert said(checker, text) == [("Soyuz 1", "1967-04-23", "supported")]


def test_struck_the_moon_is_its_impact(checker: Checker) -> None:
    # Luna 2 hit the Moon 1959-09-13 21:02 UTC, 14 September in Moscow (GCAT psatcat); a
    # participle said of the next craft ("Luna 3, launched on …") is Luna 3's
    text = ("Luna 2 struck the Moon on September 14, 1959, and Luna 3, launched on the first "
            "anniversary of Sputnik, photographed the far side.")
    assert said(checker, text, "landing_date") == [("Luna-2", "1959-09-14", "supported")]
    assert "Luna-2" not in [s for s, _, _ in said(checker, text)]


def test_a_person_of_a_country_is_no_operator(checker: Checker) -> None:
    text = "Pham Tuan of Vietnam launched on Soyuz 37 in July 1980."
    assert said(checker, text, "operator") == []
    assert said(checker, text, "crew") == [("Soyuz 37", "Phạm Tuân", "supported")]


def test_the_first_crewed_member_of_a_series(checker: Checker) -> None:
    # "the first crewed Soyuz T" says T-2 was crewed, not that the series' namesake was
    text = "T-2 on 5 June 1980 was the first crewed Soyuz T (Aksyonov and Malyshev)."
    assert "Soyuz T" not in [s for s, _, _ in said(checker, text, "crew")]
    assert said(checker, "In 1980 Soyuz T-2 was crewed.", "crew") == [
        ("Soyuz T-2", "crewed", "supported")]


def test_a_day_during_her_flight_is_not_her_launch(checker: Checker) -> None:
    # Savitskaya flew Soyuz T-12 from 1984-07-17 to 1984-07-29 (GCAT)
    text = ("Savitskaya went on to become the first woman to walk in space, on July 25, 1984, "
            "during her second flight.")
    assert said(checker, text) == [("Svetlana Savitskaya", "1984-07-25", "unverifiable")]


@pytest.mark.parametrize("text", [
    "Most of the viral posts inflate it: an extra two orbits for Gagarin.",
    "Most of the viral posts give Gagarin an additional two orbits.",
])
def test_a_count_added_on_is_not_the_total(checker: Checker, text: str) -> None:
    assert said(checker, text, "orbit_count") == []


def test_launching_on_is_the_ride_up(checker: Checker) -> None:
    # Faris went up on Soyuz TM-3 and came home on TM-2 (astronauts-2020)
    text = "Syria got its turn later, with Muhammed Faris launching on Soyuz TM-2 in July 1987."
    assert said(checker, text, "crew") == [("Soyuz TM-2", "Muhammed Faris", "contradicted")]


def test_again_with_a_companion(checker: Checker) -> None:
    # Soyuz 38 flew Romanenko and Tamayo Méndez; Gorbatko flew Soyuz 37
    text = ("In September 1980 Cuba's Arnaldo Tamayo Méndez went up on Soyuz 38, again with "
            "Gorbatko in the left seat.")
    assert said(checker, text, "crew") == [
        ("Soyuz 38", "Arnaldo Tamayo Méndez", "supported"),
        ("Soyuz 38", "Viktor Gorbatko", "contradicted")]


def test_a_crew_set_off_by_a_spaced_hyphen(checker: Checker) -> None:
    # Voskhod 1 flew Komarov, Feoktistov and Yegorov; Volynov did not fly until Soyuz 5
    text = ("In 1964 Voskhod 1 carried the first three-person crew - Vladimir Komarov, "
            "Konstantin Feoktistov and Boris Volynov - on a flight of just over a day.")
    assert [(v, verdict) for _, v, verdict in said(checker, text, "crew")] == [
        ("crew of 3", "supported"), ("Vladimir Komarov", "supported"),
        ("Konstantin Feoktistov", "supported"), ("Boris Volynov", "contradicted")]


def test_a_trip_is_a_flight(checker: Checker) -> None:
    # Sharman's flight lasted 7 d 21 h (astronauts-2020)
    text = "Helen Sharman, the first Briton, made a ten-day trip in May 1991."
    assert said(checker, text, "duration") == [("Helen Sharman", "10 days", "contradicted")]


def test_the_sun_ends_its_sentence(checker: Checker) -> None:
    # "Sun." is no abbreviation of Sunday after "the": the next line is a sentence of its
    # own, whose "it" is Luna 2, not Luna 1
    text = ("1959\nJan. 2 — Luna 1 misses the Moon but goes into orbit around the Sun.\n"
            "Sept. 12 — Luna 2 is launched. The next day it strikes the Moon.")
    assert said(checker, text, "landing_date") == [("Luna-2", "1959-09-13", "supported")]


def test_a_list_of_people_is_no_apposition(checker: Checker) -> None:
    # Remek flew in March, Hermaszewski in June and Jähn in August 1978 (GCAT launch log)
    text = ("Remek, Poland's Mirosław Hermaszewski and Jähn flew in March, August and June "
            "1978, respectively, under the Interkosmos programme.")
    assert said(checker, text) == [
        ("Vladimír Remek", "1978-03", "supported"),
        ("Mirosław Hermaszewski", "1978-08", "contradicted"),
        ("Sigmund Jähn", "1978-06", "contradicted")]


def test_a_flight_dated_before_its_craft(checker: Checker) -> None:
    # Pham Tuan flew Soyuz 37, not Soyuz 39 (astronauts-2020)
    text = "Vietnam's Pham Tuan became the first Asian in space in July 1980 on Soyuz 39."
    assert said(checker, text, "crew") == [("Soyuz 39", "Phạm Tuân", "contradicted")]
