"""Sentence-level tests of the shallow coder (roles, negation, modality, coordination,
reported speech, mediation, dates), schema contracts, dedupe, robustness, seed F1."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import both_directions

from newsevents import schema
from newsevents.coding import code_articles, dedupe

ROOT = Path(__file__).resolve().parents[1]


def code(text, lang, published=None, title=None):
    df = pd.DataFrame([{"article_id": "t1", "text": text, "lang": lang, "published": published, "title": title}])
    m = code_articles(df)
    schema.validate(m, schema.MENTIONS)
    return m


def triples(m):
    return sorted(zip(m["source_actor"], m["target_actor"], m["cameo_code"]))


# ------------------------------------------------------------------ Russian
def test_ru_dative_target_and_verb_coordination_with_pronoun():
    m = code("Президент Азербайджана Ильхам Алиев позвонил Владимиру Путину и поздравил его с днем рождения.", "ru")
    assert triples(m) == [("AZEGOV", "RUSGOV", "041"), ("AZEGOV", "RUSGOV", "051")]


def test_ru_coordinated_subjects_symmetric_phone():
    m = code("Президенты Азербайджана и РФ Ильхам Алиев и Владимир Путин обсудили по телефону эскалацию.", "ru")
    assert triples(m) == [("AZEGOV", "RUSGOV", "041")]  # one event for a call without an initiator (rule 3)
    assert m["is_symmetric"].all()


def test_ru_with_preposition_symmetric():
    m = code("Армения договорилась с Россией о содействии.", "ru")
    # an agreement of two sides is one symmetric act (rule 10)
    assert triples(m) == [("ARM", "RUS", "030")] and m["is_symmetric"].tolist() == [True]


def test_ru_negation_refrained():
    assert code("Путин и Алиев не обсудили ситуацию.", "ru").empty
    assert code("Президент Азербайджана не позвонил Путину.", "ru").empty


def test_ru_modality_intent_to_meet():
    assert code("Путин может встретиться с Эрдоганом.", "ru").empty  # hypothetical: not coded (rule 2)
    m = code("Путин намерен встретиться с Эрдоганом.", "ru")  # a stated intent is 036
    assert set(m["cameo_code"]) == {"036"}


def test_ru_reported_speech_codes_embedded_clause():
    m = code("Лавров сообщил, что Армения договорилась с Россией о содействии.", "ru")
    assert triples(m) == [("ARM", "RUS", "030")] and m["is_symmetric"].tolist() == [True]


def test_ru_said_is_not_an_event():
    assert code("Путин заявил, что ситуация сложная.", "ru").empty


def test_ru_visit_capital_and_agent_gap():
    m = code("В воскресенье министры иностранных дел и обороны Турции вылетели в Баку для встречи с президентом Азербайджана.", "ru")
    assert triples(m) == [("TURGOV", "AZEGOV", "042")]


def test_ru_explicit_date_and_demand():
    m = code("28 декабря 2024 года Путин позвонил Алиеву. 29 декабря Алиев потребовал от России признать вину.", "ru")
    got = sorted(zip(m["event_date"], m["source_actor"], m["target_actor"], m["cameo_code"]))
    assert got == [("2024-12-28", "RUSGOV", "AZEGOV", "041"), ("2024-12-29", "AZEGOV", "RUS", "100")]


def test_ru_background_date_not_article_date():
    m = code("Алиев позвонил Путину.\nПутин позвонил Алиеву.\nРанее Путин пригрозил Азербайджану.", "ru", published="2025-10-07")
    d = dict(zip(m["cameo_code"], zip(m["event_date"], m["date_source"])))
    assert d["041"][1] == "article_date"
    assert pd.isna(d["130"][0]) and d["130"][1] == "unknown"


# ------------------------------------------------------------------ Bulgarian
def test_bg_mediation_invite():
    m = code("Фактът, че руският лидер Владимир Путин покани за преговори външните министри на Армения и Азербайджан, стана известен вчера.",
             "bg", published="2025-12-05")
    # an invitation to talks is an appeal to meet from the inviter to each invited party (rule 6)
    assert triples(m) == [("RUSGOV", "ARMGOV", "026"), ("RUSGOV", "AZEGOV", "026")]
    assert m["is_mediation"].all() and set(m["mediator_actor"]) == {"RUSGOV"} and not m["is_symmetric"].any()
    assert set(m["event_date"]) == {"2025-12-04"} and set(m["date_source"]) == {"relative"}


def test_bg_accept_invitation_svo():
    m = code("Азербайджан и Армения приеха поканата на руския президент Владимир Путин за консултации в Москва.", "bg")
    assert triples(m) == [("ARM", "RUSGOV", "036"), ("AZE", "RUSGOV", "036")]


def test_bg_negation():
    assert code("Путин не покани Пашинян.", "bg").empty


# ------------------------------------------------------------------ English
def test_en_phone_with_counterpart():
    m = code("Russian President Vladimir Putin held a telephone conversation with his Azerbaijani counterpart Ilham Aliyev on Thursday.", "en")
    assert triples(m) == [("RUSGOV", "AZEGOV", "041")] and m["is_symmetric"].all()


def test_en_coordinated_signing_and_known_year():
    m = code("The statement of November 9, 2020 was discussed. Putin, Pashinyan and Aliyev signed a joint statement on November 9.", "en")
    # three signatories, two of them the sides of a listed conflict (conflicts.yml): one symmetric 057 between
    # the sides, the third state its mediator (rule 6)
    assert len(m) == 1 and m["is_symmetric"].all() and set(m["cameo_code"]) == {"057"} and set(m["event_date"]) == {"2020-11-09"}
    assert {m.source_country.iat[0], m.target_country.iat[0]} == {"ARM", "AZE"} and m.mediator_country.iat[0] == "RUS"


def test_en_negation_and_passive():
    assert code("Russia did not attack Ukraine.", "en").empty
    m = code("Ukraine was attacked by Russia.", "en")
    assert triples(m) == [("RUS", "UKR", "190")]


def test_en_reported_speech():
    m = code("Officials said that Turkey criticized France.", "en")
    assert triples(m) == [("TUR", "FRA", "111")]


# ------------------------------------------------------------------ contracts & robustness
def test_unsupported_language_and_empty():
    assert code("Erdoğan traf Putin in Ankara.", "de").empty  # German is not a coded language
    assert not code("Erdoğan Putin ile görüştü.", "tr").empty  # Turkish is, since the second session
    assert code("", "ru").empty


def test_title_repeated_in_body_is_coded_once():
    # the headline line of the body is skipped; the title itself is coded (engine._title_events), once
    t = "Алиев позвонил Путину"
    m = code(t + "\n" + "Сегодня новости.", "ru", title=t)
    assert len(m) == 1 and m.iloc[0].sentence_index == -1


def test_dedupe_merges_two_articles():
    arts = pd.DataFrame([
        {"article_id": "a1", "text": "28 декабря 2024 года Путин позвонил Алиеву.", "lang": "ru", "published": "2024-12-29", "title": None},
        {"article_id": "a2", "text": "28 декабря 2024 года Путин позвонил Алиеву.", "lang": "ru", "published": "2024-12-30", "title": None},
        {"article_id": "a3", "text": "Путин позвонил Алиеву в прошлом.", "lang": "ru", "published": None, "title": None},
        {"article_id": "a4", "text": "Путин позвонил Алиеву в прошлом.", "lang": "ru", "published": None, "title": None},
    ])
    m = code_articles(arts)
    ev = dedupe(m, arts)
    schema.validate(ev, schema.EVENTS)
    dated = ev[ev["event_date"].notna()]
    assert len(dated) == 1 and dated.iloc[0]["n_articles"] == 2 and dated.iloc[0]["article_ids"] == "a1;a2"
    assert dated.iloc[0]["first_seen"] == "2024-12-29"
    assert len(ev[ev["event_date"].isna()]) == 2  # undated mentions never merge across articles


try:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=25, deadline=None)
    @given(st.text(max_size=200), st.sampled_from(["ru", "bg", "en", "uk", "zz", ""]))
    def test_random_unicode_never_raises(text, lang):
        m = code(text, lang, published="2025-01-01")
        assert isinstance(m, pd.DataFrame)
except ImportError:  # pragma: no cover
    pass


SEED_F1_FLOOR = 0.64  # core lenient F1 on data/gold/seeds_gold.jsonl: 0.652, then 0.645 since fighting nouns
# ("with active hostilities there") give undated-side fighting the article's talks pair (RUS-ARM in seed 003, gold
# AZE-ARM); on the 359-event dev set the same rule gains more than it loses (docs/NOTES.md)


@pytest.mark.skipif(not (ROOT / "data/processed/seeds/articles.parquet").exists(), reason="no processed seeds")
def test_seed_f1_regression():
    """Core lenient F1 on the seeds' gold by the annotation rules (data/gold/seeds_gold.jsonl)."""
    from newsevents.coding.matching import evaluate_events
    from newsevents.coding.matching import load_gold as load_rules_gold

    arts = pd.read_parquet(ROOT / "data/processed/seeds/articles.parquet")
    gold = load_rules_gold(ROOT / "data/gold/seeds_gold.jsonl")
    res = evaluate_events(code_articles(arts), gold, sorted({g.doc_id for g in gold}))
    assert res.f1 >= SEED_F1_FLOOR, res.text()


