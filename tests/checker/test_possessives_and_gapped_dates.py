"""Crews named with their country's possessive, two ships paired with two guests without
"respectively", a return "from a mission", and a clause left without its verb that opens
with its date (session 37), on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "expected"), [
    # Soyuz 37 carried Pham Tuan, Soyuz 38 Tamayo Méndez (GCAT / astronauts-2020)
    ("In 1980 Soyuz 37 carried Cuba's Arnaldo Tamayo Méndez to Salyut 6.",
     [("Soyuz 37", "Arnaldo Tamayo Méndez", "contradicted")]),
    ("In 1978 Soyuz 31 carried East Germany's Sigmund Jähn to Salyut 6.",
     [("Soyuz 31", "Sigmund Jähn", "supported")]),
])
def test_a_country_possessive_before_the_crew(checker: Checker, text: str,
                                              expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "crew") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("July and Sept. 1980 — Soyuz 37 and Soyuz 38 carried Cuba's Arnaldo Tamayo Méndez and "
     "Vietnam's Pham Tuan to the station.",
     [("Soyuz 37", "Arnaldo Tamayo Méndez", "contradicted"),
      ("Soyuz 38", "Phạm Tuân", "contradicted")]),
    ("On this day in 1980 Soyuz 37 and Soyuz 38 carried Cuba's Arnaldo Tamayo Méndez and "
     "Vietnam's Pham Tuan to Salyut 6.",
     [("Soyuz 37", "Arnaldo Tamayo Méndez", "contradicted"),
      ("Soyuz 38", "Phạm Tuân", "contradicted")]),
    ("In 1962 Vostok 3 and Vostok 4 carried Andriyan Nikolayev and Pavel Popovich.",
     [("Vostok 3", "Andriyan Nikolayev", "supported"),
      ("Vostok 4", "Pavel Popovich", "supported")]),
])
def test_two_ships_carry_two_people_in_order(checker: Checker, text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "crew") == expected


def test_with_a_mere_with_the_lists_are_not_paired(checker: Checker) -> None:
    # "with" after the ships is no carrying verb: nothing pairs Khrunov with Soyuz 4
    text = "In 1969 Soyuz 4 and Soyuz 5 docked, with Khrunov and Yeliseyev crossing over."
    assert said(checker, text, "crew") == []


def test_returned_from_a_mission_is_a_landing(checker: Checker) -> None:
    # Kononenko landed on 2024-09-23 (GCAT psatcat); "mission" alone had made it a launch
    text = ("Kononenko returned from his latest mission on Sept. 23, 2024 with Nikolai Chub "
            "and NASA's Loral O'Hara.")
    assert said(checker, text, "landing_date") == [
        ("Oleg Kononenko", "2024-09-23", "supported")]
    assert said(checker, text, "launch_date") == []


@pytest.mark.parametrize(("text", "expected"), [
    # Tereshkova launched on 1963-06-16, two days after Bykovsky (GCAT launch log)
    ("Valery Bykovsky launched on Vostok 5 on 14 June 1963, and two days later Valentina "
     "Tereshkova on Vostok 6.",
     [("Vostok 5", "1963-06-14", "supported"),
      ("Valentina Tereshkova", "1963-06-16", "supported")]),
    ("Valery Bykovsky launched on Vostok 5 on 14 June 1963, and on 16 June Valentina "
     "Tereshkova on Vostok 6.",
     [("Vostok 5", "1963-06-14", "supported"),
      ("Valentina Tereshkova", "1963-06-16", "supported")]),
    ("Vostok 5 launched on 14 June 1963, and three days later Vostok 6.",
     [("Vostok 5", "1963-06-14", "supported"), ("Vostok 6", "1963-06-17", "contradicted")]),
    # past an aside on the subject (Savitskaya launched on Soyuz T-7 on 19 August 1982)
    ("Chretien launched on Soyuz T-6 on 24 June 1982, and in August 1982 Svetlana "
     "Savitskaya, the second woman in space, aboard Soyuz T-7.",
     [("Soyuz T-6", "1982-06-24", "supported"),
      ("Svetlana Savitskaya", "1982-08", "supported")]),
])
def test_a_clause_without_its_verb_opened_by_its_date(
        checker: Checker, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text) == expected


def test_a_date_list_keeps_its_subject(checker: Checker) -> None:
    # no name after the second date: both are Salyut 6's (the second one wrongly)
    text = "Salyut 6 was launched on 29 September 1977, and on 30 September."
    assert [s for s, _, _ in said(checker, text)] == ["Salyut-6", "Salyut-6"]


@pytest.mark.parametrize(("text", "expected"), [
    # Soyuz TM-14 flew Viktorenko, Kaleri and Flade (astronauts-2020); Solovyev and
    # Avdeyev flew TM-15
    ("Soyuz TM-14 took Germany's Klaus-Dietrich Flade [FLAH-deh] to Mir, alongside Anatoly "
     "Solovyev and Sergei Avdeyev.",
     [("Soyuz TM-14", "Klaus-Dietrich Flade", "supported"),
      ("Soyuz TM-14", "Anatoly Solovyev", "contradicted"),
      ("Soyuz TM-14", "Sergei Avdeyev", "contradicted")]),
    ("In 1992 Klaus-Dietrich Flade flew to Mir on Soyuz TM-14, alongside Aleksandr "
     "Viktorenko and Aleksandr Kaleri.",
     [("Soyuz TM-14", "Klaus-Dietrich Flade", "supported"),
      ("Soyuz TM-14", "Aleksandr Viktorenko", "supported"),
      ("Soyuz TM-14", "Aleksandr Kaleri", "supported")]),
    # who waited aboard the station did not ride along
    ("In 1992 Klaus-Dietrich Flade flew to Mir on Soyuz TM-14, with Aleksandr Volkov and "
     "Sergei Krikalev waiting aboard.",
     [("Soyuz TM-14", "Klaus-Dietrich Flade", "supported")]),
])
def test_companions_after_the_traveller(checker: Checker, text: str,
                                        expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "crew") == expected
