"""English sentences (our own) for event classes of the PLOVER dev measure: events inside one country."""

from __future__ import annotations

import pandas as pd

from newsevents.coding import code_articles


def code(text, published="2024-05-01"):
    df = pd.DataFrame([{"article_id": "t1", "text": text, "lang": "en", "published": published, "title": None}])
    return code_articles(df)


def triples(m):
    return sorted(zip(m["source_actor"], m["target_actor"], m["cameo_code"]))


def test_state_named_as_country_against_its_own_society():
    # the state named as a country (or by its capital) against a group of its own society is a domestic event
    assert ("KEN", "KENRAD", "090") in triples(code("Kenya investigated crimes by Kenyan extremists."))
    assert ("TUR", "TURMED", "173") in triples(code("Turkey arrested dozens of Turkish journalists on Monday."))
    assert ("KENREB", "KEN", "190") in triples(code("Kenyan rebels attacked Kenya."))


def test_one_country_on_both_sides_is_still_no_event():
    # the country and its own government are one actor
    assert triples(code("Kenya said the Kenyan government would meet on Monday.")) == []


def test_bare_domestic_group_takes_the_one_state_of_the_sentence():
    # a court, rebel or opposition group named with no country, in a sentence naming one state only
    assert ("SYRREB", "SYRMIL", "190") in triples(code("Rebels attacked Syrian troops near Aleppo."))
    assert ("CHLJUD", "CHLGOV", "112") in triples(code("A judge charged three Chilean government officials with fraud."))


def test_bare_group_keeps_no_country_when_the_sentence_names_two_states():
    m = code("Rebels attacked Russian troops on Monday, the Syrian government said.")
    assert not any(str(a).endswith("REB") for a in m["source_actor"])


def test_bare_group_later_in_the_subject_and_civilians_and_a_place_as_anchor():
    # the group word may follow "Leaders of the main ..."; the one state may be named by its capital or as a place
    assert ("KENOPP", "KENGOV", "030") in triples(code("Leaders of the main opposition coalition agreed to postpone the march in Nairobi."))
    assert ("KENCVL", "KENCOP", "100") in triples(code("Village elders demanded that the Kenyan police leave the area."))
    assert ("KENOPP", "KEN", "141") in triples(code("Activists staged rallies in Kenya on Monday."))