def test_evaluate_paths_writes_outputs(tmp_path):
    from newsevents.coding.evaluate import evaluate_paths

    arts = pd.DataFrame([{"article_id": "g1", "text": "28 декабря 2024 года Путин позвонил Алиеву. Россия атаковала Украину.",
                          "lang": "ru", "published": None, "title": None}])
    m = code_articles(arts)
    schema.validate(m, schema.MENTIONS)
    (tmp_path / "ev").mkdir()
    m.to_parquet(tmp_path / "ev" / "mentions.parquet")
    gold = tmp_path / "gold.yml"
    gold.write_text(
        "articles: {g1: {lang: ru}}\n"
        "events:\n"
        "  - {article_id: g1, event_date: '2024-12-29', source_actor: RUSGOV, target_actor: AZEGOV, cameo_code: '042'}\n"
        "  - {article_id: g1, event_date: null, source_actor: TUR, target_actor: ARM, cameo_code: '111'}\n",
        encoding="utf-8")
    res = evaluate_paths(tmp_path / "ev", gold, out=tmp_path / "out")
    o = res["metrics"]["overall"]
    assert o["tp"] == 1 and o["n_gold"] == 2 and o["n_pred"] == 2  # same root 04, date within a day
    assert res["metrics"]["field_accuracy"]["cameo_code"] == 0.0
    assert (tmp_path / "out" / "metrics.json").exists()
    conf = pd.read_csv(tmp_path / "out" / "confusion.csv", dtype=str)
    assert set(zip(conf.gold_root, conf.pred_root)) == {("04", "04"), ("11", "none"), ("none", "19")}


