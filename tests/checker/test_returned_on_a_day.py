""""Returned on <day>" is a landing ("He returned on 3 September 1978 aboard Soyuz 29"),
also as a participle after the launch ("on 26 August Jähn … launched …, returning on 3
September aboard …": the launch keeps its own day before the subject); and when the
people named before the verb are others the sentence's "they" visited, the return is not
theirs. Lines written here; verdicts on the real catalog (Soyuz 31 went up on 26 August
1978 with Jähn, who came home in Soyuz 29 on 3 September)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_returned_on_a_day_is_a_landing(checker: Checker) -> None:
    text = ("Jähn launched on Soyuz 31 on 26 August 1978. He returned on 3 September 1978 "
            "aboard Soyuz 29.")
    assert said(checker, text, "landing_date") == [("Sigmund Jähn", "1978-09-03", "supported")]


@pytest.mark.integration
def test_a_launch_day_before_the_subject_keeps_its_verb(checker: Checker) -> None:
    text = ("Remek flew in March 1978, and on 26 August Sigmund Jähn, the first German in "
            "space, launched with Valery Bykovsky in Soyuz 31, returning on 3 September "
            "aboard the older Soyuz 29.")
    assert ("Sigmund Jähn", "1978-08-26", "supported") in said(checker, text, "launch_date")
    assert said(checker, text, "landing_date") == [("Sigmund Jähn", "1978-09-03", "supported")]


@pytest.mark.integration
def test_those_visited_did_not_return(checker: Checker) -> None:
    text = ("Soyuz T-7 lifted off on 19 August 1982 with Leonid Popov. They visited Salyut "
            "7's first resident crew, Anatoly Berezovoy and Valentin Lebedev, who had been "
            "aboard since May, and returned on 27 August in the older Soyuz T-5.")
    assert said(checker, text, "landing_date") == [("Soyuz T-5", "1982-08-27", "supported")]
    assert not [c for c in said(checker, text, "crew") if c[0] == "Soyuz T-5"]
