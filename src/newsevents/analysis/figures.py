"""Deterministic figure output: PNG + SVG + the CSV of the plotted data.

Byte-stable across runs: Agg backend, fixed ``svg.hashsalt``, no date/creator/software metadata.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

matplotlib.rcParams["svg.hashsalt"] = "newsevents"
matplotlib.rcParams["svg.fonttype"] = "path"


def save_figure(fig, data_df: pd.DataFrame, out_dir, name: str, dpi: int = 150) -> dict[str, Path]:
    """Save ``fig`` as ``name``.png / ``name``.svg and ``data_df`` as ``name``.csv in ``out_dir``.
    Returns {"png": path, "svg": path, "csv": path}. Closes the figure."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"png": out / f"{name}.png", "svg": out / f"{name}.svg", "csv": out / f"{name}.csv"}
    with matplotlib.rc_context({"svg.hashsalt": "newsevents"}):
        fig.savefig(paths["png"], format="png", dpi=dpi, metadata={"Software": None}, bbox_inches="tight")
        fig.savefig(paths["svg"], format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    data_df.to_csv(paths["csv"], index=False, lineterminator="\n")
    plt.close(fig)
    return paths


def plot_dyad_series(long_df: pd.DataFrame, value: str, out_dir, name: str,
                     changepoints: dict[str, list] | None = None) -> dict[str, Path]:
    """Line plot of ``value`` per dyad over period_start (long output of ``dyad_series``),
    with optional vertical changepoint lines per dyad."""
    fig, ax = plt.subplots(figsize=(8, 3.5))
    for dyad, g in long_df.groupby("dyad", sort=True):
        ax.plot(g["period_start"], g[value], label=dyad, lw=1)
        for cp in (changepoints or {}).get(dyad, []):
            ax.axvline(cp, ls="--", lw=0.8, color="k")
    ax.set_ylabel(value)
    ax.legend(frameon=False)
    fig.tight_layout()
    data = long_df[["dyad", "period_start", value]].copy()
    data["period_start"] = pd.to_datetime(data["period_start"]).dt.strftime("%Y-%m-%d")
    return save_figure(fig, data, out_dir, name)


def irf_figure(irf_df: pd.DataFrame, ordering: list[str] | None = None):
    """Grid of impulse responses with error bands (output of ``impulse_responses``): rows are
    responses, columns impulses, in ``ordering`` (default: sorted names). Returns the figure."""
    names = list(ordering) if ordering else sorted(set(irf_df["impulse"]))
    k = len(names)
    fig, axes = plt.subplots(k, k, figsize=(3 * k, 2.4 * k), squeeze=False, sharex=True)
    for i, resp in enumerate(names):
        for j, imp in enumerate(names):
            g = irf_df[(irf_df["impulse"] == imp) & (irf_df["response"] == resp)]
            ax = axes[i][j]
            ax.fill_between(g["step"], g["lower"], g["upper"], alpha=0.3, lw=0)
            ax.plot(g["step"], g["irf"], lw=1)
            ax.axhline(0, color="k", lw=0.5)
            ax.set_title(f"{imp} -> {resp}", fontsize=8)
    fig.tight_layout()
    return fig


def plot_irf(irf_df: pd.DataFrame, out_dir, name: str) -> dict[str, Path]:
    """Save ``irf_figure(irf_df)`` with its data."""
    return save_figure(irf_figure(irf_df), irf_df, out_dir, name)
