"""An agreement reported by one side ("announced an agreement with X", "повідомив про домовленість з X",
"сообщил о договоренности с X", "съобщи за споразумение с X") is the agreement reached (057) between the side and
its partner; hoped-for or negated ones are none (verbs_<lang>.yml announce_agreement)."""

from __future__ import annotations

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("lang,text", [
    ("en", "Serbia announced an agreement with Kosovo on a prisoner exchange."),
    ("ru", "Министр обороны Сербии сообщил о договоренности с Косово об обмене пленными."),
    ("uk", "Раніше, 12 листопада, міністр оборони Сербії повідомив про домовленість з Косово щодо обміну полоненими."),
    ("bg", "Сърбия съобщи за споразумение с Косово за размяна на пленници."),
])
def test_an_announced_agreement_is_the_agreement(lang, text):
    got = {(s, t) for s, t, c in triples(code_text(text, lang, "2025-11-19"), 3) if c == "057"}
    assert got == {("SRB", "KSV")}, got


@pytest.mark.parametrize("lang,text", [
    ("en", "Serbia hopes to announce an agreement with Kosovo."),
    ("ru", "Сербия не сообщила о договоренности с Косово."),
])
def test_a_hoped_for_or_negated_announcement_is_none(lang, text):
    assert not (code_text(text, lang, "2025-11-19").cameo_code == "057").any()
