"""Crews named the loose ways articles name them (session 35), on the real catalog: a list
after "three men -" or "to carry three people:", a crew after an apposed launch date, a
date's commas before "with", and a crew said to have gone up in a ship that went up empty."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration

VOSKHOD_1_WITH_VOLYNOV = [("Voskhod 1", "Vladimir Komarov", "supported"),
                          ("Voskhod 1", "Konstantin Feoktistov", "supported"),
                          ("Voskhod 1", "Boris Volynov", "contradicted")]


@pytest.mark.parametrize("text", [
    "In October 1964, Voskhod 1 became the first spacecraft to carry three people: "
    "Vladimir Komarov, Konstantin Feoktistov and Boris Volynov.",
    "In October 1964 Voskhod 1 squeezed three men - Vladimir Komarov, Konstantin Feoktistov "
    "and Boris Volynov - into one capsule.",
    "Voskhod 1, launched on 12 October 1964, crammed Vladimir Komarov, Konstantin "
    "Feoktistov and Boris Volynov into a cabin built for one.",
])
def test_a_crew_list_after_a_count_or_a_launch_date(checker: Checker, text: str) -> None:
    assert said(checker, text, "crew") == VOSKHOD_1_WITH_VOLYNOV


def test_a_dates_commas_before_with(checker: Checker) -> None:
    text = ("She launched aboard Soyuz TM-12 on May 18, 1991, with Viktor Afanasyev and Musa "
            "Manarov, and spent eight days in space.")
    assert said(checker, text, "crew") == [("Soyuz TM-12", "Viktor Afanasyev", "contradicted"),
                                           ("Soyuz TM-12", "Musa Manarov", "contradicted")]


def test_a_crew_said_to_go_up_in_a_ship_that_went_up_empty(checker: Checker) -> None:
    # MS-23 went up uncrewed to bring home the crew whose MS-22 had sprung a leak
    text = ("Soyuz MS-23 lifted off from Baikonur on 24 February 2023 with Sergey "
            "Prokopyev, Dmitry Petelin and Frank Rubio aboard.")
    assert [v for _, _, v in said(checker, text, "crew")] == ["contradicted"] * 3
    home = "Soyuz MS-23 brought Sergey Prokopyev home on 27 September 2023."
    assert [v for _, _, v in said(checker, home, "crew")] != ["contradicted"]


def test_crewed_said_of_a_list_in_the_plural_is_said_of_each_craft(checker: Checker) -> None:
    text = "Soyuz 2 and Soyuz 3 were both crewed. Kosmos 186 and Kosmos 188 were uncrewed."
    assert [(s, v, verdict) for s, v, verdict in said(checker, text, "crew")] == [
        ("Soyuz-2", "crewed", "contradicted"), ("Soyuz 3", "crewed", "supported"),
        ("Kosmos-186", "uncrewed", "supported"), ("Kosmos-188", "uncrewed", "supported")]
    # in the singular, only the craft it follows
    assert said(checker, "Soyuz 2 and Soyuz 3, which was crewed, met.", "crew") == [
        ("Soyuz 3", "crewed", "supported")]
