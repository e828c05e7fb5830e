"""Classes found by the own Bulgarian news set (tests/data/own_news/bg); own sentences throughout."""
from newsevents.corpus import dates as corpus_dates


def test_yearless_dateline_not_dated_by_a_year_named_later():
    # a yearless dateline with a weekday in the lead, and a year named only as history further down:
    # the history year must not date the news (it nulled every event date of the article)
    body = ("Ханой, 17 септември - Кораби на китайската брегова охрана блокираха във вторник "
            "виетнамски риболовен кораб край Парацелските острови.\n"
            "Ханой връчи протестна нота на китайското посолство.\n"
            "Виетнам напомни за споразумението от 1951 г.")
    assert corpus_dates.contradiction_flag("2025-09-17", body, "bg") is None
    en = ("Hanoi, 17 September - Chinese coast guard ships blocked a Vietnamese fishing boat on Tuesday.\n"
          "Hanoi handed a protest note to the Chinese embassy.\n"
          "Vietnam recalled the treaty of 1951.")
    assert corpus_dates.contradiction_flag("2025-09-17", en, "en") is None
    # a year in the lead or a full date still dates the dateline
    own = "Ханой, 17 септември - Във вторник през 1952 г. страните подписаха протокол."
    assert corpus_dates.contradiction_flag("2025-09-17", own, "bg").startswith("contradicts_text")


def _code(text, lang, published="2025-06-25"):
    import pandas as pd

    from newsevents.coding import engine
    return engine.code_articles(pd.DataFrame([{"article_id": "x", "text": text, "lang": lang,
                                               "published": published, "title": None}]))


def test_hours_before_that_is_the_day_just_named():
    # "Часове преди това" / "Hours earlier" dates the act on the day the text just named, not as undated
    # background (the "преди това" of BACKGROUND)
    cases = [("bg", "Късно в понеделник Тръмп обяви примирие между Израел и Иран. "
                    "Часове преди това Иран изстреля ракети по американска база в Катар."),
             ("en", "Late on Monday, Trump announced a truce between Israel and Iran. "
                    "Hours earlier, Iran fired missiles at a US base in Qatar."),
             ("ru", "В понедельник Трамп объявил о перемирии между Израилем и Ираном. "
                    "За несколько часов до этого Иран нанес ракетный удар по американской базе в Катаре.")]
    for lang, text in cases:
        df = _code(text, lang)
        row = df[(df.source_actor.str.startswith("IRN")) & (df.target_actor.str.startswith("USA"))]
        assert len(row) == 1 and row.event_date.iloc[0] == "2025-06-23", (lang, df.to_dict("records"))


def test_retaliation_targets_the_latest_attacker():
    # "Y отговори / отвърна с обстрел / удари" with no named victim is against the article's latest attacker
    df = _code("Сирийската армия обстреля турски позиции край Идлиб. "
               "Турските сили отвърнаха с артилерийски огън.", "bg")
    assert {(r.source_actor[:3], r.target_actor[:3], r.cameo_code[:2]) for r in df.itertuples()} >= {("TUR", "SYR", "19")}
    df = _code("В отговор азербайджанската армия обстреля позиции край границата. "
               "Армения заяви, че ще отговори с удари.", "bg")
    assert not any(r.source_actor.startswith("ARM") for r in df.itertuples())  # a threatened answer is no act
    # without an earlier use of force there is no one to answer: no event
    assert _code("Турските сили отвърнаха с артилерийски огън.", "bg").empty


def test_verbal_act_announced_for_later_is_not_coded():
    # "ще поиска / ще осъди / will demand": announced for later, not done (rule 2); the done act is coded
    assert _code("Той заяви, че Гърция ще поиска спешно заседание на Съвета за сигурност на ООН.", "bg").empty
    assert _code("Литва ще протестира пред Беларус заради инцидента.", "bg").empty
    assert not _code("Гърция поиска спешно заседание на Съвета за сигурност на ООН.", "bg").empty


def test_criticised_visit_targets_the_visitor():
    # "ЕС разкритикува визитата" / "criticised the visit": the visitor of the article's latest visit
    df = _code("Сръбският президент пристигна на посещение в Минск. Европейският съюз разкритикува визитата.", "bg")
    assert ("IGOEU", "SRB", "111") in {(r.source_actor, r.target_actor[:3], r.cameo_code) for r in df.itertuples()}
    df = _code("The Serbian president arrived in Minsk on a visit. Lithuania criticised the visit.", "en")
    assert ("LTU", "SRB", "11") in {(r.source_actor[:3], r.target_actor[:3], r.cameo_code[:2]) for r in df.itertuples()}
