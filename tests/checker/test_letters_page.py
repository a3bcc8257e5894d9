"""Readings from a magazine's letters page: a list line "Ship, date: guest, country" (the
ship's launch day and its crew), a yearless day that takes its year through the days
before it in its paragraph ("… 30 June … 29 June … 11 November that year"), where a
person went up from ("took off from Vostochny"), and a first said with "send data".
Lines written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_a_list_line_dates_the_ship_and_names_its_crew(checker: Checker) -> None:
    # Soyuz 30 went up 1978-06-27 15:27 UTC (18:27 Moscow), with Hermaszewski; Soyuz 37
    # flew Pham Tuan and Soyuz 38 Tamayo Mendez (GCAT launchlog, crew data)
    text = ("From my stamp album, the first guests:\n\n"
            "Soyuz 30, 28 June 1978: Miroslaw Hermaszewski, Poland\n"
            "Soyuz 37, 23 July 1980: Arnaldo Tamayo Mendez, Cuba\n")
    assert said(checker, text) == [("Soyuz 30", "1978-06-28", "contradicted"),
                                   ("Soyuz 37", "1980-07-23", "supported")]
    assert said(checker, text, "crew") == [
        ("Soyuz 30", "Mirosław Hermaszewski", "supported"),
        ("Soyuz 37", "Arnaldo Tamayo Méndez", "contradicted")]


def test_a_yearless_day_takes_its_year_through_the_days_before_it(checker: Checker) -> None:
    # Salyut 1 ended its flight on 1971-10-11 (GCAT psatcat); 1971 is named only in the
    # letter, more than RESOLUTION_REACH characters before the reply's last day
    text = ("You said Salyut 1 rode into orbit atop a Soyuz. Soyuz 11 lifted off on 7 June "
            "1971 and came down on 30 June, so 26 days cannot be right.\n\n"
            "Editor replies: Mr Holloway is right on both counts. Salyut 1 was launched by a "
            "Proton-K from Baikonur's site 81, and Soyuz 11 lasted 23 days and 18 hours. The "
            "landing date is trickier than it looks: the capsule touched down just after 2 "
            "a.m. Moscow time on 30 June, which was still 29 June in Greenwich. The station "
            "itself was deorbited on 11 November that year.\n")
    assert said(checker, text, "reentry_date") == [("Salyut", "1971-11-11", "contradicted")]


def test_where_a_person_went_up_from(checker: Checker) -> None:
    # Vasilevskaya flew Soyuz MS-25 and Sharman Soyuz TM-12, both from Baikonur (GCAT)
    text = ("You said Marina Vasilevskaya, Belarus's first woman in space, took off from "
            "Vostochny. Helen Sharman was the first Briton in space. She lifted off from "
            "Baikonur in May 1991. Later he launched from Plesetsk aboard Soyuz T-11.\n")
    assert said(checker, text, "launch_site") == [
        ("Marina Vasilevskaya", "Vostochniy", "contradicted"),
        ("Helen Sharman", "Baykonur", "supported"),
        ("Soyuz T-11", "Plesetsk", "contradicted")]


def test_a_first_said_with_send_or_transmit(checker: Checker) -> None:
    # Venera 7 sent the first data from another planet's surface (firsts.yaml)
    text = ("Venera 4 was the first craft to send data from the surface of another planet. "
            "Venera 7 was the first probe to transmit from the surface of another planet.\n")
    assert said(checker, text, "first") == [
        ("Venera-4", "first craft to send data from the surface of another planet",
         "contradicted"),
        ("Venera-7", "first probe to transmit from the surface of another planet",
         "supported")]
