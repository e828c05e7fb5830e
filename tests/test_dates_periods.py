"""Past periods in event dates (coding/dates.py LAST_PERIOD): "last week" dated by the previous week's
Thursday with precision "week" (also when the week spans two months, where the article date was given
before), "over the weekend" by its Saturday, in each language."""

from __future__ import annotations

import pytest
from conftest import code_text


def first_date(text: str, lang: str, published: str) -> tuple:
    df = code_text(text, lang, published)
    assert len(df) == 1, df
    r = df.iloc[0]
    return r.event_date, r.date_precision


@pytest.mark.parametrize("lang,text", [
    ("en", "Serbia accused Croatia of provocations last week."),
    ("ru", "На прошлой неделе Сербия обвинила Хорватию в провокациях."),
    ("uk", "Минулого тижня Сербія звинуватила Хорватію у провокаціях."),
    ("bg", "Миналата седмица Сърбия обвини Хърватия в провокации."),
    ("tr", "Sırbistan geçen hafta Hırvatistan'ı provokasyonla suçladı."),
])
def test_last_week_is_the_previous_weeks_thursday(lang, text):
    # published Wednesday 2025-03-05: last week is 24 Feb - 2 Mar (two months)
    assert first_date(text, lang, "2025-03-05") == ("2025-02-27", "week")
    # published Wednesday 2025-03-19: last week is 10-16 Mar
    assert first_date(text, lang, "2025-03-19") == ("2025-03-13", "week")


@pytest.mark.parametrize("lang,text", [
    ("en", "Over the weekend Serbia accused Croatia of provocations."),
    ("ru", "В минувшие выходные Сербия обвинила Хорватию в провокациях."),
    ("uk", "На вихідних Сербія звинуватила Хорватію у провокаціях."),
    ("bg", "През уикенда Сърбия обвини Хърватия в провокации."),
    ("tr", "Sırbistan hafta sonu Hırvatistan'ı provokasyonla suçladı."),
])
def test_the_weekend_is_its_saturday(lang, text):
    assert first_date(text, lang, "2025-03-05") == ("2025-03-01", "day")  # a Wednesday article
    assert first_date(text, lang, "2025-03-02") == ("2025-03-01", "day")  # a Sunday article


@pytest.mark.parametrize("text,background", [
    ("Earlier, Serbia accused Croatia of provocations.", True),
    ("Serbia said earlier that it would respond.", True),
    ("He confirmed Vucic's earlier call with the Croatian prime minister.", False),
    ("The earlier talks in Vienna failed.", False),
    ("Their earlier agreement had collapsed.", False),
])
def test_earlier_as_an_adjective_is_no_background_marker(text, background):
    from newsevents.coding.dates import is_background

    assert is_background(text) is background


@pytest.mark.parametrize("text,expected", [
    ("Turkey suspended all trade with Israel in May.", [("2024-05", "month")]),
    ("The talks stalled in March.", [("2024-03", "month")]),
    ("Since March, the talks have stalled.", [("2024-03", "month")]),
    ("Turkey may suspend trade.", []),
    ("Protesters march on the capital.", []),
    ("Theresa May said the talks had stalled.", []),
])
def test_english_may_and_march_as_months(text, expected):
    import datetime as dt

    from newsevents.coding.dates import find_dates

    assert [(h.value, h.precision) for h in find_dates(text, "en", dt.date(2024, 10, 2))] == expected
