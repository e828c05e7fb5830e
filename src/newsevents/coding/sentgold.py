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
These files predate the annotation rules (docs/CODEBOOK.md) and list a mutual act (talks, a call, an
agreement) in both directions; a symmetric event of the coder (``is_symmetric``, one row) is scored
here in both directions to match.
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
            if row.get("is_symmetric"):  # these files list a mutual act in both directions
                pred.append({**row, "event_date": None, "source_actor": row["target_actor"],
                             "target_actor": row["source_actor"]})
        for ev in it.get("events") or []:
            gold.append({"article_id": aid, "source_actor": ev.get("source"), "target_actor": ev.get("target"),
                         "cameo_code": str(ev["cameo"]), "event_date": None, "lang": lang})
    cols = ["article_id", "source_actor", "target_actor", "cameo_code", "event_date", "lang"]
    gold_df = pd.DataFrame(gold, columns=cols)
    # every item is in scope: a coded event in an item whose gold is [] is a false positive
    metrics = evaluate(pd.DataFrame(pred) if pred else None, gold_df, articles=[str(it["id"]) for it in items])
    metrics["lang"] = lang
    metrics["n_items"] = len(items)
    return metrics
