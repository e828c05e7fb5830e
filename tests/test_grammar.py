"""The grammar word lists (dictionaries/grammar_<lang>.yml): what the engine reads from them, their
place in the dictionary hash, and their schema check."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest
import yaml

from newsevents.coding import engine
from newsevents.coding.dictionaries import check
from newsevents.coding.lexicon import GRAMMAR_KEYS, GRAMMAR_POOLED_KEYS, dictionary_hash
from newsevents.coding.text import SUPPORTED

BUNDLED = Path(str(resources.files("newsevents.coding.dictionaries")))


def _grammar(lang: str) -> dict:
    return yaml.safe_load((BUNDLED / f"grammar_{lang}.yml").read_text("utf-8"))


@pytest.fixture()
def dict_dir(tmp_path: Path) -> Path:
    d = tmp_path / "dictionaries"
    shutil.copytree(BUNDLED, d, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return d


def test_every_language_has_a_grammar_file():
    assert {p.stem.split("_", 1)[1] for p in BUNDLED.glob("grammar_*.yml")} == set(SUPPORTED)


def test_engine_word_sets_are_the_yaml_lists():
    for lang in SUPPORTED:
        g = _grammar(lang)
        assert engine.BOUNDARY[lang] == set(g["clause_boundaries"])
        assert engine.NEG[lang] == set(g["negation"])
        assert (lang in engine.PREPS) == ("prepositions" in g)
        if "subject_pronouns" in g:
            assert engine.SUBJ_PRON[lang] == (set(g["subject_pronouns"]["singular"]),
                                              set(g["subject_pronouns"]["plural"]))
    # pooled lists: one set for all languages
    assert engine.RELBLOCK == set().union(*(_grammar(lang).get("pooled", {}).get("relative_words", [])
                                            for lang in SUPPORTED))
    assert {"which", "который", "че", "який"} <= engine.RELBLOCK
    # YAML would read an unquoted "no" / "on" as a boolean: the words arrive as strings
    assert "no" in engine.NEG["en"] and "on" in engine.PREPS["en"]


def test_turkish_role_word_sets_are_the_yaml_lists():
    from newsevents.coding import roles_tr

    g = _grammar("tr")
    assert roles_tr.LIGHT == set(g["light_verbs"]) and roles_tr.HEADS == set(g["relational_heads"])
    assert roles_tr.COORD_TR == {"ve", ","} and roles_tr.MODAL["tr"] == set(g["modal"])


def test_grammar_files_are_in_the_dictionary_hash(dict_dir):
    before = dictionary_hash(dict_dir)
    p = dict_dir / "grammar_bg.yml"
    p.write_text(p.read_text("utf-8").replace('negation: ["не", ', 'negation: ["не", "никога", '), encoding="utf-8")
    assert dictionary_hash(dict_dir) != before


def test_bundled_grammar_files_are_clean():
    assert [e for e in check(BUNDLED) if e.startswith("grammar_")] == []


@pytest.mark.parametrize("line, message", [
    ("negaton: [\"не\"]\n", "unknown key 'negaton' (did you mean 'negation'?)"),
    ("pooled:\n  relative_word: [\"който\"]\n", "unknown key pooled.'relative_word'"),
    ("infinitive_marks: [no]\n", "YAML reads an unquoted on/off/yes/no as the boolean"),
    ("infinitive_marks: [\"Да\"]\n", "must be lower case"),
    ("subject_pronouns: {singular: [\"той\"], dual: [\"двамата\"]}\n", "unknown key subject_pronouns.dual"),
])
def test_grammar_schema_errors(dict_dir, line, message):
    p = dict_dir / "grammar_bg.yml"
    text = p.read_text("utf-8")
    if line.startswith("pooled:"):
        text = text.replace("pooled:\n", line, 1)
    else:
        key = line.split(":", 1)[0]
        text = "".join(ln for ln in text.splitlines(keepends=True) if not ln.startswith(f"{key}:"))
        text = text.replace("lang: bg\n", "lang: bg\n" + line, 1)
    p.write_text(text, encoding="utf-8")
    errs = [e for e in check(dict_dir) if e.startswith("grammar_bg.yml:")]
    assert len(errs) == 1 and message in errs[0], errs


def test_schema_keys_are_the_files_keys():
    used = set().union(*(set(_grammar(lang)) - {"lang", "pooled"} for lang in SUPPORTED))
    pooled = set().union(*(set(_grammar(lang).get("pooled", {})) for lang in SUPPORTED))
    assert used == GRAMMAR_KEYS and pooled == GRAMMAR_POOLED_KEYS
