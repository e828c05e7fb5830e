"""Shared test helpers: the coder's rows seen as tuples, and the checks of the pattern case files
(tests/cases/patterns_<lang>.yml, run by tests/test_patterns.py).

A case file::

    lang: ru
    date: "2025-06-15"              # publication date given to the coder (a case may override it)
    sentence_gold:                  # floors on data/gold/sentences_<lang>.yml (sentgold.score_file)
      - {split: heldout, min_f1: 0.60, min_items: 40}
    groups:
      - name: family_examples       # the test id is <lang>-<group>-<nn> (or <lang>-<group> for one case)
        view: root                  # how a coded row is read, see VIEWS
        actors: cc                  # how an actor code is shortened, see ACTORS
        mirror: true                # symmetric acts also listed in the mirrored direction (both_directions)
        cases:
          - {text: "...", includes: [[RUS, TUR, "01"]]}

Every key of a group except ``name`` and ``cases`` is a default of its cases. The checks (CHECKS) compare
the coded rows, read through the case's view, with the expected tuples; ``null`` is a missing actor.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

_MIRROR = {"source": "target", "target": "source"}


def both_directions(rows: list[dict]) -> list[dict]:
    """The coder's mentions with every symmetric act (``is_symmetric``: one row for a meeting, talks, a
    call without initiator...) also listed in the mirrored direction, so that tests written as sets of
    (source, target, code) read the same whichever side the coder wrote first."""
    out = list(rows)
    for r in rows:
        if r.get("is_symmetric"):
            m = dict(r)
            for k in list(r):
                side, _, rest = k.partition("_")
                if side in _MIRROR and rest:
                    m[k] = r[f"{_MIRROR[side]}_{rest}"]
            out.append(m)
    return out


def _cc(actor):
    """Country-or-organisation level, as the evaluation compares actors (IGO/NGO codes whole)."""
    if not actor:
        return None
    return actor if actor.startswith(("IGO", "NGO")) else actor[:3]


ACTORS: dict[str, Callable] = {
    "full": lambda a: a,                       # the whole actor code (UKRGOV, IGONATO)
    "cc": _cc,                                 # country, or the whole IGO/NGO code
    "iso3": lambda a: a[:3] if a else None,    # first three letters (IGONATO -> IGO)
}

VIEWS: dict[str, Callable] = {
    "root": lambda r, a: (a(r["source_actor"]), a(r["target_actor"]), r["cameo_code"][:2]),
    "code": lambda r, a: (a(r["source_actor"]), a(r["target_actor"]), r["cameo_code"]),
    "actors": lambda r, a: (a(r["source_actor"]), a(r["target_actor"])),
    # root and event date: [A, B, "04", "2024-10-23"]
    "dated": lambda r, a: (a(r["source_actor"]), a(r["target_actor"]), r["cameo_code"][:2], str(r["event_date"])),
    # unordered pair: reads the same whether a symmetric act is written once or in both directions
    "pair": lambda r, a: (frozenset((a(r["source_actor"]), a(r["target_actor"]))), r["cameo_code"]),
}


VIEW_LENGTHS = {"root": 3, "code": 3, "actors": 2, "dated": 4}


def expected_tuple(item: list, view: str) -> tuple:
    """An expected item of a case file as the view's tuple ([A, B, code] -> ({A, B}, code) for 'pair'). An item that
    the view can never produce (a wrong length, a full code where the view reads the root) is an error, so that no
    check holds by construction."""
    n = VIEW_LENGTHS.get(view)
    if n is not None and len(item) != n:
        raise ValueError(f"{item}: the view {view!r} reads {n} values")
    if view in ("root", "dated") and len(str(item[2])) != 2:
        raise ValueError(f"{item}: the view {view!r} reads the two-digit CAMEO root")
    if view == "pair":
        *actors, code = item
        return (frozenset(actors), code)
    return tuple(item)


def read_rows(rows: list[dict], view: str, actors: str, mirror: bool) -> list[tuple]:
    a = ACTORS[actors]
    return [VIEWS[view](r, a) for r in (both_directions(rows) if mirror else rows)]


def _tuples(items, view):
    return {expected_tuple(x, view) for x in items}


# Each check gets (expected value from the case file, the coded rows, the rows read through the view as
# a list, the view's name) and returns None when it holds, else a message.
def _equals(exp, rows, got, view):
    return None if set(got) == _tuples(exp, view) else f"expected exactly {_tuples(exp, view)}"


def _includes(exp, rows, got, view):
    missing = _tuples(exp, view) - set(got)
    return None if not missing else f"missing {missing}"


def _any_of(exp, rows, got, view):
    return None if set(got) & _tuples(exp, view) else f"expected one of {_tuples(exp, view)}"


def _excludes(exp, rows, got, view):
    bad = set(got) & _tuples(exp, view)
    return None if not bad else f"should not contain {bad}"


def _rows(exp, rows, got, view):
    want = [expected_tuple(x, view) for x in exp]
    return None if got == want else f"expected the rows {want} in this order"


def _sorted_rows(exp, rows, got, view):
    want = sorted(expected_tuple(x, view) for x in exp)
    return None if sorted(got) == want else f"expected the rows {want} (any order)"


def _codes(rows):
    return {r["cameo_code"] for r in rows}


def _no_code_prefix(exp, rows, got, view):
    prefixes = tuple(str(x) for x in exp) if isinstance(exp, (list, tuple)) else (str(exp),)
    bad = {c for c in _codes(rows) if c.startswith(prefixes)}
    return None if not bad else f"no code {'/'.join(prefixes)}* expected, got {bad}"


def _codes_equal(exp, rows, got, view):
    return None if _codes(rows) == set(exp) else f"expected the codes {set(exp)}"


def _codes_within(exp, rows, got, view):
    return None if _codes(rows) <= set(exp) else f"expected no code outside {set(exp)}"


def _all_codes(exp, rows, got, view):
    return None if rows and _codes(rows) == {exp} else f"expected at least one event, every one coded {exp}"


def _any_code(exp, rows, got, view):
    return None if exp in _codes(rows) else f"expected an event coded {exp}"


def _mediators(exp, rows, got, view):
    med = {r["mediator_actor"] for r in rows if r["is_mediation"]}
    return None if med == set(exp) else f"expected the mediators {set(exp)}, got {med}"


def _mediation_parties(exp, rows, got, view):
    """The mediated rows join the mediator to the parties (source and target together are the parties and the
    mediator), or the parties to each other."""
    med = [r for r in rows if r["is_mediation"]]
    parties, mediator = set(exp["parties"]), exp["mediator"]
    ends = {r["source_actor"] for r in med} | {r["target_actor"] for r in med}
    return None if med and (ends == parties | {mediator} or ends == parties) else \
        f"expected mediated rows between {mediator} and {parties}, got {ends}"


CHECKS: dict[str, Callable] = {
    "equals": _equals,                  # the set of coded tuples is exactly this ([] = no event)
    "includes": _includes,              # every listed tuple is coded
    "any_of": _any_of,                  # at least one listed tuple is coded
    "excludes": _excludes,              # no listed tuple is coded
    "rows": _rows,                      # the coded rows, in order, are exactly these
    "sorted_rows": _sorted_rows,        # the coded rows, in any order, are exactly these (duplicates count)
    "no_code_prefix": _no_code_prefix,  # no coded event whose CAMEO code starts with this
    "codes_equal": _codes_equal,        # the set of coded CAMEO codes is exactly this
    "codes_within": _codes_within,      # every coded CAMEO code is one of these (no event passes)
    "all_codes": _all_codes,            # at least one event, and every one has this code
    "any_code": _any_code,              # some event has this code
    "mediators": _mediators,            # the set of mediators of the mediated rows is exactly this
    "mediation_parties": _mediation_parties,  # {mediator: X, parties: [...]}, see _mediation_parties
}
CASE_KEYS = {"text", "date", "view", "actors", "mirror", "name"} | set(CHECKS)


def code_text(text: str, lang: str, published: str | None, title: str | None = None) -> pd.DataFrame:
    """The coder's mentions of one text: engine.code_articles on a one-article table."""
    from newsevents.coding import engine

    return engine.code_articles(pd.DataFrame([{"article_id": "t", "text": text, "lang": lang,
                                               "published": published, "title": title}]))


def triples(df: pd.DataFrame, digits: int | None = 2) -> set[tuple]:
    """(source, target, CAMEO code cut to ``digits``) of coded rows; an actor's country, else its code."""
    return {(r.source_country or r.source_actor, r.target_country or r.target_actor, r.cameo_code[:digits])
            for r in df.itertuples()}
