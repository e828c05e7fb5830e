"""Makefile variables are checked before anything runs, and analysis parameters are validated with
messages that name the bad value and the allowed ones."""

from __future__ import annotations

import shutil
import subprocess
import uuid

import pytest
import yaml

from newsevents import paths
from newsevents.analysis.params import (
    SPEC,
    ParameterError,
    check,
    notebook_defaults,
    write_notebook_parameters,
)
from newsevents.cli import main

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("0*.ipynb"))
needs_make = pytest.mark.skipif(shutil.which("make") is None, reason="make not installed")


def _make(*args, cwd=None):
    return subprocess.run(["make", "--no-print-directory", "-C", str(paths.ROOT), *args], capture_output=True,
                          text=True, cwd=cwd, timeout=60)


@needs_make
@pytest.mark.parametrize("value", ["data/raw/seeds;touch {x}", "data/raw/seeds`touch {x}`", "$(shell touch {x})",
                                   "data/raw/seeds$$(touch {x})", "data/raw/seeds&&touch {x}", "x'; touch {x}; '",
                                   "data/raw/seeds|tee {x}", "data/raw/seeds>{x}"])
@pytest.mark.parametrize("var", ["CORPUS", "GOLD", "DYADS", "CORPUS_NAME"])
def test_make_never_executes_a_parameter(tmp_path, var, value):
    x = tmp_path / "X"
    r = _make("help", f"{var}={value.format(x=x)}")
    assert r.returncode != 0
    assert not x.exists()
    assert var in r.stderr and ("contains" in r.stderr or "must not" in r.stderr), r.stderr


@needs_make
def test_make_refuses_a_path_with_spaces_clearly(tmp_path):
    d = tmp_path / "my corpus"
    d.mkdir()
    (d / "a.txt").write_text("text", encoding="utf-8")
    r = _make("articles", f"CORPUS={d}")
    assert r.returncode != 0
    assert "contains a space" in r.stderr and "symbolic link" in r.stderr


@needs_make
def test_make_stops_on_an_empty_or_missing_corpus(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / ".hidden").write_text("x", encoding="utf-8")
    r = _make("report", f"CORPUS={empty}")
    assert r.returncode != 0 and "empty folder" in r.stderr, r.stderr
    r = _make("events", f"CORPUS={tmp_path}/nope")
    assert r.returncode != 0 and "does not exist" in r.stderr, r.stderr
    assert not (paths.ROOT / "data" / "processed" / "empty").exists()


@needs_make
def test_make_refuses_outputs_of_another_corpus(tmp_path):
    name = f"test-owner-{uuid.uuid4().hex[:8]}"
    owner = paths.ROOT / "data" / ".corpora" / name
    owner.parent.mkdir(parents=True, exist_ok=True)
    owner.write_text("/some/other/corpus\n", encoding="utf-8")
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("text", encoding="utf-8")
    try:
        r = _make("events", f"CORPUS={corpus}", f"CORPUS_NAME={name}")
        assert r.returncode != 0
        assert "belong to the corpus /some/other/corpus" in r.stderr and "CORPUS_NAME=" in r.stderr, r.stderr
    finally:
        owner.unlink()
        for d in ("data/interim", "data/processed", "reports"):
            shutil.rmtree(paths.ROOT / d / name, ignore_errors=True)


@needs_make
def test_make_dry_run_uses_per_corpus_folders_and_gold(tmp_path):
    corpus = tmp_path / "mycorpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("text", encoding="utf-8")
    r = _make("-n", "report", f"CORPUS={corpus}")  # -n: the recipe of `report` shows the sub-make only
    assert r.returncode == 0, r.stderr
    r = _make("-n", "reports/mycorpus/notebooks/03_coder_validation.ipynb", f"CORPUS={corpus}")
    assert r.returncode == 0, r.stderr
    assert "../data/processed/mycorpus" in r.stdout and "-p gold_path ''" in r.stdout
    assert "-p output_dir ../reports/mycorpus/03_coder_validation" in r.stdout
    r = _make("-n", "reports/seeds/notebooks/03_coder_validation.ipynb")
    assert "-p gold_path '../data/gold/seeds_gold.jsonl'" in r.stdout, r.stdout
    r = _make("-n", "reports/mycorpus/notebooks/03_coder_validation.ipynb", f"CORPUS={corpus}",
              "GOLD=data/gold/seeds_gold.yml", "TEXT_COLUMN=body")
    assert "-p gold_path '../data/gold/seeds_gold.yml'" in r.stdout
    assert "--text-column 'body'" in r.stdout
    for d in ("data/interim", "reports"):
        shutil.rmtree(paths.ROOT / d / "mycorpus", ignore_errors=True)


