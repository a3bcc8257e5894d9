"""Readings fixed from a museum wall timeline (heldout50): the days heading lines under a
year standing alone on its line are that year's; a span of days ("Aug. 19–20") keeps its
last day, on which its landing falls; a participle set off by commas keeps its own offset
("The Mars 3 lander, launched two weeks after its twin Mars 2, makes …"); the event an
anniversary is of is not the subject; "to land" dates a landing; a line's "<date> – <date>"
heading ends on the landing."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from tests.checker.claims import said


def test_days_under_a_year_line_are_that_years() -> None:
    text = ("1961\nApr. 12 — Yuri Gagarin rides Vostok 1 from Baikonur.\n"
            "Aug. 6–7 — Gherman Titov spends more than a day aloft in Vostok 2.\n\n"
            "1959 — The year of the Moon\nSept. 12 — Luna 2 is launched.\n")
    found = [(d.text, d.date.iso(), d.end_date.iso() if d.end_date else None, d.kind)
             for d in find_dates(text)]
    assert ("Apr. 12", "1961-04-12", None, "absolute") in found
    assert ("Aug. 6–7", "1961-08-06", "1961-08-07", "absolute") in found
    assert ("Sept. 12", "1959-09-12", None, "absolute") in found


def test_without_a_year_line_a_heading_day_is_still_an_anniversary() -> None:
    text = "ON THIS DAY\n\n14 September - Luna 2 was launched on this date in 1959.\n"
    assert [(d.text, d.date.iso()) for d in find_dates(text)] == [("1959", "1959-09-14")]


@pytest.mark.integration
def test_a_timeline_entry_is_dated_by_its_year_line(checker: Checker) -> None:
    text = ("1966\nJan. 31 — Luna 9 leaves Baikonur.\n"
            "Mar. 13 — Luna 10 is launched; a few days later it orbits the Moon.\n")
    assert said(checker, text) == [("Luna-9", "1966-01-31", "supported"),
                                   ("Luna-10", "1966-03-13", "contradicted")]


@pytest.mark.integration
def test_a_span_of_days_ends_on_the_landing(checker: Checker) -> None:
    text = ("1960\nAug. 19–20 — The dogs Belka and Strelka spend a day in orbit aboard "
            "Korabl-Sputnik 2 and come home safely.\n")
    assert [v for _, v, verdict in said(checker, text, "landing_date")
            if verdict == "supported"] == ["1960-08-20"]


@pytest.mark.integration
def test_an_event_of_an_entry_falls_on_a_day_of_its_span(checker: Checker) -> None:
    text = "1969\nJan. 14–15 — Soyuz 4 and Soyuz 5 lift off a day apart and dock.\n"
    assert {verdict for _, _, verdict in said(checker, text)} == {"supported"}
    wrong = "1969\nJan. 10–12 — Soyuz 4 and Soyuz 5 lift off a day apart and dock.\n"
    assert {verdict for _, _, verdict in said(checker, wrong)} == {"contradicted"}


@pytest.mark.integration
def test_a_participles_offset_is_its_own(checker: Checker) -> None:
    text = ("1971\nDec. 2 — The Mars 3 lander, launched two weeks after its twin Mars 2, "
            "makes the first soft landing on Mars.\n")
    assert said(checker, text, "landing_date") == [("Mars-3", "1971-12-02", "supported")]
    # its launch is counted from Mars 2's (nine days before, not two weeks): not Dec. 2
    assert [(s, v) for s, v, _ in said(checker, text)] == [("Mars-3", "1971-06-02")]
    assert [c.subject_name for c in checker.check_text(text).claims
            if c.property == "first"] == ["Mars-3"]


@pytest.mark.integration
def test_the_event_an_anniversary_is_of_is_not_the_subject(checker: Checker) -> None:
    text = ("1959\nOct. 4 — On the second anniversary of Sputnik 1, Luna 3 sets off on a "
            "loop around the Moon.\n")
    claims = checker.check_text(text).claims
    assert [(c.subject_name, c.value, c.verdict) for c in claims
            if c.property == "launch_date" and c.value == "1959-10-04"] == [
        ("Luna-3", "1959-10-04", "supported")]
    assert not [c for c in claims if c.property == "first"]  # an anniversary is no record


@pytest.mark.integration
def test_to_land_dates_a_landing(checker: Checker) -> None:
    text = ("Luna 25 lifted off on 11 August 2023. It had been scheduled to land on 21 "
            "August, but it crashed two days before that, on 19 August.")
    assert [(c.value, c.planned) for c in checker.check_text(text).claims
            if c.property == "landing_date"] == [("2023-08-21", True), ("2023-08-19", False)]


@pytest.mark.integration
def test_a_dated_range_heading_ends_on_the_landing(checker: Checker) -> None:
    text = ("1994–1995\nJan. 8, 1994 – Mar. 22, 1995 — Physician Valeri Polyakov launches on "
            "Soyuz TM-18 and comes home on Soyuz TM-20.\n")
    claims = checker.check_text(text).claims
    assert ("landing_date", "1995-03-22", "supported") in [
        (c.property, c.value, c.verdict) for c in claims]
    assert not [c for c in claims if c.verdict == "contradicted"]


@pytest.mark.integration
def test_windows_line_ends_read_as_line_ends(checker: Checker) -> None:
    # a browser's form and a Windows file send "\r\n": the year line still heads its days,
    # and the claims' offsets and quotes are of the text as given
    text = "1966\r\nJan. 31 — Luna 9 leaves Baikonur.\r\nMar. 13 — Luna 10 is launched.\r\n"
    claims = [c for c in checker.check_text(text).claims if c.property == "launch_date"]
    assert [(c.value, c.verdict) for c in claims] == [("1966-01-31", "supported"),
                                                      ("1966-03-13", "contradicted")]
    assert all(c.quote == text[c.start:c.end] for c in claims)


@pytest.mark.integration
def test_windows_blank_lines_end_an_articles_heading_block(checker: Checker) -> None:
    # found in the browser: a form's "\r\n\r\n" is read as " \n \n", still a blank line, so
    # a date further down is no dateline and "to the day" counts from the one at the top
    text = ("# Mir notes\n\n- Soyuz 3 was crewed.\n"
            "- The first launch from Vostochny was on 28 April 2016.\n\n"
            "Monday, 23 March 2026\n\n"
            "Two years ago to the day, Soyuz MS-25 carried three people to the ISS.\n")
    for given in (text, text.replace("\n", "\r\n")):
        assert [(c.value, c.verdict) for c in checker.check_text(given).claims
                if c.subject_name == "Soyuz MS-25"] == [("2024-03-23", "supported")]
