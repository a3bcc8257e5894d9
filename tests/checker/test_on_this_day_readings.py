"""Readings from the "On this day" list set (session 45): "Soyuz TM-29 landed with A, B
and C" names who came home in it; a person's flight length on the ship they went up in,
as the crew file writes it ("up in Soyuz TM28"); a craft in a bracketed aside is not the
one the text goes on about; "Salyut 7 (launched in April 1981)" dates Salyut 7 even where
it is the ship's destination. Lines written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_landed_with_names_who_came_home(checker: Checker) -> None:
    # Soyuz 34 went up empty and brought Lyakhov and Ryumin home (GCAT, crew data)
    text = "Soyuz 34 landed in Kazakhstan with Vladimir Lyakhov and Valery Ryumin aboard."
    assert {verdict for *_, verdict in said(checker, text, "crew")} == {"supported"}
    text = "Soyuz 34 landed in Kazakhstan with Vladimir Kovalyonok and Aleksandr Ivanchenkov."
    assert {verdict for *_, verdict in said(checker, text, "crew")} == {"contradicted"}


def test_a_flight_length_is_found_for_a_ship_written_without_its_hyphen(
        checker: Checker) -> None:
    # astronauts-2020: Avdeyev 9110 h, "up in Soyuz TM28, down in Soyuz TM29" (379.6 d)
    text = ("1998 – Soyuz TM-28 was launched with Gennady Padalka and Sergei Avdeyev; "
            "Avdeyev would stay for nearly 380 days (see 28 August).")
    assert said(checker, text, "duration") == [("Sergei Avdeyev", "380 days", "supported")]


def test_an_asides_craft_is_not_the_one_referred_to_next(checker: Checker) -> None:
    # Soyuz T-7's visitors: 7 d 21 h 52 min (crew data); Vostok 6 flew 2 d 23 h
    text = ("1982 – Soyuz T-7 lifted off with Leonid Popov, Aleksandr Serebrov and Svetlana "
            "Savitskaya, the first woman since Valentina Tereshkova (Vostok 6; see also 16 "
            "June). The ship docked with Salyut 7 the next day; the visitors came home in "
            "the older Soyuz T-5 after almost eight days.")
    assert [verdict for *_, verdict in said(checker, text, "duration")] == ["supported"]


def test_a_bracketed_launch_after_a_destination_is_the_destinations(
        checker: Checker) -> None:
    # Salyut 7 launched 1982-04-19 (GCAT launchlog)
    text = "The ship docked with Salyut 7 (launched in April 1981) the next day."
    assert said(checker, text) == [("Salyut-7", "1981-04", "contradicted")]


PAGE = """On this day in spaceflight: August

5 August

1973 – Mars 6 was launched on a Proton-K.
Born: 1934 – Valery Bykovsky, cosmonaut.

19 August (today)

1960 – Korabl-Sputnik 2 carried Belka and Strelka to orbit. The capsule was recovered the next day.
1982 – Soyuz T-7 lifted off with Svetlana Savitskaya (see also 16 June).
1997 – Soyuz TM-26 lifted off from Baikonur.
"""


def test_an_entry_year_under_a_day_alone_on_its_line_is_that_day(checker: Checker) -> None:
    # GCAT launchlog: Mars 6 1973-08-05, Korabl-Sputnik 2 1960-08-19 (down 08-20),
    # Soyuz T-7 1982-08-19, Soyuz TM-26 1997-08-05
    assert said(checker, PAGE) == [("Mars-6", "1973-08-05", "supported"),
                                   ("Korabl'-Sputnik-2", "1960-08-19", "supported"),
                                   ("Soyuz T-7", "1982-08-19", "supported"),
                                   ("Soyuz TM-26", "1997-08-19", "contradicted")]
    assert said(checker, PAGE, "landing_date") == [
        ("Korabl'-Sputnik-2", "1960-08-20", "supported")]


def test_a_pointer_to_another_day_dates_nothing(checker: Checker) -> None:
    text = "1982 – Soyuz T-7 lifted off with Svetlana Savitskaya (see also 16 June)."
    assert [value for _, value, _ in said(checker, text)] == ["1982"]
