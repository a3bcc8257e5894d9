"""Readings from session 53's textbook chapter and trivia deck: a date opening a clause
joined on after a comma, "it" as what a rocket launched, "their orbit", a site between a
pronoun and the ship, and a series that "first carried a crew". Lines written here;
verdicts on the real catalog (Luna 17 launched on 10 November 1970, Venera 7 on 17 August
1970; Voskhod 2's apogee was 495 km; Vostok 6 flew from Baikonur; the first Soyuz T was
uncrewed in December 1979, Soyuz T-2 carried a crew in June 1980)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_date_opening_a_clause_joined_on_after_a_comma(checker: Checker) -> None:
    text = ("Luna 16 brought lunar soil back to Earth in September 1970, and {} Luna 17 "
            "delivered the Lunokhod 1 rover.")
    assert ("Luna-17", "1970-10", "contradicted") in said(checker, text.format("a month later"))
    assert ("Luna-17", "1970-11", "supported") in said(checker, text.format("two months later"))
    # no date is Luna 17's when the clause's date is not what opens it
    assert not [s for s in said(checker, text.format("then")) if s[0] == "Luna-17"]


@pytest.mark.integration
def test_it_as_what_a_rocket_launched(checker: Checker) -> None:
    text = "The probe was Venera 7. A Molniya rocket launched it on {} 1970."
    assert said(checker, text.format("7 August")) == [("Venera-7", "1970-08-07", "contradicted")]
    assert said(checker, text.format("17 August")) == [("Venera-7", "1970-08-17", "supported")]


@pytest.mark.integration
def test_their_orbit_is_their_ships(checker: Checker) -> None:
    text = ("Alexei Leonov walked in space on the day Voskhod 2 launched, while Pavel "
            "Belyayev stayed in his seat. Their orbit reached an apogee of {} km.")
    assert said(checker, text.format(595), "apogee") == [("Voskhod 2", "595 km", "contradicted")]
    assert said(checker, text.format(495), "apogee") == [("Voskhod 2", "495 km", "supported")]


@pytest.mark.integration
def test_she_flew_the_ship_named_past_the_site(checker: Checker) -> None:
    text = "Valentina Tereshkova trained hard. She was launched from Plesetsk aboard Vostok 6."
    assert said(checker, text, "crew") == [("Vostok 6", "Valentina Tereshkova", "supported")]
    assert said(checker, text, "launch_site") == [("Vostok 6", "Plesetsk", "contradicted")]


@pytest.mark.integration
def test_a_series_that_first_carried_a_crew(checker: Checker) -> None:
    text = "Improved versions followed: the Soyuz T, which first carried a crew in {}."
    assert said(checker, text.format(1980)) == [("Soyuz T", "1980", "supported")]
    assert said(checker, text.format(1979)) == [("Soyuz T", "1979", "contradicted")]


@pytest.mark.integration
def test_their_mission_is_their_ships(checker: Checker) -> None:
    # Soyuz T-15 flew 125 days (Kizim and Solovyov)
    text = ("Leonid Kizim and Vladimir Solovyov of Soyuz T-15 launched on 13 March 1986. "
            "Their mission lasted some {} days.")
    assert said(checker, text.format(152), "duration") == [
        ("Soyuz T-15", "152 days", "contradicted")]
    assert said(checker, text.format(125), "duration") == [
        ("Soyuz T-15", "125 days", "supported")]
    # a station's time is not their mission's
    assert said(checker, "They docked with Salyut 7. Their mission lasted 152 days.",
                "duration") == []


@pytest.mark.integration
def test_a_crew_counted_then_named_after_a_comma(checker: Checker) -> None:
    text = ("Voskhod 1 carried three men, Vladimir Komarov, Konstantin Feoktistov and "
            "{}.")
    assert said(checker, text.format("Boris Yegorov"), "crew") == [
        ("Voskhod 1", "Vladimir Komarov", "supported"),
        ("Voskhod 1", "Konstantin Feoktistov", "supported"),
        ("Voskhod 1", "Boris Yegorov", "supported")]
    assert ("Voskhod 1", "Alexei Leonov", "contradicted") in said(
        checker, text.format("Alexei Leonov"), "crew")


@pytest.mark.integration
def test_a_verb_of_a_clause_after_the_comma_has_its_own_date(checker: Checker) -> None:
    # Voskhod 1 flew in October 1964; Soyuz 2 in October 1968
    text = ("Voskhod 1 in Oct '{} crammed in three men with no spacesuits, and Beregovoy went "
            "up in Soyuz 3 in Oct 1968.")
    assert ("Voskhod 1", "1965-10", "contradicted") in said(checker, text.format(65))
    assert ("Voskhod 1", "1964-10", "supported") in said(checker, text.format(64))


@pytest.mark.integration
def test_a_fortnight_spent_is_two_weeks(checker: Checker) -> None:
    # Helen Sharman flew 7 days 21 hours; Soyuz 9 flew 17 days 17 hours
    sharman = "Helen Sharman went up on Soyuz TM-12. She spent {} on Mir."
    assert said(checker, sharman.format("a fortnight"), "duration") == [
        ("Helen Sharman", "14 days", "contradicted")]
    assert said(checker, sharman.format("a week"), "duration") == [
        ("Helen Sharman", "7 days", "supported")]
    assert said(checker, "The crew of Soyuz 9 spent almost a fortnight in orbit.",
                "duration") == [("Soyuz 9", "14 days", "contradicted")]
