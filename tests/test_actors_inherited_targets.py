"""A verb coordinated with a previous one inherits its target only when it has no object of its own: an
object that is an agent noun naming no country ("Western governments", "западные правительства", "западните
правителства") is its own target, unknown to the coder, so nothing is inherited. Pronoun objects and verbs
without an object still inherit. Sentences are our own."""

from __future__ import annotations

import pytest
from conftest import code_text, triples

OWN_OBJECT = [
    ("en", "Turkey condemned Israel and accused Western governments of double standards."),
    ("ru", "Турция осудила Израиль и обвинила западные правительства в двойных стандартах."),
    ("bg", "Турция осъди Израел и обвини западните правителства в двойни стандарти."),
]


@pytest.mark.parametrize("lang,text", OWN_OBJECT)
def test_own_agent_object_is_not_the_previous_target(lang, text):
    rows = code_text(text, lang, "2025-06-01")
    assert ("TUR", "ISR", "11") in triples(rows), rows  # the condemnation
    assert not any(r.cameo_code.startswith("112") for r in rows.itertuples()), rows  # no accusation of Israel


INHERITS = [
    ("en", "Turkey condemned Israel and accused it of genocide.", ("TUR", "ISR", "11")),
    ("en", "The US met Ukraine and agreed to restore military aid.", ("USA", "UKR", "03")),
    ("ru", "Путин позвонил Эрдогану и поблагодарил за посредничество.", ("RUS", "TUR", "05")),
]


@pytest.mark.parametrize("lang,text,want", INHERITS)
def test_inheritance_kept(lang, text, want):
    assert want in triples(code_text(text, lang, "2025-06-01"))
