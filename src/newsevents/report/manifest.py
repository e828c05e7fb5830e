"""MANIFEST.json: for every figure and table, the notebook and parameters that made it and the
sha256 of its data and image files. ``verify`` compares a rerun against it."""

from __future__ import annotations

import json
from pathlib import Path

from ..io import write_text
from . import SECTIONS, sha256_file
from .artifacts import dumps


def build_manifest(reports: Path) -> dict:
    entries = []
    for sec in SECTIONS:
        art_path = reports / sec / "artifacts.json"
        if not art_path.is_file():
            continue
        art = json.loads(art_path.read_text(encoding="utf-8"))
        files = {"results": f"{sec}/results.json"}
        entries.append({"id": f"{sec}/results", "kind": "numbers", "notebook": art["notebook"],
                        "parameters": art.get("parameters", {}),
                        "sha256": {k: sha256_file(reports / v) for k, v in files.items()}, "files": files})
        for it in art["items"]:
            files = {k: f"{sec}/{v}" for k, v in sorted(it["files"].items())}
            entries.append({"id": f"{sec}/{it['name']}", "kind": it["kind"], "caption": it["caption"],
                            "notebook": art["notebook"], "parameters": art.get("parameters", {}),
                            "files": files, "sha256": {k: sha256_file(reports / v) for k, v in files.items()}})
    return {"entries": entries}


def write_manifest(reports: Path) -> Path:
    path = reports / "MANIFEST.json"
    write_text(path, dumps(build_manifest(reports)))
    return path


def compare(manifest: dict, rerun_reports: Path) -> list[tuple[str, str, str]]:
    """(id/file, status, detail) for every file of the manifest, status in {match, differ, missing}."""
    out = []
    for e in manifest["entries"]:
        for kind, rel in sorted(e["files"].items()):
            p = rerun_reports / rel
            if not p.is_file():
                out.append((f"{e['id']} [{kind}]", "missing", rel))
                continue
            got = sha256_file(p)
            want = e["sha256"][kind]
            out.append((f"{e['id']} [{kind}]", "match" if got == want else "differ",
                        rel if got == want else f"{rel}: {want[:12]} != {got[:12]}"))
    return out


def verify(manifest_path: Path, rerun_reports: Path) -> int:
    manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
    rows = compare(manifest, Path(rerun_reports))
    for ident, status, detail in rows:
        print(f"{status:8s} {ident}  {detail}")
    bad = [r for r in rows if r[1] != "match"]
    print(f"{len(rows) - len(bad)} match, {len(bad)} differ or missing")
    return 1 if bad else 0
