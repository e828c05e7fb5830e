"""Simulation study: do the methods recover structure planted by ``simulate_events``?

For each draw (seed ``seed + i``) the study codes nothing by hand: it rebuilds the daily series from
the simulated *event table* (as a user would from coded data) and measures
- changepoint error in days (PELT on the first dyad's daily material-conflict counts, the detected
  break nearest to the planted date),
- Granger direction at the 5% level (the first dyad drives the second; the reverse is not planted),
- the mediation effect: a negative binomial regression (dispersion estimated) of the first dyad's daily
  material conflict on "mediation in the previous H days" and the regime after the *detected*
  changepoint; the coefficient estimates the planted log-rate effect: bias and 95% CI coverage.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .escalation import changepoints, conflict_count_model, granger
from .mediation import mediation_dates
from .series import dyad_series, to_wide
from .simulate import simulate_events


def one_draw(seed: int, days: int = 730, **sim_kwargs) -> dict:
    events, _articles, truth = simulate_events(seed=seed, days=days, **sim_kwargs)
    a_b, b_a = truth["dyads"]
    long = dyad_series(events, [a_b, b_a], freq="D")
    wide = to_wide(long, "quad4")
    row: dict = {"seed": seed}
    # 1. changepoint
    cp_true = truth["changepoint"]
    br = changepoints(wide[a_b], method="pelt", model="l2")
    if br.ok and len(br) and cp_true is not None:
        nearest = min(br, key=lambda t: abs((t - cp_true).days))
        row["cp_detected"] = nearest.strftime("%Y-%m-%d")
        row["cp_error_days"] = int((nearest - cp_true).days)
        row["n_breaks"] = len(br)
    else:
        row.update(cp_detected=None, cp_error_days=None, n_breaks=0)
    # 2. Granger both ways
    row["granger_p_ab"] = granger(wide, cause=a_b, effect=b_a, maxlag=2)["p_value"]
    row["granger_p_ba"] = granger(wide, cause=b_a, effect=a_b, maxlag=2)["p_value"]
    # 3. mediation effect on the first dyad
    h = truth["mediation_horizon"]
    med = pd.Series(0, index=wide.index)
    for d in mediation_dates(events, a_b):
        med.loc[(med.index > d) & (med.index <= d + pd.Timedelta(days=h))] = 1
    post_start = pd.Timestamp(row["cp_detected"]) if row["cp_detected"] else wide.index[0]
    df = pd.DataFrame({"y": wide[a_b].to_numpy(), "med_recent": med.to_numpy(),
                       "post": (wide.index >= post_start).astype(int)})
    cm = conflict_count_model(df, "y", ["post", "med_recent"])
    if cm.get("ok"):
        est, se = cm["params"]["med_recent"], cm["bse"]["med_recent"]
        row.update(med_effect=est, med_se=se, alpha=cm["alpha"],
                   med_covered=bool(est - 1.96 * se <= truth["mediation_effect"] <= est + 1.96 * se))
    else:
        row.update(med_effect=None, med_se=None, alpha=None, med_covered=None)
    row["true_mediation_effect"] = truth["mediation_effect"]
    return row


def run_study(n_draws: int, seed: int = 0, days: int = 730, **sim_kwargs) -> tuple[pd.DataFrame, dict]:
    """Per-draw results and a summary (bias, coverage, changepoint error, Granger power and size)."""
    draws = pd.DataFrame([one_draw(seed + i, days=days, **sim_kwargs) for i in range(n_draws)])
    err = draws["cp_error_days"].dropna().abs()
    med = draws["med_effect"].dropna()
    truth = float(draws["true_mediation_effect"].iloc[0]) if len(draws) else float("nan")
    summary = {
        "n_draws": int(n_draws),
        "cp_found_share": float(draws["cp_error_days"].notna().mean()),
        "cp_abs_error_median_days": float(err.median()) if len(err) else None,
        "cp_within_7_days_share": float((err <= 7).mean()) if len(err) else None,
        "granger_power_ab": float((draws["granger_p_ab"] < 0.05).mean()),
        "granger_false_positive_ba": float((draws["granger_p_ba"] < 0.05).mean()),
        "mediation_effect_true": truth,
        "mediation_effect_mean": float(med.mean()) if len(med) else None,
        "mediation_effect_bias": float(med.mean() - truth) if len(med) else None,
        "mediation_ci_coverage": float(draws["med_covered"].dropna().astype(bool).mean()) if len(med) else None,
        "mediation_sign_recovered_share": float((np.sign(med) == np.sign(truth)).mean()) if len(med) else None,
    }
    return draws, summary
