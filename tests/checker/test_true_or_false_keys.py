"""A worksheet's true-or-false statements ("C4.  Soyuz 11 was launched on 7 June 1971.")
answered in its key ("C4  F - it was launched on 6 June and docked … the next day"): the
label is no catalog name ("C4" is also a Cluster satellite's), "it" and "she" in the answer
are what the statement names, a date counted from a yearless day keeps that day's guessed
year, and a few orbits said in words ("twice", "went once around the Earth") are counted.
Lines written here; verdicts on the real catalog (Soyuz 11 launched 6 June 1971 and docked
with Salyut 1 the next day; Helen Sharman flew on Soyuz TM-12 on 18 May 1991; Buran
orbited twice; the Russian Space Agency dates from February 1992)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from sleuth.text.quantities import find_quantities

SHEET = """SECTION C - TRUE OR FALSE?
C3.  Yuri Gagarin flew in 1961.                                  [  ]
C4.  Soyuz 11 was launched on 7 June 1971.                       [  ]
C5.  Buran orbited the Earth three times.                        [  ]
C8.  Helen Sharman flew to Mir on Soyuz TM-12.                   [  ]
C9.  The Russian Space Agency was founded in 1995.               [  ]

ANSWER KEY (teacher copy - remove before printing for pupils)
  C4  F - it was launched on 6 June and docked with Salyut 1 the next day.
  C5  F - it orbited the Earth twice.
  C8  T - she was launched on 18 May 1990.
  C9  F - it was set up in February 1992.
"""


def test_a_few_orbits_in_words_are_counted() -> None:
    said = {q.text: (q.value, q.low, q.high) for q in find_quantities(
        "Buran orbited the Earth twice. Vostok 1 went once around the Earth, circling the "
        "globe once every 108 minutes.") if q.unit == "orbit"}
    assert said == {"orbited the Earth twice": (2.0, 1.5, 2.5),
                    "went once around the Earth": (1.0, 0.5, 1.5)}


def test_a_day_counted_from_a_yearless_day_has_a_guessed_year() -> None:
    dates = find_dates("In 1965 a spacewalk. Soyuz 11 left on 6 June and docked the next day.")
    assert [(d.kind, d.date.iso(), d.year_guessed) for d in dates] == [
        ("year", "1965", False), ("yearless", "1965-06-06", False),
        ("relative", "1965-06-07", True)]


@pytest.mark.integration
def test_a_keys_answers_are_about_the_statements_they_judge(checker: Checker) -> None:
    keyed = SHEET.index("ANSWER KEY")
    found = {(c.subject_name, c.property, c.quote, c.verdict)
             for c in checker.check_text(SHEET).claims if c.start > keyed}
    assert found == {
        ("Soyuz 11", "launch_date", "6 June", "supported"),
        ("Soyuz 11", "docking_date", "the next day", "supported"),
        ("Buran OK-1K", "orbit_count", "orbited the Earth twice", "supported"),
        ("Helen Sharman", "launch_date", "18 May 1990", "contradicted"),
        ("Rossiskoe aviatsionno-kosmicheskoe agentsvo (Rosaviakosmos)", "founded",
         "February 1992", "supported")}
    assert not [c for c in checker.check_text(SHEET).claims if c.quote.startswith("C")]
