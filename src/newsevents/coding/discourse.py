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
           for k in ("hypothetical", "intent", "scheduled", "speech_verbs", "first_person", "first_person_object",
                     "first_person_possessive", "relative_subject",
                     "third_person", "according_to_after")}
    out["mediated_by"] = {lang: _by_first_word(ps) for lang, ps in data.get("mediated_by", {}).items()}
    out["agent_after"] = {lang: _by_first_word(ps) for lang, ps in data.get("agent_after", {}).items()}
    out["according_to"] = {lang: _by_first_word(ps) for lang, ps in data.get("according_to", {}).items()}
    out["parties"] = {lang: _by_first_word(ps) for lang, ps in data.get("parties", {}).items()}
    out["scheduled_after"] = {lang: tuple(str(w).lower() for w in ws)
                              for lang, ws in data.get("scheduled_after", {}).items()}
    out["not_after"] = {k: set(v) for k, v in data.get("parties_not_after", {}).items()}
    out["not_after_ending"] = data.get("parties_not_after_ending", {})
    out["compound_not_before"] = data.get("compound_not_before", {})
    out["venue"] = {lang: {k: frozenset(str(w).lower() for w in (v or {}).get(k, ()))
                           for k in ("preps", "skip", "suffixes", "sidelines")}
                    for lang, v in data.get("venue", {}).items()}
    out["date_future"] = {lang: tuple(str(w).lower() for w in ws) for lang, ws in data.get("date_future", {}).items()}
    out["date_days_ago"] = {lang: tuple(str(w).lower() for w in ws) for lang, ws in data.get("date_days_ago", {}).items()}
    out["date_numbers"] = {lang: {str(k).lower(): int(v) for k, v in ns.items()}
                           for lang, ns in data.get("date_numbers", {}).items()}
    out["date_this_period"] = {lang: {str(k).lower(): str(v) for k, v in ps.items()}
                               for lang, ps in data.get("date_this_period", {}).items()}
    out["date_past_weekday"] = {lang: frozenset(str(w).lower() for w in ws)
                                for lang, ws in data.get("date_past_weekday", {}).items()}
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


@lru_cache(maxsize=1)
def clauses() -> dict:
    """Clause structure word lists of ``dictionaries/clauses.yml``: {section: {lang: ...}}.

    ``relative_subject``: {lang: {"singular"|"plural"|"any": frozenset of lower-case forms}};
    ``reported_intent``: {lang: {"speech"|"modal"|"between": frozenset}};
    ``relative_any``, ``agent_prep``, ``counterpart_from``, ``counterpart_skip``:
    {lang: frozenset}."""
    from .lexicon import safe_load_limited

    src = Path(str(resources.files("newsevents.coding.dictionaries").joinpath("clauses.yml")))
    data = (safe_load_limited(src.read_text("utf-8"), "clauses.yml") if src.is_file() else None) or {}
    out: dict = {}
    out["relative_subject"] = {lang: {num: frozenset(str(w).lower() for w in ws) for num, ws in d.items()}
                               for lang, d in (data.get("relative_subject") or {}).items()}
    out["relative_any"] = {lang: frozenset(str(w).lower() for w in ws)
                           for lang, ws in (data.get("relative_any") or {}).items()}
    out["counterpart_from"] = {lang: frozenset(str(w).lower() for w in ws)
                               for lang, ws in (data.get("counterpart_from") or {}).items()}
    out["counterpart_skip"] = {lang: frozenset(str(w).lower() for w in ws)
                               for lang, ws in (data.get("counterpart_skip") or {}).items()}
    out["reported_intent"] = {lang: {k: frozenset(str(w).lower() for w in ws) for k, ws in d.items()}
                              for lang, d in (data.get("reported_intent") or {}).items()}
    out["agent_prep"] = {lang: frozenset(str(w).lower() for w in ws)
                         for lang, ws in (data.get("agent_prep") or {}).items()}
    return out
