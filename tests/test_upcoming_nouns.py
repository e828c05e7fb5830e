"""An event noun told as upcoming ("накануне визита X", "в преддверии переговоров", "ahead of X's visit") is an
announced act, not coded (rule 2; discourse.yml upcoming_before, engine._upcoming). The Russian/Ukrainian
adverb "накануне/напередодні" (the day before) with a noun in the nominative is not this."""

from __future__ import annotations

import pytest
from conftest import code_text


def codes(text: str, lang: str) -> list[str]:
    return sorted(code_text(text, lang, "2024-05-08").cameo_code)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Накануне визита Эрдогана в Москву в Кремле подчеркнули важность отношений."),
    ("ru", "В преддверии переговоров Лаврова и Фидана в Анкаре усилены меры безопасности."),
    ("uk", "Напередодні візиту Ердогана до Москви експерти обговорювали порядок денний."),
    ("bg", "В навечерието на посещението на Ердоган в Москва експертите обсъдиха дневния ред."),
    ("en", "Ahead of Erdogan's visit to Moscow, experts debated the agenda."),
    ("en", "On the eve of the talks between Lavrov and Fidan, experts debated the agenda."),
])
def test_upcoming_noun_event_is_not_coded(lang, text):
    assert not [c for c in codes(text, lang) if c.startswith("04")]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Накануне переговоры Лаврова и Фидана прошли в Анкаре."),
    ("uk", "Напередодні переговори Лаврова і Фідана пройшли в Анкарі."),
    ("ru", "Накануне Эрдоган посетил Москву."),
])
def test_the_day_before_adverb_keeps_the_event(lang, text):
    assert [c for c in codes(text, lang) if c.startswith("04")]
