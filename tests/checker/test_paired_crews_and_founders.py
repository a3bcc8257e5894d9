"""Readings from session 49: two lists of people paired "respectively" (guests and
their commanders), a body said to be organised, not by whom, and who a ship brought
home. Lines written here; verdicts on the real catalog (Soyuz 28: Gubarev and Remek;
Soyuz 30: Klimuk and Hermaszewski; Soyuz 31: Bykovsky and Jähn)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_guests_and_commanders_flew_with_each_other_respectively(checker: Checker) -> None:
    text = ("Remek and Poland's Mirosław Hermaszewski flew with commanders {} and {} "
            "respectively.")
    assert sorted(said(checker, text.format("Pyotr Klimuk", "Aleksei Gubarev"), "crew")) == [
        ("Soyuz 28", "Pyotr Klimuk", "contradicted"),
        ("Soyuz 30", "Aleksei Gubarev", "contradicted")]
    assert sorted(said(checker, text.format("Aleksei Gubarev", "Pyotr Klimuk"), "crew")) == [
        ("Soyuz 28", "Aleksei Gubarev", "supported"),
        ("Soyuz 30", "Pyotr Klimuk", "supported")]


@pytest.mark.integration
def test_a_second_list_of_people_is_paired_with_the_ships_too(checker: Checker) -> None:
    text = ("Soyuz 30 and Soyuz 31 carried Poland's Mirosław Hermaszewski and East "
            "Germany's Sigmund Jähn, commanded by {} and {} respectively.")
    assert sorted(said(checker, text.format("Valery Bykovsky", "Pyotr Klimuk"), "crew")) == [
        ("Soyuz 30", "Mirosław Hermaszewski", "supported"),
        ("Soyuz 30", "Valery Bykovsky", "contradicted"),
        ("Soyuz 31", "Pyotr Klimuk", "contradicted"),
        ("Soyuz 31", "Sigmund Jähn", "supported")]
    assert [v for _, _, v in said(checker, text.format("Pyotr Klimuk", "Valery Bykovsky"),
                                  "crew")] == ["supported"] * 4


@pytest.mark.integration
def test_organised_is_a_founding_and_by_names_the_founder(checker: Checker) -> None:
    # curated: Interkosmos started in 1967
    assert said(checker, "The Interkosmos programme, organised in 1965, flew guests from "
                         "nine countries.", "founded") == [
        ("Interkosmos", "1965", "contradicted")]
    # who set the flight up, not what was set up (it had been read as Interkosmos's founding)
    assert checker.check_text("The flight was organised in 1978 by Interkosmos.").claims == []


@pytest.mark.integration
def test_who_came_home_in_a_ship_after_its_landing_date(checker: Checker) -> None:
    # Kubasov and Farkas went up in Soyuz 36 and came home in Soyuz 35 (Farkas's rides
    # derived from his Wikidata time in space); the date's comma ends no clause
    text = "Soyuz {} landed on June 3, 1980 with Kubasov and Farkas aboard."
    assert said(checker, text.format(36), "crew") == [
        ("Soyuz 36", "Valeri Kubasov", "contradicted"),
        ("Soyuz 36", "Bertalan Farkas", "contradicted")]
    assert [v for *_, v in said(checker, text.format(35), "crew")] == ["supported"] * 2
