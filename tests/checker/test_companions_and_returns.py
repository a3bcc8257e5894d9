"""Companions ("… with A and B") and the craft people came home in, on the real catalog
with new text (rules from the ninth held-out article's shapes)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.quantities import find_quantities
from sleuth.text.segment import sentences
from tests.checker.claims import claims_of

pytestmark = pytest.mark.integration


def test_what_follows_a_companion_list_is_said_of_the_traveller(checker: Checker) -> None:
    text = ("Vladimír Remek went up on Soyuz 28 with Aleksei Gubarev, becoming the first "
            "Czechoslovak in space, a flight of seven days and 22 hours.")
    [first] = claims_of(checker, text, "first")
    assert (first.subject_name, first.verdict) == ("Vladimír Remek", "supported")
    [duration] = claims_of(checker, text, "duration")
    assert (duration.subject_name, duration.verdict) == ("Vladimír Remek", "supported")


def test_a_companion_keeps_an_apposition_or_relative_clause(checker: Checker) -> None:
    text = ("Pyotr Klimuk flew Soyuz 30 with Mirosław Hermaszewski, the first Pole in space. "
            "Valery Kubasov flew with Alexei Leonov, who made the first spacewalk.")
    assert [c.subject_name for c in claims_of(checker, text, "first")] == [
        "Mirosław Hermaszewski", "Alexei Leonov"]


def test_a_list_has_one_and(checker: Checker) -> None:
    # Gagarin was not on Soyuz 1: the second "and" opens a clause of its own.
    text = ("Komarov flew on Soyuz 1 with no crewmate and no backup, and Yuri Gagarin "
            "watched from the ground.")
    assert [c.value for c in claims_of(checker, text, "crew")] == ["Vladimir Komarov"]


def test_a_companion_is_not_who_came_home(checker: Checker) -> None:
    # Bykovsky came with Jähn, but the coming home and its time are Jähn's.
    text = ("Sigmund Jähn launched on Soyuz 31 on 26 August 1978 with Valery Bykovsky, "
            "and came home on Soyuz 29 after nearly eight days.")
    crews = [(c.subject_name, c.value) for c in claims_of(checker, text, "crew")]
    assert ("Soyuz 29", "Valery Bykovsky") not in crews
    [duration] = claims_of(checker, text, "duration")
    assert (duration.subject_name, duration.verdict) == ("Sigmund Jähn", "supported")


def test_the_craft_someone_came_home_in_is_not_judged_by_its_launch_crew(
        checker: Checker) -> None:
    # Novitsky went up on Soyuz MS-25 and came down in MS-24, which the crew sources list
    # with its launch crew only.
    text = "Oleg Novitsky came home in Soyuz MS-24 on 6 April 2024."
    [crew] = claims_of(checker, text, "crew")
    assert (crew.subject_name, crew.verdict) == ("Soyuz MS-24", "unverifiable")
    [landing] = claims_of(checker, text, "landing_date")
    assert (landing.subject_name, landing.verdict) == ("Soyuz MS-24", "supported")


def test_returned_on_a_craft_on_a_day_is_a_landing(checker: Checker) -> None:
    text = "Yuri Romanenko returned on Soyuz TM-3 on 29 December 1987."
    assert [c.property for c in checker.check_text(text).claims
            if c.property.endswith("_date")] == ["landing_date"]


def test_a_visitors_orbits_are_counted_over_their_own_stay(checker: Checker) -> None:
    # Jähn's week (Soyuz 31 up, Soyuz 29 down), not Soyuz 31's two months.
    text = "Sigmund Jähn made 124 orbits."
    [orbits] = claims_of(checker, text, "orbit_count")
    assert orbits.verdict == "supported"


def test_time_two_ships_stayed_together_is_not_a_flight_length(checker: Checker) -> None:
    text = "Soyuz 4 and Soyuz 5 stayed docked for four hours."
    assert claims_of(checker, text, "duration") == []


def test_an_orbital_period_needs_its_word_in_the_same_clause(checker: Checker) -> None:
    text = ("Soyuz T-6 circled the Earth once every 89.6 minutes, and Chrétien was home "
            "after seven days, 21 hours and 50 minutes.")
    assert [c.value for c in claims_of(checker, text, "orbital_period")] == ["89.6 min"]


def test_a_pronoun_after_a_time_takes_it() -> None:
    assert [q.text for q in find_quantities("after one day, 23 hours and one minute")] == [
        "one day, 23 hours and one minute"]


def test_a_numeral_before_the_is_no_initial() -> None:
    text = "Apollo rode a Saturn V. The two ships docked. J. McDowell wrote it."
    assert [text[a:b] for a, b in sentences(text)] == [
        "Apollo rode a Saturn V.", "The two ships docked.", "J. McDowell wrote it."]


def test_numbers_after_a_name_continue_its_series(checker: Checker) -> None:
    text = ("Vostok 5 and 6 flew in June 1963. Luna 9, 13 days later, was still "
            "transmitting. Soyuz 6, 7 and 8 went up in October 1969.")
    dates = claims_of(checker, text, "launch_date")
    assert [(c.subject_name, c.verdict) for c in dates] == [
        ("Vostok 5", "supported"), ("Vostok 6", "supported"),
        ("Soyuz 6", "supported"), ("Soyuz 7", "supported"), ("Soyuz 8", "supported")]


def test_a_list_of_subjects_shares_its_date(checker: Checker) -> None:
    text = ("On 12 August 1962, Vostok 3 and Vostok 4 were both in orbit. Soyuz 4 and "
            "Soyuz 5 docked on 16 January 1969. After Soyuz 4 and Soyuz 5 docked, Soyuz 6 "
            "launched on 11 October 1969.")
    docking = [c.subject_name for c in claims_of(checker, text, "docking_date")]
    assert docking == ["Soyuz 4", "Soyuz 5"]
    assert [c.subject_name for c in claims_of(checker, text, "launch_date")] == ["Soyuz 6"]


def test_months_listed_before_a_year_pair_with_a_list_of_ships(checker: Checker) -> None:
    # Soyuz 38 went up in September 1980, not October.
    text = ("Soyuz 36, 37 and 38 carried the Hungarian Bertalan Farkas, the Vietnamese Pham "
            "Tuan and the Cuban Arnaldo Tamayo Méndez into orbit in May, July and October "
            "1980 respectively.")
    dates = claims_of(checker, text, "launch_date")
    assert [(c.subject_name, c.value, c.verdict) for c in dates] == [
        ("Soyuz 36", "1980-05", "supported"), ("Soyuz 37", "1980-07", "supported"),
        ("Soyuz 38", "1980-10", "contradicted")]
    crews = claims_of(checker, text, "crew")
    assert [(c.subject_name, c.value) for c in crews] == [
        ("Soyuz 36", "Bertalan Farkas"), ("Soyuz 37", "Phạm Tuân"),
        ("Soyuz 38", "Arnaldo Tamayo Méndez")]


def test_a_crew_named_after_the_word_crew_is_the_crafts(checker: Checker) -> None:
    text = ("Soyuz TMA-1 carried the first Soyuz TMA crew, Sergei Zalyotin, Frank De Winne "
            "and Yuri Lonchakov, to the station.")
    crews = claims_of(checker, text, "crew")
    assert [(c.value, c.verdict) for c in crews] == [
        ("Sergei Zalyotin", "supported"), ("Frank De Winne", "supported"),
        ("Yury Lonchakov", "supported")]


def test_the_last_of_a_kind_is_not_a_launch_date_of_the_kind(checker: Checker) -> None:
    text = "The last Vostok flew in June 1963."
    assert claims_of(checker, text, "launch_date") == []


def test_a_craft_flown_with_companions_takes_the_date(checker: Checker) -> None:
    text = "Vladimír Remek flew on Soyuz 28 with Aleksei Gubarev on 3 March 1978."
    [launch] = claims_of(checker, text, "launch_date")
    assert (launch.subject_name, launch.verdict) == ("Soyuz 28", "contradicted")  # 2 March


def test_a_fact_line_headed_by_a_number_is_about_what_it_names(checker: Checker) -> None:
    text = ("By the numbers\n"
            "- 1 day, 23 hours: Rukavishnikov's aborted Soyuz 33 flight\n"
            "- 9 days: Akiyama's flight to Mir\n"
            "- 51.6°: orbital inclination of Salyut 7\n")
    rows = [(c.subject_name, c.property, c.verdict) for c in checker.check_text(text).claims
            if c.property in ("duration", "inclination")]
    assert rows == [("Soyuz 33", "duration", "supported"),
                    ("Toyohiro Akiyama", "duration", "contradicted"),  # 7 d 22 h
                    ("Salyut-7", "inclination", "supported")]
