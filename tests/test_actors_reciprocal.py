"""Targets from the subject itself: "X and Y accused each other" (a reciprocal pronoun) is one act in each
direction (CODING_RULES rule 10), and "both sides" doing an act of yielding, accusation or force with no
named target do it to each other. Sentences are our own."""

from __future__ import annotations

import pytest
from conftest import code_text, triples

RECIPROCAL = [
    ("ru", "Армения и Азербайджан обвинили друг друга в нарушении перемирия.", "11"),
    ("uk", "Таїланд і Камбоджа звинувачують один одного в обстрілах.", "11"),
    ("uk", "Вірменія та Азербайджан звинуватили одна одну в порушенні перемир'я.", "11"),
    ("en", "India and Pakistan accused each other of violating the truce.", "11"),
    ("bg", "Армения и Азербайджан се обвиниха взаимно в нарушаване на примирието.", "11"),
]


@pytest.mark.parametrize("lang,text,root", [c for c in RECIPROCAL if c[2]])
def test_reciprocal_object_gives_both_directions(lang, text, root):
    got = triples(code_text(text, lang, "2025-06-01"))
    pair = {c for c, _, r in got if r == root} | {c for _, c, r in got if r == root}
    assert len(pair) == 2, got
    a, b = sorted(pair)
    assert {(a, b, root), (b, a, root)} <= got, got


def test_both_sides_return_prisoners():
    text = "Россия и Украина провели переговоры в Стамбуле. Обе стороны вернули по 84 пленных."
    got = triples(code_text(text, "ru", "2025-06-01"))
    assert ("RUS", "UKR", "08") in got or ("UKR", "RUS", "08") in got, got


def test_both_sides_statement_has_no_invented_target():
    # a statement of both sides names no target: it stays uncoded (only acts done to each other are)
    text = "Россия и Украина провели переговоры в Стамбуле. Стороны выразили надежду на продолжение диалога."
    got = triples(code_text(text, "ru", "2025-06-01"))
    assert not {t for t in got if t[2] == "01"}, got


def test_reciprocal_needs_two_actors():
    got = triples(code_text("Лидеры обвинили друг друга в срыве переговоров.", "ru", "2025-06-01"))
    assert not got
