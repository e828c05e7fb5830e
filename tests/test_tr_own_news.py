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


def _code(text, published="2024-05-01"):
    import pandas as pd

    from newsevents.coding import engine
    df = engine.code_articles(pd.DataFrame([{"article_id": "t", "text": text, "lang": "tr", "published": published,
                                             "title": None}]))
    return [(r.source_actor, r.target_actor, r.cameo_code, r.event_date) for r in df.itertuples()]


def test_kasim_as_a_given_name_is_no_month():
    got = _code("Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, Özbekistan Cumhurbaşkanı Şevket Mirziyoyev'i kabul etti.")
    assert got and all(d == "2024-05-01" for *_, d in got), got
    assert [d for *_, d in _code("Erdoğan ile Aliyev, Kasım ayında Bakü'de görüşmüştü.")] == ["2023-11"]


def test_denial_answers_the_last_accuser_and_the_two_ministers_are_received():
    got = _code("Moskova, Kişinev'i provokasyon yapmakla suçladı. Moldova Dışişleri Bakanlığı ise iddiaları reddetti.")
    assert ("MDAGOV", "RUS", "016", "2024-05-01") in got or any(s == "MDAGOV" and t and t.startswith("RUS") and c == "016"
                                                                  for s, t, c, _ in got), got
    got = _code("Gürcistan Dışişleri Bakanı ile Ermenistan Dışişleri Bakanı Bakü'de görüştü. Görüşmenin ardından "
                "Azerbaycan Cumhurbaşkanı Aliyev, iki bakanı kabul etti.")
    assert {(s, t, c) for s, t, c, _ in got} >= {("AZEGOV", "GEOGOV", "043"), ("AZEGOV", "ARMGOV", "043")}, got
