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
            if h.precision in ("day", "week"):  # a week is written as its middle day (dates.LAST_PERIOD)
                dt.date.fromisoformat(h.value)
            else:
                assert len(h.value) == 7 and 1 <= int(h.value[5:]) <= 12

    @settings(max_examples=100, deadline=None)
    @given(st.integers(1, 31), st.sampled_from(["января", "февраля", "марта", "декабря"]),
           st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 1, 1)))
    def test_day_month_not_after_article(day, month, art):
        for h in find_dates(f"{day} {month}", "ru", art):
            assert dt.date.fromisoformat(h.value) <= art + dt.timedelta(days=3)


# ----------------------------------------------------------------- event dates: new classes

from newsevents.coding import dates as D  # noqa: E402


@pytest.mark.parametrize(
    "text,lang,art,expected",
    [
        # Turkish: months with case suffixes, relative words, weekdays
        ("Taraflar 10 Ekim'de anlaştı", "tr", ART, [("2025-10-10", "day", "explicit")]),
        ("Bakan dün Ankara'da konuştu", "tr", ART, [("2025-10-06", "day", "relative")]),
        ("Cuma günü görüştüler", "tr", ART, [("2025-10-03", "day", "relative")]),
        # a weekday written beside a date is part of it, not a second hit
        ("the truce holds until Sunday, May 18", "en", dt.date(2025, 5, 16), [("2025-05-18", "day", "explicit")]),
        ("в понедельник, 28 июля, стороны встретились", "ru", dt.date(2025, 7, 30), [("2025-07-28", "day", "explicit")]),
        # a range is dated by its first day
        ("Переговоры прошли 11–12 ноября", "ru", dt.date(2025, 11, 13), [("2025-11-11", "day", "explicit")]),
        # previous month; previous week by its Thursday, precision "week"
        ("fighting erupted last month", "en", ART, [("2025-09", "month", "relative")]),
        ("миналата седмица министрите се срещнаха", "bg", dt.date(2025, 10, 15), [("2025-10-09", "week", "relative")]),
        ("у листопаді сторони домовилися", "uk", ART, [("2024-11", "month", "explicit")]),
    ],
)
def test_find_dates_new_classes(text, lang, art, expected):
    got = [(h.value, h.precision, h.source) for h in find_dates(text, lang, art)]
    assert got == expected


def test_last_week_straddling_two_months_is_still_that_week():
    # article on Wednesday 2025-10-08: the previous week is 2025-09-29 .. 2025-10-05 (no one month); without a
    # hit the event would fall back to the article's own date, which "last week" rules out
    got = [(h.value, h.precision) for h in find_dates("last week the ministers met", "en", dt.date(2025, 10, 8))]
    assert got == [("2025-10-02", "week")]


def test_weekday_fixes_the_year_of_a_yearless_date():
    # no article date: 22 July fell on a Friday in 2022, not in 2021 or 2023
    hits = find_dates("в пятницу, 22 июля, подписали", "ru", None, 2022)
    assert [h.value for h in hits] == ["2022-07-22"]
    assert D.year_for_weekday(7, 22, 4, [2021, 2022, 2023]) == dt.date(2022, 7, 22)
    assert D.year_for_weekday(7, 22, 4, [2021, 2023]) is None


def test_month_precision_article_date():
    ref, prec = D.parse_article_date("2025-05")
    assert (ref, prec) == (dt.date(2025, 5, 31), "month")
    # "today" gives the month; a weekday or "yesterday" gives nothing
    hits = find_dates("Индия атакува днес", "bg", ref, None, None, None, "month")
    assert [(h.value, h.precision) for h in hits] == [("2025-05", "month")]
    assert find_dates("в петък министрите", "bg", ref, None, None, None, "month") == []
    assert D.parse_article_date("2025") == (dt.date(2025, 12, 31), "year")
    assert D.parse_article_date("garbage") == (None, "unknown")


