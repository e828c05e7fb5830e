"""The start of a ceasefire or of fighting, or the signing of a document, told with its own date ("the truce that came into force on October 10",
"начавшихся 27 сентября боевых действий") is a background event of the state noun's code between the article's
pair, on that date (verbs_<lang>.yml pattern `onset`, discourse.yml onset_nouns / onset_modal). Sentences of
our own."""

import pytest
from conftest import code_text

LEAD = {
    "en": "Armenia and Azerbaijan accused each other of shelling.",
    "ru": "Армения и Азербайджан обвинили друг друга в обстрелах.",
    "uk": "Вірменія та Азербайджан звинуватили одна одну в обстрілах.",
    "bg": "Армения и Азербайджан се обвиниха взаимно в обстрели.",
    "tr": "Azerbaycan ve Ermenistan birbirlerini suçladı.",
}

CODED = [
    # (lang, sentence after the lead, CAMEO code, event date)
    ("en", "The truce that came into force on October 10 has been violated repeatedly.", "0871", "2020-10-10"),
    ("en", "Pashinyan said the ceasefire, which took effect on Saturday under Russian mediation, was broken.", "0871",
     "2020-10-10"),
    ("en", "The current flare-up, which erupted last month, is the worst in decades.", "190", "2020-09"),
    ("ru", "Пашинян заявил, что перемирие, вступившее в силу 10 октября при посредничестве России, нарушается.", "0871",
     "2020-10-10"),
    ("ru", "Обстрелы продолжаются после начавшихся 27 сентября боевых действий.", "190", "2020-09-27"),
    ("uk", "Перемир'я, яке набуло чинності 10 жовтня, порушується.", "0871", "2020-10-10"),
    ("bg", "Примирието, което влезе в сила на 10 октомври, беше нарушено.", "0871", "2020-10-10"),
    ("tr", "10 Ekim'de yürürlüğe giren ateşkes ihlal edildi.", "0871", "2020-10-10"),
    # a document told with the day it was signed: the signing (057)
    ("en", "Pashinyan referred to the trilateral statement signed on November 9, 2019.", "057", "2019-11-09"),
    ("ru", "Пашинян сослался на заявление, подписанное 9 ноября 2019 года.", "057", "2019-11-09"),
    ("bg", "Пашинян се позова на подписаното на 9 ноември 2019 г. споразумение.", "057", "2019-11-09"),
    ("tr", "Paşinyan, 9 Kasım 2019'da imzalanan bildiriye atıfta bulundu.", "057", "2019-11-09"),
]

NOT_CODED = [
    # a start still to come, an undated reference, a side of its own in the clause
    ("en", "The truce is due to take effect on October 15."),
    ("en", "The situation has been tense since the fighting began."),
    ("ru", "Перемирие должно вступить в силу 15 октября."),
    ("uk", "За його словами, перемир'я має набути чинності 15 жовтня."),
    ("bg", "Примирието не влезе в сила на 10 октомври."),
    ("en", "Russia began the war on February 24, 2022."),
    ("en", "Pashinyan referred to the statement to be signed on October 20."),
    ("ru", "Пашинян сослался на подписанное заявление."),
]


def _rows(lang, sentence):
    df = code_text(LEAD[lang] + " " + sentence, lang, "2020-10-13")
    return df[df.sentence_index == 1]


@pytest.mark.parametrize("lang,sentence,code,date", CODED, ids=[f"{c[0]}{n}" for n, c in enumerate(CODED)])
def test_dated_onset_is_the_pairs_act(lang, sentence, code, date):
    rows = _rows(lang, sentence)
    got = {(frozenset((r.source_country, r.target_country)), r.cameo_code, r.event_date, r.is_symmetric)
           for r in rows.itertuples()}
    assert (frozenset(("ARM", "AZE")), code, date, True) in got, got
    assert len(rows[rows.cameo_code.str[:2] == code[:2]]) == 1, rows  # the state's noun is not a second event


@pytest.mark.parametrize("lang,sentence", NOT_CODED, ids=[f"{c[0]}{n}" for n, c in enumerate(NOT_CODED)])
def test_no_onset_event(lang, sentence):
    rows = _rows(lang, sentence)
    assert not (rows.pattern_id.str.endswith(":onset")).any(), rows[["cameo_code", "source_actor", "target_actor",
                                                                      "event_date", "trigger"]]


def test_ceasefire_is_between_the_warring_pair_not_the_talks_pair():
    # the article's talks are Russia-Armenia; its fighting Azerbaijan-Armenia: the truce is the warring pair's
    text = ("Lavrov met Armenian Foreign Minister Zohrab Mnatsakanyan in Moscow on Monday. Azerbaijani forces shelled "
            "Armenian positions on Sunday. Lavrov and Mnatsakanyan discussed the situation. The truce that came into "
            "force on October 10 has been broken.")
    df = code_text(text, "en", "2020-10-13")
    truce = df[df.cameo_code == "0871"]
    assert {frozenset((r.source_country, r.target_country)) for r in truce.itertuples()} == {frozenset(("AZE", "ARM"))}
