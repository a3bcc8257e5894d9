from datetime import UTC, datetime

import pytest

from sleuth.model import PartialDate, Precision


def test_iso_is_cut_to_precision() -> None:
    assert PartialDate(1961, 4, 12, 6, 7).iso() == "1961-04-12T06:07Z"
    assert PartialDate(1957, 10).iso() == "1957-10"
    assert PartialDate(1992).iso() == "1992"
    assert PartialDate(1957, 10, 4, 19, 28, 34.0).iso() == "1957-10-04T19:28:34Z"
    assert PartialDate(1962, 4, uncertain=True).iso() == "1962-04?"


def test_a_year_is_not_its_first_day() -> None:
    year = PartialDate(1961)
    assert year.precision is Precision.YEAR
    assert year.start() == datetime(1961, 1, 1, tzinfo=UTC)
    assert year.end() == datetime(1962, 1, 1, tzinfo=UTC)
    month = PartialDate(1957, 10)
    assert month.end() == datetime(1957, 11, 1, tzinfo=UTC)
    assert PartialDate(1960, 2).end() == datetime(1960, 3, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    "text", ["1961", "1957-10", "1961-04-12", "1961-04-12T06:07Z", "1957-10-04T19:28:34Z",
             "1960?", "2022-03-18T15:55:18Z"],
)
def test_parse_iso_round_trips(text: str) -> None:
    assert PartialDate.parse_iso(text).iso() == text


@pytest.mark.parametrize("bad", ["1961-13", "1961-02-30", "12 April 1961", ""])
def test_invalid_dates_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse_iso(bad)


def test_gaps_in_precision_are_rejected() -> None:
    with pytest.raises(ValueError):
        PartialDate(1961, None, 12)


def test_truncate() -> None:
    assert PartialDate(1961, 4, 12, 6, 7).truncate("day").iso() == "1961-04-12"
