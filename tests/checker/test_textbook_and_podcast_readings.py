"""Readings fixed from a school textbook chapter (heldout53) and a podcast's show notes
(heldout52): a year set in a column before a day; an answer key's answers take the
property their question asks about; a table row's date of its person's launch; a notes
line's "Craft: date" label; a launch day in brackets; lines of "Label: value" that name no
property are sentences; "flew their ship across to" is a move; "dropped off" is a
landing; "should launch" is a plan (on the real catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_year_set_in_a_column_dates_the_day_after_it(checker: Checker) -> None:
    text = ("TIMELINE\n1957   4 October - Sputnik 1\n1959   14 September - Luna 2 reaches the "
            "Moon\n1970   15 December - Venera 7 lands on Venus\n1971   19 April - Salyut 1\n")
    assert said(checker, text) == [("Sputnik 1", "1957-10-04", "supported"),
                                   ("Salyut", "1971-04-19", "supported")]
    # each line its own entry: "lands" is not the next line's year's
    assert said(checker, text, "landing_date") == [("Venera-7", "1970-12-15", "supported")]


QUESTIONS = ("REVIEW QUESTIONS\n1. Which spacecraft carried the first crew of three?\n"
             "2. Which probe first sent data from the surface of Venus?\n\nANSWER KEY\n")


@pytest.mark.integration
def test_an_answer_takes_the_property_its_question_asks_about(checker: Checker) -> None:
    text = QUESTIONS + "1. Voskhod 1, in 1965.\n2. Venera 7, in December 1970.\n"
    # the first question asks what carried a crew up (a launch); the second asks about no
    # dated event the catalog holds, so its answer's date is no launch
    assert said(checker, text) == [("Voskhod 1", "1965", "contradicted")]


@pytest.mark.integration
def test_a_rows_date_of_its_persons_launch_is_not_refuted_by_its_wrong_ship(
        checker: Checker) -> None:
    text = ("| Country | Cosmonaut | Spacecraft | Launch |\n"
            "| Poland | Mirosław Hermaszewski | Soyuz 31 | 27 June 1978 |\n"
            "| Hungary | Bertalan Farkas | Soyuz 36 | 26 May 1981 |\n")
    claims = checker.check_text(text).claims
    assert [(c.value, c.verdict) for c in claims if c.property == "launch_date"] == [
        ("1978-06-27", "supported"), ("1981-05-26", "contradicted")]
    assert [(c.value, c.verdict) for c in claims if c.property == "crew"] == [
        ("Mirosław Hermaszewski", "contradicted"), ("Bertalan Farkas", "supported")]


@pytest.mark.integration
def test_show_notes_lines(checker: Checker) -> None:
    text = ("SHOW NOTES\n- Vostok 6: 1963-06-14, 48 orbits\n"
            "- Salyut 1: 1971-04-19 (Proton); Soyuz 11 docked 1971-06-07\n"
            "- Interkosmos: Remek (Soyuz 28, 3 Mar 1978); Tamayo Méndez (Soyuz 38, 18 Sep "
            "1980)\n- ISS: Zvezda launched 2000-07-26\n")
    assert said(checker, text) == [
        ("Vostok 6", "1963-06-14", "contradicted"), ("Salyut", "1971-04-19", "supported"),
        ("Soyuz 28", "1978-03-03", "contradicted"), ("Soyuz 38", "1980-09-18", "supported"),
        ("Zvezda", "2000-07-26", "contradicted")]


@pytest.mark.integration
def test_flying_the_ship_across_is_a_move(checker: Checker) -> None:
    text = ("Kizim and Solovyov docked with Mir aboard Soyuz T-15 on 15 March 1986. In May "
            "they flew their ship across to the old Salyut 7 and later returned.")
    assert not [c for c in checker.check_text(text).claims if c.value == "1986-05"]


@pytest.mark.integration
def test_dropped_off_is_a_landing(checker: Checker) -> None:
    text = "Luna 17 dropped off Lunokhod 1, the first rover on another world, in December 1970."
    assert said(checker, text, "landing_date") == [("Luna-17", "1970-12", "contradicted")]
    assert said(checker, text) == []


@pytest.mark.integration
def test_should_launch_is_a_plan(checker: Checker) -> None:
    text = "Roscosmos says the Luna 26 orbiter should launch in 2027."
    assert [c.planned for c in checker.check_text(text).claims
            if c.property == "launch_date"] == [True]
