"""A bare "the mediators" / "посредники" stands for the mediators the article names by nationality or origin
next to a mediator noun elsewhere ("Egyptian and Qatari mediators", "mediators from Norway";
engine._article_mediators, discourse.yml mediator_nouns / mediator_origin)."""

from __future__ import annotations

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("lang,text", [
    ("en", "Norwegian and Swiss mediators presented a plan to Serbia. A Serbian delegation met the mediators in Oslo."),
    ("en", "Mediators from Norway and Switzerland presented a plan. A Serbian delegation met the mediators in Oslo."),
    ("ru", "Делегация Сербии встретилась в Осло с посредниками. Белград получил план от норвежских и швейцарских "
           "посредников."),
])
def test_the_mediators_are_those_the_article_names(lang, text):
    meetings = {(s, t) for s, t, c in triples(code_text(text, lang, "2025-11-14")) if c == "04"}
    assert meetings == {("SRB", "NOR"), ("SRB", "CHE")}, meetings


def test_without_named_mediators_the_noun_stays_no_actor():
    df = code_text("A Serbian delegation met the mediators in Oslo.", "en", "2025-11-14")
    assert not (df.cameo_code.str[:2] == "04").any(), df[["cameo_code", "source_actor", "target_actor"]]
