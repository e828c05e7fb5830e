"""Remove what changes at every execution from notebooks, so a refresh changes only what really changed.

Papermill and the kernel record start/end times and durations per cell and per notebook, and nbformat
gives new cells random ids; committed notebooks keep none of that (cell ids become ``cell-<n>``).
Used by ``make notebooks-refresh``; ``python -m newsevents.report.nbclean NOTEBOOK...``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

VOLATILE_NOTEBOOK = ("start_time", "end_time", "duration", "input_path", "output_path")


def clean(nb: dict) -> dict:
    meta = nb.get("metadata", {})
    pm = meta.get("papermill")
    if isinstance(pm, dict):
        for k in VOLATILE_NOTEBOOK:
            pm.pop(k, None)
    for i, cell in enumerate(nb.get("cells", [])):
        cm = cell.get("metadata", {})
        cm.pop("execution", None)
        cm.pop("papermill", None)
        cm.pop("ExecuteTime", None)
        if cm.get("tags") == []:
            cm.pop("tags")
        if "id" in cell:
            cell["id"] = f"cell-{i}"
    return nb


def clean_file(path: Path) -> bool:
    """Clean ``path`` in place; True when it changed."""
    text = Path(path).read_text(encoding="utf-8")
    nb = clean(json.loads(text))
    new = json.dumps(nb, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if new != text:
        Path(path).write_text(new, encoding="utf-8")
        return True
    return False


def volatile_fields(nb: dict) -> list[str]:
    """Where ``nb`` still holds execution times (empty when clean)."""
    found = [f"metadata.papermill.{k}" for k in VOLATILE_NOTEBOOK if k in nb.get("metadata", {}).get("papermill", {})]
    for i, cell in enumerate(nb.get("cells", [])):
        found += [f"cells[{i}].metadata.{k}" for k in ("execution", "papermill", "ExecuteTime")
                  if k in cell.get("metadata", {})]
    return found


if __name__ == "__main__":
    for p in sys.argv[1:]:
        if clean_file(Path(p)):
            print("cleaned", p)
