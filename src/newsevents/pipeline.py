"""Orchestration: raw corpus -> articles / quarantine -> mentions (chunked, resumable) -> events.

``code_corpus`` is the ``newsevents code`` sub-command. Steps:

1. ``corpus.ingest`` reads, cleans, language-detects and near-duplicate-clusters the corpus
   (clustering needs the whole article set, so this step sees every article once).
2. Articles are sorted by ``article_id`` and cut into chunks of ``chunk_size``. Each chunk is coded
   by ``coding.code_articles`` and its mentions are written atomically to
   ``out/chunks/mentions-<chunkhash>.parquet``. ``chunkhash`` is the sha1 of the coder version
   (``coding.CODER_VERSION`` plus a hash of the coder's Python sources), the dictionary hash and the sorted (article_id, raw sha256, cleaned-text sha1, published date) of the
   chunk's articles, so a rerun skips every chunk whose file already exists (resumable) and
   recodes a chunk as soon as the coder, the dictionaries or one of its articles change.
   With ``workers > 1`` the chunks are submitted to a ``dask.distributed.LocalCluster`` (one
   thread per worker process); with ``scheduler`` to an existing scheduler. Results do not
   depend on the number of workers: mentions are sorted before they are written.
3. ``coding.dedupe`` merges mentions across articles into events.
4. Outputs: ``articles/quarantine/mentions/events.parquet`` (validated against the schema
   contracts), ``mentions.csv`` / ``events.csv`` (sorted, UTF-8, ``\\n``), ``events.dta``
   (Stata 118) and ``events_by_month/month=YYYY-MM/part-0.parquet`` (Hive partitioning, readable
   by ``pandas.read_parquet`` and ``duckdb.read_parquet(..., hive_partitioning=true)``).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from . import __version__
from . import io as nio
from . import schema as sch

CHUNK_DIR = "chunks"
STATA_STR_MAX = 2045  # bytes in a Stata str# variable; longer columns become strL
_STATA_STAMP = _dt.datetime(2000, 1, 1)  # fixed header time stamp -> same bytes on every run


# --------------------------------------------------------------------------- writers


def write_table(df: pd.DataFrame, path: str | os.PathLike, schema, name: str = "") -> Path:
    """``io.write_table``; falls back to the same validated, atomic, metadata-free write if the
    installed pyarrow rejects one of its writer options (pyarrow 26 has no ``created_by``)."""
    try:
        return nio.write_table(df, path, schema, name=name)
    except TypeError as exc:
        if "created_by" not in str(exc) and "unexpected keyword" not in str(exc):
            raise
    import pyarrow.parquet as pq

    path = Path(path)
    table = sch.validate(df, schema, name or path.name).replace_schema_metadata(None)
    with nio.atomic_path(path) as tmp:
        pq.write_table(table, tmp, compression="zstd")
    return path


# --------------------------------------------------------------------------- coder identity


def coder_identity() -> tuple[str, str]:
    """(coder version, dictionary hash) used in chunk hashes."""
    try:
        from .coding import CODER_VERSION as version
    except Exception:  # noqa: BLE001
        version = __version__
    try:
        from .coding.lexicon import load_dictionaries

        dict_hash = str(load_dictionaries().hash)
    except Exception:  # noqa: BLE001 - coder not importable: identity still defined
        dict_hash = "unknown"
    return f"{version}+src.{_coder_source_hash()}", dict_hash


def _coder_source_hash() -> str:
    """Hash of the coder's Python sources, so editing the engine without bumping its version
    still invalidates cached chunks."""
    h = hashlib.sha1()
    root = Path(__file__).resolve().parent / "coding"
    for p in sorted(root.rglob("*.py")):
        h.update(p.relative_to(root).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def chunk_hash(chunk: pd.DataFrame, version: str, dict_hash: str) -> str:
    h = hashlib.sha1()
    h.update(f"{version}\x1f{dict_hash}\x1e".encode())
    rows = []
    for aid, sha, text, pub in zip(chunk["article_id"], chunk["sha256"], chunk["text"], chunk["published"]):
        th = hashlib.sha1(str(text).encode("utf-8", "surrogatepass")).hexdigest()
        rows.append(f"{aid}\x1f{sha}\x1f{th}\x1f{'' if pub is None or pub != pub else pub}")
    for r in sorted(rows):
        h.update(r.encode("utf-8", "surrogatepass"))
        h.update(b"\x1e")
    return h.hexdigest()


def _code_chunk(chunk: pd.DataFrame, path: str) -> int:
    """Code one chunk and write its mentions atomically to ``path``; return the mention count.

    Runs in Dask worker processes too, so it only takes picklable arguments.
    """
    from .coding import code_articles

    mentions = code_articles(chunk.reset_index(drop=True))
    if mentions is None or len(mentions) == 0:
        mentions = sch.empty(sch.MENTIONS)
    mentions = _sort_mentions(mentions)
    write_table(mentions, path, sch.MENTIONS, name="mentions chunk")
    return int(len(mentions))


def _sort_mentions(m: pd.DataFrame) -> pd.DataFrame:
    if len(m) == 0:
        return m.reset_index(drop=True)
    return m.sort_values(["article_id", "sentence_index", "mention_id"], kind="mergesort").reset_index(drop=True)


def _sort_events(e: pd.DataFrame) -> pd.DataFrame:
    if len(e) == 0:
        return e.reset_index(drop=True)
    return e.sort_values(["event_id"], kind="mergesort").reset_index(drop=True)


# --------------------------------------------------------------------------- progress


def _want_progress(progress: bool | None) -> bool:
    if progress is not None:
        return bool(progress)
    try:
        tty = sys.stderr.isatty()
    except (AttributeError, ValueError):
        tty = False
    return tty and not os.environ.get("CI")


class _Bar:
    def __init__(self, enabled: bool, total: int) -> None:
        self.bar = None
        self.t0 = time.perf_counter()
        self.n = 0
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="art", unit_scale=True, desc="coding", file=sys.stderr)

    def update(self, n: int) -> None:
        self.n += n
        if self.bar is not None:
            self.bar.update(n)
            dt = time.perf_counter() - self.t0
            self.bar.set_postfix_str(f"{self.n / dt:.0f} articles/s" if dt > 0 else "")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# --------------------------------------------------------------------------- exports


def write_csv(df: pd.DataFrame, path: Path) -> None:
    with nio.atomic_path(path) as tmp:
        df.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")


def _stata_frame(df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Make ``df`` acceptable to ``DataFrame.to_stata(version=118)``.

    bool -> int8; strings -> object with nulls as ""; string columns with values longer than
    2045 UTF-8 bytes become strL (nothing is truncated); column names are cut to 32 characters.
    """
    out = pd.DataFrame(index=range(len(df)))
    strl: list[str] = []
    for col in df.columns:
        s = df[col].reset_index(drop=True)
        name = col[:32]
        if pd.api.types.is_bool_dtype(s):
            out[name] = s.fillna(False).astype("int8")
        elif pd.api.types.is_integer_dtype(s) and not s.isna().any():
            out[name] = s.astype("int64")
        elif pd.api.types.is_numeric_dtype(s):
            out[name] = s.astype("float64")
        else:
            vals = [
                "" if (v is None or (isinstance(v, float) and v != v) or v is pd.NA) else str(v) for v in s
            ]
            # Stata strings cannot hold NUL
            vals = [v.replace("\x00", "") for v in vals]
            if any(len(v.encode("utf-8")) > STATA_STR_MAX for v in vals):
                strl.append(name)
            out[name] = pd.Series(vals, dtype=object)
    return out, strl


