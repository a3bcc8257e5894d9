"""A fact sheet's lines: "LV:" for the launch vehicle, masses in tonnes written "t", an
infobox line whose key names no property ("Modules: Kvant (31 March 1987), …") read as a
sentence (and the heading over the box names no "Mir core module" with the
key below it), and crews after a ship's name and a colon or after "; crew". Lines written
here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_lv_heads_the_launch_vehicle(checker: Checker) -> None:
    # Luna 9 flew on a Molniya 8K78M (Molniya-M), Luna 16 on a Proton-K/D (GCAT launchlog)
    text = ("| Mission | Launch | LV |\n| --- | --- | --- |\n"
            "| Luna 9 | 31 Jan 1966 | Molniya-M |\n| Luna 16 | 12 Sep 1970 | Molniya-M |\n")
    assert [(value, verdict) for _, value, verdict in said(checker, text, "launch_vehicle")] == [
        ("Molniya 8K78M", "supported"), ("Molniya 8K78M", "contradicted")]


def test_an_infobox_line_with_no_property_is_read_as_a_sentence(checker: Checker) -> None:
    # Mir's core: 1986-02-19 21:28 UTC; Kvant 1987-03-31, Kvant-2 1989-11-26 (GCAT)
    text = ("== Mir ==\n- Core module launch: 20 February 1986, 00:28 MSK\n- Mass: about 20.4 t\n"
            "- Modules: Kvant (31 March 1987), Kvant-2 (26 November 1988)\n"
            "- Inclination: 51.6 degrees\n")
    assert said(checker, text) == [("Mir", "1986-02-20T00:28Z", "supported"),
                                   ("Kvant", "1987-03-31", "supported"),
                                   ("Kvant-2", "1988-11-26", "contradicted")]
    assert [value for _, value, _ in said(checker, text, "mass")] == ["20400 kg"]


def test_a_crew_follows_its_ship_after_a_colon_or_after_crew(checker: Checker) -> None:
    # Soyuz 39 flew Gurragchaa and Dzhanibekov; Prunariu flew Soyuz 40 (GCAT, crew data)
    text = ("- 22 March 1981 - Soyuz 39: Dumitru Prunariu (Romania) and Vladimir Dzhanibekov\n"
            "- Soyuz 5 launch: 15 January 1969; crew Boris Volynov, Yevgeny Khrunov\n")
    assert said(checker, text, "crew") == [
        ("Soyuz 39", "Dumitru Prunariu", "contradicted"),
        ("Soyuz 39", "Vladimir Dzhanibekov", "supported"),
        ("Soyuz 5", "Boris Volynov", "supported"), ("Soyuz 5", "Yevgeny Khrunov", "supported")]
    # a station's colon names who was there, not a crew it carried
    assert said(checker, "Salyut 7: Svetlana Savitskaya walks in space.", "crew") == []
