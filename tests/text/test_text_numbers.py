"""Tests for sleuth.text.numbers."""

import re

import pytest

from sleuth.text.numbers import (
    NUMBER_PATTERN,
    ORDINALS,
    parse_number,
    parse_number_words,
    parse_ordinal,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seventeen", 17),
        ("Seventeen", 17),
        ("twenty-two", 22),
        ("twenty two", 22),
        ("one hundred and eight", 108),
        ("one hundred eight", 108),
        ("a hundred", 100),
        ("a dozen", 12),
        ("two dozen", 24),
        ("1,000", 1000),
        ("2.5", 2.5),
        ("96", 96),
        ("1.5 million", 1_500_000),
        ("two million", 2_000_000),
        ("three thousand four hundred", 3400),
        ("two and a half", 2.5),
        ("zero", 0),
    ],
)
def test_parse_number_words(text: str, value: float) -> None:
    assert parse_number_words(text) == value


@pytest.mark.parametrize("text", ["", "a", "two three", "eleven twenty", "and", "many", "1,0000",
                                  "12,34,5"])
def test_parse_number_words_rejects(text: str) -> None:
    assert parse_number_words(text) is None


def test_decimal_commas_as_russian_writes_them() -> None:
    # one or two digits after the comma make it a decimal comma; three, a thousands one
    assert parse_number("88,7") == (88.7, 0.1)
    assert parse_number("0,25") == (0.25, 0.01)
    assert parse_number("1,160") == (1160.0, 1.0)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("96", 1),
        ("83.6", 0.1),
        ("1,000", 1),
        ("1.25", 0.01),
        ("1.5 million", 100_000),
        ("seventeen", 1),
        ("two hundred", 1),
        ("two and a half", 0.5),
    ],
)
def test_parse_number_step_is_last_written_digit(text: str, step: float) -> None:
    parsed = parse_number(text)
    assert parsed is not None
    assert parsed[1] == pytest.approx(step)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("second", 2),
        ("first", 1),
        ("3rd", 3),
        ("21st", 21),
        ("twenty-first", 21),
        ("Twelfth", 12),
        ("hundredth", 100),
        ("one hundred and first", 101),
        ("fortieth", 40),
    ],
)
def test_parse_ordinal(text: str, value: int) -> None:
    assert parse_ordinal(text) == value


@pytest.mark.parametrize("text", ["", "two", "first second", "3", "twenty-twentieth"])
def test_parse_ordinal_rejects(text: str) -> None:
    assert parse_ordinal(text) is None


def test_ordinals_table() -> None:
    assert ORDINALS["fifth"] == 5
    assert ORDINALS["twentieth"] == 20


def test_number_pattern_matches_whole_numbers_only() -> None:
    rx = re.compile(NUMBER_PATTERN, re.IGNORECASE)
    found = [
        m.group() for m in rx.finditer("someone saw one hundred and eight, tenth, 1,000 and 2.5")
    ]
    assert found == ["one hundred and eight", "1,000", "2.5"]


@pytest.mark.parametrize(("text", "value", "step"), [
    ("four point seven", 4.7, 0.1),
    ("fifty-one point six", 51.6, 0.1),
    ("ninety-one point five five", 91.55, 0.01),
    ("seven point oh", 7.0, 0.1),
])
def test_spoken_decimals(text: str, value: float, step: float) -> None:
    assert parse_number(text) == (pytest.approx(value), pytest.approx(step))
    assert re.fullmatch(NUMBER_PATTERN, text, re.IGNORECASE)


def test_a_point_with_no_digit_after_is_no_decimal() -> None:
    assert parse_number("four point") is None
    assert re.fullmatch(NUMBER_PATTERN, "four point", re.IGNORECASE) is None
