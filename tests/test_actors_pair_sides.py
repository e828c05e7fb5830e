""""Both sides" are not a pair that includes a state which mediated in the article (it invited, hosted or
offered to mediate) while another pair is known: after Russia invited both foreign ministers and then met
one of them twice, "the sides agreed to a ceasefire" is Armenia and Azerbaijan. Sentences are our own."""

from __future__ import annotations

from conftest import code_text, triples


def test_mediator_pair_is_not_the_sides():
    text = ("Путин пригласил министров иностранных дел Армении и Азербайджана в Москву для переговоров.\n"
            "Лавров провёл переговоры с Мирзояном.\n"
            "Затем Лавров встретился с армянским коллегой ещё раз.\n"
            "Стороны договорились о прекращении огня.")
    got = triples(code_text(text, "ru", "2021-10-09"))
    truce = {(a, b) for a, b, r in got if r == "08"}
    assert truce and all({a, b} == {"ARM", "AZE"} for a, b in truce), got


def test_pair_with_no_mediator_unchanged():
    text = "Россия и Украина провели переговоры в Стамбуле. Стороны договорились об обмене пленными."
    got = triples(code_text(text, "ru", "2025-05-16"))
    assert any({a, b} == {"RUS", "UKR"} and r == "03" for a, b, r in got), got


def test_directed_act_of_a_civil_war_names_its_sides():
    # an accusation between a state's army and an armed group of the same country names the pair "the two sides"
    # refers to, as an accusation between two states does
    text = ("Sudan's army accused the RSF of shelling El Fasher on Wednesday. "
            "The two sides signed the Jeddah Declaration on May 11, 2023.")
    rows = code_text(text, "en", "2026-05-13")
    signed = rows[rows.cameo_code.str.startswith("05")]
    assert {(r.source_actor[:6], r.target_actor[:6]) for r in signed.itertuples()} in (
        {("SDNMIL", "SDNREB")}, {("SDNREB", "SDNMIL")}), rows[["source_actor", "target_actor", "cameo_code"]]


def test_fighting_without_sides_is_between_the_warring_pair():
    # clashes told without their sides are between the article's warring sides, not the sides of later talks
    text = ("Армения обстреляла позиции Азербайджана в понедельник. Россия и Турция провели переговоры в Москве во "
            "вторник. Новые столкновения на границе произошли в среду.")
    got = triples(code_text(text, "ru", "2025-03-13"))
    fights = {frozenset((a, b)) for a, b, r in got if r == "19"}
    assert fights == {frozenset(("ARM", "AZE"))}, got
