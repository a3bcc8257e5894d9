"""Ways writers phrase registry firsts, on the real catalog: "who was neither Soviet nor
American" names the nations a first is outside of, a time after the phrase ("that
December") is not part of it, an apposition after a companion and a date is said of the
traveller, and the registry's Expedition 1 and tourist entries."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of

pytestmark = pytest.mark.integration


def _firsts(checker: Checker, text: str) -> list[tuple[str, str]]:
    return [(c.subject_name, c.verdict) for c in claims_of(checker, text, "first")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Vladimir Remek became the first person in space who was neither Soviet nor American.",
     [("Vladimír Remek", "supported")]),
    ("Sigmund Jähn was the first space traveller who was neither American nor Soviet.",
     [("Sigmund Jähn", "contradicted")]),
    # after a companion and a date, the apposition is the traveller's
    ("Vladimir Remek flew Soyuz 28 with Georgy Grechko in March 1978, the first person in "
     "space who was neither Soviet nor American.", [("Vladimír Remek", "supported")]),
    ("Venera 7 made the first soft landing on another planet that December.",
     [("Venera-7", "supported")]),
    ("Dennis Tito, the first paying tourist, flew in 2001.", [("Dennis Tito", "supported")]),
    ("The first resident crew of the International Space Station, William Shepherd, Yuri "
     "Gidzenko and Sergei Krikalev, launched in 2000.", [("William Shepherd", "supported")]),
    ("Salyut 7's first resident crew was Anatoly Berezovoy's.", [("Anatoly Berezovoy",
                                                                "unverifiable")]),
])
def test_phrasings_of_registry_firsts(checker: Checker, text: str,
                                      expected: list[tuple[str, str]]) -> None:
    assert _firsts(checker, text) == expected
