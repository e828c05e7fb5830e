"""Dates, second round (issue #15): date-eval on the scorer's own matching rules, event dates of
relative clauses and future weekdays, article dates from the lead's weekday, merging across articles."""

from __future__ import annotations

import json
from pathlib import Path


def _set(root: Path, gold: list[dict]) -> Path:
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "t1.txt").write_text("The foreign ministers of Armenia and Azerbaijan met in Vienna on Monday and discussed "
                                   "the border commission.", encoding="utf-8")
    (corpus / "index.jsonl").write_text(json.dumps({"doc_id": "t1", "lang": "en", "published": "2025-05-14",
                                                    "url": None, "title": None, "split": "dev"}) + "\n",
                                        encoding="utf-8")
    (root / "gold.jsonl").write_text("".join(json.dumps(dict(doc_id="t1", **g)) + "\n" for g in gold),
                                     encoding="utf-8")
    return root


def test_date_eval_events_follow_the_gold_alternatives(tmp_path):
    """The event-date figure uses coding/matching.py: an [alt-date] or [alt-cameo] of the gold counts."""
    from newsevents.corpus.date_eval import event_dates
    from newsevents.coding.realset import read_index

    gold = [{"date": "2025-05-20", "source": "ARM.GOV", "target": "AZE.GOV", "cameo": "040",
             "note": "[sym] [alt-date: 2025-05-12]"},
            {"date": "2025-05-12", "source": "AZE.GOV", "target": "ARM.GOV", "cameo": "190",
             "note": "[alt-cameo: 040]"}]
    root = _set(tmp_path / "set", gold)
    out = event_dates(root, list(read_index(root).values()))
    # one coded meeting (Monday = 2025-05-12): it matches the first gold event by its alt-date
    assert (out["matched"], out["date_right"], out["date_wrong"]) == (1, 1, 0)


def test_date_eval_json_into_a_missing_folder(tmp_path):
    from newsevents.cli import main

    root = _set(tmp_path / "set", [])
    out = tmp_path / "reports" / "date_eval.json"
    assert main(["date-eval", str(root), "--no-events", "--json", str(out)]) == 0
    assert json.loads(out.read_text())["texts"] == 1
