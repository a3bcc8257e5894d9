"""The curated history layer: every row cited, every file valid, dates agree with GCAT."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sleuth.catalog.store import Catalog
from sleuth.curated.load import CURATED_DIR, load_rows
from sleuth.model import SleuthError


def test_every_row_cites_a_known_source() -> None:
    sources, rows = load_rows(CURATED_DIR)
    assert len(sources) > 100
    total = 0
    for file_rows in rows.values():
        for row in file_rows:
            assert row.sources and all(k in sources for k in row.sources)
            total += 1
    assert total > 200


def _write(tmp: Path, stations: str) -> Path:
    (tmp / "sources.yaml").write_text(
        '- key: ref\n  title: "A reference"\n  url: "https://example.org/ref"\n')
    (tmp / "stations.yaml").write_text(stations)
    return tmp


def test_an_uncited_row_fails_the_build(tmp_path: Path) -> None:
    _write(tmp_path, "- id: x\n  name: X\n  launch: '1971-04-19'\n")
    with pytest.raises(SleuthError, match="sources"):
        load_rows(tmp_path)


def test_an_unknown_source_key_fails(tmp_path: Path) -> None:
    _write(tmp_path, "- id: x\n  name: X\n  sources: [nope]\n")
    with pytest.raises(SleuthError, match="unknown source"):
        load_rows(tmp_path)


def test_an_invalid_date_fails(tmp_path: Path) -> None:
    _write(tmp_path, "- id: x\n  name: X\n  launch: '1971-02-30'\n  sources: [ref]\n")
    with pytest.raises(SleuthError, match="x"):
        load_rows(tmp_path)


def test_a_value_outside_its_list_is_reported_not_raised(tmp_path: Path) -> None:
    """An enumerated field with a wrong value is an error line naming the allowed values
    (one of which is null: sorting them must not compare None with text)."""
    for path in CURATED_DIR.glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    objects = tmp_path / "objects.yaml"
    text = objects.read_text(encoding="utf-8")
    assert "end_kind: decay" in text
    objects.write_text(text.replace("end_kind: decay", "end_kind: vanished", 1),
                       encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(CURATED_DIR / "validate.py"), "--curated", str(tmp_path),
         "--data", str(tmp_path / "no-data")],
        capture_output=True, text=True, check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "end_kind='vanished' not one of" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.integration
def test_curated_dates_agree_with_gcat_or_explain(shared_data: Path) -> None:
    """validate.py flags any curated launch date that contradicts GCAT without a note."""
    result = subprocess.run(
        [sys.executable, str(CURATED_DIR / "validate.py"), "--data", str(shared_data)],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 error(s)" in result.stdout


@pytest.mark.integration
def test_curated_facts_reach_the_catalog(catalog: Catalog) -> None:
    mir = catalog.resolve("Mir").entity
    assert mir is not None
    reentry = [f for f in catalog.facts(mir.id, "reentry_date") if f.source == "curated"]
    assert reentry and reentry[0].value.startswith("2001-03-23")
    assert reentry[0].citation and "http" in reentry[0].citation
    assert catalog.resolve("Russian Space Agency").entity is not None
    accords = catalog.resolve("Artemis Accords").entity
    assert accords is not None and accords.kind == "agreement"


@pytest.mark.integration
def test_timeline_lists_mir_assembly(catalog: Catalog) -> None:
    events = catalog.timeline(program="Mir")
    titles = [e.title for e in events]
    for module in ("Kvant-1 docked", "Kvant-2 docked", "Kristall docked", "Spektr docked",
                   "Priroda docked"):
        assert module in titles
    assert events[0].date.startswith("1986-02")
    assert any(e.kind == "reentry" and e.date.startswith("2001-03-23") for e in events)


@pytest.mark.integration
def test_firsts_registry_is_large_and_cited(catalog: Catalog) -> None:
    firsts = catalog.firsts()
    assert len(firsts) >= 40
    assert all(f["citation"] for f in firsts)
    spacewalk = [f for f in firsts if "spacewalk" in str(f["first"]).lower()
                 and "woman" in str(f["first"]).lower()]
    assert spacewalk and "Savitskaya" in str(spacewalk[0]["holder"])


@pytest.mark.integration
def test_agreements_by_party(catalog: Catalog) -> None:
    accords = [a for a in catalog.agreements("Russia") if "Artemis" in str(a["name"])]
    assert accords and any("Russia" in p for p in accords[0]["non_signatories"])  # type: ignore[union-attr]


@pytest.mark.integration
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Russia signed the Artemis Accords.", "contradicted"),
        ("Russia did not sign the Artemis Accords.", "supported"),
        ("Kvant-2 docked with Mir on 6 December 1989.", "supported"),
        ("Apollo and Soyuz 19 docked on 17 July 1975.", "supported"),
        ("Apollo and Soyuz 19 docked on 17 July 1976.", "contradicted"),
    ],
)
def test_history_claims(catalog: Catalog, text: str, verdict: str) -> None:
    from sleuth.check import checker_for

    claims = checker_for(catalog).check_text(text).claims
    assert claims and {c.verdict for c in claims} == {verdict}
