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
