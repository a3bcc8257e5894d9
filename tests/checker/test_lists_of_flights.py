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
