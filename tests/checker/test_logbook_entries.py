"""Readings from session 52's observer's logbook: entries headed by their day ("Sat 18
May 2019 — …") in a text with no date of its own. "Twenty-eight years ago today" counts
from the entry's day, and the day then dates no event of its own; "today" and "this
morning" are the entry's day; "MS-15 away at 13:57" and "MS-19 up with …" are launches
on it; a count of orbits right after a docking is the time to dock.
Lines written here; verdicts on the real catalog (Soyuz TM-12 launched 18 May 1991;
Venera 7 launched 17 August 1970 and landed 15 December 1970; Luna 25 crashed on 19
August 2023; Soyuz MS-15 launched 25 September 2019; Leonov and Belyayev flew Voskhod 2
for 26 hours)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from tests.checker.claims import claims_of, said

LOG = ("SKY LOG, BOOK 4\nNotes from the back garden.\n\n"
       "Fri 12 Apr 2019 — Clear from 20:30, dew heavy.\n\n{}\n\n"
       "Sat 2 Nov 2019 — Club night. Eleven passes logged.\n")


def test_a_count_in_an_entry_counts_from_the_entrys_day() -> None:
    text = LOG.format("Sat 18 May 2019 — Twenty-eight years ago today Sharman went up.")
    found = {d.text: (str(d.date), d.kind) for d in find_dates(text)}
    assert found["Twenty-eight years ago today"] == ("1991-05-18", "ago")
    assert found["18 May 2019"] == ("2019-05-18", "dateline")  # the day it was written
    assert found["12 Apr 2019"] == ("2019-04-12", "absolute")  # no count: that day's news


@pytest.mark.integration
def test_an_entrys_count_dates_what_it_tells(checker: Checker) -> None:
    entry = ("Sat 18 May 2019 — Twenty-eight years ago today Helen Sharman went up on Soyuz "
             "TM-12 with Artsebarsky and Krikalev.")
    assert said(checker, LOG.format(entry)) == [("Helen Sharman", "1991-05-18", "supported")]
    entry = ("Tue 15 Dec 2020 — Fifty years ago today Venera 7 landed on Venus. It had been "
             "launched that {} on a Proton.")
    assert said(checker, LOG.format(entry.format("August")))[-1] == (
        "Venera-7", "1970-08", "supported")
    assert said(checker, LOG.format(entry.format("July")))[-1] == (
        "Venera-7", "1970-07", "contradicted")


@pytest.mark.integration
def test_today_and_a_logs_shorthand_are_the_entrys_day(checker: Checker) -> None:
    entry = "Sat 19 Aug 2023 — Luna 25 is gone, crashed into the Moon today."
    assert [(c.subject_name, c.value, c.verdict) for c in checker.check_text(
        LOG.format(entry)).claims if c.property in ("landing_date", "reentry_date")] == [
        ("Luna-25", "2023-08-19", "supported")]
    entry = "Wed 25 Sep 2019 — Soyuz MS-15 away at 13:57 with Skripochka and Jessica Meir."
    assert said(checker, LOG.format(entry)) == [("Soyuz MS-15", "2019-09-25", "supported")]
    entry = "Wed 25 Sep 2019 — Soyuz MS-14 up with Skripochka and Jessica Meir."
    assert said(checker, LOG.format(entry)) == [("Soyuz MS-14", "2019-09-25", "contradicted")]


@pytest.mark.integration
def test_the_time_to_dock_is_not_the_flights(checker: Checker) -> None:
    text = ("MS-17 launched at 05:45 on 14 October 2020 and was docked by 08:49, just over "
            "three hours and only two orbits.")
    assert claims_of(checker, text, "orbit_count") == []
    assert claims_of(checker, text, "duration") == []
    text = "Soyuz TM-17 docked with Mir in July 1993 and stayed 179 days."
    assert [c.value for c in claims_of(checker, text, "duration")] == ["179 days"]


@pytest.mark.integration
def test_he_with_a_crewmate_is_the_man_named_earlier_in_the_sentence(
        checker: Checker) -> None:
    text = ("Beregovoy went up in Soyuz 3 in Oct 1968. Voskhod 2 went up in March 1965 and "
            "Leonov made the first ever walk outside; he and Belyayev were down in the snowy "
            "forest after about 26 hours.")
    assert said(checker, text, "duration") == [("Alexei Leonov", "26 h", "supported")]
    assert said(checker, text, "first") == [
        ("Alexei Leonov", "first walk outside", "supported")]


@pytest.mark.integration
def test_a_later_probe_named_after_a_first_since_is_not_the_subject(checker: Checker) -> None:
    text = ("Luna 25 crashed. It had been launched on 11 Aug 2023, the first Russian lunar "
            "probe since Luna 24.")
    assert said(checker, text) == [("Luna-25", "2023-08-11", "supported")]
    text = "Soyuz MS-25 left with Marina Vasilevskaya from Belarus."
    assert claims_of(checker, text, "launch_site") == []


@pytest.mark.integration
def test_a_role_before_a_name_keeps_the_crew_list(checker: Checker) -> None:
    text = ("Soyuz MS-19 lifted off on 5 October 2021 with Shkaplerov, actress Yulia Peresild "
            "and director Klim Shipenko.")
    assert [v for _, v, _ in said(checker, text, "crew")] == [
        "Anton Shkaplerov", "Yulia Peresild", "Klim Shipenko"]
    text = "Soyuz MS-20 lifted off with Maezawa and his cameraman Hirano, Skvortsov in command."
    assert said(checker, text, "crew")[-1] == (
        "Soyuz MS-20", "Aleksandr Skvortsov", "contradicted")
