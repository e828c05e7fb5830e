"""A short parenthesis (an acronym or gloss) after the subject does not end the clause (our own sentences)."""

from __future__ import annotations

import pandas as pd

from newsevents.coding import code_articles


def triples(text):
    df = pd.DataFrame([{"article_id": "t1", "text": text, "lang": "en", "published": "2024-05-01", "title": None}])
    m = code_articles(df)
    return sorted(zip(m["source_actor"], m["target_actor"], m["cameo_code"]))


def test_acronym_in_parentheses_keeps_the_subject():
    assert ("BDIREB", "BDIGOV", "100") in triples(
        "The main rebel group (FNL) insisted on its demands that Burundi's government release its fighters.")


def test_long_parenthesis_still_ends_the_clause():
    # a parenthesis of more than four words is an aside: its subject is not carried over
    assert triples("The main rebel group (a movement of former army officers and farmers) insisted on its demands "
                   "that Burundi's government release its fighters.") == []
