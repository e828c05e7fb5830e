"""Language identification (corpus/lang.py): names spelled in their own language ("Vučić", "Đurić") do not make a
Turkish text foreign; Latin-script text of a language the detector does not know is not taken for Turkish."""

from __future__ import annotations

import pytest

from newsevents.corpus import lang

TR = ("Dışişleri Bakanı Hakan Fidan, Sırp mevkidaşı Marko Đurić ile Ankara'da bir araya geldi. Görüşmede iki ülke "
      "arasındaki ticari ilişkiler ele alındı. Fidan, geçen ay Belgrad'ı ziyaret etmiş ve Sırbistan Cumhurbaşkanı "
      "Aleksandar Vučić ile görüşmüştü.")


def test_foreign_names_keep_a_turkish_text_turkish():
    assert lang.detect(TR)[0] == "tr"


@pytest.mark.parametrize("text", [
    "Hallitus päätti tänään, että uusi laki tulee voimaan ensi vuoden alussa. Ministeri kertoi asiasta lehdistölle.",
    "Vláda dnes rozhodla, že nový zákon vstoupí v platnost na začátku příštího roku. Ministr o tom informoval novináře.",
])
def test_unknown_latin_languages_are_not_taken_for_turkish(text):
    assert lang.detect(text)[0] not in ("tr", "az", "en")
