"""An offset apposed to a date that dates no claim of its own ("Komarov died on 24 April
1967, the day after Soyuz 1 was launched"), a rocket's first flights from two sites in
one sentence, and a month written without its year. Sentences written here; verdicts on
the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_an_offset_from_a_plain_date_dates_the_event_it_counts_from(checker: Checker) -> None:
    # Soyuz 1 launched 1967-04-23 00:35 UTC; Shatalov (Soyuz 4) 1969-01-14 (GCAT)
    text = "Vladimir Komarov died on 24 April 1967, the day after Soyuz 1 was launched."
    assert said(checker, text) == [("Soyuz 1", "1967-04-23", "supported")]
    text = "Komarov died on 26 April 1967, the day after Soyuz 1 was launched."
    assert said(checker, text) == [("Soyuz 1", "1967-04-25", "contradicted")]
    text = ("The docking took place on 16 January 1969, two days after Vladimir Shatalov "
            "lifted off alone in Soyuz 4.")
    assert said(checker, text) == [("Vladimir Shatalov", "1969-01-14", "supported")]
    # an offset from a date with no verb for the event it counts from dates nothing
    assert said(checker, "He died on 24 April 1967, the day after Soyuz 1.") == []


def test_a_rockets_second_first_from_is_not_its_debut(checker: Checker) -> None:
    # Angara A5: first flight 2014-12-23 from Plesetsk; first from Vostochny 2024-04-11
    text = "The Angara A5 first flew from Plesetsk in December 2014 and from Vostochny in 2020."
    assert said(checker, text, "launch_site") == [("Angara A5", "Plesetsk", "supported")]


def test_a_month_without_its_year_matches_in_the_year_the_record_gives(
        checker: Checker) -> None:
    # Sigmund Jähn launched on Soyuz 31 on 1978-08-26 (GCAT); the year read from the
    # date before ("1981") was never written
    text = ("Soyuz 40 flew on 14 May 1981.\n\n"
            "One slip: Sigmund Jähn flew in August, not in July.")
    assert said(checker, text)[1:] == [("Sigmund Jähn", "1981-08", "supported")]
