"""A flight log's notes: lengths written with colons in the order the log declares, a
shared surname settled by its paragraph, a ship named with a man who did not fly it, a
row's guest who came home in another ship, a rover "put down", and what the writer calls
wrong. Text written here; verdicts on the real
catalog (Voskhod 2 flew 1 d 2 h 2 min and Vostok 2 1 d 1 h 18 min; Akiyama went up in
Soyuz TM-11 and landed on 10 December 1990; Aleksandr P. Aleksandrov flew Soyuz TM-3,
not TM-2)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_a_logs_declared_colon_lengths_are_judged(checker: Checker) -> None:
    text = ("Durations below are d:h:m.\n\n"
            "Voskhod 2 lasted 1:02:02. Vostok 2 lasted 1:10:18.\n")
    assert [(subject, verdict) for subject, _, verdict in said(checker, text, "duration")] == [
        ("Voskhod 2", "supported"), ("Vostok 2", "contradicted")]
    # the same digits with no order declared are no length
    assert said(checker, "Voskhod 2 lasted 1:02:02.", "duration") == []


def test_a_shared_surname_is_the_flier_of_its_paragraphs_years(checker: Checker) -> None:
    # the first "Titov" flew with Strekalov (Vladimir); the second, in a paragraph of
    # 1962's flights, is Gherman, whose Vostok 2 made seventeen orbits in 1961
    text = ("Titov and Strekalov escaped the pad fire.\n\n"
            "Vostok 3 and Vostok 4 went up in August 1962. Titov's flight made seventeen "
            "orbits.\n")
    orbits = claims_of(checker, text, "orbit_count")
    assert [(c.subject_name, c.verdict) for c in orbits] == [("Gherman Titov", "supported")]


def test_a_ships_launch_day_with_a_man_who_did_not_fly_it(checker: Checker) -> None:
    text = ('The ship "Soyuz TM-2" with Romanenko Yu. V. and Aleksandrov A. P. started '
            "06.02.1987 by Moscow time.")
    assert said(checker, text) == [("Soyuz TM-2", "1987-02-06", "supported")]
    crew = said(checker, text, "crew")
    assert ("Soyuz TM-2", "Yury Romanenko", "supported") in crew
    assert [verdict for _, name, verdict in crew if "Aleksandrov" in name] == ["contradicted"]


def test_a_rows_landing_may_be_the_day_its_guest_came_home(checker: Checker) -> None:
    text = ("Mission;Launch;Landing;Crew\n"
            "Soyuz TM-11;02.12.1990;10.12.1990;Afanasyev, Manarov, Akiyama (J)\n"
            "Soyuz TM-18;08.01.1994;09.07.1995;Afanasyev, Usachev, Polyakov\n")
    landings = said(checker, text, "landing_date")
    assert landings == [("Toyohiro Akiyama", "1990-12-10", "supported"),
                        ("Soyuz TM-18", "1995-07-09", "contradicted")]


def test_a_rover_put_down_on_a_day_is_no_launch_of_it(checker: Checker) -> None:
    text = "Luna 17 put Lunokhod 1 down on 17 November 1970."
    assert said(checker, text) == []
    # a particle of launching keeps the launch
    assert said(checker, "Vostochny sent Luna 25 off on 11 Aug 2023.") == [
        ("Luna-25", "2023-08-11", "supported")]


def test_what_the_writer_calls_wrong_is_not_claimed(checker: Checker) -> None:
    text = ("The astronaut database has Sharma launching on Soyuz T-10, which is wrong: "
            "Sharma went up on Soyuz T-11.")
    assert said(checker, text, "crew") == [("Soyuz T-11", "Rakesh Sharma", "supported")]
