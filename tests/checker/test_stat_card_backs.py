"""The backs of trading cards: a heading naming the card's craft or person over a block of
labelled fields, some sharing a line between bars ("Launched: 6 Aug 1961 | Landed: 8 Aug
1961"), pairs of values for a card on two crafts ("14 Jan 1969 / 15 Jan 1969"), a
spacewalk's time, "Up:" and "Down:", and a blurb calling the person by first name and
patronymic. On the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_fields_between_bars_keep_their_own_labels(checker: Checker) -> None:
    card = ("#06 GHERMAN TITOV   ★★★★   OA2-006\nFlight: Vostok 2\n"
            "Launched: 6 Aug 1961 | Landed: 8 Aug 1961\nOrbits: 17\n")
    assert said(checker, card) == [("Vostok 2", "1961-08-06", "supported")]
    # Vostok 2 came down on 7 August (10:18 in Moscow)
    assert [(value, verdict) for _, value, verdict in said(checker, card, "landing_date")] == [
        ("1961-08-08", "contradicted")]


def test_a_card_on_two_crafts_pairs_its_values_in_order(checker: Checker) -> None:
    card = ("#14 SOYUZ 4 / SOYUZ 5   ★★★   OA2-014\n"
            "Launched: 14 Jan 1969 / 15 Jan 1969\n"
            "Pads: Site 1 / Site 31 respectively\nDocked: 16.01.1969\n")
    assert said(checker, card) == [("Soyuz 4", "1969-01-14", "supported"),
                                   ("Soyuz 5", "1969-01-15", "supported")]


def test_perigee_and_apogee_between_bars(checker: Checker) -> None:
    card = ("#05 YURI GAGARIN\nFlight: Vostok 1\nOrbits: 1 | Duration: 108 min\n"
            "Perigee / apogee: 181 / 327 km\n")
    assert said(checker, card, "perigee") == [("Vostok 1", "181 km", "supported")]
    assert said(checker, card, "apogee") == [("Vostok 1", "327 km", "supported")]


def test_a_spacewalks_time_is_not_the_flights(checker: Checker) -> None:
    card = ("#11 ALEXEI LEONOV\nLaunched: 18 Mar 1965\n"
            "Crew: Pavel Belyayev (cdr), Alexei Leonov\n"
            "Duration: 2 d 2 h | Spacewalk: 12 min 9 s\n")
    assert [value for _, value, _ in said(checker, card, "duration")] == ["2.083 days"]


def test_up_and_down_are_the_launch_and_the_landing(checker: Checker) -> None:
    card = ("#32 VALERI POLYAKOV\nUp: Soyuz TM-18, 8 Jan 1994\n"
            "Down: Soyuz TM-20, 22 Mar 1995\nSingle flight: 437 days\n")
    assert said(checker, card) == [("Soyuz TM-18", "1994-01-08", "supported")]
    assert said(checker, card, "landing_date") == [
        ("Valeri Polyakov", "1995-03-22", "supported")]


def test_a_cards_heading_person_owns_its_fields_not_the_last_cards_craft(
        checker: Checker) -> None:
    cards = ("#23 VLADIMÍR REMEK\nFlight: Soyuz-28\n"
             "Launched: 2 Mar 1978 | Landed: 10 Mar 1978\n\n"
             "#24 MIROSŁAW HERMASZEWSKI\nLaunched: 27 Jun 1978 | Orbits: 126\n")
    assert said(checker, cards) == [("Soyuz 28", "1978-03-02", "supported"),
                                    ("Mirosław Hermaszewski", "1978-06-27", "supported")]


@pytest.mark.parametrize(("text", "who"), [
    ("#26 SVETLANA SAVITSKAYA\nSvetlana Yevgenyevna became the second woman in space.",
     "Svetlana Savitskaya"),
    ("Alexei Leonov trained as a painter. Alexei Arkhipovich was the first to walk in space.",
     "Alexei Leonov"),
])
def test_a_first_name_and_patronymic_is_the_person_named_before(
        checker: Checker, text: str, who: str) -> None:
    assert [(name, verdict) for name, _, verdict in said(checker, text, "first")] == [
        (who, "supported")]


def test_a_full_name_with_a_patronymic_is_the_surnames(checker: Checker) -> None:
    text = ("Vladimir Solovyov flew twice. On 6 June 1985 Vladimir Alexandrovich "
            "Dzhanibekov launched on Soyuz T-13.")
    assert [name for name, _, _ in said(checker, text)] == ["Vladimir Dzhanibekov"]


def test_a_day_set_before_a_later_first_is_not_the_launch(checker: Checker) -> None:
    text = ("Svetlana Savitskaya flew on Soyuz T-7. On her second flight she became the "
            "first woman to fly twice and, on 25 July 1984, the first woman to walk in space.")
    assert said(checker, text) == []
    # right after the launch verb, the day is the launch's
    assert said(checker, "Luna 9 was launched on 31 January 1966, the first craft to land "
                "on the Moon.") == [("Luna-9", "1966-01-31", "supported")]



def test_a_crew_cell_is_not_split_among_a_rows_crafts(checker: Checker) -> None:
    table = "| Station (ship) | Crew |\n|---|---|\n| Salyut 6 (Soyuz 26) | Romanenko / Grechko |\n"
    assert {name for name, _, _ in said(checker, table, "crew")} == {"Salyut-6"}


def test_a_person_cards_flight_field_says_whom_the_craft_carried(checker: Checker) -> None:
    card = ("#05 YURI GAGARIN   ★★★★★   OA2-005\nFlight: Vostok 1\n"
            "Launched: 12 Apr 1961, 09:07 MSK\nOrbits: 1 | Duration: 108 min\n")
    [crew] = claims_of(checker, card, "crew")
    assert (crew.subject_name, crew.value, crew.verdict, crew.quote) == (
        "Vostok 1", "Yuri Gagarin", "supported", "Vostok 1")


def test_two_fields_under_a_heading_make_a_card(checker: Checker) -> None:
    card = ("#07 VOSTOK 3 & VOSTOK 4   ★★★   OA2-007\n"
            "Launched: 11 Aug 1962 / 12 Aug 1962\nOrbits: 64 and 48 respectively\n"
            "The first group flight.\n")
    assert said(checker, card) == [("Vostok 3", "1962-08-11", "supported"),
                                   ("Vostok 4", "1962-08-12", "supported")]
    assert said(checker, card, "orbit_count") == [("Vostok 3", "64 orbits", "supported"),
                                                  ("Vostok 4", "48 orbits", "supported")]


def test_an_impact_field_is_the_probes_end_not_its_launch(checker: Checker) -> None:
    card = ("#03 LUNA 2   ★★   OA2-003\nLaunched: 12 Sep 1959\n"
            "Impact: 14 Sep 1959 (Moscow time)\n")
    assert said(checker, card) == [("Luna-2", "1959-09-12", "supported")]
    assert said(checker, card, "landing_date") == [("Luna-2", "1959-09-14", "supported")]


def test_a_pad_named_alone_is_checked_against_the_crafts_pad(checker: Checker) -> None:
    cards = ("#12 LUNA 9\nLaunched: 31 Jan 1966 | Pad: Site 1\n\n"
             "#13 SOYUZ 1\nLaunched: 23 Apr 1967 | Pad: Site 31\n\n"
             "#14 SALYUT 1\nLaunched: 19 Apr 1971 | Pad: Site 81\n")
    # GCAT: Luna 9 left from LC31, Soyuz 1 from LC1 (Gagarin's Start), Salyut 1 from LC81/24
    assert said(checker, cards, "launch_site") == [("Luna-9", "pad 1", "contradicted"),
                                                   ("Soyuz 1", "pad 31", "contradicted"),
                                                   ("Salyut", "pad 81", "supported")]


def test_a_person_cards_flights_field_lists_each_craft_that_carried_them(
        checker: Checker) -> None:
    card = ("#26 SVETLANA SAVITSKAYA\nFlights: Soyuz T-7 (19 Aug 1982), Soyuz T-12\n"
            "Spacewalk: 3 h 35 min\n")
    assert [(c.subject_name, c.value, c.verdict, c.quote)
            for c in claims_of(checker, card, "crew")] == [
        ("Soyuz T-7", "Svetlana Savitskaya", "supported", "Soyuz T-7"),
        ("Soyuz T-12", "Svetlana Savitskaya", "supported", "Soyuz T-12")]
