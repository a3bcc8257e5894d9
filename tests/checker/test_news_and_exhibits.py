"""Constructions from a wire report and a museum guide, checked on the real catalog: a
date in another subject's clause, a span of time, cargo weights, two people on two ships
without "respectively", and "…, and she" taking a number from the craft before it."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration



def test_a_date_in_a_clause_of_its_own_subject_is_not_the_launch(checker: Checker) -> None:
    text = ("Soviet stations have used that orbit since Salyut 1. It was the 178th Progress "
            "cargo ship launched since the series began in 1978.")
    assert said(checker, text, "launch_date") == []


def test_an_abbreviation_does_not_hide_a_docking(checker: Checker) -> None:
    text = ("From June 27, 1995, when Atlantis became the first U.S. shuttle to dock with it, "
            "Mir also hosted a string of American astronauts.")
    assert said(checker, text, "launch_date") == []


def test_the_end_of_a_span_aboard_is_the_landing(checker: Checker) -> None:
    text = ("Physician Valery Polyakov spent nearly 438 days aboard the station between "
            "January 1994 and March 1995, still the longest single spaceflight.")
    assert said(checker, text, "launch_date") == [("Valeri Polyakov", "1994-01", "supported")]
    assert said(checker, text, "landing_date") == [("Valeri Polyakov", "1995-03", "supported")]


def test_a_weight_of_something_carried_is_not_the_ships_mass(checker: Checker) -> None:
    text = ("Progress MS-29 is carrying 2,487 kg (5,483 lb) of cargo, including 43 kg of "
            "compressed nitrogen.")
    assert said(checker, text, "mass") == []


def test_as_many_people_as_ships_are_paired_in_order(checker: Checker) -> None:
    text = "In August 1962 Andriyan Nikolayev and Pavel Popovich flew Vostok 3 and Vostok 4."
    assert sorted((c.subject_name, c.value, c.verdict)
                  for c in claims_of(checker, text, "crew")) == [
        ("Vostok 3", "Andriyan Nikolayev", "supported"),
        ("Vostok 4", "Pavel Popovich", "supported")]


def test_and_she_takes_the_numbers_after_it(checker: Checker) -> None:
    text = ("Valentina Tereshkova became the first woman in space. Vostok 6 lifted off on "
            "16 June 1963, two days after Valery Bykovsky's Vostok 5, and she spent almost "
            "three days aloft - 48 orbits in all.")
    assert said(checker, text, "orbit_count") == [
        ("Valentina Tereshkova", "48 orbits", "supported")]
    assert [s for s, *_ in said(checker, text, "duration")] == ["Valentina Tereshkova"]


def test_a_countrys_agency_is_not_the_country(checker: Checker) -> None:
    text = "Russia's space agency was founded in February 1992."
    assert said(checker, text, "founded") == []


def test_a_reference_point_is_not_what_a_later_verb_is_said_of(checker: Checker) -> None:
    text = ("Luna 25 lifted off on 11 August 2023 as the first Russian lunar mission since "
            "Luna 24, but crashed on 19 August.")
    assert [s for s, *_ in said(checker, text, "landing_date")] == ["Luna-25"]


def test_an_exhibit_heading_is_a_sentence_of_its_own(checker: Checker) -> None:
    text = ("EXHIBIT 13 · Buran orbiter model 1:15 and RD-170 engine\n"
            "This engine powered the boosters of Energia, which first flew on 15 May 1987.")
    assert said(checker, text, "launch_date") == [("Energiya", "1987-05-15", "supported")]


def test_a_list_of_names_with_bracketed_years_dates_each(checker: Checker) -> None:
    text = ("Core launched: 20 February 1986 · Proton-K · Modules: Kvant (1987), Kvant-2 (1989), "
            "Priroda (1997)")
    dated = said(checker, text, "launch_date")
    assert ("Kvant-2", "1989", "supported") in dated
    assert ("Priroda", "1997", "contradicted") in dated  # 23 April 1996


def test_a_participle_after_a_passive_verbs_object_is_the_objects(checker: Checker) -> None:
    text = ("Salyut 6, launched in September 1977, was resupplied by the first Progress "
            "freighter, launched in January 1978.")
    assert said(checker, text, "launch_date") == [("Salyut-6", "1977-09", "supported")]


def test_a_flight_in_brackets_after_a_person_is_theirs_and_dated(checker: Checker) -> None:
    text = "Four months later Gherman Titov (Vostok 2, 6 August 1961) stayed up for a day."
    assert said(checker, text, "crew") == [("Vostok 2", "Gherman Titov", "supported")]
    assert said(checker, text) == [("Vostok 2", "1961-08-06", "supported")]
    assert said(checker, "Gagarin (Vostok 2) flew first.", "crew") == [
        ("Vostok 2", "Yuri Gagarin", "contradicted")]


def test_an_apogee_with_swapped_digits_is_refuted(checker: Checker) -> None:
    # GCAT: Sputnik 2 1,671 km; Sputnik 1 227 x 947 km, often quoted as 215 x 939 km
    assert said(checker, "Sputnik 2's apogee reached 1,761 km.", "apogee") == [
        ("Sputnik 2", "1761 km", "contradicted")]
    text = "Sputnik 1 circled in an orbit of 215 to 939 kilometres."
    assert said(checker, text, "perigee") == [("Sputnik 1", "215 km", "supported")]
    assert said(checker, text, "apogee") == [("Sputnik 1", "939 km", "supported")]
