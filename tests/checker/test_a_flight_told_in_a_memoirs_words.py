"""Flights told in a memoir's or an obituary's words: "Soyuz 9 kept Nikolayev and
Sevastyanov up for almost 18 days", "Salyut 1 was put up by a Proton", "Soyuz 10,
launched a week after the station, docked, but its crew, A, B and C, could not get in",
"the two ships docked on …" after the people aboard were named, and a crew stood down
("was to have been flown by …"). Lines written here; the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of


@pytest.mark.integration
def test_a_ship_that_kept_its_crew_up(checker: Checker) -> None:
    text = "In 1970 Soyuz 9 kept Nikolayev and Vitaly Sevastyanov up for almost 18 days."
    crew = claims_of(checker, text, "crew")
    assert {(c.subject_name, c.verdict) for c in crew} == {("Soyuz 9", "supported")}
    assert len(crew) == 2
    assert [c.verdict for c in claims_of(checker, text, "duration")] == ["supported"]


@pytest.mark.integration
def test_a_station_put_up_by_a_rocket(checker: Checker) -> None:
    text = "Salyut 1 was put up by a Proton rocket on 19 April 1971."
    assert [c.verdict for c in claims_of(checker, text, "launch_date")] == ["supported"]
    assert not claims_of(checker, "The cosmonauts put up with the noise on 19 April 1971.",
                         "launch_date")


@pytest.mark.integration
def test_a_launch_counted_from_the_station_and_its_crew(checker: Checker) -> None:
    text = ("Salyut 1 went up on 19 April 1971. Soyuz 10, launched a week after the station, "
            "docked, but its crew, Shatalov, Yeliseyev and Nikolai Rukavishnikov, could not "
            "get in.")
    launches = claims_of(checker, text, "launch_date")
    # 19 April + 7 days is the 26th; Soyuz 10 went up on the 23rd (Moscow time)
    assert [(c.subject_name, c.verdict) for c in launches if c.subject_name == "Soyuz 10"] == [
        ("Soyuz 10", "contradicted")]
    crew = claims_of(checker, text, "crew")
    assert len(crew) == 3 and {(c.subject_name, c.verdict) for c in crew} == {
        ("Soyuz 10", "supported")}


@pytest.mark.integration
def test_the_two_ships_docked_after_the_people_aboard(checker: Checker) -> None:
    text = ("On 15 July 1975 Soyuz 19 lifted off from Baikonur; Apollo, with Thomas Stafford, "
            "Vance Brand and Deke Slayton, followed later, and the two ships docked on 19 July.")
    dockings = claims_of(checker, text, "docking_date")
    assert [(c.subject_name, c.value, c.verdict) for c in dockings] == [
        ("Soyuz 19", "1975-07-19", "contradicted")]  # they docked on 17 July


@pytest.mark.integration
def test_a_crew_that_was_to_have_flown_is_a_plan(checker: Checker) -> None:
    text = "Soyuz 11 was to have been flown by Leonov and Kubasov until an X-ray grounded them."
    crew = claims_of(checker, text, "crew")
    assert len(crew) == 2 and all(c.planned and c.verdict != "contradicted" for c in crew)
