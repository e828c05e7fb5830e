"""Walk a corpus and yield raw input records (plain dicts, picklable for parallel stages).

A record has: ``article_id``, ``path`` (relative to the corpus root, "+#n" for table rows),
``abs_path`` (file to read, or None), ``text`` (row text for table inputs, else None),
``encoding`` (of the table file), ``ext``, ``meta`` (published/url/title/source/lang) and, when the
input is already known to be bad, ``reason``/``detail`` (quarantined by ``process_input``).
"""

from __future__ import annotations

import csv
import json
import os
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from .clean import DecodeError, decode_bytes

TEXT_EXTS = {".txt", ".md", ".html", ".htm"}
TABLE_EXTS = {".jsonl", ".csv", ".tsv", ".tab"}
DOC_EXTS = {".docx", ".pdf"}
META_FILES = ("metadata.jsonl", "metadata.csv")
# an index.jsonl / index.csv beside the texts is their metadata when it has an id column and no text
# column (the layout of evaluation sets); with a text column it is a table of articles like any other
INDEX_FILES = ("index.jsonl", "index.csv")
META_KEYS = ("published", "url", "title", "source", "lang")
OUTPUT_MARK = ".newsevents.lock"  # io.LOCK_NAME: a folder holding it is a run's output, not corpus


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


# --------------------------------------------------------------------------- table columns

# Column names recognised (case-insensitive, spaces/dashes as underscores) for each field, in
# order of preference; ``--text-column`` etc. (``columns``) override them.
COLUMN_NAMES = {
    "text": ("text", "body", "content", "article", "article_text", "full_text", "fulltext", "maintext",
             "main_text", "story", "body_text"),
    "published": ("published", "date", "pubdate", "pub_date", "publication_date", "published_at",
                  "publish_date", "date_published", "datetime", "timestamp", "created_at", "time"),
    "title": ("title", "headline", "heading"),
    "id": ("id", "doc_id", "docid", "document_id", "article_id", "uid", "guid", "identifier", "key"),
    "lang": ("lang", "language", "lng", "language_code"),
    "url": ("url", "link", "uri", "href"),
    "source": ("source", "outlet", "publisher", "site", "media", "newspaper"),
}
OPTION = {"text": "--text-column", "published": "--date-column", "title": "--title-column",
          "id": "--id-column", "lang": "--lang-column"}
# environment variables read by the CLI for the same choices (e.g. passed by the Makefile)
COLUMN_ENV = {"text": "NEWSEVENTS_TEXT_COLUMN", "published": "NEWSEVENTS_DATE_COLUMN",
              "title": "NEWSEVENTS_TITLE_COLUMN", "id": "NEWSEVENTS_ID_COLUMN", "lang": "NEWSEVENTS_LANG_COLUMN"}


def _norm_name(name) -> str:
    return re.sub(r"[\s\-.]+", "_", str(name).strip().lower())


class ColumnError(ValueError):
    """A table has no column for a required field, or a chosen column is missing."""


def resolve_columns(found, columns: dict | None = None, need_text: bool = True) -> dict[str, str]:
    """Map each field (text, published, title, id, lang, url, source) to a column of ``found``.

    ``columns`` holds the user's choices ({field: column name}); a chosen column must exist. The
    other fields are recognised from COLUMN_NAMES. Raises :class:`ColumnError` with what was
    expected and what was found."""
    found = [str(c) for c in found if c is not None]
    exact = {c: c for c in found}
    loose: dict[str, str] = {}
    for c in found:
        loose.setdefault(_norm_name(c), c)
    listed = ", ".join(repr(c) if c != c.strip() or not c else c for c in found) or "(none)"
    out: dict[str, str] = {}
    for field, names in COLUMN_NAMES.items():
        chosen = (columns or {}).get(field)
        if chosen:
            col = exact.get(chosen) or loose.get(_norm_name(chosen))
            if col is None:
                raise ColumnError(f"{OPTION.get(field, field)} {chosen!r}: no such column; found columns: {listed}")
            out[field] = col
            continue
        col = next((loose[n] for n in names if n in loose), None)
        if col is not None and col not in out.values():
            out[field] = col
    if need_text and "text" not in out:
        raise ColumnError(f"no text column: expected one of {', '.join(COLUMN_NAMES['text'])} or --text-column; "
                          f"found columns: {listed}")
    return out


# --------------------------------------------------------------------------- CSV / TSV / JSONL

