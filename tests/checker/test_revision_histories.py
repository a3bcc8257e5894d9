"""A wiki page's revision history: each revision's stamp ("#424, 12 April 2021 07:00,
Kat: …") is when its lines were written, no event's day, and "today" or "ago" in the
diff lines under it count from it; a diff's added line ("+ …") is a sentence of its own,
as its removed line ("- …") is. Also from that history: "X's flight began on" dates the
launch, and "re-entered on … after 157 days" is a time in orbit. Lines written here;
verdicts on the real catalog (Vostok 1 flew on 12 April 1961; Soyuz 30 carried
Hermaszewski and Soyuz 31 Jähn; Polyakov's long flight began on 8 January 1994; Salyut 1
flew 175 days)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from tests.checker.claims import said

HISTORY = ('SPACEPEDIA: "Soviet space stations", revision history\n\n'
           '#431, 19 April 2021 06:12, Kat: "date per GCAT"\n'
           '- Salyut 1 was launched on 9 April 1971\n\n'
           '#424, 12 April 2021 07:00, Kat: "Cosmonautics Day"\n'
           '+ Sixty years ago today Yuri Gagarin flew a single orbit aboard Vostok 1.\n')


def test_a_revisions_stamp_dates_the_lines_under_it() -> None:
    read = [(d.text, d.date.iso(), d.kind) for d in find_dates(HISTORY)]
    assert ("12 April 2021 07:00", "2021-04-12T07:00Z", "dateline") in read
    assert ("Sixty years ago today", "1961-04-12", "ago") in read


@pytest.mark.integration
def test_counts_in_a_revision_are_told_from_its_stamp(checker: Checker) -> None:
    assert said(checker, HISTORY)[-1] == ("Yuri Gagarin", "1961-04-12", "supported")


@pytest.mark.integration
def test_a_diffs_added_line_is_a_sentence_of_its_own(checker: Checker) -> None:
    text = ('#422, 2 April 2021 19:47, Ivan: "fix"\n'
            "- Hermaszewski and Jähn followed on Soyuz 31 and Soyuz 30 respectively\n"
            "+ Hermaszewski and Jähn followed on Soyuz 30 and Soyuz 31 respectively\n")
    assert [v for _, _, v in said(checker, text, "crew")] == [
        "contradicted", "contradicted", "supported", "supported"]


@pytest.mark.integration
def test_a_flight_began_on_its_launch_day(checker: Checker) -> None:
    assert said(checker, "Polyakov's record flight began on 8 January 1995.") == [
        ("Valeri Polyakov", "1995-01-08", "contradicted")]


@pytest.mark.integration
def test_days_before_reentry_are_its_time_in_orbit(checker: Checker) -> None:
    assert said(checker, "Salyut 1 re-entered on 11 October 1971 after 157 days.",
                "duration") == [("Salyut", "157 days", "contradicted")]
