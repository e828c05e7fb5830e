"""Headlines (engine._title_events): the article's title is coded after its body; a headline event is kept
only where the body tells no event of the same CAMEO root with one of its actors (the same act told twice,
the headline's compressed syntax being the less reliable of the two)."""

from __future__ import annotations

import pandas as pd
from conftest import code_text


def rows(title: str | None, text: str, lang: str = "en") -> pd.DataFrame:
    return code_text(text, lang, "2024-05-02", title)


def test_headline_event_is_coded_when_the_body_misses_it():
    body = "The conversation lasted an hour. The grain corridor was the main topic."
    assert rows(None, body).empty
    got = rows("Erdogan and Putin discuss grain corridor by phone", body)
    assert len(got) == 1
    r = got.iloc[0]
    assert {r.source_country, r.target_country} == {"TUR", "RUS"} and r.cameo_code.startswith("04")
    assert r.sentence_index == -1 and r.event_date == "2024-05-02"


def test_headline_event_told_again_by_the_body_is_not_added():
    body = "Turkish President Recep Tayyip Erdogan held a phone call with Vladimir Putin on Thursday."
    got = rows("Erdogan and Putin discuss grain corridor by phone", body)
    assert list(got.sentence_index) == [0]


def test_headline_with_the_same_root_and_one_shared_actor_is_dropped():
    # the body's truce is between Serbia and Croatia; the headline's misread pair (Serbia - Hungary) is dropped
    body = "Serbia and Croatia agreed to a ceasefire on Thursday."
    got = rows("Serbia, Croatia agree ceasefire, Hungary hails deal", body)
    assert {(r.source_country, r.target_country) for r in got.itertuples() if r.cameo_code.startswith("08")} <= {
        ("SRB", "HRV"), ("HRV", "SRB")}


def test_with_phrase_of_a_talks_noun_is_not_the_truce_partner():
    got = rows(None, "Сербия и Хорватия договорились о прекращении огня после переговоров с Венгрией.", "ru")
    pairs = {frozenset((r.source_country, r.target_country)) for r in got.itertuples() if r.cameo_code.startswith("08")}
    assert pairs == {frozenset(("SRB", "HRV"))}
    got = rows(None, "Сербия провела переговоры в Москве с Россией.", "ru")  # a with-phrase of the trigger itself
    assert {frozenset((r.source_country, r.target_country)) for r in got.itertuples()} == {frozenset(("SRB", "RUS"))}


def test_english_headline_joins_a_pair_by_a_comma():
    # grammar_en headline_comma_pairs (engine._headline_pair): "X, Y <verb>" in a headline is the pair of the act
    body = "The conversation lasted an hour. The grain corridor was the main topic."
    got = rows("Kremlin says Putin, Erdogan hold phone call", body)
    assert {(r.source_country, r.target_country, r.cameo_code) for r in got.itertuples()} <= {
        ("RUS", "TUR", "041"), ("TUR", "RUS", "041")} and len(got) == 1
    got = rows("India, Pakistan trade fire across border", body)
    assert {frozenset((r.source_country, r.target_country)) for r in got.itertuples()} == {frozenset(("IND", "PAK"))}


def test_comma_pair_rule_is_for_headlines_only():
    # in a body sentence the comma after a name is an apposition or a list without its "and": no pair
    got = rows(None, "Putin, Erdogan hold phone call.")
    assert not any({r.source_country, r.target_country} == {"RUS", "TUR"} for r in got.itertuples())
    # two actors of one country are no headline pair
    got = rows("Zelensky, Sybiha meet Rutte in Kyiv", "The conversation lasted an hour.")
    assert not any({r.source_country, r.target_country} == {"UKR"} for r in got.itertuples())