DELIMITERS = (",", ";", "\t", "|")
# a field may hold a whole article; texts too long to code are quarantined per row (too_large)
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def sniff_delimiter(header: str, suffix: str = "") -> str:
    """The delimiter of a CSV/TSV file from its header line: the candidate (``, ; tab |``) that
    occurs most often outside quotes; a tab for .tsv/.tab files that have one; a comma if none."""
    outside = re.sub(r'"[^"]*"', "", header)
    counts = {d: outside.count(d) for d in DELIMITERS}
    if suffix in (".tsv", ".tab") and counts["\t"]:
        return "\t"
    best = max(DELIMITERS, key=lambda d: (counts[d], -DELIMITERS.index(d)))
    return best if counts[best] else ","


def _csv_records(text: str, delimiter: str) -> Iterator[tuple[int, list | None, str | None]]:
    """Yield (first physical line, fields or None, problem) for every record of a CSV text.

    Parsed with the ``csv`` module in strict mode. A record that cannot be parsed (a stray or
    unclosed quote) or whose field count differs from the header's is reported alone with its
    line number, and parsing starts again on the line after it: one bad row never swallows the
    rows that follow it."""
    lines = text.splitlines(keepends=True)
    n_lines = len(lines)
    width = None
    i = 0
    while i < n_lines:
        pos = [i]

        def feed(start=i, pos=pos):
            for k in range(start, n_lines):
                pos[0] = k + 1
                yield lines[k]

        reader = csv.reader(feed(), delimiter=delimiter, strict=True)
        while i < n_lines:
            start = i
            try:
                fields = next(reader)
            except StopIteration:
                i = n_lines
                break
            except csv.Error as exc:
                yield start + 1, None, f"line {start + 1}: unparseable row ({exc})"
                i = start + 1
                break  # a new reader from the next line
            i = pos[0]
            if not fields or (len(fields) == 1 and not fields[0].strip() and i - start == 1):
                continue  # blank line
            if width is None:
                width = len(fields)
                yield start + 1, fields, None
                continue
            if len(fields) != width:
                problem = f"line {start + 1}: {len(fields)} fields, the header has {width}"
                if i - start > 1:
                    problem += f" (a quoted field runs over lines {start + 1}-{i}: stray quote?)"
                    yield start + 1, None, problem
                    i = start + 1
                    break
                yield start + 1, None, problem
                continue
            yield start + 1, fields, None


def _table_rows(path: Path) -> Iterator[tuple[int, dict | None, str | None, str]]:
    """Yield (row_number, row dict or None, error, encoding) for a .jsonl or .csv/.tsv file.

    CSV rows come with their physical line number in the error; the header of a CSV file is
    yielded first as (0, {"__header__": [...]}, None, encoding)."""
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
        return
    text = text.lstrip("\ufeff")
    first = text.split("\n", 1)[0]
    m = re.fullmatch(r'"?sep=(.)"?', first.strip())
    if m:  # Excel's "sep=;" line names the delimiter
        delimiter, text = m.group(1), text.split("\n", 1)[1] if "\n" in text else ""
    else:
        delimiter = sniff_delimiter(first, path.suffix.lower())
    header = None
    n = 0
    for _line, fields, problem in _csv_records(text, delimiter):
        if header is None and fields is not None:
            header = [f.strip() for f in fields]
            yield 0, {"__header__": header}, None, encoding
            continue
        n += 1
        if fields is None:
            yield n, None, problem, encoding
        else:
            yield n, dict(zip(header, fields)), None, encoding


def _row_columns(row, columns: dict | None, need_text: bool, resolved: dict) -> dict[str, str]:
    """``resolve_columns(list(row), columns, need_text)`` of a JSON row, once per distinct key list (``resolved``,
    one per file: the rows of a file repeat their keys). The mapping returned is shared: not to be changed."""
    if not isinstance(row, dict):
        return resolve_columns(list(row), columns, need_text=need_text)
    keys = tuple(row)
    got = resolved.get(keys)
    if got is None:
        got = resolved[keys] = resolve_columns(list(keys), columns, need_text=need_text)
    return got


def _row_values(row: dict, cols: dict[str, str]) -> dict:
    return {k: _clean_value(row.get(cols[k])) if k in cols else None for k in META_KEYS + ("id",)}


