"""Event matching by the annotation rules (coding/matching.py), on hand-made gold and mentions."""

import pandas as pd
import pytest

from newsevents.coding.matching import GoldEvent, dates_agree, evaluate_events, gold_actor, matches, score


def row(src, tgt, code, date=None, doc="d1", **kw):
    def side(code_):
        if code_ is None:
            return {"actor": None, "country": None, "sector": None, "org": None}
        if code_.startswith("IGO"):
            return {"actor": code_, "country": None, "sector": None, "org": code_[3:]}
        return {"actor": code_, "country": code_[:3], "sector": code_[3:] or None, "org": None}
    r = {"article_id": doc, "cameo_code": code, "event_date": date, "lang": kw.pop("lang", "en")}
    r.update({f"source_{k}": v for k, v in side(src).items()})
    r.update({f"target_{k}": v for k, v in side(tgt).items()})
    r.update(kw)
    return r


def gold(src, tgt, code, date=None, note="", doc="d1"):
    return GoldEvent(doc_id=doc, cameo=code, source=src, target=tgt, date=date, note=note)


def test_actor_codes():
    assert gold_actor("RUS.GOV") == ("RUS", "GOV")
    assert gold_actor("IGO.OSCE_MG") == ("OSCE_MG", "IGO")
    assert gold_actor("ARM") == ("ARM", None)
    assert gold_actor("RUSGOV") == ("RUS", "GOV")
    assert gold_actor(None) is None


def test_dates():
    assert dates_agree("2024-05-10", "2024-05-11") and not dates_agree("2024-05-10", "2024-05-12")
    assert dates_agree("2024-05", "2024-05-30") and not dates_agree("2024-05", "2024-06-01")
    assert dates_agree(None, None) and dates_agree(None, "2020-01-01")
    assert not dates_agree("2024-05-10", None)  # an undated coded event never matches a dated gold event


def test_lenient_unordered_country_level_and_root():
    g = gold("ARM.GOV", "AZE.GOV", "046", "2024-05-10")
    assert matches(g, row("AZEMIL", "ARMGOV", "040", "2024-05-10"))      # unordered, sector ignored, same root
    assert not matches(g, row("ARMGOV", "AZEGOV", "057", "2024-05-10"))  # another root
    assert not matches(g, row("ARMGOV", "TURGOV", "046", "2024-05-10"))
    assert not matches(g, row("ARMGOV", "AZEGOV", "046", None))


def test_strict_order_sector_and_code():
    g = gold("RUS.GOV", "UKR.GOV", "0841")
    assert matches(g, row("RUSGOV", "UKRGOV", "0841"), strict=True)
    assert not matches(g, row("UKRGOV", "RUSGOV", "0841"), strict=True)   # order counts unless [sym]
    assert not matches(g, row("RUSMIL", "UKRGOV", "0841"), strict=True)   # sectors disagree
    assert not matches(g, row("RUSGOV", "UKRGOV", "084"), strict=True)    # less specific than gold
    assert matches(gold("RUS.GOV", "UKR.GOV", "046", note="[sym]"), row("UKRGOV", "RUSGOV", "0461"), strict=True)


def test_null_target_alternatives_and_osce():
    assert matches(gold("TUR.GOV", None, "0256"), row("RUSGOV", "TURGOV", "0256"))
    assert matches(gold("ARM", "IGO.OSCE_MG", "020"), row("ARM", "IGOOSCE", "020"))
    g = gold("ARM", "AZE", "0871", "2020-10-10", note="[alt-cameo: 057] [alt-date: 2020-10-17] [alt-target: RUS]")
    assert matches(g, row("ARM", "AZE", "057", "2020-10-17"))
    assert matches(g, row("RUS", "ARM", "087", "2020-10-10"))


def test_one_to_one_core_and_minor():
    golds = {"d1": [gold("ARM", "AZE", "046", note="[sym]"), gold("ARM", "USA", "051", note="[minor]")]}
    coded = {"d1": [row("ARM", "AZE", "046"), row("AZE", "ARM", "046"), row("ARM", "USA", "051")]}
    s = score(golds, coded, ["d1"], core=True)
    # the mirrored second 046 is a false event; the minor match is neither a hit nor a false event
    assert (s.tp, s.n_coded, s.n_gold) == (1, 2, 1)
    assert s.precision == pytest.approx(0.5) and s.recall == 1.0
    s_all = score(golds, coded, ["d1"])
    assert (s_all.tp, s_all.n_coded, s_all.n_gold) == (2, 3, 2)


def test_evaluate_events_groups_and_why():
    g = [gold("ARM", "AZE", "046", doc="a"), gold("RUS.GOV", "TUR.GOV", "041", "2024-01-02", doc="b"),
         gold("RUS.GOV", "UKR.GOV", "112", doc="b")]
    m = pd.DataFrame([row("ARM", "AZE", "046", doc="a", lang="ru"), row("RUSGOV", "TURGOV", "041", None, doc="b"),
                      row("RUSGOV", "UKRGOV", "190", doc="b")])
    res = evaluate_events(m, g, ["a", "b"], {"a": "ru", "b": "en"})
    assert res.f1_of("ru") == 1.0 and res.f1_of("en") == 0.0
    assert res.f1 == pytest.approx(2 * (1 / 3) * (1 / 3) / (2 / 3))
    causes = dict(zip(res.why[res.why["group"] == "en"]["cause"], res.why[res.why["group"] == "en"]["n"]))
    assert causes == {"date wrong or missing": 1, "actors+date right, CAMEO root wrong": 1}
    assert "core lenient event F1 = 0.333" in res.text()


