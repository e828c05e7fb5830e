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
