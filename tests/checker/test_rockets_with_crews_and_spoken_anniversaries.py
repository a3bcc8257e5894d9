"""Readings from session 50: a rocket that went up with someone aboard and names no ship,
a broadcast's "years ago this morning" and "this month", a weekday before a dateline's
date, a "whose" clause about a launch site, and "the first space station" after a probe.
Lines written here; verdicts on the real catalog (Vostok 1: Gagarin, 12 April 1961 from
Baikonur; Voskhod 2: Belyayev and Leonov, 18 March 1965)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from tests.checker.claims import said


@pytest.mark.integration
def test_a_rocket_that_went_up_with_someone_aboard_dates_their_flight(
        checker: Checker) -> None:
    text = "On 12 April {} a Vostok rocket lifted off from {} with Yuri Gagarin aboard."
    assert said(checker, text.format(1961, "Baikonur")) == [
        ("Yuri Gagarin", "1961-04-12", "supported")]
    assert said(checker, text.format(1962, "Plesetsk")) == [
        ("Yuri Gagarin", "1962-04-12", "contradicted")]
    assert said(checker, text.format(1962, "Plesetsk"), "launch_site") == [
        ("Yuri Gagarin", "Plesetsk", "contradicted")]
    assert said(checker, "On 18 March 1966 a rocket rose with Pavel Belyayev in "
                         "command.") == [("Pavel Belyayev", "1966-03-18", "contradicted")]
    # a ship named before them is what went up (as before)
    assert said(checker, "On 12 April 1961 Vostok 1 lifted off with Yuri Gagarin "
                         "aboard.") == [("Vostok 1", "1961-04-12", "supported")]


def test_a_weekday_before_a_date_is_no_name_with_a_number() -> None:
    # "Sunday 12" had been read as a name like "Soyuz 12", leaving "April 2026"
    assert [(d.text, str(d.date)) for d in find_dates("On Sunday 12 April 2026 it rose.")] == [
        ("12 April 2026", "2026-04-12")]


def test_a_broadcast_counts_years_back_from_its_morning_and_its_month() -> None:
    # the dateline's "/" is not one of its words (it had made the line too long)
    head = ("ORBIT AT SIXTY-FIVE\nRadio bulletin script. Transmission: Sunday 12 April 2026, "
            "09:00 Moscow / 06:00 GMT.\n\n")
    found = find_dates(head + "Sixty-five years ago this morning, a rocket rose. Fifty-five "
                              "years ago this month, a station went up.")
    assert [(d.text, str(d.date)) for d in found if d.kind == "ago"] == [
        ("Sixty-five years ago this morning", "1961-04-12"),
        ("Fifty-five years ago this month", "1971-04")]


@pytest.mark.integration
def test_what_a_whose_clause_tells_of_a_site_is_not_the_ships_date(
        checker: Checker) -> None:
    text = ("Published 12 April 2026.\n\nVostochny, whose first rocket flew ten years ago "
            "this month, sent Luna 25 on its way in 2023.")
    # the clause's date had been read as Luna 25's launch, contradicted
    assert said(checker, text) == [("Luna-25", "2023", "supported")]


@pytest.mark.integration
def test_the_first_space_station_is_no_probe_told_of_before(checker: Checker) -> None:
    text = ("Mars 2 reached Mars in 1971.\n\nIn April 1971 the first space station went up, "
            "and its crew followed.")
    # it had been read as Mars 2's launch, contradicted
    assert [s for s in said(checker, text) if s[1] == "1971-04"] == []


@pytest.mark.integration
def test_what_a_correction_says_was_printed_is_not_claimed(checker: Checker) -> None:
    # the bulletin's own earlier error, reported: only the correction after it is claimed
    text = ("We gave the founding of the Russian Space Agency as 1991. It was established "
            "in February 1992.")
    # ("It" is the agency named in the sentence before: GCAT's Rosaviakosmos)
    assert [(v, verdict) for _, v, verdict in said(checker, text, "founded")] == [
        ("1992-02", "supported")]
    assert [(v, verdict) for _, v, verdict in said(
        checker, "The Russian Space Agency was founded in 1991.", "founded")] == [
        ("1991", "contradicted")]


@pytest.mark.integration
def test_a_month_of_a_module_listed_as_the_station_grew_is_its_launch_or_docking(
        checker: Checker) -> None:
    # Kvant-2 was launched on 26 November 1989 and docked on 6 December; Kristall was
    # launched on 31 May 1990 and docked on 10 June (curated): a month that is neither had
    # been let pass while the module was in space
    text = ("The station grew module by module: Kvant in March 1987, Kvant-2 in December "
            "1989, Kristall in May 1991.")
    assert said(checker, text) == [("Kvant", "1987-03", "supported"),
                                   ("Kvant-2", "1989-12", "unverifiable"),
                                   ("Kristall", "1991-05", "contradicted")]


@pytest.mark.integration
def test_a_relative_clause_between_a_craft_and_its_verb_names_no_subject(
        checker: Checker) -> None:
    text = ("Nauka, which took the place of the old Pirs docking compartment, rose on "
            "21 July {}.")
    assert said(checker, text.format(2021)) == [("Nauka", "2021-07-21", "supported")]
    assert said(checker, text.format(2020)) == [("Nauka", "2020-07-21", "contradicted")]
