"""A launch site's first launch, derived from the launch log on the real catalog:
"the first launch from Vostochny", "Plesetsk saw its first orbital launch", "its first
launch in April 2016", and the names that are not sites ("the Far East")."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration



def test_vostochny_is_its_own_site(checker: Checker) -> None:
    [site] = claims_of(checker, "Luna 25 was launched from Vostochny.", "launch_site")
    assert (site.value, site.verdict) == ("Vostochniy", "supported")


def test_the_first_launch_from_a_site_is_held_by_what_it_carried(checker: Checker) -> None:
    text = ("The Lomonosov satellite made the first launch from the new Vostochny cosmodrome. "
            "The first satellite launched from Plesetsk was Kosmos 112. "
            "Kosmos 1 was the first satellite launched from Kapustin Yar.")
    assert [v for *_, v in said(checker, text, "first")] == ["supported"] * 3
    wrong = "Kosmos 3 was the first satellite launched from Kapustin Yar."
    [claim] = claims_of(checker, wrong, "first")
    assert claim.verdict == "contradicted" and claim.expected is not None
    assert "Kosmos-1" in claim.expected


def test_its_first_launch_and_its_rocket(checker: Checker) -> None:
    text = ("Now there is Vostochny in the Far East. Its first launch was a Soyuz-2.1b, in "
            "April 2016.")
    [rocket] = claims_of(checker, text, "launch_vehicle")
    assert (rocket.subject_name, rocket.value, rocket.verdict) == (
        "Vostochniy", "Soyuz-2-1B", "contradicted")  # a Soyuz-2.1a
    assert said(checker, text, "launch_date") == [("Vostochniy", "2016-04", "supported")]


@pytest.mark.parametrize("text", [
    "The first launch from Vostochny, on 28 April 2016, was a Soyuz-2.1b.",
    "Vostochny's first launch was on 28 April 2016, a Soyuz-2.1b carrying a satellite.",
    "That's why Vostochny got built. First launch was 28 April 2016, a Soyuz-2.1b.",
])
def test_a_site_first_launchs_rocket_after_its_date(checker: Checker, text: str) -> None:
    assert said(checker, text, "launch_vehicle") == [
        ("Vostochniy", "Soyuz-2-1B", "contradicted")]  # a Soyuz-2.1a
    right = text.replace("2.1b", "2.1a")
    assert said(checker, right, "launch_vehicle") == [("Vostochniy", "Soyuz-2-1A", "supported")]


def test_a_site_first_launch_is_dated(checker: Checker) -> None:
    text = ("Vostochny saw its first launch on 27 April 2016. "
            "Plesetsk saw its first orbital launch in March 1966.")
    assert said(checker, text, "launch_date") == [
        ("Vostochniy", "2016-04-27", "contradicted"),  # 28 April, in UTC and at the site
        ("Plesetsk", "1966-03", "supported")]


@pytest.mark.parametrize("text", [
    "The first rocket lifted off from Russia's new Vostochny spaceport in April 2016.",
    "Vostochny is new. Its first rocket took off on 28 April 2016.",
    "The newest spaceport, Vostochny, saw its first launch only in April 2016, years late.",
    "On 28 April 2016 a Soyuz-2.1a made the first launch from Vostochny.",
    "Everyone knows Vostochny's first launch was in 2016.",
    "The first launch from the new Vostochny cosmodrome, a Soyuz-2.1a carrying the Lomonosov "
    "satellite, took place on 28 April 2016.",
    "That's why Vostochny got built. First launch was 28 April 2016, a Soyuz-2.1b.",
])
def test_more_wordings_of_a_site_first_launch_are_dated(checker: Checker, text: str) -> None:
    [claim] = [c for c in claims_of(checker, text, "launch_date")
               if c.subject_name == "Vostochniy"]
    assert claim.verdict == "supported"
    wrong = text.replace("2016", "2019")
    assert [c.verdict for c in claims_of(checker, wrong, "launch_date")
            if c.subject_name == "Vostochniy"] == ["contradicted"]


def test_a_first_launch_said_of_no_site_is_no_sites(checker: Checker) -> None:
    # no site named, and none just before: "First launch" is not a site's
    assert claims_of(checker, "Mir was built. First launch was in 1986.", "launch_date") == []
    # the site's second launch, by the order of the launch log (28 November 2017)
    assert said(checker, "Vostochny opened in 2016. The second launch, in February 2018, "
                         "lost its Meteor weather satellite.") == [
        ("Vostochniy", "2018-02", "contradicted")]


def test_a_site_used_before_its_first_orbit_has_no_first_launch_in_the_log(
        checker: Checker) -> None:
    # Baikonur flew R-7 tests from 1957 and was in use from 1956; the log is orbital only
    [claim] = claims_of(checker, "Sputnik 1 was the first launch from Baikonur.", "first")
    assert claim.verdict == "unverifiable"


def test_a_rockets_first_flight_from_a_site_is_not_the_sites(checker: Checker) -> None:
    text = "The Angara-1.2 made its first flight from Plesetsk on 9 July 2014."
    assert not [c for c in claims_of(checker, text, "launch_date")
                if c.subject_name == "Plesetsk"]


def test_a_word_in_capitals_only_is_no_name_in_lower_case(checker: Checker) -> None:
    names = [m.alias for m in checker.gazetteer.find("the Far East, and the FAR site, and Nasa")]
    assert names == ["FAR", "Nasa"]


def test_a_rocket_named_in_a_site_first_narrows_its_launches(checker: Checker) -> None:
    # the first Soyuz rocket from Baikonur carried Kosmos 133, a year before Soyuz 1
    firsts = said(checker, "Kosmos 133 made the first Soyuz launch from Baikonur. Soyuz TMA-1 "
                  "made the first Soyuz launch from Baikonur.", "first")
    assert [(s, v) for s, _, v in firsts] == [("Kosmos-133", "supported"),
                                            ("Soyuz TMA-1", "contradicted")]
