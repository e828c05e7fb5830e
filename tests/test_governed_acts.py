"""The complement of an appeal is the appeal's content, not an event of its own (engine._governor): "urged X to
step up pressure on Y" is one appeal to X, whatever the complement's own root (a demand, a rejection)."""

from __future__ import annotations

import pytest
from conftest import code_text, triples


def coded(text: str, lang: str) -> set[tuple]:
    return triples(code_text(text, lang, "2025-03-15"))


@pytest.mark.parametrize("lang,text", [
    ("en", "The United States urged France to step up pressure on Iran."),
    ("en", "The United States called on France to demand that Iran release the prisoners."),
    ("ru", "США призвали Францию усилить давление на Иран."),
])
def test_appeal_governs_a_demand_complement(lang, text):
    assert coded(text, lang) == {("USA", "FRA", "02")}


def test_welcomed_offer_is_no_offer_of_the_welcomer():
    got = coded("Serbia's foreign minister welcomed Hungary's offer but said talks must wait.", "en")
    assert ("SRB", "HUN", "05") in got
    assert not any(r == "03" for _, _, r in got)


def test_talks_a_mediator_offers_to_host_are_no_talks_of_their_own():
    got = coded("Orban told Vucic that Hungary was ready to host a new round of peace talks between Belgrade "
                  "and Zagreb.", "en")
    assert {r for _, _, r in got} == {"03"}


def test_both_sides_after_an_offer_to_mediate_are_the_parties():
    text = ("Vucic and Orban discussed the border in a phone call on Friday. Orban said Hungary was ready to host "
            "talks between Belgrade and Zagreb. The EU urged both sides to show restraint.")
    got = coded(text, "en")
    assert {t for s, t, r in got if r == "02"} == {"SRB", "HRV"}
