"""A sentence that opens with a first the registry gives one holder ("The first
artificial satellite was launched …") is about that holder, and so are "it" and "she" in
the sentences after. A description that is no subject of what follows ("The first
satellite launched by India was …", "The first artificial satellite was Sputnik 1") is
left to the firsts. Lines written here; the real catalog and registry of firsts."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said


@pytest.mark.integration
def test_the_first_satellite_and_it(checker: Checker) -> None:
    text = ("The first artificial satellite was launched on 4 October 1958. It weighed "
            "83.6 kg.")
    assert said(checker, text) == [("Sputnik 1", "1958-10-04", "contradicted")]
    assert said(checker, text, "mass") == [("Sputnik 1", "83.6 kg", "supported")]


@pytest.mark.integration
def test_a_description_with_an_aside_and_she(checker: Checker) -> None:
    text = ("The first woman in space, a textile worker from Yaroslavl, flew in 1964. She "
            "was launched from Baikonur.")
    assert said(checker, text) == [("Valentina Tereshkova", "1964", "contradicted")]
    assert said(checker, text, "launch_site")[0][0] == "Valentina Tereshkova"


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "The first satellite launched by India was Aryabhata, on 19 April 1975.",
    "The first artificial satellite was Sputnik 1, and Explorer 1 followed on 1 February "
    "1958.",
    "Britain sent the first Briton. Then the first artificial satellite launched on 4 "
    "October 1958 was shown.",
])
def test_no_holder_where_the_description_is_no_subject(checker: Checker, text: str) -> None:
    assert all(subject != "Sputnik 1" or value == "1957" for subject, value, _ in
               said(checker, text))


@pytest.mark.integration
@pytest.mark.parametrize(("text", "verdict"), [
    ("The first spacewalk took place in 1966.", "contradicted"),
    ("Komarov flew Voskhod 2, and the first spacewalk came in 1966.", "contradicted"),
    ("The first spacewalk was made on 18 March 1965.", "supported"),
])
def test_a_first_told_as_a_dated_event(checker: Checker, text: str, verdict: str) -> None:
    assert said(checker, text, "first") == [("Alexei Leonov", "first spacewalk", verdict)]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "holder", "verdict"), [
    ("The first Intercosmos cosmonaut was the Pole Miroslaw Hermaszewski.",
     "Mirosław Hermaszewski", "contradicted"),
    ("The first Intercosmos cosmonaut was the Czech pilot Vladimir Remek.", "Vladimír Remek",
     "supported"),
])
def test_a_holder_named_after_what_he_was(checker: Checker, holder: str, text: str,
                                          verdict: str) -> None:
    assert [(c.subject_name, c.verdict) for c in claims_of(checker, text, "first")] == [
        (holder, verdict)]


@pytest.mark.integration
@pytest.mark.parametrize(("guest", "verdict"), [("Vladimir Remek", "supported"),
                                                ("Sigmund Jahn", "contradicted")])
def test_its_first_is_the_programmes(checker: Checker, guest: str, verdict: str) -> None:
    text = f"The Interkosmos programme, set up in 1967, flew its first guest, {guest}, in 1978."
    assert [c.verdict for c in claims_of(checker, text, "first")] == [verdict]
