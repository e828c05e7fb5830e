import pandas as pd
import pytest

from newsevents import schema
from newsevents.analysis.series import dyad_series, to_wide
from newsevents.analysis.simulate import GOLDSTEIN, simulate_events

DYADS = ["AZE-ARM", "ARM-AZE"]


@pytest.fixture(scope="module")
def sim():
    return simulate_events(seed=0)


def test_simulate_deterministic(sim):
    ev, art, truth = sim
    ev2, art2, truth2 = simulate_events(seed=0)
    pd.testing.assert_frame_equal(ev, ev2)
    pd.testing.assert_frame_equal(art, art2)
    assert truth["mediation_dates"] == truth2["mediation_dates"]
    ev3, _, _ = simulate_events(seed=1)
    assert not ev3.equals(ev)


def test_simulate_validates_against_schema(sim):
    ev, art, _ = sim
    schema.validate(ev, schema.EVENTS, "events")
    schema.validate(art, schema.ARTICLES, "articles")
    assert set(ev["cameo_code"]) <= set(GOLDSTEIN)
    assert (ev["goldstein"] == ev["cameo_code"].map(GOLDSTEIN)).all()
    # every article id referenced by an event exists
    ids = set(art["article_id"])
    assert all(a in ids for s in ev["article_ids"] for a in s.split(";"))


def test_series_complete_with_zero_periods(sim):
    ev, art, _ = sim
    s = dyad_series(ev, DYADS, freq="W", start="2020-01-01", end="2021-12-31", articles=art)
    periods = pd.period_range("2020-01-01", "2021-12-31", freq="W")
    assert len(s) == 2 * len(periods)
    for d in DYADS:
        g = s[s["dyad"] == d]
        assert list(g["period"]) == list(periods)
    assert (s["event_count"] == s[["quad1", "quad2", "quad3", "quad4"]].sum(axis=1)).all()
    assert (s["article_count"] > 0).all()
    # a window without events yields explicit zero rows
    z = dyad_series(ev, DYADS, freq="D", start="2019-12-01", end="2019-12-10")
    assert len(z) == 20 and (z["event_count"] == 0).all() and (z["article_count"] == 0).all()


def test_series_drops_imprecise_dates_and_reports(sim):
    ev, _, _ = sim
    in_dyads = ev[(ev["source_country"] + "-" + ev["target_country"]).isin(DYADS)]
    n_month = int((in_dyads["date_precision"] == "month").sum())
    n_null = int(in_dyads["event_date"].isna().sum())
    assert n_month > 0 and n_null > 0
    d = dyad_series(ev, DYADS, freq="D")
    assert d.attrs["n_dropped_month_precision"] == n_month
    assert d.attrs["n_dropped_null_date"] == n_null
    assert d["event_count"].sum() == len(in_dyads) - n_month - n_null
    m = dyad_series(ev, DYADS, freq="M")
    assert m.attrs["n_dropped_month_precision"] == 0
    assert m["event_count"].sum() == len(in_dyads) - n_null


def test_series_matches_truth(sim):
    ev, _, truth = sim
    w = to_wide(dyad_series(ev, DYADS, freq="D"), "quad4")
    true = truth["daily_material_conflict"].loc[w.index, w.columns]
    # only month/null-dated events are missing
    assert (w <= true).all().all()
    assert (true - w).sum().sum() <= 0.06 * true.sum().sum()


def test_bad_freq():
    with pytest.raises(ValueError):
        dyad_series(pd.DataFrame(), DYADS, freq="Q")


def test_symmetric_event_counts_in_both_directed_dyads():
    import pandas as pd

    from newsevents.analysis.series import dyad_series

    ev = pd.DataFrame({
        "event_date": ["2024-01-01", "2024-01-02"], "source_country": ["ARM", "AZE"],
        "target_country": ["AZE", "ARM"], "goldstein": [1.0, -10.0], "quad_class": [1, 4],
        "is_symmetric": [True, False],
    })
    s = dyad_series(ev, dyads=["ARM-AZE", "AZE-ARM"], freq="D")
    counts = s.groupby("dyad")["event_count"].sum().to_dict()
    assert counts == {"ARM-AZE": 1, "AZE-ARM": 2} and s.attrs["n_symmetric_mirrored"] == 1
    day1 = s[s["period_start"] == pd.Timestamp("2024-01-01")].set_index("dyad")["quad1"].to_dict()
    assert day1 == {"ARM-AZE": 1, "AZE-ARM": 1}
