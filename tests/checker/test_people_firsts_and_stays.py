"""Firsts by nationality ("the first German in space"), the person a "first" is said of,
dates that belong to the craft rather than where a crew went, stays that span two craft,
and the month "May" not read as a plan, on the real catalog. New text, not the examples."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "verdict", "holder"), [
    ("Sigmund Jähn, the first German in space, flew in 1978.", "supported", "Sigmund Jähn"),
    ("Ulf Merbold was the first German in space.", "contradicted", "Sigmund Jähn"),
    ("Helen Sharman was the first Briton in space.", "supported", "Helen Sharman"),
    ("Toyohiro Akiyama was the first Japanese citizen in space.", "supported",
     "Toyohiro Akiyama"),
    ("Jügderdemidiin Gürragchaa was the first Asian in space.", "contradicted", "Phạm Tuân"),
])
def test_a_first_by_nationality_is_the_earliest_first_flight_of_that_country(
        checker: Checker, text: str, verdict: str, holder: str) -> None:
    [claim] = claims_of(checker, text, "first")
    assert (claim.verdict, claim.expected) == (verdict, holder)
    assert "nationality" in claim.evidence[0].record


def test_first_flight_is_the_one_wikidata_names_not_the_craft_that_brought_them_home(
        catalog) -> None:  # type: ignore[no-untyped-def]
    # Helen Sharman came home in Soyuz TM-11, which had launched months before her.
    [fact] = [f for e in catalog.search("Helen Sharman")[:1]
              for f in catalog.facts(e.id, "first_flight_date")]
    assert fact.value.startswith("1991-05-18")


def test_the_person_of_a_first_not_the_air_force_in_the_apposition(checker: Checker) -> None:
    [claim] = claims_of(checker, "Rakesh Sharma, a squadron leader in the Indian Air Force, "
                                 "became the first Indian in space.", "first")
    assert (claim.subject_name, claim.verdict) == ("Rakesh Sharma", "supported")


def test_a_first_narrowed_by_a_clause_is_not_judged_as_the_plain_first(
        checker: Checker) -> None:
    # ("who was neither Soviet nor American" the registry does order: test_first_phrasings)
    [claim] = claims_of(checker, "Vladimír Remek became the first person in space who had "
                                 "trained as a fighter pilot.", "first")
    assert claim.verdict == "unverifiable"


@pytest.mark.parametrize("text", [
    "Soyuz TM-11 carried Toyohiro Akiyama to Mir on 2 December 1990.",
    "Dumitru Prunariu, the last guest to visit Salyut 6, was born in 1952.",
])
def test_where_a_crew_went_does_not_get_their_launch_date(checker: Checker, text: str) -> None:
    assert [c.subject_name for c in claims_of(checker, text, "launch_date")
            if c.subject_name in ("Mir", "Salyut-6")] == []


def test_a_person_flying_on_a_craft_on_a_date_gives_the_craft_the_date(
        checker: Checker) -> None:
    [claim] = claims_of(checker, "Sergei Zalyotin flew up on Soyuz TM-31 on 31 October 2000.",
                        "launch_date")
    assert (claim.subject_name, claim.verdict) == ("Soyuz TM-31", "supported")


def test_a_wrong_may_date_is_contradicted_not_taken_for_a_plan(checker: Checker) -> None:
    [claim] = claims_of(checker, "Dumitru Prunariu launched on 14 May 1980.", "launch_date")
    assert (claim.planned, claim.verdict) == (False, "contradicted")
    [plan] = claims_of(checker, "Soyuz MS-30 may launch in 2027.", "launch_date")
    assert plan.planned


def test_a_stay_up_on_one_craft_and_down_on_another(checker: Checker) -> None:
    [claim] = claims_of(checker, "Norman Thagard came home aboard the orbiter after 115 days "
                                 "in space.", "duration")
    assert claim.verdict == "supported"
    assert any("STS-71" in e.record and "Soyuz TM-21" in e.record for e in claim.evidence)
    # A person's flights are separate bands: 7.9 and 24 days do not support nine.
    [nine] = claims_of(checker, "Jean-Loup Chrétien's nine-day mission went well.", "duration")
    assert nine.verdict == "contradicted"


def test_a_programme_named_like_an_agency_is_founded_when_the_agency_was(
        checker: Checker) -> None:
    [claim] = claims_of(checker, "ISRO, founded in 1962, grew fast.", "founded")
    assert (claim.verdict, claim.expected) == (
        "contradicted", "1969 (gcat:orgs: Indian Space Research Organization)")


def test_came_back_is_a_landing(checker: Checker) -> None:
    [claim] = claims_of(checker, "Helen Sharman flew Soyuz TM-12 in May 1991. She came back "
                                 "on 26 June 1991.", "landing_date")
    assert (claim.subject_name, claim.verdict) == ("Helen Sharman", "contradicted")


@pytest.mark.parametrize(("text", "prop", "verdict"), [
    # Helen Sharman went up in Soyuz TM-12 (18 May 1991) and came home in TM-11, which
    # had been launched on 2 December 1990 and was not hers to ride up.
    ("Helen Sharman flew in 1990.", "launch_date", "contradicted"),
    ("Helen Sharman flew in May 1991.", "launch_date", "supported"),
    ("Helen Sharman landed on 26 May 1991.", "landing_date", "supported"),
    # TM-12 itself landed on 10 October 1991 with another crew
    ("Helen Sharman landed on 10 October 1991.", "landing_date", "contradicted"),
    ("Helen Sharman spent 175 days in space.", "duration", "contradicted"),
    # Norman Thagard rode Soyuz TM-21 up and STS-71 down: STS-71's launch and its
    # ten days are not his
    ("Norman Thagard launched on 27 June 1995.", "launch_date", "contradicted"),
    ("Norman Thagard's flight lasted ten days.", "duration", "contradicted"),
])
def test_the_craft_a_person_only_came_home_in_did_not_launch_them(
        checker: Checker, text: str, prop: str, verdict: str) -> None:
    [claim] = claims_of(checker, text, prop)
    assert claim.verdict == verdict
