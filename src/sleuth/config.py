"""Where Sleuth keeps its files: the home directory holds ``data/`` and ``catalog.sqlite``.

The home is ``--home`` when given, else ``$SLEUTH_HOME``, else a per-user cache directory.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

CATALOG_FILE = "catalog.sqlite"


def sleuth_home(home: Path | None = None) -> Path:
    if home is not None:
        return home
    env = os.environ.get("SLEUTH_HOME")
    if env:
        return Path(env)
    return Path(platformdirs.user_cache_dir("sleuth"))


def data_dir(home: Path | None = None) -> Path:
    return sleuth_home(home) / "data"


def catalog_path(home: Path | None = None) -> Path:
    return sleuth_home(home) / CATALOG_FILE
