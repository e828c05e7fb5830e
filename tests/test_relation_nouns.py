"""Role rules around noun phrases: a "with X" that belongs to a relation noun ("the conflict with X", "конфликта
с X") is not the partner of the act before it (engine._with_of_noun, clauses.yml relation_nouns /
relation_noun_preps), while the noun as the act's own object ("discussed the war with X") leaves X a possible
partner; a genitive party phrase after its head nouns ("главы МИД двух стран") is the two sides as a subject;
"both sides" never names the pair that addresses them."""

from __future__ import annotations

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("lang,text", [
    ("ru", "Делегация Сербии встретилась в Вене с посредниками в урегулировании конфликта с Хорватией."),
    ("uk", "Делегація Сербії зустрілася у Відні з посередниками у врегулюванні конфлікту з Хорватією."),
    ("en", "Serbia met mediators of the conflict with Croatia in Vienna."),
    ("bg", "Сърбия се срещна с посредниците в конфликта с Хърватия."),
])
def test_the_other_side_of_a_conflict_is_no_meeting_partner(lang, text):
    got = triples(code_text(text, lang, "2025-11-14"))
    assert ("SRB", "HRV", "04") not in got and ("HRV", "SRB", "04") not in got, got


@pytest.mark.parametrize("lang,text", [
    ("ru", "Сербия обсудила войну с Хорватией."),
    ("en", "Serbia discussed the border with Croatia."),
    ("en", "Serbia met Croatia to discuss tensions."),
])
def test_a_relation_noun_as_the_object_keeps_the_partner(lang, text):
    got = triples(code_text(text, lang, "2025-11-14"))
    assert {a for t in got for a in t[:2]} >= {"SRB", "HRV"}, got


@pytest.mark.parametrize("lang,text", [
    ("ru", "Президенты Сербии и Хорватии провели переговоры 4 декабря. Главы МИД двух стран подписали протокол "
           "27 июня в Вене."),
    ("ru", "Президенты Сербии и Хорватии провели переговоры 4 декабря. Соглашение было подписано министрами "
           "обороны обеих стран 27 июня в Вене."),
    ("uk", "Президенти Сербії та Хорватії провели переговори 4 грудня. Міністри оборони обох країн підписали "
           "угоду 27 червня у Відні."),
])
def test_heads_of_a_genitive_party_phrase_make_it_the_subject(lang, text):
    # the agent head ("главы МИД", "министрами обороны") and the party phrase are the two sides, in the head's case
    df = code_text(text, lang, "2025-12-05")
    signed = df[df.cameo_code == "057"]
    assert set(signed.event_date) == {"2025-06-27"}, df[["cameo_code", "source_actor", "target_actor", "event_date"]]
    assert {signed.source_country.iloc[0], signed.target_country.iloc[0]} == {"SRB", "HRV"}


def test_other_nouns_before_a_party_phrase_leave_it_genitive():
    df = code_text("Сербия и Хорватия провели переговоры. Граница двух стран подписала протокол.", "ru", "2025-12-05")
    assert (df.cameo_code != "057").all(), df[["cameo_code", "source_actor", "target_actor"]]


@pytest.mark.parametrize("lang,text", [
    ("en", "Norway and Canada issued a statement on Sudan. Sudan and South Sudan clashed at the border. Norway and "
           "Canada met in Oslo. They urged both sides to halt hostilities."),
    ("ru", "Норвегия и Канада сделали заявление. Судан и Южный Судан столкнулись на границе. Норвегия и Канада "
           "провели встречу в Осло. Они призвали стороны прекратить огонь."),
])
def test_both_sides_are_never_the_actors_that_address_them(lang, text):
    df = code_text(text, lang, "2025-11-14")
    appeals = triples(df[df.cameo_code.str[:2] == "02"])
    assert appeals and {t[1] for t in appeals} <= {"SDN", "SSD"}, appeals
