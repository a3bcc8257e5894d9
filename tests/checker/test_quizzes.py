"""A quiz page's constructions, on the real catalog: multiple-choice options (nobody's
claim), "Answer: B) Sputnik 1", true-or-false statements (claimed only when the answer is
"True"), and a ride dated on the wrong ship (the rider's date, the ship's crew error)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_options_are_nobodys_claims_and_the_answer_is_the_subject(checker: Checker) -> None:
    text = ("1. What was the name of the world's first artificial satellite?\n"
            "A) Vanguard 1  B) Sputnik 1  C) Explorer 1  D) Luna 1\n"
            "Answer: B) Sputnik 1. It lifted off from Baikonur on 4 October 1957.\n")
    claims = checker.check_text(text).claims
    assert {c.subject_name for c in claims} == {"Sputnik 1"}
    assert [(c.property, c.verdict) for c in claims if c.property in (
        "first", "launch_date", "launch_site")] == [
        ("first", "supported"), ("launch_site", "supported"), ("launch_date", "supported")]


def test_a_true_or_false_statement_answered_false_is_not_claimed(checker: Checker) -> None:
    # "Vostok 1 was launched in 1962" on its own is a (contradicted) claim
    text = ("17. True or false: Vostok 1 was launched in 1962.\n"
            "Answer: False. The first station was Salyut 1, launched on 19 April 1971.\n\n"
            "18. True or false: Vostok 6 was launched in 1963.\nAnswer: True.\n")
    assert said(checker, text) == [("Salyut", "1971-04-19", "supported"),
                                   ("Vostok 6", "1963", "supported")]


def test_a_ride_dated_on_the_wrong_ship_is_the_riders_date(checker: Checker) -> None:
    # Polyakov came home on Soyuz TM-20 on 22 March 1995; TM-21 landed in September
    text = ("Valeri Polyakov flew long. He launched on Soyuz TM-18 in January 1994 with "
            "Viktor Afanasyev and Yuri Usachev, and came home on Soyuz TM-21 in March 1995.")
    landing = claims_of(checker, text, "landing_date")
    assert [(c.subject_name, c.verdict) for c in landing] == [("Valeri Polyakov", "supported")]
    assert "crew claim" in (landing[0].note or "")


@pytest.mark.parametrize(("question", "answer", "verdict"), [
    ("Q9. First spacecraft to hit the Moon?", "A. Luna 1, January 1959.", "contradicted"),
    ("Q15. The first space station?", "A. Salyut 1 (DOS-1), 19 April 1971.", "supported"),
])
def test_a_question_asked_by_its_first_alone(checker: Checker, question: str, answer: str,
                                              verdict: str) -> None:
    text = f"{question}\n{answer}\n"
    assert [c.verdict for c in claims_of(checker, text, "first")] == [verdict]
