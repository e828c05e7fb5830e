import matplotlib.pyplot as plt
import pandas as pd

from newsevents.analysis.figures import plot_dyad_series, save_figure


def _fig():
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.plot([0, 1, 2], [1, 3, 2], label="x")
    ax.legend()
    return fig


def test_save_figure_deterministic(tmp_path):
    data = pd.DataFrame({"x": [0, 1, 2], "y": [1, 3, 2]})
    p1 = save_figure(_fig(), data, tmp_path / "a", "f")
    p2 = save_figure(_fig(), data, tmp_path / "b", "f")
    for k in ("png", "svg", "csv"):
        assert p1[k].exists()
        assert p1[k].read_bytes() == p2[k].read_bytes(), k


def test_plot_dyad_series(tmp_path):
    long = pd.DataFrame({"dyad": ["A-B"] * 3, "period_start": pd.date_range("2020-01-01", periods=3),
                         "quad4": [0, 2, 1]})
    p = plot_dyad_series(long, "quad4", tmp_path, "s", changepoints={"A-B": [pd.Timestamp("2020-01-02")]})
    assert pd.read_csv(p["csv"]).shape == (3, 3)
