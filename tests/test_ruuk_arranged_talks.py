"""ru/uk: talks or a meeting named after "за / для" and a noun of arranging them ("поблагодарил Катар за
проведение переговоров", "для організації зустрічі") are the reason or purpose of another act, told before:
no new consultation event (grammar_<lang>.yml arrangement_nouns). The thanks stay."""

from __future__ import annotations

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("lang, text, thanks", [
    ("ru", "Президент Сербии поблагодарил Катар за проведение переговоров с Хорватией.", ("SRB", "QAT", "05")),
    ("ru", "Премьер Армении поблагодарил Францию за организацию встречи с Азербайджаном.", ("ARM", "FRA", "05")),
    ("uk", "Президент Сербії подякував Катару за проведення переговорів з Хорватією.", ("SRB", "QAT", "05")),
    ("uk", "Прем'єр Вірменії подякував Франції за організацію зустрічі з Азербайджаном.", ("ARM", "FRA", "05")),
])
def test_arranged_talks_are_no_new_event(lang, text, thanks):
    got = triples(code_text(text, lang, "2025-05-20"))
    assert thanks in got
    assert not any(code == "04" for _, _, code in got)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Сербии провел переговоры с премьером Хорватии."),
    ("uk", "Президент Сербії провів переговори з прем'єром Хорватії."),
])
def test_talks_held_stay(lang, text):
    assert ("SRB", "HRV", "04") in triples(code_text(text, lang, "2025-05-20"))