def _triples(text, lang, date="2024-05-10"):
    from newsevents.coding.engine import code_article

    return {(r["source_actor"], r["target_actor"], r["cameo_code"][:2]) for r in both_directions(code_article("t", text, lang, date))}


def test_pronoun_subject_takes_previous_subject():
    # (talks on the day of the visit would be that visit, rule 4: the talks here are on the next day)
    got = _triples("Сергей Лавров прибыл в Ереван 3 мая. Он провёл переговоры с Араратом Мирзояном 4 мая.", "ru")
    assert ("RUSGOV", "ARMGOV", "04") in got
    assert ("ARMGOV", "RUSGOV", "04") in got


def test_counterpart_is_the_other_party_of_the_previous_event():
    got = _triples("Ильхам Алиев поздравил Владимира Путина с днем рождения.\n"
                   "Путин поблагодарил коллегу за поздравления.", "ru")
    assert ("RUSGOV", "AZEGOV", "05") in got


def test_plural_pronoun_after_mutual_event_codes_both_parties():
    got = _triples("Ilham Aliyev and Vladimir Putin held talks in Moscow on Monday. They agreed to meet again.", "en")
    assert {("AZEGOV", "RUSGOV", "03"), ("RUSGOV", "AZEGOV", "03")} <= got


def test_noun_after_thanked_for_is_not_a_meeting():
    from newsevents.coding.engine import code_article

    rows = code_article("t", "Antony Blinken met Jeyhun Bayramov on Monday. "
                        "He praised his counterpart for the talks.", "en", "2024-05-10")
    got = {(r["source_actor"], r["target_actor"], r["cameo_code"][:2], r["sentence_index"]) for r in rows}
    assert ("USAGOV", "AZEGOV", "05", 1) in got
    assert not [r for r in rows if r["sentence_index"] == 1 and r["cameo_code"].startswith("04")]


