"""A textbook's boxed timeline ("+----+" rules, "| 4 Oct 1959 ...... Luna 2 … |" rows,
dot leaders) read as the timeline it frames, and a trivia card's labelled question ("Card
8 - Q: Who was …?" ¶ "A: …") read as the questions a quiz asks. Lines written here;
verdicts on the real catalog (Vostok 1 launched 12 April 1961; Salyut 1 19 April 1971;
Zarya 20 November 1998; Luna 3, not Luna 2, photographed the far side)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker, without_box_frames
from sleuth.text.segment import sentences
from tests.checker.claims import said

BOX = """+--------------------------------------------------+
| TIMELINE                                         |
| 12.04.1961 ...... Yuri Gagarin orbits the Earth  |
| 1971-04-09 ...... Salyut 1 launched              |
| 4 Oct 1959 ...... Luna 2 photographs the far side|
| 20 Nov 1998 ..... Zarya, first ISS module        |
+--------------------------------------------------+
"""


def test_a_boxs_frame_is_blanked_in_place_and_a_tables_bars_are_not() -> None:
    read = without_box_frames(BOX)
    assert len(read) == len(BOX) and "|" not in read and "+" not in read
    assert "  1971-04-09 —      Salyut 1 launched" in read
    table = "+----+\n| Vostok 1 | 12 Apr 1961 |\n+----+\n"
    assert without_box_frames(table) == table  # a row with a bar inside is a table's


def test_a_line_opened_by_a_full_date_is_an_entry_of_its_own() -> None:
    entry = " and goes on past the length and the words of any heading"
    text = (f"Timeline\n4 Oct 1959 — Luna 3 sets off{entry}\n12.04.1961 — Vostok 1 flies{entry}"
            f"\nMarch 18th, 1965  First spacewalk{entry}\n2001, 23 March — Mir comes down\n")
    assert [text[a:b].split()[0] for a, b in sentences(text)] == [
        "Timeline", "4", "12.04.1961", "March", "2001,"]


@pytest.mark.integration
def test_a_boxed_timeline_dates_its_entries(checker: Checker) -> None:
    assert said(checker, BOX) == [("Yuri Gagarin", "1961-04-12", "supported"),
                                  ("Salyut", "1971-04-09", "contradicted"),
                                  ("Zarya", "1998-11-20", "supported")]


@pytest.mark.integration
def test_a_cards_labelled_question_is_answered(checker: Checker) -> None:
    text = ("Card 8 - Q: Who was the first woman in space?\nA: {}.\n\n"
            "Card 9 - TRICK - Q: Which probe was the first to hit the Moon?\nA: Luna 2.\n")
    assert said(checker, text.format("Valentina Tereshkova"), "first") == [
        ("Valentina Tereshkova", "first woman in space", "supported"),
        ("Luna-2", "first to hit the Moon", "supported")]
    assert said(checker, text.format("Svetlana Savitskaya"), "first")[0][2] == "contradicted"
