""""The rover" stands for the rover named before it, not for the lander that carried it
and was named after it ("Lunokhod 1 came on Luna 17, which landed on 17 November. The
rover weighed 756 kg"), and only within its paragraph. On the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("text", [
    "Lunokhod 1 came on Luna 17, which landed on 17 November.\nThe rover weighed 756 kg.",
    "Luna 17 carried Lunokhod 1; the rover weighed 756 kg.",
])
def test_the_rover_is_the_rover_not_its_carrier(checker: Checker, text: str) -> None:
    assert said(checker, text, "mass") == [("Lunokhod-1", "756 kg", "supported")]


def test_a_rover_of_an_earlier_paragraph_is_not_the_rover(checker: Checker) -> None:
    text = ("Lunokhod 1 came on Luna 17.\n\n"
            "Luna 21 landed in January 1973. The rover weighed 840 kg.")
    assert [name for name, _, _ in said(checker, text, "mass")] == ["Luna-21"]
