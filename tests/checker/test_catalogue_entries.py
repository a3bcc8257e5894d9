"""A stamp catalogue's terse entries: Roman-numeral months, initials before surnames.
Lines written here; verdicts on the real catalog (Sputnik 1 launched on 4 October 1957;
Luna 9 on 31 January 1966, landing on 3 February; Vostok 3 on 11 August 1962 with
Nikolayev, Vostok 4 on the 12th with Popovich)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_dates_with_the_month_in_roman_numerals(checker: Checker) -> None:
    assert said(checker, "Sputnik 1, launched 4.X.1957 from Tyuratam.") == [
        ("Sputnik 1", "1957-10-04", "supported")]
    assert said(checker, "Luna 9, launched 3.II.1966 by a Molniya, landed softly.") == [
        ("Luna-9", "1966-02-03", "contradicted")]
    assert said(checker, "Vostok 3 and Vostok 4 launched 11 and 12.VIII.1962.") == [
        ("Vostok 3", "1962-08-11", "supported"), ("Vostok 4", "1962-08-12", "supported")]


def test_initials_before_a_surname_are_part_of_the_name(checker: Checker) -> None:
    assert said(checker, "Vostok 1 carried Yu. A. Gagarin.", "crew") == [
        ("Vostok 1", "Yuri Gagarin", "supported")]
    text = ("Voskhod 1, 12 Oct 1964, with V. M. Komarov, K. P. Feoktistov and {}.")
    assert said(checker, text.format("B. B. Yegorov"), "crew") == [
        ("Voskhod 1", name, "supported")
        for name in ("Vladimir Komarov", "Konstantin Feoktistov", "Boris Yegorov")]
    assert said(checker, text.format("A. A. Leonov"), "crew")[-1] == (
        "Voskhod 1", "Alexei Leonov", "contradicted")


def test_hyphened_initials_end_no_sentence(checker: Checker) -> None:
    assert said(checker, "J.-L. Chrétien was the first Western European in space.",
                "first") == [("Jean-Loup Chrétien", "first Western European in space",
                              "supported")]


def test_a_ship_its_roman_date_and_its_crew(checker: Checker) -> None:
    text = "Soyuz 28, 2.III.1978: A. A. Gubarev and V. Remek."
    assert said(checker, text) == [("Soyuz 28", "1978-03-02", "supported")]
    assert said(checker, text, "crew") == [("Soyuz 28", "Aleksei Gubarev", "supported"),
                                           ("Soyuz 28", "Vladimír Remek", "supported")]


def test_a_list_paired_by_respectively_is_not_paired_with_the_dates(
        checker: Checker) -> None:
    # Popovich flew Vostok 4 and Nikolayev Vostok 3: the crews are wrong, the dates right
    text = ("Vostok 3 and Vostok 4, flown by P. R. Popovich and A. G. Nikolayev "
            "respectively, launched 11 and 12.VIII.1962.")
    assert said(checker, text) == [("Vostok 3", "1962-08-11", "supported"),
                                   ("Vostok 4", "1962-08-12", "supported")]
    assert said(checker, text, "crew") == [("Vostok 3", "Pavel Popovich", "contradicted"),
                                           ("Vostok 4", "Andriyan Nikolayev", "contradicted")]


def test_a_crew_in_brackets_after_its_ship_is_not_the_subject(checker: Checker) -> None:
    # Soyuz 11 launched on 6 June 1971 (UTC and Moscow)
    text = ("Soyuz 11 (G. T. Dobrovolsky, V. N. Volkov, V. I. Patsayev), launched {} June "
            "1971, spent nearly 24 days aloft.")
    assert said(checker, text.format(6)) == [("Soyuz 11", "1971-06-06", "supported")]
    assert said(checker, text.format(7)) == [("Soyuz 11", "1971-06-07", "contradicted")]


def test_the_rocket_a_probe_went_up_on_is_not_what_returned_pictures(
        checker: Checker) -> None:
    text = ("Luna 3, launched 4.X.1959 on a Vostok-L, returned the first photographs of "
            "the far side of the Moon.")
    assert said(checker, text, "launch_vehicle") == [("Luna-3", "Vostok-L 8K72", "supported")]
    assert said(checker, text, "first") == [
        ("Luna-3", "first photographs of the far side of the Moon", "supported")]


def test_a_shared_surname_after_initials_is_settled_by_its_crewmates(checker: Checker) -> None:
    # "Volkov" is several cosmonauts' surname; the crewmates named with it say which.
    # The initials' full stops end no sentence, so the crewmates are in its sentence.
    assert said(checker, "Soyuz 7 carried V. V. Gorbatko, A. V. Filipchenko and V. N. Volkov.",
                "crew") == [("Soyuz 7", name, "supported") for name in (
                    "Viktor Gorbatko", "Anatoly Filipchenko", "Vladislav Volkov")]


def test_a_crew_in_brackets_does_not_take_the_ships_duration(checker: Checker) -> None:
    text = ("Soyuz 11 (G. T. Dobrovolsky, V. N. Volkov, V. I. Patsayev), launched 6 June 1971,"
            " spent nearly 24 days aloft.")
    assert [name for _, name, _ in said(checker, text, "crew")] == [
        "Georgy Dobrovolsky", "Vladislav Volkov", "Viktor Patsayev"]
    assert said(checker, text, "duration") == [("Soyuz 11", "24 days", "supported")]


def test_an_entry_names_its_ships_crew_right_after_the_ship(checker: Checker) -> None:
    text = "Vostok 6, V. V. Tereshkova, 16.VI.1963 – the first woman in space."
    assert said(checker, text, "crew") == [("Vostok 6", "Valentina Tereshkova", "supported")]
    assert said(checker, text) == [("Vostok 6", "1963-06-16", "supported")]
    text = "Voskhod 2 (18.III.1965), P. I. Belyayev and A. A. Leonov; Leonov walked in space."
    assert said(checker, text, "crew") == [
        ("Voskhod 2", "Pavel Belyayev", "supported"), ("Voskhod 2", "Alexei Leonov", "supported")]
    assert said(checker, "Soyuz 12, Shatalov, 1971.", "crew") == [
        ("Soyuz 12", "Vladimir Shatalov", "contradicted")]
    # a name the sentence goes on about is no crew list: it ends at a verb, or the ship does
    # not open the sentence
    assert said(checker, "Soyuz 10, Shatalov said, was a disappointment.", "crew") == []
    assert said(checker, "After Soyuz 10, Shatalov, Yeliseyev and Rukavishnikov returned to"
                " training.", "crew") == []


def test_a_ship_dated_in_apposition_then_takes_its_crew(checker: Checker) -> None:
    assert said(checker, "Soyuz 40, launched 14 May 1981, took D. Prunariu of Romania.",
                "crew") == [("Soyuz 40", "Dumitru Prunariu", "supported")]


def test_a_programmes_bare_name_that_lands_is_its_ship_named_last(checker: Checker) -> None:
    text = ("Soyuz 19 (A. A. Leonov, V. N. Kubasov) lifted off 15 July 1975 and docked with"
            " Apollo two days later, on 17 July; Soyuz landed 24.VII.")
    assert said(checker, text, "landing_date") == [("Soyuz 19", "1975-07-24", "contradicted")]
    # with no ship of it named before, it stays the programme, which has no landing
    assert said(checker, "Soyuz landed 24.VII.1975.", "landing_date") == [
        ("Soyuz", "1975-07-24", "unverifiable")]
