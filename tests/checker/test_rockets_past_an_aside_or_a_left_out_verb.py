"""A rocket named after an aside or in a clause that leaves its launch verb out is the
rocket of the craft the clause is about, and a rocket's design-bureau index alone names
it. Lines written here; the real catalog (GCAT: Zvezda and Priroda on Proton-K, Luna 3 on
the Vostok-L 8K72)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of


def _vehicles(checker: Checker, text: str) -> dict[str, tuple[str, str]]:
    return {c.subject_name: (c.value, c.verdict)
            for c in claims_of(checker, text, "launch_vehicle")}


@pytest.mark.integration
def test_a_rocket_after_an_event_counted_from_is_the_subjects(checker: Checker) -> None:
    text = ("Zvezda launched on 12 July 2000, eighteen months after Zarya, on a Soyuz-U and "
            "docked two weeks later.")
    assert _vehicles(checker, text) == {"Zvezda": ("Soyuz-U", "contradicted")}


@pytest.mark.integration
def test_a_rocket_in_a_clause_without_its_launch_verb(checker: Checker) -> None:
    text = ("Spektr went up on 20 May 1995 and Priroda, the last of them, on a Zenit on "
            "23 April 1996.")
    assert _vehicles(checker, text) == {"Priroda": ("Zenit", "contradicted")}
    dates = {c.subject_name: c.verdict for c in claims_of(checker, text, "launch_date")}
    assert dates == {"Spektr": "supported", "Priroda": "supported"}


@pytest.mark.integration
def test_a_rocket_named_by_its_index_alone(checker: Checker) -> None:
    text = "Luna 3 was launched on 4 October 1959 on an 8K72 rocket."
    assert [c.verdict for c in claims_of(checker, text, "launch_vehicle")] == ["supported"]
    wrong = "Luna 3 was launched on 4 October 1959 on an 8K78 rocket."
    assert [c.verdict for c in claims_of(checker, wrong, "launch_vehicle")] == ["contradicted"]
