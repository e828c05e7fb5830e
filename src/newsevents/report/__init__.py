"""Build ``reports/<corpus>/report.pdf`` (Typst) and its ``MANIFEST.json`` from what the notebooks wrote.

Every number in the text is read from a notebook's ``results.json``; nothing is typed by hand. Tables
longer than ``MAX_TABLE_ROWS`` are shortened in the PDF (the caption says so and points to the CSV).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import subprocess
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from .. import __version__, paths
from ..io import atomic_path, write_text
from .artifacts import dumps

SECTIONS = ["01_corpus", "02_code_events", "03_coder_validation", "04_escalation", "05_mediation",
            "06_simulation_study", "04_escalation_sim", "05_mediation_sim"]
KEY_PACKAGES = ["numpy", "pandas", "pyarrow", "scipy", "statsmodels", "matplotlib", "ruptures", "pymorphy3",
                "simplemma", "razdel", "lingua-language-detector", "dateparser", "charset-normalizer",
                "datasketch", "papermill", "typst", "dask"]
TEMPLATE = Path(__file__).parent / "templates" / "report.typ"
MAX_TABLE_ROWS = 25     # rows of a table printed in the PDF; the CSV beside it has all of them
MAX_CELL_CHARS = 90     # characters of a cell printed in the PDF
SMALL_CORPUS = 30       # fewer articles than this: the report says the corpus cannot support inference


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _git(*args: str) -> str | None:
    try:
        return subprocess.run(["git", *args], cwd=paths.ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _run_date() -> str:
    """The date printed on the report: SOURCE_DATE_EPOCH when set, else the date of the code's commit
    (so that two runs of one commit print the same page), else today (outside a git checkout)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or _git("log", "-1", "--format=%ct")
    when = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return when.strftime("%Y-%m-%d")


def provenance(reports: Path, processed: Path | None = None) -> dict:
    commit = _git("rev-parse", "HEAD") or "unknown"
    status = _git("status", "--porcelain", "--untracked-files=no")
    versions = []
    for name in KEY_PACKAGES:
        try:
            versions.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    inputs = []
    for name in ("articles.parquet", "quarantine.parquet"):
        p = Path(processed) / name if processed is not None else None
        if p is None:
            continue
        if p.is_file():
            import pyarrow.parquet as pq

            t = pq.read_table(p, columns=["path", "sha256"]).to_pandas()
            inputs += [{"path": str(r.path), "sha256": r.sha256 if isinstance(r.sha256, str) else ""}
                       for r in t.itertuples()]
    inputs.sort(key=lambda r: r["path"])
    params = {}
    for sec in SECTIONS:
        art = _read_json(reports / sec / "artifacts.json")
        if art:
            params[sec] = json.dumps(art.get("parameters", {}), sort_keys=True, ensure_ascii=False)
    ev = _read_json(reports / "02_code_events" / "results.json")
    lock = paths.ROOT / "requirements.lock"
    return {
        "version": __version__,
        "git_commit": commit[:12],
        "git_dirty": bool(status) if status is not None else None,
        "lock_sha256": sha256_file(lock) if lock.is_file() else "missing",
        "coder_version": ev.get("coder_version"),
        "dictionary_hash": ev.get("dictionary_hash"),
        "python": platform.python_version(),
        "packages": versions,
        "parameters": params,
        "inputs": inputs,
        "run_date": _run_date(),
    }


def _date_sources(c: dict) -> str:
    """"from the text: 2" / "metadata: 3, dateline: 1": where the dated articles' dates come from."""
    src = c.get("date_sources") or {}
    return ", ".join(f"{k}: {v}" for k, v in src.items()) or "none"


def _pct(x) -> str:
    return "n/a" if x is None else f"{100 * float(x):.1f}%"


def _validation_text(v: dict) -> tuple[str, str]:
    """(sentence for the abstract, paragraph for the validation section); no F1 without gold."""
    if not v:
        return "", "The validation notebook did not run."
    parts = [v.get("summary", ""), v.get("sentence_gold_summary"), v.get("devset_summary")]
    body = " ".join(x for x in parts if x)
    f1 = (v.get("overall") or {}).get("f1")
    gold_ok = v.get("gold_available", v.get("overall") is not None)
    if gold_ok and f1 is not None:
        src = (v.get("gold") or {}).get("gold_path") or "the corpus' gold codes"
        return f"Against gold codes for this corpus ({src}) the coder reaches event-level F1 {_pct(f1)}. ", body
    held = [r for r in v.get("sentence_gold") or [] if r.get("split") == "heldout" and r.get("n_gold")]
    if held:
        n_gold = sum(r["n_gold"] for r in held)
        mean = sum(r["f1"] * r["n_gold"] for r in held) / n_gold
        per_lang = ", ".join(f"{r['lang']} {_pct(r['f1'])}" for r in held)
        return ("No gold codes were given for this corpus; on the project's own sentence-level gold (heldout "
                f"part, {n_gold} events, data/gold/sentences_<lang>.yml) the coder's event-level F1 is "
                f"{per_lang} (mean weighted by events {_pct(mean)}). "), body
    return "No gold codes were given for this corpus, so the coder is not validated on it. ", body


