"""Score coded events against gold events by the project's annotation rules (docs/CODEBOOK.md).

The rules (the same ones the real-text development set and the held-out set were annotated by):

* A gold event is one JSON record: ``doc_id``, ``date`` (``YYYY-MM-DD``, ``YYYY-MM`` or null),
  ``source``/``target`` (``RUS.GOV``, ``RUS``, ``IGO.OSCE``; target may be null), ``cameo``,
  ``mediator``, ``evidence``, ``note``. Markers in the note: ``[minor]`` (optional in the core score),
  ``[sym]`` (actor order carries no information), and accepted alternatives ``[alt-cameo: ..]``,
  ``[alt-reverse: ..]`` (a code valid for the reverse reading), ``[alt-source: ..]``,
  ``[alt-target: ..]``, ``[alt-date: ..]``.
* A coded event matches a gold event of the same article when the CAMEO roots (two digits) agree,
  the dates agree (within one day of a day date, the same month for a month date, anything for a
  null gold date; an undated coded event never matches a dated gold event) and the actors agree.
  Lenient actors: unordered, compared by country or organisation (the OSCE Minsk Group counts as the
  OSCE); for a gold event with a null target its source must be one of the coded actors. Strict
  actors: ordered (unless ``[sym]``), with sectors equal where both sides give one, and the coded
  code must start with one of the accepted codes.
* Matching is one-to-one and greedy in gold order; in the core score ``[minor]`` gold events come
  last and matching one counts neither as a hit nor as a false event. Every other coded event that
  matches nothing is a false event.

``evaluate_events`` returns an :class:`EvalResults` with the headline figure (core lenient F1), the
same per language and split, and why each missed core gold event was missed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

_EMPTY = {"", "None", "nan", "NaN", "NaT", "<NA>"}
Actor = tuple[str, "str | None"]  # (country or organisation, sector or "IGO")


def _str(v) -> str:
    return "" if v is None or str(v) in _EMPTY else str(v)


def gold_actor(code) -> Actor | None:
    """``RUS.GOV`` -> (RUS, GOV); ``IGO.OSCE_MG`` -> (OSCE_MG, IGO); ``RUS`` -> (RUS, None)."""
    code = _str(code).strip().upper()
    if not code:
        return None
    if code.startswith("IGO."):
        return code[4:], "IGO"
    country, dot, sector = code.partition(".")
    if dot:
        return country, sector or None
    if len(code) > 3 and code[:3].isalpha():
        return code[:3], code[3:6] or None
    return code, None


def coded_actor(row: dict, side: str) -> Actor | None:
    """The actor of a coded mention: its organisation, else country + sector, else the actor code."""
    org, country, sector = (_str(row.get(f"{side}_{k}")) for k in ("org", "country", "sector"))
    if org:
        return org.upper(), "IGO"
    if country:
        return country.upper(), sector.upper() or None
    return gold_actor(row.get(f"{side}_actor"))


_OSCE = {"OSCE", "OSCE_MG"}


def same_entity(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a[0] == b[0] or {a[0], b[0]} <= _OSCE


def _date(value) -> tuple[dt.date | None, str | None]:
    s = _str(value)[:10]
    try:
        if len(s) == 7:
            return dt.date(int(s[:4]), int(s[5:7]), 1), "month"
        if len(s) == 10:
            return dt.date.fromisoformat(s), "day"
    except ValueError:
        pass
    return None, None


def dates_agree(gold_date, coded_date) -> bool:
    g, precision = _date(gold_date)
    if g is None:
        return True
    c, _ = _date(coded_date)
    if c is None:
        return False
    if precision == "month":
        return (g.year, g.month) == (c.year, c.month)
    return abs((g - c).days) <= 1


def marker_values(note, name: str) -> list[str]:
    """Values of every ``[name: a, b]`` marker of a gold note."""
    out: list[str] = []
    for m in re.finditer(r"\[" + re.escape(name) + r":\s*([^\]]*)\]", _str(note)):
        out += [v.strip() for v in m.group(1).split(",") if v.strip()]
    return out


@dataclass(frozen=True)
class GoldEvent:
    doc_id: str
    cameo: str
    source: str | None
    target: str | None
    date: str | None = None
    mediator: str | None = None
    evidence: str = ""
    note: str = ""

    @property
    def minor(self) -> bool:
        return "[minor]" in self.note

    @property
    def symmetric(self) -> bool:
        return "[sym]" in self.note

    @property
    def codes(self) -> list[str]:
        return [self.cameo] + marker_values(self.note, "alt-cameo") + marker_values(self.note, "alt-reverse")

    @property
    def dates(self) -> list:
        return [self.date] + marker_values(self.note, "alt-date")

    @property
    def sources(self) -> list:
        return [self.source] + marker_values(self.note, "alt-source")

    @property
    def targets(self) -> list:
        return [self.target] + marker_values(self.note, "alt-target")

    @classmethod
    def from_record(cls, r: dict) -> GoldEvent:
        return cls(doc_id=str(r["doc_id"]), cameo=_str(r.get("cameo")), source=_str(r.get("source")) or None,
                   target=_str(r.get("target")) or None, date=_str(r.get("date")) or None,
                   mediator=_str(r.get("mediator")) or None, evidence=_str(r.get("evidence")), note=_str(r.get("note")))


def load_gold(path) -> list[GoldEvent]:
    """Gold events from a JSON-lines file (one record per line, blank lines allowed)."""
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(GoldEvent.from_record(json.loads(line)))
        except (ValueError, KeyError) as exc:
            raise ValueError(f"{path}:{n}: not a gold event record ({exc})") from exc
    return out


def _root(code) -> str:
    c = _str(code).strip()
    return c[:2] if len(c) >= 2 else c


def _actors_agree(gs, gt, row: dict, strict: bool, sym: bool) -> bool:
    g_src, g_tgt = gold_actor(gs), gold_actor(gt)
    c_src, c_tgt = coded_actor(row, "source"), coded_actor(row, "target")
    if strict:
        def ordered(a, b, c, d) -> bool:
            if not (same_entity(a, c) and same_entity(b, d)):
                return False
            return all(not (x and y and x[1] and y[1] and x[1] != y[1]) for x, y in ((a, c), (b, d)))
        return ordered(g_src, g_tgt, c_src, c_tgt) or (sym and ordered(g_src, g_tgt, c_tgt, c_src))
    if g_tgt is None:
        return same_entity(g_src, c_src) or same_entity(g_src, c_tgt)
    return ((same_entity(g_src, c_src) and same_entity(g_tgt, c_tgt))
            or (same_entity(g_src, c_tgt) and same_entity(g_tgt, c_src)))


def matches(g: GoldEvent, row: dict, strict: bool = False, check_root: bool = True, check_date: bool = True) -> bool:
    """Whether the coded mention ``row`` matches gold event ``g`` (see the module docstring)."""
    code = _str(row.get("cameo_code"))
    codes = g.codes
    if check_root and _root(code) not in {_root(c) for c in codes}:
        return False
    if strict and check_root and not any(code.startswith(c) for c in codes):
        return False
    coded_date = row.get("event_date") if _str(row.get("event_date")) else row.get("date")
    if check_date and not any(dates_agree(d, coded_date) for d in g.dates):
        return False
    return any(_actors_agree(s, t, row, strict, g.symmetric) for s in g.sources for t in g.targets)


def miss_cause(g: GoldEvent, rows: list[dict]) -> str:
    """The nearest condition a gold event failed, for error analysis."""
    def one_actor(row) -> bool:
        gold = [a for a in (gold_actor(g.source), gold_actor(g.target)) if a]
        coded = [a for a in (coded_actor(row, "source"), coded_actor(row, "target")) if a]
        return any(same_entity(x, y) for x in gold for y in coded)

    roots = {_root(c) for c in g.codes}
    if any(matches(g, r) for r in rows):
        return "matched"
    if any(matches(g, r, check_date=False) for r in rows):
        return "date wrong or missing"
    if any(matches(g, r, check_root=False) for r in rows):
        return "actors+date right, CAMEO root wrong"
    if any(matches(g, r, check_root=False, check_date=False) for r in rows):
        return "actors right, root and date wrong"
    if any(one_actor(r) and _root(r.get("cameo_code")) in roots for r in rows):
        return "root right, one actor wrong or missing"
    if any(one_actor(r) for r in rows):
        return "only one actor seen"
    return "nothing near"


@dataclass
class Score:
    tp: int
    n_coded: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_coded if self.n_coded else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def align(gold_by_doc: dict, coded: dict, docs: Iterable[str], strict: bool = False, core: bool = False):
    """Greedy one-to-one matching over ``docs``: (pairs, missed gold, unmatched coded rows, optional hits).
    With ``core``, ``[minor]`` gold events come last and are optional: a minor hit is in ``optional``,
    a missed minor event is not in ``missed``."""
    pairs, missed, extra, optional = [], [], [], []
    for d in docs:
        gold = list(gold_by_doc.get(d, []))
        if core:
            gold.sort(key=lambda g: g.minor)  # stable: core events claim coded events first
        rows = coded.get(d, [])
        used: set[int] = set()
        for g in gold:
            hit = next((i for i, r in enumerate(rows) if i not in used and matches(g, r, strict)), None)
            if hit is None:
                if not (core and g.minor):
                    missed.append(g)
                continue
            used.add(hit)
            (optional if core and g.minor else pairs).append((g, rows[hit]))
        extra += [r for i, r in enumerate(rows) if i not in used]
    return pairs, missed, extra, optional


def score(gold_by_doc: dict, coded: dict, docs: Iterable[str], strict: bool = False, core: bool = False) -> Score:
    """Greedy one-to-one matching over ``docs``; with ``core``, ``[minor]`` gold events are optional."""
    pairs, missed, extra, _ = align(gold_by_doc, coded, docs, strict, core)
    return Score(len(pairs), len(pairs) + len(extra), len(pairs) + len(missed))


@dataclass
class EvalResults:
    """Scores of one coded set against its gold: ``table`` has one row per group (each language, then
    ``all``) with core lenient P/R/F1, strict core F1 and all-events lenient F1; ``why`` counts why
    core gold events were missed, per language."""
    table: pd.DataFrame
    why: pd.DataFrame
    misses: list[dict] = field(default_factory=list)

    @property
    def f1(self) -> float:
        """The headline figure: core lenient F1 over every document."""
        return float(self.table.loc[self.table["group"] == "all", "f1"].iloc[0])

    def f1_of(self, group: str) -> float | None:
        row = self.table[self.table["group"] == group]
        return float(row["f1"].iloc[0]) if len(row) else None

    def text(self) -> str:
        lines = []
        for r in self.table.itertuples():
            lines.append(f"{r.group:4s} docs={r.docs:3d} core gold={r.n_gold:4d} coded={r.n_coded:4d}  "
                         f"P={r.precision:.2f} R={r.recall:.2f} F1={r.f1:.2f}  (strict F1={r.strict_f1:.2f}; "
                         f"all events F1={r.all_f1:.2f})")
        a = self.table[self.table["group"] == "all"]
        if len(a) and "mediator_gold" in a:
            r = a.iloc[0]
            lines.append(f"mediators on matched core events: {int(r.mediator_right)} right of {int(r.mediator_gold)} "
                         f"with a gold mediator; {int(r.mediator_coded)} coded with one")
        if len(self.why):
            lines.append("why core gold events were missed:")
            for lang, part in self.why.groupby("group", sort=True):
                lines.append(f"  {lang}: " + ", ".join(f"{c} {n}" for c, n in zip(part["cause"], part["n"])))
        lines.append(f"core lenient event F1 = {self.f1:.3f}")
        return "\n".join(lines)


def mediator_agreement(pairs) -> dict:
    """Mediators of matched events (rule 6), which the event match itself ignores: ``mediator_gold``
    matched events whose gold names a mediator, ``mediator_coded`` matched events coded with one,
    ``mediator_right`` coded with the gold's mediator (or one of its ``[alt-mediators: ...]``)."""
    n_gold = n_coded = right = 0
    for g, row in pairs:
        coded = coded_actor({"source_org": row.get("mediator_org"), "source_country": row.get("mediator_country"),
                             "source_actor": row.get("mediator_actor")}, "source")
        golds = [gold_actor(m) for m in [g.mediator, *marker_values(g.note, "alt-mediators")] if m]
        n_gold += bool(g.mediator)
        n_coded += coded is not None
        right += bool(coded is not None and g.mediator and any(same_entity(coded, m) for m in golds))
    return {"mediator_gold": n_gold, "mediator_coded": n_coded, "mediator_right": right}


