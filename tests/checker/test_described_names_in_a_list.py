"""A list of names may describe its last name ("Zvezda and the long-delayed Nauka
laboratory were launched in 2000 and 2021 respectively"): the dates still pair with the
names in order. Lines written here; verdicts on the real catalog (Zvezda went up in July
2000, Nauka in July 2021)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_described_name_stays_in_its_list(checker: Checker) -> None:
    text = ("Zarya and the American-built Unity were launched in November and December "
            "1998 respectively.")
    assert said(checker, text, "launch_date") == [("Zarya", "1998-11", "supported"),
                                                  ("Unity", "1998-12", "supported")]
