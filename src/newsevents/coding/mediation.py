"""Mediators of events (rule 6 of the annotation rules; docs/CODEBOOK.md, "Mediation").

The engine marks a sentence's events as mediated when a phrase names the third party ("при
посредничестве X", "hosted by X": ``engine._mark_mediator``). Three more sources of the mediator,
applied here:

* the venue: talks, meetings or agreements between two sides held in a third country ("talks between
  A and B in Riyadh", "встреча в столице США", "Malezya'da görüştü") name that country as host and
  mediator, unless the meeting is on the sidelines of a gathering there (discourse.yml ``venue``);
* the article: once an article names the mediator of an encounter between A and B, the other
  cooperative acts between A and B it reports on the same day (the agreement signed, the exchange
  agreed) carry the same mediator when they name none;
* an offer to host or mediate (039) has its source as mediator.

Only the mediator fields change; no event is added or dropped.
"""

from __future__ import annotations

import copy
from functools import lru_cache

from . import discourse as _discourse

# cooperative acts whose venue makes a third country their host: consultations and meetings (04),
# intents and agreements to cooperate (03, 05-08); fighting (19) in a third country is not hosted
HOSTED_ROOTS = {"03", "04", "05", "06", "07", "08"}


def _country(u) -> str | None:
    return (u.org or u.country) if u is not None else None


def venue(tokens, units, lang: str):
    """The unit naming where the sentence's acts take place: a country or capital governed by a
    locative preposition, possibly through words such as "the capital of" ("в столице Франции
    Париже", "in France's capital Paris"), or with a Turkish locative suffix ("Washington'da").
    None when there is none, or when the sentence places the act on the sidelines of a gathering."""
    rules = _discourse.rules()["venue"].get(lang)
    if not rules:
        return None
    low = [t.low for t in tokens]
    if any(w in rules["sidelines"] for w in low):
        return None
    from .actors import get_lexicon, venue_units

    places = sorted([*units, *venue_units(tokens, lang, get_lexicon())], key=lambda u: u.start)
    for u in places:
        if not ({"capital", "country", "venue"} & set(u.kinds)) or "agent" in u.kinds or u.country is None:
            continue
        if rules["suffixes"]:
            nxt = low[u.end] if u.end < len(low) else ""
            if nxt in rules["suffixes"] or any(low[u.end - 1].endswith(s) for s in rules["suffixes"]):
                return u
            continue
        k, steps = u.start - 1, 0
        while k >= 0 and steps < 4:
            if low[k] in rules["preps"]:
                return u
            before = next((p for p in places if p.start <= k < p.end), None)
            if before is not None and before.country == u.country:  # "in France's capital Paris"
                k, steps = before.start - 1, steps + 1
            elif low[k] in rules["skip"]:
                k, steps = k - 1, steps + 1
            else:
                break
    return None


def mark_venue_host(events, tokens, units, lang: str, symmetric=lambda code: False) -> None:
    """Cooperative acts between two sides in a sentence that places them in a third country get that
    country as mediator (the host), when the sentence names no mediator of its own. Acts are
    consultations (04) and the symmetric ones (``symmetric(code)``: agreements, cooperation)."""
    hosted = [e for e in events
              if e.tgt is not None and e.mediator is None and e.code[:2] in HOSTED_ROOTS and e.code != "041"
              and (e.sym or symmetric(e.code) or e.code[:2] == "04")
              and not (e.src.org or e.tgt.org)]
    # a phone call is not hosted where one side happens to be; an organisation meeting a state somewhere
    # is not mediated by the place's country
    if not hosted:
        return
    place = venue(tokens, units, lang)
    if place is None:
        return
    actors = {_country(e.src) for e in events} | {_country(e.tgt) for e in events if e.tgt is not None}
    if place.country in actors:
        return
    for e in hosted:
        e.mediation, e.mediator = True, place


MULTILATERAL = 4  # states taking part in one consultation from which it is a multilateral gathering, not talks


