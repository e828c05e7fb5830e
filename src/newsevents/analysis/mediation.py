"""Mediation analyses: who mediates, conflict before/after mediation (with placebo dates),
ceasefire durations (Kaplan-Meier, Cox PH), and the mediator network.

A dyad "A-B" here is the unordered pair {A, B} unless ``directed=True`` is given.
"""

from __future__ import annotations

import warnings

import networkx as nx
import numpy as np
import pandas as pd

from .series import event_periods

CEASEFIRE_PREFIX = "087"  # 087 de-escalate militarily, incl. 0871 declare ceasefire
CONSULT_ROOTS = ("02", "04")  # appeal, consult


def _day(events: pd.DataFrame) -> pd.Series:
    per, prec = event_periods(events["event_date"], "D")
    return per.dt.to_timestamp().where(prec == "day")


def _mediator_name(ev: pd.DataFrame) -> pd.Series:
    return (ev["mediator_actor"].fillna(ev["mediator_country"]).fillna(ev["mediator_org"])
            .fillna(ev["source_actor"]).fillna(ev["source_country"]))


def _conflict_pairs(events: pd.DataFrame) -> set[frozenset]:
    c = events[events["quad_class"].isin([3, 4])]
    return {frozenset((s, t)) for s, t in zip(c["source_country"], c["target_country"])
            if isinstance(s, str) and isinstance(t, str) and s != t}


def restrict_mediators(events: pd.DataFrame, allowed: list[str] | None) -> pd.DataFrame:
    """Events in which only the third parties ``allowed`` count as mediators (``None``: all).

    A mediation event whose mediator (mediator_actor, mediator_country or mediator_org, else the
    source) matches none of the codes keeps its row but is no longer flagged ``is_mediation``; a code
    matches an actor code equal to it or starting with it (``RUS`` matches ``RUSGOV``)."""
    if allowed is None:
        return events
    ev = events.copy()
    cand = [ev[c] for c in ("mediator_actor", "mediator_country", "mediator_org", "source_actor") if c in ev]

    def ok(values) -> bool:
        return any(isinstance(v, str) and any(v.startswith(a) for a in allowed) for v in values)

    keep = [ok(vals) for vals in zip(*cand, strict=True)] if cand else [False] * len(ev)
    ev["is_mediation"] = ev["is_mediation"].astype(bool) & pd.Series(keep, index=ev.index, dtype=bool)
    return ev


