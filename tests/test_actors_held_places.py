"""Strikes with no named target on places that another state holds (discourse.yml held_places: Donetsk,
Sevastopol, Crimea...) are against the holder; strikes on Russia's own border regions and on Kherson region
have their country as target (countries.yml names). Sentences are our own."""

from __future__ import annotations

import pytest
from conftest import code_text, triples

CASES = [
    ("ru", "ВСУ обстреляли Донецк.", ("UKR", "RUS", "19")),
    ("ru", "Украинские дроны атаковали Крымский мост.", ("UKR", "RUS", "19")),
    ("uk", "ЗСУ атакували Крим.", ("UKR", "RUS", "19")),
    ("en", "Ukrainian drones attacked Sevastopol overnight.", ("UKR", "RUS", "19")),
    ("bg", "Украински дронове атакуваха Севастопол.", ("UKR", "RUS", "19")),
    ("ru", "ВСУ атаковали Белгородскую область.", ("UKR", "RUS", "19")),
    ("en", "Ukrainian drones hit an oil depot in Bryansk region.", ("UKR", "RUS", "19")),
    ("ru", "Российские войска обстреляли Херсонскую область.", ("RUS", "UKR", "19")),
]


@pytest.mark.parametrize("lang,text,want", CASES)
def test_strike_targets(lang, text, want):
    assert want in triples(code_text(text, lang, "2025-06-01"))


def test_holder_striking_its_held_place_gets_no_invented_target():
    assert not triples(code_text("Russian forces shelled Donetsk.", "en", "2025-06-01"))


def test_held_place_is_no_actor_of_other_acts():
    # a meeting in Crimea is no act towards Russia
    got = triples(code_text("Erdogan criticised Ukraine in Crimea.", "en", "2025-06-01"))
    assert ("TUR", "RUS", "11") not in got
