"""A craft named and dated with no verb, with what it is between ("Then Salyut 1, the
first space station, April 19th, 1971, on a Proton."): the label is dated by its launch,
as "Vostok 6, June 16th, 1963" is. Lines written here; verdicts on the real catalog
(Salyut 1 went up on 19 April 1971)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_label_with_an_apposition_is_dated_by_its_launch(checker: Checker) -> None:
    text = "PRIYA: Then Salyut 1, the first space station, April 19th, 1971, on a Proton."
    assert said(checker, text, "launch_date") == [("Salyut", "1971-04-19", "supported")]
    text = "DAN: Salyut 1, the first space station, April 19th, 1972."
    assert said(checker, text, "launch_date") == [("Salyut", "1972-04-19", "contradicted")]


@pytest.mark.integration
def test_a_verb_after_the_date_is_not_a_label(checker: Checker) -> None:
    # the date is the docking's, said by its own verb
    text = "Soyuz 11, the second crew, on 7 June 1971 docked with Salyut 1."
    assert said(checker, text, "launch_date") == []
