"""Turkish sentences that open with a dotted or accented capital ("İsrail", "İran", "Şeyh", "Çin", "Özbekistan",
"Ürdün") are sentences of their own: the splitter's capital class lacked Turkish letters, so such a sentence
was glued to the one before it and its actors mixed with that sentence's roles. Sentences are our own."""

from __future__ import annotations

from conftest import code_text

from newsevents.coding.text import sentences


def test_turkish_capitals_start_sentences():
    text = "Katar arabuluculuk yaptı. İsrail tepki gösterdi. Şeyh Tamim konuştu. Çin de açıklama yaptı. Özbekistan sustu."
    assert [s[2] for s in sentences(text, "tr")] == [
        "Katar arabuluculuk yaptı.", "İsrail tepki gösterdi.", "Şeyh Tamim konuştu.", "Çin de açıklama yaptı.",
        "Özbekistan sustu."]


def test_events_keep_their_own_sentence():
    rows = code_text("Katar Başbakanı Hamas heyetiyle görüştü. İsrail ise Katar'ı suçladı.", "tr", "2025-06-01")
    by_code = {r.cameo_code[:2]: r.sentence_index for r in rows.itertuples()}
    assert by_code.get("04") == 0 and by_code.get("11") == 1, rows[["cameo_code", "sentence_index"]]


def test_an_ordinal_dot_ends_no_sentence():
    # Turkish writes ordinals with a dot ("XIV. Leo", "14. Leo"); a year or a word before a dot still ends one
    assert [s[2] for s in sentences("Papa XIV. Leo barış çağrısı yaptı. Bakan geldi.", "tr")] == [
        "Papa XIV. Leo barış çağrısı yaptı.", "Bakan geldi."]
    assert [s[2] for s in sentences("Papa 14. Leo konuştu. Ateşkes 2022 yılında imzalandı. Bakan geldi.", "tr")] == [
        "Papa 14. Leo konuştu.", "Ateşkes 2022 yılında imzalandı.", "Bakan geldi."]


def test_sunday_as_an_adjective_is_a_date():
    import datetime as dt

    from newsevents.coding.dates import find_dates
    hits = find_dates("Papa, pazar günkü duanın ardından konuştu.", "tr", dt.date(2025, 6, 18), None)
    assert [h.value for h in hits] == ["2025-06-15"]
