"""The report's data paragraph says where the publication dates come from and counts as contradicted only the
dates the text contradicts (report/overview.corpus_summary), not the dates inferred from the text."""

from __future__ import annotations

import pandas as pd

from newsevents import report
from newsevents.report import overview


def test_contradicted_dates_and_date_sources():
    arts = pd.DataFrame({
        "article_id": ["a", "b", "c", "d"], "lang": ["ru", "en", "bg", "tr"],
        "published": ["2025-01-02", "2024", None, "2025-03-04"],
        "published_source": ["metadata", "inferred-from-text", "unknown", "dateline"],
        "date_flag": ["contradicts_text: published 2025-01-02, the text dates its news 2020-10-10",
                      "inferred_from_text: year of the latest month named",
                      "header_date_rejected: 2025-12-05, latest year in text 1991", None],
        "cluster_id": [1, 2, 3, 4], "raw_chars": [10, 10, 10, 10], "clean_chars": [5, 5, 5, 5]})
    quar = pd.DataFrame({"reason": []})
    c = overview.corpus_summary(arts, quar)
    assert c["n_date_flagged"] == 3 and c["n_date_contradicted"] == 2
    assert c["date_sources"] == {"dateline": 1, "inferred-from-text": 1, "metadata": 1}
    assert report._date_sources(c) == "dateline: 1, inferred-from-text: 1, metadata: 1"
