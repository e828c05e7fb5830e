"""Synthetic multilingual (ru, bg, en) news corpus driven by a planted event process.

``generate(n_articles, seed, out)`` writes::

    out/corpus/<article_id>.txt      one article per file (UTF-8, "\\n")
    out/corpus/metadata.jsonl        {"id", "published", "source", "lang"} per article
    out/truth.parquet                ground truth: one row per (article, planted event it reports)
    out/process.parquet              the whole planted event process (reported or not)

The process: daily event intensities for the Nagorno-Karabakh dyad (AZE, ARM) and third parties
(RUS, TUR, IGOOSCE) between 2020-06-01 and 2020-12-31, with an escalation changepoint (conflict
rates jump several-fold) and mediation episodes (talks hosted by Russia after the changepoint,
one OSCE-mediated episode before it) ending in a ceasefire agreement. Events are reported by
articles published 0-4 days later, which give the event date relatively ("вчера", "в четверг",
"on Thursday") or explicitly against the article date. Noise: repeated headline lines, teaser
blocks ("Читайте также:") and footers at the end, filler sentences, and syndicated
near-duplicates (the same story re-published by a second site, ~10% of articles).

All text comes from our own templates in ``vocab.py``. The output depends only on
(n_articles, seed): ``random.Random(seed)`` drives everything and files are written in a fixed
order with fixed serialisation, so the same call gives byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import vocab as V

START = dt.date(2020, 6, 1)
END = dt.date(2020, 12, 31)
BASE_CHANGEPOINT = dt.date(2020, 9, 27)

# kind -> (rate before changepoint, rate after) in relative daily weights
RATES = {
    "194": (0.10, 1.40),
    "195": (0.04, 0.90),
    "112": (0.25, 0.90),
    "111": (0.15, 0.60),
    "138": (0.08, 0.30),
    "0256": (0.05, 0.45),
    "051": (0.03, 0.25),
    "041": (0.10, 0.35),
    "036": (0.10, 0.15),
}
MEDIATED_RATE = 2.0   # daily weight of mediated talks on episode days
CEASEFIRE_RATE = 1.5  # weight of the ceasefire agreement on an episode's last day

QUAD = {"194": 4, "195": 4, "112": 3, "111": 3, "138": 3, "0256": 1, "051": 1, "041": 1, "036": 1,
        "046": 1, "0871": 2}

TRUTH_SCHEMA = pa.schema([
    pa.field("article_id", pa.string(), False),
    pa.field("event_id", pa.string(), False),
    pa.field("event_date", pa.string(), False),
    pa.field("source_actor", pa.string(), False),
    pa.field("target_actor", pa.string(), False),
    pa.field("cameo_code", pa.string(), False),
    pa.field("cameo_root", pa.string(), False),
    pa.field("quad_class", pa.int64(), False),
    pa.field("is_mediation", pa.bool_(), False),
    pa.field("mediator_actor", pa.string()),
    pa.field("lang", pa.string(), False),
    pa.field("published", pa.string(), False),
    pa.field("date_expression", pa.string(), False),  # none | today | yesterday | weekday | explicit
    pa.field("role", pa.string(), False),             # main | secondary
    pa.field("duplicate_of", pa.string()),            # original article of a syndicated copy
])
PROCESS_SCHEMA = pa.schema([
    pa.field("event_id", pa.string(), False),
    pa.field("event_date", pa.string(), False),
    pa.field("source_actor", pa.string(), False),
    pa.field("target_actor", pa.string(), False),
    pa.field("cameo_code", pa.string(), False),
    pa.field("quad_class", pa.int64(), False),
    pa.field("is_mediation", pa.bool_(), False),
    pa.field("mediator_actor", pa.string()),
    pa.field("n_articles", pa.int64(), False),
])

LANG_WEIGHTS = [("ru", 0.45), ("en", 0.30), ("bg", 0.25)]


def _pick(rng: random.Random, weighted: list[tuple[object, float]]):
    total = sum(w for _, w in weighted)
    x = rng.random() * total
    for item, w in weighted:
        x -= w
        if x < 0:
            return item
    return weighted[-1][0]


def _days() -> list[dt.date]:
    return [START + dt.timedelta(d) for d in range((END - START).days + 1)]


# ------------------------------------------------------------------ planted process


def _episodes(rng: random.Random, cp: dt.date) -> list[tuple[dt.date, dt.date, str]]:
    """Mediation episodes (first day, last day, mediator)."""
    eps = [(cp - dt.timedelta(rng.randint(30, 60)), "IGOOSCE")]
    eps += [(cp + dt.timedelta(rng.randint(lo, hi)), "RUS") for lo, hi in ((8, 16), (24, 34), (42, 52))]
    return [(d, d + dt.timedelta(rng.randint(1, 3)), m) for d, m in eps]


def _dyad(rng: random.Random, kind: str) -> tuple[str, str]:
    pair = ["AZE", "ARM"]
    if kind in ("194", "195", "138", "036"):
        s = rng.choice(pair)
        return s, "ARM" if s == "AZE" else "AZE"
    if kind in ("112", "111"):
        if rng.random() < 0.1:
            return "ARM", "TUR"
        s = rng.choice(pair)
        return s, "ARM" if s == "AZE" else "AZE"
    if kind == "0256":
        return rng.choice(["RUS", "IGOOSCE"]), rng.choice(pair)
    if kind == "051":
        return ("TUR", "AZE") if rng.random() < 0.8 else ("AZE", "TUR")
    if kind == "041":
        return rng.choice([("RUS", "AZE"), ("RUS", "ARM"), ("TUR", "AZE"), ("AZE", "RUS"), ("ARM", "RUS")])
    raise ValueError(kind)


def plant_events(n_events: int, rng: random.Random) -> tuple[list[dict], dt.date, list]:
    cp = BASE_CHANGEPOINT + dt.timedelta(rng.randint(-7, 7))
    eps = _episodes(rng, cp)
    cells: list[tuple[tuple[dt.date, str, str | None], float]] = []
    for day in _days():
        post = day >= cp
        for kind, (pre_r, post_r) in RATES.items():
            cells.append(((day, kind, None), post_r if post else pre_r))
        for first, last, mediator in eps:
            if first <= day <= last:
                cells.append(((day, "046", mediator), MEDIATED_RATE))
                if day == last:
                    cells.append(((day, "0871", mediator), CEASEFIRE_RATE))
    # cumulative sampling of n_events cells
    total = sum(w for _, w in cells)
    cum, acc = [], 0.0
    for _, w in cells:
        acc += w
        cum.append(acc)
    import bisect

    draws = sorted(bisect.bisect_right(cum, rng.random() * total) for _ in range(n_events))
    events = []
    for idx in draws:
        day, kind, mediator = cells[min(idx, len(cells) - 1)][0]
        if kind in ("046", "0871"):
            s = rng.choice(["AZE", "ARM"])
            src, tgt = s, ("ARM" if s == "AZE" else "AZE")
        else:
            src, tgt = _dyad(rng, kind)
        events.append({"date": day, "code": kind, "src": src, "tgt": tgt, "mediator": mediator})
    events.sort(key=lambda e: (e["date"], e["code"], e["src"], e["tgt"]))
    for i, e in enumerate(events):
        e["event_id"] = f"ev{i:06d}"
    return events, cp, eps


# ------------------------------------------------------------------ rendering


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _date_phrase(lang: str, kind: str, event_date: dt.date) -> str:
    if kind == "none":
        return ""
    if kind == "today":
        return {"ru": V.RU_TODAY, "bg": V.BG_TODAY, "en": V.EN_TODAY}[lang]
    if kind == "yesterday":
        return {"ru": V.RU_YESTERDAY, "bg": V.BG_YESTERDAY, "en": V.EN_YESTERDAY}[lang]
    if kind == "weekday":
        return {"ru": V.RU_WEEKDAY, "bg": V.BG_WEEKDAY, "en": V.EN_WEEKDAY}[lang][event_date.weekday()]
    m = event_date.month - 1
    if lang == "ru":
        return f"{event_date.day} {V.RU_MONTH_GEN[m]}"
    if lang == "bg":
        return f"на {event_date.day} {V.BG_MONTH[m]}"
    return f"on {V.EN_MONTH[m]} {event_date.day}"


def _date_kind(rng: random.Random, lag: int) -> str:
    if lag == 0:
        return _pick(rng, [("none", 0.4), ("today", 0.3), ("explicit", 0.3)])
    if lag == 1:
        return _pick(rng, [("yesterday", 0.6), ("explicit", 0.25), ("weekday", 0.15)])
    return _pick(rng, [("weekday", 0.6), ("explicit", 0.4)])


def _ru_forms(code: str) -> dict[str, str]:
    g, nom, gen, acc, dat, ins = V.RU_COUNTRY[code]
    return {"gender": g, "nom": nom, "gen": gen, "acc": acc, "dat": dat, "ins": ins}


def render_sentence(lang: str, ev: dict, date_phrase: str, rng: random.Random) -> str:
    code, src, tgt, med = ev["code"], ev["src"], ev["tgt"], ev["mediator"]
    D = f" {date_phrase}" if date_phrase else ""
    if code in ("046", "0871"):
        if lang == "ru":
            a, b, m = _ru_forms(src), _ru_forms(tgt), _ru_forms(med)
            if code == "046":
                return V.RU_MEDIATED.format(A=a["gen"], B=b["gen"], D=D, L=V.RU_CAPITAL_LOC[med], M=m["gen"])
            return V.RU_CEASEFIRE.format(A=a["nom"], B=b["nom"], D=D, M=m["gen"])
        if lang == "bg":
            A, B, M = V.BG_COUNTRY[src], V.BG_COUNTRY[tgt], V.BG_COUNTRY[med]
            if code == "046":
                return V.BG_MEDIATED.format(A=A, B=B, D=D, L=V.BG_LOC[med], M=M)
            return V.BG_CEASEFIRE.format(A=A, B=B, D=D, M=M)
        A, B, M = V.EN_COUNTRY[src], V.EN_COUNTRY[tgt], V.EN_COUNTRY[med]
        if code == "046":
            return V.EN_MEDIATED.format(A=A, B=B, D=D, L=V.EN_LOC[med], M=M)
        return _cap(V.EN_CEASEFIRE.format(A=A, B=B, D=D, M=M))
    if lang == "ru":
        kind, tmpl, verbs = V.RU_T[code]
        if kind == "mil":
            g, subj = rng.choice(V.RU_MILITARY[src])
        else:
            g, subj, *_ = rng.choice(V.RU_OFFICIAL[src])
        t = _ru_forms(tgt)
        t_ins = t["ins"]
        if code == "041":
            t_ins = rng.choice(V.RU_OFFICIAL[tgt])[5]
        return _cap(tmpl.format(S=subj, D=D, V=verbs[g], T_gen=t["gen"], T_acc=t["acc"], T_dat=t["dat"],
                                T_ins=t_ins))
    if lang == "bg":
        kind, tmpl, (sg, pl) = V.BG_T[code]
        if kind == "mil":
            num, subj = rng.choice(V.BG_MILITARY[src])
        else:
            num, subj, _ = rng.choice(V.BG_OFFICIAL[src])
        to = rng.choice(V.BG_OFFICIAL[tgt])[2]
        return _cap(tmpl.format(S=subj, D=D, V=sg if num == "sg" else pl, T=V.BG_COUNTRY[tgt], TO=to))
    kind, tmpl = V.EN_T[code]
    subj = rng.choice(V.EN_MILITARY[src] if kind == "mil" else V.EN_OFFICIAL[src])
    to = rng.choice(V.EN_OFFICIAL[tgt])
    return _cap(tmpl.format(S=subj, D=D, T=V.EN_COUNTRY[tgt], TO=to))


def render_headline(lang: str, ev: dict) -> str:
    code, src, tgt, med = ev["code"], ev["src"], ev["tgt"], ev["mediator"]
    if lang == "ru":
        a, b = _ru_forms(src), _ru_forms(tgt)
        if code == "046":
            return V.RU_H_MEDIATED.format(A=a["gen"], B=b["gen"], M=_ru_forms(med)["gen"])
        if code == "0871":
            return V.RU_H_CEASEFIRE.format(A=a["nom"], B=b["nom"])
        verbs = V.RU_T[code][2]
        return V.RU_H[code].format(S=a["nom"], V=verbs[a["gender"]], T_gen=b["gen"], T_acc=b["acc"],
                                   T_dat=b["dat"], T_ins=b["ins"])
    if lang == "bg":
        A, B = V.BG_COUNTRY[src], V.BG_COUNTRY[tgt]
        if code == "046":
            return V.BG_H_MEDIATED.format(A=A, B=B, M=V.BG_COUNTRY[med])
        if code == "0871":
            return V.BG_H_CEASEFIRE.format(A=A, B=B)
        return V.BG_H[code].format(S=A, V=V.BG_T[code][2][0], T=B)
    A, B = V.EN_COUNTRY[src], V.EN_COUNTRY[tgt]
    if code == "046":
        return _cap(V.EN_H_MEDIATED.format(A=A, B=B, M=V.EN_COUNTRY[med]))
    if code == "0871":
        return _cap(V.EN_H_CEASEFIRE.format(A=A, B=B))
    return _cap(V.EN_H[code].format(S=A, T=B))


def _dateline(lang: str, actor: str, day: dt.date) -> str:
    if lang == "ru":
        return f"{V.RU_CITY[actor]}, {day.day} {V.RU_MONTH_SHORT[day.month - 1]} — "
    if lang == "bg":
        return f"{V.BG_CITY[actor]}, {day.day} {V.BG_MONTH[day.month - 1]} — "
    return f"{V.EN_CITY[actor]}, {V.EN_MONTH[day.month - 1]} {day.day} — "


_FILLER = {"ru": V.RU_FILLER, "bg": V.BG_FILLER, "en": V.EN_FILLER}
_TEASER = {"ru": V.RU_TEASER_HEAD, "bg": V.BG_TEASER_HEAD, "en": V.EN_TEASER_HEAD}
_FOOTER = {"ru": V.RU_FOOTER, "bg": V.BG_FOOTER, "en": V.EN_FOOTER}


def _tail(lang: str, rng: random.Random, events: list[dict]) -> list[str]:
    lines: list[str] = []
    if rng.random() < 0.4:
        lines.append(rng.choice(_TEASER[lang]))
        for _ in range(rng.randint(1, 2)):
            lines.append(render_headline(lang, rng.choice(events)))
    if rng.random() < 0.3:
        lines.append(rng.choice(_FOOTER[lang]))
    return lines


# ------------------------------------------------------------------ generate


def _lag(rng: random.Random) -> int:
    return _pick(rng, [(0, 0.5), (1, 0.35), (2, 0.07), (3, 0.05), (4, 0.03)])


def generate(n_articles: int, seed: int, out: Path) -> dict:
    """Write a synthetic corpus of ``n_articles`` articles and its ground truth under ``out``."""
    n_articles = int(n_articles)
    if n_articles < 1:
        raise ValueError("n_articles must be >= 1")
    rng = random.Random(seed)
    out = Path(out)
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for old in list(corpus.glob("*.txt")) + [corpus / "metadata.jsonl"]:
        if old.exists():
            old.unlink()

    n_dup = int(round(0.1 * n_articles)) if n_articles >= 5 else 0
    n_orig = n_articles - n_dup
    n_events = max(1, int(round(0.8 * n_orig)))
    events, cp, eps = plant_events(n_events, rng)

    # every event gets one article; the remaining articles re-report random events
    mains = list(range(len(events)))[:n_orig]
    mains += [rng.randrange(len(events)) for _ in range(n_orig - len(mains))]
    plans = []
    for ei in mains:
        ev = events[ei]
        lag = _lag(rng)
        plans.append({"main": ei, "published": ev["date"] + dt.timedelta(lag), "lang": _pick(rng, LANG_WEIGHTS)})
    plans.sort(key=lambda p: (p["published"], p["main"]))

    by_date: dict[dt.date, list[int]] = {}
    for i, ev in enumerate(events):
        by_date.setdefault(ev["date"], []).append(i)

    articles: list[dict] = []   # {id, published, source, lang, lines, truth}
    for plan in plans:
        lang, pub = plan["lang"], plan["published"]
        reported = [(plan["main"], "main")]
        if rng.random() < 0.25:
            cands = [i for d in range(0, 4) for i in by_date.get(pub - dt.timedelta(d), []) if i != plan["main"]]
            if cands:
                reported.append((rng.choice(cands), "secondary"))
        main_ev = events[plan["main"]]
        title = render_headline(lang, main_ev)
        lines = [title]
        if rng.random() < 0.15:
            lines.append(title)  # repeated headline line
        truth = []
        sentences = []
        for ei, role in reported:
            ev = events[ei]
            lag = (pub - ev["date"]).days
            dkind = _date_kind(rng, lag)
            sentences.append(render_sentence(lang, ev, _date_phrase(lang, dkind, ev["date"]), rng))
            truth.append({"event": ev, "date_expression": dkind, "role": role})
        first = sentences[0]
        if rng.random() < 0.3:
            first = _dateline(lang, main_ev["src"], pub) + first
        filler = rng.sample(_FILLER[lang], 2)
        lines.append(f"{first} {filler[0]}")
        if len(sentences) > 1:
            lines.append(sentences[1])
        lines.append(filler[1])
        lines += _tail(lang, rng, events)
        source = rng.choice(V.SOURCES[lang])
        articles.append({"id": None, "published": pub, "source": source, "lang": lang, "lines": lines,
                         "truth": truth, "duplicate_of": None, "repeated": len(lines) > 1 and lines[1] == title})

    # syndicated near-duplicates: same story, another site, same day, different tail
    dups = []
    for _ in range(n_dup):
        orig = articles[rng.randrange(len(articles))]
        body = [ln for j, ln in enumerate(orig["lines"]) if not (j == 1 and orig["repeated"])]
        # drop the original's tail (teaser / footer lines are the last lines after the filler)
        n_tail = len(body) - (3 if len(orig["truth"]) == 1 else 4)
        core = body[: len(body) - n_tail] if n_tail > 0 else body
        lines = core + _tail(orig["lang"], rng, events)
        others = [s for s in V.SOURCES[orig["lang"]] if s != orig["source"]]
        dups.append({"id": None, "published": orig["published"], "source": rng.choice(others), "lang": orig["lang"],
                     "lines": lines, "truth": orig["truth"], "duplicate_of": orig, "repeated": False})

    allarts = articles + dups
    width = max(6, len(str(len(allarts))))
    for i, a in enumerate(allarts):
        a["id"] = f"syn{seed}_{i:0{width}d}"

    # ---- write
    meta_lines = []
    truth_rows = []
    n_reports: dict[str, int] = {}
    for a in allarts:
        text = "\n".join(a["lines"]) + "\n"
        (corpus / f"{a['id']}.txt").write_bytes(text.encode("utf-8"))
        meta_lines.append(json.dumps({"id": a["id"], "published": a["published"].isoformat(), "source": a["source"],
                                      "lang": a["lang"]}, ensure_ascii=False, sort_keys=True))
        for t in a["truth"]:
            ev = t["event"]
            n_reports[ev["event_id"]] = n_reports.get(ev["event_id"], 0) + 1
            truth_rows.append({
                "article_id": a["id"], "event_id": ev["event_id"], "event_date": ev["date"].isoformat(),
                "source_actor": ev["src"], "target_actor": ev["tgt"], "cameo_code": ev["code"],
                "cameo_root": ev["code"][:2], "quad_class": QUAD[ev["code"]],
                "is_mediation": ev["code"] in ("046", "0871"), "mediator_actor": ev["mediator"],
                "lang": a["lang"], "published": a["published"].isoformat(),
                "date_expression": t["date_expression"], "role": t["role"],
                "duplicate_of": a["duplicate_of"]["id"] if a["duplicate_of"] else None,
            })
    (corpus / "metadata.jsonl").write_bytes(("\n".join(meta_lines) + "\n").encode("utf-8"))
    truth = pd.DataFrame(truth_rows, columns=TRUTH_SCHEMA.names)
    truth = truth.sort_values(["article_id", "event_id"], kind="mergesort").reset_index(drop=True)
    _write(truth, TRUTH_SCHEMA, out / "truth.parquet")
    process = pd.DataFrame([{
        "event_id": e["event_id"], "event_date": e["date"].isoformat(), "source_actor": e["src"],
        "target_actor": e["tgt"], "cameo_code": e["code"], "quad_class": QUAD[e["code"]],
        "is_mediation": e["code"] in ("046", "0871"), "mediator_actor": e["mediator"],
        "n_articles": n_reports.get(e["event_id"], 0)} for e in events], columns=PROCESS_SCHEMA.names)
    _write(process, PROCESS_SCHEMA, out / "process.parquet")
    return {
        "articles": len(allarts),
        "truth_events": int(len(truth)),
        "planted_events": len(events),
        "duplicates": len(dups),
        "changepoint": cp.isoformat(),
        "mediation_episodes": [[f.isoformat(), last.isoformat(), m] for f, last, m in eps],
        "corpus": str(corpus),
    }


def _write(df: pd.DataFrame, schema: pa.Schema, path: Path) -> None:
    table = pa.Table.from_pandas(df, schema=schema, preserve_index=False).replace_schema_metadata(None)
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    tmp.replace(path)


__all__ = ["generate", "plant_events", "render_sentence", "render_headline"]