def test_appeal_complement_is_not_an_event_of_its_own():
    got = _triples("The EU called on Russia to release the Ukrainian sailors.", "en")
    assert ("IGOEU", "RUS", "02") in got
    assert not [t for t in got if t[2] == "08"]


def test_modal_meeting_is_one_way_intent():
    from newsevents.coding.engine import code_article

    assert code_article("t", "Vladimir Putin may meet Ilham Aliyev in Moscow.", "en", "2024-05-10") == []
    rows = code_article("t", "Vladimir Putin intends to meet Ilham Aliyev in Moscow.", "en", "2024-05-10")
    got = {(r["source_actor"], r["target_actor"], r["cameo_code"]) for r in rows}
    assert ("RUSGOV", "AZEGOV", "036") in got
    assert ("AZEGOV", "RUSGOV", "036") not in got


def test_domestic_pairs_state_and_society_only():
    from newsevents.coding.actors import Unit
    from newsevents.coding.engine import _domestic_ok

    def u(actor, sector):
        return Unit(0, 1, actor, actor[:3], sector, None, None, actor, ("agent",))

    assert _domestic_ok(u("GEOOPP", "OPP"), u("GEOGOV", "GOV"))
    assert not _domestic_ok(u("RUSGOV", "GOV"), u("RUSMIL", "MIL"))
    assert not _domestic_ok(u("RUSGOV", "GOV"), u("RUS", None))


def test_russian_future_meeting_is_not_coded():
    # a meeting announced for later without a stated intent is not an event (rule 2)
    assert not _triples("Путин встретится с Алиевым в Москве.", "ru")
    assert ("RUSGOV", "AZEGOV", "03") in _triples("Путин готов встретиться с Алиевым в Москве.", "ru")


def test_impersonal_institution_in_prepositional_phrase_is_the_source():
    assert ("RUSGOV", "UKR", "11") in _triples("В Кремле осудили действия Украины.", "ru")


def test_subordinate_clause_without_subject_takes_main_subject():
    assert ("UKRGOV", "RUSGOV", "03") in _triples("Зеленский заявил, что готов встретиться с Путиным.", "ru")


def test_object_before_verb_subject_after():
    assert ("ARMGOV", "AZEGOV", "05") in _triples("Президента Азербайджана поздравил премьер-министр Армении.", "ru")


def test_source_only_events_are_opt_in(monkeypatch):
    from newsevents.coding import engine

    text = "Russia rejected the proposal on Monday."
    monkeypatch.setattr(engine, "SOURCE_ONLY", False)
    assert not [r for r in engine.code_article("t", text, "en", "2024-05-10") if r["target_actor"] is None]
    monkeypatch.setattr(engine, "SOURCE_ONLY", True)
    rows = engine.code_article("t", text, "en", "2024-05-10")
    assert any(r["source_actor"] == "RUS" and r["target_actor"] is None and r["cameo_code"].startswith("12")
               for r in rows), rows


def test_dative_reading_of_a_noun_is_kept():
    assert ("RUS", "KOR", "13") in _triples("Россия пригрозила Южной Корее.", "ru")


