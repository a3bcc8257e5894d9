"""Readings found in an exam mark scheme and an exhibition catalogue: a first narrowed by
where its holder came from ("the first person in space from India"), the craft a
"which" clause is about, a landing on another world dated before its launch, a rover's
landing on the lander that carried it, a ship built for people that flew empty, and
orbits told as "went round the Earth twice". Lines written here; the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of


def _verdicts(checker: Checker, text: str, prop: str) -> list[tuple[str, str]]:
    return [(c.subject_name, c.verdict) for c in claims_of(checker, text, prop)]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "verdict"), [
    ("Rakesh Sharma was the first person in space from India.", "supported"),
    ("Vladimir Remek was the first person in space from India.", "contradicted"),
    ("Vladimir Remek was the first person in space from neither superpower.", "supported"),
    # a narrowing no country list reads: not the first person in space of all
    ("Vladimir Remek was the first person in space from outside the superpowers.",
     "unverifiable"),
])
def test_a_first_narrowed_by_where_its_holder_came_from(checker: Checker, text: str,
                                                        verdict: str) -> None:
    assert [c.verdict for c in claims_of(checker, text, "first")] == [verdict]


@pytest.mark.integration
def test_which_stands_for_the_craft_right_before_it(checker: Checker) -> None:
    text = ("Luna 15 was launched three days before Apollo 11 (16 July 1969), which landed on "
            "20 July 1969.")
    assert _verdicts(checker, text, "landing_date") == [("Apollo 11", "supported")]


@pytest.mark.integration
def test_a_landing_on_the_moon_before_the_launch(checker: Checker) -> None:
    text = "Apollo 11 landed on the Moon in July 1968."
    assert _verdicts(checker, text, "landing_date") == [("Apollo 11", "contradicted")]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "verdict"), [
    ("Lunokhod 1 arrived on the Moon in November 1971.", "contradicted"),
    ("Lunokhod 1 landed on the Moon on 17 November 1970.", "supported"),
])
def test_a_rover_landed_with_its_lander(checker: Checker, text: str, verdict: str) -> None:
    assert [c.verdict for c in claims_of(checker, text, "landing_date")] == [verdict]


@pytest.mark.integration
def test_buran_flew_empty(checker: Checker) -> None:
    text = "1988, 15 November - Buran's only flight, piloted by Igor Volk"
    crew = claims_of(checker, text, "crew")
    assert [(c.value, c.verdict) for c in crew] == [("Igor Volk", "contradicted")]
    assert [c.verdict for c in claims_of(checker, text, "launch_date")] == ["supported"]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "verdict"), [
    ("Yury Gagarin went round the Earth twice.", "contradicted"),
    ("Vostok 1 went round the Earth once.", "supported"),
])
def test_orbits_told_as_going_round(checker: Checker, text: str, verdict: str) -> None:
    assert [c.verdict for c in claims_of(checker, text, "orbit_count")] == [verdict]


@pytest.mark.integration
def test_a_chronology_line_is_dated_to_the_day(checker: Checker) -> None:
    text = "1962, 6 August - Vostok 2\n1963, 16 June - Vostok 6\n1976, 29 September - Salyut 6\n"
    assert [(c.value, c.verdict) for c in claims_of(checker, text, "launch_date")] == [
        ("1962-08-06", "contradicted"), ("1963-06-16", "supported"),
        ("1976-09-29", "contradicted")]


@pytest.mark.integration
def test_a_crew_in_brackets_with_one_named_again(checker: Checker) -> None:
    text = ("- Vostok 3 and Vostok 4 (Andriyan Nikolayev and Pavel Popovich), launched a day "
            "apart in August 1962, made the first group flight; Nikolayev completed 64 orbits")
    crew = {(c.subject_name, c.value, c.verdict) for c in claims_of(checker, text, "crew")}
    assert crew == {("Vostok 3", "Andriyan Nikolayev", "supported"),
                    ("Vostok 4", "Pavel Popovich", "supported")}


@pytest.mark.integration
def test_a_sites_first_launch_is_not_the_last_sentences_craft(checker: Checker) -> None:
    text = ("- Mir was deorbited on 23 March 2001 after fifteen years in orbit\n"
            "- Russia opened Vostochny, its own cosmodrome, with a first launch in April 2016")
    launches = claims_of(checker, text, "launch_date")
    assert [(c.subject_name, c.verdict) for c in launches] == [("Vostochniy", "supported")]
