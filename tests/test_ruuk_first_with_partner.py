"""ru/uk: the partner of a "with" act is its first "с / з" phrase; a later "с X" that hangs on a noun after a
first "с <non-actor>" is that noun's ("встретилась с посредниками в урегулировании конфликта с Израилем":
Israel is no partner of the meeting)."""

from __future__ import annotations

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("lang, text", [
    ("ru", "Делегация Армении встретилась в Париже с экспертами по вопросам конфликта с Азербайджаном."),
    ("uk", "Делегація Вірменії зустрілася в Парижі з експертами з питань конфлікту з Азербайджаном."),
])
def test_later_with_on_a_noun_is_no_partner(lang, text):
    assert not any({a, b} == {"ARM", "AZE"} for a, b, _ in triples(code_text(text, lang, "2025-05-20")))


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Казахстана провел телефонный разговор в среду с президентом Узбекистана."),
    ("ru", "Лавров встретился в Москве с министром иностранных дел Армении."),
])
def test_first_with_partner_stays(lang, text):
    assert any(code == "04" for _, _, code in triples(code_text(text, lang, "2025-05-20")))
