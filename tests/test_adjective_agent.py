"""A demonym adjective right before a force noun is the noun's agent wherever the noun phrase stands ("killed in a
Russian missile strike on Kyiv"; discourse.yml adjective_agent_roots; engine._adjective_agent)."""

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("lang,text,event", [
    ("en", "Two people were killed in a Turkish drone strike on Damascus on Sunday.", ("TUR", "SYR", "19")),
    ("en", "Lebanon said four people died in an Israeli air strike on Beirut.", ("ISR", "LBN", "19")),
    ("ru", "В результате израильского удара по Бейруту погибли четыре человека.", ("ISR", "LBN", "19")),
    ("bg", "Четирима души загинаха при израелски въздушен удар по Бейрут.", ("ISR", "LBN", "19")),
])
def test_the_adjective_is_the_agent_of_the_force_noun(lang, text, event):
    got = triples(code_text(text, lang, "2024-10-07"))
    assert event in got, got


def test_two_adjectives_give_no_single_agent():
    got = triples(code_text("Two people were killed in Turkish and Syrian strikes on Manbij.", "en", "2024-10-07"))
    assert not any(s == "TUR" and c == "19" for s, _, c in got), got
