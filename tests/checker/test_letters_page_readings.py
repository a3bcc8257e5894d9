"""Readings from session 54's letters page. Lines written here; verdicts on the real
catalog (Vostok 1 flew from Baikonur on 12 April 1961; Plesetsk's first orbital launch was
Kosmos-112 on 17 March 1966; Vostok 5 launched on 14 June 1963 and Vostok 6 on the 16th;
Soyuz MS-10 failed on 11 October 2018; Soyuz MS-25 flew from Baikonur)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_lower_case_word_and_the_pronoun_i_are_no_roman_numbered_name(
        checker: Checker) -> None:
    # the curated alias "SO-1" (Pirs) was also read as "so I"
    text = "I spent thirty years designing pressure seals, so I read the section closely."
    assert said(checker, text, "duration") == []
    assert said(checker, "Sputnik I flew in 1957.") == [("Sputnik 1", "1957", "supported")]


@pytest.mark.integration
def test_where_a_traveller_is_from_is_no_launch_site(checker: Checker) -> None:
    text = ("In March 2024 Soyuz MS-25 carried Marina Vasilevskaya, the first cosmonaut from "
            "independent Belarus, to the station.")
    assert said(checker, text, "launch_site") == []
    assert said(checker, "Soyuz MS-25 was launched from Plesetsk.", "launch_site") == [
        ("Soyuz MS-25", "Plesetsk", "contradicted")]


@pytest.mark.integration
def test_after_that_is_after_what_was_told(checker: Checker) -> None:
    text = ("It was another nineteen years before a second woman, Svetlana Savitskaya, flew, "
            "and two years after that Savitskaya became the first woman to walk in space, "
            "outside Salyut 7.")
    assert [s for s in said(checker, text) if s[0] == "Salyut-7"] == []
    offset = "Luna 3 was launched exactly one year after Sputnik 1."
    assert said(checker, offset) == [("Luna-3", "1958-10-04", "contradicted")]


@pytest.mark.integration
def test_a_site_as_the_launch_verbs_subject(checker: Checker) -> None:
    text = ("He went up from Baikonur on the Vostok rocket aboard Vostok 1, and Plesetsk did "
            "not put anything into orbit until {}.")
    assert [s for s in said(checker, text.format(1966)) if s[1].startswith("1966")] == []
    named = "Northern Plesetsk sent up its first satellite, Kosmos-112, on 17 March {}."
    assert said(checker, named.format(1967)) == [("Kosmos-112", "1967-03-17", "contradicted")]
    assert said(checker, named.format(1966)) == [("Kosmos-112", "1966-03-17", "supported")]


@pytest.mark.integration
def test_could_tell_you_is_no_plan(checker: Checker) -> None:
    text = ("She flew on 16 June 1963, as any schoolgirl could tell you, aboard Vostok 6, "
            "launched a day after Valery Bykovsky's Vostok 5.")
    dated = [c for c in checker.check_text(text).claims if c.property == "launch_date"]
    # the day before Vostok 6's 16 June is told as Vostok 5's, which flew on the 14th
    assert [(c.subject_name, c.value, c.verdict, c.planned) for c in dated] == [
        ("Vostok 6", "1963-06-16", "supported", False),
        ("Vostok 5", "1963-06-15", "contradicted", False)]


@pytest.mark.integration
def test_a_failure_minutes_after_lift_off_dates_the_launch(checker: Checker) -> None:
    text = ("Soyuz has not always been lucky. On 11 October {} the booster of Soyuz MS-10 "
            "failed two minutes after lift-off.")
    assert said(checker, text.format(2018)) == [("Soyuz MS-10", "2018-10-11", "supported")]
    assert said(checker, text.format(2019)) == [("Soyuz MS-10", "2019-10-11", "contradicted")]


@pytest.mark.integration
def test_someone_unnamed_launching_is_not_the_craft_named_before(checker: Checker) -> None:
    text = ("We want visitors to see a Vietnamese fighter pilot on Salyut 6, a French pilot "
            "walking in space outside Mir, a Belarusian scientist launching to the ISS in 2024.")
    assert said(checker, text) == []
    # an apposition's participle is still the craft's
    assert said(checker, "Luna 9, a small probe launched on 31 January 1966, landed.") == [
        ("Luna-9", "1966-01-31", "supported")]


@pytest.mark.integration
def test_launched_with_three_cosmonauts_is_a_crew_size(checker: Checker) -> None:
    # Soyuz MS-23 went up empty to bring MS-22's crew home
    text = "Soyuz {} was launched with three cosmonauts on {}."
    assert said(checker, text.format("MS-23", "24 February 2023"), "crew") == [
        ("Soyuz MS-23", "crew of 3", "contradicted")]
    assert said(checker, text.format("MS-22", "21 September 2022"), "crew") == [
        ("Soyuz MS-22", "crew of 3", "supported")]
