"""Ukrainian tokens: the apostrophe in its three spellings lemmatises the same way."""

from __future__ import annotations

import pytest

from newsevents.coding.text import tokenize


@pytest.mark.parametrize("word, lemma", [("перемир’я", "перемир'я"), ("перемирʼя", "перемир'я"),
                                         ("обов’язки", "обов'язок"), ("Об’єднаних", "об'єднаний")])
def test_typographic_apostrophes_lemmatise_like_the_ascii_one(word, lemma):
    (tok,) = tokenize(word, "uk")
    assert tok.text == word and tok.lemma == lemma
