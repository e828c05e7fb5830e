"""A symmetric noun with its "between A and B", and the exclude words of a pattern that stand in a circumstance
phrase of another act ("after a Russian proposal", "после призыва России"): sentences of our own."""

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("lang,sentence,expected", [
    # the sides of a symmetric noun are its "between" group, not an actor named later in the clause
    ("en", "The ceasefire between India and Pakistan followed an Indian missile strike on a Pakistani base.",
     ("IND", "PAK", "08")),
    # a word that excludes the pattern (proposal, appeal) inside a circumstance phrase does not govern the trigger
    ("en", "Talks between Armenia and Azerbaijan took place after a Russian proposal to Baku.", ("ARM", "AZE", "04")),
    ("en", "The prisoner exchange between Russia and Ukraine came after a Turkish appeal to Moscow.",
     ("RUS", "UKR", "08")),
])
def test_symmetric_act_is_coded(lang, sentence, expected):
    got = triples(code_text(sentence, lang, "2025-06-25"))
    a, b, root = expected
    assert (a, b, root) in got or (b, a, root) in got, got


@pytest.mark.parametrize("lang,sentence,absent", [
    # the exclude word outside any circumstance phrase still governs: an appeal for a ceasefire is no ceasefire
    ("en", "After the talks, Turkey called for a ceasefire between Russia and Ukraine.", "08"),
    ("ru", "После встречи Турция призвала к перемирию между Россией и Украиной.", "08"),
    ("en", "Russia proposed talks to Ukraine after the shelling of Kharkiv.", "04"),
])
def test_exclude_word_outside_the_circumstance_still_counts(lang, sentence, absent):
    got = triples(code_text(sentence, lang, "2025-06-25"))
    assert not {t for t in got if t[2] == absent}, got


@pytest.mark.parametrize("lang,sentence", [
    ("ru", "Сербия и Косово согласовали протокол-приложение о границе."),
    ("uk", "Сербія і Косово погодили протокол-додаток щодо кордону."),
])
def test_parts_of_a_compound_are_context_words(lang, sentence):
    # "протокол-приложение" is a протокол for the pattern that requires one
    got = triples(code_text(sentence, lang, "2024-05-15"))
    assert ("SRB", "KSV", "05") in got or ("KSV", "SRB", "05") in got, got
