"""Constructions of spoken transcripts (a podcast's two hosts), on the real catalog:
speaker labels, a day said as an ordinal, ", and" after a single companion, a duration
said twice, and "she" after a name the sentence counts from."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_a_speaker_label_is_not_a_mention(checker: Checker) -> None:
    # "ANNA" is also a satellite (ANNA 1B), launched in October 1962
    text = ("ANNA: Then the group flight, August sixty-two. Andriyan Nikolayev on Vostok 3.\n"
            "MARK: He stayed up nearly four days.")
    assert all(c.subject_name != "ANNA" for c in checker.check_text(text).claims)


def test_a_day_said_as_an_ordinal_is_no_first(checker: Checker) -> None:
    text = ("MARK: The first guest cosmonaut was Vladimir Remek from Czechoslovakia, on "
            "Soyuz 28, the second of March seventy-eight.")
    assert [c.value for c in claims_of(checker, text, "first")] == [
        "first guest cosmonaut"]


def test_and_after_a_single_companion_starts_a_new_item(checker: Checker) -> None:
    text = ("Then Miroslaw Hermaszewski from Poland in June, on Soyuz 30 with Klimuk, and "
            "Sigmund Jahn from East Germany in August, the second guest cosmonaut.")
    crews = [(c.subject_name, c.value, c.verdict) for c in claims_of(checker, text, "crew")]
    assert crews == [("Soyuz 30", "Mirosław Hermaszewski", "supported"),
                     ("Soyuz 30", "Pyotr Klimuk", "supported")]
    # Jähn was the third guest (Remek, Hermaszewski, Jähn)
    assert [(c.subject_name, c.verdict) for c in claims_of(checker, text, "first")] == [
        ("Sigmund Jähn", "contradicted")]


def test_a_duration_said_twice_is_judged_twice(checker: Checker) -> None:
    text = "Andriyan Nikolayev stayed up nearly four days, ninety-four hours or so."
    assert [v for _, _, v in said(checker, text, "duration")] == ["supported", "supported"]


def test_a_spoken_mass(checker: Checker) -> None:
    text = "Gagarin flew Vostok 1. The spacecraft itself was about four point seven tonnes."
    assert said(checker, text, "mass") == [("Vostok 1", "4700 kg", "supported")]


def test_she_is_not_the_woman_counted_from(checker: Checker) -> None:
    text = ("In August that year Svetlana Savitskaya went up on Soyuz T-7, nineteen years "
            "after Tereshkova.\n\nAnd three years later she was the first woman to do a "
            "spacewalk, on Soyuz T-12.")
    assert [(c.subject_name, c.verdict) for c in claims_of(checker, text, "first")] == [
        ("Svetlana Savitskaya", "supported")]


def test_he_is_never_the_last_woman_named(checker: Checker) -> None:
    # "he" has no man to stand for nearby: no subject, rather than Savitskaya
    text = ("Also Svetlana Savitskaya: second woman in space in 1982.\n\n---\n"
            "lunokhod_fan | Posted 07 May 2024, 11:50\n\n> He was the first Asian in space")
    assert [c.subject_name for c in claims_of(checker, text, "first")
            if "Asian" in c.value] == []
