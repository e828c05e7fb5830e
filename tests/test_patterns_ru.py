"""Russian event patterns (verbs_ru.yml): typical sentences per CAMEO family, negation/modality,
and a floor on the held-out sentence gold (data/gold/sentences_ru.yml, split heldout)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import both_directions

from newsevents.coding.engine import code_article
from newsevents.coding.sentgold import score_file

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "sentences_ru.yml"
DATE = "2025-06-15"


def _cc(actor):
    if not actor:
        return None
    return actor if actor.startswith(("IGO", "NGO")) else actor[:3]


def events(text: str) -> set[tuple]:
    """(source country/org, target country/org, CAMEO root) of every coded event."""
    return {(_cc(r["source_actor"]), _cc(r["target_actor"]), r["cameo_code"][:2])
            for r in both_directions(code_article("t", text, "ru", DATE))}


@pytest.mark.parametrize("text, expected", [
    # 01 specific statements
    ("Глава МИД России выразил соболезнования народу Турции в связи с гибелью людей.", {("RUS", "TUR", "01")}),
    ("Москва отвергла обвинения Киева в причастности к атаке.", {("RUS", "UKR", "01")}),
    # 02 appeals
    ("Евросоюз призывает Россию немедленно прекратить огонь.", {("IGOEU", "RUS", "02")}),
    ("Эрдоган обратился к России и Украине с призывом сесть за стол переговоров.",
     {("TUR", "RUS", "02"), ("TUR", "UKR", "02")}),
    # 03 intents
    ("Вашингтон пообещал Киеву новый пакет военной помощи.", {("USA", "UKR", "03")}),
    ("Иран предложил свое посредничество в урегулировании конфликта между Арменией и Азербайджаном.",
     {("IRN", "ARM", "03"), ("IRN", "AZE", "03")}),
    # 04 consultations (symmetric), visits, mediation
    ("Лавров провел телефонный разговор с госсекретарем США Марко Рубио.",
     {("RUS", "USA", "04"), ("USA", "RUS", "04")}),
    ("Глава МИД Ирана Аббас Аракчи прибыл с официальным визитом в Москву.", {("IRN", "RUS", "04")}),
    ("Россия выступила посредником в переговорах между Арменией и Азербайджаном.",
     {("RUS", "ARM", "04"), ("RUS", "AZE", "04")}),
    # 05 praise / sign
    ("Зеленский поблагодарил Великобританию за поддержку.", {("UKR", "GBR", "05")}),
    ("Азербайджан подписал с Турцией соглашение о поставках газа.", {("AZE", "TUR", "05"), ("TUR", "AZE", "05")}),
    # 07 aid
    ("Турция направила в Сирию гуманитарный груз.", {("TUR", "SYR", "07")}),
    ("США передали Украине новую партию артиллерийских снарядов.", {("USA", "UKR", "07")}),
    # 08 release / exchange / ceasefire
    ("Россия и Украина обменялись пленными.", {("RUS", "UKR", "08"), ("UKR", "RUS", "08")}),
    ("Индия и Пакистан договорились о прекращении огня.", {("IND", "PAK", "08"), ("PAK", "IND", "08")}),
    # 10 demands
    ("Баку потребовал от Еревана вывести войска с приграничных территорий.", {("AZE", "ARM", "10")}),
    # 11 disapprove, protest notes, lawsuits
    ("Азербайджан обвинил Армению в нарушении режима прекращения огня.", {("AZE", "ARM", "11")}),
    ("Тбилиси направил Москве ноту протеста.", {("GEO", "RUS", "11")}),
    ("Украина подала иск против России в Международный суд ООН.", {("UKR", "RUS", "11")}),
    # 12 reject
    ("Киев отклонил предложение Москвы о перемирии.", {("UKR", "RUS", "12")}),
    # 13 threaten
    ("Вашингтон предъявил Тегерану ультиматум по ядерной программе.", {("USA", "IRN", "13")}),
    # 15 force posture
    ("Россия стянула войска к границе с Украиной.", {("RUS", "UKR", "15")}),
    # 16 reduce relations
    ("Евросоюз ввел новые санкции против России.", {("IGOEU", "RUS", "16")}),
    ("Азербайджан отозвал своего посла из Франции.", {("AZE", "FRA", "16")}),
    # 19 fight
    ("Российские войска нанесли массированный ракетный удар по Киеву.", {("RUS", "UKR", "19")}),
    ("Пакистан нанес авиаудары по Афганистану.", {("PAK", "AFG", "19")}),
])
def test_family_examples(text, expected):
    assert expected <= events(text), events(text)


@pytest.mark.parametrize("text", [
    "Путин не планирует встречаться с Зеленским.",                           # negated
    "Россия может ввести ответные санкции против Молдовы.",                 # modal, hypothetical
    "Песков заявил, что Кремль пока не получал предложений о переговорах с Киевом.",
    "Зеленский не исключил переговоров с Путиным.",
    "Подписывайтесь на наш канал в Telegram.",                               # boilerplate
    "Лавров ответил на вопросы журналистов.",                                # plain statement: no 010
    "Турция выступает против расширения санкций против Ирана.",              # opposing, not imposing
])
def test_no_event(text):
    assert events(text) == set()


def test_intent_not_act():
    # "намерен посетить" is an intent to meet (036), not a visit (042)
    rows = code_article("t", "Премьер-министр Грузии намерен посетить Баку.", "ru", DATE)
    assert {r["cameo_code"] for r in rows} == {"036"}


def test_criticised_attack_does_not_inherit_the_critic():
    # the critic is not the attacker of a nominal "удары X по Y"
    ev = events("Россия решительно осуждает удары Израиля по Ирану.")
    assert ("RUS", "ISR", "11") in ev
    assert not any(root == "19" for _, _, root in ev)


def test_heldout_floor():
    m = score_file(GOLD, split="heldout")
    # measured 0.674 when the held-out items were first scored (P 0.780, R 0.593)
    assert m["overall"]["f1"] >= 0.60, m["overall"]


def test_dev_floor():
    m = score_file(GOLD, split="dev")
    assert m["overall"]["f1"] >= 0.82, m["overall"]


def _codes(text: str) -> set[tuple]:
    """(source country/org, target country/org, full CAMEO code) of every coded event."""
    return {(_cc(r["source_actor"]), _cc(r["target_actor"]), r["cameo_code"])
            for r in code_article("t", text, "ru", DATE)}


# Constructions of real news wording (sentences written for these tests). A symmetric act may be
# coded in either direction (or both), so only one direction is required.
@pytest.mark.parametrize("text, src, tgt, code, sym", [
    # ceasefire agreed in other words than "перемирие" (0871), and accepted
    ("Армения и Азербайджан договорились прекратить боевые действия на границе.", "ARM", "AZE", "0871", True),
    ("Стороны конфликта Россия и Украина договорились о прекращении огня.", "RUS", "UKR", "0871", True),
    ("Индия согласилась на прекращение огня с Пакистаном.", "IND", "PAK", "0871", True),
    # an apology with the addressee between verb and noun; a phone conversation told with "общаться"
    ("Президент Азербайджана принес России официальные извинения за гибель военных.", "AZE", "RUS", "055", False),
    ("Президенты России и США общались по телефону в среду.", "RUS", "USA", "041", True),
    # being on a visit; offers of aid and of cooperation
    ("Министр иностранных дел Ирана находится с официальным визитом в Москве.", "IRN", "RUS", "042", False),
    ("Азербайджан готов оказать помощь Турции после землетрясения.", "AZE", "TUR", "033", False),
    # calling something unacceptable is criticism
    ("Глава МИД Турции назвал неприемлемыми действия Израиля в Газе.", "TUR", "ISR", "111", False),
    # documents agreed or signed
    ("Комиссии Армении и Азербайджана согласовали протокол о границе.", "ARM", "AZE", "057", True),
    # a note with a demand is a demand; a note of protest stays 114
    ("Власти Грузии направили России ноту с требованием освободить граждан.", "GEO", "RUS", "100", False),
    # offers to mediate or to host talks (039), claims that a side broke the ceasefire (112)
    ("Турция предложила свои услуги посредника в переговорах между Россией и Украиной.", "TUR", "UKR", "039", False),
    ("Эрдоган заявил, что Турция готова принять переговоры между Россией и Украиной.", "TUR", "RUS", "039", False),
    ("Пакистан заявил о нарушении Индией режима прекращения огня.", "PAK", "IND", "112", False),
    ("Россия передала Украине тела погибших военнослужащих.", "RUS", "UKR", "084", False),
    # actors: "сторона" with a nationality adjective, acting premiers, new names and countries
    ("Азербайджанская сторона выразила соболезнования Ирану.", "AZE", "IRN", "018", False),
    ("Исполняющий обязанности премьер-министра Таиланда провел переговоры с премьером Камбоджи.",
     "THA", "KHM", "046", True),
    ("Кагаме и Чисекеди в Вашингтоне подписали мирное соглашение.", "COD", "RWA", "057", True),
    ("Президент Сербии обвинил Альбина Курти в провокациях.", "SRB", "KSV", "112", False),
    ("Трехсторонняя встреча Владимира Путина, Никола Пашиняна и Ильхама Алиева прошла в Сочи.",
     "ARM", "AZE", "040", True),
    ("Генеральный секретарь ООН Антониу Гутерреш и Сергей Шойгу подписали меморандум.", "IGOUNO", "RUS", "057", True),
    # "обсудили"/"обменялись мнениями" told as done by phone is a phone call (041)
    ("Президент Казахстана по телефону обсудил с лидером Китая торговлю.", "KAZ", "CHN", "041", True),
    ("Премьер-министры Венгрии и Словакии обменялись мнениями по телефону.", "HUN", "SVK", "041", True),
])
def test_real_news_constructions(text, src, tgt, code, sym):
    got = _codes(text)
    assert (src, tgt, code) in got or (sym and (tgt, src, code) in got), got


def test_ready_to_aid_is_not_aid():
    # "готов оказать помощь" is an intent (033), not aid given (07x)
    got = _codes("Азербайджан готов оказать помощь Турции после землетрясения.")
    assert not any(c.startswith("07") for _, _, c in got), got


@pytest.mark.parametrize("text, src, tgt, code", [
    ("Азербайджан выдвинул обвинения в адрес Армении.", "AZE", "ARM", "112"),
    ("МИД России выступил с резкой критикой в адрес Баку.", "RUS", "AZE", "111"),
    ("Иран выпустил по Израилю сотни ракет.", "IRN", "ISR", "190"),
    ("Израиль нанес удары по позициям Хезболлы в Ливане.", "ISR", "LBN", "190"),
    ("Посол Азербайджана был вызван в МИД России.", "RUS", "AZE", "114"),
    ("Армения заморозила участие в ОДКБ.", "ARM", "IGOCSTO", "160"),
    ("США приостановили поставки оружия Украине.", "USA", "UKR", "162"),
    ("Баку передал Еревану пятерых пленных.", "AZE", "ARM", "0841"),
    ("Делегация ХАМАС получила от египетских посредников новое предложение о прекращении огня.", "EGY", "PSE", "0256"),
])
def test_more_constructions(text, src, tgt, code):
    got = _codes(text)
    assert (src, tgt, code) in got, got


def test_threat_governs_launch():
    # a threatened strike is a threat (13), not a strike
    got = _codes("Израиль пригрозил запустить ракеты по Ирану.")
    assert ("ISR", "IRN", "130") in got and not any(c.startswith("19") for _, _, c in got), got


@pytest.mark.parametrize("text, src, tgt, code", [
    # withdrawal of peacekeepers (166) and of troops (0874) from a country
    ("Россия вывела миротворцев из Армении.", "RUS", "ARM", "166"),
    ("Израиль вывел свои войска из Ливана.", "ISR", "LBN", "0874"),
])
def test_withdrawals(text, src, tgt, code):
    got = _codes(text)
    assert (src, tgt, code) in got, got


def test_demanded_withdrawal_is_a_demand_only():
    got = _codes("Киев потребовал от Москвы вывести войска из Молдовы.")
    assert ("UKR", "RUS", "100") in got and not any(c.startswith("08") for _, _, c in got), got


@pytest.mark.parametrize("text, src, tgt", [
    # condolences addressed through the victims' nationality ("в связи с гибелью турецких военных")
    ("Президент Ирана направил соболезнования в связи с гибелью турецких военных.", "IRN", "TUR"),
    ("Лидеры ЕС выразили соболезнования в связи со смертью президента Ирана.", "IGOEU", "IRN"),
])
def test_condolences_for_victims(text, src, tgt):
    assert (src, tgt, "018") in _codes(text)


def test_joint_press_conference_is_a_meeting():
    got = _codes("Президенты Казахстана и Узбекистана провели совместную пресс-конференцию в Ташкенте.")
    assert ("KAZ", "UZB", "040") in got or ("UZB", "KAZ", "040") in got, got


def test_agreeing_to_resume_talks_is_intent_to_meet():
    got = _codes("Лидеры Казахстана и Узбекистана договорились возобновить переговоры.")
    assert ("KAZ", "UZB", "036") in got or ("UZB", "KAZ", "036") in got, got
    assert not any(c.startswith("04") for _, _, c in got), got


@pytest.mark.parametrize("text", [
    "Президент Казахстана разговаривал по телефону с президентом Узбекистана.",
    "Президенты Казахстана и Узбекистана провели переговоры по телефону.",
])
def test_phone_call_variants(text):
    assert any(c == "041" for _, _, c in _codes(text)), _codes(text)


@pytest.mark.parametrize("text, code", [
    # what the appeal asks for decides the code (rule 7): ceasefire/de-escalation 0256, talks 026
    ("Генсек ООН призвал Индию и Пакистан к деэскалации.", "0256"),
    ("Китай призвал Израиль и Иран к перемирию.", "0256"),
    ("Турция призвала Армению и Азербайджан сесть за стол переговоров.", "026"),
    ("Макрон призвал Китай оказать давление на Иран.", "020"),
])
def test_appeal_content(text, code):
    got = _codes(text)
    assert got and all(c == code for _, _, c in got), got


def test_calling_a_side_guilty_is_an_accusation():
    assert ("LTU", "BLR", "112") in _codes("Литва назвала Белоруссию виновной в инциденте на границе.")


def test_blamed_strike_is_not_a_strike_by_the_blamer():
    got = _codes("Молдова возложила ответственность за удар по Кишиневу на Россию.")
    assert ("MDA", "RUS", "112") in got and not any(c.startswith("19") for _, _, c in got), got