def _event(sent, lang, trigger, art="2025-10-07", k=0, **kw):
    ref, prec = D.parse_article_date(art)
    hits = find_dates(sent, lang, ref, None, None, None, prec)
    return D.event_date(hits, sent.index(trigger), k, sent, lang, art, None, **kw)


@pytest.mark.parametrize(
    "sent,lang,trigger,expected",
    [
        # the date of the crash is not the date of the call about it: the lead's call takes the article date
        ("The president called his counterpart after the crash on 25 December.", "en", "called",
         ("2025-10-07", "day", "article_date")),
        ("Премьер позвонил коллеге в связи с крушением 25 декабря.", "ru", "позвонил",
         ("2025-10-07", "day", "article_date")),
        ("Страните се договориха след сблъсъците на 24 септември.", "bg", "договориха",
         ("2025-10-07", "day", "article_date")),
        ("Taraflar 24 Eylül'deki çatışmaların ardından anlaştı.", "tr", "anlaştı",
         ("2025-10-07", "day", "article_date")),
        # a date of its own is kept
        ("On 3 October the ministers met in Geneva.", "en", "met", ("2025-10-03", "day", "explicit")),
        ("Taraflar 3 Ekim'de Cenevre'de görüştü.", "tr", "görüştü", ("2025-10-03", "day", "explicit")),
    ],
)
def test_event_date_attached_to_its_clause(sent, lang, trigger, expected):
    assert _event(sent, lang, trigger) == expected


def test_event_date_background_and_doubt():
    # undated background is null, also in Turkish
    assert _event("Daha önce taraflar görüştü.", "tr", "görüştü", k=5) == (None, "unknown", "unknown")
    assert _event("Earlier the ministers met.", "en", "met", k=0) == (None, "unknown", "unknown")
    # an inferred (doubtful) article date: the lead takes it, and undated later events too, each marked
    assert _event("The ministers met.", "en", "met", k=0, doubtful=True) == ("2025-10-07", "day", "article_date_doubtful")
    assert _event("The ministers met.", "en", "met", k=4, doubtful=True) == ("2025-10-07", "day", "inferred_doubtful")
    assert _event("Earlier the ministers met.", "en", "met", k=4, doubtful=True) == (None, "unknown", "unknown")
    assert _event("The ministers met yesterday.", "en", "met", k=4, doubtful=True) == \
        ("2025-10-06", "day", "relative_doubtful")
    # a trusted article date reaches undated events further down
    assert _event("The ministers met.", "en", "met", k=4) == ("2025-10-07", "day", "inferred")


def test_doubt_from_the_date_flag():
    assert D.article_date_doubt(None) == (True, False)
    assert D.article_date_doubt("inferred_from_text: latest dated event") == (True, True)
    assert D.article_date_doubt("contradicts_text: published 2025-01-01, ...") == (False, True)
    assert D.article_date_doubt("unparseable_metadata_date: x") == (True, False)


def test_fallback_year_ignores_years_named_alone():
    assert D.fallback_year("Tensions date from 1991. On 27 September clashes began.", "en") is None
    assert D.fallback_year("On 3 March 2021 they met; on 5 March they called.", "en") == 2021


def test_coder_marks_events_resting_on_an_inferred_date():
    from newsevents.coding.engine import code_article

    text = "Путин позвонил Алиеву."
    plain = code_article("t", text, "ru", "2025-10-07")
    doubt = code_article("t", text, "ru", "2025-10-07", date_flag="inferred_from_text: latest dated event")
    assert plain and {r["date_source"] for r in plain} == {"article_date"}
    assert {r["date_source"] for r in doubt} == {"article_date_doubtful"}
    assert {r["event_date"] for r in doubt} == {"2025-10-07"}


