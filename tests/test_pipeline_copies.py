"""A verbatim copy of an article is coded once per process (pipeline._code_articles_once): the chunk's mentions
and errors are those of coding every article."""

from __future__ import annotations

import pandas as pd
import pytest

from newsevents import pipeline
from newsevents.coding import engine

EN = ("Russian President Vladimir Putin met Azerbaijani President Ilham Aliyev in Moscow on Monday. "
      "The two leaders discussed the situation in the region.")
RU = "Президент России Владимир Путин провёл телефонный разговор с президентом Азербайджана Ильхамом Алиевым."


def _arts(ids_texts) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": a, "text": t, "lang": lang, "published": pub, "title": title,
                          "date_flag": None} for a, t, lang, pub, title in ids_texts])


CHUNK1 = [("a1", EN, "en", "2024-05-10", "Putin meets Aliyev"), ("a2", RU, "ru", "2024-05-10", None),
          ("a3", EN, "en", "2024-05-10", "Putin meets Aliyev"),  # a copy of a1
          ("a4", EN, "en", "2024-05-11", "Putin meets Aliyev"),  # another date: not a copy
          ("a5", EN, "en", "2024-05-10", None),  # no title: not a copy
          ("a6", "BOOM " + RU, "ru", "2024-05-10", None), ("a7", "BOOM " + RU, "ru", "2024-05-10", None)]
CHUNK2 = [("b1", RU, "ru", "2024-05-10", None), ("b2", EN, "en", "2024-05-10", "Putin meets Aliyev"),
          ("b3", "BOOM " + RU, "ru", "2024-05-10", None), ("b4", float("nan"), "ru", None, None)]


@pytest.fixture
def failing(monkeypatch):
    real = engine.code_article

    def code_article(article_id, text, *args, **kw):
        if isinstance(text, str) and text.startswith("BOOM"):
            raise ValueError("boom")
        return real(article_id, text, *args, **kw)

    monkeypatch.setattr(engine, "code_article", code_article)
    monkeypatch.setattr(pipeline, "_CODED", {})


def test_copies_take_the_rows_of_the_first(failing):
    for chunk in (CHUNK1, CHUNK2):
        df = _arts(chunk)
        want_err: list = []
        want = engine.code_articles(df, errors=want_err)
        got_err: list = []
        got = pipeline._code_articles_once(engine.code_articles, df, got_err)
        pd.testing.assert_frame_equal(got, want)
        key = lambda e: e["article_id"]  # noqa: E731
        assert sorted(got_err, key=key) == sorted(want_err, key=key)
        assert len(want) and len(want_err)
        assert {"a3", "b2"} & set(got["article_id"]) and {"a7", "b3"} & {e["article_id"] for e in got_err}
    assert len(pipeline._CODED) == 5  # a1, a2, a4, a5, a6: copies and the non-text b4 are not kept


def test_memo_is_bounded(failing, monkeypatch):
    monkeypatch.setattr(pipeline, "_CODED_MAX", 2)
    got = pipeline._code_articles_once(engine.code_articles, _arts(CHUNK1), [])
    pd.testing.assert_frame_equal(got, engine.code_articles(_arts(CHUNK1), errors=[]))
    assert len(pipeline._CODED) == 2
