"""What a profile of a person says, on the real catalog: "he" keeps standing for the
person the paragraph is about when others are named after it ("he commanded Soyuz 22 with
Vladimir Aksyonov"); a clause opened by "he" is his, not a craft's named before it; a verb
left out after "and" ("Salyut 6 went up in September 1977 and Salyut 7 in April 1981");
"Its maiden flight" after a rocket; and dates and lengths that are no flight's."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_he_stays_the_man_the_paragraph_is_about(checker: Checker) -> None:
    text = ("Bykovsky still holds a record. Vostok 5 left Baikonur on 14 June 1963. Twelve "
            "years later he commanded Soyuz 22 with Vladimir Aksyonov. The craft carried a "
            "camera; it came back after eight days. In August 1978 he flew a third time, "
            "commanding Soyuz 31. He logged 20 days in space in all.")
    assert ("Valery Bykovsky", "1978-08", "supported") in said(checker, text, "launch_date")
    assert said(checker, text, "duration")[-1][0] == "Valery Bykovsky"


def test_the_object_of_his_verb_is_not_whose_stays_they_were(checker: Checker) -> None:
    text = ("Ryumin made his first flight in 1977. The following April he returned at short "
            "notice to replace an injured Valentin Lebedev, this time alongside Leonid Kizim; "
            "the stay lasted 185 days.")
    assert said(checker, text, "duration") == [("Valery Ryumin", "185 days", "supported")]


def test_a_clause_opened_by_he_is_not_the_craft_before_it(checker: Checker) -> None:
    text = ("Ryumin made his first flight in 1977. Later a flight director for Mir, he flew "
            "once more, at 58, on STS-91 in June 1998.")
    assert said(checker, text, "launch_date")[-1] == ("STS-91", "1998-06", "supported")
    text = "Helen Sharman, a chemist from Sheffield, and she flew to Mir on 18 May 1991."
    assert not [c for c in said(checker, text, "launch_date") if c[0] == "Mir"]


def test_a_verb_left_out_after_and_is_the_first_clauses(checker: Checker) -> None:
    text = "Salyut 6 went up in September 1977 and Salyut 7 in April 1981."
    assert said(checker, text, "launch_date") == [("Salyut-6", "1977-09", "supported"),
                                                  ("Salyut-7", "1981-04", "contradicted")]


def test_a_left_out_launch_verb_dates_each_traveller_of_a_list(checker: Checker) -> None:
    # the traveller before "on <craft>" is the one dated; an apposition may stand before
    # the date; the last date is too far from "went up" to find it alone
    text = ("Cuba's Arnaldo Tamayo Mendez went up with Yuri Romanenko in 1980, France's "
            "Jean-Loup Chretien on Soyuz T-5 in 1982, and India's Rakesh Sharma, the first "
            "Asian in space, in 1985.")
    assert said(checker, text, "launch_date") == [
        ("Arnaldo Tamayo Méndez", "1980", "supported"),
        ("Jean-Loup Chrétien", "1982", "supported"),
        ("Rakesh Sharma", "1985", "contradicted")]
    # a verb of its own, or no launch verb before, dates nothing by gapping
    text = "Salyut 6 was visited in 1978, and India's Rakesh Sharma, a test pilot, in 1984."
    assert ("Rakesh Sharma", "1984", "supported") not in said(checker, text, "launch_date")


def test_its_maiden_flight_after_a_rocket_is_the_rockets(checker: Checker) -> None:
    text = ("Mir's core module followed on 20 February 1986. His great late project was the "
            "Energia rocket. Its maiden flight, on 15 May 1987, carried Polyus.")
    assert said(checker, text, "launch_date")[-1] == ("Energiya", "1987-05-15", "supported")
    text = ("Sputnik 1 was launched by an R-7 rocket on 4 October 1957. Its apogee was "
            "947 km.")
    assert said(checker, text, "apogee") == [("Sputnik 1", "947 km", "supported")]


def test_the_stations_launch_is_the_station_named_before(checker: Checker) -> None:
    text = ("In August 1982 they visited Salyut 7's first resident crew, Anatoly Berezovoy and "
            "Valentin Lebedev, who had been aboard since the station's launch that April.")
    assert ("Salyut-7", "1982-04", "supported") in said(checker, text, "launch_date")


def test_dates_and_lengths_that_are_no_flights(checker: Checker) -> None:
    text = ("He was chosen for the flights that followed the 1976 intergovernmental agreement "
            "Poland signed.")
    assert claims_of(checker, text, "launch_date") == []
    text = ("Polyakov flew in Soyuz TM-6 on 29 August 1988 and stayed aboard Mir, by then two "
            "and a half years in orbit.")
    assert claims_of(checker, text, "duration") == []
    text = ("Launched on 1 June 1970, Soyuz 9 stayed up for 18 days, a record that beat the "
            "14 days of Gemini 7, and landed on 19 June.")
    assert not [c for c in said(checker, text, "landing_date") if c[0] == "Gemini 7"]


def test_flying_twice_is_not_a_first_flight(checker: Checker) -> None:
    text = ("In July 1984 Svetlana Savitskaya became the first woman to fly in space twice.")
    [first] = claims_of(checker, text, "first")
    assert first.verdict != "contradicted"
