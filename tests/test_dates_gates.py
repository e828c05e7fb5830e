"""dates._find searches a sentence only for the patterns whose words it holds (``_word_gates``): the same hits as
searching it for every pattern, whatever the case of the words and the characters around them."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from newsevents.coding import dates as D

SENTENCES = {
    "en": ["Talks were held on Monday, May 18.", "YESTERDAY the ministers met; TWO DAYS AGO they spoke.",
           "Last week and over the weekend, this month.", "Earlier this week on sunday 3 June 2024 they met.",
           "The day before the vote, on 12-13 March, 2024-03-11 and 11.03.2024.", "In May, since March 2023."],
    "ru": ["В понедельник, 28 июля, стороны встретились.", "ВЧЕРА министры провели переговоры, три дня назад тоже.",
           "На прошлой неделе и в минувшие выходные, в этом месяце.", "Накануне, 5 мая 2024 года, в среду."],
    "uk": ["У п'ятницю, 28 липня, сторони зустрілися.", "Вчора і два дні тому, минулого тижня, цього місяця.",
           "У п’ятницю в листопаді 2023 року."],
    "bg": ["В понеделник, 28 юли, министрите се срещнаха.", "Вчера и преди два дни, миналата седмица, този месец.",
           "Онзи ден през уикенда, 3 март 2024 г."],
    "tr": ["Pazartesi günü, 28 Temmuz'da bakanlar görüştü.", "Dün ve iki gün önce, geçen hafta, bu ay.",
           "Cuma günü 3 Mart 2024 tarihinde görüştüler."],
}
# characters that a case-blind match takes for letters of the phrases while lower-casing differently
ODD = ["İ", "ı", "ſ", "K", "Σ", "ᲀ", "ᲂ", "ᲃ", "ᲄ", "µ", "ß"]


def _variants(s: str, rng: random.Random) -> list[str]:
    out = [s, s.upper(), s.lower(), s.title(), s.swapcase()]
    for _ in range(12):
        chars = list(s)
        for _ in range(3):
            k = rng.randrange(len(chars))
            chars[k] = rng.choice(ODD + [chars[k].upper(), chars[k].lower()])
        out.append("".join(chars))
    for a, b in (("i", "ı"), ("ı", "i"), ("s", "ſ"), ("I", "İ"), ("о", "ᲂ"), ("с", "ᲃ"), ("т", "ᲄ"), ("в", "ᲀ")):
        out += [s.replace(a, b), s.lower().replace(a, b)]
    return out


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_gated_find_is_ungated_find(lang, monkeypatch):
    rng = random.Random(5)
    sents = [v for s in SENTENCES[lang] for v in _variants(s, rng)]
    args = list(itertools.product([dt.date(2024, 6, 7), None], [None, 2024], ["day", "month"]))
    got = [D._find(s, lang, a, y, {}, None, p) for s in sents for a, y, p in args]
    monkeypatch.setattr(D, "_word_gates", lambda lang: None)
    want = [D._find(s, lang, a, y, {}, None, p) for s in sents for a, y, p in args]
    assert got == want
    assert any(got)


def test_gates_hold_a_word_of_every_phrase():
    for lang in SENTENCES:
        gated = D._word_gates(lang)
        assert gated is not None
        gates, void = gated
        assert gates["wd"] and gates["my"] >= {max(D._WORD.findall(m), key=len) for m in D.month_table(lang)}
        for ph in D.WEEKDAYS[lang]:
            assert set(D._WORD.findall(ph)) & gates["wd"]
    assert D._word_gates("tr")[1].search("bir")  # Turkish dotless ı is matched by i: never gated


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_narrowed_find_is_full_find(lang, monkeypatch):
    """The month and weekday patterns narrowed to the names a sentence holds (``_narrowed``) find what the full
    patterns find, with the gates on."""
    rng = random.Random(7)
    extra = {"ru": ["С 1 мая по 3 июня, в мае и в июне, во вторник и в среду."],
             "tr": ["Pazar günü ve pazartesi, 1 Mayıs ile 3 Haziran arasında."],
             "en": ["From May 1 to June 3, on Tuesday and Wednesday, in Sept. and Oct. 2024."]}
    sents = [v for s in SENTENCES[lang] + extra.get(lang, []) for v in _variants(s, rng)]
    args = list(itertools.product([dt.date(2024, 6, 7), None], [None, 2024], ["day", "month"]))
    got = [D._find(s, lang, a, y, {}, None, p) for s in sents for a, y, p in args]
    monkeypatch.setattr(D, "_narrowed", lambda lang, months, weekdays: D._regexes(lang))
    want = [D._find(s, lang, a, y, {}, None, p) for s in sents for a, y, p in args]
    assert got == want
    assert any(got)


def test_narrowed_patterns_hold_only_the_names_given():
    rx = D._narrowed("ru", frozenset({"мая"}), frozenset({"среду"}))
    assert rx["my"].search("5 мая") and not rx["my"].search("5 июня")
    assert rx["wd"].search("в среду") and not rx["wd"].search("во вторник")
    assert rx["rel"] is D._regexes("ru")["rel"]  # the other patterns are the language's own
    held = D._names_held(D._name_words("uk")[1], {"п", "ятницю", "у"})
    assert {"п'ятницю", "п’ятницю"} <= held
