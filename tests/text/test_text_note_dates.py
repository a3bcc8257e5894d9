"""Dates as notes and slides write them: a month as "06/1990", and "a fortnight later"."""

from __future__ import annotations

import pytest

from sleuth.text.dates import find_dates


@pytest.mark.parametrize(("text", "expected"), [
    ("Kristall 06/1990, and so on", [("06/1990", "1990-06")]),
    ("Phobos 2, launched in 07/1989, reached Mars orbit", [("07/1989", "1989-07")]),
    # not a month: a fraction, a day-month-year or a year past the range
    ("scored 13/1990 points", []),
    ("launched 24/01/1975", [("24/01/1975", "1975-01-24")]),
    ("page 06/2150", []),
])
def test_a_month_written_as_in_notes(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.date.iso()) for d in find_dates(text)] == expected


def test_a_fortnight_is_two_weeks() -> None:
    dates = find_dates("It launched on 21 July 2021 and docked a fortnight later.")
    assert [(d.text, d.date.iso()) for d in dates] == [("21 July 2021", "2021-07-21"),
                                                        ("a fortnight later", "2021-08-04")]
