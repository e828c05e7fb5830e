"""Orchestration: raw corpus -> articles / quarantine -> mentions (chunked, resumable) -> events.

``code_corpus`` is the ``newsevents code`` sub-command. Steps:

1. ``corpus.iter_inputs`` lists the inputs (streamed: work starts before the listing ends) and
   cuts them into batches of ``chunk_size`` inputs, in listing order. Each batch is one task:
   ``process_input`` on every input (read, decode, clean, detect language, date, MinHash
   signature), then ``coding.code_articles`` on the batch's articles (one chunk), whose mentions
   are written atomically to ``out/chunks/mentions-<chunkhash>.parquet``. ``chunkhash`` is the
   sha1 of the coder identity (``coding.CODER_VERSION`` + a hash of the coder's Python sources),
   the dictionary hash and the sorted (article_id, raw sha256, sha1 of lang + title + cleaned
   text, published date) of the chunk's articles. A rerun ingests again but skips the coding of
   every chunk whose file exists (resumable after a crash or Ctrl-C) and recodes a chunk as soon
   as the coder, the dictionaries or one of its articles change.
2. With ``workers > 1`` the tasks run on a ``dask.distributed.LocalCluster`` (one single-threaded
   process per worker); with ``scheduler`` on an existing cluster (file inputs are sent as
   paths, and articles come back as Arrow files under the output folder: remote workers need
   the corpus and the output folder on a shared filesystem). Results do not depend on the number
   of workers or on which task finishes first: tables are assembled in input order and sorted.
3. The articles table (cleaned texts included, raw bytes not) is held once in this process, in
   Arrow memory, because near-duplicate clustering (MinHash LSH over the signatures) needs the
   whole set; memory therefore grows with the corpus (about 0.95 GB peak RSS for 100k synthetic
   articles in benchmarks/run.py). ``coding.dedupe`` merges mentions across articles into events.
4. Outputs: ``articles/quarantine/mentions/events.parquet`` (validated against the schema
   contracts), ``mentions.csv`` / ``events.csv`` (sorted, UTF-8, ``\\n``), ``events.dta``
   (Stata 118) and ``events_by_month/month=YYYY-MM/part-0.parquet`` (Hive partitioning, readable
   by ``pandas.read_parquet`` and ``duckdb.read_parquet(..., hive_partitioning=true)``). On a
   cluster the workers write the CSV of mentions and the Stata file while this process
   de-duplicates and clusters.
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


def _code_chunk(chunk: pd.DataFrame, path: str) -> int:
    """Code one chunk and write its mentions atomically to ``path``; return the mention count.

    Articles whose coding raised are listed in a JSON side file (``errors-<hash>.json``) written
    before the mentions file, so a resumed run still quarantines them.
    """
    from .coding import code_articles

    errors: list[dict] = []
    mentions = _code_articles_once(code_articles, chunk.reset_index(drop=True), errors)
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


# Articles coded in this process during this run, by a digest of what the coder reads of them (``_coding_key``):
# their mention rows (tuples in MENTIONS column order) and coding error. A verbatim copy (syndicated news, a page
# listed twice) is not coded again: it takes the rows of the first under its own id (the coder reads nothing
# else of an article). Bounded (oldest out first); emptied when a run starts.
_CODED: dict = {}
_CODED_MAX = 20_000


def _coding_key(rec: dict) -> bytes | None:
    """A digest of the inputs ``code_articles`` passes to ``code_article`` besides the id (text, lang, and
    published / title / date_flag when they are strings), or None for an article not memoised (a non-string
    text or lang)."""
    text, lang = rec.get("text"), rec.get("lang")
    if type(text) is not str or type(lang) is not str:
        return None
    h = hashlib.sha256()
    for v in (text, lang, *(rec.get(c) for c in ("published", "title", "date_flag"))):
        h.update(b"\1" + v.encode("utf-8", "surrogatepass") + b"\0" if isinstance(v, str) else b"\2")
    return h.digest()


def _code_articles_once(code_articles, chunk: pd.DataFrame, errors: list) -> pd.DataFrame:
    """``code_articles(chunk, errors=errors)``, each distinct article coded once per process (``_CODED``): the
    same table (rows ordered as code_articles orders them) and errors."""
    recs = chunk[[c for c in CODING_COLUMNS if c in chunk.columns]].to_dict("records")
    keys = [_coding_key(r) for r in recs]
    todo, dups, first = [], [], set()
    for k, key in enumerate(keys):
        if key is not None and (key in _CODED or key in first):
            dups.append(k)
        else:
            todo.append(k)
            if key is not None:
                first.add(key)
    errs: list[dict] = []
    coded = code_articles(chunk.iloc[todo].reset_index(drop=True) if dups else chunk, errors=errs)
    names = list(sch.MENTIONS.names)
    at = names.index("article_id")
    rows: dict[str, list] = {}
    if coded is not None and len(coded):
        for row in zip(*(coded[c].tolist() for c in names)):
            rows.setdefault(row[at], []).append(row)
    failed = {e["article_id"]: e["error"] for e in errs}
    for k in todo:
        if keys[k] is not None:
            aid = str(recs[k]["article_id"])
            _CODED[keys[k]] = (aid, tuple(rows.get(aid, ())), failed.get(aid))
    errors.extend(errs)
    out = [row for aid in rows for row in rows[aid]]
    for k in dups:
        src, src_rows, error = _CODED[keys[k]]
        aid = str(recs[k]["article_id"])
        out += [_renamed(row, names, src, aid) for row in src_rows]
        if error is not None:
            errors.append({"article_id": aid, "error": error})
    while len(_CODED) > _CODED_MAX:
        del _CODED[next(iter(_CODED))]
    if not dups:
        return coded
    if not out:
        return sch.empty(sch.MENTIONS)
    df = pd.DataFrame(out, columns=names)
    return df.sort_values(["article_id", "sentence_index", "mention_id"], kind="stable").reset_index(drop=True)


def _renamed(row: tuple, names: list, src: str, aid: str) -> tuple:
    """A mention row of article ``src`` as the row of its copy ``aid`` (article_id, and mention_id's prefix)."""
    out = list(row)
    out[names.index("article_id")] = aid
    k = names.index("mention_id")
    out[k] = aid + row[k][len(src):]
    return tuple(out)


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


def _export(what: str, out: str, table) -> list[str]:
    """Write one group of derived files into ``out`` from ``table`` (a frame, or the path of the
    Parquet file it was written to); returns the months written (events_by_month) or []."""
    out_dir = Path(out)
    if isinstance(table, str):
        table = nio.read_table(table)
    if what == "mentions.csv":
        write_csv(table[sch.MENTIONS.names], out_dir / "mentions.csv")
        return []
    events = table[sch.EVENTS.names]
    if what == "events.dta":
        write_stata(events, out_dir / "events.dta")
        return []
    if what == "events.csv+months":
        write_csv(events, out_dir / "events.csv")
        return write_by_month(events, out_dir / "events_by_month")
    raise ValueError(f"unknown export {what!r}")


# --------------------------------------------------------------------------- main entry point


class _Done:
    """A result computed in-process, with the interface of a Dask future."""

    def __init__(self, value) -> None:
        self.value = value

    def result(self):
        return self.value


class _Executor:
    """Runs tasks in-process (workers == 1, no scheduler) or on a Dask distributed cluster."""

    def __init__(self, workers: int, scheduler: str | None) -> None:
        self.client = None
        self.cluster = None
        self.distributed = bool(scheduler) or int(workers) > 1
        self.workers = int(workers)
        self.scheduler = scheduler
        self._starting = None
        self._warm: list = []

    def start_early(self) -> None:
        """Connect to (or start) the cluster in a background thread and have every worker load the
        coder, while this process reads the corpus metadata and lists the inputs."""
        if self.distributed and self.client is None and self._starting is None:
            from concurrent.futures import ThreadPoolExecutor

            pool = ThreadPoolExecutor(1, thread_name_prefix="newsevents-cluster")
            self._starting = pool.submit(self._connect)
            pool.shutdown(wait=False)

    def _ensure(self):
        if self._starting is not None:
            starting, self._starting = self._starting, None
            starting.result()  # re-raises a failed start
        if self.client is None:
            self._connect()
        return self.client

    def _connect(self) -> None:
        if self.client is None:
            from dask.distributed import Client, LocalCluster

            if self.scheduler:
                self.client = Client(self.scheduler)
            else:
                import dask

                # Housekeeping meant for the dashboard, which nobody sees here, costs CPU the two
                # workers need on a small machine (measured at 100k articles, 2 workers): the
                # statistical profiler (each worker's stack sampled every 10 ms, ~2 s of CPU per
                # worker), the 20 ms event-loop tick and the 0.5 s system monitor (~2 s in the
                # scheduler). Work stealing is off too: the tasks are alike, a queue suffices.
                # The worker processes receive this configuration from their nannies.
                with dask.config.set({"distributed.worker.profile.enabled": False,
                                      "distributed.admin.tick.interval": "1s",
                                      "distributed.admin.system-monitor.interval": "5s",
                                      "distributed.scheduler.work-stealing": False}):
                    self.cluster = LocalCluster(
                        n_workers=self.workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                self.client = Client(self.cluster)
            # futures kept so that the scheduler does not forget them before they run
            workers = sorted(self.client.scheduler_info().get("workers", {}))
            self._warm = [self.client.submit(_warm_coder, workers=[w], allow_other_workers=False, pure=False)
                          for w in workers]

    def submit(self, fn, *args):
        """``fn(*args)``: run now in-process, or sent to the cluster (returns a future at once)."""
        if not self.distributed:
            return _Done(fn(*args))
        return self._ensure().submit(fn, *args, pure=False)

    def completed(self, futures: list):
        """Yield ``(index, result)`` as the tasks finish (re-raises a task's error)."""
        if not self.distributed:
            for k, f in enumerate(futures):
                yield k, f.result()
            return
        from dask.distributed import as_completed

        index = {f.key: k for k, f in enumerate(futures)}
        for fut in as_completed(futures):
            yield index[fut.key], fut.result()

    def close(self) -> None:
        if self._starting is not None:
            try:
                self._ensure()
            except Exception:  # noqa: BLE001 - a start that failed has nothing to close
                pass
        self._warm = []
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
        self.client = self.cluster = None


def _warm_coder() -> None:
    from .coding.engine import warm_up

    warm_up()


def _batch_task(records: list[dict], batch_file: str | None, chunk_dir: str, version: str,
                dict_hash: str) -> tuple:
    """Ingest one batch of inputs and code its articles: one batch is one chunk.

    Returns (articles, quarantine rows, chunk file or None, coded?): ``articles`` is the batch's
    ``corpus.ingest.batch_table`` (articles + MinHash signatures), or on a cluster (``batch_file``
    given) the number of articles, the table being written to ``batch_file`` so that texts reach
    the coordinating process as an Arrow file. The chunk file is not coded again when it exists already
    (same coder, dictionaries and articles: resumable).
    """
    from .corpus import process_input
    from .corpus.ingest import batch_table, split_results, write_batch

    articles, quarantine, sigs = split_results(process_input(r) for r in records)
    chunk, coded = None, False
    if len(articles):
        path = Path(chunk_dir) / f"mentions-{chunk_hash(articles, version, dict_hash)}.parquet"
        chunk = str(path)
        if not path.exists():
            _code_chunk(articles[CODING_COLUMNS], chunk)
            coded = True
    table = batch_table(articles, sigs)
    if batch_file is None:
        return table, quarantine, chunk, coded
    if table.num_rows:
        write_batch(table, Path(batch_file))
    return table.num_rows, quarantine, chunk, coded


def _batches(records, size: int):
    batch: list = []
    for r in records:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def code_corpus(
    corpus: Path,
    out: Path,
    workers: int = 1,
    scheduler: str | None = None,
    chunk_size: int = 500,
    follow_symlinks: bool = False,
    progress: bool | None = None,
    columns: dict | None = None,
) -> dict:
    """Ingest and code ``corpus`` into ``out``; return a summary dict.

    ``columns``: {field: column name} for table inputs (``corpus.loaders.resolve_columns``). The run
    holds ``out/.newsevents.lock`` (one run per output folder; ``io.OutputBusy`` otherwise) and
    fails with ``coding.lexicon.DictionaryError`` before any work when the dictionaries do not load.

    Summary keys: read, kept, quarantined, quarantine_reasons, mentions, events, chunks,
    chunks_coded, chunks_skipped, chunks_pruned (stale chunk files removed after a successful run),
    months (event months written under events_by_month/), seconds.
    """
    t0 = time.perf_counter()
    corpus, out = Path(corpus), Path(out)
    if not corpus.exists():
        raise FileNotFoundError(f"corpus not found: {corpus}")
    check_dictionaries()  # a run whose dictionaries do not load stops here, before any coding
    with nio.output_lock(out, "newsevents code"):
        note = record_corpus(out, corpus)
        ex = _Executor(workers, scheduler)
        try:
            summary = _code_corpus(corpus, out, ex, chunk_size, follow_symlinks, progress, columns)
        except BaseException:
            # the Make target of this stage must not look up to date after a failed run
            (out / "events.parquet").unlink(missing_ok=True)
            raise
        finally:
            ex.close()
    if note:
        summary["note"] = note
    summary["seconds"] = round(time.perf_counter() - t0, 3)
    return summary


def check_dictionaries() -> None:
    """Raise ``coding.lexicon.DictionaryError`` (every problem as file:line) unless the
    dictionaries load: a broken dictionary fails the run at once, not as one coding_error per article."""
    from .coding.cache import cached
    from .coding.lexicon import DictionaryError, _default_dir, _yaml_files, check

    directory = _default_dir()
    files = _yaml_files(directory) if directory.is_dir() else []
    errors = cached("dictionary-check", files, lambda: check(directory))  # 1.7 s, once per dictionary state
    if errors:
        raise DictionaryError(errors)


def record_corpus(out: Path, corpus: Path) -> str | None:
    """Write which corpus ``out`` holds (``out/.newsevents-run.json``). When it held another corpus,
    its chunk files are removed first (they could never be reused) and a note says so."""
    path = out / nio.RUN_NAME
    this = str(corpus.resolve())
    note = None
    try:
        held = json.loads(path.read_text(encoding="utf-8")).get("corpus")
    except (OSError, ValueError, AttributeError):
        held = None
    if held and held != this:
        removed = 0
        for f in list((out / CHUNK_DIR).glob("mentions-*.parquet")) + list((out / CHUNK_DIR).glob("errors-*.json")):
            f.unlink(missing_ok=True)
            removed += 1
        note = f"{out} held the outputs of {held}; they are replaced by those of {this} ({removed} chunk files removed)"
    if held != this:
        nio.write_text(path, json.dumps({"corpus": this}, ensure_ascii=False) + "\n")
    return note


def _code_corpus(
    corpus: Path, out: Path, ex: _Executor, chunk_size: int, follow_symlinks: bool, progress: bool | None,
    columns: dict | None = None,
) -> dict:
    from . import corpus as corpus_mod
    from .coding import dedupe
    from .corpus.ingest import assemble, finish_articles, quarantine_examples, quarantine_frame, read_batch

    show = _want_progress(progress)
    _CODED.clear()  # copies are found within one run (workers of a cluster start with the run)
    ex.start_early()
    version, dict_hash = coder_identity()
    chunk_dir = out / CHUNK_DIR
    chunk_dir.mkdir(parents=True, exist_ok=True)
    # ---- ingest + code, one task per batch of inputs, submitted while the corpus is still listed
    scratch = Path(tempfile.mkdtemp(prefix=".ingest-", dir=out)) if ex.distributed else None
    inputs = corpus_mod.iter_inputs(Path(corpus), follow_symlinks=follow_symlinks, columns=columns)
    bar = _Bar(show, total=None, desc="ingest+code", unit="inputs")
    tables: list = []
    quarantine_rows: list[dict] = []
    paths: list[Path] = []
    parts: list[pd.DataFrame] = []  # mentions of every chunk, read while the workers go on
    coded = skipped = 0
    try:
        futures, sizes = [], []
        for k, batch in enumerate(_batches(inputs, max(1, int(chunk_size)))):
            batch_file = str(scratch / f"batch-{k:06d}.arrow") if scratch is not None else None
            futures.append(ex.submit(_batch_task, batch, batch_file, str(chunk_dir), version, dict_hash))
            sizes.append(len(batch))
            if not ex.distributed:
                bar.update(len(batch))
        results: list = [None] * len(futures)
        for k, (arts, quar, chunk, was_coded) in ex.completed(futures):
            if scratch is not None:
                arts = read_batch(scratch / f"batch-{k:06d}.arrow") if arts else None
                bar.update(sizes[k])
            results[k] = (arts, quar, chunk, nio.read_table(chunk) if chunk else None)
            coded += bool(was_coded)
            skipped += bool(chunk) and not was_coded
        for arts, quar, chunk, found in results:  # input order: the same tables whatever finished first
            if arts is not None:
                tables.append(arts)
            quarantine_rows.extend(quar)
            if chunk:
                paths.append(Path(chunk))
                if len(found):
                    parts.append(found)
    finally:
        bar.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    table, signatures = assemble(tables)  # all articles, in Arrow memory
    del tables, results
    quarantine = quarantine_frame(quarantine_rows)
    # the few columns handled as Python objects here
    articles = table.select(["article_id", "path", "sha256", "raw_chars", "published"]).to_pandas()
    mentions = pd.concat(parts, ignore_index=True) if parts else sch.empty(sch.MENTIONS)
    del parts
    mentions = _sort_mentions(mentions)

    # articles whose coding raised leave the articles table for the quarantine (reason coding_error):
    # articles in = articles coded + articles quarantined, nothing vanishes
    failed = _coding_errors(paths)
    bad = pd.Series(False, index=articles.index)
    why: dict[str, str] = {}
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
        mentions = mentions[~mentions["article_id"].isin(set(why))].reset_index(drop=True)

    # ---- outputs. The derived files (CSV, Stata, monthly partitions) are written by the workers
    # when there are some while this process goes on: mentions.csv (from the Parquet file just
    # written) during de-duplication, events.dta during the near-duplicate clustering.
    jobs: list = []

    def export(what: str, table: pd.DataFrame, parquet: Path | None = None) -> None:
        if ex.distributed and parquet is not None:  # workers read the table back from its file
            jobs.append(ex.submit(_export, what, str(out), str(parquet)))
        else:
            months.extend(_export(what, str(out), table))

    months: list[str] = []
    n_mentions = int(len(mentions))
    nio.write_table(mentions, out / "mentions.parquet", sch.MENTIONS, name="mentions")
    export("mentions.csv", mentions, out / "mentions.parquet")
    events = dedupe(mentions, articles.loc[~bad, ["article_id", "published"]])  # cluster ids not needed
    del mentions
    if events is None or len(events) == 0:
        events = sch.empty(sch.EVENTS)
    events = _sort_events(events)
    nio.write_table(events, out / "events.parquet", sch.EVENTS, name="events")
    export("events.dta", events, out / "events.parquet")
    export("events.csv+months", events)

    # near-duplicate clusters over every ingested article (as ingestion defines them), then the
    # articles whose coding failed leave the table
    table = finish_articles(table, signatures, drop_ids=set(why))
    del signatures
    n_articles = table.num_rows
    nio.write_table(table, out / "articles.parquet", sch.ARTICLES, name="articles")
    del table
    nio.write_table(quarantine, out / "quarantine.parquet", sch.QUARANTINE, name="quarantine")
    for _k, ms in ex.completed(jobs):
        months.extend(ms)
    months = sorted(months)

    # chunk files of earlier coder versions / article sets are no longer reachable: drop them
    keep = {p.name for p in paths} | {_errors_path(p).name for p in paths}
    pruned = 0
    for f in sorted(chunk_dir.glob("mentions-*.parquet")) + sorted(chunk_dir.glob("errors-*.json")):
        if f.name not in keep:
            f.unlink()
            pruned += 1

    reasons = {str(k): int(v) for k, v in quarantine["reason"].value_counts().sort_index().items()}
    return {
        "quarantine_examples": quarantine_examples(quarantine),
        "coding_errors": int(len(why)),
        "read": int(n_articles + len(quarantine)),
        "kept": int(n_articles),
        "quarantined": int(len(quarantine)),
        "quarantine_reasons": reasons,
        "mentions": n_mentions,
        "events": int(len(events)),
        "chunks": len(paths),
        "chunks_coded": coded,
        "chunks_skipped": skipped,
        "chunks_pruned": pruned,
        "months": months,
    }
