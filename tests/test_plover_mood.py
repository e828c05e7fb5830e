"""English mood words (our own sentences): a past-tense verb is no intent adjective."""

from __future__ import annotations

import pandas as pd

from newsevents.coding import code_articles


def codes(text):
    df = pd.DataFrame([{"article_id": "t1", "text": text, "lang": "en", "published": "2024-05-01", "title": None}])
    return set(code_articles(df)["cameo_code"])


def test_opened_fire_to_disperse_is_repression_not_a_threat():
    got = codes("Kenyan police opened fire to disperse demonstrators on Monday.")
    assert "175" in got and "130" not in got


def test_open_to_talks_stays_an_intent():
    assert "036" in codes("Kenya is open to talks with Uganda.")