def test_meeting_that_did_not_take_place_is_not_coded():
    assert not _triples("Встреча Алиева и Пашиняна так и не состоялась.", "ru")


def test_genitive_agent_of_a_noun_trigger_is_the_source():
    assert ("ISR", "IRN", "19") in _triples("Удары Израиля по Ирану продолжились.", "ru")
    assert ("RUSGOV", "AZEGOV", "04") in _triples("Встреча Путина с Алиевым прошла в Сочи.", "ru")


def test_future_aid_is_intent_to_provide_aid():
    got = {(s, t, c) for s, t, c in _triples("Германия предоставит Украине военную помощь.", "ru")}
    assert any(s == "DEU" and t.startswith("UKR") and c == "03" for s, t, c in got), got


def test_surname_without_nominative_reading_can_be_subject():
    assert ("ARMGOV", "AZEGOV", "04") in _triples("Пашинян встретился с Алиевым.", "ru")


def test_bulgarian_da_complement_is_governed_by_the_appeal():
    got = _triples("Ердоган призова Путин и Зеленски да се срещнат.", "bg")
    assert ("TURGOV", "RUSGOV", "02") in got
    assert not [t for t in got if t[2] == "04"]


def test_talks_between_two_parties_without_subject():
    got = _triples("Talks between Armenia and Azerbaijan resumed in Geneva.", "en")
    assert {("ARM", "AZE", "04"), ("AZE", "ARM", "04")} <= got


def test_nationality_adjective_alone_stands_for_its_country():
    assert ("AZEMIL", "ARM", "19") in _triples("Вооружённые силы Азербайджана обстреляли армянские позиции.", "ru")
    assert ("AZEMIL", "ARM", "19") in _triples("Азербайджанските сили обстреляха арменски села.", "bg")


def test_adjective_counterpart_is_a_government():
    got = _triples("Владимир Путин проинформировал своего турецкого коллегу о переговорах.", "ru")
    assert any(s == "RUSGOV" and t == "TURGOV" for s, t, _ in got), got


def test_lower_case_pronoun_is_not_a_capitalised_country_name():
    import datetime as dt

    from newsevents.coding.actors import find_units, get_lexicon
    from newsevents.coding.text import tokenize

    for lang, text in [("ru", "Кроме того, Россия осудила это."), ("uk", "Крім того, Польща засудила це.")]:
        units = find_units(tokenize(text, lang), lang, get_lexicon(), dt.date(2024, 5, 10), text)
        assert "TGO" not in {u.actor for u in units}


def test_undated_event_of_a_dated_article_takes_its_date_unless_flagged_or_background():
    from newsevents.coding.engine import code_article

    text = ("Заголовок.\nВторой абзац без событий.\nТретий абзац тоже.\n"
            "Лавров раскритиковал позицию Евросоюза.\nРанее Азербайджан обвинил Армению.")
    rows = {r["source_actor"]: r for r in code_article("t", text, "ru", "2024-03-13")}
    assert rows["RUSGOV"]["event_date"] == "2024-03-13" and rows["RUSGOV"]["date_source"] == "inferred"
    assert rows["AZE"]["event_date"] is None  # "Ранее": a background event gets no date it does not state
    flagged = {r["source_actor"]: r for r in code_article("t", text, "ru", "2024-03-13", date_flag="contradicts_text")}
    assert flagged["RUSGOV"]["event_date"] is None


def test_hosted_talks_are_one_event_between_the_parties():
    m = code("Erdogan hosted talks between Armenia and Azerbaijan in Istanbul on Monday.", "en")
    ev = m[m["cameo_root"] == "04"]
    assert len(ev) == 1 and ev.iloc[0]["cameo_code"] == "046" and bool(ev.iloc[0]["is_symmetric"])
    assert {ev.iloc[0]["source_country"], ev.iloc[0]["target_country"]} == {"ARM", "AZE"}
    assert ev.iloc[0]["mediator_actor"] == "TURGOV" and bool(ev.iloc[0]["is_mediation"])


