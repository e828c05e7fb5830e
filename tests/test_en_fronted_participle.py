"""English sentences that open with a participle clause ("Condemning the strikes, Germany summoned ..."): the
participle's subject is the main clause's, an act named inside the clause has no actors there, and "-ing"
prepositions ("During", "According to") open no such clause (engine._fronted_participle)."""

from __future__ import annotations

from conftest import code_text, triples


def got(text: str) -> set:
    return triples(code_text(text, "en", "2025-11-14"))


def test_the_participle_takes_the_main_subject():
    assert got("Condemning the shelling, Germany summoned the Serbian ambassador.") == {("DEU", "SRB", "11")}


def test_an_act_inside_the_participle_clause_has_no_actors_there():
    assert got("Welcoming the release of the prisoners, France praised Serbia and Kosovo.") == {
        ("FRA", "SRB", "05"), ("FRA", "KSV", "05")}


def test_during_opens_no_participle_clause():
    assert ("DEU", "SRB", "04") in {(s, t, c) for s, t, c in got("During the visit, Germany held talks with Serbia.")}


def test_the_victim_of_a_condemned_attack_is_no_target():
    assert got("Germany condemned the shelling of Kosovo.") == set()
    assert got("Germany condemned the attacks by Serbia.") == {("DEU", "SRB", "11")}
