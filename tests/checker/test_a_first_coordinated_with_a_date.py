"""A first joined by "and" takes the holder of the first before it, not of a date claim
before it: in "Vostochny's first launch, on 27 April 2016, and the first Angara A5" the
Angara A5 is not Vostochny's first anything. Lines written here; the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of


@pytest.mark.integration
def test_a_first_after_a_sites_first_date_is_not_the_sites(checker: Checker) -> None:
    text = ("Vostochny's first launch, on 27 April 2016, and the first Angara A5, flown from "
            "Plesetsk in December 2014, close the story.")
    assert [c.subject_name for c in claims_of(checker, text, "first")
            if c.verdict == "contradicted"] == []


@pytest.mark.integration
def test_a_first_after_a_first_is_the_same_holders(checker: Checker) -> None:
    text = ("Valentina Tereshkova was the first woman in space and the first civilian "
            "in space.")
    holders = {c.subject_name for c in claims_of(checker, text, "first")}
    assert holders == {"Valentina Tereshkova"}
