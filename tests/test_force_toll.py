"""The toll of an attack told by a participle after it ("attacked Kyiv with drones, killing two people") is part of
that attack, not another act (engine: a force trigger after a comma in -ing / a Russian adverbial participle)."""

from conftest import code_text, triples


def test_the_participle_of_the_toll_is_no_second_event():
    got = triples(code_text("Azerbaijan shelled Armenian border villages on Monday, killing two civilians, Yerevan said.",
                            "en", "2024-03-05"))
    assert ("AZE", "ARM", "19") in got, got
    assert not any(c == "18" for _, _, c in got), got


def test_a_killing_without_an_attack_before_it_is_coded():
    got = triples(code_text("Armenian soldiers killed two Azerbaijani servicemen on Monday.", "en", "2024-03-05"))
    assert any(c == "18" for _, _, c in got), got
