"""Derived facts on small hand-written drafts."""

from __future__ import annotations

from sleuth.catalog.derive import add_derived_facts
from sleuth.catalog.draft import CatalogDraft
from sleuth.model import Fact


def test_first_flight_is_the_earliest_crewed_launch_from_trusted_sources() -> None:
    draft = CatalogDraft()
    draft.add_entity("p:1", "person", "A. Cosmonaut")
    for flight, name in (("f:1", "Flight One"), ("f:2", "Flight Two")):
        draft.add_entity(flight, "spacecraft", name)
        draft.relate("p:1", "crew_of", flight, "test", "row")
    draft.add_fact(Fact("f:1", "launch_date", "1970-05-02T10:00:00Z", "gcat:launchlog", "L1"))
    draft.add_fact(Fact("f:2", "launch_date", "1969-01-01", "wikidata", "Q2"))
    # An untrusted source's earlier date does not decide the order.
    draft.add_fact(Fact("f:1", "launch_date", "1968-01-01", "other", "X"))
    add_derived_facts(draft)
    [first] = [f for f in draft.facts if f.property == "first_flight_date"]
    assert (first.entity_id, first.value, first.object_id) == ("p:1", "1969-01-01", "f:2")
    assert first.source == "derived" and "Flight Two" in first.record


def test_no_first_flight_without_a_launch_date() -> None:
    draft = CatalogDraft()
    draft.add_entity("p:1", "person", "B. Astronaut")
    draft.add_entity("f:1", "spacecraft", "Flight")
    draft.relate("p:1", "crew_of", "f:1", "test", "row")
    add_derived_facts(draft)
    assert not [f for f in draft.facts if f.property == "first_flight_date"]
