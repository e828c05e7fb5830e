"""A researcher's own corpus: the gold that belongs to it, honest empty states, no false claims, no
stale PDF, tables that fit the page, and the notebooks end to end on a one-article corpus."""

from __future__ import annotations

import configparser
import json
import re
import shutil
import subprocess

import pandas as pd
import pytest
from pypdf import PdfReader

from newsevents import paths
from newsevents import report as R
from newsevents.analysis.escalation import granger, readable_failure
from newsevents.analysis.mediation import restrict_mediators
from newsevents.coding.evaluate import GoldError, load_corpus_gold
from newsevents.report.artifacts import Recorder


def _pdf_text(pdf) -> str:
    return " ".join(page.extract_text() for page in PdfReader(pdf).pages)


# ----------------------------------------------------------------------------- gold


def test_gold_of_another_corpus_is_refused(tmp_path):
    with pytest.raises(GoldError, match="none of which is in this corpus.*gold of another corpus"):
        load_corpus_gold(paths.GOLD / "seeds_gold.yml", ["a01", "a02"])
    with pytest.raises(GoldError, match="does not exist"):
        load_corpus_gold(tmp_path / "nope.yml", ["a01"])


def test_gold_article_ids_may_be_file_stems_and_jsonl_is_read(tmp_path):
    gold, info = load_corpus_gold(paths.GOLD / "seeds_gold.yml",
                                  ["000_d6a6283271d8b381", "001_3becbaa7e5e57c0c", "zzz"])
    assert set(gold["article_id"]) == {"000_d6a6283271d8b381", "001_3becbaa7e5e57c0c"}
    assert info["gold_articles_not_in_corpus"] == ["002_b273104b417d0287", "003_330314713fe25995",
                                                   "004_4cd0308355cadbed"]
    j = tmp_path / "g.jsonl"
    j.write_text('{"doc_id": "000", "date": "2020-10-01", "source": "RUS.GOV", "target": "AZE", "cameo": "042", '
                 '"mediator": null}\n\n{"doc_id": "x9", "source": "ARM", "target": "AZE", "cameo": "190"}\n',
                 encoding="utf-8")
    gold, info = load_corpus_gold(j, ["000_d6a6283271d8b381", "b"])
    assert gold.to_dict("records")[0] | {} == {
        "article_id": "000_d6a6283271d8b381", "event_date": "2020-10-01", "source_actor": "RUSGOV",
        "target_actor": "AZE", "cameo_code": "042", "is_mediation": False, "mediator_actor": None, "note": ""}
    assert info["gold_articles_not_in_corpus"] == ["x9"]
    j.write_text('{"doc_id": "000", "cameo": "042"}\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"g.jsonl:1: missing source, target"):
        load_corpus_gold(j, ["000"])


# ----------------------------------------------------------------------------- readable failures


def test_granger_failure_is_a_readable_reason():
    # monthly series that become constant once lagged: statsmodels raises "The x values include a column
    # with constant values ..."; the result says it in words
    idx = pd.period_range("2020-01", periods=20, freq="M").to_timestamp()
    df = pd.DataFrame({"a": [0.0] * 19 + [3.0], "b": [1.0] + [0.0] * 19}, index=idx)
    g = granger(df, cause="a", effect="b", maxlag=2)
    assert not g["ok"]
    assert "x values" not in g["reason"] and "could not be computed" in g["reason"], g["reason"]
    msg = readable_failure(ValueError("The x values include a column with constant values and so the test "
                                      "statistic cannot be computed."), "the Granger test")
    assert msg.startswith("the Granger test could not be computed: a series is constant")
    assert "RuntimeError" in readable_failure(RuntimeError("boom"))


def test_restrict_mediators_keeps_only_the_listed_third_parties():
    ev = pd.DataFrame({"is_mediation": [True, True, False], "mediator_actor": ["RUSGOV", "TURGOV", None],
                       "mediator_country": ["RUS", "TUR", None], "mediator_org": [None, None, None],
                       "source_actor": ["RUSGOV", "TURGOV", "RUSGOV"]})
    assert restrict_mediators(ev, ["RUS"])["is_mediation"].tolist() == [True, False, False]
    assert restrict_mediators(ev, None) is ev


# ----------------------------------------------------------------------------- report text and template


def _results(n_articles=38, gold=False):
    c = {"n_articles": n_articles, "n_inputs": n_articles, "n_quarantined": 0, "by_lang": {"en": n_articles}}
    v = {"summary": "No gold codes were given for this corpus.", "gold_available": gold, "overall": None,
         "sentence_gold": [{"lang": "en", "split": "heldout", "n_gold": 40, "f1": 0.8},
                           {"lang": "ru", "split": "heldout", "n_gold": 60, "f1": 0.9}]}
    if gold:
        v.update(overall={"f1": 0.5}, gold={"gold_path": "my_gold.yml"})
    return {"01_corpus": c, "03_coder_validation": v}


def test_compose_makes_no_false_claims():
    prov = {}
    out = R.compose(_results(38), prov, corpus_name="news")
    text = json.dumps(out, ensure_ascii=False)
    assert "five articles" not in text and "bundled" not in text
    assert "F1 0.0%" not in text and "F1 n/a" not in text
    assert "No gold codes were given for this corpus" in out["abstract"]
    # the abstract names the corpus's own languages (an English-only corpus is not "Russian, Bulgarian ... text")
    assert "coding each article in its own language (English; the coder reads" in out["abstract"]
    assert "en 80.0%, ru 90.0% (mean weighted by events 86.0%)" in out["abstract"]
    assert "sentences_<lang>.yml" in out["abstract"]
    assert not any("too few to support inference" in x for x in out["limitations"])
    small = R.compose(_results(1), prov, corpus_name="news")
    assert any("'news' has 1 article:" in x for x in small["limitations"])
    gold = R.compose(_results(38, gold=True), prov, corpus_name="news")
    assert "(my_gold.yml) the coder reaches event-level F1 50.0%" in gold["abstract"]


def _reports_with_tables(tmp_path, n_rows):
    rec = Recorder(tmp_path / "02_code_events", "02_code_events")
    rec.table(pd.DataFrame({"article_id": [f"a{i:05d}" for i in range(n_rows)],
                            "evidence": ["Длинное предложение " * 20] * n_rows}), "evidence", "Evidence.")
    rec.table(pd.DataFrame(columns=["gold_root", "pred_root", "n"]), "confusion", "Confusion.")
    rec.close()
    Recorder(tmp_path / "03_coder_validation", "03_coder_validation").close()  # no items at all
    return tmp_path


def test_long_tables_are_shortened_with_a_pointer_and_empty_ones_do_not_break(tmp_path):
    reports = _reports_with_tables(tmp_path, 500)
    pdf = R.build_report(reports, corpus_name="big")
    text = _pdf_text(pdf)
    assert f"First {R.MAX_TABLE_ROWS} of 500 rows; all rows in" in text
    assert "02_code_events/evidence.csv" in text
    assert "a00024" in text and "a00025" not in text
    assert "The table is empty" in text  # the header-only confusion table
    data = json.loads((reports / "report_data.json").read_text(encoding="utf-8"))
    item = data["sections"]["02_code_events"]["items"][0]
    assert max(len(c) for r in item["rows"] for c in r) <= R.MAX_CELL_CHARS


def test_a_failed_build_leaves_no_pdf(tmp_path, monkeypatch):
    reports = _reports_with_tables(tmp_path, 3)
    pdf = R.build_report(reports)
    assert pdf.is_file()
    broken = tmp_path / "broken.typ"
    broken.write_text('#let d = json("report_data.json")\n#d.no_such_key.at(0)\n', encoding="utf-8")
    monkeypatch.setattr(R, "TEMPLATE", broken)
    with pytest.raises(Exception):  # noqa: B017 - typst's own error type
        R.build_report(reports)
    assert not pdf.exists() and not (reports / "MANIFEST.json").exists()
    assert not list(reports.glob("*.pdf*"))


# ----------------------------------------------------------------------------- nbval and the dictionaries


def test_sanitize_hides_the_dictionary_hash_and_coder_version():
    cfg = configparser.ConfigParser()
    cfg.read(paths.NOTEBOOKS / "sanitize.cfg")
    rules = [(re.compile(cfg[s]["regex"]), cfg[s]["replace"]) for s in cfg.sections()]

    def clean(text):
        for rx, rep in rules:
            text = rx.sub(rep, text)
        return text

    nb = json.loads((paths.NOTEBOOKS / "02_code_events.ipynb").read_text(encoding="utf-8"))
    texts = ["".join(o["text"]) for c in nb["cells"] for o in c.get("outputs", []) if "text" in o]
    printed = next(t for t in texts if '"dictionary_hash": ' in t)  # the committed output prints the hash
    changed = re.sub(r'("dictionary_hash": ")[0-9a-f]+', r"\g<1>0123456789abcdef", printed)
    changed = re.sub(r'("coder_version": ")[^"]+', r"\g<1>9.9.9+other", changed)
    assert changed != printed
    assert clean(changed) == clean(printed)


# ----------------------------------------------------------------------------- end to end, one article


@pytest.mark.slow
def test_notebooks_and_report_on_a_one_article_corpus_without_gold(tmp_path):
    from newsevents.pipeline import code_corpus

    corpus = tmp_path / "one"
    corpus.mkdir()
    shutil.copy(sorted(paths.SEEDS.glob("*.txt"))[3], corpus / "only.txt")
    interim, processed, reports = tmp_path / "interim", tmp_path / "processed", tmp_path / "reports"
    code_corpus(corpus, processed, progress=False)
    shutil.copytree(processed, interim)
    pm = [shutil.which("papermill") or str(paths.ROOT / ".venv" / "bin" / "papermill"), "--log-level", "WARNING",
          "-k", "python3", "--cwd", str(paths.NOTEBOOKS)]
    runs = {
        "01_corpus": ["-p", "articles_dir", str(interim)],
        "02_code_events": ["-p", "processed_dir", str(processed)],
        "03_coder_validation": ["-p", "processed_dir", str(processed), "-p", "gold_path", ""],
        "04_escalation": ["-p", "events_path", str(processed / "events.parquet"), "-p", "articles_path",
                          str(processed / "articles.parquet"), "-y", "dyads: [ARM-AZE, AZE-TUR]\nfreq: M"],
        "05_mediation": ["-p", "events_path", str(processed / "events.parquet"), "-p", "articles_path",
                         str(processed / "articles.parquet"), "-y", "mediators: [RUS]"],
    }
    for nb, args in runs.items():
        r = subprocess.run([*pm, str(paths.NOTEBOOKS / f"{nb}.ipynb"), str(tmp_path / f"{nb}.ipynb"),
                            "-p", "output_dir", str(reports / nb), *args], capture_output=True, text=True)
        assert r.returncode == 0, (nb, r.stderr[-3000:])
    v = json.loads((reports / "03_coder_validation" / "results.json").read_text(encoding="utf-8"))
    assert v["gold_available"] is False and v["overall"] is None
    pdf = R.build_report(reports, processed=processed, corpus_name="one")
    text = _pdf_text(pdf)
    assert "corpus 'one' holds 1 inputs" in text.replace("\n", " ")
    assert "No gold codes were given for this corpus" in text.replace("\n", " ")
    assert "five articles" not in text and "F1 0.0%" not in text
    # a wrong dyad stops notebook 04 with a message naming it
    r = subprocess.run([*pm, str(paths.NOTEBOOKS / "04_escalation.ipynb"), str(tmp_path / "bad.ipynb"),
                        "-p", "output_dir", str(tmp_path / "bad"), "-p", "events_path",
                        str(processed / "events.parquet"), "-y", "dyads: [AZE-ARN]"], capture_output=True, text=True)
    assert r.returncode != 0
    assert "ParameterError" in r.stderr and "AZE-ARN" in r.stderr


# ----------------------------------------------------------------------------- demonstration, committed notebooks


def test_demonstration_tables_put_planted_beside_recovered():
    from newsevents.analysis.demo import escalation_recovery, mediation_recovery, truth_record
    from newsevents.analysis.simulate import simulate_events

    _, _, truth = simulate_events(seed=0, days=200)
    t = json.loads(json.dumps(truth_record(truth)))
    esc = escalation_recovery(t, {"AZE-ARM": ["2020-02-01"], "ARM-AZE": []},
                              [{"cause": "AZE-ARM", "effect": "ARM-AZE", "ok": True, "p_value": 0.001},
                               {"cause": "ARM-AZE", "effect": "AZE-ARM", "ok": False, "reason": "insufficient data"}],
                              {"ok": False, "reason": "constant series"})
    rows = esc.set_index("feature")["recovered"].to_dict()
    planted_day = pd.Timestamp(t["changepoint"])
    assert rows["changepoint in AZE-ARM conflict"] == f"2020-02-01 ({(pd.Timestamp('2020-02-01') - planted_day).days:+d} days)"
    assert rows["reciprocity AZE-ARM -> ARM-AZE"] == "Granger AZE-ARM -> ARM-AZE: p = 0.001"
    assert rows["no reciprocity ARM-AZE -> AZE-ARM"].endswith("insufficient data")
    assert rows["VAR"] == "not fitted (constant series)"
    med = mediation_recovery(t, pd.DataFrame({"actor": ["TURGOV", "RUSGOV"], "n_explicit": [0, 5]}),
                             {"ok": True, "metrics": {"material_conflict": {"effect": -2.5, "p_lower": 0.01}}})
    assert med["recovered"].tolist()[0] == "most explicit mediation events: RUSGOV"
    assert "x0.61 (log -0.5)" in med["planted"].tolist()[1] and "-2.50" in med["recovered"].tolist()[1]


def test_committed_notebooks_hold_no_execution_times():
    from newsevents.report.nbclean import volatile_fields

    for nb in sorted(paths.NOTEBOOKS.glob("0*.ipynb")):
        data = json.loads(nb.read_text(encoding="utf-8"))
        assert volatile_fields(data) == [], nb.name
        assert [c["id"] for c in data["cells"]] == [f"cell-{i}" for i in range(len(data["cells"]))], nb.name
