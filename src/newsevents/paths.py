"""One module for every path the project uses (cookiecutter-data-science habit).

Paths are resolved from the repository root (the folder holding pyproject.toml), so notebooks,
tests, the CLI and the Makefile agree whatever the working directory is. ``NEWSEVENTS_ROOT``
overrides the root (used by ``make verify`` to rerun in a scratch copy).
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _find_root() -> Path:
    env = os.environ.get("NEWSEVENTS_ROOT")
    if env:
        return Path(env).resolve()
    for parent in [Path.cwd(), *Path.cwd().parents, PACKAGE_DIR, *PACKAGE_DIR.parents]:
        if (parent / "pyproject.toml").is_file() and (parent / "src" / "newsevents").is_dir():
            return parent
    return Path.cwd()


ROOT = _find_root()
DATA = ROOT / "data"
RAW = DATA / "raw"
SEEDS = RAW / "seeds"
GOLD = DATA / "gold"
INTERIM = DATA / "interim"
PROCESSED = DATA / "processed"
REPORTS = ROOT / "reports"
NOTEBOOKS = ROOT / "notebooks"
DICTIONARIES = PACKAGE_DIR / "coding" / "dictionaries"
SHARED = ROOT.parent / "shared"          # workplace-only material (devset); never required at run time
DEVSET = SHARED / "devset" / "plover_gsr_dev.json"
