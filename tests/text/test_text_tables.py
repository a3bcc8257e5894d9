"""Tests for sleuth.text.tables and the pipe tables html_to_text writes."""

from sleuth.text.document import html_to_text
from sleuth.text.segment import sentences
from sleuth.text.tables import find_tables


def _texts(cells: list) -> list[str]:
    return [cell.text for cell in cells]


def test_a_pipe_table_has_a_header_and_rows_whose_spans_index_the_text() -> None:
    text = ("Intro.\n\n| Flight | **Launched** |\n| :--- | ---: |\n"
            "| Vostok 1 | 12 Apr 1961 |\n| _Vostok 2_ | 6 Aug 1961 |\n\nAfter.\n")
    [table] = find_tables(text)
    assert _texts(table.header) == ["Flight", "Launched"]
    assert [_texts(row) for row in table.rows] == [["Vostok 1", "12 Apr 1961"],
                                                   ["Vostok 2", "6 Aug 1961"]]
    assert all(text[c.start:c.end] == c.text for row in table.rows for c in row)
    assert text[table.start:table.end].endswith("6 Aug 1961 |")


def test_outer_pipes_may_be_left_out_and_empty_cells_keep_their_column() -> None:
    text = "Station | Launched | Crew\n---|---|---\nMir | | none\n"
    [table] = find_tables(text)
    assert _texts(table.rows[0]) == ["Mir", "", "none"]


def test_lines_with_pipes_but_no_delimiter_row_are_no_table() -> None:
    assert find_tables("a | b\nc | d\n") == []
    assert find_tables("Launched 1961 | Vostok\nSoyuz 1 | 1967\n") == []  # no header
    assert find_tables("No pipes at all.") == []


def test_a_plain_text_list_of_rows_under_a_header_is_a_table() -> None:
    text = ("Mission | Launch | Crew | Duration\n"
            "Soyuz 17 | 11 Feb 1975 | Gubarev, Grechko | 30 d\n"
            "Soyuz 18 | 24 May 1975 | Klimuk, Sevastyanov | 61 d\n"
            "[a] A note | with a pipe\n")
    [table] = find_tables(text)
    assert _texts(table.header) == ["Mission", "Launch", "Crew", "Duration"]
    # the note has fewer cells than the header: not a row
    assert [_texts(row)[0] for row in table.rows] == ["Soyuz 17", "Soyuz 18"]


def test_an_escaped_pipe_stays_in_its_cell() -> None:
    [table] = find_tables("| A | B |\n|---|---|\n| x \\| y | z |\n")
    assert _texts(table.rows[0]) == ["x \\| y", "z"]


def test_each_table_row_is_a_sentence_of_its_own() -> None:
    text = "Some flights:\n| Flight | Launched |\n|---|---|\n| Vostok 1 | 12 Apr 1961 |\n"
    assert [text[a:b] for a, b in sentences(text)] == [
        "Some flights:", "| Flight | Launched |", "|---|---|", "| Vostok 1 | 12 Apr 1961 |"]


def test_html_tables_become_pipe_tables() -> None:
    html = ("<p>Flights.</p><table><thead><tr><th>Flight</th><th>Pilot</th></tr></thead>"
            "<tbody><tr><td><b>Vostok 1</b></td><td>Yuri  Gagarin</td></tr>"
            "<tr><td>a|b</td></tr></tbody></table><p>After.</p>")
    text = html_to_text(html)
    assert text == ("Flights.\n\n| Flight | Pilot |\n| --- | --- |\n"
                    "| Vostok 1 | Yuri Gagarin |\n| a\\|b | |\n\nAfter.")
    [table] = find_tables(text)
    assert _texts(table.rows[0]) == ["Vostok 1", "Yuri Gagarin"]