def test_seed_gold_is_well_formed():
    """data/gold/seeds_gold.jsonl: every record parses, codes are well formed, evidence is verbatim text of
    its seed article (ids are the seed file stems)."""
    import re
    from pathlib import Path

    from newsevents.coding.matching import load_gold

    root = Path(__file__).resolve().parents[1]
    gold = load_gold(root / "data" / "gold" / "seeds_gold.jsonl")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (root / "data" / "raw" / "seeds").glob("*.txt")}
    assert len(gold) >= 50 and {g.doc_id for g in gold} == set(texts)
    actor = re.compile(r"^(IGO\.[A-Z_]+|[A-Z]{3}(\.[A-Z]{3})?)$")
    for g in gold:
        assert re.fullmatch(r"\d{3,4}", g.cameo), g
        assert actor.match(g.source) and (g.target is None or actor.match(g.target)), g
        assert g.date is None or re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", g.date), g
        assert g.evidence and g.evidence in texts[g.doc_id], g


def test_notebook_metrics_use_the_same_matching():
    """evaluate.rules_evaluate (notebook 03) gives the figures of matching.evaluate_events on the same gold."""
    from newsevents.coding.evaluate import _load_gold_jsonl, rules_evaluate
    from newsevents.coding.matching import GoldEvent, evaluate_events

    g = [gold("ARM.GOV", "AZE.GOV", "046", note="[sym]", doc="a"), gold("RUS.GOV", "TUR.GOV", "041", "2024-01-02", doc="b"),
         gold("RUS.GOV", "UKR.GOV", "112", doc="b"), gold("RUS.GOV", "USA", "051", note="[minor]", doc="b")]
    m = pd.DataFrame([row("AZEGOV", "ARMGOV", "046", doc="a"), row("RUSGOV", "TURGOV", "041", "2024-01-02", doc="b"),
                      row("RUSGOV", "USA", "051", doc="b"), row("RUSGOV", "UKRGOV", "190", doc="b")])
    import json
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "g.jsonl"
        p.write_text("\n".join(json.dumps({"doc_id": x.doc_id, "date": x.date, "source": x.source, "target": x.target,
                                           "cameo": x.cameo, "note": x.note}) for x in g), encoding="utf-8")
        got = rules_evaluate(m, _load_gold_jsonl(p))
    ref = evaluate_events(m, [GoldEvent(**{k: getattr(x, k) for k in ("doc_id", "cameo", "source", "target", "date",
                                                                       "note")}) for x in g], ["a", "b"])
    assert got["overall"]["f1"] == round(ref.f1, 4) and got["overall"]["tp"] == 2 and got["overall"]["n_pred"] == 3
    assert got["unmatched_gold"] == ["b RUSGOV->UKRGOV 112 None"]


def test_evaluate_cli_refuses_a_folder_that_is_not_a_set(tmp_path, capsys):
    from newsevents.cli import main

    assert main(["evaluate", "--set", str(tmp_path)]) == 2
    assert "is not an evaluation set" in capsys.readouterr().err


def test_evaluate_cli_on_a_run_folder_takes_languages_from_its_articles(tmp_path, capsys):
    import json

    from newsevents.cli import main

    pd.DataFrame([row("RUSGOV", "UKRGOV", "042", "2024-05-10", doc="a", lang="ru")]).to_parquet(
        tmp_path / "mentions.parquet")
    pd.DataFrame({"article_id": ["a", "b"], "lang": ["ru", "uk"]}).to_parquet(tmp_path / "articles.parquet")
    g = tmp_path / "gold.jsonl"
    g.write_text("\n".join(json.dumps({"doc_id": d, "cameo": "042", "source": "RUS.GOV", "target": "UKR.GOV",
                                       "date": "2024-05-10"}) for d in ("a", "b")) + "\n", encoding="utf-8")
    assert main(["evaluate", "--events", str(tmp_path), "--gold", str(g)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ru ") and "\nuk   docs=  1 core gold=   1 coded=   0" in out and "?" not in out.split("why")[0]


def test_evaluate_cli_names_a_missing_events_or_gold_path(tmp_path, capsys):
    from newsevents.cli import main

    gold = tmp_path / "gold.jsonl"
    gold.write_text("", encoding="utf-8")
    assert main(["evaluate", "--events", str(tmp_path / "nope"), "--gold", str(gold)]) == 2
    assert "no mentions table there" in capsys.readouterr().err
    (tmp_path / "mentions.parquet").write_bytes(b"")
    assert main(["evaluate", "--events", str(tmp_path), "--gold", str(tmp_path / "missing.jsonl")]) == 2
    assert "missing.jsonl: no such file" in capsys.readouterr().err


def test_evaluate_cli_names_the_sets_inside_a_folder_of_sets(tmp_path, capsys):
    from newsevents.cli import main

    for lang in ("bg", "en"):
        (tmp_path / lang / "corpus").mkdir(parents=True)
        (tmp_path / lang / "gold.jsonl").write_text("")
    assert main(["evaluate", "--set", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert str(tmp_path / "bg") in err and str(tmp_path / "en") in err
