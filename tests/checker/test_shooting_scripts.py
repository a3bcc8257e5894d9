"""Readings from the documentary shooting script of heldout58's blind score, on the real
catalog: a caption naming a craft and a day, guests who "followed that July" or "followed
them aboard", a cosmonaut who "rode Soyuz 31 up", and a site told before the craft that
left it."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_a_caption_line_dates_its_craft_by_its_launch(checker: Checker) -> None:
    script = ("NARRATOR: She circled the Earth forty-eight times.\n\n"
              "CAPTION: Vostok 6, 14 June 1963\n\n"
              "CAPTION: Soyuz 28 - 2 March 1978\n\n"
              "CAPTION: Soyuz TM-12 - 19 May 1991\n\n"
              "LOWER THIRD: DR. MARTA KOVALENKO - Historian of technology\n")
    assert said(checker, script) == [
        ("Vostok 6", "1963-06-14", "contradicted"),  # 16 June
        ("Soyuz 28", "1978-03-02", "supported"),
        # 18 May: though Soyuz TM-12 was in space on the 19th, a caption gives its launch
        ("Soyuz TM-12", "1991-05-19", "contradicted")]


def test_guests_who_followed_and_rode_up(checker: Checker) -> None:
    text = ("Vladimír Remek lifted off aboard Soyuz 28 on 2 March 1978. Poland's Mirosław "
            "Hermaszewski followed that July on Soyuz 30. On 28 August, Sigmund Jähn of East "
            "Germany rode Soyuz 31 up with Valery Bykovsky. On 14 March 1981, Romania's "
            "Dumitru Prunariu followed them aboard Soyuz 40.")
    assert said(checker, text) == [
        ("Soyuz 28", "1978-03-02", "supported"),
        ("Mirosław Hermaszewski", "1978-07", "contradicted"),  # 27 June
        ("Sigmund Jähn", "1978-08-28", "contradicted"),  # 26 August
        ("Dumitru Prunariu", "1981-03-14", "contradicted")]  # 14 May


def test_a_site_before_the_craft_that_left_it(checker: Checker) -> None:
    text = "Rakesh Sharma launched from Plesetsk aboard Soyuz T-11."
    assert said(checker, text, "launch_site") == [("Soyuz T-11", "Plesetsk", "contradicted")]
    assert said(checker, "Sharma rode to Mir from Plesetsk aboard Soyuz T-11.",
                "launch_site") == []  # "to Mir from": no launch verb right before the site


def test_from_one_date_to_another_is_a_flight_up_and_down(checker: Checker) -> None:
    text = ("Mir also hosted the longest single spaceflight ever: Valeri Polyakov's 437 days "
            "and 18 hours, from January 1994 to March 1995.")
    assert said(checker, text) == [("Valeri Polyakov", "1994-01", "supported")]
    assert said(checker, text, "landing_date") == [("Valeri Polyakov", "1995-03", "supported")]
