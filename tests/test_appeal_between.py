"""An appeal for a ceasefire "между X и Y" / "між X і Y" is addressed to X and Y (rule 7), in ru and uk as in en/bg."""

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("lang,text", [
    ("ru", "Кения призвала к прекращению огня между Эфиопией и Эритреей."),
    ("ru", "Кения призвала к немедленному прекращению боевых действий между Эфиопией и Эритреей."),
    ("uk", "Кенія закликала до припинення вогню між Ефіопією та Еритреєю."),
    ("en", "Kenya called for a ceasefire between Ethiopia and Eritrea."),
])
def test_the_sides_after_between_are_the_targets(lang, text):
    got = triples(code_text(text, lang, "2025-03-05"))
    assert {("KEN", "ETH", "02"), ("KEN", "ERI", "02")} <= got, got
