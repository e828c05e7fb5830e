"""English teaser lines that carry their headline on the marker's own line ("RELATED: ...", "Also read: ...") are
no body (corpus/clean.py _CAPTION_PREFIX)."""

from __future__ import annotations

import pytest

from newsevents.corpus.clean import clean_text

BODY = ("Hungary and Slovakia signed a gas transit agreement in Bratislava on Monday, the two governments said.\n"
        "The deal runs for ten years, officials in Budapest told reporters.")


@pytest.mark.parametrize("marker", ["RELATED:", "Related:", "Also read:", "READ NEXT:"])
def test_a_teaser_line_with_its_headline_is_dropped(marker):
    text = f"{BODY}\n{marker} Poland expels two Belarusian diplomats over border incident\nThe talks went on late."
    out = clean_text(text).text
    assert "Poland" not in out and "Bratislava" in out and "The talks went on late." in out
