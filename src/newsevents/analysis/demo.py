"""Planted against recovered, for the analyses run on a simulated event set (the report's
demonstration section). ``truth.json`` is written by ``newsevents simulate-events`` beside the events."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd


def truth_record(truth: dict) -> dict:
    """The planted parameters of ``simulate_events``' truth, JSON-ready (no series)."""
    cp = truth.get("changepoint")
    return {
        "seed": truth.get("seed"), "dyads": list(truth.get("dyads", [])),
        "changepoint": None if cp is None else pd.Timestamp(cp).strftime("%Y-%m-%d"),
        "jump": truth.get("jump"), "base_rate": truth.get("base_rate"), "reciprocity": truth.get("reciprocity"),
        "mediation_effect": truth.get("mediation_effect"), "mediator": truth.get("mediator"),
        "mediation_horizon": truth.get("mediation_horizon"),
        "n_mediation_days": len(truth.get("mediation_dates", [])),
        "n_ceasefires": len(truth.get("ceasefire_dates", [])),
    }


def load_truth(path) -> dict | None:
    """The planted parameters, or None when ``path`` is empty (a real corpus)."""
    if not path:
        return None
    return json.loads(Path(path).read_text(encoding="utf-8"))


def escalation_recovery(truth: dict, changepoints: dict[str, list[str]], granger_rows: list[dict],
                        var_info: dict) -> pd.DataFrame:
    """One row per planted feature of the escalation process: what was planted, what the
    analysis found."""
    a, b = truth["dyads"][:2]
    found = changepoints.get(a) or []
    planted_cp = pd.Timestamp(truth["changepoint"])
    nearest = min(found, key=lambda d: abs(pd.Timestamp(d) - planted_cp)) if found else None
    g = {(r["cause"], r["effect"]): r for r in granger_rows}

    def p(cause, effect):
        r = g.get((cause, effect))
        return "not tested" if r is None else (f"p = {r['p_value']:.3f}" if r.get("ok") else r.get("reason", ""))

    rows = [
        {"feature": f"changepoint in {a} conflict", "planted": f"{truth['changepoint']} (rate x{truth['jump']:g})",
         "recovered": (f"{nearest} ({(pd.Timestamp(nearest) - planted_cp).days:+d} days)" if nearest
                       else "none found")},
        {"feature": f"reciprocity {a} -> {b}", "planted": f"{b} reacts to {a} next day ({truth['reciprocity']:g} "
         "events per event)", "recovered": f"Granger {a} -> {b}: {p(a, b)}"},
        {"feature": f"no reciprocity {b} -> {a}", "planted": f"{a} does not react to {b}",
         "recovered": f"Granger {b} -> {a}: {p(b, a)}"},
        {"feature": "VAR", "planted": f"{a} and {b} series",
         "recovered": (f"VAR({var_info['lag']}), stable: {var_info['stable']}" if var_info.get("ok")
                       else f"not fitted ({var_info.get('reason')})")},
    ]
    return pd.DataFrame(rows, columns=["feature", "planted", "recovered"])


def mediation_recovery(truth: dict, mediators: pd.DataFrame, before_after: dict) -> pd.DataFrame:
    """Planted mediator and mediation effect against the mediator table and the before/after test."""
    top = (mediators.sort_values(["n_explicit", "actor"], ascending=[False, True]).iloc[0]["actor"]
           if len(mediators) and "n_explicit" in mediators else None)
    mc = (before_after.get("metrics") or {}).get("material_conflict") if before_after.get("ok") else None
    import math

    rows = [
        {"feature": "mediator", "planted": f"{truth['mediator']} on {truth['n_mediation_days']} days",
         "recovered": f"most explicit mediation events: {top}" if top else "no mediator found"},
        {"feature": "effect of mediation on conflict",
         "planted": (f"conflict rates x{math.exp(truth['mediation_effect']):.2f} (log {truth['mediation_effect']:+g}) "
                     f"for {truth['mediation_horizon']} days"),
         "recovered": (f"{mc['effect']:+.2f} material-conflict events per window after mediation (placebo p = "
                       f"{mc['p_lower']:.3f}, one-sided)" if mc else
                       f"not estimated ({before_after.get('reason', 'no result')})")},
    ]
    return pd.DataFrame(rows, columns=["feature", "planted", "recovered"])
