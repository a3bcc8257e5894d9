"""A talk's speaker notes (session 36, from heldout66/67's genres), on the real catalog:
terse lines, months as "06/1990", "up on … down on …", a labelled list of two probes, and
launches told as "followed from Site 200" or "sent … on its way"."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_months_written_as_in_notes(checker: Checker) -> None:
    # Kvant-1 went up 31 March 1987, Kvant-2 26 November 1989; Phobos 2 in July 1988
    text = ("- Modules: Kvant-1 03/1987, Kvant-2 11/1989, Kristall 06/1990.\n"
            "- Phobos 2, launched in 07/1989.")
    # (Kristall went up on 31 May 1990: June 1990, told with no verb, is a month it flew)
    assert said(checker, text) == [("Kvant", "1987-03", "supported"),
                                   ("Kvant-2", "1989-11", "supported"),
                                   ("Kristall", "1990-06", "unverifiable"),
                                   ("Fobos-2", "1989-07", "contradicted")]


def test_up_on_one_ship_down_on_another(checker: Checker) -> None:
    text = "- Polyakov: up on Soyuz TM-18 on 1994-01-08, down on TM-20 on 1995-03-22."
    assert said(checker, text) == [("Soyuz TM-18", "1994-01-08", "supported")]
    assert said(checker, text, "landing_date") == [("Soyuz TM-20", "1995-03-22", "supported")]


def test_a_labelled_pair_of_dates(checker: Checker) -> None:
    # Vega 1 went up on 15 December 1984, Vega 2 on the 21st
    text = "- Vega 1 and Vega 2: 15 and 21 December 1984. Venus first, then Halley."
    assert said(checker, text) == [("Vega-1", "1984-12-15", "supported"),
                                   ("Vega-2", "1984-12-21", "supported")]
    swapped = "- Vega 1 and Vega 2: 21 and 15 December 1984, respectively."
    assert said(checker, swapped)[1] == ("Vega-2", "1984-12-15", "contradicted")


@pytest.mark.parametrize(("text", "expected"), [
    # Mir's core went up on 19 February 1986 at 21:28 UTC, the 20th in Moscow
    ("Mir's core module followed from Site 200 on 20 February 1986.",
     [("Mir", "1986-02-20", "supported")]),
    # Mars 3 went up on 28 May 1971
    ("Protons went further afield. They sent Mars 3 on its way on 19 May 1971.",
     [("Mars-3", "1971-05-19", "contradicted")]),
])
def test_launches_told_loosely(checker: Checker, text: str,
                               expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text) == expected


def test_a_docking_a_fortnight_later(checker: Checker) -> None:
    # Nauka docked on 29 July 2021, eight days after its launch
    text = ("The Nauka laboratory followed on 21 July 2021 aboard a Proton-M and docked a "
            "fortnight later.")
    assert said(checker, text, "docking_date") == [("Nauka", "2021-08-04", "contradicted")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Soyuz 28 carried Vladimir Remek of Czechoslovakia, the first person in space from "
     "neither the USSR nor the USA.",
     ("Vladimír Remek", "first non-Soviet non-American person in space", "supported")),
    # Jähn was the third guest
    ("East Germany's Sigmund Jähn, the programme's second guest cosmonaut, went up on Soyuz "
     "31.", ("Sigmund Jähn", "second guest cosmonaut", "contradicted")),
])
def test_firsts_in_notes(checker: Checker, text: str, expected: tuple[str, str, str]) -> None:
    assert said(checker, text, "first") == [expected]


def test_an_orbits_figures_on_a_line_of_their_own(checker: Checker) -> None:
    # Vostok 1: 181 x 327 km at 65 degrees (GCAT), a period of about 89.6 minutes derived
    text = ("- 1961-04-12. Gagarin, Vostok 1, one orbit.\n- As you can see on the chart: "
            "perigee roughly 180 km, apogee 327 km, orbital period 108 minutes.")
    assert [(c.property, c.subject_name, c.verdict) for c in checker.check_text(text).claims
            if c.property in ("perigee", "apogee", "orbital_period")] == [
        ("perigee", "Vostok 1", "supported"), ("apogee", "Vostok 1", "supported"),
        ("orbital_period", "Vostok 1", "contradicted")]
    # a craft of the paragraph before is not what the figures are of
    apart = "- Salyut 1 launched on a Proton-K.\n\n- Core module: perigee 278 km, apogee 319 km."
    assert not [c for c in checker.check_text(apart).claims if c.property == "perigee"]
