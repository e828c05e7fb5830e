"""A speaker named after the reported act (", Trump said", ", заявил Лавров") is not a party of that act."""

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("lang,text,pair", [
    ("en", "Ethiopia and Eritrea agreed on Sunday to a full ceasefire, Kenyan President William Ruto said.", ("ETH", "ERI")),
    ("ru", "Эфиопия и Эритрея договорились о прекращении огня, заявил президент Кении Уильям Руто.", ("ETH", "ERI")),
])
def test_the_trailing_speaker_is_no_party(lang, text, pair):
    got = triples(code_text(text, lang, "2025-05-11"))
    assert any({s, t} == set(pair) and c == "08" for s, t, c in got), got
    assert not any("KEN" in (s, t) and c in ("08", "19") for s, t, c in got), got