def write_stata(df: pd.DataFrame, path: Path) -> None:
    frame, strl = _stata_frame(df)
    with nio.atomic_path(path) as tmp:
        frame.to_stata(
            tmp,
            version=118,
            write_index=False,
            convert_strl=strl or None,
            time_stamp=_STATA_STAMP,
            data_label="newsevents events",
        )


def event_month(event_date: pd.Series) -> pd.Series:
    def m(v: object) -> str:
        if v is None or (isinstance(v, float) and v != v) or v is pd.NA:
            return "unknown"
        s = str(v)
        if len(s) >= 7 and s[4] == "-":
            return s[:7]
        return "unknown"

    return event_date.map(m)


def write_by_month(events: pd.DataFrame, root: Path) -> list[str]:
    """Write ``events`` as ``root/month=YYYY-MM/part-0.parquet``; replaces ``root`` atomically-ish."""
    root.parent.mkdir(parents=True, exist_ok=True)
    tmp_root = Path(tempfile.mkdtemp(prefix=f".{root.name}.", dir=root.parent))
    months: list[str] = []
    try:
        if len(events):
            keys = event_month(events["event_date"])
            for month in sorted(keys.unique()):
                part = events[keys == month]
                write_table(part, tmp_root / f"month={month}" / "part-0.parquet", sch.EVENTS, name="events")
                months.append(month)
        if root.exists():
            old = root.with_name(f".{root.name}.old")
            if old.exists():
                shutil.rmtree(old)
            os.replace(root, old)
            os.replace(tmp_root, root)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp_root, root)
    finally:
        if tmp_root.exists():
            shutil.rmtree(tmp_root, ignore_errors=True)
    return months


