"""Reported speech: quotations, "according to X", first-person pronouns and reported force (coding/quotes.py)."""

from __future__ import annotations

import pytest
from conftest import code_text, triples

from newsevents.coding import quotes
from newsevents.coding.actors import get_lexicon


def coded(text: str, lang: str, published: str = "2024-05-01") -> set[tuple]:
    return triples(code_text(text, lang, published))


def test_quote_spans_nested_and_unclosed():
    t = 'He said «one „two“ three» and "four five'
    spans = quotes.quote_spans(t)
    assert spans == [(t.index("«") + 1, t.index("»"))]


def test_quote_spans_bulgarian_closing_mark():
    t = "„Едно две три четири“, каза той."
    assert quotes.quote_spans(t) == [(1, t.index("“"))]


@pytest.mark.parametrize("lang,text,speaker", [
    ("en", '"We are ready to resume the talks in any format," Erdogan said.', "TUR"),
    ("en", '"We are ready to resume the talks in any format," said Erdogan.', "TUR"),
    ("en", 'Erdogan told reporters: "We are ready to resume the talks in any format."', "TUR"),
    ("ru", "«Мы готовы продолжить переговоры в любом формате», — заявил Эрдоган.", "TUR"),
    ("uk", "«Ми готові продовжити переговори в будь-якому форматі», — заявив Ердоган.", "TUR"),
    ("bg", "„Ние сме готови да продължим преговорите във всякакъв формат“, заяви Ердоган.", "TUR"),
    ("tr", 'Erdoğan, "Müzakerelere her formatta devam etmeye hazırız" dedi.', "TUR"),
    ("tr", '"Müzakerelere her formatta devam etmeye hazırız" dedi Erdoğan.', "TUR"),
    ("tr", 'Erdoğan şunları söyledi: "Müzakerelere her formatta devam etmeye hazırız."', "TUR"),
])
def test_speaker_of_a_quotation(lang, text, speaker):
    qs = quotes.find_quotes(text, lang, get_lexicon())
    assert len(qs) == 1 and qs[0].speaker and qs[0].speaker[0].country == speaker


def test_short_quoted_term_is_not_speech():
    assert quotes.find_quotes('Moscow called the vote a "farce", Lavrov said.', "en", get_lexicon()) == []


@pytest.mark.parametrize("lang,text,expected", [
    # the speaker after the quotation is the source of "we" inside it
    ("en", '"We condemn Serbia for these provocations," the Croatian president said.', ("HRV", "SRB", "11")),
    ("ru", "«Мы осуждаем Сербию за эти провокации», — заявил президент Хорватии.", ("HRV", "SRB", "11")),
    ("uk", "«Ми засуджуємо Сербію за ці провокації», — заявив президент Хорватії.", ("HRV", "SRB", "11")),
    ("bg", "„Ние обвиняваме Сърбия за тези провокации“, заяви президентът на Хърватия.", ("HRV", "SRB", "11")),
    ("tr", 'Hırvatistan Cumhurbaşkanı, "Sırbistan\'ı bu provokasyonlar nedeniyle kınıyoruz" dedi.', ("HRV", "SRB", "11")),
    # the speaker before the quotation
    ("en", 'The Croatian president said: "We condemn Serbia for these provocations."', ("HRV", "SRB", "11")),
    # a quotation over two sentences, told by a pronoun speaker named in the sentence before
    ("en", 'The Croatian president spoke on Monday. "The border is calm. We condemn Serbia for these provocations," '
           'he said.', ("HRV", "SRB", "11")),
    # "according to X": "we" in the account is X
    ("ru", "По словам президента Хорватии, мы осуждаем Сербию за эти провокации.", ("HRV", "SRB", "11")),
    ("uk", "За словами президента Хорватії, ми засуджуємо Сербію за ці провокації.", ("HRV", "SRB", "11")),
    ("en", "According to the Croatian president, we condemn Serbia for these provocations.", ("HRV", "SRB", "11")),
    ("bg", "Според президента на Хърватия ние обвиняваме Сърбия за тези провокации.", ("HRV", "SRB", "11")),
])
def test_first_person_in_reported_speech_is_the_speaker(lang, text, expected):
    assert expected in coded(text, lang)


def test_first_person_in_reported_clause_is_the_main_subject():
    assert ("HRV", "SRB", "11") in coded("The Croatian president said that we condemn Serbia for the provocations.",
                                           "en")


