"""Actor coverage for the conflicts the coder is used on, in five languages: office holders of Sudan,
DR Congo and Rwanda, Thailand and Cambodia, India and Pakistan, the Gaza talks, Serbia-Kosovo, Moldova and
Armenia-Azerbaijan with their dated roles; organisations named in ru/bg/uk/tr; Bulgarian article forms of
surnames; the inflected forms of a person with several roles keep every role.

Sentences are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.coding.actors import find_units, get_lexicon
from newsevents.coding.text import tokenize


def actors(text: str, lang: str, date: str) -> list[str]:
    return [u.actor for u in find_units(tokenize(text, lang), lang, get_lexicon(), dt.date.fromisoformat(date), text)]


PEOPLE = [
    # Sudan
    ("ru", "Бурхан отверг перемирие.", "2024-03-01", ["SDNMIL"]),
    ("bg", "Ал Бурхан отхвърли примирието.", "2024-03-01", ["SDNMIL"]),
    ("uk", "Дагало відкинув перемир'я.", "2024-03-01", ["SDNREB"]),
    ("tr", "Dagalo ateşkesi reddetti.", "2024-03-01", ["SDNREB"]),
    ("ru", "Хамдок покинул пост.", "2020-05-01", ["SDNGOV"]),
    ("en", "Kamil Idris met envoys.", "2025-07-01", ["SDNGOV"]),
    ("en", "Lamamra met Burhan.", "2024-05-01", ["IGOUNO", "SDNMIL"]),
    # DR Congo, Rwanda and their mediators
    ("en", "Kayikwamba Wagner accused Nduhungirehe.", "2025-03-01", ["CODGOV", "RWAGOV"]),
    ("ru", "Ндухунгирехе обвинил Кигали.", "2025-03-01", ["RWAGOV", "RWAGOV"]),
    ("bg", "Чисекеди и Кагаме разговаряха.", "2025-03-01", ["CODGOV", "RWAGOV"]),
    ("en", "Nangaa said the rebels would stay.", "2025-03-01", ["CODREB"]),
    ("uk", "Лоуренсу запросив сторони.", "2024-08-01", ["AGOGOV"]),
    ("en", "Boulos visited Kinshasa.", "2025-05-01", ["USAGOV", "CODGOV"]),
    # Thailand, Cambodia, Malaysia
    ("en", "Maris Sangiampongsa met Prak Sokhonn.", "2025-07-28", ["THAGOV", "KHMGOV"]),
    ("ru", "Анутин позвонил Хун Манету.", "2025-10-01", ["THAGOV", "KHMGOV"]),
    ("en", "Tea Seiha accused Thai troops.", "2025-07-25", ["KHMMIL", "THAMIL"]),
    ("bg", "Анвар Ибрахим прие Хун Манет.", "2025-07-28", ["MYSGOV", "KHMGOV"]),
    ("en", "Srettha met Hun Manet.", "2024-02-07", ["THAGOV", "KHMGOV"]),
    # India, Pakistan
    ("en", "Bilawal Bhutto Zardari criticised New Delhi.", "2023-05-05", ["PAKGOV", "INDGOV"]),
    ("ru", "Довал поговорил с Исхаком Даром.", "2025-05-10", ["INDGOV", "PAKGOV"]),
    ("en", "Imran Khan accused India.", "2019-02-27", ["PAKGOV", "IND"]),
    # Gaza talks
    ("en", "Majed al-Ansari said Hamas responded.", "2025-08-20", ["QATGOV", "PSEREBHMS"]),
    ("ru", "Хасан Рашад встретился с делегацией ХАМАС.", "2025-10-05", ["EGYSPY", "PSEREBHMS"]),
    ("uk", "Барнеа вилетів до Дохи.", "2024-08-01", ["ISRSPY", "QATGOV"]),
    ("tr", "Abdullah bin Zayed, Fidan ile görüştü.", "2025-05-01", ["AREGOV", "TURGOV"]),
    # Serbia-Kosovo, Moldova, Karabakh
    ("ru", "Лайчак принял Петковича.", "2023-02-27", ["IGOEU", "SRBGOV"]),
    ("en", "Gervalla criticised Belgrade.", "2024-02-01", ["KSVGOV", "SRBGOV"]),
    ("bg", "Серебриан отговори на Тираспол.", "2024-02-01", ["MDAGOV", "MDAREBPMR"]),
    ("ru", "Бако Саакян встретился с сопредседателями.", "2019-05-01", ["ARMREB"]),
]


@pytest.mark.parametrize("lang,text,date,want", PEOPLE)
def test_office_holders(lang, text, date, want):
    assert actors(text, lang, date) == want


def test_roles_by_date():
    # an office held for a time codes nothing outside it
    assert actors("Maris Sangiampongsa spoke.", "en", "2023-01-01") == []
    assert actors("Bilawal Bhutto Zardari spoke.", "en", "2024-06-01") == []


ORGS = [
    ("ru", "Представители ЭКОВАС прибыли на саммит.", "IGOECOWAS"),
    ("bg", "ЕКОВАС осъди преврата.", "IGOECOWAS"),
    ("uk", "Сили швидкого реагування обстріляли місто.", "SDNREBRSF"),
    ("bg", "Силите за бърза подкрепа обстреляха града.", "SDNREBRSF"),
    ("tr", "Hızlı Destek Kuvvetleri şehre saldırdı.", "SDNREBRSF"),
    ("ru", "Повстанцы М23 заняли город.", "CODREBMTT"),
    ("tr", "Körfez İşbirliği Konseyi açıklama yaptı.", "IGOGCC"),
    ("ru", "ЮНИСЕФ предупредил о голоде.", "IGOUNICEF"),
    ("uk", "Світова організація торгівлі ухвалила рішення.", "IGOWTO"),
    ("en", "IGAD called for talks.", "IGOIGAD"),
    ("ru", "АСЕАН направила наблюдателей.", "IGOASEAN"),
]


@pytest.mark.parametrize("lang,text,want", ORGS)
def test_organisations(lang, text, want):
    assert actors(text, lang, "2025-06-01") == [want]


COUNTRIES = [
    ("en", "Congo accused Rwanda.", ["COD", "RWA"]),             # "Congo" in news is DR Congo
    ("en", "The Republic of Congo voted.", ["COG"]),
    ("bg", "Демократична република Конго обвини Руанда.", ["COD", "RWA"]),
    ("tr", "Kongo Demokratik Cumhuriyeti Ruanda'yı suçladı.", ["COD", "RWA"]),
    ("tr", "Sana söylediğimi unutma.", []),                          # a pronoun, not Yemen's capital
]


@pytest.mark.parametrize("lang,text,want", COUNTRIES)
def test_countries(lang, text, want):
    assert actors(text, lang, "2025-06-01") == want


def test_bulgarian_surname_with_article():
    assert actors("Срещата на Зеленския с Макрон", "bg", "2025-01-10") == ["UKRGOV", "FRAGOV"]
    assert actors("Володимир Зеленският заяви", "bg", "2025-01-10") == ["UKRGOV"]


def test_inflected_form_keeps_every_role():
    # Lavrov: UN envoy 1994-2004, foreign minister from 2004; the Ukrainian dative is an inflected form
    assert actors("Лаврові передали ноту.", "uk", "2024-05-01") == ["RUSGOV"]
    assert actors("Лаврові передали ноту.", "uk", "2000-05-01") == ["RUSGOV"]


KARABAKH = [
    # the de-facto Karabakh authorities and forces are ARM.REB (CODING_RULES.md); the place is no actor
    ("ru", "Армия обороны НКР обвинила Баку в обстреле.", "2016-04-03", ["ARMREBNKR", "AZEGOV"]),
    ("ru", "Власти Нагорного Карабаха заявили о потерях.", "2020-10-05", ["ARMREBNKR"]),
    ("en", "Karabakh authorities accused Azerbaijan of shelling.", "2020-10-05", ["ARMREBNKR", "AZE"]),
    ("uk", "Армія оборони НКР повідомила про втрати.", "2016-04-03", ["ARMREBNKR"]),
    ("bg", "Карабахските власти обвиниха Азербайджан.", "2020-10-05", ["ARMREBNKR", "AZE"]),
    ("en", "Russian peacekeepers deployed to Nagorno-Karabakh.", "2020-11-12", ["RUSMIL"]),
    ("ru", "Араик Арутюнян обратился к Путину.", "2020-10-05", ["ARMREB", "RUSGOV"]),
]


@pytest.mark.parametrize("lang,text,date,want", KARABAKH)
def test_karabakh_authorities(lang, text, date, want):
    assert actors(text, lang, date) == want


MORE = [
    ("uk", "Зеленський зустрівся з Мухаммадом бін Заїдом Аль Нагаяном.", "2025-02-17", ["UKRGOV", "AREGOV"]),
    ("tr", "MİT Başkanı görüşmelere katıldı.", "2025-05-16", ["TURSPYMIT"]),
    ("ru", "Израиль нанёс удар по Газе.", "2025-05-16", ["ISR", "PSE"]),
    ("en", "AZAL suspended flights to Russia.", "2025-01-10", ["AZEBUSAZL", "RUS"]),
    ("ru", "АЗАЛ приостановила полёты в Россию.", "2025-01-10", ["AZEBUSAZL", "RUS"]),
]


@pytest.mark.parametrize("lang,text,date,want", MORE)
def test_more_names(lang, text, date, want):
    assert actors(text, lang, date) == want


def test_turkish_gaza_is_a_target():
    from conftest import code_text, triples

    assert ("ISR", "PSE", "19") in triples(code_text("İsrail ordusu Gazze'ye saldırdı.", "tr", "2025-05-16"))


SPOKESPEOPLE = [
    ("en", "Ned Price criticised Moscow.", "2022-05-01", ["USAGOV", "RUSGOV"]),
    ("ru", "Марта Кос встретилась с Вучичем.", "2025-03-01", ["IGOEU", "SRBGOV"]),
    ("en", "Marta Kos met Vucic.", "2023-02-01", ["SRBGOV"]),  # not yet in office
    ("tr", "Dışişleri Sözcüsü Öncü Keçeli açıklama yaptı.", "2024-03-01", ["TURGOV"]),
]


@pytest.mark.parametrize("lang,text,date,want", SPOKESPEOPLE)
def test_spokespeople_and_envoys(lang, text, date, want):
    assert actors(text, lang, date) == want
