"""Dates told relative to the last day the text named, not to the publication day ("On 10 November X ...
Hours later, Y"; "10 ноября ... На следующий день ..."): coding/dates.anaphoric_date and its use in
engine.code_article."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import code_text

from newsevents.coding import dates

PUB = "2025-11-19"


def dates_of(text: str, lang: str) -> dict[str, str]:
    """trigger -> event date of the coded events."""
    df = code_text(text, lang, PUB)
    return {r.trigger: r.event_date for r in df.itertuples()}


@pytest.mark.parametrize("lang,text,later", [
    ("en", "On November 10, Serbia attacked Croatia.\n\nHours later, Hungary condemned Serbia.", "condemned"),
    ("ru", "10 ноября Сербия атаковала Хорватию.\n\nВ тот же день Венгрия осудила Сербию.", "осудила"),
    ("uk", "10 листопада Сербія атакувала Хорватію. Того ж дня Угорщина засудила Сербію.", "засудила"),
    ("bg", "На 10 ноември Сърбия атакува Хърватия. Същия ден Унгария осъди Сърбия.", "осъди"),
    ("tr", "Sırbistan 10 Kasım'da Hırvatistan'a saldırdı. Aynı gün Macaristan Sırbistan'ı kınadı.", "kınadı"),
])
def test_same_day_follows_the_named_day(lang, text, later):
    got = dates_of(text, lang)
    assert got[later] == "2025-11-10", got


@pytest.mark.parametrize("lang,text,later", [
    ("en", "On November 10, Serbia attacked Croatia. Croatia attacked Serbia the next day.", "attacked"),
    ("ru", "10 ноября Сербия атаковала Хорватию. На следующий день Хорватия нанесла удар по Сербии.",
     "нанесла удар по"),
])
def test_next_day_is_the_named_day_plus_one(lang, text, later):
    df = code_text(text, lang, PUB)
    got = sorted(df.event_date)
    assert got == ["2025-11-10", "2025-11-11"], df[["trigger", "event_date"]]


def test_without_an_earlier_day_the_phrase_dates_nothing():
    assert dates.anaphoric_date("Hours later, Hungary condemned Serbia.", "en", None) is None
    assert dates.anaphoric_date("Hungary condemned Serbia.", "en", dt.date(2025, 11, 10)) is None
    assert dates.anaphoric_date("Ertesi gün Macaristan kınadı.", "tr", dt.date(2025, 11, 10)) == "2025-11-11"


def test_an_own_date_wins_and_a_far_anchor_is_not_used():
    # the sentence's own date is the event's, whatever the phrase
    text = "On November 10, Serbia attacked Croatia. The next day, on November 14, Hungary condemned Serbia."
    assert dates_of(text, "en")["condemned"] == "2025-11-14"
    # five sentences after the named day the phrase no longer counts from it (the paragraph's own date, which
    # an undated sentence of the same paragraph would take, is out of the way: a new paragraph)
    filler = " ".join(f"The weather was mild in town number {n}." for n in range(5))
    text = f"On November 10, Serbia attacked Croatia. {filler}\n\nHours later, Hungary condemned Serbia."
    assert dates_of(text, "en")["condemned"] == PUB


@pytest.mark.parametrize("lang,text", [
    ("ru", "Путин провел переговоры с Эрдоганом. Лидеры напомнили, что в 2019 году Россия и Турция подписали договор."),
    ("uk", "Зеленський провів переговори з Ердоганом. У 2019 році Україна і Туреччина підписали угоду."),
    ("bg", "Радев проведе разговори с Ердоган. През 2019 г. България и Турция подписаха споразумение."),
    ("en", "Macron held talks with Erdogan. In 2019, France and Turkey signed an agreement."),
    ("tr", "Erdoğan, Putin ile görüştü. Türkiye ve Rusya 2019 yılında bir anlaşma imzaladı."),
])
def test_an_act_told_in_an_earlier_year_takes_no_article_date(lang, text):
    df = code_text(text, lang, PUB)
    signed = df[df.cameo_code == "057"]
    assert len(signed) == 1 and signed.event_date.isna().all(), df[["trigger", "event_date", "date_source"]]
    # the talks of the day keep the article's date
    assert (df[df.cameo_code.str[:2] == "04"].event_date == PUB).all()


def test_a_year_that_qualifies_a_noun_dates_nothing_away():
    # "the 2019 agreement" names a document; the accusation is today's news
    assert not dates.past_year_of("France accused Turkey of breaking the 2019 agreement.", 7, "en",
                                  dt.date(2025, 11, 19))
    assert not dates.past_year_of("Франция обвинила Турцию в нарушении договора 2019 года.", 8, "ru",
                                  dt.date(2025, 11, 19))
    # a year in another clause is not the act's
    s = "В 2019 году договор был подписан, а сегодня Франция обвинила Турцию."
    assert not dates.past_year_of(s, s.index("обвинила"), "ru", dt.date(2025, 11, 19))


@pytest.mark.parametrize("lang,text", [
    ("ru", "Глава МИД Сербии в четверг провел в Белграде переговоры с министром иностранных дел Венгрии.\n\n"
           "Стороны обсудили энергетическое сотрудничество."),
    ("en", "Serbia's foreign minister held talks with his Hungarian counterpart in Belgrade on Thursday.\n\n"
           "The two ministers discussed energy cooperation."),
])
def test_the_second_sentence_keeps_the_leads_date_across_a_paragraph_break(lang, text):
    df = code_text(text, lang, PUB)
    assert set(df.event_date) == {"2025-11-13"}, df[["trigger", "event_date", "date_source"]]


def test_a_today_second_sentence_keeps_the_article_date():
    text = ("Serbia's foreign minister held talks with his Hungarian counterpart in Belgrade on Thursday.\n\n"
            "Today Hungary criticised Croatia over the pipeline.")
    df = code_text(text, "en", PUB)
    assert df[df.cameo_code.str[:2] == "11"].event_date.tolist() == [PUB]


@pytest.mark.parametrize("lang,text,later", [
    ("en", "On November 10, Serbia attacked Croatia.\n\nThree days later, Hungary condemned Serbia.", "condemned"),
    ("en", "On November 10, Serbia attacked Croatia. Hungary condemned Serbia 3 days later.", "condemned"),
    ("ru", "10 ноября Сербия атаковала Хорватию. Спустя три дня Венгрия осудила Сербию.", "осудила"),
    ("uk", "10 листопада Сербія атакувала Хорватію. Три дні потому Угорщина засудила Сербію.", "засудила"),
    ("bg", "На 10 ноември Сърбия атакува Хърватия. Три дни по-късно Унгария осъди Сърбия.", "осъди"),
    ("tr", "Sırbistan 10 Kasım'da Hırvatistan'a saldırdı. Üç gün sonra Macaristan Sırbistan'ı kınadı.", "kınadı"),
    # ru/uk "через N дней" after a named day: N days later
    ("ru", "10 ноября Сербия атаковала Хорватию. Через три дня Венгрия осудила Сербию.", "осудила"),
    ("uk", "10 листопада Сербія атакувала Хорватію. Через три дні Угорщина засудила Сербію.", "засудила"),
])
def test_n_days_later_counts_from_the_named_day(lang, text, later):
    assert dates_of(text, lang)[later] == "2025-11-13"


def test_n_days_later_without_a_named_day_is_not_anaphoric():
    assert dates.anaphoric_date("Three days later, Hungary condemned Serbia.", "en", None) is None
    assert dates.anaphoric_date("Hungary condemned Serbia.", "en", dt.date(2025, 11, 10)) is None
