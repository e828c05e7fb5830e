"""Orchestration: raw corpus -> articles / quarantine -> mentions (chunked, resumable) -> events.

``code_corpus`` is the ``newsevents code`` sub-command. Steps:

1. Ingestion = ``corpus.collect(process_input(r) for r in iter_inputs(corpus))`` (what
   ``corpus.ingest`` does): read, decode, clean, detect language, date, then cluster
   near-duplicates. Clustering needs the whole set, so the articles table (cleaned texts
   included, raw bytes not) is held once in the main process; mentions are read back from the
   chunk files. Memory therefore grows with the corpus (1.1 GB peak RSS for 100k synthetic
   articles in benchmarks/run.py).
2. Articles are sorted by ``article_id`` and cut into chunks of ``chunk_size``. Each chunk is coded
   by ``coding.code_articles`` and its mentions are written atomically to
   ``out/chunks/mentions-<chunkhash>.parquet``. ``chunkhash`` is the sha1 of the coder identity
   (``coding.CODER_VERSION`` + a hash of the coder's Python sources), the dictionary hash and the
   sorted (article_id, raw sha256, sha1 of lang + title + cleaned text, published date) of the
   chunk's articles. A rerun skips every chunk whose file exists (resumable after a crash or
   Ctrl-C) and recodes a chunk as soon as the coder, the dictionaries or one of its articles change.
   With ``workers > 1`` ingestion (``process_input`` in batches) and coding run on a
   ``dask.distributed.LocalCluster`` (one single-threaded process per worker); with ``scheduler``
   on an existing cluster (file inputs are sent as paths: workers need the corpus on a shared
   filesystem). Results do not depend on the number of workers: tables are sorted before writing.
3. ``coding.dedupe`` merges mentions across articles into events.
4. Outputs: ``articles/quarantine/mentions/events.parquet`` (validated against the schema
   contracts), ``mentions.csv`` / ``events.csv`` (sorted, UTF-8, ``\\n``), ``events.dta``
   (Stata 118) and ``events_by_month/month=YYYY-MM/part-0.parquet`` (Hive partitioning, readable
   by ``pandas.read_parquet`` and ``duckdb.read_parquet(..., hive_partitioning=true)``).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
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


# --------------------------------------------------------------------------- coder identity


def coder_identity() -> tuple[str, str]:
    """(coder version + hash of the coder's Python sources, dictionary hash) used in chunk hashes:
    editing the engine without bumping its version still invalidates cached chunks. The dictionary
    hash is read from the files (no parsing: validation happens where the coder runs)."""
    try:
        from .coding import CODER_VERSION as version
    except Exception:  # noqa: BLE001
        version = __version__
    from .coding.cache import coder_source_hash

    try:
        from .coding.lexicon import dictionary_hash

        dict_hash = dictionary_hash()
    except Exception:  # noqa: BLE001 - coder not importable: identity still defined
        dict_hash = "unknown"
    return f"{version}+src.{coder_source_hash()}", dict_hash


def _s(v: object) -> str:
    return "" if v is None or v is pd.NA or (isinstance(v, float) and v != v) else str(v)


def chunk_hash(chunk: pd.DataFrame, version: str, dict_hash: str) -> str:
    h = hashlib.sha1()
    h.update(f"{version}\x1f{dict_hash}\x1e".encode())
    rows = []
    flags = chunk["date_flag"] if "date_flag" in chunk else [None] * len(chunk)
    cols = [chunk[c] for c in ("article_id", "sha256", "text", "published", "lang", "title")] + [flags]
    for aid, sha, text, pub, lang, title, flag in zip(*cols):
        th = hashlib.sha1(f"{lang}\x1f{_s(title)}\x1f{_s(flag)}\x1f{text}".encode("utf-8", "surrogatepass")).hexdigest()
        rows.append(f"{aid}\x1f{sha}\x1f{th}\x1f{_s(pub)}")
    for r in sorted(rows):
        h.update(r.encode("utf-8", "surrogatepass"))
        h.update(b"\x1e")
    return h.hexdigest()


def _errors_path(path: str | Path) -> Path:
    p = Path(path)
    return p.with_name(p.name.replace("mentions-", "errors-", 1).replace(".parquet", ".json"))


CODING_COLUMNS = ["article_id", "text", "lang", "published", "title", "date_flag"]


def _code_chunk(chunk, path: str) -> int:
    """Code one chunk and write its mentions atomically to ``path``; return the mention count.

    ``chunk`` is a DataFrame, or on a cluster ``(parquet_path, row_group)``: the worker reads its
    articles from the coding input file, so the texts do not travel through this process.
    Articles whose coding raised are listed in a JSON side file (``errors-<hash>.json``) written
    before the mentions file, so a resumed run still quarantines them.
    """
    from .coding import code_articles

    if isinstance(chunk, tuple):
        import pyarrow.parquet as pq

        src, group = chunk
        chunk = pq.ParquetFile(src).read_row_group(group).to_pandas()

    errors: list[dict] = []
    mentions = code_articles(chunk.reset_index(drop=True), errors=errors)
    if mentions is None or len(mentions) == 0:
        mentions = sch.empty(sch.MENTIONS)
    mentions = _sort_mentions(mentions)
    side = _errors_path(path)
    if errors:
        nio.write_text(side, json.dumps(sorted(errors, key=lambda e: e["article_id"]), ensure_ascii=False, indent=1))
    elif side.exists():
        side.unlink()
    nio.write_table(mentions, path, sch.MENTIONS, name="mentions chunk")
    return int(len(mentions))


def _coding_errors(paths: list[Path]) -> list[dict]:
    out: list[dict] = []
    for p in paths:
        side = _errors_path(p)
        if side.exists():
            out.extend(json.loads(side.read_text(encoding="utf-8")))
    return sorted(out, key=lambda e: e["article_id"])


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
    """tqdm bar counting articles (tqdm shows the rate as articles/s), or nothing."""

    def __init__(self, enabled: bool, total: int, desc: str = "coding", unit: str = "articles") -> None:
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=unit, desc=desc, file=sys.stderr, dynamic_ncols=True)

    def update(self, n: int) -> None:
        if self.bar is not None and n:
            self.bar.update(n)

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
                nio.write_table(part, tmp_root / f"month={month}" / "part-0.parquet", sch.EVENTS, name="events")
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


def _write_row_groups(frames: list[pd.DataFrame], path: Path) -> None:
    """One Parquet file, one row group per frame (all frames share columns), written atomically."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.string()) for c in CODING_COLUMNS])
    with nio.atomic_path(path) as tmp, pq.ParquetWriter(tmp, schema) as w:
        for f in frames:
            w.write_table(pa.Table.from_pandas(f.astype(object).where(f.notna(), None), schema=schema,
                                               preserve_index=False), row_group_size=max(1, len(f)))


def _chunks(articles: pd.DataFrame, chunk_size: int) -> list[pd.DataFrame]:
    chunk_size = max(1, int(chunk_size))
    return [articles.iloc[i : i + chunk_size].reset_index(drop=True) for i in range(0, len(articles), chunk_size)]


class _Executor:
    """Runs tasks in-process (workers == 1, no scheduler) or on a Dask distributed cluster."""

    def __init__(self, workers: int, scheduler: str | None) -> None:
        self.client = None
        self.cluster = None
        self._warm: list = []
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
        return self.gather(self.start(fn, items), sizes, bar)

    def start(self, fn, items: list):
        """Submit ``fn(*item)`` for every item and return at once (on a cluster the work runs while
        this process does something else); ``gather`` collects the results in input order."""
        if not items or not self.distributed:
            return ("local", fn, items)
        client = self._ensure()
        return ("dask", fn, [client.submit(fn, *item, pure=False) for item in items])

    def gather(self, handle, sizes: list[int] | None = None, bar: _Bar | None = None) -> list:
        kind, fn, items = handle
        if kind == "local":
            out = []
            for k, item in enumerate(items):
                out.append(fn(*item))
                if bar is not None and sizes is not None:
                    bar.update(sizes[k])
            return out
        from dask.distributed import as_completed

        futures = items
        index = {f.key: k for k, f in enumerate(futures)}
        results: list = [None] * len(futures)
        for fut in as_completed(futures):
            k = index[fut.key]
            results[k] = fut.result()  # re-raises worker errors
            if bar is not None and sizes is not None:
                bar.update(sizes[k])
        return results

    def warm(self, fn) -> None:
        """Run ``fn`` once on every worker without waiting (loads the coder's dictionaries while
        this process clusters near-duplicates); nothing to do in-process."""
        if self.distributed:
            client = self._ensure()
            workers = sorted(client.scheduler_info().get("workers", {}))
            # futures are kept so the scheduler does not forget them before they run
            self._warm = [client.submit(fn, workers=[w], allow_other_workers=False, pure=False) for w in workers]

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None


def _warm_coder() -> None:
    from .coding.engine import warm_up

    warm_up()


def _process_batch(records: list[dict], path: str) -> tuple[int, list[dict]]:
    """Ingest a batch of inputs on a worker; articles go to a Parquet file at ``path``."""
    from .corpus import process_input
    from .corpus.ingest import write_batch

    return write_batch((process_input(r) for r in records), Path(path))


def _ingest(
    corpus: Path, follow_symlinks: bool, ex: _Executor, batch: int, progress: bool, staging: Path
) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """``corpus.collect_unclustered(process_input(r) for r in iter_inputs(...))``: the articles (not
    yet near-duplicate clustered), the quarantine and the articles' MinHash signatures.

    With a cluster, ``process_input`` runs on the workers in batches, each batch's articles written
    to a Parquet file under ``staging`` (the output folder): file inputs travel as paths and results
    as files, so remote workers need the corpus and the output folder on a shared filesystem. The
    clustering (``assign_clusters``) runs here, on the whole set, while the workers code.
    """
    from . import corpus as corpus_mod

    inputs = corpus_mod.iter_inputs(Path(corpus), follow_symlinks=follow_symlinks)
    if not ex.distributed:
        if not progress:
            return corpus_mod.collect_unclustered(corpus_mod.process_input(r) for r in inputs)
        from tqdm import tqdm

        with tqdm(unit="inputs", desc="ingest", file=sys.stderr, dynamic_ncols=True) as bar:

            def gen():
                for r in inputs:
                    yield corpus_mod.process_input(r)
                    bar.update(1)

            return corpus_mod.collect_unclustered(gen())
    from .corpus.ingest import read_batches

    records = list(inputs)
    batch = max(1, int(batch))
    scratch = Path(tempfile.mkdtemp(prefix=".ingest-", dir=staging))
    files = [scratch / f"batch-{k:06d}.parquet" for k in range(0, (len(records) + batch - 1) // batch)]
    batches = [(records[i : i + batch], str(files[i // batch])) for i in range(0, len(records), batch)]
    bar = _Bar(progress, total=len(records), desc="ingest", unit="inputs")
    try:
        parts = ex.map_ordered(_process_batch, batches, [len(b[0]) for b in batches], bar)
        ex.warm(_warm_coder)  # workers load the dictionaries while this process builds the tables
        quarantine_rows = [q for _n, qs in parts for q in qs]
        return read_batches([f for f, (n, _q) in zip(files, parts) if n], quarantine_rows)
    finally:
        bar.close()
        shutil.rmtree(scratch, ignore_errors=True)


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
    chunks_coded, chunks_skipped, chunks_pruned (stale chunk files removed after a successful run),
    months (event months written under events_by_month/), seconds.
    """
    t0 = time.perf_counter()
    corpus, out = Path(corpus), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    ex = _Executor(workers, scheduler)
    try:
        summary = _code_corpus(corpus, out, ex, chunk_size, follow_symlinks, progress)
    finally:
        ex.close()
    summary["seconds"] = round(time.perf_counter() - t0, 3)
    return summary


def _code_corpus(
    corpus: Path, out: Path, ex: _Executor, chunk_size: int, follow_symlinks: bool, progress: bool | None
) -> dict:
    from .coding import dedupe
    from .corpus import assign_clusters

    show = _want_progress(progress)
    articles, quarantine, signatures = _ingest(corpus, follow_symlinks, ex, chunk_size, show, out)
    if articles is None or len(articles) == 0:
        articles = sch.empty(sch.ARTICLES)
    if quarantine is None or len(quarantine) == 0:
        quarantine = sch.empty(sch.QUARANTINE)
    articles = articles.sort_values("article_id", kind="mergesort").reset_index(drop=True)

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
    # coding does not read the near-duplicate columns (nor does chunk_hash): on a cluster the chunks
    # are coded while this process clusters near-duplicates
    if ex.distributed and todo:
        # workers read their chunk from one Parquet file (a row group per chunk) instead of receiving
        # the texts through the scheduler: the coordinating process stays nearly idle
        feed = chunk_dir / f"input-{os.getpid()}.parquet"
        _write_row_groups([c[CODING_COLUMNS] for c, _ in todo], feed)
        handle = ex.start(_code_chunk, [((str(feed), k), str(p)) for k, (_c, p) in enumerate(todo)])
    else:
        feed = None
        handle = ex.start(_code_chunk, [(c, str(p)) for c, p in todo])
    articles = assign_clusters(articles, signatures).sort_values("article_id", kind="mergesort")
    articles = articles.reset_index(drop=True)
    del signatures
    bar = _Bar(show, total=len(articles))
    bar.update(sum(len(c) for c, p in zip(chunks, paths) if p.exists()))
    try:
        counts = ex.gather(handle, [len(c) for c, _ in todo], bar)
        assert len(counts) == len(todo)
    finally:
        bar.close()
        if feed is not None and feed.exists():
            feed.unlink()

    parts = [nio.read_table(p) for p in paths]
    parts = [p for p in parts if len(p)]
    mentions = pd.concat(parts, ignore_index=True) if parts else sch.empty(sch.MENTIONS)
    mentions = _sort_mentions(mentions)

    # articles whose coding raised leave the articles table for the quarantine (reason coding_error):
    # articles in = articles coded + articles quarantined, nothing vanishes
    failed = _coding_errors(paths)
    if failed:
        why = {e["article_id"]: e["error"] for e in failed}
        bad = articles["article_id"].isin(set(why))
        rows = articles.loc[bad, ["article_id", "path", "sha256", "raw_chars"]]
        qrows = pd.DataFrame({
            "article_id": rows["article_id"].to_numpy(), "path": rows["path"].to_numpy(),
            "sha256": rows["sha256"].to_numpy(), "reason": "coding_error",
            "detail": [why[a] for a in rows["article_id"]], "raw_bytes": None,
        })
        quarantine = pd.concat([quarantine, qrows], ignore_index=True) if len(quarantine) else qrows
        quarantine = quarantine.sort_values(["article_id", "path"], kind="mergesort", na_position="first")
        quarantine = quarantine.reset_index(drop=True)
        articles = articles.loc[~bad].reset_index(drop=True)
        mentions = mentions[~mentions["article_id"].isin(set(why))].reset_index(drop=True)
    nio.write_table(articles, out / "articles.parquet", sch.ARTICLES, name="articles")
    nio.write_table(quarantine, out / "quarantine.parquet", sch.QUARANTINE, name="quarantine")
    events = dedupe(mentions, articles)
    if events is None or len(events) == 0:
        events = sch.empty(sch.EVENTS)
    events = _sort_events(events)

    # ---- outputs
    nio.write_table(mentions, out / "mentions.parquet", sch.MENTIONS, name="mentions")
    nio.write_table(events, out / "events.parquet", sch.EVENTS, name="events")
    write_csv(mentions[sch.MENTIONS.names], out / "mentions.csv")
    write_csv(events[sch.EVENTS.names], out / "events.csv")
    write_stata(events[sch.EVENTS.names], out / "events.dta")
    months = write_by_month(events[sch.EVENTS.names], out / "events_by_month")

    # chunk files of earlier coder versions / article sets are no longer reachable: drop them
    keep = {p.name for p in paths} | {_errors_path(p).name for p in paths}
    pruned = 0
    for f in sorted(chunk_dir.glob("mentions-*.parquet")) + sorted(chunk_dir.glob("errors-*.json")):
        if f.name not in keep:
            f.unlink()
            pruned += 1

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
        "chunks_pruned": pruned,
        "months": months,
    }
