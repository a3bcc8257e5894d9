"""Readings from the stamp and coin dealers' catalogue (heldout64, scored blind in session
35), on the real catalog: a crew carried "around the Earth seventeen times", test pilots
said to be aboard, a rocket named after a long aside on the plan, and one who "stayed on"
at the station while others came home."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_a_crew_carried_around_the_earth_counts_the_ships_orbits(checker: Checker) -> None:
    text = ("On 12 October 1964 Voskhod 1 carried Vladimir Komarov, Konstantin Feoktistov and "
            "the physician Boris Yegorov, the first crew of three, around the Earth seventeen "
            "times in a flight of just over 24 hours.")
    assert said(checker, text, "orbit_count") == [("Voskhod 1", "17 orbits", "contradicted")]
    assert said(checker, text, "duration") == [("Voskhod 1", "24 h", "supported")]


def test_test_pilots_aboard_an_uncrewed_flight(checker: Checker) -> None:
    text = "On 15 November 1988 Buran, with two test pilots aboard, rode an Energia rocket."
    assert ("Buran OK-1K", "crew of 2", "contradicted") in said(checker, text, "crew")


def test_a_rocket_after_a_long_aside_on_the_plan(checker: Checker) -> None:
    text = ("The Nauka laboratory, originally scheduled to fly in 2007, finally left Baikonur "
            "on 21 July 2021 atop an Angara-A5 and docked with the station eight days later.")
    assert said(checker, text, "launch_vehicle") == [("Nauka", "Angara A5", "contradicted")]


def test_one_who_stayed_on_is_not_the_returning_ships_crew(checker: Checker) -> None:
    text = ("Soyuz MS-19 carried Anton Shkaplerov, actress Yulia Peresild and director Klim "
            "Shipenko to the station. She and her director came home twelve days later "
            "aboard Soyuz MS-18, while Shkaplerov stayed on until April.")
    # (the actress and the director are listed with their roles: they went up in it too)
    assert said(checker, text, "crew") == [("Soyuz MS-19", "Anton Shkaplerov", "supported"),
                                           ("Soyuz MS-19", "Yulia Peresild", "supported"),
                                           ("Soyuz MS-19", "Klim Shipenko", "supported")]
    # who stayed in the ship during a spacewalk is still its crew
    walk = ("On 18 March 1965 Alexei Leonov left Voskhod 2 for twelve minutes while Pavel "
            "Belyayev stayed inside.")
    assert ("Voskhod 2", "Pavel Belyayev", "supported") in said(checker, walk, "crew")
