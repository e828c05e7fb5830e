import networkx as nx
import numpy as np
import pandas as pd
import pytest

from newsevents.analysis import mediation as M
from newsevents.analysis.simulate import simulate_events


@pytest.fixture(scope="module")
def sim():
    return simulate_events(seed=0)


def test_mediators_explicit_and_inferred(sim):
    ev, _, truth = sim
    m = M.mediators(ev).set_index("actor")
    n_med_days = len(truth["mediation_dates"])
    assert m.loc["RUSGOV", "n_explicit"] == 2 * n_med_days  # one 045 event to each side
    assert m.loc["RUSGOV", "n_inferred"] == 0
    # TUR visits both sides the same day (root 04, not flagged as mediation) -> inferred
    assert m.loc["TURGOV", "n_inferred"] > 0 and m.loc["TURGOV", "n_explicit"] == 0
    assert "AZEGOV" not in m.index and "ARMGOV" not in m.index
    # restricting to a dyad TUR is not between finds no inferred mediation
    m2 = M.mediators(ev, dyads=["AZE-FRA"]).set_index("actor")
    assert "TURGOV" not in m2.index


def test_before_after_detects_mediation_effect(sim):
    ev, _, truth = sim
    r = M.before_after(ev, "AZE-ARM", k_days=14, placebo_draws=200, seed=0)
    assert r["ok"] and r["n_mediations"] >= 5
    mc = r["metrics"]["material_conflict"]
    assert mc["effect"] < 0 and mc["after_mean"] < mc["before_mean"]
    assert mc["p_lower"] < 0.05
    assert mc["placebo_q025"] <= mc["placebo_mean"] <= mc["placebo_q975"]
    assert r["metrics"]["goldstein"]["effect"] > 0
    r2 = M.before_after(ev, "AZE-ARM", k_days=14, placebo_draws=200, seed=0)
    assert r2["metrics"] == r["metrics"]


def test_before_after_insufficient(sim):
    ev, _, _ = sim
    no_med = ev[~ev["is_mediation"]]
    r = M.before_after(no_med, "AZE-ARM", k_days=14)
    assert r["ok"] is False and "mediation" in r["reason"]


def _toy_events(rows):
    cols = ["event_id", "event_date", "source_country", "target_country", "cameo_code", "cameo_root",
            "quad_class", "goldstein", "is_mediation", "mediator_actor", "mediator_country", "mediator_org",
            "source_actor", "target_actor"]
    out = []
    for i, (date, s, t, code, q) in enumerate(rows):
        out.append([f"e{i}", date, s, t, code, code[:2], q, 0.0, False, None, None, None, s, t])
    return pd.DataFrame(out, columns=cols)


def test_ceasefire_episodes_rules():
    ev = _toy_events([
        ("2020-01-01", "A", "B", "190", 4),
        ("2020-01-05", "A", "B", "0871", 2),
        ("2020-01-06", "B", "A", "0871", 2),   # re-declaration during the episode
        ("2020-01-10", "B", "A", "190", 4),    # breach (other direction counts when undirected)
        ("2020-01-20", "A", "B", "0871", 2),   # never breached -> censored at last date
        ("2020-01-30", "A", "C", "190", 4),
    ])
    ep = M.ceasefire_episodes(ev, "A-B")
    assert list(ep["duration_days"]) == [5, 10]
    assert list(ep["event"]) == [1, 0] and list(ep["censored"]) == [False, True]
    assert list(ep["n_declarations"]) == [2, 1]
    assert ep["prior_conflict_7d"].iloc[0] == 1
    km = M.survival_table(ep)
    assert km.attrs["ok"] and km["surv_prob"].iloc[0] == pytest.approx(0.5)
    assert M.survival_table(ep.iloc[:0]).attrs["ok"] is False


def test_hazard_model_no_intercept_and_recovers_coefficients():
    rng = np.random.default_rng(7)
    n = 300
    x1 = rng.integers(0, 2, n).astype(float)
    x2 = rng.normal(size=n)
    dur = rng.exponential(1 / (0.1 * np.exp(0.7 * x1 - 0.5 * x2)))
    cens = rng.exponential(30, n)
    ep = pd.DataFrame({"duration_days": np.minimum(dur, cens), "event": (dur <= cens).astype(int),
                       "mediated": x1, "prior_conflict_7d": x2})
    r = M.hazard_model(ep, ["mediated", "prior_conflict_7d"])
    assert r["ok"]
    assert len(r["results"].params) == 2  # PHReg: no intercept
    assert r["params"]["mediated"] == pytest.approx(0.7, abs=0.25)
    assert r["params"]["prior_conflict_7d"] == pytest.approx(-0.5, abs=0.2)


def test_hazard_model_insufficient(sim):
    ev, _, _ = sim
    ep = M.ceasefire_episodes(ev, "AZE-ARM")
    assert len(ep) < 10
    r = M.hazard_model(ep, ["mediated", "prior_conflict_7d"])
    assert r["ok"] is False and "insufficient" in r["reason"]


def test_hazard_model_on_simulated_episodes():
    ev, _, _ = simulate_events(seed=3, mediation_rate=0.08, ceasefire_prob=0.9)
    ep = M.ceasefire_episodes(ev, "AZE-ARM")
    assert len(ep) >= 10 and ep["event"].sum() >= 5
    r = M.hazard_model(ep, ["prior_conflict_7d"])
    assert r["ok"] and len(r["results"].params) == 1


def test_mediator_network(sim):
    ev, _, truth = sim
    g = M.mediator_network(ev)
    assert isinstance(g, nx.Graph)
    n = len(truth["mediation_dates"])
    assert g["RUS"]["AZE"]["weight"] == n and g["RUS"]["ARM"]["weight"] == n
    assert g.nodes["RUS"]["role"] == "mediator" and g.nodes["AZE"]["role"] == "party"
