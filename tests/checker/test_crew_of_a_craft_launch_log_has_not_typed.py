"""Whether a craft flew without a crew is told by GCAT's launch log, whose rows type each
payload crewed or not; a craft the catalog knows only from the payload catalog (launched
after the launch log's snapshot, like Soyuz MS-27 in April 2025) has no such type, so a
crew named for it is unverifiable rather than contradicted by the crew data's silence.
Lines written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_crew_for_a_craft_after_the_launch_log_is_unverifiable(checker: Checker) -> None:
    text = "Soyuz MS-27 was launched on 8 April 2025 with Sergey Ryzhikov."
    assert said(checker, text, "crew") == [
        ("Soyuz MS-27", "Sergey Nikolayevich Ryzhikov", "unverifiable")]
    assert said(checker, "Soyuz MS-27 was uncrewed.", "crew") == [
        ("Soyuz MS-27", "uncrewed", "unverifiable")]


@pytest.mark.integration
def test_a_crew_for_a_craft_the_launch_log_types_uncrewed_is_contradicted(
        checker: Checker) -> None:
    text = "Soyuz MS-23 was launched on 24 February 2023 with Sergey Prokopyev."
    assert said(checker, text, "crew") == [("Soyuz MS-23", "Sergey Prokopyev", "contradicted")]
    assert said(checker, "Soyuz MS-23 was uncrewed.", "crew") == [
        ("Soyuz MS-23", "uncrewed", "supported")]
