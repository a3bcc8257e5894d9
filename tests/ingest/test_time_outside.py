"""A person's hours of spacewalks on a flight, from astronauts-2020's eva_hrs_mission."""

from __future__ import annotations

from sleuth.catalog.draft import CatalogDraft
from sleuth.ingest.crew import _add_time_outside


def test_hours_of_spacewalks_become_the_persons_time_outside_on_that_flight() -> None:
    draft = CatalogDraft()
    _add_time_outside(draft, "person:a", "craft:b", "3.58", 7, "row 7 (Salyut 7, 1984)")
    (fact,) = draft.facts
    assert (fact.entity_id, fact.property, fact.object_id) == ("person:a", "eva_duration",
                                                               "craft:b")
    assert fact.num == 3.58 * 3600 and fact.value == "3 h 34 min 48 s (12888 s)"


def test_no_hours_is_no_fact_and_unreadable_hours_are_quarantined() -> None:
    draft = CatalogDraft()
    _add_time_outside(draft, "person:a", "craft:b", "0", 3, "row 3")
    _add_time_outside(draft, "person:a", "craft:b", "", 4, "row 4")
    _add_time_outside(draft, "person:a", "craft:b", "n/a", 5, "row 5")
    assert draft.facts == []
    (bad,) = draft.quarantine
    assert (bad.line, bad.reason) == (5, "unreadable eva_hrs_mission 'n/a'")
