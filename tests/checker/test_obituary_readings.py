"""Readings fixed from a newspaper obituary (heldout46): a date the story counts from
("since September 1978", "since Luna 24 in 1974") does not set the year of the days told
after it and dates the event it names; "rode the shuttle home" is a landing; a rocket
"bound for Salyut 7" did not launch Salyut 7; a singular relative clause after a list is
said of its last person; the station a ship "docked with" is not the one docking (on the
real catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from tests.checker.claims import said


@pytest.mark.integration
def test_a_date_counted_from_does_not_set_the_story_year(checker: Checker) -> None:
    text = ("On 27 November 1980 Soyuz T-3 was launched to Salyut 6 - in orbit since "
            "September 1978 - with Leonid Kizim aboard. Soyuz T-3 landed on 10 December.")
    assert said(checker, text, "landing_date") == [("Soyuz T-3", "1980-12-10", "supported")]


def test_a_yearless_day_keeps_the_other_year_of_its_paragraph() -> None:
    text = ("Mir plunged into the Pacific on 23 March 2001, ending a career begun in February "
            "1986. Its last freighter had lifted off on January 24 that year.")
    day = next(d for d in find_dates(text) if d.text == "January 24 that year")
    assert (day.date.iso(), day.alternative.iso() if day.alternative else None) == (
        "1986-01-24", "2001-01-24")


@pytest.mark.integration
def test_the_event_counted_from_is_what_its_date_dates(checker: Checker) -> None:
    text = "Luna 25, Russia's first Moon mission since Luna 24 in 1974, was launched in 2023."
    assert said(checker, text) == [("Luna-25", "2023", "supported"),
                                   ("Luna-24 KT", "1974", "contradicted")]


@pytest.mark.integration
def test_rode_the_shuttle_home_is_a_landing(checker: Checker) -> None:
    text = ("In July 1995 Gennady Strekalov rode the American shuttle Atlantis home from "
            "the Russian station Mir.")
    assert said(checker, text, "landing_date") == [
        ("Gennadi Strekalov", "1995-07", "supported")]
    assert said(checker, text, "launch_date") == []


@pytest.mark.integration
def test_a_rocket_bound_for_a_station_did_not_launch_it(checker: Checker) -> None:
    text = ("In September 1983 Titov and Strekalov sat in a Soyuz atop a Soyuz-U rocket, "
            "bound for Salyut 7.")
    assert said(checker, text, "launch_vehicle") == []


@pytest.mark.integration
def test_a_singular_relative_clause_is_said_of_the_last_of_a_list(checker: Checker) -> None:
    text = ("Aboard Mir they found Alexander Viktorenko, Yelena Kondakova and Valery Polyakov, "
            "who was nearing the end of a 438-day stay.")
    assert [v for _, _, v in said(checker, text, "duration")] == ["supported"]


@pytest.mark.integration
def test_what_a_ship_docked_with_is_not_docking(checker: Checker) -> None:
    text = "On 29 June 1995 Atlantis docked with Mir's Kristall module."
    assert said(checker, text, "docking_date") == []
    assert said(checker, "Kristall docked with Mir on 10 June 1990.", "docking_date") == [
        ("Kristall", "1990-06-10", "supported")]
