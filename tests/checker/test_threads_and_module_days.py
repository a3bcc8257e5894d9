"""Readings from session 51's thread of posts: "the orbit" refers back to the craft told
of; "one lap took" after an opening phrase is a period; a fragment opening on "Liftoff"
is the craft's launch though a site is named on the way; a day of a module listed as the
station grew is its launch's or docking's; "last September" counts from the post's date;
"left from the same pad" is a launch; "the station itself" is the station named, and a
"whose" clause between a ship and its verb names no subject.
Lines written here; verdicts on the real catalog (Voskhod 2: perigee 173 km, apogee 495 km,
inclination 65 deg, launched 18 March 1965; Kristall launched 31 May 1990 and docked on 10
June; Soyuz MS-26 launched 11 September 2024)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from tests.checker.claims import said


@pytest.mark.integration
def test_the_orbit_refers_back_to_the_craft(checker: Checker) -> None:
    text = ("Voskhod 2 flew in March 1965.\nThe orbit was high for 1965: perigee 173 km, "
            "apogee 495 km, inclination {} deg.\nWith those numbers one lap took 91 min.\n")
    assert said(checker, text.format(65), "perigee") == [("Voskhod 2", "173 km", "supported")]
    assert said(checker, text.format(65), "apogee") == [("Voskhod 2", "495 km", "supported")]
    assert said(checker, text.format(52), "inclination") == [
        ("Voskhod 2", "52 deg", "contradicted")]
    # (the period derived from the orbit: 91.2 min)
    assert said(checker, text.format(65), "orbital_period") == [
        ("Voskhod 2", "91 min", "supported")]


@pytest.mark.integration
def test_a_liftoff_fragment_is_the_launch_of_the_craft_told_of(checker: Checker) -> None:
    text = ("Voskhod 2 flew in March 1965.\n\nLiftoff from Baikonur on {} March 1965 on the "
            "Voskhod rocket.\n")
    assert said(checker, text.format(18))[-1] == ("Voskhod 2", "1965-03-18", "supported")
    assert said(checker, text.format(19))[-1] == ("Voskhod 2", "1965-03-19", "contradicted")


@pytest.mark.integration
def test_a_day_of_a_module_listed_as_the_station_grew_is_its_launch_or_docking(
        checker: Checker) -> None:
    text = "Mir grew.\n\nModules: Kvant-1 on 31 March 1987, Kristall on {}."
    assert said(checker, text.format("31 May 1990"))[-1][2] == "supported"  # launch
    # its docking day is left unverifiable, as its docking month is (see the README)
    assert said(checker, text.format("10 June 1990"))[-1][2] == "unverifiable"
    # a year late: Kristall was in space then, which had left it unverifiable
    assert said(checker, text.format("31 May 1991"))[-1] == (
        "Kristall", "1991-05-31", "contradicted")


def test_last_september_counts_from_the_posts_date() -> None:
    head = "Thread by X\nPosted Tue 18 Mar 2025\n\n"
    found = find_dates(head + "MS-26 launched last September; Soyuz MS-28 flies this "
                              "November. Kristall went up last March. It left last February.")
    # ("last February", said in March, may be this year's or last year's: no date)
    assert [(d.text, str(d.date)) for d in found if d.kind == "ago"] == [
        ("last September", "2024-09"), ("this November", "2025-11"),
        ("last March", "2024-03")]
    # without a date of its own, a text's "last September" dates nothing
    assert [d for d in find_dates("It launched last September.") if d.kind == "ago"] == []


@pytest.mark.integration
def test_a_ship_launched_last_september_is_dated_from_the_thread(checker: Checker) -> None:
    text = ("Thread by X\nPosted Tue 18 Mar 2025\n\nOvchinin is up again on MS-26 with "
            "Vagner and Pettit, launched last September.\n")
    assert said(checker, text) == [("Soyuz MS-26", "2024-09", "supported")]


@pytest.mark.integration
def test_a_crew_that_left_from_the_same_pad_launched_then(checker: Checker) -> None:
    text = ("Georgy Dobrovolsky, Vladislav Volkov and Pyotr Kolodin left from the same pad "
            "on 6 June 1971 aboard Soyuz 11 and docked with Salyut 1 the next day; the "
            "station itself had gone up on a Proton rocket on 19 April {}.")
    # the launch day had been read as the docking's (contradicted), and the station's
    # launch as Soyuz 11's
    assert said(checker, text.format(1971)) == [("Soyuz 11", "1971-06-06", "supported"),
                                                ("Salyut", "1971-04-19", "supported")]
    assert said(checker, text.format(1971), "docking_date") == [
        ("Soyuz 11", "1971-06-07", "supported")]
    assert said(checker, text.format(1972))[-1] == ("Salyut", "1972-04-19", "contradicted")


@pytest.mark.integration
def test_a_whose_clause_between_a_ship_and_its_verb_names_no_subject(
        checker: Checker) -> None:
    text = ("Soyuz T-15, whose crew later shuttled between Mir and Salyut 7, left Site 31 "
            "on 13 March {}.")
    assert said(checker, text.format(1986)) == [("Soyuz T-15", "1986-03-13", "supported")]
    assert said(checker, text.format(1985)) == [("Soyuz T-15", "1985-03-13", "contradicted")]
