"""Claims read from tables (Markdown pipe tables, and HTML tables through html_to_text),
on the real catalog with new text."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.document import document_from_bytes

pytestmark = pytest.mark.integration


def _rows(checker: Checker, text: str) -> list[tuple[str, str, str, str, str]]:
    return [(c.subject_name, c.property, c.value, c.verdict, c.quote)
            for c in checker.check_text(text).claims]


def test_a_flight_table_gives_each_cell_to_the_craft_of_its_row(checker: Checker) -> None:
    text = ("| Ship | Cosmonaut | Lift-off | Orbit | Incl. |\n"
            "|---|---|---|---|---|\n"
            "| Vostok 2 | Gherman Titov | 6 Aug 1961 | 183 x 244 km | 64.9° |\n"
            "| Vostok 5 | Valentina Tereshkova | 14 Jun 1963 | 162 x 209 km | 51.6° |\n")
    rows = _rows(checker, text)
    assert ("Vostok 2", "crew", "Gherman Titov", "supported", "Gherman Titov") in rows
    assert ("Vostok 2", "launch_date", "1961-08-06", "supported", "6 Aug 1961") in rows
    assert ("Vostok 5", "crew", "Valentina Tereshkova", "contradicted",
            "Valentina Tereshkova") in rows  # she flew on Vostok 6
    assert ("Vostok 5", "launch_date", "1963-06-14", "supported", "14 Jun 1963") in rows
    assert ("Vostok 5", "inclination", "51.6 deg", "contradicted", "51.6°") in rows
    orbit = [r[1:4] for r in rows if r[4] == "183 x 244 km"]
    assert [r[:2] for r in orbit] == [("perigee", "183 km"), ("apogee", "244 km")]


def test_bare_numbers_take_the_unit_the_header_gives(checker: Checker) -> None:
    text = ("Station | Re-entered | Mass (kg) | Perigee (km) | Apogee (km) | Rocket\n"
            "---|---|---|---|---|---\n"
            "Salyut 1 | 11 October 1971 | 18425 | 200 | 222 | Proton-K\n")
    rows = {(prop, value): (verdict, quote)
            for _, prop, value, verdict, quote in _rows(checker, text)}
    assert rows[("reentry_date", "1971-10-11")] == ("supported", "11 October 1971")
    assert rows[("mass", "18425 kg")] == ("supported", "18425")
    assert rows[("perigee", "200 km")] == ("supported", "200")
    assert rows[("apogee", "222 km")] == ("supported", "222")
    assert rows[("launch_vehicle", "Proton-K")] == ("supported", "Proton-K")


def test_a_row_about_a_person_gives_them_their_time_and_not_a_country_operator(
        checker: Checker) -> None:
    # Jähn went up on Soyuz 31 and came home on Soyuz 29: the time is his, not the ship's.
    text = ("| Guest | Country | Spacecraft | Launch date | Time in space |\n"
            "|:--|:--|:--|--:|--:|\n"
            "| Sigmund Jähn | East Germany | Soyuz 31 | 26 August 1978 | 7 d 20 h 49 min |\n")
    rows = _rows(checker, text)
    assert ("Soyuz 31", "crew", "Sigmund Jähn", "supported", "Sigmund Jähn") in rows
    assert ("Soyuz 31", "launch_date", "1978-08-26", "supported", "26 August 1978") in rows
    assert ("Sigmund Jähn", "duration", "7.867 days", "supported", "7 d 20 h 49 min") in rows
    assert not [r for r in rows if r[1] == "operator"]


def test_a_row_naming_no_craft_is_about_its_person(checker: Checker) -> None:
    text = ("| Cosmonaut | Orbits |\n|---|---|\n| Gherman Titov | 17 |\n"
            "| Andriyan Nikolayev | 46 |\n")
    rows = _rows(checker, text)
    assert ("Gherman Titov", "orbit_count", "17 orbits", "supported", "17") in rows
    assert ("Andriyan Nikolayev", "orbit_count", "46 orbits", "contradicted", "46") in rows


def test_a_table_without_property_headers_claims_nothing(checker: Checker) -> None:
    text = "| Name | Notes |\n|---|---|\n| Sergei Korolev | designed Vostok 1 |\n"
    assert _rows(checker, text) == []


def test_an_html_table_is_checked_like_a_markdown_one(checker: Checker) -> None:
    html = ("<html><body><p>Firsts.</p><table><tr><th>Mission</th><th>Launched</th></tr>"
            "<tr><td>Luna 2</td><td>12 September 1959</td></tr>"
            "<tr><td>Luna 3</td><td>4 October 1958</td></tr></table></body></html>")
    doc = document_from_bytes(html.encode(), name="t.html", fmt="html")
    rows = _rows(checker, doc.text)
    assert [row[1:] for row in rows] == [
        ("launch_date", "1959-09-12", "supported", "12 September 1959"),
        ("launch_date", "1958-10-04", "contradicted", "4 October 1958")]  # 1959


def test_a_plain_text_list_of_expeditions_is_read_as_a_table(checker: Checker) -> None:
    # "Station | Mission": the row is the mission's; "Exp." codes ("EO-1") are no craft
    text = ("Station | Mission | Launch | Crew | Duration\n"
            "Salyut 3 | Soyuz 15 | 28 Aug 1974 | Sarafanov, Dyomin | 2 d\n\n"
            "Exp. | Launched in | Crew | Duration\n"
            "EO-1 | Soyuz T-5, 13 May 1982 | Berezovoy, Lebedev | 211 d\n")
    rows = {(r[0], r[1], r[3]) for r in _rows(checker, text)}
    assert ("Soyuz 15", "launch_date", "contradicted") in rows  # it flew on 26 August
    assert ("Soyuz 15", "crew", "supported") in rows
    assert ("Soyuz T-5", "launch_date", "supported") in rows
    assert not any(subject.startswith("EO") for subject, _, _ in rows)


def test_a_crew_rows_duration_is_any_of_its_crews_time(checker: Checker) -> None:
    # Krikalev stayed 312 days; Romanenko 326 days (the row's Soyuz TM-2 settles which
    # Romanenko); Titov and Manarov 365 days 22 hours on Soyuz TM-4
    text = ("Mission | Launch | Crew | Duration\n"
            "Soyuz TM-12 | 18 May 1991 | Artsebarsky, Krikalev, Sharman | 312 d\n"
            "Soyuz TM-2 | 6 Feb 1987 | Romanenko, Aleksandrov | 326 d\n"
            "Soyuz TM-32 | 28 Apr 2001 | Musabayev, Baturin, Tito | 10 d\n"
            "Soyuz TM-4 | 21 Dec 1987 | Titov, Manarov, Levchenko | 366 d\n")
    durations = [(r[0], r[3]) for r in _rows(checker, text) if r[1] == "duration"]
    assert durations[:2] == [("Sergei Krikalev", "supported"), ("Yury Romanenko", "supported")]
    assert durations[2][1] == "contradicted"  # the three flew 7 days 22 hours
    # Titov's and Manarov's year, not Levchenko's week: one it is true of is named
    assert durations[3] == ("Vladimir Titov", "supported")
