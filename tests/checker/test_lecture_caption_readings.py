"""Readings from the WebVTT lecture set (session 44): numbers said in words ("a hundred
and eighty kilometres" is no verb), an elided unit after a comma, a name taken back as it is
said ("from Plesetsk, from Baikonur, sorry"), a sentence opening with its verb after a
craft's name, and "so they came home after three days". Lines written here; verdicts on
the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_orbit_figures_said_in_words_in_a_verbless_list(checker: Checker) -> None:
    # Vostok 1: perigee 181 km, apogee 327 km, inclination 65 deg (GCAT psatcat)
    text = ("Yuri Gagarin flew Vostok 1 from Baikonur. One orbit, a perigee of about a "
            "hundred\nand eighty kilometres, an apogee of three hundred\nand seventy-two, and "
            "an inclination of fifty-one point six degrees.")
    assert said(checker, text, "perigee") == [("Vostok 1", "180 km", "supported")]
    assert said(checker, text, "apogee") == [("Vostok 1", "372 km", "contradicted")]
    assert said(checker, text, "inclination") == [("Vostok 1", "51.6 deg", "contradicted")]


def test_a_name_taken_back_as_it_is_said_is_not_claimed(checker: Checker) -> None:
    # Zarya launched from Baikonur (GCAT launchlog)
    text = ("Zarya, the first module, went up on November 20th,\n1998, on a Proton-K from "
            "Plesetsk, from Baikonur, sorry, and Zvezda followed.")
    assert said(checker, text, "launch_site") == [("Zarya", "Baykonur", "supported")]
    text = "They flew on Soyuz 10 - sorry, Soyuz 11 - in June 1971."
    assert said(checker, text) == [("Soyuz 11", "1971-06", "supported")]


def test_a_sentence_opening_with_its_verb_is_about_the_craft_just_named(
        checker: Checker) -> None:
    # Soyuz 10 launched 1971-04-22 23:54 UTC (23 April in Moscow) and flew 1 d 23 h
    text = ("Yes, good, Soyuz 10. Launched April 23rd, 1971, reached the station but never "
            "got a hard docking,\nso they came home after three days.")
    assert said(checker, text) == [("Soyuz 10", "1971-04-23", "supported")]
    assert said(checker, text, "duration") == [("Soyuz 10", "3 days", "contradicted")]
