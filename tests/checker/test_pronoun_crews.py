"""Readings from session 45: "he" or "she" as the subject of a flight ("He went up on
Soyuz TM-17 and came home on Soyuz TM-20"); an agency's era beginning and a successor
taking over; a probe "hitting the Moon" as the thing compared. Lines written here;
verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_a_pronoun_subject_flew_on_the_ship_its_clause_names(checker: Checker) -> None:
    # Vostok 5's crew: Bykovsky; Vostok 6's: Tereshkova (GCAT launchlog)
    text = "Valentina Tereshkova was a textile worker. She flew on Vostok 5 in June 1963."
    assert said(checker, text, "crew") == [("Vostok 5", "Valentina Tereshkova", "contradicted")]
    text = "Valentina Tereshkova was a textile worker. She flew Vostok 6."
    assert said(checker, text, "crew") == [("Vostok 6", "Valentina Tereshkova", "supported")]


def test_a_pronoun_subjects_next_ship_is_theirs_too(checker: Checker) -> None:
    # Polyakov went up on Soyuz TM-18 and came home on TM-20 (GCAT launchlog crews)
    text = ("Polyakov stayed 437 days. He went up on Soyuz TM-17 and came home on Soyuz "
            "TM-20 on 22 March 1995.")
    assert said(checker, text, "crew") == [("Soyuz TM-17", "Valeri Polyakov", "contradicted"),
                                           ("Soyuz TM-20", "Valeri Polyakov", "supported")]


def test_a_short_opening_may_come_before_the_pronoun(checker: Checker) -> None:
    # Gagarin flew only Vostok 1 (GCAT launchlog)
    text = ("Yuri Gagarin was a pilot. In 1961 he rode Vostok 2 into orbit. Later he flew "
            "to Mir on Soyuz TM-5.")
    assert said(checker, text, "crew") == [("Vostok 2", "Yuri Gagarin", "contradicted"),
                                           ("Soyuz TM-5", "Yuri Gagarin", "contradicted")]


def test_a_pronoun_after_someone_named_in_the_sentence_is_left_alone(checker: Checker) -> None:
    # "he" may be Leonov or Kubasov: no claim either way
    text = "Leonov met Kubasov in 1970; he later flew on Soyuz 11."
    assert said(checker, text, "crew") == []


def test_an_eras_beginning_and_a_successor_taking_over_are_foundings(
        checker: Checker) -> None:
    # GCAT orgs: the Federal Space Agency from 2004; the state corporation from 2016-01-01
    text = ("The Federal Space Agency era began in 2004, and the Roscosmos State "
            "Corporation took over on 1 January 2015.")
    assert [(value, verdict) for _, value, verdict in said(checker, text, "founded")] == [
        ("2004", "supported"), ("2015-01-01", "contradicted")]
    assert said(checker, "Krikalev took over command of the station in 2001.",
                "founded") == []


def test_a_probe_compared_by_what_it_did_is_dated(checker: Checker) -> None:
    # Luna 2 hit the Moon on 1959-09-13 (GCAT psatcat)
    text = "Way cooler than Luna 2 hitting the Moon in September 1960."
    assert said(checker, text, "landing_date") == [("Luna-2", "1960-09", "contradicted")]
