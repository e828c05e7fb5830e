"""Per-input processing and whole-corpus ingestion (articles + quarantine tables)."""

from __future__ import annotations

import hashlib
import io
import os
import time
from collections import Counter
from pathlib import Path

import pandas as pd

from .. import schema as sch
from ..io import atomic_path, write_table
from . import dates, dedup, lang
from .clean import (
    DecodeError,
    HtmlTooDeep,
    clean_text,
    decode_bytes,
    html_document,
    markdown_to_text,
    normalise,
)
from .loaders import iter_inputs, safe_str

MIN_CHARS = 80
# Size limits (quarantine reason ``too_large``): files above MAX_FILE_BYTES are not read at all,
# and inputs whose cleaned body exceeds MAX_TEXT_CHARS (~200 times a long news article) are not
# articles (dumps, logs, a whole site in one line) and would stall the coder.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000
# raw text (a table row, a decoded file) this long is not even cleaned (a 50 MB file of repeated
# paragraphs still is: its duplicate lines go)
MAX_RAW_CHARS = 128 * MAX_TEXT_CHARS
HTML_EXTS = {".html", ".htm"}
# HTML is parsed at ~0.2 MB/s (BeautifulSoup): pages above this size are not parsed (a minute)
MAX_HTML_CHARS = 10_000_000
# .docx / .pdf: uncompressed document XML and pages read at most; seconds spent on one document
MAX_DOCX_XML_BYTES = 128 * 1024 * 1024
MAX_PDF_PAGES = 2000
MAX_DOC_SECONDS = 60.0


class InputProblem(ValueError):
    """An input that cannot become an article: quarantined with ``reason`` and ``detail``."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def docx_to_text(raw: bytes) -> tuple[str, str | None]:
    """(text, title) of a Word .docx file with python-docx: paragraphs, then table cells, one per
    line; the title from the document properties."""
    import zipfile

    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            size = sum(i.file_size for i in z.infolist() if i.filename.startswith("word/"))
    except zipfile.BadZipFile as exc:
        raise InputProblem("unreadable_document", f"not a .docx (zip) file: {exc}") from None
    if size > MAX_DOCX_XML_BYTES:
        raise InputProblem("too_large", f".docx holds {size} bytes of XML > {MAX_DOCX_XML_BYTES}")
    try:
        doc = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # noqa: BLE001 - python-docx raises several kinds for broken packages
        raise InputProblem("unreadable_document", f".docx: {type(exc).__name__}: {exc}"[:300]) from None
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            lines.append(" | ".join(dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip())))
    title = (doc.core_properties.title or "").strip() or None
    return "\n".join(lines), title


def pdf_to_text(raw: bytes) -> tuple[str, str | None]:
    """(text, title) of a PDF's text layer with pypdf (no OCR: a scanned PDF has no text)."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    t0 = time.monotonic()
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001
                raise InputProblem("encrypted", "password-protected PDF") from None
        n = len(reader.pages)
        if n > MAX_PDF_PAGES:
            raise InputProblem("too_large", f"{n} pages > {MAX_PDF_PAGES}")
        pages = []
        for k, page in enumerate(reader.pages):
            pages.append(page.extract_text() or "")
            if time.monotonic() - t0 > MAX_DOC_SECONDS:
                raise InputProblem("timeout", f"text extraction stopped after {MAX_DOC_SECONDS:.0f} s "
                                   f"at page {k + 1} of {n}")
        title = None
        try:
            title = ((reader.metadata or {}).get("/Title") or "").strip() or None
        except Exception:  # noqa: BLE001 - broken metadata is no reason to lose the text
            pass
    except InputProblem:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        raise InputProblem("unreadable_document", f"PDF: {type(exc).__name__}: {exc}"[:300]) from None
    return "\n".join(pages), (str(title) if title else None)


