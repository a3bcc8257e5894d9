"""Readings from the year-end obituaries (heldout62, scored blind in session 34), on the
real catalog: a rocket's name in one paragraph, a plan's day dated by the flight's day
after it, and a promised date."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_a_rocket_named_in_another_paragraph_leaves_the_ship(checker: Checker) -> None:
    text = ("In January 1969 Soyuz 4 and Soyuz 5, launched on 14 and 15 January "
            "respectively, made the first docking of two crewed spacecraft.\n\n"
            "The maiden flight of the new Soyuz-5 rocket is scheduled for 2026.")
    assert ("Soyuz 5", "1969-01-15", "supported") in said(checker, text, "launch_date")
    # written as the rocket is, it is the rocket anywhere; in its paragraph, any spelling
    rocket = ("Soyuz-2 first flew from Plesetsk in November 2004.\n\n"
              "A Soyuz-2 rocket made its debut from Vostochny on 28 April 2016. Soyuz 2 "
              "was launched on 25 October 1968.")
    assert said(checker, rocket, "launch_date") == []


def test_a_plans_day_takes_the_year_of_the_day_it_slipped_to(checker: Checker) -> None:
    text = ("Galina retired in 2019.\n\nThe replacement ship, Soyuz MS-23, was scheduled to "
            "launch on 20 February; it finally lifted off on 24 February 2023.")
    assert said(checker, text, "launch_date") == [
        ("Soyuz MS-23", "2023-02-20", "unverifiable"), ("Soyuz MS-23", "2023-02-24", "supported")]


def test_a_promised_date_is_a_plan(checker: Checker) -> None:
    text = ("Soyuz MS-23 brought Sergey Prokopyev, Dmitry Petelin and Frank Rubio home on 27 "
            "September 2023.\n\nHe followed Vostochny closely; a first crewed launch from "
            "there had once been promised for 2018.")
    # (taken for Rubio's, a paragraph back: but a plan is never refuted)
    assert ("Francisco Rubio", "2018", "unverifiable") in said(checker, text, "launch_date")
