"""A craft named only to compare with is not what a number is of: "His rocket left from
the same pad as Sputnik, and his flight, a single orbit reaching 327 kilometres at its
highest point". Lines written here; verdicts on the real catalog (Vostok 1's apogee was
327 km, Sputnik 1's 947 km)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of


@pytest.mark.integration
def test_the_compared_craft_is_not_the_numbers_subject(checker: Checker) -> None:
    text = ("Yuri Gagarin flew Vostok 1. His rocket left from the same pad as Sputnik, and "
            "his flight reached 327 kilometres at its highest point.")
    [apogee] = claims_of(checker, text, "apogee")
    assert (apogee.subject_name, apogee.verdict) == ("Yuri Gagarin", "supported")