def _quarantine(rec: dict, reason: str, detail: str | None, sha: str | None = None, raw_bytes: int | None = None):
    return "quarantine", {"article_id": safe_str(rec.get("article_id")), "path": safe_str(rec["path"]),
                          "sha256": sha, "reason": reason, "detail": safe_str(detail), "raw_bytes": raw_bytes}


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def _process(rec: dict):
    if rec.get("reason"):
        return _quarantine(rec, rec["reason"], rec.get("detail"))
    if rec.get("abs_path") is not None:
        size = os.stat(rec["abs_path"]).st_size
        if size > MAX_FILE_BYTES:
            return _quarantine(rec, "too_large", f"{size} bytes > {MAX_FILE_BYTES}", None, size)
        with open(rec["abs_path"], "rb") as f:
            raw = f.read()
        sha = hashlib.sha256(raw).hexdigest()
        n_bytes = len(raw)
        if not raw.strip():
            return _quarantine(rec, "empty", "no bytes" if not raw else "whitespace only", sha, n_bytes)
        html_title = html_published = None
        if rec.get("ext") in (".docx", ".pdf"):
            try:
                decoded, html_title = (docx_to_text if rec["ext"] == ".docx" else pdf_to_text)(raw)
            except InputProblem as exc:
                return _quarantine(rec, exc.reason, exc.detail, sha, n_bytes)
            encoding = rec["ext"][1:]
            if not decoded.strip():
                return _quarantine(rec, "empty", "no text in the document" + (
                    " (no text layer: a scanned PDF needs OCR, which is not done)" if rec["ext"] == ".pdf" else ""),
                    sha, n_bytes)
        else:
            try:
                decoded, encoding = decode_bytes(raw)
            except DecodeError as exc:
                return _quarantine(rec, exc.reason, exc.detail, sha, n_bytes)
    else:
        html_title = html_published = None
        decoded, encoding = rec["text"], rec.get("encoding") or "utf-8"
        data = decoded.encode("utf-8", errors="surrogatepass")
        sha, n_bytes = hashlib.sha256(data).hexdigest(), len(data)
    raw_chars = len(decoded)
    if raw_chars > MAX_RAW_CHARS:
        return _quarantine(rec, "too_large", f"{raw_chars} chars before cleaning > {MAX_RAW_CHARS}", sha, n_bytes)
    text = normalise(decoded)
    if not text.strip():
        return _quarantine(rec, "empty", "whitespace only after decoding", sha, n_bytes)
    if rec.get("ext") in HTML_EXTS or (rec.get("abs_path") is None and _looks_like_html(text)):
        if len(text) > MAX_HTML_CHARS:
            return _quarantine(rec, "too_large", f"{len(text)} chars of HTML > {MAX_HTML_CHARS}", sha, n_bytes)
        try:
            text, html_title, html_published = html_document(text)
        except HtmlTooDeep as exc:
            return _quarantine(rec, "too_deep", str(exc), sha, n_bytes)
        if not text.strip():
            return _quarantine(rec, "empty", "no text in HTML", sha, n_bytes)
    elif rec.get("ext") == ".md":
        text = markdown_to_text(text)
    cleaned = clean_text(text, date_line=dates.is_dateline)
    body = cleaned.text
    if len(body) < MIN_CHARS:
        return _quarantine(rec, "too_short", f"{len(body)} chars after cleaning", sha, n_bytes)
    if len(body) > MAX_TEXT_CHARS:
        return _quarantine(rec, "too_large", f"{len(body)} chars after cleaning > {MAX_TEXT_CHARS}", sha, n_bytes)
    meta = rec.get("meta") or {}
    code = lang.normalise_code(meta.get("lang"))
    if code is not None:
        confidence = 1.0
    else:
        code, confidence = lang.detect(((cleaned.title or "") + "\n" + body).strip())
    if code not in lang.SUPPORTED:
        return _quarantine(rec, "unsupported_language", f"detected {code} ({confidence:.2f})", sha, n_bytes)
    when = dates.article_date(meta.get("published") or html_published, cleaned.header_lines, body, code, meta.get("url"),
                              raw_lines=text.split("\n", 12)[:12])
    return "article", {
        "article_id": rec["article_id"],
        "path": rec["path"],
        "sha256": sha,
        "encoding": encoding,
        "title": meta.get("title") or html_title or cleaned.title,
        "text": body,
        "raw_chars": raw_chars,
        "clean_chars": len(body),
        "boilerplate_share": (1 - len(body) / raw_chars) if raw_chars else 0.0,
        "lang": code,
        "lang_confidence": float(confidence),
        "published": when.value,
        "published_precision": when.precision,
        "published_source": when.source,
        "published_confidence": float(when.confidence),
        "date_flag": when.flag,
        "url": meta.get("url"),
        "source": meta.get("source"),
        "cluster_id": rec["article_id"],
        "duplicate_of": None,
        # near-duplicate signature, computed here so that it runs wherever process_input runs
        # (Dask workers too); collect() takes it out before building the articles table
        SIGNATURE: dedup.signature(body),
    }


