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
                                    "Вижте още:", "İlgili haber:", "Fotoğraf:", "Watch:"])
def test_a_teaser_line_inside_the_body_is_dropped(prefix):
    teaser = f"{prefix} Венгрия обвинила Румынию в нарушении договора"
    text = f"{BODY}\n{teaser}\nПо данным министерства, переговоры продолжатся в декабре в Будапеште."
    assert teaser not in clean_text(text).text
    assert "переговоры продолжатся" in clean_text(text).text
