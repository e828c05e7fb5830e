"""The role registry (coding/roles.py): every language has a family and a role function, and the role
modules do not import the engine (no import cycle)."""

from __future__ import annotations

import ast
from pathlib import Path

from newsevents.coding import engine, roles, roles_tr
from newsevents.coding.text import SUPPORTED

CODING = Path(roles.__file__).resolve().parent


def _imports(module_file: Path) -> set[str]:
    """The modules a file imports at any level (relative imports as '.name')."""
    out = set()
    for node in ast.walk(ast.parse(module_file.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            out.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_every_language_has_a_family():
    assert set(roles.LANGUAGES) == set(SUPPORTED)
    assert {roles.family(lang) for lang in ("ru", "uk")} == {"case"}
    assert {roles.family(lang) for lang in ("en", "bg")} == {"order"}
    assert roles.family("tr") == "suffix"


def test_role_functions():
    assert roles.roles_for("tr") is roles_tr.roles
    for lang in ("ru", "uk", "en", "bg"):
        assert roles.roles_for(lang) is engine._roles
        assert engine._roles_for(lang) is engine._roles
    assert engine._roles_for("tr") is roles_tr.roles


def test_role_modules_do_not_import_the_engine():
    for name in ("roles.py", "roles_tr.py", "clause.py", "grammar.py"):
        imported = _imports(CODING / name)
        assert not {".engine", "newsevents.coding.engine"} & imported, (name, imported)



def test_engine_reads_the_case_family_from_the_registry():
    assert engine.CASE_MARKING == {"ru", "uk"} == {lang for lang in SUPPORTED if roles.family(lang) == "case"}
    src = (CODING / "engine.py").read_text("utf-8")
    # a new branch on the case-marking languages reads engine.CASE_MARKING (or roles.family), not a literal pair
    assert '("ru", "uk")' not in src and 'lang == "tr"' not in src, "use CASE_MARKING / roles.family(lang)"
