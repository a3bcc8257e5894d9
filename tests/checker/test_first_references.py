""""First" claims whose subject is a pronoun ("she was the first …") and whose phrase is a
serial list ("an orbiter, lander, and rover"), on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.model import Claim
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def firsts(checker: Checker, text: str) -> list[Claim]:
    return [c for c in checker.check_text(text).claims if c.property == "first"]


@pytest.mark.parametrize(("text", "subject", "verdict"), [
    ("Valentina Tereshkova flew Vostok 6 in 1963. She was the first woman in space.",
     "Valentina Tereshkova", "supported"),
    ("Svetlana Savitskaya flew on Soyuz T-7 in 1982. She became the first woman in space.",
     "Svetlana Savitskaya", "contradicted"),
    ("Yuri Gagarin trained for years. In April 1961 he was the first human in space.",
     "Yuri Gagarin", "supported"),
])
def test_a_pronoun_subject_is_the_last_person_named(
        checker: Checker, text: str, subject: str, verdict: str) -> None:
    [claim] = firsts(checker, text)
    assert (claim.subject_name, claim.verdict) == (subject, verdict), claim.expected


def test_a_serial_list_stays_in_the_phrase_and_this_means_the_craft(checker: Checker) -> None:
    text = ("On February 10, the Tianwen-1 spacecraft arrived on Mars. Designed by the China "
            "National Space Administration (CNSA), this was the first mission to arrive on "
            "Mars with an orbiter, lander, and rover (though the lander had not yet landed).")
    [claim] = firsts(checker, text)
    assert claim.quote.endswith("an orbiter, lander, and rover")
    assert "Tianwen-1" in claim.subject_name  # not CNSA, the last name before "this"
    assert claim.verdict == "contradicted" and claim.expected == "Mars 2"


def test_this_was_the_first_time_is_not_said_of_a_craft(checker: Checker) -> None:
    text = ("Luna 24 returned samples in 1976. In December a robot mission collected samples "
            "from the Moon. This was the first time in 40 years this was done.")
    assert firsts(checker, text) == []


def test_a_two_word_and_still_ends_the_phrase(checker: Checker) -> None:
    [claim] = firsts(checker, "Valentina Tereshkova was the first woman in space and later "
                              "a member of parliament.")
    assert claim.quote.endswith("first woman in space") and claim.verdict == "supported"


def test_first_launched_is_a_date_not_a_first(checker: Checker) -> None:
    claims = checker.check_text("The Soyuz spacecraft, first launched in 1967, flew often.")
    assert [c.property for c in claims.claims] == ["launch_date"]
    [claim] = claims.claims
    # The programme's first flight is named, not only its record id.
    assert claim.verdict == "contradicted"
    assert claim.expected == "1966-11-28T11:00:00Z (gcat:launchlog: Kosmos-133)"


def test_a_pronoun_subject_beats_a_name_in_the_next_clause(checker: Checker) -> None:
    text = ("Valentina Tereshkova followed aboard Vostok 6. She spent almost 71 hours in orbit, "
            "while Valery Bykovsky stayed up for nearly five days.")
    [claim] = [c for c in checker.check_text(text).claims if c.quote == "71 hours"]
    assert claim.subject_name == "Valentina Tereshkova" and claim.verdict == "supported"


def test_each_site_belongs_to_its_own_clause(checker: Checker) -> None:
    text = ("Kosmos-1 was launched from Kapustin Yar on 16 March 1962, and Plesetsk in the far "
            "north later handled most military launches.")
    sites = [c for c in checker.check_text(text).claims if c.property == "launch_site"]
    assert [(c.value, c.verdict) for c in sites] == [("Kapustin Yar", "supported")]


def test_a_trigger_takes_its_nearest_date(checker: Checker) -> None:
    text = ("The European Space Agency, founded in 1975, co-operated with Roscosmos on ExoMars "
            "until the partnership collapsed in 2022.")
    founded = [c for c in checker.check_text(text).claims if c.property == "founded"]
    assert [(c.value, c.verdict) for c in founded] == [("1975", "supported")]


def test_struck_the_moon_is_a_lunar_impact(checker: Checker) -> None:
    [claim] = firsts(checker, "Lunik 1 became the first spacecraft to strike the lunar surface.")
    assert claim.verdict == "contradicted" and claim.expected == "Luna 2"


def test_the_worlds_first_is_a_first(checker: Checker) -> None:
    text = ("Salyut 1, the world's first space station, fell in 1971. Vostok 2 was "
            "history's first space station.")
    assert [(c.subject_name, c.verdict) for c in firsts(checker, text)] == [
        ("Salyut", "supported"), ("Vostok 2", "contradicted")]


def test_where_a_first_happened_or_how_it_was_sent_adds_nothing_telling(
        checker: Checker) -> None:
    text = ("In 1970 Lunokhod 1 became the first remote-controlled rover on another world. "
            "Explorer 1 was the first animal ever sent into orbit.")
    assert [(c.subject_name, c.verdict) for c in firsts(checker, text)] == [
        ("Lunokhod-1", "supported"), ("Explorer I", "contradicted")]


@pytest.mark.parametrize("dash", [" — ", "—", " – "])
def test_a_dashed_aside_shares_what_follows_it(checker: Checker, dash: str) -> None:
    text = (f"Muhammed Faris became the first Syrian{dash}and the first Arab{dash}in space "
            "in July 1987.")
    found = firsts(checker, text)
    assert [(c.value, c.verdict) for c in found] == [
        ("first Syrian in space", "supported"),
        ("first Arab in space", "contradicted"),  # Sultan Al-Saud flew in 1985
    ]
    assert all(c.subject_name == "Muhammed Faris" for c in found)


def test_a_joining_dash_does_not_end_a_first(checker: Checker) -> None:
    [claim] = firsts(checker, "STS-71 was the first Shuttle–Mir docking.")
    assert claim.value == "first Shuttle–Mir docking"


@pytest.mark.parametrize("text", [
    "Svetlana Savitskaya became the second woman in space in 1982 and, two years later, "
    "the first woman to walk in space.",
    "Svetlana Savitskaya became the second woman in space in 1982 and the first woman to "
    "walk in space in 1984.",
])
def test_a_first_joined_on_after_a_date_has_the_same_subject(checker: Checker, text: str
                                                             ) -> None:
    claims = firsts(checker, text)
    assert [(c.value, c.subject_name, c.verdict) for c in claims] == [
        ("second woman in space", "Svetlana Savitskaya", "supported"),
        ("first woman to walk in space", "Svetlana Savitskaya", "supported")]


def test_a_time_counted_after_a_firsts_clause_leaves_it_at_launch(checker: Checker) -> None:
    text = ("On June 14, 1963, Valentina Tereshkova became the first woman in space, completing "
            "48 orbits in almost three days aboard Vostok 6.")
    assert said(checker, text) == [("Valentina Tereshkova", "1963-06-14", "contradicted")]
    # an event after the comma still tells a first of its own day, not the launch's
    text = ("Svetlana Savitskaya, who had become the second woman in space, became the first "
            "woman to walk in space on 25 July 1984.")
    assert said(checker, text) == []
