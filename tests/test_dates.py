import datetime as dt

import pytest

from newsevents.coding.dates import find_dates, known_full_dates

try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover
    given = None

ART = dt.date(2025, 10, 7)  # a Tuesday


@pytest.mark.parametrize(
    "text,lang,art,expected",
    [
        ("28 декабря 2024 года Путин позвонил", "ru", None, [("2024-12-28", "day", "explicit")]),
        ("29 декабря Алиев потребовал", "ru", ART, [("2024-12-29", "day", "explicit")]),
        ("6 января подверг критике", "ru", ART, [("2025-01-06", "day", "explicit")]),
        ("В июле 2025 года Алиев заявил", "ru", None, [("2025-07", "month", "explicit")]),
        ("в субботу Кремль сообщил", "ru", ART, [("2025-10-04", "day", "relative")]),
        ("вчера стало известно", "ru", ART, [("2025-10-06", "day", "relative")]),
        ("On April 7, Putin held talks", "en", ART, [("2025-04-07", "day", "explicit")]),
        ("escalated on September 27, 2020, with", "en", None, [("2020-09-27", "day", "explicit")]),
        ("held a call on Thursday", "en", ART, [("2025-10-02", "day", "relative")]),
        ("На 27 септември избухнаха сблъсъци", "bg", ART, [("2025-09-27", "day", "explicit")]),
        ("стана известен вчера", "bg", ART, [("2025-10-06", "day", "relative")]),
        ("в събота", "bg", ART, [("2025-10-04", "day", "relative")]),
        ("(7 ноябрь)", "ru", ART, [("2024-11-07", "day", "explicit")]),
    ],
)
def test_find_dates(text, lang, art, expected):
    got = [(h.value, h.precision, h.source) for h in find_dates(text, lang, art)]
    assert got == expected


def test_no_year_no_article_date_is_unknown():
    assert find_dates("6 октября глава МИД прибыл", "ru", None, None) == []
    assert find_dates("on Thursday", "en", None) == []


def test_fallback_year_and_known_dates():
    assert find_dates("On April 7, Putin", "en", None, 2021)[0].value == "2021-04-07"
    known = known_full_dates("statements dated November 9, 2020, and January 11, 2021", "en")
    assert find_dates("signed on November 9", "en", None, 2021, known)[0].value == "2020-11-09"


if given is not None:

    @settings(max_examples=200, deadline=None)
    @given(st.text(max_size=80), st.sampled_from(["ru", "bg", "en", "uk", "xx"]),
           st.one_of(st.none(), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))))
    def test_never_raises_and_iso(text, lang, art):
        for h in find_dates(text, lang, art, None):
            if h.precision == "day":
                dt.date.fromisoformat(h.value)
            else:
                assert len(h.value) == 7 and 1 <= int(h.value[5:]) <= 12

    @settings(max_examples=100, deadline=None)
    @given(st.integers(1, 31), st.sampled_from(["января", "февраля", "марта", "декабря"]),
           st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 1, 1)))
    def test_day_month_not_after_article(day, month, art):
        for h in find_dates(f"{day} {month}", "ru", art):
            assert dt.date.fromisoformat(h.value) <= art + dt.timedelta(days=3)
