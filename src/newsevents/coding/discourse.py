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


def _load(name: str) -> dict:
    """A YAML file of the dictionaries folder (empty when absent)."""
    from .lexicon import safe_load_limited

    src = Path(str(resources.files("newsevents.coding.dictionaries").joinpath(name)))
    return (safe_load_limited(src.read_text("utf-8"), name) if src.is_file() else None) or {}


def _words(data: dict, key: str, lower: bool = True) -> dict:
    """{lang: frozenset of words} of a section written as {lang: [words]}."""
    return {lang: frozenset(str(w).lower() if lower else str(w) for w in ws)
            for lang, ws in (data.get(key) or {}).items()}


def _ordered(data: dict, key: str) -> dict:
    """{lang: tuple of lower-case words, in the file's order}."""
    return {lang: tuple(str(w).lower() for w in ws) for lang, ws in (data.get(key) or {}).items()}


def _nested_words(data: dict, key: str) -> dict:
    """{lang: {sub-key: frozenset of lower-case words}} of a section written as {lang: {sub-key: [words]}}."""
    return {lang: {k: frozenset(str(w).lower() for w in ws) for k, ws in d.items()}
            for lang, d in (data.get(key) or {}).items()}


def _codes(data: dict, key: str) -> frozenset:
    return frozenset(str(c) for c in data.get(key, []))


@lru_cache(maxsize=1)
def rules() -> dict:
    data = _load("discourse.yml")
    out = {k: _words(data, k) for k in (
        "hypothetical", "intent", "scheduled", "speech_verbs", "first_person", "first_person_object",
        "first_person_possessive", "relative_subject", "third_person", "according_to_after", "date_past_weekday",
        "partitive_subject", "partitive_lead", "number_words", "place_modifiers", "reported_future",
        "force_nouns", "dated_talk_nouns", "period_since", "mediator_nouns", "mediator_origin", "cessation_before", "cessation_after", "visit_nouns",
        "onset_modal", "onset_by", "victim_verbs", "according_to_figures", "separately", "title_modifiers", "street_protest", "embassy_nouns", "crowd_nouns",
        "scheduled_with_infinitive", "decision_words", "infinitive_markers", "mediation_phrase_nouns",
        "mediation_phrase_preps", "judged_owner_preps", "document_content", "hypothetical_after")}
    for k in ("mediated_by", "chaired_by", "agent_after", "according_to", "parties", "upcoming_before", "reciprocal"):
        out[k] = {lang: _by_first_word(ps) for lang, ps in data.get(k, {}).items()}
    for k in ("scheduled_after", "date_future", "date_days_ago", "date_days_later", "object_agent_preps"):
        out[k] = _ordered(data, k)
    out["not_after"] = {k: set(v) for k, v in data.get("parties_not_after", {}).items()}
    out["not_after_ending"] = data.get("parties_not_after_ending", {})
    out["compound_not_before"] = data.get("compound_not_before", {})
    out["venue"] = {lang: {k: frozenset(str(w).lower() for w in (v or {}).get(k, ()))
                           for k in ("preps", "skip", "suffixes", "sidelines")}
                    for lang, v in data.get("venue", {}).items()}
    out["date_numbers"] = {lang: {str(k).lower(): int(v) for k, v in ns.items()}
                           for lang, ns in data.get("date_numbers", {}).items()}
    out["date_deadline"] = {lang: {k: frozenset(str(w).lower() for w in (v or {}).get(k, ())) for k in ("before", "after")}
                            for lang, v in data.get("date_deadline", {}).items()}
    out["date_this_period"] = {lang: {str(k).lower(): str(v) for k, v in ps.items()}
                               for lang, ps in data.get("date_this_period", {}).items()}
    for k in ("ceased_roots", "speech_act_roots", "adjective_agent_roots", "object_agent_roots", "threat_if_intended", "threat_if_announced", "home_target_sources",
              "home_target_gov_roots", "home_target_reverse_roots", "home_target_reverse_sectors"):
        out[k] = _codes(data, k)
    out["local_agent_in_place"] = _words(data, "local_agent_in_place", lower=False)
    # onset_nouns: {lang: {lemma or word form: CAMEO code of the state it names}}
    out["onset_nouns"] = {}
    for code, by_lang in (data.get("onset_nouns") or {}).items():
        for lang, ws in (by_lang or {}).items():
            out["onset_nouns"].setdefault(lang, {}).update({str(w).lower(): str(code) for w in ws})
    out["homonym_places"] = _words(data, "homonym_places", lower=False)
    # home_institutions: {lang: {word or phrase as written: home country code, or "CODE.SECTOR"}}
    out["home_institutions"] = {lang: {str(w): str(c) for c, ws in (by_c or {}).items() for w in ws}
                                for lang, by_c in (data.get("home_institutions") or {}).items()}
    out["homonym_place_context"] = _words(data, "homonym_place_context")
    # the date words of coding/dates.py: {lang: {phrase: number or unit}}, {lang: phrases in the file's order},
    # {lang: regular expression} (alternatives joined)
    for k in ("date_weekdays", "date_relative_days", "date_anaphoric_days", "date_month_extra", "date_last_period"):
        out[k] = {lang: {str(w).lower(): v for w, v in (ps or {}).items()} for lang, ps in (data.get(k) or {}).items()}
    for k in ("date_eve_words", "date_last_year", "date_this_year", "date_range_joiners", "date_today"):
        out[k] = _ordered(data, k)
    out["date_background"] = {lang: tuple(str(r) for r in rs) for lang, rs in (data.get("date_background") or {}).items()}
    for k in ("date_other_event_before", "date_other_event_after", "date_relative_clause", "date_participle",
              "date_past_year"):
        out[k] = {lang: str(r) for lang, r in (data.get(k) or {}).items()}
    return out


@lru_cache(maxsize=8)
def held_places(lang: str) -> dict:
    """{lemma tuple of a place: the state that holds it} (discourse.yml held_places)."""
    from .text import lemmatize_phrase

    out = {}
    for holder, by_lang in (_load("discourse.yml").get("held_places") or {}).items():
        for p in (by_lang or {}).get(lang, ()):
            key = tuple(lemmatize_phrase(str(p), lang))
            if key:
                out[key] = str(holder)
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
    ``relative_any``, ``agent_prep``, ``counterpart_from``, ``counterpart_skip``, ``date_coordinators``:
    {lang: frozenset}."""
    data = _load("clauses.yml")
    out = {k: _words(data, k) for k in ("relative_any", "counterpart_from", "counterpart_skip", "agent_prep",
                                         "date_coordinators", "circumstance_preps", "coordinated_verb_links",
                                         "relation_nouns", "relation_noun_preps", "place_relative",
                                         "circumstance_preps_adjacent", "statement_nouns", "relative_object",
                                         "relative_after_noun")}
    out["relative_subject"] = _nested_words(data, "relative_subject")
    out["reported_intent"] = _nested_words(data, "reported_intent")
    return out
