"""Entity cards as readers want them: facts in the order a reference entry gives them."""

from __future__ import annotations

from typing import Any

PROPERTY_ORDER = [
    "launch_date", "launch_site", "launch_vehicle", "operator", "state", "crew", "crewed",
    "docking_date", "landing_date", "return_date", "reentry_date", "end_date", "duration",
    "orbital_period", "perigee", "apogee", "inclination", "mass", "total_mass", "program",
    "founded", "dissolved",
]  # fmt: skip


def in_reading_order(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Card facts sorted by :data:`PROPERTY_ORDER` (when, where, on what, who, how long,
    which orbit), other properties after them alphabetically; stable within a property."""
    rank = {p: i for i, p in enumerate(PROPERTY_ORDER)}
    return sorted(facts, key=lambda f: (rank.get(f["property"], len(rank)), f["property"]))