def _demo_text(esc: dict, med: dict) -> dict | None:
    """Abstract sentence and section text of the demonstration on simulated events (None if not run)."""
    if not esc and not med:
        return None
    truth = esc.get("truth") or med.get("truth") or {}
    found = {r["feature"]: r["recovered"] for r in (esc.get("recovery") or []) + (med.get("recovery") or [])}
    cp = next((v for k, v in found.items() if k.startswith("changepoint")), None)
    effect = found.get("effect of mediation on conflict")
    planted = (f"a changepoint on {truth.get('changepoint')}, reciprocity from {truth['dyads'][0]} to "
               f"{truth['dyads'][1]} and a mediation effect of {truth.get('mediation_effect'):+g} on the log "
               f"conflict rate by {truth.get('mediator')}" if truth.get("dyads") else "planted structure")
    abstract = ("A separate, clearly labelled demonstration runs the same escalation and mediation notebooks on a "
                f"simulated event set with {planted}" + (f"; they recover the changepoint at {cp}" if cp else "")
                + (f" and a change of {effect.split(' after')[0]}" if effect and not effect.startswith("not") else "")
                + ".")
    text = ("This section is not about the corpus. It runs notebooks 04 and 05, unchanged, on a simulated event "
            f"set (make sim-events, seed {truth.get('seed')}) in which {planted} were planted, to show every "
            "analysis working on data that can support it. " + " ".join(x for x in (esc.get("summary"),
                                                                                  med.get("summary")) if x))
    return {"abstract": abstract, "text": text}


LANGUAGE_NAMES = {"ru": "Russian", "bg": "Bulgarian", "en": "English", "uk": "Ukrainian", "tr": "Turkish"}


def _language_names(by_lang: dict | None) -> str:
    """The corpus's languages by name, in code order ("Bulgarian, English, Russian"), or "none"."""
    return ", ".join(LANGUAGE_NAMES.get(k, k) for k in sorted(by_lang or {})) or "none"


def compose(results: dict[str, dict], prov: dict, corpus_name: str | None = None) -> dict:
    """The report's prose, with every number taken from the notebooks' results."""
    c = results.get("01_corpus", {})
    e = results.get("02_code_events", {})
    v = results.get("03_coder_validation", {})
    esc = results.get("04_escalation", {})
    med = results.get("05_mediation", {})
    sim = results.get("06_simulation_study", {})
    demo = _demo_text(results.get("04_escalation_sim", {}), results.get("05_mediation_sim", {}))
    val_abstract, val_text = _validation_text(v)
    n_art = int(c.get("n_articles", 0) or 0)
    corpus = f"the corpus {corpus_name!r}" if corpus_name else "the corpus"
    langs = ", ".join(f"{k}: {n}" for k, n in sorted((c.get("by_lang") or {}).items())) or "none"
    reasons = ", ".join(f"{k}: {n}" for k, n in sorted((c.get("quarantine_reasons") or {}).items())) or "none"
    abstract = (
        f"We code {c.get('n_articles', 0)} news articles ({langs}) read from {c.get('n_inputs', 0)} input records "
        f"into {e.get('n_events', 0)} CAMEO events ({e.get('n_mentions', 0)} mentions), coding each article in its "
        f"own language ({_language_names(c.get('by_lang'))}; the coder reads Russian, Bulgarian, English, Ukrainian "
        f"and Turkish) with auditable YAML dictionaries ({corpus}). {val_abstract}"
        f"On the coded corpus: {esc.get('summary', 'the escalation analysis did not run.')} "
        f"{med.get('summary', 'The mediation analysis did not run.')}"
        + (f" {demo['abstract']}" if demo else "")
    )
    text = {
        "data": (
            f"{corpus[0].upper()}{corpus[1:]} holds {c.get('n_inputs', 0)} inputs: {c.get('n_articles', 0)} articles were kept and "
            f"{c.get('n_quarantined', 0)} quarantined (reasons: {reasons}). Languages: {langs}. "
            f"{c.get('n_dated', 0)} articles have a publication date ({_date_sources(c)}; never from sidebars), "
            f"{c.get('n_date_contradicted', 0)} dates given by metadata or a dateline are flagged as contradicting "
            f"the text. Boilerplate "
            f"removal (sidebars, share buttons, teasers, captions) removed {_pct(c.get('boilerplate_share'))} of "
            f"the raw characters. Near-duplicate clustering (MinHash) found {c.get('n_clusters', 0)} distinct stories."
        ),
        "methods": (
            "Raw files are decoded (charset detection), normalised (NFC, control characters removed), stripped of "
            "boilerplate and language-identified (lingua, restricted to the supported languages). The coder splits "
            "sentences, lemmatises (pymorphy3 for Russian and Ukrainian, simplemma for Bulgarian, English and "
            "Turkish), finds actors from YAML dictionaries with date-bounded roles, matches event patterns per "
            "language, assigns source and target from grammatical case (Russian, Ukrainian; Turkish case "
            "suffixes) or word order and prepositions, carries subjects across sentences for pronouns, drops "
            "negated and governed events (\"called on X to release\" is one appeal), turns modal and "
            "future ones into intents, and resolves each event's own date from explicit and relative expressions "
            "against the article date. CAMEO 1.1b3 names, GDELT Goldstein values and the QuadClass convention "
            "01-05 / 06-08 / 09-13 / 14-20 are recorded in the codebook file. Events told by several articles are "
            "merged when they share date, source, target and CAMEO code (one-a-day rule). Statistical models use "
            "statsmodels; their parameters are listed in the provenance appendix."
        ),
        "events": (
            f"The coder produced {e.get('n_mentions', 0)} mentions and {e.get('n_events', 0)} distinct events, "
            f"{e.get('n_mediation_events', 0)} of them mediation events; {e.get('n_dated_events', 0)} events have a "
            f"resolved date."
        ),
        "validation": val_text,
        "escalation": esc.get("summary", "The escalation notebook did not run."),
        "mediation": med.get("summary", "The mediation notebook did not run."),
        "simulation": sim.get("summary", "The simulation study did not run."),
        "demo": demo["text"] if demo else None,
    }
    small = ([f"{corpus[0].upper()}{corpus[1:]} has {n_art} article{'s' if n_art != 1 else ''}: enough to "
              "demonstrate the pipeline, too few to support inference."] if n_art < SMALL_CORPUS else [])
    limitations = [
        *small,
        *([] if (v.get("gold_available") or v.get("overall")) else
          ["No gold codes for this corpus: the coder's accuracy on it is estimated only from the project's own gold."]),
        *esc.get("limitations", []),
        *med.get("limitations", []),
        "The coder is dictionary-based; actors and patterns outside the dictionaries are not coded.",
    ]
    return {"title": "newsevents: event data from multilingual news", "abstract": abstract, "text": text,
            "limitations": limitations}


