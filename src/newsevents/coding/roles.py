"""Which role rules code a language: a small registry, language -> family -> role function.

Families:
* ``case``: case-marking languages with free word order (ru, uk): ``engine._roles`` with its case rules
  (a subject must be able to be nominative; a pattern's ``frame.target`` names the target's cases).
* ``order``: word-order languages with prepositions (en, bg): ``engine._roles``, roles by position and
  preposition.
* ``suffix``: suffixing SOV languages (tr): ``roles_tr.roles``.

A role function has the contract of ``engine._roles(p, i, j, tokens, groups, lang, bset, lemset, prev_ev,
ctx) -> list[clause.Ev]``. Adding a language: its family (and whether it drops subjects) here, beside its
``dictionaries/verbs_<lang>.yml`` and ``grammar_<lang>.yml``; a new family: its module and a line in FAMILIES.
The functions are named "module:function" and imported on first use, so this module imports nothing of the
coder (the engine imports it; the role modules import ``coding/clause.py``, never the engine).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module

FAMILIES = {
    "case": "newsevents.coding.engine:_roles",
    "order": "newsevents.coding.engine:_roles",
    "suffix": "newsevents.coding.roles_tr:roles",
}
LANGUAGES = {"ru": "case", "uk": "case", "en": "order", "bg": "order", "tr": "suffix"}
DEFAULT_FAMILY = "order"
# the case-marking family, whose subjects and targets the engine's rules read from their grammatical case
CASE_MARKING = frozenset(lang for lang, fam in LANGUAGES.items() if fam == "case")
# languages that drop a subject the previous sentence gave ("Лавров прибыл в Ереван. Провёл переговоры с ...";
# Turkish in roles_tr, "Erdoğan Bakü'ye gitti. Aliyev ile görüştü")
PRO_DROP = {"ru", "uk", "bg", "tr"}


def family(lang: str) -> str:
    """The language's family (``order`` for a language not in the registry)."""
    return LANGUAGES.get(lang, DEFAULT_FAMILY)


@lru_cache(maxsize=8)
def roles_for(lang: str):
    """The role function of the language's family."""
    module, _, name = FAMILIES[family(lang)].partition(":")
    return getattr(import_module(module), name)


# a family may say that a pattern does not apply at a trigger before its roles are read, so that the next pattern
# of the same words is tried ("module:function(p, tokens, i, j) -> bool"; families without one accept every pattern)
PATTERN_FILTERS = {"suffix": "newsevents.coding.roles_tr:pattern_applies"}


def _family_function(table: dict, lang: str):
    """The function ``table`` names ("module:function") for the language's family, or None."""
    ref = table.get(family(lang))
    if ref is None:
        return None
    module, _, name = ref.partition(":")
    return getattr(import_module(module), name)


@lru_cache(maxsize=8)
def pattern_filter(lang: str):
    """The pattern filter of the language's family, or None."""
    return _family_function(PATTERN_FILTERS, lang)


# a family may read the speaker of a reported clause its own way ("module:function(tokens, groups, k, lang,
# speech_verb) -> group or None"; Turkish reports with a nominalised verb before the speech verb: "X, Y'nin ...
# açtığını bildirdi"); the engine's SVO reading is used where the function finds none or a family has none
REPORTING_SUBJECTS = {"suffix": "newsevents.coding.roles_tr:reporting_subject"}


@lru_cache(maxsize=8)
def reporting_subject_for(lang: str):
    """The family's reporting-subject function, or None."""
    return _family_function(REPORTING_SUBJECTS, lang)
