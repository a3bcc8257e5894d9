"""A blog post's readings: an update box telling what "an earlier version" said (withdrawn,
not claimed), a launch site's own first launch told in a clause after it ("Vostochny, which
saw its first launch in April 2016"), and a spacewalk's minutes said before the walk ("a
twelve-minute walk outside"), which are no flight's length. Lines written here; verdicts on
the real catalog (Salyut 7 came down on 7 February 1991; Luna 25 launched from Vostochny in
August 2023, the site's first launch was on 28 April 2016; Voskhod 2 flew for a day)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker


@pytest.mark.integration
def test_what_an_earlier_version_said_is_withdrawn(checker: Checker) -> None:
    text = ("Update: An earlier version of the station table said Salyut 7 burned up in 1990; "
            "it actually came down on 7 February 1991.")
    assert [(c.value, c.verdict) for c in checker.check_text(text).claims] == [
        ("1991-02-07", "supported")]


@pytest.mark.integration
def test_a_sites_first_launch_told_after_it_is_the_sites(checker: Checker) -> None:
    text = ("Luna 25 flew on a Soyuz-2.1b from Vostochny, which saw its first launch in "
            "April 2016.")
    dated = [(c.subject_name, c.value, c.verdict) for c in checker.check_text(text).claims
             if c.property == "launch_date"]
    assert dated == [("Vostochniy", "2016-04", "supported")]


@pytest.mark.integration
def test_a_walks_minutes_are_no_flights_length(checker: Checker) -> None:
    text = "Leonov's twelve-minute walk outside Voskhod 2 came in March 1965."
    # (judged as the walk's time since session 75)
    assert [(c.subject_name, c.verdict, {e.property for e in c.evidence})
            for c in checker.check_text(text).claims if c.property == "duration"] == [
        ("Alexei Leonov", "supported", {"eva_duration"})]
