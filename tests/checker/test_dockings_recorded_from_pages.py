"""Docking days the history layer records from pages read for them (events.yaml):
Progress 1 at Salyut 6, Soyuz T-15 at Mir, the uncrewed Soyuz TM-1 at Mir. On the real
catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "expected"), [
    ("Progress 1 went up on 20 January 1978 and docked two days later.",
     ("Progress-1", "1978-01-22", "supported")),
    ("Progress 1 docked with Salyut 6 on 25 January 1978.",
     ("Progress-1", "1978-01-25", "contradicted")),
    ("Soyuz T-15 docked with Mir on 15 March 1986.", ("Soyuz T-15", "1986-03-15", "supported")),
    ("Soyuz TM-1, with no crew, docked with Mir in May 1986.",
     ("Soyuz TM", "1986-05", "supported")),
])
def test_a_recorded_docking_day_decides(checker: Checker, text: str,
                                        expected: tuple[str, str, str]) -> None:
    assert said(checker, text, "docking_date") == [expected]
