"""ru/uk acts that the text does not assert as done (rule 2):
* a future coercion or use of force ("введет санкции", "вышлет дипломатов", "нанесет удар") is an announced
  threat (130 / 138), as "plans to" already was, not the act;
* an act in a clause after a denial, a ruling out or an allowing as possible ("отрицает, что ...", "не исключил,
  что ...", "заперечує, що ...") is not coded (grammar_<lang>.yml denial_words);
* a strike being prepared, arms deliveries warned against, and a refusal to comment are no strike, aid or rejection."""

from __future__ import annotations

import pytest
from conftest import code_text, triples


def _codes(text, lang):
    return triples(code_text(text, lang, "2025-05-20"), digits=None)


@pytest.mark.parametrize("lang, text, want, not_root", [
    ("ru", "Евросоюз введет новые санкции против Белоруссии.", ("IGOEU", "BLR", "130"), "17"),
    ("ru", "Латвия вышлет белорусских дипломатов.", ("LVA", "BLR", "130"), "16"),
    ("ru", "Израиль нанесет удар по Ливану.", ("ISR", "LBN", "138"), "19"),
    ("uk", "Литва вишле білоруських дипломатів.", ("LTU", "BLR", "130"), "16"),
])
def test_future_coercion_is_a_threat(lang, text, want, not_root):
    got = _codes(text, lang)
    assert want in got
    assert not any(c.startswith(not_root) for _, _, c in got)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Минск отрицает, что Белоруссия наносила удары по Литве."),
    ("ru", "Премьер Словакии не исключил, что Братислава введет санкции против Венгрии."),
    ("uk", "Мінськ заперечує, що Білорусь завдавала ударів по Литві."),
    ("ru", "По данным СМИ, Белоруссия готовит удар по Литве."),
    ("ru", "Посол Ирана отказался комментировать заявление Израиля."),
])
def test_unasserted_acts_are_not_coded(lang, text):
    assert _codes(text, lang) == set()


def test_arms_warned_against_are_no_aid():
    got = _codes("Вашингтон предостерег Минск от поставок оружия Ирану.", "ru")
    assert ("USA", "BLR", "130") in got
    assert not any(c.startswith("07") for _, _, c in got)
