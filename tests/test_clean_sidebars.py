"""Trailing "read also" blocks of scraped pages (corpus/clean.py): a marker line followed only by headline-like
lines is cut even after a short body; markers in Turkish and the partner/recommendation blocks are known."""

from __future__ import annotations

import pytest

from newsevents.corpus.clean import clean_text

BODY = ("Министры иностранных дел Сербии и Хорватии 12 ноября провели переговоры в Вене.\n"
        "Стороны обсудили вопросы границы.")


@pytest.mark.parametrize("marker", ["Читайте также:", "Новости партнеров", "İlgili haberler", "You may also like",
                                    "Още по темата", "Вас може зацікавити", "Also read:", "Още от категорията",
                                    "Вас також можуть зацікавити новини:", "Прочети още:"])
def test_a_marker_followed_by_headlines_is_cut_after_a_short_body(marker):
    text = f"{BODY}\n{marker}\nВенгрия обвинила Румынию в нарушении договора\nПольша выслала двух дипломатов"
    assert clean_text(text).text == BODY


def test_a_marker_followed_by_body_sentences_keeps_them_after_a_short_body():
    # only the marker line goes: what follows reads as body (full sentences), and little body precedes it
    tail = ("Венгрия обвинила Румынию в нарушении договора о границе, сообщил МИД страны.\n"
            "По данным министерства, румынские пограничники дважды пересекли линию границы без уведомления.")
    text = f"{BODY}\nЧитайте также:\n{tail}"
    assert clean_text(text).text == f"{BODY}\n{tail}"


@pytest.mark.parametrize("prefix", ["RELATED:", "Also read:", "Read next -", "Смотрите также:", "Дивіться також:",
                                    "Вижте още:", "İlgili haber:", "Fotoğraf:", "Watch:", "İlginizi çekebilir:",
                                    "You may also like:", "Вам может быть интересно:", "Вас може зацікавити:",
                                    "Прочети още:", "Виж още:", "Читать также:", "Ключови думи:", "Етикети:",
                                    "Тагове:", "НА ЖИВО:", "Мітки:", "Ключові слова:", "Keywords:",
                                    "Anahtar kelimeler:"])
def test_a_teaser_line_inside_the_body_is_dropped(prefix):
    teaser = f"{prefix} Венгрия обвинила Румынию в нарушении договора"
    text = f"{BODY}\n{teaser}\nПо данным министерства, переговоры продолжатся в декабре в Будапеште."
    assert teaser not in clean_text(text).text
    assert "переговоры продолжатся" in clean_text(text).text


def test_an_inline_related_box_in_the_middle_keeps_the_body_after_it():
    # "İlgili Haberler" + one link headline in the middle of the article: the article goes on after the box
    body = ("Dışişleri Bakanı, Macar mevkidaşı ile Budapeşte'de bir araya geldi ve iki ülke arasındaki enerji "
            "projelerini görüştü. Görüşmede bölgesel gelişmeler de ele alındı.")
    after = ["Bakan, görüşmenin ardından düzenlediği basın toplantısında işbirliğinin artarak süreceğini söyledi.",
             "Macaristan tarafı da ortak projelere destek vereceğini açıkladı ve yeni bir toplantı önerdi."]
    text = "\n".join([body, "İlgili Haberler", "Kars'ta kaşar festivali renkli görüntülere sahne oldu", *after])
    out = clean_text(text).text
    assert "kaşar festivali" not in out and "İlgili Haberler" not in out
    assert out == "\n".join([body, *after])


def test_a_list_of_teasers_after_a_marker_is_still_cut():
    # headline, teaser sentence, headline, teaser sentence: other stories, not the article going on
    body = ("Министры иностранных дел Сербии и Хорватии 12 ноября провели переговоры в Вене, сообщили в МИД Сербии. "
            "Стороны обсудили вопросы границы и возвращения беженцев, а также подготовку визита премьер-министра.")
    teasers = ["Венгрия обвинила Румынию в нарушении договора",
               "МИД Венгрии заявил, что румынские пограничники дважды пересекли линию границы без уведомления.",
               "Польша выслала двух дипломатов",
               "Варшава объявила персонами нон грата двух сотрудников посольства Белоруссии в Варшаве."]
    out = clean_text("\n".join([body, "Читайте также", *teasers])).text
    assert out == body


def test_an_inline_box_followed_by_headed_paragraphs_and_page_noise_keeps_the_paragraphs():
    # an inline box, then a section heading in capitals and two paragraphs, then more of the page (a teaser, a promo
    # line): the paragraphs are the article going on, not part of a trailing block
    first = ("Moldova ve Romanya dışişleri bakanları salı günü Kişinev'de bir araya gelerek enerji işbirliğini "
             "görüştü. Bakanlar ortak bir bildiri yayımladı.")
    after = ["Romanya Dışişleri Bakanı, görüşmenin ardından yaptığı açıklamada Moldova'ya elektrik desteğinin "
             "kış boyunca süreceğini söyledi.",
             "Moldova Başbakanı da çarşamba günü Bükreş'i ziyaret ederek Romanya Başbakanı ile görüşecek; ziyaret "
             "kapsamında iki ülke arasında yeni anlaşmalar imzalanması bekleniyor."]
    text = "\n".join([first, "İLGİLİ HABERLER", "Gürcistan'da seçim sonuçları açıklandı",
                      "Ukrayna'da enerji altyapısına yeni saldırı", "ENERJİDE YENİ DÖNEM", *after,
                      "Sırbistan ile Kosova arasında yeni gerginlik",
                      "Haberlerden anında haberdar olmak için bildirimlere izin verin, uygulamamızı indirin."])
    out = clean_text(text).text
    assert all(p in out for p in after)
    assert "İLGİLİ HABERLER" not in out and "Gürcistan'da seçim" not in out and "Ukrayna'da enerji" not in out


def test_a_box_holding_another_marker_is_still_the_end_of_the_page():
    # "Related articles" + "Editor's choice" + headlines + a teaser paragraph: no article after it
    teaser = ("The foreign ministers of Serbia and Croatia met in Vienna and agreed to set up a joint border "
              "commission, diplomats said after the talks on Tuesday.")
    body = BODY + "\nПо данным министерства, следующий раунд переговоров пройдет в декабре в Будапеште при участии ЕС."
    text = "\n".join([body, "Related articles", "Editor's choice", "News", teaser, teaser.replace("Vienna", "Graz")])
    assert clean_text(text).text == body


@pytest.mark.parametrize("marker", ["Читайте также:", "READ ALSO:", "Прочетете още:", "Читайте також:", "Related:"])
def test_a_teaser_glued_after_a_body_sentence_is_cut(marker):
    # flattened HTML puts the teaser on the body's line: the teaser's sentence goes, the body's stay
    glued = f"Министры обсудили вопросы границы. {marker} Венгрия обвинила Румынию в нарушении договора. Стороны договорились о новой встрече."
    out = clean_text(f"{BODY}\n{glued}").text
    assert "Венгрия обвинила" not in out
    assert "Министры обсудили вопросы границы." in out and "Стороны договорились о новой встрече." in out


def test_a_marker_word_inside_a_sentence_is_no_teaser():
    line = "Он сказал, что в деле есть related: документы, которые еще изучаются экспертами министерства."
    assert "документы" in clean_text(f"{BODY}\n{line}").text