def test_first_person_object_is_the_speaker():
    got = coded('"Serbia attacked us without any warning," the Croatian president said.', "en")
    assert ("SRB", "HRV", "19") in got or ("SRB", "HRV", "18") in got


def test_we_opening_a_quotation_is_not_the_united_states():
    got = coded('"We condemn Serbia for these provocations," the Croatian president said.', "en")
    assert not any("USA" in (s, t) for s, t, _c in got)


@pytest.mark.parametrize("lang,text", [
    ("en", "The Croatian defence ministry said Serbian troops shelled Croatian villages on Monday."),
    ("en", "Serbian troops shelled Croatian villages on Monday, the Croatian defence ministry said."),
    ("ru", "Министерство обороны Хорватии заявило, что Сербия обстреляла Хорватию."),
    ("uk", "Міністерство оборони Хорватії заявило, що Сербія обстріляла Хорватію."),
])
def test_reported_force_is_also_an_accusation(lang, text):
    got = coded(text, lang)
    assert ("HRV", "SRB", "11") in got
    assert any(s == "SRB" and t == "HRV" and c in ("18", "19") for s, t, c in got)


def test_own_report_of_own_strike_is_no_accusation():
    got = coded("The Serbian defence ministry said Serbian troops shelled Croatian villages on Monday.", "en")
    assert not any(c == "11" for _s, _t, c in got)


def test_a_quoted_relative_clause_is_not_the_speaker():
    got = coded('"It is Serbia which attacked the border posts," the Croatian president said.', "en")
    assert ("HRV", "SRB", "19") not in got and ("HRV", "SRB", "18") not in got


@pytest.mark.parametrize("lang,text", [
    ("tr", "Hırvatistan Cumhurbaşkanı'na göre, Sırbistan'ı bu provokasyonlar nedeniyle kınıyoruz."),
    ("ru", "Как заявил президент Хорватии, осуждаем Сербию за эти провокации."),
    ("uk", "Як заявив президент Хорватії, засуджуємо Сербію за ці провокації."),
])
def test_first_person_verb_without_pronoun_is_the_speaker(lang, text):
    assert ("HRV", "SRB", "11") in coded(text, lang)


@pytest.mark.parametrize("lang,word,first", [
    ("tr", "kınıyoruz", True), ("tr", "kınadık", True), ("tr", "kınadı", False), ("tr", "Sırbistan", False),
    ("bg", "обвиняваме", True), ("bg", "осъдихме", True), ("bg", "обвини", False),
    ("ru", "осуждаем", True), ("ru", "осуждают", False), ("uk", "засуджуємо", True), ("uk", "засудили", False),
])
def test_first_person_verb_forms(lang, word, first):
    from newsevents.coding.text import tokenize

    assert quotes.first_person_verb(tokenize(word, lang), lang) is first


@pytest.mark.parametrize("lang,text", [
    ("en", '"Serbia shelled our villages near the border," the Croatian defence ministry said.'),
    ("ru", "«Сербия обстреляла наши сёла у границы», — заявили в министерстве обороны Хорватии."),
    ("uk", "«Сербія обстріляла наші села біля кордону», — повідомили у міністерстві оборони Хорватії."),
    ("bg", "„Сърбия обстреля нашите села край границата“, заяви министърът на отбраната на Хърватия."),
])
def test_our_side_attacked_in_a_quotation(lang, text):
    got = coded(text, lang)
    assert any(s == "SRB" and t == "HRV" and c == "19" for s, t, c in got)
    assert ("HRV", "SRB", "11") in got


def test_our_army_in_a_quotation_is_the_speaker():
    got = coded('"Our army shelled Serbian positions near the border," the Croatian defence ministry said.', "en")
    assert ("HRV", "SRB", "19") in got


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Прем'єр Хорватії, який прибув з візитом до Сербії, провів переговори.", ("HRV", "SRB", "04")),
    ("ru", "Премьер Хорватии, который прибыл с визитом в Сербию, провёл переговоры.", ("HRV", "SRB", "04")),
    ("en", "Serbia, which shelled Croatia on Monday, is isolated.", ("SRB", "HRV", "19")),
    ("en", "The Croatian president met Serbia's envoy, who condemned Bosnia for the attack.", ("SRB", "BIH", "11")),
])
def test_relative_clause_subject_is_its_antecedent(lang, text, expected):
    assert expected in coded(text, lang)


