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
DATA = ROOT / "tests" / "data"
FLOOR = json.loads((DATA / "own_news_floor.json").read_text())
# (floor key, folder): the first own sets by language, and the blind sets (tests/data/own_news_blind/README.md,
# own_news_blind2/ ... own_news_blind9/, each with a README: written and annotated without running the coder; their
# first figures are kept in docs/NOTES.md and the READMEs) as "blind_<lang>" ... "blind9_<lang>"; the structural stress
# batteries (tests/data/stress/README.md: 82-93 short passages per language) as "stress_<lang>"
BLIND_SETS = [("blind", "own_news_blind")] + [(f"blind{n}", f"own_news_blind{n}") for n in range(2, 10)]
# the helpers' sets of the twenty-seventh session (tests/data/own_news_h7/README.md, own_news_h8/README.md):
# annotated before the coder ran, then used to fix the dictionaries, so regression sets, not blind measures, as
# "h7_<lang>", "h8_<lang>"
HELPER_SETS = [("h7", "own_news_h7"), ("h8", "own_news_h8"), ("h9", "own_news_h9"), ("h10", "own_news_h10")]


def _languages(folder: str) -> list[Path]:
    return [p for p in sorted((DATA / folder).iterdir()) if (p / "gold.jsonl").is_file()]


SETS = {**{p.name: p for p in _languages("own_news")},
        **{f"{prefix}_{p.name}": p for prefix, folder in BLIND_SETS + HELPER_SETS for p in _languages(folder)},
        **{f"stress_{p.name}": p for p in _languages("stress")}}
KEYS = sorted(SETS)


def test_every_set_has_a_floor():
    assert KEYS == sorted(FLOOR), (KEYS, sorted(FLOOR))


@pytest.mark.parametrize("key", KEYS)
def test_the_set_is_well_formed(key):
    from newsevents.coding.matching import load_gold
    from newsevents.coding.realset import read_index

    folder, lang = SETS[key], SETS[key].name
    index = read_index(folder)
    texts = {p.stem for p in (folder / "corpus").glob("*.txt")}
    assert texts and texts == set(index), "every text has one index line and every index line a text"
    assert {r["lang"] for r in index.values()} == {lang}
    assert {g.doc_id for g in load_gold(folder / "gold.jsonl")} <= texts


@pytest.mark.parametrize("key", KEYS)
def test_core_f1_not_below_the_floor(key):
    from newsevents.coding.realset import evaluate_set

    res = evaluate_set(SETS[key])
    assert res.f1 >= FLOOR[key] - 1e-9, f"{key}: core F1 {res.f1:.3f} < floor {FLOOR[key]}\n{res.text()}"
