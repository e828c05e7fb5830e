"""Evaluate coded mentions against hand-coded gold events.

Matching (per article): same CAMEO root, same (source, target) pair compared at the
country-or-org level (first three letters of the actor code: RUSGOV ~ RUS; IGO codes compare
whole), event dates within one day (null matches null only; month-precision dates match a day
in that month). Greedy one-to-one matching in gold order, preferring exact code and exact date.
Predicted mentions identical in (article, date, source, target, code) are collapsed first, so a
repeated sentence is one prediction (the within-article one-a-day rule).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import yaml


def load_gold(path) -> pd.DataFrame:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    rows = data.get("events", data if isinstance(data, list) else [])
    df = pd.DataFrame(rows)
    meta = data.get("articles", {}) if isinstance(data, dict) else {}
    if meta and len(df):
        df["lang"] = [meta.get(a, {}).get("lang") for a in df["article_id"]]
    for c in ("event_date", "source_actor", "target_actor", "mediator_actor"):
        if c not in df:
            df[c] = None
    df["cameo_code"] = df["cameo_code"].astype(str)
    df["event_date"] = [None if (v is None or (isinstance(v, float))) else str(v) for v in df["event_date"]]
    return df


def _cc(actor) -> str | None:
    if not isinstance(actor, str) or not actor:
        return None
    if actor.startswith("IGO") or actor.startswith("NGO"):
        return actor
    return actor[:3]


def _date_ok(a, b) -> bool:
    a = a if isinstance(a, str) and a else None
    b = b if isinstance(b, str) and b else None
    if a is None or b is None:
        return a is None and b is None
    if len(a) == 7 or len(b) == 7:
        return a[:7] == b[:7]
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days) <= 1
    except ValueError:
        return False


def _nn(v):
    if v is None or (isinstance(v, float) and v != v) or v == "":
        return None
    return v


def _prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "n_pred": npred, "n_gold": ngold}


def evaluate(mentions: pd.DataFrame, gold: pd.DataFrame, articles=None) -> dict:
    """Match coded events to gold events. ``articles``: the article ids in scope (default: those
    with gold events); a coded event in a scoped article without gold events is a false positive."""
    pred = mentions.copy() if mentions is not None else pd.DataFrame()
    scope = set(gold["article_id"]) if articles is None else set(articles)
    if len(pred):
        pred["cameo_code"] = pred["cameo_code"].astype(str)
        pred = pred.drop_duplicates(["article_id", "event_date", "source_actor", "target_actor", "cameo_code"])
        pred = pred[pred["article_id"].isin(scope)]
    lang_of = {}
    if len(pred) and "lang" in pred:
        lang_of.update(dict(zip(pred["article_id"], pred["lang"])))
    if "lang" in gold:
        lang_of.update(dict(zip(gold["article_id"], gold["lang"])))
    for a in gold["article_id"]:
        lang_of.setdefault(a, "unknown")
    pairs = []  # (gold_idx, pred_idx)
    used = set()
    prec_rows = pred.to_dict("records") if len(pred) else []
    for gi, g in enumerate(gold.to_dict("records")):
        best, bscore = None, -1
        for pi, p in enumerate(prec_rows):
            if pi in used or p["article_id"] != g["article_id"]:
                continue
            if str(p["cameo_code"])[:2] != str(g["cameo_code"])[:2]:
                continue
            if _cc(p["source_actor"]) != _cc(g["source_actor"]) or _cc(p["target_actor"]) != _cc(g["target_actor"]):
                continue
            if not _date_ok(p.get("event_date"), g.get("event_date")):
                continue
            score = (p["cameo_code"] == g["cameo_code"]) * 4 + (p["source_actor"] == g["source_actor"]) + (p["target_actor"] == g["target_actor"]) + (p.get("event_date") == g.get("event_date"))
            if score > bscore:
                best, bscore = pi, score
        if best is not None:
            used.add(best)
            pairs.append((gi, best))
    grec = gold.to_dict("records")
    metrics = {"overall": _prf(len(pairs), len(prec_rows), len(grec)), "by_lang": {}}
    for lang in sorted(set(lang_of.values())):
        arts = {a for a, lg in lang_of.items() if lg == lang}
        tp = sum(1 for gi, _ in pairs if grec[gi]["article_id"] in arts)
        metrics["by_lang"][lang] = _prf(tp, sum(1 for p in prec_rows if p["article_id"] in arts),
                                        sum(1 for g in grec if g["article_id"] in arts))
    if pairs:
        acc = {}
        for f in ("cameo_code", "source_actor", "target_actor", "event_date"):
            acc[f] = round(sum(1 for gi, pi in pairs if _nn(grec[gi].get(f)) == _nn(prec_rows[pi].get(f))) / len(pairs), 4)
        metrics["field_accuracy"] = acc
    else:
        metrics["field_accuracy"] = {}
    conf = {}
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, pi in pairs:
        k = (str(grec[gi]["cameo_code"])[:2], str(prec_rows[pi]["cameo_code"])[:2])
        conf[k] = conf.get(k, 0) + 1
    for gi, g in enumerate(grec):
        if gi not in matched_g:
            k = (str(g["cameo_code"])[:2], "none")
            conf[k] = conf.get(k, 0) + 1
    for pi, p in enumerate(prec_rows):
        if pi not in matched_p:
            k = ("none", str(p["cameo_code"])[:2])
            conf[k] = conf.get(k, 0) + 1
    metrics["confusion"] = [{"gold_root": a, "pred_root": b, "n": n} for (a, b), n in sorted(conf.items())]
    metrics["unmatched_gold"] = [f"{g['article_id'].split('_')[0]} {g['source_actor']}->{g['target_actor']} {g['cameo_code']} {g.get('event_date')}" for gi, g in enumerate(grec) if gi not in matched_g]
    metrics["unmatched_pred"] = [f"{p['article_id'].split('_')[0]} {p['source_actor']}->{p['target_actor']} {p['cameo_code']} {p.get('event_date')}" for pi, p in enumerate(prec_rows) if pi not in matched_p]
    return metrics


def _text(m: dict) -> str:
    o = m["overall"]
    lines = [f"overall  P={o['precision']:.3f} R={o['recall']:.3f} F1={o['f1']:.3f} (tp={o['tp']}, pred={o['n_pred']}, gold={o['n_gold']})"]
    for lang, v in m["by_lang"].items():
        lines.append(f"{lang:8s} P={v['precision']:.3f} R={v['recall']:.3f} F1={v['f1']:.3f} (tp={v['tp']}, pred={v['n_pred']}, gold={v['n_gold']})")
    if m["field_accuracy"]:
        lines.append("field accuracy on matched pairs: " + ", ".join(f"{k}={v:.3f}" for k, v in m["field_accuracy"].items()))
    return "\n".join(lines)


def evaluate_paths(events_path, gold_path, out=None) -> dict:
    p = Path(events_path)
    if p.is_dir():
        p = p / "mentions.parquet"
    mentions = pd.read_parquet(p)
    gold = load_gold(gold_path)
    m = evaluate(mentions, gold)
    text = _text(m)
    if out is not None:
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "metrics.json").write_text(json.dumps(m, ensure_ascii=False, indent=2), encoding="utf-8")
        pd.DataFrame(m["confusion"], columns=["gold_root", "pred_root", "n"]).to_csv(out / "confusion.csv", index=False)
    print(text)
    return {"text": text, "metrics": m}


# ---------------------------------------------------------------------------- which gold for a corpus
# (used by notebook 03; kept apart from the matching above)

GOLD_FORMATS = ("YAML: events: [{article_id, event_date, source_actor, target_actor, cameo_code, ...}] "
                "(as data/gold/seeds_gold.yml)",
                "JSON Lines: one event per line {doc_id, date, source, target, cameo, mediator} "
                "(as the events_devset gold; actor codes like RUS.GOV are read as RUSGOV)")


class GoldError(ValueError):
    """A gold file that cannot be read, or that belongs to another corpus."""


def _load_gold_jsonl(path: Path) -> pd.DataFrame:
    rows = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{n}: not a JSON line ({exc.msg})") from None
        missing = [k for k in ("doc_id", "source", "target", "cameo") if k not in r]
        if missing:
            raise GoldError(f"{path}:{n}: missing {', '.join(missing)}; expected {GOLD_FORMATS[1]}")

        def code(v):
            return v.replace(".", "") if isinstance(v, str) and v else None

        rows.append({"article_id": str(r["doc_id"]), "event_date": r.get("date") or None,
                     "source_actor": code(r["source"]), "target_actor": code(r["target"]),
                     "cameo_code": str(r["cameo"]), "is_mediation": bool(r.get("mediator")),
                     "mediator_actor": code(r.get("mediator")), "note": r.get("note") or ""})
    return pd.DataFrame(rows, columns=["article_id", "event_date", "source_actor", "target_actor", "cameo_code",
                                       "is_mediation", "mediator_actor", "note"])


def rules_evaluate(mentions: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Score ``mentions`` against a corpus' gold (as returned by ``load_corpus_gold``) by the annotation
    rules (``matching``: CAMEO root, dates, lenient actors, symmetric and minor markers, one-to-one),
    in the dict shape notebook 03 shows: overall/by_lang core lenient precision, recall and F1 (minor
    gold events optional), field accuracy and root confusion on the matched pairs, and the misses."""
    from .matching import GoldEvent, align, rows_by_doc

    def nn(v):
        return None if v is None or (isinstance(v, float) and v != v) or v == "" else str(v)

    events = [GoldEvent(doc_id=str(r["article_id"]), cameo=str(r["cameo_code"]), source=nn(r.get("source_actor")),
                        target=nn(r.get("target_actor")), date=nn(r.get("event_date")), note=nn(r.get("note")) or "")
              for r in gold.to_dict("records")]
    scope = sorted({g.doc_id for g in events})
    rows = mentions[mentions["article_id"].astype(str).isin(scope)] if mentions is not None and len(mentions) else None
    by_doc = rows_by_doc(rows)
    gold_by_doc: dict = {}
    for g in events:
        gold_by_doc.setdefault(g.doc_id, []).append(g)
    lang_of = {str(a): lg for a, lg in zip(rows["article_id"], rows["lang"])} if rows is not None else {}
    if "lang" in gold:
        lang_of.update({str(a): lg for a, lg in zip(gold["article_id"], gold["lang"]) if isinstance(lg, str)})

    def prf(docs):
        pairs, missed, extra, _ = align(gold_by_doc, by_doc, docs, core=True)
        return _prf(len(pairs), len(pairs) + len(extra), len(pairs) + len(missed)), pairs, missed, extra

    overall, pairs, missed, extra = prf(scope)
    metrics = {"overall": overall, "by_lang": {}}
    for lang in sorted({lang_of.get(d, "unknown") for d in scope}):
        metrics["by_lang"][lang] = prf([d for d in scope if lang_of.get(d, "unknown") == lang])[0]
    acc = {}
    if pairs:
        for f, gf in (("cameo_code", "cameo"), ("source_actor", "source"), ("target_actor", "target"),
                      ("event_date", "date")):
            same = sum(1 for g, r in pairs if (nn(getattr(g, gf)) or "").replace(".", "") == (nn(r.get(f)) or ""))
            acc[f] = round(same / len(pairs), 4)
    metrics["field_accuracy"] = acc
    conf: dict = {}
    for g, r in pairs:
        k = (g.cameo[:2], str(r["cameo_code"])[:2])
        conf[k] = conf.get(k, 0) + 1
    for g in missed:
        conf[(g.cameo[:2], "none")] = conf.get((g.cameo[:2], "none"), 0) + 1
    for r in extra:
        k = ("none", str(r["cameo_code"])[:2])
        conf[k] = conf.get(k, 0) + 1
    metrics["confusion"] = [{"gold_root": a, "pred_root": b, "n": n} for (a, b), n in sorted(conf.items())]
    metrics["unmatched_gold"] = [f"{g.doc_id.split('_')[0]} {g.source}->{g.target} {g.cameo} {g.date}" for g in missed]
    metrics["unmatched_pred"] = [f"{str(r['article_id']).split('_')[0]} {r['source_actor']}->{r['target_actor']} "
                                 f"{r['cameo_code']} {r.get('event_date')}" for r in extra]
    return metrics


