"""What a record says is labelled with what it is of: GCAT's end of operations stands in
for a re-entry or landing date, and a reader must not take it for one (on the real
catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker


@pytest.mark.integration
def test_a_record_of_another_property_says_what_it_is(checker: Checker) -> None:
    [claim] = checker.check_text("Sputnik 2 re-entered on 14 April 1958.").claims
    assert claim.property == "reentry_date"
    assert claim.expected == "1958-04-14 (curated); 1957-11-09 (gcat:psatcat, end of operations)"


@pytest.mark.integration
def test_evidence_carries_the_property_of_its_value(checker: Checker) -> None:
    [claim] = [c for c in checker.check_text(
        "Luna 16 landed on 22 September 1970.").claims if c.property == "landing_date"]
    evidence = [e.as_json() for e in claim.evidence]
    # the touchdown on the Moon, GCAT's end of the craft's work, the capsule's return
    assert {e["property"] for e in evidence} == {"landing_date", "end_date", "return_date"}