def process_input(record: dict):
    """Turn one raw record into ("article", row) or ("quarantine", row). Never raises."""
    try:
        return _process(record)
    except Exception as exc:  # noqa: BLE001 - one bad input must not stop the corpus
        return _quarantine(record, "error", f"{type(exc).__name__}: {exc}"[:500])


SIGNATURE = "_minhash"


def assign_clusters(articles: pd.DataFrame, signatures: dict | None = None) -> pd.DataFrame:
    """Fill cluster_id / duplicate_of with MinHash-LSH near-duplicate clusters (``signatures``:
    article_id -> MinHash values already computed by process_input; computed here otherwise)."""
    articles = articles.copy()
    if articles.empty:
        return articles
    ids = articles["article_id"].tolist()
    clusters = dedup.cluster(ids, articles["text"].tolist(), signatures=signatures)
    articles["cluster_id"] = pd.Series([clusters[i] for i in ids], index=articles.index, dtype=object)
    articles["duplicate_of"] = pd.Series([None if clusters[i] == i else clusters[i] for i in ids],
                                         index=articles.index, dtype=object)
    return articles


def _frame(rows: list[dict], schema) -> pd.DataFrame:
    if not rows:
        return sch.empty(schema)
    df = pd.DataFrame(rows, columns=schema.names)
    for f in schema:
        if str(f.type) == "int64" and not f.nullable:
            df[f.name] = df[f.name].astype("int64")
        elif str(f.type) == "int64":
            df[f.name] = df[f.name].astype("Int64")
        elif str(f.type) == "double":
            df[f.name] = df[f.name].astype("float64")
        else:
            df[f.name] = df[f.name].astype(object).where(df[f.name].notna(), None)
    return df


def collect(results) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Build the (articles, quarantine) tables from process_input results, clustered and sorted."""
    articles, quar, sigs = split_results(results)
    articles = assign_clusters(articles, sigs).sort_values("article_id", kind="stable").reset_index(drop=True)
    return articles, quarantine_frame(quar)


def quarantine_frame(rows: list[dict]) -> pd.DataFrame:
    """The quarantine table from its rows, sorted by (article_id, path)."""
    quarantine = _frame(rows, sch.QUARANTINE)
    if not quarantine.empty:
        order = sorted(range(len(quarantine)), key=lambda i: (quarantine["article_id"].iat[i] or "",
                                                                 quarantine["path"].iat[i]))
        quarantine = quarantine.iloc[order].reset_index(drop=True)
    return quarantine


def split_results(results) -> tuple[pd.DataFrame, list[dict], dict]:
    """(articles sorted by id, quarantine rows, article_id -> MinHash signature) of process_input
    results: what one worker returns for one batch of inputs."""
    arts, quar = [], []
    sigs: dict = {}
    for kind, row in results:
        if kind == "article":
            sig = row.pop(SIGNATURE, None)
            if sig is not None:
                sigs[row["article_id"]] = sig
            arts.append(row)
        else:
            quar.append(row)
    articles = _frame(arts, sch.ARTICLES).sort_values("article_id", kind="stable").reset_index(drop=True)
    return articles, quar, sigs


def batch_table(articles: pd.DataFrame, sigs: dict):
    """The articles of one batch (from ``split_results``) as a pyarrow Table in the ARTICLES
    contract, with their MinHash signatures in one more column (a fixed-size list of uint32).
    Workers send it back as an Arrow IPC file (``write_batch``), not as pickled Python objects."""
    import numpy as np
    import pyarrow as pa

    table = sch.validate(articles, sch.ARTICLES, "articles")
    if len(articles):
        values = np.concatenate([np.asarray(sigs[a], dtype=np.uint32) for a in articles["article_id"]])
    else:
        values = np.zeros(0, dtype=np.uint32)
    return table.append_column(SIGNATURE, pa.FixedSizeListArray.from_arrays(pa.array(values, pa.uint32()),
                                                                            dedup.NUM_PERM))


def write_batch(table, path: Path) -> None:
    """Write a ``batch_table`` atomically to one Arrow IPC file (a scratch file read once by the
    coordinating process: no encoding or compression to pay for, unlike Parquet)."""
    import pyarrow as pa

    with atomic_path(path) as tmp, pa.OSFile(str(tmp), "wb") as sink, pa.ipc.new_file(sink, table.schema) as w:
        w.write_table(table)


def read_batch(path: Path):
    """The ``batch_table`` written to ``path``."""
    import pyarrow as pa

    with pa.OSFile(str(path), "rb") as source:
        return pa.ipc.open_file(source).read_all()


def assemble(tables: list):
    """(articles Table, their signatures as an (n, NUM_PERM) uint32 matrix in the same row order)
    from batch tables, in batch order: the whole corpus stays in Arrow memory (compact UTF-8
    texts, no Python objects). ``finish_articles`` sorts and clusters it."""
    import numpy as np
    import pyarrow as pa

    tables = [t for t in tables if t.num_rows]
    if not tables:
        return sch.ARTICLES.empty_table(), np.zeros((0, dedup.NUM_PERM), dtype=np.uint32)
    table = pa.concat_tables(tables)
    sig = table.column(SIGNATURE).combine_chunks().flatten().to_numpy(zero_copy_only=False)
    return table.drop_columns([SIGNATURE]), sig.reshape(-1, dedup.NUM_PERM)


def finish_articles(table, signatures, drop_ids=()):
    """The articles table as written: sorted by article_id, cluster_id / duplicate_of filled in
    from the near-duplicate clusters of all the articles, then the rows of ``drop_ids`` removed."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    order = pc.sort_indices(table, [("article_id", "ascending")]).to_numpy()
    if not np.array_equal(order, np.arange(len(order))):  # batches of a folder usually are in order
        table = table.take(order)
        signatures = signatures[order]
    ids = table.column("article_id").combine_chunks()
    rep = pa.array(dedup.representatives(signatures))
    cluster = ids.take(rep)
    own = pc.equal(rep, pa.array(np.arange(len(rep), dtype=np.int64)))
    for name, values in (("cluster_id", cluster), ("duplicate_of", pc.if_else(own, pa.scalar(None, pa.string()),
                                                                                  cluster))):
        k = table.column_names.index(name)
        table = table.set_column(k, table.schema.field(k), values.cast(table.schema.field(k).type))
    if len(drop_ids):
        table = table.filter(pc.invert(pc.is_in(table.column("article_id"), value_set=pa.array(sorted(drop_ids)))))
    return table


