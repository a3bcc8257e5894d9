"""Readings fixed from the encyclopedia-style list of Salyut missions (heldout48): its
plain-text tables (a row's empty last cell left out, cells split by tabs), "The 18.4-tonne
station" and "the capsule landed" referring back past the crew and ship named since, a
station's own freighters, a clause joined on with its own subject, a move between
stations, an intended stay, and a launch counted from "its core module" (on the real
catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

EXPEDITIONS = ("Mission | Station | Launch date | Crew | Duration | Notes\n"
               "Soyuz 17 | Salyut 4 | 1975-01-11 | Aleksei Gubarev, Georgy Grechko | 29 d 13 h |\n"
               "Soyuz 32 | Salyut 6 | 1979-02-25 | Vladimir Lyakhov, Valery Ryumin | 175 d | "
               "Returned in Soyuz 34\n")


@pytest.mark.integration
def test_rows_after_one_with_an_empty_last_cell_are_read(checker: Checker) -> None:
    assert [(s, v) for s, _, v in said(checker, EXPEDITIONS, "launch_date")] == [
        ("Soyuz 17", "supported"), ("Soyuz 32", "supported")]
    # "Returned in Soyuz 34" is a note, not a landing on the row's launch date
    assert said(checker, EXPEDITIONS, "landing_date") == []


@pytest.mark.integration
def test_a_tab_separated_table_is_read(checker: Checker) -> None:
    text = ("Mission\tLaunch date\tCrew\tGuest country\tNotes\n"
            "Soyuz 30\t27 June 1978\tPyotr Klimuk, Miroslaw Hermaszewski\tPoland\n"
            "Soyuz T-11\t2 April 1984\tYury Malyshev, Gennadi Strekalov, Rakesh Sharma\tIndia\n")
    assert said(checker, text) == [("Soyuz 30", "1978-06-27", "supported"),
                                   ("Soyuz T-11", "1984-04-02", "contradicted")]


SALYUT_1 = ("Salyut 1. The Soyuz 10 crew docked on 24 April 1971 but could not enter the "
            "station. The first crew to board it arrived on 7 June, a day after Soyuz 11 "
            "lifted off; they died when their descent module depressurised, and the capsule "
            "landed on 30 June 1971. The 18.4-tonne station circled the Earth.")


@pytest.mark.integration
@pytest.mark.parametrize(("prop", "subject", "verdict"), [
    ("landing_date", "Soyuz 11", "supported"), ("mass", "Salyut", "supported")])
def test_the_capsule_and_the_station_refer_back_past_the_crew(checker: Checker, prop: str,
                                                              subject: str,
                                                              verdict: str) -> None:
    assert [(s, v) for s, _, v in said(checker, SALYUT_1, prop)] == [(subject, verdict)]


@pytest.mark.integration
def test_a_stations_freighters_are_not_the_station(checker: Checker) -> None:
    text = "Salyut 6's Progress freighters were launched on Soyuz-U rockets."
    assert said(checker, text, "launch_vehicle") == []


@pytest.mark.integration
def test_a_clause_joined_on_with_its_own_subject(checker: Checker) -> None:
    text = "Soyuz 34 was sent up on 6 June 1979 and Soyuz 32 came home empty."
    assert said(checker, text) == [("Soyuz-34", "1979-06-06", "supported")]
    assert said(checker, text, "landing_date") == []


@pytest.mark.integration
def test_a_move_between_stations_is_no_launch(checker: Checker) -> None:
    text = ("Kizim and Solovyov, launched to Mir in March 1986, flew to Salyut 7 in May and "
            "back in June.")
    values = [v for _, v, _ in said(checker, text)]
    assert values and "1986-05" not in values


@pytest.mark.integration
def test_an_intended_stay_is_no_duration(checker: Checker) -> None:
    text = ("Soyuz 18a: Vasily Lazarev and Oleg Makarov, bound for a 60-day stay on Salyut 4, "
            "reached about 192 km before a staging failure.")
    assert said(checker, text, "duration") == []


@pytest.mark.integration
def test_a_launch_counted_from_its_core_module(checker: Checker) -> None:
    # Soyuz T-15 went up on 13 March 1986, three weeks after Mir's core, not two
    text = ("Kizim and Solovyov, launched to Mir two weeks after its core module lifted "
            "off on 20 February 1986, flew to Salyut 7 in May.")
    assert [(v, verdict) for _, v, verdict in said(checker, text)] == [
        ("1986-03-05", "contradicted")]


@pytest.mark.integration
def test_the_noun_in_apposition_is_the_name_before_it(checker: Checker) -> None:
    text = ("He saw Mir brought down on 23 March 2001, and watched its successor take shape "
            "around Zarya, the module launched by a Proton in November 1999.")
    assert said(checker, text) == [("Zarya", "1999-11", "contradicted")]
