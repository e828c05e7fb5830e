"""Bulgarian consultation nouns: the agent after "на" of any pattern with "with" ("телефонния разговор на X с Y")
is the source, whatever the clause's subject; "за" after a word of telling means "about", not a purpose
("съобщи за разговора": a call that took place; grammar_bg.yml purpose_preposition_topics). Our own sentences."""

import pytest
from conftest import code_text, triples

CASES = [
    # (text, must be coded, must not be coded)
    ("Кремъл съобщи подробности за телефонния разговор на Путин с Ердоган.", {("RUS", "TUR", "04")}, set()),
    ("Телефонният разговор на Макрон с Тръмп продължи час.", {("FRA", "USA", "04")}, set()),
    ("От МВнР информираха за видеоразговора на Лавров с Фидан.", {("RUS", "TUR", "04")}, set()),
    # a purpose is still no event of its own: the arrival is the visit
    ("Зеленски пристигна в Анкара за преговори с Ердоган.", {("UKR", "TUR", "04")}, set()),
    ("Сърбия покани Косово за преговори в Брюксел.", set(), {("SRB", "KSV", "04"), ("KSV", "SRB", "04")}),
]


@pytest.mark.parametrize("text,present,absent", CASES, ids=[f"bg{n}" for n in range(len(CASES))])
def test_consultation_noun_agent_and_topic(text, present, absent):
    got = {(s[:3], (t or "")[:3], c) for s, t, c in triples(code_text(text, "bg", "2025-05-10"))}
    sym = got | {(t, s, c) for s, t, c in got}
    assert present <= sym, got
    assert not (absent & got), got
