"""Checker speed and memory benchmark.

    uv run python benchmarks/check_bench.py [--examples ../shared/examples]

Reports (goals from issue 3): text checked per core after catalog load (>= 2 MB/s) on text
the checker has not seen (see ``unseen.py``), on the fact-dense held-out articles (with
claims per second, as their cost is per claim more than per byte) and on text it re-checks, a
2,000-word article warm through the Python API and end to end through the CLI (< 0.5 s),
catalog load time, and peak memory of `sleuth check` on one article (< 500 MB).
Needs a built catalog (`sleuth build`); uses the Sleuth home of the environment.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sleuth.catalog.store import Catalog
from sleuth.check import Checker

sys.path.insert(0, str(Path(__file__).parent))
from unseen import unseen_documents


def two_thousand_words(examples: Path) -> str:
    words = (examples / "000_be970ccc4db248b0.txt").read_text(encoding="utf-8").split(" ")
    return " ".join(words[:2000])


def fresh_passes(documents: list[str], repeats: int) -> tuple[list[float], int]:
    """Seconds of each of ``repeats`` passes over ``documents``, each by a fresh checker
    (nothing memoized), and the claims one pass reports."""
    passes, claims = [], 0
    for _ in range(max(1, repeats)):
        fresh = Checker(Catalog.open())
        start = time.perf_counter()
        claims = sum(len(fresh.check_text(doc).claims) for doc in documents)
        passes.append(time.perf_counter() - start)
    return passes, claims


def cli_peak_megabytes(path: Path) -> float:
    """Peak resident memory of `sleuth check PATH`, run by a small fresh Python: the
    child's high-water mark starts from its parent's size at fork, so it must not be this
    process, which holds a catalog and its mapped pages."""
    measure = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
               "capture_output=True); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", measure, sys.executable, "-m", "sleuth",
                          "check", str(path), "-f", "json"],
                         check=True, capture_output=True, text=True).stdout
    return int(out) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=Path, default=Path("../shared/examples"))
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--repeats", type=int, default=3,
                        help="passes over the unseen text, each with a fresh checker; the "
                             "best and the median are reported (the best is the code's "
                             "speed, the rest is other work on the machine)")
    args = parser.parse_args()
    if not any(args.examples.glob("*.txt")):
        parser.error(f"no example articles (*.txt) in {args.examples}")

    start = time.perf_counter()
    catalog = Catalog.open()
    checker = Checker(catalog)
    load = time.perf_counter() - start

    # Unseen text: a fresh checker (nothing memoized) over rewritten articles.
    documents = unseen_documents(catalog, checker.gazetteer, args.examples, args.megabytes)
    passes, unseen_claims = fresh_passes(documents, args.repeats)
    unseen_elapsed = min(passes)
    unseen_size = sum(len(d.encode()) for d in documents)

    # Fact-dense text: the held-out articles, written with a checkable claim every
    # sentence or two (the five examples have far fewer), so the cost per claim shows.
    dense = [p.read_text(encoding="utf-8")
             for p in sorted(Path(__file__).parent.glob("heldout*/*.txt"))]
    dense_passes, dense_claims = fresh_passes(dense, args.repeats)
    dense_elapsed = min(dense_passes)
    dense_size = sum(len(d.encode()) for d in dense)

    # Re-checked text: the five articles again and again, lookups warm.
    corpus = "\n\n".join(p.read_text(encoding="utf-8")
                         for p in sorted(args.examples.glob("*.txt")))
    checker.check_text(corpus)
    start = time.perf_counter()
    repeats = [corpus] * max(1, int(args.megabytes * 1e6 / len(corpus)))
    for doc in repeats:
        checker.check_text(doc)
    elapsed = time.perf_counter() - start
    size = sum(len(d.encode()) for d in repeats)

    article = two_thousand_words(args.examples)
    api = []
    for _ in range(10):
        start = time.perf_counter()
        checker.check_text(article)
        api.append(time.perf_counter() - start)

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write(article)
    cli = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "sleuth", "check", fh.name, "-f", "json"],
                       check=True, capture_output=True)
        cli.append(time.perf_counter() - start)
    peak = cli_peak_megabytes(Path(fh.name))

    print(f"catalog load (open + compile names, cached beside the catalog): {load:.2f} s")
    print(f"throughput after load, unseen text: {unseen_size / unseen_elapsed / 1e6:.2f} MB/s "
          f"on one core ({len(documents)} documents, {unseen_size / 1e6:.1f} MB in "
          f"{unseen_elapsed:.2f} s, best of {len(passes)} fresh passes; median "
          f"{unseen_size / statistics.median(passes) / 1e6:.2f} MB/s; "
          f"{unseen_claims / unseen_elapsed:,.0f} claims/s, one claim per "
          f"{unseen_size / max(unseen_claims, 1):.0f} bytes); goal >= 2 MB/s")
    print(f"throughput after load, fact-dense held-out articles: "
          f"{dense_size / dense_elapsed / 1e6:.2f} MB/s, {dense_claims / dense_elapsed:,.0f} "
          f"claims/s ({len(dense)} articles, {dense_size / 1e3:.0f} kB, {dense_claims} claims, "
          f"one claim per {dense_size / max(dense_claims, 1):.0f} bytes; best of "
          f"{len(dense_passes)})")
    print(f"throughput after load, the five articles re-checked: {size / elapsed / 1e6:.2f} "
          f"MB/s ({size / 1e6:.1f} MB in {elapsed:.1f} s)")
    print(f"2,000-word article, Python API warm: median {statistics.median(api) * 1000:.0f} ms;"
          " goal < 500 ms")
    print(f"2,000-word article, CLI end to end (includes load): median "
          f"{statistics.median(cli) * 1000:.0f} ms")
    print(f"peak memory of `sleuth check` on one article: {peak:.0f} MB; goal < 500 MB")


if __name__ == "__main__":
    main()
