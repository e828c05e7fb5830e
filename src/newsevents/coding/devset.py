"""Measure the English coder on the PLOVER GSR dev sentences (PLOVER 0.5b1 gold).

Each record (except the DOCUMENT record) is coded as a one-sentence article (lang en,
published = record date). The most confident mention (ties: first) is the prediction; its
PLOVER category comes from the codebook's ``plover`` field. Old 0.5b1 names are mapped to
the 2021 ones: DEMAND -> REQUEST, DISAPPROVE / INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT.
Reports category accuracy (no prediction = wrong), coverage, precision on predicted sentences,
and source / target country accuracy (first three letters of the actor code; a record without a
target is scored on source only).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

OLD2NEW = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
           "COOPERATION": "COOPERATE"}


def _codes(x) -> set[str]:
    if not isinstance(x, list):
        return set()
    return {str(a.get("code", ""))[:3] for a in x if isinstance(a, dict) and a.get("code")}


def evaluate_devset(path, out=None) -> dict:
    """Score the default coder; also report the variant that keeps source-only events
    (``engine.ALLOW_NO_TARGET``) under ``metrics["source_only_allowed"]``."""
    from . import engine

    strict = _score(path, engine.code_articles)
    old = engine.ALLOW_NO_TARGET
    try:
        engine.ALLOW_NO_TARGET = True
        loose = _score(path, engine.code_articles)
    finally:
        engine.ALLOW_NO_TARGET = old
    metrics = dict(strict["metrics"], source_only_allowed=loose["metrics"])
    text = strict["text"] + "\n(source-only events allowed) " + loose["text"]
    if out is not None:
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        (out / "devset_metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf-8")
    print(text)
    return {"text": text, "metrics": metrics}


def _score(path, code_articles) -> dict:
    recs = json.loads(Path(path).read_text(encoding="utf-8"))
    recs = [r for r in recs if r.get("event") != "DOCUMENT" and r.get("text")]
    arts = pd.DataFrame([{"article_id": f"dev{i:04d}", "text": r["text"], "lang": "en",
                          "published": r.get("date"), "title": None} for i, r in enumerate(recs)])
    m = code_articles(arts)
    best = {}
    if len(m):
        m = m.sort_values(["confidence"], ascending=False, kind="stable")
        for r in m.to_dict("records"):
            best.setdefault(r["article_id"], r)
    n = len(recs)
    cat_ok = covered = src_ok = tgt_ok = tgt_n = 0
    per_cat: dict[str, list[int]] = {}
    for i, r in enumerate(recs):
        gold = OLD2NEW.get(r["event"], r["event"])
        p = best.get(f"dev{i:04d}")
        pc = p.get("plover_event") if p else None
        ok = int(pc == gold)
        per_cat.setdefault(gold, [0, 0])
        per_cat[gold][0] += ok
        per_cat[gold][1] += 1
        cat_ok += ok
        if p:
            covered += 1
            src_ok += int(str(p.get("source_actor") or "")[:3] in _codes(r.get("source")))
            if _codes(r.get("target")):
                tgt_n += 1
                tgt_ok += int(str(p.get("target_actor") or "")[:3] in _codes(r.get("target")))
    metrics = {
        "n": n,
        "category_accuracy": round(cat_ok / n, 4) if n else 0.0,
        "coverage": round(covered / n, 4) if n else 0.0,
        "category_precision_on_coded": round(cat_ok / covered, 4) if covered else 0.0,
        "source_country_accuracy_on_coded": round(src_ok / covered, 4) if covered else 0.0,
        "target_country_accuracy_on_coded": round(tgt_ok / tgt_n, 4) if tgt_n else 0.0,
        "per_category": {k: {"correct": v[0], "n": v[1]} for k, v in sorted(per_cat.items())},
    }
    text = (f"devset n={n} category_acc={metrics['category_accuracy']:.3f} coverage={metrics['coverage']:.3f} "
            f"precision_on_coded={metrics['category_precision_on_coded']:.3f} "
            f"source_acc={metrics['source_country_accuracy_on_coded']:.3f} target_acc={metrics['target_country_accuracy_on_coded']:.3f}")
    return {"text": text, "metrics": metrics}
