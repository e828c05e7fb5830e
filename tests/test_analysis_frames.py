import pandas as pd
import pytest

from newsevents.analysis import escalation as E
from newsevents.analysis.frames import count_design, granger_sensitivity
from newsevents.analysis.simulate import simulate_events


@pytest.fixture(scope="module")
def sim():
    return simulate_events(seed=2, days=400, changepoint="2020-06-01")


def test_count_design(sim):
    ev, art, truth = sim
    d = count_design(ev, "AZE-ARM", freq="W", articles=art)
    assert {"material_conflict", "lag_mediation", "lag_conflict", "article_count"} <= set(d.columns)
    assert (d["lag_conflict"].iloc[1:].to_numpy() == d["material_conflict"].iloc[:-1].to_numpy()).all()
    assert d["mediation"].sum() > 0 and d["mediation"].sum() <= len(truth["mediation_dates"])
    cm = E.conflict_count_model(d, "material_conflict", ["lag_mediation", "lag_conflict"], exposure_col="article_count")
    assert cm["ok"] and "alpha" in cm


def test_granger_sensitivity(sim):
    ev, _, _ = sim
    g = granger_sensitivity(ev, "AZE-ARM", maxlag=2)
    assert list(g["freq"]) == ["D", "D", "W", "W", "M", "M"]
    d = g[(g.freq == "D") & (g.cause == "AZE-ARM")].iloc[0]
    assert d["ok"] and d["p_value"] < 0.05
    m = g[g.freq == "M"]
    assert (~m["ok"]).all()  # 14 months are too few for lag 2: honest non-result
    assert pd.isna(m["p_value"]).all()
