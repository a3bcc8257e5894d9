"""The catalog built from the real reference data in ../shared/data."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from sleuth.catalog.build import BuildReport, build_catalog
from sleuth.catalog.store import Catalog
from sleuth.model import SleuthError

pytestmark = pytest.mark.integration


def values(catalog: Catalog, entity_id: str, prop: str, source: str | None = None) -> set[str]:
    return {f.value for f in catalog.facts(entity_id, prop) if source in (None, f.source)}


def test_vostok_1_card(catalog: Catalog) -> None:
    vostok = catalog.resolve("Vostok 1").entity
    assert vostok is not None and vostok.id == "gcat:S00103"
    launch = [f for f in catalog.facts(vostok.id, "launch_date") if f.source == "gcat:launchlog"]
    assert launch[0].value.startswith("1961-04-12T06:07")
    assert launch[0].citation == "Energiya"  # GCAT's LTCite
    assert values(catalog, vostok.id, "launch_site") == {"Baykonur (NIIP-5)"}
    assert values(catalog, vostok.id, "launch_vehicle") == {"Vostok 8K72"}
    assert values(catalog, vostok.id, "crew") == {"Yuri Gagarin"}
    assert "1961-04-12T07:55:00Z" in values(catalog, vostok.id, "landing_date", "wikidata")
    conflicts = {c["property"]: c for c in catalog.conflicts(vostok.id)}
    durations = {v["value"] for v in conflicts["duration"]["values"]}  # type: ignore[union-attr]
    assert any("12840 s" in d for d in durations) and any("6480 s" in d for d in durations)


def test_gagarin_has_his_cyrillic_name(catalog: Catalog) -> None:
    gagarin = catalog.resolve("ГАГАРИН Юрий Алексеевич").entity
    assert gagarin is not None and gagarin.name == "Yuri Gagarin"
    assert {"Gagarin, Yuri", "Юрий Гагарин"} <= set(gagarin.aliases)
    assert any(r["id"] == "gcat:S00103" for r in catalog.related(gagarin.id))


@pytest.mark.parametrize(
    ("name", "entity_id"),
    [
        ("Spektr", "gcat:S23579"),
        ("Lunik 2", "gcat:S00114"),
        ("Luna 2", "gcat:S00114"),
        ("Luna-2", "gcat:S00114"),
        ("Sputnik I", "gcat:S00002"),
        ("sputnik 1", "gcat:S00002"),
        ("Kvant-1", "gcat:S17845"),
        ("Kvant", "gcat:S17845"),
        ("Soyuz-19", "gcat:S08030"),
        ("Baikonur", "site:GIK-5"),
        ("Baykonur", "site:GIK-5"),
        ("NIIP-5", "site:GIK-5"),
        ("GIK-5", "site:GIK-5"),
        ("Aleksey Leonov", "person:Q154269"),
        ("Alexei Leonov", "person:Q154269"),
        ("Salyut 1", "gcat:S05160"),
        ("Voshkod 2", "gcat:S01274"),  # a common misspelling, curated
        ("Kristal", "gcat:S20635"),
    ],
)
def test_aliases_resolve(catalog: Catalog, name: str, entity_id: str) -> None:
    resolution = catalog.resolve(name)
    assert resolution.entity is not None, resolution
    assert resolution.entity.id == entity_id


@pytest.mark.parametrize(("typo", "entity_id"), [("Voskhood 2", "gcat:S01274"),
                                                 ("Kristtall", "gcat:S20635")])
def test_small_typos_resolve_as_fuzzy(catalog: Catalog, typo: str, entity_id: str) -> None:
    resolution = catalog.resolve(typo)
    assert resolution.entity is not None and resolution.entity.id == entity_id
    assert resolution.fuzzy


def test_unknown_name_suggests_near_matches(catalog: Catalog) -> None:
    resolution = catalog.resolve("Vostokk 1x")
    assert resolution.entity is None
    assert resolution.suggestions


def test_spektr_launch(catalog: Catalog) -> None:
    assert values(catalog, "gcat:S23579", "launch_date", "gcat:launchlog") == {
        "1995-05-20T03:33:22Z"}
    assert values(catalog, "gcat:S23579", "launch_vehicle") == {"Proton-K"}


def test_baikonur_has_coordinates_and_codes(catalog: Catalog) -> None:
    codes = values(catalog, "site:GIK-5", "code")
    assert any(c.startswith("NIIP-5") for c in codes)
    assert any(c.startswith("GIK-5") for c in codes)
    assert values(catalog, "site:GIK-5", "coordinates")


def test_russian_space_agency_founded(catalog: Catalog) -> None:
    rka = catalog.resolve("Russian Space Agency").entity
    assert rka is not None and rka.id == "org:RKA"
    assert values(catalog, "org:RKA", "founded") == {"1992-02"}


def test_agency_lineage(catalog: Catalog) -> None:
    successors = {r["id"] for r in catalog.related("org:RKA") if r["relation"] == "successor_of"}
    assert "org:MOMR" in successors  # the Russian MOM, Dec 1991 – Feb 1992


def test_cross_source_linking(catalog: Catalog, built: BuildReport) -> None:
    # Wikidata's Vostok 1 is GCAT's "Vostok" of 1961-04-12: one entity, both sources.
    sources = {f.source for f in catalog.facts("gcat:S00103", "launch_date")}
    assert sources >= {"gcat:launchlog", "wikidata"}
    assert built.crew_links.missions_linked_to_gcat >= 300
    # Both crew sources name Tereshkova on Vostok 6.
    crew = [f for f in catalog.facts("gcat:S00595", "crew")]
    assert {f.source for f in crew} == {"wikidata", "astronauts-2020"}
    assert {f.value for f in crew} == {"Valentina Tereshkova"}


@pytest.mark.parametrize(("csv_name", "wikidata_name"), [
    ("Tyler Hague", "Nick Hague"),  # a nickname; his aborted 2018 launch is no flight
    ("Susan L. Kilrain-Still", "Susan Kilrain"),
    ("Charles Conrad", "Pete Conrad"),
])
def test_a_person_under_another_name_is_joined_by_surname_and_flight(
        catalog: Catalog, csv_name: str, wikidata_name: str) -> None:
    entity = catalog.resolve(csv_name).entity
    assert entity is not None and entity.name == wikidata_name


def test_a_shared_surname_alone_joins_no_one(catalog: Catalog) -> None:
    # astronauts-2020's "Yapi Wang" (Wang Yaping, Shenzhou 10) is not Wikidata's Liu Wang
    entity = catalog.resolve("Yapi Wang").entity
    assert entity is not None and entity.name != "Liu Wang"


def test_a_craft_only_astronauts_2020_names_is_the_persons_when_its_row_holds_up(
        catalog: Catalog) -> None:
    # Wikidata's crews of Soyuz TM-7 lack Chrétien, who went up in it and came home in
    # TM-6 (his row's 594 hours are TM-7's launch to TM-6's landing)
    chretien = catalog.resolve("Jean-Loup Chrétien").entity
    assert chretien is not None
    related = {(r["relation"], r["name"]) for r in catalog.related(chretien.id)}
    assert {("crew_of", "Soyuz TM-7"), ("rode_up", "Soyuz TM-7"),
            ("rode_down", "Soyuz TM-6")} <= related


def test_the_craft_a_person_rode_up_and_came_home_in(catalog: Catalog) -> None:
    # astronauts-2020: Helen Sharman, up in Soyuz TM-12, down in Soyuz TM-11.
    sharman = catalog.resolve("Helen Sharman").entity
    assert sharman is not None
    rides = {(r["relation"], r["name"]) for r in catalog.related(sharman.id)
             if r["relation"].startswith("rode_")}
    assert rides == {("rode_up", "Soyuz TM-12"), ("rode_down", "Soyuz TM-11")}
    # Rows whose account does not hold up give none: Gagarin "down in Vostok 3" (not his
    # in Wikidata), Rakesh Sharma "up in Soyuz T-10" (its launch to T-11's landing is not
    # the row's 4,366 hours).
    gagarin = catalog.resolve("Yuri Gagarin").entity
    assert gagarin is not None
    assert not [r for r in catalog.related(gagarin.id) if r["relation"].startswith("rode_")]
    assert _rides(catalog, "Rakesh Sharma", "astronauts-2020") == set()


def _rides(catalog: Catalog, name: str, source: str) -> set[tuple[str, str, str]]:
    person = catalog.resolve(name).entity
    assert person is not None
    return {(r["relation"], r["name"], r["record"]) for r in catalog.execute(
        "SELECT relation, name, record FROM relation JOIN entity ON entity.id = object_id "
        "WHERE subject_id = ? AND relation LIKE 'rode_%' AND source = ?", (person.id, source))}


def test_a_one_flight_travellers_rides_are_told_by_their_time_in_space(
        catalog: Catalog) -> None:
    # Wikidata lists Bertalan Farkas in Soyuz 35 and Soyuz 36 (astronauts-2020 has no row
    # for him); his 679,500 s in space are Soyuz 36's launch to Soyuz 35's landing
    rides = _rides(catalog, "Bertalan Farkas", "wikidata")
    assert {(relation, craft) for relation, craft, _ in rides} == {
        ("rode_up", "Soyuz 36"), ("rode_down", "Soyuz 35")}
    assert all("from Soyuz 36's launch to Soyuz 35's landing (derived)" in record
               for *_, record in rides)
    # Rakesh Sharma's row slips (above); his time in space says up in T-11, down in T-10
    assert {(relation, craft) for relation, craft, _ in _rides(
        catalog, "Rakesh Sharma", "wikidata")} == {
        ("rode_up", "Soyuz T-11"), ("rode_down", "Soyuz T-10")}
    # several flights: a total time in space tells no single flight's rides
    assert _rides(catalog, "Valeri Kubasov", "wikidata") == set()


def test_quarantine_is_counted_not_dropped(catalog: Catalog, built: BuildReport) -> None:
    rows = catalog.quarantine()
    assert any(r["file"] == "orgs.tsv" and "2025 Oct    -" in r["reason"] for r in rows)
    orgs = next(s for s in built.sources if s.key == "gcat:orgs")
    assert orgs.quarantined == len([r for r in rows if r["file"] == "orgs.tsv"])
    assert orgs.rows > 3900


def test_source_snapshots_and_checksums(catalog: Catalog) -> None:
    sources = {s["key"]: s for s in catalog.sources()}
    assert sources["gcat:psatcat"]["snapshot"] == "2025 Jul 30 2329:45"
    assert len(str(sources["gcat:psatcat"]["sha256"])) == 64


def test_search_and_timeline(catalog: Catalog) -> None:
    assert any(e.id == "gcat:S00002" for e in catalog.search("first earth satellite"))
    events = catalog.timeline(state="SU", kind="launch", start_year=1957, end_year=1957)
    assert [e.date[:10] for e in events] == ["1957-10-04", "1957-11-03"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("damage", ["truncate", "empty", "missing", "wrong-format"])
def test_failed_rebuild_leaves_the_old_catalog(
    built: BuildReport, shared_data: Path, tmp_path: Path, damage: str
) -> None:
    data = tmp_path / "data"
    shutil.copytree(shared_data, data, ignore=shutil.ignore_patterns("*.md"))
    target = data / "gcat" / "launchlog.tsv"
    text = target.read_bytes()
    if damage == "truncate":
        target.write_bytes(text[: len(text) // 2].rstrip(b"\n"))
    elif damage == "empty":
        target.write_bytes(b"")
    elif damage == "missing":
        target.unlink()
    else:
        target.write_bytes(b"<html><body>Not Found</body></html>\n")
    db = tmp_path / "catalog.sqlite"
    shutil.copyfile(built.path, db)
    before = _sha(db)
    reader = Catalog.open(db)
    with pytest.raises(SleuthError) as info:
        build_catalog(data, db)
    assert "launchlog.tsv" in info.value.message
    assert _sha(db) == before
    assert reader.resolve("Vostok 1").entity is not None  # readers keep working
    assert not list(tmp_path.glob(".catalog.sqlite.*.tmp"))


def test_rebuild_swaps_atomically(built: BuildReport, tmp_path: Path) -> None:
    from sleuth.catalog.build import write_catalog
    from sleuth.catalog.draft import CatalogDraft

    db = tmp_path / "catalog.sqlite"
    shutil.copyfile(built.path, db)
    reader = sqlite3.connect(db)
    draft = CatalogDraft()
    draft.add_entity("test:1", "spacecraft", "Test craft")
    write_catalog(draft, db)
    # The old reader still sees the old file; a new reader sees the new catalog.
    assert reader.execute("SELECT count(*) FROM entity").fetchone()[0] > 1000
    assert Catalog.open(db).resolve("Test craft").entity is not None


def test_a_catalog_of_another_schema_asks_for_a_rebuild(built: BuildReport,
                                                         tmp_path: Path) -> None:
    db = tmp_path / "catalog.sqlite"
    shutil.copyfile(built.path, db)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    with pytest.raises(SleuthError) as info:
        Catalog.open(db)
    assert "schema 1" in info.value.message
    assert "sleuth build" in (info.value.hint or "")


def test_first_flights_are_derived_from_crewed_launches(catalog: Catalog) -> None:
    gagarin = catalog.resolve("Yuri Gagarin").entity
    tereshkova = catalog.resolve("Valentina Tereshkova").entity
    assert gagarin and tereshkova
    [first] = catalog.facts(gagarin.id, "first_flight_date")
    assert first.value.startswith("1961-04-12") and first.source == "derived"
    assert "Vostok 1" in first.record
    [first] = catalog.facts(tereshkova.id, "first_flight_date")
    assert first.value.startswith("1963-06-16") and "Vostok 6" in first.record


def test_time_outside_comes_from_both_crew_data_and_the_curated_walks(catalog: Catalog) -> None:
    leonov = catalog.resolve("Alexei Leonov").entity
    voskhod_2 = catalog.resolve("Voskhod 2").entity
    assert leonov is not None and voskhod_2 is not None
    walks = {(f.source, f.num, f.object_id) for f in catalog.facts(leonov.id, "eva_duration")}
    # astronauts-2020's 0.73 h for the flight, and the walk's 12 min 9 s (events.yaml)
    assert walks == {("astronauts-2020", 0.73 * 3600, voskhod_2.id),
                     ("curated", 729.0, voskhod_2.id)}
