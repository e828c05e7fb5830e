"""The report builder: PDF with Cyrillic text, manifest hashes, verify detects a changed file."""

from __future__ import annotations

import json
import shutil

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from pypdf import PdfReader

from newsevents.report import build_report
from newsevents.report.artifacts import Recorder
from newsevents.report.manifest import build_manifest, verify


def _fake_reports(tmp_path):
    rec = Recorder(tmp_path / "01_corpus", "01_corpus")
    df = pd.DataFrame({"article_id": ["000", "001"], "title": ["Путин и Алиев", "Пашинян в Москве"]})
    rec.table(df, "corpus_table", "Статьи корпуса (a Cyrillic caption)")
    fig, ax = plt.subplots()
    ax.bar(["ru", "bg"], [3, 1])
    rec.figure(fig, pd.DataFrame({"lang": ["ru", "bg"], "n": [3, 1]}), "by_lang", "Articles by language")
    rec.results(n_articles=2, n_inputs=3, n_quarantined=1, by_lang={"ru": 1, "bg": 1},
                quarantine_reasons={"empty": 1})
    rec.close(parameters={"articles_dir": "x"})
    return tmp_path


def test_pdf_contains_cyrillic_and_numbers(tmp_path):
    reports = _fake_reports(tmp_path)
    pdf = build_report(reports)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Путин" in text
    assert "3 input" in text  # numbers in the prose come from results.json
    assert (reports / "MANIFEST.json").is_file()


def test_figures_are_deterministic(tmp_path):
    a = _fake_reports(tmp_path / "a")
    b = _fake_reports(tmp_path / "b")
    for name in ("by_lang.png", "by_lang.svg", "by_lang.csv", "corpus_table.csv", "results.json"):
        assert (a / "01_corpus" / name).read_bytes() == (b / "01_corpus" / name).read_bytes(), name


def test_verify_reports_match_and_difference(tmp_path, capsys):
    reports = _fake_reports(tmp_path / "r")
    manifest = tmp_path / "MANIFEST.json"
    manifest.write_text(json.dumps(build_manifest(reports)))
    rerun = tmp_path / "rerun"
    shutil.copytree(reports, rerun)
    assert verify(manifest, rerun) == 0
    (rerun / "01_corpus" / "by_lang.csv").write_text("lang,n\nru,4\n")
    assert verify(manifest, rerun) == 1
    out = capsys.readouterr().out
    assert "differ" in out and "01_corpus/by_lang [data]" in out


@pytest.mark.parametrize("missing", ["results.json", "by_lang.png"])
def test_verify_missing_file(tmp_path, missing):
    reports = _fake_reports(tmp_path / "r")
    manifest = tmp_path / "MANIFEST.json"
    manifest.write_text(json.dumps(build_manifest(reports)))
    (reports / "01_corpus" / missing).unlink()
    assert verify(manifest, reports) == 1


def test_report_date_is_the_commit_date_unless_overridden(monkeypatch):
    """Two runs of one commit print the same date; SOURCE_DATE_EPOCH overrides it."""
    import subprocess

    from newsevents import paths
    from newsevents.report import _run_date

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    try:
        ct = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=paths.ROOT, capture_output=True,
                            text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    import datetime as dt
    assert _run_date() == dt.datetime.fromtimestamp(int(ct), dt.UTC).strftime("%Y-%m-%d")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    assert _run_date() == "1970-01-02"
