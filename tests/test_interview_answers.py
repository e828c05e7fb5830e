"""Interviews and briefings titled by their speaker ("X: ...", "X пред БТА: ..."): the speaker's unquoted answers in
the first person are the speaker's (engine._interview_answers). Texts written for these tests."""

import pytest
from conftest import code_text, triples

CASES = [
    ("bg", "Арарат Мирзоян пред БТА: Армения е готова за мир",
     "Министърът отговори на въпросите ни в Ереван.\n\nНие отхвърляме искането на Баку категорично.",
     ("ARM", "AZE", "12")),
    ("ru", "Мирзоян: Ереван готов к миру",
     "Министр ответил на вопросы журналистов.\n\nМы отвергаем требование Баку об изменении конституции.",
     ("ARM", "AZE", "12")),
    ("en", "Dendias: No talks with a gun on the table",
     "The minister spoke to reporters in Athens.\n\nWe reject Turkey's demand to demilitarise the islands.",
     ("GRC", "TUR", "12")),
]


@pytest.mark.parametrize("lang,title,text,want", CASES, ids=[c[0] for c in CASES])
def test_first_person_answer_is_the_titled_speaker(lang, title, text, want):
    assert want in triples(code_text(text, lang, "2024-06-04", title))


@pytest.mark.parametrize("lang,title,text,want", CASES, ids=[c[0] for c in CASES])
def test_without_the_titled_speaker_no_source(lang, title, text, want):
    # the same answer under a title that names no speaker has no one to be "we"
    assert want not in triples(code_text(text, lang, "2024-06-04", "Talks go on"))


def test_a_question_is_not_an_answer():
    text = "The minister spoke to reporters in Athens.\n\nDo we reject Turkey's demand to demilitarise the islands?"
    assert ("GRC", "TUR", "12") not in triples(code_text(text, "en", "2024-06-04", "Dendias: No talks"))
