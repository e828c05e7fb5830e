"""Atomic, deterministic table writers shared by every stage."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import schema as sch


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it over ``path`` only if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        os.replace(tmp_path, path)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write_table(df: pd.DataFrame | pa.Table, path: str | os.PathLike, schema: pa.Schema | None = None,
                name: str = "") -> Path:
    """Validate ``df`` (a DataFrame or a pyarrow Table) against ``schema`` (if given) and write it
    atomically as Parquet.

    Parquet files are written without creation metadata that varies between runs, so the same
    rows give the same bytes, whether they came as a DataFrame or as a Table.
    """
    path = Path(path)
    if isinstance(df, pa.Table):
        table = sch.validate_table(df, schema, name or path.name) if schema is not None else df
        table = table.combine_chunks()
    elif schema is not None:
        table = sch.validate(df, schema, name or path.name)
    else:
        table = pa.Table.from_pandas(df, preserve_index=False)
    table = table.replace_schema_metadata(None)
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp, compression="zstd")
    return path


def read_table(path: str | os.PathLike) -> pd.DataFrame:
    return pq.read_table(path).to_pandas()


# --------------------------------------------------------------------------- output folders

LOCK_NAME = ".newsevents.lock"
RUN_NAME = ".newsevents-run.json"


class OutputBusy(RuntimeError):
    """Another live run holds the output folder."""


class OutputError(OSError):
    """The output folder cannot be written (read-only, full, not a folder): one-line message."""


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


@contextmanager
def output_lock(out: str | os.PathLike, command: str = "newsevents") -> Iterator[Path]:
    """Hold ``out/.newsevents.lock`` for the duration of a run: one run per output folder at a
    time. A lock left by a process that no longer exists (killed run) is taken over; a live one
    raises :class:`OutputBusy` naming its process. Scratch files of earlier runs are removed once
    the lock is held (``clean_scratch``)."""
    import json
    import socket

    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(exc.errno, f"cannot create output folder {out}: {exc.strerror or exc}") from None
    if not out.is_dir():
        raise OutputError(20, f"output path {out} is not a folder")
    lock = out / LOCK_NAME
    me = {"pid": os.getpid(), "host": socket.gethostname(), "command": command}
    for _attempt in range(3):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            try:
                held = json.loads(lock.read_text(encoding="utf-8") or "{}")
            except (OSError, ValueError):
                held = {}
            pid = held.get("pid")
            same_host = held.get("host") in (None, me["host"])
            if isinstance(pid, int) and (_pid_alive(pid) or not same_host) and pid != os.getpid():
                raise OutputBusy(f"output folder {out} is in use by another run ({held.get('command', '?')}, "
                                 f"process {pid} on {held.get('host', '?')}); wait for it to finish, use another "
                                 f"--out, or delete {lock} if that process is gone") from None
            try:  # stale lock of a dead process: take it over
                lock.unlink()
            except FileNotFoundError:
                pass
            continue
        except OSError as exc:
            raise OutputError(exc.errno, f"cannot write to output folder {out}: {exc.strerror or exc}") from None
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(json.dumps(me))
        break
    else:
        raise OutputBusy(f"could not take the lock {lock}")
    try:
        clean_scratch(out)
        yield lock
    finally:
        try:
            lock.unlink()
        except OSError:
            pass


def clean_scratch(out: str | os.PathLike) -> int:
    """Remove what interrupted runs leave in ``out``: ``.*.tmp`` files (atomic writes), ``.ingest-*``
    scratch folders and ``.events_by_month.*`` staging folders. Returns how many were removed.
    Only call it while holding ``output_lock``."""
    import shutil

    out = Path(out)
    n = 0
    for p in list(out.glob(".ingest-*")) + list(out.glob(".events_by_month.*")):
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
            n += 1
    for folder in [out] + [p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")]:
        for p in folder.glob(".*.tmp"):
            if p.is_file():
                p.unlink(missing_ok=True)
                n += 1
    return n


def describe_os_error(exc: OSError, where: str | os.PathLike | None = None) -> str:
    """One line for an OSError met while writing outputs (no traceback)."""
    import errno

    what = {errno.ENOSPC: "no space left on the device", errno.EDQUOT: "disk quota exceeded",
            errno.EROFS: "read-only file system", errno.EACCES: "permission denied",
            errno.EPERM: "operation not permitted"}.get(exc.errno, exc.strerror or str(exc))
    path = exc.filename or where
    return f"cannot write {path}: {what}" if path else f"cannot write outputs: {what}"
