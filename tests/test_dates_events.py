"""Dates, second round (issue #15): date-eval on the scorer's own matching rules, event dates of
relative clauses and future weekdays, article dates from the lead's weekday, merging across articles."""

from __future__ import annotations

import json
from pathlib import Path


def _set(root: Path, gold: list[dict]) -> Path:
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "t1.txt").write_text("The foreign ministers of Armenia and Azerbaijan met in Vienna on Monday and discussed "
                                   "the border commission.", encoding="utf-8")
    (corpus / "index.jsonl").write_text(json.dumps({"doc_id": "t1", "lang": "en", "published": "2025-05-14",
                                                    "url": None, "title": None, "split": "dev"}) + "\n",
                                        encoding="utf-8")
    (root / "gold.jsonl").write_text("".join(json.dumps(dict(doc_id="t1", **g)) + "\n" for g in gold),
                                     encoding="utf-8")
    return root


def test_date_eval_events_follow_the_gold_alternatives(tmp_path):
    """The event-date figure uses coding/matching.py: an [alt-date] or [alt-cameo] of the gold counts."""
    from newsevents.coding.realset import read_index
    from newsevents.corpus.date_eval import event_dates

    gold = [{"date": "2025-05-20", "source": "ARM.GOV", "target": "AZE.GOV", "cameo": "040",
             "note": "[sym] [alt-date: 2025-05-12]"},
            {"date": "2025-05-12", "source": "AZE.GOV", "target": "ARM.GOV", "cameo": "190",
             "note": "[alt-cameo: 040]"}]
    root = _set(tmp_path / "set", gold)
    out = event_dates(root, list(read_index(root).values()))
    # one coded meeting (Monday = 2025-05-12): it matches the first gold event by its alt-date
    assert (out["matched"], out["date_right"], out["date_wrong"]) == (1, 1, 0)


def test_date_eval_json_into_a_missing_folder(tmp_path):
    from newsevents.cli import main

    root = _set(tmp_path / "set", [])
    out = tmp_path / "reports" / "date_eval.json"
    assert main(["date-eval", str(root), "--no-events", "--json", str(out)]) == 0
    assert json.loads(out.read_text())["texts"] == 1


# ------------------------------------------------------------------ weekdays of the future, "where" clauses
import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from newsevents.coding import dates as D  # noqa: E402

THU = dt.date(2025, 10, 9)  # a Thursday


@pytest.mark.parametrize("text, lang, expected", [
    ("The two ministers will meet again on Friday.", "en", "2025-10-10"),
    ("The envoys are due to arrive next Tuesday.", "en", "2025-10-14"),
    ("The envoys arrived on Tuesday.", "en", "2025-10-07"),
    ("Министры встретятся в следующий вторник.", "ru", "2025-10-14"),
    ("Переговоры состоятся в понедельник.", "ru", "2025-10-13"),
    ("Министры встретились в понедельник.", "ru", "2025-10-06"),
    ("Делегациите ще се срещнат в понеделник.", "bg", "2025-10-13"),
    ("Делегаціи зустрінуться наступного понеділка, а наступну зустріч заплановано на вівторок.", "uk", "2025-10-14"),
    ("Görüşme önümüzdeki pazartesi yapılacak.", "tr", "2025-10-13"),
])
def test_a_future_weekday_is_the_coming_one(text, lang, expected):
    assert [h.value for h in D.find_dates(text, lang, THU)][-1] == expected


@pytest.mark.parametrize("sent, lang, trigger", [
    ("Opening the talks in Vienna, where the two ministers will attend a summit on Friday, the president "
     "thanked his guest.", "en", "talks"),
    ("Открывая переговоры в Вене, где министры примут участие в саммите в пятницу, президент поблагодарил гостя.",
     "ru", "переговоры"),
    ("Откривайки разговорите във Виена, където министрите ще участват в среща в петък, президентът благодари.",
     "bg", "разговорите"),
])
def test_a_date_in_a_where_clause_is_not_the_main_events(sent, lang, trigger):
    hits = D.find_dates(sent, lang, THU)
    assert hits  # the clause's own date is found ...
    assert D.attached_hits(hits, sent, sent.index(trigger), lang) == []  # ... and is not the talks'


