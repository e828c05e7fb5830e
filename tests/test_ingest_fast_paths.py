"""Shortcuts of ingestion that must not change what it reads: a plain ISO ``published`` value parsed without the
date search (corpus.dates.parse_metadata_date), and the glued-text repairs of clean_text run only on texts that hold
what they repair (the _HINT patterns)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.corpus import clean as C
from newsevents.corpus import dates as D

TODAY = dt.date(2026, 12, 8)
ISO = ["2020-06-01", "2024-02-29", "2023-02-29", "2025-13-01", "0000-00-00", "1899-12-31", "1900-01-01", "2026-12-08",
       "2026-12-09", "2031-01-01", "9999-99-99"]


@pytest.mark.parametrize("value", ISO)
def test_iso_value_reads_as_the_date_search_reads_it(value, monkeypatch):
    fast = D.parse_metadata_date(value, TODAY)
    monkeypatch.setattr(D, "_ISO_DAY", type("Never", (), {"fullmatch": staticmethod(lambda s: None)}))
    assert fast == D.parse_metadata_date(value, TODAY)


def test_iso_values_and_their_flags():
    assert D.parse_metadata_date("2024-02-29", TODAY) == ("2024-02-29", None)
    assert D.parse_metadata_date("2023-02-29", TODAY) == (None, "impossible_metadata_date: 2023-02-29")
    assert D.parse_metadata_date("2026-12-09", TODAY) == (None, "future_date_ignored: 2026-12-09")
    assert D.parse_metadata_date("1899-12-31", TODAY) == (None, "too_old_ignored: 1899-12-31")


TEXTS = [
    "08.11.2022 | 10:157 ноября министр заявил ...\nТекст статьи идёт дальше и дальше.",
    "Министры окажут материальную помощьПрезидент Азербайджана заявил, что ...",
    "Talks went on in GazaThe minister said on Monday.\nAt 10:15 the talks resumed; 23:59 then.",
    "Brand names stay: АрмИнфо, McDonald, iPhone. Times: 7:30, 19:45 and 12:005 items.",
    "Nothing glued here at all.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_clean_text_hints_skip_nothing(text, monkeypatch):
    got = C.clean_text(text)
    always = type("Always", (), {"search": staticmethod(lambda s: True)})
    monkeypatch.setattr(C, "_GLUED_TIME_HINT", always)
    monkeypatch.setattr(C, "_GLUED_LINE_HINT", always)
    assert got == C.clean_text(text)


def test_glued_repairs_still_apply():
    out = C.clean_text("Министры окажут материальную помощьПрезидент Азербайджана заявил, что встреча прошла.\n"
                       "08.11.2022 | 10:157 ноября министр заявил о переговорах в Баку и в Москве.")
    assert out.title == "Министры окажут материальную помощь"  # the glued first line parted (and read as the title)
    assert out.text.startswith("Президент Азербайджана") and "10:15 7 ноября" in out.text


def test_caption_and_ticker_lines_are_set_aside():
    body = ("Thailand and Cambodia signed a peace accord in Kuala Lumpur on Sunday in the presence of the US president, "
            "ending weeks of clashes along their disputed border.\n")
    text = (body + "Photo caption: Soldiers of both sides shake hands at the border crossing.\n"
            "Ticker: Malaysia and the US sign a trade agreement * Oil prices slip\n"
            "Caption: The two prime ministers after the signing.\n"
            "Captains of both navies met later to discuss patrols in the gulf, officials said on Monday.")
    out = C.clean_text(text).text
    assert "Photo caption" not in out and "Ticker" not in out and "Caption:" not in out
    assert out.startswith("Thailand and Cambodia") and "Captains of both navies" in out
