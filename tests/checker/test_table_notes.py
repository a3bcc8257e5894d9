"""A table's Notes column read as prose about its row's subject (heldout70's list page lost
every claim in its notes): each clause between semicolons is a sentence said of the row's
craft, dated by the row's launch. Tables written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.claims.extract import _note_clauses
from sleuth.claims.tables import _distinct, note_cells
from sleuth.model import Mention
from sleuth.text.tables import Cell, find_tables
from tests.checker.claims import claims_of, said


def _mention(text: str, name: str, kind: str = "spacecraft") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), f"test:{name}", name, kind, name)


def test_a_note_is_a_cell_of_words_under_a_header_that_names_no_property() -> None:
    text = ("Station | Type | Launch | Notes\n"
            "Salyut 4 | DOS-4 | 26 December 1974 | orbiting solar telescope\n"
            "Salyut 9 | DOS-9 | 1 May 1990 |\n")
    salyut = _mention(text, "Salyut 4")
    notes = note_cells(find_tables(text)[0], [salyut, _mention(text, "Salyut 9")])
    # "DOS-4" is a code, not words; Salyut 9's note is empty
    assert [(n.subject.name, n.cell.text, n.launched and n.launched.text) for n in notes] == [
        ("Salyut 4", "orbiting solar telescope", "26 December 1974")]


def test_a_row_without_a_craft_has_notes_about_its_person() -> None:
    text = "Cosmonaut | First flight | Notes\nGherman Titov | 1961 | a full day in orbit\n"
    notes = note_cells(find_tables(text)[0], [_mention(text, "Gherman Titov", "person")])
    assert [n.subject.name for n in notes] == ["Gherman Titov"]


def test_a_note_without_a_subject_is_read_by_no_one() -> None:
    text = "Mission | Launch | Notes\n(unnamed) | 29 July 1972 | lost in a launch failure\n"
    assert note_cells(find_tables(text)[0], []) == []


def test_a_notes_clauses_are_its_pieces_between_semicolons() -> None:
    text = "x | first crew;  152 days ; ; landed 16 July |"
    cell = Cell(4, text.index(" |", 4), text[4:text.index(" |", 4)])
    assert [text[lo:hi] for lo, hi in _note_clauses(text, cell)] == [
        "first crew", "152 days", "landed 16 July"]


integration = pytest.mark.integration


@integration
def test_a_docking_in_a_note_is_dated_by_its_row(checker: Checker) -> None:
    # Soyuz 19 launched 1975-07-15 and docked with Apollo 1975-07-17 (NASA SP-4209);
    # Zvezda docked with Zarya-Unity 2000-07-26
    text = ("Flight | Launched | Remarks\n"
            "Soyuz 19 | 15 July 1975 | docked with Apollo on 15 July\n"
            "Zvezda | 12 July 2000 | docked two weeks later\n")
    assert said(checker, text, "docking_date") == [
        ("Soyuz 19", "1975-07-15", "contradicted"), ("Zvezda", "2000-07-26", "supported")]
    # the row's launch, said again to date the note, is not claimed twice
    assert len(claims_of(checker, text, "launch_date")) == 2


@integration
def test_a_landing_in_a_note_takes_its_year_from_the_row(checker: Checker) -> None:
    # Soyuz T-2 flew 1980-06-05 to 1980-06-09 (GCAT psatcat)
    text = "Mission | Launch | Notes\nSoyuz T-2 | 5 Jun 1980 | landed 9 June\n"
    assert said(checker, text, "landing_date") == [("Soyuz T-2", "1980-06-09", "supported")]


@integration
def test_a_clause_of_names_is_the_crew_and_a_bare_duration_the_flights(
        checker: Checker) -> None:
    # Soyuz T-15 carried Kizim and Solovyov (1986-03-13 to 07-16, 125 days)
    text = ("Mission | Launch | Notes\n"
            "Soyuz T-15 | 13 Mar 1986 | Kizim and Solovyov; 152 days; visited two stations\n")
    assert said(checker, text, "crew") == [("Soyuz T-15", "Leonid Kizim", "supported"),
                                           ("Soyuz T-15", "Vladimir Solovyov", "supported")]
    [duration] = claims_of(checker, text, "duration")
    assert (duration.quote, duration.verdict) == ("152 days", "contradicted")


@integration
def test_a_first_in_a_note_spans_its_own_clause(checker: Checker) -> None:
    text = ("Mission | Launch | Crew | Notes\n"
            "Vostok 6 | 16 June 1963 | Valentina Tereshkova | first woman in space; 48 orbits\n")
    [first] = claims_of(checker, text, "first")
    assert (first.quote, first.verdict) == ("first woman in space", "supported")
    [orbits] = claims_of(checker, text, "orbit_count")
    assert (orbits.value, orbits.verdict) == ("48 orbits", "supported")
    assert orbits.quote.endswith("48 orbits")


@integration
def test_a_rocket_in_a_note_is_the_rows(checker: Checker) -> None:
    # Soyuz TM-31 flew on a Soyuz-U (GCAT launchlog); the Soyuz-FG first flew crews in 2002
    text = ("Mission | Launch | Notes\n"
            "Soyuz TM-31 | 31 Oct 2000 | first ISS crew, on a Soyuz-FG\n")
    assert said(checker, text, "launch_vehicle") == [
        ("Soyuz TM-31", "Soyuz-FG", "contradicted")]


@integration
def test_people_in_a_flights_note_are_its_crew(checker: Checker) -> None:
    # Soyuz TM-2 carried Romanenko and Laveykin (1987); Expedition 1 flew up on Soyuz TM-31.
    # "Romanenko" alone names two cosmonauts; the row's Soyuz TM-2 settles which.
    text = ("Mission | Launch | Notes\n"
            "Soyuz TM-2 | 6 Feb 1987 | Romanenko and Laveykin, long-duration crew\n"
            "Soyuz TM-31 | 31 Oct 2000 | Expedition 1 (Shepherd, Gidzenko, Krikalev)\n")
    assert said(checker, text, "crew") == [
        ("Soyuz TM-2", "Yury Romanenko", "supported"),
        ("Soyuz TM-2", "Aleksandr Laveykin", "supported"),
        ("Soyuz TM-31", "William Shepherd", "supported"),
        ("Soyuz TM-31", "Yuri Gidzenko", "supported"),
        ("Soyuz TM-31", "Sergei Krikalev", "supported")]
    # each claim spans words of its note (the names, or the clause), not the row
    assert {c.quote for c in claims_of(checker, text, "crew")} == {
        "Romanenko", "Romanenko and Laveykin",
        "Expedition 1 (Shepherd, Gidzenko, Krikalev)"}


def test_a_rows_crafts_keep_the_order_they_are_named_in() -> None:
    # "VOSTOK 3 & VOSTOK 4 (Vostok 3 first)": pairs go to Vostok 3, then Vostok 4
    three, four, again = (Mention(a, b, e, e, "spacecraft", e) for a, b, e in (
        (0, 8, "Vostok 3"), (11, 19, "Vostok 4"), (21, 29, "Vostok 3")))
    assert _distinct([three, four, again]) == [three, four]


@integration
def test_a_clause_that_is_only_a_mass_is_what_the_craft_weighed(checker: Checker) -> None:
    # the catalog's curated masses: Salyut 1 18,425 kg, the Mir core 20,400 kg
    text = ("Station | Launch | Design | Notes\n"
            "Salyut 1 | 19 April 1971 | DOS-1 | first space station; {}; re-entered 1971\n"
            "Mir | 20 February 1986 | DOS-7 | 20.4 t; core module\n")
    assert said(checker, text.format("18.9 t"), "mass") == [
        ("Salyut", "18900 kg", "contradicted"), ("Mir", "20400 kg", "supported")]
    assert said(checker, text.format("18.4 t"), "mass")[0] == (
        "Salyut", "18400 kg", "supported")
