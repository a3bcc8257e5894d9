"""Tests for sleuth.text.quantities."""

import itertools

import pytest

from sleuth.text.quantities import Quantity, find_quantities


def _one(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start : q.end] == q.text
    return q


def test_minutes_precision() -> None:
    q = _one("Sputnik 1 orbited the Earth every 96 minutes.")
    assert (q.kind, q.unit, q.written_unit, q.text) == ("duration", "s", "minutes", "96 minutes")
    assert (q.value, q.low, q.high) == (5760, 5730, 5790)
    assert not q.approx and q.bound is None and q.value2 is None


def test_mass_decimal_precision() -> None:
    q = _one("This 83.6 kg satellite")
    assert q.kind == "mass" and q.unit == "kg"
    assert q.value == pytest.approx(83.6)
    assert (q.low, q.high) == (pytest.approx(83.55), pytest.approx(83.65))


@pytest.mark.parametrize(
    "text",
    [
        "a flight of 1 hour and 48 minutes",
        "1 h 48 min",
        "Gagarin's 108-minute flight",
        "a 1 hour 48 minute flight",
        "108 minutes",
    ],
)
def test_gagarin_durations(text: str) -> None:
    q = _one(text)
    assert q.kind == "duration"
    assert (q.value, q.low, q.high) == (6480, 6450, 6510)


def test_compound_written_units() -> None:
    q = _one("Titov flew for 25 hours 18 minutes.")
    assert q.value == 25 * 3600 + 18 * 60
    assert q.written_unit == "hours+minutes"


def test_hours_decimal() -> None:
    q = _one("It took 1.5 hours")
    assert (q.low, q.high) == (pytest.approx(1.45 * 3600), pytest.approx(1.55 * 3600))


def test_days_word_number() -> None:
    q = _one("The mission lasted two days")
    assert (q.value, q.low, q.high) == (2 * 86400, 1.5 * 86400, 2.5 * 86400)


@pytest.mark.parametrize(
    ("text", "value"),
    [("spent 437 days in space", 437), ("a 438-day flight", 438)],
)
def test_long_stays(text: str, value: int) -> None:
    assert _one(text).value == value * 86400


def test_one_day_in_a_duration_context() -> None:
    assert _one("the flight lasted one day").value == 86400
    assert _one("a one-day flight").value == 86400


def test_months_and_years_need_duration_context() -> None:
    assert _one("he stayed aboard for six months").value == pytest.approx(6 * 30.44 * 86400)
    assert _one("its regular 76-year journey").value == pytest.approx(76 * 365.25 * 86400)
    assert _one("two years in orbit").kind == "duration"
    for text in (
        "two years later",
        "In 40 years much changed",
        "three days later",
        "two years after Gagarin",
        "the technologies needed one day to colonize Mars",
        "five years ago",
    ):
        assert find_quantities(text) == [], text


@pytest.mark.parametrize(
    ("text", "approx", "bound"),
    [
        ("about 96 minutes", True, None),
        ("nearly 96 minutes", True, None),
        ("~96 minutes", True, None),
        ("some 96 minutes", True, None),
        ("over 96 minutes", False, "min"),
        ("more than 96 minutes", False, "min"),
        ("at least 96 minutes", False, "min"),
        ("under 96 minutes", False, "max"),
        ("less than 96 minutes", False, "max"),
        ("up to 96 minutes", False, "max"),
        ("over about 96 minutes", True, "min"),
    ],
)
def test_hedges_and_bounds(text: str, approx: bool, bound: str | None) -> None:
    q = _one(text)
    assert (q.approx, q.bound, q.text) == (approx, bound, "96 minutes")
    if approx:
        # 5 % of 96 minutes either side (a number written to its last digit), which is
        # wider than the half-minute precision
        assert (q.low, q.high) == (pytest.approx(5760 - 288), pytest.approx(5760 + 288))
    else:
        assert (q.low, q.high) == (5730, 5790)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("about 90 minutes", 81, 99),  # one significant digit: 10 %
    ("some 3,000 orbits", 2700, 3300),
    ("about 94 minutes", 89.3, 98.7),  # written to its last digit: 5 %
    ("roughly 2.3 tonnes", 2.185, 2.415),
    ("about 20 minutes", 18, 22),
])
def test_a_hedge_allows_more_on_a_round_number(text: str, low: float, high: float) -> None:
    q = _one(text)
    scale = {"minutes": 60, "orbits": 1, "tonnes": 1000}[q.written_unit]
    assert (q.low / scale, q.high / scale) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("an orbit of 215 to 940 kilometres", "215 to 940 kilometres"),
        ("an orbit of 215–940 km", "215–940 km"),
        ("between 215 and 940 km", "215 and 940 km"),
        ("from 215 km to 940 km", "215 km to 940 km"),
        ("a 215 by 940 kilometre orbit", "215 by 940 kilometre"),
        ("an orbit of 215 km × 940 km", "215 km × 940 km"),
    ],
)
def test_ranges(text: str, span: str) -> None:
    q = _one(text)
    assert q.text == span and q.kind == "distance"
    assert (q.value, q.low, q.high) == (215, 214.5, 215.5)
    assert (q.value2, q.low2, q.high2) == (940, 939.5, 940.5)


