"""Readings fixed from a magazine's "myths and facts" column and a flight controller's
memoir (heldout42/43): firsts told by a country, a place before an apposition, a craft
counted from, a date with a verb of its own, a date in an aside (on the real catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
@pytest.mark.parametrize(("text", "expected"), [
    ("Helen Sharman, the first from Britain, flew in 1991.",
     ("Helen Sharman", "supported", "Helen Sharman")),
    ("Jean-Loup Chretien, the first of his country, flew on Soyuz T-6.",
     ("Jean-Loup Chrétien", "supported", "Jean-Loup Chrétien")),
    ("Sigmund Jähn, the first from Poland, flew in 1978.",
     ("Sigmund Jähn", "contradicted", "Mirosław Hermaszewski")),
])
def test_a_first_told_by_a_country(checker: Checker, text: str,
                                   expected: tuple[str, str, str]) -> None:
    [first] = [c for c in checker.check_text(text).claims if c.property == "first"]
    assert (first.subject_name, first.verdict, first.expected) == expected


@pytest.mark.integration
def test_a_craft_is_a_spacecraft_in_a_first(checker: Checker) -> None:
    text = "Luna 2 became the first craft to reach the Moon in September 1959."
    assert said(checker, text, "first") == [
        ("Luna-2", "first craft to reach the Moon", "supported")]


@pytest.mark.integration
def test_a_country_after_a_preposition_is_a_place_not_the_first(checker: Checker) -> None:
    text = ("In September 1970 Luna 16 brought about 101 grams of lunar soil back to "
            "Kazakhstan, the first sample ever returned by a robot.")
    assert [s for s, _, _ in said(checker, text, "first")] == ["Luna-16 KT"]


@pytest.mark.integration
def test_a_craft_counted_from_is_not_the_craft_referred_to(checker: Checker) -> None:
    # Sputnik 2 re-entered on 14 April 1958; Sputnik 1 on 4 January 1958
    text = ("Sputnik 2 had no way back. It was launched on 3 November 1957, a month after "
            "the first Sputnik. The craft carried her body until it re-entered on 14 April "
            "1958.")
    assert said(checker, text, "reentry_date") == [("Sputnik 2", "1958-04-14", "supported")]


@pytest.mark.integration
def test_a_date_with_its_own_verb_is_not_listed_with_the_launch(checker: Checker) -> None:
    text = ("Venera 9 went up on a Proton in June 1975 and on 22 October that year "
            "returned the first photographs from the surface of another world.")
    assert said(checker, text) == [("Venera-9", "1975-06", "supported")]


@pytest.mark.integration
def test_a_clause_with_its_own_date_takes_its_verb(checker: Checker) -> None:
    text = ("Mir was launched in 1986. Russia signed the station's agreement on 29 January "
            "1998, and the very first module, Zarya, was launched on a Russian Proton rocket "
            "from Baikonur on 20 November 1998.")
    assert said(checker, text) == [("Mir", "1986", "supported"),
                                   ("Zarya", "1998-11-20", "supported")]


@pytest.mark.integration
def test_a_date_in_a_dash_aside_is_not_the_next_verbs(checker: Checker) -> None:
    text = ("Luna 25 left Vostochny on 11 August 2023 - Russia's first Moon mission since "
            "Luna 24 in 1974 - and crashed on 19 August.")
    assert said(checker, text, "landing_date") == [("Luna-25", "2023-08-19", "supported")]


@pytest.mark.integration
def test_flew_up_is_a_launch_even_on_a_day_in_flight(checker: Checker) -> None:
    # Soyuz 17: up 10 January 1975 21:43 UTC (11 January in Moscow), down 9 February
    assert said(checker, "Georgy Grechko flew up on 12 January 1975.") == [
        ("Georgy Grechko", "1975-01-12", "contradicted")]
    text = "Two days later, on 12 January 1975, Grechko flew the ship in."
    assert [v for _, _, v in said(checker, text)] == ["unverifiable"]


@pytest.mark.integration
def test_a_relative_date_opening_a_sentence_needs_no_comma(checker: Checker) -> None:
    # Voskhod 1 flew in October 1964, not a year before March 1965
    text = ("Voskhod 2 lifted off on 18 March 1965. A year earlier Voskhod 1 had squeezed "
            "three men into one cabin.")
    assert said(checker, text)[-1] == ("Voskhod 1", "1964", "contradicted")


@pytest.mark.integration
def test_days_after_launch_at_a_flights_end_is_its_duration(checker: Checker) -> None:
    # Salyut 1: 19 April to 11 October 1971, 175 days
    text = ("Salyut 1 was launched in April 1971. The station itself burned up in October "
            "1971, 185 days after launch.")
    assert said(checker, text, "duration") == [("Salyut", "185 days", "contradicted")]
    assert said(checker, "Soyuz MS-17 docked three hours after launch.", "duration") == []


@pytest.mark.integration
def test_a_dated_flight_with_a_companion(checker: Checker) -> None:
    # Remek flew Soyuz 28 (March 1978) with Gubarev; Klimuk commanded Soyuz 30
    text = ("Czechoslovakia's Vladimír Remek, launched in March 1978 with commander Pyotr "
            "Klimuk, was the first person in space who was neither Soviet nor American.")
    assert said(checker, text, "crew") == [("Soyuz 28", "Pyotr Klimuk", "contradicted")]
    assert said(checker, text, "first") == [
        ("Vladimír Remek", "first non-Soviet non-American person in space", "supported")]


@pytest.mark.integration
def test_followed_a_year_later_is_a_launch(checker: Checker) -> None:
    # Hermaszewski flew on 27 June 1978, months (not a year) after Remek
    text = "Remek flew in March 1978; Hermaszewski followed a year later."
    assert said(checker, text)[-1] == ("Mirosław Hermaszewski", "1979", "contradicted")


@pytest.mark.integration
def test_either_of_two_nationalities(checker: Checker) -> None:
    # Soviet or Russian women: Tereshkova, Savitskaya, Kondakova, Serova
    text = "Yelena Serova became the fourth Soviet or Russian woman in space."
    assert said(checker, text, "first")[0][2] == "supported"


@pytest.mark.integration
def test_an_orbit_that_reached_out_to_is_its_apogee(checker: Checker) -> None:
    text = ("Sputnik 2 was launched on 3 November 1957. The craft, on an orbit that reached "
            "out to about 1,200 km, carried her body.")
    assert said(checker, text, "apogee") == [("Sputnik 2", "1200 km", "contradicted")]


@pytest.mark.integration
def test_flying_across_to_another_station_is_no_launch(checker: Checker) -> None:
    text = ("Mir went up on the 20th of February 1986. Kizim and Solovyov arrived in March "
            "in the last of the T ships, and in May they flew across to the Seven and back.")
    assert [s for s, _, _ in said(checker, text)] == ["Mir"]
