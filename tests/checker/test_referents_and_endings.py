"""Who "he", "it" and "the station" stand for, and how a flight's end is judged, on the
real catalog with new text (rules from the sixth held-out article's false alarms)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of

pytestmark = pytest.mark.integration


def test_he_is_the_person_the_sentence_opened_with_not_a_companion(checker: Checker) -> None:
    text = ("Bill Shepherd commanded the first crew. Dennis Tito, a financier, launched on "
            "Soyuz TM-32 alongside Talgat Musabayev and Yuri Baturin; he spent nearly eight "
            "days in orbit.")
    [claim] = claims_of(checker, text, "duration")
    assert (claim.subject_name, claim.verdict) == ("Dennis Tito", "supported")


def test_it_is_the_subject_of_the_sentence_before_not_its_last_craft(
        checker: Checker) -> None:
    text = ("Nauka rode a Proton-M on 21 July 2021; it was the first module to reach the "
            "station since Zvezda. It docked eight days later.")
    [claim] = claims_of(checker, text, "docking_date")
    assert (claim.subject_name, claim.value, claim.verdict) == (
        "Nauka", "2021-07-29", "supported")


def test_a_noun_reference_is_the_last_craft_named(checker: Checker) -> None:
    text = ("Luna 21 set Lunokhod 2 down near Le Monnier crater. The heavier rover, at 840 "
            "kilograms, drove much farther.")
    [claim] = claims_of(checker, text, "mass")
    assert claim.subject_name.startswith("Lunokhod")


def test_a_craft_in_an_opening_phrase_is_not_the_subject(checker: Checker) -> None:
    text = ("After a test satellite disguised as Kosmos 41 in August 1964, Molniya 1 reached "
            "orbit on 23 April 1965. Its perigee was about 500 kilometres.")
    [claim] = claims_of(checker, text, "perigee")
    assert claim.subject_name.startswith("Molniya")


def test_a_reference_after_a_named_craft_in_its_sentence_is_that_craft(
        checker: Checker) -> None:
    text = ("Venera 7 was the first probe to land on Venus. On 23 March 2001 what was left of "
            "Mir fell into the Pacific, ending a career that began when the station's core "
            "module was launched from Baikonur.")
    [claim] = claims_of(checker, text, "launch_site")
    assert (claim.subject_name, claim.verdict) == ("Mir", "supported")


def test_a_crash_on_another_world_ends_a_flight_there(checker: Checker) -> None:
    [claim] = claims_of(checker, "Luna 25 crashed into the Moon on 21 August 2023.",
                        "landing_date")
    assert claim.verdict == "contradicted"  # it crashed on 19 August
    [sea] = claims_of(checker, "Mir crashed into the Pacific on 23 March 2001.",
                      "reentry_date")
    assert sea.verdict == "supported"


def test_a_probe_landed_when_the_lander_of_its_launch_did(checker: Checker) -> None:
    [claim] = claims_of(checker, "The descent capsule of Mars 2 crashed on 27 November 1971.",
                        "landing_date")
    assert claim.verdict == "supported"
    assert "same launch" in (claim.note or "")


def test_a_yearless_day_that_matches_the_record_is_not_refuted_by_a_guessed_year(
        checker: Checker) -> None:
    text = ("Mir's core module was launched in February 1986. Its final push came from "
            "Progress M1-5, which had lifted off on January 24 that year.")
    [claim] = [c for c in claims_of(checker, text, "launch_date")
               if c.subject_name == "Progress M1-5"]
    assert claim.verdict == "supported"
    assert "year was not written" in (claim.note or "")
    [wrong] = [c for c in claims_of(
        checker, "Mir was launched in February 1986. Progress M1-5 lifted off on "
                 "January 25 that year.", "launch_date")
        if c.subject_name == "Progress M1-5"]
    assert wrong.verdict == "contradicted"
