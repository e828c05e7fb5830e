"""Article dates: basis, precision, confidence; rejection of page dates; contradictions; date-eval.

Every text here is written for these tests."""

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from newsevents.corpus import dates
from newsevents.corpus.dates import article_date, url_date

TODAY = dt.date(2026, 12, 1)  # fixed: nothing may depend on the real today


def _ad(body, header=(), meta=None, lang="en", url=None, raw=None):
    return article_date(meta, list(header), body, lang, url, TODAY, raw)


@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://news.example.org/world/2023/04/05/talks-resume", ("2023-04-05", "day")),
        ("https://example.org/news/2016-04-08/ceasefire-agreed-1234", ("2016-04-08", "day")),
        ("https://example.org/ua/20240117-minister-visit.html", ("2024-01-17", "day")),
        ("https://example.org/2025/05/strikes-reported", ("2025-05", "month")),
        ("https://example.org/archive.php?showmonth=11.2022", None),  # a query parameter is not the article's
        ("https://example.org/2023/13/45/x", None),
        (None, None),
    ],
)
def test_url_date(url, expected):
    assert url_date(url) == expected


def test_metadata_wins_and_a_cited_old_year_is_no_contradiction():
    body = "The ministers recalled the 1991 Alma-Ata Declaration and agreed to meet again."
    a = _ad(body, meta="2025-03-04")
    assert (a.value, a.precision, a.source, a.confidence, a.flag) == ("2025-03-04", "day", "metadata", 1.0, None)


def test_strong_dateline_is_kept_even_when_the_text_names_old_years():
    a = _ad("The conflict dates from 1991. The ministers met in Vienna on Monday.", header=["14:05, 12 May 2025"])
    assert (a.value, a.source, a.confidence) == ("2025-05-12", "dateline", 0.9)


def test_bare_page_date_unsupported_by_the_text_is_rejected():
    # a page date alone above a story whose text names only an old year: the crawl day, not the article's
    body = "Relations have been tense since 1991. On 27 September new clashes broke out near the border line."
    a = _ad(body, header=["5 December, 2025"])
    assert a.value is None and a.source == "unknown"
    assert a.flag.startswith("header_date_rejected: 2025-12-05")


def test_bare_page_date_supported_by_the_text_is_taken():
    body = "In 2025 the ministers met twice; today they signed a joint statement on the border commission."
    a = _ad(body, header=["12 March 2025"])
    assert (a.value, a.source, a.confidence) == ("2025-03-12", "dateline", 0.6)


def test_byline_below_a_crawl_header_wins():
    header = ["• Monday, 02 March 2026", "Border talks resume"]
    body = ("Example Wire October 13, 2020 World\n"
            "The two defence ministries traded accusations on Tuesday over the shelling of villages in 2020 fighting.")
    a = _ad(body, header=header)
    assert (a.value, a.source) == ("2020-10-13", "dateline")


def test_url_when_the_text_has_no_dateline():
    a = _ad("The ministers met on Friday and agreed to continue the talks next month.",
            url="https://example.org/politics/2024/06/21/ministers-meet")
    assert (a.value, a.precision, a.source, a.confidence) == ("2024-06-21", "day", "url", 0.85)


def test_yearless_dateline_with_weekday_fixes_the_year():
    body = ("Москва. 15 мая. — Комиссии двух стран в среду согласовали описание участка границы.\n"
            "Предыдущая встреча прошла 19 апреля 2024 года в Ереване.")
    a = _ad(body, lang="ru")
    assert (a.value, a.precision, a.source, a.confidence) == ("2024-05-15", "day", "inferred-from-text", 0.8)
    assert a.flag.startswith("inferred_from_text")


def test_yearless_dateline_month_first_with_weekday_fixes_the_year():
    # an agency dateline written month first; a later year named in the text (a coming election) is no article year
    body = ("WORLD\n\nMOSCOW, November 29. /AGENCY/. The ministry's spokeswoman held her weekly briefing on Thursday.\n"
            "She said the move aimed to help the ruling party before the March 2019 election.\n"
            "The memorandum was signed on September 17, 2018.")
    a = _ad(body)
    assert (a.value, a.precision, a.source) == ("2018-11-29", "day", "inferred-from-text")


