"""Corrections in square brackets (a teacher's, an editor's) and other readings from the
e-mail thread and school essay sets (session 43): each corrected date is claimed twice,
as written and as corrected; a person's first is not their crewmate's; "he" after a
"while" clause; ", not Remek," sets a name aside; "… ago" restating a date gives no year.
Lines written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_a_date_corrected_in_brackets_is_claimed_as_written_and_as_corrected(
        checker: Checker) -> None:
    # Zarya 1998-11-20, Zvezda 2000-07-12, Soyuz 28 1978-03-02, Vostok 6 1963-06-16
    # (GCAT launchlog)
    text = ("Zarya was launched by a Proton rocket on 20 December 1998 [T: November]. Zvezda "
            "followed in July 1999 [T: 2000]. Remek flew on Soyuz 28 on 12 March 1978 [Ed.: "
            "no - 2 March]. In June 1963 [T: 14 June - check your dates] Valentina "
            "Tereshkova flew on Vostok 6.")
    assert said(checker, text) == [
        ("Zarya", "1998-12-20", "contradicted"), ("Zarya", "1998-11-20", "supported"),
        ("Zvezda", "1999-07", "contradicted"), ("Zvezda", "2000-07", "supported"),
        ("Soyuz 28", "1978-03-12", "contradicted"), ("Soyuz 28", "1978-03-02", "supported"),
        ("Valentina Tereshkova", "1963-06", "supported"),
        ("Valentina Tereshkova", "1963-06-14", "contradicted")]
    corrected = [c.quote for c in claims_of(checker, text, "launch_date")][1::2]
    assert corrected == ["[T: November]", "[T: 2000]", "[Ed.: no - 2 March]",
                         "[T: 14 June - check your dates]"]


def test_a_bracket_that_is_no_correction_dates_as_before(checker: Checker) -> None:
    text = "Zvezda was launched on 12 July 2000 [see note 4]."
    assert said(checker, text) == [("Zvezda", "2000-07-12", "supported")]


def test_a_persons_first_is_not_their_crewmates(checker: Checker) -> None:
    # Leonov made the first spacewalk from Voskhod 2; Belyayev stayed inside (firsts.yaml)
    text = ("Voskhod 2 carried Pavel Belyayev and Alexei Leonov. Pavel Belyayev made the "
            "first spacewalk. Hermaszewski, not Remek, was the first Interkosmos guest.")
    assert said(checker, text, "first") == [
        ("Pavel Belyayev", "first spacewalk", "contradicted"),
        ("Mirosław Hermaszewski", "first Interkosmos guest", "contradicted")]


def test_he_after_a_while_clause_is_the_sentences_subject(checker: Checker) -> None:
    text = ("On 18 March 1965 Alexei Leonov left Voskhod 2 while Pavel Belyayev waited "
            "inside. For about twelve minutes he was the first human being to walk in space.")
    assert said(checker, text, "first") == [
        ("Alexei Leonov", "first human being to walk in space", "supported")]


def test_years_ago_restating_a_date_gives_no_year_to_the_next(checker: Checker) -> None:
    # Soyuz 11 docked with Salyut 1 on 7 June 1971 (events.yaml)
    text = ("From: Ruth <ruth@example.org>\nTo: Tomasz <tomasz@example.org>\n"
            "Date: Tue, 10 Mar 2026 11:02:47 +0000\nSubject: Room 2\n\n"
            "  SALYUT 1 - the first space station, launched 19 April 1971 on a Proton-K,\n"
            "  fifty years ago next month. Soyuz 11 launched on 6 June and docked the\n"
            "  following day.\n")
    assert said(checker, text, "docking_date") == [("Soyuz 11", "1971-06-07", "supported")]


def test_a_name_or_rocket_corrected_in_brackets_is_claimed_both_ways(
        checker: Checker) -> None:
    # Tereshkova flew Vostok 6; Voskhod 1 carried Yegorov, not Volynov; Mars 3 went up on
    # a Proton-K/D (crew data, GCAT launchlog)
    text = ("In June 1963 Valentina Tereshkova flew Vostok 5 [T: Vostok 6 - Bykovsky was in "
            "Vostok 5]. Voskhod 1 carried Vladimir Komarov and Boris Volynov [T: Boris "
            "Yegorov - Volynov flew later]. Mars 3 was launched in May 1971 on a Soyuz "
            "rocket [T: Proton].")
    assert said(checker, text, "crew") == [
        ("Vostok 5", "Valentina Tereshkova", "contradicted"),
        ("Vostok 6", "Valentina Tereshkova", "supported"),
        ("Voskhod 1", "Vladimir Komarov", "supported"),
        ("Voskhod 1", "Boris Volynov", "contradicted"),
        ("Voskhod 1", "Boris Yegorov", "supported")]
    assert said(checker, text, "launch_vehicle") == [("Mars-3", "Soyuz", "contradicted"),
                                                     ("Mars-3", "Proton", "supported")]
    assert [c.quote for c in claims_of(checker, text, "launch_vehicle")][1] == "[T: Proton]"
