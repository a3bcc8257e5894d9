""""They launched from Plesetsk": the site said of people named together just before, as
the ship named with them or, with none, as the first of them (the judge weighs the sites
of all their flights). Checked on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_they_are_the_ship_named_with_them(checker: Checker) -> None:
    # Voskhod 2 launched from Baikonur (GCAT launchlog)
    text = "Voskhod 2 carried Leonov and Belyayev. They had launched from Plesetsk."
    assert said(checker, text, "launch_site") == [("Voskhod 2", "Plesetsk", "contradicted")]


def test_they_are_the_people_named_just_before(checker: Checker) -> None:
    # every flight of Leonov's launched from Baikonur (GCAT launchlog)
    text = ("On 18 March 1965 Alexei Leonov left the craft for 12 minutes, while Pavel "
            "Belyayev commanded. They had launched from Baikonur.")
    assert said(checker, text, "launch_site") == [("Alexei Leonov", "Baykonur", "supported")]


def test_they_said_far_after_the_people_is_nobody_s_launch(checker: Checker) -> None:
    text = ("Leonov and Belyayev trained together. The museum opened in 1981. Its hall is "
            "large. Visitors come from all over. They had launched from Plesetsk.")
    assert said(checker, text, "launch_site") == []
