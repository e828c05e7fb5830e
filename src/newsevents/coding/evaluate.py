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
