"""`make verify`: clone the working tree's committed files into a scratch folder, rerun `make report`
there with the same environment, and compare every figure/table hash with reports/MANIFEST.json."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .. import paths
from .manifest import verify


def main() -> int:
    root = paths.ROOT
    with tempfile.TemporaryDirectory(prefix="newsevents-verify-") as tmp:
        scratch = Path(tmp) / "rerun"
        # copy the tracked files (and uncommitted edits to them) without generated data
        files = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True).stdout
        _copy(root, scratch, files)
        os.symlink(root / ".venv", scratch / ".venv")
        if (root.parent / "shared").is_dir():  # the devset beside the clone, as in the original run
            os.symlink(root.parent / "shared", scratch.parent / "shared")
        env = {**os.environ, "NEWSEVENTS_ROOT": str(scratch), "GIT_DIR": str(root / ".git"),
               "GIT_WORK_TREE": str(scratch)}
        subprocess.run(["make", "-C", str(scratch), "report"], check=True, env=env)
        return verify(root / "reports" / "MANIFEST.json", scratch / "reports")


def _copy(root: Path, scratch: Path, files: bytes) -> None:
    import shutil

    for rel in filter(None, files.decode().split("\0")):
        src, dst = root / rel, scratch / rel
        if src.is_file():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)


if __name__ == "__main__":
    sys.exit(main())
