"""Trailing "read also" blocks of scraped pages (corpus/clean.py): a marker line followed only by headline-like
lines is cut even after a short body; markers in Turkish and the partner/recommendation blocks are known."""

from __future__ import annotations

import pytest

from newsevents.corpus.clean import clean_text

BODY = ("Министры иностранных дел Сербии и Хорватии 12 ноября провели переговоры в Вене.\n"
        "Стороны обсудили вопросы границы.")


@pytest.mark.parametrize("marker", ["Читайте также:", "Новости партнеров", "İlgili haberler", "You may also like",
                                    "Още по темата", "Вас може зацікавити"])
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
                                    "You may also like:", "Вам может быть интересно:", "Вас може зацікавити:"])
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