def test_yearless_dateline_with_the_agency_after_the_date():
    # "Город. 21 ноября. АГЕНТСТВО - ...": the agency's name in capitals between the date and the dash
    body = ("Ереван. 14 марта. NEWSWIRE.AM - Комиссии двух стран в четверг согласовали описание участка границы.\n"
            "Отношения начали налаживаться в 2024 году.")
    a = _ad(body, lang="ru")
    assert (a.value, a.precision, a.source) == ("2024-03-14", "day", "inferred-from-text")
    # a capitalised word of the lead is no agency: "Сегодня" after the date opens the news itself
    b = _ad("Ереван. 14 марта. Сегодня - комиссии в четверг согласовали описание границы.\nВ 2024 году ...", lang="ru")
    assert b is None or "yearless dateline" not in (b.flag or "")


def test_lead_day_written_with_its_weekday_dates_an_undated_article():
    # no dateline: the lead's yearless day with its weekday, in the year next to the latest the text names (2019-08-01
    # was a Thursday too, but the text's history runs to 2024)
    body = ("WORLD\n\nThe largest prisoner exchange in years was completed in Ankara on Thursday, August 1, officials said.\n"
            "One of the reporters had been detained in March 2023; another in 2018. The talks began in June 2024.")
    a = _ad(body)
    assert (a.value, a.precision, a.source) == ("2024-08-01", "day", "inferred-from-text")


def test_lead_day_and_the_next_day_told_by_its_weekday():
    # the lead's day is Wednesday, 28 May (2025 by its weekday); the text goes on to "Thursday": written then
    body = ("WORLD\n\nThe two armies clashed on Wednesday, May 28, at the disputed border, officials said.\n"
            "On Thursday the foreign ministry sent a note of protest. The bloc's chair in 2025 urged restraint.")
    a = _ad(body)
    assert (a.value, a.precision, a.source) == ("2025-05-29", "day", "inferred-from-text")


def test_latest_dated_event_and_narrative_year():
    body = ("On 8 August 2025 the two leaders signed a declaration in Washington.\n"
            "On 3 February the speaker of parliament criticised the plan.")
    a = _ad(body)
    assert (a.value, a.precision, a.source, a.confidence) == ("2026-02-03", "day", "inferred-from-text", 0.55)


def test_future_dates_are_not_the_latest_event():
    body = "Delegations met in Geneva on 2 June 2022. The next round will be held on 20 June 2022."
    assert _ad(body).value == "2022-06-02"


def test_a_date_a_body_is_due_to_meet_on_is_no_event():
    body = ("The two armies met on 3 May 2025 at the border.\n"
            "The joint commission, which is due to meet in the capital on June 14, was not consulted.")
    assert _ad(body).value == "2025-05-03"


def test_lead_weekday_after_a_byline_and_a_dated_photo_caption():
    # the byline and the caption (dated Wednesday) are no lead: the lead's "Thursday" is the day after the caption's
    body = ("By JOHN SMITH and ANNA LEE\n\n"
            "Soldiers stand guard at a checkpoint near the border, Wednesday, May 28, 2025. (Photo/Agency)\n\n"
            "BANGKOK — The two neighbours traded accusations Thursday over an exchange of gunfire at the border.\n"
            "The clash lasted about ten minutes, the army said.")
    assert _ad(body).value == "2025-05-29"


def test_no_date_rather_than_a_wrong_one():
    # a yearless date before an older full date may belong to a year the text never names
    body = "On 16 April the withdrawal began. The contingent had arrived after the offensive of 20 September 2023."
    assert _ad(body).value is None
    # a later year named alone: the dated events are history
    assert _ad("The treaty was signed on 21 December 1991. In 2025 the ministers recalled it.").value is None
    # no year anywhere: a weekday and a yearless date give nothing
    assert _ad("On Friday, 22 July, the delegations signed the memorandum.").value is None
    # Armenian/Azerbaijani texts are kept but not dated from their words
    assert _ad("some text 5 May", lang="hy").value is None


def test_later_month_named_leaves_only_the_year():
    body = ("On 28 December 2024 the president called his counterpart. On 6 January he demanded an apology.\n"
            "Since the end of July 2025 relations have worsened further.")
    a = _ad(body)
    assert (a.value, a.precision, a.confidence) == ("2025", "year", 0.3)


