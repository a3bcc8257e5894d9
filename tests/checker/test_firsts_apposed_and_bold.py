"""Firsts told between dashes, in Markdown bold, or of the "He" who opens the sentence
(session 36), on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker, without_markdown_marks
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "expected"), [
    # Prunariu was the ninth guest (firsts.yaml, first-interkosmos-guest)
    ("On 14 March 1981, Romania's Dumitru Prunariu - the eighth Interkosmos guest - followed "
     "them aboard Soyuz 40.", [("Dumitru Prunariu", "eighth Interkosmos guest", "contradicted")]),
    # Bykovsky flew two days before her: she was the sixth
    ("Valentina Tereshkova - the fifth Soviet cosmonaut, and the first woman in space - rode "
     "Vostok 6 into orbit.", [("Valentina Tereshkova", "fifth Soviet cosmonaut", "contradicted"),
                               ("Valentina Tereshkova", "first woman in space", "supported")]),
    # Jähn was the third guest, after Remek and Hermaszewski
    ("Sigmund Jähn, the **first German in space** and the fourth Interkosmos guest, went up "
     "on Soyuz 31.", [("Sigmund Jähn", "first German in space", "supported"),
                      ("Sigmund Jähn", "fourth Interkosmos guest", "contradicted")]),
    # Gürragchaa was the eighth; "He" opens the sentence, Dzhanibekov is his companion
    ("Jügderdemidiin Gürragchaa is Mongolia's only cosmonaut. He lifted off on March 22, 1981, "
     "aboard Soyuz 39 with commander Vladimir Dzhanibekov, becoming the seventh guest "
     "cosmonaut of Interkosmos.",
     [("Jügderdemidiin Gürragchaa", "seventh guest cosmonaut of Interkosmos", "contradicted")]),
])
def test_a_first_apposed_or_emphasised(checker: Checker, text: str,
                                       expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "first") == expected


def test_bold_quotes_are_of_the_text_as_given(checker: Checker) -> None:
    text = "Valentina Tereshkova became the **first woman in space** in June 1963."
    (first,) = claims_of(checker, text, "first")
    assert first.quote == text[first.start:first.end] and "**" in first.quote


def test_bold_marks_are_blanked_in_place() -> None:
    assert without_markdown_marks("a **b** __c__ snake__case") == "a   b     c   snake__case"
