"""Where a rocket first flew from ("the Angara A5 debuted from Vostochny"), a body that
became a state corporation, a bare "Molniya" ridden, hyphenated surnames alone, and a plan
word that a semicolon ends. Sentences written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_a_debut_is_the_rockets_first_flight(checker: Checker) -> None:
    # Angara A5's first launch, 2014-12-23, left Plesetsk (GIK-1); it first flew from
    # Vostochny on 2024-04-11 (GCAT launchlog)
    [wrong] = claims_of(checker, "The heavy Angara A5 made its debut from Vostochny.",
                        "launch_site")
    assert (wrong.subject_name, wrong.verdict) == ("Angara A5", "contradicted")
    assert "Plesetsk" in (wrong.expected or "")
    assert "2024-04-11" in (wrong.note or "")
    assert said(checker, "The Angara A5 made its maiden flight from Plesetsk.",
                "launch_site") == [("Angara A5", "Plesetsk", "supported")]


def test_a_first_flight_from_a_site_may_be_its_first_from_there(checker: Checker) -> None:
    # Soyuz-2.1a first flew in 2004 from Plesetsk; Vostochny's first launch, on
    # 2016-04-28, was a Soyuz-2.1a (GCAT launchlog)
    text = "The Soyuz-2.1a made its first flight from Vostochny in 2016."
    assert said(checker, text, "launch_date") == [("Soyuz-2-1A", "2016", "supported")]
    assert said(checker, text, "launch_site") == [
        ("Soyuz-2-1A", "Vostochniy", "unverifiable")]
    # … but not when the date given is before its first flight from there
    text = "23 December 2014 - The heavy Angara-A5 made its first flight, from Vostochny."
    assert said(checker, text, "launch_site") == [
        ("Angara A5", "Vostochniy", "contradicted")]
    # "the first launch from" a site is the site's first, not the rocket's
    assert claims_of(checker, "A Soyuz-2.1b made the first launch from the new Vostochny "
                              "cosmodrome.", "launch_site") == []


def test_becoming_a_state_corporation_is_a_founding(checker: Checker) -> None:
    # the state corporation Roscosmos dates from 2016-01-01 (GCAT orgs)
    [founded] = claims_of(checker, "Roscosmos itself only became a state corporation in "
                                   "2018, correct?", "founded")
    assert (founded.value, founded.verdict) == ("2018", "contradicted")
    assert "2016-01-01" in (founded.expected or "")


def test_a_bare_molniya_ridden_is_the_rocket(checker: Checker) -> None:
    # Mars 3 flew on a Proton-K/D (GCAT launchlog)
    assert said(checker, "Mars 3 followed on 28 May 1971 on a Molniya.",
                "launch_vehicle") == [("Mars-3", "Molniya", "contradicted")]
    assert said(checker, "The TV signal was relayed on a Molniya satellite.",
                "launch_vehicle") == []


def test_a_hyphenated_surname_names_its_person(checker: Checker) -> None:
    # David Saint-Jacques launched on Soyuz MS-11 on 2018-12-03 (GCAT launchlog)
    assert said(checker, "Saint-Jacques launched on 20 November 2018.", "launch_date") == [
        ("David Saint-Jacques", "2018-11-20", "contradicted")]


def test_a_semicolon_ends_a_plan(checker: Checker) -> None:
    text = ("Vostochny, whose first launch came on 28 April 2016, is to be the new hub; the "
            "Angara A5 debuted from Vostochny in December 2014.")
    [site] = claims_of(checker, text, "launch_site")
    assert (site.planned, site.verdict) == (False, "contradicted")


def test_heights_tilts_and_returns_told_loosely(checker: Checker) -> None:
    # Vostok 1: perigee 181 km, apogee 327 km; Vostok 5 flew at 65 degrees; Voskhod 1
    # landed on 1964-10-13 (GCAT psatcat)
    text = ("Vostok 1 reached an apogee of roughly 327 kilometres and a perigee of about 250, "
            "in an orbit inclined at sixty-five degrees.")
    assert said(checker, text, "perigee") == [("Vostok 1", "250 km", "contradicted")]
    text = ("Bykovsky had gone up in Vostok 5, and the two ships shared almost the same orbit, "
            "tilted about fifty-one degrees to the equator.")
    assert said(checker, text, "inclination") == [("Vostok 5", "51 deg", "contradicted")]
    text = "Voskhod 1 launched on 12 October 1964 and was back on the ground the next day."
    assert said(checker, text, "landing_date") == [("Voskhod 1", "1964-10-13", "supported")]


def test_offsets_foundings_and_predicates_told_loosely(checker: Checker) -> None:
    # Mars 2 launched on 1971-05-19 (GCAT launchlog): nine days before Mars 3, not ten
    text = "Mars 3 launched on 28 May 1971, ten days after its twin, Mars 2."
    assert ("Mars-2", "1971-05-18", "contradicted") in said(checker, text)
    # Roscosmos became a state corporation on 2016-01-01 (GCAT orgs)
    text = "It later became Roscosmos, which turned into a state corporation on 1 January 2015."
    assert [(c.value, c.verdict) for c in claims_of(checker, text, "founded")] == [
        ("2015-01-01", "contradicted")]
    # Salyut 7 flew at 51.6 degrees (GCAT psatcat)
    text = "Salyut 7 went up in April 1982. It flew at sixty-five degrees, like the Vostoks."
    assert said(checker, text, "inclination") == [("Salyut-7", "65 deg", "contradicted")]
    # Voskhod 1 landed on 1964-10-13 (GCAT psatcat)
    text = ("Voskhod 1 carried Komarov, Feoktistov and Yegorov, launched on 12 October 1964. "
            "They made 16 orbits and landed two days later.")
    [landing] = claims_of(checker, text, "landing_date")
    assert (landing.value, landing.verdict) == ("1964-10-14", "contradicted")


def test_a_ships_days_may_be_its_visitors(checker: Checker) -> None:
    # Soyuz T-11 stayed 181 days; Sharma, who went up in it, came home in Soyuz T-10
    # after 7 d 21 h (crew data, GCAT)
    text = "Rakesh Sharma. Soyuz T-11, the third of April 1984, just under eight days in space."
    assert said(checker, text, "duration") == [("Rakesh Sharma", "8 days", "supported")]
    assert said(checker, "Soyuz T-11 spent 30 days in space.", "duration") == [
        ("Soyuz T-11", "30 days", "contradicted")]
