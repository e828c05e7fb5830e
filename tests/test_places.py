"""Cities and regions of Ukraine count as Ukraine where a strike names them (countries.yml names), in every
language; names that are also rivers or surnames are not listed."""

from __future__ import annotations

import pandas as pd
import pytest

from newsevents.coding import engine


def triples(text: str, lang: str) -> set[tuple]:
    df = engine.code_articles(pd.DataFrame([{"article_id": "p", "text": text, "lang": lang,
                                             "published": "2024-05-02", "title": None}]))
    return {(r.source_country, r.target_country, r.cameo_code[:2]) for r in df.itertuples()}


@pytest.mark.parametrize("lang,text", [
    ("ru", "Российские войска нанесли удар по Харькову."),
    ("ru", "Российские войска нанесли удар по энергетической инфраструктуре Одесской области."),
    ("en", "Russian drones hit Odesa overnight."),
    ("en", "Russia struck the Kharkiv region overnight."),
    ("tr", "Rusya, Harkiv'e saldırdı."),
    ("uk", "Російські війська завдали удару по Харкову."),
    ("bg", "Руските сили нанесоха удар срещу Одеса."),
])
def test_strike_on_a_ukrainian_city_targets_ukraine(lang, text):
    assert ("RUS", "UKR", "19") in triples(text, lang)


def test_a_surname_that_is_also_a_city_is_no_place():
    assert not triples("Министр Львов встретился с журналистами.", "ru")