def shape_multiparty(events, symmetric=lambda code: False, separately: bool = False, mediators=frozenset()) -> list:
    """Talks or a meeting among three or more parties told by one trigger ("talks of the delegations
    of A, B and the UN") are the talks of the states with the international organisation(s) among them
    as mediator (rule 6), not one event per pair, when at least two other parties remain. Without an
    organisation every pair stays: a state that hosts a meeting it takes part in ("met colleagues from
    B and C in A's capital") is a party to it, not its mediator. A state in ``mediators`` (the sentence calls it a
    mediator: "Qatari and Egyptian mediators held consultations with both sides"; engine._sentence_mediators) counts as
    an organisation does. ``separately``: the sentence says the consultations were held with each
    party apart ("met separately with A and B"; discourse.yml separately): each stays."""
    by_trigger: dict = {}
    for e in events:
        by_trigger.setdefault(e.tpos, []).append(e)
    out = []
    for evs in by_trigger.values():
        # calls are bilateral: "X held phone calls with A and B" are two calls (rule 3), never one mediated call
        consult = [e for e in evs if e.tgt is not None and e.code[:2] == "04" and e.code != "041"
                   and (e.sym or symmetric(e.code))]
        actors: dict = {}
        for e in consult:
            for u in (e.src, e.tgt):
                actors.setdefault(_country(u), u)
        orgs = [u for u in actors.values() if u.org or _country(u) in mediators]
        hub = set.intersection(*({_country(e.src), _country(e.tgt)} for e in consult)) if consult else set()
        if len(actors) - len(orgs) >= MULTILATERAL and not separately and not hub:
            # (one side's talks with each of a list stay: "Fidan met France, Germany and Britain")
            # a gathering of four or more states ("Xi, Putin, Modi and Erdogan took part in the SCO summit", "the
            # summit brought together the leaders of A, B, C and D") is no talks of each pair: annotators code the
            # bilateral meetings held on its sidelines, told apart, not one per pair of its participants
            ids = {id(c) for c in consult}
            out += [e for e in evs if id(e) not in ids]
            continue
        if len(actors) < 3 or not orgs or len(actors) - len(orgs) < 2:
            out += evs
            continue
        keys = {_country(u) for u in orgs}
        ids = {id(c) for c in consult}
        kept = [e for e in consult if not keys & {_country(e.src), _country(e.tgt)}]
        if not kept and separately:
            out += evs  # "the EU envoy met separately with A and B": two meetings, no meeting of A and B
            continue
        if not kept:
            # the organisation met each party ("X met A and B in Brussels"): one meeting of the parties, X mediating
            parties = [u for u in actors.values() if _country(u) not in keys]
            first = consult[0]
            pe = copy.copy(first)
            pe.src, pe.tgt, pe.sym = parties[0], parties[1], True
            evs = evs + [pe]
            ids.add(id(pe))
        for e in evs:
            if id(e) in ids and keys & {_country(e.src), _country(e.tgt)}:
                continue
            if id(e) in ids and e.mediator is None:
                e.mediation, e.mediator = True, orgs[0]
            out.append(e)
    return out


def fold_mediated_by(events, key) -> list:
    """"A and B, with X's mediation, exchanged prisoners" ("X'in arabuluculuğuyla"): the passive mediation phrase
    (a 045 from X to each party) names the mediator of the act the sentence codes between the parties (rule 6);
    the act takes X as mediator and the 045s go. Without such an act they stay (mediation as such). ``key`` gives
    an actor's side (the engine's organisation-or-country key)."""
    med = [e for e in events if e.code == "045" and e.pat.passive and e.pat.mediation and e.tgt is not None]
    if not med:
        return events
    parties = {key(e.tgt) for e in med}
    named = {e.tgt.actor for e in med}  # (two parties of one country: "Kinshasa and the M23 rebels", by their actors)
    acts = [e for e in events if e.code != "045" and e.tgt is not None and e.src is not None
            and ({key(e.src), key(e.tgt)} <= parties and key(e.src) != key(e.tgt)
                 or {e.src.actor, e.tgt.actor} <= named and e.src.actor != e.tgt.actor)]
    if not acts:
        return events
    for a in acts:
        if a.mediator is None:
            a.mediation, a.mediator = True, med[0].mediator or med[0].src
    return [e for e in events if not any(e is m for m in med)]


def _pair(r: dict) -> frozenset:
    return frozenset((r.get("source_country") or r.get("source_org") or r.get("source_actor") or "",
                      r.get("target_country") or r.get("target_org") or r.get("target_actor") or ""))


