"""Ambiguous numeric dates, days and crafts listed together, "followed", spacewalk
lengths, firsts in orbit and landings on other worlds, on the real catalog with new text
(rules from the tenth held-out article's blind score)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from tests.checker.claims import claims_of

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "value", "verdict"), [
    ("Luna 3 was launched on 4/10/59.", "1959-10-04", "supported"),  # day first
    ("Sputnik 1 was launched on 10/4/57.", "1957-10-04", "supported"),  # month first
    ("Luna 2 was launched on 11/9/59.", "1959-11-09", "contradicted"),  # neither
])
def test_a_numeric_date_that_reads_both_ways_is_judged_both_ways(
        checker: Checker, text: str, value: str, verdict: str) -> None:
    [claim] = claims_of(checker, text, "launch_date")
    assert (claim.value, claim.verdict) == (value, verdict)


def test_only_a_numeric_date_that_reads_both_ways_has_another_reading() -> None:
    ambiguous, plain = find_dates("on 4/10/59 and on 25/12/59")
    assert ambiguous.date.iso() == "1959-04-10"  # month first, as in the US
    assert ambiguous.alternative is not None and ambiguous.alternative.iso() == "1959-10-04"
    assert plain.alternative is None


def test_a_day_listed_before_a_dated_day_takes_its_year(checker: Checker) -> None:
    text = ("In 1970 the plan was set. Venera 11 and Venera 12 left Baikonur on September 9 "
            "and September 14, 1978, respectively.")
    dates = [(c.subject_name, c.value, c.verdict) for c in claims_of(checker, text,
                                                                      "launch_date")]
    assert dates == [("Venera-11", "1978-09-09", "supported"),
                     ("Venera-12", "1978-09-14", "supported")]


def test_a_site_said_of_a_list_of_crafts_is_said_of_each(checker: Checker) -> None:
    text = "Vostok 3 and Vostok 4 were launched from Plesetsk."
    sites = [(c.subject_name, c.verdict) for c in claims_of(checker, text, "launch_site")]
    assert sites == [("Vostok 3", "contradicted"), ("Vostok 4", "contradicted")]


def test_followed_is_the_event_told_before_it(checker: Checker) -> None:
    text = "Vostok 3 landed on 15 August 1962, and Vostok 4 followed on 15 August."
    landings = [(c.subject_name, c.verdict) for c in claims_of(checker, text,
                                                                "landing_date")]
    assert landings == [("Vostok 3", "supported"), ("Vostok 4", "supported")]
    assert not claims_of(checker, text, "launch_date")


def test_a_date_of_its_twin_is_not_the_crafts(checker: Checker) -> None:
    text = "Vega 1 dropped its lander on 11 June 1985; its twin followed on 15 June."
    assert [c.value for c in claims_of(checker, text, "landing_date")
            if c.subject_name == "Vega 1"] != ["1985-06-15"]


@pytest.mark.parametrize("text", [
    "Leonov's walk lasted about 40 minutes.",
    "Savitskaya spent three hours outside the station.",
])
def test_a_spacewalk_is_not_a_flight(checker: Checker, text: str) -> None:
    # (judged against the time outside since session 75, never the flight's length)
    claims = claims_of(checker, text, "duration")
    assert claims and all(e.property == "eva_duration" for c in claims for e in c.evidence)


def test_a_first_in_orbit_leaves_out_suborbital_flights(checker: Checker) -> None:
    # Alan Shepard flew second, but on a suborbital hop; John Glenn was the third to orbit.
    [claim] = claims_of(checker, "John Glenn was the third person to orbit the Earth.", "first")
    assert claim.verdict == "supported"
    [second] = claims_of(checker, "Alan Shepard was the second person to orbit the Earth.",
                         "first")
    assert (second.verdict, second.expected) == ("contradicted", "Gherman Titov")


def test_a_touchdown_elsewhere_before_the_recorded_end_is_not_refuted(
        checker: Checker) -> None:
    # GCAT dates the end of Luna 17's work, not its touchdown on 17 November 1970.
    [claim] = claims_of(checker, "Luna 17 touched down on the Moon on 17 November 1970.",
                        "landing_date")
    assert claim.verdict != "contradicted"
    [late] = claims_of(checker, "Luna 16 landed on the Moon on 30 September 1970.",
                       "landing_date")
    assert late.verdict == "contradicted"  # after the end the catalog records


def test_a_verb_joined_on_after_a_date_is_not_that_dates_event(checker: Checker) -> None:
    text = ("Vega 1 dropped a lander into the atmosphere of Venus in June 1985 and then flew "
            "on to Halley's Comet.")
    assert not claims_of(checker, text, "launch_date")
