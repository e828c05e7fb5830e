"""On-disk cache of the coder's compiled dictionaries (lemmatised actor index and patterns).

Building them lemmatises ~9,000 dictionary phrases and parses the YAML: about 4 s, paid by every
process that codes (each Dask worker too). The compiled objects are pickled under
``$NEWSEVENTS_CACHE`` (default ``~/.cache/newsevents``), keyed by a hash of the dictionary files,
of the coder's Python sources and of the lemmatisers' versions, so any change rebuilds them; a cache
that cannot be read or written is ignored. ``NEWSEVENTS_NO_CACHE=1`` switches it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from importlib import metadata
from pathlib import Path

LIBRARIES = ("simplemma", "pymorphy3", "pymorphy3-dicts-ru", "pymorphy3-dicts-uk")


def coder_source_hash() -> str:
    """Hash of the coder's Python sources (editing the engine changes it)."""
    h = hashlib.sha1()
    root = Path(__file__).resolve().parent
    for p in sorted(root.rglob("*.py")):
        h.update(p.relative_to(root).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def _versions() -> str:
    out = []
    for name in LIBRARIES:
        try:
            out.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}=none")
    return ";".join(out)


@lru_cache(maxsize=8)
def _static_key() -> str:
    return f"{coder_source_hash()}|{_versions()}"


def key_for(files: list[Path]) -> str:
    h = hashlib.sha256(_static_key().encode())
    for p in sorted(files):
        h.update(p.name.encode("utf-8") + b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:24]


def cache_dir() -> Path:
    return Path(os.environ.get("NEWSEVENTS_CACHE") or Path.home() / ".cache" / "newsevents")


def cached(name: str, files: list[Path], build):
    """``build()``, or its pickled result from an earlier process with the same inputs."""
    if os.environ.get("NEWSEVENTS_NO_CACHE", "") not in ("", "0"):
        return build()
    try:
        path = cache_dir() / f"{name}-{key_for(files)}.pkl"
        return pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - missing, stale or unreadable cache: rebuild
        pass
    value = build()
    try:
        from ..io import atomic_path

        with atomic_path(path) as tmp:
            tmp.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        prune(name)
    except Exception:  # noqa: BLE001 - a read-only home must not stop the coder
        pass
    return value


KEEP = 4  # entries kept per name: the current dictionaries and a few recent versions (a branch switched back to)


def prune(name: str, keep: int = KEEP) -> int:
    """Delete all but the ``keep`` most recently written entries of ``name`` (each edit of the dictionaries or the
    coder writes a new entry of a few MB; without pruning a working copy's cache grew to 2 GB). Returns how many
    were deleted; an entry another process is reading is simply rebuilt there."""
    entries = sorted(cache_dir().glob(f"{name}-*.pkl"), key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    gone = 0
    for old in entries[keep:]:
        try:
            old.unlink()
            gone += 1
        except OSError:
            pass
    return gone
