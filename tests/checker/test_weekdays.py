"""A weekday said alone ("went up on Friday", "is due to launch on Thursday") is a day of
the week the text is told from: a logbook entry's, a news item's dateline, a bulletin's
own date. A weekday by a yearless day tells its year.
Lines written here; verdicts on the real catalog (Soyuz MS-18 launched Friday 9 April
2021; Progress MS-29 launched Thursday 21 November 2024; Soyuz MS-25 launched Saturday 23
March 2024)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from tests.checker.claims import said

LOG = "SKY LOG\n\nFri 12 Apr 2019 — Clear from 20:30.\n\n{}\n"


def dates_of(text: str) -> dict[str, str]:
    return {d.text: str(d.date) for d in find_dates(text)}


def test_a_weekday_is_the_last_such_day_up_to_the_entrys_or_the_next_one_to_come() -> None:
    found = dates_of(LOG.format("Mon 12 Apr 2021 — MS-18 went up on Friday with Novitsky."))
    assert found["Friday"] == "2021-04-09"
    found = dates_of(LOG.format("Sun 17 Nov 2024 — Progress MS-29 is due to launch on "
                                "Thursday, and I'll look for it on Saturday evening."))
    assert found["Thursday"] == "2024-11-21"
    assert found["Saturday evening"] == "2024-11-23"
    found = dates_of(LOG.format("Tue 18 Mar 2025 — It launched last Tuesday; the next one "
                                "goes next Tuesday."))
    assert [v for k, v in found.items() if k == "Tuesday"] == ["2025-03-25"]
    assert sorted(d.date.day for d in find_dates(LOG.format(
        "Tue 18 Mar 2025 — It launched last Tuesday; the next goes next Tuesday."))
        if d.text == "Tuesday") == [11, 25]


def test_a_news_items_weekday_counts_from_its_dateline() -> None:
    text = ("SPACE DIGEST\nItems moved Dec. 2-6, 2024.\n\n"
            "VOSTOCHNY, Russia, Dec. 3 (Meridian) -- A Soyuz-2.1a rocket lifted off early on "
            "Saturday, local time.\n\n"
            "PLESETSK, Russia, Dec. 4 (Meridian) -- A Soyuz-2.1b lifted off on Wednesday.\n")
    found = dates_of(text)
    assert (found["Saturday"], found["Wednesday"]) == ("2024-11-30", "2024-12-04")


def test_a_weekday_of_a_saying_or_by_a_date_or_a_year_is_left_alone() -> None:
    text = LOG.format("Mon 17 Mar 2025 — Roscosmos said on Monday that MS-27 goes in April. "
                      "An article on Friday about Tereshkova was wrong. Gagarin flew on "
                      "Wednesday, 12 April 1961. In 1975 they landed on Monday.")
    assert not {"Monday", "Friday", "Wednesday"} & set(dates_of(text))


def test_a_weekday_by_a_yearless_day_tells_its_year_and_the_story_counts_on_from_it() -> None:
    text = ("Soyuz MS-23 went up in February 2023. Our own launch, Soyuz MS-25, was scheduled "
            "for Thursday 21 March. Two days later, on Saturday 23 March, it went. They "
            "docked with the station on the Monday.")
    found = dates_of(text)
    assert (found["21 March"], found["23 March"], found["Monday"]) == (
        "2024-03-21", "2024-03-23", "2024-03-25")


@pytest.mark.integration
def test_a_weekday_dates_a_flight(checker: Checker) -> None:
    entry = "Mon 12 Apr 2021 — MS-18 went up on {} with Novitsky, Dubrov and Mark Vande Hei."
    assert said(checker, LOG.format(entry.format("Friday"))) == [
        ("Soyuz MS-18", "2021-04-09", "supported")]
    assert said(checker, LOG.format(entry.format("Thursday"))) == [
        ("Soyuz MS-18", "2021-04-08", "contradicted")]


@pytest.mark.integration
def test_a_launch_stream_is_no_launch_and_their_crew_dragon_no_named_craft(
        checker: Checker) -> None:
    text = ("I'll watch the launch stream after work, then try for the ISS pass on 23 November "
            "2024.")
    assert said(checker, text) == []
    text = ("Peskov arrived on 16 March 2025. Their Crew Dragon lifted off from Florida on 14 "
            "March 2025.")
    assert "Crew Dragon" not in {m.name for m in checker.gazetteer.find(text)}
