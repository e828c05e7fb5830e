"""Simulated event data with known ground truth, for testing the analysis methods.

The process (daily, per directed dyad "A-B" = source A -> target B):

* dyad 0 (A->B, e.g. AZE-ARM): material-conflict count ~ Poisson(rate_A(t)), where rate_A jumps
  from ``base_rate`` to ``base_rate * jump`` on ``changepoint`` (planted changepoint).
* dyad 1 (B->A, e.g. ARM-AZE): material-conflict count ~ Poisson(base_rate_b + reciprocity * A[t-1])
  -- B reacts to A with a one-day lag; A does NOT react to B (so A Granger-causes B only).
* both rates are multiplied by ``exp(mediation_effect)`` for ``mediation_horizon`` days after each
  mediation by ``mediator`` (mediation days occur with prob. ``mediation_rate`` per day after the
  changepoint). A mediation emits two ``045`` (mediate) events, mediator -> A and mediator -> B,
  with ``is_mediation=True``. ``nb_alpha > 0`` makes A's daily count negative binomial (NB2,
  dispersion ``nb_alpha``) instead of Poisson. With prob. ``ceasefire_prob`` the next day A declares a ceasefire
  (``0871``) toward B.
* verbal conflict (``111``/``130``) and verbal cooperation (``042``/``036``) background events;
  a third party (``third_party``) visits (``042``) both sides on the same day now and then
  (non-mediation consultations: the inferred-mediator rule in ``mediation.mediators`` finds it).
* a share of events only have month precision (``YYYY-MM``) or no date.
* articles: each event is reported by 1+ articles published that day; plus background news
  volume ~ Poisson(``news_base``) per day.

Everything is drawn from one ``numpy.random.default_rng(seed)``: same seed -> identical output.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from .. import schema

# Goldstein weights of the CAMEO codes emitted here (values as in the commonly circulated
# CAMEO-Goldstein table). CHECK before publishing: 0871 "declare ceasefire" is given its parent
# 087 "de-escalate militarily" weight of 9.0.
GOLDSTEIN = {
    "190": -10.0,  # use conventional military force
    "173": -5.0,   # arrest, detain
    "150": -7.2,   # demonstrate military or police power
    "111": -2.0,   # criticize or denounce
    "130": -4.4,   # threaten
    "042": 1.9,    # make a visit
    "036": 4.0,    # express intent to meet or negotiate
    "045": 5.0,    # mediate
    "0871": 9.0,   # declare ceasefire (parent 087 weight; see note above)
}

MATERIAL_CONFLICT_CODES = ("190", "173", "150")
MATERIAL_CONFLICT_P = (0.5, 0.2, 0.3)
VERBAL_CONFLICT_CODES = ("111", "130")
VERBAL_COOP_CODES = ("042", "036")

COUNTRY_NAMES = {"AZE": "Azerbaijan", "ARM": "Armenia", "RUS": "Russia", "TUR": "Turkey",
                 "FRA": "France", "USA": "United States", "IRN": "Iran"}


def quad_class_of_root(root: str) -> int:
    """CAMEO root ('01'..'20') -> quad class: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    r = int(root)
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    if r <= 13:
        return 3
    return 4


def cameo_root(code: str) -> str:
    return code[:2]


def _actor(prefix: str, country: str) -> dict:
    return {
        f"{prefix}_actor": f"{country}GOV",
        f"{prefix}_country": country,
        f"{prefix}_sector": "GOV",
        f"{prefix}_org": None,
        f"{prefix}_name": None,
        f"{prefix}_text": COUNTRY_NAMES.get(country, country),
    }


