"""An event with one state on both sides (a country and its own president: "під час зустрічі з президентом
ОАЕ" after a sentence whose subject was the UAE) is no event, whichever rule built it; a nation against its
own government stays an event only in demands, criticism, protest and force ("Kenyans protested against the
Kenyan government"). Checked where rows are written (engine._emit). Sentences are our own."""

from __future__ import annotations

from conftest import code_text, triples

from newsevents.coding import engine
from newsevents.coding.actors import Unit, get_lexicon
from newsevents.coding.clause import Ev


def _unit(actor, country, sector, kind):
    return Unit(0, 1, actor, country, sector, None, None, actor, (kind,))


def _rows(code):
    pat = next(p for ps in engine.load_patterns("uk").values() for p in ps if p.cameo[:2] == code[:2])
    ev = Ev(_unit("ARE", "ARE", None, "country"), _unit("AREGOV", "ARE", "GOV", "agent"), code, pat, "x", 0, 0.5)
    rows: list = []
    engine._emit(rows, set(), [ev], "t", 0, "x", [], "uk", get_lexicon(), "2025-02-17", None, True, False)
    return rows


def test_country_meeting_its_own_president_is_dropped():
    assert _rows("040") == []


def test_nation_protesting_its_government_is_written():
    assert len(_rows("141")) == 1


def test_people_against_own_government_kept():
    got = triples(code_text("Kenyans protested against the Kenyan government on Tuesday.", "en", "2024-06-25"))
    assert ("KEN", "KEN", "14") in got, got
