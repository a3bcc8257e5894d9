"""Readings from session 51: a probe that "set" its rover down or "brought" soil home
lands; a date after "signed in … on" is the signing's; "and the first Asian" after a
"he" spans its own words; a "he" that launched aboard a ship may come home in another;
a relative clause between a craft and its rocket or docking names neither. Lines written
here; verdicts on the real catalog (Luna 17 landed 17 November 1970, curated; Luna 16's
capsule landed 24 September 1970, curated; Polyakov came home 22 March 1995 on Soyuz
TM-20; Nauka rose on a Proton-M on 21 July 2021 and docked on 29 July, curated)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said


@pytest.mark.integration
def test_a_probe_that_set_its_rover_down_or_brought_soil_home_landed(
        checker: Checker) -> None:
    text = ("Luna 17 set the 840-kilogram Lunokhod 1 down in the Sea of Rains on "
            "{} November 1970.")
    # it had been read as Lunokhod 1's launch, contradicted
    assert said(checker, text.format(17)) == []
    assert said(checker, text.format(17), "landing_date") == [
        ("Luna-17", "1970-11-17", "supported")]
    assert said(checker, text.format(15), "landing_date") == [
        ("Luna-17", "1970-11-15", "contradicted")]
    assert [v for _, v, verdict in said(
        checker, "Luna 16 brought 101 grams of lunar soil home on 20 September 1970.",
        "landing_date") if verdict == "contradicted"] == ["1970-09-20"]


@pytest.mark.integration
def test_a_date_an_agreement_was_signed_on_is_no_flights(checker: Checker) -> None:
    text = ("Soyuz 19 docked with Apollo in July 1975. The flight grew out of the "
            "cooperation agreement signed in Washington on 24 May 1972.")
    # "The flight" had taken the signing's date as Soyuz 19's launch, contradicted
    assert [s for s in said(checker, text) if s[1] == "1972-05-24"] == []


@pytest.mark.integration
def test_a_first_coordinated_after_a_pronoun_spans_its_own_words(checker: Checker) -> None:
    text = ("Rakesh Sharma flew on Soyuz T-11. He was the first Indian citizen in space, "
            "and the first Asian.")
    firsts = claims_of(checker, text, "first")
    assert [(c.quote, c.verdict) for c in firsts] == [
        ("the first Indian citizen in space", "supported"),
        ("the first Asian", "contradicted")]  # Pham Tuan flew in 1980
    # (its span had reached back to "Rakesh Sharma" in the sentence before)


@pytest.mark.integration
def test_he_who_launched_aboard_a_ship_may_come_home_in_another(checker: Checker) -> None:
    text = ("Then there is the doctor Valeri Polyakov. He launched aboard Soyuz TM-18 on "
            "8 January 1994 and did not come home until 22 March {}.")
    # it had been judged as Soyuz TM-18's landing (9 July 1994), contradicted
    assert said(checker, text.format(1995), "landing_date") == [
        ("Valeri Polyakov", "1995-03-22", "supported")]
    assert [verdict for *_, verdict in said(checker, text.format(1996), "landing_date")
            ] == ["contradicted"]


@pytest.mark.integration
def test_a_relative_clause_names_neither_the_rocket_nor_the_docking_of_its_craft(
        checker: Checker) -> None:
    text = ("Nauka, which took the place of the old Pirs docking compartment, rose on a "
            "Proton-M on 21 July 2021 and docked eight days later, on {} July.")
    # both had been said of Pirs, contradicted
    assert said(checker, text.format(29), "launch_vehicle") == [
        ("Nauka", "Proton-M", "supported")]
    assert said(checker, text.format(29), "docking_date") == [
        ("Nauka", "2021-07-29", "supported")]
