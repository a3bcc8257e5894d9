"""Readings fixed from the placards, revision sheet, myths column and radio script
(heldout41-45): a first said short of its place ("the first soft landing") is the one its
subject holds, "His commander, Pavel Belyayev" names a crewmate, "was brought down" is a
re-entry, "only the third human" is still an ordinal, "just over a day" is a length of
time, and a nation's place among those that sent a citizen to space is derived from the
crew data (on the real catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.quantities import find_quantities
from tests.checker.claims import said


@pytest.mark.integration
@pytest.mark.parametrize(("text", "verdict"), [
    ("Luna 9 made the first soft landing on 3 February 1966.", "supported"),
    ("Venera 7 made the first soft landing in 1970.", "supported"),
    # no soft landing is Luna 2's: which first is meant stays open
    ("Luna 2 made the first soft landing.", "unverifiable"),
    # a bare kind is the first of them all: Gagarin, not a cosmonaut's fuller first
    ("Alexei Leonov was the first cosmonaut.", "contradicted"),
])
def test_a_first_said_short_of_its_place(checker: Checker, text: str, verdict: str) -> None:
    assert [v for _, _, v in said(checker, text, "first")] == [verdict]


@pytest.mark.integration
def test_a_first_phrase_ends_before_an_ordinal_day(checker: Checker) -> None:
    text = "Luna 9 made the first soft landing on the Moon on 3rd February 1966."
    assert [(value, v) for _, value, v in said(checker, text, "first")] == [
        ("first soft landing on the Moon", "supported")]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "verdict"), [
    ("On 18 March 1965 Alexei Leonov left Voskhod 2 for the first spacewalk. "
     "His commander, Pavel Belyayev, steered the craft down by hand.", "supported"),
    ("Alexei Leonov made the first spacewalk, from Voskhod 2. "
     "His commander, Pavel Popovich, stayed inside the craft.", "contradicted"),
])
def test_his_commander_is_crew_of_the_ship_just_named(checker: Checker, text: str,
                                                       verdict: str) -> None:
    claims = said(checker, text, "crew")
    assert [v for _, value, v in claims if value.startswith("Pavel")] == [verdict]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "verdict"), [
    ("Mir was brought down into the Pacific on 23rd March 2001.", "supported"),
    ("Salyut 1 was launched in April 1971. The station itself was brought down in "
     "October 1972.", "contradicted"),
])
def test_brought_down_is_a_reentry(checker: Checker, text: str, verdict: str) -> None:
    assert [v for _, _, v in said(checker, text, "reentry_date")] == [verdict]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "verdict"), [
    # Titov was the fourth: Gagarin, Shepard and Grissom flew before him
    ("Gherman Titov, only the third human in space, flew Vostok 2.", "contradicted"),
    ("Gherman Titov was just the fourth human in space.", "supported"),
])
def test_only_the_nth_is_an_ordinal(checker: Checker, text: str, verdict: str) -> None:
    assert [v for _, _, v in said(checker, text, "first")] == [verdict]


def test_a_hedged_duration_with_an_article() -> None:
    found = find_quantities("He stayed up for just over a day, completing 17 orbits.")
    day = found[0]
    assert (day.text, day.unit, day.low, day.high) == ("a day", "s", 86400.0, 129600.0)
    # "lasted" hedges nothing but still tells a length of time
    assert [q.text for q in find_quantities("It lasted a day.")] == ["a day"]
    # bare "a day" is no length of time: "a day later", "once a day"
    assert find_quantities("A day later it docked, and it fired once a day.") == []
    assert find_quantities("Almost a year later it flew.") == []


@pytest.mark.integration
@pytest.mark.parametrize(("text", "verdict"), [
    # USSR, USA, Czechoslovakia, Poland, East Germany, Bulgaria, Hungary, Vietnam, Cuba,
    # Mongolia: the order of their citizens' first flights in the crew data
    ("Mongolia became the ninth nation to send a citizen into space.", "contradicted"),
    ("With Gürragchaa, Mongolia was the tenth country in space.", "supported"),
    ("Cuba became the ninth nation to have a cosmonaut in space.", "supported"),
    # satellites are not citizens: no order of nations by people decides it
    ("France was the third country to launch a satellite.", "unverifiable"),
])
def test_a_nations_place_among_those_who_sent_a_citizen(checker: Checker, text: str,
                                                        verdict: str) -> None:
    assert [v for _, _, v in said(checker, text, "first")] == [verdict]
