"""Crew claims from lists of names and companions ("with A and B aboard"), crews denied
("launched without a crew"), orbit counts said of a person, and foundings of programmes
and of bodies the history layer records, on the real catalog. The sentences are new text,
not from the example articles."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def crew(checker: Checker, text: str) -> list[tuple[str, str, str]]:
    return [(c.subject_name, c.value, c.verdict) for c in checker.check_text(text).claims
            if c.property == "crew"]


def test_every_name_of_a_list_before_the_craft_flew_on_it(checker: Checker) -> None:
    text = ("The first resident crew, William Shepherd, Yuri Gidzenko and Sergei Krikalev, "
            "lifted off aboard Soyuz TM-31 on 31 October 2000.")
    assert crew(checker, text) == [("Soyuz TM-31", name, "supported") for name in
                                   ("William Shepherd", "Yuri Gidzenko", "Sergei Krikalev")]


def test_a_list_may_give_each_name_a_role(checker: Checker) -> None:
    text = ("Voskhod 1 carried Vladimir Komarov, the engineer Konstantin Feoktistov and the "
            "physician Boris Yegorov.")
    assert [value for _, value, _ in crew(checker, text)] == [
        "Vladimir Komarov", "Konstantin Feoktistov", "Boris Yegorov"]


def test_companions_after_the_craft_and_a_wrong_one_is_contradicted(checker: Checker) -> None:
    assert crew(checker, "Soyuz 19 lifted off from Baikonur on 15 July 1975 with Alexei "
                         "Leonov and Valery Kubasov aboard.") == [
        ("Soyuz 19", "Alexei Leonov", "supported"), ("Soyuz 19", "Valeri Kubasov", "supported")]
    assert crew(checker, "Vladimír Remek rode Soyuz 28 alongside Pyotr Klimuk.") == [
        ("Soyuz 28", "Vladimír Remek", "supported"), ("Soyuz 28", "Pyotr Klimuk", "contradicted")]


def test_the_station_a_crew_went_to_is_not_their_craft(checker: Checker) -> None:
    # the ship they came in is, across the station named between them
    assert crew(checker, "Soyuz TM-12 docked with Mir with Anatoly Artsebarsky aboard.") == [
        ("Soyuz TM-12", "Anatoly Artsebarsky", "supported")]
    assert crew(checker, "Helen Sharman became the first Briton in space, flying to Mir on "
                         "Soyuz TM-12.") == [("Soyuz TM-12", "Helen Sharman", "supported")]


def test_launched_without_a_crew_is_an_uncrewed_claim(checker: Checker) -> None:
    assert crew(checker, "Soyuz 1, launched without a crew, was lost.") == [
        ("Soyuz 1", "uncrewed", "contradicted")]


@pytest.mark.parametrize(("text", "verdict"), [
    # Soyuz 2 flew uncrewed, as Beregovoy's target
    ("Beregovoy in Soyuz 3 met Soyuz 2, which had gone up the day before with a crew of two.",
     "contradicted"),
    ("Soyuz 11 was launched on 6 June 1971 with a crew of three.", "supported"),
    ("Soyuz 11 was launched on 6 June 1971 with a crew of two.", "contradicted"),
    ("Voskhod 1 carried the first three-man crew.", "supported"),
    # Soyuz 4 went up with Shatalov alone and came home with three: the count is not
    # read from the crew list of a flight whose crews changed ships
    ("The two-man crew of Soyuz 4 welcomed Khrunov.", "unverifiable"),
    ("Salyut 7 hosted a crew of three.", "unverifiable"),
])
def test_a_crew_size_is_judged_by_who_went_up(checker: Checker, text: str,
                                              verdict: str) -> None:
    [claim] = [c for c in claims_of(checker, text, "crew") if c.value.startswith("crew of")]
    assert claim.verdict == verdict


def test_a_crew_named_for_another_craft_is_not_counted(checker: Checker) -> None:
    text = ("Soyuz 19 lifted off on 15 July 1975 with Alexei Leonov and Valery Kubasov, and "
            "an Apollo crew of three followed from Florida.")
    assert [c.value for c in claims_of(checker, text, "crew")] == [
        "Alexei Leonov", "Valeri Kubasov"]


def test_the_crew_coming_down_is_their_ships_landing(checker: Checker) -> None:
    # Voskhod 2 landed on 19 March 1965; a station's crew is not the station
    text = ("Voskhod 2 followed on 18 March 1965 with Belyayev and Alexei Leonov. The crew "
            "came down in deep snow in the Urals on 20 March.")
    assert said(checker, text, "landing_date") == [("Voskhod 2", "1965-03-20", "contradicted")]
    assert said(checker, "Salyut 7 was visited in 1984. The crew came home on 2 October.",
                "landing_date") == []
    assert said(checker, "Salyut 1 came down on 11 October 1971.", "reentry_date") == [
        ("Salyut", "1971-10-11", "supported")]  # GCAT calls Salyut 1 "Salyut"


def test_orbits_said_of_a_person_are_judged_by_their_flights(checker: Checker) -> None:
    claims = checker.check_text("Gherman Titov flew Vostok 2 in August 1961. He completed "
                                "seventeen orbits. Yuri Gagarin made 17 orbits.").claims
    orbits = [(c.subject_name, c.verdict) for c in claims if c.property == "orbit_count"]
    assert orbits == [("Gherman Titov", "supported"), ("Yuri Gagarin", "contradicted")]


@pytest.mark.parametrize(("text", "verdict"), [
    ("The Interkosmos programme, set up in 1967, flew guests from nine countries.",
     "supported"),
    ("Glavkosmos, created in 1985, sold seats on Soyuz flights.", "supported"),
    ("Intersputnik was founded in 1969.", "contradicted"),
])
def test_programmes_and_recorded_bodies_have_foundings(
        checker: Checker, text: str, verdict: str) -> None:
    [claim] = [c for c in checker.check_text(text).claims if c.property == "founded"]
    assert claim.verdict == verdict, claim.expected


@pytest.mark.parametrize(("text", "craft", "vehicle", "verdict"), [
    ("Its successor, Salyut 7, was lofted by a Soyuz-U.", "Salyut-7", "Soyuz-U",
     "contradicted"),
    ("On 15 November 1988 an Energia launched the Buran orbiter from Baikonur.",
     "Buran OK-1K", "Energiya", "supported"),
    ("Zarya was launched on 20 November 1998 on a Proton-K from Baikonur.", "Zarya",
     "Proton-K", "supported"),
    ("Luna 9 was launched by a Proton.", "Luna-9", "Proton", "contradicted"),
])
def test_a_rocket_named_without_the_word_rocket(
        checker: Checker, text: str, craft: str, vehicle: str, verdict: str) -> None:
    [claim] = [c for c in checker.check_text(text).claims if c.property == "launch_vehicle"]
    assert (claim.subject_name, claim.value, claim.verdict) == (craft, vehicle, verdict)


def test_making_him_the_first_and_a_mission_aboard(checker: Checker) -> None:
    claims = checker.check_text(
        "Then came Yuri Gagarin's historic flight in 1961, making him the first human to "
        "orbit Earth. Valentina Tereshkova's mission aboard Vostok 6 followed.").claims
    found = {(c.property, c.subject_name, c.verdict) for c in claims}
    assert ("first", "Yuri Gagarin", "supported") in found
    assert ("crew", "Vostok 6", "supported") in found


@pytest.mark.parametrize(("text", "prop", "subject", "verdict"), [
    ("On 2 March 1978, Soyuz-28 climbed into the sky carrying Vladimír Remek.", "crew",
     "Soyuz 28", "supported"),
    ("Sigmund Jähn, the first German in space, rode Soyuz-31 up to the station.", "crew",
     "Soyuz 31", "supported"),
    ("Soyuz 19 lifted off in July 1975 under the command of Alexei Leonov.", "crew",
     "Soyuz 19", "supported"),
    ("Then, on 21 June 2021, the uncrewed Nauka laboratory was finally carried into orbit.",
     "launch_date", "Nauka", "contradicted"),
    ("Vostok 1 made a roughly 90-minute orbit.", "orbital_period", "Vostok 1", "supported"),
])
def test_more_ways_of_saying_who_flew_and_when(
        checker: Checker, text: str, prop: str, subject: str, verdict: str) -> None:
    [claim] = [c for c in checker.check_text(text).claims if c.property == prop]
    assert (claim.subject_name, claim.verdict) == (subject, verdict)
