"""A conference poster's terse notes: a craft's launch, rocket and site in a bracket after
its name ("Zarya (20 Nov 1998, Proton-K, Baikonur)"), and a person's life in a bracket after
theirs. Notes written here; verdicts on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_a_bracket_of_notes_after_a_craft_gives_its_launch_rocket_and_site(
        checker: Checker) -> None:
    text = ("- ISS: Zarya (20 Nov 1998, Proton-K, Baikonur); Poisk (10 Nov 2009, Proton-M).\n"
            "- Vostok 1 (12 April 1961, Vostok 8K72K): Yuri Gagarin, one orbit, landing\n"
            "  at T+108 min.\n"
            "- Luna 16 (12 Sep 1970, Molniya-M) returned 101 g of regolith.\n")
    # the bracket's date is the launch, whatever the sentence goes on to ("landing")
    assert [(s, v) for s, v, _ in said(checker, text)] == [
        ("Zarya", "1998-11-20"), ("Poisk", "2009-11-10"), ("Vostok 1", "1961-04-12"),
        ("Luna-16 KT", "1970-09-12")]
    assert {v for _, _, v in said(checker, text)} == {"supported"}
    assert [(s, v) for s, _, v in said(checker, text, "launch_vehicle")] == [
        ("Zarya", "supported"), ("Poisk", "contradicted"), ("Vostok 1", "supported"),
        ("Luna-16 KT", "contradicted")]
    assert said(checker, text, "launch_site") == [("Zarya", "Baykonur", "supported")]
    # a person's bracket going on past a date may be their birth's: no flight's
    for text in ("Yuri Gagarin (9 March 1934, Klushino) flew Vostok 1.",
                 "Yuri Gagarin (9 March 1934 – 27 March 1968) flew Vostok 1."):
        assert said(checker, text) == []
