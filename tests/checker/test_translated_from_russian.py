"""English translated from Russian: names in quotation marks ('the ship "Soyuz-11"'), the
verb "started" for a launch, initials after surnames ("Gagarin Yu. A.", "A. A. Leonov")
that end no sentence, "Salut" for Salyut, decimal commas ("51,6 degrees"), and dates in
brackets after names ("Kvant" (31.03.1987), "Venera-9" (08.06.1976)). Lines written here;
verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.segment import sentences
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_initials_after_a_surname_end_no_sentence() -> None:
    text = ("On 12 April 1961 was launched the ship with Gagarin Yu. A. on board. From the "
            "ship A. A. Leonov went out. Khrunov Ye. V., who started later.")
    assert len(sentences(text)) == 3


def test_quoted_names_started_and_decimal_commas(checker: Checker) -> None:
    # Salyut 1: launched 1971-04-19, 51.6 degrees; Soyuz 11 launched 1971-06-06 04:55 UTC
    # (GCAT launchlog, psatcat)
    text = ('The first station "Salut" was launched 19.04.1971 year by the carrier rocket '
            '"Proton-K" from Baykonur. The station went onto the orbit at the inclination '
            '51,6 degrees. In the composition of the crew of "Soyuz-11", started 07.06.1971, '
            "were Dobrovolsky G. T., Volkov V. N. and Patsayev V. I.\n")
    assert said(checker, text) == [("Salyut", "1971-04-19", "supported"),
                                   ("Soyuz 11", "1971-06-07", "contradicted")]
    assert said(checker, text, "inclination") == [("Salyut", "51.6 deg", "supported")]
    assert said(checker, text, "launch_vehicle") == [("Salyut", "Proton-K", "supported")]


def test_a_date_in_brackets_after_a_name_is_its_launch_day(checker: Checker) -> None:
    # Kvant 1987-03-31, Kvant-2 1989-11-26; Venera 9 1975-06-08 (GCAT launchlog)
    text = ('To the base block were attached the modules "Kvant" (31.03.1987) and "Kvant-2" '
            '(26.12.1989). The "Venera-9" (08.06.1976) transmitted the first images.\n')
    assert said(checker, text) == [("Kvant", "1987-03-31", "supported"),
                                   ("Kvant-2", "1989-12-26", "contradicted"),
                                   ("Venera-9", "1976-06-08", "contradicted")]


def test_initials_after_a_surname_belong_to_the_name(checker: Checker) -> None:
    # Soyuz 30: Klimuk and Hermaszewski, launched 1978-06-27; Yeliseyev and Khrunov went up
    # in Soyuz 5 and came home in Soyuz 4 (GCAT launchlog, crew data)
    text = ('Then followed the Pole Hermaszewski M. ("Soyuz-30", 27.06.1978, commander '
            'Kubasov V. N.). The cosmonauts Yeliseyev A. S. and Khrunov Ye. V., who started '
            'on the "Soyuz-4", passed into the "Soyuz-5".\n')
    assert said(checker, text) == [("Soyuz 30", "1978-06-27", "supported")]
    assert said(checker, text, "crew") == [
        ("Soyuz 30", "Mirosław Hermaszewski", "supported"),
        ("Soyuz 30", "Valeri Kubasov", "contradicted"),
        ("Soyuz 4", "Aleksei Yeliseyev", "contradicted"),
        ("Soyuz 4", "Yevgeny Khrunov", "contradicted")]
    [hermaszewski] = [c for c in claims_of(checker, text, "crew") if "Mir" in c.value]
    assert hermaszewski.quote == 'Hermaszewski M. ("Soyuz-30'
