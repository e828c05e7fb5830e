"""ru/uk: a future act of other actors told after a hope, expectation or fear ("выразил надежду, что X и Y
заключат перемирие", "побоюються, що Росія нападе") is hoped for or feared, not announced: no event (rule 2;
grammar_<lang>.yml hope_words). A speaker's own stated future act is still its intent."""

from __future__ import annotations

import pytest
from conftest import code_text, triples

HOPED = [
    ("ru", "Президент Франции выразил надежду, что Сербия и Косово вскоре подпишут соглашение."),
    ("ru", "Генсек ОБСЕ уверен, что Молдова и Приднестровье возобновят переговоры."),
    ("ru", "В Эстонии опасаются, что Россия нападет на Латвию."),
    ("uk", "Макрон висловив надію, що Сербія та Косово незабаром підпишуть угоду."),
    ("uk", "У Польщі побоюються, що Білорусь атакуватиме Литву."),
]


@pytest.mark.parametrize("lang, text", HOPED)
def test_hoped_future_of_others_is_no_event(lang, text):
    assert triples(code_text(text, lang, "2025-05-20")) == set()


@pytest.mark.parametrize("lang, text, want", [
    ("ru", "Министр заявил, что Япония направит гуманитарную помощь Сирии.", ("JPN", "SYR", "03")),
    ("uk", "Прем'єр заявив, що Японія передасть Сирії гуманітарну допомогу.", ("JPN", "SYR", "03")),
])
def test_announced_future_stays_an_intent(lang, text, want):
    assert want in triples(code_text(text, lang, "2025-05-20"))


def test_hope_told_as_a_noun_in_ukrainian():
    text = "Макрон висловив сподівання, що Сербія та Косово підпишуть угоду."
    assert triples(code_text(text, "uk", "2025-05-20")) == set()
