"""Readings from session 51: a probe that "set" its rover down or "brought" soil home
lands; a date after "signed in … on" is the signing's; "and the first Asian" after a
"he" spans its own words; a "he" that launched aboard a ship may come home in another;
a relative clause between a craft and its rocket or docking names neither; "the probe"
after a list is its last; "it" after "their capsule" is the ship; "he" is the subject
before, not a crewmate named as an object. Lines written
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


@pytest.mark.integration
def test_the_probe_after_a_list_of_probes_is_the_last_of_them(checker: Checker) -> None:
    text = ("Then came Phobos 2 and the 6.8-tonne Mars 96, which a Proton-K lifted from "
            "Baikonur on 16 November 1996; its upper stage failed and the probe fell back "
            "into the atmosphere the next day.")
    # the re-entry had been Phobos 2's (1989), contradicted; "lifted from" is a launch
    assert said(checker, text, "reentry_date") == [("Mars-96", "1996-11-17", "supported")]
    assert said(checker, text) == [("Mars-96", "1996-11-16", "supported")]
    assert said(checker, "On 20 November 1998 a Proton lifted Zarya from Baikonur.") == [
        ("Zarya", "1998-11-20", "supported")]


@pytest.mark.integration
def test_it_after_their_capsule_is_the_ship_not_the_station(checker: Checker) -> None:
    text = ("Soyuz 11 was to carry a new crew. Dobrovolsky, Volkov and Patsayev spent "
            "nearly 24 days aboard Salyut 1, and died when their capsule lost its air; it "
            "landed on 30 June 1971 with all three dead.")
    # (29 June 23:16 UTC, 30 June in Moscow; it had been Salyut 1's end, contradicted)
    assert said(checker, text, "landing_date") == [("Soyuz 11", "1971-06-30", "supported")]


@pytest.mark.integration
def test_a_module_someone_worked_on_launched_by_a_rocket_is_dated(checker: Checker) -> None:
    text = ("Valeri Polyakov was a doctor. For the station he worked on the Zarya module, "
            "launched by a Proton-K on 20 November {} and owned by NASA.")
    # it had been his own launch (Soyuz TM-18, 1994), contradicted
    assert said(checker, text.format(1998)) == [("Zarya", "1998-11-20", "supported")]
    assert said(checker, text.format(1997)) == [("Zarya", "1997-11-20", "contradicted")]


@pytest.mark.integration
def test_he_is_the_subject_before_not_a_crewmate_named_as_an_object(
        checker: Checker) -> None:
    text = ("Jähn lifted off on 26 August 1978 aboard Soyuz 31, with Bykovsky in command, "
            "joining the resident crew of Vladimir Kovalyonok and Aleksandr Ivanchenkov. "
            "He was the third Interkosmos guest.")
    # "he" had been Ivanchenkov, and so contradicted
    assert [(c.subject_name, c.verdict) for c in claims_of(checker, text, "first")] == [
        ("Sigmund Jähn", "supported")]


@pytest.mark.integration
def test_a_count_from_a_landing_is_not_doubted_for_a_launch_told_before_other_dates(
        checker: Checker) -> None:
    text = ("Luna 9, launched on 31 January 1966, made the first soft landing on the Moon on "
            "3 February. Luna 16 brought lunar soil home in September 1970, and a month "
            "later Luna 17 set off with the Lunokhod 1 rover.")
    # Luna 17 rose on 10 November: "a month later" is October, from the landing. Luna 9's
    # launch is no likelier anchor with Luna 9's landing told after it (it had left the
    # launch unverifiable)
    assert [s for s in said(checker, text) if s[0] == "Luna-17"] == [
        ("Luna-17", "1970-10", "contradicted")]


@pytest.mark.integration
def test_a_touchdown_dated_on_the_day_gcat_ends_the_probe_decides(checker: Checker) -> None:
    # the curated touchdown (17 November 1970, 03:47) is on the day GCAT's record of Luna
    # 17 ends: it dates the landing on the Moon, which had been left unverifiable
    text = "Luna 17 set the Lunokhod 1 rover down in the Sea of Rains on {} November 1970."
    assert said(checker, text.format(17), "landing_date") == [
        ("Luna-17", "1970-11-17", "supported")]
    assert said(checker, text.format(15), "landing_date") == [
        ("Luna-17", "1970-11-15", "contradicted")]


@pytest.mark.integration
def test_a_date_opening_the_next_clause_takes_its_trigger(checker: Checker) -> None:
    text = ("Venera 7 left on August 17, 1970, and on December 15 it became the first probe "
            "to land on another planet.")
    # "to land" had also been said of August 17, contradicted
    assert said(checker, text, "landing_date") == [("Venera-7", "1970-12-15", "supported")]
