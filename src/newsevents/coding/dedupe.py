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


def _keys(m: pd.DataFrame) -> list[str]:
    out = []
    for d, src, tgt, code, aid in zip(m["event_date"], m["source_actor"], m["target_actor"], m["cameo_code"],
                                      m["article_id"]):
        undated = d is None or isinstance(d, float)
        k = f"{'' if undated else (d or '')}|{src or ''}|{tgt or ''}|{code}"
        if undated:
            k += f"|article={aid}"
        out.append(k)
    return out


def dedupe(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    if mentions is None or len(mentions) == 0:
        return schema.empty(schema.EVENTS)
    pub = {}
    if articles is not None and len(articles) and "article_id" in articles:
        pub = dict(zip(articles["article_id"].astype(str), articles.get("published", pd.Series([None] * len(articles)))))
    # plain Python objects: per-row access to Arrow-backed string columns is slow
    m = mentions.astype(object).where(mentions.notna(), None).reset_index(drop=True)
    m["_key"] = _keys(m)
    m["_neg_conf"] = [-float(c) for c in m["confidence"]]
    m = m.sort_values(["_key", "_neg_conf", "mention_id"], kind="mergesort").reset_index(drop=True)
    first = ~m["_key"].duplicated(keep="first")
    cols = [c for c in schema.EVENTS.names if c in m.columns]
    best = m.loc[first, cols + ["_key"]].to_dict("records")
    arts: dict[str, set] = {}
    mids: dict[str, list] = {}
    conf: dict[str, float] = {}
    for k, a, mid, c in zip(m["_key"], m["article_id"], m["mention_id"], m["confidence"]):
        arts.setdefault(k, set()).add(str(a))
        mids.setdefault(k, []).append(str(mid))
        conf[k] = max(conf.get(k, float("-inf")), float(c))
    rows = []
    for b in best:
        k = b.pop("_key")
        a = sorted(arts[k])
        dates = sorted(d for d in (pub.get(x) for x in a) if isinstance(d, str) and d)
        b.update(
            event_id=hashlib.sha1(k.encode("utf-8")).hexdigest()[:16],
            confidence=conf[k],
            n_mentions=len(mids[k]),
            n_articles=len(a),
            article_ids=";".join(a),
            mention_ids=";".join(sorted(mids[k])),
            first_seen=dates[0] if dates else None,
        )
        rows.append(b)
    out = pd.DataFrame(rows, columns=schema.EVENTS.names)
    return out.sort_values(["event_date", "event_id"], na_position="last", kind="stable").reset_index(drop=True)
