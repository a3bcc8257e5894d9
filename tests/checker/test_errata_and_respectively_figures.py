"""Readings from session 52's errata sheet: a correction that quotes only the words it
changes is read in their place in the printed sentence; figures listed "respectively"
pair with the names listed before them (past bracketed asides); "circled the Earth once"
is one orbit; the site of "the first launch of an Angara A5 from Vostochny" is not the
craft's; a participle phrase of a flight before "she" is hers; "reached Salyut 7 aboard
Soyuz T-5" is the ship she went up in.
Lines written here; verdicts on the real catalog (Vostok 1: apogee 327 km, one orbit;
Salyut 1 launched by a Proton-K; Lunokhod 1 756 kg, Lunokhod 2 840 kg; Savitskaya went
up in Soyuz T-7 and came home in T-5, and flew Soyuz T-12 in 1984)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.claims.errata import corrections
from tests.checker.claims import said


def test_a_correction_is_placed_where_its_first_words_stand_in_the_printed_text() -> None:
    text = ('p. 14. For: "Vostok 1 circled the Earth once, reaching an apogee of 327 km." '
            'Read: "reaching an apogee of 372 km."')
    [fix] = corrections(text)
    assert fix.reading(text) == ("Vostok 1 circled the Earth once, reaching an apogee of "
                                 "372 km.")
    # a correction that restates the sentence from its start needs no placing, and one
    # whose first words the printed text lacks cannot be placed
    assert corrections('For: "Zarya flew in 1999." Read: "Zarya flew in 1998."') == []
    assert corrections('For: "Zarya flew in 1999." Read: "it flew in 1998."') == []


@pytest.mark.integration
def test_a_corrections_words_are_said_of_the_printed_sentences_subject(
        checker: Checker) -> None:
    text = ('p. 14 (caption). For: "Vostok 1 circled the Earth once, reaching an apogee of '
            '327 km." Read: "reaching an apogee of {} km."')
    assert said(checker, text.format(372), "apogee") == [
        ("Vostok 1", "327 km", "supported"), ("Vostok 1", "372 km", "contradicted")]
    assert said(checker, text.format(327), "apogee")[-1] == ("Vostok 1", "327 km", "supported")
    text = ('p. 44. For: "Salyut 1, the first space station, was launched by a Proton-K on '
            '19 April 1971." Read: "was launched by a Soyuz rocket".')
    assert said(checker, text, "launch_vehicle") == [
        ("Salyut", "Proton-K", "supported"), ("Salyut", "Soyuz", "contradicted")]


@pytest.mark.integration
def test_figures_listed_respectively_pair_with_the_names_before_them(
        checker: Checker) -> None:
    text = ("Lunokhod 1 (Luna 17, 10 November 1970) and Lunokhod 2 (Luna 21, 8 January 1973) "
            "weighed 756 kg and {} kg respectively.")
    assert said(checker, text.format(840), "mass") == [
        ("Lunokhod-1", "756 kg", "supported"), ("Lunokhod-2", "840 kg", "supported")]
    assert said(checker, text.format(480), "mass")[-1] == (
        "Lunokhod-2", "480 kg", "contradicted")


@pytest.mark.integration
def test_circling_the_earth_once_is_one_orbit(checker: Checker) -> None:
    assert said(checker, "Vostok 1 circled the Earth once in 108 minutes.",
                "orbit_count") == [("Vostok 1", "1 orbit", "supported")]
    assert said(checker, "Vostok 6 orbited the Earth once.", "orbit_count") == [
        ("Vostok 6", "1 orbit", "contradicted")]
    assert said(checker, "Soyuz T-6 circled the Earth once every 89.6 minutes.",
                "orbit_count") == []


@pytest.mark.integration
def test_the_site_of_another_launch_is_not_the_crafts(checker: Checker) -> None:
    text = ("The sheet is issued sixty-three years to the day after Yuri Gagarin's flight in "
            "Vostok 1, and one day after the first launch of an Angara A5 from the Vostochny "
            "cosmodrome.")
    assert said(checker, text, "launch_site") == []


@pytest.mark.integration
def test_a_flight_before_she_and_an_arrival_aboard_are_hers(checker: Checker) -> None:
    text = ("Svetlana Savitskaya reached Salyut 7 aboard Soyuz T-7 in August 1982; two years "
            "later, flying on Soyuz T-{}, she became the first woman to walk in space.")
    assert said(checker, text.format(12), "crew") == [
        ("Soyuz T-7", "Svetlana Savitskaya", "supported"),
        ("Soyuz T-12", "Svetlana Savitskaya", "supported")]
    assert said(checker, text.format(11), "crew")[-1] == (
        "Soyuz T-11", "Svetlana Savitskaya", "contradicted")
    # she came home in T-5, but did not reach the station in it
    assert said(checker, "Svetlana Savitskaya reached Salyut 7 aboard Soyuz T-5.", "crew") == [
        ("Soyuz T-5", "Svetlana Savitskaya", "contradicted")]


@pytest.mark.integration
def test_a_negation_inside_an_apposition_does_not_deny_the_flight(checker: Checker) -> None:
    text = ("Vladimír Remek (Czechoslovakia), the first space traveller from neither the USSR "
            "nor the USA, flew on Soyuz 28.")
    assert said(checker, text, "crew") == [("Soyuz 28", "Vladimír Remek", "supported")]
    assert [s for s, _, _ in said(checker, text, "first")] == ["Vladimír Remek"]
