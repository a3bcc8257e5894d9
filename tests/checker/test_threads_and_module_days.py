"""Readings from session 51's thread of posts: "the orbit" refers back to the craft told
of; "one lap took" after an opening phrase is a period; a fragment opening on "Liftoff"
is the craft's launch though a site is named on the way; a day of a module listed as the
station grew is its launch's or docking's; "last September" counts from the post's date.
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
