from __future__ import annotations

import pytest

from sleuth.catalog.store import Catalog
from sleuth.check import Checker


@pytest.fixture(scope="session")
def checker(catalog: Catalog) -> Checker:
    return Checker(catalog)
