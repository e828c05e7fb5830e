"""English month names that are also words ("May", "March"), written capitalised, are months: "In May, X attacked
Y" is no hypothetical, "in March" no protest march (text.EN_MONTH_HOMONYMS)."""

from conftest import code_text, triples


def test_in_may_is_not_a_modal():
    got = triples(code_text("In May, Russia attacked Kyiv with drones.", "en", "2025-06-10"))
    assert ("RUS", "UKR", "19") in got, got


def test_in_march_is_not_a_protest():
    got = triples(code_text("Serbia expelled a Croatian diplomat in March.", "en", "2025-06-10"))
    assert not any(c == "14" for _, _, c in got), got
    assert any(c == "16" for _, _, c in got), got


def test_the_modal_and_the_verb_still_count():
    assert not len(code_text("Russia may attack Kyiv.", "en", "2025-06-10")), "a lower-case 'may' is hypothetical"
