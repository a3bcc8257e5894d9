"""A timeline infographic's alt text: each node's label, a line that is only a date
("1961 - 6 August"), dates the event the caption on the line below opens with. Captions
written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_a_node_label_dates_its_captions_launch(checker: Checker) -> None:
    text = ("1961 - 6 August\nVostok 2 - Gherman Titov. Seventeen orbits.\n\n"
            "1977 - 29 October\nSalyut 6, with two docking ports.\n\n"
            "1961 - 12 April (highlighted node, larger red circle)\nVostok 1 - Yuri Gagarin.\n")
    assert said(checker, text) == [("Vostok 2", "1961-08-06", "supported"),
                                   # (in orbit that day: the caption tells of no launch)
                                   ("Salyut-6", "1977-10-29", "unverifiable"),
                                   ("Vostok 1", "1961-04-12", "supported")]


def test_a_node_label_dates_the_event_its_caption_names(checker: Checker) -> None:
    text = "1966 - 3 February\nLuna 9 makes the first soft landing on the Moon.\n"
    assert said(checker, text, "landing_date") == [("Luna-9", "1966-02-03", "supported")]
    assert said(checker, text) == []


def test_his_first_flight_before_a_name_is_that_persons(checker: Checker) -> None:
    text = ("Helen Sharman follows on Soyuz TM-12 with Anatoly Artsebarsky and Musa Manarov.\n\n"
            "1994 - 8 January\nOn his first flight, Valeri Polyakov launches on Soyuz TM-18.\n")
    assert ("Valeri Polyakov", "1994-01-08", "supported") in said(checker, text)
    # (and the "first" is wrong: he first flew on Soyuz TM-6 in 1988)
    assert said(checker, text, "first") == [("Valeri Polyakov", "first flight", "contradicted")]


def test_a_captions_verbless_figures_are_the_flights(checker: Checker) -> None:
    text = ("1961 - 6 August\nVostok 2 - Gherman Titov. Seventeen orbits, a little over 25 "
            "hours.\n\n1964 - 12 October\nVoskhod 1. Fifteen orbits in just over 24 hours, "
            "flown on a standard Vostok rocket.\n")
    # the time told beside a count of orbits is the flight's length
    assert said(checker, text, "duration") == [("Gherman Titov", "25 h", "supported"),
                                               ("Voskhod 1", "24 h", "supported")]
    # (a rocket named after the figures names no flight of its own: Voskhod 1 flew 16)
    assert said(checker, text, "orbit_count") == [("Gherman Titov", "17 orbits", "supported"),
                                                  ("Voskhod 1", "15 orbits", "contradicted")]


def test_a_captions_crew_after_a_colon_flew_the_ship_named_before(checker: Checker) -> None:
    text = ("1964 - 12 October\nVoskhod 1. First crew of three: Vladimir Komarov, Konstantin "
            "Feoktistov and Boris Yegorov.\n\nSoyuz 11. Crew: Georgy Dobrovolsky, Vladislav "
            "Volkov and Alexei Leonov.\n")
    assert said(checker, text, "crew") == [
        ("Voskhod 1", "Vladimir Komarov", "supported"),
        ("Voskhod 1", "Konstantin Feoktistov", "supported"),
        ("Voskhod 1", "Boris Yegorov", "supported"),
        ("Soyuz 11", "Georgy Dobrovolsky", "supported"),
        ("Soyuz 11", "Vladislav Volkov", "supported"),
        # (not one of the three Soyuz 11 carried)
        ("Soyuz 11", "Alexei Leonov", "contradicted")]


def test_an_orbits_period_labelled_before_a_colon(checker: Checker) -> None:
    text = "- Vostok 1 orbital period: 108 minutes\n- Sputnik 1 orbital period: 96 minutes\n"
    assert said(checker, text, "orbital_period") == [("Vostok 1", "108 min", "contradicted"),
                                                     ("Sputnik 1", "96 min", "supported")]
