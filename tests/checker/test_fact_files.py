"""A fact file boxed in plain text: "Pilot ........ Valentina Tereshkova" rows whose dot
leaders stand for a key's colon, a value run on to the next line under where it started, a
first line ("FACT FILE: VOSTOK 6") naming whose facts they are, and keys a textbook words
its own way ("Time for one orbit", "Orbit inclination"). Rows written here; verdicts on the
real catalog (Vostok 6: 16 June 1963, Tereshkova, a Vostok rocket, 65 degrees, about 88
minutes an orbit)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker, without_key_leaders
from sleuth.claims.tables import read_header
from sleuth.text.tables import Cell, find_tables

BOX = """+------------------------------------------------------------+
| FACT FILE: VOSTOK 6                                        |
|  Pilot ..................... Valentina Tereshkova          |
|  Launched .................. 16 June 1963                  |
|                              (from Baikonur)               |
|  Rocket .................... Vostok                        |
|  Orbit inclination ......... 65 degrees                    |
|  Time for one orbit ........ 108 minutes                   |
+------------------------------------------------------------+
"""


def test_a_dot_leader_after_a_key_is_its_colon_in_place() -> None:
    assert without_key_leaders("Pilot ...... Yuri Gagarin") == "Pilot :      Yuri Gagarin"
    dated = "1957 Oct 4 ...... Sputnik 1\nShe said so... Then left."
    assert without_key_leaders(dated) == dated  # a timeline's leader, an ellipsis


def test_a_value_run_on_under_itself_stays_in_its_field() -> None:
    text = ("FACT FILE: MIR\nLaunched:   20 February 1986\n            (Moscow time)\n"
            "Rocket:     Proton-K\nModules:    Kvant (1987),\n            Kristall (1990)\n")
    box = find_tables(text)[0]
    assert [c.text for c in box.header] == ["", "Launched", "Rocket", "Modules"]
    assert [c.text.split() for c in box.rows[0]] == [
        ["MIR"], ["20", "February", "1986", "(Moscow", "time)"], ["Proton-K"],
        ["Kvant", "(1987),", "Kristall", "(1990)"]]
    assert box.end == len(text) - 1


def test_a_textbooks_keys_for_the_period_and_the_inclination() -> None:
    def read(words: str) -> str | None:
        column = read_header(Cell(0, len(words), words))
        return column.property if column else None

    assert read("Time for one orbit") == read("Time per orbit") == "orbital_period"
    assert read("Orbit inclination") == "inclination"
    assert read("Orbit") == "perigee"  # (a range there is both ends)


@pytest.mark.integration
def test_a_fact_files_rows_are_its_craft_facts(checker: Checker) -> None:
    found = {(c.property, c.quote): (c.subject_name, c.verdict)
             for c in checker.check_text(BOX).claims}
    assert found == {
        ("crew", "Valentina Tereshkova"): ("Vostok 6", "supported"),
        ("launch_date", "16 June 1963"): ("Vostok 6", "supported"),
        ("launch_vehicle", "Vostok"): ("Vostok 6", "supported"),
        ("inclination", "65 degrees"): ("Vostok 6", "supported"),
        ("orbital_period", "108 minutes"): ("Vostok 6", "contradicted")}


@pytest.mark.integration
def test_a_word_that_is_a_surname_and_a_padded_line_end_split_no_names(
        checker: Checker) -> None:
    # "Rocket" is a rocket, whoever Mark Rocket is; "MIR   " over "Core module …" is Mir
    text = ("FACT FILE: MIR                   \n Core module launched ... 20 February 1986\n"
            " Rocket ................. Proton-K\n Inclination ............ 51.6 degrees\n")
    assert {(c.property, c.subject_name, c.verdict) for c in checker.check_text(text).claims} == {
        ("launch_date", "Mir", "supported"), ("launch_vehicle", "Mir", "supported"),
        ("inclination", "Mir", "supported")}
