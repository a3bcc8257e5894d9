"""What a radio call-in's speakers say in fragments (heldout142): a craft named alone and
then its day and launch ("Buran. The fifteenth of November eighty-eight, launched on the
Energia rocket from Baikonur."), and a reply's figures said of "that flight", not of the
person named before it. Lines written here; verdicts on the real catalog: Buran flew
uncrewed from Baikonur on an Energia on 15 November 1988 (GCAT launchlog) and made two
orbits in 206 minutes (curated); Igor Volk flew on Soyuz T-12."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("day", ["On 15 November 1988", "The fifteenth of November eighty-eight"])
def test_a_launch_told_after_its_day_is_of_the_craft_named_before(checker: Checker,
                                                                  day: str) -> None:
    text = f"Evening. Buran. {day}, launched on the Energia rocket from Baikonur."
    assert [(prop, said(checker, text, prop)) for prop in (
        "launch_date", "launch_vehicle", "launch_site")] == [
        ("launch_date", [("Buran OK-1K", "1988-11-15", "supported")]),
        ("launch_vehicle", [("Buran OK-1K", "Energia", "supported")]),
        ("launch_site", [("Buran OK-1K", "Baykonur", "supported")])]
    wrong = text.replace("Baikonur", "Plesetsk")
    assert said(checker, wrong, "launch_site") == [("Buran OK-1K", "Plesetsk", "contradicted")]


@pytest.mark.parametrize(("orbits", "expected"), [
    ("two", ("Buran OK-1K", "2 orbits", "supported")),
    ("three", ("Buran OK-1K", "3 orbits", "contradicted"))])
def test_figures_of_that_flight_are_not_the_persons_named_before(
        checker: Checker, orbits: str, expected: tuple[str, str, str]) -> None:
    text = ("Buran flew on 15 November 1988.\n\nNobody aboard. Volk trained for it, but that "
            f"flight was fully automatic, and it was {orbits} orbits.")
    assert said(checker, text, "orbit_count") == [expected]


def test_a_relative_clauses_verb_is_not_the_next_list_items(checker: Checker) -> None:
    # GCAT launchlog: Kristall launched on 31 May 1990 (docked 10 June, curated), Spektr on
    # 20 May 1995, Priroda on 23 April 1996
    text = ("Then the modules. Kristal in May ninety, which docked that same month, then "
            "Spektr in ninety-four and Priroda in ninety-six.")
    assert said(checker, text) == [("Kristall", "1990-05", "supported"),
                                   ("Spektr", "1994", "contradicted"),
                                   ("Priroda", "1996", "supported")]
    assert said(checker, text, "docking_date") == [("Kristall", "1990-05", "contradicted")]


def test_each_of_the_orbits_told_lasting_is_its_period(checker: Checker) -> None:
    # GCAT psatcat: Buran's orbit took 89.5 minutes
    text = "It made two orbits, at 51.6 degrees, each of them lasting about an hour and a half."
    assert said(checker, "Buran flew on 15 November 1988. " + text, "orbital_period") == [
        ("Buran OK-1K", "90 min", "supported")]


def test_who_a_flight_was_like_is_not_who_flew_it(checker: Checker) -> None:
    # Vostok 6 made 48 orbits and landed on 19 June 1963 (curated, GCAT psatcat); Vostok 1
    # made one orbit
    text = ("On 16 June 1963 Valentina Tereshkova became the first woman in space. She flew "
            "from Baikonur, like Gagarin, orbited the Earth 48 times and came down on the 19th "
            "of July.")
    assert said(checker, text, "orbit_count") == [
        ("Valentina Tereshkova", "48 orbits", "supported")]
    assert said(checker, text, "landing_date") == [
        ("Valentina Tereshkova", "1963-07-19", "contradicted")]
