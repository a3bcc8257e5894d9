"""A crew listed right after its ship: as a timeline entry after the entry's date ("13
May 1982 - Soyuz T-5, Berezovoy & Lebedev"), as a catalogue entry opening its line, or in
brackets the names close ("(Soyuz 10, Shatalov, Yeliseyev and Rukavishnikov)"); but a
bracketed list of things ("the headline stuff (Vostok 1, Tereshkova, Leonov's walk)")
names no crew. Lines written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
@pytest.mark.parametrize("head", ["13 May 1982 - ", "- 13 May 1982: ", ""])
def test_a_crew_after_an_entrys_ship(checker: Checker, head: str) -> None:
    text = f"{head}Soyuz T-5, Berezovoy & Lebedev, the first crew of Salyut 7.\n"
    assert said(checker, text, "crew") == [("Soyuz T-5", "Anatoly Berezovoy", "supported"),
                                           ("Soyuz T-5", "Valentin Lebedev", "supported")]


@pytest.mark.integration
def test_a_name_that_goes_on_is_no_entrys_crew(checker: Checker) -> None:
    assert said(checker, "13 May 1982 - Soyuz T-5, Berezovoy said, was late.\n", "crew") == []


@pytest.mark.integration
def test_names_closing_brackets_after_a_ship_are_its_crew(checker: Checker) -> None:
    text = "The second docking attempt (Soyuz 10, Shatalov, Yeliseyev and Rukavishnikov) failed."
    assert [c[1] for c in said(checker, text, "crew")] == [
        "Vladimir Shatalov", "Aleksei Yeliseyev", "Nikolay Rukavishnikov"]


@pytest.mark.integration
def test_a_bracketed_list_of_things_names_no_crew(checker: Checker) -> None:
    text = "I know the headline stuff (Vostok 1, Tereshkova, Leonov's walk) but not the rest."
    assert said(checker, text, "crew") == []
