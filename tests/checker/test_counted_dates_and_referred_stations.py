"""Readings from session 47: a date counted from another ("two days before 16 June 1963"),
a span of months ("February–March 1966"), the Kosmos-3M, a station referred to by what it
is, "followed" after a docking. Lines written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_launch_counted_from_a_date_is_the_day_it_names(checker: Checker) -> None:
    # Vostok 5: launched 1963-06-14 11:58 UTC (GCAT launchlog)
    assert said(checker, "Vostok 5 with Valery Bykovsky had gone up two days before "
                         "16 June 1963.") == [("Vostok 5", "1963-06-14", "supported")]
    assert said(checker, "Vostok 5 had gone up three days before 16 June 1963.") == [
        ("Vostok 5", "1963-06-13", "contradicted")]


@pytest.mark.integration
def test_the_kosmos_3m_is_the_catalogs_kosmos_11k65m(checker: Checker) -> None:
    # GCAT launchlog: Kosmos-1000 on Kosmos 11K65M; Interkosmos 1 on Kosmos 11K63;
    # curated alias Kosmos-3M → Kosmos 11K65M
    assert said(checker, "Kosmos-1000 was launched on a Cosmos-3M rocket.",
                "launch_vehicle") == [("Kosmos-1000", "Kosmos 11K65M", "supported")]
    assert said(checker, "Interkosmos 1 went up from Kapustin Yar in October 1969 on a "
                         "Kosmos-3M.", "launch_vehicle") == [
        ("Interkosmos-1", "Kosmos 11K65M", "contradicted")]


@pytest.mark.integration
def test_it_after_a_sentence_about_the_station_is_the_station(checker: Checker) -> None:
    # Salyut 1: end of operations 1971-10-11 (GCAT psatcat); Soyuz 11 landed 1971-06-29/30
    text = ("Its only crew lifted off on 6 June 1971 aboard Soyuz 11 and docked with "
            "Salyut 1 on June 7. The capsule touched down on June 30, 1971. People forget "
            "how low the station flew. It was brought down that October.")
    claims = [(c.subject_name, c.property, c.value, c.verdict)
              for c in checker.check_text(text).claims if c.value == "1971-10"]
    assert claims == [("Salyut", "reentry_date", "1971-10", "supported")]


@pytest.mark.integration
def test_a_flight_over_a_span_of_months_launched_in_the_first(checker: Checker) -> None:
    # Kosmos-110: launched 1966-02-22 20:09 UTC (GCAT launchlog)
    assert said(checker, "The twenty-two-day Kosmos-110 flight of February–March 1966 "
                         "carried two dogs.") == [("Kosmos-110", "1966-02", "supported")]


@pytest.mark.integration
def test_a_module_that_followed_a_docking_followed_its_launch(checker: Checker) -> None:
    # Prichal: launched 2021-11-24 (GCAT launchlog), docked 2021-11-26 (curated)
    text = ("Nauka, launched on a Proton-M on 21 July 2021, docked eight days later, and "
            "Prichal followed in December of the same year on a Soyuz-2.1b.")
    assert [(c.subject_name, c.property, c.value, c.verdict)
            for c in checker.check_text(text).claims if c.subject_name == "Prichal"
            and c.property.endswith("_date")] == [
        ("Prichal", "launch_date", "2021-12", "contradicted")]
