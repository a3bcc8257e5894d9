"""Caches and memos that make checking fast must not change what it finds."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from sleuth.catalog.store import Catalog
from sleuth.check import Checker
from sleuth.claims import mentions
from sleuth.claims.mentions import Gazetteer, cache_path
from sleuth.verify import judge
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.integration

TEXT = ("Yuri Gagarin flew aboard Vostok 1 on April 12, 1961. Soyuz-19 docked with Apollo; "
        "Sputnik I and Luna 2 were launched from Baikonur. Союз-19 and ГАГАРИН were named too.")


def _no_compiling(catalog: Catalog) -> mentions._Names:
    raise AssertionError("the cached names should have been used")


def test_names_are_cached_next_to_the_catalog(catalog: Catalog,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = Gazetteer(catalog, use_cache=False).find(TEXT)
    Gazetteer(catalog)
    assert cache_path(catalog).parent == catalog.path.parent
    assert cache_path(catalog).is_file()
    monkeypatch.setattr(mentions, "_compile_names", _no_compiling)
    cached = Gazetteer(catalog)
    assert cached.find(TEXT) == fresh
    assert {m.alias for m in fresh} >= {"Yuri Gagarin", "Vostok 1", "Soyuz-19", "Sputnik I"}


@pytest.mark.parametrize("content", ["{not json", '{"key": {"format": 0}}', ""])
def test_stale_or_broken_cache_is_rebuilt(catalog: Catalog, content: str) -> None:
    Gazetteer(catalog)
    cache_path(catalog).write_text(content, encoding="utf-8")
    assert Gazetteer(catalog).find(TEXT) == Gazetteer(catalog, use_cache=False).find(TEXT)
    key = json.loads(cache_path(catalog).read_text(encoding="utf-8"))["key"]
    assert key == mentions._cache_key(catalog)


def test_cache_key_follows_the_catalog_file(catalog: Catalog, tmp_path: Path) -> None:
    copy = tmp_path / "catalog.sqlite"
    shutil.copyfile(catalog.path, copy)
    with Catalog.open(copy) as other:
        before = mentions._cache_key(other)
        stat = copy.stat()
        os.utime(copy, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
        assert mentions._cache_key(other) != before


def test_unwritable_home_still_works(catalog: Catalog, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mentions, "cache_path", lambda _: tmp_path / "missing" / "x.json")
    assert Gazetteer(catalog).find(TEXT) == Gazetteer(catalog, use_cache=False).find(TEXT)


def test_memos_do_not_change_verdicts(catalog: Catalog) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    reused = Checker(catalog)
    first = [reused.check_text(t).claims for t in texts]
    again = [reused.check_text(t).claims for t in texts]
    fresh = [Checker(catalog).check_text(t).claims for t in reversed(texts)][::-1]
    assert first == again == fresh
    assert sum(len(c) for c in first) > 50


def test_facts_of_matches_facts(catalog: Catalog) -> None:
    ids = [r[0] for r in catalog.execute(
        "SELECT id FROM entity WHERE kind IN ('program', 'spacecraft') ORDER BY id LIMIT 300")]
    for props in (None, ("launch_date",), ("landing_date", "end_date")):
        many = catalog.facts_of(ids, props)
        assert [many[i] for i in ids] == [catalog.facts(i, props) for i in ids]


def test_the_judges_hot_helpers_stay_memoized() -> None:
    # Twice a new function was put between one of these and its @lru_cache, which then
    # cached the new function instead: verdicts stayed the same and checking slowed down.
    for helper in (judge._norm, judge._start, judge._parse, judge._value_days, judge._rank,
                   judge._calendar_keys):
        assert hasattr(helper, "cache_info"), helper.__name__


def test_a_prefetched_judge_holds_what_it_would_fetch_one_by_one(catalog: Catalog) -> None:
    ids = ["gcat:S10783", "gcat:S14701", "person:Q7327", "no-such-entity"]  # Gagarin
    prefetched, plain = judge.Judge(catalog), judge.Judge(catalog)
    prefetched.prefetch(ids)
    assert set(prefetched._entity_facts) == set(ids)
    assert all(prefetched._all_facts(i) == plain._all_facts(i) for i in ids)
