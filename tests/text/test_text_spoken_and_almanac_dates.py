"""Dates said in words ("April twelfth, sixty-one"), months and seasons counted from the
date before ("the following April"), and an almanac's entries ("14 September - Luna 2 was
launched on this date in 1959")."""

from __future__ import annotations

import pytest

from sleuth.text.dates import find_dates, news_agency_spans
from sleuth.text.spoken import spoken_dates, with_digits


def _read(text: str) -> list[tuple[str, str, str]]:
    found = find_dates(text)
    for d in found:
        assert text[d.start:d.end] == d.text  # spans are the words, not the digits
    return [(d.text, d.date.iso(), d.kind) for d in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gagarin, April twelfth, sixty-one.", [("April twelfth, sixty-one", "1961-04-12")]),
        ("Voskhod 1, October sixty-four.", [("October sixty-four", "1964-10")]),
        ("It was set up in sixty-five, but", [("sixty-five", "1965")]),
        ("launched in ninety-five and ninety-seven, respectively",
         [("ninety-five", "1995"), ("ninety-seven", "1997")]),
        ("March two thousand and one, into the Pacific", [("March two thousand and one",
                                                            "2001-03")]),
        ("October twenty-eighteen, actually.", [("October twenty-eighteen", "2018-10")]),
        ("He was born in nineteen thirty-four.", [("nineteen thirty-four", "1934")]),
        ("at the end of eighty-nine.", [("eighty-nine", "1989")]),
        ("Zarya, November twentieth, ninety-eight, on a Proton",
         [("November twentieth, ninety-eight", "1998-11-20")]),
    ],
)
def test_years_and_days_said_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, iso) for t, iso, _ in _read(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "They stayed in sixty-one days.",  # a count: a noun follows
        "into the same fifty-one point six degree orbit",
        "Seventy-two people have flown.",  # no place where a year stands
        "a crew of sixty-five",
        "Two thousand kilometres up.",
    ],
)
def test_counts_said_in_words_are_not_years(text: str) -> None:
    assert find_dates(text) == []


def test_words_are_rewritten_in_place() -> None:
    text = "in June ninety-seven it hit"
    spoken = spoken_dates(text)
    digits = with_digits(text, spoken)
    assert len(digits) == len(text)
    assert digits.split() == ["in", "June", "1997", "it", "hit"]


def test_a_named_month_or_season_counted_from_the_date_before() -> None:
    text = ("Voskhod 1 flew in October 1964, and the following April Voskhod 2. Mir went up "
            "in February 1986; Kvant came the following autumn. Gagarin flew in April 1961 "
            "and Titov the following August; Vostok 5 in June 1963 and the next summer none.")
    relative = [(t, iso) for t, iso, kind in _read(text) if kind == "relative"]
    assert relative == [("the following April", "1965-04"), ("the following autumn", "1986"),
                        ("the following August", "1961-08"), ("the next summer", "1964")]


ALMANAC = "ON THIS DAY\nBy the desk | Friday, 2 January 2026\n\n"


def test_an_almanac_heading_day_dates_the_years_of_its_line() -> None:
    text = ALMANAC + (
        "14 September - Luna 2 was launched on this date in 1959.\n\n"
        "28 April - In 2001 Dennis Tito flew. In 2016 Vostochny opened.\n\n"
        "19 April - Salyut 1 went up 55 years ago, and Salyut 7 followed on the same date "
        "in 1982.\n")
    found = [(t, iso) for t, iso, _ in _read(text)][1:]  # after the dateline's date
    # the headings themselves are not dates, nor do they take a year from the line above
    assert found == [("1959", "1959-09-14"), ("2001", "2001-04-28"), ("2016", "2016"),
                     ("55 years ago", "1971-04-19"), ("1982", "1982-04-19")]


def test_years_to_the_day_keep_the_day() -> None:
    text = ALMANAC + ("23 April - Komarov was launched in 1967 and was killed the next day. "
                      "Twenty-nine years later to the day, Priroda lifted off.\n")
    assert ("Twenty-nine years later", "1996-04-23") in [(t, iso) for t, iso, _ in _read(text)]
    text = "Sputnik 1 flew on 4 October 1957. Exactly two years later Luna 3 was launched."
    assert ("two years later", "1959-10-04") in [(t, iso) for t, iso, _ in _read(text)]
    text = "Sputnik 1 flew on 4 October 1957. Two years later Luna 3 was launched."
    assert ("Two years later", "1959") in [(t, iso) for t, iso, _ in _read(text)]


