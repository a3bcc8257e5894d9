"""Readings from session 52's brochure and errata lines: people described by where they
come from ("A of Vietnam and Cuba's B") still pair with ships "respectively"; "the first
European in space" is ESA's sense, Europe's states other than the Soviet Union and Russia.
Lines written here; verdicts on the real catalog (Phạm Tuân flew Soyuz 37 and Arnaldo
Tamayo Méndez Soyuz 38 in 1980; Vladimír Remek, Czechoslovakia, flew Soyuz 28 on 2 March
1978, four years before Jean-Loup Chrétien)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_described_people_pair_with_ships_respectively(checker: Checker) -> None:
    text = ("In 1980 Phạm Tuân of Vietnam and Cuba's Arnaldo Tamayo Méndez, the first Latin "
            "American in space, flew on Soyuz {} and Soyuz {} respectively.")
    assert said(checker, text.format(37, 38), "crew") == [
        ("Soyuz 37", "Phạm Tuân", "supported"),
        ("Soyuz 38", "Arnaldo Tamayo Méndez", "supported")]
    assert said(checker, text.format(38, 37), "crew") == [
        ("Soyuz 38", "Phạm Tuân", "contradicted"),
        ("Soyuz 37", "Arnaldo Tamayo Méndez", "contradicted")]


@pytest.mark.integration
def test_the_first_european_in_space_is_not_soviet(checker: Checker) -> None:
    assert said(checker, "Vladimír Remek became the first European in space.", "first") == [
        ("Vladimír Remek", "first European in space", "supported")]
    assert said(checker, "France's Jean-Loup Chrétien, the first European in space, flew "
                         "Soyuz T-6.", "first") == [
        ("Jean-Loup Chrétien", "first European in space", "contradicted")]
