"""Verbs that end a flight without saying "landed": a crew's death aboard its ship or
during its return ("killed on Soyuz 1 in April 1968", "died during the return on 30
June"), a probe's hit ("Luna 2, which hit on 14 September 1959") and a rover set down by
its lander with words between ("set the 756 kg Lunokhod 1 down … on 17 December"). A
death with no ship or return named is no landing. "The robot" refers back to a craft, as
"the probe" does; a date in a relative clause about a site ("Baikonur, which opened in
1955") is the site's, not the craft's; "up since 12 June" is a launch that day. Lines
written here; the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "expected"), [
    ("Komarov was later killed on Soyuz 1 in April 1968.",
     [("Soyuz 1", "1968-04", "contradicted")]),
    ("Soyuz 11 docked with Salyut 1, but the crew died during the return on 30 June 1971.",
     [("Soyuz 11", "1971-06-30", "supported")]),
    ("Luna 2, which hit on 14 September 1959, was the first craft to reach the Moon.",
     [("Luna-2", "1959-09-14", "supported")]),
    ("Luna 17 set the 756 kg Lunokhod 1 down in the Sea of Rains on 17 December 1970.",
     [("Luna-17", "1970-12-17", "contradicted")]),
])
def test_a_flight_ended_in_other_words(checker: Checker, text: str,
                                       expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "landing_date") == expected
    assert said(checker, text) == []


@pytest.mark.parametrize("text", ["Gagarin died on 27 March 1968 in a MiG-15 crash.",
                                  "Komarov died on April 24, 1967, after Soyuz 1 launched."])
def test_a_death_with_no_ship_is_no_landing(checker: Checker, text: str) -> None:
    assert said(checker, text, "landing_date") == []


def test_the_robot_refers_back_to_the_craft(checker: Checker) -> None:
    text = ("Lot 303. 1970 Luna 16 souvenir sheet. The robot launched 2 September 1970; its "
            "capsule landed on 24 September.")
    assert [verdict for _, _, verdict in said(checker, text)] == ["contradicted"]


@pytest.mark.parametrize("text", [
    "Sputnik 2 flew from Baikonur, not Plesetsk, which did not put anything into orbit "
    "until 1966.",
    "Sputnik 2 flew from Baikonur, which opened in 1955.",
])
def test_a_date_in_a_sites_clause_is_not_the_crafts(checker: Checker, text: str) -> None:
    assert said(checker, text) == []


@pytest.mark.parametrize("text", [
    "Soyuz 11 was launched from Baikonur, where it lifted off on 6 June 1971.",
    "The crew trained at Baikonur, which launched Soyuz 11 on 6 June 1971.",
])
def test_a_crafts_date_in_a_sites_clause_is_kept(checker: Checker, text: str) -> None:
    assert said(checker, text) == [("Soyuz 11", "1971-06-06", "supported")]


def test_up_since_a_day_is_a_launch_on_it(checker: Checker) -> None:
    text = ("Tereshkova flew on 16 June 1963. Her colleague Valery Bykovsky, up since 12 June "
            "in Vostok 5, stayed aloft almost five days.")
    assert said(checker, text)[1:] == [("Valery Bykovsky", "1963-06-12", "contradicted")]
