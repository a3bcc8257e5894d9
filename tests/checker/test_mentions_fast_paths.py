"""The shortcuts Gazetteer.find takes rest on facts about Unicode and on helpers that must
agree with the plain computation they replace."""

from __future__ import annotations

import re
import sys
from itertools import accumulate

from sleuth.claims import mentions
from sleuth.claims.mentions import TOKEN

LETTER, DIGIT = re.compile(r"[^\W\d_]"), re.compile(r"\d")


def _token_class(c: str) -> int:
    return 1 if LETTER.match(c) else 2 if DIGIT.match(c) else 0


def test_lowering_keeps_every_character_in_its_token_class() -> None:
    # find lowers the joined tokens instead of the text; that tokenizes alike only if
    # lowering never moves a character between letter, digit and other.
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        lowered = c.lower()
        if len(lowered) == 1:
            assert _token_class(c) == _token_class(lowered), hex(code)
        else:  # such a character must sit in a token, so the joined tokens grow as well
            assert _token_class(c) == 1, hex(code)


def test_final_sigma_folds_alike() -> None:
    assert mentions._fold("ΟΔΥΣΣΕΥΣ".lower()) == mentions._fold("ΟΔΥΣΣΕΥΣ .".lower()[:-2])
    assert mentions._fold("ς") == mentions._fold("σ")


def _plain_split(text: str) -> tuple[list[str], str]:
    pieces = re.split(f"({TOKEN.pattern})", text)
    return pieces, " " + " ".join(pieces[1::2]) + " "


def test_split_matches_the_unicode_regex() -> None:
    texts = ["", "Soyuz-19 docked", "“Apollo 11’s” crew — in 1969s…", "naïve Jérôme\u00a0Ⅳ x²",
             "Luna2 ٣ under_score \ud800 end", "Кοrolev, İstanbul"]
    for text in texts:
        pieces, written = mentions._split(text)
        plain, plain_written = _plain_split(text)
        assert written == plain_written, text
        assert list(map(len, pieces)) == list(map(len, plain)), text


def test_offsets_match_accumulated_lengths() -> None:
    pieces = re.split(f"({TOKEN.pattern})", "The Vostok 1 flight, 12 April 1961: Gagarin.")
    expected = list(accumulate(map(len, pieces), initial=0))
    offsets = mentions._Offsets(pieces)
    for i in [3, 1, 7, len(pieces), 0, 5, 5]:
        assert offsets[i] == expected[i]
    for bad in (-1, len(pieces) + 1):
        try:
            offsets[bad]
        except IndexError:
            continue
        raise AssertionError(bad)


def test_fold_stream_folds_each_non_ascii_token() -> None:
    stream = " détente israël x ёлка "
    folded, same_shape = mentions._fold_stream(stream)
    assert folded == " " + " ".join(mentions._fold(t) for t in stream.split()) + " "
    assert same_shape
    assert not mentions._fold_stream(" ﬁne ")[1]  # the ligature folds to two letters
