"""A spreadsheet exported with semicolons: its rows read as a table's, a landing column's
day read as a satellite's fall or as the day the row's crew came home, a bare "Days"
column as the flight's length. Rows written here; verdicts on the real catalog (Sputnik 1
fell on 4 January 1958; Bykovsky and Jähn went up in Soyuz 31 and came home in Soyuz 29
on 3 September 1978)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.claims.tables import Column, read_header
from sleuth.text.tables import Cell, find_tables
from tests.checker.claims import said

HEADER = "Mission;Launch (UTC);Landing;Days;Crew;Vehicle;Notes\n"


def test_semicolon_rows_under_a_header_of_labels_are_a_table() -> None:
    text = HEADER + "Vostok 1;12.04.1961;12.04.1961;0.075;Gagarin;Vostok 8K72K;\n"
    table = find_tables(text)[0]
    assert [c.text for c in table.header][:3] == ["Mission", "Launch (UTC)", "Landing"]
    assert [c.text for c in table.rows[0]][:2] == ["Vostok 1", "12.04.1961"]
    # prose with a semicolon or two is no table
    prose = "Salyut 1 went up; Soyuz 11 followed; the crew died.\nThey flew; we watched; ok.\n"
    assert find_tables(prose) == []


@pytest.mark.integration
def test_a_landing_column_holds_a_satellites_fall_and_a_crews_return(
        checker: Checker) -> None:
    text = (HEADER + "Sputnik 1;1957-10-04;1958-01-04;;n/a;Sputnik 8K71PS;\n"
            "Soyuz 31;26.08.1978;03.09.1978;7.87;Bykovsky, Jähn (GDR);;guests\n")
    assert said(checker, text, "reentry_date") == [("Sputnik 1", "1958-01-04", "supported")]
    landings = said(checker, text, "landing_date")
    assert [(value, verdict) for _, value, verdict in landings] == [
        ("1978-09-03", "supported")]
    assert said(checker, text, "launch_date") == [
        ("Sputnik 1", "1957-10-04", "supported"), ("Soyuz 31", "1978-08-26", "supported")]


def test_a_header_that_is_a_unit_or_says_vehicle_names_its_column() -> None:
    assert read_header(Cell(0, 4, "Days")) == Column("duration", "Days")
    assert read_header(Cell(0, 5, "Hours")) == Column("duration", "Hours")
    assert read_header(Cell(0, 7, "Vehicle")) == Column("launch_vehicle")


@pytest.mark.integration
def test_a_days_column_and_a_vehicle_column_are_judged(checker: Checker) -> None:
    text = (HEADER + "Vostok 1;12.04.1961;12.04.1961;0.075;Gagarin;Vostok 8K72K;\n"
            "Vostok 2;06.08.1961;07.08.1961;1.25;Titov;;\n"
            "Voskhod 1;12.10.1964;13.10.1964;1.01;Komarov, Feoktistov, Yegorov;Vostok 8K72K;\n")
    assert said(checker, text, "duration") == [
        ("Vostok 1", "108 min", "supported"),  # 0.075 days: 108 minutes
        ("Vostok 2", "30 h", "contradicted"),  # a day and 78 minutes, not a day and a quarter
        ("Voskhod 1", "24.24 h", "supported")]
    assert said(checker, text, "launch_vehicle") == [
        ("Vostok 1", "Vostok 8K72", "supported"), ("Voskhod 1", "Vostok 8K72", "contradicted")]


@pytest.mark.integration
def test_a_rows_one_crewman_who_flew_another_ship_does_not_own_its_landing(
        checker: Checker) -> None:
    # Beregovoy flew Soyuz 3; Soyuz 2, his uncrewed target, came down on 28 October
    text = HEADER + "Soyuz 2;25.10.1968;28.10.1968;;Beregovoy;;target for Soyuz 3\n"
    assert said(checker, text, "landing_date") == [("Soyuz-2", "1968-10-28", "supported")]
    assert said(checker, text, "crew") == [("Soyuz-2", "Georgy Beregovoy", "contradicted")]


@pytest.mark.integration
def test_a_craft_that_died_in_orbit_fell_with_its_parts(checker: Checker) -> None:
    # GCAT records the end of Fobos-Grunt's work (20 November 2011) and, in its auxiliary
    # catalogue, the fall of its parts on 15 January 2012
    text = (HEADER + "Fobos-Grunt;2011-11-08;15.01.2012;;n/a;;stranded in Earth orbit\n\n"
            "Fobos-Grunt fell back to Earth on 15 January 2012.\n")
    assert said(checker, text, "reentry_date") == [
        ("Fobos-Grunt", "2012-01-15", "supported"), ("Fobos-Grunt", "2012-01-15", "supported")]


@pytest.mark.integration
def test_a_fraction_in_the_orbits_column_is_misplaced_not_an_orbit_count(
        checker: Checker) -> None:
    text = ("Mission;Launch;Landing;Orbits;Crew\n"
            "Vostok 6;16.06.1963;19.06.1963;2.95;Tereshkova\n"
            "Vostok 2;06.08.1961;07.08.1961;17;Titov\n")
    assert said(checker, text, "orbit_count") == [("Vostok 2", "17 orbits", "supported")]


@pytest.mark.integration
def test_a_csv_export_under_its_comments_is_read_row_by_row(checker: Checker) -> None:
    # "7 Aug 1961" after a comma is a day; the comments over the header are no sentence
    # that runs into the rows
    text = ("# Columns: perigee_km = initial orbit; end_date = landing or impact\n"
            "row,mission,launch_date,vehicle,crew,perigee_km,period_min,end_date,note\n"
            "3,Vostok 1,12 Apr 1961,Vostok 8K72K,Yuri Gagarin,181,108,1961-04-12,one orbit\n"
            "4,Vostok 2,7 Aug 1961,Vostok 8K72K,Gherman Titov,178,,7 Aug 1961,17 orbits\n"
            '1,Luna 2,1959-09-12,Vostok-L 8K72,,,,14 Sep 1959,"first man-made object to '
            'hit the Moon"\n')
    assert said(checker, text) == [("Vostok 1", "1961-04-12", "supported"),
                                   ("Vostok 2", "1961-08-07", "contradicted"),
                                   ("Luna-2", "1959-09-12", "supported")]
    assert said(checker, text, "perigee") == [("Vostok 1", "181 km", "supported"),
                                              ("Vostok 2", "178 km", "supported")]
    # Gagarin's 108 minutes is the flight's length, not Vostok 1's orbital period
    assert said(checker, text, "orbital_period") == [("Vostok 1", "108 min", "contradicted")]
    assert [(s, v) for s, _, v in said(checker, text, "landing_date")] == [
        ("Yuri Gagarin", "supported"), ("Gherman Titov", "supported"), ("Luna-2", "supported")]


@pytest.mark.integration
def test_a_fixed_width_table_is_read_row_by_row(checker: Checker) -> None:
    text = ("  Mission       Launch (UTC)    Days    Orbits\n"
            "  ------------  ------------  -------  -------\n"
            "  Vostok 2      1961-08-06      1.05        17\n"
            "  Voskhod 1     1964-10-12      1.01        15\n"
            "  Soyuz 4       1969-01-15      2.97        48\n")
    assert said(checker, text) == [("Vostok 2", "1961-08-06", "supported"),
                                   ("Voskhod 1", "1964-10-12", "supported"),
                                   ("Soyuz 4", "1969-01-15", "contradicted")]
    assert [v for _, _, v in said(checker, text, "duration")] == ["supported"] * 3
    assert said(checker, text, "orbit_count") == [("Vostok 2", "17 orbits", "supported"),
                                                  ("Voskhod 1", "15 orbits", "contradicted"),
                                                  ("Soyuz 4", "48 orbits", "supported")]
