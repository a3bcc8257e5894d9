"""Launch vehicles from GCAT's lv.tsv: their names and the short names writers use."""

from __future__ import annotations

from pathlib import Path

from sleuth.catalog.draft import CatalogDraft
from sleuth.ingest.gcat import add_vehicles
from sleuth.ingest.tsv import read_tsv


def _vehicles(tmp_path: Path, *names: str) -> CatalogDraft:
    path = tmp_path / "lv.tsv"
    path.write_text("#LV_Name\tLV_Variant\n" + "".join(f"{n}\t-\n" for n in names),
                    encoding="utf-8")
    draft = CatalogDraft()
    add_vehicles(draft, read_tsv(path, ["LV_Name"]))
    return draft


def test_an_index_and_a_hyphened_name_before_it_are_aliases(tmp_path: Path) -> None:
    draft = _vehicles(tmp_path, "Vostok-L 8K72", "Vostok-2A 11A510", "R-36 8K67",
                      "R-36", "Molniya 8K78")
    assert {"Vostok-L", "8K72"} <= set(draft.aliases["lv:Vostok-L 8K72"])
    # a name with digits reads as other words ("Vostok 2? A: Titov"), one that is a
    # vehicle of its own is that vehicle's, and a plain name is a family's or a ship's
    assert "Vostok-2A" not in draft.aliases["lv:Vostok-2A 11A510"]
    assert "R-36" not in draft.aliases["lv:R-36 8K67"]
    assert "Molniya" not in draft.aliases["lv:Molniya 8K78"]
