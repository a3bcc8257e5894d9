from __future__ import annotations

import json
from pathlib import Path

import pytest

from sleuth.ingest.pull import pull
from sleuth.ingest.wikidata import spacefarers_from_sparql


def test_sparql_results_take_the_crew_file_shape() -> None:
    row = {
        "person": {"value": "http://www.wikidata.org/entity/Q7327"},
        "personLabel": {"value": "Yuri Gagarin"},
        "genderLabel": {"value": "male"},
        "mission": {"value": "http://www.wikidata.org/entity/Q182524"},
        "missionLabel": {"value": "Vostok 1"},
        "launch": {"value": "1961-04-12T06:07:00Z"},
        "landing": {"value": "1961-04-12T07:55:00Z"},
    }
    data = spacefarers_from_sparql({"results": {"bindings": [row, row]}})
    assert data["people"][0]["id"] == "wikidata:Q7327"  # type: ignore[index]
    mission = data["missions"][0]  # type: ignore[index]
    assert mission["duration_seconds"] == 6480
    assert len(data["intervals"]) == 1  # type: ignore[arg-type]


@pytest.mark.integration
def test_pull_from_mirror_records_snapshots(shared_data: Path, tmp_path: Path) -> None:
    pulled = pull(tmp_path, mirror=shared_data)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert len(manifest["files"]) == len(pulled) == 8
    by_path = {p.path: p for p in pulled}
    assert by_path["gcat/psatcat.tsv"].snapshot == "2025 Jul 30 2329:45"
    assert len(by_path["gcat/lv.tsv"].sha256) == 64
    assert not list(tmp_path.rglob("*.part"))
