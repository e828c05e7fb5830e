"""Inputs as users have them, and the probes of issue #14 at small sizes (full sizes: make stress)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsevents import paths
from newsevents.cli import main
from newsevents.corpus import ingest
from newsevents.corpus.clean import normalise
from newsevents.io import read_table

EN = ("Russian President Vladimir Putin held a telephone conversation with Azerbaijani President Ilham "
      "Aliyev on Thursday. The leaders discussed the situation around Nagorno-Karabakh and agreed to "
      "continue their contacts in various formats.")
RU = ("Президент России Владимир Путин провёл телефонный разговор с президентом Азербайджана Ильхамом "
      "Алиевым. Стороны обсудили ситуацию вокруг Нагорного Карабаха и договорились продолжить контакты.")


def _rows(n: int) -> list[list[str]]:
    return [[f"r{i:03d}", f"{EN} Report number {i}.", "2024-01-02"] for i in range(n)]


def _write_csv(path: Path, header, rows, delimiter=",", encoding="utf-8") -> None:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))


def _counts(out: str) -> tuple[int, int, int]:
    line = next(x for x in out.splitlines() if " read; " in x)
    read, kept, quar = (int(p.split()[0]) for p in line.split("; ")[:3])
    return read, kept, quar


# --------------------------------------------------------------------------- CSV rows in = rows out


def test_stray_quote_loses_one_row_only(tmp_path):
    p = tmp_path / "stray.csv"
    _write_csv(p, ["id", "text", "published"], _rows(60))
    lines = p.read_bytes().decode("utf-8").split("\r\n")
    lines[10] = f'r009,"{EN} a stray quote opens here,2024-01-02'  # row 10 of 60, line 11
    p.write_bytes("\r\n".join(lines).encode("utf-8"))
    a, q = ingest(p)
    assert len(a) + len(q) == 60
    assert len(a) == 59 and "r010" in set(a["article_id"]) and "r059" in set(a["article_id"])
    assert list(q["reason"]) == ["invalid_record"] and "line 11" in q["detail"].iat[0]


def test_wrong_field_count_and_quote_inside_a_field(tmp_path):
    p = tmp_path / "rows.csv"
    rows = _rows(20)
    rows[5] = ["r005", f'{EN} He said "no" twice.', "2024-01-02"]
    _write_csv(p, ["id", "text", "published"], rows)
    with open(p, "a", encoding="utf-8") as f:
        f.write("r100,too,many,fields\r\n")
        f.write(f'r101,{EN} a bare "quote" in an unquoted field,2024-01-03\r\n')
    a, q = ingest(p)
    assert len(a) + len(q) == 22
    assert sorted(q["path"]) == ["rows.csv#21"] and "4 fields, the header has 3" in q["detail"].iat[0]
    assert 'He said "no" twice.' in a.set_index("article_id").loc["r005", "text"]
    assert "r101" in set(a["article_id"])


def test_large_rows_are_quarantined_alone(tmp_path):
    p = tmp_path / "big.csv"
    rows = _rows(30)
    rows.insert(10, ["big200k", (EN + " ") * (200_000 // len(EN)), ""])  # large but an article
    rows.insert(20, ["huge", "word " * 250_000, ""])
    _write_csv(p, ["id", "text", "published"], rows)
    a, q = ingest(p)  # corpus.ingest.MAX_TEXT_CHARS: 1,000,000
    assert len(a) + len(q) == 32
    assert list(q["article_id"]) == ["huge"] and list(q["reason"]) == ["too_large"]
    assert "big200k" in set(a["article_id"])


def test_excel_csv_semicolon_cp1252_body_column(tmp_path, capsys):
    p = tmp_path / "export.csv"
    rows = [[f"e{i}", f"{EN} Café number {i}.", "02.01.2024", "Headline"] for i in range(5)]
    _write_csv(p, ["ID", "Text", "Date", "Headline"], rows, delimiter=";", encoding="cp1252")
    assert main(["ingest", str(p), "--out", str(tmp_path / "out")]) == 0
    assert _counts(capsys.readouterr().out) == (5, 5, 0)
    a = read_table(tmp_path / "out" / "articles.parquet").set_index("article_id")
    assert sorted(a.index) == [f"e{i}" for i in range(5)]
    assert "Café number 3." in a.loc["e3", "text"] and a.loc["e3", "title"] == "Headline"


def test_excel_sep_line(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("sep=;\nid;text\n" + "".join(f"s{i};{EN}, number {i}\n" for i in range(3)), encoding="utf-8")
    a, q = ingest(p)
    assert sorted(a["article_id"]) == ["s0", "s1", "s2"] and q.empty


@pytest.mark.parametrize("sep,suffix", [("\t", ".tsv"), ("|", ".csv"), (",", ".csv")])
def test_delimiters_sniffed(tmp_path, sep, suffix):
    p = tmp_path / f"t{suffix}"
    _write_csv(p, ["doc_id", "body"], [[f"d{i}", f"{EN} Number {i}, see | here."] for i in range(4)], delimiter=sep)
    a, q = ingest(p)
    assert sorted(a["article_id"]) == ["d0", "d1", "d2", "d3"] and q.empty


def test_text_column_option_env_and_message(tmp_path, capsys, monkeypatch):
    p = tmp_path / "x.csv"
    _write_csv(p, ["key", "inhalt", "when"], [[f"k{i}", f"{EN} Number {i}.", f"2024-03-0{i}"] for i in range(1, 4)])
    assert main(["ingest", str(p), "--out", str(tmp_path / "o1")]) == 1
    io_ = capsys.readouterr()
    assert "no text column: expected one of text, body, content" in io_.out + io_.err
    assert "found columns: key, inhalt, when" in io_.out + io_.err
    assert "no article could be read" in io_.err
    assert main(["ingest", str(p), "--out", str(tmp_path / "o2"), "--text-column", "inhalt",
                 "--date-column", "when"]) == 0
    assert _counts(capsys.readouterr().out) == (3, 3, 0)
    a = read_table(tmp_path / "o2" / "articles.parquet")
    assert sorted(a["article_id"]) == ["k1", "k2", "k3"]  # "key" is a recognised id column
    assert sorted(a["published"]) == ["2024-03-01", "2024-03-02", "2024-03-03"]
    monkeypatch.setenv("NEWSEVENTS_TEXT_COLUMN", "inhalt")
    assert main(["ingest", str(p), "--out", str(tmp_path / "o3")]) == 0
    assert _counts(capsys.readouterr().out) == (3, 3, 0)
    assert main(["ingest", str(p), "--out", str(tmp_path / "o4"), "--text-column", "nope"]) == 1
    assert "--text-column 'nope': no such column; found columns: key, inhalt, when" in capsys.readouterr().out


def test_jsonl_body_key(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(json.dumps({"doc_id": f"j{i}", "content": EN, "headline": "H"}) for i in range(3))
                 + "\n" + json.dumps({"doc_id": "j9", "other": 1}) + "\n", encoding="utf-8")
    a, q = ingest(p)
    assert sorted(a["article_id"]) == ["j0", "j1", "j2"] and set(a["title"]) == {"H"}
    assert "no text column: expected one of" in q["detail"].iat[0] and "found columns: doc_id, other" in q["detail"].iat[0]


# --------------------------------------------------------------------------- .docx / .pdf


def _pdf(text: str) -> bytes:
    """A one-page PDF whose text layer holds ``text`` (Latin-1, Helvetica)."""
    stream = f"BT /F1 11 Tf 40 800 Td ({text}) Tj ET".encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_docx_and_pdf_read(tmp_path):
    import docx

    c = tmp_path / "c"
    c.mkdir()
    d = docx.Document()
    d.core_properties.title = "Putin and Aliyev"
    d.add_paragraph(EN)
    d.add_paragraph("The talks will continue next week, the Kremlin said in a statement on Friday.")
    d.save(c / "word.docx")
    (c / "paper.pdf").write_bytes(_pdf(EN))
    (c / "scan.pdf").write_bytes(_pdf(""))
    (c / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    a, q = ingest(c)
    a = a.set_index("article_id")
    assert sorted(a.index) == ["paper", "word"]
    assert a.loc["word", "title"] == "Putin and Aliyev" and "Kremlin said" in a.loc["word", "text"]
    assert a.loc["word", "encoding"] == "docx" and a.loc["paper", "encoding"] == "pdf"
    assert "Vladimir Putin held a telephone conversation" in a.loc["paper", "text"]
    reasons = dict(zip(q["path"], q["reason"]))
    assert reasons == {"scan.pdf": "empty", "broken.docx": "unreadable_document"}
    assert "OCR" in q.set_index("path").loc["scan.pdf", "detail"]


# --------------------------------------------------------------------------- odd folder entries


def test_hidden_and_special_files_reported(tmp_path):
    c = tmp_path / "c"
    (c / ".git").mkdir(parents=True)
    (c / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    (c / ".DS_Store").write_bytes(b"\x00\x01")
    (c / "a.txt").write_text(EN, encoding="utf-8")
    os.mkfifo(c / "pipe.txt")
    (c / "metadata.csv").write_text("doc_id,date\na,2024-05-06\n", encoding="utf-8")
    t0 = time.perf_counter()
    a, q = ingest(c)
    assert time.perf_counter() - t0 < 30  # the FIFO is not opened
    assert list(a["article_id"]) == ["a"] and a["published"].iat[0] == "2024-05-06"
    assert dict(zip(q["path"], q["reason"])) == {".git/": "hidden_folder", ".DS_Store": "hidden_file",
                                                 "pipe.txt": "special_file"}
    assert "FIFO" in q.set_index("path").loc["pipe.txt", "detail"]


# --------------------------------------------------------------------------- homoglyphs, invisible characters


@pytest.mark.parametrize("dirty", [
    "Пу\u034fтин", "Пут\u180eин", "Путин\ufe0f", "Пу\u3164тин", "Пу\u200bтин", "Пу\u00adтин",
    "Пyтин",  # Latin y
    "Путин\U000e0041",
])
def test_invisible_and_lookalike_characters_removed(dirty):
    assert normalise(f"Президент {dirty} провёл") == "Президент Путин провёл"


def test_lookalikes_in_latin_words_and_words_left_alone():
    assert normalise("Рutin met Аliyev") == "Putin met Aliyev"  # Cyrillic Р and А
    assert normalise("Ｐｕｔｉｎ …²") == "Putin …²"
    for keep in ("iPhone-Х", "COVID-19", "Москва", "Paris", "ГАЗ-66"):
        assert normalise(keep) == keep


def test_what_scraping_glued_is_parted():
    # a byline's time glued to the lead's date ("10:157 ноября") is split; real times and scores stay. A line break
    # lost between a lower-case word and a capitalised one is restored; brand names in mixed case stay
    from newsevents.corpus.clean import clean_text

    def body(t):
        return clean_text(t).text

    assert "10:15 7 ноября" in body("Армения и Азербайджан\n08.11.2022 | 10:157 ноября министр провёл встречу. " * 3)
    assert "12:30 12 March 2024" in body("12:3012 March 2024 Kyiv hosted the talks of the two ministers. " * 3)
    for keep in ("at 10:15 on Monday", "the score was 2:1", "в 14:00 мск 8 апреля", "Ps 23:4 says"):
        assert keep in body(f"Ministers met {keep} and spoke for two hours about the border. " * 3)
    assert "помощь\nПрезидент" in body("Семьям погибших окажут помощьПрезидент Азербайджана принёс извинения. " * 3)
    for keep in ("АрмИнфо", "McDonald", "iPhone", "eBay"):
        assert keep in body(f"Агентство {keep} сообщило о встрече министров в Москве в понедельник. " * 3)


def test_actor_found_through_homoglyphs():
    import pandas as pd

    from newsevents.coding import code_articles

    def code(text):
        art = pd.DataFrame([{"article_id": "x", "text": normalise(text), "lang": "ru", "published": "2024-01-02",
                             "title": None, "date_flag": None}])
        m = code_articles(art)
        return sorted(zip(m["source_actor"], m["target_actor"], m["cameo_code"]))

    clean = code(RU)
    assert clean
    assert code(RU.replace("Путин", "Пу\u034fтин").replace("Алиевым", "Aлиeвым")) == clean


# --------------------------------------------------------------------------- bounded cost


def test_html_100k_nested_divs_quarantined_fast(tmp_path):
    c = tmp_path / "c"
    c.mkdir()
    (c / "deep.html").write_text("<html><body>" + "<div>" * 100_000 + EN + "</div>" * 100_000 + "</body></html>")
    (c / "ok.html").write_text("<html><body>" + "<div>" * 50 + f"<p>{EN}</p>" + "</div>" * 50 + "</body></html>")
    t0 = time.perf_counter()
    a, q = ingest(c)
    assert time.perf_counter() - t0 < 30
    assert list(a["article_id"]) == ["ok"]
    assert list(q["reason"]) == ["too_deep"]


def test_html_with_many_siblings_linear():
    from newsevents.corpus.clean import html_to_text

    page = "<html><body>" + "<span><b>" * 400 + "x" + "</b></span>" * 400 + "<p>one paragraph</p>" * 20_000
    t0 = time.perf_counter()
    text, _ = html_to_text(page)
    assert time.perf_counter() - t0 < 30  # 320 s when newlines were inserted as nodes
    assert text.count("one paragraph") == 20_000  # one line each (clean_text removes duplicates later)
    assert text.split("\n")[:2] == ["x", "one paragraph"]


def _trailing(n):
    return [("The government announced new measures on the economy and security of the country today, "
             f"officials said in a statement {i}") for i in range(n)]


def test_clustering_templated_corpus_bounded():
    import numpy as np

    from newsevents.corpus import dedup

    sigs = np.vstack([dedup.signature(t) for t in _trailing(4000)])
    t0 = time.perf_counter()
    rep = dedup.representatives(sigs)
    assert time.perf_counter() - t0 < 30  # all pairs: 73 s on the development machine, capped: 2 s
    assert len(set(rep.tolist())) < 100 and rep[0] == 0


def test_bucket_cap_same_clusters_as_all_pairs(monkeypatch):
    import numpy as np

    from newsevents.corpus import dedup

    sigs = np.vstack([dedup.signature(t) for t in sorted(_trailing(700))])
    capped = dedup.representatives(sigs)
    monkeypatch.setattr(dedup, "MAX_OFFSET", 10**9)
    assert np.array_equal(capped, dedup.representatives(sigs))


def test_bucket_cap_keeps_small_buckets_exact(monkeypatch):
    """Buckets below the cap give the all-pairs result: same clusters with the cap at 1 billion."""
    import numpy as np

    from newsevents.corpus import dedup

    base = [f"{EN} Paragraph {k} about the talks and the region, said the ministry {k * 7}." for k in range(30)]
    texts = [b + (" Extra." * (i % 3)) for i, b in enumerate(base * 3)]
    sigs = np.vstack([dedup.signature(t) for t in sorted(texts)])
    capped = dedup.representatives(sigs)
    monkeypatch.setattr(dedup, "MAX_OFFSET", 10**9)
    assert np.array_equal(capped, dedup.representatives(sigs))


# --------------------------------------------------------------------------- exit codes


def test_empty_folder_exits_non_zero(tmp_path, capsys):
    (tmp_path / "c").mkdir()
    assert main(["ingest", str(tmp_path / "c"), "--out", str(tmp_path / "o")]) == 1
    assert "no input found in" in capsys.readouterr().err


def test_all_quarantined_exits_non_zero_with_examples(tmp_path, capsys):
    c = tmp_path / "c"
    c.mkdir()
    (c / "short.txt").write_text("Too short.", encoding="utf-8")
    (c / "x.bin").write_bytes(b"\x00")
    assert main(["code", str(c), "--out", str(tmp_path / "o"), "--quiet"]) == 1
    io_ = capsys.readouterr()
    assert _counts(io_.out) == (2, 0, 2)
    assert "  too_short (1): e.g. short.txt: " in io_.out
    assert "  unsupported_format (1): e.g. x.bin: extension .bin" in io_.out
    assert "no article could be read" in io_.err


def test_coding_error_share_fails_the_run(tmp_path, capsys, monkeypatch):
    import newsevents.coding as coding

    c = tmp_path / "c"
    c.mkdir()
    for i in range(5):
        (c / f"a{i}.txt").write_text(f"{EN} Number {i}.", encoding="utf-8")

    def broken(articles, errors=None):
        for aid in articles["article_id"]:
            if aid != "a0":
                errors.append({"article_id": aid, "error": "RuntimeError: boom"})
        return None

    monkeypatch.setattr(coding, "code_articles", broken)
    assert main(["code", str(c), "--out", str(tmp_path / "o"), "--quiet"]) == 1
    io_ = capsys.readouterr()
    assert "coding_error (4): e.g. a1.txt: RuntimeError: boom" in io_.out
    assert "failed on 4 of 5 articles" in io_.err
    assert main(["code", str(c), "--out", str(tmp_path / "o2"), "--quiet", "--max-coding-errors", "0.9"]) == 0


# --------------------------------------------------------------------------- dictionaries


@pytest.fixture
def dicts(tmp_path, monkeypatch):
    d = tmp_path / "dicts"
    shutil.copytree(paths.DICTIONARIES, d, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setattr(paths, "DICTIONARIES", d)
    return d


def _add_pattern(d: Path, line: str, lang: str = "en") -> int:
    p = d / f"verbs_{lang}.yml"
    text = p.read_text(encoding="utf-8").rstrip("\n") + "\n"
    p.write_text(text + line + "\n", encoding="utf-8")
    return text.count("\n") + 1


@pytest.mark.parametrize("pattern,words", [
    ('  - {id: zz1, lemma: [meet], cameo: "040"}', r"unknown key 'lemma' \(did you mean 'lemmas'\?\)"),
    ('  - {id: zz2, lemmas: [meet], cameo: "040", requries: [x]}', r"unknown key 'requries' \(did you mean 'requires'"),
    ('  - {id: zz3, lemmas: [meet], cameo: "999"}', r"unknown CAMEO code '999'"),
    ('  - {id: zz4, lemmas: [meet], cameo: "040", frame: {target: [datv]}}', r"en has no grammatical case"),
    ('  - {id: zz5, lemmas: meet, cameo: "040"}', r"lemmas must be a list"),
])
def test_dictionary_schema_errors(dicts, capsys, pattern, words):
    import re

    from newsevents.coding.lexicon import check

    line = _add_pattern(dicts, pattern)
    errors = check(dicts)
    assert any(e.startswith(f"verbs_en.yml:{line}:") and re.search(words, e) for e in errors), errors
    assert main(["dictionaries", "check"]) == 1
    assert f"verbs_en.yml:{line}:" in capsys.readouterr().err


def test_dictionary_case_name_for_language(dicts):
    from newsevents.coding.lexicon import check

    line = _add_pattern(dicts, '  - {id: zz6, lemmas: [встретиться], cameo: "040", frame: {target: [dative]}}', "ru")
    assert any(e.startswith(f"verbs_ru.yml:{line}:") and "'dative' is not a case of ru" in e for e in check(dicts))


def test_duplicate_pattern_id_reported(dicts, capsys):
    line = _add_pattern(dicts, '  - {id: meet, lemmas: [meet up], cameo: "040"}')
    main(["dictionaries", "check"])
    err = capsys.readouterr().err
    assert f"verbs_en.yml:{line}: duplicate pattern id 'meet'" in err  # an error since the bundled files are clean
    assert main(["dictionaries", "check"]) == 1


def test_alias_bomb_refused_fast(dicts, capsys):
    bomb = ["bomb:", "  a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for k in range(1, 9):
        bomb.append(f"  a{k}: &a{k} [" + ", ".join([f"*a{k - 1}"] * 10) + "]")
    p = dicts / "verbs_en.yml"
    p.write_text(p.read_text(encoding="utf-8") + "\n".join(bomb) + "\n", encoding="utf-8")
    t0 = time.perf_counter()
    assert main(["dictionaries", "check"]) == 1
    assert time.perf_counter() - t0 < 30  # without the limit: expanded while walked (85 s for the bomb of issue #14)
    assert "alias bomb" in capsys.readouterr().err


def test_run_with_broken_dictionaries_fails_at_once(dicts, tmp_path, capsys):
    c = tmp_path / "c"
    c.mkdir()
    (c / "a.txt").write_text(EN, encoding="utf-8")
    line = _add_pattern(dicts, '  - {id: broken, lemmas: [meet], cameo: "040"')
    out = tmp_path / "o"
    assert main(["code", str(c), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "dictionaries do not load" in err and "verbs_en.yml:" in err and "malformed YAML" in err
    assert err.split("verbs_en.yml:")[1].split(":")[0] in (str(line), str(line + 1))  # the line or the end
    assert not (out / "events.parquet").exists() and not (out / "quarantine.parquet").exists()


# --------------------------------------------------------------------------- output folders


def test_lock_live_and_stale(tmp_path, capsys):
    c = tmp_path / "c"
    c.mkdir()
    (c / "a.txt").write_text(EN, encoding="utf-8")
    out = tmp_path / "o"
    out.mkdir()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (out / ".newsevents.lock").write_text(json.dumps({"pid": sleeper.pid, "host": os.uname().nodename}))
        assert main(["ingest", str(c), "--out", str(out)]) == 2
        assert "is in use by another run" in capsys.readouterr().err
    finally:
        sleeper.kill()
        sleeper.wait()
    # the process is gone: its lock is stale and taken over; leftovers of killed runs are removed
    (out / ".articles.parquet.x1.tmp").write_bytes(b"partial")
    (out / ".ingest-abc").mkdir()
    (out / ".ingest-abc" / "batch-000000.arrow").write_bytes(b"x")
    assert main(["ingest", str(c), "--out", str(out)]) == 0
    left = sorted(p.name for p in out.iterdir())
    assert left == ["articles.parquet", "quarantine.parquet"], left


def test_two_corpora_into_one_out(tmp_path, capsys):
    out = tmp_path / "o"
    for name in ("c1", "c2"):
        c = tmp_path / name
        c.mkdir()
        (c / f"{name}.txt").write_text(f"{EN} Corpus {name}.", encoding="utf-8")
    assert main(["code", str(tmp_path / "c1"), "--out", str(out), "--quiet"]) == 0
    assert main(["code", str(tmp_path / "c2"), "--out", str(out), "--quiet"]) == 0
    io_ = capsys.readouterr()
    assert "held the outputs of" in io_.err
    assert list(read_table(out / "articles.parquet")["article_id"]) == ["c2"]
    assert len(list((out / "chunks").glob("mentions-*.parquet"))) == 1


def test_full_or_unwritable_output_is_one_line(tmp_path, capsys, monkeypatch):
    import errno

    import newsevents.io as nio

    c = tmp_path / "c"
    c.mkdir()
    (c / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "file").write_text("x")
    assert main(["ingest", str(c), "--out", str(tmp_path / "file" / "o")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "cannot create output folder" in err

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "o" / ".x.tmp"))

    monkeypatch.setattr(nio.pq, "write_table", full)
    assert main(["code", str(c), "--out", str(tmp_path / "o"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no space left on the device" in err
    assert not (tmp_path / "o" / "events.parquet").exists() and not (tmp_path / "o" / ".newsevents.lock").exists()


def test_html_metadata_publication_date(tmp_path):
    """A page's own publication date (Open Graph / schema.org metadata) dates the article; without one the
    article's date comes from the text as before."""
    c = tmp_path / "c"
    c.mkdir()
    head = ('<html><head><title>t</title><meta property="article:published_time" content="2022-02-22T09:30:00+02:00">'
            '</head><body><p>' + EN + '</p></body></html>')
    (c / "dated.html").write_text(head)
    (c / "timed.html").write_text('<html><body><article><time itemprop="datePublished" datetime="2023-07-20">20 July'
                                  '</time><p>' + EN + '</p></article></body></html>')
    (c / "plain.html").write_text("<html><body><p>" + EN + "</p></body></html>")
    a, q = ingest(c)
    got = dict(zip(a["article_id"], zip(a["published"], a["published_source"])))
    assert got["dated"] == ("2022-02-22", "metadata")
    assert got["timed"] == ("2023-07-20", "metadata")
    assert got["plain"][1] != "metadata"
