"""A yearless month told after a December date falls in the next year, a feast day is its
date ("Christmas Day 1974"), a speaker's corrected date is withdrawn ("the tenth... no,
sorry, the eleventh"), and a station's crew is not the station."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from tests.checker.claims import said


def _dates(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.date.iso()) for d in find_dates(text)]


def test_a_yearless_month_after_december_is_in_the_next_year() -> None:
    text = "The station went up on 26 December 1974. Its crew followed on 11 January."
    assert _dates(text)[-1] == ("11 January", "1975-01-11")
    # up to five months past the year's end: autumn, then the winter after
    text = "Salyut 6 went up in September 1977. In January a cargo ship docked."
    assert _dates(text)[-1] == ("January", "1978-01")


def test_that_month_is_of_the_year_told() -> None:
    text = "On the second of December 1971 the lander of Mars 3, launched that May, landed."
    assert _dates(text)[-1] == ("May", "1971-05")


@pytest.mark.parametrize("text", [
    "In January the first of the Progress cargo ships came up.",
    "In June the first crew arrived.",
])
def test_month_the_first_of_something_is_no_day(text: str) -> None:
    assert [d.date.precision.name for d in find_dates(f"Salyut 6 flew in 1977. {text}")][
        -1] == "MONTH"


def test_month_the_first_is_a_day() -> None:
    assert _dates("It docked on January the first, 1978.") == [
        ("January the first, 1978", "1978-01-01")]


@pytest.mark.parametrize("text", [
    "The station went up on 26 December 1974. Its core had been built in January.",
    "December 6, 2024\n\nMINSK, Dec. 5 (Meridian) -- She flew on a Soyuz in March.",
    "Published December 6, 2024\n\nShe flew on a Soyuz in March, officials recalled.",
])
def test_looking_back_or_from_the_news_date_keeps_the_year(text: str) -> None:
    # "had": told looking back; a news item's own date: what it tells is before it
    first, last = find_dates(text)[0], find_dates(text)[-1]
    assert last.date.year == first.date.year


def test_a_feast_day_is_its_date() -> None:
    assert _dates("launched on Christmas Day 1974 on a Proton") == [
        ("Christmas Day 1974", "1974-12-25")]
    assert _dates("It re-entered on New Year's Eve, 1979.") == [
        ("New Year's Eve, 1979", "1979-12-31")]


def test_a_date_the_speaker_corrects_is_withdrawn() -> None:
    assert _dates("Gagarin flew in 1962, I mean 1961, aboard Vostok 1.") == [("1961", "1961")]
    text = "They went up on 10 December 1974... no, sorry, the eleventh of January 1975."
    assert [iso for _, iso in _dates(text)] == ["1975-01-11"]


@pytest.mark.integration
def test_a_stations_crew_going_up_is_not_the_station(checker: Checker) -> None:
    # Salyut 4: 26 December 1974; its first crew (Soyuz 17) flew on 11 January 1975
    for text in ("Salyut 4 was launched on 26 December 1974. Its first crew went up on "
                 "11 January 1975 and stayed a month.",
                 "Salyut 4 was launched on 26 December 1974. The station's first crew "
                 "went up on 11 January 1975."):
        assert said(checker, text) == [("Salyut-4", "1974-12-26", "supported")], text


@pytest.mark.integration
def test_salyut_4_on_christmas_day_is_a_day_late(checker: Checker) -> None:
    text = "Salyut 4 had been launched on Christmas Day 1974 on a Proton."
    assert said(checker, text) == [("Salyut-4", "1974-12-25", "contradicted")]