def test_years_since_and_an_entrys_anniversary_count_back_from_the_dateline() -> None:
    text = ALMANAC + ("4 October - 70 years since Sputnik 1.\n\n"
                      "15 July - The 50th anniversary of Apollo-Soyuz.\n")
    ago = [(t, iso) for t, iso, kind in _read(text) if kind == "ago"]
    assert ago == [("70 years since", "1956-10-04"), ("50th anniversary of", "1976-07-15")]
    # a written date after "since" is that date, not a count back
    assert [k for _, _, k in _read(ALMANAC + "It is 15 years since 1998.\n")
            if k == "ago"] == []


NEWS_DATELINE = "MOSCOW, 20 February 2026 - The agency marked the day.\n\n"


def test_a_news_agencys_place_and_date_is_a_dateline() -> None:
    text = ("BAIKONUR, Kazakhstan, 12 April 2021 (TASS) — Sixty years ago today Gagarin "
            "flew.\n")
    assert ("Sixty years ago today", "1961-04-12") in [
        (t, iso) for t, iso, kind in _read(text) if kind == "ago"]
    # a place in capitals and a date, but no dash after it: a heading, not a dateline
    assert [k for _, _, k in _read("MOSCOW, 12 April 2021\n\nSixty years ago Gagarin flew.")
            if k == "ago"] == []


def test_a_yearless_day_of_an_anniversary_list_is_the_events_day() -> None:
    text = NEWS_DATELINE + ("Anniversaries this year: 19 April (55 years since Salyut 1) and "
                            "15 July (the 51st anniversary of Apollo-Soyuz).\n")
    found = [(t, iso) for t, iso, _ in _read(text)][1:]
    # the count in brackets is the day's again, not a date of its own ("this year" is the
    # dateline's)
    assert found == [("this year", "2026"), ("19 April", "1971-04-19"),
                     ("15 July", "1975-07-15")]
    # with no dateline to count back from, such a day dates nothing
    assert _read("Salyut 1 flew in 1971. Anniversaries: 19 April (55 years since Salyut 1).") \
        == [("1971", "1971", "year")]


def test_months_listed_after_a_yearless_month_each_take_the_year() -> None:
    text = "Soyuz 28 flew in March 1978. Two more followed in June and August, aboard …"
    assert [(t, iso) for t, iso, _ in _read(text)] == [
        ("March 1978", "1978-03"), ("June", "1978-06"), ("August", "1978-08")]
    # an aside's founding year ("set up in 1967") is not the year the story goes on in
    text = ("Remek flew in March 1978 under the Interkosmos programme, set up in 1967. "
            "Others followed in June.")
    assert ("June", "1978-06") in [(t, iso) for t, iso, _ in _read(text)]


WIRE_HEADER = "SPACE DIGEST\nItems moved Dec. 2-6, 2024.\n\n"


def test_a_wire_items_dateline_day_dates_the_item_and_counts_its_days() -> None:
    text = WIRE_HEADER + (
        "MOSCOW, Dec. 2 (Agency) -- Mars 3 landed on Dec. 2, 1971.\n\n"
        "KOROLYOV, Russia, Dec. 3 (Agency) -- The ship was launched on Nov. 21 and a "
        "satellite went up in May of last year.\n")
    found = [(t, iso, kind) for t, iso, kind in _read(text)][1:]
    # the second item's days are 2024's, not 1971's (the last year told before them)
    assert found == [("Dec. 2", "2024-12-02", "dateline"), ("Dec. 2, 1971", "1971-12-02",
                                                             "absolute"),
                     ("Dec. 3", "2024-12-03", "dateline"), ("Nov. 21", "2024-11-21", "yearless"),
                     ("May of last year", "2023-05", "absolute")]
    assert news_agency_spans(text) == [(text.index("Agency"), text.index("Agency") + 6),
                                       (text.rindex("Agency"), text.rindex("Agency") + 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In June 1971 it was launched on the 16th.",
         [("June 1971", "1971-06"), ("16th", "1971-06-16")]),
        ("In June 1963 both craft came down on the nineteenth, and",
         [("June 1963", "1963-06"), ("nineteenth", "1963-06-19")]),
        ("Luna 2, launched on September the twelfth, 1959, struck",
         [("September the twelfth, 1959", "1959-09-12")]),
        ("on the twenty-first and the fifteenth of December, nineteen eighty-four",
         [("twenty-first", "1984-12-21"),
          ("fifteenth of December, nineteen eighty-four", "1984-12-15")]),
        ("launched on the 21st and the 15th of December 1984",
         [("21st", "1984-12-21"), ("15th of December 1984", "1984-12-15")]),
    ],
)
def test_days_named_alone_or_listed(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, iso) for t, iso, _ in _read(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "In June 1971 he docked on the third orbit.",  # an ordinal of a noun
        "He flew on the 16th.",  # no month told before
        "In June 1971 they flew.\n\nThey landed on the 16th.",  # another paragraph
    ],
)
def test_a_day_alone_needs_a_month_just_before(text: str) -> None:
    assert [d for d in find_dates(text) if d.kind == "yearless"] == []


