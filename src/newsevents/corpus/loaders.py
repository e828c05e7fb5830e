"""Walk a corpus and yield raw input records (plain dicts, picklable for parallel stages).

A record has: ``article_id``, ``path`` (relative to the corpus root, "+#n" for table rows),
``abs_path`` (file to read, or None), ``text`` (row text for table inputs, else None),
``encoding`` (of the table file), ``ext``, ``meta`` (published/url/title/source/lang) and, when the
input is already known to be bad, ``reason``/``detail`` (quarantined by ``process_input``).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

from .clean import DecodeError, decode_bytes

TEXT_EXTS = {".txt", ".md", ".html", ".htm"}
TABLE_EXTS = {".jsonl", ".csv"}
META_FILES = ("metadata.jsonl", "metadata.csv")
META_KEYS = ("published", "url", "title", "source", "lang")


def safe_str(s):
    """File names are bytes on POSIX: undecodable bytes arrive as surrogates (``\\udcff``), which
    Parquet/UTF-8 cannot store. Show them as ``\\xff`` escapes instead (unique and readable)."""
    if not isinstance(s, str):
        return s
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace").encode(
            "utf-8", "backslashreplace").decode("utf-8")


def _record(article_id, path, *, abs_path=None, text=None, encoding=None, ext="", meta=None,
            reason=None, detail=None) -> dict:
    article_id, path, detail = safe_str(article_id), safe_str(path), safe_str(detail)
    return {"article_id": article_id, "path": path, "abs_path": abs_path, "text": text, "encoding": encoding,
            "ext": ext, "meta": meta or {}, "reason": reason, "detail": detail}


def _clean_value(v):
    if v is None:
        return None
    if isinstance(v, float) and v != v:
        return None
    s = str(v).strip()
    return s or None


def _table_rows(path: Path) -> Iterator[tuple[int, dict | None, str | None, str]]:
    """Yield (row_number, row dict or None, error, encoding) for a .jsonl or .csv file."""
    text, encoding = decode_bytes(path.read_bytes())
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() == ".jsonl":
        for n, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield n, None, f"line {n}: invalid JSON ({exc.msg})", encoding
                continue
            if not isinstance(row, dict):
                yield n, None, f"line {n}: not a JSON object", encoding
                continue
            yield n, row, None, encoding
    else:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        for n, row in enumerate(reader, start=1):
            if None in row:  # more fields than header
                yield n, None, f"row {n}: {len(row[None])} extra fields", encoding
                continue
            yield n, row, None, encoding


def _iter_table(path: Path, rel_name: str) -> Iterator[dict]:
    stem = path.stem
    try:
        rows = list(_table_rows(path))
    except DecodeError as exc:
        yield _record(stem, rel_name, reason=exc.reason, detail=exc.detail)
        return
    except (OSError, csv.Error) as exc:
        yield _record(stem, rel_name, reason="error", detail=f"{type(exc).__name__}: {exc}")
        return
    for n, row, error, encoding in rows:
        rid = f"{stem}-{n}"
        if error:
            yield _record(rid, f"{rel_name}#{n}", reason="invalid_record", detail=error)
            continue
        aid = _clean_value(row.get("id")) or rid
        meta = {k: _clean_value(row.get(k)) for k in META_KEYS}
        text = row.get("text")
        if text is not None and not isinstance(text, str):
            text = str(text) if not isinstance(text, (dict, list)) else None
        if text is None:
            yield _record(aid, f"{rel_name}#{n}", reason="invalid_record", detail=f"row {n}: no text field")
            continue
        yield _record(aid, f"{rel_name}#{n}", text=text, encoding=encoding, meta=meta)


def _folder_metadata(corpus: Path) -> tuple[dict[str, dict], list[dict]]:
    """Metadata from every metadata.jsonl / metadata.csv in the tree: {id: meta}, bad-row records."""
    meta: dict[str, dict] = {}
    bad: list[dict] = []
    for name in META_FILES:
        for path in sorted(corpus.rglob(name)):
            rel = path.relative_to(corpus).as_posix()
            try:
                rows = list(_table_rows(path))
            except (DecodeError, OSError, csv.Error) as exc:
                bad.append(_record(None, rel, reason="invalid_record", detail=f"metadata unreadable: {exc}"))
                continue
            for n, row, error, _ in rows:
                if error or not _clean_value(row.get("id")):
                    bad.append(_record(None, f"{rel}#{n}", reason="invalid_record",
                                       detail=error or f"row {n}: metadata without id"))
                    continue
                meta.setdefault(_clean_value(row["id"]), {k: _clean_value(row.get(k)) for k in META_KEYS})
    return meta, bad


def _walk(directory: str, root: Path, follow: bool, seen: set) -> Iterator[tuple[os.DirEntry, str | None]]:
    """Yield (entry, problem) for every file under ``directory``; problem is a quarantine reason.
    Works on ``os.DirEntry`` objects and strings: a corpus of 100k files is listed without a
    ``stat`` per file (the directory listing already says what is a file)."""
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue  # hidden files (.DS_Store, .git) are not corpus inputs
        if entry.is_symlink():
            try:
                target = Path(entry.path).resolve(strict=True)
            except (OSError, RuntimeError):
                yield entry, "broken_symlink"
                continue
            inside = target == root or root in target.parents
            if not inside and not follow:
                yield entry, "symlink_outside_corpus"
                continue
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError:
            continue
        if is_dir:
            real = Path(entry.path).resolve()
            if real in seen:
                continue
            seen.add(real)
            yield from _walk(entry.path, root, follow, seen)
        elif is_file:
            yield entry, None


def _split_name(name: str) -> tuple[str, str]:
    """(stem, suffix) as ``pathlib`` defines them ("a.tar.gz" -> ("a.tar", ".gz"), "a." -> ("a.", ""))."""
    k = name.rfind(".")
    if 0 < k < len(name) - 1:
        return name[:k], name[k:]
    return name, ""


def iter_inputs(corpus: Path, follow_symlinks: bool = False) -> Iterator[dict]:
    """Yield one raw record per input (file, table row, or bad input to quarantine)."""
    corpus = Path(corpus)
    if corpus.is_file():
        ext = corpus.suffix.lower()
        if ext in TABLE_EXTS:
            yield from _dedupe_ids(_iter_table(corpus, corpus.name))
        elif ext in TEXT_EXTS:
            yield _record(corpus.stem, corpus.name, abs_path=str(corpus), ext=ext)
        else:
            yield _record(corpus.stem, corpus.name, reason="unsupported_format", detail=f"extension {ext or '(none)'}")
        return
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus not found: {corpus}")
    yield from _dedupe_ids(_iter_folder(corpus, follow_symlinks))


def _iter_folder(corpus: Path, follow: bool) -> Iterator[dict]:
    root = corpus.resolve()
    meta, bad = _folder_metadata(corpus)
    yield from bad
    prefix = os.path.join(str(corpus), "")
    for entry, problem in _walk(str(corpus), root, follow, {root}):
        path = entry.path
        rel = path[len(prefix):] if path.startswith(prefix) else os.path.relpath(path, str(corpus))
        rel = rel.replace(os.sep, "/")
        stem, suffix = _split_name(entry.name)
        ext = suffix.lower()
        if problem == "symlink_outside_corpus":
            yield _record(stem, rel, reason=problem, detail=f"-> {os.path.realpath(path)}")
        elif problem:
            yield _record(stem, rel, reason="error", detail=f"{problem}: -> {os.readlink(path)}")
        elif entry.name in META_FILES:
            continue
        elif ext in TEXT_EXTS:
            yield _record(stem, rel, abs_path=path, ext=ext, meta=meta.get(stem, {}))
        else:
            yield _record(stem, rel, reason="unsupported_format", detail=f"extension {ext or '(none)'}")


def _dedupe_ids(records: Iterator[dict]) -> Iterator[dict]:
    """Quarantine later inputs that reuse an article_id (``duplicate_id``)."""
    seen: dict[str, str] = {}
    for rec in records:
        aid = rec["article_id"]
        if aid is not None and rec["reason"] is None:
            if aid in seen:
                rec = dict(rec, reason="duplicate_id", detail=f"id already used by {seen[aid]}")
            else:
                seen[aid] = rec["path"]
        yield rec
