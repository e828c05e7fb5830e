"""Turkish own-news round (2026-12-05): classes found on tests/data/own_news/tr (sentences of our own)."""
from newsevents.corpus.clean import clean_text


def test_turkish_teaser_and_caption_lines_are_dropped():
    body = ("ANKARA (AA) - Dışişleri Bakanı, Gürcistan Dışişleri Bakanı ile Tiflis'te bir araya geldi ve iki ülke "
            "arasındaki ulaştırma projelerini görüştü.\n"
            "Ayrıca okuyun: Rusya, Ukrayna'nın enerji tesislerine yeni saldırı düzenledi\n"
            "İLGİLİ HABER: Çin, Tayvan çevresinde tatbikat başlattı\n"
            "Bakan, görüşmenin ardından ortak basın toplantısında açıklama yaptı ve işbirliğinin süreceğini söyledi.\n"
            "Fotoğraf: Bakü'de düzenlenen forumdan bir kare\n")
    out = clean_text(body).text
    assert "Ayrıca okuyun" not in out and "İLGİLİ HABER" not in out and "Fotoğraf" not in out
    assert "Tiflis'te bir araya geldi" in out and "işbirliğinin süreceğini" in out
