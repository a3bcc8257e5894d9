"""A person's landing on a flight the catalog records no end of. Lines written here;
verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_landing_after_a_launch_with_no_recorded_end_is_not_judged_by_another_flight(
        checker: Checker) -> None:
    # GCAT has Soyuz MS-10's launch (an orbital failure) but no landing; Ovchinin's
    # other landings (2016, 2019) say nothing of this one
    text = ("On 11 October 2018 Aleksey Ovchinin rode out a booster failure on Soyuz MS-10 "
            "and landed safely.")
    assert said(checker, text, "landing_date") == [
        ("Aleksey Ovchinin", "2018-10-11", "unverifiable")]
    # a landing of his that the catalog does record is still judged
    assert said(checker, "Aleksey Ovchinin landed on 3 October 2019.", "landing_date") == [
        ("Aleksey Ovchinin", "2019-10-03", "supported")]
    assert said(checker, "Aleksey Ovchinin landed on 4 October 2019.", "landing_date") == [
        ("Aleksey Ovchinin", "2019-10-04", "contradicted")]


@pytest.mark.integration
def test_the_riders_other_flights_do_not_date_a_craft_with_no_recorded_landing(
        checker: Checker) -> None:
    text = ("Soyuz MS-10 failed on 11 October 2018 about two minutes into the climb, and "
            "Aleksey Ovchinin and Nick Hague landed safely in the capsule.")
    assert said(checker, text, "landing_date") == [("Soyuz MS-10", "2018-10-11",
                                                    "unverifiable")]


@pytest.mark.integration
def test_a_crewed_flight_the_crew_data_leaves_out_may_be_theirs(checker: Checker) -> None:
    # GCAT has Soyuz 18a (5 April 1975) as crewed, Wikidata its 21-minute flight; neither
    # crew file lists Lazarev or Makarov on it, only on their other flights
    text = ("On 5 April 1975 a launch failure left Lazarev and Makarov with a 21-minute "
            "suborbital flight.")
    assert said(checker, text, "launch_date") == [("Vasily Lazarev", "1975-04-05",
                                                   "unverifiable")]
    assert said(checker, text, "duration") == [("Oleg Makarov", "21 min", "unverifiable")]
    # a Soviet crew's time is not measured by a Chinese flight whose crew is unlisted
    assert said(checker, "Yelena Kondakova spent 182 days in space.", "duration") == [
        ("Yelena Kondakova", "182 days", "contradicted")]
