"""Readings from the Reddit AMA thread set (session 44): what a pad "that launched" names;
a participle after a station's apposition; a programme's name with a number the catalog
does not know; "flew again on"; a relative date right after a craft; an anchor that is a
point of comparison; "launched with a crew", "flew up empty"; "Then Kvant-2 in December
1989" going on with the last sentence's verb. Lines written here; verdicts on the real
catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_a_pad_that_launched_a_craft_dates_that_craft(checker: Checker) -> None:
    # Sputnik 1 1957-10-04, Vostok 1 1961-04-12 (GCAT launchlog)
    text = "Vostok 1 flew from Baikonur, from Site 1, the same pad that launched Sputnik in 1957."
    assert said(checker, text) == [("Sputnik 1", "1957", "supported")]


def test_a_participle_after_a_stations_apposition_is_the_stations(checker: Checker) -> None:
    # Salyut 1 launched 1971-04-19 (GCAT launchlog)
    text = ("Dobrovolsky, Volkov and Patsayev launched on June 6, 1971 and spent over three "
            "weeks aboard Salyut 1, the world's first space station, launched that April 19 "
            "on a Proton.")
    assert ("Salyut", "1971-04-19", "supported") in [
        (name.split()[0], value, verdict) for name, value, verdict in said(checker, text)]


def test_a_programme_name_with_an_unknown_number_is_another_craft(checker: Checker) -> None:
    # the Soyuz T-10-1 pad abort (GCAT 1983-F02) has no name the catalog knows: no claim
    # about the Soyuz programme's first launch (1967)
    text = "It was the first crewed launch failure since Soyuz T-10-1 in 1983."
    assert said(checker, text) == []
    assert said(checker, "Soyuz launched in 1983.") == [("Soyuz", "1983", "supported")]


def test_flew_again_on_a_craft_dates_that_craft(checker: Checker) -> None:
    # Soyuz MS-12 launched 2019-03-14 (GCAT launchlog)
    text = ("I watched the MS-10 launch in October 2018. Both MS-10 crewmen flew again on "
            "Soyuz MS-12 the following March.")
    assert said(checker, text) == [("Soyuz MS-10", "2018-10", "supported"),
                                   ("Soyuz MS-12", "2019-03", "supported")]


def test_a_date_after_since_is_a_doubtful_anchor(checker: Checker) -> None:
    text = ("Yes, the first since the T-10-1 pad fire in September 1983. Both MS-10 crewmen "
            "flew again on Soyuz MS-12 the following March.")
    (claim,) = claims_of(checker, text, "launch_date")
    assert (claim.subject_name, claim.value, claim.verdict) == (
        "Soyuz MS-12", "1984-03", "unverifiable")


def test_launched_with_a_crew_and_flew_up_empty(checker: Checker) -> None:
    # Soyuz MS-23 flew without a crew (GCAT launchlog, no crew in the crew data)
    text = ("Soyuz MS-23 launched with a crew in February 2023. Soyuz MS-23 flew up empty. "
            "MS-22 returned empty.")
    assert said(checker, text, "crew") == [("Soyuz MS-23", "crewed", "contradicted"),
                                           ("Soyuz MS-23", "uncrewed", "supported")]


def test_then_goes_on_with_the_last_sentences_verb(checker: Checker) -> None:
    # Kvant-2 launched 1989-11-26 (GCAT launchlog)
    text = "Kvant went up at the end of March 1987. Then Kvant-2 in December 1989."
    assert said(checker, text) == [("Kvant", "1987-03", "supported"),
                                   ("Kvant-2", "1989-12", "contradicted")]
    # with no launch before it, a craft in space that month is no launch claim
    text = "Mir was wrecked in 1997. Then Kvant-2 in December 1997 was damaged."
    assert said(checker, text) == [("Kvant-2", "1997-12", "unverifiable")]


def test_a_record_is_cited_once_though_reached_twice(checker: Checker) -> None:
    # TM-11's launch is reached through the craft and through Akiyama, who rode it
    text = ("Toyohiro Akiyama, the first Japanese citizen in space, went up on Soyuz TM-11 on "
            "2 December 1991.")
    (claim,) = claims_of(checker, text, "launch_date")
    cited = [(e.source, e.record) for e in claim.evidence]
    assert claim.verdict == "contradicted" and cited and len(cited) == len(set(cited))


def test_facts_of_one_record_with_the_same_value_are_each_cited(checker: Checker) -> None:
    # curated firsts.yaml's first-satellite: holder and mission are both "Sputnik 1"
    (claim,) = claims_of(checker, "Sputnik 1, the first artificial satellite, flew in 1957.",
                         "first")
    assert {e.record for e in claim.evidence} == {"curated firsts.yaml: first-satellite"}
    assert len(claim.evidence) == 3  # holder, mission and date
