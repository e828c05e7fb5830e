"""The mood of a verb is read from the words before it, not from a relative clause closed before it
(engine._mood_window_start): "X, who will travel there next week, spoke with Y on Wednesday" is a report."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import code_text


def rows(text: str, lang: str) -> pd.DataFrame:
    return code_text(text, lang, "2024-10-03")


@pytest.mark.parametrize("lang,text", [
    ("en", "Blinken, who will travel to the region next week, spoke with Qatar's prime minister on Wednesday."),
    ("en", "Erdogan, who is expected in Moscow next month, met Aliyev in Ankara on Wednesday."),
])
def test_future_in_a_relative_clause_does_not_make_the_main_verb_scheduled(lang, text):
    got = rows(text, lang)
    assert [(r.cameo_code[:2], r.event_date) for r in got.itertuples()] == [("04", "2024-10-02")]


def test_the_main_verbs_own_future_still_counts():
    assert rows("Blinken will speak with Qatar's prime minister next week.", "en").empty