def test_day_cut_off_an_abbreviated_month_is_put_back():
    assert D.rejoin_split_date("Fighting broke out on Sept.", "27.", "en") == "Fighting broke out on Sept. 27"
    assert D.rejoin_split_date("Fighting broke out on Sept.", "27.5 km away", "en") == "Fighting broke out on Sept."
    s = D.rejoin_split_date("Fighting broke out on Sept.", "27, officials said.", "en")
    assert s == "Fighting broke out on Sept. 27"
    assert [h.value for h in find_dates(s, "en", dt.date(2020, 10, 19))] == ["2020-09-27"]
    # not a month, no day after it, or no next sentence: unchanged
    assert D.rejoin_split_date("He landed in the U.S.", "27 people died.", "en") == "He landed in the U.S."
    assert D.rejoin_split_date("They met on Oct.", "The talks went on.", "en") == "They met on Oct."
    assert D.rejoin_split_date("They met on Oct.", None, "en") == "They met on Oct."


def test_clock_time_glued_to_the_day():
    # scraped lines run together: "10:15" + "7 ноября"
    got = [(h.value, h.precision) for h in find_dates("12.11.2022 | 10:157 ноября министры встретились", "ru",
                                                      dt.date(2022, 11, 12))]
    assert got == [("2022-11-12", "day"), ("2022-11-07", "day")]
    # three digits without a clock before them are no day
    assert [h.precision for h in find_dates("счёт 2157 ноября", "ru", dt.date(2022, 11, 12))] == ["month"]


@pytest.mark.parametrize(
    "sent,lang,trigger,expected",
    [
        ("The president, who met his counterpart on 5 May, called the chancellor.", "en", "called",
         ("2025-10-07", "day", "article_date")),
        ("Президент, который 5 мая встретился с коллегой, позвонил канцлеру.", "ru", "позвонил",
         ("2025-10-07", "day", "article_date")),
        # the relative clause's own event keeps its date
        ("Президент, который 5 мая встретился с коллегой, позвонил канцлеру.", "ru", "встретился",
         ("2025-05-05", "day", "explicit")),
    ],
)
def test_date_in_a_relative_clause_is_its_own(sent, lang, trigger, expected):
    assert _event(sent, lang, trigger) == expected


def test_yearless_date_takes_the_texts_year_when_the_article_date_is_only_a_year():
    from newsevents.coding.engine import code_article

    text = ("28 декабря 2024 года Путин позвонил Алиеву. "
            "29 декабря Алиев потребовал от России признать вину.")
    rows = code_article("t", text, "ru", "2025")
    dates = {r["cameo_code"][:2]: r["event_date"] for r in rows}
    assert dates.get("10") == "2024-12-29", rows


@pytest.mark.parametrize("lang", sorted(__import__("newsevents.coding.text", fromlist=["SUPPORTED"]).SUPPORTED))
def test_every_language_has_its_date_words(lang):
    """The date words live in dictionaries/discourse.yml (date_*), one section per language: a supported language
    without one of them would silently read no weekday, no "yesterday", no "last week"."""
    from newsevents.coding.discourse import rules

    r = rules()
    assert sorted(set(r["date_weekdays"][lang].values())) == list(range(7))
    assert 0 in r["date_relative_days"][lang].values() and -1 in r["date_relative_days"][lang].values()
    assert set(r["date_last_period"][lang].values()) == {"week", "month", "weekend"}
    assert r["date_anaphoric_days"][lang] and r["date_last_year"][lang] and r["date_this_year"][lang]
    assert r["date_today"][lang] and r["date_range_joiners"][lang] and r["date_background"][lang]
    assert lang in r["date_past_year"] and (lang in r["date_other_event_before"]) != (lang in r["date_other_event_after"])
    for key in ("date_weekdays", "date_relative_days", "date_anaphoric_days", "date_last_period"):
        assert all(w == w.lower() for w in r[key][lang]), key


def test_the_date_word_tables_are_read_from_the_dictionary():
    from newsevents.coding import dates
    from newsevents.coding.discourse import rules

    assert dates.WEEKDAYS is rules()["date_weekdays"] and dates.LAST_PERIOD is rules()["date_last_period"]
    assert find_dates("Встреча прошла вчера.", "ru", dt.date(2025, 3, 5))[0].value == "2025-03-04"
    assert find_dates("Talks ended on the weekend, 8 to 9 March.", "en", dt.date(2025, 3, 12))[0].value == "2025-03-08"
