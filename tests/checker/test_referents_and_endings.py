"""Who "he", "it" and "the station" stand for, and how a flight's end is judged, on the
real catalog with new text (rules from the sixth held-out article's false alarms)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of

pytestmark = pytest.mark.integration


def test_he_is_the_person_the_sentence_opened_with_not_a_companion(checker: Checker) -> None:
    text = ("Bill Shepherd commanded the first crew. Dennis Tito, a financier, launched on "
            "Soyuz TM-32 alongside Talgat Musabayev and Yuri Baturin; he spent nearly eight "
            "days in orbit.")
    [claim] = claims_of(checker, text, "duration")
    assert (claim.subject_name, claim.verdict) == ("Dennis Tito", "supported")


def test_it_is_the_subject_of_the_sentence_before_not_its_last_craft(
        checker: Checker) -> None:
    text = ("Nauka rode a Proton-M on 21 July 2021; it was the first module to reach the "
            "station since Zvezda. It docked eight days later.")
    [claim] = claims_of(checker, text, "docking_date")
    assert (claim.subject_name, claim.value, claim.verdict) == (
        "Nauka", "2021-07-29", "supported")


def test_a_noun_reference_is_the_last_craft_named(checker: Checker) -> None:
    text = ("Luna 21 set Lunokhod 2 down near Le Monnier crater. The heavier rover, at 840 "
            "kilograms, drove much farther.")
    [claim] = claims_of(checker, text, "mass")
    assert claim.subject_name.startswith("Lunokhod")


def test_a_craft_in_an_opening_phrase_is_not_the_subject(checker: Checker) -> None:
    text = ("After a test satellite disguised as Kosmos 41 in August 1964, Molniya 1 reached "
            "orbit on 23 April 1965. Its perigee was about 500 kilometres.")
    [claim] = claims_of(checker, text, "perigee")
    assert claim.subject_name.startswith("Molniya")


def test_a_reference_after_a_named_craft_in_its_sentence_is_that_craft(
        checker: Checker) -> None:
    text = ("Venera 7 was the first probe to land on Venus. On 23 March 2001 what was left of "
            "Mir fell into the Pacific, ending a career that began when the station's core "
            "module was launched from Baikonur.")
    [claim] = claims_of(checker, text, "launch_site")
    assert (claim.subject_name, claim.verdict) == ("Mir", "supported")


def test_a_crash_on_another_world_ends_a_flight_there(checker: Checker) -> None:
    [claim] = claims_of(checker, "Luna 25 crashed into the Moon on 21 August 2023.",
                        "landing_date")
    assert claim.verdict == "contradicted"  # it crashed on 19 August
    [sea] = claims_of(checker, "Mir crashed into the Pacific on 23 March 2001.",
                      "reentry_date")
    assert sea.verdict == "supported"


def test_a_probe_landed_when_the_lander_of_its_launch_did(checker: Checker) -> None:
    [claim] = claims_of(checker, "The descent capsule of Mars 2 crashed on 27 November 1971.",
                        "landing_date")
    assert claim.verdict == "supported"
    assert "same launch" in (claim.note or "")


def test_a_yearless_day_that_matches_the_record_is_not_refuted_by_a_guessed_year(
        checker: Checker) -> None:
    text = ("Mir's core module was launched in February 1986. Its final push came from "
            "Progress M1-5, which had lifted off on January 24 that year.")
    [claim] = [c for c in claims_of(checker, text, "launch_date")
               if c.subject_name == "Progress M1-5"]
    assert claim.verdict == "supported"
    assert "year was not written" in (claim.note or "")
    [wrong] = [c for c in claims_of(
        checker, "Mir was launched in February 1986. Progress M1-5 lifted off on "
                 "January 25 that year.", "launch_date")
        if c.subject_name == "Progress M1-5"]
    assert wrong.verdict == "contradicted"


def test_a_possessive_apposition_does_not_take_the_subject(checker: Checker) -> None:
    text = ("Luna 25, Russia's first Moon mission since Luna 24, was launched from Vostochny "
            "on a Soyuz-2.1b.")
    [site] = claims_of(checker, text, "launch_site")
    [vehicle] = claims_of(checker, text, "launch_vehicle")
    assert (site.subject_name, site.verdict) == ("Luna-25", "supported")
    assert (vehicle.subject_name, vehicle.verdict) == ("Luna-25", "supported")


def test_a_flight_word_in_an_apposition_is_not_a_launch(checker: Checker) -> None:
    text = ("Gennady Padalka, a veteran of five flights, held the record until Oleg Kononenko "
            "overtook him on 4 February 2024.")
    assert claims_of(checker, text, "launch_date") == []


def test_a_docking_compartment_is_not_a_docking(checker: Checker) -> None:
    text = "The Pirs docking compartment went up on 15 September 2001."
    assert claims_of(checker, text, "docking_date") == []
    [launch] = claims_of(checker, text, "launch_date")
    assert launch.verdict == "supported"


def test_a_plan_with_originally_is_a_plan_and_what_happened_is_not(checker: Checker) -> None:
    text = ("The agency sent an uncrewed Soyuz MS-23 as a lifeboat. It was originally to fly "
            "on 20 February 2023 but lifted off on 24 February 2023, and the damaged MS-22 landed "
            "empty on 28 March.")
    plan, launch = claims_of(checker, text, "launch_date")
    assert (plan.subject_name, plan.planned) == ("Soyuz MS-23", True)
    assert plan.verdict != "contradicted"
    assert (launch.subject_name, launch.planned, launch.verdict) == (
        "Soyuz MS-23", False, "supported")


def test_a_list_of_names_goes_on_past_a_possessive(checker: Checker) -> None:
    text = ("Soyuz MS-01 carried Anatoli Ivanishin, Japan's Norishige Kanai and NASA's "
            "Kathleen Rubins to the station.")
    verdicts = {c.value: c.verdict for c in claims_of(checker, text, "crew")}
    assert verdicts == {"Anatoli Ivanishin": "supported", "Norishige Kanai": "contradicted",
                        "Kathleen Rubins": "supported"}


def test_a_station_docking_not_listed_is_unverifiable_and_the_docker_is_the_subject(
        checker: Checker) -> None:
    [station] = claims_of(checker, "Mir was busy in 1995. The station received a visitor on "
                                   "June 29, 1995 that docked.", "docking_date")
    assert station.verdict == "unverifiable"
    [listed] = claims_of(checker, "Mir was busy in 1996. The station received a visitor that "
                                  "docked on 24 March 1996.", "docking_date")
    assert (listed.verdict, listed.note) == ("supported", None)
    [module] = claims_of(checker, "Kristall berthed at Mir on 10 July 1990.", "docking_date")
    assert module.subject_name == "Kristall"


def test_people_are_found_by_their_respelled_names(checker: Checker) -> None:
    [claim] = claims_of(checker, "Georgy Beregovoi flew Soyuz 3.", "crew")
    assert (claim.value, claim.verdict) == ("Georgy Beregovoy", "supported")
    [tito] = [c for c in claims_of(checker, "Soyuz TM-32 carried Dennis Tito and Yuri "
                                            "Usachev.", "crew") if "Usach" in c.value]
    assert tito.verdict == "contradicted"  # Usachov flew on Soyuz TM-30 and shuttles


def test_a_shared_surname_is_the_person_named_in_full_before(checker: Checker) -> None:
    text = ("Soyuz TM-2 lifted off in February 1987 with Yuri Romanenko aboard. Romanenko "
            "stayed on, 326 days in all.")
    [claim] = claims_of(checker, text, "duration")
    assert (claim.subject_name, claim.verdict) == ("Yury Romanenko", "supported")
    alone = checker.gazetteer.find("Romanenko stayed on.")
    assert alone == []  # two people share the name: nobody named before, no link


@pytest.mark.parametrize(("text", "craft", "person"), [
    ("Gherman Titov climbed into Vostok II.", "Vostok 2", "Gherman Titov"),
    ("Soyuz T-5 took Anatoly Berezovoy up to the station.", "Soyuz T-5", "Anatoly Berezovoy"),
    ("Soyuz 14 brought Pavel Popovich to Salyut 3.", "Soyuz 14", "Pavel Popovich"),
    ("Soyuz 23, launched on 14 October 1976 with Vyacheslav Zudov, could not dock.",
     "Soyuz 23", "Vyacheslav Zudov"),
    ("Soyuz TM-2, the first of its series, lifted off on 6 February 1987 with Aleksandr "
     "Laveykin.", "Soyuz TM-2", "Aleksandr Laveykin"),
    ("Pyotr Klimuk then flew the real Soyuz 18.", "Soyuz 18", "Pyotr Klimuk"),
])
def test_more_ways_of_saying_who_flew(checker: Checker, text: str, craft: str,
                                      person: str) -> None:
    [claim] = claims_of(checker, text, "crew")
    assert (claim.subject_name, claim.value, claim.verdict) == (craft, person, "supported")


def test_crews_pair_with_ships_respectively(checker: Checker) -> None:
    text = ("Vostok 3 and Vostok 4 lifted off on 11 and 12 August 1962, carrying Andriyan "
            "Nikolayev and Pavel Popovich respectively.")
    pairs = {(c.subject_name, c.value, c.verdict) for c in claims_of(checker, text, "crew")}
    assert pairs == {("Vostok 3", "Andriyan Nikolayev", "supported"),
                     ("Vostok 4", "Pavel Popovich", "supported")}


def test_a_timeline_line_names_its_subject_after_the_date(checker: Checker) -> None:
    text = "- 16 June 1963: Valentina Tereshkova is launched, the first woman in space."
    [claim] = claims_of(checker, text, "launch_date")
    assert (claim.subject_name, claim.verdict) == ("Valentina Tereshkova", "supported")


@pytest.mark.parametrize("reference", ["The two ships", "Both ships"])
def test_the_two_ships_are_the_craft_just_named(checker: Checker, reference: str) -> None:
    text = f"Soyuz 11 was launched on 6 June 1971. {reference} docked on 8 June."
    [claim] = claims_of(checker, text, "docking_date")
    assert (claim.subject_name, claim.value, claim.verdict) == (
        "Soyuz 11", "1971-06-08", "contradicted")  # docked with Salyut 1 on 7 June
