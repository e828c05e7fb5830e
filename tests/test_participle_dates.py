"""A date inside a participial phrase opened by a comma belongs to the participle, not to the main verb
("подтвердили приверженность соглашению, подписанному 8 августа": the reaffirmation is today's, the signing of
8 August is its own dated act; dates._PARTICIPLE). Our own sentences."""

import pytest
from conftest import code_text

LEAD = {"ru": "Армения и Азербайджан провели переговоры.", "uk": "Вірменія та Азербайджан провели переговори."}
CASES = [
    ("ru", "Стороны подтвердили приверженность соглашению, подписанному 8 августа в Вашингтоне."),
    ("uk", "Сторони підтвердили відданість угоді, підписаній 8 серпня у Вашингтоні."),
]


@pytest.mark.parametrize("lang,sentence", CASES, ids=[c[0] for c in CASES])
def test_participle_keeps_its_date(lang, sentence):
    df = code_text(LEAD[lang] + " " + sentence, lang, "2025-05-20")
    rows = df[df.sentence_index == 1]
    signing = rows[rows.cameo_code == "057"]
    assert set(signing.event_date) == {"2024-08-08"}, rows
    others = rows[rows.cameo_code != "057"]
    assert "2024-08-08" not in set(others.event_date), rows


def test_main_verb_date_outside_the_phrase_is_kept():
    # the date before the participial phrase is the main verb's own
    df = code_text("Армения и Азербайджан 5 мая подписали соглашение, подготовленное при участии США.", "ru",
                   "2025-05-20")
    assert set(df[df.cameo_code == "057"].event_date) == {"2025-05-05"}, df