def test_and_without_between_is_not_a_range() -> None:
    found = find_quantities("orbits of 215 and 940 km")
    assert [(q.text, q.value2) for q in found] == [("940 km", None)]


def test_range_with_duration_words() -> None:
    q = _one("between one and two hours")
    assert (q.value, q.value2) == (3600, 7200)


@pytest.mark.parametrize(
    ("text", "kind", "unit", "value"),
    [
        ("six miles", "distance", "km", 6 * 1.609344),
        ("1,000 km", "distance", "km", 1000),
        ("200 nautical miles", "distance", "km", 370.4),
        ("500 metres", "distance", "km", 0.5),
        ("5 tonnes", "mass", "kg", 5000),
        ("5 tons", "mass", "kg", 5000),
        ("184 pounds", "mass", "kg", 184 * 0.45359237),
        ("10 lb", "mass", "kg", 4.5359237),
        ("51.6°", "angle", "deg", 51.6),
        ("a 65-degree inclination", "angle", "deg", 65),
        ("7.8 km/s", "speed", "km/s", 7.8),
        ("28,000 km/h", "speed", "km/s", 28000 / 3600),
        ("17,500 mph", "speed", "km/s", 17500 * 1.609344 / 3600),
        ("1.5 million km", "distance", "km", 1.5e6),
    ],
)
def test_units(text: str, kind: str, unit: str, value: float) -> None:
    q = _one(text)
    assert (q.kind, q.unit) == (kind, unit)
    assert q.value == pytest.approx(value)
    assert q.low < q.value < q.high


def test_thousands_are_not_rounded_by_guess() -> None:
    q = _one("1,000 km")
    assert (q.low, q.high) == (999.5, 1000.5)


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("seventeen orbits", "orbit", 17),
        ("17 orbits", "orbit", 17),
        ("17 Earth orbits", "orbit", 17),
        ("it orbited the Earth 17 times", "orbit", 17),
        ("81 revolutions", "orbit", 81),
        ("three spacewalks", "spacewalk", 3),
        ("two Soviet cosmonauts", "cosmonaut", 2),
        ("seven astronauts", "astronaut", 7),
        ("three crew members", "crew member", 3),
        ("six modules", "module", 6),
        ("one orbit", "orbit", 1),
        ("a 17-orbit flight", "orbit", 17),
    ],
)
def test_counts(text: str, unit: str, value: int) -> None:
    q = _one(text)
    assert (q.kind, q.unit, q.value) == ("count", unit, value)


