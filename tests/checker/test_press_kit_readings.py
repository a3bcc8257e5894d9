"""Readings fixed from a symposium press kit (heldout51) and a museum timeline (heldout50):
a past-tense clause after a plan word tells what happened; "and made the first soft
landing" after a date is a verb of its own; a trigger past a ";" is the next item's; crews
set off by dashes, "The Soyuz 11 crew, A, B and C" and "with A and B aboard" after a
slashed date; a craft read as a destination is a participle's subject; an entry's date
reaches further into its line; "On Feb. 4 it makes the first soft landing" is its landing
(on the real catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_past_clause_after_a_plan_word_is_no_plan(checker: Checker) -> None:
    text = ("He will speak about Mirosław Hermaszewski, the first Pole in space, who flew "
            "Soyuz 30 with Vladimir Kovalyonok on the 27th of June 1978.")
    assert [(c.value, c.verdict, c.planned) for c in checker.check_text(text).claims
            if c.property == "crew" and "Kovalyonok" in c.value] == [
        ("Vladimir Kovalyonok", "contradicted", False)]


@pytest.mark.integration
def test_a_plan_stays_a_plan(checker: Checker) -> None:
    text = "Roscosmos will launch the Luna 26 orbiter in 2027."
    assert [c.planned for c in checker.check_text(text).claims
            if c.property == "launch_date"] == [True]


@pytest.mark.integration
def test_a_coordinated_verb_phrase_has_its_own_date(checker: Checker) -> None:
    text = ("She revisits Luna 9, which lifted off on the 31st of January 1966 and made the "
            "first soft landing on the Moon three days later.")
    assert said(checker, text) == [("Luna-9", "1966-01-31", "supported")]
    assert said(checker, text, "landing_date") == [("Luna-9", "1966-02-03", "supported")]


@pytest.mark.integration
def test_a_trigger_past_a_semicolon_is_the_next_items(checker: Checker) -> None:
    text = ("She covers Venera 7, the first probe to transmit from the surface of another "
            "planet, on 12/15/1970; and Luna 24, the last Soviet sample-return mission.")
    assert said(checker, text) == []


@pytest.mark.integration
@pytest.mark.parametrize(("text", "craft", "contradicted"), [
    ("The Expedition 1 crew - William Shepherd, Yuri Gidzenko and Yury Usachov - launched "
     "on Soyuz TM-31 on 10/31/2000.", "Soyuz TM-31", ["Yury Usachov"]),
    ("Soyuz 19 lifted off on 07/15/1975 with Alexei Leonov and Vladimir Dzhanibekov aboard.",
     "Soyuz 19", ["Vladimir Dzhanibekov"]),
    ("- 06/30/1971 - The Soyuz 11 crew, Georgy Dobrovolsky, Vladislav Volkov and Alexei "
     "Leonov, is lost during re-entry.", "Soyuz 11", ["Alexei Leonov"]),
])
def test_crews_set_off_by_dashes_and_commas(checker: Checker, text: str, craft: str,
                                            contradicted: list[str]) -> None:
    crew = said(checker, text, "crew")
    assert {s for s, _, _ in crew} == {craft}
    assert len(crew) >= 2
    assert [v for _, v, verdict in crew if verdict == "contradicted"] == contradicted


@pytest.mark.integration
def test_a_destination_craft_is_the_participles_subject(checker: Checker) -> None:
    text = "She closes with Mars 3, launched on 05/19/1971."
    assert said(checker, text) == [("Mars-3", "1971-05-19", "contradicted")]


@pytest.mark.integration
def test_an_entrys_date_reaches_its_lines_verb(checker: Checker) -> None:
    text = ("- 06/30/1971 - The Soyuz 11 crew, Georgy Dobrovolsky, Vladislav Volkov and "
            "Viktor Patsayev, is lost during re-entry after almost 24 days in orbit.")
    assert said(checker, text) == []
    assert said(checker, text, "reentry_date") == [("Soyuz 11", "1971-06-30", "supported")]


@pytest.mark.integration
def test_became_todays_state_corporation_is_a_founding(checker: Checker) -> None:
    text = ("- 02/25/1992 - The Russian Space Agency is founded; on 01/01/2015 it became "
            "today's Roscosmos State Corporation.")
    assert [(v, verdict) for _, v, verdict in said(checker, text, "founded")][-1] == (
        "2015-01-01", "contradicted")


@pytest.mark.integration
def test_it_makes_the_first_soft_landing_is_its_landing(checker: Checker) -> None:
    text = "Luna 9 leaves Baikonur on 31 January 1966. On Feb. 4 it makes the first soft landing."
    assert said(checker, text, "landing_date") == [("Luna-9", "1966-02-04", "contradicted")]