def rows_by_doc(mentions: pd.DataFrame | None) -> dict[str, list[dict]]:
    """Coded mentions as records grouped by article id (``article_id`` or ``doc_id`` column)."""
    if mentions is None or not len(mentions):
        return {}
    id_col = "article_id" if "article_id" in mentions.columns else "doc_id"
    out: dict[str, list[dict]] = {}
    for rec in mentions.to_dict("records"):
        out.setdefault(str(rec[id_col]), []).append(rec)
    return out


def evaluate_events(mentions: pd.DataFrame, gold: list[GoldEvent], docs: Iterable[str] | None = None,
                    lang_of: dict | None = None) -> EvalResults:
    """Score a mentions table against gold events over ``docs`` (default: every document with gold or
    coded events); ``lang_of`` maps a document to its language for the per-language rows."""
    coded = rows_by_doc(mentions)
    gold_by_doc: dict[str, list[GoldEvent]] = {}
    for g in gold:
        gold_by_doc.setdefault(g.doc_id, []).append(g)
    docs = sorted(set(docs) if docs is not None else set(gold_by_doc) | set(coded))
    lang_of = lang_of or {}
    groups: dict[str, list[str]] = {}
    for d in docs:
        groups.setdefault(str(lang_of.get(d) or "?"), []).append(d)
    records, why, misses = [], [], []
    for name, ds in [*sorted(groups.items()), ("all", docs)]:
        core = score(gold_by_doc, coded, ds, core=True)
        med = mediator_agreement(align(gold_by_doc, coded, ds, core=True)[0])
        records.append({"group": name, "docs": len(ds), "n_gold": core.n_gold, "n_coded": core.n_coded, "tp": core.tp,
                        "precision": core.precision, "recall": core.recall, "f1": core.f1,
                        "strict_f1": score(gold_by_doc, coded, ds, strict=True, core=True).f1,
                        "all_f1": score(gold_by_doc, coded, ds).f1, **med})
        if name == "all":
            continue
        causes: Counter = Counter()
        for d in ds:
            for g in gold_by_doc.get(d, []):
                if g.minor:
                    continue
                cause = miss_cause(g, coded.get(d, []))
                causes[cause] += 1
                if cause != "matched":
                    misses.append({"doc_id": d, "group": name, "cause": cause, "date": g.date, "source": g.source,
                                   "target": g.target, "cameo": g.cameo})
        why += [{"group": name, "cause": c, "n": n} for c, n in sorted(causes.items(), key=lambda kv: (-kv[1], kv[0]))]
    return EvalResults(pd.DataFrame(records), pd.DataFrame(why, columns=["group", "cause", "n"]), misses)
