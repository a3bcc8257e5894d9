"""What a past-perfect relative clause names is background, not what the text goes on
about; "the crew" is of a ship, never of a station. Lines written here; verdicts on the
real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

TEXT = ("Soyuz T-6 opened a new phase. Salyut 7 had been launched two months earlier and "
        "was occupied by Anatoly Berezovoy and Valentin Lebedev, who had arrived aboard "
        "Soyuz T-5 in April. {then}")


@pytest.mark.integration
def test_the_crew_after_a_background_clause_is_of_the_ship_before_it(
        checker: Checker) -> None:
    text = TEXT.format(then="After a week of experiments, the crew landed eight days after "
                       "launch, having completed 125 orbits.")
    assert said(checker, text, "landing_date") == [("Soyuz T-6", "1982-07-02", "supported")]
    assert said(checker, text, "orbit_count") == [("Soyuz T-6", "125 orbits", "supported")]
    # the clause's own claim stays
    assert said(checker, text, "crew") == [("Soyuz T-5", "Anatoly Berezovoy", "supported"),
                                           ("Soyuz T-5", "Valentin Lebedev", "supported")]


@pytest.mark.integration
def test_the_crew_of_a_station_with_no_ship_in_reach_is_no_one(checker: Checker) -> None:
    text = ("Soyuz T-6 opened a new phase. It carried a guest. The guest was French. He "
            "flew well. Salyut 7 was occupied by Anatoly Berezovoy and Valentin Lebedev, "
            "who had arrived aboard Soyuz T-5 in April. The crew landed eight days after "
            "launch.")
    assert said(checker, text, "landing_date") == []


@pytest.mark.integration
def test_it_that_undocks_or_lands_is_the_ship_not_the_station_the_sentence_was_about(
        checker: Checker) -> None:
    text = ("Soyuz T docked at the forward port. Salyut 6 was unoccupied at the time, and "
            "the Soyuz remained docked for 95 days. It undocked on 23 March 1980 and landed "
            "two days later.")
    assert said(checker, text, "landing_date") == [("Soyuz T", "1980-03-25", "supported")]
    # a station's own deeds stay the station's
    assert said(checker, "Salyut 6 was launched in 1977. It was deorbited on 29 July 1982.",
                "reentry_date") == [("Salyut-6", "1982-07-29", "supported")]


@pytest.mark.integration
def test_the_station_visited_before_a_landing_is_not_what_landed(checker: Checker) -> None:
    text = ("Helen Sharman lifted off in Soyuz TM-12 on 18 May 1991, and the Soyuz docked "
            "with Mir two days later. She was the first woman to visit the station, and "
            "landed in Kazakhstan aboard Soyuz TM-12 on 26 May.")
    assert said(checker, text, "landing_date") == [("Helen Sharman", "1991-05-26",
                                                    "supported")]
