"""Actor coverage as a class: every country's name forms in every case, gender and number, in ru, bg,
uk and tr; Turkish suffixed nationality words and phrase boundaries; people and institutions.

Own sentences only (issue #13 item 3). The older checks are in test_actors_coverage.py.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.coding.actors import find_units, get_lexicon
from newsevents.coding.text import _morph, tokenize


def actors(text: str, lang: str, date: str | None = "2024-06-01") -> list[str]:
    d = dt.date.fromisoformat(date) if date else None
    return [u.actor for u in find_units(tokenize(text, lang), lang, get_lexicon(), d, text)]


# --------------------------------------------------------------------------- every case form, ru/uk
# (country, adjective lemma, demonym plural, capital) for countries well beyond the post-Soviet ones
RU = [
    ("KEN", "кенийский", "кенийцы", "Найроби"), ("MEX", "мексиканский", "мексиканцы", "Мехико"),
    ("BRA", "бразильский", "бразильцы", None), ("NGA", "нигерийский", "нигерийцы", "Абуджа"),
    ("VEN", "венесуэльский", "венесуэльцы", "Каракас"), ("CUB", "кубинский", "кубинцы", "Гавана"),
    ("ETH", "эфиопский", "эфиопы", "Аддис-Абеба"), ("SDN", "суданский", "суданцы", "Хартум"),
    ("PHL", "филиппинский", "филиппинцы", "Манила"), ("THA", "таиландский", "таиландцы", "Бангкок"),
    ("KHM", "камбоджийский", "камбоджийцы", "Пномпень"), ("MNE", "черногорский", "черногорцы", "Подгорица"),
    ("HRV", "хорватский", "хорваты", "Загреб"), ("ALB", "албанский", "албанцы", "Тирана"),
    ("BIH", "боснийский", "боснийцы", None), ("TWN", "тайваньский", "тайваньцы", None),
    ("UGA", "угандийский", "угандийцы", "Кампала"), ("MAR", "марокканский", "марокканцы", "Рабат"),
]
UK = [
    ("KEN", "кенійський", "кенійці", "Найробі"), ("MEX", "мексиканський", "мексиканці", "Мехіко"),
    ("BRA", "бразильський", "бразильці", None), ("VEN", "венесуельський", "венесуельці", "Каракас"),
    ("CUB", "кубинський", "кубинці", "Гавана"), ("SDN", "суданський", "суданці", "Хартум"),
    ("PHL", "філіппінський", "філіппінці", "Маніла"), ("THA", "таїландський", "таїландці", "Бангкок"),
    ("HRV", "хорватський", "хорвати", "Загреб"), ("ALB", "албанський", "албанці", None),
    ("MNE", "чорногорський", None, "Подгориця"), ("TWN", "тайванський", "тайванці", None),
    ("ETH", "ефіопський", "ефіопи", None), ("NGA", "нігерійський", "нігерійці", "Абуджа"),
]


def _lexeme(word: str, lang: str) -> list[str]:
    p = next(p for p in _morph(lang).parse(word) if p.normal_form == word)
    return sorted({f.word for f in p.lexeme if "voct" not in f.tag})


@pytest.mark.parametrize("lang,row", [("ru", r) for r in RU] + [("uk", r) for r in UK], ids=lambda x: str(x)[:20])
def test_every_form_of_adjective_demonym_capital(lang, row):
    code, adj, dem, cap = row
    for form in _lexeme(adj, lang):
        assert code in {a[:3] for a in actors(form, lang)}, (lang, form)
    if dem:
        for form in _lexeme(_morph(lang).parse(dem)[0].normal_form, lang):
            assert code in {a[:3] for a in actors(form, lang)}, (lang, form)
    if cap:
        for form in _lexeme(cap.lower(), lang):
            form = form[:1].upper() + form[1:]
            assert code + "GOV" in actors(form, lang), (lang, form)


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Кенийская полиция задержала демонстрантов.", ["KENCOP"]),
    ("ru", "Власти Хорватии осудили сербских националистов.", ["HRVGOV", "SRB"]),
    ("ru", "Мексиканские военные вошли в город.", ["MEXMIL"]),
    ("ru", "Встреча прошла в Кампале.", ["UGAGOV"]),
    ("uk", "Кенійська поліція затримала протестувальників.", ["KENCOP"]),
    ("uk", "Венесуельські військові перекрили кордон.", ["VENMIL"]),
])
def test_sentences_ru_uk(lang, text, expected):
    assert actors(text, lang) == expected


# --------------------------------------------------------------------------- bg article forms
BG = [("KEN", "кенийски", "кенийци"), ("CHL", "чилийски", "чилийци"), ("CUB", "кубински", "кубинци"),
      ("MEX", "мексикански", "мексиканци"), ("NGA", "нигерийски", "нигерийци"), ("BRA", "бразилски", "бразилци"),
      ("VEN", "венецуелски", "венецуелци"), ("HRV", "хърватски", "хървати"), ("ALB", "албански", "албанци"),
      ("THA", "тайландски", "тайландци"), ("PHL", "филипински", "филипинци"), ("ETH", "етиопски", "етиопци")]


@pytest.mark.parametrize("code,adj,dem", BG)
def test_bg_adjective_and_demonym_forms(code, adj, dem):
    stem = adj[:-1]
    for end in ("и", "а", "ата", "о", "ото", "ите", "ия", "ият"):
        assert code in {a[:3] for a in actors(stem + end, "bg")}, stem + end
    for form in (dem, dem + "те"):
        assert code in {a[:3] for a in actors(form, "bg")}, form


@pytest.mark.parametrize("text,expected", [
    ("Чилийските власти арестуваха лидера.", ["CHLGOV"]),
    ("Кубинското външно министерство протестира.", ["CUBGOV"]),
    ("Мексиканската армия влезе в града.", ["MEXMIL"]),
])
def test_sentences_bg(text, expected):
    assert actors(text, "bg") == expected


# --------------------------------------------------------------------------- Turkish
@pytest.mark.parametrize("text,expected", [
    # suffixes after a nationality word without an apostrophe
    ("Kenyalıların tepkisi sert oldu.", ["KEN"]),
    ("Ermenilere yardım gönderildi.", ["ARM"]),
    ("Türklerin çoğu karşı çıktı.", ["TUR"]),
    ("Kübalı diplomatlar sınır dışı edildi.", ["CUBGOV"]),
    ("Meksikalı yetkililer açıklama yaptı.", ["MEXGOV"]),
    # a Turkish phrase ends in its head noun: the next country begins a new phrase
    ("Ukraynalı askerler Rus ordusuna saldırdı.", ["UKRMIL", "RUSMIL"]),
    ("İsrail ordusu Lübnan'da operasyon başlattı.", ["ISRMIL", "LBN"]),
    # the -li suffix after an apostrophe joins the country to its head noun
    ("ABD'li yetkililer açıklama yaptı.", ["USAGOV"]),
    # a nationality adjective needs its capital: "çek" (pull) is no Czech
    ("Askerler geri çekildi ve çek imzalandı.", []),
])
def test_turkish(text, expected):
    assert actors(text, "tr") == expected


# --------------------------------------------------------------------------- the class, as data
MAJOR = ["AFG", "ALB", "ARG", "AUS", "BGD", "BIH", "BRA", "CHL", "COD", "COL", "CUB", "DZA", "ETH", "HRV",
         "IDN", "IRL", "KEN", "KHM", "KWT", "MAR", "MEX", "MNE", "MYS", "NGA", "PER", "PHL", "PRT", "SDN",
         "SOM", "THA", "TUN", "TWN", "VEN", "VNM", "ZAF"]


@pytest.mark.parametrize("code", MAJOR)
def test_major_countries_have_adjectives_and_demonyms_in_every_language(code):
    from newsevents.coding.lexicon import load_dictionaries

    kinds = {}
    for e in load_dictionaries().actors:
        if e.country == code:
            kinds.setdefault(e.lang, set()).add(e.kind)
    for lang in ("ru", "bg", "uk", "tr", "en"):
        assert "adjective" in kinds.get(lang, ()), (code, lang)


# --------------------------------------------------------------------------- people, dated roles
@pytest.mark.parametrize("lang,text,date,expected", [
    ("ru", "Вучич и Дачич встретились с Брнабич.", "2019-05-01", ["SRBGOV", "SRBGOV", "SRBGOV"]),
    ("ru", "Лавров провёл переговоры с Дачичем.", "2023-03-01", ["RUSGOV", "SRBGOV"]),
    ("uk", "Зеленський зустрівся з Крістерссоном.", "2024-03-01", ["UKRGOV", "SWEGOV"]),
    ("ru", "Рамафоса позвонил Луле.", "2024-03-01", ["ZAFGOV", "BRAGOV"]),
    ("bg", "Мадуро обвини Милей.", "2024-03-01", ["VENGOV", "ARGGOV"]),
    ("tr", "Davutoğlu Lavrov ile görüştü.", "2015-03-01", ["TURGOV", "RUSGOV"]),
    ("en", "Ishiba met Lee Jae-myung.", "2025-06-20", ["JPNGOV", "KORGOV"]),
    ("en", "Christodoulides called Tajani.", "2024-03-01", ["CYPGOV", "ITAGOV"]),
    ("ru", "Полторак встретился с Мэттисом и Климкиным.", "2017-06-01", ["UKRMIL", "USAMIL", "UKRGOV"]),
    ("uk", "Пристайко і Загороднюк прибули до Вашингтона.", "2019-10-01", ["UKRGOV", "UKRMIL", "USAGOV"]),
    ("tr", "Canikli, Mattis ile görüştü.", "2017-10-01", ["TURMIL", "USAMIL"]),
    ("ru", "Либерман раскритиковал Нетаньяху.", "2017-10-01", ["ISRMIL", "ISRGOV"]),
    ("bg", "Налбандян разговаря с Фабиус.", "2015-06-01", ["ARMGOV", "FRAGOV"]),
    # outside the term: no government actor
    ("tr", "Davutoğlu Lavrov ile görüştü.", "2024-03-01", ["RUSGOV"]),
    ("ru", "Шейбани прибыл в Анкару.", "2024-03-01", ["TURGOV"]),
    ("ru", "Шейбани прибыл в Анкару.", "2025-03-01", ["SYRGOV", "TURGOV"]),
    ("en", "Kishida spoke to reporters.", "2019-03-01", []),
    ("ru", "Либерман раскритиковал Нетаньяху.", "2020-01-10", ["ISRGOV"]),
    # a short form that is another word or person is not listed: Milli Majlis, Khatami
    ("ru", "Милли Меджлис одобрил закон.", "2018-01-10", ["AZELEGMM"]),
    ("ru", "Хатами выступил с речью.", "2019-01-10", []),
])
def test_people_dated(lang, text, date, expected):
    assert actors(text, lang, date) == expected


@pytest.mark.parametrize("text,date,expected", [
    # Latin-script names without Turkish aliases are written as in English
    ("Rishi Sunak ve Boris Johnson açıklama yaptı.", "2022-07-01", ["GBRGOV", "GBRGOV"]),  # (Sunak chancellor then)
    ("Sunak açıklama yaptı.", "2023-11-19", ["GBRGOV"]),
    ("Sunak açıklama yaptı.", "2025-03-01", []),
])
def test_turkish_latin_names(text, date, expected):
    assert actors(text, "tr", date) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The IDF said it hit Hezbollah positions.", ["ISRMILIDF", "LBNREBHEZ"]),
    ("bg", "ЦАХАЛ нанесе удар по Хизбула.", ["ISRMILIDF", "LBNREBHEZ"]),
    ("bg", "Израелските отбранителни сили съобщиха за удар.", ["ISRMILIDF"]),
    ("bg", "Срещата на ОДКБ се проведе в Минск.", ["IGOCSTO", "BLRGOV"]),
    ("tr", "İsrail Savunma Kuvvetleri açıklama yaptı.", ["ISRMILIDF"]),
    ("uk", "Хезбола обстріляла північ Ізраїлю.", ["LBNREBHEZ", "ISR"]),
])
def test_institutions(lang, text, expected):
    assert actors(text, lang) == expected


# --------------------------------------------------------------------------- through the whole coder
@pytest.mark.parametrize("lang,text,expected", [
    ("tr", "Ukraynalı askerler Rus ordusuna saldırdı.", ("190", "UKRMIL", "RUSMIL")),
    ("tr", "Kübalı diplomatlar Meksikalı yetkililerle görüştü.", ("040", "CUBGOV", "MEXGOV")),
    ("tr", "ABD'li yetkililer Rus diplomatlarla görüştü.", ("040", "USAGOV", "RUSGOV")),
    ("bg", "Чилийските власти осъдиха перуанските военни.", ("111", "CHLGOV", "PERMIL")),
])
def test_coded_events(lang, text, expected):
    import pandas as pd

    from newsevents.coding import engine

    df = engine.code_articles(pd.DataFrame([{"article_id": "x", "text": text, "lang": lang,
                                             "published": "2024-05-01", "title": None}]))
    got = {(r.cameo_code[:len(expected[0])], r.source_actor, r.target_actor) for r in df.itertuples()}
    assert expected in got, got


def test_turkish_capital_with_case_suffix_after_a_head_noun_is_its_own_phrase():
    text = "Heyetin üyeleri ve dışişleri bakanları Moskova'ya gitti."
    units = find_units(tokenize(text, "tr"), "tr", get_lexicon(), dt.date(2024, 6, 1), text)
    assert [(u.text, u.actor) for u in units] == [("Moskova", "RUSGOV")]


@pytest.mark.parametrize("lang,text", [
    # case forms of a name that lemmatise to a common word add nothing, even with a capital
    ("uk", "Тиран не пройде."),
    ("uk", "Байрам почався."),
    ("uk", "Куб стояв на столі."),
    ("ru", "Умерла известная актриса."),
    ("ru", "Стереть данные не удалось."),
])
def test_case_forms_do_not_claim_common_words(lang, text):
    assert actors(text, lang) == []


@pytest.mark.parametrize("text,expected", [
    # the US state is no country
    ("Police in Savannah, Georgia, arrested two men.", []),
    ("The governor of Georgia signed the bill.", []),
    ("Georgia Republicans backed the senator.", []),
    # the country stays
    ("Georgia's foreign ministry summoned the Russian ambassador.", ["GEOGOV", "RUSGOV"]),
    ("Russia and Georgia resumed flights.", ["RUS", "GEO"]),
    ("Georgia's democratic future was discussed.", ["GEO"]),
])
def test_georgia_the_us_state(text, expected):
    assert actors(text, "en") == expected


@pytest.mark.parametrize("lang,text,expected", [
    # the unrecognised Transnistrian authorities are MDA REB; the region's name alone is a place
    ("ru", "Тирасполь обвинил Кишинев в провокации.", ["MDAREBPMR", "MDAGOV"]),
    ("ru", "Приднестровские власти закрыли границу.", ["MDAREBPMR"]),
    ("uk", "Тирасполь звинуватив Кишинів.", ["MDAREBPMR", "MDAGOV"]),
    ("en", "Tiraspol accused Chisinau of a provocation.", ["MDAREBPMR", "MDAGOV"]),
    ("ru", "Погода в Приднестровье улучшилась.", []),
])
def test_transnistria(lang, text, expected):
    assert actors(text, lang) == expected


@pytest.mark.parametrize("text,date,expected", [
    # Turkish spellings of post-Soviet and Iranian names
    ("Zalujni, Sırskiy ile görüştü.", "2023-06-01", ["UKRMIL", "UKRMIL"]),
    ("Ruhani ve Cevad Zarif açıklama yaptı.", "2016-06-01", ["IRNGOV", "IRNGOV"]),
    ("Memmedyarov ile Nalbandyan görüştü.", "2016-06-01", ["AZEGOV", "ARMGOV"]),
    ("Narışkin ve Kadirov açıklama yaptı.", "2024-06-01", ["RUSSPY", "RUSGOV"]),
])
def test_turkish_spellings(text, date, expected):
    assert actors(text, "tr", date) == expected


@pytest.mark.parametrize("lang,text,expected", [
    # hyphenated compounds of the newly covered adjectives name both parties
    ("ru", "Кубино-венесуэльские переговоры продолжились.", {"CUB", "VEN"}),
    ("ru", "Сербско-хорватские переговоры сорвались.", {"SRB", "HRV"}),
    ("bg", "Сръбско-хърватските преговори се провалиха.", {"SRB", "HRV"}),
    ("uk", "Сербсько-хорватські переговори зірвалися.", {"SRB", "HRV"}),
])
def test_compounds_of_new_adjectives(lang, text, expected):
    assert set(actors(text, lang)) == expected


def test_person_of_a_national_institution_keeps_the_country():
    """A role in a national institution of organisations.yml (CYPREBTRN, PSEREBHMS) codes as that country and sector,
    as the institution's own names do: Tatar is CYP REB (country CYP), not an organisation without a country."""
    text = "Татар отхвърли идеята."
    units = find_units(tokenize(text, "bg"), "bg", get_lexicon(), dt.date(2025, 3, 18), text)
    tatar = next(u for u in units if u.actor == "CYPREBTRN")
    assert (tatar.country, tatar.sector, tatar.org) == ("CYP", "REB", None)
