"""A crew's sentence that names a station only as where they went leaves the talk on
their ship: after "Soyuz 10. Shatalov, Yeliseyev and Rukavishnikov … reached Salyut 1",
"Almost two days up there" and "Landed on 25 April" are the ship's, not the station's.
Lines written here; verdicts on the real catalog (Soyuz 10 went up on 23 April 1971 by
Moscow time and landed 47 hours later, on 25 April in Moscow)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

TOLD = ("Soyuz 10. Shatalov, Yeliseyev and Rukavishnikov launched on 23 April 1971 and "
        "reached Salyut 1 the next day. ")


@pytest.mark.integration
def test_a_fragments_days_are_the_ships(checker: Checker) -> None:
    text = TOLD + "Almost two days up there."
    assert said(checker, text, "duration") == [("Soyuz 10", "2 days", "supported")]


@pytest.mark.integration
def test_a_landing_opening_its_sentence_is_the_ships(checker: Checker) -> None:
    text = TOLD + "Landed on 25 April."
    assert said(checker, text, "landing_date") == [("Soyuz 10", "1971-04-25", "supported")]


@pytest.mark.integration
def test_a_station_told_of_by_itself_keeps_its_days(checker: Checker) -> None:
    text = "Salyut 1 was launched on 19 April 1971. Some 175 days up there."
    assert said(checker, text, "duration") == [("Salyut", "175 days", "supported")]
