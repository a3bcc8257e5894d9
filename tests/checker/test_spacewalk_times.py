"""How long a spacewalk lasted, judged against the walker's time outside (session 75), on
the real catalog: the curated walks' own times (Leonov's 12 min 9 s, Savitskaya's 3 h 35
min) and astronauts-2020's hours of EVA on each flight."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "expected"), [
    ("Voskhod 2 went up on 18 March 1965. Leonov floated outside for about 12 minutes.",
     [("Alexei Leonov", "12 min", "supported")]),
    ("Alexei Leonov made the first spacewalk. He stayed outside for about twenty minutes.",
     [("Alexei Leonov", "20 min", "contradicted")]),
    ("Alexei Leonov's 12-minute spacewalk made history.", [("Alexei Leonov", "12 min",
                                                           "supported")]),
    ("Savitskaya spends nearly five hours outside Salyut 7.",
     [("Svetlana Savitskaya", "5 h", "contradicted")]),
    # the station named after "outside" is where she walked, not who
    ("In July 1984 Svetlana Savitskaya flew again. She became the first woman to walk in "
     "space, working outside Salyut 7 for about three and a half hours.",
     [("Svetlana Savitskaya", "3.5 h", "supported")]),
])
def test_a_spacewalks_time(checker: Checker, text: str,
                           expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "duration") == expected


def test_the_expected_value_shows_every_sources_time_outside(checker: Checker) -> None:
    (walk,) = claims_of(checker, "Leonov was outside for about 12 minutes.", "duration")
    assert walk.expected is not None  # the walk's record first, the one that supports it
    assert walk.expected.index("12 min 9 s") < walk.expected.index("43 min 48 s")
    assert [e.source for e in walk.evidence] == ["curated"]


def test_a_flights_added_up_hours_refute_no_single_walk(checker: Checker) -> None:
    # astronauts-2020 gives Kizim 22.83 h outside in 1984, his six walks together
    (walk,) = claims_of(checker, "Kizim made a spacewalk lasting 4 hours 56 minutes.",
                        "duration")
    assert walk.verdict == "unverifiable"
    assert walk.note == "astronauts-2020 gives a flight's spacewalks added up, not one's"


def test_a_walk_is_not_the_flights_length(checker: Checker) -> None:
    # Voskhod 2 flew 26 hours: its walk's time is judged as a walk's, not as the flight's
    text = "Voskhod 2 flew in March 1965; Leonov's walk lasted 12 minutes."
    assert [c.verdict for c in claims_of(checker, text, "duration")] == ["supported"]
