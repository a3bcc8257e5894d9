"""Readings fixed from the weekend quiz (heldout47): "the flight" and "the shuttle" refer
back to a craft, a later clause's "but the shuttle flew" beats the person named before
it, "from his launch on … to his landing on …" dates each event with its own date, a
record's "longest single spaceflight: 437 days" is a duration, and "after the docking on
July 18th" is the docking of the craft just told of (on the real catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

VOSKHOD = "Voskhod 1 was launched on 12 October 1964 with three men on board. "


@pytest.mark.integration
@pytest.mark.parametrize(("text", "verdict"), [
    (VOSKHOD + "The flight lasted just over 26 hours.", "contradicted"),
    (VOSKHOD + "The whole flight lasted about a day.", "supported"),
    (VOSKHOD + "The mission lasted a day.", "supported"),
])
def test_the_flight_refers_back_to_the_craft(checker: Checker, text: str,
                                             verdict: str) -> None:
    assert [(s, v) for s, _, v in said(checker, text, "duration")] == [("Voskhod 1", verdict)]


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    # a flight told by what follows is another one, not the craft just named
    VOSKHOD + "The group flight of June 1963 was more ambitious still.",
    VOSKHOD + "The joint flight agreed in Moscow in May 1972 followed later.",
])
def test_a_flight_told_by_what_follows_is_not_a_reference(checker: Checker,
                                                          text: str) -> None:
    assert [s for s, _, _ in said(checker, text)] == ["Voskhod 1"]


@pytest.mark.integration
def test_the_shuttle_named_is_not_a_reference(checker: Checker) -> None:
    text = ("Leonov and Kubasov docked their Soyuz 19 with an Apollo in July 1975. "
            "Twenty years later the shuttle Atlantis docked with Mir.")
    assert "Soyuz 19" not in [s for s, _, _ in said(checker, text, "docking_date")][1:]


BURAN = ("Who flew the Soviet shuttle Buran? Many people assume test pilot Igor Volk was "
         "aboard, but the shuttle flew uncrewed on 15 November 1988 and made two orbits "
         "before an automatic landing some 3 hours 25 minutes after launch.")


@pytest.mark.integration
@pytest.mark.parametrize("prop", ["launch_date", "orbit_count", "duration"])
def test_a_later_clause_about_the_shuttle_is_the_shuttles(checker: Checker,
                                                          prop: str) -> None:
    claims = said(checker, BURAN, prop)
    assert claims and all(s.startswith("Buran") and v == "supported" for s, _, v in claims)


@pytest.mark.integration
def test_a_span_from_launch_to_landing_dates_each_event(checker: Checker) -> None:
    text = ("Valeri Polyakov flew from his launch on Soyuz TM-18 on 8 January 1994 to his "
            "landing on 22 March 1995.")
    assert [(p, v) for p in ("launch_date", "landing_date")
            for _, _, v in said(checker, text, p)] == [
        ("launch_date", "supported"), ("landing_date", "supported")]


@pytest.mark.integration
@pytest.mark.parametrize(("days", "verdict"), [("437", "supported"), ("473", "contradicted")])
def test_a_records_length_after_a_colon(checker: Checker, days: str, verdict: str) -> None:
    text = f"Valeri Polyakov holds the record for the longest single spaceflight: {days} days."
    assert [(s, v) for s, _, v in said(checker, text, "duration")] == [
        ("Valeri Polyakov", verdict)]


@pytest.mark.integration
@pytest.mark.parametrize(("day", "verdict"), [("17th", "supported"), ("18th", "contradicted")])
def test_the_docking_is_the_craft_told_of(checker: Checker, day: str, verdict: str) -> None:
    text = ("Soyuz 19 lifted off from Baikonur on 15 July 1975. The famous handshake with "
            f"Tom Stafford came after the docking on July {day}.")
    assert said(checker, text, "docking_date") == [("Soyuz 19", f"1975-07-{day[:2]}", verdict)]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "value", "verdict"), [
    ("Luna 3 lifted off on the second anniversary of Sputnik 1.", "1959-10-04", "supported"),
    ("Salyut 1, launched on the tenth anniversary of Gagarin's flight, was the first "
     "station.", "1971-04-12", "contradicted"),
])
def test_a_launch_on_an_anniversary(checker: Checker, text: str, value: str,
                                    verdict: str) -> None:
    assert [(v, verdict_) for _, v, verdict_ in said(checker, text)] == [(value, verdict)]


FLEW_TO_MIR = ("Toyohiro Akiyama flew to Mir in December 1990, and Helen Sharman followed "
               "in May 1991. ")


@pytest.mark.integration
@pytest.mark.parametrize(("text", "verdict"), [
    (FLEW_TO_MIR + "Both visits lasted about ten days.", "contradicted"),
    (FLEW_TO_MIR + "They each stayed about eight days.", "supported"),
])
def test_both_is_said_of_each(checker: Checker, text: str, verdict: str) -> None:
    assert [(s, v) for s, _, v in said(checker, text, "duration")] == [
        ("Toyohiro Akiyama", verdict), ("Helen Sharman", verdict)]


@pytest.mark.integration
def test_both_probes_is_not_said_of_the_people(checker: Checker) -> None:
    text = FLEW_TO_MIR + "Both probes lasted about ten days."
    assert said(checker, text, "duration") == []


@pytest.mark.integration
@pytest.mark.parametrize(("year", "verdict"), [("2016", "supported"), ("2015", "contradicted")])
def test_what_an_agency_became_was_founded_then(checker: Checker, year: str,
                                                verdict: str) -> None:
    text = ("The Russian Space Agency was set up in February 1992 and became the state "
            f"corporation Roscosmos on 1 January {year}.")
    assert [(v, verdict_) for _, v, verdict_ in said(checker, text, "founded")] == [
        ("1992-02", "supported"), (f"{year}-01-01", verdict)]


@pytest.mark.integration
@pytest.mark.parametrize(("text", "crewmate", "verdict"), [
    ("On 18 March 1965 Alexei Leonov made the first spacewalk from Voskhod 2 while its "
     "commander, Pavel Popovich, stayed inside.", "Pavel Popovich", "contradicted"),
    ("Voskhod 2 lifted off on 18 March 1965 with Alexei Leonov, who made the first "
     "spacewalk, while Vladimir Komarov minded the cabin.", "Vladimir Komarov", "contradicted"),
    ("Alexei Leonov left Voskhod 2 while Pavel Belyayev waited inside.", "Pavel Belyayev",
     "supported"),
])
def test_the_crewmate_who_stayed_inside(checker: Checker, text: str, crewmate: str,
                                        verdict: str) -> None:
    assert ("Voskhod 2", crewmate, verdict) in said(checker, text, "crew")


@pytest.mark.integration
def test_staying_up_is_not_staying_inside(checker: Checker) -> None:
    text = ("Valentina Tereshkova flew Vostok 6 for just under three days, while Bykovsky "
            "stayed up for nearly five.")
    assert [v for _, v, _ in said(checker, text, "crew")] == ["Valentina Tereshkova"]
