"""Yearless months and days next to a "last year" phrase, the Russian "в мае", and "earlier in the day"
(coding/dates.py LAST_YEAR, month_table, ANAPHORIC); sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.coding.dates import anaphoric_date, find_dates

ART = dt.date(2025, 7, 11)


@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Başbakan geçen yıl mayıs ayında Ankara'yı ziyaret etmişti.", "2024-05"),
    ("ru", "В мае прошлого года премьер посетил Анкару.", "2024-05"),
    ("ru", "20 июня прошлого года премьер посетил Анкару.", "2024-06-20"),
    ("en", "In May last year, the prime minister visited Ankara.", "2024-05"),
    ("uk", "Торік у травні прем'єр відвідав Анкару.", "2024-05"),
    ("bg", "През май миналата година премиерът посети Анкара.", "2024-05"),
    # without the phrase the month is this year's
    ("en", "In May, the prime minister visited Ankara.", "2025-05"),
    ("ru", "В мае премьер посетил Анкару.", "2025-05"),
])
def test_last_year_moves_a_yearless_date_back(lang, text, expected):
    assert [h.value for h in find_dates(text, lang, ART)] == [expected]


def test_last_year_far_from_the_month_does_not_move_it():
    text = "In May, the minister, who had been appointed to the post after elections held last year, visited Ankara."
    assert [h.value for h in find_dates(text, "en", ART)] == ["2025-05"]


def test_earlier_in_the_day_is_the_day_just_named():
    assert anaphoric_date("Earlier in the day, the president received both envoys.", "en", ART) == "2025-07-11"
