"""Mediators from the venue, the article and offers to mediate (coding/mediation.py, rule 6)."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import code_text

from newsevents.coding import matching


def _code(text: str, lang: str) -> pd.DataFrame:
    return code_text(text, lang, "2024-05-06")


def _pair_rows(m: pd.DataFrame, a: str, b: str) -> pd.DataFrame:
    return m[m.apply(lambda r: {r.source_country, r.target_country} == {a, b}, axis=1)]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Министры иностранных дел Сербии и Косово провели встречу в столице Франции Париже."),
    ("ru", "В Париже проходят переговоры делегаций Сербии и Косово."),
    ("en", "Delegations of Serbia and Kosovo met in France's capital Paris on Monday."),
    ("en", "Serbia and Kosovo held talks in France on Monday."),
    ("tr", "Sırbistan ve Kosova heyetleri Paris'te görüştü."),
    ("bg", "Делегациите на Сърбия и Косово проведоха преговори в Париж."),
    ("uk", "Делегація Сербії провела переговори з делегацією Косова у Парижі."),
])
def test_talks_in_a_third_country_name_the_host_as_mediator(lang, text):
    m = _pair_rows(_code(text, lang), "SRB", "KSV")
    assert len(m) == 1 and m.cameo_code.iat[0].startswith("04")
    assert m.mediator_country.iat[0] == "FRA" and bool(m.is_mediation.iat[0])


@pytest.mark.parametrize("lang, text", [
    ("en", "Serbian and Kosovo leaders met on the sidelines of the summit in Paris."),
    ("ru", "Президенты Сербии и Франции встретились в Париже."),
    ("en", "Serbia and Kosovo troops clashed in Albania on Monday."),
])
def test_no_host_on_the_sidelines_in_a_partys_country_or_for_fighting(lang, text):
    m = _code(text, lang)
    assert len(m) >= 1
    assert m.mediator_actor.isna().all()


def test_article_carries_the_mediator_to_the_days_agreement():
    text = ("Делегации Сербии и Косово провели переговоры в Париже 5 мая. "
            "По итогам переговоров Сербия и Косово подписали соглашение 5 мая.")
    m = _pair_rows(_code(text, "ru"), "SRB", "KSV")
    signed = m[m.cameo_code == "057"]
    assert len(signed) == 1 and signed.mediator_country.iat[0] == "FRA"


def test_another_day_does_not_take_the_mediator():
    text = ("Делегации Сербии и Косово провели переговоры в Париже 5 мая. "
            "Ранее, 20 марта, Сербия и Косово подписали соглашение.")
    m = _pair_rows(_code(text, "ru"), "SRB", "KSV")
    signed = m[m.cameo_code == "057"]
    assert len(signed) == 1 and signed.mediator_actor.isna().all()


def test_offer_to_host_has_its_source_as_mediator():
    m = _code("France offered to host talks between Serbia and Kosovo.", "en")
    assert set(m.cameo_code) == {"039"} and set(m.mediator_country) == {"FRA"}


def test_turkish_agent_phrase_ends_before_a_place():
    m = _code("Sırbistan ve Kosova heyetleri Paris'te görüştü.", "tr")
    assert set(m.target_country) | set(m.source_country) == {"SRB", "KSV"}


def test_mediator_agreement_counts_right_wrong_and_alternatives():
    g1 = matching.GoldEvent("d", "046", "SRB.GOV", "KSV.GOV", "2024-05-05", mediator="FRA.GOV")
    g2 = matching.GoldEvent("d", "057", "SRB.GOV", "KSV.GOV", "2024-05-05", mediator="FRA.GOV",
                            note="[alt-mediators: IGO.EU]")
    g3 = matching.GoldEvent("d", "040", "SRB.GOV", "KSV.GOV", "2024-05-05")
    rows = [{"mediator_actor": "FRAGOV", "mediator_country": "FRA", "mediator_org": None},
            {"mediator_actor": "IGOEU", "mediator_country": None, "mediator_org": "EU"},
            {"mediator_actor": "DEU", "mediator_country": "DEU", "mediator_org": None}]
    assert matching.mediator_agreement(list(zip([g1, g2, g3], rows))) == {
        "mediator_gold": 2, "mediator_coded": 3, "mediator_right": 2}
    assert matching.mediator_agreement([(g1, {"mediator_actor": None})]) == {
        "mediator_gold": 1, "mediator_coded": 0, "mediator_right": 0}


@pytest.mark.parametrize("lang, text", [
    ("en", "Serbia's president phoned Kosovo's prime minister in France on Monday."),
    ("en", "Serbia and Kosovo leaders met in Paris during the summit of the council."),
    ("ru", "Президенты Сербии и Косово встретились в Париже во время саммита."),
])
def test_no_host_for_a_phone_call_or_a_summit_meeting(lang, text):
    m = _code(text, lang)
    assert len(m) >= 1 and m.mediator_actor.isna().all()


@pytest.mark.parametrize("lang, text", [
    ("ru", "Начались переговоры делегаций Сербии, Косово и ООН."),
    ("en", "Talks between Serbia, Kosovo and the UN began on Monday."),
])
def test_talks_of_states_and_an_organisation_are_the_states_talks_mediated_by_it(lang, text):
    m = _code(text, lang)
    assert len(m) == 1
    assert {m.source_country.iat[0], m.target_country.iat[0]} == {"SRB", "KSV"} and m.mediator_org.iat[0] == "UN"


def test_three_states_meeting_keeps_every_pair():
    m = _code("Трехсторонняя встреча президентов Сербии, Косово и Албании прошла в Белграде.", "ru")
    assert len(m) == 3 and m.mediator_actor.isna().all()


@pytest.mark.parametrize("lang, text", [
    ("en", "Serbian and Kosovo negotiators held talks on Monday. Later, France said it was ready to assist."),
    ("ru", "Сербия и Косово провели переговоры. Франция готова выступить посредником."),
    ("uk", "Сербія та Косово провели переговори. Франція готова виступити посередником."),
    ("bg", "Сърбия и Косово проведоха преговори. Франция е готова да съдейства за уреждането на спора."),
])
def test_offer_to_mediate_without_a_named_party_goes_to_each_side_of_the_articles_pair(lang, text):
    m = _code(text, lang)
    offers = m[m.cameo_code == "039"]
    assert sorted(offers.target_country) == ["KSV", "SRB"]
    assert set(offers.source_country) == {"FRA"} and set(offers.mediator_country) == {"FRA"}


def test_offer_without_a_pair_in_the_article_codes_nothing():
    m = _code("France said it was ready to assist.", "en")
    assert len(m) == 0


@pytest.mark.parametrize("lang, text", [
    ("ru", "Начались переговоры делегаций Сербии и Косово в Стамбуле."),
    ("tr", "Sırbistan ve Kosova heyetleri İstanbul'da görüştü."),
    ("en", "Serbian and Kosovo delegations met in Istanbul on Friday."),
    ("bg", "Делегациите на Сърбия и Косово проведоха преговори в Истанбул."),
])
def test_a_venue_city_names_its_country_as_host(lang, text):
    m = _pair_rows(_code(text, lang), "SRB", "KSV")
    assert len(m) == 1 and m.mediator_country.iat[0] == "TUR"


def test_a_venue_city_is_never_an_actor():
    m = _code("Istanbul condemned the attack on Serbia.", "en")
    assert "TUR" not in set(m.source_country) | set(m.target_country)


def test_an_organisation_meeting_a_state_abroad_has_no_host():
    m = _code("The UN Secretary-General and the Serbian president met in Istanbul on Friday.", "en")
    assert len(m) >= 1 and m.mediator_actor.isna().all()


@pytest.mark.parametrize("lang,text", [
    ("en", "Charles Michel held phone calls with Pashinyan and Aliyev."),
    ("ru", "Шарль Мишель провел телефонные разговоры с Пашиняном и Алиевым."),
    ("bg", "Шарл Мишел проведе телефонни разговори с Пашинян и Алиев."),
])
def test_calls_of_an_organisation_with_two_leaders_are_two_calls(lang, text):
    df = _code(text, lang)
    assert sorted((r.source_actor, r.target_actor, r.cameo_code) for r in df.itertuples()) == [
        ("IGOEU", "ARMGOV", "041"), ("IGOEU", "AZEGOV", "041")]


def test_an_organisation_meeting_two_leaders_mediates_their_meeting():
    df = _code("Charles Michel met Pashinyan and Aliyev in Brussels.", "en")
    assert [(frozenset((r.source_country, r.target_country)), r.mediator_actor) for r in df.itertuples()] == [
        (frozenset(("ARM", "AZE")), "IGOEU")]


def test_host_of_two_parties_gets_their_visits_and_mediates_their_talks():
    df = _code("Erdogan hosted the leaders of Armenia and Azerbaijan in Ankara.", "en")
    got = sorted((r.source_country, r.target_country, r.cameo_code,
                  None if pd.isna(r.mediator_country) else r.mediator_country) for r in df.itertuples())
    assert ("TUR", "ARM", "043", None) in got and ("TUR", "AZE", "043", None) in got
    assert ("ARM", "AZE", "046", "TUR") in got


def _pairs_and_mediators(df: pd.DataFrame) -> list:
    return sorted((tuple(sorted((r.source_country, r.target_country))), r.cameo_code[:2],
                   None if pd.isna(r.mediator_country) else r.mediator_country) for r in df.itertuples())


@pytest.mark.parametrize("lang, text, sides, root, mediator", [
    ("ru", "Вчера в Сочи прошла трёхсторонняя встреча президента России Владимира Путина, премьер-министра Армении "
           "Никола Пашиняна и президента Азербайджана Ильхама Алиева.", ("ARM", "AZE"), "04", "RUS"),
    ("en", "Putin, Aliyev and Pashinyan signed a joint statement on Monday.", ("ARM", "AZE"), "05", "RUS"),
    ("bg", "Външните министри на Русия, Азербайджан и Армения се срещнаха в понеделник в Москва.",
     ("ARM", "AZE"), "04", "RUS"),
    ("tr", "Rusya, Ukrayna ve Türkiye heyetleri pazartesi günü İstanbul'da görüştü.", ("RUS", "UKR"), "04", "TUR"),
    ("uk", "У понеділок у Стамбулі відбулася зустріч делегацій України, Росії та Туреччини.",
     ("RUS", "UKR"), "04", "TUR"),
])
def test_a_three_state_act_of_two_sides_of_a_conflict_has_the_third_as_mediator(lang, text, sides, root, mediator):
    # conflicts.yml lists Armenia-Azerbaijan and Russia-Ukraine: the third state mediates their act (rule 6)
    assert _pairs_and_mediators(_code(text, lang)) == [(sides, root, mediator)]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Вчера в Сочи прошла трёхсторонняя встреча президентов России, Турции и Ирана."),
    ("en", "The leaders of Japan, South Korea and the United States met on Monday."),
])
def test_a_three_state_act_without_a_listed_conflict_keeps_every_pair(lang, text):
    got = _pairs_and_mediators(_code(text, lang))
    assert len(got) == 3 and all(m is None for *_, m in got)


def test_a_conflict_that_has_ended_makes_no_mediator():
    # Ethiopia and Eritrea are listed until 2018: a three-state meeting in 2023 keeps every pair
    df = code_text("The foreign ministers of Ethiopia, Eritrea and Somalia met in Asmara on 10 October 2023.", "en",
                   "2023-10-11")
    assert len(_pairs_and_mediators(df)) == 3
    df = code_text("The foreign ministers of Ethiopia, Eritrea and Somalia met in Nairobi on 10 October 2016.", "en",
                   "2016-10-11")
    assert [(p, m) for p, _, m in _pairs_and_mediators(df)] == [(("ERI", "ETH"), "SOM")] or \
        [(p, m) for p, _, m in _pairs_and_mediators(df)] == [(("ERI", "ETH"), "KEN")]
