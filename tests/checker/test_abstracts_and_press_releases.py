"""What scholarly abstracts and press releases say, on the real catalog: author-year
citations are no dates; firsts narrowed to a kind of rocket ("the first Russian to fly
aboard the Space Shuttle") are ordered among the flights on it; "neither a Soviet nor an
American citizen"; a time "after launch" in a clause that circles the Earth is the flight's
length; moves between stations date nothing; "came back to space" is a launch and
"arrived on Soyuz TM-3" a launch in it."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_a_citations_year_is_no_date(checker: Checker) -> None:
    text = ("OPS-2 was occupied by Pavel Popovich and Yuri Artyukhin of Soyuz 14 for sixteen "
            "days; it is generally accepted (Siddiqi 2000) that the station was de-orbited "
            "on 24 January 1975.")
    assert not [c for c in checker.check_text(text).claims if "2000" in c.value]


@pytest.mark.parametrize(("text", "verdict", "holder"), [
    ("Sergei Krikalev was the first Russian cosmonaut to fly aboard the Space Shuttle.",
     "supported", "Sergei Krikalev"),
    ("Vladimir Titov became the first Russian to fly on the American Space Shuttle.",
     "contradicted", "Sergei Krikalev"),
    ("Norman Thagard became the first American to be launched on a Russian rocket.",
     "supported", "Norman Thagard"),
    # a craft she only came home in is not hers: Savitskaya went up in Soyuz T-7 in August
    # 1982, and came down in T-5, launched that May
    ("Helen Sharman was the first woman to fly on a Soyuz.", "contradicted",
     "Svetlana Savitskaya"),
])
def test_a_first_among_the_flights_on_a_kind_of_rocket(
        checker: Checker, text: str, verdict: str, holder: str) -> None:
    [first] = claims_of(checker, text, "first")
    assert (first.verdict, first.expected) == (verdict, holder)


@pytest.mark.parametrize("text", [
    "Vladimír Remek became the first person in space who was neither a Soviet nor an "
    "American citizen.",
    "Vladimír Remek was the first person in space who came from neither the Soviet Union "
    "nor the United States.",
])
def test_neither_nor_with_articles_and_country_names(checker: Checker, text: str) -> None:
    [first] = claims_of(checker, text, "first")
    assert (first.value, first.verdict) == ("first non-Soviet non-American person in space",
                                            "supported")


def test_a_time_after_launch_is_no_orbital_period(checker: Checker) -> None:
    # 206 minutes in the history layer, 204 from GCAT's launch and landing instants: both
    # are the flight's length, so "3 hours 24 minutes" is within their spread
    text = ("On 15 November 1988 Buran made its only flight. It circled the Earth twice and "
            "landed automatically three hours and 24 minutes after launch.")
    assert claims_of(checker, text, "orbital_period") == []
    assert said(checker, text, "duration") == [("Buran OK-1K", "3.4 h", "supported")]


def test_time_outside_is_a_spacewalks_not_the_flights(checker: Checker) -> None:
    text = ("Alexei Leonov floated out of Voskhod 2. He was outside for about 12 minutes, "
            "tied to the craft by a long cord.")
    assert claims_of(checker, text, "duration") == []


def test_moves_between_stations_date_no_launch_or_landing(checker: Checker) -> None:
    text = ("Leonid Kizim and Vladimir Solovyov launched aboard Soyuz T-15 on 13 March 1986. "
            "In May they undocked from Mir, flew their Soyuz to the ageing Salyut 7, and "
            "returned to the new station in June before landing in Kazakhstan.")
    dated = [(c.property, c.value) for c in checker.check_text(text).claims
             if c.property.endswith("_date")]
    assert dated == [("launch_date", "1986-03-13")]


def test_coming_back_to_space_and_arriving_on_a_ship_are_launches(checker: Checker) -> None:
    text = ("Syria's Muhammed Faris arrived on Soyuz TM-4 in July 1987, and Jean-Loup "
            "Chrétien came back to space aboard Soyuz TM-7 in December 1988.")
    # Faris went up in TM-3 that July (the craft is the error, which his crew claim
    # judges); TM-7 went up on 26 November 1988
    assert said(checker, text) == [("Muhammed Faris", "1987-07", "supported"),
                                   ("Soyuz TM-7", "1988-12", "contradicted")]
    assert said(checker, text, "crew") == [("Soyuz TM-4", "Muhammed Faris", "contradicted"),
                                           ("Soyuz TM-7", "Jean-Loup Chrétien", "supported")]
    assert claims_of(checker, text, "landing_date") == []
