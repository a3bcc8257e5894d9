"""A lecture handout's timeline in note form: a day written as GCAT writes it ("1986 Feb
20"), two ships with their crews in one bracket ("Vostok 3 and Vostok 4 (Nikolayev,
Popovich)"), an orbit's size in a verbless line ("on a 181 by 372 km orbit"), a date that is
an agreement's ("agreed by Nixon and Kosygin in May 1972"), a plan "pencilled in", and a
past flight counted from inside a plan ("the first … since Luna 24 in 1974"). Lines written
here; verdicts on the real catalog (Mir's core launched 19 February 1986 UTC, 20 February in
Moscow; Vostok 3 carried Nikolayev and Vostok 4 Popovich; Vostok 1's apogee was 327 km;
Soyuz 19 launched 15 July 1975; Luna 24 in 1976; Buran flew once, in 1988)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates


def test_a_day_written_year_first_with_the_months_name() -> None:
    assert [(d.text, d.date.iso()) for d in find_dates("1986 Feb 20 - Mir core module")] == [
        ("1986 Feb 20", "1986-02-20")]
    assert [d.text for d in find_dates("in 1986 May 3 1987")] == ["1986", "May 3 1987"]


@pytest.mark.integration
def test_a_handouts_timeline_lines(checker: Checker) -> None:
    text = (
        "TIMELINE AT A GLANCE\n"
        "- 12.04.1961 - Vostok 1. Yuri Gagarin. One orbit, 108 minutes from launch to "
        "landing, on a 181 by 372 km orbit.\n"
        "- Aug. 1962 - Vostok 3 and Vostok 4 (Nikolayev, Popovich): the group flight.\n"
        "- 15 July 1975 - Soyuz 19 goes up for the handshake agreed by Nixon and Kosygin in "
        "May 1972.\n"
        "- 1986 Feb 20 - Mir core module.\n")
    found = {(c.subject_name, c.property, c.value, c.verdict)
             for c in checker.check_text(text).claims}
    assert {("Vostok 1", "perigee", "181 km", "supported"),
            ("Vostok 1", "apogee", "372 km", "contradicted"),
            ("Vostok 3", "crew", "Andriyan Nikolayev", "supported"),
            ("Vostok 4", "crew", "Pavel Popovich", "supported"),
            ("Soyuz 19", "launch_date", "1975-07-15", "supported"),
            ("Mir", "launch_date", "1986-02-20", "supported")} <= found
    assert not [f for f in found if f[2] == "1972-05" or (f[3] == "contradicted" and (
        f[1] == "crew"))]


@pytest.mark.integration
def test_a_plan_pencilled_in_and_a_flight_counted_from_inside_a_plan(
        checker: Checker) -> None:
    text = ("Luna-25 is scheduled to launch from Vostochny on a Soyuz-2.1b - the first "
            "Russian lunar probe since Luna 24 in 1974. A second Buran flight was pencilled "
            "in for 1993.")
    found = {(c.subject_name, c.value, c.planned, c.verdict)
             for c in checker.check_text(text).claims if c.property == "launch_date"}
    assert found == {("Luna-24 KT", "1974", False, "contradicted"),
                     ("Buran OK-1K", "1993", True, "unverifiable")}
