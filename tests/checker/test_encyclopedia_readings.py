"""Readings from the encyclopedia article of heldout56's blind score, on the real catalog:
an infobox line whose key names its own craft, an apogee's own header, a date told as
during a flight, time into a flight, a station weighed as assembled, and a plan whose
claim runs on past what happened after all."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration

INFOBOX = """Soviet and Russian space station programme
First station: Salyut 1 (DOS-1)
Launch: 19 April 1971, 01:40 UTC
Perigee altitude: 200 km (124 mi)
Apogee altitude: 272 km (169 mi)
Largest station: Mir
Mir launch: 20 February 1986
Mir launch vehicle: Proton-K
"""


def test_an_infobox_key_that_names_a_craft_is_about_that_craft(checker: Checker) -> None:
    found = [(c.subject_name, c.property, c.value, c.verdict)
             for c in checker.check_text(INFOBOX).claims]
    assert ("Salyut", "launch_date", "1971-04-19T01:40Z", "supported") in found
    # Mir's lines are Mir's (20 February in Moscow), not the first station's
    assert ("Mir", "launch_date", "1986-02-20", "supported") in found
    assert ("Mir", "launch_vehicle", "Proton-K", "supported") in found


def test_an_apogee_altitude_header_is_the_apogee_not_both_extremes(checker: Checker) -> None:
    found = {(c.property, c.value, c.verdict) for c in checker.check_text(INFOBOX).claims
             if c.property in ("perigee", "apogee")}
    # GCAT: Salyut 1 at 200 x 222 km; 272 km is no apogee of it (and no perigee either)
    assert found == {("perigee", "200 km", "supported"), ("apogee", "272 km", "contradicted")}


def test_a_date_during_a_flight_is_not_taken_for_its_launch(checker: Checker) -> None:
    walk = ("Svetlana Savitskaya flew to Salyut 7 twice; on 25 July 1984, during her "
            "Soyuz T-12 mission, she became the first woman to walk in space.")
    # Soyuz T-12 was up from 17 to 29 July 1984: the day is in its flight, not its launch
    assert said(checker, walk) == [("Soyuz T-12", "1984-07-25", "unverifiable")]
    # …but a launch day it is, is still supported
    exit_day = ("On 18 March 1965, during the Voskhod 2 mission, Pavel Belyayev stayed "
                "inside.")
    assert said(checker, exit_day) == [("Voskhod 2", "1965-03-18", "supported")]


def test_time_into_a_flight_is_no_duration_and_flew_for_is(checker: Checker) -> None:
    failed = "The booster of Soyuz MS-10 failed two minutes into flight."
    assert claims_of(checker, failed, "duration") == []
    assert said(checker, "Vostok 1 flew for 108 minutes.", "duration") == [
        ("Vostok 1", "108 min", "supported")]


def test_an_assembled_station_mass_is_not_refuted_by_its_core_module(checker: Checker) -> None:
    # the catalog weighs Mir's core module (20.4 t); 129.7 t is the station as built up
    mir = claims_of(checker, "Mir mass: 129,700 kg", "mass")
    assert [(c.value, c.verdict) for c in mir] == [("129700 kg", "unverifiable")]
    assert "assembled station" in (mir[0].note or "")
    # a station without modules is still weighed
    assert said(checker, "Salyut 1 weighed 25,000 kg.", "mass") == [
        ("Salyut", "25000 kg", "contradicted")]


def test_a_plan_is_read_up_to_its_date(checker: Checker) -> None:
    text = ("And when the first launch from the new Vostochny cosmodrome, originally "
            "scheduled for December 2015, finally took place in April 2016, the Soyuz-2.1a "
            "that lifted the Lomonosov satellite was presented as a national triumph.")
    december = [c for c in claims_of(checker, text, "launch_date") if c.value == "2015-12"]
    assert december and all(c.planned and c.verdict == "unverifiable" for c in december)


def test_a_footnote_marker_after_a_full_stop_ends_the_sentence(checker: Checker) -> None:
    text = ("Physician Valeri Polyakov, who launched on Soyuz TM-18 on 8 January 1994, "
            "stayed 438 days, still the longest single spaceflight.[17] From 1995 the "
            "Shuttle–Mir programme brought American crews.")
    assert said(checker, text) == [("Soyuz TM-18", "1994-01-08", "supported")]


def test_a_guest_named_with_a_country_before_the_bracketed_flight(checker: Checker) -> None:
    text = ("Later guests included Bertalan Farkas of Hungary (Soyuz 36, May 1980) and "
            "Jügderdemidiin Gürragchaa of Mongolia (Soyuz 40).")
    # Gürragchaa flew Soyuz 39; Soyuz 40 carried Popov and Prunariu
    assert [(c.subject_name, c.value, c.verdict) for c in claims_of(checker, text, "crew")] == [
        ("Soyuz 36", "Bertalan Farkas", "supported"),
        ("Soyuz 40", "Jügderdemidiin Gürragchaa", "contradicted")]


def test_a_clause_that_leaves_its_launch_verb_out(checker: Checker) -> None:
    guests = ("Vladimír Remek was launched on Soyuz 28 on 3 March 1978. Mirosław "
              "Hermaszewski of Poland followed on Soyuz 30 in June and Sigmund Jähn of East "
              "Germany on Soyuz 31 in September 1978.")
    # Jähn went up on 26 August 1978
    assert ("Sigmund Jähn", "1978-09", "contradicted") in said(checker, guests)
    modules = ("The Pirs docking compartment was launched on 15 September 2001 by a Soyuz-U "
               "rocket, and the similar Poisk module in November 2008.")
    assert said(checker, modules)[-1] == ("Poisk", "2008-11", "contradicted")  # 2009


def test_followed_on_a_rocket_is_a_launch_whatever_came_before(checker: Checker) -> None:
    text = ("Nauka was launched by a Proton-M on 21 July 2021 and docked eight days later; "
            "the small Prichal node followed on a Soyuz-2.1b on 24 November and berthed "
            "at Nauka two days later.")
    assert ("Prichal", "2021-11-24", "supported") in said(checker, text)
    assert ("Prichal", "2021-11-24", "contradicted") not in said(checker, text, "docking_date")
