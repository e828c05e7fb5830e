"""Turkish tokenisation: apostrophe case suffixes are tokens of their own with the case they mark."""

from newsevents.coding.text import tokenize


def test_apostrophe_suffix_split():
    toks = tokenize("Rusya'nın Ukrayna'ya Putin'le Kiev'i Ankara'dan", "tr")
    assert [t.text for t in toks] == ["Rusya", "'nın", "Ukrayna", "'ya", "Putin", "'le", "Kiev", "'i", "Ankara", "'dan"]
    assert [next(iter(t.cases)) for t in toks[::2]] == ["gen", "dat", "com", "acc", "abl"]
    assert toks[0].lemma == "rusya" and toks[1].pos == "SUFFIX"
