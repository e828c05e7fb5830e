"""The actors of a relative clause of place after a force trigger's object ("struck the airport of the city, where UN
agencies are based") are not its target (clauses.yml place_relative)."""

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("lang,text", [
    ("en", "RSF drones struck the airport of the city, where UN agencies are based."),
    ("ru", "Дроны СБР ударили по аэропорту города, где размещаются миссии ООН."),
    ("en", "Azerbaijan shelled the village, where OSCE monitors were staying."),
])
def test_who_is_in_the_place_is_not_the_target(lang, text):
    got = triples(code_text(text, lang, "2025-05-07"))
    assert not any(t in ("IGOUNO", "IGOOSCE") for _, t, _ in got), got


def test_a_where_clause_keeps_its_own_subject():
    got = triples(code_text("Lavrov arrived in Ankara, where he held talks with Fidan.", "en", "2025-05-07"))
    assert ("RUS", "TUR", "04") in got, got
