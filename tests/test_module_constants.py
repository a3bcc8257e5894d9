"""Each module-level name in ``src/sleuth`` is bound once: a second ``NAME = re.compile(…)``
further down a long module silently replaces the first for every use above it too (it
happened twice in ``claims/extract.py``)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).resolve().parent.parent / "src" / "sleuth").rglob("*.py"))


def _bound_at_top(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) and node.value is not None else [])
        names += [t.id for t in targets if isinstance(t, ast.Name)]
    return names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    counts = Counter(_bound_at_top(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, n in counts.items() if n > 1] == []
