"""Readings from session 48: a first said of a traveller whose companion is named
after them. Lines written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_first_is_the_travellers_not_the_companion_named_after_them(
        checker: Checker) -> None:
    # curated firsts: first Asian in space Phạm Tuân (Soyuz 37); first person neither
    # Soviet nor American Vladimír Remek (Soyuz 28)
    assert said(checker, "Pham Tuan, launched with Viktor Gorbatko on Soyuz 37 on 23 July "
                         "1980, was the first Asian in space.", "first") == [
        ("Phạm Tuân", "first Asian in space", "supported")]
    assert said(checker, "The Czechoslovak Vladimír Remek flew with Pyotr Klimuk on "
                         "Soyuz 28 in March 1978 and so became the first person in space "
                         "who was neither Soviet nor American.", "first") == [
        ("Vladimír Remek", "first non-Soviet non-American person in space", "supported")]
    # the companion is still the one meant when nobody else is named before
    assert said(checker, "Viktor Gorbatko, flying with Pham Tuan on Soyuz 37, was the "
                         "first Asian in space.", "first")[0][2] == "contradicted"
