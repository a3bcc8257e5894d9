"""Firsts set off by a comma after a companion or after "aboard", a surname a rocket also
bears, and ships named in German or French spelling (session 75), on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "expected"), [
    # Tamayo was the first Latin American (firsts.yaml); Romanenko is his companion
    ("In September 1980 Arnaldo Tamayo Méndez of Cuba flew on Soyuz 38 with Yuri Romanenko, "
     "the first Latin American in space.",
     [("Arnaldo Tamayo Méndez", "first Latin American in space", "supported")]),
    # the companion holds it: read as written
    ("Soyuz 33 flew with Rukavishnikov and Georgi Ivanov, the first Bulgarian in space.",
     [("Georgi Ivanov", "first Bulgarian in space", "supported")]),
    # wrong of both: kept as said, and contradicted
    ("Arnaldo Tamayo Méndez flew on Soyuz 38 with Yuri Romanenko, the first Pole in space.",
     [("Yury Romanenko", "first Pole in space", "contradicted")]),
    # "aboard" between the flyer and the comma
    ("Vostok 1 lifted off with Gagarin aboard, the first man in space.",
     [("Yuri Gagarin", "first man in space", "supported")]),
    ("Soyuz 28 flew with Gubarev and Remek on board, the first Czechoslovak in space.",
     [("Vladimír Remek", "first Czechoslovak in space", "supported")]),
])
def test_a_first_after_a_companion_is_judged_of_either(
        checker: Checker, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "first") == expected


def test_the_note_says_whom_the_first_is_true_of(checker: Checker) -> None:
    (first,) = claims_of(checker, "Tamayo Méndez flew on Soyuz 38 with Yuri Romanenko, the "
                         "first Latin American in space.", "first")
    assert first.note == "said after Yury Romanenko, but true of Arnaldo Tamayo Méndez"


def test_a_surname_is_the_person_not_a_rocket_of_that_name(checker: Checker) -> None:
    # GCAT's launch vehicles include FIAN's sounding rocket "Ivanov"
    assert said(checker, "Ivanov flew on Soyuz 33 with Rukavishnikov.", "crew") == [
        ("Soyuz 33", "Georgi Ivanov", "supported"),
        ("Soyuz 33", "Nikolay Rukavishnikov", "supported")]
    assert not claims_of(checker, "Ivanov flew on Soyuz 33.", "launch_vehicle")


def test_german_and_french_spellings_name_the_ships(checker: Checker) -> None:
    assert said(checker, "Sigmund Jähn flew up on Sojus 31 in August 1978.", "crew") == [
        ("Soyuz 31", "Sigmund Jähn", "supported")]
    assert said(checker, "Saliout 7 was launched on 19 April 1982.") == [
        ("Salyut-7", "1982-04-19", "supported")]
