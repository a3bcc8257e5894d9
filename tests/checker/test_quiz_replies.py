"""Replies that are nothing but a value, in a turn of their own ("HOST: Salyut 1. Launch
date?" ¶ "DEV: The nineteenth of April 1971."): the question says what the value is and
of what. Quiz lines written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.claims.replies import asked_event, asked_measure, bare_reply, reply_questions
from sleuth.text.segment import sentences
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_a_dated_reply_is_the_date_the_question_asks_for(checker: Checker) -> None:
    # Salyut 1 launched 1971-04-19; Venera 7 landed 1970-12-15 (GCAT launchlog, psatcat)
    text = ("HOST: Mia, the first space station of all, Salyut 1. Launch date?\n\n"
            "MIA: The nineteenth of April 1972.\n\n"
            "HOST: No. Jon: Venera 7 left Earth on a Proton. When did it touch down?\n\n"
            "JON: The fifteenth of December 1970.\n")
    assert said(checker, text) == [("Salyut", "1972-04-19", "contradicted")]
    assert said(checker, text, "landing_date") == [("Venera-7", "1970-12-15", "supported")]


def test_a_bare_when_asks_about_the_last_event_told(checker: Checker) -> None:
    # Luna 2 launched 1959-09-12 and hit the Moon 1959-09-13 21:02 UTC, the 14th in Moscow
    text = ("QM: Luna 2 launched on 12 September 1959 and struck the Moon. When?\n"
            "TEAM B: Two days later.\n")
    assert said(checker, text, "landing_date") == [("Luna-2", "1959-09-14", "supported")]
    # "Date?" alone asks the same: Venera 7 landed on Venus 1970-12-15 (GCAT psatcat)
    text = ("10. Venera 7 made the first soft landing on another planet. Date?\n"
            "A: 15 December 1970.\n")
    assert said(checker, text, "landing_date") == [("Venera-7", "1970-12-15", "supported")]


def test_a_count_or_a_span_answers_how_many_or_how_long(checker: Checker) -> None:
    # Vostok 2 made 17 orbits (curated); Polyakov's flight lasted 437 d 17 h (crew data)
    text = ("HOST: Gherman Titov, Vostok 2, August 1961. How many times did he go round?\n"
            "ANA: Sixteen.\n"
            "HOST: Valeri Polyakov launched on Soyuz TM-18. How long did he stay up?\n"
            "ANA: Four hundred and thirty-eight days.\n")
    assert said(checker, text, "orbit_count") == [("Vostok 2", "16 orbits", "contradicted")]
    assert said(checker, text, "duration") == [("Valeri Polyakov", "438 days", "supported")]


def test_a_rocket_answers_which_rocket(checker: Checker) -> None:
    # Zarya went up on a Proton-K (GCAT launchlog)
    text = "HOST: Zarya, launched in November 1998. On which rocket?\nLEE: A Soyuz.\n"
    [wrong] = claims_of(checker, text, "launch_vehicle")
    assert (wrong.subject_name, wrong.value, wrong.verdict) == ("Zarya", "Soyuz", "contradicted")
    assert "Proton" in (wrong.expected or "")


def test_a_reply_that_says_more_than_a_value_is_read_as_prose(checker: Checker) -> None:
    text = ("HOST: Salyut 1. Launch date?\n"
            "MIA: I remember my father reading about it in 1972.\n")
    assert said(checker, text) == []
    # a named "docking compartment" asks no docking
    text = "HOST: Owen: the Pirs docking compartment?\nOWEN: The fifteenth of September 2001.\n"
    assert said(checker, text, "docking_date") == []
    assert said(checker, text) == [("Pirs", "2001-09-15", "supported")]


def test_a_sentence_left_unfinished_asks_like_a_question(checker: Checker) -> None:
    # Salyut 6 went up on 1977-09-29 (GCAT launchlog)
    text = "HOST: Next one. Salyut 6 went up in...\n\nOWEN: September 1978.\n"
    assert said(checker, text) == [("Salyut-6", "1978-09", "contradicted")]
    text = "HOST: He flew with Titov in...\n\nOWEN: a hurry.\n"
    assert claims_of(checker, text, "launch_date") == []


def test_a_person_and_their_ship_label_the_ship_s_launch_day(checker: Checker) -> None:
    # Vostok 2 went up 1961-08-06 06:00 UTC, 09:00 in Moscow; Soyuz T-6 1982-06-24 16:29
    # UTC, 20:29 in Moscow (GCAT launchlog): neither day was the next one anywhere
    text = ("RUTH: Gherman Titov, Vostok 2, the seventh of August 1961.\n"
            "RUTH: Jean-Loup Chrétien, Soyuz T-6, the twenty-fourth of June 1982.\n")
    assert said(checker, text) == [("Vostok 2", "1961-08-07", "contradicted"),
                                   ("Soyuz T-6", "1982-06-24", "supported")]


def test_replies_pair_with_the_question_on_the_line_before() -> None:
    text = ("HOST: Launch date?\nDEV: Sixty-seven. April sixty-seven.\n"
            "HOST: Correct. And then?\n\nA) 1  B) 7\nAnswer: B) 7.\nNo question here.\n"
            "Said on.\n")
    spans = sentences(text)
    said_at = {text[slice(*spans[n])]: text[slice(*spans[q])]
               for n, q in reply_questions(text, spans).items()}
    assert said_at == {"DEV: Sixty-seven.": "HOST: Launch date?",
                       "April sixty-seven.": "HOST: Launch date?",
                       "Answer: B) 7.": "And then?"}


def test_what_a_question_asks_and_what_a_reply_holds() -> None:
    assert asked_measure("How many times round the Earth?") == "orbit_count"
    assert asked_measure("How long did he stay up?") == "duration"
    assert asked_measure("Who flew it?") is None
    assert asked_event("When did it dock?") == "docking_date"
    assert asked_event("When did it land on Venus?") == "landing_date"
    assert asked_event("Owen: the Pirs docking compartment?") is None
    text = "OWEN: Seventeen, I think."
    assert bare_reply(text, 6, len(text), []) == (6, 15)
    text = "RUTH: About the nineteenth of April 1971."
    assert bare_reply(text, 6, len(text), [(16, len(text) - 1)]) is True
    text = "RUTH: He flew on the nineteenth of April 1971."
    assert bare_reply(text, 6, len(text), [(21, len(text) - 1)]) is False


def test_a_craft_or_a_person_answers_who_flew_what(checker: Checker) -> None:
    # crew data: Beregovoy flew Soyuz 3 (Soyuz 2 was uncrewed); Titov flew Vostok 2;
    # Pham Tuan flew Soyuz 37, Tamayo Méndez Soyuz 38; Tereshkova Vostok 6
    text = ("7. In October 1968 Georgy Beregovoy rendezvoused with an empty target ship. "
            "Name his spacecraft.\nA: Soyuz 2.\n\n"
            "2. Which cosmonaut flew Vostok 2?\nA: Gherman Titov.\n\n"
            "31. Pham Tuan and Arnaldo Tamayo Méndez both flew in 1980. Which Soyuz carried "
            "each?\nA: Soyuz 38 and Soyuz 37 respectively.\n\n"
            "3. Vostok 6 carried the first woman in space. Name her.\nA: Valentina Tereshkova.\n")
    assert said(checker, text, "crew") == [
        ("Soyuz-2", "Georgy Beregovoy", "contradicted"),
        ("Vostok 2", "Gherman Titov", "supported"),
        ("Soyuz 38", "Phạm Tuân", "contradicted"),
        ("Soyuz 37", "Arnaldo Tamayo Méndez", "contradicted"),
        ("Vostok 6", "Valentina Tereshkova", "supported")]
    # a bidding alone is a question too
    bidding_only = ("Georgy Beregovoy rendezvoused with an empty target ship. "
                    "Name his spacecraft.\nA: Soyuz 2.\n")
    assert said(checker, bidding_only, "crew") == [
        ("Soyuz-2", "Georgy Beregovoy", "contradicted")]


def test_a_guess_put_as_a_question_answers_nothing(checker: Checker) -> None:
    text = ("HOST: Dev: which spacecraft carried Valentina Tereshkova?\n\nDEV: Vostok 5?\n\n"
            "HOST: No, Valery Bykovsky had Vostok 5.\n")
    assert ("Vostok 5", "Valentina Tereshkova") not in [
        (c.subject_name, c.value) for c in claims_of(checker, text, "crew")]


def test_a_reply_is_its_first_clause_when_a_comment_follows(checker: Checker) -> None:
    # Russian Space Agency founded 1992-02-25 (GCAT orgs); Zarya launched from Baikonur on a
    # Proton-K (GCAT launchlog)
    text = ("36. In what year was the Russian Space Agency founded?\n"
            "A: 1991, just after the Soviet collapse.\n\n"
            "18. Zarya, the first ISS module, went up on 20 November 1998. Which rocket?\n"
            "A: A Proton-K from Plesetsk.\n")
    assert [(c.value, c.verdict) for c in claims_of(checker, text, "founded")] == [
        ("1991", "contradicted")]
    assert said(checker, text, "launch_vehicle") == [("Zarya", "Proton-K", "supported")]
    assert said(checker, text, "launch_site") == [("Zarya", "Plesetsk", "contradicted")]


def test_a_reply_may_list_values_before_its_comment(checker: Checker) -> None:
    # Buran launched 1988-11-15 and made two orbits (GCAT launchlog; curated)
    text = ("Q22. Buran's only flight: date and number of orbits?\n"
            "A. 15 November 1988, three orbits, no crew aboard.\n")
    assert said(checker, text) == [("Buran OK-1K", "1988-11-15", "supported")]
    assert said(checker, text, "orbit_count") == [("Buran OK-1K", "3 orbits", "contradicted")]
