"""Analysis-ready frames built from the events table (used by the escalation notebook)."""

from __future__ import annotations

import pandas as pd

from . import escalation as E
from .mediation import mediation_dates
from .series import dyad_series, to_wide


def count_design(events: pd.DataFrame, dyad: str, freq: str = "W", start=None, end=None,
                 articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Design for ``conflict_count_model`` for one directed dyad, one row per period.

    Columns: period_start, material_conflict (quad-4 events of the dyad), verbal_conflict,
    article_count (exposure), mediation (days with a mediation event involving either side, in the
    period), lag_mediation / lag_conflict (previous period's mediation days / material conflict;
    the first period gets 0 and is dropped), period.
    """
    long = dyad_series(events, [dyad], freq=freq, start=start, end=end, articles=articles)
    if long.empty:
        return pd.DataFrame(columns=["period", "period_start", "material_conflict", "verbal_conflict",
                                     "article_count", "mediation", "lag_mediation", "lag_conflict"])
    med = pd.Series(1, index=pd.DatetimeIndex(mediation_dates(events, dyad)), dtype="int64")
    med_per = med.groupby(med.index.to_period(long.attrs["freq"])).sum() if len(med) else med
    out = pd.DataFrame({
        "period": long["period"].to_numpy(),
        "period_start": long["period_start"].to_numpy(),
        "material_conflict": long["quad4"].to_numpy(),
        "verbal_conflict": long["quad3"].to_numpy(),
        "article_count": long["article_count"].to_numpy(),
    })
    out["mediation"] = out["period"].map(med_per).fillna(0).astype("int64") if len(med) else 0
    out["lag_mediation"] = out["mediation"].shift(1)
    out["lag_conflict"] = out["material_conflict"].shift(1)
    out = out.iloc[1:].reset_index(drop=True)
    out["lag_mediation"] = out["lag_mediation"].astype("int64")
    out["lag_conflict"] = out["lag_conflict"].astype("int64")
    out.attrs.update(long.attrs)
    return out


def granger_sensitivity(events: pd.DataFrame, dyad: str, start=None, end=None, maxlag: int = 2,
                        freqs: tuple[str, ...] = ("D", "W", "M")) -> pd.DataFrame:
    """Granger p-values (ssr F test) for material-conflict counts of ``dyad`` and its reverse,
    both directions, at each aggregation in ``freqs``. Rows: freq, cause, effect, p_value, lag,
    nobs, ok, reason."""
    a, b = dyad.split("-")
    rev = f"{b}-{a}"
    rows = []
    for f in freqs:
        long = dyad_series(events, [dyad, rev], freq=f, start=start, end=end)
        wide = to_wide(long, "quad4") if len(long) else pd.DataFrame(columns=[dyad, rev])
        for cause, effect in ((dyad, rev), (rev, dyad)):
            g = E.granger(wide, cause=cause, effect=effect, maxlag=maxlag)
            rows.append({"freq": f, "cause": cause, "effect": effect, "p_value": g["p_value"], "lag": g["lag"],
                         "nobs": g.get("nobs", len(wide)), "ok": g["ok"], "reason": g.get("reason", "")})
    return pd.DataFrame(rows, columns=["freq", "cause", "effect", "p_value", "lag", "nobs", "ok", "reason"])
