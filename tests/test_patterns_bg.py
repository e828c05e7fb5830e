"""Targeted checks of the Bulgarian event patterns (verbs_bg.yml) and the heldout sentence gold."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import both_directions

from newsevents.coding.engine import code_article
from newsevents.coding.sentgold import score_file

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "sentences_bg.yml"


def _cc(actor):
    """Country-or-organisation level, as the evaluation compares actors (IGO codes whole)."""
    if not actor:
        return None
    return actor if actor.startswith(("IGO", "NGO")) else actor[:3]


def _events(text: str) -> set[tuple]:
    rows = both_directions(code_article("t", text, "bg", "2025-06-15"))
    return {(_cc(r["source_actor"]), _cc(r["target_actor"]), r["cameo_code"][:2]) for r in rows}


@pytest.mark.parametrize("text, expected", [
    # 01 statements (specific only)
    ("Президентът Румен Радев изрази съболезнования на Турция.", {("BGR", "TUR", "01")}),
    ("Москва отрече да е нанасяла удари по цивилни обекти в Украйна.", {("RUS", "UKR", "01")}),
    # 02 appeals
    ("Европейският съюз призова Грузия да възобнови диалога с опозицията.", {("IGOEU", "GEO", "02")}),
    ("Франция апелира към Азербайджан да освободи задържаните арменци.", {("FRA", "AZE", "02")}),
    # 03 intents
    ("Путин покани Си Дзинпин на посещение в Москва.", {("RUS", "CHN", "03")}),
    ("Пашинян заяви, че Армения е готова да подпише мирния договор с Азербайджан.", {("ARM", "AZE", "03")}),
    # 04 consultations: phone, meeting, visit, talks, mediation
    ("Зеленски разговаря по телефона с Доналд Тръмп.", {("UKR", "USA", "04"), ("USA", "UKR", "04")}),
    ("Канцлерът Фридрих Мерц се срещна с Еманюел Макрон в Берлин.", {("DEU", "FRA", "04"), ("FRA", "DEU", "04")}),
    ("Държавният секретар на САЩ Марко Рубио пристигна на посещение в Анкара.", {("USA", "TUR", "04")}),
    ("Турция посредничи между Русия и Украйна.", {("TUR", "RUS", "04"), ("TUR", "UKR", "04")}),
    # 05 praise, apology, agreements
    ("Зеленски похвали Дания за военната помощ.", {("UKR", "DNK", "05")}),
    ("Турция се извини на Русия за сваления самолет.", {("TUR", "RUS", "05")}),
    ("Украйна и САЩ подписаха споразумението за редкоземните метали.", {("UKR", "USA", "05"), ("USA", "UKR", "05")}),
    # 07 aid, 08 release / ceasefire
    ("Германия изпрати нов пакет военна помощ на Украйна.", {("DEU", "UKR", "07")}),
    ("Русия и Украйна размениха по 390 военнопленници.", {("RUS", "UKR", "08"), ("UKR", "RUS", "08")}),
    ("Индия и Пакистан обявиха прекратяване на огъня.", {("IND", "PAK", "08"), ("PAK", "IND", "08")}),
    # 10-13 verbal conflict
    ("Русия поиска от НАТО гаранции за сигурност.", {("RUS", "IGONATO", "10")}),
    ("Зеленски обвини Русия в умишлени удари по цивилни.", {("UKR", "RUS", "11")}),
    ("Грузия беше критикувана от ОССЕ за провеждането на изборите.", {("IGOOSCE", "GEO", "11")}),
    ("Кремъл отхвърли предложението на Франция за примирие.", {("RUS", "FRA", "12")}),
    ("Русия заплаши Молдова с последствия.", {("RUS", "MDA", "13")}),
    # 15-20 material conflict
    ("Беларус мобилизира резервисти край границата с Полша.", {("BLR", "POL", "15")}),
    ("Европейският съюз наложи нови санкции срещу Русия.", {("IGOEU", "RUS", "16")}),
    ("Молдова изгони трима руски дипломати.", {("MDA", "RUS", "16")}),
    ("Руските власти арестуваха американски журналист.", {("RUS", "USA", "17")}),
    ("Азербайджанските военни отвлякоха арменски цивилни.", {("AZE", "ARM", "18")}),
    ("Израел нанесе удари по ядрени обекти в Иран.", {("ISR", "IRN", "19")}),
    ("Иран изстреля балистични ракети срещу Израел.", {("IRN", "ISR", "19")}),
    # joint accord, noun-told events, naming as criticism, praise of a role
    ("Сърбия и Хърватия са единни, че регионът се нуждае от стабилност.", {("SRB", "HRV", "01")}),
    ("Руската атака с дронове срещу Киев рани петима души.", {("RUS", "UKR", "19")}),
    ("Израел е започнал ракетен обстрел по територията на Ливан.", {("ISR", "LBN", "19")}),
    ("Преговорите между Армения и Азербайджан в Алмати продължиха два дни.", {("ARM", "AZE", "04")}),
    ("Хамас и Израел договориха примирие в Газа.", {("PSE", "ISR", "08"), ("ISR", "PSE", "08")}),
    ("Молдова нарече действията на Русия провокация.", {("MDA", "RUS", "11")}),
    ("Радев изтъкна ролята на Турция за стабилността в региона.", {("BGR", "TUR", "05")}),
    ("Сирийските сили откриха огън по турски военни.", {("SYR", "TUR", "19")}),
    ("Унгария предложи да бъде домакин на преговори между Сърбия и Косово.", {("HUN", "SRB", "03"), ("HUN", "KSV", "03")}),
    ("Гръцкият посланик беше привикан в турското външно министерство.", {("TUR", "GRC", "11")}),
    ("Румънските военни свалиха руски дрон над Черно море.", {("ROU", "RUS", "19")}),
    ("Япония отправи остро предупреждение към Северна Корея.", {("JPN", "PRK", "13")}),
    ("Египет и Етиопия са се съгласили на примирие.", {("EGY", "ETH", "08")}),
    ("Словения е протестирала пред Италия заради инцидента.", {("SVN", "ITA", "11")}),
    ("Молдова е получила нова военна помощ от Франция.", {("FRA", "MDA", "07")}),
    ("Сърбия и Унгария са провели разговори за енергетиката.", {("SRB", "HUN", "04")}),
    ("Украинските сили са поразили руски склад за боеприпаси.", {("UKR", "RUS", "19")}),
    ("Китай призова за деескалация между Етиопия и Еритрея.", {("CHN", "ETH", "02"), ("CHN", "ERI", "02")}),
    ("Външното министерство на Кипър направи демарш пред Турция.", {("CYP", "TUR", "11")}),
    ("Латвия затвори руското консулство в Даугавпилс.", {("LVA", "RUS", "16")}),
    ("Беларус обяви за нежелани двама литовски дипломати.", {("BLR", "LTU", "16")}),
    # reflexive verbs in the perfect/renarrative: the clitics split "се ... V-л" ("се е обадил", "са се срещнали")
    ("Канцлерът на Австрия се е обадил на унгарския премиер.", {("AUT", "HUN", "04")}),
    ("Египет се е извинил на Судан за инцидента.", {("EGY", "SDN", "05")}),
    ("Словакия и Чехия са се обвинили взаимно за провала.", {("SVK", "CZE", "11")}),
    ("Литва се е съгласила с Латвия по въпроса.", {("LTU", "LVA", "01")}),
    # ceasefire told as an agreement on a truce; a plain agreement is a commitment (03)
    ("Судан и Южен Судан са постигнали споразумение за примирие.", {("SDN", "SSD", "08")}),
    ("Гърция и Северна Македония постигнаха споразумение за газовата връзка.", {("GRC", "MKD", "03")}),
    # titles: deputy ministers, feminine definite forms (simplemma mangles "-ката")
    ("Заместник-министърът на външните работи на Полша прие посланика на Израел.", {("POL", "ISR", "04")}),
    ("Премиерката на Дания посети Гренландия.", {("DNK", "GRL", "04"), ("DNK", "DNK", "04")}),
    ("Канцлерката на Австрия се срещна с президента на Словения.", {("AUT", "SVN", "04")}),
    # vows of revenge (13), joint drills (06), peacekeepers (07), extradition (06)
    ("Сирия се закани с отмъщение срещу Турция.", {("SYR", "TUR", "13")}),
    ("Египет и Йордания започнаха съвместни военни учения.", {("EGY", "JOR", "06"), ("JOR", "EGY", "06")}),
    ("Ирландия изпрати миротворци в Сирия.", {("IRL", "SYR", "07")}),
    ("Испания екстрадира двама заподозрени в Мароко.", {("ESP", "MAR", "06")}),
    # l-participles of the perfect (feminine/plural forms simplemma does not unify)
    ("Естония е експулсирала руски дипломат.", {("EST", "RUS", "16")}),
    ("Мароко е анексирало Западна Сахара.", {("MAR", "ESH", "19")}),
    ("Индия е наложила мита на Китай.", {("IND", "CHN", "16")}),
    ("Египет осъди израелските удари в Газа.", {("EGY", "ISR", "11")}),
    ("Етиопия е нарушила примирието с Еритрея.", {("ETH", "ERI", "19")}),
    ("Светият престол призова Армения и Азербайджан към диалог.", {("VAT", "ARM", "02")}),
    ("Премиерът на Хърватия направи първото си посещение в Словения.", {("HRV", "SVN", "04")}),
])
def test_family(text, expected):
    got = _events(text)
    assert got & expected, f"{text!r}: expected one of {expected}, got {got}"


@pytest.mark.parametrize("text", [
    "Абонирайте се за нашия канал в Телеграм.",
    "Русия няма да преговаря с Украйна при тези условия, заяви Песков.",  # negation
    "Досега Армения и Азербайджан не са подписали мирен договор.",  # negated perfect
    "Германия не е изпращала ракети Таурус на Украйна.",
    "Според анализатори Русия може да атакува страна от НАТО до пет години.",  # modal "може да"
    "Президентът заяви, че ситуацията в региона остава сложна.",  # plain statement: no 010
    "Полша очаква нова руска атака срещу Литва.",  # an expected attack is no event
    "Русия ще продължи атаките срещу Украйна.",  # announced, not reported
    "Полша отмени съвместните учения с Литва.",  # cancelled drills
    "Премиерът на Хърватия ще направи посещение в Словения.",  # announced visit
])
def test_no_event(text):
    assert _events(text) == set(), text


@pytest.mark.parametrize("text, bad_root", [
    ("Ердоган призова Путин и Зеленски да се срещнат в Истанбул.", "04"),  # appealed-for meeting
    ("Сърбия отказа да наложи санкции на Русия.", "16"),  # refused, not imposed
    ("Турция призова Израел да спре атаките и да позволи доставката на хуманитарна помощ.", "16"),
    ("Зеленски пристигна в Берлин, за да се срещне с Мерц.", "040"),  # purpose clause
    ("Кремъл обвини Киев в саботиране на мирните преговори.", "04"),  # bare consult noun
    ("Европейският съюз отмени икономическите санкции срещу Сирия.", "16"),  # easing, not imposing
    ("Израел и Иран си размениха ракетни удари.", "08"),  # not a prisoner exchange
    ("Русия и Украйна размениха по 90 пленници с посредничеството на ОАЕ.", "045"),  # the mediator is not a party
    ("Европейската комисия предложи нов пакет санкции срещу Беларус.", "16"),  # proposed, not imposed
    ("Норвегия ще изпрати нови танкове на Украйна.", "07"),  # announced: an intent (03), not the delivery
    ("Латвия осъди руската атака срещу Одеса.", "19"),  # the condemned attack is coded where it is reported
    ("Беларус отрече да е атакувала Литва.", "19"),  # a denied act did not happen
    ("Северна Корея заплаши с удари срещу Южна Корея.", "19"),  # a threatened strike is a threat (13)
    ("Армения обвини Азербайджан, че е нарушил примирието.", "19"),  # an alleged violation is the accusation (11)
    ("Катар е посредничил в преговорите между Египет и Судан.", "046"),  # the mediator is not a negotiating party
    ("Норвегия предложи Осло за място на преговорите между Сърбия и Косово.", "046"),  # offered venue, no talks yet
])
def test_complement_is_not_an_event(text, bad_root):
    rows = code_article("t", text, "bg", "2025-06-15")
    codes = {r["cameo_code"] for r in rows}
    assert not any(c.startswith(bad_root) for c in codes), f"{text!r}: got {codes}"


def test_passive_swaps_roles():
    got = _events("Двама граждани на Украйна бяха задържани от руската полиция.")
    assert ("RUS", "UKR", "17") in got, got


def test_heldout_floor():
    m = score_file(GOLD, split="heldout")
    # measured 0.828 (P 0.878, R 0.783) when the heldout items were first scored
    assert m["overall"]["f1"] >= 0.72, m["overall"]


def test_exchange_of_accusations_is_one_pair():
    rows = code_article("t", "Грузия и Русия си размениха остри обвинения за инцидента.", "bg", "2025-06-15")
    got = sorted((_cc(r["source_actor"]), _cc(r["target_actor"]), r["cameo_code"]) for r in rows)
    assert got == [("GEO", "RUS", "112"), ("RUS", "GEO", "112")], got


def test_local_time_is_no_actor():
    rows = code_article("t", "Русия атакува Украйна в 4 часа българско време.", "bg", "2025-06-15")
    assert {(_cc(r["source_actor"]), _cc(r["target_actor"])) for r in rows} == {("RUS", "UKR")}


@pytest.mark.parametrize("text, expected", [
    ("Сърбия обвини Косово в провокации.", ("SRB", "KSV", "11")),
    ("Министерският съвет отпусна 10 милиона лева на Украйна.", ("BGR", "UKR", "07")),
    ("Делегациите на Армения и Азербайджан проведоха преговори в Алмати.", ("ARM", "AZE", "04")),
    ("Премиерът Росен Желязков проведе телефонен разговор с генералния секретар на НАТО Марк Рюте.",
     ("BGR", "IGONATO", "04")),
    ("Беларус обвини страната ни в шпионаж.", ("BLR", "BGR", "11")),  # "страната ни": the reporter's country
])
def test_actor_forms(text, expected):
    assert expected in _events(text), (text, _events(text))


def test_condemned_attack_victim_is_not_the_target():
    got = _events("Външното министерство на Румъния осъди атаката срещу украинската столица.")
    assert ("ROU", "UKR", "11") not in got, got


def test_invitation_received_points_from_the_inviter():
    rows = code_article("t", "Вучич получи покана от Си Дзинпин да посети Китай.", "bg", "2025-06-15")
    got = {(_cc(r["source_actor"]), _cc(r["target_actor"])) for r in rows}
    assert ("CHN", "SRB") in got and ("SRB", "CHN") not in got, got


def test_city_of_an_undisputed_country_is_its_country():
    got = _events("Руски дронове удариха Одеса през нощта.")
    assert ("RUS", "UKR", "19") in got, got


def test_mutual_accusation_is_one_event_per_direction():
    rows = code_article("t", "Киргизстан и Таджикистан се обвиниха взаимно за престрелката.", "bg", "2025-06-15")
    got = sorted((_cc(r["source_actor"]), _cc(r["target_actor"]), r["cameo_code"]) for r in rows)
    assert got == [("KGZ", "TJK", "112"), ("TJK", "KGZ", "112")], got


def test_accusation_does_not_target_a_place():
    got = _events("Москва обвини Запада за войната в Украйна.")
    assert not any(e[:2] == ("RUS", "UKR") for e in got), got
