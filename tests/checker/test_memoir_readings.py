"""A duration told with a date is of the flight that date falls in, not of any flight of
the person; a woman the crew sources give no gender is known by her surname's feminine
form; "the ship" is not a station module (on the real catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker


def _duration(checker: Checker, text: str) -> tuple[str, str]:
    [claim] = [c for c in checker.check_text(text).claims if c.property == "duration"]
    return claim.value, claim.verdict


@pytest.mark.integration
@pytest.mark.parametrize(("text", "expected"), [
    # Ryumin flew 175 days in 1979 and 185 in 1980: the date says which
    ("In 1979 Valery Ryumin spent 185 days aboard Salyut 6.", ("185 days", "contradicted")),
    ("In 1979 Valery Ryumin spent 175 days aboard Salyut 6.", ("175 days", "supported")),
    ("In 1980 Valery Ryumin spent 185 days aboard Salyut 6.", ("185 days", "supported")),
    # a landing month dates it too
    ("In August 1979 Valery Ryumin came home after 185 days.", ("185 days", "contradicted")),
    # no date: any of his flights
    ("Valery Ryumin once spent 185 days aboard Salyut 6.", ("185 days", "supported")),
])
def test_a_date_in_the_clause_tells_the_flight(checker: Checker, text: str,
                                               expected: tuple[str, str]) -> None:
    assert _duration(checker, text) == expected


@pytest.mark.integration
def test_a_date_in_another_clause_does_not(checker: Checker) -> None:
    text = ("In March 1979 Valery Ryumin went back to Salyut 6; the stay lasted 185 days, "
            "his second long one.")
    assert _duration(checker, text) == ("185 days", "supported")


@pytest.mark.integration
def test_a_feminine_surname_is_a_woman_for_she(checker: Checker) -> None:
    text = ("Marina Vasilevskaya launched on Soyuz MS-25 in March 2024 with Oleg Novitsky "
            "and NASA's Tracy Dyson. She was the first citizen of Belarus to fly.")
    [first] = [c for c in checker.check_text(text).claims if c.property == "first"]
    assert first.subject_name == "Marina Vasilevskaya"


@pytest.mark.integration
def test_the_ship_is_not_the_module_it_struck(checker: Checker) -> None:
    text = ("On 25 June 1997 Vasily Tsibliyev, flying Progress M-34 by hand, struck "
            "Spektr. The ship had gone up in April.")
    [launch] = [c for c in checker.check_text(text).claims if c.property == "launch_date"]
    assert (launch.subject_name, launch.value, launch.verdict) == (
        "Progress M-34", "1997-04", "supported")
