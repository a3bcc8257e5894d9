"""Dates a sentence gives by placing one event against another, on the real catalog:
"a day after Valery Bykovsky's Vostok 5", "exactly two years after Sputnik 1"; a flight
that "circled the Earth" (a launch, and a length when said of a person); and "she" or
"they" after a clause break, dated by the crafts named with them."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.model import PartialDate
from sleuth.text.dates import shift_date
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_shift_date_keeps_the_precision_its_unit_needs() -> None:
    assert shift_date(PartialDate(1963, 6, 16), "day", -1) == PartialDate(1963, 6, 15)
    assert shift_date(PartialDate(1970, 9), "year", 4) == PartialDate(1974)
    assert shift_date(PartialDate(1968, 9), "week", 2) is None  # a week needs the day


def test_a_day_after_another_craft_dates_that_craft(checker: Checker) -> None:
    text = ("Tereshkova became the first woman in space when Vostok 6 was launched on 16 June "
            "1963, a day after Valery Bykovsky's Vostok 5.")
    assert said(checker, text) == [("Vostok 6", "1963-06-16", "supported"),
                                   ("Vostok 5", "1963-06-15", "contradicted")]
    text = "Phobos 2 left Baikonur on 12 July 1988, five days after Phobos 1."
    assert ("Fobos-1", "1988-07-07", "supported") in said(checker, text)


def test_exactly_years_after_keeps_the_day_and_years_after_the_year(checker: Checker) -> None:
    text = "Luna 3 followed on 4 October 1959, exactly two years after Sputnik 1."
    assert ("Sputnik 1", "1957-10-04", "supported") in said(checker, text)
    text = "Luna 3 followed on 4 October 1959, two years after Sputnik 1."
    assert ("Sputnik 1", "1957", "supported") in said(checker, text)


def test_the_date_before_an_offset_is_not_the_later_events(checker: Checker) -> None:
    text = ("The heavy Angara-A5 made its debut from Vostochny on 23 December 2014, ten years "
            "after Soyuz-2 first flew, from Plesetsk.")
    assert not [d for d in said(checker, text) if d[1] == "2014-12-23"]


def test_a_person_who_circled_the_earth_launched_and_flew_that_long(checker: Checker) -> None:
    text = "On 12 April 1961 Yuri Gagarin circled the Earth in 108 minutes."
    assert said(checker, text) == [("Yuri Gagarin", "1961-04-12", "supported")]
    assert said(checker, text, "duration") == [("Yuri Gagarin", "108 min", "supported")]
    assert claims_of(checker, text, "orbital_period") == []
    period = "Sputnik 1 circled the Earth in 96 minutes."
    assert said(checker, period, "orbital_period") == [("Sputnik 1", "96 min", "supported")]


def test_she_after_a_semicolon_is_the_woman_of_the_clause_before(checker: Checker) -> None:
    text = ("Helen Sharman became the first Briton in space when Soyuz TM-12 lifted off on "
            "18 May 1991 with Anatoly Artsebarsky and Musa Manarov; she landed eight days later.")
    assert said(checker, text, "landing_date") == [("Helen Sharman", "1991-05-26", "supported")]


def test_they_are_dated_by_the_craft_they_were_named_with(checker: Checker) -> None:
    text = ("On 13 March Leonid Kizim and Oleg Atkov set off in Soyuz T-15 to open Mir. "
            "They landed on 16 July 1986 after 125 days.")
    [landing] = claims_of(checker, text, "landing_date")
    assert (landing.value, landing.verdict) == ("1986-07-16", "supported")
    assert landing.expected.startswith("1986-07-16")  # the supporting fact first


def test_a_rocket_first_flew_on_its_familys_earliest_launch(checker: Checker) -> None:
    text = ("Energia, at more than 3,000 tonnes on the pad, first flew on 15 May 1987. The "
            "Zenit's maiden flight, on 13 April 1985, failed. The Zenit first flew in 1986.")
    assert said(checker, text) == [("Energiya", "1987-05-15", "supported"),
                                   ("Zenit", "1985-04-13", "supported"),
                                   ("Zenit", "1986", "contradicted")]


def test_a_variant_named_otherwise_when_it_first_flew_is_not_refuted(checker: Checker) -> None:
    # GCAT lists Proton-K's first launch (Kosmos-146) under the name UR-500K/Blok D
    text = "The Proton-K rocket first flew on 10 March 1967."
    assert said(checker, text) == [("Proton-K", "1967-03-10", "unverifiable")]
    text = "The Angara A5 made its first flight on 23 November 2014."
    assert said(checker, text) == [("Angara A5", "2014-11-23", "contradicted")]


def test_a_plan_in_an_apposition_does_not_plan_the_verb_after_it(checker: Checker) -> None:
    text = ("The heavy Angara A5, scheduled to fly before the end of that year, made its "
            "first flight on 23 December 2014.")
    [debut] = claims_of(checker, text, "launch_date")
    assert (debut.planned, debut.verdict) == (False, "supported")


def test_a_name_the_catalog_writes_in_its_own_case_needs_that_case(checker: Checker) -> None:
    text = "In August 1960 Belka and Strelka flew on Korabl-Sputnik 2."
    assert said(checker, text) == [("Korabl'-Sputnik-2", "1960-08", "supported")]


def test_how_long_something_did_not_happen_is_no_length_of_flight(checker: Checker) -> None:
    text = ("Tereshkova spent almost three days in orbit, and no other woman flew for "
            "nineteen years.")
    assert [c.value for c in claims_of(checker, text, "duration")] == ["3 days"]
    text = ("Soyuz 10 launched on April 23, 1971, but they never got through the hatch and "
            "came home after three days.")
    assert [c.verdict for c in claims_of(checker, text, "duration")] == ["contradicted"]


def test_its_lander_is_the_craft_the_sentence_before_was_about(checker: Checker) -> None:
    text = ("Mars 3 was launched on 28 May 1971, five days after its sister ship Mars 2. On "
            "2 December 1971 its lander touched down softly on Mars.")
    assert said(checker, text, "landing_date") == [("Mars-3", "1971-12-02", "supported")]


ALMANAC_TOP = "THE ORBITAL ALMANAC\nBy the science desk | Friday, 2 January 2026\n\n"


def test_years_ago_count_back_from_the_dateline() -> None:
    from sleuth.text.dates import find_dates

    text = ALMANAC_TOP + "2 January - 66 years ago today, Luna 1 set off.\n"
    ago = [d for d in find_dates(text) if d.kind == "ago"]
    assert [(d.text, d.date.iso()) for d in ago] == [("66 years ago today", "1960-01-02")]
    # without a dateline there is nothing to count back from
    assert not [d for d in find_dates("Luna 1 set off 66 years ago.") if d.kind == "ago"]


def test_an_almanac_entry_dated_years_ago(checker: Checker) -> None:
    text = ALMANAC_TOP + ("2 January - 66 years ago today, Luna 1 set off on a Vostok-L "
                          "rocket.\n\n17 March - Sixty years ago Plesetsk saw its first "
                          "orbital launch, Kosmos 112.\n\n22 February - Kosmos 110 took two "
                          "dogs into orbit 60 years ago.\n")
    assert said(checker, text) == [("Luna-1", "1960-01-02", "contradicted"),
                                   ("Kosmos-112", "1966-03-17", "supported"),
                                   ("Kosmos-110", "1966-02-22", "supported")]


def test_a_year_restated_as_years_ago_is_one_date(checker: Checker) -> None:
    text = ALMANAC_TOP + "In 2016, ten years ago, Soyuz TMA-20M flew to the ISS.\n"
    assert [d[1] for d in said(checker, text)] == ["2016"]


def test_what_came_days_after_the_launch_is_not_the_launch(checker: Checker) -> None:
    card = ("#04 LUNA 3\nLaunched: 4 Oct 1959 | Rocket: Vostok-K 8K72K\n"
            "Luna 3 left Earth exactly two years after Sputnik 1 and, three days later, took "
            "the first photographs of the Moon's far side.\n")
    assert said(checker, card) == [("Luna-3", "1959-10-04", "supported"),
                                   ("Luna-3", "1959-10-04", "supported")]
    assert [c.quote for c in claims_of(checker, card, "launch_date")][1] == (
        "Luna 3 left Earth exactly two years after Sputnik 1")
