"""Crews named in brackets after their ship, by role, or after "the crew of … were"
(session 43), and crew claims the crew data cannot decide: a person whose record holds
only their first flight, on a later ship the data has a seat too few for. Lines written
here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration

SOYUZ_10 = [("Soyuz 10", "Vladimir Shatalov", "supported"),
            ("Soyuz 10", "Aleksei Yeliseyev", "supported"),
            ("Soyuz 10", "Nikolay Rukavishnikov", "supported")]


@pytest.mark.parametrize("text", [
    "Soyuz 10 (Vladimir Shatalov, Aleksei Yeliseyev, Nikolai Rukavishnikov) launched on "
    "23 April 1971.",
    "The crew of Soyuz 10 were Vladimir Shatalov, Aleksei Yeliseyev and Nikolai "
    "Rukavishnikov.",
    "The crew of Soyuz 10, launched on 23 April 1971, consisted of Vladimir Shatalov, "
    "Aleksei Yeliseyev and Nikolai Rukavishnikov.",
])
def test_a_crew_in_brackets_or_after_the_crew_of(checker: Checker, text: str) -> None:
    assert said(checker, text, "crew") == SOYUZ_10


def test_a_crew_named_by_role_after_its_ship(checker: Checker) -> None:
    # Voskhod 2: Belyayev, Leonov; Soyuz 30: Klimuk, Hermaszewski; Soyuz T-5: Berezovoy,
    # Lebedev (crew data)
    text = ("Voskhod 2 (commander Pavel Belyayev) flew in March 1965. Then came Miroslaw "
            "Hermaszewski (Soyuz 30, 27 June 1978, commander Valeri Kubasov). The crew of "
            "Soyuz T-5, commander Anatoly Berezovoy and flight engineer Valentin Lebedev, "
            "stayed 211 days.")
    assert said(checker, text, "crew") == [
        ("Voskhod 2", "Pavel Belyayev", "supported"),
        ("Soyuz 30", "Mirosław Hermaszewski", "supported"),
        ("Soyuz 30", "Valeri Kubasov", "contradicted"),
        ("Soyuz T-5", "Anatoly Berezovoy", "supported"),
        ("Soyuz T-5", "Valentin Lebedev", "supported")]


def test_a_role_after_a_ship_outside_brackets_names_no_crew(checker: Checker) -> None:
    # Titov flew Vostok 2, not Vostok 1
    text = "Vostok 2 followed Vostok 1, cosmonaut Gherman Titov spending a day in orbit."
    assert said(checker, text, "crew") == []


def test_a_flight_after_the_crew_data_of_a_first_flight_only_record(
        checker: Checker) -> None:
    # The crew data holds Novitsky's 2012 and 2016 flights (astronauts-2020) and no one
    # for MS-18's third seat; MS-19's three going up are all known (Wikidata intervals)
    text = ("Soyuz MS-18 lifted off on 9 April 2021 with Oleg Novitsky, Pyotr Dubrov and "
            "Mark Vande Hei. Soyuz MS-19 lifted off on 5 October 2021 with commander Oleg "
            "Novitsky.")
    assert said(checker, text, "crew") == [
        ("Soyuz MS-18", "Oleg Novitskiy", "unverifiable"),
        ("Soyuz MS-18", "Pyotr Dubrov", "supported"),
        ("Soyuz MS-18", "Mark Vande Hei", "supported"),
        ("Soyuz MS-19", "Oleg Novitskiy", "contradicted")]
    [unknown] = [c for c in claims_of(checker, text, "crew") if c.verdict == "unverifiable"]
    assert unknown.note is not None and "only up to 2019" in unknown.note


@pytest.mark.parametrize("mark", ["'", "’"])
def test_a_name_with_an_apostrophe(checker: Checker, mark: str) -> None:
    # Soyuz MS-24 carried O'Hara up; MS-25 went up with Novitskiy, Dyson and Vasilevskaya
    # (crew data)
    text = (f"Soyuz MS-24 carried Loral O{mark}Hara to the station. In March 2024 Soyuz "
            f"MS-25 carried Oleg Novitskiy, NASA's Loral O{mark}Hara and Marina Vasilevskaya.")
    assert said(checker, text, "crew") == [
        ("Soyuz MS-24", "Loral O'Hara", "supported"),
        ("Soyuz MS-25", "Oleg Novitskiy", "unverifiable"),
        ("Soyuz MS-25", "Loral O'Hara", "contradicted"),
        ("Soyuz MS-25", "Marina Vasilevskaya", "supported")]
    assert [m.name for m in checker.gazetteer.find(f"O{mark}Hara came home.")] == [
        "Loral O'Hara"]
