"""An exam's mark scheme (session 61, from heldout118): a model answer's date with the
craft it dates in a bracket after it, and indicative content set out as a list whose
items open with "He" or "It" for the one the question names. Written here; verdicts on
the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_a_date_then_the_craft_in_a_bracket_dates_its_launch(checker: Checker) -> None:
    text = ("1(a) Give the date of the first crewed spaceflight. [1]\n"
            "Model answer: 12 April 1961 (Vostok 1, Yuri Gagarin).\n")
    assert said(checker, text) == [("Vostok 1", "1961-04-12", "supported")]
    assert said(checker, text.replace("1961 (", "1962 (")) == [
        ("Vostok 1", "1962-04-12", "contradicted")]


def test_a_list_item_opening_with_he_is_about_the_man_named_before(
        checker: Checker) -> None:
    text = ("1(b) Describe two features of Gagarin's flight. [4]\n"
            "- He was launched from Plesetsk on a Vostok rocket.\n")
    assert said(checker, text, "launch_site") == [
        ("Yuri Gagarin", "Plesetsk", "contradicted")]  # from Baikonur
