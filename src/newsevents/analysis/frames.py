"""Model frames built from dyad series: the count-model design and the temporal-aggregation
sensitivity of Granger tests (Shellman 2004: day/week/month aggregation changes the answer)."""

from __future__ import annotations

import pandas as pd

from .escalation import granger
from .mediation import mediation_dates
from .series import dyad_series, parse_dyad, to_wide


def count_design(events: pd.DataFrame, dyad: str, freq: str = "W", start=None, end=None,
                 articles: pd.DataFrame | None = None, lags: int = 1) -> pd.DataFrame:
    """Per period of ``dyad``: material-conflict count (quad 4), mediation events touching either
    side of the dyad, both lagged by ``lags`` periods, and the number of articles as exposure.

    Columns: period_start, material_conflict, mediation, lag_mediation, lag_conflict, article_count.
    The first ``lags`` periods (no lagged values) are dropped.
    """
    long = dyad_series(events, [dyad], freq=freq, start=start, end=end, articles=articles)
    d = long[["period", "period_start", "quad4", "article_count"]].rename(columns={"quad4": "material_conflict"})
    med_days = pd.DatetimeIndex(mediation_dates(events, dyad))
    med_periods = med_days.to_period(freq).value_counts() if len(med_days) else pd.Series(dtype=int)
    d["mediation"] = d["period"].map(med_periods).fillna(0).astype(int)
    d["lag_mediation"] = d["mediation"].shift(lags)
    d["lag_conflict"] = d["material_conflict"].shift(lags)
    d = d.iloc[lags:].drop(columns="period").reset_index(drop=True)
    d[["lag_mediation", "lag_conflict"]] = d[["lag_mediation", "lag_conflict"]].astype(int)
    return d


def granger_sensitivity(events: pd.DataFrame, dyad: str, freqs=("D", "W", "M"), start=None, end=None,
                        maxlag: int = 2, value: str = "quad4") -> pd.DataFrame:
    """Granger tests both ways between a dyad and its reverse at each aggregation level.

    Returns one row per (freq, cause, effect) with p_value, or ok=False and the reason.
    """
    a, b = parse_dyad(dyad)
    rev = f"{b}-{a}"
    rows = []
    for freq in freqs:
        long = dyad_series(events, [dyad, rev], freq=freq, start=start, end=end)
        wide = to_wide(long, value)
        for cause, effect in ((dyad, rev), (rev, dyad)):
            r = granger(wide, cause=cause, effect=effect, maxlag=maxlag)
            rows.append({"freq": freq, "cause": cause, "effect": effect, "n_periods": len(wide),
                         "ok": bool(r["ok"]),
                         "p_value": r.get("p_value"), "lag": r.get("lag"), "reason": r.get("reason", "")})
    return pd.DataFrame(rows)
