"""One-a-day de-duplication of mentions into events.

Rule: mentions with the same key ``(event_date, source_actor, target_actor, cameo_code)`` are
one event (for a symmetric act, ``is_symmetric``, the two actors are taken unordered). Mentions whose ``event_date`` is null are keyed by their article too, so undated
mentions are never merged across articles. Within a key: article_ids / mention_ids are the
sorted ";"-joined unions, n_mentions counts the mentions, n_articles the distinct articles (exact copies,
the same ``sha256``, count once: a file read twice is one report), first_seen is the earliest
``published`` among the articles (null if none), confidence is the maximum; every other column
is taken from the most confident mention (ties: first mention id). event_id is the first 16 hex
chars of sha1 over the key (with the article id for undated keys).
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from .. import schema


def _text(s: pd.Series) -> pd.Series:
    """A column as Python str objects, "" for nulls."""
    return s.astype(object).where(s.notna(), "").map(str)


def _keys(m: pd.DataFrame) -> pd.Series:
    """The event key of every mention: date|source|target|code, plus |article=<id> when undated."""
    src, tgt = _text(m["source_actor"]), _text(m["target_actor"])
    if "is_symmetric" in m:  # a symmetric act is keyed by its unordered pair of actors
        sym = m["is_symmetric"].fillna(False).astype(bool).to_numpy()
        swap = sym & (src.to_numpy() > tgt.to_numpy())
        src, tgt = src.where(~swap, tgt), tgt.where(~swap, src)
    key = _text(m["event_date"]) + "|" + src + "|" + tgt + "|" + _text(m["cameo_code"])
    return key.where(m["event_date"].notna(), key + "|article=" + _text(m["article_id"]))


def dedupe(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    if mentions is None or len(mentions) == 0:
        return schema.empty(schema.EVENTS)
    pub, copy_of = {}, {}
    if articles is not None and len(articles) and "article_id" in articles:
        pub = dict(zip(articles["article_id"].astype(str), articles.get("published", pd.Series([None] * len(articles)))))
        if "sha256" in articles:
            copy_of = {a: h for a, h in zip(articles["article_id"].astype(str), articles["sha256"]) if isinstance(h, str) and h}
    m = mentions.reset_index(drop=True)
    conf = m["confidence"].astype(float).to_numpy()
    # one sort: by key, then most confident first, then mention id; each key is one run of rows
    order = pd.DataFrame({"k": _keys(m).to_numpy(), "neg_conf": -conf, "mid": _text(m["mention_id"]).to_numpy()})
    order = order.sort_values(["k", "neg_conf", "mid"], kind="mergesort")
    rows = order.index.to_numpy()
    keys = order["k"].to_numpy()
    mids = order["mid"].to_numpy()
    aids = _text(m["article_id"]).to_numpy()[rows]
    confs = conf[rows]
    start = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    stop = np.r_[start[1:], len(keys)]
    # every other column comes from the first row of the run (the most confident mention)
    events = m.loc[rows[start], [c for c in schema.EVENTS.names if c in m.columns]].reset_index(drop=True)
    derived: dict[str, list] = {c: [] for c in ("event_id", "confidence", "n_mentions", "n_articles", "article_ids",
                                                "mention_ids", "first_seen")}
    for lo, hi in zip(start, stop):
        arts = sorted(set(aids[lo:hi]))
        dates = sorted(d for d in (pub.get(a) for a in arts) if isinstance(d, str) and d)
        derived["event_id"].append(hashlib.sha1(keys[lo].encode("utf-8")).hexdigest()[:16])
        derived["confidence"].append(float(confs[lo:hi].max()))
        derived["n_mentions"].append(int(hi - lo))
        derived["n_articles"].append(len({copy_of.get(a, a) for a in arts}))
        derived["article_ids"].append(";".join(arts))
        derived["mention_ids"].append(";".join(sorted(mids[lo:hi])))
        derived["first_seen"].append(dates[0] if dates else None)
    for col, values in derived.items():
        events[col] = values
    out = events.reindex(columns=schema.EVENTS.names)
    return out.sort_values(["event_date", "event_id"], na_position="last", kind="stable").reset_index(drop=True)
