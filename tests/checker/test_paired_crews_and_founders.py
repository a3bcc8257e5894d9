"""Readings from session 49: two lists of people paired "respectively" (guests and
their commanders), a body said to be organised, not by whom, who a ship brought home, a
date between a verb and a ship, a time said with no zone, dates listed with their own
prepositions, a day's year. Lines written here; verdicts on the real catalog (Soyuz 28:
Gubarev and Remek; Soyuz 30: Klimuk and Hermaszewski; Soyuz 31: Bykovsky and Jähn)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_guests_and_commanders_flew_with_each_other_respectively(checker: Checker) -> None:
    text = ("Remek and Poland's Mirosław Hermaszewski flew with commanders {} and {} "
            "respectively.")
    assert sorted(said(checker, text.format("Pyotr Klimuk", "Aleksei Gubarev"), "crew")) == [
        ("Soyuz 28", "Pyotr Klimuk", "contradicted"),
        ("Soyuz 30", "Aleksei Gubarev", "contradicted")]
    assert sorted(said(checker, text.format("Aleksei Gubarev", "Pyotr Klimuk"), "crew")) == [
        ("Soyuz 28", "Aleksei Gubarev", "supported"),
        ("Soyuz 30", "Pyotr Klimuk", "supported")]


@pytest.mark.integration
def test_a_second_list_of_people_is_paired_with_the_ships_too(checker: Checker) -> None:
    text = ("Soyuz 30 and Soyuz 31 carried Poland's Mirosław Hermaszewski and East "
            "Germany's Sigmund Jähn, commanded by {} and {} respectively.")
    assert sorted(said(checker, text.format("Valery Bykovsky", "Pyotr Klimuk"), "crew")) == [
        ("Soyuz 30", "Mirosław Hermaszewski", "supported"),
        ("Soyuz 30", "Valery Bykovsky", "contradicted"),
        ("Soyuz 31", "Pyotr Klimuk", "contradicted"),
        ("Soyuz 31", "Sigmund Jähn", "supported")]
    assert [v for _, _, v in said(checker, text.format("Pyotr Klimuk", "Valery Bykovsky"),
                                  "crew")] == ["supported"] * 4


@pytest.mark.integration
def test_organised_is_a_founding_and_by_names_the_founder(checker: Checker) -> None:
    # curated: Interkosmos started in 1967
    assert said(checker, "The Interkosmos programme, organised in 1965, flew guests from "
                         "nine countries.", "founded") == [
        ("Interkosmos", "1965", "contradicted")]
    # who set the flight up, not what was set up (it had been read as Interkosmos's founding)
    assert checker.check_text("The flight was organised in 1978 by Interkosmos.").claims == []


@pytest.mark.integration
def test_who_came_home_in_a_ship_after_its_landing_date(checker: Checker) -> None:
    # Kubasov and Farkas went up in Soyuz 36 and came home in Soyuz 35 (Farkas's rides
    # derived from his Wikidata time in space); the date's comma ends no clause
    text = "Soyuz {} landed on June 3, 1980 with Kubasov and Farkas aboard."
    assert said(checker, text.format(36), "crew") == [
        ("Soyuz 36", "Valeri Kubasov", "contradicted"),
        ("Soyuz 36", "Bertalan Farkas", "contradicted")]
    assert [v for *_, v in said(checker, text.format(35), "crew")] == ["supported"] * 2


@pytest.mark.integration
def test_a_date_between_the_verb_and_the_ship_says_which_way_they_rode(
        checker: Checker) -> None:
    # Jähn went up in Soyuz 31 and came home in Soyuz 29; Vasilevskaya went up in MS-25
    # and came home in MS-24 on 6 April 2024 (Wikidata lists her in MS-25 only)
    assert said(checker, "Hermaszewski followed in May, and Sigmund Jahn of East Germany "
                         "lifted off in August 1978 aboard Soyuz 29.", "crew") == [
        ("Soyuz 29", "Sigmund Jähn", "contradicted")]
    text = ("Marina Vasilevskaya launched on Soyuz MS-25 on 23 March 2024. She landed a "
            "fortnight later, on the sixth of April, aboard MS-24.")
    # (the offset said again as a day is one claim, the day's)
    assert said(checker, text, "landing_date") == [
        ("Marina Vasilevskaya", "2024-04-06", "supported")]
    assert said(checker, text.replace("sixth", "ninth").replace("a fortnight later, ", ""),
                "landing_date") == [("Marina Vasilevskaya", "2024-04-09", "contradicted")]


@pytest.mark.integration
def test_more_wordings(checker: Checker) -> None:
    # Vostok 6's period is 88.7 min (derived from its orbit)
    assert said(checker, "Valentina Tereshkova made forty-eight orbits, each one taking "
                         "ninety-four minutes.", "orbital_period")[0][2] == "contradicted"
    # curated: Glavkosmos set up in 1985
    assert said(checker, "Glavkosmos dated from nineteen eighty-five.", "founded") == [
        ("Glavkosmos", "1985", "supported")]
    # a hope is a plan, never contradicted
    claims = checker.check_text("Marina Vasilevskaya flew on Soyuz MS-25 in March 2024; "
                                "Minsk hopes for a second flight in 2027.").claims
    assert [(c.value, c.planned, c.verdict) for c in claims if c.value == "2027"] == [
        ("2027", True, "unverifiable")]
    # a spacewalk's day, told after the launch, is no launch date
    assert said(checker, "Jean-Loup Chretien lifted off in Soyuz TM-7 on 26 November 1988, "
                         "and on 9 December he became the first person from outside the "
                         "Soviet Union and the United States to walk in space.") == [
        ("Soyuz TM-7", "1988-11-26", "supported")]


@pytest.mark.integration
def test_a_time_with_no_zone_may_be_moscow_time(checker: Checker) -> None:
    # Mir's core: 1986-02-19 21:28 UTC, 00:28 on the 20th in Moscow
    text = "The core module of Mir left Baikonur at {} on {} February 1986."
    assert [v for *_, v in said(checker, text.format("00:28", 20))] == ["supported"]
    assert [v for *_, v in said(checker, text.format("21:28", 19))] == ["supported"]
    assert [v for *_, v in said(checker, text.format("05:28", 20))] == ["contradicted"]


@pytest.mark.integration
def test_dates_listed_with_their_own_prepositions_pair_respectively(checker: Checker) -> None:
    # Kvant-2: 26 November 1989; Kristall: 31 May 1990
    assert said(checker, "Kristall and Kvant-2 followed in November 1989 and on 31 May 1990 "
                         "respectively.") == [("Kristall", "1989-11", "contradicted"),
                                              ("Kvant-2", "1990-05-31", "contradicted")]


@pytest.mark.integration
def test_a_day_keeps_the_year_its_sentence_gave_before(checker: Checker) -> None:
    # Jähn went up in Soyuz 31 on 26 August 1978 and came home in Soyuz 29 on 3 September
    assert said(checker, "Soyuz 31, launched 26 August 1978 with Bykovsky and Sigmund Jähn, "
                         "who landed on 3 September; and Soyuz 38, launched 18 September "
                         "1980.", "landing_date") == [("Soyuz 29", "1978-09-03", "supported")]
