"""The complement of an appeal is the appeal's content, not an event of its own (engine._governor): "urged X to
step up pressure on Y" is one appeal to X, whatever the complement's own root (a demand, a rejection)."""

from __future__ import annotations

import pandas as pd
import pytest

from newsevents.coding import engine


def triples(text: str, lang: str) -> set[tuple]:
    df = engine.code_articles(pd.DataFrame([{"article_id": "g", "text": text, "lang": lang,
                                             "published": "2025-03-15", "title": None}]))
    return {(r.source_country, r.target_country, r.cameo_code[:2]) for r in df.itertuples()}


@pytest.mark.parametrize("lang,text", [
    ("en", "The United States urged France to step up pressure on Iran."),
    ("en", "The United States called on France to demand that Iran release the prisoners."),
    ("ru", "США призвали Францию усилить давление на Иран."),
])
def test_appeal_governs_a_demand_complement(lang, text):
    assert triples(text, lang) == {("USA", "FRA", "02")}