def test_place_in_a_phrase_is_no_relative_subject():
    # the capital after "on" is the place fired at, not the one that shelled
    assert ("HRV", "SRB", "19") not in coded("Troops fired on Zagreb, which shelled Serbia hard.", "en")


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The Croatian defence ministry said Serbian troops shelled residential areas on Monday.", ("HRV", "SRB", "11")),
    ("ru", "Минобороны Хорватии заявило, что сербские военные обстреляли жилые кварталы.", ("HRV", "SRB", "11")),
    ("bg", "Хърватия заяви, че Сърбия е обстреляла жилищни квартали.", ("HRV", "SRB", "11")),
])
def test_reported_force_without_named_victim_is_an_accusation(lang, text, expected):
    assert expected in coded(text, lang)


def test_reported_accusation_is_not_continued_by_the_next_verb():
    got = coded("The Croatian ministry said Serbian forces had launched an attack despite the ceasefire.", "en")
    assert ("HRV", "SRB", "11") in got
    assert not any(c != "11" for _s, _t, c in got)  # the ceasefire is not the ministry's with Serbia


def test_reported_shelling_by_an_agent_phrase():
    got = coded("Міноборони Хорватії повідомило про обстріл хорватських позицій з боку Сербії.", "uk")
    assert ("SRB", "HRV", "19") in got and ("HRV", "SRB", "11") in got


def test_he_after_a_quotation_is_its_speaker():
    got = coded('"Serbia must stop the provocations now," the Croatian president said. He also accused Bosnia '
                  'of meddling.', "en")
    assert ("HRV", "BIH", "11") in got and ("SRB", "BIH", "11") not in got


@pytest.mark.parametrize("lang,text,expected", [
    ("en", '"Such talk is pure fabrication. Serbia keeps staging incidents on the border," the Croatian defence '
           'ministry said.', ("HRV", "SRB", "01")),
    ("en", '"We strongly condemn this. Serbia keeps staging incidents on the border," the Croatian president said.',
     ("HRV", "SRB", "11")),
    ("ru", "«Мы осуждаем это. Сербия снова устраивает инциденты на границе», — заявил министр обороны Хорватии.",
     ("HRV", "SRB", "11")),
])
def test_objectless_criticism_in_a_quotation_is_about_the_other_side_it_names(lang, text, expected):
    assert expected in coded(text, lang)


def test_quotation_topic_needs_the_speaker_as_source():
    # Bosnia, not the speaker, condemns: the quotation's other actor is not its target
    got = coded('"Bosnia strongly condemns this. Serbia keeps staging incidents on the border," the Croatian president said.',
                  "en")
    assert ("BIH", "SRB", "11") not in got


def test_i_in_a_quotation_before_a_later_actor():
    got = coded('"Yesterday I got a phone call from the Serbian president about the dam, which Bosnia also wants to '
                  'discuss," the Croatian foreign minister said.', "en")
    assert ("HRV", "SRB", "04") in got or ("SRB", "HRV", "04") in got
    assert not any("BIH" in (s, t) and c == "04" for s, t, c in got)


def test_subject_pronoun_nearer_the_verb_than_a_fronted_possessor():
    got = coded("The Croatian president spoke first. After Serbia's statement, he condemned Bosnia for the attack.",
                  "en")
    assert ("HRV", "BIH", "11") in got and ("SRB", "BIH", "11") not in got


@pytest.mark.parametrize("lang,text", [
    ("ru", "«Завтра мы встретимся с президентом Сербии», — сказал президент Хорватии."),
    ("ru", "«Вскоре обсудим это с Сербией», — сказал президент Хорватии."),
])
def test_quoted_first_person_future_meeting_is_not_coded(lang, text):
    assert not any(c == "04" for _s, _t, c in coded(text, lang))


def test_the_speaker_before_both_sides_is_not_one_of_the_sides():
    text = ("Сербия и Косово провели переговоры в Париже 5 мая. "
            "Как сообщил Макрон, стороны договорились о прекращении огня.")
    m = code_text(text, "ru", "2024-05-06")
    truce = m[m.cameo_code == "0871"]
    assert [frozenset((r.source_country, r.target_country)) for r in truce.itertuples()] == [frozenset({"SRB", "KSV"})]
