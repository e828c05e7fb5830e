"""ru/uk: "<speaker> said that Y must answer for its crimes / must bear responsibility" is the speaker's
accusation of Y (112; frame subject_is_target), also with an "як / как ..." apposition after Y; the speaker is
the nearest earlier subject that is not Y's own country. "Must answer a proposal" is no accusation."""

from __future__ import annotations

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("lang, text, want", [
    ("ru", "Глава МИД Латвии заявил, что Россия должна ответить за свои преступления.", ("LVA", "RUS", "11")),
    ("ru", "МИД Литвы после новой атаки РФ заявил, что Россия как страна-агрессор должна понести ответственность.",
     ("LTU", "RUS", "11")),
    ("uk", "Міністерство закордонних справ Литви після нової атаки РФ заявило, що Росія як держава-агресор має "
           "відповісти за свої злочини.", ("LTU", "RUS", "11")),
    ("uk", "Президент Польщі заявив, що Білорусь повинна понести відповідальність.", ("POL", "BLR", "11")),
])
def test_must_answer_for_is_an_accusation(lang, text, want):
    assert want in triples(code_text(text, lang, "2025-05-20"))


@pytest.mark.parametrize("lang, text", [
    ("ru", "Премьер Литвы заявил, что Украина должна ответить на предложение ЕС."),
    ("uk", "Прем'єр Литви заявив, що Україна має відповісти на пропозицію ЄС."),
])
def test_must_answer_a_proposal_is_no_accusation(lang, text):
    assert not any(code == "11" for _, _, code in triples(code_text(text, lang, "2025-05-20")))
