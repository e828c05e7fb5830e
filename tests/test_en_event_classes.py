"""English event classes (issue #13 item 5): whole families of expressions and actor constructions,
tested on our own sentences. Each case is (sentence, expected (source, target, cameo prefix) or None)."""

from __future__ import annotations

import pandas as pd
import pytest

from newsevents.coding import engine


def _code(text: str) -> set[tuple]:
    df = pd.DataFrame([{"article_id": "t", "text": text, "lang": "en", "published": "2024-05-01", "title": None}])
    m = engine.code_articles(df)
    return {(r["source_actor"], r["target_actor"], r["cameo_code"]) for r in m.to_dict("records")}


def _has(evs: set[tuple], src: str, tgt: str, code: str) -> bool:
    return any(s == src and t == tgt and c.startswith(code) for s, t, c in evs)


ACTORS = [
    # a quantity or part noun + "of" opening the sentence: the actor after "of" is the subject
    ("Dozens of Kenyan students marched against the Kenyan government.", ("KENEDU", "KENGOV", "14")),
    ("About 300 members of the Peruvian opposition accused the Peruvian government of fraud.",
     ("PEROPP", "PERGOV", "112")),
    # a local agent + "in" + capital / country belongs to that country
    ("Students in Lima rallied against the Peruvian government.", ("PEREDU", "PERGOV", "14")),
    ("Police in Nairobi arrested two Georgian activists.", ("KENCOP", "GEOOPP", "17")),
    # a nation's people against its own government
    ("Hundreds of Peruvians protested against the Peruvian government.", ("PER", "PERGOV", "14")),
]


@pytest.mark.parametrize("text,exp", ACTORS)
def test_actor_constructions(text, exp):
    assert _has(_code(text), *exp), _code(text)


def test_foreign_troops_in_a_country_keep_their_adjective():
    evs = _code("Russian troops in Ukraine shelled Ukrainian positions.")
    assert _has(evs, "RUSMIL", "UKR", "19"), evs
