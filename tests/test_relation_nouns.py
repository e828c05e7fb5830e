"""A "with X" that belongs to a relation noun ("the conflict with X", "конфликта с X") is not the partner of the
act before it (engine._with_of_noun, clauses.yml relation_nouns / relation_noun_preps); the noun as the act's own
object ("discussed the war with X") leaves X a possible partner."""

from __future__ import annotations

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("lang,text", [
    ("ru", "Делегация Сербии встретилась в Вене с посредниками в урегулировании конфликта с Хорватией."),
    ("uk", "Делегація Сербії зустрілася у Відні з посередниками у врегулюванні конфлікту з Хорватією."),
    ("en", "Serbia met mediators of the conflict with Croatia in Vienna."),
    ("bg", "Сърбия се срещна с посредниците в конфликта с Хърватия."),
])
def test_the_other_side_of_a_conflict_is_no_meeting_partner(lang, text):
    got = triples(code_text(text, lang, "2025-11-14"))
    assert ("SRB", "HRV", "04") not in got and ("HRV", "SRB", "04") not in got, got


@pytest.mark.parametrize("lang,text", [
    ("ru", "Сербия обсудила войну с Хорватией."),
    ("en", "Serbia discussed the border with Croatia."),
    ("en", "Serbia met Croatia to discuss tensions."),
])
def test_a_relation_noun_as_the_object_keeps_the_partner(lang, text):
    got = triples(code_text(text, lang, "2025-11-14"))
    assert {a for t in got for a in t[:2]} >= {"SRB", "HRV"}, got