def mediators(events: pd.DataFrame, dyads: list[str] | None = None) -> pd.DataFrame:
    """Count mediation events per actor: DataFrame(actor, n_events, n_explicit, n_inferred).

    Explicit: events with ``is_mediation`` -> actor = mediator_actor (else mediator_country,
    mediator_org, source_actor). Inferred (rule): a non-mediation consultation/appeal event
    (CAMEO root 02 or 04, day-precision date) between a third party X and a party P counts for X
    when, on the same day, X also has such an event with the other side of a conflict dyad
    {P, Q} (X not in {P, Q}). Conflict dyads = ``dyads`` (unordered) or, if None, every country
    pair with a verbal/material conflict event (quad 3/4) in ``events``. Actor = X's actor code
    (source_actor/target_actor, else the country code).
    """
    ev = events
    expl = ev[ev["is_mediation"].fillna(False).astype(bool)]
    counts_e = _mediator_name(expl).value_counts()

    pairs = ({frozenset(d.split("-")) for d in dyads} if dyads is not None else _conflict_pairs(ev))
    cons = ev[~ev["is_mediation"].fillna(False).astype(bool) & ev["cameo_root"].isin(CONSULT_ROOTS)].copy()
    cons["day"] = _day(cons)
    cons = cons[cons["day"].notna() & cons["source_country"].notna() & cons["target_country"].notna()]
    # each event seen from both ends: (third party X, X's actor, counterpart P)
    a = pd.DataFrame({"event_id": cons["event_id"], "day": cons["day"], "x": cons["source_country"],
                      "x_actor": cons["source_actor"].fillna(cons["source_country"]), "p": cons["target_country"]})
    b = pd.DataFrame({"event_id": cons["event_id"], "day": cons["day"], "x": cons["target_country"],
                      "x_actor": cons["target_actor"].fillna(cons["target_country"]), "p": cons["source_country"]})
    both = pd.concat([a, b], ignore_index=True)
    inferred: dict[str, set] = {}
    for (_, x), g in both.groupby(["day", "x"], sort=True):
        parties = set(g["p"])
        hit = {q for pair in pairs if pair <= parties and x not in pair for q in pair}
        if hit:
            for actor, eid in zip(g.loc[g["p"].isin(hit), "x_actor"], g.loc[g["p"].isin(hit), "event_id"]):
                inferred.setdefault(actor, set()).add(eid)
    counts_i = pd.Series({k: len(v) for k, v in inferred.items()}, dtype="int64")
    out = pd.DataFrame({"n_explicit": counts_e, "n_inferred": counts_i}).fillna(0).astype("int64")
    out["n_events"] = out["n_explicit"] + out["n_inferred"]
    out = out.rename_axis("actor").reset_index()[["actor", "n_events", "n_explicit", "n_inferred"]]
    return out.sort_values(["n_events", "actor"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _dyad_mask(ev: pd.DataFrame, dyad: str, directed: bool) -> pd.Series:
    a, b = dyad.split("-")
    fwd = (ev["source_country"] == a) & (ev["target_country"] == b)
    if directed:
        return fwd
    return fwd | ((ev["source_country"] == b) & (ev["target_country"] == a))


def _daily(events: pd.DataFrame, dyad: str, directed: bool) -> pd.DataFrame:
    ev = events.assign(day=_day(events))
    ev = ev[ev["day"].notna()]
    if ev.empty:
        return pd.DataFrame(columns=["material_conflict", "verbal_conflict", "goldstein"])
    days = pd.date_range(ev["day"].min(), ev["day"].max(), freq="D")
    d = ev[_dyad_mask(ev, dyad, directed)]
    g = d.groupby("day")
    out = pd.DataFrame({
        "material_conflict": g["quad_class"].apply(lambda s: int((s == 4).sum())),
        "verbal_conflict": g["quad_class"].apply(lambda s: int((s == 3).sum())),
        "goldstein": g["goldstein"].sum(),
    }).reindex(days, fill_value=0)
    return out


def mediation_dates(events: pd.DataFrame, dyad: str) -> list[pd.Timestamp]:
    """Days with an ``is_mediation`` event whose source or target is one side of the dyad."""
    a, b = dyad.split("-")
    ev = events[events["is_mediation"].fillna(False).astype(bool)]
    ev = ev[ev["source_country"].isin([a, b]) | ev["target_country"].isin([a, b])]
    return sorted(set(_day(ev).dropna()))


def before_after(
    events: pd.DataFrame,
    dyad: str,
    k_days: int,
    placebo_draws: int = 200,
    seed: int = 0,
    directed: bool = False,
) -> dict:
    """Conflict in the ``k_days`` before vs after each mediation day of ``dyad``.

    Windows: before = [d-k, d-1], after = [d+1, d+k] (the mediation day itself is excluded);
    only mediation days whose both windows lie inside the observed day range are used. Per
    metric (material_conflict, verbal_conflict = counts; goldstein = sum), effect = mean over
    mediation days of (after - before). Placebo: ``placebo_draws`` times, draw as many
    non-mediation days (same eligibility) without replacement (seeded numpy Generator) and compute
    the same mean. ``p_lower`` = share of placebo effects <= effect (with +1 correction): small
    when conflict falls after mediation more than after random days.
    """
    daily = _daily(events, dyad, directed)
    med = mediation_dates(events, dyad)
    n = len(daily)
    if n == 0:
        return {"ok": False, "reason": "no day-dated events", "dyad": dyad}
    idx = {d: i for i, d in enumerate(daily.index)}
    elig = np.arange(k_days, n - k_days)
    med_i = np.array(sorted(idx[d] for d in med if d in idx), dtype=int)
    med_i = med_i[(med_i >= k_days) & (med_i < n - k_days)]
    cand = np.setdiff1d(elig, np.array(sorted(idx[d] for d in med if d in idx), dtype=int))
    if len(med_i) == 0:
        return {"ok": False, "reason": f"no mediation day with full {k_days}-day windows", "dyad": dyad}
    if len(cand) < len(med_i):
        return {"ok": False, "reason": "too few non-mediation days for placebo", "dyad": dyad}
    rng = np.random.default_rng(seed)
    draws = [rng.choice(cand, size=len(med_i), replace=False) for _ in range(placebo_draws)]
    out = {"ok": True, "dyad": dyad, "k_days": k_days, "n_mediations": int(len(med_i)),
           "mediation_dates": [daily.index[i] for i in med_i], "placebo_draws": placebo_draws,
           "seed": seed, "metrics": {}}
    for m in ["material_conflict", "verbal_conflict", "goldstein"]:
        cs = np.concatenate([[0.0], np.cumsum(daily[m].to_numpy(dtype=float))])

        def diffs(ii, cs=cs):
            after = cs[ii + k_days + 1] - cs[ii + 1]
            before = cs[ii] - cs[ii - k_days]
            return after - before, before, after

        dif, bef, aft = diffs(med_i)
        eff = float(dif.mean())
        pl = np.array([diffs(d)[0].mean() for d in draws])
        out["metrics"][m] = {
            "before_mean": float(bef.mean()), "after_mean": float(aft.mean()), "effect": eff,
            "placebo_mean": float(pl.mean()), "placebo_sd": float(pl.std(ddof=1)) if len(pl) > 1 else float("nan"),
            "placebo_q025": float(np.quantile(pl, 0.025)), "placebo_q975": float(np.quantile(pl, 0.975)),
            "p_lower": float((1 + (pl <= eff).sum()) / (len(pl) + 1)),
            "p_upper": float((1 + (pl >= eff).sum()) / (len(pl) + 1)),
        }
    return out


def ceasefire_episodes(events: pd.DataFrame, dyad: str, directed: bool = False,
                       mediation_window: int = 7) -> pd.DataFrame:
    """Ceasefire episodes of a dyad.

    A ceasefire = an event of the dyad with ``cameo_code`` starting with '087' (incl. 0871
    declare ceasefire). An episode starts on a ceasefire day and ends on the first later day
    (strictly after) with a material-conflict (quad 4) event of the dyad; ceasefires declared
    while an episode is running are counted in ``n_declarations``, not as new episodes. No
    breach before the last day-dated event of the table -> censored (duration to that day).
    Columns: dyad, start, end, duration_days, event (1 = breached), censored, n_declarations,
    mediated (mediation involving a side within ``mediation_window`` days up to start, 0/1),
    prior_conflict_7d (quad-4 events of the dyad in the 7 days before start).
    """
    cols = ["dyad", "start", "end", "duration_days", "event", "censored", "n_declarations", "mediated",
            "prior_conflict_7d"]
    ev = events.assign(day=_day(events))
    ev = ev[ev["day"].notna()]
    if ev.empty:
        return pd.DataFrame(columns=cols)
    last = ev["day"].max()
    d = ev[_dyad_mask(ev, dyad, directed)]
    cf_days = sorted(set(d.loc[d["cameo_code"].astype(str).str.startswith(CEASEFIRE_PREFIX), "day"]))
    conf_days = np.array(sorted(d.loc[d["quad_class"] == 4, "day"].unique()), dtype="datetime64[ns]")
    med = np.array(mediation_dates(events, dyad), dtype="datetime64[ns]")
    conf_all = d.loc[d["quad_class"] == 4, "day"].to_numpy(dtype="datetime64[ns]")
    rows = []
    i = 0
    while i < len(cf_days):
        start = np.datetime64(cf_days[i], "ns")
        j = np.searchsorted(conf_days, start, side="right")
        if j < len(conf_days):
            end, event = conf_days[j], 1
        else:
            end, event = np.datetime64(last, "ns"), 0
        n_decl = 0
        while i < len(cf_days) and (not event or np.datetime64(cf_days[i], "ns") < end):
            n_decl += 1
            i += 1
        w = np.timedelta64(mediation_window, "D")
        rows.append({
            "dyad": dyad, "start": pd.Timestamp(start), "end": pd.Timestamp(end),
            "duration_days": int((end - start) / np.timedelta64(1, "D")), "event": event,
            "censored": not event, "n_declarations": n_decl,
            "mediated": int(((med >= start - w) & (med <= start)).any()),
            "prior_conflict_7d": int(((conf_all >= start - np.timedelta64(7, "D")) & (conf_all < start)).sum()),
        })
    return pd.DataFrame(rows, columns=cols)


def survival_table(episodes: pd.DataFrame) -> pd.DataFrame:
    """Kaplan-Meier table of ceasefire durations via statsmodels ``SurvfuncRight``.

    Columns: time, n_risk, n_events, surv_prob, surv_prob_se. ``attrs``: ok, median (None if not
    reached), n_episodes, n_events.
    """
    from statsmodels.duration.survfunc import SurvfuncRight

    cols = ["time", "n_risk", "n_events", "surv_prob", "surv_prob_se"]
    if episodes is None or len(episodes) == 0:
        out = pd.DataFrame(columns=cols)
        out.attrs.update(ok=False, reason="no episodes")
        return out
    sf = SurvfuncRight(episodes["duration_days"].astype(float).to_numpy(),
                       episodes["event"].astype(int).to_numpy())
    out = pd.DataFrame({"time": sf.surv_times, "n_risk": sf.n_risk, "n_events": sf.n_events,
                        "surv_prob": sf.surv_prob, "surv_prob_se": sf.surv_prob_se})
    med = None
    if len(out) and (out["surv_prob"] <= 0.5).any():
        med = float(sf.quantile(0.5))
    out.attrs.update(ok=True, median=med, n_episodes=int(len(episodes)),
                     n_events=int(episodes["event"].sum()))
    return out


def hazard_model(episodes: pd.DataFrame, covariates: list[str], min_episodes: int = 10,
                 min_events: int = 5) -> dict:
    """Cox proportional hazards of ceasefire breach with statsmodels ``PHReg`` (no intercept:
    the baseline hazard absorbs it). Fitted only with >= ``min_episodes`` episodes and >=
    ``min_events`` breaches; otherwise ``{"ok": False, "reason": ...}``.
    """
    from statsmodels.duration.hazard_regression import PHReg

    n = 0 if episodes is None else len(episodes)
    n_ev = 0 if n == 0 else int(episodes["event"].sum())
    base = {"n_episodes": n, "n_events": n_ev, "covariates": list(covariates)}
    if n < min_episodes or n_ev < min_events:
        return {**base, "ok": False,
                "reason": f"insufficient data: {n} episodes / {n_ev} breaches (need {min_episodes}/{min_events})"}
    X = episodes[list(covariates)].astype(float)
    const = [c for c in covariates if X[c].std() == 0]
    if const:
        return {**base, "ok": False, "reason": f"covariates without variation: {const}"}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = PHReg(episodes["duration_days"].astype(float).to_numpy(), X.to_numpy(),
                        status=episodes["event"].astype(int).to_numpy(), ties="efron").fit()
    except Exception as exc:  # noqa: BLE001
        from .escalation import readable_failure

        return {**base, "ok": False, "reason": readable_failure(exc, "the hazard model")}
    params = pd.Series(res.params, index=covariates)
    if not np.all(np.isfinite(params)):
        return {**base, "ok": False, "reason": "non-finite estimates"}
    return {**base, "ok": True, "params": params.to_dict(),
            "pvalues": pd.Series(res.pvalues, index=covariates).to_dict(),
            "hazard_ratios": np.exp(params).to_dict(), "bse": pd.Series(res.bse, index=covariates).to_dict(),
            "results": res}


def mediator_network(events: pd.DataFrame) -> nx.Graph:
    """Undirected weighted graph: mediator -> party edges from ``is_mediation`` events.

    Nodes are country codes (mediator_country, else mediator_actor / mediator_org / source;
    parties = source and target countries other than the mediator). Edge ``weight`` = number of
    mediation events; node attribute ``role`` = 'mediator' | 'party' | 'both'.
    """
    g = nx.Graph()
    ev = events[events["is_mediation"].fillna(False).astype(bool)]
    med = (ev["mediator_country"].fillna(ev["mediator_actor"]).fillna(ev["mediator_org"])
           .fillna(ev["source_country"]))
    for m, s, t in sorted(zip(med, ev["source_country"], ev["target_country"]), key=str):
        for p in (s, t):
            if not isinstance(p, str) or p == m:
                continue
            for node, role in ((m, "mediator"), (p, "party")):
                if node in g and g.nodes[node].get("role") != role:
                    g.nodes[node]["role"] = "both"
                elif node not in g:
                    g.add_node(node, role=role)
            w = g.edges[m, p]["weight"] + 1 if g.has_edge(m, p) else 1
            g.add_edge(m, p, weight=w)
    return g
