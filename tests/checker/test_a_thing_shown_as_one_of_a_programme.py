"""A thing a guide or caption shows as one of a programme's crafts is not the craft told of
before: after "Walk under Sputnik and turn right.", "The scorched sphere in the glass case
is a Vostok descent module …; it weighs nearly two and a half tonnes" is no claim on
Sputnik 1's mass (83.6 kg). Lines written here; the catalog is the real one."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of


@pytest.mark.integration
def test_the_thing_shown_is_not_the_craft_before(checker: Checker) -> None:
    text = ("Walk under Sputnik and turn right. The scorched sphere in the glass case is a "
            "Vostok descent module, on loan from a foundation; it weighs nearly two and a "
            "half tonnes.")
    assert [c.subject_name for c in claims_of(checker, text, "mass")] == []


@pytest.mark.integration
def test_the_sphere_told_of_before_is_still_the_craft(checker: Checker) -> None:
    text = ("Look up at Sputnik 1. The polished sphere weighed 83.6 kilograms.")
    [mass] = claims_of(checker, text, "mass")
    assert (mass.subject_name, mass.verdict) == ("Sputnik 1", "supported")
