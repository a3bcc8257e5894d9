"""Catalog benchmark: build time, peak build memory, size on disk, `show` latency.

    uv run python benchmarks/catalog_bench.py [--data ../shared/data]

Goals (issue 2): build < 15 s, peak memory < 1 GB, catalog < 200 MB on disk,
`sleuth show` < 300 ms end to end (warm), < 5 ms per lookup in Python.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAMES = ["Vostok 1", "Spektr", "Russian Space Agency", "Baikonur", "Lunik 2", "Sputnik I",
         "Kvant-1", "Soyuz-19", "Yuri Gagarin", "Mir", "Apollo 11", "Valentina Tereshkova"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--repeat", type=int, default=3, help="builds to time")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = {**os.environ, "SLEUTH_HOME": str(home)}
        subprocess.run([sys.executable, "-m", "sleuth", "data", "pull", "--from",
                        str(args.data)], env=env, check=True, capture_output=True)
        times, peaks = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            subprocess.run([sys.executable, "-m", "sleuth", "build"], env=env, check=True,
                           capture_output=True)
            times.append(time.perf_counter() - start)
            peaks.append(max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
        db = home / "catalog.sqlite"
        size_mb = db.stat().st_size / 1e6

        cli = []
        for name in NAMES:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "sleuth", "show", name], env=env,
                           check=False, capture_output=True)
            cli.append((time.perf_counter() - start) * 1000)

        from sleuth.catalog.store import Catalog

        catalog = Catalog.open(db)
        for name in NAMES:  # warm
            catalog.resolve(name)
        lookups = []
        for _ in range(20):
            for name in NAMES:
                start = time.perf_counter()
                entity = catalog.resolve(name).entity
                if entity:
                    catalog.card(entity.id)
                lookups.append((time.perf_counter() - start) * 1000)

    print(f"build time:        median {statistics.median(times):.1f} s over {len(times)} runs "
          f"(min {min(times):.1f}, max {max(times):.1f}); goal < 15 s")
    print(f"build peak memory: {max(peaks) / 1024:.0f} MB (max RSS); goal < 1024 MB")
    print(f"catalog on disk:   {size_mb:.1f} MB; goal < 200 MB")
    print(f"show, end to end:  median {statistics.median(cli):.0f} ms, max {max(cli):.0f} ms "
          f"over {len(cli)} CLI runs; goal < 300 ms")
    print(f"resolve + card:    median {statistics.median(lookups):.2f} ms, "
          f"p99 {sorted(lookups)[int(len(lookups) * 0.99) - 1]:.2f} ms per lookup in Python; "
          "goal < 5 ms")


if __name__ == "__main__":
    main()
