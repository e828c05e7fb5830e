"""One-a-day de-duplication of mentions into events.

Rule: mentions with the same key ``(event_date, source_actor, target_actor, cameo_code)`` are
one event. Mentions whose ``event_date`` is null are keyed by their article too, so undated
mentions are never merged across articles. Within a key: article_ids / mention_ids are the
sorted ";"-joined unions, n_mentions / n_articles count them, first_seen is the earliest
``published`` among the articles (null if none), confidence is the maximum; every other column
is taken from the most confident mention (ties: first mention id). event_id is the first 16 hex
chars of sha1 over the key (with the article id for undated keys).
"""

from __future__ import annotations

import hashlib

import pandas as pd

from .. import schema


def dedupe(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    if mentions is None or len(mentions) == 0:
        return schema.empty(schema.EVENTS)
    pub = {}
    if articles is not None and len(articles) and "article_id" in articles:
        pub = dict(zip(articles["article_id"].astype(str), articles.get("published", pd.Series([None] * len(articles)))))
    m = mentions.copy()

    def key(r):
        parts = [r["event_date"] or "", r["source_actor"] or "", r["target_actor"] or "", r["cameo_code"]]
        if r["event_date"] is None or (isinstance(r["event_date"], float)):
            parts.append("article=" + str(r["article_id"]))
        return "|".join(str(p) for p in parts)

    m["_key"] = [key(r) for r in m.to_dict("records")]
    rows = []
    for k, g in m.groupby("_key", sort=True):
        g = g.sort_values(["confidence", "mention_id"], ascending=[False, True], kind="stable")
        best = g.iloc[0].to_dict()
        arts = sorted(set(g["article_id"].astype(str)))
        dates = sorted(d for d in (pub.get(a) for a in arts) if isinstance(d, str) and d)
        row = {c: best.get(c) for c in schema.EVENTS.names if c in best}
        row.update(
            event_id=hashlib.sha1(k.encode("utf-8")).hexdigest()[:16],
            confidence=float(g["confidence"].max()),
            n_mentions=int(len(g)),
            n_articles=int(len(arts)),
            article_ids=";".join(arts),
            mention_ids=";".join(sorted(g["mention_id"].astype(str))),
            first_seen=dates[0] if dates else None,
        )
        rows.append(row)
    out = pd.DataFrame(rows, columns=schema.EVENTS.names)
    return out.sort_values(["event_date", "event_id"], na_position="last", kind="stable").reset_index(drop=True)
