"""Names and the craft a launch is said of, on the real catalog: a name does not run
across a comma ("the ISS, so" is not the Poisk module's "ISS-SO"), unless the catalog
writes it with one."""

from __future__ import annotations

import pytest

from sleuth.check import Checker

pytestmark = pytest.mark.integration


def _names(checker: Checker, text: str) -> list[str]:
    return [m.alias for m in checker.gazetteer.find(text)]


def test_a_name_does_not_run_across_a_comma(checker: Checker) -> None:
    text = "It sprang a leak while docked to the ISS, so Roscosmos sent another ship."
    assert _names(checker, text) == ["ISS", "Roscosmos"]
    assert "ISS-SO" in _names(checker, "The ISS-SO module was launched in 2009.")


def test_a_name_written_with_a_comma_still_matches_across_one(checker: Checker) -> None:
    [mention] = checker.gazetteer.find("Its partner was Chile, Republic of, by name.")
    assert mention.alias == "Chile, Republic of"
