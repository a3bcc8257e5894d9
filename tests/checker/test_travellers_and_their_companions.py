"""Who rode a ship when the sentence names it after the companions: in "A and B flew
with C on Soyuz TM-6" all three did; and "The pair returned … aboard Soyuz TM-5" right
after says the two named first came home in it ("they", "the trio" likewise, when the
count fits). Lines written here; verdicts on the real catalog (Lyakhov and Mohmand went
up in Soyuz TM-6 with Polyakov on 29 August 1988 and came home in Soyuz TM-5)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

WENT_UP = "Vladimir Lyakhov and Abdul Ahad Mohmand flew with Valeri Polyakov on Soyuz TM-6. "


@pytest.mark.integration
def test_the_travellers_rode_with_their_companions(checker: Checker) -> None:
    assert said(checker, WENT_UP, "crew") == [
        ("Soyuz TM-6", "Vladimir Lyakhov", "supported"),
        ("Soyuz TM-6", "Abdul Mohmand", "supported"),
        ("Soyuz TM-6", "Valeri Polyakov", "supported")]


@pytest.mark.integration
@pytest.mark.parametrize("they", ["The pair", "They", "Nine days later the two men"])
def test_the_pair_came_home_in_the_ship_named(checker: Checker, they: str) -> None:
    text = WENT_UP + f"{they} returned aboard Soyuz TM-5 on 7 September 1988."
    crews = [c for c in said(checker, text, "crew") if c[0] == "Soyuz TM-5"]
    assert crews == [("Soyuz TM-5", "Vladimir Lyakhov", "supported"),
                     ("Soyuz TM-5", "Abdul Mohmand", "supported")]


@pytest.mark.integration
@pytest.mark.parametrize("before", [
    "Abdul Ahad Mohmand flew on Soyuz TM-6. ",  # one person is no pair
    WENT_UP.replace("Vladimir Lyakhov and ", ""),  # a list of one, then a companion
])
def test_no_pair_no_claim(checker: Checker, before: str) -> None:
    text = before + "The pair returned aboard Soyuz TM-5."
    assert [c for c in said(checker, text, "crew") if c[0] == "Soyuz TM-5"] == []


@pytest.mark.integration
def test_a_count_that_does_not_fit_makes_no_claim(checker: Checker) -> None:
    text = WENT_UP + "The trio returned aboard Soyuz TM-5."
    assert [c for c in said(checker, text, "crew") if c[0] == "Soyuz TM-5"] == []


@pytest.mark.integration
def test_the_two_of_a_plus_list_came_home_in_the_ship_named(checker: Checker) -> None:
    text = ("26 Aug 1978 - Soyuz 31: Bykovsky + Sigmund Jähn. The two came home in Soyuz "
            "29, swapping ships with the residents.\n")
    assert [c for c in said(checker, text, "crew") if c[0] == "Soyuz 29"] == [
        ("Soyuz 29", "Valery Bykovsky", "supported"), ("Soyuz 29", "Sigmund Jähn", "supported")]


@pytest.mark.integration
def test_the_two_of_a_plural_noun_are_not_the_pair(checker: Checker) -> None:
    text = WENT_UP + "The two ships returned on 7 September 1988 aboard Soyuz TM-5."
    assert [c for c in said(checker, text, "crew") if c[0] == "Soyuz TM-5"] == []