def test_identical_events_in_one_article_are_one():
    text = ("Putin met Erdogan in Ankara on Monday. Putin met Erdogan in Ankara on Monday, officials said.")
    m = code(text, "en")
    assert len(m[m["cameo_root"] == "04"]) == 1


def test_both_sides_resolve_to_the_pair_named_before():
    text = ("Fighting between Armenia and Azerbaijan resumed on Monday. "
            "Russia called on both sides to cease fire.")
    m = code(text, "en")
    appeals = m[m["cameo_root"] == "02"]
    assert set(zip(appeals["source_country"], appeals["target_country"])) == {("RUS", "ARM"), ("RUS", "AZE")}


def test_ru_parties_phrase_and_one_side():
    m = code("Армения и Азербайджан обменялись обвинениями. Турция призвала стороны к прекращению огня.", "ru")
    appeals = m[m["cameo_root"] == "02"]
    assert set(appeals["target_country"]) == {"ARM", "AZE"} and set(appeals["source_country"]) == {"TUR"}
    # "со стороны Киева" is one side (by Kyiv), never the pair
    m = code("Армения и Азербайджан провели переговоры. Со стороны Киева документ подписал министр.", "ru")
    assert not (m["source_text"].str.contains("стороны").any() or m["target_text"].str.contains("стороны").any())


def test_person_not_yet_in_office_codes_to_no_government():
    from newsevents.coding.engine import code_article

    def actors(date):
        return {r["source_actor"] for r in code_article("t", "Dmytro Kuleba met Sergei Lavrov in Moscow.", "en", date)}
    assert actors("2022-03-01") == {"UKRGOV"}
    assert "UKRGOV" not in actors("2019-03-01")  # foreign minister only from 2020


def test_plural_pronoun_takes_the_previous_coordinated_subject():
    m = code("Norway and the Netherlands issued a statement. They condemned Russia.", "en")
    assert set(zip(m["source_country"], m["target_country"], m["cameo_code"])) == {("NOR", "RUS", "111"),
                                                                                   ("NLD", "RUS", "111")}


def test_unknown_first_name_form_does_not_split_a_list_of_persons():
    m = code("В Казани прошли переговоры министра обороны Армении Сурена Папикяна, министра иностранных дел "
             "Азербайджана Джейхуна Байрамова и президента Турции Реджепа Эрдогана.", "ru", published="2024-11-26")
    pairs = {frozenset((a, b)) for a, b in zip(m["source_actor"], m["target_actor"])}
    assert frozenset(("ARMMIL", "AZEGOV")) in pairs and m["is_symmetric"].all()


def test_subjectless_verb_continues_the_previous_subject():
    m = code("Лавров прибыл в Ереван. Также провёл переговоры с Пашиняном.", "ru", published="2024-05-10")
    assert ("RUSGOV", "ARMGOV") in set(zip(m["source_actor"], m["target_actor"]))


@pytest.mark.parametrize("text, lang, expected", [
    ("Россия и Украина провели обмен пленными при посредничестве ОАЭ.", "ru", ("RUS", "UKR", "0841", "ARE")),
    ("Armenia and Azerbaijan held talks in Washington hosted by the United States.", "en", ("ARM", "AZE", "046", "USA")),
    ("Армения и Азербайджан подписаха споразумение с посредничеството на САЩ.", "bg", ("ARM", "AZE", "057", "USA")),
])
def test_mediator_phrase_marks_the_act_between_the_parties(text, lang, expected):
    m = code(text, lang, published="2024-03-01")
    got = {(r.source_actor, r.target_actor, r.cameo_code, r.mediator_actor) for r in m.itertuples() if r.is_mediation}
    assert got == {expected} and len(m) == 1 and m["is_symmetric"].all()


