"""People called by first name alone, as talk calls them ("Valentina went up two days
after Bykovsky"): the person of that first name named in full before, in an earlier
sentence. On the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.claims.patronymics import first_name_mentions
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def _called(checker: Checker, text: str) -> list[tuple[str, str]]:
    """(words, person) of each first name alone in ``text`` that links to a person."""
    return [(text[m.start:m.end], m.name)
            for m in first_name_mentions(text, checker.gazetteer.find(text))]


def test_a_first_name_is_the_person_of_that_name_named_before(checker: Checker) -> None:
    text = ("PAULINE: Valentina Tereshkova was my hero.\n\n"
            "ALAN: Quite right. Valentina went up two days after Valery Bykovsky in Vostok 5.\n")
    assert _called(checker, text) == [("Valentina", "Valentina Tereshkova")]
    # the offset dates her flight, not his ship's
    assert said(checker, text) == [("Valentina Tereshkova", "1963-06-16", "supported")]


def test_what_is_no_first_name_reference(checker: Checker) -> None:
    # a name of its own, a restatement in the same sentence, a first name before a
    # surname (another person), a first name no one was named by and a speaker's label
    text = ("Yuri Gagarin flew in 1961. Yuri's Night marks it. Valery Bykovsky flew in 1963, "
            "and Valery Kubasov in 1969. Yuri Romanenko, Yuri again, flew in 1987. "
            "Svetlana was not named before. Valentina Tereshkova flew in 1963.\n"
            "Valentina: I remember it.")
    assert _called(checker, text) == []
