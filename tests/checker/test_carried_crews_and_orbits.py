"""Who a ship carried, and how long an orbit took. Lines written here; verdicts on the
real catalog: Soyuz MS-23 went up empty on 24 February 2023 to bring home MS-22's crew;
the period derived from Sputnik 1's orbit is 96.4 minutes; Soyuz TM-31 took Shepherd,
Gidzenko and Krikalev to the ISS on 31 October 2000; Musabayev went up in Soyuz TM-32 in
April 2001 and came home in TM-31, so Wikidata lists him among TM-31's crew, and the
astronauts-2020 file says he rode it down only."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_a_ship_carrying_people_to_the_station_took_them_up(checker: Checker) -> None:
    text = ("31 October 2000 — Soyuz TM-31 carries William Shepherd, Talgat Musabayev and "
            "Sergei Krikalev to the ISS")
    assert said(checker, text, "crew") == [
        ("Soyuz TM-31", "William Shepherd", "supported"),
        ("Soyuz TM-31", "Talgat Musabayev", "contradicted"),
        ("Soyuz TM-31", "Sergei Krikalev", "supported")]


def test_a_ship_carrying_people_home_brought_them_down(checker: Checker) -> None:
    text = "6 May 2001 — Soyuz TM-31 carries Talgat Musabayev and Yuri Baturin home"
    assert said(checker, text, "crew") == [
        ("Soyuz TM-31", "Talgat Musabayev", "supported"),
        ("Soyuz TM-31", "Yuri Baturin", "supported")]
    # the row's date is the day it carried them home, not a launch
    assert said(checker, text) == []
    assert said(checker, text, "landing_date") == [("Soyuz TM-31", "2001-05-06", "supported")]


def test_a_count_of_cosmonauts_with_a_word_before_the_noun(checker: Checker) -> None:
    text = "Soyuz MS-23 carried three replacement cosmonauts up to the ISS."
    assert said(checker, text, "crew") == [("Soyuz MS-23", "crew of 3", "contradicted")]


def test_its_first_orbit_took_is_the_period(checker: Checker) -> None:
    text = "Sputnik 1 went up on 4 October 1957. Its first orbit took {}."
    assert said(checker, text.format("96 minutes"), "orbital_period") == [
        ("Sputnik 1", "96 min", "supported")]
    assert said(checker, text.format("81 minutes"), "orbital_period") == [
        ("Sputnik 1", "81 min", "contradicted")]


def test_a_list_of_guests_each_with_their_country(checker: Checker) -> None:
    # Soyuz 30 carried Hermaszewski (Poland), Soyuz 31 Jähn (East Germany)
    text = ("Soyuz 30 and Soyuz 31 carried {} of Poland and {} of East Germany, "
            "respectively.")
    assert said(checker, text.format("Mirosław Hermaszewski", "Sigmund Jähn"), "crew") == [
        ("Soyuz 30", "Mirosław Hermaszewski", "supported"),
        ("Soyuz 31", "Sigmund Jähn", "supported")]
    assert said(checker, text.format("Sigmund Jähn", "Mirosław Hermaszewski"), "crew") == [
        ("Soyuz 30", "Sigmund Jähn", "contradicted"),
        ("Soyuz 31", "Mirosław Hermaszewski", "contradicted")]


@pytest.mark.parametrize("opening", [
    "Soyuz 11's crew, {}", "The crew of Soyuz 11, {}",
    "Soyuz 11 landed on 30 June 1971. The crew, {}"])
def test_a_crew_named_in_apposition(checker: Checker, opening: str) -> None:
    text = opening.format("Georgy Dobrovolsky, Vladislav Volkov and {}, died on re-entry.")
    assert [s for s in said(checker, text.format("Viktor Patsayev"), "crew")] == [
        ("Soyuz 11", name, "supported")
        for name in ("Georgy Dobrovolsky", "Vladislav Volkov", "Viktor Patsayev")]
    assert said(checker, text.format("Alexei Leonov"), "crew")[-1] == (
        "Soyuz 11", "Alexei Leonov", "contradicted")


def test_its_crew_comma_names_the_ship_told_before(checker: Checker) -> None:
    # Soyuz MS-10's booster failed on 11 October 2018 with Ovchinin and Hague aboard
    text = "Soyuz MS-10 failed after lift-off. Its crew, {} and Nick Hague, escaped unharmed."
    assert said(checker, text.format("Aleksey Ovchinin"), "crew") == [
        ("Soyuz MS-10", "Aleksey Ovchinin", "supported"),
        ("Soyuz MS-10", "Nick Hague", "supported")]
    assert said(checker, text.format("Oleg Kononenko"), "crew")[0] == (
        "Soyuz MS-10", "Oleg Kononenko", "contradicted")


@pytest.mark.parametrize("sentence", [
    "The spacecraft carried {}.", "The spacecraft, crewed by {}, docked with Salyut 1."])
def test_the_spacecraft_after_its_name_carried_the_people_named(checker: Checker,
                                                               sentence: str) -> None:
    text = "Soyuz 11 lifted off on 6 June 1971. " + sentence
    assert said(checker, text.format("Georgy Dobrovolsky"), "crew") == [
        ("Soyuz 11", "Georgy Dobrovolsky", "supported")]
    assert said(checker, text.format("Alexei Leonov"), "crew") == [
        ("Soyuz 11", "Alexei Leonov", "contradicted")]


def test_what_follows_a_crew_set_off_by_commas_is_said_of_the_ship(checker: Checker) -> None:
    # Buran flew uncrewed on 15 November 1988 and made two orbits (curated); Igor Volk
    # flew on Soyuz T-12
    text = ("Buran flew on 15 November 1988. The orbiter, crewed by test pilots Igor Volk "
            "and Rimantas Stankevicius, made {} orbits.")
    assert said(checker, text.format("two"), "orbit_count") == [
        ("Buran OK-1K", "2 orbits", "supported")]
    assert said(checker, text.format("three"), "orbit_count") == [
        ("Buran OK-1K", "3 orbits", "contradicted")]
    assert said(checker, text.format("two"), "crew") == [
        ("Buran OK-1K", "Igor Volk", "contradicted")]
