"""`newsevents dictionaries check` on the pattern files: unknown pattern or frame keys and case names a
language does not have are errors naming the file, the pattern id and the key."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.coding.dictionaries import check

BUNDLED = Path(str(resources.files("newsevents.coding.dictionaries")))


@pytest.fixture()
def dict_dir(tmp_path: Path) -> Path:
    d = tmp_path / "dictionaries"
    shutil.copytree(BUNDLED, d, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return d


def _add_pattern(d: Path, lang: str, yaml_lines: str) -> None:
    """Insert a pattern (block YAML, indented as a list item of `patterns:`) first in verbs_<lang>.yml."""
    p = d / f"verbs_{lang}.yml"
    text = p.read_text("utf-8")
    head, sep, rest = text.partition("\npatterns:\n")
    assert sep, f"verbs_{lang}.yml has no top-level 'patterns:' line"
    p.write_text(head + sep + yaml_lines + rest, encoding="utf-8")


def _errors_for(errors: list[str], file: str, pid: str) -> list[str]:
    return [e for e in errors if e.startswith(f"{file}:") and f"pattern {pid!r}:" in e]


def test_bundled_patterns_are_clean():
    assert [e for e in check(BUNDLED) if e.startswith("verbs_")] == []


@pytest.mark.parametrize("key", ["excludes", "requires", "requires_any"])
def test_a_phrase_in_a_word_list_is_rejected(dict_dir, key):
    # the engine reads one lemma per entry: "дать понять" would be read as "дать", the trigger's own word, and the
    # pattern would never fire (found by the helpers of the twenty-eighth session)
    _add_pattern(dict_dir, "ru", f"  - id: phrase_entry\n    lemmas: [дать отпор]\n    {key}: [угроза, дать понять]\n"
                 "    cameo: '130'\n")
    errs = _errors_for(check(dict_dir), "verbs_ru.yml", "phrase_entry")
    assert len(errs) == 1 and f"{key}: 'дать понять' is 2 words" in errs[0], errs


def test_misspelt_pattern_key_is_rejected(dict_dir):
    _add_pattern(dict_dir, "ru", "  - id: typo_requires\n    lemmas: [осудить]\n    requries: [нота]\n"
                                 "    cameo: '111'\n    frame: {target: [accs]}\n")
    errs = _errors_for(check(dict_dir), "verbs_ru.yml", "typo_requires")
    assert len(errs) == 1, errs
    assert "unknown key 'requries'" in errs[0] and "did you mean 'requires'" in errs[0]


def test_unknown_frame_key_is_rejected(dict_dir):
    _add_pattern(dict_dir, "uk", "  - {id: frame_typo, lemmas: [засудити], cameo: '111', frame: {case: [accs]}}\n")
    errs = _errors_for(check(dict_dir), "verbs_uk.yml", "frame_typo")
    assert len(errs) == 1 and "unknown frame key 'case'" in errs[0], errs


@pytest.mark.parametrize("lang, case, message", [
    ("ru", "loc3", "'loc3' is not a case of ru"),          # a typo of loc2 / loct
    ("ru", "dat", "'dat' is not a case of ru"),            # a Turkish case name in a Russian pattern
    ("tr", "datv", "'datv' is not a case of tr"),          # a pymorphy case in a Turkish pattern
    ("en", "dat", "en has no grammatical case"),           # English and Bulgarian mark roles by prepositions
    ("bg", "accs", "bg has no grammatical case"),
])
def test_case_a_language_does_not_have_is_rejected(dict_dir, lang, case, message):
    _add_pattern(dict_dir, lang, f"  - {{id: bad_case, lemmas: [xyz], cameo: '010', frame: {{target: [{case}]}}}}\n")
    errs = _errors_for(check(dict_dir), f"verbs_{lang}.yml", "bad_case")
    assert len(errs) == 1 and message in errs[0] and "frame.target" in errs[0], errs


def test_cases_the_language_has_pass(dict_dir):
    _add_pattern(dict_dir, "ru", "  - {id: good_case, lemmas: [xyz], cameo: '010', frame: {target: [loc2, datv]}}\n")
    _add_pattern(dict_dir, "tr", "  - {id: good_case, lemmas: [xyz], cameo: '010', frame: {target: [dat, bare]}}\n")
    assert [e for e in check(dict_dir) if "good_case" in e] == []


def test_cli_names_file_pattern_and_key(dict_dir, capsys):
    _add_pattern(dict_dir, "en", "  - {id: cli_typo, lemmas: [condemn], cameo: '111', requries: [note]}\n")
    assert main(["dictionaries", "check", "--dir", str(dict_dir)]) == 1
    err = capsys.readouterr().err
    line = next(ln for ln in err.splitlines() if "cli_typo" in ln)
    assert line.startswith("verbs_en.yml:") and "pattern 'cli_typo': unknown key 'requries'" in line, err
