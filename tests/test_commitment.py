"""Both sides reaffirming their commitment (to an agreement, to peace) is the pair's intent to cooperate (030) in
each direction, in every language as in Russian ("стороны подтвердили приверженность"). Our own sentences."""

import pytest
from conftest import code_text, triples

CASES = [
    ("en", "Aliyev and Pashinyan reaffirmed their commitment to the peace agreement."),
    ("en", "Armenia and Azerbaijan held talks. Both sides reaffirmed their commitment to the peace agreement."),
    ("uk", "Вірменія та Азербайджан провели переговори. Сторони підтвердили відданість мирній угоді."),
    ("ru", "Армения и Азербайджан провели переговоры. Стороны подтвердили приверженность мирному соглашению."),
]


@pytest.mark.parametrize("lang,text", CASES, ids=[f"{c[0]}{n}" for n, c in enumerate(CASES)])
def test_mutual_commitment_is_030_both_ways(lang, text):
    got = {(s[:3], (t or "")[:3], c) for s, t, c in triples(code_text(text, lang, "2025-05-20"), 3)}
    assert {("ARM", "AZE", "030"), ("AZE", "ARM", "030")} <= got, got