def test_coder_dates_talks_of_the_day_not_the_where_clause_weekday():
    import pandas as pd

    from newsevents.coding import engine

    text = ("Speaking in Vienna, where both presidents are due at an OSCE summit on Friday, "
            "Putin thanked Aliyev for the invitation.")
    out = engine.code_articles(pd.DataFrame([{"article_id": "x", "text": text, "lang": "en",
                                              "published": THU.isoformat(), "title": None}]))
    assert set(out["event_date"]) == {THU.isoformat()}


def test_article_date_from_the_latest_event_and_the_leads_weekday():
    """The lead's news told by a weekday comes on or after the latest dated event the article reports."""
    from newsevents.corpus.dates import article_date

    body = ("The foreign ministers of Chile and Peru held a telephone call on Friday, the ministry said.\n"
            "They reviewed the results of the talks held in Lima on March 3, 2021.")  # a Wednesday
    a = article_date(None, [], body, "en", today=dt.date(2026, 1, 1))
    assert (a.value, a.source) == ("2021-03-05", "inferred-from-text")
    assert "weekday" in a.flag
    # a coming weekday in the lead says nothing of the article's day
    body2 = body.replace("held a telephone call on Friday", "will hold a telephone call on Friday")
    assert article_date(None, [], body2, "en", today=dt.date(2026, 1, 1)).value == "2021-03-03"


# ------------------------------------------------------------------ the seeds, as a new user sees them
@pytest.fixture(scope="module")
def seed_rows():
    import pandas as pd

    from newsevents.coding import engine
    from newsevents.corpus import ingest
    from newsevents.paths import SEEDS

    articles, _q = ingest(SEEDS)
    mentions = engine.code_articles(articles)
    return articles.set_index("article_id"), mentions.assign(seed=mentions["article_id"].str[:3]), pd


def test_seed_dates_and_their_basis(seed_rows):
    arts, _m, _pd = seed_rows
    got = {i[:3]: (r.published, r.published_precision, r.published_source) for i, r in arts.iterrows()}
    # 002 names July 2025 after its last dated event: only the year; 003 dates a call "on Thursday" after
    # talks of April 7, 2021 (a Wednesday); 000, 001 and 004 write no year of their news: no date
    assert got["002"] == ("2025", "year", "inferred-from-text")
    assert got["003"] == ("2021-04-08", "day", "inferred-from-text")
    for k in ("000", "001", "004"):
        assert got[k][0] is None and got[k][2] == "unknown"


def test_seed_001_crawl_header_anchors_nothing(seed_rows):
    arts, m, pd = seed_rows
    row = arts.loc[[i for i in arts.index if i.startswith("001")][0]]
    assert row.date_flag.startswith("header_date_rejected: 2025-12-05")
    told_yesterday = m[(m.seed == "001") & m["evidence"].str.contains("стана известен вчера")]
    assert len(told_yesterday) >= 1 and told_yesterday["event_date"].isna().all()
    assert not (m.loc[m.seed == "001", "event_date"].astype(str).str.startswith("2025")).any()


# ------------------------------------------------------------------ "N days ago", "a day earlier"
WED = dt.date(2025, 5, 7)  # a Wednesday


@pytest.mark.parametrize("text, lang, expected", [
    ("The two presidents met in Astana two days ago.", "en", "2025-05-05"),
    ("The two presidents met in Astana 3 days ago.", "en", "2025-05-04"),
    ("The two presidents had met in Astana a day earlier.", "en", "2025-05-06"),
    ("Президенты встретились в Астане три дня назад.", "ru", "2025-05-04"),
    ("Президенты днём ранее встретились в Астане.", "ru", "2025-05-06"),
    ("Президентите се срещнаха в Астана преди два дни.", "bg", "2025-05-05"),
    ("Президенти зустрілися в Астані два дні тому.", "uk", "2025-05-05"),
    ("Президенти зустрілися в Астані минулого понеділка.", "uk", "2025-05-05"),
    ("Cumhurbaşkanları iki gün önce Astana'da görüştü.", "tr", "2025-05-05"),
])
def test_days_ago_and_the_day_before(text, lang, expected):
    assert [h.value for h in D.find_dates(text, lang, WED)] == [expected]


