"""The coder on the project's own news sets (tests/data/own_news/<lang>/): articles written for the project in the
style of scraped agency news (datelines, quotes, background paragraphs, teasers of other stories, captions), one
set per language, annotated by the same rules as the real-text development set (docs/CODEBOOK.md).

Unlike ../shared/events_devset these sets ship with the project, so they run on every clone. Each was annotated
before the coder was run on it; the first figures measured on them are in docs/NOTES.md. They were written by
the project's developers, so they measure the coder on constructions its authors thought of, not on news it has
never seen: the development set's check split remains the measure of that. The test fails when a set's core
lenient F1 falls below the floor last reached (tests/data/own_news_floor.json).
"""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETS = ROOT / "tests" / "data" / "own_news"
FLOOR = json.loads((ROOT / "tests" / "data" / "own_news_floor.json").read_text())
LANGS = sorted(p.name for p in SETS.iterdir() if (p / "gold.jsonl").is_file())


def test_every_set_has_a_floor():
    assert LANGS == sorted(FLOOR), (LANGS, sorted(FLOOR))


@pytest.mark.parametrize("lang", LANGS)
def test_the_set_is_well_formed(lang):
    from newsevents.coding.matching import load_gold
    from newsevents.coding.realset import read_index

    index = read_index(SETS / lang)
    texts = {p.stem for p in (SETS / lang / "corpus").glob("*.txt")}
    assert texts and texts == set(index), "every text has one index line and every index line a text"
    assert {r["lang"] for r in index.values()} == {lang}
    assert {g.doc_id for g in load_gold(SETS / lang / "gold.jsonl")} <= texts


@pytest.mark.parametrize("lang", LANGS)
def test_core_f1_not_below_the_floor(lang):
    from newsevents.coding.realset import evaluate_set

    res = evaluate_set(SETS / lang)
    assert res.f1 >= FLOOR[lang] - 1e-9, f"{lang}: core F1 {res.f1:.3f} < floor {FLOOR[lang]}\n{res.text()}"
