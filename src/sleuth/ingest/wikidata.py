"""Producing the crew file from Wikidata's public SPARQL endpoint.

The query lists every person with a spaceflight (P450 "astronaut mission") and each
mission's launch (P619) and landing (P620) instants. :func:`spacefarers_from_sparql` turns
the SPARQL JSON results into the same shape as ``wikidata-spacefarers.json``:
``people``, ``missions`` and ``intervals`` (a person–mission pair each).
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from datetime import UTC, datetime

SPARQL_ENDPOINT = "https://query.wikidata.org/sparql"

SPACEFARERS_QUERY = """
SELECT ?person ?personLabel ?genderLabel ?countryLabel ?mission ?missionLabel
       ?launch ?landing WHERE {
  ?person wdt:P450 ?mission .
  OPTIONAL { ?person wdt:P21 ?gender . }
  OPTIONAL { ?person wdt:P27 ?country . }
  OPTIONAL { ?mission wdt:P619 ?launch . }
  OPTIONAL { ?mission wdt:P620 ?landing . }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
}
"""


def _qid(uri: str) -> str:
    return uri.rsplit("/", 1)[-1]


def _unix(iso: str | None) -> int | None:
    if not iso:
        return None
    return int(datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(UTC).timestamp())


def spacefarers_from_sparql(results: dict[str, object]) -> dict[str, object]:
    """Reshape SPARQL JSON results into ``{"people", "missions", "intervals"}``."""
    bindings = results["results"]["bindings"]  # type: ignore[index]
    people: dict[str, dict[str, object]] = {}
    missions: dict[str, dict[str, object]] = {}
    pairs: set[tuple[str, str]] = set()

    def value(row: dict[str, dict[str, str]], key: str) -> str | None:
        return row[key]["value"] if key in row else None

    for row in bindings:  # type: ignore[union-attr]
        pid = f"wikidata:{_qid(value(row, 'person') or '')}"
        mid = f"wikidata:{_qid(value(row, 'mission') or '')}"
        people.setdefault(pid, {
            "id": pid, "name": value(row, "personLabel"), "gender": value(row, "genderLabel"),
            "nationality": value(row, "countryLabel"), "wikidata_id": pid.split(":")[1],
        })
        launch, landing = value(row, "launch"), value(row, "landing")
        lu, la = _unix(launch), _unix(landing)
        missions.setdefault(mid, {
            "id": mid, "name": value(row, "missionLabel"), "launch_at": launch,
            "launch_unix": lu, "landing_at": landing, "landing_unix": la,
            "duration_seconds": (la - lu) if lu is not None and la is not None else None,
        })
        pairs.add((pid, mid))
    intervals = [
        {"id": n, "astronaut_id": p, "mission_id": m,
         "mission_name": missions[m]["name"]}
        for n, (p, m) in enumerate(sorted(pairs), start=1)
    ]
    return {
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "people": list(people.values()),
        "missions": list(missions.values()),
        "intervals": intervals,
    }


def fetch_spacefarers(timeout: float = 60.0) -> dict[str, object]:
    """Run :data:`SPACEFARERS_QUERY` against Wikidata (needs the network)."""
    url = f"{SPARQL_ENDPOINT}?{urllib.parse.urlencode({'query': SPACEFARERS_QUERY})}"
    request = urllib.request.Request(url, headers={
        "Accept": "application/sparql-results+json",
        "User-Agent": "space-sleuth/0.1 (spaceflight history fact checker)",
    })
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return spacefarers_from_sparql(json.load(response))
