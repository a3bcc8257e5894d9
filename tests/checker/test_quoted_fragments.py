"""Words quoted from another text into the writer's sentence, as a review quotes the book:
'Kvant-2 "on 26 December 1989"', 'puts Jähn "aboard Soyuz 30 in June"', 'calls Savitskaya
"the third woman in space"'. The quoted words are read as said of what the sentence names,
and a list of them parted by semicolons shares its verb; a data file's quoted cells and an
erratum's quotes keep their marks. Lines written here; verdicts on the real catalog
(Kvant-2 went up on 26 November 1989; Soyuz 30 carried Klimuk and Hermaszewski; Savitskaya
was the second woman in space)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker, without_quoted_fragments
from tests.checker.claims import said


def test_only_fragments_lose_their_opening_mark() -> None:
    text = ('Kvant-2 "on 26 December 1989"; the chapter "The Beeping Ball"; '
            'Kvant,"docked in April",1987; For "was launched in 1972" read "in 1971".')
    assert without_quoted_fragments(text) == (
        'Kvant-2  on 26 December 1989"; the chapter "The Beeping Ball"; '
        'Kvant,"docked in April",1987; For "was launched in 1972" read "in 1971".')


@pytest.mark.integration
def test_quoted_words_are_said_of_the_sentences_names(checker: Checker) -> None:
    text = ('Kvant-1 is said to have gone up in 1987; Kvant-2 "on 26 December 1989"; '
            'Kristall "in May 1990".')
    assert said(checker, text) == [("Kvant", "1987", "supported"),
                                   ("Kvant-2", "1989-12-26", "contradicted"),
                                   ("Kristall", "1990-05", "supported")]
    assert said(checker, 'The author puts Sigmund Jähn "aboard Soyuz 30 in June".',
                "crew") == [("Soyuz 30", "Sigmund Jähn", "contradicted")]
    assert said(checker, 'She calls Svetlana Savitskaya "the third woman in space" before '
                         'telling of her walk.', "first") == [
        ("Svetlana Savitskaya", "third woman in space", "contradicted")]
