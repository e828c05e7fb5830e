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
