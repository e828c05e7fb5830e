"""Figures, tables and key numbers written by the notebooks, in a form the report and the manifest read.

Every figure is saved as PNG and SVG *with the data it plots as CSV*; every table as CSV. Files are
written deterministically (no dates in image metadata, fixed SVG ids, sorted JSON), so a rerun on
the same lock gives the same bytes. ``artifacts.json`` lists what a notebook made, with captions.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from ..analysis.figures import save_figure  # noqa: E402
from ..io import write_text  # noqa: E402

plt.rcParams.update(
    {
        "svg.hashsalt": "newsevents",
        "svg.fonttype": "path",
        "figure.dpi": 100,
        "savefig.dpi": 150,
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }
)


def _clean(obj):
    """JSON-safe, deterministic: NaN -> None, numpy scalars -> Python, floats rounded to 6 places."""
    if isinstance(obj, dict):
        return {str(k): _clean(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_clean(v) for v in obj]
    if hasattr(obj, "item") and not isinstance(obj, str):
        try:
            obj = obj.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(obj, float):
        return None if math.isnan(obj) or math.isinf(obj) else round(obj, 6)
    if isinstance(obj, pd.Timestamp):
        return obj.strftime("%Y-%m-%d")
    return obj


def display_options() -> None:
    """The pandas display options every notebook uses (wide tables, truncated long cells)."""
    pd.set_option("display.width", 140)
    pd.set_option("display.max_columns", 30)
    pd.set_option("display.max_colwidth", 40)


def mark_empty(ax, message: str) -> None:
    """An empty figure says why it is empty, without axes that suggest a scale."""
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def dumps(obj) -> str:
    return json.dumps(_clean(obj), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_csv(df: pd.DataFrame, path: Path) -> None:
    write_text(path, df.to_csv(index=False, lineterminator="\n", float_format="%.6g"))


class Recorder:
    """Collects what one notebook produces into ``output_dir``."""

    def __init__(self, output_dir: str | Path, notebook: str):
        self.dir = Path(output_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.notebook = notebook
        self.items: list[dict] = []
        self.numbers: dict = {}

    def figure(self, fig, data: pd.DataFrame, name: str, caption: str) -> None:
        """Save ``fig`` as PNG and SVG, ``data`` as CSV, and record the caption."""
        p = save_figure(fig, data, self.dir, name)
        self.items.append({"kind": "figure", "name": name, "caption": caption,
                           "files": {"png": p["png"].name, "svg": p["svg"].name, "data": p["csv"].name}})

    def table(self, df: pd.DataFrame, name: str, caption: str) -> None:
        csv = self.dir / f"{name}.csv"
        write_csv(df, csv)
        self.items.append({"kind": "table", "name": name, "caption": caption, "files": {"data": csv.name}})

    def results(self, **numbers) -> None:
        self.numbers.update(numbers)

    def close(self, parameters: dict | None = None) -> dict:
        write_text(self.dir / "results.json", dumps(self.numbers))
        write_text(self.dir / "artifacts.json",
                   dumps({"notebook": self.notebook, "parameters": parameters or {}, "items": self.items}))
        return self.numbers
