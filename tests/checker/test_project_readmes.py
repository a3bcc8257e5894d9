"""A data project's Markdown README: code spans around rocket names ("on a `Proton-K`")
and a changelog whose entries are dated by the day of the edit, not of any event ("-
**2024-03-02**: fixed Soyuz T-5 landing date, was 10 Dec"). Written here; verdicts on the
real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_a_rocket_in_a_code_span_is_read_as_prose(checker: Checker) -> None:
    text = ("- **[Vostok 1](https://en.wikipedia.org/wiki/Vostok_1)** lifted off from Baikonur "
            "on 12 April 1961 on a `Vostok 8K72`.\n"
            "- Luna 17, launched on a `Molniya-M`, carried Lunokhod 1.\n")
    assert [(s, v) for s, _, v in said(checker, text, "launch_vehicle")] == [
        ("Vostok 1", "supported"), ("Luna-17", "contradicted")]


def test_a_changelogs_entry_dates_the_edit_and_its_old_value_is_no_claim(
        checker: Checker) -> None:
    text = ("## Changelog\n\n"
            "- **2024-03-02**: fixed Soyuz T-5 landing date, was 10 Dec; the capsule landed on "
            "27 August 1982.\n"
            "- **2023-12-10**: fixed Soyuz 40 crew (Popov, Prunariu), launched 14 May 1981.\n"
            "- 2023-06-06 - first public version.\n")
    assert said(checker, text, "landing_date") == [("Soyuz T-5", "1982-08-27", "supported")]
    assert said(checker, text) == [("Soyuz 40", "1981-05-14", "supported")]
    # a timeline's line opening with a date is no changelog
    text = "- 1998-11-20: Zarya, the first ISS module, launched from Baikonur.\n"
    assert said(checker, text) == [("Zarya", "1998-11-20", "supported")]


def test_a_range_written_with_a_times_sign_is_an_orbits(checker: Checker) -> None:
    text = "Vostok 1 was registered at 181 × 372 km; Salyut 7 at 219 x 278 km."
    assert said(checker, text, "perigee") == [("Vostok 1", "181 km", "supported"),
                                              ("Salyut-7", "219 km", "supported")]
    assert said(checker, text, "apogee") == [("Vostok 1", "372 km", "contradicted"),
                                             ("Salyut-7", "278 km", "supported")]


def test_a_links_target_names_nothing_and_its_words_read_on_as_prose(
        checker: Checker) -> None:
    text = ("**[Vostok 1](https://en.wikipedia.org/wiki/Vostok_1)** lifted off on 12 April "
            "1961. ![the capsule](img/v6.jpg \"Vostok 6\") [Vostok 6][v6] launched on 16 June "
            "1963.\n\n[v6]: https://en.wikipedia.org/wiki/Vostok_6\n")
    claims = [c for c in checker.check_text(text).claims if c.property == "launch_date"]
    assert [(c.quote[:8], c.value, c.verdict) for c in claims] == [
        ("Vostok 1", "1961-04-12", "supported"), ("Vostok 6", "1963-06-16", "supported")]
    assert claims[0].start == text.index("Vostok 1")
