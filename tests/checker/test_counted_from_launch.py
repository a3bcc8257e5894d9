"""Events counted from the launch of the craft they happened to ("landed two days after
launch"), the header line an export dates itself by, and the references that say which
craft that was. Lines written here; verdicts and values on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.segment import sentences
from tests.checker.claims import claims_of, said


@pytest.mark.integration
def test_an_event_counted_from_its_own_launch_is_dated_from_the_catalogs(
        checker: Checker) -> None:
    assert said(checker, "Soyuz 33 suffered an engine failure and landed two days after "
                "launch.", "landing_date") == [("Soyuz 33", "1979-04-12", "supported")]
    assert said(checker, "Salyut 7 was deorbited sixteen years after launch.",
                "reentry_date") == [("Salyut-7", "1998", "contradicted")]
    # "it", the craft the sentence before named
    assert said(checker, "Mir was launched in 1986. It was deorbited fifteen years after "
                "launch.", "reentry_date") == [("Mir", "2001", "supported")]


@pytest.mark.integration
def test_days_after_launch_count_from_any_calendar_day_the_launch_fell_on(
        checker: Checker) -> None:
    # Luna 25 left late on 10 August UTC, already the 11th in Moscow
    text = "Luna 25 lifted off in August 2023 and crashed eight days after launch."
    assert said(checker, text, "landing_date") == [("Luna-25", "2023-08-19", "supported")]
    # the calendar days are no measure of the time flown
    assert claims_of(checker, text, "duration") == []


@pytest.mark.integration
def test_a_bound_or_a_restated_date_is_no_count_from_launch(checker: Checker) -> None:
    assert said(checker, "Salyut 7 was deorbited less than nine years after launch.",
                "reentry_date") == []
    assert said(checker, "Soyuz 11 docked with Salyut 1 on 7 June 1971, the day after "
                "launch.", "docking_date") == [("Soyuz 11", "1971-06-07", "supported")]


@pytest.mark.integration
def test_an_exports_header_field_dates_it(checker: Checker) -> None:
    head = ('SPACEPEDIA plain-text export\nGenerated: 15 December 2024 | Pages: 25 | Format: '
            'infobox fields flattened to "Field: value"\n\n')
    assert said(checker, head + "Vega 1 was launched forty years ago today.") == [
        ("Vega-1", "1984-12-15", "supported")]


def test_a_chapters_time_does_not_make_its_heading_a_sentence() -> None:
    text = ("00:44:20 — Mir, Soyuz T-15 and the TM ships\nForty years ago this February "
            "the Mir core went up.")
    assert [text[a:b] for a, b in sentences(text)] == [
        "00:44:20 — Mir, Soyuz T-15 and the TM ships",
        "Forty years ago this February the Mir core went up."]


@pytest.mark.integration
def test_a_chapter_heading_names_no_subject_for_the_date_under_it(checker: Checker) -> None:
    text = ("Aired Thursday, April 9, 2026 | 1 h 24 min | Hosts: Maya Hollis and Tom Brandt\n\n"
            "00:44:20 — Mir, Soyuz T-15 and the TM ships\nForty years ago this February the "
            "Mir core went up on a Proton-K from Baikonur.")
    assert said(checker, text) == [("Mir", "1986-02", "supported")]


@pytest.mark.integration
def test_a_core_module_is_no_ships(checker: Checker) -> None:
    text = ("Akiyama came home in Soyuz TM-10. The core module, which rode a Proton-K from "
            "Baikonur in February 1986, was already old.")
    assert [s for s in said(checker, text) if s[0] == "Soyuz TM-10"] == []


@pytest.mark.integration
def test_a_sentence_opened_by_a_reference_is_about_it_not_the_ship_named_after(
        checker: Checker) -> None:
    text = ("== Mir (core module) ==\nRocket: Proton-K\n\nThe core module was launched on 20 "
            "February 1986 and its first crew arrived in Soyuz T-15 that March. It was "
            "deorbited fifteen years after launch.")
    assert said(checker, text, "reentry_date") == [("Mir", "2001", "supported")]


@pytest.mark.integration
def test_home_so_long_after_the_launch_told_is_the_flights_length(checker: Checker) -> None:
    text = ("On 12 April 1961 Yuri Gagarin rode Vostok 1 from Baikonur and was home 108 "
            "minutes later.")
    assert said(checker, text, "duration") == [("Yuri Gagarin", "108 min", "supported")]
    assert said(checker, text) == [("Yuri Gagarin", "1961-04-12", "supported")]  # "rode"
    # the launch is not the last event told before the return, or another clause returns
    assert said(checker, "Soyuz 35 undocked on 23 March 1980 and landed two days later.",
                "duration") == []
    assert said(checker, "Soyuz MS-19 lifted off in October 2021; the film crew came home "
                "ten days later.", "duration") == []
    # a landing on another world ends no flight
    assert said(checker, "Luna 9 launched in 1966 and landed on the Moon three days later.",
                "duration") == []
    # riding out a failure is no launch's day
    assert said(checker, "On 11 October 2018 Aleksey Ovchinin rode out a booster failure.",
                ) == []


@pytest.mark.integration
def test_the_ship_of_a_flight_told_by_its_rider_alone_is_measured_by_the_riders_flight(
        checker: Checker) -> None:
    text = ("Yuri Gagarin lifted off from Baikonur. The whole flight lasted 108 minutes, and "
            "at its highest point the capsule was 372 kilometres up. The spacecraft weighed "
            "about 2.4 tonnes, and his orbit was tilted 51.6 degrees to the equator.")
    verdicts = {c.property: (c.subject_name, c.verdict) for c in checker.check_text(text).claims}
    assert verdicts["duration"] == ("Yuri Gagarin", "supported")
    assert verdicts["apogee"] == ("Yuri Gagarin", "contradicted")
    assert verdicts["mass"] == ("Yuri Gagarin", "contradicted")
    assert verdicts["inclination"] == ("Yuri Gagarin", "contradicted")
    # an orbit "tilted at" a figure is its inclination
    for text in ("Salyut 7's orbit was tilted at 65 degrees.",
                 "The orbit of Salyut 7 is tilted at 65 degrees."):
        assert said(checker, text, "inclination") == [("Salyut-7", "65 deg", "contradicted")]
