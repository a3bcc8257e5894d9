"""A person's time in a craft told as a possession ("Titov's two full days in Vostok 2"), a
crew who "docked their" ship, a "whose" clause about a ship someone docked with, and a
crew listed for a launch day with one wrong name (on the real catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.quantities import find_quantities
from tests.checker.claims import claims_of, said


@pytest.mark.parametrize(("text", "days"), [
    ("two full days", 2), ("five whole days", 5), ("three long weeks", 21)])
def test_a_duration_may_be_called_full_or_whole(text: str, days: int) -> None:
    (found,) = find_quantities(text)
    assert (found.kind, found.value, found.end) == ("duration", days * 86400, len(text))


@pytest.mark.integration
def test_a_persons_days_in_a_craft_are_their_flight(checker: Checker) -> None:
    # Titov flew Vostok 2 for 25 hours (6-7 August 1961); Tereshkova Vostok 6 for 2 d 23 h
    text = ("The list goes on: Gherman Titov's two full days in Vostok 2 that August; "
            "Valentina Tereshkova's three days aloft in Vostok 6.")
    assert said(checker, text, "duration") == [
        ("Gherman Titov", "2 days", "contradicted"),
        ("Valentina Tereshkova", "3 days", "supported")]
    assert said(checker, text, "crew") == [
        ("Vostok 2", "Gherman Titov", "supported"),
        ("Vostok 6", "Valentina Tereshkova", "supported")]


@pytest.mark.integration
def test_a_crew_docked_their_own_ship(checker: Checker) -> None:
    # Soyuz 19 (ASTP) flew Leonov and Kubasov; Rukavishnikov flew Soyuz 10 and 16
    text = "Leonov and Nikolai Rukavishnikov docked their Soyuz 19 with an Apollo."
    assert said(checker, text, "crew") == [
        ("Soyuz 19", "Alexei Leonov", "supported"),
        ("Soyuz 19", "Nikolay Rukavishnikov", "contradicted")]


@pytest.mark.integration
def test_a_whose_clause_dates_the_ship_docked_with(checker: Checker) -> None:
    # Mir's core module: 1986-02-19 21:28 UTC, 20 February in Moscow
    text = ("Twenty years later the shuttle Atlantis docked with Mir, whose core module had "
            "gone up from Baikonur on Feb. 20, 1986.")
    assert said(checker, text) == [("Mir", "1986-02-20", "supported")]


@pytest.mark.integration
def test_a_crews_launch_day_with_one_wrong_name(checker: Checker) -> None:
    # Soyuz TM-31, 31 October 2000: Shepherd, Gidzenko, Krikalev. All three listed here
    # came home on STS-102, which must not be taken for the flight of that day.
    text = ("Zvezda followed in July, and the first resident crew - the American Bill "
            "Shepherd with cosmonauts Yuri Usachev and Sergei Krikalev - lifted off from "
            "Baikonur on Oct. 31, 2000.")
    crew = claims_of(checker, text, "crew")
    assert [(c.subject_name, c.verdict) for c in crew] == [
        ("Soyuz TM-31", "supported"), ("Soyuz TM-31", "contradicted"),
        ("Soyuz TM-31", "supported")]
    assert "Usachev" in text[crew[1].start:crew[1].end]


@pytest.mark.integration
def test_an_apposition_may_open_with_an_adverb(checker: Checker) -> None:
    text = ("In July 1984 Svetlana Savitskaya, already the second woman in space, became "
            "the first woman to walk in space.")
    assert [(c.value, c.verdict) for c in claims_of(checker, text, "first")] == [
        ("second woman in space", "supported"),
        ("first woman to walk in space", "supported")]


@pytest.mark.integration
def test_there_is_the_world_named_before_and_a_months_last_day_is_a_day(
        checker: Checker) -> None:
    # Luna 9: launched 31 January 1966, landed on the Moon 3 February 1966
    text = ("Luna 2 became the first object to strike the Moon in September 1959. Luna 9, "
            "launched on the last day of January 1966, made the first soft landing there "
            "three days afterwards.")
    claims = checker.check_text(text).claims
    luna9 = {(c.property, c.value, c.verdict) for c in claims if c.subject_name == "Luna-9"}
    assert {("launch_date", "1966-01-31", "supported"),
            ("landing_date", "1966-02-03", "supported"),
            ("first", "first soft landing on the Moon", "supported")} <= luna9


@pytest.mark.integration
@pytest.mark.parametrize(("text", "holder"), [
    ("Venera 7 left Baikonur in August 1970 and that December sent back the first signals "
     "ever received from the surface of another planet.", "Venera-7"),
    ("Luna 3, launched two years to the day after Sputnik 1, returned the first pictures "
     "of the lunar far side.", "Luna-3"),
    ("This was followed by Luna 3, which transmitted the first images of the Moon's far "
     "side in October 1959.", "Luna-3"),
    ("She flew two months after Frenchman Jean-Loup Chrétien, the first Western European "
     "in space.", "Jean-Loup Chrétien"),
])
def test_a_first_sent_back_is_the_senders_not_the_event_counted_from(
        checker: Checker, text: str, holder: str) -> None:
    (first,) = claims_of(checker, text, "first")
    assert (first.subject_name, first.verdict) == (holder, "supported")


@pytest.mark.integration
def test_flying_with_a_crew_he_only_came_home_with(checker: Checker) -> None:
    # Akiyama went up on Soyuz TM-11 (2 December 1990) with Afanasyev and Manarov, and came
    # home in Soyuz TM-10, the ship of Manakov and Strekalov
    text = ("In December 1990 Toyohiro Akiyama, the TBS journalist, became the first "
            "Japanese in space, flying with Gennady Manakov and Gennady Strekalov.")
    assert said(checker, text, "crew") == [
        ("Soyuz TM-11", "Gennadi Manakov", "contradicted"),
        ("Soyuz TM-11", "Gennadi Strekalov", "contradicted")]


@pytest.mark.integration
def test_flying_up_with_two_flights_shared_and_no_date_claims_no_crew(
        checker: Checker) -> None:
    # Sharman went up in Soyuz TM-12 with Artsebarsky, came home in TM-11 with Manarov
    text = "Helen Sharman reached Mir, flying up with Anatoly Artsebarsky and Musa Manarov."
    assert said(checker, text, "crew") == []
