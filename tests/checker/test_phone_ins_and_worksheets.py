"""Readings from session 62's blind sets, a radio phone-in's transcript (heldout121) and a
schoolteacher's worksheet (heldout120): a date with the ship someone rode then named after
it, and a verb coordinated after a date with an adverb before it. Lines written here;
verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "expected"), [
    # Sharma went up on Soyuz T-11 on 3 April 1984; Viehböck on Soyuz TM-13, 2 October 1991
    ("And Rakesh Sharma, the first Indian, in April eighty-five on Soyuz T-11.",
     [("Soyuz T-11", "1985-04", "contradicted")]),
    ("Franz Viehböck had dropped in on him in October 1991, aboard Soyuz TM-13.",
     [("Soyuz TM-13", "1991-10", "supported")]),
])
def test_a_date_then_the_ship_ridden_is_its_launch(checker: Checker, text: str,
                                                   expected: list[tuple[str, str, str]]
                                                   ) -> None:
    assert said(checker, text, "launch_date") == expected


def test_a_return_then_the_ship_is_no_launch(checker: Checker) -> None:
    # Jähn came home in Soyuz 29 (launched 15 June 1978) on 3 September 1978
    text = ("Soyuz 31 was launched with Valery Bykovsky and Sigmund Jähn. Jähn returned on 3 "
            "September aboard Soyuz 29.")
    assert said(checker, text, "launch_date") == []


def test_a_verb_after_and_never_is_a_statement_of_its_own(checker: Checker) -> None:
    # Soyuz 1 went up on 23 April 1967 (00:35 UTC, 03:35 in Moscow)
    text = ("Komarov again — he launched on Soyuz 1 on the twenty-fourth of April "
            "sixty-seven and never came home.")
    assert said(checker, text, "launch_date") == [("Soyuz 1", "1967-04-24", "contradicted")]


def test_the_crew_is_never_a_station_module_named_before(checker: Checker) -> None:
    # Soyuz TM-31 took the first ISS crew up on 31 October 2000; Zvezda went up in July
    text = ("Zvezda followed in July 2000 and docked on 26 July. The first crew went up on "
            "2 November 2000 — Shepherd, Gidzenko and Krikalev.")
    assert said(checker, text, "launch_date") == [
        ("Zvezda", "2000-07", "supported"), ("William Shepherd", "2000-11-02", "contradicted")]


@pytest.mark.parametrize(("text", "verdict"), [
    # the registry's first spacewalk: Leonov, Voskhod 2, 18 March 1965
    ("C3. Alexei Leonov made the first spacewalk in 1966.", "contradicted"),
    ("Alexei Leonov made the first spacewalk on 18 March 1965.", "supported"),
    ("Alexei Leonov made the first spacewalk in March 1965.", "supported"),
])
def test_a_first_dated_right_after_is_checked_against_its_day(checker: Checker, text: str,
                                                              verdict: str) -> None:
    claims = [c for c in checker.check_text(text).claims if c.property == "first"]
    assert [(c.subject_name, c.verdict) for c in claims] == [("Alexei Leonov", verdict)]
    assert claims[0].quote.endswith(("1966", "1965"))


def test_a_years_flight_that_never_took_place_is_no_launch(checker: Checker) -> None:
    # Buran flew once, on 15 November 1988
    text = ("Buran flew once in 1988. The Buran programme was cancelled, so the 1993 flight "
            "never took place.")
    assert said(checker, text, "launch_date") == [("Buran OK-1K", "1988", "supported")]
