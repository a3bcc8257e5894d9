"""A craft, its launch day and its rocket listed with no verb, as a quiz's answer line or a
timeline's entry does ("Zarya, 20 November 1998, Proton-K"), checked on the real catalog;
and the event a question asks about dating its answer's day."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "expected"), [
    # a bracketed designation after the name, or as a name of its own
    ("A. Sputnik 1 (PS-1), 4 Oct 1957, from Tyuratam.",
     [("Sputnik 1", "1957-10-04", "supported")]),
    ("A. Salyut 1 (DOS-1), 19 April 1971, Proton-K.",
     [("Salyut", "1971-04-19", "supported")]),
    ("Salyut 7 (DOS-6), 19 April 1981.", [("Salyut-7", "1981-04-19", "contradicted")]),
])
def test_a_day_after_a_bracketed_designation_is_the_launch(
        checker: Checker, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A. Zarya, 20 November 1998, Proton-K.", [("Zarya", "Proton-K", "supported")]),
    ("Luna 17, Nov 1970, on a Proton.", [("Luna-17", "Proton", "supported")]),
    ("Salyut 1 (DOS-1), 19 April 1971, on a Soyuz.", [("Salyut", "Soyuz", "contradicted")]),
])
def test_a_rocket_after_the_listed_launch_day_is_the_crafts(
        checker: Checker, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "launch_vehicle") == expected


def test_a_rocket_after_a_day_the_craft_was_not_launched_on_is_not_its_own(
        checker: Checker) -> None:
    # the day dates something that happened to the craft, named with its cause
    text = "Mir, 23 March 2001, after the Progress M1-5 burn."
    assert said(checker, text, "launch_vehicle") == []


@pytest.mark.parametrize(("question", "prop", "value"), [
    ("Q18. First docking of two crewed spacecraft?", "docking_date", "1969-01-16"),
    ("Q3. When did Luna 9 land?", "landing_date", "1966-02-03"),
])
def test_the_question_names_the_event_its_answer_dates(
        checker: Checker, question: str, prop: str, value: str) -> None:
    answer = {"docking_date": "A. Soyuz 4 and Soyuz 5, 16 January 1969.",
              "landing_date": "A. Luna 9, 3 February 1966."}[prop]
    claims = said(checker, f"{question}\n{answer}\n", prop)
    assert claims and all(v == value and verdict == "supported" for _, v, verdict in claims)
    assert said(checker, f"{question}\n{answer}\n", "launch_date") == []
