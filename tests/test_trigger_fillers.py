"""Articles and modifiers inside a multi-word trigger (grammar_en.yml trigger_fillers): the key written without
them still matches, and a key written with them still matches as written. Sentences of our own."""

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("sentence,expected", [
    ("Qatar will continue to make every effort to achieve a just and lasting peace between Russia and Ukraine.",
     {("QAT", "RUS", "03"), ("QAT", "UKR", "03")}),
    ("The Turkish president called for a lasting ceasefire between Israel and Hamas.", {("TUR", "ISR", "02")}),
    ("Moscow firmly rejected the accusation by Kyiv.", {("RUS", "UKR", "01")}),
])
def test_trigger_read_across_fillers(sentence, expected):
    got = triples(code_text(sentence, "en", "2025-05-17"))
    assert expected <= got, got


def test_filler_does_not_join_words_of_two_clauses():
    # "effort" and "peace" in different clauses are no "effort to achieve peace"
    got = triples(code_text("Qatar made an effort to achieve a deal with Iran, and peace between Russia and Ukraine "
                            "was discussed by the ministers.", "en", "2025-05-17"))
    assert not {t for t in got if t[0] == "QAT" and t[2] == "03"}, got


@pytest.mark.parametrize("lang,sentence", [
    ("ru", "Турция заявила о своей полной поддержке Азербайджана."),
    ("uk", "Туреччина заявила про свою повну підтримку Азербайджану."),
    ("bg", "Турция изрази своята пълна подкрепа за Азербайджан."),
])
def test_fillers_by_lemma_or_form(lang, sentence):
    # ru/uk fillers are lemmas ("свой", "полный"), bg fillers word forms ("своята", "пълна")
    assert ("TUR", "AZE", "05") in triples(code_text(sentence, lang, "2025-03-14"))
