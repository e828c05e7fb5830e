"""Score coded mentions against a synthetic corpus's ``truth.parquet``.

A truth row (article, source, target, CAMEO code) is recovered when the same article has a
mention whose source and target match the planted actors (the mention's ``*_country`` equals the
actor code, or its ``*_actor`` starts with it, e.g. ``AZEGOV`` for ``AZE``) and whose CAMEO root
equals the planted root. ``date_ok`` additionally requires the mention's ``event_date`` to equal
the planted day (relative dates resolved against the article date).
"""

from __future__ import annotations

import pandas as pd


def _actor_ok(code: str, actor: object, country: object) -> bool:
    for v in (country, actor):
        if isinstance(v, str) and v and v.startswith(code):
            return True
    return False


def score(mentions: pd.DataFrame, truth: pd.DataFrame) -> dict:
    """Return recall (article level), recall with the right date, precision and counts."""
    by_article: dict[str, list[dict]] = {}
    for row in mentions.to_dict("records"):
        by_article.setdefault(row["article_id"], []).append(row)
    hit = hit_date = 0
    matched_mentions: set[str] = set()
    per_code: dict[str, list[int]] = {}
    for t in truth.to_dict("records"):
        found = found_date = False
        for m in by_article.get(t["article_id"], []):
            if not (_actor_ok(t["source_actor"], m.get("source_actor"), m.get("source_country"))
                    and _actor_ok(t["target_actor"], m.get("target_actor"), m.get("target_country"))
                    and str(m.get("cameo_root")) == str(t["cameo_root"])):
                continue
            found = True
            matched_mentions.add(m["mention_id"])
            if m.get("event_date") == t["event_date"]:
                found_date = True
        hit += found
        hit_date += found_date
        c = per_code.setdefault(t["cameo_code"], [0, 0])
        c[0] += found
        c[1] += 1
    n_truth, n_m = len(truth), len(mentions)
    return {
        "truth_rows": n_truth,
        "mentions": n_m,
        "recovered": hit,
        "recall": round(hit / n_truth, 4) if n_truth else 0.0,
        "recall_with_date": round(hit_date / n_truth, 4) if n_truth else 0.0,
        "precision": round(len(matched_mentions) / n_m, 4) if n_m else 0.0,
        "recall_by_code": {k: round(v[0] / v[1], 4) for k, v in sorted(per_code.items())},
    }
