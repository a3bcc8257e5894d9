"""How long a crew flew, told of "the pair", "the three men" or of a ship's crew list
(session 36), on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "expected"), [
    # Remek's only flight, Soyuz 28, lasted 7 d 22 h
    ("Vladimir Remek lifted off aboard Soyuz 28 with commander Aleksei Gubarev. The pair "
     "spent nine days aloft.", [("Vladimír Remek", "9 days", "contradicted")]),
    # Soyuz 11 ended after 23 d 18 h; the time opens the sentence, the crew follows
    ("Dobrovolsky, Volkov and Patsayev lifted off in Soyuz 11 on 6 June 1971. After almost "
     "twenty-six days in flight the three men died during the descent.",
     [("Georgy Dobrovolsky", "26 days", "contradicted")]),
    # the traveller, not his companion: Gürragchaa flew once, on Soyuz 39 (7 d 20 h)
    ("Jügderdemidiin Gürragchaa launched from Baikonur with Vladimir Dzhanibekov on Soyuz "
     "39. The pair spent almost eight days on Salyut 6.",
     [("Jügderdemidiin Gürragchaa", "8 days", "supported")]),
])
def test_a_time_said_of_the_crew_just_named(checker: Checker, text: str,
                                             expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "duration") == expected


def test_a_time_said_after_a_ships_crew_list(checker: Checker) -> None:
    # Soyuz MS-01 flew 115 days
    text = ("Soyuz MS-01 lifted off on 7 July 2016 with Anatoli Ivanishin, Takuya Onishi and "
            "Kathleen Rubins, and landed on 30 October after 125 days.")
    assert said(checker, text, "duration") == [("Soyuz MS-01", "125 days", "contradicted")]


def test_a_time_after_a_crew_list_is_the_travellers_when_she_is_the_subject(
        checker: Checker) -> None:
    # Sharman went up in TM-12 and came home in TM-11 after 7 d 21 h
    text = ("Helen Sharman was the first Briton in space. She launched aboard Soyuz TM-12 on "
            "May 18, 1991, with Anatoly Artsebarsky and Sergei Krikalev, and spent eight days "
            "in space.")
    assert said(checker, text, "duration") == [("Helen Sharman", "8 days", "supported")]


@pytest.mark.parametrize(("days", "verdict"), [
    ("72", "supported"), ("73", "supported"), ("71", "contradicted"), ("74", "contradicted")])
def test_a_count_of_days_is_counted_whole_or_rounded(checker: Checker, days: str,
                                                      verdict: str) -> None:
    # Soyuz TM-30 flew 72 d 19 h 42 min (Wikidata): 72 whole days, 73 rounded
    assert said(checker, f"Soyuz TM-30 flew for {days} days.", "duration") == [
        ("Soyuz TM-30", f"{days} days", verdict)]