def _iter_table(path: Path, rel_name: str, columns: dict | None = None) -> Iterator[dict]:
    stem = path.stem
    try:
        rows = _table_rows(path)
        cols = None
        resolved: dict = {}
        for n, row, error, encoding in rows:
            if n == 0:  # CSV header
                try:
                    cols = resolve_columns(row["__header__"], columns)
                except ColumnError as exc:
                    yield _record(stem, rel_name, reason="no_text_column", detail=str(exc))
                    return
                continue
            rid = f"{stem}-{n}"
            if error:
                yield _record(rid, f"{rel_name}#{n}", reason="invalid_record", detail=error)
                continue
            try:
                rcols = cols if cols is not None else _row_columns(row, columns, True, resolved)
            except ColumnError as exc:
                yield _record(rid, f"{rel_name}#{n}", reason="invalid_record", detail=f"line {n}: {exc}")
                continue
            values = _row_values(row, rcols)
            aid = values.pop("id") or rid
            text = row.get(rcols["text"])
            if text is not None and not isinstance(text, str):
                text = str(text) if not isinstance(text, (dict, list)) else None
            if text is None:
                yield _record(aid, f"{rel_name}#{n}", reason="invalid_record",
                              detail=f"row {n}: no text in column {rcols['text']!r}")
                continue
            yield _record(aid, f"{rel_name}#{n}", text=text, encoding=encoding, meta=values)
    except DecodeError as exc:
        yield _record(stem, rel_name, reason=exc.reason, detail=exc.detail)
    except (OSError, csv.Error) as exc:
        yield _record(stem, rel_name, reason="error", detail=f"{type(exc).__name__}: {exc}")


def is_index_metadata(path: Path, columns: dict | None = None) -> bool:
    """Whether ``path`` (an index.jsonl / index.csv) holds metadata of the folder's texts: its first
    readable row has an id column and no text column."""
    if path.name not in INDEX_FILES:
        return False
    columns = {k: v for k, v in (columns or {}).items() if k != "text" and v}
    try:
        for n, row, error, _ in _table_rows(path):
            if error or row is None:
                continue
            found = resolve_columns(row["__header__"] if n == 0 else list(row), columns, need_text=False)
            return "id" in found and "text" not in found
    except (DecodeError, OSError, csv.Error, ColumnError):
        return False
    return False


def _folder_metadata(corpus: Path, columns: dict | None = None) -> tuple[dict[str, dict], list[dict]]:
    """Metadata from every metadata.jsonl / metadata.csv in the tree: {id: meta}, bad-row records.
    Columns are recognised as in table inputs (``columns`` without the text choice applies too)."""
    columns = {k: v for k, v in (columns or {}).items() if k != "text" and v}
    meta: dict[str, dict] = {}
    bad: list[dict] = []
    for name in META_FILES + INDEX_FILES:
        for path in sorted(corpus.rglob(name)):
            if name in INDEX_FILES and not is_index_metadata(path, columns):
                continue
            rel = path.relative_to(corpus).as_posix()
            try:
                rows = list(_table_rows(path))
            except (DecodeError, OSError, csv.Error) as exc:
                bad.append(_record(None, rel, reason="invalid_record", detail=f"metadata unreadable: {exc}"))
                continue
            cols = None
            resolved: dict = {}
            for n, row, error, _ in rows:
                try:
                    if n == 0:
                        cols = resolve_columns(row["__header__"], columns, need_text=False)
                        continue
                    rcols = cols if cols is not None else (_row_columns(row, columns, False, resolved)
                                                           if row else {})
                except ColumnError as exc:
                    bad.append(_record(None, f"{rel}#{n}" if n else rel, reason="invalid_record",
                                       detail=f"metadata: {exc}"))
                    if n == 0:
                        break
                    continue
                values = _row_values(row, rcols) if row else {}
                if error or not values.get("id"):
                    bad.append(_record(None, f"{rel}#{n}", reason="invalid_record",
                                       detail=error or f"row {n}: metadata without id"))
                    continue
                aid = values.pop("id")
                meta.setdefault(aid, values)
    return meta, bad


