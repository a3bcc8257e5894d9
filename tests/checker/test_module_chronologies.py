"""Readings of a station's modules listed with their years (heldout19, 21, 34, 52): the
year each module joined, not a year it merely flew in (on the real catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_modules_year_in_a_chronology_of_modules_is_when_it_joined(checker: Checker) -> None:
    # Priroda was launched in April 1996: in 1997 it was up, but it did not join then
    text = "Kristall arrived in 1990, Spektr in 1995 and Priroda, the last, in 1997."
    assert said(checker, text) == [("Spektr", "1995", "supported"),
                                   ("Priroda", "1997", "contradicted")]
    text = ("Then a new module every year or two: Kvant-1, Kvant-2, Kristall, and finally "
            "Spektr and Priroda in 1995 and 1997 respectively.")
    assert said(checker, text) == [("Spektr", "1995", "supported"),
                                   ("Priroda", "1997", "contradicted")]


@pytest.mark.integration
def test_a_module_alone_or_by_month_keeps_the_in_service_rule(checker: Checker) -> None:
    # one module named with a year it was up: what happened then is not said
    assert said(checker, "Cosmonauts repaired Priroda in 1997.") == [
        ("Priroda", "1997", "unverifiable")]
    # Kvant-2 was launched on 26 November 1989 and docked in December: a month of a
    # chronology may be its docking
    text = "Then the modules: Kvant-2 in December 1989, Kristall in 1990."
    assert said(checker, text) == [("Kvant-2", "1989-12", "unverifiable"),
                                   ("Kristall", "1990", "supported")]
