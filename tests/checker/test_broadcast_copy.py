"""Broadcast copy and talks: pronunciation guides inside lists, "N years since" as an
anchor for later yearless dates, a year cut to two digits after a preposition ("in '88"),
a digression in dashes that does not move the story's year, a sentence withdrawn by the
next ("That was wrong."), "one orbit late", "since Mir's end", and "the station itself"
after a module."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from tests.checker.claims import claims_of, said

DATELINE = "READ-ALOUD COPY. TUESDAY 18 MARCH 2025.\n\n"


def _dates(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.date.iso()) for d in find_dates(text)]


def test_a_two_digit_year_after_a_preposition() -> None:
    assert _dates("Chrétien went back in '88, and Buran was to dock around '92.") == [
        ("'88", "1988"), ("'92", "1992")]
    assert _dates("He sang 'Rock of '88' twice.") == []  # no preposition: a title


def test_a_count_of_years_since_anchors_the_yearless_dates_after_it() -> None:
    text = (DATELINE + "On the eighteenth of March 1965 Voskhod 2 lifted off.\n\n"
            "Last Thursday marked thirty-nine years since Soyuz T-15 flew to Mir. The "
            "station's core had gone up on the twentieth of February.")
    assert ("twentieth of February", "1986-02-20") in _dates(text)


def test_a_digression_in_dashes_does_not_move_the_storys_year() -> None:
    text = ("Titov and Manarov came home in December '88. Jean-Loup I knew from Salyut 7 "
            "days — he flew there in '81, the first Frenchman — and he had come up to Mir "
            "in November.")
    assert _dates(text)[-1] == ("November", "1988-11")
    gloss = "Luna 9 — launched on 31 January 1966 — landed on 3 February."
    assert _dates("In 1959 Luna 2 struck the Moon. " + gloss)[-1] == ("3 February",
                                                                     "1966-02-03")


@pytest.mark.integration
def test_names_with_pronunciation_guides_are_one_list(checker: Checker) -> None:
    text = ("Soyuz T-15 carried Leonid Kizim [KEE-zim] and Vladimir Solovyov "
            "[sa-la-VYOFF] to Mir. Poland's Mirosław Hermaszewski [her-ma-SHEF-skee] and "
            "East Germany's Sigmund Jähn [yehn] flew in June and September 1978, "
            "respectively.")
    assert said(checker, text, "crew") == [("Soyuz T-15", "Leonid Kizim", "supported"),
                                           ("Soyuz T-15", "Vladimir Solovyov", "supported")]
    # Jähn flew Soyuz 31 on 26 August 1978
    assert said(checker, text) == [("Mirosław Hermaszewski", "1978-06", "supported"),
                                   ("Sigmund Jähn", "1978-09", "contradicted")]


@pytest.mark.integration
def test_the_next_day_of_a_dateline_article_after_years_since(checker: Checker) -> None:
    # Mir's core: 19 February 1986 21:28 UTC, 20 February in Moscow; Soyuz TM's debut
    # (Soyuz TM-1, uncrewed) 21 May 1986
    text = (DATELINE + "On the eighteenth of March 1965 Voskhod 2 lifted off.\n\n"
            "Last Thursday marked thirty-nine years since Soyuz T-15 flew to Mir. The "
            "station's core had gone up on a Proton on the twentieth of February.\n\n"
            "And this Sunday marks twenty-four years since Mir's end.")
    found = {(c.subject_name, c.value, c.verdict) for c in claims_of(
        checker, text, "launch_date")}
    assert ("Mir", "1986-02-20", "supported") in found
    assert not [c for c in found if c[1] == "2001"]  # its end, not its launch


@pytest.mark.integration
def test_a_withdrawn_sentence_claims_nothing(checker: Checker) -> None:
    text = ("On Friday we said Salyut 1 was launched in 1972. That was wrong. Salyut 1 was "
            "launched on the nineteenth of April 1971.")
    assert said(checker, text) == [("Salyut", "1971-04-19", "supported")]


@pytest.mark.integration
def test_an_orbit_late_is_no_count_and_the_station_is_not_its_module(
        checker: Checker) -> None:
    text = ("Belyayev steered them down by hand, one orbit late. Zvezda followed in July "
            "2000. The station itself laps the planet roughly every ninety-two minutes.")
    claims = checker.check_text(text).claims
    assert not [c for c in claims if c.property in ("orbit_count", "orbital_period")]
