"""``sleuth data pull``: put the source files into the data directory.

``--from DIR`` copies a local mirror (development, CI, air-gapped installs); without it the
files are downloaded from their publishers. Each file's snapshot date and SHA-256 are
recorded in ``manifest.json`` beside them.
"""

from __future__ import annotations

import json
import shutil
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

from sleuth.catalog.build import sha256_file
from sleuth.ingest.sources import SOURCE_FILES, SourceFile
from sleuth.ingest.wikidata import fetch_spacefarers
from sleuth.model import SleuthError

USER_AGENT = "space-sleuth/0.1 (spaceflight history fact checker)"


@dataclass(slots=True)
class PulledFile:
    key: str
    path: str
    origin: str
    bytes: int
    sha256: str
    snapshot: str | None


def snapshot_of(path: Path) -> str | None:
    """GCAT's ``# Updated`` line, or the ``generated_at`` of the Wikidata file."""
    if path.suffix == ".tsv":
        with path.open(encoding="utf-8", errors="replace") as fh:
            for _, line in zip(range(5), fh, strict=False):
                if line.startswith("# Updated"):
                    return line.removeprefix("# Updated").strip()
        return None
    if path.suffix == ".json":
        try:
            return str(json.loads(path.read_text(encoding="utf-8")).get("generated_at"))
        except (ValueError, AttributeError):
            return None
    return None


def pull(target: Path, *, mirror: Path | None = None, timeout: float = 60.0) -> list[PulledFile]:
    """Copy (``mirror``) or download every source file into ``target``.

    Files are written beside their final name and renamed into place, so an interrupted
    pull never leaves a truncated file where the build will read it.
    """
    if mirror is not None and not mirror.is_dir():
        raise SleuthError(f"--from {mirror}: no such directory")
    pulled: list[PulledFile] = []
    for source in SOURCE_FILES:
        dest = target / source.path
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.part")
        if mirror is not None:
            origin_path = mirror / source.path
            if not origin_path.is_file():
                raise SleuthError(f"--from {mirror}: missing {source.path}")
            shutil.copyfile(origin_path, tmp)
            origin = str(origin_path)
        else:
            origin = _download(source, tmp, timeout)
        tmp.replace(dest)
        pulled.append(PulledFile(source.key, source.path, origin, dest.stat().st_size,
                                 sha256_file(dest), snapshot_of(dest)))
    manifest = {
        "pulled_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "files": [asdict(p) for p in pulled],
    }
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return pulled


def _download(source: SourceFile, dest: Path, timeout: float) -> str:
    try:
        if source.url is None:
            data = json.dumps(fetch_spacefarers(timeout=timeout), ensure_ascii=False)
            dest.write_text(data, encoding="utf-8")
            return "Wikidata SPARQL query (sleuth.ingest.wikidata)"
        request = urllib.request.Request(source.url, headers={"User-Agent": USER_AGENT})
        with urllib.request.urlopen(request, timeout=timeout) as response, dest.open("wb") as fh:
            shutil.copyfileobj(response, fh)
        return source.url
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        dest.unlink(missing_ok=True)
        reason = getattr(exc, "reason", exc)
        raise SleuthError(
            f"cannot download {source.path} from {source.url or 'Wikidata'}: {reason}",
            hint="Offline? Copy a local mirror instead: `sleuth data pull --from ../shared/data`.",
        ) from exc