def load_corpus_gold(path, article_ids) -> tuple[pd.DataFrame, dict]:
    """Gold events of ``path`` for the corpus whose article ids are ``article_ids``.

    A gold article id may be the file stem of an article whose id carries a hash suffix
    (``000`` for ``000_d6a6...``) when that stem is unique. Returns (gold limited to the corpus'
    articles, info with the counts of gold articles found and not found). Raises GoldError when
    the file cannot be read or when none of its articles is in the corpus (the gold of another
    corpus)."""
    path = Path(path)
    if not path.is_file():
        raise GoldError(f"gold file {path} does not exist")
    try:
        gold = _load_gold_jsonl(path) if path.suffix.lower() in (".jsonl", ".ndjson") else load_gold(path)
    except (yaml.YAMLError, KeyError, TypeError) as exc:
        raise GoldError(f"gold file {path} is not in a gold format ({type(exc).__name__}: {exc}); expected "
                        + " or ".join(GOLD_FORMATS)) from None
    if not len(gold) or "article_id" not in gold:
        raise GoldError(f"gold file {path} has no events; expected " + " or ".join(GOLD_FORMATS))
    ids = sorted({str(a) for a in article_ids})
    by_stem: dict[str, list[str]] = {}
    for a in ids:
        by_stem.setdefault(a.split("_")[0], []).append(a)
    known = set(ids)

    def resolve(a):
        a = str(a)
        if a in known:
            return a
        cands = by_stem.get(a, [])
        return cands[0] if len(cands) == 1 else None

    gold = gold.copy()
    gold["article_id"] = [resolve(a) or f"\0{a}" for a in gold["article_id"]]
    missing = sorted({a[1:] for a in gold["article_id"] if a.startswith("\0")})
    found = gold[~gold["article_id"].str.startswith("\0")].reset_index(drop=True)
    if not len(found):
        raise GoldError(f"gold file {path} codes articles ({', '.join(missing[:5])}{', ...' if len(missing) > 5 else ''}) "
                        f"none of which is in this corpus (its article ids: {', '.join(ids[:5])}"
                        f"{', ...' if len(ids) > 5 else ''}): it is the gold of another corpus")
    return found, {"gold_path": str(path), "n_gold_articles": int(found["article_id"].nunique()),
                   "n_gold_events": int(len(found)), "gold_articles_not_in_corpus": missing}
