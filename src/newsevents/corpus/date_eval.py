"""Measure article and event dates on an annotated set read at run time (``newsevents date-eval``).

The set is a folder with ``corpus/<doc_id>.txt``, ``corpus/index.jsonl`` (doc_id, lang, url, title,
published, split) and ``gold.jsonl`` (events with ``date``), as ``../shared/events_devset``. Nothing
of it is copied: texts are read from the folder and only figures are printed.

* Article dates, ``published`` removed from the metadata (``url`` and ``title`` kept, as a scraped
  corpus has them; a second run drops the URL too, the text alone): each text goes through
  ingestion and its date is compared with the set's. ``within_3_days``: a day date at most 3 days
  from a day-precision real date; ``wrong``: more than 31 days away from the real date (from its
  month for a month-precision one); texts the set leaves undated count as ``dated_without_real``
  when a date is given to them. Shares are of all texts.
* Event dates, ``published`` given: every core gold event (not ``[minor]``) that a coded event of
  the same text matches on CAMEO root and actors is checked for its date by the scorer's own
  rules (``coding.matching.matches``: lenient actors, the gold's ``[alt-...]`` alternatives; dates
  within 1 day of a day date, the same month for a month date, anything for a null gold date, an
  undated coded event never matching a dated gold event). One coded event per gold event, one-to-one.
  The same with ``published`` removed (url kept): how far event dates survive an inferred article date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .dates import parse_iso_value


def _ingest_one(path: Path, meta: dict) -> dict | None:
    from .ingest import process_input
    from .loaders import _record

    kind, row = process_input(_record(path.stem, path.name, abs_path=str(path), ext=path.suffix, meta=meta))
    return row if kind == "article" else None


def _interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    if not value:
        return None
    v = str(value)[:10]
    start = parse_iso_value(v if len(v) != 4 else v + "-01")
    if start is None:
        return None
    if len(v) == 10:
        return start, start
    if len(v) == 7:
        nxt = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return start, nxt - dt.timedelta(days=1)
    return start, dt.date(start.year, 12, 31)


def _distance(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    """Days between two intervals (0 when they overlap)."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def article_dates(root: Path, docs: list[dict], keep_url: bool = True) -> dict:
    counts = {"texts": 0, "real_day": 0, "within_3_days": 0, "wrong": 0, "undated": 0, "dated_without_real": 0,
              "coarse_right": 0, "sources": {}}
    wrong_ids = []
    for r in docs:
        meta = {"title": r.get("title")}
        if keep_url:
            meta["url"] = r.get("url")
        row = _ingest_one(root / "corpus" / f"{r['doc_id']}.txt", meta)
        counts["texts"] += 1
        pred = row.get("published") if row else None
        src = row.get("published_source", "unknown") if row else "quarantined"
        counts["sources"][src] = counts["sources"].get(src, 0) + 1
        real = _interval(r.get("published"))
        if real is not None and real[0] == real[1]:
            counts["real_day"] += 1
        if not pred:
            counts["undated"] += 1
            continue
        if real is None:
            counts["dated_without_real"] += 1
            continue
        got = _interval(pred)
        dist = _distance(got, real)
        if got[0] == got[1] and real[0] == real[1] and abs((got[0] - real[0]).days) <= 3:
            counts["within_3_days"] += 1
        elif dist > 31:
            counts["wrong"] += 1
            wrong_ids.append(r["doc_id"])
        elif dist == 0:
            counts["coarse_right"] += 1
    n = max(counts["texts"], 1)
    counts["share_within_3_days"] = round(counts["within_3_days"] / n, 3)
    counts["share_wrong"] = round(counts["wrong"] / n, 3)
    counts["wrong_ids"] = wrong_ids
    return counts


def event_dates(root: Path, docs: list[dict], published: bool = True) -> dict:
    """Date accuracy of the coded events that match a core gold event on root and actors; with
    ``published`` False the texts go in without their date (url kept), as for the article dates."""
    from ..coding.engine import code_article
    from ..coding.matching import load_gold, matches

    gold: dict[str, list] = {}
    for g in load_gold(root / "gold.jsonl"):
        if not g.minor:
            gold.setdefault(g.doc_id, []).append(g)
    out = {"matched": 0, "date_right": 0, "date_missing": 0, "date_wrong": 0}
    for r in docs:
        row = _ingest_one(root / "corpus" / f"{r['doc_id']}.txt",
                          {"published": r.get("published") if published else None, "url": r.get("url"),
                           "title": r.get("title")})
        if row is None:
            continue
        preds = code_article(r["doc_id"], row["text"], row["lang"], row["published"], row["title"], row["date_flag"])
        used: set[int] = set()
        for g in gold.get(str(r["doc_id"]), []):
            # the scorer's own rules (coding/matching.py): CAMEO root and actors with the gold's
            # alternatives ([alt-cameo], [alt-source], ...), then the date by its [alt-date] values too
            cands = [i for i, p in enumerate(preds) if i not in used and matches(g, p, check_date=False)]
            if not cands:
                continue
            right = [i for i in cands if matches(g, preds[i])]
            i = right[0] if right else cands[0]
            used.add(i)
            out["matched"] += 1
            if right:
                out["date_right"] += 1
            elif not preds[i]["event_date"]:
                out["date_missing"] += 1
            else:
                out["date_wrong"] += 1
    out["accuracy"] = round(out["date_right"] / out["matched"], 3) if out["matched"] else None
    return out


def evaluate(root: Path, split: str | None = None, events: bool = True) -> dict:
    root = Path(root)
    from ..coding.realset import read_index

    docs = [r for r in read_index(root).values() if split is None or r.get("split") == split]
    result = {"split": split or "all", "texts": len(docs),
              "articles_published_removed": article_dates(root, docs, keep_url=True),
              "articles_published_and_url_removed": article_dates(root, docs, keep_url=False)}
    if events:
        result["events_published_given"] = event_dates(root, docs)
        result["events_published_removed"] = event_dates(root, docs, published=False)
    return result


def format_result(res: dict) -> str:
    lines = [f"date-eval on {res['texts']} texts (split: {res['split']})"]
    for key, label in (("articles_published_removed", "published removed (url kept)"),
                       ("articles_published_and_url_removed", "published and url removed (text only)")):
        a = res[key]
        lines.append(f"  article dates, {label}: within 3 days {a['within_3_days']}/{a['texts']} "
                     f"({a['share_within_3_days']:.0%}), wrong (>31 days) {a['wrong']} ({a['share_wrong']:.0%}), "
                     f"month/year right {a['coarse_right']}, undated {a['undated']}, "
                     f"dated though the set gives none {a['dated_without_real']}; sources "
                     + ", ".join(f"{k}={v}" for k, v in sorted(a["sources"].items())))
    for key, label in (("events_published_given", "published given"), ("events_published_removed",
                                                                         "published removed (url kept)")):
        e = res.get(key)
        if e:
            acc = "n/a" if e["accuracy"] is None else f"{e['accuracy']:.0%}"
            lines.append(f"  event dates, {label}: {e['date_right']}/{e['matched']} right ({acc}) of the core gold "
                         f"events matched on root and actors; wrong {e['date_wrong']}, missing {e['date_missing']}")
    return "\n".join(lines)