def carry_over(rows: list[dict]) -> list[dict]:
    """Article level: a cooperative act between A and B with no mediator takes the mediator the article
    gives another act between A and B on the same day (or either undated), when that mediator is
    unique; an offer to host or mediate (039) has its source as mediator. Rows are changed in place."""
    known: dict = {}
    for r in rows:
        if r.get("mediator_actor") and r.get("target_actor"):
            med = (r["mediator_actor"], r.get("mediator_country"), r.get("mediator_org"))
            known.setdefault(_pair(r), {}).setdefault(r.get("event_date") or "", set()).add(med)
    for r in rows:
        if r.get("mediator_actor") or not r.get("target_actor"):
            continue
        if str(r["cameo_code"]).startswith("039"):
            r.update(is_mediation=True, mediator_actor=r["source_actor"], mediator_country=r.get("source_country"),
                     mediator_org=r.get("source_org"))
            continue
        if str(r["cameo_code"])[:2] not in HOSTED_ROOTS:
            continue
        by_date = known.get(_pair(r))
        if not by_date:
            continue
        day = r.get("event_date") or ""
        meds = set().union(*(m for d, m in by_date.items() if not day or not d or d[:10] == day[:10]))
        if len(meds) == 1:
            actor, country, org = next(iter(meds))
            if country in _pair(r) or org in _pair(r):
                continue
            r.update(is_mediation=True, mediator_actor=actor, mediator_country=country, mediator_org=org)
    return rows


@lru_cache(maxsize=1)
def _conflict_list() -> tuple[tuple[frozenset, int, int | None], ...]:
    """dictionaries/conflicts.yml as ((pair of country codes, first year, last year or None), ...), read once."""
    data = _discourse._load("conflicts.yml") or []
    return tuple((frozenset(str(c) for c in e["sides"]), int(e["since"]), int(e["until"]) if e.get("until") else None)
                 for e in data)


def _conflict(pair: frozenset, date: str | None) -> bool:
    year = int(date[:4]) if date else None
    return any(p == pair and (year is None and last is None or year is not None and first <= year
                              and (last is None or year <= last))
               for p, first, last in _conflict_list())


@lru_cache(maxsize=1)
def conflict_states() -> frozenset:
    """The country codes that are a side of some conflict of conflicts.yml."""
    return frozenset().union(*(p for p, _f, _l in _conflict_list()))


def standing_conflict(pair: frozenset) -> bool:
    """The two country codes are the sides of a conflict of conflicts.yml that has not ended."""
    return _conflict(pair, None)


def conflict_sides(rows: list[dict]) -> list[dict]:
    """Article level (rule 6): a symmetric cooperative act among exactly three states told by one trigger --
    every pair of them coded from it ("a trilateral meeting of the presidents of A, B and C", "A, B and C
    signed ...") -- is the act of the two sides of a standing conflict (dictionaries/conflicts.yml) with
    the third state as its mediator, when exactly one of the three pairs is listed there. The pairs with
    the third state go; the sides' row keeps a mediator it already has. Other three-state acts keep
    every pair (a state that meets two partners is a party, not a mediator)."""
    groups: dict = {}
    for r in rows:
        if r.get("is_symmetric") and r.get("source_country") and r.get("target_country") \
                and not r.get("source_org") and not r.get("target_org") \
                and str(r["cameo_code"])[:2] in HOSTED_ROOTS and r["source_country"] != r["target_country"]:
            groups.setdefault((r["sentence_index"], r["trigger"], str(r["cameo_code"])[:2], r.get("event_date")),
                              []).append(r)
    drop: set = set()
    for grp in groups.values():
        states = {c for r in grp for c in (r["source_country"], r["target_country"])}
        pairs = {frozenset((r["source_country"], r["target_country"])) for r in grp}
        if len(states) != 3 or len(pairs) != 3:
            continue
        sides = [p for p in pairs if _conflict(p, grp[0].get("event_date"))]
        if len(sides) != 1:
            continue
        (third,) = states - sides[0]
        keep = next(r for r in grp if frozenset((r["source_country"], r["target_country"])) == sides[0])
        other = next(r for r in grp if r["source_country"] == third or r["target_country"] == third)
        side = "source" if other["source_country"] == third else "target"
        if not keep.get("mediator_actor"):
            keep.update(is_mediation=True, mediator_actor=other[f"{side}_actor"], mediator_country=third,
                        mediator_org=None)
        drop |= {id(r) for r in grp if r is not keep}
    return [r for r in rows if id(r) not in drop] if drop else rows
