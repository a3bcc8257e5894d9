"""Launch sites from GCAT's sites.tsv: one entity per place, whatever its codes."""

from __future__ import annotations

from pathlib import Path

from sleuth.catalog.draft import CatalogDraft
from sleuth.ingest.gcat import add_sites
from sleuth.ingest.tsv import read_tsv

COLUMNS = ["#Site", "Code", "UCode", "Type", "StateCode", "TStart", "TStop", "ShortName",
           "Name", "Location", "Longitude", "Latitude", "Error", "Parent", "ShortEName",
           "EName", "Group", "UName"]


def _row(site: str, ucode: str, start: str, stop: str, short: str, short_e: str = "-") -> str:
    return "\t".join([site, "-", ucode, "LS", "RU", start, stop, short, f"{short} site", "-",
                      "128.0", "51.7", "0.5", "-", short_e, "-", "-", f"{short} site"])


def _sites(tmp_path: Path, *rows: str) -> tuple[CatalogDraft, dict[str, str]]:
    path = tmp_path / "sites.tsv"
    path.write_text("\t".join(COLUMNS) + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    draft = CatalogDraft()
    return draft, add_sites(draft, read_tsv(path, ["Site", "UCode"]))


def test_renames_over_time_are_one_place(tmp_path: Path) -> None:
    # Tyuratam: NIIP-5 until 1989, then GIK-5, both under UCode GIK-5
    _, codes = _sites(tmp_path, _row("NIIP-5", "GIK-5", "1956", "1989", "Baykonur"),
                      _row("GIK-5", "GIK-5", "1989", "*", "Baykonur"))
    assert set(codes.values()) == {"site:GIK-5"}
    # Cape Canaveral was Cape Kennedy from 1964 to 1974: a rename, not a second place
    _, codes = _sites(tmp_path, _row("CCMTA", "CC", "1955", "1964 Jan 22", "Canaveral"),
                      _row("CKAFS", "CC", "1964 Jan 22", "1974 Mar", "Kennedy"),
                      _row("CCAFS", "CC", "1974 Mar", "*", "Canaveral"))
    assert set(codes.values()) == {"site:CC"}


def test_a_name_in_use_beside_another_is_a_place_of_its_own(tmp_path: Path) -> None:
    # GCAT puts Vostochniy (VOST, from 2016) under Svobodniy's UCode, which is still open,
    # and writes "Svobodniy" as VOST's English short name
    draft, codes = _sites(tmp_path, _row("SVOB", "SVOB", "1990", "*", "Svobodniy"),
                          _row("VOST", "SVOB", "2016", "*", "Vostochniy", "Svobodniy"))
    assert codes == {"SVOB": "site:SVOB", "VOST": "site:VOST"}
    assert draft.entities["site:VOST"].name == "Vostochniy"
    assert "Svobodniy" not in draft.aliases["site:VOST"]
    assert "Vostochniy" in draft.aliases["site:VOST"]
