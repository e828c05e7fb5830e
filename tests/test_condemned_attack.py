"""A criticism of an attack whose attacker the sentence does not name ("Poland condemned the attack (on
Ukraine)") targets the attacker of the article's latest use of force, not the victim (engine._attacker_units,
discourse.yml force_nouns)."""

from __future__ import annotations

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("lang,text", [
    ("en", "Serbia launched a massive strike on Kosovo on Thursday. Hungary condemned the attack on Kosovo."),
    ("en", "Serbia launched a massive strike on Kosovo on Thursday. Hungary condemned the attack."),
    ("uk", "Сербія завдала масованого удару по Косово. Угорщина засудила атаку."),
    ("ru", "Сербия нанесла удар по Косово. Венгрия осудила нападение."),
    ("bg", "Сърбия нанесе масиран удар по Косово. Унгария осъди нападението."),
])
def test_the_condemned_attack_is_the_attackers(lang, text):
    crit = {(s, t) for s, t, c in triples(code_text(text, lang, "2025-11-14")) if c == "11"}
    assert crit == {("HUN", "SRB")}, crit


def test_a_named_attacker_stays_and_without_an_earlier_attack_nothing_is_invented():
    named = "Serbia launched a strike on Kosovo. Hungary condemned Croatia's attack on Kosovo."
    assert {(s, t) for s, t, c in triples(code_text(named, "en", "2025-11-14")) if c == "11"} == {("HUN", "HRV")}
    alone = "Hungary condemned the attack."
    assert code_text(alone, "en", "2025-11-14").empty