def test_english_sentences_do_not_end_at_abbreviations_or_initials():
    from newsevents.coding.text import sentences

    def split(t):
        return [x[2] for x in sentences(t, "en")]
    assert split("Fighting broke out on Sept. 27 in the region. Russia said so.") == [
        "Fighting broke out on Sept. 27 in the region.", "Russia said so."]
    assert split("The U.S. envoy met J.D. Vance. Then he left.") == ["The U.S. envoy met J.D. Vance.", "Then he left."]
    assert split("At 4 a.m. Tehran time the truce began. Iran agreed.") == [
        "At 4 a.m. Tehran time the truce began.", "Iran agreed."]


@pytest.mark.parametrize("text, lang, expected", [
    # a year's abbreviated mark ends the sentence before a word that opens one (grammar year_marks, sentence_openers)
    ("Срещата се състоя през март 2023 г. По време на нея министрите подписаха меморандум.", "bg",
     ["Срещата се състоя през март 2023 г.", "По време на нея министрите подписаха меморандум."]),
    ("Переговоры прошли в Анкаре в 2022 г. Стороны договорились об обмене.", "ru",
     ["Переговоры прошли в Анкаре в 2022 г.", "Стороны договорились об обмене."]),
    ("Угоду підписали в 2021 р. Сторони відтоді не зустрічалися.", "uk",
     ["Угоду підписали в 2021 р.", "Сторони відтоді не зустрічалися."]),
    # not before a name, which may go on the sentence ("в 2020 г. Азербайджан вернул ...")
    ("Напомним, что в 2020 г. Азербайджан вернул эти районы.", "ru", ["Напомним, что в 2020 г. Азербайджан вернул эти районы."]),
    ("През 2020 г. Азербайджан си върна районите.", "bg", ["През 2020 г. Азербайджан си върна районите."]),
])
def test_a_year_mark_ends_a_sentence_before_an_opening_word(text, lang, expected):
    from newsevents.coding.text import sentences

    assert [x[2] for x in sentences(text, lang)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Начались российско-армянские переговоры в Москве.", "ru", {("RUS", "ARM", "046")}),
    ("Russian-Ukrainian talks began in Istanbul.", "en", {("RUS", "UKR", "046")}),
    ("Израелско-американските удари по Иран продължиха.", "bg", {("ISR", "IRN", "190"), ("USA", "IRN", "190")}),
    ("Почалися російсько-українські переговори.", "uk", {("RUS", "UKR", "046")}),
    ("Нагорно-Карабахский конфликт обострился.", "ru", set()),
])
def test_hyphenated_compounds_of_nationalities_are_two_actors(text, lang, expected):
    m = code(text, lang, published="2024-03-01")
    assert set(zip(m["source_actor"], m["target_actor"], m["cameo_code"])) == expected


def test_ukrainian_present_tense_is_not_read_as_future():
    from newsevents.coding.text import tokenize

    assert "futr" not in tokenize("перебуває", "uk")[0].cases
    assert "futr" in tokenize("зустрінеться", "uk")[0].cases


def test_english_noun_trigger_takes_its_by_agent_as_source():
    m = code("Armenia reported shelling by Azerbaijani forces.", "en")
    assert set(zip(m["source_country"], m["target_country"], m["cameo_root"])) == {("AZE", "ARM", "19")}


def test_dedupe_counts_an_exact_copy_once():
    """Two records with the same bytes (one file read twice, a copy in another folder) are one report: the event's
    n_articles counts them once and article_ids still lists both."""
    text = "28 декабря 2024 года Путин позвонил Алиеву."
    arts = pd.DataFrame([
        {"article_id": "a1", "text": text, "lang": "ru", "published": "2024-12-29", "title": None, "sha256": "x" * 64},
        {"article_id": "a1_copy", "text": text, "lang": "ru", "published": "2024-12-29", "title": None, "sha256": "x" * 64},
        {"article_id": "a2", "text": text, "lang": "ru", "published": "2024-12-30", "title": None, "sha256": "y" * 64},
    ])
    ev = dedupe(code_articles(arts), arts)
    dated = ev[ev["event_date"].notna()]
    assert len(dated) == 1 and dated.iloc[0]["n_articles"] == 2
    assert dated.iloc[0]["article_ids"] == "a1;a1_copy;a2"