def _table_rows(path: Path) -> tuple[list[list[str]], int]:
    """Header plus at most MAX_TABLE_ROWS rows of a CSV, cells cut to MAX_CELL_CHARS; and the row count."""
    import csv

    rows: list[list[str]] = []
    n = 0
    with open(path, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.reader(fh)):
            if i == 0:
                rows.append(row)
                continue
            n += 1
            if n <= MAX_TABLE_ROWS:
                rows.append([c if len(c) <= MAX_CELL_CHARS else c[: MAX_CELL_CHARS - 1] + "…" for c in row])
    width = len(rows[0]) if rows else 0
    rows = [r + [""] * (width - len(r)) if len(r) < width else r[:width] for r in rows]
    return rows, n


def collect_sections(reports: Path) -> dict:
    sections = {}
    for sec in SECTIONS:
        art = _read_json(reports / sec / "artifacts.json")
        if not art:
            continue
        items = []
        for it in art["items"]:
            f = it["files"]
            item = {"kind": it["kind"], "name": it["name"], "caption": it["caption"],
                    "path": f"{sec}/{f['png']}" if "png" in f else None, "data": f"{sec}/{f['data']}"}
            if it["kind"] == "table":
                rows, n = _table_rows(reports / sec / f["data"])
                item.update(rows=rows, n_rows=n, shown=min(n, MAX_TABLE_ROWS))
            items.append(item)
        sections[sec] = {"notebook": art["notebook"], "items": items}
    return sections


def build_report(reports: Path | None = None, processed: Path | None = None, corpus_name: str | None = None) -> Path:
    """Write report_data.json, MANIFEST.json and compile report.pdf in ``reports``.

    The old report.pdf and MANIFEST.json are removed first and the PDF is compiled under a temporary
    name, so a report that cannot be built leaves no PDF behind."""
    import typst

    from .manifest import write_manifest

    reports = Path(reports or paths.REPORTS / "seeds").resolve()
    pdf = reports / "report.pdf"
    for old in (pdf, reports / "MANIFEST.json"):
        old.unlink(missing_ok=True)
    results = {sec: _read_json(reports / sec / "results.json") for sec in SECTIONS}
    prov = provenance(reports, processed)
    data = {**compose(results, prov, corpus_name), "sections": collect_sections(reports), "provenance": prov}
    write_text(reports / "report_data.json", dumps(data))
    shutil.copyfile(TEMPLATE, reports / "report.typ")
    with atomic_path(pdf) as tmp:
        typst.compile(str(reports / "report.typ"), output=str(tmp), root=str(reports))
    write_manifest(reports)
    return pdf
