"""Fighting told by a noun (rule 10: one symmetric event), with or without its sides named."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import code_text


def _code(text: str, lang: str) -> pd.DataFrame:
    return code_text(text, lang, "2024-05-06")


def _fights(m: pd.DataFrame) -> list[tuple]:
    f = m[m.cameo_code.str.startswith("19")]
    return sorted((frozenset((r.source_country, r.target_country)), r.event_date, bool(r.is_symmetric))
                  for r in f.itertuples())


@pytest.mark.parametrize("lang, text", [
    ("ru", "Бои между армией Сербии и силами Косово продолжались 5 мая."),
    ("bg", "Сблъсъците между Сърбия и Косово продължиха на 5 май."),
    ("en", "Heavy fighting between Serbian and Kosovo forces continued on May 5."),
    ("uk", "Бої між армією Сербії та силами Косова тривали 5 травня."),
])
def test_fighting_between_two_named_sides_is_one_symmetric_event(lang, text):
    assert _fights(_code(text, lang)) == [(frozenset({"SRB", "KSV"}), "2024-05-05", True)]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Сербия и Косово провели переговоры 3 мая. Новые столкновения произошли на границе 5 мая."),
    ("en", "Serbia and Kosovo held talks on May 3. Fresh fighting erupted along the frontier on May 5."),
    ("bg", "Сърбия и Косово проведоха преговори на 3 май. Нови сблъсъци избухнаха на границата на 5 май."),
    ("uk", "Сербія та Косово провели переговори 3 травня. Нові зіткнення сталися на кордоні 5 травня."),
])
def test_fighting_without_named_sides_is_between_the_sides_of_the_latest_symmetric_act(lang, text):
    assert _fights(_code(text, lang)) == [(frozenset({"SRB", "KSV"}), "2024-05-05", True)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Fresh fighting erupted along the frontier on May 5."),
    ("en", "Serbia and Kosovo held talks on May 3. Both called for an end to the fighting."),
    ("ru", "Сербия и Косово провели переговоры 3 мая. Стороны договорились о прекращении боевых действий."),
])
def test_no_fighting_without_a_known_pair_or_when_the_sentence_ends_it(lang, text):
    assert _fights(_code(text, lang)) == []


def test_undated_fighting_without_named_sides_is_a_time_reference_not_a_report():
    m = _code("Сербия и Косово провели переговоры 3 мая. Это первая встреча с начала боевых действий.", "ru")
    assert _fights(m) == []


def test_a_month_name_next_to_a_number_is_a_date_not_a_protest_march():
    m = _code("Serbia and Kosovo held talks on May 3. Fresh fighting erupted along the frontier on March 3.", "en")
    assert "141" not in set(m.cameo_code)
    from newsevents.coding.engine import _date_word
    from newsevents.coding.text import tokenize
    toks = tokenize("Students march on 3 March", "en")
    assert not _date_word(toks, 1, "en") and _date_word(toks, 4, "en")
