"""Ordinals the curated registry orders ("the third Interkosmos guest", "the third paying
visitor"), firsts added to it (the first physician, the first crewed Soyuz, the first
docking in space) and national firsts counted to orbit, on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of

pytestmark = pytest.mark.integration


def _firsts(checker: Checker, text: str) -> list[tuple[str, str, str | None]]:
    return [(c.subject_name, c.verdict, c.expected)
            for c in claims_of(checker, text, "first")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sigmund Jaehn of the German Democratic Republic, the third Interkosmos guest, "
     "launched on Soyuz 31.", ("Sigmund Jähn", "supported", "Sigmund Jähn")),
    # Hermaszewski was the second: the registry's next holders say who was third
    ("Hermaszewski became the third Intercosmos guest.",
     ("Mirosław Hermaszewski", "contradicted", "Sigmund Jähn")),
    ("Valery Kubasov brought the Hungarian Bertalan Farkas, the first foreigner to fly "
     "under Interkosmos.", ("Bertalan Farkas", "contradicted", "Vladimir Remek")),
    ("Mark Shuttleworth became the third paying visitor to the station.",
     ("Mark Shuttleworth", "contradicted", "Gregory Olsen")),
])
def test_the_registry_orders_later_holders(checker: Checker, text: str,
                                           expected: tuple[str, str, str]) -> None:
    assert _firsts(checker, text) == [expected]


def test_an_ordinal_past_the_sources_agreement_is_unverifiable(checker: Checker) -> None:
    # sources disagree on who counts as an Interkosmos guest after the ninth
    assert _firsts(checker, "Jean-Loup Chretien was the tenth Interkosmos guest.") == [
        ("Jean-Loup Chrétien", "unverifiable", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Polyakov, hailed at home as the first physician to fly in space, flew to Mir.",
     ("Valeri Polyakov", "contradicted", "Boris Yegorov")),
    ("Soyuz 3 was the first Soyuz to carry a cosmonaut.",
     ("Soyuz 3", "contradicted", "Soyuz 1")),
    ("Kosmos 188 made the first docking in space.",
     ("Kosmos-188", "contradicted", "Gemini 8")),
])
def test_firsts_from_the_registry(checker: Checker, text: str,
                                  expected: tuple[str, str, str]) -> None:
    assert _firsts(checker, text) == [expected]


def test_a_crewed_soyuz_class_is_not_the_first_crewed_soyuz(checker: Checker) -> None:
    # "Soyuz T" names the class, whose first crewed ship was T-2, not the registry's first
    # crewed Soyuz (Soyuz 1)
    assert _firsts(checker, "Soyuz T-2 was the first crewed Soyuz T.") == [
        ("Soyuz T-2", "supported", "Soyuz T-2")]


def test_a_national_first_counted_to_orbit(checker: Checker) -> None:
    # Gagarin, Titov, Nikolayev, Popovich: Bykovsky was the fifth
    claims = claims_of(checker, "Bykovsky was the fourth Soviet citizen to reach orbit.",
                       "first")
    assert [(c.subject_name, c.verdict, c.expected) for c in claims] == [
        ("Valery Bykovsky", "contradicted", "Pavel Popovich")]
