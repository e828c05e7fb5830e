"""Sentence-level gold: short news-style passages with hand-written expected events.

A gold file (``data/gold/sentences_<lang>.yml``) is written by the project, one language per file::

    lang: ru
    published: "2024-03-15"          # article date given to every item (optional)
    items:
      - id: ru-001                   # unique within the file
        split: dev                   # dev = used while writing dictionaries; heldout = written
                                     #       afterwards and never used to change them
        text: "Лавров провёл телефонный разговор с Байрамовым."
        events:                      # [] = the coder must produce no event
          - {source: RUSGOV, target: AZEGOV, cameo: "041"}

Each item is coded as one article; events are matched as in ``evaluate.evaluate`` (same CAMEO root,
same source and target country or organisation) with dates ignored: dates have their own tests.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

from .evaluate import evaluate


def load_items(path) -> tuple[str, str | None, list[dict]]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    lang = str(data.get("lang", "")).lower()
    if not lang:
        raise ValueError(f"{path}: missing 'lang'")
    pub = data.get("published")
    items = data.get("items") or []
    seen: set[str] = set()
    for i, it in enumerate(items):
        if not isinstance(it, dict) or "text" not in it or "id" not in it:
            raise ValueError(f"{path}: item {i} needs 'id' and 'text'")
        if it["id"] in seen:
            raise ValueError(f"{path}: duplicate item id {it['id']!r}")
        seen.add(it["id"])
        if it.get("split", "dev") not in ("dev", "heldout"):
            raise ValueError(f"{path}: item {it['id']}: split must be dev or heldout")
    return lang, (str(pub) if pub else None), items


def score_file(path, split: str | None = None) -> dict:
    """Code every item of a sentence-gold file and score it; ``split`` keeps dev or heldout only."""
    from .engine import code_article

    lang, pub, items = load_items(path)
    if split:
        items = [it for it in items if it.get("split", "dev") == split]
    pred, gold = [], []
    for it in items:
        aid = str(it["id"])
        for row in code_article(aid, str(it["text"]), lang, it.get("published", pub)):
            pred.append({**row, "event_date": None})
        for ev in it.get("events") or []:
            gold.append({"article_id": aid, "source_actor": ev.get("source"), "target_actor": ev.get("target"),
                         "cameo_code": str(ev["cameo"]), "event_date": None, "lang": lang})
    gold_df = pd.DataFrame(gold, columns=["article_id", "source_actor", "target_actor", "cameo_code", "event_date", "lang"])
    if not len(gold_df):
        gold_df = pd.DataFrame({"article_id": [str(it["id"]) for it in items]}).assign(
            source_actor=None, target_actor=None, cameo_code="", event_date=None, lang=lang).iloc[0:0]
    # articles without gold events still count: their predictions are false positives
    pred_df = pd.DataFrame(pred)
    metrics = evaluate(pred_df if len(pred_df) else None, gold_df.assign(cameo_code=gold_df["cameo_code"].astype(str)))
    if len(pred_df):
        ids = set(gold_df["article_id"])
        extra = pred_df[~pred_df["article_id"].isin(ids)]
        if len(extra):  # evaluate() only sees articles named in the gold; add the rest as false positives
            tp = metrics["overall"]["tp"]
            n_pred = metrics["overall"]["n_pred"] + len(extra.drop_duplicates(
                ["article_id", "source_actor", "target_actor", "cameo_code"]))
            n_gold = metrics["overall"]["n_gold"]
            from .evaluate import _prf

            metrics["overall"] = _prf(tp, n_pred, n_gold)
            metrics["unmatched_pred"] = metrics.get("unmatched_pred", []) + [
                f"{r.article_id} {r.source_actor}->{r.target_actor} {r.cameo_code}" for r in extra.itertuples()]
    metrics["lang"] = lang
    metrics["n_items"] = len(items)
    return metrics
