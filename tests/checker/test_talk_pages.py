"""A wiki talk page: the time stamps of signatures ("--User:X (talk) 14:02, 3 March 2026
(UTC)") date no event and anchor no relative date; "the next day, 19 March" is one date
said twice; "returned aboard MS-23 on …" is a landing; "the capsule", after a ship docked
with a station, is the ship. Comments written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_signature_stamps_date_nothing() -> None:
    text = ("Venera 7 landed in 1970. --User:Lyapunov (talk) 09:40, 7 March 2026 (UTC)\n"
            ": He launched on TM-18 the next day.\n")
    kinds = [(d.kind, d.date.iso()[:10]) for d in find_dates(text)]
    assert kinds == [("year", "1970"), ("dateline", "2026-03-07")]


def test_a_comment_after_a_signature_is_not_dated_by_it(checker: Checker) -> None:
    # Voskhod 2 landed on 1965-03-19 (GCAT psatcat)
    text = ("Zarya was the first ISS module. --User:Orbitalmechanic (talk) 09:40, 7 March "
            "2026 (UTC)\n: Venera 7 reached Venus. --User:Chaika63 (talk) 08:45, 11 March 2026 "
            "(UTC)\n:: Voskhod 2 landed the next day, 19 March 1965.\n")
    assert said(checker, text) == []
    assert said(checker, text, "landing_date") == [("Voskhod 2", "1965-03-19", "supported")]


def test_a_crew_returned_aboard_a_ship_dates_its_landing(checker: Checker) -> None:
    # Soyuz MS-23 went up empty on 2023-02-24 and came down on 2023-09-27 (GCAT)
    text = ("MS-22 came home empty on 28 March 2023, and the three returned aboard MS-23 on "
            "27 September 2023.\n")
    assert said(checker, text) == []
    assert said(checker, text, "landing_date") == [("Soyuz MS-22", "2023-03-28", "supported"),
                                                   ("Soyuz MS-23", "2023-09-27", "supported")]


def test_the_capsule_is_the_ship_not_the_station_it_docked_with(checker: Checker) -> None:
    # Soyuz 11 landed 1971-06-29 23:16 UTC; Salyut 1 flew on to October (GCAT psatcat)
    text = ("Soyuz 11 was launched on 6 June 1971 and docked with Salyut 1 two days later.\n"
            ": Both are defensible. The capsule touched down at 23:16 UTC on 29 June, which "
            "was already 30 June in Moscow.\n")
    assert said(checker, text, "landing_date")[0] == ("Soyuz 11", "1971-06-29", "supported")
