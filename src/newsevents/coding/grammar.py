"""The grammar word lists of ``dictionaries/grammar_<lang>.yml`` (clause boundaries, negation,
prepositions, pronouns...), read once when the engine is imported.

``by_lang(key)`` is ``{lang: set of words}`` for the languages whose file has the key (a language
without it is absent, as in the engine's former constants); ``pooled(key)`` is the union of a
``pooled:`` list over all the languages (the engine checks these words whatever the sentence's
language). The keys and their meaning: ``lexicon.GRAMMAR_KEYS`` / ``lexicon.GRAMMAR_POOLED_KEYS``
and the files' comments. Adding a language: one ``grammar_<lang>.yml`` beside its ``verbs_<lang>.yml``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path


@lru_cache(maxsize=1)
def _files() -> dict[str, dict]:
    from .lexicon import safe_load_limited

    folder = Path(str(resources.files("newsevents.coding.dictionaries")))
    out = {}
    for src in sorted(folder.glob("grammar_*.yml")):
        data = safe_load_limited(src.read_text("utf-8"), src.name) or {}
        out[str(data.get("lang") or src.stem.split("_", 1)[1])] = data
    return out


def _words(ws) -> set:
    return {str(w) for w in ws}


def by_lang(key: str) -> dict[str, set]:
    """{lang: words} of a per-language key."""
    return {lang: _words(data[key]) for lang, data in _files().items() if key in data}


def pooled(key: str) -> set:
    """The union over all languages of a ``pooled:`` key."""
    return set().union(*(_words((data.get("pooled") or {}).get(key, ())) for data in _files().values()))


def subject_pronouns() -> dict[str, tuple[set, set]]:
    """{lang: (singular, plural)} subject pronouns."""
    return {lang: (_words(v.get("singular", ())), _words(v.get("plural", ())))
            for lang, v in by_lang_raw("subject_pronouns").items()}


def by_lang_raw(key: str) -> dict:
    return {lang: data[key] for lang, data in _files().items() if key in data}
