"""A rejection of accusations that names no accuser answers the side that last accused the rejecting side in the
article (engine: ctx "accusers"); an offer to help between two sides is an offer to mediate (bg)."""

from __future__ import annotations

import pytest
from conftest import code_text, triples


def coded(text: str, lang: str) -> set[tuple]:
    return triples(code_text(text, lang, "2025-07-11"), digits=None)


@pytest.mark.parametrize("lang,text", [
    ("en", "Serbia accused Croatia of shelling a village. Zagreb rejected the accusations."),
    ("ru", "Сербия обвинила Хорватию в обстреле села. Хорватская сторона эти обвинения отвергла."),
    ("bg", "Сърбия обвини Хърватия в обстрел на село. Хърватското министерство на отбраната отхвърли обвиненията."),
])
def test_rejected_accusations_answer_the_accuser(lang, text):
    assert ("HRV", "SRB", "016") in coded(text, lang)


def test_no_accuser_no_target():
    assert not any(c == "016" for _, _, c in coded("Zagreb rejected the accusations.", "en"))


def test_bg_readiness_to_help_between_two_sides_is_an_offer_to_mediate():
    got = coded("Унгария е готова да съдейства за нормализиране на отношенията между Белград и Загреб.", "bg")
    assert {("HUN", "SRB", "039"), ("HUN", "HRV", "039")} <= got
