"""Escalation models: changepoints, VAR / Granger / impulse responses, escalation ladder,
negative-binomial conflict counts.

Every model function returns an honest "insufficient data" result (``ok=False`` plus a
``reason``) instead of raising when the data cannot support the model.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .series import event_periods, mirror_symmetric

# ---------------------------------------------------------------------------- failures in words

_KNOWN_FAILURES = (
    ("constant values", "a series is constant over the test sample once lagged (too few periods with events "
                        "at this aggregation)"),
    ("singular matrix", "the regressors are collinear (too few periods with events, or series that move "
                        "together exactly)"),
    ("not positive definite", "the residual covariance is degenerate (too few periods with events)"),
    ("insufficient degrees of freedom", "too few periods for this many lags"),
    ("perfect separation", "the counts are perfectly predicted (no variation left to estimate)"),
    ("nan", "the estimation produced missing values (too little variation in the data)"),
)


def readable_failure(exc: BaseException, what: str = "the model") -> str:
    """A reason a researcher can act on, instead of the raw message of a numerical library."""
    msg = str(exc).lower()
    for needle, reason in _KNOWN_FAILURES:
        if needle in msg:
            return f"{what} could not be computed: {reason}"
    return f"{what} could not be computed on these data ({type(exc).__name__})"


# ---------------------------------------------------------------------------- changepoints


class Breaks(list):
    """A list of changepoint dates (Timestamp of the first period of each new segment), with
    ``ok`` / ``reason`` / ``method`` attributes."""

    def __init__(self, dates=(), ok: bool = True, reason: str = "", method: str = ""):
        super().__init__(dates)
        self.ok = ok
        self.reason = reason
        self.method = method


def _index_dates(index) -> pd.DatetimeIndex:
    if isinstance(index, pd.PeriodIndex):
        return index.to_timestamp()
    return pd.DatetimeIndex(index)


def changepoints(
    series: pd.Series,
    method: str = "pelt",
    penalty: float | None = None,
    n_bkps: int | None = None,
    model: str = "l2",
    min_size: int = 7,
) -> Breaks:
    """Changepoints of a (Datetime- or Period-indexed) series.

    method 'pelt' (ruptures.Pelt) or 'binseg' (ruptures.Binseg) on the standardised series with
    cost ``model`` ('l2' mean shift, 'rbf' kernel); ``n_bkps`` (binseg) fixes the number of
    breaks, otherwise ``penalty`` (default 3*log(n)) is used. method 'markov': statsmodels
    MarkovRegression(k_regimes=2, switching_variance=True); the dates where the most probable
    smoothed regime switches (on noisy daily counts it flips often: use weekly series). Returns
    the first date of each new segment. The 'rbf' cost is O(n^2) memory/time: slow for n > 500.
    """
    y = pd.Series(series).astype(float).dropna()
    n = len(y)
    if n < 2 * min_size + 1 or y.std() == 0:
        return Breaks([], ok=False, reason=f"insufficient data (n={n}, std={y.std() if n else 0})", method=method)
    dates = _index_dates(y.index)
    z = ((y - y.mean()) / y.std()).to_numpy()
    if method in ("pelt", "binseg"):
        import ruptures as rpt

        pen = 3.0 * np.log(n) if penalty is None else penalty
        if method == "pelt" and model == "l2":
            # Exact PELT search with the l2 cost, computed by ruptures' C implementation
            # (KernelCPD with a linear kernel is the l2 cost); ~500x faster than rpt.Pelt(model="l2").
            algo = rpt.KernelCPD(kernel="linear", min_size=min_size).fit(z.reshape(-1, 1))
            bk = [int(i) for i in algo.predict(pen=pen)]
        elif method == "pelt":
            algo = rpt.Pelt(model=model, min_size=min_size, jump=1).fit(z)
            bk = algo.predict(pen=pen)
        else:
            algo = rpt.Binseg(model=model, min_size=min_size, jump=1).fit(z)
            bk = algo.predict(n_bkps=n_bkps) if n_bkps is not None else algo.predict(pen=pen)
        return Breaks([dates[i] for i in bk if i < n], method=method)
    if method == "markov":
        from statsmodels.tsa.regime_switching.markov_regression import MarkovRegression

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                res = MarkovRegression(z, k_regimes=2, switching_variance=True).fit(disp=False)
        except Exception as exc:  # noqa: BLE001 - numerical failure is an honest non-result
            return Breaks([], ok=False, reason=readable_failure(exc, "the Markov-switching model"), method=method)
        probs = np.asarray(res.smoothed_marginal_probabilities)
        regime = probs.argmax(axis=1)
        sw = np.flatnonzero(np.diff(regime) != 0) + 1
        return Breaks([dates[i] for i in sw], method=method)
    raise ValueError(f"unknown method {method!r}")


# ---------------------------------------------------------------------------- VAR


@dataclass
class VarResult:
    ok: bool
    reason: str = ""
    lag: int | None = None
    ic: str | None = None
    stable: bool | None = None
    whiteness_pvalue: float | None = None
    ordering: list[str] = field(default_factory=list)
    results: Any = None  # statsmodels VARResults
    nobs: int = 0


def fit_var(
    wide_df: pd.DataFrame,
    maxlags: int,
    ic: str | None = "aic",
    order: int | None = None,
    ordering: list[str] | None = None,
) -> VarResult:
    """Fit a VAR on the columns of ``wide_df``.

    ``ordering``: columns are reordered to this list BEFORE fitting, because the Cholesky
    (orthogonalised) impulse responses of statsmodels follow the column order (first column =
    most exogenous contemporaneously). The ordering used is recorded in the result.
    ``order`` fixes the lag; otherwise it is chosen by ``ic`` up to ``maxlags`` (minimum 1).
    Whiteness: Portmanteau ``test_whiteness(nlags=max(10, lag+1))`` p-value.
    """
    from statsmodels.tsa.api import VAR

    cols = list(ordering) if ordering is not None else list(wide_df.columns)
    missing = [c for c in cols if c not in wide_df.columns]
    if missing:
        return VarResult(ok=False, reason=f"ordering names unknown columns {missing}")
    df = wide_df[cols].astype(float).dropna()
    k = len(cols)
    lag_max = order if order is not None else maxlags
    need = lag_max * k + k + 10
    if k < 2:
        return VarResult(ok=False, reason="need >= 2 series", ordering=cols, nobs=len(df))
    if len(df) < need:
        return VarResult(ok=False, reason=f"insufficient data: {len(df)} obs < {need}", ordering=cols, nobs=len(df))
    const = [c for c in cols if df[c].std() == 0]
    if const:
        return VarResult(ok=False, reason=f"constant series {const}", ordering=cols, nobs=len(df))
    model = VAR(df.reset_index(drop=True))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if order is not None:
                res = model.fit(order)
            else:
                res = model.fit(maxlags=maxlags, ic=ic)
                if res.k_ar < 1:
                    res = model.fit(1)
            lag = int(res.k_ar)
            white = res.test_whiteness(nlags=max(10, lag + 1))
    except Exception as exc:  # noqa: BLE001
        return VarResult(ok=False, reason=readable_failure(exc, "the VAR"), ordering=cols, nobs=len(df))
    return VarResult(
        ok=True, lag=lag, ic=None if order is not None else ic, stable=bool(res.is_stable()),
        whiteness_pvalue=float(white.pvalue), ordering=cols, results=res, nobs=int(res.nobs),
    )


def granger(df: pd.DataFrame, cause: str, effect: str, maxlag: int, lag: int | None = None) -> dict:
    """Does ``cause`` Granger-cause ``effect``?

    Wraps ``statsmodels.tsa.stattools.grangercausalitytests(df[[effect, cause]], maxlag)``:
    statsmodels tests whether the SECOND column Granger-causes the FIRST, so the columns are
    passed as [effect, cause]. Reports the ssr F-test p-value at ``lag`` (default ``maxlag``)
    and the p-values of all lags 1..maxlag in ``p_values_by_lag``.
    """
    from statsmodels.tsa.stattools import grangercausalitytests

    lag = maxlag if lag is None else lag
    base = {"cause": cause, "effect": effect, "lag": lag, "test": "ssr_ftest"}
    d = df[[effect, cause]].astype(float).dropna()
    if len(d) < 3 * maxlag + 10:
        return {**base, "ok": False, "p_value": None, "reason": f"insufficient data: {len(d)} obs"}
    if d[effect].std() == 0 or d[cause].std() == 0:
        return {**base, "ok": False, "p_value": None, "reason": "constant series"}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = grangercausalitytests(d, maxlag=maxlag)
    except Exception as exc:  # noqa: BLE001
        return {**base, "ok": False, "p_value": None, "reason": readable_failure(exc, "the Granger test")}
    by_lag = {int(k): float(v[0]["ssr_ftest"][1]) for k, v in out.items()}
    return {**base, "ok": True, "p_value": by_lag[lag], "F": float(out[lag][0]["ssr_ftest"][0]),
            "p_values_by_lag": by_lag, "nobs": len(d)}


def impulse_responses(
    var_result: VarResult,
    periods: int,
    ordering: list[str] | None = None,
    method: str = "mc",
    repl: int = 200,
    signif: float = 0.05,
    seed: int = 0,
) -> pd.DataFrame:
    """Orthogonalised (Cholesky) impulse responses with error bands.

    Long DataFrame: step, impulse, response, irf, lower, upper, ordering. ``method='mc'``:
    ``irf.errband_mc(orth=True, repl, signif, seed)`` (seeded Monte Carlo); ``'asym'``:
    irf +/- z * ``irf.stderr(orth=True)``. If ``ordering`` differs from the fitted one, the VAR
    is refitted with the same lag in that column order. Returns an empty frame with
    ``attrs['ok']=False`` when the VAR is not usable.
    """
    cols = ["step", "impulse", "response", "irf", "lower", "upper", "ordering"]
    if var_result is None or not var_result.ok:
        out = pd.DataFrame(columns=cols)
        out.attrs.update(ok=False, reason=getattr(var_result, "reason", "no VAR"))
        return out
    if ordering is not None and list(ordering) != list(var_result.ordering):
        data = pd.DataFrame(var_result.results.endog, columns=var_result.results.names)
        var_result = fit_var(data, maxlags=var_result.lag, order=var_result.lag, ordering=list(ordering))
        if not var_result.ok:
            return impulse_responses(var_result, periods)
    res = var_result.results
    names = list(res.names)
    irf = res.irf(periods)
    point = irf.orth_irfs  # (periods+1, response, impulse)
    if method == "mc":
        lower, upper = irf.errband_mc(orth=True, repl=repl, signif=signif, rng=np.random.RandomState(seed))
    elif method == "asym":
        from scipy.stats import norm

        se = irf.stderr(orth=True)
        z = norm.ppf(1 - signif / 2)
        lower, upper = point - z * se, point + z * se
    else:
        raise ValueError(f"unknown method {method!r}")
    rows = []
    for h in range(point.shape[0]):
        for j, imp in enumerate(names):
            for i, resp in enumerate(names):
                rows.append((h, imp, resp, float(point[h, i, j]), float(lower[h, i, j]),
                             float(upper[h, i, j]), ">".join(names)))
    out = pd.DataFrame(rows, columns=cols)
    out.attrs.update(ok=True, method=method, signif=signif, seed=seed)
    return out


# ---------------------------------------------------------------------------- escalation ladder

LADDER = {  # CAMEO root -> rung
    **{f"{r:02d}": 1 for r in range(1, 6)},    # 1 cooperative talk (01-05)
    **{f"{r:02d}": 2 for r in range(6, 9)},    # 2 material cooperation (06-08)
    **{f"{r:02d}": 3 for r in range(9, 14)},   # 3 verbal conflict (09-13)
    **{f"{r:02d}": 4 for r in range(14, 17)},  # 4 protest / posture / reduce relations (14-16)
    "17": 5,                                   # 5 coercion
    **{f"{r:02d}": 6 for r in range(18, 21)},  # 6 force (18-20)
}
RUNG_LABELS = {1: "coop talk", 2: "material coop", 3: "verbal conflict", 4: "protest/posture/reduce",
               5: "coercion", 6: "force"}


def escalation_ladder(events: pd.DataFrame, dyads: list[str] | None = None) -> dict:
    """Map CAMEO roots to ordinal rungs (``LADDER``) and count transitions between consecutive
    day-dated events of the same directed dyad (sorted by date, then event_id).

    Returns dict: events (dyad, event_id, event_date, rung), counts (6x6 DataFrame, rows = from
    rung, columns = to rung), probs (row-normalised; NaN rows for rungs never left), n_transitions.
    """
    ev = mirror_symmetric(events).copy()  # a symmetric act is a step of each side (series.py)
    ev["dyad"] = ev["source_country"].astype(str) + "-" + ev["target_country"].astype(str)
    if dyads is not None:
        ev = ev[ev["dyad"].isin(dyads)]
    per, prec = event_periods(ev["event_date"], "D")
    ev = ev.assign(day=per, rung=ev["cameo_root"].map(LADDER))
    ev = ev[(prec == "day") & ev["rung"].notna()]
    ev["rung"] = ev["rung"].astype(int)
    ev = ev.sort_values(["dyad", "day", "event_id"], kind="stable")
    nxt = ev.groupby("dyad")["rung"].shift(-1)
    pairs = pd.DataFrame({"from": ev["rung"], "to": nxt}).dropna().astype(int)
    rungs = list(range(1, 7))
    counts = pd.crosstab(pairs["from"], pairs["to"]).reindex(index=rungs, columns=rungs, fill_value=0)
    counts.index.name, counts.columns.name = "from_rung", "to_rung"
    rs = counts.sum(axis=1)
    probs = counts.div(rs.where(rs > 0), axis=0)
    return {"events": ev[["dyad", "event_id", "event_date", "rung"]].reset_index(drop=True),
            "counts": counts, "probs": probs, "n_transitions": int(len(pairs))}


# ---------------------------------------------------------------------------- count model


def conflict_count_model(
    df: pd.DataFrame,
    count_col: str,
    exog_cols: list[str],
    exposure_col: str | None = None,
    min_nonzero: int = 10,
    min_obs: int = 30,
) -> dict:
    """Negative binomial (NB2) regression of counts with the DISCRETE
    ``statsmodels.discrete.discrete_model.NegativeBinomial`` (dispersion alpha is estimated;
    the GLM NegativeBinomial family would fix it at 1). ``exposure_col`` enters as
    ``exposure=`` (log offset); rows with exposure <= 0 or missing values are dropped and counted.

    Returns dict(estimable, ok, params, pvalues, alpha, alpha_pvalue, converged, nobs, ...) or
    ``{"estimable": False, "ok": False, "reason": ...}`` when there are too few (non-zero) rows.
    """
    import statsmodels.api as sm
    from statsmodels.discrete.discrete_model import NegativeBinomial

    cols = [count_col, *exog_cols] + ([exposure_col] if exposure_col else [])
    d = df[cols].astype(float).dropna()
    n_dropped = len(df) - len(d)
    if exposure_col:
        bad = d[exposure_col] <= 0
        n_dropped += int(bad.sum())
        d = d[~bad]
    nz = int((d[count_col] > 0).sum())
    if len(d) < min_obs or nz < min_nonzero:
        return {"estimable": False, "ok": False, "nobs": len(d), "n_nonzero": nz,
                "reason": f"insufficient data: {len(d)} obs, {nz} non-zero counts (need {min_obs}/{min_nonzero})"}
    X = sm.add_constant(d[exog_cols], has_constant="add")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model = NegativeBinomial(d[count_col], X, loglike_method="nb2",
                                     exposure=d[exposure_col] if exposure_col else None)
            res = model.fit(disp=0, maxiter=200)
    except Exception as exc:  # noqa: BLE001
        return {"estimable": False, "ok": False, "reason": readable_failure(exc, "the count model"), "nobs": len(d)}
    params = res.params
    if not np.all(np.isfinite(params)) or not np.all(np.isfinite(res.bse)):
        return {"estimable": False, "ok": False, "reason": "non-finite estimates (separation / no variation)",
                "nobs": len(d)}
    return {
        "estimable": True, "ok": True,
        "params": params.drop("alpha").to_dict(), "pvalues": res.pvalues.drop("alpha").to_dict(),
        "bse": res.bse.drop("alpha").to_dict(),
        "alpha": float(params["alpha"]), "alpha_se": float(res.bse["alpha"]),
        "alpha_pvalue": float(res.pvalues["alpha"]),
        "converged": bool(res.mle_retvals.get("converged", False)),
        "nobs": int(res.nobs), "n_nonzero": nz, "n_dropped": int(n_dropped), "llf": float(res.llf),
        "aic": float(res.aic), "exposure": exposure_col, "results": res,
    }
