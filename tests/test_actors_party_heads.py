"""A "both sides" phrase governed by an agent noun ("the foreign ministers of the two countries", "министры
иностранных дел двух стран", "външните министри на двете страни", Turkish "iki ülkenin dışişleri bakanları")
is the article's pair with that agent's sector, and is the clause's subject. Turkish phrases opening a
sentence with a dotted capital ("İki ülke") are found too. Sentences are our own."""

from __future__ import annotations

import pytest
from conftest import code_text

CASES = [
    ("en", "Azerbaijan and Armenia continued fighting. The foreign ministers of the two countries held talks.",
     {"AZEGOV", "ARMGOV"}),
    ("en", "Serbia and Kosovo traded accusations. Defence ministers of both countries held talks.", {"SRBMIL", "KSVMIL"}),
    ("bg", "Азербайджан и Армения продължават боевете. Външните министри на двете страни проведоха преговори.",
     {"AZEGOV", "ARMGOV"}),
    ("ru", "Азербайджан и Армения продолжают боевые действия. Министры иностранных дел двух стран провели переговоры.",
     {"AZEGOV", "ARMGOV"}),
]


@pytest.mark.parametrize("lang,text,pair", CASES)
def test_agent_head_of_both_sides(lang, text, pair):
    rows = code_text(text, lang, "2024-05-01")
    talks = rows[rows.cameo_code.str.startswith("04")]
    assert {a for r in talks.itertuples() for a in (r.source_actor, r.target_actor)} == pair, rows


def test_turkish_possessor_pair_opening_a_sentence():
    text = "Azerbaycan ve Ermenistan arasında çatışmalar sürüyor. İki ülkenin dışişleri bakanları Moskova'ya gitti."
    rows = code_text(text, "tr", "2020-10-26")
    visits = rows[rows.cameo_code == "042"]
    assert len(visits) and set(visits.source_actor) <= {"AZEGOV", "ARMGOV"} and set(visits.target_actor) == {"RUSGOV"}, rows
