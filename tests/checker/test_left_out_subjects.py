"""Sentences that leave their subject out, as forum replies and notes do: "Went up on a
Proton from Baikonur" after a station is told of, "Krikalev is the other famous one. Went up
on TM-12", and a reply going on about what the line it quotes ("> …") names. Lines
written here; verdicts on the real catalog (Mir's core rode a Proton-K from Baikonur;
Krikalev flew up on Soyuz TM-12 in 1991; Polyakov went up on TM-18 in January 1994 and came
home on TM-20)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_left_out_craft_keeps_its_rocket_and_site(checker: Checker) -> None:
    text = "Mir was a Soviet station. Went up on a Soyuz from Baikonur in February 1986."
    assert said(checker, text, "launch_vehicle") == [("Mir", "Soyuz", "contradicted")]
    assert said(checker, text, "launch_site") == [("Mir", "Baykonur", "supported")]
    # a sentence naming its own craft is about that craft
    assert said(checker, "Mir was a Soviet station. Launched Salyut 7 on a Proton.",
                "launch_vehicle") == []


@pytest.mark.integration
def test_a_left_out_person_rode_the_ships(checker: Checker) -> None:
    text = ("Valeri Polyakov holds the record. Launched on TM-17 in January 1994, came home "
            "on TM-20 in March 1995.")
    assert [(s, v) for s, _, v in said(checker, text, "crew")] == [
        ("Soyuz TM-17", "contradicted"), ("Soyuz TM-20", "supported")]
    # the ship named after the person is what the sentences go on about
    assert said(checker, "Soyuz TM-12 carried Helen Sharman. Launched on TM-13 in October.",
                "crew") == [("Soyuz TM-12", "Helen Sharman", "supported")]


@pytest.mark.integration
def test_a_reply_goes_on_about_the_line_it_quotes(checker: Checker) -> None:
    text = ("Who holds the single-flight record? Polyakov, I think.\n\n"
            "> Who holds the single-flight record? Polyakov, I think.\n\n"
            "Yes. Went up on TM-18 in January 1994.\n\n"
            "Zvezda docked on 26 July 2000.\n\n> Zvezda docked on 26 July 2000.\n\n"
            "That's the docking. Launch was 12 July.")
    assert said(checker, text, "crew") == [("Soyuz TM-18", "Valeri Polyakov", "supported")]
    assert said(checker, text)[-1] == ("Zvezda", "2000-07-12", "supported")
