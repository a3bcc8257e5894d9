"""Text the checker has not seen: the example articles with their entities swapped.

The throughput goal is about new articles, whose catalog lookups are not yet memoized.
Re-checking the same five articles only measures warm caches, so the speed benchmark
rewrites them: every entity mention is replaced by a name of another catalog entity of
the same kind, and paragraphs are shuffled across documents. The prose keeps its shape
(dates, numbers, crews, firsts) while the entities, and so the lookups, are new.
Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

from sleuth.catalog.store import Catalog
from sleuth.claims.mentions import Gazetteer


def names_by_kind(catalog: Catalog) -> dict[str, list[str]]:
    """Every entity's own name, grouped by kind."""
    names: dict[str, list[str]] = defaultdict(list)
    for name, kind in catalog.execute("SELECT name, kind FROM entity ORDER BY id"):
        if name and kind != "first":
            names[kind].append(name)
    return names


def rewrite(text: str, gazetteer: Gazetteer, names: dict[str, list[str]],
            rng: random.Random) -> str:
    """``text`` with each linked mention replaced by a random name of the same kind."""
    pieces, last = [], 0
    for mention in gazetteer.find(text):
        pool = names.get(mention.kind)
        if not pool:
            continue
        pieces += [text[last:mention.start], rng.choice(pool)]
        last = mention.end
    pieces.append(text[last:])
    return "".join(pieces)


def unseen_documents(catalog: Catalog, gazetteer: Gazetteer, examples: Path,
                     megabytes: float, seed: int = 1957) -> list[str]:
    """About ``megabytes`` of rewritten documents of 20 paragraphs each."""
    rng = random.Random(seed)
    names = names_by_kind(catalog)
    paragraphs = [p for path in sorted(examples.glob("*.txt"))
                  for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    if not any(p.strip() for p in paragraphs):
        raise ValueError(f"no example article (*.txt) with text in {examples}")
    documents, size = [], 0
    while size < megabytes * 1e6:
        chosen = rng.sample(paragraphs, min(20, len(paragraphs)))
        document = "\n\n".join(rewrite(p, gazetteer, names, rng) for p in chosen)
        documents.append(document)
        size += len(document.encode())
    return documents
