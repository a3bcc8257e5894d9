"""Rockets and crossings told loosely (session 36), on the real catalog: a rocket named
with its failure or with the crew it carried, after a heading's colon or after the station
a flight went to, and crews who crossed from one ship to the other."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "expected"), [
    # MS-10 rode a Soyuz-FG (GCAT launch log), not a Soyuz-2.1a
    ("On 11 October 2018, Soyuz MS-10 with Aleksey Ovchinin and Nick Hague aborted two "
     "minutes into flight when a booster failed on their Soyuz-2.1a rocket.",
     [("Soyuz MS-10", "Soyuz-2-1A", "contradicted")]),
    ("Two years later the Soyuz-2.1a booster carrying Aleksey Ovchinin and Nick Hague on "
     "Soyuz MS-10 failed.", [("Soyuz MS-10", "Soyuz-2-1A", "contradicted")]),
    # Venera 7 rode a Molniya (8K78M)
    ("Venera 7: launched on a Proton on 17 August 1970, it became the first probe to land "
     "on Venus.", [("Venera-7", "Proton", "contradicted")]),
    # Soyuz T-6 rode a Soyuz-U to Salyut 7
    ("Jean-Loup Chrétien, Soyuz T-6, launched on 24 June 1982 to Salyut 7 on a Proton.",
     [("Soyuz T-6", "Proton", "contradicted")]),
    # a station the ship docked with, launched on the rocket named: the station's
    ("Soyuz TM-2 docked to Mir, launched on a Proton.", [("Mir", "Proton", "supported")]),
])
def test_a_rocket_named_loosely(checker: Checker, text: str,
                                expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "launch_vehicle") == expected


def test_a_crossing_from_one_ship_to_the_other(checker: Checker) -> None:
    # Khrunov and Yeliseyev went up in Soyuz 5 and came home in Soyuz 4 (astronauts-2020)
    text = ("In January 1969 Soyuz 4 and Soyuz 5 docked; Yevgeny Khrunov and Aleksei "
            "Yeliseyev crossed from Soyuz 4 to Soyuz 5.")
    assert said(checker, text, "crew") == [
        ("Soyuz 4", "Yevgeny Khrunov", "contradicted"),
        ("Soyuz 5", "Yevgeny Khrunov", "contradicted"),
        ("Soyuz 4", "Aleksei Yeliseyev", "contradicted"),
        ("Soyuz 5", "Aleksei Yeliseyev", "contradicted")]
    right_way = text.replace("from Soyuz 4 to Soyuz 5", "from Soyuz 5 to Soyuz 4")
    assert {verdict for *_, verdict in said(checker, right_way, "crew")} == {"supported"}
