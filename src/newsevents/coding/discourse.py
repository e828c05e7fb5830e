"""The discourse word lists of ``dictionaries/discourse.yml``, loaded once for the engine and the actor finder.

Multi-word phrases (parties, mediator phrases) are indexed by their first word for one dict lookup per token;
word sets (modality) are lower-cased; ``compound_not_before`` is lemmatised per language.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path


def _by_first_word(phrases) -> dict:
    """{first word: [phrases as tuples of lower-case words, longest first]}."""
    out: dict = {}
    for ph in sorted({tuple(str(p).lower().split()) for p in phrases}, key=len, reverse=True):
        out.setdefault(ph[0], []).append(ph)
    return out


@lru_cache(maxsize=1)
def rules() -> dict:
    from .lexicon import safe_load_limited

    src = Path(str(resources.files("newsevents.coding.dictionaries").joinpath("discourse.yml")))
    data = (safe_load_limited(src.read_text("utf-8"), "discourse.yml") if src.is_file() else None) or {}
    out = {k: {lang: frozenset(str(w).lower() for w in ws) for lang, ws in data.get(k, {}).items()}
           for k in ("hypothetical", "intent", "scheduled")}
    out["mediated_by"] = {lang: _by_first_word(ps) for lang, ps in data.get("mediated_by", {}).items()}
    out["parties"] = {lang: _by_first_word(ps) for lang, ps in data.get("parties", {}).items()}
    out["scheduled_after"] = {lang: tuple(str(w).lower() for w in ws)
                              for lang, ws in data.get("scheduled_after", {}).items()}
    out["not_after"] = {k: set(v) for k, v in data.get("parties_not_after", {}).items()}
    out["not_after_ending"] = data.get("parties_not_after_ending", {})
    out["compound_not_before"] = data.get("compound_not_before", {})
    for k in ("partitive_subject", "partitive_lead", "number_words", "place_modifiers", "reported_future"):
        out[k] = {lang: frozenset(str(w).lower() for w in ws) for lang, ws in data.get(k, {}).items()}
    out["object_agent_roots"] = frozenset(str(c) for c in data.get("object_agent_roots", []))
    out["object_agent_preps"] = {lang: tuple(str(w).lower() for w in ws)
                                 for lang, ws in data.get("object_agent_preps", {}).items()}
    out["threat_if_intended"] = frozenset(str(c) for c in data.get("threat_if_intended", []))
    out["threat_if_announced"] = frozenset(str(c) for c in data.get("threat_if_announced", []))
    out["home_target_sources"] = frozenset(str(c) for c in data.get("home_target_sources", []))
    out["home_target_gov_roots"] = frozenset(str(c) for c in data.get("home_target_gov_roots", []))
    out["home_target_reverse_roots"] = frozenset(str(c) for c in data.get("home_target_reverse_roots", []))
    out["home_target_reverse_sectors"] = frozenset(str(c) for c in data.get("home_target_reverse_sectors", []))
    out["local_agent_in_place"] = {lang: frozenset(str(w) for w in ws)
                                   for lang, ws in data.get("local_agent_in_place", {}).items()}
    return out


@lru_cache(maxsize=8)
def compound_not_before(lang: str) -> frozenset:
    """Lemmas after which a hyphenated compound of nationalities is a place or a relationship."""
    from .text import lemmatize_phrase

    return frozenset(w for p in rules()["compound_not_before"].get(lang, []) for w in lemmatize_phrase(str(p), lang))
