"""Rockets given to ships with "respectively" ("T-2 and T-15 rode the Soyuz-U2 and Soyuz-U
respectively": each ship its own rocket, in order, not every rocket of the list), and a
rocket's variant whose name runs on from another's ("Soyuz-U2" is no "Soyuz-U"). Lines
written here; verdicts on the real catalog (Soyuz T-2 rode a Soyuz-U in 1980, Soyuz T-15
a Soyuz-U2 in 1986)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_rockets_respectively_pair_in_order(checker: Checker) -> None:
    text = "Soyuz T-2 and Soyuz T-15 were launched on the Soyuz-U and Soyuz-U2, respectively."
    assert said(checker, text, "launch_vehicle") == [
        ("Soyuz T-2", "Soyuz-U", "supported"), ("Soyuz T-15", "Soyuz-U2", "supported")]


@pytest.mark.integration
def test_swapped_rockets_respectively_are_both_wrong(checker: Checker) -> None:
    text = "Soyuz T-2 and Soyuz T-15 rode the Soyuz-U2 and Soyuz-U respectively."
    assert said(checker, text, "launch_vehicle") == [
        ("Soyuz T-2", "Soyuz-U2", "contradicted"), ("Soyuz T-15", "Soyuz-U", "contradicted")]


@pytest.mark.integration
def test_a_variant_named_on_from_another_is_not_it(checker: Checker) -> None:
    assert said(checker, "Soyuz T-15 rode the Soyuz-U.", "launch_vehicle") == [
        ("Soyuz T-15", "Soyuz-U", "contradicted")]
    # the family's name still names all of its rockets
    assert said(checker, "Soyuz T-15 was launched on a Soyuz rocket.", "launch_vehicle") == [
        ("Soyuz T-15", "Soyuz", "supported")]
