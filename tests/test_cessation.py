"""A force noun that is the object of a word of stopping ("urged A and B to stop the fighting") tells what is to
end: the actors named before the stopping word are not its sides (discourse.yml cessation_before/after)."""

import pytest
from conftest import code_text, triples

CASES = [
    # (lang, text, must not be coded, must be coded)
    ("en", "Kenya called on Ethiopia and Somalia to stop the fighting.", {("KEN", "ETH", "19")},
     {("KEN", "ETH", "02"), ("KEN", "SOM", "02")}),
    ("en", "The EU demanded that Russia halt its strikes on Ukraine's power plants.", {("IGOEU", "UKR", "19")},
     {("IGOEU", "RUS", "10")}),
    ("ru", "ООН потребовала от России прекратить удары по энергетической инфраструктуре Украины.", {("IGOUNO", "UKR", "19")},
     {("IGOUNO", "RUS", "10")}),
    ("bg", "Кения призова Етиопия и Сомалия да спрат обстрелите.", {("KEN", "ETH", "19"), ("KEN", "SOM", "19")},
     {("KEN", "ETH", "02")}),
    ("tr", "BM, Rusya'nın Ukrayna'ya yönelik saldırılarının durdurulmasını istedi.", {("IGOUNO", "UKR", "19")},
     set()),
]


@pytest.mark.parametrize("lang,text,absent,present", CASES, ids=[c[0] + str(n) for n, c in enumerate(CASES)])
def test_stopped_force_has_no_sides_from_before_the_stop(lang, text, absent, present):
    got = {(s if s.startswith("IGO") else s[:3], t if (t or "").startswith("IGO") else (t or "")[:3], c)
           for s, t, c in triples(code_text(text, lang, "2024-03-05"))}
    assert not (absent & got), got
    assert present <= got, got


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia launched new strikes on Ukraine's power plants."),
    ("ru", "Россия нанесла удары по энергосистеме Украины."),
])
def test_force_without_a_stopping_word_is_coded(lang, text):
    assert any(c == "19" for _, _, c in triples(code_text(text, lang, "2024-03-05"))), "a plain strike is still coded"


def test_fighting_between_the_sides_after_the_stopping_word_is_kept():
    got = triples(code_text("Turkey urged an end to the fighting between Armenia and Azerbaijan on Monday.", "en",
                            "2024-03-05"))
    assert not any(s.startswith("TUR") and c == "19" for s, _, c in got), got