# ----------------------------------------------------------------------------- parameters


def test_check_names_the_bad_value_and_the_allowed_ones():
    with pytest.raises(ParameterError, match=r"'AZE-ARN' names ARN.*close: .*ARM"):
        check({"dyads": ["AZE-ARM", "AZE-ARN"]})
    with pytest.raises(ParameterError, match=r"'AZEARM' is not a directed dyad.*SRC-TGT"):
        check({"dyads": "AZEARM"})
    with pytest.raises(ParameterError, match=r"start='2020-31-12' is not a date.*YYYY-MM-DD"):
        check({"start": "2020-31-12"})
    with pytest.raises(ParameterError, match=r"freq='Q': allowed D \(daily\), W \(weekly\), M \(monthly\)"):
        check({"freq": "Q"})
    with pytest.raises(ParameterError, match=r"start is after end"):
        check({"start": "2021-01-01", "end": "2020-01-01"})
    with pytest.raises(ParameterError, match=r"maxlags=0: allowed integer 1-52"):
        check({"maxlags": 0})
    with pytest.raises(ParameterError, match=r"changepoint_method='kmeans': allowed pelt, binseg, markov"):
        check({"changepoint_method": "kmeans"})
    with pytest.raises(ParameterError, match=r"mediators: 'rus' is not an actor code"):
        check({"mediators": "rus"})


def test_check_normalises_what_make_passes():
    p = check({"dyads": "AZE-ARM,ARM-AZE", "freq": "m", "start": "2020-09-01", "end": None, "maxlags": "3",
               "mediators": "RUS,TUR", "other": 1})
    assert p == {"dyads": ["AZE-ARM", "ARM-AZE"], "freq": "M", "start": "2020-09-01", "end": None, "maxlags": 3,
                 "mediators": ["RUS", "TUR"], "other": 1}
    assert check({"mediators": None})["mediators"] is None


def test_every_notebook_parameter_a_researcher_sets_is_documented():
    doc = (paths.ROOT / "docs" / "PARAMETERS.md").read_text(encoding="utf-8")
    declared = set().union(*(notebook_defaults(nb) for nb in NOTEBOOKS))
    internal = {"articles_dir", "processed_dir", "output_dir", "events_path", "articles_path", "gold_path",
                "devset_path", "sentence_gold_dir", "truth_path"}
    assert declared - internal <= set(SPEC), declared - internal - set(SPEC)
    for name in SPEC:
        assert f"`{name}`" in doc, name


def test_parameter_files_hold_only_what_each_notebook_declares(tmp_path):
    pfile = tmp_path / "p.yml"
    pfile.write_text("freq: M\ndyads: [ARM-AZE, AZE-ARM]\nn_draws: 3\n", encoding="utf-8")
    written = write_notebook_parameters(NOTEBOOKS, tmp_path / "out", file=pfile, assignments=["maxlags=2"])
    assert written["04_escalation"] == {"freq": "M", "dyads": ["ARM-AZE", "AZE-ARM"], "maxlags": 2}
    assert written["05_mediation"] == {"freq": "M", "dyads": ["ARM-AZE", "AZE-ARM"]}
    assert written["06_simulation_study"] == {"n_draws": 3}
    assert written["01_corpus"] == {}
    assert yaml.safe_load((tmp_path / "out" / "04_escalation.yml").read_text()) == written["04_escalation"]
    mtime = (tmp_path / "out" / "04_escalation.yml").stat().st_mtime_ns
    write_notebook_parameters(NOTEBOOKS, tmp_path / "out", file=pfile, assignments=["maxlags=2"])
    assert (tmp_path / "out" / "04_escalation.yml").stat().st_mtime_ns == mtime  # unchanged: make reruns nothing


def test_parameters_command_exits_non_zero_with_the_reason(tmp_path, capsys):
    nbs = [str(n) for n in NOTEBOOKS]
    assert main(["parameters", *nbs, "--out", str(tmp_path), "--set", "dyads=AZE-ARM,XXX-ARM"]) == 2
    assert "XXX-ARM" in capsys.readouterr().err
    assert main(["parameters", *nbs, "--out", str(tmp_path), "--set", "colour=red"]) == 2
    assert "unknown parameter 'colour'" in capsys.readouterr().err
    bad = tmp_path / "bad.yml"
    bad.write_text("start: yesterday\n", encoding="utf-8")
    assert main(["parameters", *nbs, "--out", str(tmp_path), "--file", str(bad)]) == 2
    assert "start='yesterday' is not a date" in capsys.readouterr().err
    assert main(["parameters", *nbs, "--out", str(tmp_path), "--set", "freq=M", "--quiet"]) == 0
