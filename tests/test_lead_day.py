"""The lead's news day (engine.code_article's lead_day: undated acts later in the article take it) is not a day that
the lead ties to another, earlier event: "passed the law after the US imposed sanctions on Wednesday" tells
Wednesday's sanctions as the cause; a later undated reaction is the article's news, of the article's day. The tie is
read from a word before the date (discourse.yml date_other_event_before, within its clause): the word orders of bg, ru
and uk put the day right after the conjunction ("след като в сряда ..."); English puts it after the verb and its object
("after the US imposed sanctions on ... on Wednesday"), which this does not read yet."""

from __future__ import annotations

import pytest

from newsevents.coding.engine import code_article

PUBLISHED = "2025-10-24"  # a Friday

CAUSE_IN_LEAD = {
    "bg": "Народното събрание прие промени в закона, с които държавата получава право да назначи особен управител на "
          "рафинерията. Промените бяха внесени спешно от мнозинството, след като в сряда САЩ наложиха санкции на руските "
          "петролни компании заради войната в Украйна.\n\nОт Кремъл реагираха остро. Говорителят Дмитрий Песков осъди "
          "действията на българските власти.",
    "ru": "Парламент принял поправки, которые дают государству право назначить особого управляющего на заводе. Поправки "
          "были внесены в спешном порядке после того, как в среду США ввели санкции против российских нефтяных компаний "
          "из-за войны на Украине.\n\nВ Кремле отреагировали резко. Пресс-секретарь Дмитрий Песков осудил действия "
          "болгарских властей.",
    "uk": "Парламент ухвалив зміни до закону, які дають державі право призначити особливого управителя заводу. Зміни "
          "внесли терміново після того, як у середу США запровадили санкції проти російських нафтових компаній через "
          "війну в Україні.\n\nУ Кремлі відреагували різко. Речник Дмитро Пєсков засудив дії болгарської влади.",
}


def _rows(text: str, lang: str) -> dict:
    return {(r["source_actor"], r["target_actor"], r["cameo_code"]): r["event_date"]
            for r in code_article("x", text, lang, PUBLISHED)}


@pytest.mark.parametrize("lang", sorted(CAUSE_IN_LEAD))
def test_a_cause_told_in_the_lead_does_not_date_the_news(lang):
    rows = _rows(CAUSE_IN_LEAD[lang], lang)
    assert rows.get(("USA", "RUS", "172")) == "2025-10-22", rows  # the sanctions: their own day
    assert rows.get(("RUSGOV", "BGRGOV", "111")) == PUBLISHED, rows  # the reaction: the article's day


def test_the_leads_own_day_still_dates_the_news():
    text = ("On Wednesday, Bulgaria expelled two Russian diplomats accused of espionage.\n\n"
            "Kremlin spokesman Dmitry Peskov condemned the decision of the Bulgarian authorities.")
    rows = _rows(text, "en")
    assert rows.get(("BGR", "RUSGOV", "166")) == "2025-10-22", rows
    assert rows.get(("RUSGOV", "BGRGOV", "111")) == "2025-10-22", rows
