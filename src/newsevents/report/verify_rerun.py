"""`make verify`: clone the working tree's committed files into a scratch folder, rerun `make report`
there with the same make variables (CORPUS=, CORPUS_NAME=, GOLD=, parameters), and compare every
figure/table hash with reports/<corpus-name>/MANIFEST.json.

A corpus, gold or parameters file outside the repository is read in place; one inside it that git does
not track (e.g. data/raw/my-corpus) is linked into the scratch copy at the same relative path.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .. import paths
from .manifest import verify

PATH_VARS = ("CORPUS", "GOLD", "PARAMS", "EVENTS")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsevents.report.verify_rerun")
    ap.add_argument("--reports", default="reports/seeds", help="the corpus' reports folder, relative to the root")
    ap.add_argument("assignments", nargs="*", help="make variables NAME=VALUE for the rerun")
    args = ap.parse_args(argv)
    root = paths.ROOT
    manifest = root / args.reports / "MANIFEST.json"
    if not manifest.is_file():
        print(f"verify: {manifest} does not exist; run make report with the same variables first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="newsevents-verify-") as tmp:
        scratch = Path(tmp) / "rerun"
        # copy the tracked files (and uncommitted edits to them) without generated data
        files = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True).stdout
        _copy(root, scratch, files)
        os.symlink(root / ".venv", scratch / ".venv")
        if (root.parent / "shared").is_dir():  # the devset beside the clone, as in the original run
            os.symlink(root.parent / "shared", scratch.parent / "shared")
        for a in args.assignments:
            name, _, value = a.partition("=")
            if name in PATH_VARS and value:
                link_untracked(root, scratch, value)
        env = {**os.environ, "NEWSEVENTS_ROOT": str(scratch), "GIT_DIR": str(root / ".git"),
               "GIT_WORK_TREE": str(scratch)}
        env.pop("MAKEFLAGS", None)  # the variables are passed explicitly below
        env.pop("MFLAGS", None)
        subprocess.run(["make", "-C", str(scratch), "report", *args.assignments], check=True, env=env)
        return verify(manifest, scratch / args.reports)


def link_untracked(root: Path, scratch: Path, value: str) -> None:
    """Make a relative path that exists under ``root`` exist under ``scratch`` too (as a link)."""
    rel = Path(value)
    if rel.is_absolute() or not (root / rel).exists() or (scratch / rel).exists():
        return
    (scratch / rel).parent.mkdir(parents=True, exist_ok=True)
    os.symlink((root / rel).resolve(), scratch / rel.as_posix().rstrip("/"))


def _copy(root: Path, scratch: Path, files: bytes) -> None:
    import shutil

    for rel in filter(None, files.decode().split("\0")):
        src, dst = root / rel, scratch / rel
        if src.is_file():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)


if __name__ == "__main__":
    sys.exit(main())
