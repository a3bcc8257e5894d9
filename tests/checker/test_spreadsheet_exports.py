"""A spreadsheet exported with semicolons: its rows read as a table's, a landing column's
day read as a satellite's fall or as the day the row's crew came home. Rows written here;
verdicts on the real catalog (Sputnik 1 fell on 4 January 1958; Bykovsky and Jähn went
up in Soyuz 31 and came home in Soyuz 29 on 3 September 1978)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.tables import find_tables
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
