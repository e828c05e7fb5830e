"""The toll of an attack told by a participle after it ("shelled the villages, killing two civilians") is part of
that attack, not another act (engine._one_use_of_force, grammar_en.yml force_consequences)."""

from conftest import code_text, triples


def test_the_participle_of_the_toll_is_no_second_event():
    df = code_text("Azerbaijan shelled Armenian border villages on Monday, killing two civilians, Yerevan said.",
                   "en", "2024-03-05")
    force = df[df.cameo_code.str[:2].isin(["18", "19", "20"]) & (df.source_actor.str[:3] == "AZE")]
    assert len(force) == 1 and force.trigger.iloc[0] == "shelled", df[["cameo_code", "source_actor", "trigger"]]


def test_a_killing_without_an_attack_before_it_is_coded():
    got = triples(code_text("Armenian soldiers killed two Azerbaijani servicemen on Monday.", "en", "2024-03-05"))
    assert any(s == "ARM" and c in ("18", "19") for s, _, c in got), got
