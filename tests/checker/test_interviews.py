"""Interviews: "I" and "we" in the turns labelled with a person's initials or surname are
that person, and "you" in the other turns too; and a crew coming down in another ship."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.claims.speakers import speaker_references
from sleuth.model import Mention
from tests.checker.claims import claims_of, said

INTRO = "Vladimir Lyakhov talked to Sergei Petrov at his dacha.\n\n"


def _lyakhov(text: str) -> list[Mention]:
    start = text.index("Vladimir Lyakhov")
    return [Mention(start, start + 16, "person:Q1", "Vladimir Lyakhov", "person",
                    "Vladimir Lyakhov")]


@pytest.mark.parametrize("label", ["VL", "LYAKHOV", "Lyakhov"])
def test_we_and_you_are_the_labelled_speaker(label: str) -> None:
    text = (INTRO + f"SP: By your third flight, Mir had grown.\n\n{label}: We launched on "
            f"the twenty-ninth of August, and I was glad.\n\nSP: Thank you.\n\n"
            f"{label}: You are welcome.\n")
    found = [(m.alias, m.name) for m in speaker_references(text, _lyakhov(text))]
    assert found == [("your", "Vladimir Lyakhov"), ("We", "Vladimir Lyakhov"),
                     ("I", "Vladimir Lyakhov"), ("you", "Vladimir Lyakhov")]


@pytest.mark.parametrize("text", [
    INTRO + "Q: When did you fly?\n\nA: We launched in August.\n\nQ: Thanks.\n",  # no name
    INTRO + "VL: We launched in August.\n",  # one turn is no interview
])
def test_no_speaker_without_a_named_label_seen_twice(text: str) -> None:
    assert speaker_references(text, _lyakhov(text)) == []


@pytest.mark.integration
def test_an_interviewees_we_is_judged_by_their_flights(checker: Checker) -> None:
    # Lyakhov flew Soyuz TM-6, launched 29 August 1988; he came home from Salyut 6 in
    # Soyuz 34 on 19 August 1979
    text = ("Vladimir Lyakhov talked to Sergei Petrov.\n\n"
            "SP: By your third flight, in 1988, Mir had grown.\n\n"
            "VL: We launched on the twenty-ninth of August 1988.\n\n"
            "SP: And the first flight?\n\n"
            "VL: We came down on the nineteenth of August 1979, in Soyuz 34.\n")
    assert said(checker, text) == [("Vladimir Lyakhov", "1988", "supported"),
                                   ("Vladimir Lyakhov", "1988-08-29", "supported")]
    assert said(checker, text, "landing_date") == [
        ("Vladimir Lyakhov", "1979-08-19", "supported")]
    assert [(c.subject_name, c.verdict) for c in claims_of(checker, text, "crew")] == [
        ("Soyuz-34", "supported")]


@pytest.mark.integration
def test_coming_down_in_the_ship_that_went_up_with_you_is_not_always_true(
        checker: Checker) -> None:
    # Lyakhov went up in Soyuz 32 but came home in Soyuz 34; Dzhanibekov rode T-13 both ways
    text = ("Vladimir Lyakhov came down on 19 August 1979 in Soyuz 32. Vladimir Dzhanibekov "
            "came home in T-13.")
    assert [(c.subject_name, c.verdict) for c in claims_of(checker, text, "crew")] == [
        ("Soyuz 32", "contradicted"), ("Soyuz T-13", "supported")]