@pytest.mark.parametrize(
    "text",
    [
        "Vostok 6 orbits the Earth",
        "the Mercury 7 astronauts",
        "the Kvant-1 modules",
        "the 1960s",
        "the 1961 flight",
        "17 times faster",
        "20 °C",
        "20 degrees Celsius",
        "Soyuz 7K-OK",
        "in 1961 people cheered",
        "Apollo 11 days later",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_multiple_sorted_non_overlapping() -> None:
    text = "An altitude of six miles (10 kilometers), 83.6 kg, 96 minutes and 17 orbits."
    found = find_quantities(text)
    assert [q.text for q in found] == [
        "six miles",
        "10 kilometers",
        "83.6 kg",
        "96 minutes",
        "17 orbits",
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_real_sentences() -> None:
    text = (
        "This 83.6 kg satellite, equipped with radio transmitters, orbited the Earth\n\n"
        "every 96 minutes, providing the first real evidence."
    )
    assert [q.text for q in find_quantities(text)] == ["83.6 kg", "96 minutes"]
    assert _one("an orbit around Earth lasting 108 minutes").value == 6480


def test_perigee_by_apogee_with_an_x_is_a_range() -> None:
    q = _one("a 181 x 327 km orbit")
    assert (q.text, q.value, q.value2) == ("181 x 327 km", 181.0, 327.0)
    assert find_quantities("10x faster") == []


def test_d_is_days_after_a_space() -> None:
    q = _one("7 d 22 h")
    assert q.value == 7 * 86_400 + 22 * 3_600
    assert find_quantities("a 3D model") == []


def test_a_hedge_keeps_the_written_precision_when_that_is_wider() -> None:
    q = _one("about 2 days")  # ±12 h as written; 10 % would be ±4.8 h
    assert (q.low, q.high) == (1.5 * 86_400, 2.5 * 86_400)


def test_a_spoken_decimal_with_its_unit() -> None:
    (q,) = find_quantities("the spacecraft itself was about four point seven tonnes")
    assert (q.text, q.value, q.unit) == ("four point seven tonnes", 4700.0, "kg")


def test_a_duration_said_twice_is_not_a_compound() -> None:
    # 94 hours is not a part of a day: the time is said again, in hours
    found = find_quantities("Nikolayev stayed up nearly four days, ninety-four hours or so")
    assert [q.text for q in found] == ["four days", "ninety-four hours"]
    (q,) = find_quantities("a flight of 1 day, 2 hours and 47 minutes")
    assert q.value == 96420.0


@pytest.mark.parametrize(("text", "low", "high"), [
    # on one side of the number, by no more than a hedge: 5 % of 96 minutes
    ("just over 96 minutes", 5760, 5760 + 288),
    ("just under 96 minutes", 5760 - 288, 5760),
    ("a little under 96 minutes", 5760 - 288, 5760),
    # "two days" is written to the day: half a day is wider than 10 %
    ("just under two days", 1.5 * 86400, 2 * 86400),
])
def test_just_over_and_just_under(text: str, low: float, high: float) -> None:
    q = _one(text)
    assert (q.bound, q.low, q.high) == (None, pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(("text", "low", "high"), [
    # more than the shortest month (28 of 30.44 days), not more than half a month
    ("after more than a month in space", 0.92 * 30.44 * 86400, None),
    ("it lasted less than a year", None, 1.08 * 365.25 * 86400),
    # a number written to the minute keeps its own half minute
    ("more than 96 minutes", 95.5 * 60, None),
])
def test_a_bound_reaches_past_its_number_by_little(
        text: str, low: float | None, high: float | None) -> None:
    q = _one(text)
    if low is not None:
        assert (q.bound, q.low) == ("min", pytest.approx(low, rel=1e-3))
    if high is not None:
        assert (q.bound, q.high) == ("max", pytest.approx(high, rel=1e-3))


def test_a_unit_left_out_is_the_one_before() -> None:
    text = "an apogee of roughly 327 kilometres and a perigee of about 250, in an orbit"
    first, second = find_quantities(text)
    assert first.text == "327 kilometres"
    assert (second.text, second.value, second.unit, second.approx) == ("250", 250, "km", True)
    assert second.low < 245 and second.high > 255  # hedged as "about 250 km" is
    spoken = ("a low point of about one hundred and eighty kilometres and a high point of "
              "about three hundred and seventy, and the")
    assert [q.value for q in find_quantities(spoken)] == [180, 370]
    # not a number after any "and": "327 km and a perigee of 9" needs the words of a height
    assert len(find_quantities("an apogee of 327 km and a crew of 3")) == 1


def test_orbits_counted_roughly() -> None:
    [orbits] = find_quantities("circling the planet some five thousand times")
    assert (orbits.value, orbits.unit, orbits.approx) == (5000, "orbit", True)


def test_a_number_in_words_may_wrap_onto_the_next_line() -> None:
    # a hard-wrapped line or a subtitle's cue: "after four hundred and" ¶ "thirty-seven days"
    [q] = find_quantities("after four hundred and\nthirty-seven days and eighteen hours.")
    assert q.value == 437 * 86_400 + 18 * 3_600


def test_a_length_glued_to_its_unit_letters_is_read_field_by_field() -> None:
    q = _one("Soyuz 31 flew for 7d 20h 49m.")
    assert (q.text, q.kind, q.value) == ("7d 20h 49m", "duration", 7 * 86400 + 20 * 3600 + 49 * 60)
    assert (q.high - q.low) == 60  # to the minute
    # one glued field, or fields out of order, are no such length
    assert find_quantities("the 1960s, a 4d image, 7h 2d") == []


def test_colon_lengths_are_read_only_in_the_order_the_text_declares() -> None:
    log = "Durations are d:h:m. Titov lasted 1:10:18; the launch was at 06:07:00 UTC."
    (q,) = find_quantities(log)
    assert (q.text, q.value) == ("1:10:18", 86400 + 10 * 3600 + 18 * 60)
    (q,) = find_quantities("Times (hh:mm:ss): a flight of 1:48:00.")
    assert (q.value, q.high - q.low) == (6480, 1)
    assert find_quantities("He flew 1:10:18 by my watch.") == []  # no order declared
    assert find_quantities("Durations are d:h:m. A stay of 3:25:10.") == []  # no 25th hour


def test_a_span_of_years_opens_no_range_of_the_number_after_it() -> None:
    q = _one("Valeri Polyakov, Mir, 1994-95 - 438 days in orbit")
    assert (q.text, q.value2) == ("438 days", None)
    assert _one("between 215 and 940 km").value2 == 940


def test_a_bar_joins_a_perigee_and_apogee_but_no_other_figures() -> None:
    q = _one("Perigee / apogee: 181 / 327 km")
    assert (q.text, q.value, q.value2) == ("181 / 327 km", 181, 327)
    assert _one("181/327 km").value2 == 327
    # "112 / 168 d": one figure each for two people, not a range of days
    q = _one("Dzhanibekov, Savinykh | 112 / 168 d")
    assert (q.text, q.value2) == ("168 d", None)


@pytest.mark.parametrize(("text", "quoted", "seconds"), [
    ("each of them lasting about an hour and a half, and it landed", "an hour and a half", 5400),
    ("the flight lasted a day and a half", "a day and a half", 129600)])
def test_one_unit_and_a_half_said_with_the_article(text: str, quoted: str,
                                                   seconds: float) -> None:
    (found,) = find_quantities(text)
    assert (found.text, found.kind, found.value) == (quoted, "duration", seconds)
    assert found.low < seconds < found.high < 1.1 * seconds
