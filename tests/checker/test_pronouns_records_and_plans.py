"""Rules from the third held-out article's misses, on the real catalog, with new text:
"she" and "he" by the gender the crew data gives, records that are not first flights,
crews of stations, a person between a crew member and another's craft, dates of a flight
that are not its launch, plans that came true after all, and coordinated firsts."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of

pytestmark = pytest.mark.integration


def test_she_is_the_last_woman_named_not_the_last_person(checker: Checker) -> None:
    text = ("Valentina Tereshkova and Valery Bykovsky were both in orbit that week. "
            "Bykovsky stayed longer, but she became the first woman in space.")
    [claim] = claims_of(checker, text, "first")
    assert (claim.subject_name, claim.verdict) == ("Valentina Tereshkova", "supported")


def test_her_duration_is_judged_by_her_flights(checker: Checker) -> None:
    text = ("Svetlana Savitskaya trained with Vladimir Dzhanibekov for years. "
            "She flew twice, and her eight-day first mission ended in 1982.")
    [claim] = claims_of(checker, text, "duration")
    assert claim.subject_name == "Svetlana Savitskaya"
    assert claim.verdict == "supported"  # Soyuz T-7 up, T-5 down: 7 d 21 h


@pytest.mark.parametrize("text", [
    "Valeri Polyakov became the first person to spend a full year in space on one flight.",
    "Gennady Padalka became the first person to pass 800 days in orbit.",
])
def test_a_record_of_time_in_space_is_not_taken_for_the_first_flight(
        checker: Checker, text: str) -> None:
    [claim] = claims_of(checker, text, "first")
    assert claim.verdict == "unverifiable"
    assert claims_of(checker, text, "duration") == []  # the days belong to the record


def test_a_station_crew_list_is_no_evidence_against_someone_aboard(checker: Checker) -> None:
    [claim] = claims_of(checker, "Anatoly Solovyev, who was aboard Mir in 1997, repaired "
                                 "the station.", "crew")
    assert claim.verdict == "unverifiable"
    assert "station" in (claim.note or "")


def test_a_craft_after_another_persons_clause_is_theirs(checker: Checker) -> None:
    text = ("In September Vladimir Dzhanibekov went home with Georgi Grechko, who had "
            "come up on Soyuz T-14.")
    crew = {(c.subject_name, c.value): c.verdict for c in claims_of(checker, text, "crew")}
    assert crew == {("Soyuz T-14", "Georgy Grechko"): "supported"}


def test_a_crew_joined_by_with_is_one_list(checker: Checker) -> None:
    text = ("NASA's Bill Shepherd with cosmonauts Yuri Gidzenko and Sergei Krikalev "
            "rode Soyuz TM-31 to the new station.")
    names = {c.value for c in claims_of(checker, text, "crew") if c.verdict == "supported"}
    assert names == {"William Shepherd", "Yuri Gidzenko", "Sergei Krikalev"}


def test_a_day_a_person_was_in_orbit_is_not_taken_for_a_launch(checker: Checker) -> None:
    # Soyuz T-13 launched on 6 June 1985; on 8 June its commander flew it to Salyut 7.
    text = ("Soyuz T-13 lifted off on 6 June 1985. On 8 June 1985 Vladimir Dzhanibekov "
            "flew the ship in by hand.")
    person = [c for c in claims_of(checker, text, "launch_date")
              if c.subject_name == "Vladimir Dzhanibekov"]
    assert [c.verdict for c in person] == ["unverifiable"]
    assert "in flight" in (person[0].note or "")
    # The same words on a day he was on the ground are still a contradiction.
    [wrong] = claims_of(checker, "On 8 June 1990 Vladimir Dzhanibekov flew to orbit.",
                        "launch_date")
    assert wrong.verdict == "contradicted"


def test_a_craft_named_with_a_year_it_was_in_space_is_not_a_launch(
        checker: Checker) -> None:
    [claim] = claims_of(checker, "A fire broke out aboard Mir in 1997.", "launch_date")
    assert claim.verdict == "unverifiable"
    # Before it was launched, the date can only be wrong.
    [early] = claims_of(checker, "A fire broke out aboard Mir in 1984.", "launch_date")
    assert early.verdict == "contradicted"


def test_what_finally_happened_is_not_a_plan(checker: Checker) -> None:
    text = ("Spektr, originally planned for 1991, finally lifted off on a Proton-M on "
            "20 May 1995.")
    [vehicle] = claims_of(checker, text, "launch_vehicle")
    assert (vehicle.planned, vehicle.verdict) == (False, "contradicted")  # a Proton-K
    dates = {c.value: (c.planned, c.verdict) for c in claims_of(checker, text, "launch_date")}
    assert dates["1995-05-20"] == (False, "supported")
    assert dates["1991"][0] is True


def test_launched_without_a_crew_still_has_a_launch_date_and_site(checker: Checker) -> None:
    text = "Soyuz MS-23 was launched without a crew from Baikonur on 24 February 2023."
    assert [c.verdict for c in claims_of(checker, text, "launch_date")] == ["supported"]
    assert [c.verdict for c in claims_of(checker, text, "launch_site")] == ["supported"]
    assert [c.value for c in claims_of(checker, text, "crew")] == ["uncrewed"]


def test_new_launch_and_reentry_words(checker: Checker) -> None:
    rose = claims_of(checker, "Priroda rose from Baikonur on 23 April 1996.", "launch_date")
    assert [c.verdict for c in rose] == ["supported"]
    gone = claims_of(checker, "Progress M-34 had gone up on 6 April 1997.", "launch_date")
    assert [c.verdict for c in gone] == ["supported"]
    steered = claims_of(checker, "Mir was steered into the South Pacific on 23 March 2001.",
                        "reentry_date")
    assert [c.verdict for c in steered] == ["supported"]


def test_a_second_first_joined_by_and_has_the_same_subject(checker: Checker) -> None:
    text = ("Yelena Serova reached orbit in 2014, becoming the first Russian woman to live "
            "aboard the ISS and the fifth Russian woman in space.")
    firsts = claims_of(checker, text, "first")
    assert [c.subject_name for c in firsts] == ["Yelena Serova", "Yelena Serova"]
    assert firsts[1].verdict == "contradicted"  # the fourth


def test_soyuz_versions_without_the_word_soyuz(checker: Checker) -> None:
    text = "Vladimir Dzhanibekov came home in T-13, and MS-22 landed on 28 March 2023."
    crew = claims_of(checker, text, "crew")
    assert [(c.subject_name, c.verdict) for c in crew] == [("Soyuz T-13", "supported")]
    [landing] = claims_of(checker, text, "landing_date")
    assert (landing.subject_name, landing.verdict) == ("Soyuz MS-22", "supported")


def test_an_orbit_given_as_perigee_by_apogee(checker: Checker) -> None:
    text = "Kristall was placed in a 220 by 346 km orbit."
    found = {c.property: (c.value, c.verdict) for c in checker.check_text(text).claims}
    assert found["perigee"] == ("220 km", "supported")
    assert found["apogee"] == ("346 km", "supported")
