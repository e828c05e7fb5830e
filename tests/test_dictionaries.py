"""Tests for the YAML dictionaries and their loader/validator (newsevents.coding.lexicon)."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import pytest

from newsevents import paths
from newsevents.coding.dictionaries import check as check_reexport
from newsevents.coding.lexicon import DictionaryError, check, load_dictionaries


@pytest.fixture
def dict_dir(tmp_path: Path) -> Path:
    """A scratch copy of the bundled dictionaries."""
    target = tmp_path / "dicts"
    target.mkdir()
    for p in Path(paths.DICTIONARIES).glob("*.yml"):
        shutil.copy(p, target / p.name)
    return target


def _append(path: Path, text: str) -> int:
    """Append text; return the 1-based line number of its first line."""
    before = path.read_text(encoding="utf-8")
    if not before.endswith("\n"):
        before += "\n"
    path.write_text(before + text, encoding="utf-8")
    return before.count("\n") + 1


def test_bundled_dictionaries_are_valid():
    assert check() == []
    assert check_reexport() == []
    d = load_dictionaries()
    assert d.codebook and d.actors and len(d.hash) == 64


def test_malformed_yaml_reports_file_and_line(dict_dir: Path):
    line = _append(dict_dir / "agents.yml", "- sector: GOV\n  phrases: {en: [oops\n")
    errors = check(dict_dir)
    assert errors
    assert any(e.startswith("agents.yml:") and "malformed YAML" in e for e in errors), errors
    lineno = int(next(e for e in errors if e.startswith("agents.yml:")).split(":")[1])
    assert line <= lineno <= line + 2
    with pytest.raises(DictionaryError):
        load_dictionaries(dict_dir)


def test_alias_claimed_by_two_countries(dict_dir: Path):
    line = _append(dict_dir / "countries.yml", "- code: XXA\n  names: {en: [Armenia]}\n")
    errors = check(dict_dir)
    assert any(e.startswith(f"countries.yml:{line + 1}:") and "'Armenia'" in e and "ARM" in e for e in errors), errors


def test_role_end_before_start(dict_dir: Path):
    line = _append(
        dict_dir / "people.yml",
        "- name: Test Person\n  aliases: {en: [Test Person]}\n  roles:\n"
        "    - {actor: ARMGOV, start: 2020-01-01, end: 2019-01-01}\n",
    )
    errors = check(dict_dir)
    assert any(e.startswith(f"people.yml:{line + 3}:") and "before it starts" in e for e in errors), errors


def test_bad_date_and_unknown_key(dict_dir: Path):
    line = _append(
        dict_dir / "people.yml",
        "- name: Test Person\n  aliases: {en: [Test Person]}\n  colour: red\n  roles:\n"
        "    - {actor: ARMGOV, start: 2020-13-45}\n",
    )
    errors = check(dict_dir)
    assert any(e.startswith(f"people.yml:{line + 2}:") and "unknown key 'colour'" in e for e in errors), errors
    assert any(e.startswith(f"people.yml:{line + 4}:") and "bad date" in e for e in errors), errors


def test_unknown_cameo_code_in_verbs_file(dict_dir: Path):
    (dict_dir / "verbs_test.yml").write_text(
        "- lemma: meet\n  cameo: '042'\n"
        "- lemma: frobnicate\n  cameo: '999'\n"
        "- lemma: visit\n  cameo: 042\n",
        encoding="utf-8",
    )
    errors = check(dict_dir)
    assert any(e.startswith("verbs_test.yml:4:") and "'999'" in e for e in errors), errors
    assert any(e.startswith("verbs_test.yml:6:") and "quote" in e for e in errors), errors
    assert not any(e.startswith("verbs_test.yml:2:") for e in errors)


def test_codebook_values():
    cb = load_dictionaries().codebook
    c = cb["042"]
    assert c.name == "Make a visit" and c.goldstein == 1.9 and c.quad_class == 1 and c.root == "04"
    assert c.plover == "CONSULT"
    c = cb["190"]
    assert c.quad_class == 4 and c.goldstein == -10.0 and c.root == "19"
    assert cb["108"].name == "Demand mediation"
    assert cb["106"].name == "Demand meeting, negotiation"
    roots = [k for k in cb if len(k) == 2]
    assert sorted(roots) == [f"{i:02d}" for i in range(1, 21)]
    for code, info in cb.items():
        r = int(code[:2])
        assert info.quad_class == (1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4), code


def test_pashinyan_role():
    actors = load_dictionaries().actors
    roles = {(a.actor, a.start, a.end) for a in actors if a.name == "Nikol Pashinyan"}
    assert ("ARMGOV", datetime.date(2018, 5, 8), None) in roles
    ru = [a for a in actors if a.phrase == "Пашинян" and a.lang == "ru"]
    assert ru and all(a.kind == "person" and a.country == "ARM" for a in ru)


def test_entry_shapes():
    actors = load_dictionaries().actors
    rus = [a for a in actors if a.actor == "RUS" and a.phrase == "Россия"]
    assert rus and rus[0].kind == "country" and rus[0].country == "RUS"
    cap = [a for a in actors if a.kind == "capital" and a.phrase == "Moscow"]
    assert cap and cap[0].actor == "RUSGOV" and cap[0].sector == "GOV"
    assert all(a.actor is None and a.sector for a in actors if a.kind == "agent")
    assert all(":" in a.where for a in actors)


def test_hash_changes_when_a_file_changes(dict_dir: Path):
    h1 = load_dictionaries(dict_dir).hash
    assert load_dictionaries(dict_dir).hash == h1
    _append(dict_dir / "agents.yml", "# a comment\n")
    h2 = load_dictionaries(dict_dir).hash
    assert h2 != h1
    (dict_dir / "verbs_extra.yml").write_text("lang: extra\npatterns: []\n", encoding="utf-8")
    assert load_dictionaries(dict_dir).hash != h2


def test_unknown_role_actor_and_duplicate_key(dict_dir: Path):
    line = _append(
        dict_dir / "people.yml",
        "- name: Test Person\n  aliases: {en: [Test Person]}\n  roles:\n    - {actor: XYZGOV, start: 2020-01-01}\n"
        "- name: Other Person\n  name: Again\n  aliases: {en: [Other Person]}\n",
    )
    errors = check(dict_dir)
    assert any(e.startswith(f"people.yml:{line + 3}:") and "XYZGOV" in e for e in errors), errors
    assert any(e.startswith(f"people.yml:{line + 5}:") and "duplicate key 'name'" in e for e in errors), errors


def test_agent_phrase_in_two_sectors(dict_dir: Path):
    line = _append(dict_dir / "agents.yml", "- sector: COP\n  phrases: {en: [army]}\n")
    errors = check(dict_dir)
    assert any(e.startswith(f"agents.yml:{line + 1}:") and "'army'" in e for e in errors), errors


def test_person_without_role_and_surname_sharing():
    actors = load_dictionaries().actors
    roleless = [a for a in actors if a.name == "(time zone) Bulgarian or Moscow local time"]
    assert roleless and all(a.kind == "person" and a.actor is None for a in roleless)
    aliyev = {a.name for a in actors if a.phrase == "Aliyev" and a.lang == "en"}
    assert aliyev == {"Heydar Aliyev", "Ilham Aliyev"}
    cav = sorted((a.start, a.end) for a in actors if a.name == "Mevlut Cavusoglu" and a.phrase == "Çavuşoğlu")
    assert cav == [(datetime.date(2014, 8, 29), datetime.date(2015, 8, 28)),
                   (datetime.date(2015, 11, 24), datetime.date(2023, 6, 4))]


def test_standing_conflicts_are_checked(dict_dir: Path):
    line = _append(dict_dir / "conflicts.yml", "- sides: [ARM, XYZ]\n  since: 1990\n  about: test\n"
                                              "- sides: [AZE, ARM]\n  since: 1990\n  about: listed twice\n"
                                              "- sides: [IND, PAK]\n  since: 2000\n  until: 1990\n  about: x\n"
                                              "- sides: [GEO]\n  since: 2000\n  about: one side\n"
                                              "- sides: [TUR, GRC]\n  since: 1974\n  sine: 1974\n  about: typo\n")
    errors = check(dict_dir)
    assert any(e.startswith("conflicts.yml:") and "'XYZ'" in e for e in errors), errors
    assert any(e.startswith(f"conflicts.yml:{line + 3}:") and "listed twice" in e for e in errors), errors
    assert any("until is before since" in e for e in errors), errors
    assert any("two different country codes" in e for e in errors), errors
    assert any("unknown key 'sine'" in e for e in errors), errors
