"""A sentence opening with "it" or "its" is still about the craft the sentences before
were about, even when it names another craft only as where that one went: in "Its docking
with Salyut 6 failed … It landed on 12 April", the landing is Soyuz 33's, not the
station's. Lines written here; verdicts on the real catalog (Soyuz 33 went up on 10 April
1979 and came home two days later without docking)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_its_deed_at_another_craft_keeps_the_subject(checker: Checker) -> None:
    text = ("Soyuz 33 was launched on 10 April 1979 with Nikolai Rukavishnikov and Georgi "
            "Ivanov. Its docking with Salyut 6 was called off when the main engine failed. "
            "It landed on 12 April.")
    assert said(checker, text, "landing_date") == [("Soyuz 33", "1979-04-12", "supported")]


@pytest.mark.integration
def test_a_sentence_about_another_craft_moves_the_subject(checker: Checker) -> None:
    text = ("Soyuz 33 was launched on 10 April 1979. Salyut 6 had been in orbit since "
            "September 1977. It was deorbited on 29 July 1982.")
    assert said(checker, text, "reentry_date") == [("Salyut-6", "1982-07-29", "supported")]
