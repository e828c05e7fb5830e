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
