"""English "three days later", "a week later": dated from the last day the text named (coding/dates.py ANAPHORIC)."""

from __future__ import annotations

import pandas as pd
import pytest

from newsevents.coding import engine


@pytest.mark.parametrize("phrase,day", [("three days later", "2026-02-13"), ("Two days later", "2026-02-12"),
                                        ("a week later", "2026-02-17")])
def test_n_days_later_counts_from_the_named_day(phrase, day):
    text = (f"Tensions rose on February 10, when Serbian police detained a Kosovo official near the border. "
            f"{phrase[0].upper() + phrase[1:]}, Vucic phoned Kurti to defuse the row." if phrase[0].isupper() else
            f"Tensions rose on February 10, when Serbian police detained a Kosovo official near the border. "
            f"Vucic phoned Kurti {phrase} to defuse the row.")
    m = engine.code_articles(pd.DataFrame([{"article_id": "x", "text": text, "lang": "en", "published": "2026-03-01",
                                            "title": None}]))
    call = m[m.cameo_code == "041"]
    assert list(call.event_date) == [day]
