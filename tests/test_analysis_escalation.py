import numpy as np
import pandas as pd
import pytest
from statsmodels.tsa.stattools import grangercausalitytests

from newsevents.analysis import escalation as E
from newsevents.analysis.series import dyad_series, to_wide
from newsevents.analysis.simulate import simulate_events

DYADS = ["AZE-ARM", "ARM-AZE"]


@pytest.fixture(scope="module")
def sim():
    ev, art, truth = simulate_events(seed=0)
    w = to_wide(dyad_series(ev, DYADS, freq="D"), "quad4")
    return ev, art, truth, w


@pytest.fixture(scope="module")
def sim_nocp():
    ev, _, truth = simulate_events(seed=1, changepoint=None, base_rate=1.0)
    return to_wide(dyad_series(ev, DYADS, freq="D"), "quad4")


def _driven(n=600, seed=0):
    """x is AR(1) noise; y[t] = 0.5 y[t-1] + 0.6 x[t-1] + e: only x drives y."""
    rng = np.random.default_rng(seed)
    x = np.zeros(n)
    y = np.zeros(n)
    for t in range(1, n):
        x[t] = 0.3 * x[t - 1] + rng.normal()
        y[t] = 0.5 * y[t - 1] + 0.6 * x[t - 1] + rng.normal()
    return pd.DataFrame({"x": x, "y": y}, index=pd.date_range("2020-01-01", periods=n))


@pytest.mark.parametrize("method,kw", [("pelt", {}), ("binseg", {"n_bkps": 1})])
def test_changepoint_recovered_within_7_days(sim, method, kw):
    _, _, truth, w = sim
    cps = E.changepoints(w["AZE-ARM"], method=method, model="l2", **kw)
    assert cps.ok and len(cps) >= 1
    err = min(abs((c - truth["changepoint"]).days) for c in cps)
    assert err <= 7, (cps, truth["changepoint"])


def test_markov_changepoint_weekly(sim):
    ev, _, truth, _ = sim
    wk = to_wide(dyad_series(ev, DYADS, freq="W"), "quad4")
    cps = E.changepoints(wk["AZE-ARM"], method="markov", min_size=3)
    assert cps.ok and len(cps) >= 1
    assert abs((cps[0] - truth["changepoint"]).days) <= 7


def test_changepoints_insufficient():
    s = pd.Series([1.0, 2.0, 1.0], index=pd.date_range("2020-01-01", periods=3))
    cps = E.changepoints(s)
    assert cps == [] and cps.ok is False and "insufficient" in cps.reason
    flat = pd.Series(np.ones(50), index=pd.date_range("2020-01-01", periods=50))
    assert E.changepoints(flat).ok is False


def test_granger_direction_on_driven_data():
    df = _driven()
    fwd = E.granger(df, cause="x", effect="y", maxlag=2)
    bwd = E.granger(df, cause="y", effect="x", maxlag=2)
    assert fwd["ok"] and fwd["p_value"] < 0.05
    assert bwd["p_value"] > 0.05
    # statsmodels tests whether the SECOND column causes the FIRST: wrapper passes [effect, cause]
    raw = grangercausalitytests(df[["y", "x"]], maxlag=2)
    assert fwd["p_value"] == pytest.approx(raw[2][0]["ssr_ftest"][1])
    assert fwd["cause"] == "x" and fwd["effect"] == "y" and fwd["test"] == "ssr_ftest"


def test_granger_on_simulated_events(sim_nocp):
    w = sim_nocp
    fwd = E.granger(w, cause="AZE-ARM", effect="ARM-AZE", maxlag=2)
    bwd = E.granger(w, cause="ARM-AZE", effect="AZE-ARM", maxlag=2)
    assert fwd["p_value"] < 0.05
    assert bwd["p_value"] > 0.05


def test_granger_insufficient():
    df = _driven(n=8)
    r = E.granger(df, "x", "y", maxlag=2)
    assert r["ok"] is False and r["p_value"] is None


