"""A first that places its subject in a series: of ships ("MS-01, the first Soyuz MS",
"the first crewed Soyuz T"), of a programme's flights ("the second Voskhod", "the very
first Soyuz, Kosmos 133") or of a rocket's flights ("the first crewed flight of a
Soyuz-2.1a"), judged by launch order in the catalog. Lines written here; verdicts on the
real catalog (Soyuz MS-16 was the first crew to ride a Soyuz-2.1a, in April 2020)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_the_first_ship_of_a_series(checker: Checker) -> None:
    assert said(checker, "Soyuz MS-01, the first Soyuz MS, flew in 2016.", "first") == [
        ("Soyuz MS-01", "first Soyuz MS", "supported")]
    assert said(checker, "Soyuz MS-03 was the second Soyuz MS.", "first") == [
        ("Soyuz MS-03", "second Soyuz MS", "contradicted")]


@pytest.mark.integration
def test_the_first_crewed_ship_of_a_series(checker: Checker) -> None:
    # GCAT's "Soyuz T" (1979) flew empty; Soyuz T-2 carried the series' first crew
    assert said(checker, "Soyuz T-2 was the first crewed Soyuz T.", "first") == [
        ("Soyuz T-2", "first crewed Soyuz T", "supported")]
    assert said(checker, "Soyuz 2 was the first crewed Soyuz.", "first") == [
        ("Soyuz-2", "first crewed Soyuz", "contradicted")]


@pytest.mark.integration
def test_a_programme_counts_its_named_ships_for_a_ship_so_named(checker: Checker) -> None:
    # Kosmos-47 and Kosmos-57 were Voskhod tests; "the second Voskhod" is Voskhod 2
    assert said(checker, "Voskhod 2 was only the second Voskhod.", "first") == [
        ("Voskhod 2", "second Voskhod", "supported")]
    assert said(checker, "The very first Soyuz, Kosmos-133, failed.", "first") == [
        ("Kosmos-133", "first Soyuz", "supported")]


@pytest.mark.integration
def test_the_first_crewed_flight_of_a_rocket(checker: Checker) -> None:
    text = "Soyuz MS-16 was the first crewed flight of a Soyuz-2.1a."
    assert said(checker, text, "first") == [
        ("Soyuz MS-16", "first crewed flight of a Soyuz-2.1a", "supported")]
    text = "Soyuz MS-18 launched, the first crewed flight of a Soyuz-2.1a."
    assert said(checker, text, "first") == [
        ("Soyuz MS-18", "first crewed flight of a Soyuz-2.1a", "contradicted")]