def test_a_spoken_days_anchor_is_the_start_of_its_words() -> None:
    text = "In June 1963 he went up on the fourteenth; she followed three days later."
    found = find_dates(text)
    day, later = found[1], found[2]
    assert (day.text, later.text, later.date.iso()) == (
        "fourteenth", "three days later", "1963-06-17")
    assert later.resolved_from == day.start


MAGAZINE_DATELINE = "PERIGEE MAGAZINE | Issue of 18 March 2025 | The Long Interview\n\n"


def test_years_told_from_the_articles_own_date() -> None:
    text = MAGAZINE_DATELINE + (
        "Venera 9 landed in October seventy-five.\n\nLuna 25, the year before last. It left "
        "Vostochny on the eleventh of August. Last year Soyuz MS-25 flew in March. Bion-M "
        "No. 2 flies next year. It was in May of last year.\n")
    found = [(t, iso, kind) for t, iso, kind in _read(text)][1:]
    assert found == [
        ("October seventy-five", "1975-10", "absolute"),
        ("the year before last", "2023", "ago"),
        # the yearless day takes the year counted from the dateline, not 1975
        ("eleventh of August", "2023-08-11", "yearless"),
        ("Last year", "2024", "ago"), ("March", "2024-03", "yearless"),
        ("next year", "2026", "ago"),
        ("May of last year", "2024-05", "absolute")]  # as before: one date
    # with no article date, "last year" is nobody's year
    assert _read("Last year Soyuz MS-25 flew.") == []


def test_a_date_taken_back_as_it_is_said_is_withdrawn() -> None:
    text = ("As a student I was at Baikonur for Soyuz 11, in sixty... no, wait, it was "
            "seventy-one. June seventy-one.")
    assert _read(text) == [("June seventy-one", "1971-06", "absolute")]


def test_a_count_of_years_dates_the_day_before_it_and_may_count_from_later() -> None:
    text = MAGAZINE_DATELINE + (
        "On 2 March, forty years ago, Soyuz 28 carried Vladimir Remek. Next February marks "
        "forty years since Mir's launch. Sixty years ago Leonov walked in space.\n")
    assert [(t, iso) for t, iso, kind in _read(text) if kind == "ago"] == [
        ("2 March, forty years ago", "1985-03-02"),  # one date: the count gives its year
        ("forty years since", "1986-02"),  # from February 2026, not from the 2025
        ("Sixty years ago", "1965")]


def test_a_spoken_year_before_came_is_a_year() -> None:
    text = "In nineteen eighty came Pham Tuan of Vietnam, launched on July twenty-third."
    assert _read(text) == [("nineteen eighty", "1980", "year"),
                           ("July twenty-third", "1980-07-23", "yearless")]


def test_the_next_season_told_from_the_season_before_it_is_a_guess() -> None:
    # from February, "the next spring" may be a month away or a year and a month; from
    # November the next spring is the coming one, and from April a year on
    found = find_dates(
        "Mir went up in February 1986 and Kvant the next spring. Salyut 7 went up in "
        "November 1982 and Soyuz T-8 the next spring. Salyut 7 went up in April 1982 and "
        "Soyuz T-8 the following spring. Kvant-2 came in December 1989 after a quiet "
        "autumn; the previous autumn had been busier.")
    assert [(d.date.iso(), d.approx) for d in found if d.kind == "relative"] == [
        ("1986", True), ("1983", False), ("1983", False), ("1989", True)]
