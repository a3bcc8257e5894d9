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


def test_key_value_lines_under_a_heading_are_a_table_of_one_row() -> None:
    text = ("Intro.\n\n== Soyuz T-2 ==\n\nLaunch date: 5 June 1980, 14:19 UTC\n"
            "Launch site: Baikonur Site 1\n- Crew: Yury Malyshev, Vladimir Aksyonov\n\n"
            "Soyuz T-2 was the first crewed flight of the type.\n")
    [table] = find_tables(text)
    assert _texts(table.header) == ["", "Launch date", "Launch site", "Crew"]
    assert _texts(table.rows[0]) == ["Soyuz T-2", "5 June 1980, 14:19 UTC",
                                     "Baikonur Site 1", "Yury Malyshev, Vladimir Aksyonov"]
    assert all(text[c.start:c.end] == c.text for c in table.rows[0])
    assert text[table.start:table.end].startswith("Launch date:")
    assert text[table.start:table.end].endswith("Aksyonov")


def test_an_infobox_without_a_heading_has_no_label_cell() -> None:
    [table] = find_tables("Name: Salyut 1\nLaunched: 19 April 1971\nDecayed: 11 October 1971\n")
    assert _texts(table.header) == ["Name", "Launched", "Decayed"]


def test_speakers_bylines_and_short_runs_are_no_infobox() -> None:
    transcript = "ANNA: Gagarin flew.\nMARK: In 1961.\nANNA: Yes, on 12 April.\n"
    byline = "Vostok 1 at 65\n\nBy: Jane Doe\nDate: 12 April 2026\nSection: History\n"
    two_lines = "Launch date: 12 April 1961\nCrew: Yuri Gagarin\n"
    long_values = ("Launch date: 12 April 1961, when the whole world held its breath and a "
                   "young pilot from Smolensk became the first person to see the Earth from "
                   "orbit\nCrew: Yuri Gagarin\nSite: Baikonur\n")
    # a sentence-long value breaks the run: two short lines are left
    assert [find_tables(t) for t in (transcript, byline, two_lines, long_values)] == [
        [], [], [], []]


def test_two_fields_under_a_heading_are_a_card() -> None:
    [table] = find_tables("#07 VOSTOK 3 & VOSTOK 4\nLaunched: 11 Aug 1962 / 12 Aug 1962\n"
                          "Orbits: 64 and 48 respectively\n")
    assert _texts(table.header) == ["", "Launched", "Orbits"]
    assert _texts(table.rows[0])[0] == "07 VOSTOK 3 & VOSTOK 4"  # ("#" as in "### Mir")


def test_a_field_dating_the_page_makes_no_box() -> None:
    handout = ("GUEST LECTURE 3\n\"From Sputnik to Soyuz\"\n"
               "Handout date: Friday 16 June 2023 | Sea Day 4\n"
               "Lecturer: Dr Margaret Ellery | Explorers' Lounge, Deck 7\n")
    assert find_tables(handout) == []


def test_lines_ending_in_crlf_as_a_browser_sends_them() -> None:
    box = ("== Salyut 1 ==\r\n\r\nLaunched: 19 April 1971\r\nDecayed: 11 October 1971\r\n"
           "Crew: none\r\n")
    pipes = "| Flight | Launched |\r\n|---|---|\r\n| Vostok 1 | 12 Apr 1961 |\r\n"
    [table] = find_tables(box)
    assert _texts(table.rows[0]) == ["Salyut 1", "19 April 1971", "11 October 1971", "none"]
    [table] = find_tables(pipes)
    assert [_texts(row) for row in table.rows] == [["Vostok 1", "12 Apr 1961"]]


def test_a_plain_list_row_may_leave_its_empty_last_cell_out() -> None:
    text = ("Mission | Launch date | Duration | Notes\n"
            "Soyuz 11 | 1971-06-06 | 23 d 18 h | Crew killed\n"
            "Soyuz 17 | 1975-01-11 | 29 d 13 h |\n"
            "Soyuz 21 | 1976-07-06 | 48 d 6 h | Ended early\n")
    (table,) = find_tables(text)
    assert [row[0].text for row in table.rows] == ["Soyuz 11", "Soyuz 17", "Soyuz 21"]
    assert [cell.text for cell in table.rows[1]] == ["Soyuz 17", "1975-01-11", "29 d 13 h", ""]


