"""Readings from session 31's sets (on the real catalog): a station's modules listed with
their years (heldout19, 21, 34, 52) give the year each joined, not a year it merely flew
in; a correction's report of what an earlier piece printed is not claimed, and orbits
"each lasting" a time give the period (heldout57)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said


@pytest.mark.integration
def test_a_modules_year_in_a_chronology_of_modules_is_when_it_joined(checker: Checker) -> None:
    # Priroda was launched in April 1996: in 1997 it was up, but it did not join then
    text = "Kristall arrived in 1990, Spektr in 1995 and Priroda, the last, in 1997."
    assert said(checker, text) == [("Spektr", "1995", "supported"),
                                   ("Priroda", "1997", "contradicted")]
    text = ("Then a new module every year or two: Kvant-1, Kvant-2, Kristall, and finally "
            "Spektr and Priroda in 1995 and 1997 respectively.")
    assert said(checker, text) == [("Spektr", "1995", "supported"),
                                   ("Priroda", "1997", "contradicted")]


@pytest.mark.integration
def test_a_module_alone_or_by_month_keeps_the_in_service_rule(checker: Checker) -> None:
    # one module named with a year it was up: what happened then is not said
    assert said(checker, "Cosmonauts repaired Priroda in 1997.") == [
        ("Priroda", "1997", "unverifiable")]
    # Kvant-2 was launched on 26 November 1989 and docked in December: a month of a
    # chronology may be its docking
    text = "Then the modules: Kvant-2 in December 1989, Kristall in 1990."
    assert said(checker, text) == [("Kvant-2", "1989-12", "unverifiable"),
                                   ("Kristall", "1990", "supported")]


@pytest.mark.integration
def test_what_a_correction_says_an_earlier_piece_printed_is_not_claimed(
        checker: Checker) -> None:
    text = ("Tuesday's article on the first spacewalk said Voskhod 2 was launched from "
            "Plesetsk. It was launched from Baikonur.")
    assert said(checker, text, "launch_site") == [("Voskhod 2", "Baykonur", "supported")]
    # the reported clause ends at a semicolon: the correction after it is claimed
    text = "The same article also said that Interkosmos was set up in 1967; the programme " \
           "was set up in 1976."
    assert said(checker, text, "founded") == [("Interkosmos", "1976", "contradicted")]


@pytest.mark.integration
def test_orbits_each_lasting_a_time_give_the_period(checker: Checker) -> None:
    text = "Vostok 6 lifted off on June 16, 1963; she made 48 orbits, each lasting about 98 " \
           "minutes."
    assert said(checker, text, "orbital_period") == [("Vostok 6", "98 min", "contradicted")]
    assert said(checker, text, "duration") == []


def test_a_timeline_entry_is_not_dated_by_a_relative_clause_inside_it(checker: Checker) -> None:
    entry = ("- March 23, 2001: Mir, whose core module was launched on February 20, 1986, "
             "was steered into the Pacific after 15 years in orbit.")
    found = [(c.property, c.value, c.verdict) for c in checker.check_text(entry).claims
             if c.property.endswith("_date")]
    assert found == [("reentry_date", "2001-03-23", "supported"),
                     ("launch_date", "1986-02-20", "supported")]  # 20 Feb in Moscow


def test_plans_to_fly_and_on_track_for_launch(checker: Checker) -> None:
    plans = ("The long-delayed Nauka laboratory, originally scheduled to fly in 2007, finally "
             "launched on 21 July 2021. NPO Lavochkin said that Luna 25 remains on track for "
             "launch in 2027.")
    found = [(c.value, c.planned, c.verdict) for c in claims_of(checker, plans, "launch_date")]
    assert found == [("2007", True, "unverifiable"), ("2021-07-21", False, "supported"),
                     ("2027", True, "unverifiable")]
    # "the first of his country to fly" is no plan, and no launch word for a later date
    first = ("That summer the station took in Mirosław Hermaszewski and, in September, "
             "Sigmund Jähn, each the first of his country to fly.")
    assert ("Mirosław Hermaszewski", "1978-09") not in [
        (c.subject_name, c.value) for c in claims_of(checker, first, "launch_date")]