# --------------------------------------------------------------------------- main entry point


def _chunks(articles: pd.DataFrame, chunk_size: int) -> list[pd.DataFrame]:
    chunk_size = max(1, int(chunk_size))
    return [articles.iloc[i : i + chunk_size].reset_index(drop=True) for i in range(0, len(articles), chunk_size)]


class _Executor:
    """Runs tasks in-process (workers == 1, no scheduler) or on a Dask distributed cluster."""

    def __init__(self, workers: int, scheduler: str | None) -> None:
        self.client = None
        self.cluster = None
        self.distributed = bool(scheduler) or int(workers) > 1
        self.workers = int(workers)
        self.scheduler = scheduler

    def _ensure(self):
        if self.client is None:
            from dask.distributed import Client, LocalCluster

            if self.scheduler:
                self.client = Client(self.scheduler)
            else:
                self.cluster = LocalCluster(
                    n_workers=self.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self.client = Client(self.cluster)
        return self.client

    def map_ordered(self, fn, items: list, sizes: list[int] | None = None, bar: _Bar | None = None) -> list:
        """``[fn(*item) for item in items]``, possibly in parallel; results keep the input order."""
        if not items:
            return []
        if not self.distributed:
            out = []
            for k, item in enumerate(items):
                out.append(fn(*item))
                if bar is not None and sizes is not None:
                    bar.update(sizes[k])
            return out
        from dask.distributed import as_completed

        client = self._ensure()
        futures = [client.submit(fn, *item, pure=False) for item in items]
        index = {f.key: k for k, f in enumerate(futures)}
        results: list = [None] * len(items)
        for fut in as_completed(futures):
            k = index[fut.key]
            results[k] = fut.result()  # re-raises worker errors
            if bar is not None and sizes is not None:
                bar.update(sizes[k])
        return results

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None


def _process_batch(records: list[dict]) -> list[tuple[str, dict]]:
    from .corpus import process_input

    return [process_input(r) for r in records]


def _ingest(corpus: Path, follow_symlinks: bool, ex: _Executor, batch: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``corpus.ingest``; with a cluster, ``process_input`` runs on the workers in batches (file
    inputs travel as paths, so remote workers need the corpus on a shared filesystem) and the
    near-duplicate clustering (``corpus.collect``) runs here on the whole set."""
    from . import corpus as corpus_mod

    if not ex.distributed or not all(hasattr(corpus_mod, n) for n in ("iter_inputs", "collect")):
        return corpus_mod.ingest(corpus, follow_symlinks=follow_symlinks)
    records = list(corpus_mod.iter_inputs(Path(corpus), follow_symlinks=follow_symlinks))
    batch = max(1, int(batch))
    batches = [(records[i : i + batch],) for i in range(0, len(records), batch)]
    results = [r for part in ex.map_ordered(_process_batch, batches) for r in part]
    return corpus_mod.collect(results)


def code_corpus(
    corpus: Path,
    out: Path,
    workers: int = 1,
    scheduler: str | None = None,
    chunk_size: int = 500,
    follow_symlinks: bool = False,
    progress: bool | None = None,
) -> dict:
    """Ingest and code ``corpus`` into ``out``; return a summary dict.

    Summary keys: read, kept, quarantined, quarantine_reasons, mentions, events, chunks,
    chunks_coded, chunks_skipped, months, seconds.
    """
    from .coding import dedupe

    t0 = time.perf_counter()
    corpus, out = Path(corpus), Path(out)
    out.mkdir(parents=True, exist_ok=True)

    ex = _Executor(workers, scheduler)
    try:
        return _code_corpus(corpus, out, ex, chunk_size, follow_symlinks, progress, t0, dedupe)
    finally:
        ex.close()


def _code_corpus(corpus, out, ex, chunk_size, follow_symlinks, progress, t0, dedupe) -> dict:
    articles, quarantine = _ingest(corpus, follow_symlinks, ex, chunk_size)
    if articles is None or len(articles) == 0:
        articles = sch.empty(sch.ARTICLES)
    if quarantine is None or len(quarantine) == 0:
        quarantine = sch.empty(sch.QUARANTINE)
    articles = articles.sort_values("article_id", kind="mergesort").reset_index(drop=True)
    write_table(articles, out / "articles.parquet", sch.ARTICLES, name="articles")
    write_table(quarantine, out / "quarantine.parquet", sch.QUARANTINE, name="quarantine")

    # ---- chunked, resumable coding
    version, dict_hash = coder_identity()
    chunk_dir = out / CHUNK_DIR
    chunk_dir.mkdir(parents=True, exist_ok=True)
    chunks = _chunks(articles, chunk_size)
    paths: list[Path] = []
    todo: list[tuple[pd.DataFrame, Path]] = []
    skipped = 0
    for chunk in chunks:
        p = chunk_dir / f"mentions-{chunk_hash(chunk, version, dict_hash)}.parquet"
        paths.append(p)
        if p.exists():
            skipped += 1
        else:
            todo.append((chunk, p))
    bar = _Bar(_want_progress(progress), total=len(articles))
    bar.update(sum(len(c) for c, p in zip(chunks, paths) if p.exists()))
    try:
        counts = ex.map_ordered(_code_chunk, [(c, str(p)) for c, p in todo], [len(c) for c, _ in todo], bar)
        assert len(counts) == len(todo)
    finally:
        bar.close()

    parts = [nio.read_table(p) for p in paths]
    parts = [p for p in parts if len(p)]
    mentions = pd.concat(parts, ignore_index=True) if parts else sch.empty(sch.MENTIONS)
    mentions = _sort_mentions(mentions)
    events = dedupe(mentions, articles)
    if events is None or len(events) == 0:
        events = sch.empty(sch.EVENTS)
    events = _sort_events(events)

    # ---- outputs
    write_table(mentions, out / "mentions.parquet", sch.MENTIONS, name="mentions")
    write_table(events, out / "events.parquet", sch.EVENTS, name="events")
    write_csv(mentions[sch.MENTIONS.names], out / "mentions.csv")
    write_csv(events[sch.EVENTS.names], out / "events.csv")
    write_stata(events[sch.EVENTS.names], out / "events.dta")
    months = write_by_month(events[sch.EVENTS.names], out / "events_by_month")

    reasons = {str(k): int(v) for k, v in quarantine["reason"].value_counts().sort_index().items()}
    return {
        "read": int(len(articles) + len(quarantine)),
        "kept": int(len(articles)),
        "quarantined": int(len(quarantine)),
        "quarantine_reasons": reasons,
        "mentions": int(len(mentions)),
        "events": int(len(events)),
        "chunks": len(chunks),
        "chunks_coded": len(todo),
        "chunks_skipped": skipped,
        "months": months,
        "seconds": round(time.perf_counter() - t0, 3),
    }
