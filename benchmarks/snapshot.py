"""Every claim the checker reports on a fixed corpus, one JSON line each, for diffing.

    uv run python benchmarks/snapshot.py > before.jsonl
    # … change the code …
    uv run python benchmarks/snapshot.py > after.jsonl && diff before.jsonl after.jsonl

The corpus is the five example articles, the held-out articles and the unseen rewrite the
speed benchmark checks (see ``unseen.py``). A speed change should leave the output
identical; a behaviour change shows exactly which claims it moved.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sleuth.catalog.store import Catalog
from sleuth.check import Checker

sys.path.insert(0, str(Path(__file__).parent))
from unseen import unseen_documents


def corpus(checker: Checker, examples: Path, megabytes: float) -> list[tuple[str, str]]:
    """(name, text) of every document snapshotted."""
    here = Path(__file__).parent
    named = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(examples.glob("*.txt"))]
    named += [(str(p.relative_to(here)), p.read_text(encoding="utf-8"))
              for p in sorted(here.glob("heldout*/*.txt"))]
    rewritten = unseen_documents(checker.catalog, checker.gazetteer, examples, megabytes)
    named += [(f"unseen/{n}", text) for n, text in enumerate(rewritten)]
    return named


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=Path, default=Path("../shared/examples"))
    parser.add_argument("--megabytes", type=float, default=2.0)
    args = parser.parse_args()
    if not any(args.examples.glob("*.txt")):
        parser.error(f"no example articles (*.txt) in {args.examples}")
    checker = Checker(Catalog.open())
    for name, text in corpus(checker, args.examples, args.megabytes):
        for claim in checker.check_text(text, name).claims:
            row = {"doc": name, **claim.as_json()}
            print(json.dumps(row, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
