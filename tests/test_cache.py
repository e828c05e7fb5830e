"""The on-disk cache of compiled dictionaries: same objects back, rebuilt when an input changes."""

from __future__ import annotations

import pickle

from newsevents.coding import cache


def test_cached_value_is_reused_and_keyed_by_file_content(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("NEWSEVENTS_NO_CACHE", raising=False)
    src = tmp_path / "verbs_xx.yml"
    src.write_text("a: 1\n", encoding="utf-8")
    calls = []

    def build():
        calls.append(1)
        return {"value": len(calls)}

    assert cache.cached("demo", [src], build) == {"value": 1}
    assert cache.cached("demo", [src], build) == {"value": 1}  # from disk, not rebuilt
    assert len(calls) == 1
    assert len(list((tmp_path / "cache").glob("demo-*.pkl"))) == 1
    src.write_text("a: 2\n", encoding="utf-8")  # any change of an input file means a new key
    assert cache.cached("demo", [src], build) == {"value": 2}
    assert len(calls) == 2


def test_unreadable_cache_is_rebuilt_and_cache_can_be_switched_off(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path / "cache"))
    src = tmp_path / "x.yml"
    src.write_text("x", encoding="utf-8")
    assert cache.cached("demo", [src], lambda: 1) == 1
    (next((tmp_path / "cache").glob("demo-*.pkl"))).write_bytes(b"not a pickle")
    assert cache.cached("demo", [src], lambda: 2) == 2
    monkeypatch.setenv("NEWSEVENTS_NO_CACHE", "1")
    assert cache.cached("demo", [src], lambda: 3) == 3
    assert pickle.loads(next((tmp_path / "cache").glob("demo-*.pkl")).read_bytes()) == 2


def test_compiled_lexicon_from_cache_codes_the_same(tmp_path, monkeypatch):
    from newsevents.coding.actors import _build_lexicon

    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path / "cache"))
    fresh = _build_lexicon()
    files = [tmp_path / "k.yml"]
    files[0].write_text("k", encoding="utf-8")
    cache.cached("lex", files, lambda: fresh)
    again = cache.cached("lex", files, lambda: None)
    assert again.hash == fresh.hash
    assert again.index.keys() == fresh.index.keys()
    assert {k: len(v) for k, v in again.index["ru"].items()} == {k: len(v) for k, v in fresh.index["ru"].items()}


def test_old_entries_are_pruned_per_name(tmp_path, monkeypatch):
    """Each new version of the inputs writes a new entry; only the most recent ``cache.KEEP`` of a name stay (other
    names are left alone)."""
    import os

    monkeypatch.setenv("NEWSEVENTS_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("NEWSEVENTS_NO_CACHE", raising=False)
    src = tmp_path / "verbs_xx.yml"
    src.write_text("other\n", encoding="utf-8")
    assert cache.cached("other", [src], lambda: 0) == 0
    for k in range(cache.KEEP + 3):
        src.write_text(f"a: {k}\n", encoding="utf-8")
        assert cache.cached("demo", [src], lambda k=k: k) == k
        newest = max((tmp_path / "cache").glob("demo-*.pkl"), key=lambda p: p.stat().st_mtime)
        os.utime(newest, (1_000_000 + k, 1_000_000 + k))  # distinct write times whatever the clock's resolution
    left = list((tmp_path / "cache").glob("demo-*.pkl"))
    assert len(left) == cache.KEEP
    assert sorted(pickle.loads(p.read_bytes()) for p in left) == list(range(3, cache.KEEP + 3))
    assert len(list((tmp_path / "cache").glob("other-*.pkl"))) == 1
    assert cache.cached("demo", [src], lambda: "rebuilt") == cache.KEEP + 2  # the current entry was kept
