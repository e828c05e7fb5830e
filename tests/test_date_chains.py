"""One event per coordinated date of an act ("talks in Prague on 6 October and in Brussels on 31 October"):
coding/dates.coordinated_dates and its use in engine.code_article. Ranges and consecutive days stay one
(multi-day) event on its first day."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import code_text

from newsevents.coding import dates


def dated(text: str, lang: str) -> list[tuple]:
    df = code_text(text, lang, "2024-11-08")
    return sorted((r.cameo_code[:2], r.event_date) for r in df.itertuples())


@pytest.mark.parametrize("lang,text", [
    ("en", "Serbia and Croatia held talks in Prague on October 6 and in Brussels on October 31."),
    ("bg", "Сърбия и Хърватия проведоха преговори на 6 октомври в Прага и на 31 октомври в Брюксел."),
    ("ru", "Сербия и Хорватия провели переговоры 6 октября в Праге и 31 октября в Брюсселе."),
    ("tr", "Sırbistan ve Hırvatistan 6 Ekim'de Prag'da ve 31 Ekim'de Brüksel'de görüştü."),
])
def test_two_coordinated_dates_are_two_events(lang, text):
    assert dated(text, lang) == [("04", "2024-10-06"), ("04", "2024-10-31")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Serbia and Croatia held talks on October 6 and 7."),          # consecutive days: one act
    ("ru", "Сербия и Хорватия провели переговоры 11-12 ноября."),           # a range
    ("en", "Serbia and Croatia held talks in Prague on October 6; a truce followed on October 31."),
    # dates far from the trigger belong to another noun
    ("en", "Serbia and Croatia discussed the border in line with the declarations of their presidents dated "
           "March 9, 2020, and June 11, 2021."),
])
def test_ranges_and_separate_clauses_stay_one_event(lang, text):
    got = [d for r, d in dated(text, lang) if r == "04"]
    assert len(got) == 1


def test_dates_a_day_apart_do_not_chain():
    s = "talks on October 6 and on October 7"
    hits = dates.find_dates(s, "en", dt.date(2024, 11, 8), None, {}, None, "day")
    assert len(hits) == 2
    assert dates.coordinated_dates(hits, 0, s, "en", {"and"}) == []
    s2 = "talks on October 6 and on October 9"
    hits2 = dates.find_dates(s2, "en", dt.date(2024, 11, 8), None, {}, None, "day")
    assert [h.value for h in dates.coordinated_dates(hits2, 0, s2, "en", {"and"})] == ["2024-10-06", "2024-10-09"]