def test_fit_var_ordering_and_irf():
    df = _driven(n=400)
    v = E.fit_var(df, maxlags=4, ordering=["y", "x"])
    assert v.ok and v.ordering == ["y", "x"] and list(v.results.names) == ["y", "x"]
    assert v.lag >= 1 and v.stable and 0 <= v.whiteness_pvalue <= 1
    irf = E.impulse_responses(v, periods=4, repl=30, seed=1)
    irf2 = E.impulse_responses(v, periods=4, repl=30, seed=1)
    pd.testing.assert_frame_equal(irf, irf2)
    assert len(irf) == 5 * 4
    # x -> y response at step 1 is positive and its band excludes 0 (true effect 0.6)
    r = irf[(irf.impulse == "x") & (irf.response == "y") & (irf.step == 1)].iloc[0]
    assert r.lower > 0 and r.lower <= r.irf <= r.upper
    # y ordered first: contemporaneous response of y to an x shock is exactly 0 (Cholesky)
    r0 = irf[(irf.impulse == "x") & (irf.response == "y") & (irf.step == 0)].iloc[0]
    assert r0.irf == pytest.approx(0.0, abs=1e-12)
    # a different ordering refits
    irf_b = E.impulse_responses(v, periods=4, ordering=["x", "y"], method="asym")
    assert irf_b["ordering"].iloc[0] == "x>y"


def test_fit_var_insufficient():
    v = E.fit_var(_driven(n=12), maxlags=4)
    assert v.ok is False and "insufficient" in v.reason
    irf = E.impulse_responses(v, periods=4)
    assert irf.empty and irf.attrs["ok"] is False


def test_negative_binomial_alpha_estimated():
    rng = np.random.default_rng(42)
    n, alpha = 2000, 0.5
    x = rng.normal(size=n)
    expo = rng.integers(5, 50, size=n).astype(float)
    mu = expo * np.exp(-2.0 + 0.8 * x)
    y = rng.poisson(mu * rng.gamma(1 / alpha, alpha, size=n))
    df = pd.DataFrame({"y": y, "x": x, "articles": expo})
    r = E.conflict_count_model(df, "y", ["x"], exposure_col="articles")
    assert r["estimable"] and r["ok"]
    assert r["alpha"] != pytest.approx(1.0, abs=0.2)
    assert r["alpha"] == pytest.approx(alpha, abs=0.1)
    assert r["params"]["x"] == pytest.approx(0.8, abs=0.1)
    assert r["params"]["const"] == pytest.approx(-2.0, abs=0.15)


def test_negative_binomial_on_simulated_series(sim):
    ev, art, _, _ = sim
    s = dyad_series(ev, ["AZE-ARM"], freq="D", articles=art)
    s["post"] = (s["period_start"] >= pd.Timestamp("2020-09-27")).astype(float)
    r = E.conflict_count_model(s, "quad4", ["post"], exposure_col="article_count")
    assert r["ok"] and r["params"]["post"] > 0 and r["pvalues"]["post"] < 0.001


def test_negative_binomial_not_estimable():
    df = pd.DataFrame({"y": [0] * 40 + [1, 2], "x": np.arange(42.0), "e": np.ones(42)})
    r = E.conflict_count_model(df, "y", ["x"], exposure_col="e")
    assert r["estimable"] is False and r["ok"] is False and "insufficient" in r["reason"]


def test_escalation_ladder(sim):
    ev, _, _, _ = sim
    lad = E.escalation_ladder(ev, dyads=DYADS)
    assert lad["counts"].shape == (6, 6)
    assert lad["counts"].to_numpy().sum() == lad["n_transitions"]
    day = ev["date_precision"].eq("day") & (ev["source_country"] + "-" + ev["target_country"]).isin(DYADS)
    assert lad["n_transitions"] == int(day.sum()) - len(DYADS)
    probs = lad["probs"].dropna()
    assert np.allclose(probs.sum(axis=1), 1.0)
    assert E.LADDER["19"] == 6 and E.LADDER["04"] == 1 and E.LADDER["17"] == 5


def test_negative_binomial_recovers_simulated_process():
    """Simulated AZE->ARM counts: log rate = log(0.3) + log(6)*post - 0.5*mediated, NB2 alpha 0.5."""
    ev, _, truth = simulate_events(seed=0, nb_alpha=0.5)
    s = dyad_series(ev, ["AZE-ARM"], freq="D", start="2020-01-01", end="2021-12-30")
    s["post"] = (s["period_start"] >= truth["changepoint"]).astype(float)
    s["mediated"] = (truth["mediation_multiplier"].reindex(s["period_start"]).to_numpy() < 1).astype(float)
    r = E.conflict_count_model(s, "quad4", ["post", "mediated"])
    assert r["ok"]
    assert r["alpha"] == pytest.approx(0.5, abs=0.2)
    assert r["params"]["post"] == pytest.approx(np.log(6), abs=0.3)
    assert r["params"]["mediated"] == pytest.approx(-0.5, abs=0.25)
