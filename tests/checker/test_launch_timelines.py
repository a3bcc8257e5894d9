"""A timeline's verbless entries ("20 Sep 1980 - Soyuz 38: Romanenko + Tamayo Méndez")
date their craft by launch when most entries of the list are their craft's launch days: an
entry's day on which the craft was already up is then a wrong launch day, not a day it may
have spent in space. Without such a list (or when the entry tells the launch apart) it
stays unverifiable. Lines written here; verdicts on the real catalog (Soyuz 36 went up on
26 May 1980, Soyuz T-2 on 5 June, Soyuz 37 on 23 July, Soyuz 38 on 18 September)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

ENTRIES = ("26 May 1980 - Soyuz 36: Kubasov + Bertalan Farkas.\n"
           "5 Jun 1980 - Soyuz T-2: Malyshev + Aksyonov.\n"
           "23 Jul 1980 - Soyuz 37: Gorbatko + Pham Tuan.\n")


@pytest.mark.integration
def test_a_day_in_space_in_a_launch_timeline_is_a_wrong_launch_day(checker: Checker) -> None:
    text = ENTRIES + "20 Sep 1980 - Soyuz 38: Romanenko + Tamayo Méndez.\n"
    assert ("Soyuz 38", "1980-09-20", "contradicted") in said(checker, text, "launch_date")


@pytest.mark.integration
def test_a_short_list_says_nothing_of_its_entries(checker: Checker) -> None:
    text = ENTRIES.split("\n", 1)[1] + "20 Sep 1980 - Soyuz 38: Romanenko + Tamayo Méndez.\n"
    assert ("Soyuz 38", "1980-09-20", "unverifiable") in said(checker, text, "launch_date")


@pytest.mark.integration
def test_an_entry_telling_its_launch_apart_is_dated_otherwise(checker: Checker) -> None:
    text = ENTRIES + "20 Sep 1980 - Soyuz 38, launched on 18 September, docks again.\n"
    assert ("Soyuz 38", "1980-09-20", "unverifiable") in said(checker, text, "launch_date")