def test_a_tab_separated_table() -> None:
    text = ("Mission\tLaunch date\tCrew\tGuest country\tNotes\n"
            "Soyuz 28\t2 March 1978\tPyotr Klimuk, Vladimir Remek\tCzechoslovakia\tFirst\n"
            "Soyuz 30\t27 June 1978\tPyotr Klimuk, Miroslaw Hermaszewski\tPoland\n"
            "\n"
            "Interkosmos agreed in 1976 to fly guests.\n")
    (table,) = find_tables(text)
    assert [cell.text for cell in table.header][:2] == ["Mission", "Launch date"]
    assert [[cell.text for cell in row][:2] for row in table.rows] == [
        ["Soyuz 28", "2 March 1978"], ["Soyuz 30", "27 June 1978"]]
    assert table.rows[1][4].text == ""


def test_a_generic_heading_gives_way_to_the_one_above() -> None:
    text = ("FACT SHEET 1 - VOSTOK 1\n\nQuick facts\n- Launch: 12 April 1961\n"
            "- Crew: Yuri Gagarin\n- Mass: 4,725 kg\n")
    [box] = find_tables(text)
    assert box.rows[0][0].text == "FACT SHEET 1 - VOSTOK 1"
    # a heading that names something stays the caption
    [box] = find_tables("Vostok 1\n- Launch: 12 April 1961\n- Crew: Yuri Gagarin\n"
                        "- Mass: 4,725 kg\n")
    assert box.rows[0][0].text == "Vostok 1"


def test_a_csv_export_is_a_table_and_prose_with_commas_is_not() -> None:
    text = ("# exported 14 March 2026\n"
            "row,mission,launch_date,crew,note\n"
            '3,Vostok 1,12 Apr 1961,Yuri Gagarin,"first human in orbit; one orbit"\n'
            '8,Voskhod 1,12 Oct 1964,"Komarov, Feoktistov, Yegorov",\n')
    (table,) = find_tables(text)
    assert [c.text for c in table.header] == ["row", "mission", "launch_date", "crew", "note"]
    assert [c.text for c in table.rows[1]] == [
        "8", "Voskhod 1", "12 Oct 1964", "Komarov, Feoktistov, Yegorov", ""]
    assert text[table.rows[0][4].start:table.rows[0][4].end] == "first human in orbit; one orbit"
    prose = ("Proton - heavy Soviet rocket, first flown in 1965, used to launch stations.\n"
             "Soyuz - crewed spacecraft, it first flew, without a crew, in 1967.\n"
             "Mir, Salyut, Zarya\nbuilt in Moscow, flown from Baikonur, lost\n")
    assert find_tables(prose) == []


def test_a_fixed_width_table_is_split_at_its_wide_gaps() -> None:
    text = ("Table 1: benchmark flights.\n\n"
            "  Mission       Launch (UTC)    Days    Orbits\n"
            "  ------------  ------------  -------  -------\n"
            "  Vostok 1      1961-04-12      0.075        1\n"
            "  Soyuz T-15    1986-03-13    125.00     1,980\n\n"
            "Fig. 1: Flight duration against launch year.\n")
    (table,) = find_tables(text)
    assert [c.text for c in table.header] == ["Mission", "Launch (UTC)", "Days", "Orbits"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["Vostok 1", "1961-04-12", "0.075", "1"], ["Soyuz T-15", "1986-03-13", "125.00", "1,980"]]
    # prose spaced twice after its full stops is no table, nor is a single row
    prose = ("He flew.  It landed.  They cheered.\nThe end came.  Then silence.  Then news.\n"
             "  Mission    Launch    Crew\n  Vostok 1   12 Apr 1961   Gagarin\n")
    assert find_tables(prose) == []


def test_an_infobox_line_may_hold_fields_between_bars() -> None:
    text = ("#06 GHERMAN TITOV\nFlight: Vostok 2\n"
            "Launched: 6 Aug 1961 | Landed: 8 Aug 1961\nOrbits: 17\n")
    (table,) = find_tables(text)
    assert _texts(table.header) == ["", "Flight", "Launched", "Landed", "Orbits"]
    assert _texts(table.rows[0]) == ["06 GHERMAN TITOV", "Vostok 2", "6 Aug 1961",
                                     "8 Aug 1961", "17"]
