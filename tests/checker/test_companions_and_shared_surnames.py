"""Readings from session 48: a first said of a traveller whose companion is named
after them; a surname several travellers share, settled by the flights the sentence
names. Lines written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.claims.mentions import Gazetteer
from tests.checker.claims import said


def _people(checker: Checker, text: str) -> list[tuple[str, str]]:
    return [(m.alias, m.name) for m in Gazetteer(checker.catalog).find(text)
            if m.kind == "person"]


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


@pytest.mark.integration
def test_a_shared_surname_is_the_one_who_flew_the_craft_or_with_the_crewmates_named(
        checker: Checker) -> None:
    # crew data: Gherman Titov flew Vostok 2 (1961), Vladimir Titov Soyuz T-8 … (1983–97);
    # Vladislav Volkov flew Soyuz 11 with Dobrovolsky and Patsayev
    assert _people(checker, "Titov's Vostok 2 stayed up a day.") == [("Titov", "Gherman Titov")]
    assert _people(checker, "Dobrovolsky, Volkov and Patsayev died aboard.") == [
        ("Dobrovolsky", "Georgy Dobrovolsky"), ("Volkov", "Vladislav Volkov"),
        ("Patsayev", "Viktor Patsayev")]


@pytest.mark.integration
def test_a_shared_surname_is_the_only_one_aloft_in_a_year_the_sentence_names(
        checker: Checker) -> None:
    # Vostok 2: launched 1961-08-06 06:00 UTC (GCAT launchlog)
    assert said(checker, "Gagarin flew first. Titov followed on 7 August 1961.") == [
        ("Gherman Titov", "1961-08-07", "contradicted")]
    assert _people(checker, "In 1988 Titov and Manarov completed a year in space.")[0] == (
        "Titov", "Vladimir Titov")
    # a later mention takes the earlier reading; nothing to settle it, no link
    assert _people(checker, "Titov went up in 1961. Titov was twenty-five.") == [
        ("Titov", "Gherman Titov"), ("Titov", "Gherman Titov")]
    assert _people(checker, "Titov was twenty-five.") == []
