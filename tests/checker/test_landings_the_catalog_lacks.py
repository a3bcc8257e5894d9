"""A person's landing on a flight the catalog records no end of. Lines written here;
verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_landing_after_a_launch_with_no_recorded_end_is_not_judged_by_another_flight(
        checker: Checker) -> None:
    # GCAT has Soyuz MS-10's launch (an orbital failure) but no landing; Ovchinin's
    # other landings (2016, 2019) say nothing of this one
    text = ("On 11 October 2018 Aleksey Ovchinin rode out a booster failure on Soyuz MS-10 "
            "and landed safely.")
    assert said(checker, text, "landing_date") == [
        ("Aleksey Ovchinin", "2018-10-11", "unverifiable")]
    # a landing of his that the catalog does record is still judged
    assert said(checker, "Aleksey Ovchinin landed on 3 October 2019.", "landing_date") == [
        ("Aleksey Ovchinin", "2019-10-03", "supported")]
    assert said(checker, "Aleksey Ovchinin landed on 4 October 2019.", "landing_date") == [
        ("Aleksey Ovchinin", "2019-10-04", "contradicted")]