def _walk(directory: str, root: Path, follow: bool, seen: set) -> Iterator[tuple[os.DirEntry, str | None]]:
    """Yield (entry, problem) for every file under ``directory``; problem is a quarantine reason
    (hidden_file, hidden_folder, special_file, broken_symlink, symlink_outside_corpus, unreadable_folder).
    Works on ``os.DirEntry`` objects and strings: a corpus of 100k files is listed without a
    ``stat`` per file (the directory listing already says what is a file)."""
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
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
            yield entry, "special_file"
            continue
        if entry.name.startswith("."):
            # hidden entries (.DS_Store, .git, editor swap files) are not read, but reported
            if is_dir:
                real = Path(entry.path).resolve()
                if real not in seen:  # a symlink back to a folder already listed is no input
                    yield entry, "hidden_folder"
            else:
                yield entry, "hidden_file"
            continue
        if is_dir:
            real = Path(entry.path).resolve()
            if real in seen:
                continue
            seen.add(real)
            if os.path.exists(os.path.join(entry.path, OUTPUT_MARK)):
                continue  # the output folder of the run in progress (--out inside the corpus)
            try:
                os.scandir(entry.path).close()
            except OSError as exc:
                yield entry, f"unreadable_folder:{exc.strerror or exc}"
                continue
            yield from _walk(entry.path, root, follow, seen)
        elif is_file:
            yield entry, None
        else:  # FIFO, socket, device: reading could block or never end
            yield entry, "special_file"


def _split_name(name: str) -> tuple[str, str]:
    """(stem, suffix) as ``pathlib`` defines them ("a.tar.gz" -> ("a.tar", ".gz"), "a." -> ("a.", ""))."""
    k = name.rfind(".")
    if 0 < k < len(name) - 1:
        return name[:k], name[k:]
    return name, ""


def _kind(path: str) -> str:
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return "unknown"
    for test, name in ((stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISBLK, "block device")):
        if test(mode):
            return name
    return "not a regular file"


def iter_inputs(corpus: Path, follow_symlinks: bool = False, columns: dict | None = None) -> Iterator[dict]:
    """Yield one raw record per input (file, table row, or bad input to quarantine).

    ``columns``: {field: column name} for table inputs (fields: text, published, title, id, lang)."""
    corpus = Path(corpus)
    if corpus.is_file():
        ext = corpus.suffix.lower()
        if ext in TABLE_EXTS:
            yield from _dedupe_ids(_iter_table(corpus, corpus.name, columns))
        elif ext in TEXT_EXTS or ext in DOC_EXTS:
            yield _record(corpus.stem, corpus.name, abs_path=str(corpus), ext=ext)
        else:
            yield _record(corpus.stem, corpus.name, reason="unsupported_format",
                          detail=f"extension {ext or '(none)'}: {_SUPPORTED}")
        return
    if corpus.exists() and not corpus.is_dir():
        yield _record(corpus.stem, corpus.name, reason="special_file", detail=f"{_kind(str(corpus))}: not read")
        return
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus not found: {corpus}")
    yield from _dedupe_ids(_iter_folder(corpus, follow_symlinks, columns))


_SUPPORTED = "supported: " + ", ".join(sorted(TEXT_EXTS | DOC_EXTS | TABLE_EXTS))


def _iter_folder(corpus: Path, follow: bool, columns: dict | None = None) -> Iterator[dict]:
    root = corpus.resolve()
    meta, bad = _folder_metadata(corpus, columns)
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
        elif problem == "broken_symlink":
            yield _record(stem, rel, reason="error", detail=f"{problem}: -> {os.readlink(path)}")
        elif problem == "hidden_file":
            yield _record(stem, rel, reason=problem, detail="hidden file (name starts with '.'): not read")
        elif problem == "hidden_folder":
            yield _record(stem, rel + "/", reason=problem, detail="hidden folder (name starts with '.'): not read")
        elif problem == "special_file":
            yield _record(stem, rel, reason=problem, detail=f"{_kind(path)}: not read")
        elif problem and problem.startswith("unreadable_folder:"):
            yield _record(stem, rel + "/", reason="unreadable_folder", detail=problem.split(":", 1)[1])
        elif entry.name in META_FILES or (entry.name in INDEX_FILES and is_index_metadata(Path(path), columns)):
            continue
        elif ext in TEXT_EXTS or ext in DOC_EXTS:
            yield _record(stem, rel, abs_path=path, ext=ext, meta=meta.get(stem, {}))
        elif ext in TABLE_EXTS:  # a table inside a folder: its rows are inputs
            yield from _iter_table(Path(path), rel, columns)
        else:
            yield _record(stem, rel, reason="unsupported_format", detail=f"extension {ext or '(none)'}: {_SUPPORTED}")


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
