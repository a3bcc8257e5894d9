"""A stamp catalogue's terse entries: Roman-numeral months, initials before surnames.
Lines written here; verdicts on the real catalog (Sputnik 1 launched on 4 October 1957;
Luna 9 on 31 January 1966, landing on 3 February; Vostok 3 on 11 August 1962 with
Nikolayev, Vostok 4 on the 12th with Popovich)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_dates_with_the_month_in_roman_numerals(checker: Checker) -> None:
    assert said(checker, "Sputnik 1, launched 4.X.1957 from Tyuratam.") == [
        ("Sputnik 1", "1957-10-04", "supported")]
    assert said(checker, "Luna 9, launched 3.II.1966 by a Molniya, landed softly.") == [
        ("Luna-9", "1966-02-03", "contradicted")]
    assert said(checker, "Vostok 3 and Vostok 4 launched 11 and 12.VIII.1962.") == [
        ("Vostok 3", "1962-08-11", "supported"), ("Vostok 4", "1962-08-12", "supported")]
