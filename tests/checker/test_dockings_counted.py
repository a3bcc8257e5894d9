"""Dockings told by a count of days from a launch, on the real catalog: whose docking it
is when the sentence's subject is the crew, and which date the count starts from."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_the_crews_ship_docked(checker: Checker) -> None:
    # Soyuz 19 launched 1975-07-15 and docked with Apollo on 1975-07-17 (events.yaml):
    # "the next day" counts to the 16th
    text = ("Soyuz 19 with Leonov and Kubasov launched on 15 July 1975 and docked with "
            "Apollo the next day.")
    assert said(checker, text, "docking_date") == [("Soyuz 19", "1975-07-16", "contradicted")]


def test_no_ship_of_another_clause_docks(checker: Checker) -> None:
    # the ship of the first clause did not dock "when Atlantis docked"
    text = ("Soyuz 19, with Leonov and Valery Kubasov, lifted off on 15 July 1975 - and so "
            "does its sequel, when Atlantis docked with Mir on 29 June 1995.")
    assert said(checker, text, "docking_date") == []


def test_a_count_from_the_same_crafts_launch_is_not_in_doubt(checker: Checker) -> None:
    # Nauka launched 2021-07-21 and docked 2021-07-29 (stations.yaml); a docking told just
    # before (TM-31's) does not make "ten days later" count from it
    text = ("The first crew launched on Soyuz TM-31 on 31 October 2000 and docked two days "
            "later. Nauka finally flew on 21 July 2021 on a Proton-M and docked ten days "
            "later.")
    assert ("Nauka", "2021-07-31", "contradicted") in said(checker, text, "docking_date")
