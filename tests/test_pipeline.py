"""Orchestration: outputs, exports, resumability and worker-count independence."""

from __future__ import annotations

import hashlib
import shutil

import pandas as pd
import pytest

from newsevents import paths
from newsevents import schema as sch
from newsevents.pipeline import _stata_frame, code_corpus, write_stata
from newsevents.synth import generate

OUTPUTS = ["articles.parquet", "quarantine.parquet", "mentions.parquet", "events.parquet",
           "mentions.csv", "events.csv", "events.dta"]


def _sha(p):
    return hashlib.sha256(p.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def seeds_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds_out")
    first = code_corpus(paths.SEEDS, out, chunk_size=2, progress=False)
    return out, first


def test_seeds_write_all_tables(seeds_run):
    out, s = seeds_run
    for name in OUTPUTS:
        assert (out / name).is_file(), name
    assert s["read"] == s["kept"] + s["quarantined"]
    assert s["kept"] >= 1
    for name, schema in [("articles", sch.ARTICLES), ("quarantine", sch.QUARANTINE),
                         ("mentions", sch.MENTIONS), ("events", sch.EVENTS)]:
        df = pd.read_parquet(out / f"{name}.parquet")
        assert list(df.columns) == schema.names
    events = pd.read_parquet(out / "events.parquet")
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert s["events"] == len(events) and s["mentions"] == len(mentions)
    # CSV: UTF-8, \n line endings, same rows
    raw = (out / "events.csv").read_bytes()
    assert b"\r\n" not in raw
    raw.decode("utf-8")
    assert len(pd.read_csv(out / "events.csv", dtype=str, keep_default_na=False)) == len(events)
    assert len(pd.read_csv(out / "mentions.csv", dtype=str, keep_default_na=False)) == len(mentions)
    # Stata
    dta = pd.read_stata(out / "events.dta")
    assert len(dta) == len(events)
    # month partitions readable by pandas and duckdb
    if len(events):
        by_month = pd.read_parquet(out / "events_by_month")
        assert len(by_month) == len(events)
        import duckdb

        n = duckdb.sql(f"select count(*) from read_parquet('{out}/events_by_month/*/*.parquet', "
                       "hive_partitioning=true)").fetchall()[0][0]
        assert n == len(events)


def test_rerun_skips_chunks_and_is_identical(seeds_run):
    out, first = seeds_run
    before = {n: _sha(out / n) for n in OUTPUTS}
    again = code_corpus(paths.SEEDS, out, chunk_size=2, progress=False)
    assert again["chunks"] == first["chunks"] >= 1
    assert again["chunks_skipped"] == again["chunks"] and again["chunks_coded"] == 0
    after = {n: _sha(out / n) for n in OUTPUTS}
    assert after == before  # identical bytes for every table, incl. events.parquet and events.dta


def test_changed_article_recodes_only_its_chunk(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(paths.SEEDS, corpus)
    out = tmp_path / "out"
    first = code_corpus(corpus, out, chunk_size=2, progress=False)
    victim = sorted(corpus.glob("*.txt"))[0]
    victim.write_text(victim.read_text(encoding="utf-8") + "\nДополнительная строка текста.\n", encoding="utf-8")
    second = code_corpus(corpus, out, chunk_size=2, progress=False)
    assert second["chunks_coded"] == 1
    assert second["chunks_skipped"] == first["chunks"] - 1
    assert second["chunks_pruned"] == 1  # the stale file of the changed chunk
    assert len(list((out / "chunks").glob("*.parquet"))) == second["chunks"]


def test_stata_frame_conversions(tmp_path):
    df = pd.DataFrame({"flag": [True, False], "s": ["кириллица", None], "longtext": ["я" * 3000, "x"],
                       "n": [1, 2], "f": [0.5, None]})
    frame, strl = _stata_frame(df)
    assert str(frame["flag"].dtype) == "int8"
    assert frame["s"].tolist() == ["кириллица", ""]
    assert strl == ["longtext"]
    write_stata(df, tmp_path / "x.dta")
    back = pd.read_stata(tmp_path / "x.dta")
    assert back["longtext"].iloc[0] == "я" * 3000  # strL: nothing truncated
    assert back["s"].iloc[0] == "кириллица"


@pytest.mark.slow
def test_two_workers_same_as_one(tmp_path):
    generate(n_articles=40, seed=11, out=tmp_path / "syn")
    corpus = tmp_path / "syn" / "corpus"
    one = code_corpus(corpus, tmp_path / "w1", workers=1, chunk_size=10, progress=False)
    two = code_corpus(corpus, tmp_path / "w2", workers=2, chunk_size=10, progress=False)
    assert two["chunks_coded"] == two["chunks"] == 4
    for k in ("read", "kept", "quarantined", "mentions", "events"):
        assert one[k] == two[k], k
    for name in ("articles.parquet", "quarantine.parquet", "mentions.parquet", "events.parquet", "mentions.csv",
                 "events.csv", "events.dta"):
        assert _sha(tmp_path / "w1" / name) == _sha(tmp_path / "w2" / name), name
    parts = sorted(p.relative_to(tmp_path / "w1") for p in (tmp_path / "w1" / "events_by_month").rglob("*.parquet"))
    assert parts and parts == sorted(p.relative_to(tmp_path / "w2")
                                     for p in (tmp_path / "w2" / "events_by_month").rglob("*.parquet"))
    for part in parts:
        assert _sha(tmp_path / "w1" / part) == _sha(tmp_path / "w2" / part), part
    assert one["months"] == two["months"]


@pytest.mark.slow
def test_scheduler_address(tmp_path):
    from dask.distributed import LocalCluster

    generate(n_articles=12, seed=4, out=tmp_path / "syn")
    corpus = tmp_path / "syn" / "corpus"
    code_corpus(corpus, tmp_path / "local", chunk_size=5, progress=False)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        remote = code_corpus(corpus, tmp_path / "remote", scheduler=cluster.scheduler_address, chunk_size=5,
                             progress=False)
    assert remote["chunks_coded"] == remote["chunks"] == 3
    assert _sha(tmp_path / "local" / "events.parquet") == _sha(tmp_path / "remote" / "events.parquet")


def test_article_whose_coding_raises_is_quarantined(tmp_path, monkeypatch):
    """A coder crash on one article becomes a quarantine row (coding_error), also on a resumed run."""
    from newsevents.coding import engine

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_a", "001_b", "002_c"):
        shutil.copy(next(paths.SEEDS.glob(f"{name[:3]}*")), corpus / f"{name}.txt")
    real = engine.code_article

    def flaky(article_id, *args, **kwargs):
        if article_id.startswith("001"):
            raise ValueError("synthetic failure")
        return real(article_id, *args, **kwargs)

    monkeypatch.setattr(engine, "code_article", flaky)
    out = tmp_path / "out"
    for _ in range(2):  # the second run resumes from the chunk files and must say the same
        s = code_corpus(corpus, out, chunk_size=2, progress=False)
        assert s["read"] == 3 and s["kept"] == 2 and s["quarantined"] == 1
        assert s["quarantine_reasons"] == {"coding_error": 1}
        q = pd.read_parquet(out / "quarantine.parquet")
        assert q["article_id"].tolist() == ["001_b"]
        assert "ValueError: synthetic failure" in q["detail"].iat[0]
        arts = pd.read_parquet(out / "articles.parquet")
        assert sorted(arts["article_id"]) == ["000_a", "002_c"]
        assert not pd.read_parquet(out / "mentions.parquet")["article_id"].str.startswith("001").any()


def test_articles_sorted_by_id_whatever_the_input_order(tmp_path):
    """Rows of a JSONL corpus in reverse id order, in batches of 2: the articles table comes out sorted
    by id, with near-duplicate clusters named after their smallest id."""
    import json

    text = ("Глава МИД России Сергей Лавров встретился в Москве с министром иностранных дел Армении "
            "Араратом Мирзояном и обсудил ситуацию на границе с Азербайджаном. ")
    other = "Die Bundesregierung hat heute in Berlin ein neues Gesetz beschlossen. " * 3
    rows = [{"id": "e5", "text": text * 3 + "Финал."}, {"id": "d4", "text": other},
            {"id": "c3", "text": text * 3}, {"id": "b2", "text": "Болгария и Турция подписаха споразумение. " * 4},
            {"id": "a1", "text": text * 3 + "Итог."}]
    corpus = tmp_path / "rows.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    summary = code_corpus(corpus, tmp_path / "out", chunk_size=2, progress=False)
    arts = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert summary["read"] == 5 and summary["quarantined"] == 1  # d4 is German
    assert list(arts["article_id"]) == ["a1", "b2", "c3", "e5"]
    clusters = dict(zip(arts["article_id"], arts["cluster_id"]))
    assert clusters == {"a1": "a1", "b2": "b2", "c3": "a1", "e5": "a1"}
    assert list(arts["duplicate_of"].fillna("-")) == ["-", "-", "a1", "a1"]


def test_schema_checks_tables_and_frames_alike(seeds_run, tmp_path):
    """write_table takes a DataFrame or an Arrow Table: both are checked the same way and give the
    same bytes."""
    import pyarrow as pa

    from newsevents import io as nio

    out, _ = seeds_run
    arts = pd.read_parquet(out / "articles.parquet")
    table = pa.Table.from_pandas(arts, preserve_index=False)
    assert sch.validate_table(table, sch.ARTICLES).equals(sch.validate(arts, sch.ARTICLES))
    nio.write_table(arts, tmp_path / "frame.parquet", sch.ARTICLES)
    nio.write_table(table, tmp_path / "table.parquet", sch.ARTICLES)
    assert _sha(tmp_path / "frame.parquet") == _sha(tmp_path / "table.parquet") == _sha(out / "articles.parquet")
    for bad, message in ((table.drop_columns(["lang"]), "missing columns ['lang']"),
                         (table.append_column("extra", pa.array([1] * table.num_rows)), "unexpected columns"),
                         (table.set_column(table.column_names.index("text"), "text",
                                           pa.array([None] * table.num_rows, pa.string())),
                          r"text\W.*null|null.*\Wtext\W")):
        for check, data in ((sch.validate_table, bad), (sch.validate, bad.to_pandas())):
            with pytest.raises(sch.SchemaError, match=message.replace("['lang']", r"\['lang'\]")):
                check(data, sch.ARTICLES, "articles")
