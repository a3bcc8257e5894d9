"""Readings fixed from a society newsletter (heldout49): "55 years ago this month (17 Aug
1970)" says one date twice; "rode … into orbit" and "carried" are launches and "his stint,
which ended in …" a landing; "to become the first German" is the traveller's, not the
companion's or the ship's; "Frenchwoman" is a French woman; "started life as" founds an
agency; a Proton or an unnumbered Soyuz ridden "on top of" is the rocket; a person named
in "21 years after Tereshkova, flying Soyuz T-7" did not fly it (on the real catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from tests.checker.claims import said

MASTHEAD = "THE COURIER\nIssue 187 - August 2026\n\n"


@pytest.mark.integration
@pytest.mark.parametrize(("text", "expected"), [
    # the count back from the date and the date in brackets, each checked
    (MASTHEAD + "* Venera 7 left Baikonur 55 years ago this month (17 Aug 1970).",
     [("Venera-7", "1971-08", "contradicted"), ("Venera-7", "1970-08-17", "supported")]),
    (MASTHEAD + "* Half a century ago - 9 August 1976 - Luna 24 lifted off on a Proton.",
     [("Luna-24 KT", "1976-08-09", "supported")]),
])
def test_a_count_back_and_its_date_are_both_read(checker: Checker, text: str,
                                                 expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text) == expected


@pytest.mark.integration
@pytest.mark.parametrize(("text", "expected"), [
    ("On 19 August 1960 the dogs Belka and Strelka rode Korabl-Sputnik 2 into orbit, "
     "spent a day up and landed safely.", ("Korabl'-Sputnik-2", "1960-08-19", "supported")),
    ("On 29 Aug 1988 Soyuz TM-6 carried Vladimir Lyakhov and Abdul Ahad Mohmand.",
     ("Soyuz TM-6", "1988-08-29", "supported")),
])
def test_rode_into_orbit_and_carried_are_launches(checker: Checker, text: str,
                                                  expected: tuple[str, str, str]) -> None:
    assert said(checker, text) == [expected]
    assert said(checker, text, "landing_date") == []


@pytest.mark.integration
def test_carried_home_is_no_launch(checker: Checker) -> None:
    text = "In 1984 the crew set a record of 237 days, which they carried home on 2 October."
    assert said(checker, text) == []


@pytest.mark.integration
def test_what_was_carried_is_named_before_the_date(checker: Checker) -> None:
    text = ("Russian Protons carried Europe's ExoMars orbiter toward Mars in March 2016 and "
            "Germany's eROSITA telescope, aboard Spektr-RG, in July 2018.")
    assert said(checker, text) == [("Spektr-RG", "2018-07", "contradicted")]


@pytest.mark.integration
def test_a_trigger_past_another_dated_one_is_not_the_first_dates(checker: Checker) -> None:
    text = ("After a test satellite disguised as Kosmos 41 in August 1964, Molniya 1 reached "
            "orbit on 23 April 1965, carried aloft by a Molniya rocket.")
    assert said(checker, text) == [("Kosmos-41", "1964-08", "supported"),
                                   ("Molniya-1", "1965-04-23", "supported")]


@pytest.mark.integration
def test_a_stint_that_ended_is_a_landing(checker: Checker) -> None:
    text = "A panel on Valeri Polyakov explains his 437-day stint, which ended in March 1995."
    assert said(checker, text) == []
    assert said(checker, text, "landing_date") == [("Valeri Polyakov", "1995-03", "supported")]
    assert said(checker, text, "duration") == [("Valeri Polyakov", "437 days", "supported")]


@pytest.mark.integration
def test_a_date_is_not_the_anniversarys_event(checker: Checker) -> None:
    text = "The museum opened in 1981 for the 20th anniversary of Gagarin's flight."
    assert said(checker, text) == []


@pytest.mark.integration
def test_the_traveller_became_the_first_not_the_companion(checker: Checker) -> None:
    text = ("On 26 August 1978, Sigmund Jahn of the GDR launched with Valery Bykovsky on "
            "Soyuz 31 to become the first German in space, flying under the Interkosmos "
            "banner as only the second guest cosmonaut.")
    assert said(checker, text, "first") == [
        ("Sigmund Jähn", "first German in space", "supported"),
        ("Sigmund Jähn", "second guest cosmonaut", "contradicted")]


@pytest.mark.integration
def test_the_traveller_is_the_last_one_before_the_ship(checker: Checker) -> None:
    text = ("Valery Bykovsky went up in Vostok 5 on 14 June 1963; Valentina Tereshkova "
            "followed in Vostok 6 two days later, becoming the first woman in space.")
    assert said(checker, text, "first") == [
        ("Valentina Tereshkova", "first woman in space", "supported")]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "expected"), [
    ("In 1996 Claudie Andre-Deshays became the first Frenchwoman in space.",
     ("Claudie Haigneré", "first Frenchwoman in space", "supported")),
    ("In 1982 Jean-Loup Chretien became the first Frenchwoman in space.",
     ("Jean-Loup Chrétien", "first Frenchwoman in space", "contradicted")),
])
def test_a_frenchwoman_is_a_french_woman(checker: Checker, text: str,
                                         expected: tuple[str, str, str]) -> None:
    assert said(checker, text, "first") == [expected]


@pytest.mark.integration
def test_started_life_as_is_a_founding(checker: Checker) -> None:
    text = ("Roscosmos - which started life as the Russian Space Agency in 1991 - still has "
            "Luna 26 pencilled in for 2027.")
    assert [(v, verdict) for _, v, verdict in said(checker, text, "founded")] == [
        ("1991", "contradicted")]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "expected"), [
    ("On 24 August 1966, Luna 11 headed for the Moon on top of a Proton.",
     [("Luna-11", "Proton", "contradicted")]),
    ("Zvezda, which followed in July 2000 on a Soyuz, docked with Zarya.",
     [("Zvezda", "Soyuz", "contradicted")]),
    # a numbered Soyuz is a ship, not the rocket
    ("Their crew came up on a Soyuz TM-31 in 2000.", []),
])
def test_the_rocket_ridden_on_top_of(checker: Checker, text: str,
                                     expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "launch_vehicle") == expected


@pytest.mark.integration
def test_the_person_counted_from_did_not_fly_the_ship(checker: Checker) -> None:
    text = ("Svetlana Savitskaya became the second woman in space, 21 years after "
            "Tereshkova, flying Soyuz T-7 to Salyut 7 with Leonid Popov.")
    assert [p for _, p, _ in said(checker, text, "crew")] == ["Leonid Popov"]


@pytest.mark.integration
def test_a_lifetime_known_to_the_month_is_a_band(checker: Checker) -> None:
    # GCAT ends Luna 11 in "1966 Sep?": its time in lunar orbit is anything up to 37 days
    text = ("On 24 August 1966 Luna 11 headed for the Moon. It spent about five weeks in "
            "lunar orbit.")
    assert said(checker, text, "duration") == [("Luna-11", "35 days", "supported")]


@pytest.mark.integration
def test_transposed_apogee_digits_are_contradicted(checker: Checker) -> None:
    text = "Sputnik 1 circled the Earth every 96 minutes, with a high point of 974 km."
    assert said(checker, text, "apogee") == [("Sputnik 1", "974 km", "contradicted")]


def test_a_day_that_year_is_one_date_in_its_anchors_year() -> None:
    text = ("Venera 7 left on 17 Aug 1970 and on 15 December that year landed. Later, on "
            "5 May the same year, it was quiet.")
    assert [(d.text, d.date.iso()) for d in find_dates(text)] == [
        ("17 Aug 1970", "1970-08-17"), ("15 December that year", "1970-12-15"),
        ("5 May the same year", "1970-05-05")]
