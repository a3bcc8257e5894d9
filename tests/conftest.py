"""Shared fixtures. Integration tests read the real reference data in ../shared/data."""

from __future__ import annotations

from pathlib import Path

import pytest

from sleuth.catalog.build import BuildReport, build_catalog
from sleuth.catalog.store import Catalog
from sleuth.curated.load import CURATED_DIR

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
EXAMPLES = REPO.parent / "shared" / "examples"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not (SHARED_DATA / "gcat" / "launchlog.tsv").is_file():
        pytest.fail(f"integration tests need the reference data in {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session")
def built(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> BuildReport:
    """One real build for the whole session (≈15 s)."""
    path = tmp_path_factory.mktemp("catalog") / "catalog.sqlite"
    return build_catalog(shared_data, path, curated_dir=CURATED_DIR)


@pytest.fixture(scope="session")
def catalog(built: BuildReport) -> Catalog:
    return Catalog.open(built.path)