def test_turkish_days_ago_is_the_events_own_date():
    sent = "Cumhurbaşkanları iki gün önce Astana'da görüştü."
    hits = D.find_dates(sent, "tr", WED)
    assert [h.value for h in D.attached_hits(hits, sent, sent.index("görüştü"), "tr")] == ["2025-05-05"]


def test_one_signing_told_by_several_articles_is_one_event():
    """Each article dates the signing by its own words (weekday, yesterday, N days ago, the date): one event."""
    import pandas as pd

    from newsevents.coding import engine
    from newsevents.coding.dedupe import dedupe

    rows = [("a", "en", "2025-05-05", "Chile and Peru signed a border treaty in Lima on Monday."),
            ("b", "en", "2025-05-06", "Chile and Peru signed a border treaty in Lima yesterday."),
            ("c", "en", "2025-05-07", "Chile and Peru signed a border treaty in Lima two days ago."),
            ("d", "ru", "2025-05-06", "Чили и Перу днём ранее подписали в Лиме пограничный договор."),
            ("e", "en", "2025-05-09", "On May 5, Chile and Peru signed a border treaty in Lima.")]
    arts = pd.DataFrame([{"article_id": a, "text": t, "lang": lang, "published": p, "title": None}
                         for a, lang, p, t in rows])
    mentions = engine.code_articles(arts)
    assert len(mentions) == 5 and set(mentions["event_date"]) == {"2025-05-05"}
    events = dedupe(mentions, arts)
    assert len(events) == 1 and events["n_articles"].iloc[0] == 5


# ------------------------------------------------------------------ an old year cited is no contradiction
@pytest.mark.parametrize("meta, header, body, lang", [
    ("2025-12-08", [], "Today, on 8 December, the two presidents recalled the Belovezha Accords of 1991.", "en"),
    (None, ["09:30, 8 December 2025"], "Today, on 8 December, the presidents recalled the 1991 Belovezha Accords.", "en"),
    ("2025-12-08", [], "Сегодня, 8 декабря, президенты вспомнили Беловежские соглашения 1991 года.", "ru"),
    ("2025-12-08", [], "Минск, 8 декабря. — Президенты вспомнили соглашения, подписанные 8 декабря 1991 года.", "ru"),
])
def test_a_cited_old_year_does_not_flag_a_recent_article(meta, header, body, lang):
    from newsevents.corpus.dates import article_date

    a = article_date(meta, header, body, lang, today=dt.date(2026, 12, 1))
    assert a.value == "2025-12-08" and not (a.flag or "").startswith("contradicts_text")


def test_today_with_a_yearless_date_takes_no_year_named_alone():
    from newsevents.corpus.dates import article_date

    body = "Today, on 8 December, the two presidents recalled the Belovezha Accords of 1991."
    assert article_date(None, [], body, "en", today=dt.date(2026, 12, 1)).value is None
    # a year written with the date still dates the text, and contradicts a later metadata date
    a = article_date("2025-12-08", [], "Today, 8 December 2020, the presidents signed a declaration.", "en",
                     today=dt.date(2026, 12, 1))
    assert a.flag.startswith("contradicts_text")


@pytest.mark.parametrize("sent", [
    "Before that, the ministry summoned the ambassador.",
    "До этого министерство вызвало посла.",
    "Преди това министерството привика посланика.",
    "До цього міністерство викликало посла.",
    "Bundan önce bakanlık büyükelçiyi çağırdı.",
])
def test_before_that_is_background(sent):
    assert D.is_background(sent)