def test_raw_caption_line_with_time_is_a_dateline():
    raw = ["Talks in Riyadh", "Photo: press office 21.03.2025 09:40 127", "Delegations are holding talks."]
    a = _ad("Delegations of the two countries are holding talks in the Saudi capital.", raw=raw)
    assert (a.value, a.source) == ("2025-03-21", "dateline")


def test_modified_lines_are_not_publication_dates():
    a = _ad("The ministers met in Vienna on Monday to continue the talks.", header=["Updated 31 March, 03:43"])
    assert a.value is None


def test_contradiction_only_from_the_text_dating_itself():
    assert dates.contradiction_flag("2025-06-01", "Back in 1991 and 2001 the sides clashed.", "en") is None
    body = "Москва. 15 мая. — Стороны в среду подписали протокол. Прошлая встреча была 19 апреля 2024 года."
    assert dates.contradiction_flag("2026-01-10", body, "ru", TODAY).startswith("contradicts_text")
    a = _ad(body, meta="2026-01-10", lang="ru")
    assert a.source == "metadata" and a.flag.startswith("contradicts_text")


def test_publication_date_wrapper():
    assert dates.publication_date("2024-02-03", [], "text", TODAY) == ("2024-02-03", "metadata", None)


def test_ingested_articles_table_has_the_date_columns(tmp_path):
    from newsevents.corpus import ingest

    (tmp_path / "x1.txt").write_text(
        "Border commission agrees on a protocol\n\nМосква. 15 мая. — Комиссии двух стран в среду согласовали "
        "описание участка границы, сообщили в министерстве.\nПредыдущая встреча прошла 19 апреля 2024 года в Ереване.\n",
        encoding="utf-8")
    arts, _ = ingest(tmp_path)
    row = arts.iloc[0]
    assert row["published"] == "2024-05-15" and row["published_precision"] == "day"
    assert row["published_source"] == "inferred-from-text" and row["published_confidence"] == pytest.approx(0.8)


# ------------------------------------------------------------------------- date-eval

