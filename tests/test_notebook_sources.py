"""The notebooks' text sources (jupytext py:percent) and their paired .ipynb are in sync, and an edit
to a source reaches the .ipynb that make runs, outputs kept."""

from __future__ import annotations

import shutil
import subprocess

import jupytext

from newsevents import paths

SOURCES = sorted(paths.NOTEBOOKS.glob("0*.py"))


def _cells(nb):
    return [(c.cell_type, c.source.strip(), sorted(c.metadata.get("tags", []))) for c in nb.cells]


def test_every_notebook_has_a_text_source_in_sync():
    ipynbs = sorted(paths.NOTEBOOKS.glob("0*.ipynb"))
    assert [p.stem for p in SOURCES] == [p.stem for p in ipynbs] and len(SOURCES) == 6
    for py in SOURCES:
        a = jupytext.read(py)
        b = jupytext.read(py.with_suffix(".ipynb"))
        assert _cells(a) == _cells(b), f"{py.name} and its .ipynb differ: run make notebooks-refresh"
        assert any("parameters" in c.metadata.get("tags", []) for c in b.cells), py.name


def test_no_generator_script_left():
    assert not (paths.ROOT / "scripts" / "make_notebooks.py").exists()


def test_an_edit_to_the_source_updates_the_ipynb_keeping_outputs(tmp_path):
    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    for suffix in (".py", ".ipynb"):
        shutil.copy(paths.NOTEBOOKS / f"04_escalation{suffix}", nbdir / f"04_escalation{suffix}")
    src = nbdir / "04_escalation.py"
    src.write_text(src.read_text(encoding="utf-8").replace('freq = "W"', 'freq = "M"'), encoding="utf-8")
    jt = shutil.which("jupytext") or str(paths.ROOT / ".venv" / "bin" / "jupytext")
    subprocess.run([jt, "--quiet", "--update", "--to", "ipynb", str(src)], check=True, cwd=tmp_path)
    nb = jupytext.read(nbdir / "04_escalation.ipynb")
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    assert 'freq = "M"' in params.source
    before = jupytext.read(paths.NOTEBOOKS / "04_escalation.ipynb")
    assert [c.get("outputs") for c in nb.cells if c.cell_type == "code"][1:] == \
        [c.get("outputs") for c in before.cells if c.cell_type == "code"][1:]
