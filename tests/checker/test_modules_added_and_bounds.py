"""Readings from the school essay and older sets (session 44): a module "added in" a year
was launched then; a verb left out after "and finally"; a predicate with no subject after
", and"; "more than a month" is more than the shortest month. Lines written here; verdicts
on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_a_module_added_in_a_year_was_launched_that_year(checker: Checker) -> None:
    # Kvant-1 1987-03-31, Kvant-2 1989-11-26, Kristall 1990-05-31, Priroda 1996-04-23
    # (GCAT launchlog)
    text = ("Mir kept growing: Kvant-1 was added in 1986, then Kvant-2, Kristall, Spektr and "
            "finally Priroda in 1997. Kvant-2 and Kristall were added in 1989 and 1991 "
            "respectively.")
    assert said(checker, text) == [
        ("Kvant", "1986", "contradicted"), ("Priroda", "1997", "contradicted"),
        ("Kvant-2", "1989", "supported"), ("Kristall", "1991", "contradicted")]


def test_added_to_a_station_is_still_its_docking(checker: Checker) -> None:
    text = "Zarya was added to the ISS in 1998."
    assert said(checker, text) == []
    assert said(checker, text, "docking_date") == [("Zarya", "1998", "supported")]


def test_what_with_names_is_what_the_participle_is_said_of(checker: Checker) -> None:
    text = ("Mir, launched February 20, 1986, grew module by module, with Kvant added in 1987 "
            "and Kvant-2 in 1990, and was deorbited over the Pacific on March 23, 2001.")
    assert said(checker, text) == [
        ("Mir", "1986-02-20", "supported"), ("Kvant", "1987", "supported"),
        ("Kvant-2", "1990", "contradicted")]
    # the predicate after ", and" is the sentence's subject's, not the last module's
    assert said(checker, text, "reentry_date") == [("Mir", "2001-03-23", "supported")]


def test_more_than_a_month_is_more_than_the_shortest_month(checker: Checker) -> None:
    # Soyuz 11 flew 23 d 18 h (GCAT, Wikidata)
    text = "Soyuz 11 landed on 30 June 1971 after more than a month in space."
    assert said(checker, text, "duration") == [("Soyuz 11", "30.44 days", "contradicted")]
    text = "Soyuz 11 landed on 30 June 1971 after more than three weeks in space."
    assert said(checker, text, "duration") == [("Soyuz 11", "21 days", "supported")]


def test_a_body_set_up_by_a_country_is_the_founding_verbs_object(checker: Checker) -> None:
    # the Russian Space Agency: February 1992 (GCAT orgs); Interkosmos 1967 (curated)
    text = ("In 1991, straight after the Soviet Union collapsed, Russia set up the Russian "
            "Space Agency. In 1967 the USSR set up the Interkosmos programme. In 1991, after "
            "the Soviet Union collapsed, the Russian Space Agency was set up. Russia set up "
            "its own space agency in February 1992.")
    names = [(name.split(" (")[0][:11], value, verdict)
             for name, value, verdict in said(checker, text, "founded")]
    assert names == [("Rossiskoe a", "1991", "contradicted"),
                     ("Interkosmos", "1967", "supported"),
                     ("Rossiskoe a", "1991", "contradicted")]


def test_time_spent_in_orbit_tells_who_flew_and_when(checker: Checker) -> None:
    # Vostok 2 launched 1961-08-06 with Titov (GCAT launchlog, Wikidata crew)
    text = ("On 12 April 1961 Yuri Gagarin flew. Three months later Gherman Titov spent more "
            "than a day in orbit on Vostok 2.")
    assert said(checker, text, "crew") == [("Vostok 2", "Gherman Titov", "supported")]
    assert said(checker, text)[1] == ("Gherman Titov", "1961-07", "contradicted")
    # Polyakov was up from January 1994 to March 1995: a year he spent in space, not
    # the year he launched, so no contradiction
    text = "In 1995 Valeri Polyakov spent 438 days in space on Mir."
    assert said(checker, text) == [("Valeri Polyakov", "1995", "unverifiable")]
    # a later event's date after the stay is not the stay's
    text = ("Soyuz 11 was launched on 6 June 1971. Its crew spent nearly 24 days in space "
            "before dying during their return on 30 June 1971.")
    assert said(checker, text) == [("Soyuz 11", "1971-06-06", "supported")]


def test_a_total_up_to_a_date_is_a_career_total(checker: Checker) -> None:
    # Polyakov: 678 d 16 h in all (Wikidata), 437 d 17 h on his 1994-95 flight
    text = "By 1995 Valeri Polyakov had spent 678 days in space."
    assert said(checker, text, "duration") == [("Valeri Polyakov", "678 days", "supported")]
