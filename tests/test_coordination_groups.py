"""Coordinated groups (engine._groups, roles_tr._regroup): a comma after an "and" of the group closes it, so
"A and B, C and D" is two groups (subject, then targets), while "A, B and C" stays one list."""

from __future__ import annotations

import pytest
from conftest import code_text, triples


@pytest.mark.parametrize("lang,text", [
    ("tr", "Fransa ve Almanya, Sırbistan ve Kosova'ya ateşkes çağrısında bulundu."),
    ("en", "France and Germany, the two largest EU members, urged Serbia and Kosovo to agree to a ceasefire."),
])
def test_two_coordinated_groups_around_a_comma(lang, text):
    got = {(s, t) for s, t, _c in triples(code_text(text, lang, "2025-11-14"))}
    assert got == {("FRA", "SRB"), ("FRA", "KSV"), ("DEU", "SRB"), ("DEU", "KSV")}, got


@pytest.mark.parametrize("lang,text", [
    ("tr", "Fransa, Almanya ve İngiltere, Sırbistan'ı kınadı."),
    ("en", "France, Germany and Britain condemned Serbia."),
])
def test_a_list_closed_by_and_stays_one_group(lang, text):
    got = {(s, t) for s, t, _c in triples(code_text(text, lang, "2025-11-14"))}
    assert got == {("FRA", "SRB"), ("DEU", "SRB"), ("GBR", "SRB")}, got


@pytest.mark.parametrize("text,pair", [
    ("Sırbistan ve Kosova sınırda çatıştı.", {"SRB", "KSV"}),          # "at the border": no compound
    ("Türkiye sınırda Suriye'ye saldırdı.", {"TUR", "SYR"}),
    ("Rusya Ukrayna sınırına asker yığdı.", {"RUS", "UKR"}),           # "Ukrayna sınırına": the border of Ukraine
])
def test_turkish_relational_head_needs_its_possessive(text, pair):
    got = triples(code_text(text, "tr", "2025-11-14"))
    assert len(got) == 1 and {got.copy().pop()[0], got.copy().pop()[1]} == pair, got


def test_turkish_both_sides_as_target_are_each_side():
    text = "Sırbistan ve Kosova sınırda çatıştı. Türkiye, taraflara itidal çağrısında bulundu."
    got = {(s, t) for s, t, c in triples(code_text(text, "tr", "2025-11-14")) if c == "02"}
    assert got == {("TUR", "SRB"), ("TUR", "KSV")}, got


@pytest.mark.parametrize("lang,text,pair", [
    ("ru", "Президент Сербии принял в Белграде министра иностранных дел Франции.", ("SRB", "FRA")),
    ("ru", "Президент Грузии принял в Тбилиси спецпредставителя ЕС.", ("GEO", "IGOEU")),   # indeclinable capital
    ("uk", "Президент Грузії прийняв у Тбілісі міністра закордонних справ Франції.", ("GEO", "FRA")),
])
def test_a_place_after_a_locative_preposition_is_no_modifier_of_the_next_actor(lang, text, pair):
    got = {(s, t) for s, t, _c in triples(code_text(text, lang, "2025-11-14"))}
    assert pair in got, got


@pytest.mark.parametrize("lang,text", [
    ("ru", "Председатель Евросовета позвонил президенту Сербии."),
    ("ru", "Председатель Европейского совета осудил Сербию."),
])
def test_the_european_council_and_its_chair(lang, text):
    assert "IGOEU" in {a for t in triples(code_text(text, lang, "2025-11-14")) for a in t[:2]}