def simulate_events(
    seed: int = 0,
    start: str = "2020-01-01",
    days: int = 730,
    dyads: tuple[str, str] = ("AZE-ARM", "ARM-AZE"),
    changepoint: str | None = "2020-09-27",
    reciprocity: float = 0.4,
    mediation_effect: float = -0.5,
    mediator: str = "RUS",
    base_rate: float = 0.3,
    jump: float = 6.0,
    base_rate_b: float = 0.2,
    mediation_rate: float = 0.04,
    mediation_horizon: int = 14,
    ceasefire_prob: float = 0.5,
    verbal_conflict_rate: float = 0.3,
    verbal_coop_rate: float = 0.2,
    third_party: str = "TUR",
    third_party_rate: float = 0.03,
    month_precision_share: float = 0.02,
    null_date_share: float = 0.01,
    news_base: float = 5.0,
    nb_alpha: float = 0.0,
) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Simulate (events, articles, truth). ``events`` validates against ``schema.EVENTS``;
    ``articles`` against ``schema.ARTICLES``. ``truth`` holds the planted parameters and the
    realised daily material-conflict counts / mediation dates."""
    rng = np.random.default_rng(seed)
    a, b = dyads[0].split("-")
    dates = pd.date_range(start, periods=days, freq="D")
    cp_idx = None if changepoint is None else int((pd.Timestamp(changepoint) - dates[0]).days)

    regime = np.zeros(days)
    if cp_idx is not None:
        regime[max(cp_idx, 0):] = 1.0
    rate_a_base = base_rate * np.where(regime > 0, jump, 1.0)

    med_days = np.zeros(days, dtype=bool)
    lo = max(cp_idx, 0) if cp_idx is not None else 0
    med_draw = rng.random(days) < mediation_rate
    med_days[lo:] = med_draw[lo:]
    mult = np.ones(days)
    for d in np.flatnonzero(med_days):
        mult[d + 1: d + 1 + mediation_horizon] = np.exp(mediation_effect)

    conf_a = np.zeros(days, dtype=int)
    conf_b = np.zeros(days, dtype=int)
    # optional NB2 overdispersion of A's daily rate: gamma(1/alpha, alpha) frailty (mean 1)
    frailty = rng.gamma(1 / nb_alpha, nb_alpha, size=days) if nb_alpha > 0 else np.ones(days)
    for t in range(days):
        conf_a[t] = rng.poisson(rate_a_base[t] * mult[t] * frailty[t])
        prev = conf_a[t - 1] if t > 0 else 0
        conf_b[t] = rng.poisson((base_rate_b + reciprocity * prev) * mult[t])

    ceasefire = med_days & (rng.random(days) < ceasefire_prob)
    ceasefire_days = np.flatnonzero(np.roll(ceasefire, 1) & (np.arange(days) > 0))

    rows: list[dict] = []

    def add(t: int, src: str, tgt: str, code: str, mediation: bool = False, med: str | None = None):
        rows.append({"t": t, "src": src, "tgt": tgt, "code": code, "is_mediation": mediation, "med": med})

    for t in range(days):
        for _ in range(conf_a[t]):
            add(t, a, b, MATERIAL_CONFLICT_CODES[rng.choice(3, p=MATERIAL_CONFLICT_P)])
        for _ in range(conf_b[t]):
            add(t, b, a, MATERIAL_CONFLICT_CODES[rng.choice(3, p=MATERIAL_CONFLICT_P)])
        for s, g in ((a, b), (b, a)):
            for _ in range(rng.poisson(verbal_conflict_rate * (1 + regime[t]))):
                add(t, s, g, VERBAL_CONFLICT_CODES[rng.integers(2)])
            for _ in range(rng.poisson(verbal_coop_rate)):
                add(t, s, g, VERBAL_COOP_CODES[rng.integers(2)])
        if med_days[t]:
            add(t, mediator, a, "045", True, mediator)
            add(t, mediator, b, "045", True, mediator)
        if rng.random() < third_party_rate:
            add(t, third_party, a, "042")
            add(t, third_party, b, "042")
    for t in ceasefire_days:
        add(int(t), a, b, "0871")
    rows.sort(key=lambda r: (r["t"], r["src"], r["tgt"], r["code"]))

    n = len(rows)
    prec_draw = rng.random(n)
    art_rows: list[dict] = []
    ev_rows: list[dict] = []
    art_counter = 0

    def new_article(date: pd.Timestamp, title: str) -> str:
        nonlocal art_counter
        aid = f"simart-{art_counter:06d}"
        art_counter += 1
        text = f"Simulated report: {title}."
        art_rows.append({
            "article_id": aid, "path": f"sim/{aid}.txt",
            "sha256": hashlib.sha256(text.encode()).hexdigest(), "encoding": "utf-8",
            "title": title, "text": text, "raw_chars": len(text), "clean_chars": len(text),
            "boilerplate_share": 0.0, "lang": "en", "lang_confidence": 1.0,
            "published": date.strftime("%Y-%m-%d"), "published_precision": "day", "published_source": "metadata",
            "published_confidence": 1.0, "date_flag": None,
            "url": None, "source": "simulated", "cluster_id": aid, "duplicate_of": None,
        })
        return aid

    for i, r in enumerate(rows):
        d = dates[r["t"]]
        n_art = 1 + int(rng.poisson(0.5))
        aids = sorted(new_article(d, f"{r['src']} {r['code']} {r['tgt']}") for _ in range(n_art))
        mids = sorted(f"{x}:0:0" for x in aids)
        if prec_draw[i] < null_date_share:
            ev_date, prec, dsrc = None, "unknown", "unknown"
        elif prec_draw[i] < null_date_share + month_precision_share:
            ev_date, prec, dsrc = d.strftime("%Y-%m"), "month", "explicit"
        else:
            ev_date, prec, dsrc = d.strftime("%Y-%m-%d"), "day", "explicit"
        code = r["code"]
        root = cameo_root(code)
        med = r["med"]
        ev = {
            "event_id": f"simev-{i:06d}",
            "event_date": ev_date, "date_precision": prec, "date_source": dsrc,
            **_actor("source", r["src"]), **_actor("target", r["tgt"]),
            "cameo_code": code, "cameo_root": root, "goldstein": GOLDSTEIN[code],
            "quad_class": quad_class_of_root(root), "plover_event": None,
            "is_mediation": bool(r["is_mediation"]),
            "is_symmetric": False,
            "mediator_actor": f"{med}GOV" if med else None,
            "mediator_country": med, "mediator_org": None,
            "evidence": f"simulated {r['src']} {code} {r['tgt']}", "confidence": 1.0, "lang": "en",
            "coder_version": "simulate", "dictionary_hash": "simulated",
            "n_mentions": len(mids), "n_articles": len(aids),
            "article_ids": ";".join(aids), "mention_ids": ";".join(mids),
            "first_seen": d.strftime("%Y-%m-%d"),
        }
        ev_rows.append(ev)

    for t in range(days):
        for _ in range(rng.poisson(news_base)):
            new_article(dates[t], "background news")

    events = pd.DataFrame(ev_rows, columns=schema.EVENTS.names)
    for c in ("n_mentions", "n_articles", "quad_class"):
        events[c] = events[c].astype("int64")
    events["goldstein"] = events["goldstein"].astype("float64")
    events["confidence"] = events["confidence"].astype("float64")
    articles = pd.DataFrame(art_rows, columns=schema.ARTICLES.names)
    articles = articles.sort_values(["published", "article_id"], kind="stable").reset_index(drop=True)

    truth = {
        "seed": seed, "dyads": tuple(dyads), "changepoint": None if changepoint is None else pd.Timestamp(changepoint),
        "reciprocity": reciprocity, "mediation_effect": mediation_effect, "mediator": mediator,
        "mediation_horizon": mediation_horizon, "base_rate": base_rate, "jump": jump, "nb_alpha": nb_alpha,
        "mediation_multiplier": pd.Series(mult, index=dates),
        "mediation_dates": [dates[d] for d in np.flatnonzero(med_days)],
        "ceasefire_dates": [dates[d] for d in ceasefire_days],
        "third_party": third_party,
        "daily_material_conflict": pd.DataFrame({dyads[0]: conf_a, dyads[1]: conf_b}, index=dates),
    }
    return events, articles, truth
