"""The event patterns (dictionaries/verbs_<lang>.yml) on sentences of our own: the cases of
tests/cases/patterns_<lang>.yml (format and checks: tests/conftest.py), and floors on the sentence
gold (data/gold/sentences_<lang>.yml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import CASE_KEYS, CHECKS, read_rows

from newsevents.coding.engine import code_article
from newsevents.coding.sentgold import score_file

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent / "data" / "gold"
CASE_FILES = sorted((HERE / "cases").glob("patterns_*.yml"))


def _load():
    cases, floors = [], []
    for path in CASE_FILES:
        data = yaml.safe_load(path.read_text("utf-8"))
        lang = data["lang"]
        for floor in data.get("sentence_gold", []):
            floors.append(pytest.param(lang, floor, id=f"{lang}-{floor['split']}"))
        for group in data["groups"]:
            defaults = {k: v for k, v in group.items() if k not in ("name", "cases")}
            many = len(group["cases"]) > 1
            for n, case in enumerate(group["cases"], 1):
                c = {"date": data["date"], "view": "code", "actors": "full", "mirror": False, **defaults, **case}
                name = f"{lang}-{group['name']}" + (f"-{c.get('name') or f'{n:02d}'}" if many else "")
                cases.append(pytest.param(lang, c, id=name))
    return cases, floors


CASES, FLOORS = _load()


def test_case_files_are_found():
    assert {p.stem.split("_", 1)[1] for p in CASE_FILES} == {"ru", "uk", "bg", "en", "tr"}


@pytest.mark.parametrize("lang, case", CASES)
def test_pattern_case(lang, case):
    unknown = set(case) - CASE_KEYS
    assert not unknown, f"unknown case keys {unknown} (known: {sorted(CASE_KEYS)})"
    checks = [k for k in case if k in CHECKS]
    assert checks, "a case needs at least one check"
    rows = code_article("t", case["text"], lang, case["date"])
    got = read_rows(rows, case["view"], case["actors"], case["mirror"])
    failures = [f"{k}: {msg}" for k in checks if (msg := CHECKS[k](case[k], rows, got, case["view"]))]
    assert not failures, f"{case['text']!r}: " + "; ".join(failures) + f"; coded {sorted(map(str, set(got)))}"


@pytest.mark.parametrize("lang, floor", FLOORS)
def test_sentence_gold_floor(lang, floor):
    m = score_file(GOLD / f"sentences_{lang}.yml", split=floor["split"])
    assert m["n_items"] >= floor.get("min_items", 0)
    assert m["overall"]["f1"] >= floor["min_f1"], m["overall"]
