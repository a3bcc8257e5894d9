"""Readings from session 53's trivia deck. Lines written here; verdicts on the real
catalog (Luna 9 touched down on 3 February 1966 and fell silent on the 6th, the end of
operations GCAT records; Lunokhod 1 weighed 756 kg, its carrier Luna 17 about 5,700 kg;
Soyuz 38 launched on 18 September 1980 with Tamayo Méndez and Romanenko)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_the_end_of_a_landers_work_is_no_touchdown_with_or_without_a_year(
        checker: Checker) -> None:
    for told in ("Luna 9 was launched on 31 January 1966. It touched down on 6 February.",
                 "Luna 9 touched down on 6 February 1966."):
        assert said(checker, told, "landing_date") == [
            ("Luna-9", "1966-02-06", "contradicted")]
    assert said(checker, "Luna 9 touched down on 3 February 1966.", "landing_date") == [
        ("Luna-9", "1966-02-03", "supported")]


@pytest.mark.integration
def test_a_mass_before_a_name_is_that_crafts(checker: Checker) -> None:
    text = "Luna 17 launched in November 1970. Its passenger, the {} kg Lunokhod 1, rolled out."
    assert said(checker, text.format(756), "mass") == [("Lunokhod-1", "756 kg", "supported")]
    assert said(checker, text.format(840), "mass") == [
        ("Lunokhod-1", "840 kg", "contradicted")]


@pytest.mark.integration
def test_who_went_along_is_not_who_the_date_is_said_of(checker: Checker) -> None:
    text = ("Arnaldo Tamayo Méndez was Cuban. He launched with Valery Ryumin on Soyuz 38 on "
            "18 September 1980.")
    assert said(checker, text) == [("Soyuz 38", "1980-09-18", "supported")]
    assert said(checker, text, "crew") == [("Soyuz 38", "Valery Ryumin", "contradicted")]
