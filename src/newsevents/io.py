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