def ingest(corpus: Path, follow_symlinks: bool = False, columns: dict | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read a corpus folder / .jsonl / .csv / .tsv into (articles, quarantine) DataFrames
    (``columns``: {field: column name} for table inputs, see ``loaders.resolve_columns``)."""
    return collect(process_input(r) for r in iter_inputs(Path(corpus), follow_symlinks=follow_symlinks,
                                                         columns=columns))


def quarantine_examples(quarantine: pd.DataFrame) -> dict[str, str]:
    """One example per quarantine reason: "<path or article id>: <detail>" of its first row."""
    out: dict[str, str] = {}
    if not len(quarantine):
        return out
    for reason, path, aid, detail in zip(quarantine["reason"], quarantine["path"], quarantine["article_id"],
                                         quarantine["detail"]):
        if reason not in out:
            where = path or aid or "?"
            out[str(reason)] = f"{where}: {detail}" if detail else str(where)
    return dict(sorted(out.items()))


def summarize(articles: pd.DataFrame, quarantine: pd.DataFrame) -> dict:
    reasons = Counter(quarantine["reason"]) if len(quarantine) else Counter()
    return {"read": len(articles) + len(quarantine), "kept": len(articles), "quarantined": len(quarantine),
            "quarantine_reasons": dict(sorted(reasons.items())), "quarantine_examples": quarantine_examples(quarantine)}


def ingest_to_dir(corpus: Path, out: Path, follow_symlinks: bool = False, columns: dict | None = None) -> dict:
    """Ingest ``corpus`` and write ``out/articles.parquet`` and ``out/quarantine.parquet`` (holding
    ``out``'s lock, see ``io.output_lock``)."""
    from ..io import output_lock

    corpus, out = Path(corpus), Path(out)
    if not corpus.exists():
        raise FileNotFoundError(f"corpus not found: {corpus}")
    with output_lock(out, "newsevents ingest"):
        try:
            articles, quarantine = ingest(corpus, follow_symlinks=follow_symlinks, columns=columns)
            write_table(articles, out / "articles.parquet", sch.ARTICLES, "articles")
            write_table(quarantine, out / "quarantine.parquet", sch.QUARANTINE, "quarantine")
        except BaseException:
            (out / "articles.parquet").unlink(missing_ok=True)  # no stale Make target after a failure
            raise
    return summarize(articles, quarantine)
