"""A wiki list page's entries: "* Soyuz 10 – 23 April 1971 – Shatalov, Yeliseyev and
Nikolai Rukavishnikov; soft-docked with Salyut 1". Lines written here; verdicts on the
real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_the_crew_after_an_entrys_date_flew_on_its_craft(checker: Checker) -> None:
    entries = ("* Soyuz 10 – 23 April 1971 – Shatalov, Yeliseyev and Nikolai Rukavishnikov; "
               "soft-docked with Salyut 1 but could not board.\n"
               "* Soyuz 11 (Soyuz-11) – 6 June 1971 – Georgy Dobrovolsky, Vladislav Volkov and "
               "Viktor Patsayev; docked with Salyut 1 the next day.\n"
               "* Soyuz TM-11 – 2 December 1990 – Viktor Afanasyev, Gennadi Manakov and "
               "Toyohiro Akiyama of TBS.\n")
    assert said(checker, entries, "crew") == [
        ("Soyuz 10", "Vladimir Shatalov", "supported"),
        ("Soyuz 10", "Aleksei Yeliseyev", "supported"),
        ("Soyuz 10", "Nikolay Rukavishnikov", "supported"),
        ("Soyuz 11", "Georgy Dobrovolsky", "supported"),
        ("Soyuz 11", "Vladislav Volkov", "supported"),
        ("Soyuz 11", "Viktor Patsayev", "supported"),
        ("Soyuz TM-11", "Viktor Afanasyev", "supported"),
        ("Soyuz TM-11", "Gennadi Manakov", "contradicted"),  # Musa Manarov flew; Manakov on TM-10
        ("Soyuz TM-11", "Toyohiro Akiyama", "supported")]


def test_a_first_after_an_entrys_date_is_its_crafts(checker: Checker) -> None:
    entries = ("* Sputnik 1 (PS-1) – 4 October 1957 – first artificial Earth satellite; "
               "mass 83.6 kg.\n"
               "* Luna 10 – launched 3 April 1966 – first spacecraft to orbit the Moon.\n")
    assert said(checker, entries, "first") == [
        ("Sputnik 1", "first artificial Earth satellite", "supported"),
        ("Luna-10", "first spacecraft to orbit the Moon", "supported")]


def test_a_rocket_after_an_entrys_dash_and_date_is_the_entrys(checker: Checker) -> None:
    # GCAT launchlog: Venera 7 flew on a Molniya 8K78M, Luna 16 on a Proton-K
    entry = "* {} – 17 August 1970, on a Proton-K – landed on Venus on 15 December 1970.\n"
    assert said(checker, entry.format("Venera 7"), "launch_vehicle") == [
        ("Venera-7", "Proton-K", "contradicted")]
    entry = "* Luna 16 – launched 12 September 1970, on a Proton-K – brought back soil.\n"
    assert said(checker, entry, "launch_vehicle") == [("Luna-16 KT", "Proton-K", "supported")]
