"""A body re-registered under its own name keeps its founding, and a flight's length is
measured between its finest launch and landing instants (session 36), on the real
catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("year", "verdict"), [("1960", "supported"), ("1965", "contradicted")])
def test_the_gagarin_centre_dates_from_1960(checker: Checker, year: str, verdict: str) -> None:
    # GCAT files the centre as TSPK (1960, under the Air Force) and TSPKR (from 2009-07-01,
    # under the space agency): two bodies of one name
    text = f"Star City is home to the Gagarin Cosmonaut Training Centre, set up in {year}."
    assert [(value, v) for _, value, v in said(checker, text, "founded")] == [(year, verdict)]


def test_a_flight_is_measured_between_its_finest_instants(checker: Checker) -> None:
    # Vostok 5 flew 4 d 23 h (GCAT: up 14 June 1963 11:58, down 19 June 11:06); the curated
    # landing day, read as midnight, had made it 4 d 12 h, "almost four days"
    text = "Valery Bykovsky launched on Vostok 5 on 1963-06-14. He stayed up almost four days."
    assert said(checker, text, "duration") == [("Valery Bykovsky", "4 days", "contradicted")]
