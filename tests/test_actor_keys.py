"""Every word key of the actor index names one country, capital or organisation.

The lemmatisers can cut a name down to another's: the Turkish one reads "Moldovagaz" as "moldova" (Moldova's ministry
was then coded as the gas company), "Bulgargaz" as "bulgar", "Somaliland" as "somali" (Somalia). A key shared by two
such entries of different actors makes the actor depend on the entries' order; people are left out (one person holds
posts in several bodies over time, which the date decides).
"""

import pytest

from newsevents.coding.text import SUPPORTED


@pytest.mark.parametrize("lang", sorted(SUPPORTED))
def test_no_key_names_two_places_or_organisations(lang):
    from newsevents.coding.actors import get_lexicon

    shared = []
    for key, entries in get_lexicon().index.get(lang, {}).items():
        actors = {e.actor for e in entries if e.kind in ("country", "capital", "org") and e.actor}
        if len(actors) > 1:
            shared.append((key, sorted(actors), sorted({e.phrase for e in entries})))
    assert shared == [], shared
