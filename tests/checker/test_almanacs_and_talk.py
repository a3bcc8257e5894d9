"""An almanac's entries and a transcript's talk, checked on the real catalog: days heading
lines ("14 September - Luna 2 was launched on this date in 1959"), years said in words
("Voskhod 1, October sixty-four."), "respectively" across two lists, and names written
without their accents ("Sigmund Jahn")."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration

ALMANAC = "THE ALMANAC\nBy the science desk | Friday, 2 January 2026\n\n"



def test_an_almanac_entry_dates_its_events_to_the_heading_day(checker: Checker) -> None:
    text = ALMANAC + (
        "14 September - Luna 2 was launched on this date in 1959 and reached the Moon.\n\n"
        "23 April - Vladimir Komarov was launched in Soyuz 1 in 1967 and was killed the next "
        "day. Twenty-nine years later to the day, Priroda lifted off.\n\n"
        "4 October - 70 years since Sputnik 1. On the same date in 1959 Luna 3 set off, and on "
        "7 October it took the first pictures of the far side.\n")
    dated = said(checker, text, "launch_date")
    assert ("Luna-2", "1959-09-14", "contradicted") in dated  # launched on the 12th
    assert ("Soyuz 1", "1967-04-23", "supported") in dated
    assert ("Priroda", "1996-04-23", "supported") in dated
    assert ("Sputnik 1", "1956-10-04", "contradicted") in dated
    assert ("Luna-3", "1959-10-04", "supported") in dated
    # neither a heading nor the day the pictures were taken is a launch
    assert not [d for d in dated if d[1] in ("1959-10-07", "1978-09-14")]


def test_a_name_without_its_accents_is_the_same_person(checker: Checker) -> None:
    text = "Sigmund Jahn became the first German in space, flying Soyuz 31 with Bykovsky."
    assert said(checker, text, "first") == [("Sigmund Jähn", "first German in space",
                                             "supported")]


def test_a_one_word_name_followed_by_what_it_is(checker: Checker) -> None:
    text = "In 2016 a Soyuz-2.1b carrying the Lomonosov satellite lifted off from Vostochny."
    assert said(checker, text, "launch_vehicle") == [
        ("Mikhailo Lomonosov-300", "Soyuz-2-1B", "contradicted")]  # a Soyuz-2-1A
    # alone, the word is the scientist's name, not the satellite
    assert said(checker, "Lomonosov was born in 1711.", "launch_date") == []


def test_ordinals_given_respectively(checker: Checker) -> None:
    text = ("Yuri Gagarin and Gherman Titov were the first and second men to orbit the Earth, "
            "respectively. Andriyan Nikolayev and Pavel Popovich, the third and fourth men in "
            "space respectively, flew in 1962.")
    assert [(s, v) for s, v, verdict in said(checker, text, "first")
            if verdict == "supported"] == [("Yuri Gagarin", "first man to orbit the Earth"),
                                           ("Gherman Titov", "second man to orbit the Earth")]
    assert [verdict for s, _, verdict in said(checker, text, "first")
            if s in ("Andriyan Nikolayev", "Pavel Popovich")] == ["contradicted"] * 2


def test_a_mass_is_held_to_each_mass_gcat_gives(checker: Checker) -> None:
    # GCAT's auxcat gives Schiaparelli a Mass of 326 kg and a TotMass of 600 kg
    assert said(checker, "The 600 kg Schiaparelli lander crashed.", "mass") == [
        ("Schiaparelli", "600 kg", "supported")]
    assert said(checker, "The 450 kg Schiaparelli lander crashed.", "mass") == [
        ("Schiaparelli", "450 kg", "contradicted")]  # between the two is neither


def test_talk_names_and_dates_a_flight_without_a_verb(checker: Checker) -> None:
    text = ("GUEST: Voskhod 1, October sixty-four. Three men in a capsule.\n\n"
            "GUEST: Soyuz 11, June sixty-nine.\n\n"
            "GUEST: Vostok 3 and Vostok 4, August sixty-two.\n")
    assert said(checker, text, "launch_date") == [
        ("Voskhod 1", "1964-10", "supported"), ("Soyuz 11", "1969-06", "contradicted"),
        ("Vostok 3", "1962-08", "supported"), ("Vostok 4", "1962-08", "supported")]


def test_talk_counts_months_from_the_date_before(checker: Checker) -> None:
    text = ("Voskhod 1 flew in October sixty-four, and then the following April, Voskhod 2 "
            "went up with Belyayev and Leonov.")
    assert ("Voskhod 2", "1965-04", "contradicted") in said(checker, text, "launch_date")


def test_two_lists_of_crews_given_respectively(checker: Checker) -> None:
    text = ("Gürragchaa and Prunariu flew on Soyuz 39 and Soyuz 40 in the spring of "
            "eighty-one, with Popov and Dzhanibekov in command, respectively.")
    crews = said(checker, text, "crew")
    assert ("Soyuz 39", "Jügderdemidiin Gürragchaa", "supported") in crews
    assert ("Soyuz 40", "Dumitru Prunariu", "supported") in crews
    # the commanders are the wrong way round: Dzhanibekov flew Soyuz 39, Popov Soyuz 40
    assert ("Soyuz 39", "Leonid Popov", "contradicted") in crews
    assert ("Soyuz 40", "Vladimir Dzhanibekov", "contradicted") in crews


def test_came_back_up_is_a_launch(checker: Checker) -> None:
    text = ("That July Svetlana Savitskaya came back up on Soyuz T-12. She'd already become "
            "the third woman in space.")
    assert said(checker, text, "landing_date") == []
    assert said(checker, text, "first") == [("Svetlana Savitskaya", "third woman in space",
                                             "contradicted")]  # the second


def test_a_launch_counted_from_another_with_no_date_of_its_own(checker: Checker) -> None:
    text = "Luna 3 was launched exactly one year after Sputnik 1."
    [claim] = claims_of(checker, text, "launch_date")
    assert (claim.value, claim.verdict) == ("1958-10-04", "contradicted")  # two years
    assert "counted from Sputnik 1's launch, 1957-10-04" in (claim.note or "")
    # "him" is the man named before; of his three flights, the one nearest hers
    text = "Bykovsky flew Vostok 5. Valentina Tereshkova launched in Vostok 6 two days after him."
    assert said(checker, text, "launch_date") == [("Vostok 6", "1963-06-16", "supported")]
    text = "Tereshkova was next. She launched three days after Valery Bykovsky's Vostok 5."
    assert said(checker, text, "launch_date") == [
        ("Valentina Tereshkova", "1963-06-17", "contradicted")]
    # counted from a landing, it is not a launch's date
    assert said(checker, "Mars 3 landed five days after the Mars 2 lander had crashed.",
                "launch_date") == []


def test_which_launched_is_said_of_the_name_before_it(checker: Checker) -> None:
    text = "The crewed part only starts with Salyut 6, which launched in September seventy-six."
    assert said(checker, text, "launch_date") == [("Salyut-6", "1976-09", "contradicted")]


def test_followed_the_next_summer(checker: Checker) -> None:
    text = "Zarya, November twentieth, ninety-eight. Zvezda followed the next summer."
    assert ("Zvezda", "1999", "contradicted") in said(checker, text, "launch_date")


def test_a_stay_aboard_a_station_is_not_the_stations(checker: Checker) -> None:
    text = "Soyuz 11, June seventy-one. They'd spent over four weeks aboard Salyut 1."
    assert said(checker, text, "duration") == [("Soyuz 11", "28 days", "contradicted")]
