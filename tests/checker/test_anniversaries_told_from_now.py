"""Anniversaries and ages dated by the time they are told from: "next Tuesday marks 45
years since …", "Ten days ago was the 51st anniversary of …", "Gagarin's 64th anniversary
is next month", "Salyut 1 turns 55 next month" — each that day, month or year, so many
years back. A person's age dates no flight. Lines written here; verdicts on the real
catalog (Soyuz 11 launched 6 June 1971, Soyuz 30 on 27 June 1978, Vostok 1 on 12 April
1961, Salyut 1 on 19 April 1971)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from tests.checker.claims import said

HANDOUT = "Handout date: Friday 16 June 2023\n\n"


def test_counts_take_the_precision_of_the_time_they_are_told_from() -> None:
    text = HANDOUT + ("Ten days ago was the 51st anniversary of the launch of Soyuz 11. "
                      "And next Tuesday marks 45 years since Hermaszewski lifted off.")
    assert [(d.text, d.date.iso()) for d in find_dates(text) if d.kind == "ago"] == [
        ("the 51st anniversary of", "1972-06-06"), ("45 years since", "1978-06-20")]
    # "next Tuesday" is the time told from, no event's day
    assert "2023-06-20" not in [d.date.iso() for d in find_dates(text)]


def test_a_magazines_last_month_is_no_month() -> None:
    text = "Night Sky Monthly | May 2025\n\nLast month marked sixty years since Voskhod 2."
    assert [d.date.iso() for d in find_dates(text) if d.kind == "ago"] == ["1965"]


@pytest.mark.integration
def test_anniversaries_told_from_a_day(checker: Checker) -> None:
    text = HANDOUT + ("Ten days ago was the 51st anniversary of the launch of Soyuz 11. "
                      "Next Tuesday marks 45 years since the launch of Soyuz 30.")
    assert said(checker, text) == [("Soyuz 11", "1972-06-06", "contradicted"),
                                   ("Soyuz 30", "1978-06-20", "contradicted")]


@pytest.mark.integration
def test_ages_and_possessive_anniversaries(checker: Checker) -> None:
    text = ("Posted 2025-03-03\n\nGagarin's 64th anniversary is next month. Salyut 1 turns 55 "
            "next month. Tereshkova, who flew Vostok 6, turns 88 next month.")
    assert said(checker, text) == [("Yuri Gagarin", "1961-04", "supported"),
                                   ("Salyut", "1970-04", "contradicted")]
