"""Large counts of the people who have flown ("the 88th human in space", "Rakesh Sharma,
the 128th human in space") are read in digits and judged against the order of first
flights, where lists of space travellers differ: a crew that went up together shares its
places, and a count may leave out the X-15's pilots. On the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of

pytestmark = pytest.mark.integration


def _counts(checker: Checker, text: str) -> list[tuple[str, str, str, str | None]]:
    return [(c.subject_name, c.value, c.verdict, c.expected)
            for c in claims_of(checker, text, "first")]


@pytest.mark.parametrize(("text", "expected"), [
    # 88th counting Joseph Walker's X-15 flight of 1963, 87th without it: both are lists'
    ("Remek was the 88th human in space.",
     ("Vladimír Remek", "88th human in space", "supported", "Vladimír Remek")),
    ("Remek, the 87th person in space, flew on Soyuz 28.",
     ("Vladimír Remek", "87th person in space", "supported", "Vladimír Remek")),
    ("Rakesh Sharma was the 138th person in space.",
     ("Rakesh Sharma", "138th person in space", "supported", "Rakesh Sharma")),
    # Voskhod 1 took Komarov, Feoktistov and Yegorov up together: places 12 to 14 (with
    # Walker) are any of theirs
    ("Boris Yegorov was the 13th person in space.",
     ("Boris Yegorov", "13th person in space", "supported", "Boris Yegorov")),
])
def test_a_count_the_lists_give_the_person_is_supported(
        checker: Checker, text: str, expected: tuple[str, str, str, str]) -> None:
    assert _counts(checker, text) == [expected]


def test_a_count_no_list_gives_the_person_is_contradicted(checker: Checker) -> None:
    [(name, value, verdict, expected)] = _counts(
        checker, "India's Rakesh Sharma, the 128th human in space, visited them.")
    assert (name, value, verdict) == ("Rakesh Sharma", "128th human in space", "contradicted")
    assert expected is not None and expected != "Rakesh Sharma"


def test_the_early_order_still_counts_the_suborbital_flights(checker: Checker) -> None:
    # Shepard's suborbital flight came before Titov's: every list has Titov fourth in space
    assert _counts(checker, "Gherman Titov was the second person in space.") == [
        ("Gherman Titov", "second person in space", "contradicted", "Alan Shepard")]


def test_a_count_set_after_a_dash_is_said_of_the_same_person(checker: Checker) -> None:
    text = ("On 2 March 1978 Vladimír Remek of Czechoslovakia, flying with Aleksei Gubarev "
            "on Soyuz 28, became the first person in space who was neither Soviet nor "
            "American - the 88th human in space.")
    assert [(name, value, verdict) for name, value, verdict, _ in _counts(checker, text)] == [
        ("Vladimír Remek", "first non-Soviet non-American person in space", "supported"),
        ("Vladimír Remek", "88th human in space", "supported")]


@pytest.mark.parametrize("text", [
    "Ramsat, built at 1200 27th Ave S, was the first.",
    "Sputnik 1 was launched in the 20th century.",
])
def test_an_ordinal_of_an_address_or_a_century_is_no_count(checker: Checker,
                                                           text: str) -> None:
    assert _counts(checker, text) == []
