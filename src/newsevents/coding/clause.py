"""What the engine and the per-language role modules share (no module imports the engine for it).

``Pattern`` (a trigger pattern of verbs_<lang>.yml) goes into a role function, ``Ev`` (a coded event)
comes out; the role functions (``engine._roles`` for ru/uk/en/bg, ``roles_tr.roles``; see
``coding/roles.py``) read the negation and modal word lists and the sector rule below.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import grammar as _grammar
from .actors import Unit

NEG = _grammar.by_lang("negation")
# Turkish modals (lemmas, read by roles_tr); the other languages' modality words are in dictionaries/discourse.yml.
MODAL = _grammar.by_lang("modal")


@dataclass
class Pattern:
    pid: str
    lemmas: tuple
    cameo: str
    frame: dict
    mediation: bool
    passive: bool
    requires: tuple
    excludes: tuple
    phone_cameo: str | None
    allow_no_target: bool = False
    written: str = ""  # the trigger phrase as verbs_<lang>.yml writes it, lower case (before lemmatising)
    requires_any: tuple = ()  # at least one of these lemmas in the sentence (``requires``: all of them)


@dataclass
class Ev:
    src: Unit
    tgt: Unit
    code: str
    pat: Pattern
    trig: str
    tpos: int
    conf: float
    mediation: bool = False
    mediator: Unit | None = None
    tchar: int = 0
    sym: bool = False
    implicit: bool = False  # sides taken from the article, not named in the clause: needs a date of its own
    dates_span: tuple | None = None  # (from, to) characters its coordinated dates lie in (engine._gapped_partners)
    co_mediators: tuple = ()  # further mediators of one act ("Qatar and Egypt brokered ..."): whom "the mediators" names


# future tense of a cooperative act is the intent to do it (CAMEO 03x)
FUTURE_INTENT = {"05": "030", "06": "031", "07": "033", "08": "035"}


# Same-country events are kept only between the state and society, courts or parliament
# ("the opposition accused the government", "police detained protesters"); state-to-state pairs
# of one country (GOV/MIL, "Russian troops" after "the Russian president") are usually one actor.
DOMESTIC = {"OPP", "REB", "CVL", "JUD", "LEG", "MED", "BUS", "EDU", "LAB", "REF", "HLH", "IGO", "NGO", "CRM", "REL",
            "AGR", "HRI", "RAD", "HLT"}


def _domestic_ok(a, b) -> bool:
    sa, sb = a.sector, b.sector
    return bool(sa and sb and sa != sb and (sa in DOMESTIC or sb in DOMESTIC))


def last_accuser(src: list, code: str, ctx: dict | None):
    """For a denial (016) that names no accuser ("Y rejected the accusations", "Erivan iddiaları reddetti"): the side
    that last accused the source's country in the article (``ctx["accusers"]``, kept by engine.code_sentence), as a
    target group, or None. For a rejection (12x) that names no one ("Zelenskiy rejected the demand", "Зеленский
    отверг это требование"): the side that last made a demand, an appeal, a proposal or an offer to the source's
    country (``ctx["demanders"]``)."""
    if not ctx or not src[0].country:
        return None
    if code == "016":
        side = (ctx.get("accusers") or {}).get(src[0].country)
    elif code[:2] == "12":
        side = (ctx.get("demanders") or {}).get(src[0].country)
    else:
        return None
    return [side] if side is not None else None


def _short_parens(tokens, k: int) -> int | None:
    """The index of the ")" that closes a short parenthesis opened at ``k`` (at most four words: an acronym or
    a gloss, "the Front for Democracy (FDD)", "Azadliq (Freedom)"), else None."""
    if tokens[k].text != "(":
        return None
    return next((m for m in range(k + 1, min(len(tokens), k + 6)) if tokens[m].text == ")"), None)
