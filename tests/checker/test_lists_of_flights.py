"""People listed with the dates of their flights, checked on the real catalog: a list with
no verb, a verb left out after "and", and "respectively" across names each headed by their
country."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_a_verbless_list_of_people_and_dates_dates_their_flights(checker: Checker) -> None:
    text = ("Later guests included Syria's Muhammed Faris in 1987; Japanese television "
            "journalist Toyohiro Akiyama in December 1989; and Britain's Helen Sharman in "
            "May 1991.")
    assert said(checker, text, "launch_date") == [
        ("Muhammed Faris", "1987", "supported"),
        ("Toyohiro Akiyama", "1989-12", "contradicted"),  # 2 December 1990
        ("Helen Sharman", "1991-05", "supported"),
    ]


@pytest.mark.parametrize("text", [
    "The museum interviewed Valentina Tereshkova in 2013.",  # one name and date: no list
    "Valentina Tereshkova in 2013 spoke of flying to Mars.",  # the date's item goes on
])
def test_a_person_and_a_date_alone_are_no_flight(checker: Checker, text: str) -> None:
    assert said(checker, text, "launch_date") == []


def test_a_person_takes_the_verb_left_out_after_and(checker: Checker) -> None:
    text = "Remek flew in March 1978 and Poland's Hermaszewski in July 1978."
    assert said(checker, text, "launch_date") == [
        ("Vladimír Remek", "1978-03", "supported"),
        ("Mirosław Hermaszewski", "1978-07", "contradicted"),  # 27 June 1978
    ]


def test_respectively_pairs_people_headed_by_their_countries(checker: Checker) -> None:
    # Pham Tuan flew Soyuz 37 in July 1980, Tamayo Mendez Soyuz 38 in September: swapped,
    # and neither date is of a flight the two shared
    text = ("Cuba's Arnaldo Tamayo Mendez and Vietnam's Pham Tuan flew in July and September "
            "1980, respectively.")
    assert said(checker, text, "launch_date") == [
        ("Arnaldo Tamayo Méndez", "1980-07", "contradicted"),
        ("Phạm Tuân", "1980-09", "contradicted"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kvant-1 was launched in 1987, followed in 1989 by Kvant-2.",
     [("Kvant", "1987", "supported"), ("Kvant-2", "1989", "supported")]),
    ("Zarya was launched in 1998, followed by Zvezda in 2001.",
     [("Zarya", "1998", "supported"), ("Zvezda", "2001", "contradicted")]),  # July 2000
    # the date is what Luna 3 did, in a clause of its own, not when it followed
    ("Luna 2 hit the Moon in September 1959. This was followed by Luna 3, which "
     "transmitted the first images of the far side in October 1959.", []),
])
def test_what_followed_is_named_after_by(checker: Checker, text: str,
                                         expected: list[tuple[str, str, str]]) -> None:
    assert [s for s in said(checker, text) if s[0] != "Luna-2"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # counted from Gagarin's launch, not from the date told before it (1959)
    ("Luna 3 flew in October 1959. Gagarin was followed four months later by Gherman "
     "Titov, whose Vostok 2 stayed in orbit for more than a day.",
     ("Gherman Titov", "1961-08", "supported")),
    ("The first module, Zarya, was launched on Nov. 20, 1998, followed a year later by the "
     "Zvezda service module.", ("Zvezda", "1999", "contradicted")),  # 12 July 2000
])
def test_followed_n_later_by_counts_from_what_it_follows(
        checker: Checker, text: str, expected: tuple[str, str, str]) -> None:
    claims = [c for c in checker.check_text(text).claims if c.property == "launch_date"]
    assert (claims[-1].subject_name, claims[-1].value, claims[-1].verdict) == expected
    assert claims[-1].note is not None and "counted from" in claims[-1].note


def test_a_craft_phrase_with_the_crafts_name_beside_it_is_that_craft(
        checker: Checker) -> None:
    # "The first module" would otherwise refer back to Vostok 6
    text = ("Vostok 6 carried Tereshkova.\n\nThe first module, the Russian-built Zarya, was "
            "launched by a Proton rocket from Baikonur on Nov. 20, 1998.")
    assert said(checker, text, "launch_site") == [("Zarya", "Baykonur", "supported")]


def test_a_companion_after_with_is_not_what_the_sentence_dates_or_counts(
        checker: Checker) -> None:
    # the subject is Buran, named in the sentence before; Igor Volk only flew in 1984
    text = ("Don't forget Buran! Flew once, 15 Nov 1988, on Energia from Baikonur, with Igor "
            "Volk and a second test pilot at the controls, two orbits, landed on the runway.")
    claims = checker.check_text(text).claims
    assert [c for c in claims if c.subject_name == "Igor Volk"] == []