def _mini_set(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    texts = {
        "t1": ("14:05, 12 May 2025\nThe foreign ministers of Armenia and Azerbaijan met in Vienna and discussed the "
               "border commission. They agreed to meet again soon."),
        "t2": "Officials of the two countries met in Geneva on Friday and discussed the situation along the border line.",
        "t3": ("On 8 August 2025 the two leaders signed a declaration in Washington.\nOn 3 February the speaker of "
               "parliament criticised the plan, the ministry said in a statement published on its website."),
    }
    index = [("t1", "2025-05-12", None), ("t2", "2024-06-21", "https://example.org/2024/06/21/x"),
             ("t3", "2024-01-01", None)]
    for k, v in texts.items():
        (corpus / f"{k}.txt").write_text(v, encoding="utf-8")
    with open(corpus / "index.jsonl", "w", encoding="utf-8") as f:
        for doc, pub, url in index:
            f.write(json.dumps({"doc_id": doc, "lang": "en", "published": pub, "url": url, "title": None,
                                "split": "dev"}) + "\n")
    (root / "gold.jsonl").write_text(json.dumps({"doc_id": "t1", "date": "2025-05-12", "source": "ARM.GOV",
                                                 "target": "AZE.GOV", "cameo": "040", "note": "[sym]"}) + "\n",
                                     encoding="utf-8")
    return root


def test_date_eval_counts(tmp_path):
    from newsevents.corpus.date_eval import evaluate, format_result

    res = evaluate(_mini_set(tmp_path / "set"), events=False)
    a = res["articles_published_removed"]
    # t1 from its dateline, t2 from its URL, t3 inferred 2026-02-03 against a real 2024-01-01: wrong
    assert (a["texts"], a["within_3_days"], a["wrong"], a["undated"]) == (3, 2, 1, 0)
    assert a["wrong_ids"] == ["t3"]
    b = res["articles_published_and_url_removed"]
    assert (b["within_3_days"], b["wrong"], b["undated"]) == (1, 1, 1)
    assert "within 3 days 2/3" in format_result(res)


def test_date_eval_cli(tmp_path, capsys):
    from newsevents.cli import main

    assert main(["date-eval", str(_mini_set(tmp_path / "set")), "--no-events", "--json", str(tmp_path / "r.json")]) == 0
    assert "date-eval on 3 texts" in capsys.readouterr().out
    assert json.loads((tmp_path / "r.json").read_text())["texts"] == 3


_ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the project (a worktree sits one level deeper); NEWSEVENTS_DEVSET overrides
DEVSET = next((p for p in ([Path(os.environ["NEWSEVENTS_DEVSET"])] if os.environ.get("NEWSEVENTS_DEVSET") else [])
               + [_ROOT.parent / "shared" / "events_devset", _ROOT.parent.parent / "shared" / "events_devset"]
               if (p / "corpus" / "index.jsonl").exists()), _ROOT.parent / "shared" / "events_devset")


@pytest.mark.skipif(not (DEVSET / "corpus" / "index.jsonl").exists(), reason="development set not present")
def test_devset_article_dates_floor():
    """Guards the figures reached on the development set (read at run time, never copied)."""
    from newsevents.corpus.date_eval import evaluate

    a = evaluate(DEVSET, events=False)["articles_published_removed"]
    assert a["share_within_3_days"] >= 0.5 and a["share_wrong"] <= 0.05


def test_month_only_metadata():
    a = _ad("The ministers met.", meta="2025-05")
    assert (a.value, a.precision, a.source, a.confidence) == ("2025-05", "month", "metadata", 1.0)
    assert dates.parse_metadata_date("2099-05", TODAY) == (None, "future_date_ignored: 2099-05")
    assert dates.parse_metadata_date("2025-13", TODAY)[0] is None


@pytest.mark.parametrize("lang, lead", [
    ("en", "KYIV, July 20, 2023 (Reuters) - Ukraine said on Thursday it had shot down drones over the capital."),
    ("bg", "София, 20 юли 2023 г. (БТА) - Министърът на външните работи се срещна с колегата си от Гърция."),
    ("uk", "Київ, 20 липня 2023 р. — Україна заявила про збиття дронів над столицею."),
    ("ru", "МОСКВА, 20 июля 2023 г. /ТАСС/. Президент России провел телефонный разговор с коллегой."),
])
def test_agency_dateline_opening_the_lead_on_its_line(lang, lead):
    """A wire dateline with the agency between the date and the dash, or a Ukrainian year word "р.", opens the lead on
    the same line: it is the article's dateline, not a date inferred from the text."""
    a = _ad(lead + "\nThe talks went on.", lang=lang, raw=[lead])
    assert (a.value, a.source) == ("2023-07-20", "dateline")


def test_yearless_news_in_the_latest_year_the_text_names():
    # the news has no year, the background does ("27 ноября 2024 года"), and the text names a later year as its
    # own time ("с начала 2026 года"): the news is of 2026, not the year the background's narrative order gives
    body = ("В ночь на 7 июня армия нанесла удары по югу страны.\n"
            "Перемирие было заключено 27 ноября 2024 года.\n"
            "С начала 2026 года погибли более 300 человек. 8 июня министр осудил удары.")
    a = _ad(body, lang="ru")
    assert (a.value, a.precision, a.source) == ("2026-06-08", "day", "inferred-from-text")
    # a year named in a future sentence is not the text's time
    body2 = ("В ночь на 7 июня армия нанесла удары по югу страны.\n"
             "Перемирие было заключено 27 ноября 2024 года. Выборы пройдут в 2026 году.")
    assert _ad(body2, lang="ru").value != "2026-06-07"


def test_a_date_inferred_from_the_text_is_a_lower_bound_for_roles():
    """An undated article dated by the latest day its text names (a background ceasefire of November 2024) was
    written that day or later: a person in a role that began after it holds that role (the prime minister named
    in 2025), and of two roles the later one counts; a role that had ended by then still counts for nothing."""
    from newsevents.coding.engine import code_article

    text = ("Prime Minister Nawaf Salam condemned Israel over the strike on Monday.\n"
            "Joseph Aoun criticised Israel on Monday.\n"
            "A ceasefire between Israel and Hezbollah took effect on 27 November 2024.")
    flag = "inferred_from_text: latest dated event"

    def sources(date_flag):
        rows = code_article("t", text, "en", "2024-11-27", None, date_flag)
        return sorted((r["sentence_index"], r["source_actor"]) for r in rows if r["cameo_root"] == "11")

    assert sources(flag) == [(0, "LBNGOV"), (1, "LBNGOV")]
    # a publication date given by the page is the day itself: Salam was not yet prime minister (he presided over the
    # International Court of Justice), Aoun led the army
    assert sources(None) == [(0, "IGOICJ"), (1, "LBNMIL")]
