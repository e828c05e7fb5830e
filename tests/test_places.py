"""Cities and regions of Ukraine count as Ukraine where a strike names them (countries.yml names), in every
language; names that are also rivers or surnames are not listed."""

from __future__ import annotations

import pytest
from conftest import code_text, triples


def coded(text: str, lang: str) -> set[tuple]:
    return triples(code_text(text, lang, "2024-05-02"))


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
    assert ("RUS", "UKR", "19") in coded(text, lang)


def test_a_surname_that_is_also_a_city_is_no_place():
    assert not coded("Министр Львов встретился с журналистами.", "ru")