def test_date_eval_reports_event_dates_with_published_removed(tmp_path):
    from newsevents.corpus.date_eval import evaluate, format_result

    gold = [{"date": "2025-05-12", "source": "ARM.GOV", "target": "AZE.GOV", "cameo": "040", "note": "[sym]"}]
    res = evaluate(_set(tmp_path / "set", gold))
    assert res["events_published_given"]["date_right"] == 1
    # without its date the text dates "on Monday" against nothing: the event is undated, not wrong
    e = res["events_published_removed"]
    assert (e["matched"], e["date_right"], e["date_missing"], e["date_wrong"]) == (1, 0, 1, 0)
    assert "event dates, published removed (url kept): 0/1 right" in format_result(res)


@pytest.mark.parametrize("text, lang, art, expected", [
    ("Earlier this month, the two ministers met in Geneva.", "en", dt.date(2025, 5, 21), ["2025-05"]),
    ("Министры встретились в Женеве в начале этого месяца.", "ru", dt.date(2025, 5, 21), ["2025-05"]),
    ("Міністри зустрілися в Женеві на цьому тижні.", "uk", dt.date(2025, 5, 21), ["2025-05"]),
    ("Bakanlar bu ayın başında Cenevre'de görüştü.", "tr", dt.date(2025, 5, 21), ["2025-05"]),
    # a week that began in the previous month gives no month
    ("Министрите се срещнаха в Женева тази седмица.", "bg", dt.date(2025, 6, 1), []),
])
def test_this_month_and_this_week(text, lang, art, expected):
    assert [h.value for h in D.find_dates(text, lang, art)] == expected


def test_earlier_this_month_is_dated_by_the_month_not_left_null():
    sent = "Earlier this month, the two ministers met in Geneva."
    hits = D.find_dates(sent, "en", dt.date(2025, 5, 21))
    assert D.event_date(hits, sent.index("met"), 3, sent, "en", "2025-05-21", None) == ("2025-05", "month", "relative")


@pytest.mark.parametrize("text, lang", [
    ("The talks were held from 11 to 13 November in Geneva.", "en"),
    ("The talks were held November 11 through 13 in Geneva.", "en"),
    ("Переговоры прошли с 11 по 13 ноября в Женеве.", "ru"),
    ("Преговорите се проведоха от 11 до 13 ноември в Женева.", "bg"),
    ("Переговори тривали з 11 по 13 листопада в Женеві.", "uk"),
    ("Görüşmeler 11 ve 13 Kasım tarihlerinde Cenevre'de yapıldı.", "tr"),
])
def test_a_multi_day_range_in_words_takes_its_first_day(text, lang):
    assert [h.value for h in D.find_dates(text, lang, dt.date(2025, 11, 21))] == ["2025-11-11"]


FRI = dt.date(2025, 5, 9)  # a Friday


@pytest.mark.parametrize("text, lang, expected", [
    ("The ministers met last Friday.", "en", "2025-05-02"),
    ("The ministers met on Friday.", "en", "2025-05-09"),
    ("Министры встретились в прошлую пятницу.", "ru", "2025-05-02"),
    ("Министрите се срещнаха миналия петък.", "bg", "2025-05-02"),
    ("Bakanlar geçen cuma görüştü.", "tr", "2025-05-02"),
    ("Міністри зустрілися минулої п’ятниці.", "uk", "2025-05-02"),
    ("Міністри зустрілися у п’ятницю.", "uk", "2025-05-09"),  # the typographic apostrophe alone
])
def test_last_weekday_on_that_weekday_is_a_week_ago(text, lang, expected):
    assert [h.value for h in D.find_dates(text, lang, FRI)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The ministers had met the day before.", ["2025-05-08"]),
    ("The ministers had met the day before, officials said.", ["2025-05-08"]),
    ("The ministers met the day before the vote.", []),  # the eve of another event, not of the article
])
def test_the_day_before(text, expected):
    assert [h.value for h in D.find_dates(text, "en", FRI)] == expected
