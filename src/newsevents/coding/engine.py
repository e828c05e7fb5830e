"""Shallow multilingual CAMEO event coder (no parser).

Per sentence: tokens + lemmas (+ Russian case) -> actor units/groups (``actors.py``) ->
trigger patterns from ``dictionaries/verbs_{lang}.yml`` -> roles -> date -> mention rows.

Roles.
* Source: the nearest coordinated actor group left of the trigger inside its clause (clause
  boundaries: что/чтобы/который, that/which/who, че/който/която, ; : ( and quotes); Russian
  requires a nominative-capable head and, failing that, accepts a nominative group right after
  the trigger (inversion). Groups right after a preposition are never subjects.
* Target: the first group right of the trigger in the clause that satisfies the frame: Russian
  case of its head word (``target: [datv]``) and/or a preceding preposition (``prep``);
  ``with: true`` takes "с X" / "with X" / "с X" (bg) and codes both directions. For bg/en the
  target is the first group right of the trigger not introduced by another preposition.
  English "was X-ed by Y" and bg "се X-ва от Y" swap source and target.
* Coordinated subjects ("Путин и Эрдоган обсудили") of a ``symmetric`` pattern without a
  target code all ordered pairs.
* Reported speech needs no rule: "said/заявил" are not triggers, and the clause boundary at
  "что/that/че" makes the embedded clause's actors the roles of the embedded trigger.
* Mediation (``mediation: true``: invite/host/mediate) with two or more target parties: one
  mention per party, CAMEO 045, source = mediator, target = party, is_mediation True and the
  mediator_* fields = source. With one party the pattern's own code is used (no mediation).
Negation ("не", "not", "без", "воздержаться", "refrain", "fail to"...) within 3 tokens before
the trigger drops the event. Modality (может/намерен/готов/планировать, may/could/plan/intend/
ready/will, може/ще/готвят) before a consult (04x) trigger recodes it to 036.
Dates: see ``coding.dates.event_date``. Headline repeated as first body line is skipped.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import hashlib
import os
import re
import warnings
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd

from .. import __version__, schema
from . import dates as D
from . import discourse as _discourse
from . import grammar as _grammar
from . import mediation as _mediation
from . import quotes as _quotes
from . import roles as _role_registry
from .actors import (
    COORD,
    LOCATIVE_TR,
    NoEarlierThan,
    Unit,
    bare_agents,
    find_units,
    get_lexicon,
    visited_venue,
)
from .clause import DOMESTIC, FUTURE_INTENT, NEG, Ev, Pattern, _domestic_ok, _short_parens, last_accuser
from .lexicon import CASES
from .text import (
    SUPPORTED,
    dateline,
    lemma_info,
    lemmatize_phrase,
    sentences,
    tokenize,
    tr_lower,
)

ENGINE_VERSION = "shallow-0.4"
# Source-only events (target null) from patterns marked `allow_no_target` (protests, force posture,
# arrests, "X rejected the proposal"). Off by default: the project's gold, like most event gold
# standards, codes only events with a named target, and on the sentence gold these events were all
# false positives (English heldout precision 0.70 with them, 0.85 without, same recall). Set the
# environment variable NEWSEVENTS_SOURCE_ONLY=1 (or `newsevents code --source-only-events`) to keep
# them; the coder version then says so, so cached chunks are not mixed.
SOURCE_ONLY = os.environ.get("NEWSEVENTS_SOURCE_ONLY", "") not in ("", "0")
# Code source-only events for every pattern (not only those marked allow_no_target); for experiments.
ALLOW_NO_TARGET = False
CODER_VERSION = f"{__version__}+{ENGINE_VERSION}" + ("+source-only" if SOURCE_ONLY else "")

# Word lists of the languages' grammar: dictionaries/grammar_<lang>.yml (coding/grammar.py), in the
# dictionary hash. Per language: {lang: words}; pooled: one set checked whatever the sentence's language.
BOUNDARY = _grammar.by_lang("clause_boundaries")
# NEG and the Turkish MODAL: coding/clause.py (shared with roles_tr)
WITH = _grammar.by_lang("with_prepositions")
PREPS = _grammar.by_lang("prepositions")
LOC_PREPS = _grammar.by_lang("place_prepositions")
RELBLOCK = _grammar.pooled("relative_words")
DATE_COORD = _discourse.clauses()["date_coordinators"]  # conjunctions joining two dates of one act
ANAPHORA_REACH = 4  # sentences back that "hours later" / "the next day" may look for the day it counts from
PURPOSE = _grammar.by_lang("purpose_prepositions")
PURPOSE_SKIP = _grammar.by_lang("purpose_skip")  # words between a purpose preposition and its talks noun
PURPOSE_TOPICS = _grammar.by_lang("purpose_preposition_topics")
DETERMINERS = _grammar.pooled("determiners")
PHONE = _grammar.pooled("phone_words")
# the case-marking languages (ru, uk), from the role registry (coding/roles.py)
CASE_MARKING = _role_registry.CASE_MARKING
# Bulgarian passive participles lemmatise as their verb ("атакувани" = "атакува"): endings that no finite
# form a pattern lists has (grammar_bg.yml `passive_participle_endings`)
PASSIVE_ENDINGS = {lang: tuple(sorted(ws)) for lang, ws in _grammar.by_lang("passive_participle_endings").items()}


@lru_cache(maxsize=8)
def load_patterns(lang: str) -> dict[tuple, list[Pattern]]:
    """The language's lemmatised patterns (from the on-disk cache when verbs_<lang>.yml is unchanged)."""
    from .cache import cached

    src = Path(str(resources.files("newsevents.coding.dictionaries").joinpath(f"verbs_{lang}.yml")))
    if not src.is_file():
        return {}
    return cached(f"patterns-{lang}", [src], lambda: _build_patterns(src.read_text("utf-8"), lang))


@lru_cache(maxsize=8)
def _one_word_triggers(lang: str) -> frozenset:
    """The one-word trigger phrases verbs_<lang>.yml lists as written (lower case): forms an author
    listed on purpose ("покани", "размени") are never taken for a participle by their ending."""
    return frozenset(p.written for ps in load_patterns(lang).values() for p in ps
                     if p.written and len(p.written.split()) == 1)


def _build_patterns(txt: str, lang: str) -> dict[tuple, list[Pattern]]:
    from .lexicon import safe_load_limited

    data = safe_load_limited(txt, f"verbs_{lang}.yml") or {}
    out: dict[tuple, list[Pattern]] = {}
    for p in data.get("patterns", []):
        for phr in p["lemmas"]:
            key = lemmatize_phrase(str(phr), lang)
            if not key:
                continue
            pat = Pattern(
                f"verbs_{lang}:{p['id']}", key, str(p["cameo"]), p.get("frame") or {},
                bool(p.get("mediation")), bool(p.get("passive")),
                tuple(lemmatize_phrase(w, lang)[0] for w in p.get("requires", [])),
                tuple(lemmatize_phrase(w, lang)[0] for w in p.get("excludes", [])),
                p.get("phone_cameo"), bool(p.get("allow_no_target")), str(phr).strip().lower(),
                tuple(lemmatize_phrase(w, lang)[0] for w in p.get("requires_any", [])),
            )
            out.setdefault(key, []).append(pat)
    # a key written with an article or modifier (grammar trigger_fillers) is also read without it: the text's own
    # fillers are skipped (_trigger_with_inserts), so "urged an immediate ceasefire" reads "urge ceasefire", which
    # "urge a ceasefire" lists; a reading another key already has stays that key's
    fillers = TRIGGER_FILLERS.get(lang, frozenset())
    extra: dict[tuple, list[Pattern]] = {}
    for key, pats in out.items():
        bare = (key[0], *(w for w in key[1:] if w not in fillers))
        if len(bare) >= 2 and bare != key and bare not in out:
            listed = extra.setdefault(bare, [])
            listed += [p for p in pats if p not in listed]
    out.update(extra)
    return out


GROUP_DETERMINERS = _grammar.pooled("group_determiners")
GROUP_DESCRIPTORS = _grammar.pooled("group_descriptors")
BACKER_COMPOUNDS = _grammar.pooled("backer_compounds")
TITLE_MODIFIERS = frozenset(w for ws in _discourse.rules()["title_modifiers"].values() for w in ws)
DOCUMENT_NOUNS = _grammar.pooled("document_nouns")


NAME_QUOTES = frozenset("«»„“”\"")


def _groups(units: list[Unit], tokens, headline_comma: bool = False) -> list[list[Unit]]:
    """Coordinated groups. A comma joins only inside a list closed by "и/and"
    ("Putin, Pashinyan and Aliyev"); a comma after the last "и/and", or after an "и/and" of the group, ends
    the group ("Fransa ve Almanya, Rusya ve Ukrayna'ya ...": two groups). ``headline_comma`` (a headline in a
    language whose headlines join a pair by a comma, grammar headline_comma_pairs): two actors of different
    countries joined by a comma alone and followed by a lower-case word are one group ("Putin, Trump discuss
    Ukraine", "India, Pakistan trade fire")."""
    chains: list[tuple[list[Unit], list[str]]] = []
    for u in units:
        if chains:
            g, joins = chains[-1]
            last = g[-1]
            k0 = last.end
            if k0 < u.start and (close := _short_parens(tokens, k0)) is not None and close < u.start:
                k0 = close + 1  # "the Sudanese Armed Forces (SAF) and the RSF": the acronym is no gap
            gap = [tokens[k].low for k in range(k0, u.start)
                   if not ("org" in u.kinds and _descriptor_word(tokens, k, u.start))]  # "и группировка ХАМАС"
            gap = [x for x in gap if x not in GROUP_DETERMINERS  # "Egypt and the United Arab Emirates"
                   and not ("-" in x and x.rsplit("-", 1)[1] in BACKER_COMPOUNDS)  # "and the Rwanda-backed M23"
                   and not (x in TITLE_MODIFIERS and "org" in u.kinds)  # "and a senior M23 delegate"
                   and x not in NAME_QUOTES]  # a group's name in quotation marks: "Израиль и «Хамас»", "и „Хамас“"
            adjacent = not gap
            if "agent" in last.kinds and "person" not in last.kinds:
                # a name the dictionary lacks after a title: "Libyan leader <First Last> and Bulgarian President ..."
                k = last.end
                while k < u.start and tokens[k].text[:1].isupper() and tokens[k].text.replace("-", "").isalpha():
                    k += 1
                if k > last.end:
                    gap = [tokens[x].low for x in range(k, u.start)]
                    gap = [x for x in gap if x not in GROUP_DETERMINERS]
            if adjacent and (last.head_cases and u.head_cases and not (last.head_cases & u.head_cases)
                             or "person" in last.kinds and "person" in u.kinds):
                pass  # adjacent actors in different cases, or two people, are two phrases: "С Алиевым Лавров ..."
            elif adjacent and last.country and u.country and last.country != u.country \
                    and ("person" in last.kinds or "person" in u.kinds or "agent" in u.kinds):
                pass  # a person next to another country is no apposition: "во время визита в Турцию Лавров ...", nor
                # is a role of another country: "Според украинския премиер | руските сили нанесоха ..."
            elif adjacent and last.prep in ("в", "во", "на", "у") and set(last.kinds) <= {"capital", "country"} \
                    and (not set(u.kinds) <= {"capital", "country"} or u.kinds == ("country",)):
                pass  # a place after a locative preposition, then an actor: "принял в Баку министра ...", "В Брюксел
                # Франция осъди ..." (an apposition of a country is set off by a comma: "в Киеве, Украина")
            elif ("parties" in last.kinds) != ("parties" in u.kinds):
                pass  # "Как сообщил X, стороны ...": the resolved pair is a group of its own
            elif "," in gap and len(gap) == 2 and not (joins and joins[-1] == ","):
                pass  # ", and" after a single actor ends a clause, it closes no list ("Israel struck Lebanon, and Beirut
                # condemned the attack"); a serial comma closes one: "Britain, France, and Germany"
            elif not gap or (len(gap) <= 2 and all(x in COORD for x in gap)) or (
                    gap == ["-"] and last.country and u.country and last.country != u.country
                    and tokens[last.end].start == tokens[last.end - 1].end):
                # (a compound the tokenizer split at its dots: "U.S.-Russia talks", "U.S.-Russian ties")
                g.append(u)
                joins.append("," if gap == [","] else ("" if not gap else "and"))
                continue
        chains.append(([u], []))
    out: list[list[Unit]] = []
    for g, joins in chains:
        if headline_comma and joins == [","] and _headline_pair(g, tokens):
            out.append(g)
            continue
        last_and = max((k for k, j in enumerate(joins) if j in ("and", "")), default=-1)
        cur = [g[0]]
        cur_and = False  # the current group already has its "and": a comma after it closes the group
        for k, j in enumerate(joins):
            if j == "," and (k > last_and or cur_and):
                out.append(cur)
                cur, cur_and = [g[k + 1]], False
            else:
                cur.append(g[k + 1])
                cur_and = cur_and or j == "and"
        out.append(cur)
    return out


def _headline_pair(g: list[Unit], tokens) -> bool:
    """Two actors joined by a headline's comma: of different countries (or organisations), of the same kind (two
    people, or two non-persons), and a lower-case word (the verb) right after the second."""
    a, b = g
    if (a.country or a.org) == (b.country or b.org) or not (a.country or a.org) or not (b.country or b.org):
        return False
    people = ("person" in a.kinds, "person" in b.kinds)
    if people[0] != people[1]:
        return False
    after = tokens[b.end] if b.end < len(tokens) else None
    return after is not None and after.text[:1].islower() and after.text.isalpha()


def _descriptor_adjectives(units: list[Unit], tokens) -> list[Unit]:
    """"палестинская группировка ХАМАС", "палестинського руху ХАМАС": a nationality adjective before a descriptor
    noun (grammar group_descriptors) and an organisation of the same country is that organisation, no actor of its
    own (so "Израиль и палестинская группировка ХАМАС" is one pair and the adjective no second source)."""
    drop = set()
    for k in range(len(units) - 1):
        u, v = units[k], units[k + 1]
        if "adjective" in u.kinds and "org" in v.kinds and v.country == u.country and v.start > u.end \
                and all(tokens[x].lemma in GROUP_DESCRIPTORS for x in range(u.end, v.start)):
            # also an agent phrase: "делегация палестинского движения ХАМАС" is the organisation's delegation
            drop.add(k)
    return [u for k, u in enumerate(units) if k not in drop] if drop else units


LED_PROCESS = _grammar.by_lang("led_process_nouns")


def _process_leaders(units: list[Unit], tokens, lang: str) -> list[Unit]:
    """"the latest Qatari-led peace effort", "US-led talks": the leader of a process named by a leader compound
    (grammar leader_compounds, split off by text.py) before a process noun (grammar led_process_nouns) is no party to
    the sentence's acts; "the Saudi-led coalition" (an actor noun) keeps its leader."""
    nouns = LED_PROCESS.get(lang)
    if not nouns:
        return units
    return [u for u in units
            if not (u.end + 1 < len(tokens) and tokens[u.end].pos == "PRT" and tokens[u.end].low.startswith("-")
                    and tokens[u.end + 1].low in nouns)]


def _descriptor_word(tokens, k: int, end: int) -> bool:
    """tokens[k] is part of a descriptor phrase right before an organisation at ``end``: a descriptor noun
    (grammar group_descriptors) or an adjective before one ("и палестинская группировка ХАМАС")."""
    if tokens[k].lemma in GROUP_DESCRIPTORS:
        # (the name may stand in quotation marks: "и движение «Хамас»")
        return all(tokens[x].lemma in GROUP_DESCRIPTORS or tokens[x].text in NAME_QUOTES for x in range(k, end))
    return tokens[k].pos == "ADJF" and k + 1 < end and _descriptor_word(tokens, k + 1, end)


def _dedupe_group(g: list[Unit]) -> list[Unit]:
    # distribute an agent sector over coordinated bare countries:
    # "министров иностранных дел Армении и Азербайджана" -> ARMGOV, AZEGOV
    sec = next((u.sector for u in g if "agent" in u.kinds and u.sector and u.country), None)
    if sec:
        for u in g:
            if u.kinds == ("country",) and u.country and u.actor == u.country:
                u.actor, u.sector = u.country + sec, sec
    seen, out = set(), []
    persons = {u.country for u in g if "person" in u.kinds}
    for u in g:
        if "person" not in u.kinds and u.country in persons and u.actor.endswith("GOV"):
            continue
        if u.actor in seen:
            continue
        seen.add(u.actor)
        out.append(u)
    return out


SKIP_BEFORE = _grammar.pooled("skip_before_actor")
# words between a nationality and the counterpart's name ("руския си колега Владимир Путин")
COUNTERPART_SKIP = _grammar.pooled("counterpart_name_words")


def _prep_before(tokens, start: int, lang: str, taken=frozenset()) -> str | None:
    """The preposition governing the unit at ``start`` (skipping determiners, possessives,
    capitalised modifiers: "with his Azerbaijani counterpart Ilham Aliyev")."""
    preps = PREPS.get(lang, ())
    k = start - 1
    steps = 0
    while k >= 0 and steps < 4:
        w = tokens[k].low
        if w in preps:
            return w
        if (w in SKIP_BEFORE or (lang == "en" and tokens[k].text[:1].isupper() and k > 0 and not _calendar_word(w, lang))
                or (lang != "en" and start - k == 1 and k > 0 and tokens[k].text[:1].isupper() and tokens[k].text.isalpha()
                    and tokens[k - 1].low in WITH.get(lang, ()) and k not in taken and not _calendar_word(w, lang))
                # (a first name the dictionary lacks in this case, right after "with": "с Каей Каллас"; not another
                # actor's name, ``taken``: "с Пезешкианом Путин")
                or (k == start - 1 and _is_number(w, lang)) or w in _discourse.rules()["place_modifiers"].get(lang, ())):
            k -= 1
            steps += 1
            continue
        return None
    return None


def _calendar_word(w: str, lang: str) -> bool:
    """A weekday or a month name ("On Monday Putin met ...": "on" governs the day, not the name after it); three-letter
    month abbreviations are left out ("Jan" is also a first name)."""
    return w in D.WEEKDAYS.get(lang, ()) or (w in D.month_table(lang) and (len(w) > 3 or w == "may"))


def _is_number(w: str, lang: str) -> bool:
    """A number word between a preposition and its actor ("to five Chilean officers", "of dozens of ...")."""
    return w in _discourse.rules()["number_words"].get(lang, ())  # not digits: dates and times ("at 5 ...")


def _home_target(s: Unit, code: str, tokens, j: int, hi: int, lang: str) -> Unit | None:
    """A police force, court (or a government, for accusations, rejections and coercion) acting on a bare
    group of its own country named right after the trigger ("Egyptian police dispersed demonstrators",
    "the Sudanese government accused rebels"): the group takes the source's country (discourse.yml
    home_target_*)."""
    rules = _discourse.rules()
    local = rules["local_agent_in_place"].get(lang, frozenset())
    if not s.country:
        return None
    if s.sector in rules["home_target_sources"] or (s.sector == "GOV" and code[:2] in rules["home_target_gov_roots"]):
        wanted, reach, stop_at_name = local, 4, True
    elif s.sector in local and code[:2] in rules["home_target_reverse_roots"]:
        # the reverse: "Kenyan students rallied in Nairobi against the government" -> KENEDU -> KENGOV
        wanted, reach, stop_at_name = rules["home_target_reverse_sectors"], 7, False
    else:
        return None
    idx = get_lexicon().index.get(lang, {})
    for k in range(j, min(hi, j + reach)):
        for L in (2, 1):
            ents = idx.get(tuple(t.lemma for t in tokens[k:k + L])) if k + L <= hi else None
            a = next((e for e in ents or () if e.kind == "agent" and not e.actor and e.sector in wanted), None)
            if a is not None:
                return Unit(k, k + L, s.country + a.sector, s.country, a.sector, None, None,
                            " ".join(t.text for t in tokens[k:k + L]), ("agent", "home"))
        if stop_at_name and tokens[k].text[:1].isupper() and k > j:
            return None  # a name: another actor, not the source's own people
    return None


# non-state groups that, named bare at the head of a sentence, belong to the one state the sentence names
HOME_SOURCE_SECTORS = {"JUD", "REB", "OPP", "CVL"}
STATE_SECTORS = {"GOV", "COP", "MIL", "LEG", "JUD"}
# non-state groups that, named bare after a state body in a one-country sentence, belong to that state
HOME_TARGET_SECTORS = {"OPP"}
HOME_TARGET_MEDIA = _grammar.by_lang("home_target_media")  # journalists, reporters: media people, not outlets


def _home_source(units: list[Unit], tokens, lang: str, lex) -> list[Unit]:
    """A bare court, rebel or opposition group opening the sentence with no country of its own ("Rebels attacked
    Syrian troops", "the judge charged Chilean officials"): when every actor of the sentence is of one country
    and one of them is a state body of it, the group is of that country (a domestic event)."""
    if not units or len({u.country for u in units}) != 1 or not units[0].country \
            or not any(u.sector in STATE_SECTORS or {"country", "capital"} & set(u.kinds) for u in units):
        return units
    first = min(u.start for u in units)
    taken = {k for u in units for k in range(u.start, u.end)}
    c = units[0].country

    def home(a: int, e: int, sector: str, cases=frozenset()) -> Unit:
        return Unit(a, e, c + sector, c, sector, None, None, " ".join(t.text for t in tokens[a:e]), ("agent", "home"), cases)

    added = []
    for a, e, sector in bare_agents(tokens, lang, lex):
        if taken & set(range(a, e)):
            continue
        if a < first and a <= 8 and sector in HOME_SOURCE_SECTORS and not added:
            added.append(home(a, e, sector))
        elif a > first and (sector in HOME_TARGET_SECTORS
                             or sector == "MED" and tokens[a].lemma in HOME_TARGET_MEDIA.get(lang, ())):
            # "Полиция Грузии задержала протестующих", "... предъявила обвинения журналистам": protesters, the
            # opposition or journalists after the state body of a one-country sentence are its own (not civilians:
            # "помощь семьям погибших" is help to the other side's families; not outlets: "according to the IRNA
            # news agency" is a source, no target)
            added.append(home(a, e, sector, tokens[a].cases))
    return sorted(units + added, key=lambda x: x.start) if added else units


def _home_institutions(units: list[Unit], tokens, lang: str) -> list[Unit]:
    """A bare name of the home state's own institution (discourse.yml home_institutions: bg "МВнР", tr "Dışişleri
    Bakanlığı", "MSB"), with no country named right before or after it, is that state's government (or the sector
    the entry names)."""
    phrases, codes = _home_phrases(lang)
    if not phrases:
        return units
    lem = [t.lemma for t in tokens]
    starts = [k for k, w in enumerate(lem) if w in phrases]
    if not starts:
        return units
    taken = {k for u in units for k in range(u.start, u.end)}
    added = []
    for k in starts:
        if k in taken:
            continue
        hit = _phrase_at(lem, k, phrases)
        if hit is None:
            continue
        n, code = len(hit), codes[hit]
        if any(k + x in taken for x in range(n)):
            continue
        if any(u.country and (0 <= k - u.end <= 1 or 0 <= u.start - (k + n) <= 2
                              and all(t.low in PREPS.get(lang, ()) for t in tokens[k + n:u.start]))
               for u in units):
            continue  # "руското МВнР", "МЗС Румунії", "МВнР на Русия", "Rusya Dışişleri Bakanlığı": a country of its own
        c, _, sector = code.partition(".")
        sector = sector or "GOV"
        if sector == "MIL" and (own := [u for u in units if u.end <= k and u.sector == "MIL" and u.country
                                        and not u.org and u.country != c]):
            # the bare air defence of another state's defence body's report is that state's ("Міноборони Росії
            # заявило, що ППО збили 30 дронів", "Міністерство оборони Алжиру заявило, що ППО збили безпілотник")
            c = own[-1].country
        text = " ".join(t.text for t in tokens[k:k + n])
        added.append(Unit(k, k + n, c + sector, c, sector, None, None, text, ("agent", "home"), tokens[k].cases))
        taken.update(range(k, k + n))
    return sorted(units + added, key=lambda x: x.start) if added else units


@lru_cache(maxsize=8)
def _home_phrases(lang: str) -> tuple[dict, dict]:
    """discourse.yml home_institutions as lemma phrases: ({first lemma: [lemma tuples, longest first]} for
    ``_phrase_at``, {lemma tuple: "CODE" or "CODE.SECTOR"})."""
    from .text import lemmatize_phrase

    home = _discourse.rules()["home_institutions"].get(lang) or {}
    codes = {tuple(w): c for w, c in ((lemmatize_phrase(w, lang), c) for w, c in home.items()) if w}
    return _discourse._by_first_word(" ".join(w) for w in codes), codes


# words that join a bare army to the armed group next to it (grammar_<lang>.yml army_group_links)
ARMY_GROUP_LINKS = _grammar.by_lang("army_group_links")


def _army_of_armed_group(units: list[Unit], tokens, lang: str, lex) -> list[Unit]:
    """A bare army coordinated with an armed group of one country ("fighting between the army and the RSF",
    "ordu ile HDK arasında", "бои между армией и СБР"): the army is that country's military (a civil war)."""
    rebels = [u for u in units if u.sector == "REB" and u.country]
    links = ARMY_GROUP_LINKS.get(lang)
    if not rebels or not links:
        return units
    taken = {k for u in units for k in range(u.start, u.end)}
    added = []
    for a, e, sector in bare_agents(tokens, lang, lex):
        if sector != "MIL" or taken & set(range(a, e)):
            continue
        for r in rebels:
            gap = tokens[e:r.start] if r.start >= e else tokens[r.end:a]
            if 1 <= len(gap) <= 2 and all(t.low in links for t in gap):
                added.append(Unit(a, e, r.country + "MIL", r.country, "MIL", None, None,
                                  " ".join(t.text for t in tokens[a:e]), ("agent", "home")))
                break
    return sorted(units + added, key=lambda x: x.start) if added else units


def _reported_future(tokens, lo: int, i: int, lang: str) -> bool:
    """"would" right after "said/announced ... it/they/he/she" (discourse.yml reported_future):
    the future of reported speech, not a hypothesis."""
    words = _discourse.rules()["reported_future"].get(lang)
    if not words:
        return False
    k = next((k for k in range(i - 1, max(lo, i - 4) - 1, -1) if tokens[k].low == "would"), None)
    if k is None or k < 2:
        return False
    v = k - 2
    skip = _trigger_inserts(tokens, lang) | {x for x in range(len(tokens)) if tokens[x].low == "that"}
    while v > 0 and v in skip:
        v -= 1  # "confirmed on Wednesday (that) it would", "said that it would"
    return tokens[k - 1].low in ("it", "they", "he", "she", "we") and tokens[v].lemma in words


def _partitive_subject(tokens, start: int, lang: str) -> bool:
    """The sentence opens with a quantity/part noun + "of" before the unit at ``start``
    (discourse.yml ``partitive_subject``), e.g. "About 200 members of the ..."."""
    rules = _discourse.rules()
    parts, lead = rules["partitive_subject"].get(lang), rules["partitive_lead"].get(lang, frozenset())
    if not parts:
        return False
    k = start - 1
    while k >= 0 and tokens[k].low in SKIP_BEFORE and tokens[k].low != "of":
        k -= 1
    if k < 1 or tokens[k].low != "of" or tokens[k - 1].low not in parts:
        return False
    k -= 2
    while k >= 0 and (tokens[k].low in lead or tokens[k].low in parts
                      or tokens[k].text.replace(",", "").isdigit()):
        k -= 1
    return k < 0


def _codeinfo(code: str, book: dict):
    info = book.get(code) or book.get(code[:3]) or book.get(code[:2])
    return info


_MAXL: dict = {}


def _maxlen(key, pats) -> dict:
    """{first lemma: length of the longest pattern key it starts} of a language's patterns (cached by the
    patterns' identity): a token whose lemma starts no key is skipped without building any key."""
    return _key_index(key, pats)[0]


def _key_prefixes(key, pats) -> frozenset:
    """Every prefix of two or more lemmas of a pattern key (the keys of two or more included): the trigger search
    tries no key longer than the longest prefix the sentence's lemmas form at a word."""
    return _key_index(key, pats)[1]


def _key_index(key, pats) -> tuple[dict, frozenset]:
    hit = _MAXL.get(key)
    if hit is None or hit[2] is not pats:
        if len(_MAXL) >= 32:
            _MAXL.clear()  # patterns loaded anew (tests): bounded
        longest: dict = {}
        for k in pats:
            if k:
                longest[k[0]] = max(longest.get(k[0], 0), len(k))
        hit = _MAXL[key] = (longest, frozenset(k[:j] for k in pats for j in range(2, len(k) + 1)), pats)
    return hit


def _roles_for(lang: str):
    """Role assignment for a language: its family's function in the registry (coding/roles.py): the
    SVO/case rules below (ru, uk, en, bg), or Turkish's own (roles_tr: SOV, suffixes)."""
    return _role_registry.roles_for(lang)


ONSET_BEFORE, ONSET_AFTER = 5, 4  # words between an onset verb and the noun of the state it starts
ONSET_BY = _discourse.rules()["onset_by"]  # "the agreement signed by X and Y": the two sides


def _onset_noun(tokens, i: int, j: int, lang: str, signing: bool = False, ending: bool = False) -> tuple[int, str] | None:
    """(index, CAMEO code) of the state noun (discourse.yml onset_nouns) an onset verb at i..j starts (a signing
    verb: a document's noun, code 057; any other: a ceasefire's or fighting's; an ``ending`` verb: a truce's, before
    it): the nearest within ONSET_BEFORE words before it ("the truce that came into force", "перемирие, вступившее
    в силу") or ONSET_AFTER after it ("начавшихся 27 сентября боевых действий", "yürürlüğe giren ateşkes"), with no
    sentence punctuation but commas between (after it, and before an ending verb, the words of a date, commas and
    one-letter words do not count)."""
    nouns = _discourse.rules()["onset_nouns"].get(lang)
    if not nouns:
        return None

    def code(k):
        c = nouns.get(tokens[k].lemma) or nouns.get(tokens[k].low)
        if ending:
            return c if c is not None and c[:2] == "08" else None  # only a truce ends something
        return c if c is not None and (c == "057") == signing else None  # a signing verb starts no fighting

    def stop(k):  # sentence punctuation other than a comma or an abbreviation's point ("2020 г.")
        return tokens[k].pos == "PUNCT" and tokens[k].text != "," and not (
            tokens[k].text == "." and k and len(tokens[k - 1].text) == 1 and tokens[k - 1].text.isalpha())

    months = D.month_table(lang)

    def counts(k) -> bool:  # the words of a date ("на 9 ноември 2020 г.") do not count
        w = tokens[k].low
        return not (w.isdigit() or w == "." or len(w) == 1 or w.rstrip(".") in months)
    seen = 0
    for k in range(i - 1, max(-1, i - 1 - (3 if ending else 1) * ONSET_BEFORE), -1):
        if stop(k) or seen >= ONSET_BEFORE:
            break
        seen += counts(k) if ending else 1  # (an ending verb's truce may stand before a relative clause's date)
        if code(k):
            return k, code(k)
    if not ending and lang in CASE_MARKING and i > 1 and tokens[i - 1].text == ",":
        # "Перемирие между A и B, достигнутое при посредничестве C, вступило в силу ...": a participle or relative
        # clause set off by commas between the noun and its onset verb is passed over (the first comma before it that
        # a word in lower case follows, no conjunction; within twelve words)
        c = next((c for c in range(i - 2, max(-1, i - 14), -1) if stop(c) or tokens[c].text == ","
                  and tokens[c + 1].text[:1].islower() and tokens[c + 1].low not in COORD), None)
        if c is not None and c > 0 and tokens[c].text == ",":
            for k in range(c - 1, max(-1, c - 1 - ONSET_BEFORE), -1):
                if stop(k):
                    break
                if code(k):
                    return k, code(k)
    if ending:
        return None  # "the truce ended the fighting": the truce is its subject, before it
    seen = 0
    for k in range(j, min(len(tokens), j + 3 * ONSET_AFTER)):
        if stop(k) or seen >= ONSET_AFTER:
            break
        seen += counts(k)
        if code(k):
            return k, code(k)
    return None


def _onset_events(p: Pattern, i: int, j: int, tokens, groups, lang: str, bset, ctx,
                  med_span=None) -> tuple[list[Ev], int | None]:
    """Events of an onset verb (frame ``onset``): the start of a ceasefire or of fighting told with its own day
    or month ("the ceasefire, which came into force on Saturday", "после начавшихся 27 сентября боевых
    действий"): one symmetric act of the state noun's code between the sides named with "between" in the
    clause, else between the pair the article is about (an implicit event, kept only with a date of its own).
    Returns the events and the index of the state noun (whose own trigger then tells the same act)."""
    ending = bool(p.frame.get("ending"))
    found = _onset_noun(tokens, i, j, lang, signing=p.cameo == "057", ending=ending)
    if found is None or not ctx:
        return [], None
    k, code = found
    lo, hi = _clause(tokens, min(i, k), max(j, k + 1), bset)
    near = range(tokens[max(0, min(i, k) - 6)].start, tokens[min(len(tokens), max(j, k + 1) + 6) - 1].end + 1)
    if ending:  # "a truce ended a year of fighting between A and B on 27 November": the day anywhere in the clause
        near = range(tokens[lo].start, tokens[hi - 1].end + 1)
    signers = None
    if p.cameo == "057":
        # "документ, подписанный Арменией и Азербайджаном", "the deal signed by A and B": the signing parties named
        # as the participle's agents right after it report the signing, dated or not (an undated one is background)
        signers = next((g for g in groups if len(g) >= 2 and 0 <= g[0].start - j <= 2 and (
            g[0].prep in ONSET_BY.get(lang, ()) or (lang in CASE_MARKING and g[0].prep is None
                                                    and "ablt" in g[0].head_cases))), None)
    if signers is None and p.frame.get("named_parties"):
        return [], None  # "домовленості, досягнуті на переговорах 16 травня": the talks are the act told
    if signers is None and not any(pos in near for pos in ctx.get("dated") or ()):
        return [], None  # "since the war began": a time reference, no report of the start
    w0 = _mood_window_start(tokens, lo, i, lang)
    before = {w for t in tokens[w0:i] for w in (t.lemma, t.low)}
    if before & NEG.get(lang, frozenset()) or _modality(tokens, lo, i, j, hi, lang, before) is not None \
            or (lang in CASE_MARKING and any("futr" in t.cases for t in tokens[i:j])):
        return [], None  # "has not taken effect", "is to take effect at midnight": no start reported (rule 2)
    if tokens[i].pos == "INFN" or before & _discourse.rules()["onset_modal"].get(lang, frozenset()) \
            or (i and tokens[i - 1].low in INF_MARK.get(lang, ())) \
            or (i > 1 and tokens[i - 2].low in INF_MARK.get(lang, ()) and tokens[i - 1].low in PASSIVE_AUX.get(lang, ())):
        return [], None  # "має набути чинності 19 січня", "was due to take effect": the start still to come
    between = signers or next((g for g in groups if len(g) >= 2 and lo <= g[0].start < hi
                               and (g[0].prep in BETWEEN or (g[0].prep in ONSET_BY.get(lang, ()) and 0 < g[0].start - j <= 2))),
                              None)
    if between is not None:
        a, b = between[0], next((u for u in between[1:] if _key(u) != _key(between[0])), None)
        implicit = False
    else:
        pair = (ctx.get("war_pair") if _war_code(code) else None) or ctx.get("sym_pair") or ctx.get("pair")
        a, b = pair if pair else (None, None)
        implicit = True
        keys = {_key(u) for u in pair or ()}
        after_med = range(med_span[1], med_span[1] + 3) if med_span else range(0)
        if any(g[0].prep is None and lo <= g[0].start < hi and g[0].start not in after_med
               and (lang not in CASE_MARKING or not g[0].head_cases or "nomn" in g[0].head_cases)
               and any(_key(u) not in keys for u in g) for g in groups):
            return [], None  # "Russia began the war on ...": a side of its own, not the article's pair
    if a is None or b is None or _key(a) == _key(b):
        return [], None
    trig = " ".join(t.text for t in tokens[i:j])
    return [Ev(a, b, code, p, trig, i, 0.45, sym=True, implicit=implicit)], k


def _period_start(tokens, pos: int, lang: str) -> bool:
    """The date at character ``pos`` starts a period, no day of an act: a discourse.yml period_since word right before
    it or (tr) among the four words from it ("stalled since July 2017", "в тупике с июля 2017 года", "Temmuz
    2017'den beri")."""
    since = _discourse.rules()["period_since"].get(lang, ())
    k = next((k for k in range(len(tokens)) if tokens[k].start >= pos), len(tokens))
    return bool(k and tokens[k - 1].low in since or any(t.low in since for t in tokens[k:k + 4]))


def _oblique_relative(tokens, r: int, lang: str) -> bool:
    """The relative word at ``r`` is no subject: a preposition right before it ("during which", "на която") or, in a
    case-marking language, no nominative reading ("в ходе которого", "під час якої")."""
    if r > 0 and tokens[r - 1].low in PREPS.get(lang, ()):
        return True
    return lang in CASE_MARKING and bool(tokens[r].cases) and "nomn" not in tokens[r].cases


def _dated_pair_talks(p: Pattern, i: int, j: int, tokens, groups, lang: str, bset, ctx, med_span=None) -> list[Ev]:
    """Talks or a meeting told by a noun (discourse.yml dated_talk_nouns) with a day or month of their own not after
    the article's ("The previous round of talks, held in Abu Dhabi on Feb. 24-25, ended ...", "Temsilciler arasındaki
    ilk toplantı 14 Ocak 2022'de Moskova'nın ev sahipliğinde yapılmıştı") whose clause names no actor but their venue
    and their mediator or host: one symmetric act between the pair the article is about (implicit: kept only with
    that date; the mediator is marked after the sentence)."""
    nouns = _discourse.rules()["dated_talk_nouns"].get(lang)
    if not nouns or not ctx or not (tokens[i].lemma in nouns or tokens[i].low in nouns):
        return []
    pair = ctx.get("sym_pair") or ctx.get("pair")
    if not pair or not _two_sides(pair[0], pair[1]):
        return []
    docs = {w for w, c in _discourse.rules()["onset_nouns"].get(lang, {}).items() if c == "057"}
    words = [k for k in range(max(0, i - 6), i) if tokens[k].text.isalpha() and len(tokens[k].text) > 1][-3:]
    if any(tokens[k].lemma in docs or tokens[k].low in docs for k in words):
        return []  # "протоколом 8-й встречи от 19 апреля", "the agreement reached at talks on ...": the document
    lo, hi = _clause(tokens, i, j, bset)
    near = range(tokens[lo].start, tokens[hi - 1].end + 1)
    # a date of the clause, not one that another such noun between stands nearer to ("в ходе встречи ..., в
    # соответствии с протоколом 8-й встречи от 19 апреля")
    others = [tokens[k].start for k in range(lo, hi)
              if not i <= k < j and (tokens[k].lemma in nouns or tokens[k].low in nouns)]

    def own_day(pos: int) -> bool:
        if _period_start(tokens, pos, lang):
            return False
        return pos in near and not any(min(pos, tokens[i].start) < o < max(pos, tokens[i].start) for o in others)
    if not any(own_day(pos) for pos in ctx.get("past_dated") or ()):
        return []
    med = range(med_span[0], med_span[1] + 4) if med_span else range(0)
    for g in groups:
        if not lo <= g[0].start < hi or g[0].start in med:
            continue
        if all(set(u.kinds) <= {"capital", "country"} for u in g) and g[0].prep is not None:
            continue  # the venue ("in Abu Dhabi", "в Москве")
        if all("parties" in u.kinds for u in g):
            continue  # "both sides": the pair itself
        if _role_registry.family(lang) == "suffix" and all(set(u.kinds) <= {"capital", "country"} for u in g) \
                and g[-1].end < len(tokens) and tokens[g[-1].end].low in LOCATIVE_TR:
            continue  # the venue ("Moskova'da")
        return []  # an actor of its own: the roles decided, not the article's pair
    covered = {k for g in groups for u in g for k in range(u.start, u.end)}
    if any(k > 0 and tokens[k].text[:1].isupper() and k not in covered for k in range(lo, i)):
        return []  # a subject named that is no actor ("The agency's Board of Governors began a meeting on Monday")
    w0 = _mood_window_start(tokens, lo, i, lang)
    before = {w for t in tokens[w0:i] for w in (t.lemma, t.low)}
    if before & NEG.get(lang, frozenset()) or _modality(tokens, lo, i, j, hi, lang, before) is not None:
        return []
    a, b = pair
    trig = " ".join(t.text for t in tokens[i:j])
    return [Ev(a, b, p.cameo, p, trig, i, 0.4, sym=True, implicit=True)]


def code_sentence(sent: str, lang: str, date: dt.date | None, lex, pats, ctx: dict | None = None) -> list[Ev]:
    """Events of one sentence. ``ctx`` (optional, per paragraph) carries the previous sentences'
    subject and last event, for pronoun subjects and "counterpart"; it is updated here."""
    tokens = tokenize(sent, lang)
    if not tokens:
        return []
    units = find_units(tokens, lang, lex, date, sent)
    units = _home_source(units, tokens, lang, lex)
    units = _army_of_armed_group(units, tokens, lang, lex)
    units = _home_institutions(units, tokens, lang)
    units = _descriptor_adjectives(units, tokens)
    units = _process_leaders(units, tokens, lang)
    if ctx is not None:
        units = _surname_units(units, tokens, lang, ctx)
        ctx["n"] = ctx.get("n", 0) + 1  # sentences coded so far in this article
        ctx["trigger_chars"] = []  # where the sentence's triggers start (dates.event_date: whose date a date is)
    # "Qatar and Egypt, which have mediated between Israel and Hamas, urged both sides ...": the pair the sentence
    # itself names with "between" before the party phrase; else the article's pair
    pair = _between_pair(units, tokens, lang, pats)
    if pair is None and ctx is not None:
        # "осудил удары Израиля по Ирану и призвал стороны проявить сдержанность": the sides of a use of force the
        # sentence itself tells before its party phrase are the ones that phrase names (before the article's pair)
        pair = _force_pair(sent, tokens, units, lang, date, lex, pats)
    if pair is None and ctx and ctx.get("pair"):
        # "Зеленський провів телефонну розмову зі Стармером. Сторони обговорили ...": right after a symmetric act
        # "the sides" are its two sides, else the pair the article has named most often
        # (not when one of its sides has mediated in the article: "the sides" are then the parties it mediates between)
        recent = ctx.get("sym_pair") if ctx.get("sym_pair_n") == ctx["n"] - 1 and not ctx.get("sym_pair_many") else None
        if recent and any(_key(u) in ctx.get("mediator_keys", ()) for u in recent) and _war_trigger(tokens, pats):
            recent = None
        pair = recent or ctx["pair"]
    if pair is not None:
        units = _party_units(units, tokens, lang, pair, bare_agents(tokens, lang, lex))
    if ctx and ctx.get("forces"):
        units = _attacker_units(units, tokens, lang, ctx.get("last_force_sides") or (ctx["forces"][-1][0],), pats,
                                forces=ctx["forces"])
    if ctx and ctx.get("last_visit"):
        units = _attacker_units(units, tokens, lang, (ctx["last_visit"],), pats, "visit_nouns")
    if ctx and (ctx.get("mediators") or ctx.get("mediating")):
        # "the mediators": the ones the article names by nationality next to the noun, else the actors it has told
        # mediating so far ("Qatar and Egypt are mediating between ... The mediators urged both sides ...")
        units = _mediator_units(units, tokens, lang, ctx.get("mediators") or ctx["mediating"])
    if not units and not (ctx and (ctx.get("pair") or ctx.get("sym_pair") or ctx.get("quotes")
                                   or _has_subject_pronoun(tokens, lang))):
        return []  # without an actor, only a pronoun, a speaker or the article's pair (from the context) can be a source
    lem = [t.lemma for t in tokens]
    if lang in SUBJECT_VERB_HOMOGRAPHS:
        _subject_verb_homographs(lem, tokens, units, lang)
    in_unit = set()
    origin = _discourse.clauses()["counterpart_from"].get(lang, ())
    origin_skip = _discourse.clauses()["counterpart_skip"].get(lang, ())
    for u in units:
        u.prep = _prep_before(tokens, u.start, lang, in_unit)
        in_unit.update(range(u.start, u.end))
        if u.prep in origin and u.start >= 2 and tokens[u.start - 1].low == u.prep:
            c = u.start - 2
            if c > 0 and tokens[c].low in origin_skip:
                c -= 1  # "с колегите си от X"
            if tokens[c].lemma in COUNTERPART or tokens[c].low in COUNTERPART:
                # "met his counterparts from X", "с коллегами из X": X is the counterpart's place in the clause
                u.prep = _prep_before(tokens, c, lang)
        if u.prep == "of" and _partitive_subject(tokens, u.start, lang):
            u.prep = None  # "Dozens of Kenyan students marched": the actor after "of" is the subject
        elif u.prep is None and u.kinds == ("country",) and u.start >= 3 and tokens[u.start - 1].text == "," \
                and tokens[u.start - 2].text[:1].isupper() and tokens[u.start - 2].text.isalpha() \
                and not _calendar_word(tokens[u.start - 2].low, lang) \
                and (u.end == len(tokens) or tokens[u.end].text in (",", ".", ";", ")")):
            # "in Kazan, Russia, ...": the country set off after a place and its comma places the place, as the place's
            # preposition (not "In Brussels, Ukraine signed": a subject; not "In June, Russia")
            place = _prep_before(tokens, u.start - 2, lang)
            if place in _discourse.rules()["venue"].get(lang, {}).get("preps", ()):
                u.prep = place
    for k, u in enumerate(units):
        # "с руския си колега Владимир Путин": a name after "си колега" that follows an actor governed by a
        # preposition shares that preposition (it is the same person), so it is no subject of its own
        c = u.start - 1
        while c >= 0 and tokens[c].low in SKIP_BEFORE and tokens[c].low in COUNTERPART_SKIP:
            c -= 1
        if u.prep is None and k and c < u.start - 1 and units[k - 1].end == c + 1 and units[k - 1].prep is not None:
            u.prep = units[k - 1].prep
    for k, u in enumerate(units):
        # "a drone strike in Kyiv, Ukraine, ...": a country after a comma that follows a place of its own in a
        # prepositional phrase is that place's apposition (it shares the preposition), no subject
        v = units[k - 1] if k else None
        if (v is not None and u.prep is None and v.prep is not None and u.kinds == ("country",)
                and set(v.kinds) <= {"capital", "country"} and v.country == u.country and u.start == v.end + 1
                and tokens[v.end].text == "," and (u.end == len(tokens) or tokens[u.end].text in (",", ".", ";", ")"))):
            u.prep = v.prep  # (set off by a comma of its own: "In Paris, France condemned ..." has France as subject)
    groups = []
    headline_comma = bool(ctx and ctx.get("headline") and HEADLINE_COMMA.get(lang))
    for g0 in _groups(units, tokens, headline_comma):
        g = _dedupe_group(g0)
        if g and g[0] is not g0[0]:  # the group's grammatical head is its first written unit
            g[0].head_cases = g[0].head_cases | g0[0].head_cases
            g[0].prep = g0[0].prep
        if g:
            groups.append(g)
    lemset = set(lem) | {part for lm in lem if "-" in lm for part in lm.split("-") if part}
    # the parts of a compound count as context words ("согласовали протокол-приложение": a протокол)
    circ: list | None = None  # circumstance phrases, where exclude words do not count (found when one is seen)
    if ctx is not None:
        ctx["speakers"] = _speakers(tokens, groups, lang, ctx)
    med_span = _mediator_span(tokens, lang)
    if med_span is None and (adjectival := _adjectival_mediation(tokens, units, lang)) is not None:
        med_span = adjectival[0]  # "with Turkish mediation": the adjective's group mediates, its noun is no trigger
        in_unit.add(adjectival[1])
    role_groups = groups
    chairs = None  # the group of co-chairs or participants that are the parties of the sentence's symmetric acts
    if med_span is not None:
        in_unit.update(range(*med_span))  # "hosted by", "посредничеството на": not triggers here
        # the mediator named by the phrase is no party of the sentence's acts ("провел переговоры с американской
        # делегацией при посредничестве Омана": not talks with Oman); _mark_mediator names it the mediator
        # (not the mediator of a document a participle describes: "ініціативу, укладену за посередництва Туреччини")
        med_group = next((g for g in groups if med_span[1] <= g[0].start <= med_span[1] + 2), None) \
            if not _in_participle_phrase(tokens, med_span[0], lang) else None
        if med_group is not None and (cut := _mediator_end(med_group, tokens)) is not None:
            # "При посредничестве ОАЭ Россия и Украина обменялись ...": the fronted phrase names the mediator alone;
            # the actors written right after it, with no conjunction between, begin the clause's own subject
            k = next(n for n, g in enumerate(groups) if g is med_group)
            med_group = med_group[:cut]
            groups = [*groups[:k], med_group, groups[k][cut:], *groups[k + 1:]]
        role_groups = [g for g in groups if g is not med_group]
        if med_group is not None and _chairs_span(tokens, med_span, lang):
            # "под председательством вице-премьера A X и заместителя премьера B Y": a second chair, introduced by
            # "и"/"and" within three words after the first group, is a chair too
            named = list(med_group)
            for g in groups:
                if 0 < g[0].start - named[-1].end <= 3 and tokens[named[-1].end].low in COORD \
                        and tokens[named[-1].end].text != ",":
                    named += g
            if len({_key(u) for u in named}) >= 2:
                # "the session was co-chaired by the ministers of A and B", "при участии глав МИД A и B": with no other
                # party in the act's clause the co-chairs or participants are the parties (discourse.yml chaired_by)
                chairs = named
    maxl = _maxlen(id(pats), pats)
    key_pre = _key_prefixes(id(pats), pats)
    applies = _role_registry.pattern_filter(lang)  # (tr: "kabul etmedi" is the rejection, not the acceptance)
    bset = BOUNDARY.get(lang, set())
    out: list[Ev] = []
    prev_first: Ev | None = None  # first event of the previous trigger (verb coordination)
    prev_own: list = []  # all of that trigger's events
    trig_hist: list = []  # (pattern, token index, number of events, governed) of earlier triggers
    joint = _joint_statement(tokens, lang)
    onset_nouns: set = set()  # token indices of state nouns whose onset verb was coded
    i = 0
    n = len(tokens)
    inserts = _trigger_inserts(tokens, lang)
    fillers = _trigger_fillers(tokens, lang)
    skippable = inserts | fillers  # "make every effort to enable a lasting peace": the key "effort to enable peace"
    places = None  # _place_inserts, found when a trigger first needs them
    rel_spans = None  # _relative_spans, found when a trigger first has events
    while i < n:
        found = None
        if i not in in_unit and lem[i] in maxl:
            longest = maxl[lem[i]]
            top = 1  # (no key of more words than the longest key prefix the words from i form)
            while top < min(longest, n - i) and tuple(lem[i:i + top + 1]) in key_pre:
                top += 1
            for L in range(top, 0, -1):
                if L > 1 and inserts and any(k in inserts for k in range(i + 1, i + L)):
                    continue  # "called on Monday": the date's "on" is no particle of the verb
                ps = pats.get(tuple(lem[i:i + L]))
                if ps and not _stop_form_differs(ps, tokens, i, L):
                    found = (L, ps)
                    break
            if skippable and i not in skippable:
                found = _trigger_with_inserts(lem, i, n, skippable, longest, pats, found)
            if places is None:
                places = _place_inserts(tokens, lang)
            if places and i not in places and i not in skippable:
                placed = _trigger_with_inserts(lem, i, n, skippable | places, longest, pats, found)
                if placed is not found and not any(_takes_place(p, lang) for p in placed[1]):
                    found = placed
        if found and _date_word(tokens, i, lang):
            found = None  # "on March 3", "7 мая": a month name next to a number is a date, not a trigger
        if not found:
            i += 1
            continue
        L, ps = found
        k0 = i - 1
        while k0 > 0 and (tokens[k0].low in DETERMINERS or tokens[k0].low in PURPOSE_SKIP.get(lang, ())):
            k0 -= 1  # (also "for a new round of talks", "для нового раунду переговорів": the purpose word before)
        prev_tok = tokens[k0].low if k0 >= 0 else ""
        if _upcoming(tokens, i, lang):
            i += L
            continue  # "накануне визита X", "ahead of X's visit": an announced act (rule 2)
        if lang in TOPIC_HEADS and _topic_noun(tokens, i, lang):
            i += L
            continue  # "focused on prisoner exchanges", "talks on a ceasefire": the topic of another act, no act
        if lang in IDIOMS and _in_idiom(tokens, i, lang):
            i += L
            continue  # "in exchange for", "in return for": a preposition, no exchange or return of its own
        if lang in NAMING_VERBS and _named_by_what(tokens, i, lang):
            i += L
            continue  # "..., in what Kyiv called the largest assault of the war": a name for an act told before
        if lang in CHARACTERISING and _characterised_act(tokens, i, L, ps, units, lang):
            i += L
            continue  # "described the detention as a provocation": the act characterised, no act of the speaker
        if (lang == "en" and L == 1 and i > 0 and tokens[i].lemma in PHONE
                and (tokens[i - 1].low == "by"
                     or i > 1 and [t.low for t in tokens[i - 2:i]] == ["over", "the"])):
            i += L
            continue  # "spoke with X by phone": the mode of the act its verb tells, no call of its own
        if lang == "en" and prev_tok == "with" and i + L < n and tokens[i + L].low == "of" \
                and all(q.cameo[:2] in ("05", "06", "07") for q in ps):
            i += L
            continue  # "with the support / help / backing of X": a circumstance, no act of its own
        # the longest key's patterns first; when every one of them is filtered out (requires, excludes...), the
        # patterns of a shorter key at the same word ("удар" when "удар по" excludes a condemning verb)
        keys = [found, *_shorter_keys(lem, tokens, i, L, pats)]
        if ctx is not None and not _speech_verb(tokens[i], lang) \
                and not all(q.frame.get("speaker_judgement") for q in ps):
            ctx["trigger_chars"].append(tokens[i].start)  # (a reporting verb's date is the statement's: "— заявив у середу";
            # a judgement in the reported words is the statement itself)
        for L, ps in keys:
            for p in ps:
                if p.cameo.startswith("04") and tokens[i].pos in ("NOUN", "") and prev_tok in PURPOSE.get(lang, ()) \
                        and not (lang in CASE_MARKING and prev_tok == "на" and "loct" in tokens[i].cases
                                 and "accs" not in tokens[i].cases) \
                        and not (k0 > 0 and {tokens[k0 - 1].lemma, tokens[k0 - 1].low}
                                 & PURPOSE_TOPICS.get(lang, set())):  # "на переговорах" (at), not "на переговоры" (for)
                    break  # "прибыл ... на переговоры", "покани за преговори", "for talks": purpose, not an event
                if p.cameo.startswith("04") and tokens[i].pos in ("NOUN", "") and _arranged_for(tokens, i, lang):
                    break  # "поблагодарил за проведение переговоров": the talks told before are thanked for, not new ones
                if not _requirements_met(p, lemset):
                    continue
                if applies is not None and not applies(p, tokens, i, i + L):
                    continue
                if p.excludes and any(r in lemset for r in p.excludes):
                    if circ is None:
                        circ = _circumstance_spans(tokens, lang, BOUNDARY.get(lang, set())) \
                            + _other_coordinate_clauses(tokens, lang)
                    if _excluded(p.excludes, lem, i, circ):
                        continue
                if (L == 1 and not p.passive and lang in PASSIVE_ENDINGS
                        and tokens[i].low.endswith(PASSIVE_ENDINGS[lang])
                        and tokens[i].low not in _one_word_triggers(lang)):
                    continue  # "Атакувани са 20 места": a passive participle without its "от X" pattern, no active verb
                if (lang in CASE_MARKING and L == 1 and tokens[i].pos == "PRTF"
                        and not p.cameo.startswith("04") and not p.frame.get("onset")
                        and not _statement_participle(tokens, i, lang)):
                    continue  # a participle used as an adjective ("задержанного", "сбитый самолёт")
                if p.frame.get("onset"):
                    batch, noun_at = _onset_events(p, i, i + L, tokens, groups, lang, bset, ctx, med_span)
                    if noun_at is not None:
                        onset_nouns.add(noun_at)
                        out = [e for e in out if e.tpos != noun_at]  # the state's noun tells the same act
                    for ev in batch:
                        ev.tchar = tokens[i].start
                        out.append(ev)
                    break
                if i in onset_nouns:
                    break  # "перемирие, вступившее в силу ...": the noun of a state whose onset was coded
                noun_trig = lang in CASE_MARKING and _noun_trigger(tokens, i, i + L)
                rgroups = role_groups
                if (tp_end := _temporal_phrase_end(tokens, i, i + L, lang, role_groups)) is not None:
                    # "After the talks, France condemned Israel": the talks are not between the main clause's actors;
                    # "After talks with Macron, Netanyahu ...": the main clause's subject held them with the partner
                    rgroups = [g for g in role_groups if i < g[0].start and g[-1].end <= tp_end]
                    if any(g[0].prep in WITH.get(lang, ()) for g in rgroups):
                        # the main clause's subject: before the phrase ("Путин в ходе телефонного разговора с X
                        # обсудил", "Вучич заявил, что продолжит ... после переговоров с лидером Косово"), else after it
                        rgroups = sorted(rgroups + (
                            [g for g in role_groups if g[-1].end < i and g[0].prep is None][-1:]
                            or [g for g in role_groups if g[0].start >= tp_end and g[0].prep is None][:1]),
                            key=lambda g: g[0].start)
                batch = _roles_for(lang)(p, i, i + L, tokens, rgroups, lang, bset, lemset,
                                         None if noun_trig or (tp_end is not None and not (
                                             p.cameo[:2] == "04" and any(tokens[m].low in WITH.get(lang, ())
                                                                         for m in range(i, tp_end))))
                                         else prev_first, ctx)
                # (a noun in a phrase of time continues no verb: "India suspended the treaty after the attack", "... after
                # talks in Istanbul" name none of the act's parties; talks with a partner do: "thanked Erdogan after
                # talks with him")
                if batch:
                    if rel_spans is None:
                        rel_spans = _relative_spans(tokens, lang)
                    batch = _not_from_relative(batch, rel_spans)
                if not batch and p.frame.get("own_agent") and p is not ps[-1]:
                    continue  # a force noun beside a condemnation codes only with its own agent; without one the next
                    # pattern of the word reads it ("Israel struck Lebanon, and Beirut condemned the strike": the verb)
                if not batch and chairs is not None:
                    batch = _chaired_events(p, i, i + L, tokens, chairs, groups, lang, bset)
                    if batch:
                        med_span = None  # the phrase named the parties, no mediator
                onset = next((q for q in ps if q.frame.get("onset")), None) if not batch else None
                if onset is not None:
                    # "the agreement signed on August 8": the verb's own pattern finds no subject; the onset pattern
                    # of the same word reads it as the dated act of the document's noun
                    batch, noun_at = _onset_events(onset, i, i + L, tokens, groups, lang, bset, ctx, med_span)
                    if batch:
                        onset_nouns.add(noun_at)
                        out = [e for e in out if e.tpos != noun_at]
                        for ev in batch:
                            ev.tchar = tokens[i].start
                            out.append(ev)
                        break
                if not batch and p.frame.get("symmetric") and p.cameo[:2] == "04":
                    # "the previous round of talks, held in Abu Dhabi on Feb. 24-25": talks the sentence dates but
                    # names no party of, only their venue or mediator, are the article's pair's
                    batch = _dated_pair_talks(p, i, i + L, tokens, groups, lang, bset, ctx, med_span)
                ceased = _discourse.rules()["ceased_roots"]
                if batch and p.cameo[:2] in ceased and (stop := _ceased(tokens, i, i + L, lang)) is not None:
                    # "urged A and B to stop the fighting": those named before the word of stopping ask for
                    # the end or are asked to end it; only sides named after it ("between A and B") fought
                    batch = [ev for ev in batch
                             if ev.code[:2] not in ceased or (ev.src.start >= stop and ev.tgt.start >= stop)]
                gov = _governor(p, i, tokens, trig_hist, lang)
                accused = False
                if gov is None and batch and p.cameo[:2] in REPORTED_FORCE_ROOTS:
                    batch = _not_the_talks_topic(batch, i, tokens, trig_hist, out)
                    batch, accused = _the_accused_act(batch, i, tokens, trig_hist, out)
                if gov is not None:  # "X threatened / refused / demanded to <act> Y": the act is a complement
                    gp, gi, gn = gov
                    if gn or gp.frame.get("subject_is_target"):
                        batch = []  # the demanded / threatened / appealed-for act did not happen
                    else:
                        for ev in batch:
                            ev.code, ev.pat, ev.trig, ev.tpos = gp.cameo, gp, tokens[gi].text, gi
                        pairs: set = set()  # the governor is one-sided: no mirrored copy of a symmetric complement
                        batch = [ev for ev in batch if (id(ev.tgt), id(ev.src)) not in pairs
                                 and not pairs.add((id(ev.src), id(ev.tgt)))]
                if batch and p.cameo[:2] == "04" and all(e.code == "036" for e in batch):
                    # a proposed meeting, by intent ("запропонував провести зустріч A та B") or by its governor
                    # ("предложил провести встречу A и B")
                    batch = _offer_to_host(batch, i, tokens, role_groups)
                batch = _parties_apart_from_source(batch, ctx)
                batch = _group_object(batch, prev_first, prev_own, tokens, i + L, lang)
                batch = shape_events(batch, p, joint)
                # a governed trigger passes its governor on ("refused to commit to send aid": the refusal)
                trig_hist.append((gov[0], i, gov[2] + len(batch), True) if gov is not None else (p, i, len(batch), False))
                for ev in batch:
                    ev.tchar = tokens[i].start
                    out.append(ev)
                    _note_accuser(ctx, ev)  # whom "a charge Islamabad denied" later in the same sentence answers
                # a reported accusation is no verb to continue, nor fighting whose sides come from the article (implicit:
                # "there was little sign of the fighting easing" does not hand that pair to "easing")
                # (nor the act an accusation names: "described the attack as a war crime and vowed ...": the accuser goes on)
                own = [e for e in batch if not _is_reported(e) and not e.implicit and not p.frame.get("own_agent")
                       and not accused]
                # (nor a condemned force noun: "осудил удары Израиля по Ливану и призвал ...": the critic goes on)
                if own:
                    prev_first, prev_own = own[0], own
                break
            else:
                continue
            break
        else:
            L = found[0]  # no pattern applied: past the longest key, as before
        i += L
    if len(out) > 1:
        out = _rejected_acts(out, tokens)
    out = _embassy_protest(out, tokens, units, lang, pats)
    if out and lang == "en":
        out = _brokered_acts(out, tokens)
    if out and med_span is not None:
        # the actor right after the phrase ("при посредничестве ОАЭ", "with Turkish mediation")
        g = next((g for g in groups if med_span[1] <= g[0].start <= med_span[1] + 2), None)
        if g is not None:
            _mark_mediator(out, g[0])
    elif out and (post := _postposed_mediation(tokens, lang)) is not None:
        # "A ve B görüşmelerini Türkiye'nin arabuluculuğuyla yaptı": the name before the phrase mediates the act the
        # phrase stood inside (when the phrase is a trigger of its own, _mediation.fold_mediated_by does it)
        g = next((g for g in groups if post[0] <= g[0].start < post[1]), None)
        if g is not None:
            _mark_mediator(out, g[0])
    if out and lang in FORCE_CONSEQUENCES:
        out = _one_use_of_force(out, tokens, lang)
    if out:
        out = _nationals_abroad(out, units, lang)
    if len(out) > 1:
        out = _one_force_target(out)
    if out:
        out += _gapped_partners(out, tokens, units, lang)
        for e in out:
            if e.pat.frame.get("addressee_state") and e.tgt is not None and e.tgt.country and not e.tgt.org \
                    and e.tgt.sector not in ("GOV", "REB") and "parties" not in e.tgt.kinds:
                # condolences or an apology "for the death of Russian peacekeepers" are addressed to their state
                e.tgt = dataclasses.replace(e.tgt, sector="GOV", actor=e.tgt.country + "GOV")
        out = _one_offer(out)
        out = _one_threat(out)
        out = _document_pledges(out, tokens, lang)
        out = _halted_cooperation(out)
        out += _reported_force(out, tokens, groups, lang, ctx)
        out = _one_judgement(out)
        out = _critic_not_agent(out, tokens, lang)
        out = _addressed_fighting(out)
        out += _invited_visits(out, tokens, groups, lang)
        out = _mediation.shape_multiparty(out, is_symmetric_code, len(out) > 1 and _separately(tokens, lang),
                                          _sentence_mediators(units, groups, tokens, lang) if len(out) > 2 else frozenset())
        out = _mediation.fold_mediated_by(out, _key)
        _mediation.mark_venue_host(out, tokens, units, lang, is_symmetric_code)
    if not out and ctx and ctx.get("event_heads"):
        out = _anaphoric_event(tokens, groups, lang, ctx)
    if ctx is not None:
        _remember_pair(ctx, out, groups)
        for e in out:
            if e.sym and e.tgt is not None and lang in CASE_MARKING and not e.implicit and tokens[e.tpos].pos == "NOUN" \
                    and e.code[:2] in ANAPHORIC_EVENT_ROOTS and len(e.pat.lemmas) >= 2:
                # the head noun of a symmetric act told by a noun phrase ("обмен военнопленными"): a later dated
                # "предыдущий обмен состоялся 18 октября" is that kind of act between the same sides
                ctx.setdefault("event_heads", {})[tokens[e.tpos].lemma] = e
        for e in out:
            if e.code[:2] in ("18", "19") and e.src is not None and e.tgt is not None and "attacker" not in e.src.kinds:
                # the article's uses of force: whom a later "condemned the attack (on <victim>)" condemns
                ctx.setdefault("forces", []).append((e.src, e.tgt))
                # (both sides of fighting between two: "condemned the violence" after "the army and the RSF clashed")
                ctx["last_force_sides"] = (e.src, e.tgt) if e.sym and _two_sides(e.src, e.tgt) else None
            if _war_code(e.code) and e.src is not None and e.tgt is not None and _two_sides(e.src, e.tgt) \
                    and not {"attacker", "parties"} & set(e.src.kinds + e.tgt.kinds) \
                    and not _mediating(e):
                ctx["war_pair"] = (e.src, e.tgt)  # the sides a later "the ceasefire that came into force" is between
            if e.code in ("042", "043") and e.src is not None and e.tgt is not None and "attacker" not in e.src.kinds:
                ctx["last_visit"] = e.src if e.code == "042" else e.tgt  # whom a later "criticised the visit" criticises
        for e in out:
            _note_accuser(ctx, e)  # whom a later "rejected the accusations" answers
        lead = next((g for g in groups if g[0].prep is None and g[0].start < 6), None)
        if lead is not None and len(lead) >= 2 and all("parties" not in u.kinds for u in lead) and (
                lang not in CASE_MARKING or not lead[0].head_cases or "nomn" in lead[0].head_cases):
            ctx["subj_group"] = tuple(lead)
        # (events, sentences since) of the last sentence that told any: what "this decision" later refers to
        acts = [e for e in out if not e.implicit]
        if acts:
            ctx["last_acts"] = (acts, 1)
        elif ctx.get("last_acts"):
            ctx["last_acts"] = (ctx["last_acts"][0], ctx["last_acts"][1] + 1)
        if out:
            ctx["last"] = out[0]
            ctx["subj"] = out[0].src
        else:
            first = next((g for g in groups if g[0].prep is None and g[0].start < 6
                          and (lang not in CASE_MARKING or not g[0].head_cases or "nomn" in g[0].head_cases)), None)
            if first is not None and len(first) == 1:
                ctx["subj"] = first[0]
        if ctx.get("quotes"):
            # '"Russia must stop," Zelensky said. He added ...': the speaker, not an actor of the quotation,
            # is who "he" is next
            ctx["subj"] = ctx["quotes"][-1][2][0]
    if out and _question(sent):
        return []  # "Will Serbia and Kosovo resume talks?": a question reports nothing (its actors still count above)
    return out


SUBJECT_VERB_HOMOGRAPHS = {lang: dict(w.split("/", 1) for w in ws)
                           for lang, ws in _grammar.by_lang("subject_verb_homographs").items()}


def _subject_verb_homographs(lem: list, tokens, units, lang: str) -> None:
    """grammar_<lang>.yml subject_verb_homographs: a noun-plural / verb-past form right after an actor phrase with no
    preposition and before a word that is no preposition is the verb ("Израел удари Бейрут"): its lemma in ``lem``
    becomes the verb's (that of the form after the slash)."""
    forms = SUBJECT_VERB_HOMOGRAPHS[lang]
    ends = {u.end for u in units if u.prep is None}
    ends |= {u.end + 1 for u in units if u.prep is None and u.kinds == ("adjective",) and u.end < len(tokens)
             and tokens[u.end].text.isalpha() and tokens[u.end].text.islower()}  # "Руска ракета удари ..."
    preps = PREPS.get(lang, ())
    for k, t in enumerate(tokens):
        if t.low in forms and k in ends and k + 1 < len(tokens) and tokens[k + 1].low not in preps \
                and tokens[k + 1].text.isalpha():
            lem[k] = lemma_info(forms[t.low], lang)[0]


def _question(sent: str) -> bool:
    """The sentence is a question: it ends with "?" (closing quotes and brackets aside)."""
    return sent.rstrip().rstrip("\"'»”“)]").rstrip().endswith("?")


FORCE_CONSEQUENCES = _grammar.by_lang("force_consequences")
NAMING_VERBS = _grammar.by_lang("naming_verbs")
NAMING_COMPLEMENT = _grammar.by_lang("naming_complement")
PRED_AUX = _grammar.by_lang("predicate_auxiliaries")
IDIOMS = {lang: [tuple(x.split()) for x in ws] for lang, ws in _grammar.by_lang("non_trigger_phrases").items()}


def _new_predicate(tokens, a: int, b: int, lang: str) -> bool:
    """Whether a coordinated predicate ("and were", "but is") opens between tokens ``a`` and ``b``."""
    return any(tokens[k].low in ("and", "but") and tokens[k + 1].low in PRED_AUX[lang]
               for k in range(a, min(b, len(tokens) - 1)))


def _in_idiom(tokens, i: int, lang: str) -> bool:
    """Whether token ``i`` lies inside a fixed phrase of grammar_<lang>.yml non_trigger_phrases."""
    w = tokens[i].low
    for ph in IDIOMS[lang]:
        if w not in ph:
            continue  # (a phrase without the word cannot hold token i)
        for k in range(len(ph)):
            a = i - k
            if a >= 0 and a + len(ph) <= len(tokens) and all(
                    tokens[a + m].low == w for m, w in enumerate(ph)):
                return True
    return False


def _named_by_what(tokens, i: int, lang: str) -> bool:
    """A trigger inside "in what X called / described as ..." (grammar_<lang>.yml naming_verbs, after "what"
    within eight words), or that naming verb itself: the phrase names an act the sentence told already, it is no
    new one (nor a phone call)."""
    verbs = NAMING_VERBS[lang]
    for v in range(i, max(-1, i - 6), -1):
        w = tokens[v].low
        if v < i and (w in (",", ";", ".") or w == "what"):
            return False
        if w in verbs or tokens[v].lemma in verbs:
            return any(tokens[k].low == "what" for k in range(max(0, v - 8), v))
    return False


CHARACTERISING = {k: frozenset(v) for k, v in _grammar.by_lang("characterising_verbs").items()}


def _characterised_act(tokens, i: int, L: int, ps, units, lang: str) -> bool:
    """A force or arrest noun that is the object of a verb naming it (grammar characterising_verbs, a determiner
    between at most): "described the detention as a provocation", "назвала задержание провокацией", "определи
    задържането като провокация" - the act is told elsewhere, the speaker is no party of it. Not when the noun
    names its own actor right after it ("назвала удар Израиля по Ирану агрессией", "the strikes by Israel")."""
    if not all(q.cameo[:2] in FORCE_ROOTS for q in ps) or tokens[i].pos not in ("NOUN", ""):
        return False
    k = i - 1
    while k >= 0 and tokens[k].low in DETERMINERS:
        k -= 1
    verbs = CHARACTERISING[lang]
    if k < 0 or not (tokens[k].low in verbs or tokens[k].lemma in verbs):
        return False
    j = i + L
    starts = {u.start for u in units}
    return not (j in starts or (j + 1 in starts and tokens[j].low in PREPS.get(lang, ())))


def _note_accuser(ctx: dict | None, e: Ev) -> None:
    """Keep who last criticised or accused a country (``ctx["accusers"]``), who last made a demand, an appeal, a
    proposal or an offer to it (``ctx["demanders"]``), read by clause.last_accuser, and who last invited it
    (``ctx["inviters"]``: an invitation or a proposal to meet, 026/036), whom "accepted the invitation" answers."""
    if ctx is None or e.tgt is None or not e.tgt.country or e.src.country == e.tgt.country:
        return
    if e.code[:2] in ("10", "11"):
        ctx.setdefault("accusers" if e.code[:2] == "11" else "demanders", {})[e.tgt.country] = e.src
        return
    if e.pat.frame.get("accepts_invitation"):
        return  # an answer, not a proposal
    if e.code[:2] == "02" or e.code in ("036", "039"):
        # an appeal, a proposal or an offer is what a later "rejected the proposal" naming no one answers too
        ctx.setdefault("demanders", {})[e.tgt.country] = e.src
    if e.code in ("026", "036"):
        ctx.setdefault("inviters", {})[e.tgt.country] = e.src


ANAPHORIC_EVENT_ROOTS = {"04", "05", "08"}  # talks, agreements, exchanges of prisoners: told again by their head noun


def _anaphoric_event(tokens, groups, lang: str, ctx: dict) -> list:
    """A sentence that names no one but the sides (or the mediator) of a symmetric act told earlier by a noun phrase,
    and tells that act's head noun with a day or month of its own ("Предыдущий обмен, также организованный при
    посредничестве эмиратов, состоялся 18 октября", "Попередній обмін відбувся 23 травня"): another act of that kind
    between the same sides. Kept only with its own date (implicit). ru/uk (the tagger tells the noun)."""
    heads = ctx["event_heads"]
    dated = ctx.get("dated") or ()
    for k, t in enumerate(tokens):
        e = heads.get(t.lemma)
        if e is None or t.pos != "NOUN":
            continue
        if any(u.start <= k < u.end for g in groups for u in g):
            continue
        known = {_key(e.src), _key(e.tgt)} | ({_key(e.mediator)} if e.mediator is not None else set())
        if any(_key(u) not in known for g in groups for u in g):
            return []  # someone else is named: not the same sides' act
        lo, hi = tokens[max(0, k - 8)].start, tokens[min(len(tokens), k + 15) - 1].end
        if not any(lo <= pos <= hi and not _period_start(tokens, pos, lang) for pos in dated):
            return []  # (not "переговоры в тупике с июля 2017 года")
        return [Ev(e.src, e.tgt, e.code, e.pat, t.text, k, e.conf - 0.25, e.mediation, e.mediator, 0, True, True)]
    return []


def _relative_spans(tokens, lang: str) -> list[tuple[int, int]]:
    """(start, end) of each relative clause opened by ", which / who / который ..." (clauses.yml relative_any): from
    the pronoun to the next comma or the sentence's end."""
    rel = _discourse.clauses()["relative_any"].get(lang, ())
    n = len(tokens)
    return [(k, next((m for m in range(k + 1, n) if tokens[m].text == ","), n))
            for k in range(1, n) if tokens[k].low in rel and tokens[k - 1].text == ","]


def _not_from_relative(batch: list, spans: list[tuple[int, int]]) -> list:
    """An act whose source is named inside a relative clause that opens after the trigger (", which borders Iran",
    ", who ...") is dropped: "Turkey and Azerbaijan began a joint exercise in Nakhchivan, which borders Iran" is no act
    of Iran's. (A source before the trigger or after the clause's closing comma, or one the clause's own trigger takes,
    is not affected; nor is the attacker of a use of force, whom such a clause often names: "the attack on Aleppo,
    which Moscow attributes to militants".)"""
    if not spans:
        return batch
    return [e for e in batch if not (e.src is not None and e.code[:2] not in FORCE_ROOTS
                                     and any(e.tpos < a <= e.src.start < b for a, b in spans))]


def _halted_cooperation(out: list) -> list:
    """The aid or cooperation a reduce-relations verb stops is no act of its own ("заморозил поставки оружия Киеву":
    the freeze (16x), not a delivery (07x)): a 06x/07x event whose trigger follows a 16x trigger of the same two actors
    within four words is dropped."""
    halts = [e for e in out if e.code[:2] == "16" and e.tgt is not None]
    if not halts:
        return out
    return [e for e in out if not (e.code[:2] in ("06", "07") and e.tgt is not None and any(
        0 < e.tpos - h.tpos <= 4 and _key(h.src) == _key(e.src) and _key(h.tgt) == _key(e.tgt) for h in halts))]


def _one_offer(out: list) -> list:
    """"Готовность содействовать нормализации ... выразила Анкара": an offer to mediate or help (039) and the generic
    intent (030) of the verb that expresses it, from the same source in one sentence, are one act: the 030 towards a
    party of the offer goes."""
    offers = {(_key(e.src), _key(e.tgt)) for e in out if e.code == "039" and e.tgt is not None}
    if not offers:
        return out
    return [e for e in out if not (e.code == "030" and e.tgt is not None and (_key(e.src), _key(e.tgt)) in offers)]


GROUP_OBJECTS = _grammar.by_lang("group_objects")


SIDES_APPEALS = ("0256", "026")  # appeals addressed to each warring side (rules 7)


def _group_object(batch: list, prev: Ev | None, prev_own: list, tokens, j: int, lang: str) -> list:
    """"telephoned Hun Manet and his Thai counterpart, urging both to stop shooting": a verb that goes on from an act
    with two or more partners and whose object is a pronoun for all of them (grammar group_objects, within three words
    after the trigger) is addressed to each partner, not only to the first one the verb chain hands on. So is an appeal
    for a ceasefire or for talks that goes on from such an act with no addressee of its own ("condemned the strikes
    and called for restraint": each side the condemnation named)."""
    words = GROUP_OBJECTS.get(lang)
    if not batch or prev is None or prev.tgt is None or not words:
        return batch
    partners = list({_key(e.tgt): e.tgt for e in prev_own if e.tgt is not None and _key(e.src) == _key(prev.src)}.values())
    if len(partners) < 2 or not all(e.tgt is not None and _key(e.tgt) == _key(prev.tgt) and _key(e.src) == _key(prev.src)
                                    for e in batch):
        return batch
    if not any(t.low in words for t in tokens[j:j + 3]) and not all(e.code in SIDES_APPEALS for e in batch):
        return batch
    extra = [dataclasses.replace(e, tgt=u) for e in batch for u in partners if _key(u) != _key(prev.tgt)]
    return batch + extra


def _one_threat(out: list) -> list:
    """"vowed to take revenge on Armenia", "threatened to take revenge": a vow or a generic threat (030, 130) and the
    specific threat it introduces (13x, told within eight words after it) from the same source to the same target are
    one act, the specific threat."""
    threats = [e for e in out if e.code[:2] == "13" and e.code != "130" and e.tgt is not None]
    if not threats:
        return out
    return [e for e in out if not (e.code in ("030", "130") and e.tgt is not None and any(
        _key(t.src) == _key(e.src) and _key(t.tgt) == _key(e.tgt) and 0 < t.tpos - e.tpos <= 8 for t in threats))]


def _document_pledges(out: list, tokens, lang: str) -> list:
    """"A and B signed a declaration ..., pledging to end the conflict": a commitment (03x) told after the signing
    (057) of the same two sides in one sentence is the document's content, no act of its own. So is co-operation or a
    concession (06-08) told after a word that introduces the document's content (discourse.yml document_content:
    "signed a protocol providing for the withdrawal of troops and joint patrols")."""
    signed = {(frozenset((_key(e.src), _key(e.tgt))), e.tpos) for e in out if e.code == "057" and e.tgt is not None}
    if not signed:
        return out
    words = _discourse.rules()["document_content"].get(lang, frozenset())

    def content(e, pos: int) -> bool:
        if e.code[:2] == "03":
            return True
        # (the trigger itself when it follows the signing closely: "signed a protocol providing for ...", where
        # "providing" would read as aid)
        end = e.tpos + 1 if e.tpos - pos <= 4 else e.tpos
        return e.code[:2] in ("06", "07", "08") and any(
            t.lemma in words or t.low in words for t in tokens[pos + 1:end])

    return [e for e in out if not (e.tgt is not None and any(
        pair == frozenset((_key(e.src), _key(e.tgt))) and pos < e.tpos and content(e, pos) for pair, pos in signed))]


def _nationals_abroad(out: list, units: list, lang: str) -> list:
    """A state's own nationals as the target of its own act, with a place of another state right after them ("МИД
    России выразил протест в связи с задержанием российских граждан в Баку", "condemned the arrest of Russian citizens
    in Baku"): that state holds them. An arrest or use of force (17-20) is the place's state's; a reaction to it
    (demand, criticism, rejection, threat, protest: 10-14) is addressed to that state."""
    preps = LOC_PREPS.get(lang, set())
    for e in out:
        t, s = e.tgt, e.src
        if t is None or s is None or not s.country or t.country != s.country or t.sector != "CVL" or s.org \
                or s.sector == "CVL":
            continue
        place = next((u for u in units if 0 <= u.start - t.end <= 2 and u.prep in preps and u.country
                      and u.country != t.country and set(u.kinds) <= {"capital", "country"}), None)
        if place is None:
            continue
        if e.code[:2] in ("17", "18", "19", "20"):
            e.src = place
        elif e.code[:2] in ("10", "11", "12", "13", "14"):
            e.tgt = place
    return out


def _one_force_target(out: list) -> list:
    """"Israel struck Hezbollah targets in southern Lebanon": a use of force on a bare country is dropped when the
    sentence codes force by the same source on a group or sector of that country (one act; the country's armed group,
    not the country, is its target)."""
    def bare(u) -> bool:
        return u is not None and u.country and not u.sector and not u.org

    named = {(_key(e.src), e.tgt.country) for e in out
             if e.code[:2] in REPORTED_FORCE_ROOTS and e.tgt is not None and not bare(e.tgt) and e.tgt.country}
    if not named:
        return out
    return [e for e in out if not (e.code[:2] in REPORTED_FORCE_ROOTS and bare(e.tgt)
                                   and (_key(e.src), e.tgt.country) in named)]


def _one_use_of_force(out: list, tokens, lang: str) -> list:
    """"Israel launched air strikes on Lebanon, killing five fighters": the killing is the strikes' toll, not a
    second use of force. A force event (18-20) whose trigger is a consequence verb (grammar_<lang>.yml
    force_consequences) is dropped when an earlier trigger of the sentence already codes force between the
    same countries; so is the onset of fighting ("the war began", frame onset) told with the act that began it
    between the same countries ("... when X attacked Y")."""
    words = FORCE_CONSEQUENCES[lang]

    def side(u):
        return u.country or u.org if u is not None else None

    def consequence(e) -> bool:
        t = tokens[e.tpos]
        return e.code[:2] in REPORTED_FORCE_ROOTS and (t.lemma in words or t.low in words)

    def onset(e) -> bool:
        return e.code[:2] in REPORTED_FORCE_ROOTS and bool(e.pat.frame.get("onset"))

    keep = []
    for ev in out:
        if onset(ev) and any(e.code[:2] in REPORTED_FORCE_ROOTS and e.tpos != ev.tpos and not onset(e)
                             and {side(e.src), side(e.tgt)} == {side(ev.src), side(ev.tgt)} for e in out):
            continue  # "the war began when Hamas-led gunmen attacked Israel": the onset is that attack
        if consequence(ev) and any(
                e.code[:2] in REPORTED_FORCE_ROOTS and e.tpos != ev.tpos and side(e.src) == side(ev.src)
                and side(e.tgt) == side(ev.tgt) and (e.tpos < ev.tpos or not consequence(e)) for e in out):
            # (also the toll told first: "five peacekeepers were killed by Azerbaijani shelling")
            continue
        keep.append(ev)
    return keep


# Hosting or chairing talks between two parties is one event between the parties (rule 6); the host is
# the mediator. Mediation patterns whose own code is one of these become a 046 between the parties.
HOSTED_TALKS = {"043", "044", "046"}


# Acts that are one event between two sides (rule 10): consultations, meetings, talks and calls without an
# initiator (04x but visits 042/043), material cooperation (06x), ceasefires and signed agreements, fighting
# (19x). Statements and intents of two sides ("both confirmed", "agreed to") stay one event per source.
SYMMETRIC_ROOTS = {"04", "06", "19"}
SYMMETRIC_CODES = {"057", "0871", "0872", "084", "0841"}  # 084/0841: an exchange of prisoners
DIRECTED_CODES = {"042", "043", "045"}
VISIT_CODES = {"042", "043"}
FORCE_ROOTS_DIRECTED = {"19"}  # fighting: symmetric when told as one act of both, else each side's attack


TRIGGER_INSERTS = _grammar.by_lang("trigger_inserts")
# articles and modifiers that may stand inside a multi-word trigger without blocking the key written without them
# ("called for an immediate and lasting ceasefire", "every effort to achieve a just peace"); unlike trigger_inserts a
# key written with them still matches as written
TRIGGER_FILLERS = _grammar.by_lang("trigger_fillers")
DAY_PARTS = _grammar.by_lang("day_parts")


def _trigger_inserts(tokens, lang: str) -> frozenset:
    """Tokens that may stand inside a multi-word trigger without belonging to it: adverbs of grammar_<lang>.yml
    ``trigger_inserts`` ("called again for", "offered publicly to host") and dates ("offered on Wednesday to
    host", "called on March 3 for"): a weekday, a month with its day number, and their "on"."""
    words = TRIGGER_INSERTS.get(lang)
    if not words:
        return frozenset()
    days = D.WEEKDAYS.get(lang, {})
    months = D.month_table(lang)
    parts = DAY_PARTS.get(lang, ())
    out = set()
    for k, t in enumerate(tokens):
        w = t.low
        if w in words:
            out.add(k)
        elif w in days or (w.strip(".") in months and _date_word(tokens, k, lang)):
            span = [k]
            if k + 1 < len(tokens) and (tokens[k + 1].text.isdigit() or tokens[k + 1].low in parts):
                span.append(k + 1)
            if k > 0 and tokens[k - 1].text.isdigit():
                span.append(k - 1)
            if max(span) + 1 < len(tokens) and tokens[max(span) + 1].pos == "SUFFIX":
                span.append(max(span) + 1)  # its case ending ("16 Mayıs'ta", "Pazartesi günü'nde")
            first = min(span)
            if first > 0 and tokens[first - 1].low in ("on", "late", "early"):
                span.append(first - 1)
            out.update(span)
    starts, units = PERIOD_STARTS.get(lang), PERIOD_UNITS.get(lang, ())
    if starts:
        low = [t.low for t in tokens]
        for k in range(len(low)):
            for st in starts.get(low[k], ()):
                n = len(st)
                if tuple(low[k:k + n]) != st:
                    continue
                m = k + n
                if m < len(low) and (low[m].isdigit() or _is_number(low[m], lang) or low[m] in ("few", "several")):
                    m += 1  # "over the past 48 hours", "in the last few days"
                if m < len(low) and low[m] in units:
                    out.update(range(k, m + 1))  # "had spoken over the past 48 hours with"
    return frozenset(out)


def _trigger_fillers(tokens, lang: str) -> frozenset:
    """Positions of grammar_<lang>.yml trigger_fillers, and of a coordinator between two of them ("a just and lasting
    peace")."""
    words = TRIGGER_FILLERS.get(lang)
    if not words:
        return frozenset()
    low = [t.low for t in tokens]
    out = {k for k, w in enumerate(low) if w in words or tokens[k].lemma in words}  # forms (en, bg) or lemmas (ru, uk)
    out |= {k for k in range(1, len(low) - 1) if low[k] in COORD and k - 1 in out and k + 1 in out}
    return frozenset(out)


LOCATIVE_PREPS = _grammar.by_lang("locative_prepositions")
LOCATIVE_PLACE_NOUNS = _grammar.by_lang("locative_place_nouns")
MEDIATION_POSTPOSITIONS = _grammar.by_lang("mediation_postpositions")


def _capitalised_name(t) -> bool:
    """A capitalised word of letters (hyphens allowed): a place or a state's name."""
    return t.text[:1].isupper() and t.text.replace("-", "").isalpha()


def _postposed_mediation(tokens, lang: str) -> tuple[int, int] | None:
    """The span of a mediation phrase written after its mediator (grammar ``mediation_postpositions``: "Türkiye'nin
    arabuluculuğuyla", "Katar'ın ev sahipliğinde"): the capitalised name, its case ending and the postposition (with
    "ev" before "sahipliğinde"), or None."""
    words = MEDIATION_POSTPOSITIONS.get(lang)
    if not words:
        return None
    coord = COORDINATION.get(lang, frozenset())
    for k, t in enumerate(tokens):
        if t.low in words and k:
            j = k - 1
            if tokens[j].low == "ev" and j:
                j -= 1
            if tokens[j].pos == "SUFFIX" and j:
                j -= 1
            first = j + 1
            while j >= 0:
                if _capitalised_name(tokens[j]):
                    first = j
                elif not (j and tokens[j].low in coord and tokens[j - 1].text[:1].isupper()):
                    break  # (a coordinator between two names keeps the names before it: "Katar ve Mısır'ın")
                j -= 1
            if first <= k - 1:
                return first, k + 1
    return None


def _place_inserts(tokens, lang: str) -> frozenset:
    """A place between the verb and the noun of a trigger ("приняла в Стамбуле переговоры", "провів у Києві
    переговори"): a locative preposition (grammar locative_prepositions) and the capitalised word after it."""
    preps = LOCATIVE_PREPS.get(lang, set())
    nouns = LOCATIVE_PLACE_NOUNS.get(lang, ())
    # the preposition and the name after it, or (Turkish) the name and its locative suffix: "görüşme Soçi'de yapıldı",
    # or the name and a place noun in the locative (grammar locative_place_nouns): "görüşme Soçi kentinde yapıldı"
    out = {x for k in range(1, len(tokens) - 1)
           if (tokens[k].low in preps and _capitalised_name(tokens[k + 1]))
           or (tokens[k + 1].pos == "SUFFIX" and "loc" in tokens[k + 1].cases and _capitalised_name(tokens[k]))
           or (tokens[k + 1].low in nouns and _capitalised_name(tokens[k]))
           for x in (k, k + 1)}
    med = _postposed_mediation(tokens, lang)  # "görüşmelerini Türkiye'nin arabuluculuğuyla yaptı"
    if med is not None:
        out.update(range(*med))
    return frozenset(out)


def _takes_place(p, lang: str) -> bool:
    """The pattern reads a place as its target (a visit, or a frame with a locative preposition): the place inside
    its words is no insert ("перебуває в Тбілісі з робочим візитом")."""
    return p.cameo[:3] in ("042", "043") or bool(set(p.frame.get("prep") or ()) & LOCATIVE_PREPS.get(lang, set()))


OWNER_PREP = {"bg": "на", "en": "of"}  # the preposition of an owner after its noun (word-order languages)


def _owner_of_first_noun(tokens, lo: int, start: int, prep: str) -> bool:
    """Whether the actor at ``start`` is the owner of the clause's first noun: "[The] proposal of [the] EU ...",
    "Предложението на ЕС ..." (the noun, the owner's preposition and at most an article between)."""
    k = start - 1
    if k > lo and tokens[k].low in ("the", "a", "an"):
        k -= 1
    if k <= lo or tokens[k].low != prep:
        return False
    return k - lo == 1 or (k - lo == 2 and tokens[lo].low in ("the", "a", "an"))
HEADLINE_COMMA = _grammar.by_lang("headline_comma_pairs")  # languages whose headlines join a pair by a comma
NEVER = "zzznevermatch"  # the `requires` of a no-event key (verbs_<lang>.yml stop phrases): it consumes its words


def _shorter_keys(lem: list, tokens, i: int, L: int, pats) -> list:
    """(length, patterns) of the keys shorter than ``L`` that start at word ``i``, longest first: only their
    patterns written for a context (``requires`` / ``requires_any``: "удар" beside a condemning verb); a generic
    pattern of a shorter key does not replace a longer key whose patterns the sentence ruled out."""
    out = []
    for k in range(L - 1, 0, -1):
        ps = [p for p in pats.get(tuple(lem[i:i + k])) or () if p.requires or p.requires_any]
        if ps and not _stop_form_differs(ps, tokens, i, k):
            out.append((k, ps))
    return out


def _stop_form_differs(ps, tokens, i: int, L: int) -> bool:
    """The key at tokens[i:i+L] is only no-event phrases, each of which writes a word in an inflected form that the
    text does not have: "the shelled" (a participle) is no "the shelling", "the attacked" no "the attack", although
    their lemmas are the same; the words are then read as a trigger. Words written as their lemma match any form."""
    if not all(NEVER in p.requires for p in ps):
        return False
    for p in ps:
        words = p.written.split()
        if len(words) != L or len(p.lemmas) != L or all(
                w == lm or tokens[i + k].low == w for k, (w, lm) in enumerate(zip(words, p.lemmas))):
            return False
    return True


def _trigger_with_inserts(lem, i: int, n: int, inserts, maxl: int, pats, found):
    """The longest trigger at ``i`` whose words are interrupted by inserts (``_trigger_inserts``), when it has
    more words than ``found`` (the trigger read without skipping): (its span in tokens, its patterns)."""
    idx = [i]
    k = i + 1
    while k < n and len(idx) < maxl:
        if k not in inserts:
            idx.append(k)
        k += 1
    have = found[0] if found else 0
    for L in range(len(idx), max(1, have), -1):
        if idx[L - 1] - i + 1 == L:
            continue  # nothing skipped: the plain reading above
        ps = pats.get(tuple(lem[x] for x in idx[:L]))
        if ps:
            return idx[L - 1] - i + 1, ps
    return found


@lru_cache(maxsize=8)
def _first_words(lang: str) -> frozenset:
    """First words of the two-word street_protest phrases ("се събраха")."""
    return frozenset(w.split()[0] for w in _discourse.rules()["street_protest"].get(lang, ()) if " " in w)


def _embassy_protest(out: list[Ev], tokens, units: list[Unit], lang: str, pats) -> list[Ev]:
    """A crowd protesting at a foreign mission in a capital ("Hundreds of people protested outside the Russian embassy
    in Sofia", "няколко десетки души протестираха пред руската мисия в София"): one 141 from the civilians of the
    host state to the mission's state (discourse.yml street_protest, embassy_nouns, crowd_nouns), in place of what
    the verb's own roles made of it (the host's official protest, the host city as the target)."""
    rules = _discourse.rules()
    verbs, missions, crowds = (rules[k].get(lang) for k in ("street_protest", "embassy_nouns", "crowd_nouns"))
    if not verbs:
        return out
    firsts = _first_words(lang)
    v = next((k for k, t in enumerate(tokens) if t.lemma in verbs or t.low in verbs
              or t.low in firsts and k + 1 < len(tokens) and f"{t.low} {tokens[k + 1].low}" in verbs), None)
    if v is None:
        return out
    lem = [t.lemma for t in tokens]
    if not any(t.lemma in crowds or t.low in crowds for t in tokens[:v]) \
            or any(u.start < v and u.prep is None and "agent" in u.kinds for u in units):
        return out
    emb = next((u for u in units if u.start > v and u.country and u.sector == "GOV"
                and any(lem[k] in missions or tokens[k].low in missions for k in range(u.start, u.end))), None)
    host = next((u for u in units if emb is not None and u.start >= emb.end and u.country and u.country != emb.country
                 and set(u.kinds) <= {"capital", "country"}), None)
    if host is None:
        return out
    ps = pats.get((lem[v],)) or pats.get(tuple(lem[v:v + 2]))
    if not ps:
        return out
    crowd = Unit(host.start, host.end, host.country + "CVL", host.country, "CVL", None, None, host.text, ("agent", "country"))
    kept = [e for e in out if not (e.tpos == v or e.tpos == v + 1)]
    return kept + [Ev(crowd, emb, "141", ps[0], tokens[v].text, v, 0.5, tchar=tokens[v].start)]


def _brokered_acts(out: list[Ev], tokens) -> list[Ev]:
    """"X brokered a ceasefire between A and B": the ceasefire (or agreement, talks) is between A and B with X as
    mediator (rule 6), not X's act with A, and no separate mediation event; "X tried to broker a truce between A
    and B", "efforts to broker": X's mediation (045) only, the truce was not reached."""
    med = [e for e in out if e.code == "045" and e.mediator is not None and e.tgt is not None]
    if not med:
        return out
    m0 = med[0]
    parties, mediators = [], []  # ("Qatar and Egypt brokered a ceasefire between A and B": two mediators, one act)
    for e in med:
        if e.tpos == m0.tpos and not any(_same_actor(e.tgt, q) for q in parties):
            parties.append(e.tgt)
        if e.tpos == m0.tpos and not any(_same_actor(e.mediator, q) for q in mediators):
            mediators.append(e.mediator)
    acts = [e for e in out if e.tpos > m0.tpos and e.tpos - m0.tpos <= 4 and is_symmetric_code(e.code)
            and e.code != "045" and any(_same_actor(e.src, m) for m in mediators)
            and any(_same_actor(e.tgt, q) for q in parties)]
    if len(parties) < 2 or not acts:
        return out
    w = tokens[m0.tpos].low
    done = w.endswith("ed") or (m0.tpos > 0 and tokens[m0.tpos - 1].low in ("helped", "help"))
    drop = {id(e) for e in acts}
    # the same act told again later by a participle of its noun ("the first truce between them, agreed at his residence
    # on July 28"): no second act of the mediator with one party
    drop |= {id(e) for e in out if e.tpos > m0.tpos and e.code == acts[0].code
             and any(_same_actor(e.src, m) for m in mediators) and any(_same_actor(e.tgt, q) for q in parties)}
    if done:
        drop |= {id(e) for e in med if e.tpos == m0.tpos}
    kept = [e for e in out if id(e) not in drop]
    if done:
        a = acts[0]
        kept.append(Ev(parties[0], parties[1], a.code, a.pat, a.trig, a.tpos, a.conf, True, m0.mediator, a.tchar, True,
                       co_mediators=tuple(mediators[1:])))
    return kept


ARRANGEMENT_NOUNS = _grammar.by_lang("arrangement_nouns")
PREPARATION_NOUNS = _grammar.by_lang("preparation_nouns")
ROUND_NOUNS = _grammar.by_lang("round_nouns")


def _arranged_for(tokens, i: int, lang: str) -> bool:
    """A consultation noun after a purpose preposition and a noun of arranging it ("за проведение мирных
    переговоров", "для организации встречи"; grammar_<lang>.yml arrangement_nouns): the reason or purpose of
    another act, not an event of its own."""
    nouns = ARRANGEMENT_NOUNS.get(lang)
    if not nouns:
        return False
    k = i - 1
    while k > 0 and i - k <= 2 and tokens[k].pos in ("ADJF", "PRTF"):
        k -= 1  # "мирных", "двусторонних"
    if k >= 1 and tokens[k].lemma in nouns and tokens[k - 1].low in PURPOSE.get(lang, ()):
        return True
    # a noun of preparing it, past the round and its adjectives: "обсудили подготовку нового раунда переговоров" (the
    # words between are lower-case words of the noun phrase: the tagger reads "нового" as a noun at times)
    prep = PREPARATION_NOUNS.get(lang, ())
    k = next((k for k in range(i - 1, max(-1, i - 5), -1) if tokens[k].lemma in prep), None)
    return k is not None and all(t.text.isalpha() and t.text.islower() and t.pos not in ("VERB", "INFN", "PREP", "CONJ")
                                 for t in tokens[k + 1:i]) and (i - k <= 2 or any(
        t.lemma in ROUND_NOUNS.get(lang, ()) for t in tokens[k + 1:i]))


def _date_word(tokens, i: int, lang: str) -> bool:
    """Whether token ``i`` is a month name written next to a day or year number."""
    if tokens[i].low.strip(".") not in D.month_table(lang):
        return False
    near = [tokens[k].text for k in (i - 1, i + 1) if 0 <= k < len(tokens)]
    return any(w.isdigit() for w in near)


def is_symmetric_code(code: str) -> bool:
    return code not in DIRECTED_CODES and (code[:2] in SYMMETRIC_ROOTS or code in SYMMETRIC_CODES)


def _key(u: Unit):
    return u.org or u.country or u.actor


def _same_actor(a: Unit | None, b: Unit | None) -> bool:
    return a is not None and b is not None and a.actor == b.actor


def _offer_to_host(batch: list, i: int, tokens, groups) -> list:
    """A proposal of a meeting of two other sides ("Макрон предложил провести в Париже встречу представителей Ливана
    и Израиля", uk "запропонував провести зустріч представників Лівану та Ізраїлю"): the pattern read the meeting's
    parties, both named after the trigger, as its source and target; the proposer is the clause's subject before the
    trigger, and the proposal is its offer to host or mediate, 039 to each party with the proposer as mediator (rule
    6). ``batch`` unchanged when a party is named before the trigger or no other subject precedes it."""
    parties: list = []
    for e in batch:
        for u in (e.src, e.tgt):
            if u is None or u.start < i:
                return batch
            if not any(_key(u) == _key(q) for q in parties):
                parties.append(u)
    keys = {_key(u) for u in parties}
    lo = next((k + 1 for k in range(i - 1, -1, -1) if tokens[k].text in (".", ";", ":")), 0)
    subj = next((g for g in reversed(groups) if lo <= g[0].start and g[-1].end <= i and g[0].prep is None), None)
    if subj is None or len(parties) < 2 or any(_key(u) in keys for u in subj):
        return batch
    e0 = batch[0]
    return [Ev(subj[0], t, "039", e0.pat, e0.trig, e0.tpos, e0.conf - 0.05, True, subj[0], e0.tchar) for t in parties]


JOINT_ADJECTIVES = _grammar.by_lang("joint_adjectives")
STATEMENT_NOUNS = _grammar.by_lang("statement_nouns")


def _joint_statement(tokens, lang: str) -> bool:
    """The sentence tells a joint statement ("в съвместна декларация", "in a joint statement", "у спільній заяві"):
    grammar_<lang>.yml joint_adjectives right before statement_nouns."""
    adj, nouns = JOINT_ADJECTIVES.get(lang), STATEMENT_NOUNS.get(lang)
    return bool(adj and nouns) and any(
        t.lemma in adj and (tokens[k + 1].lemma in nouns or tokens[k + 1].low in nouns)
        for k, t in enumerate(tokens[:-1]))


def shape_events(batch: list[Ev], p: Pattern, joint: bool = False) -> list[Ev]:
    """Shape one trigger's events by the annotation rules (docs/CODEBOOK.md):

    * a mediation pattern with two or more parties: an invitation (03x pattern) is one 026 from the
      inviter to each invited party and an offer (039) one 039 to each party, mediator = source; hosted
      or chaired talks (043/044/046 pattern) are ONE 046 between each pair of parties, marked
      symmetric, mediator = host (a host pattern, 043, also keeps each party's visit to the host);
      "X mediates between A and B" (045) stays 045 from X to each party;
    * a symmetric act (meeting, talks, a call without initiator, agreement, fighting) is ONE event:
      mirrored pairs ``A -> B`` / ``B -> A`` of the same code collapse into the first, marked ``sym``; not
      the 030 of a joint statement (``joint``: the sentence tells one; a pattern with frame ``per_source``).
    """
    if not batch:
        return batch
    med = [e for e in batch if e.mediation and e.mediator is not None and e.tgt is not None]
    if med and len(med) >= 2:
        keep = [e for e in batch if not any(e is m for m in med)]
        host = med[0].mediator
        parties: list[Unit] = []
        for e in med:
            if not any(_same_actor(e.tgt, q) for q in parties) and not _same_actor(e.tgt, host):
                parties.append(e.tgt)
        base = med[0]
        if p.cameo[:2] == "03":
            code = "039" if p.cameo == "039" else "026"
            for e in med:
                e.code = code
            keep += med
        elif all(e.code == "039" for e in med):
            keep += med  # an offer to host the parties: one offer to each (rule 6)
        elif p.cameo in HOSTED_TALKS and len(parties) >= 2:
            if p.cameo == "043":
                # "X hosted the leaders of A and B": each leader's visit to the host (043, rule 4) and the talks
                # of the parties the host mediates (rule 6)
                for e in med:
                    e.code, e.mediation, e.mediator = "043", False, None
                keep += med
            for k, a in enumerate(parties):
                for b in parties[k + 1:]:
                    keep.append(Ev(a, b, "046", p, base.trig, base.tpos, base.conf, True, host, base.tchar, True))
        else:
            keep += med
        batch = keep
    out: list[Ev] = []
    for e in batch:
        twin = None
        if e.tgt is not None and (is_symmetric_code(e.code) or (e.code in ("030", "036") and p.frame.get("symmetric")
                                                                 and not p.frame.get("per_source") and not joint)):
            # (an agreement of two sides, "Ukraine and Russia agreed to ...", is one act of both, rule 10; a
            # joint statement, "reaffirmed their commitment" (frame per_source) or what a sentence telling a joint
            # statement says they agreed (``joint``), one event per source, rule 8)
            twin = next((o for o in out if o.code == e.code and o.tgt is not None and _same_actor(o.src, e.tgt)
                         and _same_actor(o.tgt, e.src)), None)
        if twin is not None:
            twin.sym = True
            continue
        out.append(e)
    return out


def _mood_window_start(tokens, lo: int, i: int, lang: str) -> int:
    """First token of the words before a trigger read for its mood: the four before it, not reaching back past
    the comma that closes a relative clause ("Blinken, who will travel there next week, spoke with ...": the
    clause's future is not the main verb's)."""
    k0 = max(lo, i - 4)
    comma = next((k for k in range(i - 1, k0 - 1, -1) if tokens[k].text == ","), None)
    rel = _discourse.clauses()["relative_any"].get(lang, ())
    if comma is not None and any(tokens[x].low in rel for x in range(max(0, lo - 1), comma)):
        return comma + 1
    return k0


@lru_cache(maxsize=8)
def _scheduled_after_rx(lang: str):
    """discourse.yml ``scheduled_after`` as one pattern of its phrases, each between spaces (None without phrases)."""
    words = _discourse.rules()["scheduled_after"].get(lang, ())
    return re.compile("|".join(re.escape(f" {w} ") for w in words)) if words else None


def _modality(tokens, lo: int, i: int, j: int, hi: int, lang: str, before: set) -> str | None:
    """'hypothetical', 'intent' or 'scheduled' from the words before the trigger (discourse.yml), or
    'scheduled' from the words after a noun trigger ("the meeting is scheduled for", "встреча
    состоится"); None for a plain report."""
    rules = _discourse.rules()
    if before & rules["hypothetical"].get(lang, frozenset()):
        return "hypothetical"
    if before & rules["intent"].get(lang, frozenset()):
        return "intent"
    sched = before & rules["scheduled"].get(lang, frozenset())
    if sched and (days := _anaphoric_day_tokens(tokens, lang)):
        # (not a word of a day told relative to a past one: "rejected the deal the next day and recalled ...")
        sched = {w for w in sched if not (at := {k for k, t in enumerate(tokens) if t.low == w or t.lemma == w})
                 or not at <= days}
    if sched and _scheduled_word(tokens, lo, i, lang, sched):
        return "scheduled"
    end = min(hi, j + 7)
    if any(t.pos == "NOUN" for t in tokens[i:j]) and not any(
            t.pos == "VERB" or t.text in (",", ";", ":") for t in tokens[j:end]):
        # a noun trigger whose predicate comes later ("Встреча A и B в ближайшие недели не планируется"): on to that
        # predicate, and a few words past it ("не стоит на повестке"); not past a comma (another clause)
        v = next((k for k in range(end, min(hi, j + 12)) if tokens[k].pos == "VERB"
                  or tokens[k].text in (",", ";", ":")), None)
        if v is None:
            end = min(hi, j + 12)
        elif tokens[v].pos == "VERB":
            end = min(hi, v + 4)
        else:
            end = v  # the comma
    after = " " + " ".join(t.low for t in tokens[j:end]) + " "
    if (sched_after := _scheduled_after_rx(lang)) is not None and sched_after.search(after):
        return "scheduled"
    if any(t.pos == "NOUN" for t in tokens[i:j]) or lang not in CASE_MARKING and lang != "tr" and i - lo <= 2 and not any(
            t.text[:1].isupper() and t.low not in ("a", "an", "the") for t in tokens[lo:i]):
        # the noun's own predicate with a modal: "Talks between X and Y could take place", "Встреча ... может
        # состояться" (up to the first comma: another clause's modal is not the noun's); en and bg have no tagger:
        # a trigger that opens its clause (an article at most before it) is the clause's subject, a noun
        stop = next((k for k in range(j, end) if tokens[k].text in (",", ";", ":")), end)
        if any(t.low in rules["hypothetical_after"].get(lang, frozenset()) for t in tokens[j:stop]):
            return "hypothetical"
    return None


def _mediator_span(tokens, lang: str) -> tuple[int, int] | None:
    """The token span of the first phrase that names a mediator ("при посредничестве", "hosted by":
    discourse.yml ``mediated_by``), or None. Its words are not triggers of their own."""
    phrases = _discourse.rules()["mediated_by"].get(lang)
    if not phrases:
        return None
    low = [t.low for t in tokens]
    if phrases.keys().isdisjoint(low):
        return None  # (no phrase starts with any of the words)
    for k in range(len(low)):
        hit = _phrase_at(low, k, phrases)
        if hit is not None:
            return k, k + len(hit)
    return None


def _adjectival_mediation(tokens, units, lang: str) -> tuple[tuple[int, int], int] | None:
    """A mediation named by the mediator's adjective or possessive between a preposition and the noun ("with Turkish
    mediation", "through Qatari and Egyptian mediation", "при турецком посредничестве": discourse.yml
    mediation_phrase_nouns / mediation_phrase_preps): (the preposition's span, the noun's position), or None. The
    adjectives' group after the span is the mediator, as after a ``mediated_by`` phrase."""
    rules = _discourse.rules()
    nouns, preps = rules["mediation_phrase_nouns"].get(lang), rules["mediation_phrase_preps"].get(lang)
    if not nouns or not preps:
        return None
    for k, t in enumerate(tokens):
        if t.low not in nouns and t.lemma not in nouns:
            continue
        j = k - 1 if k and tokens[k - 1].text in ("'s", "’s") else k  # "with Turkey's mediation"
        first = next((u for u in units if u.end == j), None)
        while first is not None and first.start >= 2 and tokens[first.start - 1].low in COORD:
            v = next((u for u in units if u.end == first.start - 1), None)  # "Qatari and Egyptian"
            if v is None:
                break
            first = v
        if first is not None and first.start and tokens[first.start - 1].low in preps:
            return (first.start - 1, first.start), k
    return None


def _mediator_end(group: list, tokens) -> int | None:
    """Where the mediator's phrase ends inside the group found right after a mediation phrase: at the first actor
    written right after the one before it, with no conjunction or comma between ("при посредничестве ОАЭ | Россия и
    Украина", "с посредничеството на ОАЕ | Русия и Украйна"), or None when the whole group is the mediator's ("при
    посредничестве Катара и Египта")."""
    for n in range(1, len(group)):
        if group[n].start == group[n - 1].end and group[n - 1].country != group[n].country:
            return n
    return None


def _chaired_events(p, i: int, j: int, tokens, chairs: list, groups: list, lang: str, bset) -> list[Ev]:
    """"The meeting was co-chaired by the ministers of A and B" (discourse.yml chaired_by): a symmetric act
    (frame symmetric) told before the chairs' group in its clause, with no other actor named between the clause's
    start and the chairs, is their act, one event per pair of the sides they are, unless negated, hypothetical,
    scheduled or in the future tense (rule 2). (An attribution after them, ", заявили в МИД X", does not count.)"""
    if not p.frame.get("symmetric") or chairs[0].start <= i:
        return []
    lo, hi = _clause(tokens, i, j, bset)
    if chairs[0].start >= hi or any(not set(map(id, g)) <= set(map(id, chairs)) and lo <= g[0].start < chairs[0].start
                                    for g in groups):
        return []
    w0 = _mood_window_start(tokens, lo, i, lang)
    words = {w for t in [*tokens[w0:i], *tokens[j:chairs[0].start]] for w in (t.lemma, t.low)}
    # (the mood words are read before the trigger and between it and the chairs: "will be co-chaired by")
    if words & NEG.get(lang, frozenset()) or _modality(tokens, lo, i, j, hi, lang, words) is not None \
            or (lang in CASE_MARKING and any("futr" in t.cases for t in tokens[j:chairs[0].start])):
        return []
    sides: dict = {}
    for u in chairs:
        sides.setdefault(_key(u), u)
    units = list(sides.values())[:3]
    trig = " ".join(t.text for t in tokens[i:j])
    return [Ev(a, b, p.cameo, p, trig, i, 0.45, sym=True) for n, a in enumerate(units) for b in units[n + 1:]]


def _chairs_span(tokens, span: tuple[int, int], lang: str) -> bool:
    """The mediator phrase at ``span`` is one that may name the participants themselves (discourse.yml
    ``chaired_by``: "co-chaired by", "под председательством", "при участии")."""
    phrases = _discourse.rules()["chaired_by"].get(lang)
    return bool(phrases) and _phrase_at([t.low for t in tokens], span[0], phrases) is not None


PARTICIPLE_LEMMA_ENDINGS = {lang: tuple(ws) for lang, ws in _grammar.by_lang("participle_lemma_endings").items()}


def _in_participle_phrase(tokens, k: int, lang: str, reach: int = 8) -> bool:
    """A participle (ru PRTF/PRTS; uk, whose dictionary tags participles as adjectives, an adjective with a
    participle's lemma ending, grammar participle_lemma_endings) stands between ``k`` and the comma or sentence start
    before it, within ``reach`` words: tokens[k] belongs to a participial phrase ("ініціативу, укладену ... за
    посередництва X")."""
    ends = PARTICIPLE_LEMMA_ENDINGS.get(lang)
    for x in range(k - 1, max(-1, k - reach - 1), -1):
        t = tokens[x]
        if t.text in (",", ";", ":"):
            return False
        if t.pos in ("PRTF", "PRTS") or (ends and t.pos == "ADJF" and t.lemma.endswith(ends)):
            return True
    return False


def _upcoming(tokens, i: int, lang: str) -> bool:
    """A noun trigger at ``i`` told as upcoming: an ``upcoming_before`` phrase (discourse.yml) ends at most
    four words before it, with no punctuation between ("накануне визита", "ahead of Erdogan's visit")."""
    phrases = _discourse.rules()["upcoming_before"].get(lang)
    if not phrases or (lang in CASE_MARKING and (tokens[i].pos != "NOUN" or "gent" not in tokens[i].cases)):
        return False  # "Накануне переговоры прошли ...": the adverb "the day before", the noun in the nominative
    low = [t.low for t in tokens[max(0, i - 8):i]]
    for k in range(len(low)) if not phrases.keys().isdisjoint(low) else ():  # (no phrase starts with a word)
        ph = _phrase_at(low, k, phrases)
        if ph is not None and len(low) - (k + len(ph)) <= 4 and not any(
                not any(c.isalnum() for c in w) and w not in ("'", "’") for w in low[k + len(ph):]):
            return True
    return False


def _phrase_at(low: list[str], k: int, phrases: dict):
    """The longest phrase (a tuple of lower-case words; ``phrases`` maps a first word to its phrases,
    longest first) that starts at token ``k``, or None."""
    cands = phrases.get(low[k])
    if not cands:
        return None
    return next((ph for ph in cands if tuple(low[k:k + len(ph)]) == ph), None)


# acts of "both sides" that name no target and are done by each side to the other: yielding (returning
# prisoners, withdrawing), accusing, rejecting, reducing relations, coercion and force
PARTIES_EACH_OTHER_ROOTS = {"08", "11", "12", "16", "17", "18", "19", "20"}


def _held_place(tokens, j: int, hi: int, lang: str, src) -> Unit | None:
    """A place after the trigger in its clause that another state holds (discourse.yml held_places), as a unit
    of that state; None when there is none or the holder is the source itself."""
    held = _discourse.held_places(lang)
    if not held:
        return None
    lem = [t.lemma for t in tokens]
    own = {u.country for u in src}
    for k in range(j, min(hi, len(tokens))):
        for L in (4, 3, 2, 1):
            holder = held.get(tuple(lem[k:k + L])) if k + L <= hi else None
            if holder is not None and tokens[k].text[:1].isupper():
                if holder in own:
                    return None
                return Unit(k, k + L, holder, holder, None, None, None, " ".join(t.text for t in tokens[k:k + L]),
                            ("held",), tokens[k].cases)
    return None


DETAINED_PEOPLE = _grammar.by_lang("detained_people")
INCLUSION_WORDS = _grammar.by_lang("inclusion_words")


def _detained_people(tokens, j: int, hi: int, lang: str, src: Unit, units: list | None = None) -> Unit | None:
    """People of no stated nationality arrested by a state's police or court ("Македонската полиция задържа двама
    младежи", "СБУ затримала 34-річного чоловіка", "police detained two men"): civilians of the arresting state
    (grammar_<lang>.yml detained_people, within seven words after the trigger). When some of them are given a
    nationality right after ("300 активисти, сред които 42 турски граждани"), those nationals."""
    words = DETAINED_PEOPLE.get(lang)
    if not words:
        return None
    for k in range(j, min(hi, j + 7, len(tokens))):
        if (tokens[k].low in words or (tokens[k].lemma in words and lang in CASE_MARKING)) and not (
                k > 0 and tokens[k - 1].low in ("the", "this", "that")):  # "the man": one named before
            incl = next((m for m in range(k + 1, min(k + 5, len(tokens))) if tokens[m].low in INCLUSION_WORDS.get(lang, ())),
                        None)
            named = next((u for u in units or () if incl is not None and 0 < u.start - incl <= 3 and u.country
                          and u.country != src.country), None)
            if named is not None:
                return named
            return Unit(k, k + 1, src.country + "CVL", src.country, "CVL", None, None, tokens[k].text, ("people",),
                        tokens[k].cases)
    return None


def _own_agent_object(tokens, j: int, hi: int, lang: str) -> bool:
    """The verb has an object of its own that names no actor: an agent noun without a country within two words
    after the trigger and ending its noun phrase ("... and accused Western governments of double standards",
    "и обвинил западные правительства в ..."): the previous verb's target is not this one's."""
    n = min(hi, len(tokens))
    return any(j <= a < min(hi, j + 3) and (e >= n or not tokens[e].text.isalpha() or tokens[e].low
                                            in PREPS.get(lang, ()))
               for a, e, _s in bare_agents(tokens[:hi], lang, get_lexicon()))  # not "agreed to restore military aid"


def _lower_words(tokens, lang: str) -> list[str]:
    """The tokens in lower case; a suffixing language (Turkish) by its own rules ("İki" -> "iki", not "i̇ki")."""
    if _role_registry.family(lang) == "suffix":
        return [tr_lower(t.text) for t in tokens]
    return [t.low for t in tokens]


def _reciprocal(tokens, i: int, j: int, lo: int, hi: int, lang: str) -> bool:
    """A reciprocal pronoun ("друг друга", "each other", discourse.yml reciprocal) within 4 words after the
    trigger in its clause, or (free word order) within 2 words before it."""
    phrases = _discourse.rules()["reciprocal"].get(lang)
    if not phrases:
        return False
    low = _lower_words(tokens, lang)
    after = range(j, min(hi, j + 4))
    before = range(max(lo, i - 2), i) if lang in ("ru", "uk", "bg") else range(0)
    return any(_phrase_at(low, k, phrases) is not None for k in (*after, *before))


NOUN_CASES = {lang: frozenset(cs) & {"nomn", "gent", "datv", "accs", "ablt", "loct"} for lang, cs in CASES.items()}


def _sentence_mediators(units: list[Unit], groups: list[list[Unit]], tokens, lang: str) -> frozenset:
    """The keys of the actors a sentence calls mediators ("Qatari and Egyptian mediators", "посредники из Катара":
    a group right before or after a mediator noun, discourse.yml mediator_nouns; "the mediators" standing for those
    the article named). Not the actors the article told mediating before: a mediator who phones each side in turn
    ("Rubio said he had spoken with Modi and Sharif") holds two calls."""
    keys = {_key(u) for u in units if "mediators" in u.kinds}
    for k in _mediator_noun_positions(tokens, lang):
        near = [u for u in units if u.start <= k < u.end or u.end == k or u.start == k + 1 or u.end == k - 1]
        if near:
            g = next((g for g in groups if any(u in g for u in near)), near)
            keys |= {_key(u) for u in g}
    return frozenset(keys)


def _surname_units(units: list[Unit], tokens, lang: str, ctx: dict) -> list[Unit]:
    """A person the article has named in full ("Никушор Дан", "Nicușor Dan") is named by the surname alone later on
    ("Дан от своя страна изрази солидарност"): that surname, capitalised and outside any other actor's phrase, is the
    same person (with the role the full name had). The article's full names are remembered here, by the surname's
    word form and lemma (ctx["surnames"]); a surname the dictionaries list on its own is found without this."""
    known = ctx.setdefault("surnames", {})
    in_units = {k for u in units for k in range(u.start, u.end)}

    def remember(last, u) -> None:
        for key in (last.low, last.lemma):
            known.setdefault(key, u)

    for u in units:
        if ("person" in u.kinds or u.name and len(u.name.split()) >= 2) and u.end - u.start >= 2 and u.actor:
            # (a person's phrase: a people.yml name, its title perhaps before it; or a title and a name the
            # dictionaries lack, "Foreign Minister <First Last>")
            last = tokens[u.end - 1]
            if len(last.low) >= 3 and last.text[:1].isupper():
                remember(last, u)
        elif u.actor and u.sector and not u.org and "agent" in u.kinds and "capital" not in u.kinds \
                and u.end < len(tokens):
            # a title and its country followed by a full name the dictionaries lack (two or three capitalised words:
            # "президента Монголии Ухнаагийна Хурэлсуха", "Malaysian Prime Minister Anwar Ibrahim"): the name's last
            # word is that person's surname (not one word after an institution: "Israeli Army Radio")
            k = u.end
            while k < len(tokens) and k - u.end < 3 and tokens[k].text[:1].isupper() and tokens[k].text.isalpha() \
                    and k not in in_units and not _calendar_word(tokens[k].low, lang):
                k += 1
            if k - u.end >= 2 and (k == len(tokens) or not tokens[k].text[:1].isupper()) and len(tokens[k - 1].low) >= 3:
                remember(tokens[k - 1], u)
    if not known:
        return units
    added = []
    for k, t in enumerate(tokens):
        if k in in_units or not t.text[:1].isupper() or len(t.low) < 3:
            continue
        u = known.get(t.low) or known.get(t.lemma)
        if u is not None:
            # (any case: the word's analysis as a common word, "Дана" as a form of "дать", says nothing of it)
            added.append(dataclasses.replace(u, start=k, end=k + 1, text=t.text,
                                             head_cases=NOUN_CASES.get(lang, frozenset()), prep=None))
    return sorted(units + added, key=lambda u: u.start) if added else units


def _mark_mediator(events: list[Ev], med: Unit) -> None:
    """Events between two actors in a sentence that names a third party as mediator get is_mediation and
    that mediator (rule 6)."""
    for e in events:
        if e.tgt is None or e.mediator is not None or _key(med) in (_key(e.src), _key(e.tgt)):
            continue
        if "11" <= e.code[:2] <= "20":
            continue  # ("the ceasefire, made possible through Qatari mediation after Iran's strike": not the strike)
        e.mediation, e.mediator = True, med


def _stand_in(model: Unit, tokens, start: int, end: int, kind: str, sector: str | None = None) -> Unit:
    """A unit at tokens[start:end] that stands for the actor ``model`` named elsewhere ("both sides", "the
    mediators", "the attack"): the model's actor in the words' place and case, marked by ``kind``; ``sector``
    (from a head noun: "the foreign ministers of the two countries") replaces a country's own."""
    actor = model.country + sector if sector and model.country and not model.org else model.actor
    return Unit(start, end, actor, model.country, sector or model.sector, model.org, model.name,
                " ".join(t.text for t in tokens[start:end]), (kind,), tokens[start].cases)


def _mediator_noun_positions(tokens, lang: str) -> list[int]:
    nouns = _discourse.rules()["mediator_nouns"].get(lang, ())
    return [k for k, t in enumerate(tokens) if t.lemma in nouns or t.low in nouns] if nouns else []


def _article_mediators(sents, lang: str, lex, art) -> list[Unit]:
    """The mediators an article names by nationality or origin next to a mediator noun ("Egyptian and Qatari
    mediators", "египетских и катарских посредников", "mediators from Egypt", discourse.yml mediator_nouns), in
    order of appearance: what a bare "the mediators" / "посредники" elsewhere in the article refers to."""
    nouns = _discourse.rules()["mediator_nouns"].get(lang, ())
    if not nouns:
        return []
    rx = _mediator_rx(lang)
    origin = _discourse.rules()["mediator_origin"].get(lang, ())
    out: list[Unit] = []
    for _s0, _s1, sent, _p in sents:
        if not rx.search(sent):
            continue
        tokens = tokenize(sent, lang)
        pos = _mediator_noun_positions(tokens, lang)
        if not pos:
            continue
        units = find_units(tokens, lang, lex, art, sent)
        for g in _groups(units, tokens):
            for k in pos:
                near = g[-1].start <= k <= g[-1].end or (g[0].start == k + 2 and tokens[k + 1].low in origin)
                if near:
                    for u in g:
                        if not any(_key(u) == _key(o) for o in out):
                            out.append(u)
    return out


@lru_cache(maxsize=8)
def _mediator_rx(lang: str):
    """A quick test for a sentence that may hold a mediator noun: a word that starts with one of the nouns (their
    inflected forms start with the listed lemma or form), not any word sharing a few letters ("media", "Arab")."""
    nouns = sorted(_discourse.rules()["mediator_nouns"].get(lang, ()), key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(x) for x in nouns) + ")") if nouns else re.compile("(?!x)x")


def _mediator_units(units: list[Unit], tokens, lang: str, mediators: list[Unit]) -> list[Unit]:
    """A mediator noun with no actor next to it ("met the mediators in Cairo", "встретилась с посредниками") stands
    for the mediators the article names elsewhere (``_article_mediators``), as one group at its place."""
    at = {k for u in units for k in range(u.start, u.end)}
    origin = _discourse.rules()["mediator_origin"].get(lang, ())
    added = []
    for k in _mediator_noun_positions(tokens, lang):
        if k in at or k - 1 in at or k + 1 in at or (k + 2 in at and tokens[k + 1].low in origin):
            continue  # the mediators named right here ("Qatari mediators", "mediators from Egypt")
        for m in mediators:
            added.append(_stand_in(m, tokens, k, k + 1, "mediators"))
    return sorted(units + added, key=lambda u: u.start) if added else units


def _victims_attackers(units: list[Unit], k: int, attackers: tuple, forces) -> tuple:
    """The attacker of the article's latest use of force on the victim a force noun names right after it ("осъди
    атаката срещу Одеса", "condemned the attack on Odesa": the unit one or two words after the noun), when that is
    not the latest use of force of all (a strike back told in between); else ``attackers``."""
    victim = next((u for u in units if k + 1 < u.start <= k + 3), None)
    if victim is None or not victim.country or not forces:
        return attackers
    for src, tgt in reversed(forces):
        if tgt is not None and tgt.country == victim.country and src.country and src.country != victim.country:
            return (src,)
    return attackers


SUFFIX_GENITIVE_ENDINGS = ("ın", "in", "un", "ün")  # a Turkish possessor's ending ("İsrail'in", "iki ülkenin")


def _attacker_units(units: list[Unit], tokens, lang: str, attackers: tuple, pats, key: str = "force_nouns",
                    forces=()) -> list[Unit]:
    """"Poland condemned the attack (on Ukraine)", "Польша осудила атаку": a force noun (discourse.yml
    force_nouns) right after a criticism trigger (CAMEO 11, one word, at most two words between) whose attacker
    the sentence does not name (no actor right before or after the noun) stands for the attacker of the article's
    latest use of force (``attackers``: the source of the last of ``ctx["forces"]``, or both sides of fighting between two,
    ``ctx["last_force_sides"]``), so the criticism has its target (not the victim after "on").
    With ``key="visit_nouns"``: "the EU criticised the visit" criticises the visitor of the latest visit."""
    nouns = _discourse.rules()[key].get(lang, ())
    if not nouns:
        return units
    at = {k for u in units for k in range(u.start, u.end)}
    added = []
    suffixing = _role_registry.family(lang) == "suffix"
    for k, t in enumerate(tokens):
        if t.lemma not in nouns or k in at or k + 1 in at:
            continue
        if suffixing:
            # an owner before the noun is a genitive ("İsrail'in saldırılarını", "ordusunun saldırısını"); an actor
            # without one is the clause's subject ("Ukrayna Dışişleri Bakanlığı saldırıyı kınadı")
            if k > 0 and (k - 1 in at or (k > 1 and tokens[k - 1].pos == "SUFFIX" and k - 2 in at)) \
                    and tokens[k - 1].low.lstrip("'’").endswith(SUFFIX_GENITIVE_ENDINGS):
                continue
        elif k - 1 in at:
            continue
        owner_after = k + 2 < len(tokens) and tokens[k + 1].low in ("by", "от", "з боку", "со") \
            and k + 2 in at
        if owner_after:
            continue
        # the three words before it, quotation marks aside ("condemned the \"barbaric\" strikes")
        near = [h for h in range(max(0, k - 6), k) if tokens[h].text not in NAME_QUOTES and tokens[h].text not in ("‘", "’", "'")][-3:]
        # (past the victim named right after the noun: "Атаку на Одессу осудили", "The attack on Odesa was condemned")
        b = next((u.end for u in units if u.start == k + 2
                  and (tokens[k + 1].pos == "PREP" or tokens[k + 1].low in PREPS.get(lang, ()))), k + 1)
        if lang in CASE_MARKING and b < len(tokens) and tokens[b].pos == "VERB":
            near = [*near, b]  # fronted object: "Удар осудили в ЕС", "Атаку засудили в ООН"
        elif not suffixing and b + 1 < len(tokens) and tokens[b].low in PASSIVE_AUX.get(lang, ()):
            # the noun as the passive's subject: "The attack was condemned by the EU", "Атаката беше осъдена от ЕС"
            h = b
            while h < len(tokens) and (tokens[h].low in PASSIVE_AUX.get(lang, ()) or tokens[h].low in PASSIVE_INSERTS.get(lang, ())):
                h += 1
            if h < len(tokens):
                near = [*near, h]  # (also a two-word passive key: "осъдена от")
        elif suffixing:
            # the verb after its object: "saldırıyı kınadı", "saldırıları sert bir dille kınadı", "saldırıyı terör
            # eylemi olarak nitelendirdi"
            after = []
            for h in range(k + 1, min(len(tokens), k + 6)):
                if tokens[h].text in (".", ";", "!", "?"):
                    break
                after.append(h)
            near = after
        crit = any(any(p.cameo[:2] == "11" for p in [*pats.get((tokens[h].lemma,), ()),
                                                     *(pats.get((tokens[h].lemma, tokens[h + 1].lemma), ())
                                                       if h + 1 < len(tokens) else ())])
                   for h in near)
        if not crit:
            continue
        added += [_stand_in(a, tokens, k, k + 1, "attacker") for a in _victims_attackers(units, k, attackers, forces)]
    return sorted(units + added, key=lambda u: u.start) if added else units


# words between an agent head and a "both sides" phrase it governs ("ministers of the two countries",
# "министрите на двете страни"); ru/uk join them by the genitive, with nothing between
PARTY_HEAD_LINKS = {"of", "на", "from"}


def _party_units(units: list[Unit], tokens, lang: str, pair: tuple, agents=()) -> list[Unit]:
    """Units for "both sides" / "стороны" / "двете страни" (discourse.yml): the pair of actors the
    article last named together, as a coordinated group at the phrase's position. An agent phrase right
    before it is its head ("the foreign ministers of the two countries", "министры иностранных дел двух
    стран", "външните министри на двете страни"): the units start there and take its sector."""
    rules = _discourse.rules()
    phrases = rules["parties"].get(lang)
    if not phrases:
        return units
    low = _lower_words(tokens, lang)  # "İki ülke" opening a sentence
    if phrases.keys().isdisjoint(low):
        return units  # no party phrase starts anywhere in the sentence
    taken = set()
    for u in units:
        taken.update(range(u.start, u.end))
    added: list[Unit] = []
    k = 0
    while k < len(low):
        hit = _phrase_at(low, k, phrases)
        before = low[k - 1] if k else ""
        if hit is not None and len(hit) == 1 and (before in rules["not_after"].get(lang, ())
                                                  or before.endswith(tuple(rules["not_after_ending"].get(lang, ())))):
            hit = None  # "со стороны Киева", "российской стороны": one side, not the two
        if hit is None or any(x in taken for x in range(k, k + len(hit))):
            k += 1
            continue
        end = k + len(hit)
        head = next((a for a in agents if a[1] <= k and not any(x in taken for x in range(a[0], a[1]))
                     and all(w in PARTY_HEAD_LINKS for w in low[a[1]:k])), None)
        start, sector = (head[0], head[2]) if head is not None else (k, None)
        if head is None and _role_registry.family(lang) == "suffix" and low[end - 1].endswith(SUFFIX_GENITIVE_ENDINGS):
            # Turkish possessor before its head: "iki ülkenin dışişleri bakanları"
            head = next((a for a in agents if a[0] == end and not any(x in taken for x in range(a[0], a[1]))), None)
            if head is not None:
                end, sector = head[1], head[2]
        # a headed phrase that takes in an earlier one ("Министры | иностранных дел двух стран"): the longer reading
        added = [u for u in added if u.end <= start]
        for p in pair:
            added.append(_stand_in(p, tokens, start, end, "parties", sector))
        k = end
    if not added:
        return units
    return sorted(units + added, key=lambda u: u.start)


def _between_pair(units: list[Unit], tokens, lang: str, pats=None) -> tuple | None:
    """Two actors of different countries joined by "and" after "between" (grammar between) or "with" (the partners of
    an encounter: "провел телефонные разговоры с премьером Израиля и президентом Ирана, в ходе которых призвал стороны
    ..."), followed later in the sentence by a party phrase ("both sides", "обе стороны"; discourse.yml parties): the
    pair that phrase names."""
    phrases = _discourse.rules()["parties"].get(lang)
    pair_preps = BETWEEN | WITH.get(lang, set())
    if not phrases or pair_preps.isdisjoint(t.low for t in tokens):
        return None
    low = _lower_words(tokens, lang)
    if phrases.keys().isdisjoint(low):
        return None
    for k in range(len(units) - 1):
        a, b = units[k], units[k + 1]
        prep = _prep_before(tokens, a.start, lang)
        if prep not in pair_preps or not _key(a) or not _key(b) or _key(a) == _key(b):
            continue
        if not (b.start - a.end == 1 and tokens[a.end].low in COORD and tokens[a.end].text != ","):
            continue
        if any(_phrase_at(low, x, phrases) and (prep in BETWEEN or _appealed_to(tokens, x, pats))
               for x in range(b.end, len(low))):
            return a, b
    return None


def _appealed_to(tokens, x: int, pats) -> bool:
    """The phrase at ``x`` is the object of an appeal right before it ("призвал стороны", "urging both sides", "called
    on both sides"): the key of an appeal pattern (CAMEO 02) ends on the word before it."""
    if not pats or x == 0:
        return False
    lem = [t.lemma for t in tokens[max(0, x - 3):x]]
    return any(p.cameo[:2] == "02" for n in (1, 2, 3) if n <= len(lem) for p in pats.get(tuple(lem[-n:]), ()))


def _force_pair(sent: str, tokens, units: list[Unit], lang: str, date, lex, pats) -> tuple | None:
    """The two sides of the first use of force between two countries (or a state and an armed group) that the
    sentence tells before a party phrase ("both sides", "стороны", "двете страни"; discourse.yml parties), read by
    coding the sentence alone once: the pair that phrase names ("Germany condemned Israel's strikes on Iran and urged
    both sides to show restraint"). None without such a phrase or act."""
    phrases = _discourse.rules()["parties"].get(lang)
    if not phrases or len(units) < 2:
        return None
    low = _lower_words(tokens, lang)
    if phrases.keys().isdisjoint(low):
        return None
    at, hit = next(((k, h) for k in range(len(low)) if (h := _phrase_at(low, k, phrases))), (None, None))
    if at is None:
        return None
    comma = next((k for k in range(at - 1, max(-1, at - 5), -1) if tokens[k].text == ","), None)
    end = at + len(hit)
    if comma is not None and all(t.text.isalpha() for t in tokens[comma + 1:at]) and (
            (comma + 1 < at and _speech_verb(tokens[comma + 1], lang))
            or (end < len(tokens) and _speech_verb(tokens[end], lang))):
        return None  # the speakers ("..., сообщили военные обеих стран", "..., both sides said"), no addressees
    for e in code_sentence(sent, lang, date, lex, pats, None):
        if (e.code[:2] in REPORTED_FORCE_ROOTS and e.tgt is not None and e.src is not None and e.tpos < at
                and "parties" not in e.src.kinds + e.tgt.kinds and _two_sides(e.src, e.tgt) and not _mediating(e)):
            return e.src, e.tgt
    return None


def _mediating(e) -> bool:
    """An event whose source mediates between parties (an offer to mediate or host, mediation, a mediator set); not a
    host's bilateral visit ("Macron hosted Zelensky in Paris": 043, no mediator; the two are a pair)."""
    return e.mediator is not None or e.code in ("039", "045") or (bool(e.pat.mediation) and e.code not in VISIT_CODES)


def _parties_apart_from_source(batch: list[Ev], ctx: dict | None) -> list[Ev]:
    """"Both sides" never includes the actors that address them: when the article's pair is itself the subject of
    an act whose target came from a party phrase ("Norway and Canada ... They urged both sides"), the phrase
    names the pair the article has named most often without the source (``ctx["pairs"]``); with no such pair
    the events go."""
    if not ctx or not ctx.get("pair") or not any(e.tgt is not None and "parties" in e.tgt.kinds for e in batch):
        return batch
    pair_keys = {_key(u) for u in ctx["pair"]}
    if not pair_keys <= {_key(e.src) for e in batch if e.src is not None and "parties" not in e.src.kinds}:
        return batch  # the pair is not the subject: "Putin ... the two leaders" leaves Aliyev Putin's counterpart
    out: list[Ev] = []
    for e in batch:
        if e.tgt is None or "parties" not in e.tgt.kinds or e.src is None or "parties" in e.src.kinds \
                or _key(e.src) not in pair_keys:  # "the sides agreed": the two sides act on each other
            out.append(e)
            continue
        alt = [c for k, c in ctx.get("pairs", {}).items() if _key(e.src) not in k]
        if not alt:
            continue
        best = max(alt, key=lambda c: (c[0], c[1]))
        for u in (best[2], best[3]):
            side = copy.copy(u)
            side.kinds = ("parties",)
            if not any(_same_actor(o.src, e.src) and _same_actor(o.tgt, side) and o.code == e.code for o in out):
                ne = copy.copy(e)
                ne.tgt = side
                out.append(ne)
    return out


def _separately(tokens, lang: str) -> bool:
    """The sentence says its consultations were held with each party apart (discourse.yml separately)."""
    words = _discourse.rules()["separately"].get(lang, ())
    if not words:
        return False
    text = " " + " ".join(t.low for t in tokens) + " "
    return any(f" {w} " in text for w in words)


def _remember_pair(ctx: dict, events: list[Ev], groups: list[list[Unit]]) -> None:
    """Keep the pair of actors a later "both sides" refers to: the pair the article has named together
    most often so far (the two sides of a symmetric act count twice, a coordinated pair of different
    countries or organisations once; ties go to the latest). The two sides of a standing conflict
    (dictionaries/conflicts.yml) count 0.75 once the article has named both, in any sentence: more than one
    directed act between two other states, less than a coordinated pair."""
    key = _key
    seen: list[tuple[int, Unit, Unit]] = []
    named_states = ctx.setdefault("named_states", {})
    in_conflicts = _mediation.conflict_states()
    for g in groups:
        for u in g:
            if u.country in in_conflicts and not u.org and "parties" not in u.kinds and u.country not in named_states:
                named_states[u.country] = u
                for other, v in list(named_states.items()):
                    if other != u.country and _mediation.standing_conflict(frozenset((other, u.country))):
                        seen.append((0.75, v, u))
    sym_pairs = set()
    targets_at: dict = {}
    for e in events:
        if e.tgt is not None:
            targets_at.setdefault(e.tpos, set()).add(key(e.tgt))

    def mediating(e) -> bool:
        # a mediation pattern with one addressee ("Той покани Денков да посети Киев", "МИД пригласил посла") is a
        # bilateral act: its source mediates only between two parties, as a named mediator, or by an offer to
        # mediate or host (039, 045)
        return _mediating(e) and (e.mediator is not None or e.code in ("039", "045")
                                  or len(targets_at.get(e.tpos, ())) >= 2)

    for e in events:
        if e.sym and e.tgt is not None and key(e.src) != key(e.tgt):
            seen.append((2, e.src, e.tgt))
            sym_pairs.add(frozenset((key(e.src), key(e.tgt))))
            ctx["sym_pair_many"] = len(sym_pairs) > 1  # "X called A on Monday and B on Tuesday": "the sides" are not one pair
            ctx["sym_pair"] = (e.src, e.tgt)  # the sides of the latest symmetric act (talks, fighting)
            ctx["sym_pair_n"] = ctx.get("n", 0)
        elif mediating(e):
            continue  # the mediator and one party are no pair; the parties are (below)
        elif e.tgt is not None and e.src is not None and e.src.country and e.tgt.country \
                and (e.src.country != e.tgt.country or (e.src.sector == "REB") != (e.tgt.sector == "REB")) \
                and "parties" not in e.src.kinds + e.tgt.kinds:
            # "Serbia accused Croatia ... Both sides agreed", "the army accused the RSF ... The two sides signed": a
            # directed act between two states, or a state's forces and an armed group of its country, names a pair too
            seen.append((0.5, e.src, e.tgt))
    by_trigger: dict = {}
    for e in events:
        if mediating(e) and e.tgt is not None and not _same_actor(e.tgt, e.mediator or e.src):
            by_trigger.setdefault(e.tpos, []).append(e.tgt)
            for m in (e.mediator or e.src, *e.co_mediators):
                if key(m) not in ctx.setdefault("mediator_keys", set()) and "mediators" not in m.kinds:
                    ctx.setdefault("mediating", []).append(m)
                ctx["mediator_keys"].add(key(m))
    for parties in by_trigger.values():
        other = next((u for u in parties[1:] if key(u) != key(parties[0])), None)
        if other is not None:
            seen.append((2, parties[0], other))  # "ready to host talks between Moscow and Kyiv": the two sides
    for g in groups:
        named = [u for u in g if "parties" not in u.kinds]
        sides = {key(u) for u in named}
        if len(sides) == 1 and len(named) == 2 and (named[0].sector == "REB") != (named[1].sector == "REB") \
                and not (named[0].org or named[1].org):
            # "the Sudanese Armed Forces and the Rapid Support Forces": a state's forces and an armed group of the same
            # country named together are the two sides of a civil war
            seen.append((1, named[0], named[1]))
            continue
        if len(sides) >= 2:
            a = named[0]
            # a list of three or more ("Greece, Turkey and the UK") names its first two as a pair only weakly
            seen.append((1 if len(sides) == 2 else 0.5, a, next(u for u in named[1:] if key(u) != key(a))))
    if not seen:
        return
    counts = ctx.setdefault("pairs", {})
    for w, a, b in seen:
        k = frozenset((key(a), key(b)))
        n = counts[k][0] + w if k in counts else w
        if k in counts and w < counts[k][4]:
            # "talks of the presidents ... apologised for the deaths of Russian peacekeepers": the sides' units stay
            # those of the strongest mention (a symmetric act's), not a weaker directed act's sector
            a, b, w = counts[k][2], counts[k][3], counts[k][4]
        counts[k] = (n, len(counts) + sum(c[0] for c in counts.values()), a, b, w)
    # a pair with a state that has mediated in the article is no pair of sides while another pair is known
    # ("Russia invited both foreign ministers ... the two countries": the parties, not Russia and one of them)
    meds = ctx.get("mediator_keys", ())
    sides = [c for c in counts.values() if key(c[2]) not in meds and key(c[3]) not in meds] or list(counts.values())
    best = max(sides, key=lambda c: (c[0], c[1]))
    ctx["pair"] = (best[2], best[3])


# appeal, intent, demand, reject, threaten: their infinitive complement is not an event of its own
# ("called on Russia to release the sailors", "refused to withdraw")
GOVERNING_ROOTS = {"02", "03", "10", "12", "13"}
WARNED_AGAINST = _grammar.by_lang("warned_against_prepositions")


INF_MARK = _grammar.by_lang("infinitive_marks")


INFINITIVE_ENDINGS = {lang: tuple(sorted(ws)) for lang, ws in _grammar.by_lang("infinitive_endings").items()}


def _infinitive(t, lang: str) -> bool:
    """A ru/uk infinitive: pymorphy's INFN (ru); the Ukrainian tagger says VERB, so a verb that is its own lemma and
    has an infinitive ending (grammar_<lang>.yml infinitive_endings: the infinitive is the dictionary form) counts."""
    if t.pos == "INFN":
        return True
    w = t.low
    ends = INFINITIVE_ENDINGS.get(lang)
    return bool(ends) and t.pos == "VERB" and w == t.lemma and w.endswith(ends)


POSSESSIVE_PRONOUNS = _grammar.by_lang("possessive_pronouns")
POSSESSED_OBJECT_ROOTS = {"10", "11", "12"}  # demands, criticism, rejection of someone's acts or words


WORDS_NOUNS = _grammar.by_lang("words_nouns")
WORDS_AUTHOR_PREPS = _grammar.by_lang("words_author_prepositions")


REFERRED_ACT_NOUNS = _grammar.by_lang("referred_act_nouns")
REFERRED_ACT_POINTERS = _grammar.by_lang("referred_act_pointers")
REFERRED_ACT_CLITICS = {"му", "ѝ", "им"}  # Bulgarian possessive clitics, which follow their noun ("думите му")
REFERRED_ACT_REACH = 2  # sentences back to the act a judgement refers to


def _referred_act_author(tokens, lo: int, hi: int, i: int, j: int, lang: str, src: list, ctx) -> Unit | None:
    """The author of the act a judgement that names no party points back to by a noun and a demonstrative or
    possessive (grammar_<lang>.yml referred_act_nouns, referred_act_pointers: "МИД Израиля назвал это решение ...",
    "called his remarks baseless", "определи думите му като ..."): the source of an event of the last sentence
    that told any (ctx["last_acts"], at most REFERRED_ACT_REACH sentences back), the first aimed at the judge;
    else None."""
    nouns = REFERRED_ACT_NOUNS.get(lang)
    acts = ctx.get("last_acts") if ctx else None
    if not nouns or not acts or acts[1] > REFERRED_ACT_REACH:
        return None
    pointers = REFERRED_ACT_POINTERS.get(lang, ())

    def pointed(k: int) -> bool:
        # a demonstrative or possessive right before the noun or, as a clitic, right after it ("это решение",
        # "his remarks", "думите му")
        return (k > 0 and tokens[k - 1].low in pointers) or (k + 1 < len(tokens) and tokens[k + 1].low in pointers
                                                            and tokens[k + 1].low in REFERRED_ACT_CLITICS)
    if not any((tokens[k].lemma in nouns or tokens[k].low in nouns) and pointed(k)
               for k in range(lo, hi) if not i <= k < j):
        return None
    judge = {_key(u) for u in src} | {u.country for u in src if u.country}

    def aimed_at_judge(e) -> bool:
        return e.tgt is not None and (_key(e.tgt) in judge or e.tgt.country in judge)
    # the side the act was aimed at answers it (a third party's judgement stays addressed to no one); an accusation,
    # a criticism or a rejection judged is answered, and the denial patterns code that
    return next((e.src for e in acts[0] if _key(e.src) not in judge and e.src.country not in judge
                 and aimed_at_judge(e) and e.code[:2] not in ("01", "11", "12")), None)


def _words_author(tokens, right: list, j: int, lang: str, src: list):
    """The author of statements, accusations or demands judged right after the trigger, named after one of
    grammar_<lang>.yml words_author_prepositions ("разкритикува изказванията от Скопие"): a target group, or None."""
    nouns, preps = WORDS_NOUNS.get(lang), WORDS_AUTHOR_PREPS.get(lang)
    if not nouns or not preps:
        return None
    for g in right:
        k = g[0].start
        if g[0].start - j > 4 or g[0].prep not in preps or k < 2:
            continue
        if (tokens[k - 2].lemma in nouns or tokens[k - 2].low in nouns) and \
                {_key(u) for u in g}.isdisjoint({_key(u) for u in src}):
            return g
    return None


def _possessed_object(tokens, j: int, hi: int, lang: str, src: list, ctx: dict | None):
    """The actor named before (the previous sentence's subject) as the owner of the object a judgement is about
    ("Атина определи действията им ...", "Athens called their actions a provocation"): a possessive pronoun of
    grammar_<lang>.yml possessive_pronouns within the four words after the trigger, when that subject is not the
    source's own side. A target group, or None."""
    words = POSSESSIVE_PRONOUNS.get(lang)
    subj = (ctx or {}).get("subj")
    if not words or subj is None or _key(subj) in {_key(u) for u in src}:
        return None
    if not any(t.low in words for t in tokens[j:min(hi, j + 4)]):
        return None
    return [subj]


TOPIC_HEADS = _grammar.by_lang("topic_heads")
TOPIC_HEAD_PREPS = _grammar.by_lang("topic_head_prepositions")


def _topic_noun(tokens, i: int, lang: str) -> bool:
    """The trigger at ``i`` is the topic of a noun or verb that takes one (grammar topic_heads: "talks",
    "focused") through a topic preposition (topic_head_prepositions: "on", "about"), with at most a determiner or one
    modifier between: "talks on a ceasefire", "focused on prisoner exchanges", "a discussion about the strikes"; also
    a second topic after "and" ("on prisoner releases and humanitarian access") and, in English, a place between the
    head and its preposition ("a declaration in Doha on ...")."""
    preps = TOPIC_HEAD_PREPS.get(lang, ())
    k = i - 1
    if k >= 0 and tokens[k].low in DETERMINERS:
        k -= 1
    if k >= 1 and tokens[k].text[:1].islower() and tokens[k].text.isalpha() and tokens[k - 1].low in preps:
        k -= 1  # a modifier of the topic noun: "on prisoner releases"
    elif k >= 2 and all(t.text[:1].islower() and t.text.isalpha() and t.low not in DETERMINERS and t.low not in COORD
                        and t.low not in PREPS.get(lang, ()) for t in tokens[k - 1:k + 1]) \
            and tokens[k - 2].low in DETERMINERS and k >= 3 and tokens[k - 3].low in preps:
        k -= 3  # a determiner and two modifiers: "talks on a nationwide humanitarian truce"
    elif k >= 2 and tokens[k].text[:1].islower() and tokens[k].text.isalpha() and tokens[k].low not in COORD \
            and tokens[k].low not in PREPS.get(lang, ()) and tokens[k - 1].low in DETERMINERS and tokens[k - 2].low in preps:
        k -= 2  # a determiner and a modifier: "talks on a humanitarian truce"
    if k >= 2 and tokens[k].low in COORD and tokens[k].text != ",":
        # a second topic joined by "and" ("on prisoner releases and humanitarian access"): past the first, of at most
        # two lower-case words that are no past forms ("talks on trade ended and fighting resumed" is no list)
        w = k - 1
        while w > k - 3 and tokens[w].text[:1].islower() and tokens[w].text.isalpha() and tokens[w].low not in preps \
                and not tokens[w].low.endswith("ed"):
            w -= 1
        if w < k - 1 and tokens[w].low in preps:
            k = w
    if k < 1 or tokens[k].low not in preps:
        return False
    h = k - 1
    if lang == "en" and tokens[h].text[:1].isupper():
        # a place between the head and its topic: "a declaration in Doha on ..."
        while h > 1 and tokens[h].text[:1].isupper():
            h -= 1
        h = h - 1 if tokens[h].low in ("in", "at") else k - 1
    head = tokens[h]
    return head.lemma in TOPIC_HEADS[lang] or head.low in TOPIC_HEADS[lang]


PROSPECTIVE = _grammar.by_lang("prospective_adjectives")
NOUN_NEG_REACH = {lang: int(next(iter(v))) for lang, v in _grammar.by_lang("noun_negation_reach").items()}


def _negated_noun(tokens, lo: int, i: int, lang: str) -> bool:
    """A noun trigger (a determiner at most two words before it) with a negation within ``noun_negation_reach``
    words before it in its clause and no punctuation between ("did not hold a hotline conversation", "has not
    made any visit")."""
    if not any(tokens[k].low in DETERMINERS for k in range(max(lo, i - 2), i)):
        return False
    for k in range(i - 1, max(lo, i - NOUN_NEG_REACH[lang]) - 1, -1):
        t = tokens[k]
        if not t.text[:1].isalnum() and t.text not in ("'", "’"):
            return False
        if t.low in NEG.get(lang, ()) or t.lemma in NEG.get(lang, ()):
            return True
    return False


def _trigger_just_before(hist: list, i: int, tokens, root: str, coord_ends: bool) -> int | None:
    """The token index of the previous trigger when its pattern has CAMEO ``root`` and it stands in this trigger's
    clause within six words before it (no ",", ";" or ":" between; nor "and" when ``coord_ends``), else None."""
    if not hist:
        return None
    gp, gi, _gn, _g = hist[-1]
    if gp.cameo[:2] != root or not 0 < i - gi <= 6 or any(
            t.text in (",", ";", ":") or (coord_ends and t.low in COORD) for t in tokens[gi + 1:i]):
        return None
    return gi


def _not_the_talks_topic(batch: list, i: int, tokens, hist: list, out: list) -> list:
    """"Сторони обговорили наслідки нічного удару", "the sides discussed the strike": a use of force named as the
    topic of a consultation right before it (same clause, within six words) is no fighting between the consulting
    sides; its events whose actors are only those sides go (a strike with actors of its own stays)."""
    gi = _trigger_just_before(hist, i, tokens, "04", coord_ends=True)
    if gi is None:
        return batch
    sides = {_key(u) for e in out if e.tpos == gi for u in (e.src, e.tgt) if u is not None}
    return [e for e in batch if not sides or not {_key(e.src), _key(e.tgt) if e.tgt is not None else None} <= sides]


def _the_accused_act(batch: list, i: int, tokens, hist: list, out: list) -> tuple[list, bool]:
    """"The Defence Ministry accused Armenia of shooting first", "India blamed Pakistan for the massacre": a use of
    force named right after an accusation (same clause, within six words) is the accused's act against the accuser's
    side; an event of it with the accuser as source is turned round. Also says whether the act is such an accused one."""
    gi = _trigger_just_before(hist, i, tokens, "11", coord_ends=False)
    if gi is None:
        return batch, False
    accusers = {_key(e.src) for e in out if e.tpos == gi and e.src is not None}
    for e in batch:
        if _key(e.src) in accusers and e.tgt is not None:
            e.src, e.tgt = e.tgt, e.src
    return batch, True


def _governor(p: Pattern, i: int, tokens, hist: list, lang: str):
    """The latest earlier trigger of an appeal / intent / demand / reject / threaten pattern that
    governs this one as its complement ("refused to release", "призвал Россию освободить",
    "призова ... да се срещнат"): at most 6 tokens before it (8 after an offer to mediate or host), with "to"
    (en) or "да" (bg) in between, or this trigger an infinitive (ru/uk); a welcome or rejection governs the
    appeal, offer or demand it names right after it; returns (pattern, index, n_events) or None."""
    if not hist:
        return None
    gp, gi, gn, governed = hist[-1]
    if (governed and 0 < i - gi <= 6 and p.cameo[:2] not in GOVERNING_ROOTS and lang == "en"
            and not any(t.low in COORD for t in tokens[gi + 1:i])):
        return gp, gi, gn  # the object of a governed verb: "agreed ... to provide millions of dollars of aid"
    if gp.frame.get("subject_is_target") and 0 < i - gi <= 3:
        return gp, gi, gn  # "Y must withdraw / must be ready to": the demanded act
    if gp.cameo[:2] in ("05", "12") and p.cameo[:2] in ("02", "03", "10") and 0 < i - gi <= 4 and all(
            t.low in DETERMINERS or t.low in ("a", "an", "the", "'s", "’s") or t.text[:1].isupper()
            for t in tokens[gi + 1:i]):
        # the welcomed or rejected appeal, offer or demand: "rejected a call for ...", "rejected the offer",
        # "welcomed Ankara's offer"
        return gp, gi, gn
    if gp.cameo[:2] == "13" and p.cameo[:2] in FORCE_ROOTS and 0 < i - gi <= 8 \
            and any(t.low in WARNED_AGAINST.get(lang, ()) for t in tokens[gi + 1:i]):
        return gp, gi, gn  # "warned Israel against further attacks", "предостерегла X от ударов": the warned-against act
    reach = 8 if gp.mediation or gp.cameo == "039" else 6
    if gp.mediation and any(t.low in INF_MARK.get(lang, ()) for t in tokens[max(gi + 1, i - 3):i]):
        reach = 14  # "invited Sudan's army and the paramilitary Rapid Support Forces to resume talks": the invited talks
    elif gp.cameo[:2] in ("02", "10") and i - 1 > gi and tokens[i - 1].low in INF_MARK.get(lang, ()):
        reach = 10  # "urged the United States and France to pressure Israel": the addressees stand between
    if gp.cameo[:2] not in GOVERNING_ROOTS or not 0 < i - gi <= reach:
        return None
    if gp.cameo == "039" and p.cameo == "042":
        return None  # "готовність приїхати до Москви": a party ready to come is its intent to meet (036), no offer to mediate
    if p.cameo[:2] in GOVERNING_ROOTS and not (gp.cameo[:2] == "12" and p.cameo[:2] == "03") \
            and gp.cameo[:2] not in ("02", "10"):
        # a refusal governs a complement of intent too: "refused to commit / to accept" is the refusal; an appeal or
        # a demand governs any complement: "urged France to step up pressure on Iran" is the appeal alone, "pressed
        # Russia to accept a ceasefire" the demand alone
        return None
    if lang in CASE_MARKING:
        # the complement is the infinitive, or a noun its infinitive governs ("призывают стороны воздерживаться от
        # ударов", "закликав припинити удари"), as "to" before the noun in English
        return (gp, gi, gn) if _infinitive(tokens[i], lang) or any(
            _infinitive(t, lang) for t in tokens[gi + 1:i]) and not any(
            t.text in (",", ";", ":") for t in tokens[gi + 1:i]) else None
    if lang == "en" and i - gi <= 3 and tokens[i].low.endswith("ing") \
            and not any(t.text in (",", ";") or t.low in COORD for t in tokens[gi + 1:i]):
        return gp, gi, gn  # a gerund complement: "ruled out sending missiles", "opposed deploying troops"
    marks = INF_MARK.get(lang)
    if not marks or not any(t.low in marks for t in tokens[gi + 1:i]):
        return None
    return gp, gi, gn


QUOTE_OPEN = {'"', "«", "„", "“"}
QUOTE_CLOSE = {'"', "»", "“", "”"}


def _embedded_quote_start(tokens, k: int) -> int | None:
    """The opening mark of a short quotation closed at ``k`` that stands inside a clause as a word of it (a name given
    to something: 'назвав інцидент «провокацією» та закликав'): at most four words, a word right before the opening
    mark and none of its own punctuation; else None."""
    if tokens[k].text not in QUOTE_CLOSE:
        return None
    o = next((m for m in range(k - 1, max(-1, k - 6), -1) if tokens[m].text in QUOTE_OPEN), None)
    if o is None or o == 0 or not tokens[o - 1].text.isalpha() \
            or not all(t.text.replace("-", "").isalpha() for t in tokens[o + 1:k]):
        return None  # (a hyphenated word counts: 'held "in-depth" consultations')
    return o


def _embedded_quote_end(tokens, k: int) -> int | None:
    """The closing mark of a short quotation opened at ``k`` that is a word of its clause (as _embedded_quote_start,
    read from its opening mark: a word right before it, at most four words inside, the first capitalised, no
    punctuation), else None. Only the marks that Cyrillic and Turkish text put around names ("по позициях
    «Хезболли»", "срещу „Хамас“"): an English quotation after the trigger ('struck what it called "terrorist
    infrastructure"') is rather a naming."""
    if tokens[k].text not in ("«", "„") or k == 0 or not tokens[k - 1].text.isalpha():
        return None
    c = next((m for m in range(k + 1, min(len(tokens), k + 6)) if tokens[m].text in QUOTE_CLOSE), None)
    if c is None or c == k + 1 or not all(t.text.isalpha() for t in tokens[k + 1:c]) \
            or not tokens[k + 1].text[:1].isupper():
        return None  # (a name: a capital first; "назвал удар «терором»" is a word given to the act)
    return c


NAMING_WORDS = set().union(*_grammar.by_lang("naming_verbs").values()) | {"as"}


def _naming_quote(tokens, o: int) -> bool:
    """The quotation opened at ``o`` is a name given to something ('described the agreement as a "humanitarian
    truce"', 'what Kyiv called "terror"'): a naming verb or "as" before it (a determiner between)."""
    k = o - 1
    if k >= 0 and tokens[k].low in DETERMINERS:
        k -= 1
    return k >= 0 and (tokens[k].low in NAMING_WORDS or tokens[k].lemma in NAMING_WORDS)


def _clause(tokens, i: int, j: int, bset) -> tuple[int, int]:
    # the trigger inside a short quotation of words ('lodged "stern representations" with X', 'had "deliberately
    # provoked" the incident'): the marks around it are no clause boundaries
    o = next((m for m in range(i - 1, max(-1, i - 4), -1) if tokens[m].text in QUOTE_OPEN), None)
    c = next((m for m in range(j, min(len(tokens), j + 4)) if tokens[m].text in QUOTE_CLOSE), None) \
        if o is not None else None
    inner = (o, c) if c is not None and all(t.text.isalpha() or t.text in ("-", "'", "’") for t in tokens[o + 1:c]) \
        and not any(t.pos in ("VERB", "PRTS") for t in tokens[o + 1:c]) and not _naming_quote(tokens, o) else (None, None)
    lo = i
    while lo > 0:
        if lo - 1 != inner[1] and (o := _embedded_quote_start(tokens, lo - 1)) is not None:
            lo = o  # the quotation is a word of the clause ("та «Хезболла» домовилися"): go on before it
            continue
        if not ((tokens[lo - 1].lemma not in bset and tokens[lo - 1].low not in bset) or lo - 1 == inner[0]
                or ((m := _short_parens(tokens, lo - 1)) is not None and m < i)):
            break
        lo -= 1
    hi = j
    q = j + 1 if j + 1 < len(tokens) and tokens[j].low in DETERMINERS else j  # ('condemned the "barbaric" strikes')
    if q < len(tokens) and tokens[q].text in QUOTE_OPEN and tokens[q].text in bset:
        # a short quotation right after the trigger is its object ('приветствовала "суверенный выбор народа"',
        # "засудив «безрозсудні дії» Росії"), not a clause of its own: the clause runs through the closing mark
        close = next((m for m in range(q + 1, min(len(tokens), q + 10)) if tokens[m].text in QUOTE_CLOSE), None)
        if close is not None and all(t.text.isalpha() or t.text in ("-", "'", "’") for t in tokens[q + 1:close]):
            hi = close + 1  # (only words inside: a quoted clause '"в связи с тем, что ..."' stays a clause of its own)
    while hi < len(tokens):
        if hi > j and hi != inner[0] and (c := _embedded_quote_end(tokens, hi)) is not None:
            hi = c + 1  # a name in quotation marks inside the clause ("по позициях «Хезболли»"): go on after it
            continue
        if (tokens[hi].lemma in bset or tokens[hi].low in bset) and hi != inner[1]:
            close = _short_parens(tokens, hi)
            if close is None or close + 1 >= len(tokens) or not _coordinator_after(tokens, close + 1):
                break
            hi = close  # "the Sudanese Armed Forces (SAF) and the RSF": an acronym inside a coordinated object
        hi += 1
    return lo, hi


def _coordinator_after(tokens, k: int) -> bool:
    """Whether the token at ``k`` is a coordinating conjunction (a list goes on after a bracketed acronym)."""
    return tokens[k].low in COORD


PRON = _grammar.pooled("object_pronouns")
# Subject pronouns resolved to the previous sentence's subject in the same paragraph
# ("Лавров прибыл в Ереван. Он провёл переговоры с ..."); plural ones to both parties of a
# previous mutual event ("Aliyev and Putin spoke by phone. They agreed to ...").
SUBJ_PRON = _grammar.subject_pronouns()
# "his counterpart", "поблагодарил коллегу": the other party of the previous event involving the source
COUNTERPART = _grammar.pooled("counterpart_words")


def _has_subject_pronoun(tokens, lang: str) -> bool:
    sing, plur = SUBJ_PRON.get(lang, (set(), set()))
    return any(t.low in sing or t.low in plur for t in tokens)


def _first_person_after(tokens, a: int, i: int, j: int, lang: str) -> bool:
    """A clause of its own after token ``a`` ("..., і ми засуджуємо"; a clause coordinator between, so not "As Türkiye,
    we will ...") with a first-person pronoun before the trigger, or a first-person trigger verb (not a possessive:
    "X shelled our positions" keeps X as the subject)."""
    if not {t.low for t in tokens[a:i]} & CLAUSE_COORD.get(lang, set()):
        return False
    if {t.low for t in tokens[a:i]} & _discourse.rules()["first_person"].get(lang, frozenset()):
        return True
    return _quotes.first_person_verb(tokens[i:j], lang)


def _unknown_subject(tokens, lo: int, i: int, lang: str) -> bool:
    """ru/uk: a name the dictionaries do not know before the trigger in its clause ("Иван Петровскин призвал обе
    стороны ..."): the clause has a subject of its own, so its verb does not continue the previous sentence's."""
    if lang not in CASE_MARKING:
        return False

    def cap(t) -> bool:
        return t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper()
    # (a first name and a surname: two capitalised words in a row, one a noun that can be nominative; one capitalised
    # word may open the sentence, "Омбудсман також закликав ...", or be a mis-tagged preposition)
    return any(cap(a) and cap(b) and any(t.pos in ("NOUN", "") and (not t.cases or "nomn" in t.cases) for t in (a, b))
               for a, b in zip(tokens[lo:i], tokens[lo + 1:i]))


def _in_unknown_quote(tokens, i: int, ctx: dict | None) -> bool:
    """The trigger at ``i`` stands in a quotation whose speaker is named but unknown (ctx["unknown_quotes"]): «Мы
    призываем ...», — заявил <a name the dictionaries lack>; its "we" or dropped subject is not the previous one."""
    return bool(ctx) and i < len(tokens) and any(a <= tokens[i].start < b for a, b in ctx.get("unknown_quotes", ()))


def _discourse_src(tokens, lo: int, i: int, lang: str, ctx: dict | None):
    """Source of a clause whose subject is a pronoun, from the paragraph context (or None)."""
    if not ctx or lang not in SUBJ_PRON:
        return None
    if _in_unknown_quote(tokens, i, ctx):
        return None
    sing, plur = SUBJ_PRON[lang]
    words = {t.low for t in tokens[lo:i]}
    if words & sing and ctx.get("subj") is not None:
        return [ctx["subj"]]
    last = ctx.get("last")
    if words & plur and last is not None and last.tgt is not None and last.pat.frame.get("symmetric"):
        return [last.src, last.tgt]
    if words & plur and ctx.get("subj_group"):
        return list(ctx["subj_group"])  # "Saudi Arabia and the US issued a statement. They condemned ..."
    return None


def _speakers(tokens, groups, lang: str, ctx: dict) -> list:
    """(first token, end token, speaker group, inside a quotation) of the sentence's reported speech:
    the quotations code_article found (ctx["quotes"], character spans in this sentence) and an
    "according to X" speaker for the whole sentence (coding/quotes.py)."""
    out = []
    for qs, qe, g, *_rest in ctx.get("quotes", ()):
        k0 = next((k for k, t in enumerate(tokens) if t.start >= qs), len(tokens))
        k1 = next((k for k, t in enumerate(tokens) if t.start >= qe), len(tokens))
        if k0 < k1 and g:
            out.append((k0, k1, list(g), True))
    acc = _quotes.according_to(tokens, groups, lang)
    if acc is not None:
        out.append((0, len(tokens), list(acc), False))
    return out


def _antecedent(tokens, groups, lo: int, lang: str):
    """The subject of a relative clause ("Russia, which shelled ...", "Россия, которая наносит удары",
    "Росія, яка вдається до обстрілів"): the group right before the relative word (discourse.yml
    relative_subject; ru/uk only in the nominative)."""
    if lo == 0:
        return None
    r = tokens[lo - 1]
    rel = _discourse.rules()["relative_subject"].get(lang, frozenset())
    if r.lemma not in rel and r.low not in rel:
        return None
    if lang in CASE_MARKING and r.cases and "nomn" not in r.cases:
        return None
    g = next((g for g in reversed(groups) if g[-1].end <= lo - 1 and lo - 1 - g[-1].end <= 1), None)
    if g is not None and lang not in CASE_MARKING and g[0].prep is not None and not _passive_agent(tokens, g[0].start, lang):
        return None  # "the attack on Kyiv, which killed ...": the place is not the agent
    if g is not None and len(g) < 2 and r.low in _discourse.clauses()["relative_subject"].get(
            lang, {}).get("plural", ()):
        return None  # "Макрон, которые ...": a plural relative word takes a coordinated antecedent only
    return g


PASSIVE_AGENT_PREPS = _grammar.by_lang("passive_agent_prepositions")


def _passive_agent(tokens, start: int, lang: str) -> bool:
    """The group at ``start`` is the agent of a passive ("беше открита от министъра X, който ..."): its preposition
    (grammar_<lang>.yml passive_agent_prepositions) follows a passive participle (passive_participle_endings)."""
    k = start - 1
    while k >= 0 and tokens[k].low in SKIP_BEFORE:
        k -= 1
    if k < 1 or tokens[k].low not in PASSIVE_AGENT_PREPS.get(lang, ()):
        return False
    return tokens[k - 1].low.endswith(PASSIVE_ENDINGS.get(lang, ("\0",)))


NOUN_PATIENT_PREPS = _grammar.by_lang("noun_patient_prepositions")
NOUN_PARTY_PREPS = _grammar.by_lang("symmetric_noun_party_prepositions")
NOUN_AGENT_CASES = _grammar.by_lang("noun_agent_cases")


def _noun_patient_agent(tokens, right, i: int, j: int, lang: str):
    """The patient of a force noun and the agent named after it: (patient group, agent group or None), or None.
    ru/uk: a genitive right after a noun trigger and an agent in noun_agent_cases after it ("обстрел Харькова
    российскими войсками"; without that agent the genitive may be the agent itself: "удары Израиля по Ирану", left
    to the frame). en/bg: a group governed by noun_patient_prepositions within a few words after the trigger and an
    agent governed by passive_agent_prepositions right after it ("the shelling of (residential areas of) Kharkiv by
    Russian forces", "обстрелът на Херсон от руските войски"); en also without an agent ("Israel's bombardment of
    Gaza": the patient is the target of the subject)."""
    def near(a: int, b: int, limit: int) -> bool:
        return 0 <= b - a <= limit and all(t.text.isalpha() for t in tokens[a:b])

    if lang in CASE_MARKING:
        cases = NOUN_AGENT_CASES.get(lang)
        if not cases or not _noun_trigger(tokens, i, j):
            return None
        patient = next((g for g in right if g[0].prep is None and g[0].start <= j + 1
                        and "gent" in g[0].head_cases), None)
        if patient is None:
            return None
        agent = next((g for g in right if g[0].start >= patient[-1].end and near(patient[-1].end, g[0].start, 1)
                      and g[0].prep is None and cases & g[0].head_cases and "gent" not in g[0].head_cases), None)
        return (patient, agent) if agent is not None else None
    preps = NOUN_PATIENT_PREPS.get(lang)
    if not preps or j >= len(tokens) or tokens[j].low not in preps:
        return None
    patient = next((g for g in right if g[0].prep in preps and near(j, g[0].start, 5)), None)
    if patient is None:
        return None
    by = PASSIVE_AGENT_PREPS.get(lang, ())
    agent = next((g for g in right if g[0].prep in by and g[0].start > patient[-1].end
                  and near(patient[-1].end, g[0].start, 3)), None)
    if agent is None and lang != "en":
        return None
    return patient, agent


def _agent_after(tokens, right, j: int, lang: str):
    """The agent of a noun trigger of force named by "со стороны X" / "з боку X" / "от страна на X"
    (discourse.yml agent_after) within a few words after the trigger, or None."""
    phrases = _discourse.rules()["agent_after"].get(lang)
    if not phrases:
        return None
    low = [t.low for t in tokens]
    for k in range(j, min(len(tokens), j + 6)):
        ph = _phrase_at(low, k, phrases)
        if ph is not None:
            e = k + len(ph)
            # (the agent may begin inside the phrase: "стороны Азербайджана" is one unit, Azerbaijan's side)
            return next((g for g in right if k < g[0].start <= e < g[0].end), None)
    return None


def _speaker_tgt(src, tokens, i: int, j: int, hi: int, lang: str, ctx: dict | None):
    """The speaker as the target named by a first-person object ("attacked us", "нас обстреляли") or
    possessive right after the trigger ("shelled our positions")."""
    g, _inq = _speaker(ctx, i)
    if g is None or not src:
        return None
    r = _discourse.rules()
    objs = r["first_person_object"].get(lang, frozenset())
    poss = r["first_person_possessive"].get(lang, frozenset())
    if not any(t.low in objs for t in tokens[max(0, i - 3):hi]) and not any(
            t.low in poss for t in tokens[j:min(hi, j + 4)]):
        return None
    if any(u.actor == s.actor or (u.country and u.country == s.country) for u in g for s in src):
        return None
    return g


def _judgement_roles(p: Pattern, i: int, j: int, tokens, groups, lang, bset, ctx) -> list[Ev]:
    """frame.speaker_judgement: a negative judgement told as reported speech ("X said that Y's actions were
    unacceptable", "X заявил, что действия Y недопустимы", «Это провокация Киева», — заявила X): the speaker (the
    quotation's, else the reporting verb's subject) disapproves of the side whose acts its clause judges. That side
    is the actor of the trigger's clause nearest the trigger that owns or does the acts: a bare group (in ru/uk a
    genitive owner or a nominative subject) or one after an owner preposition (discourse.yml judged_owner_preps);
    an actor after another preposition is a place or a victim ("the strikes on Kyiv"), no side judged."""
    lo, hi = _clause(tokens, i, j, bset)
    g = _speaker(ctx, i)[0] if ctx is not None else None
    if g is None:
        g = _reporting_subject(tokens, groups, i, lang)
    if not g:
        return []
    said = {_key(u) for u in g}
    owner = _discourse.rules()["judged_owner_preps"].get(lang, frozenset())
    case = lang in CASE_MARKING

    def judged(h) -> bool:
        if h is g or h[0].start < lo or h[-1].end > hi or any(_key(u) in said for u in h):
            return False
        a, b = (h[-1].end, i) if h[-1].end <= i else (j, h[0].start)
        if any(t.text in (",", ";", "—", "–", "(") for t in tokens[a:b]):
            return False  # set off by a comma: a relative clause's or an apposition's actor ("Attacks on the
            # infrastructure, on which the security of an EU member depends, are unacceptable")
        if h[0].prep is not None:
            return h[0].prep in owner
        return not case or not h[0].head_cases or bool(h[0].head_cases & {"gent", "nomn"})

    cands = [h for h in groups if judged(h)]
    if not cands:
        return []
    tgt = min(cands, key=lambda h: (abs(h[0].start - i), h[0].start))
    trig = " ".join(t.text for t in tokens[i:j])
    return [Ev(s, t, p.cameo, p, trig, i, 0.45) for s in g for t in tgt]


def _one_judgement(out: list) -> list:
    """A judgement in reported speech (frame.speaker_judgement) adds nothing where the sentence codes another
    disapproval between the same sides ("Y shelled our positions again, and we consider it a provocation", X said:
    the accusation of the attack is already X's), nor a demand, rejection, threat or protest ("warned Poland against
    provocations" is the warning)."""
    def pair(e):
        return (_key(e.src), _key(e.tgt)) if e.tgt is not None else None
    told = {pair(e) for e in out if e.code[:2] in ("10", "11", "12", "13", "14")
            and not e.pat.frame.get("speaker_judgement")}
    return [e for e in out if not (e.pat.frame.get("speaker_judgement") and pair(e) in told)]


def _critic_not_agent(out: list, tokens, lang: str) -> list:
    """"The EU condemned the arrests of opposition leaders": a use of force or coercion (17x-19x) told by the object of a
    disapproval (111 ...) within four words after its trigger, with no coordinator between, is not the critic's own act;
    its agent is someone else's, named by its own phrase or not at all. An act so read with the critic as source is
    dropped (one whose agent the phrase names, "the arrest of Russians in Baku", keeps it)."""
    judged = [e for e in out if e.code[:2] == "11" and e.src is not None]
    if not judged:
        return out
    coord = PREDICATE_COORD.get(lang, ())

    def object_of(c, e) -> bool:
        return 0 < e.tpos - c.tpos <= 4 and not any(t.text in (",", ";") or t.low in coord
                                                    for t in tokens[c.tpos + 1:e.tpos])
    return [e for e in out if not (e.code[:2] in ("17", "18", "19") and e.src is not None and any(
        _key(c.src) == _key(e.src) and object_of(c, e) for c in judged))]


def _addressed_fighting(out: list) -> list:
    """"The mediators condemned the renewed fighting and urged both sides to halt hostilities", "Посредники осудили
    возобновление боевых действий и призвали стороны прекратить огонь": fighting told as one act of two sides (a
    symmetric use of force) whose sides the sentence does not name (read from "the mediators", "the attack": stand-in
    units) is not fought by whoever disapproves or appeals in the sentence. When those acts address two sides, the
    fighting is between them; otherwise it stays as read."""
    speakers = [e for e in out if e.code[:2] in ("02", "11") and e.src is not None]
    if not speakers:
        return out
    said = {_key(e.src) for e in speakers}
    inferred = {"attacker", "mediators", "parties"}
    sides: list = []
    for a in speakers:
        if a.tgt is not None and _key(a.tgt) not in said and not any(a.tgt.actor == u.actor for u in sides):
            sides.append(a.tgt)
    if len(sides) != 2 or not _two_sides(*sides):
        return out
    misread = [e for e in out if e.code[:2] in REPORTED_FORCE_ROOTS and e.tgt is not None and e.src is not None
               and (e.sym or e.pat.frame.get("symmetric")) and (_key(e.src) in said or _key(e.tgt) in said)
               and inferred & set(e.src.kinds + e.tgt.kinds)]
    if not misread:
        return out
    drop = {id(e) for e in misread}
    e = misread[0]
    return [x for x in out if id(x) not in drop] + [
        Ev(sides[0], sides[1], e.code, e.pat, e.trig, e.tpos, e.conf - 0.1, tchar=e.tchar, sym=True)]


# a speaker's accusation, criticism, rejection or denial inside its quotation with no object in its clause
# is about the other side the quotation names ('"We condemn this. Y keeps staging incidents," X said')
QUOTE_TOPIC_ROOTS = {"11", "12"}
QUOTE_TOPIC_CODES = {"016"}


COMPLEMENTIZERS = _grammar.by_lang("complementizers")


@lru_cache(maxsize=8)
def _complementizer_rx(lang: str):
    words = COMPLEMENTIZERS.get(lang)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(words))) + r")(?!\w)", re.I) if words else None


def _complementizer_chars(sent: str, lang: str) -> list[int]:
    """Where the complementizers of a sentence (grammar complementizers: "that", "что", "че") start."""
    rx = _complementizer_rx(lang)
    return [m.start() for m in rx.finditer(sent)] if rx is not None else []


def _complement_target(tokens, groups, j: int, lang: str, src: list):
    """The threatened side of a threat or warning told by its content ("warned that any German delivery ... would make
    Germany a party", "пригрозил, что удары продолжатся, пока «Хезболлах» не разоружится", "заплаши, че пристанищата в
    Румъния и България ще станат цели"): the first actor group of the clause the complementizer (grammar
    complementizers) opens within four words after the trigger that is not the source's own side; else None."""
    comps = COMPLEMENTIZERS.get(lang)
    if not comps:
        return None
    c = next((k for k in range(j, min(j + 4, len(tokens))) if tokens[k].low in comps), None)
    if c is None or any(t.text in (";", ":") or t.text in QUOTE_OPEN for t in tokens[j:c]):
        return None
    end = next((k for k in range(c + 1, len(tokens)) if tokens[k].text in (";", ":")), len(tokens))
    own = {u.country for u in src if u.country} | {u.org for u in src if u.org}
    for g in groups:
        if c < g[0].start and g[-1].end <= end and all((u.country or u.org) and (u.country or u.org) not in own
                                                       for u in g):
            return g
    return None


# acts told by a verb written after the content it judges, demands or warns of ("Hungary is blocking the package, the
# EU complained"; "Russia must withdraw, Kyiv demanded")
FRONTED_CONTENT_ROOTS = {"10", "11", "13"}


def _content_opening(tokens, c: int, lang: str) -> bool:
    """Whether the words before the comma at ``c`` are a content of their own: not a subordinate clause ("Ако Иран
    продължи ..., Израел ще нанесе удар": a condition) and not a relative clause closed by that comma."""
    if not c or tokens[0].low in SUBORDINATORS.get(lang, ()):
        return False
    rel = _discourse.clauses()["relative_any"].get(lang, ())
    return not any(tokens[k].low in rel and tokens[k - 1].text == "," for k in range(1, c))


def _postposed_speaker(tokens, groups, i: int, j: int, src, lang: str):
    """The source written right after a speech-act verb that follows the content's comma ("<content>, настоя Киев",
    "..., вимагає Київ", "..., demanded Kyiv"), when the source read for it is the content's subject before that
    comma: the group after the verb (no preposition, at most one word between, nothing but punctuation after it), else
    None."""
    if not src or i < 2 or tokens[i - 1].text != "," or src[-1].end > i - 1 or not _content_opening(tokens, i - 1, lang):
        return None
    if any(t.text in (",", ";", ":") for t in tokens[:i - 1]):
        return None  # a subject set off by commas ("Hungary, Serbia's closest partner, criticised Croatia"): no content
    g = next((g for g in groups if j <= g[0].start <= j + 1 and g[0].prep is None), None)
    if g is None or any(t.text[:1].isalnum() for t in tokens[g[-1].end:]):
        return None  # (the source ends the sentence: "..., настоя Киев.")
    if {_key(u) for u in g} & {_key(u) for u in src}:
        return None
    return g


def _fronted_content_target(tokens, groups, lo: int, i: int, j: int, src, lang: str):
    """The subject of a content written before its speech-act verb: "<content>, <source> <verb>." (the source's clause
    opens after the comma that ends the content, and nothing but a few words without an actor follows the verb): the
    content's first actor group with no preposition that is not the source's own, else None."""
    if not src:
        return None
    if src[0].start < i:  # "<content>, the EU warned", "..., EU officials have warned"
        if i - src[-1].end > 2 or any(t.text in (",", ";", ":") for t in tokens[src[-1].end:i]):
            return None
        c = src[0].start - 1
        if c > 0 and tokens[c].low in DETERMINERS:
            c -= 1
        end = j
    else:  # verb before its subject: "<content>, предупреди ЕС", "..., заявили в Еврокомиссии"
        c = i - 1
        if any(t.text in (",", ";", ":") for t in tokens[j:src[0].start]):
            return None
        end = src[-1].end
    if c < 2 or tokens[c].text != "," or any(t.text in (",", ";", ":") for t in tokens[lo:c]) \
            or not _content_opening(tokens, c, lang):
        return None  # (the content is the whole clause before the source's comma)
    if len(tokens) - end > 6 or any(g[0].start >= end for g in groups):
        return None
    if any(t.text in QUOTE_OPEN or t.text in QUOTE_CLOSE for t in tokens[:c]):
        return None  # a quotation: its speaker and topic are read with the quotes
    own = {_key(u) for u in src} | {u.country for u in src if u.country}
    g = next((g for g in groups if g[-1].end <= c and g[0].prep is None), None)
    if g is None or any(_key(u) in own or u.country in own for u in g):
        return None
    return g


def _quote_topic(src, tokens, i: int, ctx: dict | None):
    """The first actor of another country named in the quotation holding token ``i`` when the source is
    the quotation's speaker, or None."""
    if not src or not ctx:
        return None
    tok = tokens[i]
    for qs, qe, g, actors in ((q + (None,))[:4] for q in ctx.get("quotes", ())):
        if not (qs <= tok.start < qe) or not actors or not g:
            continue
        if not any(s.actor == u.actor for s in src for u in g):
            return None
        own = {u.country or u.org for u in g}
        other = next((u for u in actors if u.actor and (u.country or u.org) not in own), None)
        return [other] if other is not None else None
    return None


# uses of force that a speaker reports against its own side are also its accusation (112)
REPORTED_FORCE_ROOTS = {"18", "19", "20"}
# acts a use of force later in the sentence may continue: force and coercion by the same actor, and an accusation
# whose named act is the accused's ("accused Armenia of shooting first and shelling ...")
FORCE_PREV_ROOTS = {"11", "13", "15", "16", "17", "18", "19", "20"}


def _two_sides(a: Unit, b: Unit) -> bool:
    """Two sides of a conflict: different countries or organisations, or a state's forces and an armed group of the
    same country (a civil war)."""
    return _key(a) != _key(b) or (a.sector == "REB") != (b.sector == "REB")


# sectors of actors that are no state's: a pair with one of them is not two states addressing each other
NON_STATE_SECTORS = frozenset({"OPP", "CVL", "MED", "BUS", "EDU", "REL", "LAB", "AGR", "HRI", "HLT", "RAD"})


def _names_other_side(groups, j: int, src) -> bool:
    """The words after the verb (ending at ``j``) name an actor of another country than the source's ("rejected the
    remarks of the US government"): a rejection's target is not then taken from the context."""
    return any(u.country and u.country != src[0].country for g in groups if g[0].start >= j for u in g)


def _rejected_acts(out: list, tokens) -> list:
    """"China rejected the protest", "Китай отхвърли протеста": a demand, criticism, threat or protest named as the
    object of a rejection or denial (only determiners between) is the other side's, not an act of the one who rejects
    it; its event between the rejection's own sides goes (one with sides of its own stays: "rejected the call by
    Zelensky for a ceasefire"). Other acts named so are kept (a denial the noun itself tells, "rejected the
    accusations"; a use of force, "denied the strike"; talks, agreements, aid)."""
    drop = set()
    for e in out:
        if (e.code[:2] == "12" or e.code == "016") and not e.implicit and e.src is not None:
            end = e.tpos + len(e.trig.split())
            for f in out:
                if f is not e and f.tpos >= end and f.src is not None and _key(f.src) == _key(e.src) \
                        and (f.tgt is None) == (e.tgt is None) and (f.tgt is None or _key(f.tgt) == _key(e.tgt)) \
                        and f.code[:2] in ("10", "11", "13", "14") \
                        and all(t.low in DETERMINERS for t in tokens[end:f.tpos]):
                    drop.add(id(f))
    return [e for e in out if id(e) not in drop] if drop else out


def _gapped_partners(out: list, tokens, units: list, lang: str) -> list:
    """"spoke with Putin on Monday and with Zelensky on Tuesday", "с Путиным, а во вторник — с Зеленским", "Putin ile,
    salı günü ise Zelenskiy ile": a second partner in a comitative phrase joined to the first by a coordinator or comma
    and nothing but words of time (grammar ``gapped_partner_words``; the verb left out) takes part in the same act,
    dated by its own phrase (the new event's ``tchar`` is its first word of time, else the first act's trigger)."""
    with_ = WITH.get(lang, ())
    if not with_ or sum(t.low in with_ for t in tokens) < 2:
        return []  # (two comitative words at least)
    coord = CLAUSE_COORD.get(lang, frozenset()) | COORDINATION.get(lang, frozenset()) | {","}
    gap_ok = coord | PREPS.get(lang, frozenset()) | DAY_PARTS.get(lang, frozenset()) | GAP_WORDS.get(lang, frozenset()) \
        | {"—", "–", "-"}
    after = _role_registry.LANGUAGES.get(lang) == "suffix"  # tr: "X ile" (the comitative after its noun)
    named = {id(u) for u in units if 0 <= u.start < u.end <= len(tokens)}

    def phrase(u):
        """(first, end) tokens of the comitative phrase of unit ``u`` (one this sentence names), or None."""
        if id(u) not in named or "parties" in u.kinds:
            return None
        if after:
            return (u.start, u.end + 1) if u.end < len(tokens) and tokens[u.end].low in with_ else None
        if u.prep not in with_:
            return None
        w = next((k for k in range(u.start - 1, max(-1, u.start - 3), -1) if tokens[k].low in with_), None)
        return (w, u.end) if w is not None else None

    def timeword(t) -> bool:
        return t.text.isdigit() or _calendar_word(t.low, lang) or (after and t.low[:1] in "'’")  # tr "Mart" "'ta"

    new: list = []
    taken = {(_key(e.src), _key(e.tgt)) for e in out if e.tgt is not None}
    for e in out:
        first = phrase(e.tgt) if not e.implicit and e.tgt is not None else None
        if first is None:
            continue
        last = first
        while True:
            nxt = min((u for u in units if u.start >= last[1]), key=lambda u: u.start, default=None)
            ph = phrase(nxt) if nxt is not None else None
            gap = tokens[last[1]:ph[0]] if ph is not None else None
            if not gap or not any(t.low in coord for t in gap) or not all(t.low in gap_ok or timeword(t) for t in gap):
                break
            if (_key(e.src), _key(nxt)) not in taken and _key(nxt) != _key(e.src):
                c = max(k for k in range(last[1], ph[0]) if tokens[k].low in coord)
                stop = next((k for k in range(ph[1], len(tokens)) if tokens[k].low in coord), len(tokens))
                when = next((t.start for t in tokens[c + 1:min(stop, ph[1] + 4)] if timeword(t)), None)
                ev = dataclasses.replace(e, tgt=nxt, conf=e.conf - 0.05)
                ev.dates_span = (tokens[c].start, tokens[stop].start if stop < len(tokens) else 1 << 30)
                if e.dates_span is None:
                    e.dates_span = (0, tokens[c].start)  # "on March 3, and with Araghchi on March 5": not the first's
                    if e.tchar >= tokens[c].start:
                        # a verb after the phrases (tr): the first act's day is the one its own phrase names
                        lo = max((k + 1 for k in range(first[0]) if tokens[k].low in coord), default=0)
                        own = next((t.start for t in tokens[lo:first[1]] if timeword(t)), None)
                        if own is not None:
                            e.tchar = own
                if when is not None:
                    ev.tchar = when  # its own day ("and with Zelensky on Tuesday")
                new.append(ev)
                taken.add((_key(e.src), _key(nxt)))
            last = ph
    return new


def _requirements_met(p: Pattern, words) -> bool:
    """The sentence's words (a set of lemmas) hold all of the pattern's ``requires`` and one of its ``requires_any``."""
    return all(r in words for r in p.requires) and (not p.requires_any or any(r in words for r in p.requires_any))


def _war_trigger(tokens, pats) -> bool:
    """The sentence holds a trigger of a use of force or a ceasefire (``_war_code``)."""
    maxl = _maxlen(id(pats), pats)
    lem = [t.lemma for t in tokens]
    have = set(lem) | {t.low for t in tokens}
    for k, w in enumerate(lem):
        for n in range(min(maxl.get(w, 0), len(lem) - k), 0, -1):
            if any(_war_code(p.cameo) and _requirements_met(p, have) for p in pats.get(tuple(lem[k:k + n]), ())):
                return True
    return False


def _war_code(code: str) -> bool:
    """A use of force or a ceasefire (087x): their sides are the article's warring pair (ctx["war_pair"])."""
    return code[:2] in REPORTED_FORCE_ROOTS or code.startswith("087")


def _speech_verb(tok, lang: str) -> bool:
    """A speech verb (discourse.yml speech_verbs), by lemma or word form."""
    speech = _discourse.rules()["speech_verbs"].get(lang, frozenset())
    return tok.lemma in speech or tok.low in speech


CLAUSE_COORD = _grammar.by_lang("clause_coordinators")
GAP_WORDS = _grammar.by_lang("gapped_partner_words")
def _by_first_word(phrases) -> dict:
    """{first word: [the phrases it starts, as word tuples]}: only a token that starts one need be tried."""
    out: dict = {}
    for ph in phrases:
        out.setdefault(ph.split()[0], []).append(tuple(ph.split()))
    return out


PERIOD_STARTS = {lang: _by_first_word(v) for lang, v in _grammar.by_lang_raw("period_insert_starts").items()}
PERIOD_UNITS = _grammar.by_lang("period_insert_units")
COORDINATION = _grammar.by_lang("coordination")
SPEECH_ACT_ROOTS = _discourse.rules()["speech_act_roots"]
APPEAL_ROOTS = {"02"}  # appeals and invitations: a day ahead written after the talks they ask for is the talks'


def _reporting_subject(tokens, groups, k: int, lang: str):
    """The speaker of a reported clause holding token ``k``: the subject of a speech verb before it in
    the sentence ("X said (that) Y shelled ...", "X заявил, что ..."), or the speaker named after it
    ("Y shelled ..., X said" / "..., — заявили в X"); a family may read it its own way first (roles.py
    REPORTING_SUBJECTS: Turkish "X, Y'nin ... açtığını bildirdi")."""
    own = _role_registry.reporting_subject_for(lang)
    if own is not None and (g := own(tokens, groups, k, lang, _speech_verb)) is not None:
        return g
    stops = {";", ".", "!", "?"}
    # (the speech verb before the reported clause is SVO order; a family with its own reading has the verb after it)
    for v in range(k - 1, max(-1, k - 15), -1) if own is None else ():
        t = tokens[v]
        if t.text in stops:
            break
        if _speech_verb(t, lang):
            g = next((g for g in reversed(groups) if g[-1].end <= v and v - g[-1].end <= 6
                      and (g[0].prep is None or (g[0].prep in LOC_SUBJ_PREPS and v - g[-1].end <= 1))
                      and not any(x.text in stops for x in tokens[g[-1].end:v])
                      and (lang not in CASE_MARKING or not g[0].head_cases or "nomn" in g[0].head_cases
                           or g[0].prep is not None)), None)
            # (an institution in a locative right before a plural speech verb speaks: "В Минобороны X заявили, что")
            if g is None and lang in ("ru", "uk", "bg"):
                g = next((g for g in groups if v < g[0].start <= v + 3 and g[-1].end <= k
                          and (g[0].prep is None or g[0].prep in LOC_SUBJ_PREPS)), None)
            return g
    for v in range(k + 1, min(len(tokens), k + 25)):
        t = tokens[v]
        if t.text in stops:
            break
        if _speech_verb(t, lang):
            c = next((c for c in range(v - 1, k, -1) if tokens[c].text in (",", "—", "–")), None)
            if c is None or v - c > 8:
                return None
            if tokens[c + 1].low in CLAUSE_COORD.get(lang, ()):
                return None  # "X struck Y, а Техеран заяви ...": a coordinated clause of its own, no reporting frame
            g = next((g for g in groups if v < g[0].start <= v + 3
                      and (g[0].prep is None or g[0].prep in LOC_SUBJ_PREPS)), None)
            if g is None:  # "..., the ministry said"
                g = next((g for g in reversed(groups) if c < g[0].start and g[-1].end <= v and v - g[-1].end <= 1
                          and g[0].prep is None), None)
            return g
    return None


def _is_reported(e) -> bool:
    return e.code == "112" and e.pat.cameo[:2] in REPORTED_FORCE_ROOTS


def _reported_force(out: list, tokens, groups, lang: str, ctx: dict | None) -> list:
    """"X said Y shelled its positions": besides Y -> X 19x, an accusation X -> Y (112) when the speaker's
    side is the victim (or no victim is named), the attacker is another country and the sentence codes no
    disapproval of X's own towards it."""
    extra = []
    for ev in out:
        if ev.code[:2] not in REPORTED_FORCE_ROOTS or ev.src is None:
            continue
        if ev.pat.frame.get("own_agent"):
            continue  # a force noun a condemnation names ("Лавров заявил, что Россия осуждает удары Израиля"): its
            # condemner is no victim reporting it, and the condemnation is coded already
        g, _inq = _speaker(ctx, ev.tpos)
        if g is None:
            g = _reporting_subject(tokens, groups, ev.tpos, lang)
        if not g:
            continue
        for s in g:
            sc = s.country or s.org
            if not sc or not s.actor or ev.src.country == sc or s.actor == ev.src.actor:
                continue
            if ev.tgt is not None and ev.tgt.country != sc:
                continue
            if any(x.code[:2] == "11" and x.src is not None and x.tgt is not None and (x.src.country or x.src.org) == sc
                   and x.tgt.country == ev.src.country for x in out):
                continue  # the speaker's own words on the attack ("і ми засуджуємо це") are its disapproval already
            extra.append(Ev(s, ev.src, "112", ev.pat, ev.trig, ev.tpos, ev.conf - 0.1, tchar=ev.tchar))
            if ev.tgt is None and lang in CASE_MARKING and s.country and not s.org and not any(x.src is ev.src and x.code == ev.code
                                                                     for x in extra):
                # "За даними ЗСУ, російські війська випустили по місту ракету": the place struck is the
                # speaker's side (no other victim named); ru/uk only (in English it added more false events)
                extra.append(Ev(ev.src, s, ev.code, ev.pat, ev.trig, ev.tpos, ev.conf - 0.1, tchar=ev.tchar))
    return extra


INVITED_BY = {lang: _discourse._by_first_word(ws) for lang, ws in _grammar.by_lang("invitation_before_inviter").items()}
INVITER_BEFORE = _grammar.by_lang("invitation_after_inviter")


def _inviter(tokens, groups, lang: str):
    """The group that invited, named by an invitation phrase of the sentence: "по приглашению X", "at the
    invitation of X" (grammar invitation_before_inviter), "X'in davetiyle", "at X's invitation"
    (invitation_after_inviter)."""
    low = [t.low for t in tokens]
    phrases = INVITED_BY.get(lang)
    for k in range(len(low)) if phrases else ():
        ph = _phrase_at(low, k, phrases)
        if ph is not None:
            e = k + len(ph)
            g = next((g for g in groups if e <= g[0].start <= e + 2), None)
            if g is not None:
                return g
    after = INVITER_BEFORE.get(lang, ())
    for k, w in enumerate(low):
        if w in after:
            g = next((g for g in groups if 0 <= k - g[-1].end <= 1), None)
            if g is not None:
                return g
    return None


def _invited_visits(out: list, tokens, groups, lang: str) -> list:
    """A visit made at a third party's or the host's invitation ("прибыли в Москву по приглашению Путина", "travelled
    to Washington at the invitation of Trump"): the invitation is its own act, 026 from the inviter to each visitor
    (CODING_RULES rule 6), besides the visit."""
    if not (INVITED_BY.get(lang) or INVITER_BEFORE.get(lang)):
        return []
    visits = [e for e in out if e.code in ("042", "043") and e.src is not None and e.tgt is not None]
    if not visits:
        return []
    inviter = _inviter(tokens, groups, lang)
    if not inviter:
        return []
    extra: list[Ev] = []
    seen: set = set()
    for e in visits:
        visitor = e.src if e.code == "042" else e.tgt
        for s in inviter:
            if not _key(s) or _key(s) == _key(visitor) or (_key(s), _key(visitor)) in seen:
                continue
            seen.add((_key(s), _key(visitor)))
            extra.append(Ev(s, visitor, "026", e.pat, e.trig, e.tpos, e.conf - 0.1, tchar=e.tchar))
    return extra


RETALIATION = _grammar.by_lang("retaliation_words")


def _retaliation(src, code, p, trig, i, base, tokens, lang, ctx) -> list:
    """"Y отговори с артилерийски обстрел", "in retaliation, Y struck": a use of force that names no victim but
    answers the article's latest use of force (the last of ``ctx["forces"]``) is against that attacker (grammar_<lang>.yml
    ``retaliation_words``, a word of the sentence's text or lemma), when the attacker is another country."""
    words = RETALIATION.get(lang)
    a = ctx["forces"][-1][0] if ctx and ctx.get("forces") else None
    if not words or a is None or not any(t.low in words or t.lemma in words for t in tokens):
        return []
    return [Ev(s, a, code, p, trig, i, base - 0.1) for s in src
            if s.actor and s.country and a.country and s.country != a.country]


LOC_SUBJ_PREPS = _grammar.pooled("locative_subject_prepositions")
POSTPOSED_SRC_PREPS = _grammar.by_lang("postposed_source_prepositions")
# languages whose relative clause closed by a comma is cut off the main verb's subject search (engine._closed_relative)
RELATIVE_CLOSING = {"en", "ru", "uk", "bg"}
SUBORDINATORS = _grammar.by_lang("subordinators")
IMPERSONAL_PREPS = _grammar.by_lang("impersonal_source_prepositions")
IMPERSONAL_ENDINGS = {lang: tuple(ws) for lang, ws in _grammar.by_lang("impersonal_verb_endings").items()}
_speaker = _quotes.speaker
_speaker_src = _quotes.speaker_src
# uses of force, whose noun form names its agent with "by" ("shelling by X", "strikes by X")
FORCE_ROOTS = {"15", "17", "18", "19", "20"}
# languages that drop a subject the previous sentence gave: coding/roles.py
PRO_DROP = _role_registry.PRO_DROP
BETWEEN = _grammar.pooled("between")
CANCEL_LEMMAS = _grammar.pooled("event_happened_verbs")
CANCELLED = _grammar.pooled("cancelled_verbs")


def _cancelled(tokens, j: int, hi: int) -> bool:
    """A noun trigger whose clause says it did not take place: "не состоялась", "была отменена" (within twelve
    words: "Встреча X и Y в Стамбуле так и не состоялась")."""
    for k in range(j, min(hi, j + 12)):
        lem = tokens[k].lemma
        if lem in CANCELLED:
            return True
        if lem in CANCEL_LEMMAS and k > 0 and tokens[k - 1].low in ("не", "ні"):
            return True
    return False
CLAUSE_LINKS = _grammar.pooled("clause_links")
HOPE_WORDS = _grammar.by_lang("hope_words")
DENIAL_WORDS = _grammar.by_lang("denial_words")


def _hoped(tokens, lo: int, lang: str, table: dict | None = None) -> bool:
    """The clause starting at ``lo`` is the complement of a hope, expectation or fear told just before its
    complementiser ("выразил надежду, что X и Y заключат ...", "сподівається, що ..."; grammar_<lang>.yml
    hope_words), or of a denial with ``table=DENIAL_WORDS`` ("отрицает, что X наносила удары")."""
    words = (HOPE_WORDS if table is None else table).get(lang)
    if not words or lo < 2 or tokens[lo - 1].lemma not in CLAUSE_LINKS:
        return False
    return any(t.lemma in words or t.low in words for t in tokens[max(0, lo - 6):lo - 1])


def _noun_trigger(tokens, i: int, j: int) -> bool:
    """A ru/uk trigger that is a noun phrase: a noun, or adjectives before one ("телефонный разговор"); not a
    key that runs on into a prepositional phrase ("удар по территории": the genitive after it is the victim's)."""
    if tokens[i].pos == "NOUN" and j - i == 1:
        return True
    if any(t.pos == "PREP" for t in tokens[i:j]):
        return tokens[i].pos == "NOUN"  # as before: only a noun-initial key counts as a noun trigger
    k = i
    while k < j - 1 and tokens[k].pos == "ADJF":
        k += 1
    return tokens[k].pos == "NOUN"


ROLE_SUBJECTS = _grammar.by_lang("role_subjects")
ROLE_MODIFIERS = _grammar.by_lang("role_subject_modifiers")


def _role_subject(tokens, lo: int, hi: int, lang: str) -> bool:
    """A nominative role noun without a country in the clause ("глава держави розповів під час пресконференції з
    X"): the clause's subject is the actor named before (grammar_<lang>.yml role_subjects)."""
    words = ROLE_SUBJECTS.get(lang, ())
    return any(t.lemma in words and ("nomn" in t.cases or not t.cases) and (k == lo or tokens[k - 1].pos != "PREP")
               for k, t in ((k, tokens[k]) for k in range(lo, hi)))


def _role_subject_ordered(tokens, lo: int, i: int, lang: str) -> bool:
    """Word-order languages: a role noun without a country before the verb, not governed by a preposition ("The
    ministry accused Armenia ...", "The top diplomat met Lavrov", "Министърът обвини ..."): the clause's subject is
    the actor named before (grammar_<lang>.yml role_subjects)."""
    words = ROLE_SUBJECTS.get(lang, ())
    preps = PREPS.get(lang, ())
    for k in range(lo, i):
        if tokens[k].low in words:  # (as written: a plural "the leaders" are not the one actor named before)
            a = k - 1
            while a >= lo and (tokens[a].low in DETERMINERS or tokens[a].low in ROLE_MODIFIERS.get(lang, ())):
                a -= 1
            return a < lo or tokens[a].low not in preps
    return False


PASSIVE_AUX = _grammar.by_lang("passive_auxiliaries")
PASSIVE_INSERTS = _grammar.by_lang("passive_inserts")  # "was also condemned", "беше и осъдена"


POSTING_PREPS = _grammar.by_lang("posting_prepositions")
PREDICATE_COORD = _grammar.by_lang("predicate_coordinators")  # "и осудил": a second predicate after the trigger
POSTED_ENVOY_CODES = frozenset({"114", "161", "166", "174"})  # summoning or expelling an envoy


def _posting_host(tokens, groups, lang: str):
    """An envoy and the capital he is posted in: a government agent of one country right before a posting preposition
    and the capital of another ("посол Литвы в Москве", "посланикът на X в София", "the ambassador in Vilnius"):
    (envoy group, [capital unit]), else None (grammar_<lang>.yml posting_prepositions)."""
    preps = POSTING_PREPS.get(lang)
    if not preps:
        return None
    for g in groups:
        u = g[0]
        if "capital" not in u.kinds or u.start < 2 or tokens[u.start - 1].low not in preps:
            continue
        envoy = next((h for h in groups if h[-1].end == u.start - 1 and h[-1].sector == "GOV"
                      and "agent" in h[-1].kinds and h[-1].country and h[-1].country != u.country), None)
        if envoy is not None:
            return envoy, [u]
    return None


def _passive_form(tok, lang: str, before=None) -> bool:
    """A short passive participle ("подписан", "согласованы"), a Ukrainian impersonal in -но/-то ("підписано"), or
    a full participle right after a passive auxiliary (grammar_<lang>.yml passive_auxiliaries: "була підписана")."""
    return (tok.pos == "PRTS" or (lang == "uk" and tok.pos == "VERB" and tok.low.endswith(("но", "то")))
            or (before is not None and tok.pos in ("ADJF", "PRTF") and before.low in PASSIVE_AUX.get(lang, ())))


PASSIVE_PLACE_ROOTS = {"11", "16", "17"}  # summons and protests, expulsions, arrests: the state where they happen acts


def _passive_place_agent(right, j: int, lang: str, code: str, patient, left=()):
    """A short passive with no agent named ("Гражданин Армении задержан в Баку", "Посол Азербайджана вызван в МИД
    России", "Посла Вірменії викликано до МЗС Азербайджану"): the state acts where it happens. An arrest (17) by the
    state of the place right after the verb or fronted before it (``left``: "В Баку были задержаны ..."); a summons or
    an expulsion (11, 16) by the ministry or state named right after it in a place phrase. The place must be another
    state than the patient's."""
    preps = LOC_PREPS.get(lang, set()) | POSTPOSED_SRC_PREPS.get(lang, set())  # ("вызван в МИД", "викликано до МЗС")
    arrest = code[:2] == "17"
    fronted = [g for g in left if g[0].prep in LOC_PREPS.get(lang, set())] if arrest else []
    for g in [*right, *fronted]:
        if g[0].start > j + 2:
            continue  # (the place right after the verb; fronted places stand before it)
        if g[0].prep not in preps or not all(u.country for u in g):
            continue
        places = all(set(u.kinds) <= {"capital", "country"} for u in g)
        if places != arrest or not arrest and not any(u.sector for u in g):
            continue  # an arrest by a place's state; a summons or expulsion by a named ministry or state
        if {u.country for u in g} & {u.country for u in patient}:
            continue
        return g
    return None



NEG_AFTER = _grammar.by_lang("negation_after")


def _negated_after(tokens, g, hi: int, lang: str) -> bool:
    """A negation right after the "between X and Y" pair of a noun trigger (within four words, no comma between):
    the act is said not to have happened ("talks between X and Y did not take place", "переговоров между X и Y не
    было"; grammar_<lang>.yml negation_after)."""
    words = NEG_AFTER.get(lang)
    if not words:
        return False
    for k in range(g[-1].end, min(hi, g[-1].end + 4)):
        w = tokens[k].low
        if w == ",":
            return False
        if w in words:
            return True
    return False


def _passive_trigger(tokens, i: int, lang: str) -> bool:
    """The trigger at ``i`` is a passive: a passive auxiliary among the two words before it, or (bg) a participle
    ending (grammar_<lang>.yml passive_auxiliaries, passive_participle_endings)."""
    aux = PASSIVE_AUX.get(lang, ())
    return (any(tokens[k].low in aux for k in range(max(0, i - 2), i))
            or tokens[i].low.endswith(PASSIVE_ENDINGS.get(lang, ("\0",))))


# parts of speech a trigger that is the predicate of a subjectless subordinate clause may have (ru "готов" is a short
# adjective, uk "готовий" a full one; grammar_<lang>.yml clause_predicate_pos)
CLAUSE_PREDICATE_POS = _grammar.by_lang("clause_predicate_pos")


def _main_subject(tokens, groups, lo: int, i: int, lang: str, subj_ok, noun_with: bool = False):
    """Subject of the main clause for a subordinate clause without one ("Зеленский заявил, что готов
    встретиться с Путиным"; "Russia said it was ready to ..."): only when the clause opens with a
    complementiser and, in English/Bulgarian, has a subject pronoun. In ru/uk a noun trigger (or the adjective that
    opens it, "телефонный разговор") takes it only when its partner is named with "с/з" (``noun_with``) and the noun
    is not nominative ("X заявил, что после переговоров с Y ..." / "на встрече с Y", not "что переговоры с Y
    невозможны") or stands right after the clause's own un-negated verb ("что провел телефонный разговор с Y").
    A name inside a relative clause closed before the clause ("X, чиято страна председателства АСЕАН, заяви, че
    ...") is not that subject."""
    if lo == 0 or tokens[lo - 1].low not in CLAUSE_LINKS and (lo < 2 or tokens[lo - 2].low not in CLAUSE_LINKS):
        return None
    if lang in CASE_MARKING:
        if tokens[i].pos.lower() not in CLAUSE_PREDICATE_POS.get(lang, ()) and not (
                noun_with and tokens[i].pos in ("NOUN", "ADJF")
                and ("nomn" not in tokens[i].cases or (i - 1 >= lo and tokens[i - 1].pos == "VERB" and not (
                    {t.low for t in tokens[lo:i]} & NEG.get(lang, frozenset()))))):
            # a noun that is the clause's own subject is its topic: "что переговоры с Y невозможны"; one right after
            # the clause's verb is its object ("что провел телефонный разговор с Y")
            return None
    else:
        sing, plur = SUBJ_PRON.get(lang, (set(), set()))
        first = _discourse.rules()["first_person"].get(lang, frozenset())  # "X said (that) we are ready"
        if not ({t.low for t in tokens[lo:i]} & (sing | plur | IT_PRON | first)) and not _dropped_subject(
                tokens, lo, i, lang):
            return None
    # "X, чиято страна председателства АСЕАН, заяви, че ...": not a name inside a relative clause closed before lo
    closed = [(a, b) for a, b in _relative_spans(tokens, lang) if b < lo]
    g = next((g for g in reversed(groups) if g[-1].end <= lo and subj_ok(g)
              and not any(a <= g[0].start < b for a, b in closed)), None)
    if g is None and lang in IMPERSONAL_PREPS and _dropped_subject(tokens, lo, i, lang):
        # "От МО на Русия съобщиха, че са свалили ...": the institution that speaks impersonally
        g = next((g for g in groups if g[-1].end <= lo and g[0].prep in IMPERSONAL_PREPS[lang]
                  and (g[0].sector or g[0].org)), None)
    return g


def _fronted_participle_subject(tokens, groups, i: int, lang: str, subj_ok):
    """English, a sentence that opens with a participle clause ("Urging an immediate halt to hostilities, the
    mediators reiterated ..."): its subject is the main clause's, the group right after the clause's comma."""
    if lang != "en" or i != 0 or not tokens or not tokens[0].low.endswith("ing"):
        return None
    comma = next((k for k in range(1, len(tokens)) if tokens[k].text == ","), None)
    if comma is None:
        return None
    start = comma + 1
    while start < len(tokens) and tokens[start].low in DETERMINERS:
        start += 1
    return next((g for g in groups if g[0].start == start and g[0].prep is None and subj_ok(g)), None)


AUXILIARIES = _grammar.by_lang("clause_auxiliaries")


def _dropped_subject(tokens, lo: int, i: int, lang: str) -> bool:
    """A pro-drop word-order language (bg): "Армията съобщи, че е поразила ...": a clause after a speech verb and
    its complementiser whose verb has only auxiliaries before it (grammar_<lang>.yml clause_auxiliaries) has the
    speaker as its subject. Not after other verbs ("X обвини Y, че е атакувал": Y's act)."""
    aux = AUXILIARIES.get(lang)
    if not aux or i == lo or not all(t.low in aux for t in tokens[lo:i]):
        return False
    k = lo - 1
    while k >= 0 and (tokens[k].low in CLAUSE_LINKS or tokens[k].text == ","):
        k -= 1
    return k >= 0 and _speech_verb(tokens[k], lang)


IT_PRON = _grammar.pooled("it_pronouns")
SPEECH_AUDIENCE = _grammar.by_lang("speech_audience")


def _said_pronoun(tokens, src, i: int, lang: str) -> bool:
    """"Erdogan said he had spoken with Putin", "Rubio told reporters they had agreed": a subject pronoun right
    after the source's own speech verb (with no "that"; dates, adverbs and grammar_<lang>.yml speech_audience
    words may stand between) is that source."""
    sing, plur = SUBJ_PRON[lang]
    k = next((k for k in range(src[-1].end, i) if tokens[k].low in sing | plur), None)
    if k is None or k - src[-1].end > 8:
        return False
    skip = _trigger_inserts(tokens, lang) | {x for x in range(len(tokens))
                                              if tokens[x].low in SPEECH_AUDIENCE.get(lang, ())}
    v = k - 1
    while v >= src[-1].end and v in skip:
        v -= 1
    return v >= src[-1].end and _speech_verb(tokens[v], lang) \
        and all(t.text not in (",", ";", ":") for t in tokens[src[-1].end:v])


TEMPORAL_PREPS = _grammar.by_lang("temporal_prepositions")
GERUND_ENDINGS = {lang: tuple(sorted(ws)) for lang, ws in _grammar.by_lang("gerund_endings").items()}


def _temporal_phrase_end(tokens, i: int, j: int, lang: str, groups) -> int | None:
    """End of the phrase of an event noun governed by a preposition of time ("After the talks, France condemned
    Israel", "Following the meeting in Paris, ...", bg "След срещата в Париж Франция осъди ..."; grammar
    temporal_prepositions): the first comma after the noun or the first actor group with no preposition of its own
    (the main clause's subject); the noun's parties are named inside it ("after talks with X"), never the main
    clause's actors. None when the trigger is not such a noun (a gerund right after the preposition, grammar
    gerund_endings: "after meeting Putin" keeps its object)."""
    preps = TEMPORAL_PREPS.get(lang)
    if not preps or i == 0:
        return None
    k = i - 1
    det = False
    while k > 0 and tokens[k].low in DETERMINERS:
        k, det = k - 1, True
    if tokens[k].low not in preps or (not det and tokens[i].low.endswith(GERUND_ENDINGS.get(lang) or ("\0",))):
        return None
    inside = {m for g in groups for m in range(g[0].start, g[-1].end)}  # (a comma of a list: "between A, B and C")
    end = next((m for m in range(j, len(tokens)) if tokens[m].text in (",", ";", ":") and m not in inside), len(tokens))
    first_bare = next((g[0].start for g in groups if g[0].start >= j and g[0].prep is None), len(tokens))
    return min(end, first_bare)


def _predicate_after_complement(tokens, groups, i: int, lang: str, subj_ok):
    """The subject of a verb joined by ", и" after a clause of content ("Левитт заявила, что Иран должен ..., и
    предупредила Тегеран", uk "..., і попередила", bg "..., и предупреди"): the comma closes the "что"-clause (two
    predicates of one subject take no comma before a single "и"), so the verb is the main clause's, whose subject is
    the first subject group before the complementizer (grammar complementizers); else None."""
    if i < 3 or tokens[i - 1].low not in COORD or tokens[i - 2].text != "," or tokens[i].pos not in ("VERB", ""):
        return None
    comps = COMPLEMENTIZERS.get(lang, ())
    c = next((k for k in range(i - 3, 0, -1) if tokens[k].low in comps
              and (tokens[k - 1].text == "," or _speech_verb(tokens[k - 1], lang))), None)
    # (en writes no comma before "that": "Ankara said that ..., and rejected")
    if c is None:
        return None
    return next((g for g in groups if g[-1].end <= c and g[0].prep is None and subj_ok(g)), None)


def _coordinated_subject(tokens, groups, lo: int, i: int, lang: str, subj_ok):
    """The subject of a verb that opens a clause joined by "but" ("Lavrov said ... but accused Kyiv",
    "Лавров заявил, что ..., но обвинил Киев"): the sentence's first subject group (clauses.yml
    coordinated_verb_links). Only a verb right at the clause's start (one word before it at most)."""
    links = _discourse.clauses()["coordinated_verb_links"].get(lang)
    if not links or lo == 0 or i - lo > 1 or tokens[lo - 1].low not in links:
        return None
    if lang in CASE_MARKING and tokens[i].pos != "VERB":
        return None
    return next((g for g in groups if g[-1].end <= lo and subj_ok(g)), None)


@lru_cache(maxsize=50_000)
def _plural_verb(word: str, lang: str) -> bool:
    """A ru/uk finite verb in the plural ("встретились", "відвідали"), by its first pymorphy reading."""
    from .text import _morph

    ps = [q for q in _morph(lang).parse(word.lower()) if q.tag.POS == "VERB"]
    return bool(ps) and ps[0].tag.number == "plur"


def _reported_own_future(tokens, lo: int, i: int, hi: int, lang: str) -> int | None:
    """Index of the speech verb when the trigger is the speaker's own future act told after it ("X said he would
    meet Y", "X заявил, что встретится с Y"; clauses.yml reported_intent): only a pronoun subject, the
    complementiser, the modal and a few adverbs stand between them, and no condition ("if") follows."""
    words = _discourse.clauses()["reported_intent"].get(lang)
    if not words:
        return None
    allowed = words.get("between", frozenset()) | words.get("modal", frozenset())
    k = i - 1
    while k >= max(0, lo - 3) and (tokens[k].low in allowed or tokens[k].lemma in allowed):
        k -= 1
    if k < 0 or not (tokens[k].low in words.get("speech", ()) or tokens[k].lemma in words.get("speech", ())):
        return None
    if _condition_after(tokens, k, hi, lang):
        return None  # "said he would meet Y if invited"
    return k


def _condition_after(tokens, i: int, hi: int, lang: str) -> bool:
    """A condition after the trigger in its clause ("said he would meet Y if invited"): the act stays hypothetical."""
    modal = _discourse.clauses()["reported_intent"].get(lang, {}).get("modal", frozenset())
    hyp = _discourse.rules()["hypothetical"].get(lang, frozenset()) - modal
    return any(t.low in hyp or t.lemma in hyp for t in tokens[i:hi])


GOAL_NOUNS = _grammar.by_lang("goal_nouns")
TOPIC_PREPS = _grammar.by_lang("topic_prepositions")
GOAL_NOUNS_AFTER_DET = _grammar.by_lang("goal_nouns_after_determiner")
FAILED_TO = _grammar.by_lang("failed_to")


def _goal_or_failed(tokens, lo: int, i: int, lang: str) -> bool:
    """A trigger that is only the aim of a noun ("negotiations to free the hostages", "a bid to broker a truce";
    grammar ``goal_nouns``) or the complement of a failure ("failed on Tuesday to adopt a resolution demanding
    ..."; ``failed_to``, up to ten words before it in its clause): no act took place."""
    if i >= 2 and tokens[i - 1].low == "to":
        w = tokens[i - 2]
        if w.low in GOAL_NOUNS.get(lang, ()):
            return True
        det = DETERMINERS | {"'s", "’s"}
        if w.lemma in GOAL_NOUNS_AFTER_DET.get(lang, ()) and i >= 3 and (
                tokens[i - 3].low in det
                or i >= 4 and tokens[i - 3].text.islower() and tokens[i - 4].low in det):
            return True  # "Turkey's offer to mediate", "a fresh bid to broker" (not the verb: "offered to mediate")
    failed = FAILED_TO.get(lang)
    if failed:
        for k in range(max(lo, i - 10), i):
            if tokens[k].lemma in failed or tokens[k].low in failed:
                if any(t.low == "to" for t in tokens[k + 1:min(i, k + 5)]):
                    return True
    return False


def _ceased(tokens, i: int, j: int, lang: str) -> int | None:
    """Where a word of stopping governs a trigger of force (tokens i..j): "to stop the fighting", "прекратить
    удары по", "saldırıların durdurulması" (discourse.yml cessation_before / cessation_after). Returns the first
    index at which a side of the force may be named (after a word before the trigger; the trigger itself for a
    word after it): actors named earlier ask for the end or are asked to end it. None when there is none."""
    rules = _discourse.rules()
    before = rules["cessation_before"].get(lang)
    if before:
        for k in range(i - 1, max(-1, i - 7), -1):
            if not any(c.isalnum() for c in tokens[k].text):
                break
            if (tokens[k].lemma in before or tokens[k].low in before) and (
                    i - k <= 3 or any(tokens[x].low in COORD for x in range(k + 1, i))):
                # (farther through a coordination: "прекращении огня и всех военных действий")
                return k + 1
    after = rules["cessation_after"].get(lang)
    if after:
        nxt = " ".join(t.low for t in tokens[j:j + 2])
        if any(nxt.startswith(a) for a in after):
            return i
    return None


POSSESSIVE_MARKS = _grammar.by_lang("possessive_marks")


def _adjective_agent(p: Pattern, tokens, groups, i: int, lang: str = ""):
    """The demonym adjective standing right before a force noun (at most two lower-case words between: "a Russian
    missile strike", "российского ракетного удара", "руски ракетен удар"): the noun's agent (discourse.yml
    adjective_agent_roots), or None. Only a lone adjective: "Russian and Ukrainian strikes" has no one agent."""
    if p.cameo[:2] not in _discourse.rules()["adjective_agent_roots"]:
        return None
    marks = POSSESSIVE_MARKS.get(lang, ())
    owner = next((g for g in groups if g[-1].end < i and tokens[g[-1].end].low in marks
                  and i - g[-1].end - 1 <= 2), None) if marks else None
    if owner is not None and len(owner) == 1 and (owner[0].country or owner[0].org) and all(
            tokens[k].text.isalpha() and tokens[k].text.islower() for k in range(owner[-1].end + 1, i)):
        return owner  # "Israel's attack on Iran", "Russia's massive strike": the possessive is the noun's agent
    g = max((g for g in groups if g[-1].end <= i and i - g[-1].end <= 2), key=lambda g: g[-1].end, default=None)
    # (the nearest group before the noun: "Турция осудила израильские удары", not the subject two words before)
    if g is None or len(g) != 1 or g[0].kinds != ("adjective",) or g[0].country is None:
        return None
    if any(not tokens[k].text.isalpha() or not tokens[k].text.islower() for k in range(g[-1].end, i)):
        return None
    return g


def _trailing_speaker(tokens, g, j: int, lang: str) -> bool:
    """A group after a comma that follows the trigger and is the subject of a speech verb right after it (", Trump
    said") or right before it (", заявил Лавров", ", съобщи Кремъл"; discourse.yml speech_verbs): the speaker."""
    comma = next((k for k in range(g[0].start - 1, max(j - 1, g[0].start - 5), -1) if tokens[k].text == ","), None)
    if comma is None or comma < j:
        return False
    between = tokens[comma + 1:g[0].start]
    if any(not t.text.isalpha() for t in between):
        return False
    return (g[-1].end < len(tokens) and _speech_verb(tokens[g[-1].end], lang)) \
        or (len(between) >= 1 and _speech_verb(tokens[comma + 1], lang))


def _scheduled_here(tokens, lo: int, i: int, lang: str) -> bool:
    """A future word (discourse.yml scheduled) before the trigger with no comma or coordinator between them ("ще
    поиска", "will demand"); not one of an earlier coordinated clause ("работа будет продолжена, и призвала ...")."""
    words = _discourse.rules()["scheduled"].get(lang, frozenset())
    for k in range(i - 1, max(lo, i - 5) - 1, -1):
        t = tokens[k]
        if t.text in (",", ";") or t.low in COORD:
            return False
        if (t.low in words or t.lemma in words) and _scheduled_word(tokens, k, k + 1, lang, {t.low, t.lemma} & words):
            return True
    return False


@lru_cache(maxsize=8)
def _anaphoric_day_phrases(lang: str) -> dict:
    """discourse.yml date_anaphoric_days as phrase tables for ``_phrase_at``."""
    return _discourse._by_first_word(D.ANAPHORIC.get(lang, ()))


def _anaphoric_day_tokens(tokens, lang: str) -> set:
    """Indices of the tokens of a day told relative to another (discourse.yml date_anaphoric_days: "the next day", "на
    следващия ден"): a past day of the narrative, no plan."""
    phrases = _anaphoric_day_phrases(lang)
    low = [t.low for t in tokens]
    out: set = set()
    for k in range(len(low)):
        if (ph := _phrase_at(low, k, phrases)) is not None:
            out.update(range(k, k + len(ph)))
    return out


def _scheduled_word(tokens, lo: int, i: int, lang: str, found: set) -> bool:
    """The scheduled words ``found`` before the trigger mark a plan unless all of them are ones that do so only
    before an infinitive (discourse.yml scheduled_with_infinitive: uk "мав зустрітися" was to meet, but "мав
    телефонну розмову" had a call, "мали місце" took place)."""
    weak = _discourse.rules()["scheduled_with_infinitive"].get(lang, frozenset())
    if not found <= weak:
        return True
    return any((t.low in weak or t.lemma in weak) and any(_infinitive(x, lang) for x in tokens[k + 1:k + 3])
               for k, t in enumerate(tokens[max(0, lo - 8):i], max(0, lo - 8)))


def _closed_relative(tokens, lo: int, i: int, lang: str) -> int | None:
    """The comma that closes a relative clause opened right before ``lo`` (", who ... ,") before the trigger at
    ``i``, or None."""
    if lang not in RELATIVE_CLOSING or lo < 2 or tokens[lo - 2].text != "," \
            or tokens[lo - 1].low not in _discourse.clauses()["relative_any"].get(lang, ()):
        return None
    return next((k for k in range(i - 1, lo - 1, -1) if tokens[k].text == ","), None)


def _relative_antecedent(tokens, groups, lo: int, i: int, lang: str, bset, subj_ok):
    """Subject hidden by a relative clause (clauses.yml): the antecedent written before ", который/who", when
    it is a subject or object itself (no preposition). Inside the clause ("X, who arrived in Y"), when its
    pronoun is the subject form and agrees in number;
    after it ("X, who arrived in Y on Monday, met Z"), when a comma closes the clause before the trigger and
    the antecedent is the subject of its own clause."""
    words = _discourse.clauses()
    rel_any = words["relative_any"].get(lang, ())
    r = lo - 1
    if not (r >= 2 and tokens[r - 1].text == "," and tokens[r].low in rel_any):
        # the verb after a relative clause that holds a clause boundary of its own ("X, who spoke after the
        # talks, praised Y"): the nearest ", who" further back, the clause closed by a comma before the trigger
        if not any(t.text == "," for t in tokens[lo:i]):
            return None
        r = next((k for k in range(lo - 1, max(1, lo - 30), -1)
                  if tokens[k].low in rel_any and tokens[k - 1].text == ","), None)
        if r is None or any(t.text in (";", ":", '"', "«", "»", "“", "”", "(") for t in tokens[r:i]):
            return None
    rel = tokens[r].low
    ante = next((g for g in groups if g[-1].end == r - 1), None)
    if ante is None:
        return None
    closed = any(t.text == "," for t in tokens[lo:i])
    if not subj_ok(ante):
        return None  # "talks with X, who ...": an antecedent in a prepositional phrase is left alone
    if not closed:
        forms = words["relative_subject"].get(lang, {})
        if rel in forms.get("any", ()) or rel in forms.get("singular", ()) and len(ante) == 1 \
                or rel in forms.get("plural", ()) and len(ante) >= 2:
            return ante
        if rel in forms.get("singular", ()) and len(ante) >= 2:
            return [ante[-1]]  # "Зеленський і Ердоган, який прибув до Києва": the singular pronoun's is the last one
        return None
    if rel not in words["relative_any"].get(lang, ()):
        return None
    start = _clause(tokens, ante[0].start, ante[-1].end, bset)[0]
    if any(g is not ante and g[0].start >= start and g[-1].end <= ante[0].start and subj_ok(g) for g in groups):
        return None  # the antecedent is an object ("Russia attacked Ukraine, which ..."), not the subject
    return ante


def _statement_noun_before(tokens, k: int, lang: str) -> int | None:
    """The index of a statement noun (clauses.yml statement_nouns) at ``k``, or at ``k - 1`` when ``k`` is a comma;
    else None."""
    nouns = _discourse.clauses()["statement_nouns"].get(lang)
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    return k if nouns and k >= 0 and (tokens[k].lemma in nouns or tokens[k].low in nouns) else None


def _statement_participle(tokens, i: int, lang: str) -> bool:
    """A participle right after a statement noun and its comma ("распространил заявление, осуждающее удары X"): the
    statement's content, an act of its author (clauses.yml statement_nouns), not an adjective."""
    return _statement_noun_before(tokens, i - 1, lang) is not None


def _statement_author(tokens, groups, lo: int, lang: str, subj_ok):
    """The author of a statement whose relative clause holds the trigger ("issued a statement in which it urged X",
    "выступил с заявлением, в котором призвал X", "излезе с изявление, в което призова X"; clauses.yml
    statement_nouns): the subject of the main clause, the last subject group before the statement noun."""
    r = lo - 1
    if r < 3 or tokens[r].low not in _discourse.clauses()["relative_any"].get(lang, ()) \
            or tokens[r - 1].low not in PREPS.get(lang, ()):
        return None
    k = _statement_noun_before(tokens, r - 2, lang)
    if k is None:
        return None
    return next((g for g in reversed(groups) if g[-1].end <= k and subj_ok(g)), None)


def _counterpart(src, tokens, j: int, hi: int, ctx: dict | None):
    """Target named only as "counterpart"/"коллега": the other party of the previous event."""
    last = (ctx or {}).get("last")
    if last is None or last.tgt is None or not src:
        return None
    if not any(t.lemma in COUNTERPART or t.low in COUNTERPART for t in tokens[j:hi]):
        return None
    me = src[0].actor
    if last.src.actor == me:
        return [last.tgt]
    if last.tgt.actor == me:
        return [last.src]
    return None


def _people_vs_state(a, b) -> bool:
    """A nation named as such against its own government or police ("Kenyans protested against the
    Kenyan government"); used by the SVO roles only (Turkish roles keep the stricter rule)."""
    return "country" in a.kinds and not a.sector and b.sector in ("GOV", "COP")


def _state_vs_society(a, b) -> bool:
    """The state named as a country or by its capital against a group of its own society, either way
    ("Croatia is investigating Croatian extremists", "Ankara detained Turkish journalists", "Kenyan rebels
    attacked Kenya"): a domestic event (clause.DOMESTIC), not one actor on both sides."""
    def state(u) -> bool:
        return not u.sector and not u.org and bool({"country", "capital"} & set(u.kinds))
    return (state(a) and b.sector in DOMESTIC) or (state(b) and a.sector in DOMESTIC)


@lru_cache(maxsize=8)
def _consult_nouns(lang: str) -> frozenset:
    """One-word keys of the language's consultation patterns (CAMEO 04: talks, meeting, call...)."""
    return frozenset(k[0] for k, ps in load_patterns(lang).items() if len(k) == 1 and any(p.cameo.startswith("04") for p in ps))


def _dependent_noun(tokens, noun: int, j: int, lang: str) -> bool:
    """Whether the noun at ``noun`` (after the trigger ending at ``j``) depends on another word rather than being
    the trigger's object ("the mediators of the conflict", "посредники ... конфликта"; not "discussed the war
    with X", "обсудили войну с X", where "with X" may be the partner): in ru/uk a noun that cannot be nominative
    or accusative, or one right after a preposition of clauses.yml relation_noun_preps ("у границы с X": "границы"
    may be plural); elsewhere a noun after such a preposition, at most two words (a determiner, an adjective) between."""
    preps = _discourse.clauses()["relation_noun_preps"].get(lang, ())
    if lang in CASE_MARKING:
        cases = tokens[noun].cases
        return bool(cases) and not cases & {"nomn", "accs"} or (noun - 1 >= j and tokens[noun - 1].low in preps)
    return any(tokens[k].low in preps for k in range(max(j, noun - 3), noun))


OBJECT_POSSESSOR = _grammar.by_lang("object_possessor_prepositions")


def _participle_agent(tokens, j: int, g) -> bool:
    """ru/uk: ``g`` is the instrumental agent of a participle that opens the verb's object right after the trigger
    ("отверг [выдвинутые] [Владимиром Путиным] условия", "осудила принятую вчера Евросоюзом резолюцию", "засудило
    [завданий] [Росією] удар"): a participle (uk: the tagger's adjective) at most two words after the trigger and
    right before the group (an adverb between), a noun after the group."""
    k = g[0].start - 1
    while k > j and tokens[k].pos == "ADVB":
        k -= 1
    if g[0].prep is not None or "ablt" not in g[0].head_cases or k < j or k - j > 2 \
            or tokens[k].pos not in ("PRTF", "ADJF"):
        return False
    e = g[-1].end
    return e < len(tokens) and tokens[e].pos in ("NOUN", "ADJF")


def _relative_word(t, lang: str) -> bool:
    """``t`` opens a relative clause after a noun (clauses.yml relative_any, relative_after_noun)."""
    c = _discourse.clauses()
    rel = c["relative_any"].get(lang, ())
    return t.low in rel or t.lemma in rel or t.low in c["relative_after_noun"].get(lang, ())


RELATIVE_AUTHOR_ROOTS = {"05", "11", "12"}  # praise, criticism and rejection of what someone did or said


def _relative_author(tokens, groups, j: int, hi: int, lang: str, src):
    """"Greece rejected the proposal that Ankara made", "Польша осудила удар, который Россия нанесла по Львову": the
    judged object right after the verb (a noun phrase of at most four words, no actor in it), then a relative clause
    whose own subject is an actor: that actor did what is judged and is the target (as the agent of a participle on
    the object is, _participle_agent). en/bg: the subject right after the relative word ("that the Kremlin made");
    ru/uk: a nominative group within three words after it ("который нанесла Россия"). Not the source's own state."""
    r = next((k for k in range(j, min(hi + 1, len(tokens) - 1, j + 6)) if _relative_word(tokens[k], lang)), None)
    if r is None:
        return None
    noun_end = r - 1 if tokens[r - 1].text == "," else r
    if noun_end <= j or noun_end - j > 4 or any(j <= g[0].start < noun_end for g in groups):
        return None
    if tokens[r].low in _discourse.clauses()["relative_after_noun"].get(lang, ()) and tokens[j].low not in DETERMINERS:
        return None  # "that" also opens a complement ("said the veto showed that Moscow ..."): only after "the N"
    g = next((g for g in groups if g[0].start > r), None)
    if g is None or g[0].prep is not None:
        return None
    if lang in CASE_MARKING:
        if "nomn" not in g[0].head_cases or g[0].start - r > 3 \
                or any(t.text in (",", ";", ":") for t in tokens[r + 1:g[0].start]):
            return None
    else:
        k = r + 1
        while k < g[0].start and tokens[k].low in DETERMINERS:
            k += 1
        if k != g[0].start:
            return None
    if {u.country for u in g} & {u.country for u in src if u.country}:
        return None
    return g


def _infinitive_object_owner(tokens, right: list, j: int, src):
    """ru/uk: a demand whose infinitive's object is owned by an actor in the genitive ("потребовал демонтировать ядерную
    программу Ирана", "вимагав вивести війська Росії"): the owner is the one the demand is made of. The infinitive right
    after the trigger (an adverb between), the owner within five words after it, with no preposition, not the source's
    own state."""
    k = j
    while k < len(tokens) and tokens[k].pos == "ADVB":
        k += 1
    if k >= len(tokens) or tokens[k].pos != "INFN":
        return None
    own = {u.country for u in src if u.country}
    for g in right:
        if g[0].start <= k or g[0].start - k > 5:
            continue
        if g[0].prep is None and "gent" in g[0].head_cases and not ({u.country for u in g} & own) \
                and not any(t.text in (",", ";", ":") for t in tokens[k:g[0].start]):
            return g
        break
    return None


def _object_possessor(tokens, j: int, g, p, frame: dict, lang: str) -> bool:
    """A force verb that takes a bare object (frame.dobj), its object a plain noun phrase of at most three words
    owned by the group after "of" (grammar object_possessor_prepositions): "shelled positions of X", "struck the
    outskirts of X", "attacked army positions of X". Not across punctuation, another preposition or a clause word."""
    if not frame.get("dobj") or p.passive or p.cameo[:2] not in FORCE_ROOTS:
        return False
    if g[0].prep not in OBJECT_POSSESSOR.get(lang, ()):
        return False
    k = g[0].start - 1
    while k > j and tokens[k].low in DETERMINERS:
        k -= 1
    if k <= j or tokens[k].low != g[0].prep:
        return False
    words = [t for t in tokens[j:k] if t.low not in DETERMINERS]
    stop = PREPS.get(lang, set()) | SUBORDINATORS.get(lang, set())
    return 1 <= len(words) <= 3 and all(t.text.isalpha() and t.low not in stop for t in tokens[j:k])


PLACE_POSSESSED = _grammar.by_lang("possessed_place_nouns")


def _place_possessor(tokens, j: int, g, fprep: set, lang: str) -> bool:
    """A group that owns a place noun (grammar possessed_place_nouns) which the force trigger's own preposition
    governs, within three words after the trigger: the genitive after the noun in the case-marking languages
    ("выпустил по территории Израиля", "удар по об'єктах X"), the group after "of" in English ("fired missiles at the
    territory of Israel"). The owner of the place is the target."""
    nouns = PLACE_POSSESSED.get(lang)
    if not nouns:
        return False
    k = g[0].start - 1
    if lang in CASE_MARKING:
        if g[0].prep is not None or "gent" not in g[0].head_cases:
            return False
    else:  # the owner after a possessor preposition ("the territory of Israel"; grammar object_possessor_prepositions)
        if g[0].prep not in OBJECT_POSSESSOR.get(lang, ()) or tokens[k].low != g[0].prep:
            return False
        k -= 1
    while k > j and tokens[k].low in DETERMINERS:
        k -= 1
    if k < j or not (tokens[k].lemma in nouns or tokens[k].low in nouns):
        return False
    while k - 1 > j and tokens[k - 1].low in DETERMINERS:
        k -= 1
    if lang in CASE_MARKING and k - j <= 1 and "accs" in tokens[k].cases and all(t.text.isalpha() for t in tokens[j:k]):
        return True  # the place as the verb's direct object: "атаковала юг Ливана", "обстріляли околиці Харкова"
    pr = next((m for m in range(k - 1, max(j - 1, k - 4), -1) if tokens[m].low in PREPS.get(lang, ())), None)
    return pr is not None and tokens[pr].low in fprep and all(t.text.isalpha() for t in tokens[pr:k]) \
        and pr - j <= 3


def _topic_with(tokens, g, j: int, src, lang: str) -> bool:
    """A "with X" after the object of a consultation (04) whose subject is a pair of two states ("Zelensky and Erdogan
    discussed a prisoner exchange with Russia", "Путин и Эрдоган обсудили отношения с Украиной"): X belongs to the
    topic; the two subjects consulted each other. Not right after the verb, nor after phone words only ("discussed
    by phone with X"); an agreement signed "with X" is X's ("signed agreements with the United States")."""
    if src is None or len({u.country for u in src if u.country}) < 2:
        return False
    k = g[0].start - 1
    while k > j and tokens[k].low not in WITH.get(lang, ()):
        k -= 1
    return any(t.text.isalpha() and t.text.islower() and t.lemma not in PHONE and t.low not in PHONE
               and t.low not in PREPS.get(lang, ()) and t.low not in DETERMINERS for t in tokens[j:k])


def _with_of_noun(tokens, g, j: int, lang: str, pr: str, partner: bool = False) -> bool:
    """A "with X" phrase that complements a noun after the trigger: a consultation noun in a circumstance
    ("после переговоров с X", "after talks with X", "след среща с X") or a relation noun ("конфликт с X",
    "the border with X"; clauses.yml relation_nouns) for an act done with a partner (``partner``: a symmetric
    frame; "massed troops at the border with X" keeps X as the target): the noun, not the trigger, governs it."""
    k = next((k for k in range(g[0].start - 1, max(j - 1, g[0].start - 4), -1) if tokens[k].low == pr), None)
    if k is None or k - 1 < j:
        return False
    noun = k - 1
    rel = _discourse.clauses()["relation_nouns"].get(lang, ())
    if partner and (tokens[noun].lemma in rel or tokens[noun].low in rel) \
            and _dependent_noun(tokens, noun, j, lang):
        return True  # "met the mediators of the conflict with X": the conflict's other side, not the partner
    if not (tokens[noun].lemma in _consult_nouns(lang) and (lang not in CASE_MARKING or tokens[noun].pos == "NOUN")):
        return False
    # the noun stands in a circumstance ("after talks with X"), not as the trigger's complement ("agreed to talks")
    adjacent = _discourse.clauses()["circumstance_preps_adjacent"].get(lang, ())
    det = noun - 1 if noun - 1 > j and tokens[noun - 1].low in DETERMINERS else noun
    if det - 1 >= j and tokens[det - 1].low in adjacent:
        return True  # "на срещата с Гутериш", "at the meeting with X"
    words = " ".join(t.low for t in tokens[max(j, noun - 4):noun])
    return any(f" {w} " in f" {words} " for w in _discourse.clauses()["circumstance_preps"].get(lang, ()))


@lru_cache(maxsize=8)
def _circumstance_preps(lang: str) -> tuple[list[str], ...]:
    return tuple(w.split() for w in _discourse.clauses()["circumstance_preps"].get(lang, ()))


def _circumstance_spans(tokens, lang: str, bset) -> list[tuple[int, int]]:
    """Spans of circumstance phrases ("after a Russian proposal to Baku", "после призыва Москвы"): from a word of
    clauses.yml circumstance_preps to the next comma or clause boundary."""
    preps = _circumstance_preps(lang)
    words = [t.low for t in tokens]
    spans = []
    for k in range(len(tokens)):
        m = next((len(w) for w in preps if words[k:k + len(w)] == w), 0)
        if not m:
            continue
        e = k + m
        while e < len(tokens) and words[e] not in (",", ";", ":") and words[e] not in bset:
            e += 1
        spans.append((k, e))
    return spans


CONTRAST_COORD = _grammar.by_lang("contrast_coordinators")
CLAUSE_AND = _grammar.by_lang("clause_and")


def _other_coordinate_clauses(tokens, lang: str) -> list[tuple[int, int]]:
    """The coordinate clauses of a sentence as spans, cut at ";" and at a comma followed by a contrasting conjunction
    ("Израиль нанес удары по Ливану, а Иран осудил эти действия"): words of a pattern's ``excludes`` count only in the
    trigger's own (``_excluded`` skips the other spans, as circumstance phrases)."""
    words = CONTRAST_COORD.get(lang, ())
    ands = CLAUSE_AND.get(lang, ())
    pron = SUBJ_PRON.get(lang, (set(), set()))
    third = _discourse.rules()["third_person"].get(lang, ())

    def subject_at(m: int) -> bool:
        # past a fronted day ("on Wednesday", "в среду"): a name or a subject pronoun
        while m < len(tokens) - 1 and (tokens[m].low in PREPS.get(lang, ()) or tokens[m].text.isdigit()
                                       or _calendar_word(tokens[m].low, lang)):
            m += 1
        return m < len(tokens) and (tokens[m].text[:1].isupper() or tokens[m].low in pron[0] or tokens[m].low in pron[1]
                                    or tokens[m].low in third)
    cuts = [k for k in range(1, len(tokens) - 1) if tokens[k].text == ";"
            or tokens[k].text == "," and tokens[k + 1].low in words
            # ", and Beirut condemned the attack", ", and on Wednesday he signed ...": "and" after a comma before a
            # name or a subject pronoun opens a clause of its own
            or tokens[k].text == "," and tokens[k + 1].low in ands and k + 2 < len(tokens) and subject_at(k + 2)]
    if not cuts:
        return []
    bounds = [0, *cuts, len(tokens)]
    return [(a, b) for a, b in zip(bounds, bounds[1:])]


def _excluded(excludes, lem: list, i: int, circ: list) -> bool:
    """A pattern's exclude word counts unless it stands only inside circumstance phrases that do not hold the
    trigger: "talks between A and B took place after a Russian proposal" are talks, not a proposal of talks."""
    outer = [(a, b) for a, b in circ if not a <= i < b]
    return any((lm in excludes or "-" in lm and any(x in excludes for x in lm.split("-")))
               and not any(a <= k < b for a, b in outer) for k, lm in enumerate(lem))


def _later_with(tokens, g, j: int, lang: str) -> bool:
    """A "с X" after an earlier "с <non-actor>" of the same trigger, hanging on a noun ("встретилась с посредниками
    в урегулировании конфликта с Израилем"): the trigger's partner is the first "с" phrase, X is the noun's."""
    k = g[0].start - 1
    while k > j and tokens[k].low in SKIP_BEFORE:
        k -= 1
    if k - 1 <= j or tokens[k].low not in WITH.get(lang, ()) or tokens[k - 1].pos != "NOUN":
        return False
    return any(tokens[x].low in WITH.get(lang, ()) for x in range(j, k - 1))


def _before_apposition(src, left, tokens, i: int, subj_ok):
    """The subject before an apposition: "Turkey, a NATO member, has offered ...", "Russia, Armenia's ally,
    offered ...": when the nearest subject group stands between two commas whose second is at most two words
    before the verb, and a subject group ends right before the first comma, that group is the subject."""
    close = next((k for k in range(i - 1, max(src[-1].end - 1, i - 4), -1) if tokens[k].text == ","), None)
    if close is None or close < src[-1].end:
        return src
    before = [g for g in left if g[-1].end <= src[0].start]
    if not before:
        return src
    g0 = before[-1]
    opening = g0[-1].end
    if opening >= len(tokens) or tokens[opening].text != "," or opening >= src[0].start or not subj_ok(g0):
        return src
    if any(tokens[k].text == "," for k in range(opening + 1, src[0].start)):
        return src
    return g0


AS_WORDS = _grammar.pooled("apposition_as")


def _subject_target_roles(p: Pattern, i: int, j: int, tokens, groups) -> list[Ev]:
    """frame.subject_is_target ("<speaker> said (that) Y must V"): the actor right before the
    trigger is the target, the nearest earlier subject of the sentence the source; no speaker, no event."""
    tgt = next((g for g in reversed(groups) if g[-1].end <= i and i - g[-1].end <= 1 and g[0].prep is None), None)
    if tgt is None:
        # "Росія як держава-терорист повинна відповісти": the actor before an "as ..." apposition
        q = next((q for q in range(i - 1, max(-1, i - 5), -1) if tokens[q].low in AS_WORDS), None)
        tgt = None if q is None else next((g for g in groups if g[-1].end == q and g[0].prep is None), None)
    if tgt is None and i > 0 and tokens[i - 1].low in ("it", "they"):
        # "X told Y that it must ...": the pronoun stands for the addressee named before it
        tgt = next((g for g in reversed(groups) if g[-1].end < i - 1), None)
    if tgt is None:
        return []
    tcs = {u.country for u in tgt}
    # the nearest earlier subject that is not the target's own country ("після атаки РФ ... Росія має ...")
    src = next((g for g in reversed(groups) if g[-1].end <= tgt[0].start and g[0].prep is None
                and not {u.country for u in g} <= tcs), None)
    if src is None:
        return []
    trig = " ".join(t.text for t in tokens[i:j])
    return [Ev(s, t, p.cameo, p, trig, i, 0.45) for s in src for t in tgt
            if s.actor and t.actor and s.actor != t.actor and (s.country != t.country or _domestic_ok(s, t))]


ING_PREPOSITIONS = _grammar.pooled("ing_prepositions")


def _fronted_participle(tokens, groups, lang: str, subj_ok):
    """(index of its closing comma, the main clause's subject group) when the sentence opens with a participle
    clause ("Condemning the strikes, Germany ...", "Welcoming the release of ..., France ..."); else None."""
    if lang != "en" or not tokens or not tokens[0].text[:1].isupper() or not tokens[0].low.endswith("ing") \
            or tokens[0].low in ING_PREPOSITIONS:  # "During the talks, ...", "According to ..."
        return None
    comma = next((k for k in range(1, len(tokens)) if tokens[k].text == ","), None)
    if comma is None:
        return None
    main = next((g for g in groups if comma < g[0].start <= comma + 3 and subj_ok(g)
                 and all(t.low in DETERMINERS for t in tokens[comma + 1:g[0].start])), None)
    return None if main is None else (comma, main)


def _object_relative(tokens, groups, src, i: int, lang: str):
    """The antecedent of an object relative clause whose subject is ``src`` and whose verb is at ``i``: ", which" /
    ", whom" (clauses.yml relative_object) right before the subject, the verb right after it (an adverb between), and a
    group of no preposition right before the comma ("Rwanda, which Kinshasa accuses of ..."). Else None."""
    words = _discourse.clauses()["relative_object"].get(lang)
    r = src[0].start - 1
    if not words or r < 2 or tokens[r].low not in words or tokens[r - 1].text != "," or not 0 <= i - src[-1].end <= 1:
        return None
    ante = next((g for g in groups if g[-1].end == r - 1), None)
    return ante if ante is not None and ante is not src and ante[0].prep is None else None


def _place_antecedent(g, tokens, i: int, lang: str) -> bool:
    """The group is places (capitals, countries) right before ", where" (clauses.yml place_relative) and the trigger at
    ``i`` stands after that word: the group is what "where" refers to, not the subject of the relative clause."""
    e = g[-1].end
    if e + 1 >= i or tokens[e].text != "," or not all(set(u.kinds) <= {"capital", "country"} for u in g):
        return False
    return tokens[e + 1].low in _discourse.clauses()["place_relative"].get(lang, ())


ACROSS_RELATIVE_NOT = {"18", "19", "20"}  # uses of force: "the strike that killed four and injured ten" is the strike's


def _subject_across_relative(tokens, groups, lo: int, i: int, lang: str, bset, subj_ok):
    """"Poland condemned the strike that hit a school and summoned the Russian ambassador", "Польша осудила удар, который
    убил ..., и вызвала посла": a verb coordinated right after a relative clause that names no actor as its subject,
    whose antecedent is no actor either, goes on from the sentence's first clause: its source is that clause's subject
    (its first subject group). The relative words: _relative_word."""
    if i < 2 or tokens[i - 1].low not in PREDICATE_COORD.get(lang, ()):
        return None
    r = lo - 1
    if r < 1 or not _relative_word(tokens[r], lang):
        return None
    if any(lo <= g[0].start and g[-1].end <= i and subj_ok(g) for g in groups):
        return None  # the relative clause has an actor of its own ("the deal that Ankara proposed and ...")
    if _has_subject_pronoun(tokens[lo:i], lang):
        return None  # or a pronoun subject ("the deal that he signed and ...")
    ante = r - 2 if tokens[r - 1].text == "," else r - 1
    if ante < 0 or any(g[0].start <= ante < g[-1].end for g in groups):
        return None  # "Russia, which attacked Kyiv and ...": the relative clause is the actor's own (_antecedent)
    if _clause(tokens, r - 1, r, bset)[0] > 0:
        return None  # the clause before is itself subordinate ("заяви, че киргизките сили ..., при което ..., и обвини"):
        # the verb may go on from the sentence's main verb, whose subject the speaker rules find
    return next((g for g in groups if g[-1].end <= ante and subj_ok(g)), None)


def _roles(p: Pattern, i: int, j: int, tokens, groups, lang, bset, lemset, prev_ev=None, ctx=None) -> list[Ev]:
    if p.frame.get("subject_is_target"):
        return _subject_target_roles(p, i, j, tokens, groups)
    lo, hi = _clause(tokens, i, j, bset)
    window = [t.lemma for t in tokens[max(lo, i - 3):i]] + [t.low for t in tokens[max(lo, i - 3):i]]
    if any(w in NEG.get(lang, ()) for w in window):
        return []
    if lang in PROSPECTIVE and i > 0 and tokens[i - 1].low in PROSPECTIVE[lang]:
        return []  # "the planned meeting", "a possible visit": an act spoken of, not one that took place (rule 2)
    if p.frame.get("speaker_judgement"):
        return _judgement_roles(p, i, j, tokens, groups, lang, bset, ctx)
    if lang in NOUN_NEG_REACH and _negated_noun(tokens, lo, i, lang):
        return []  # "did not hold a hotline conversation": the negated light verb of a noun trigger
    if _goal_or_failed(tokens, lo, i, lang) and not (p.mediation or p.cameo in ("039", "045")):
        return []  # (an effort to mediate or broker is mediation itself)
    if lang == "en" and i >= 2 and tokens[i - 1].low in DETERMINERS \
            and tokens[i - 2].low in TOPIC_PREPS.get(lang, ()):
        return []  # "filed a complaint over the ban", "talked about the strikes": the act's topic, told again
    ru = lang in CASE_MARKING
    frame = p.frame
    fcases = set(frame.get("target", []))
    fprep = set(frame.get("prep", []))
    fwith = bool(frame.get("with"))
    trig = " ".join(t.text for t in tokens[i:j])
    left = [g for g in groups if g[0].start >= lo and g[-1].end <= i]
    rel_end = _closed_relative(tokens, lo, i, lang)
    if rel_end is not None:
        # "X, who met Y in Moscow, criticised Z": the relative clause's actors are not the main verb's subject
        left = [g for g in left if g[0].start > rel_end]
    t_hi = hi
    if p.cameo[:2] in FORCE_ROOTS:
        # "struck the airport of the city, where UN agencies are based": who is in the place is not its target
        place_rel = _discourse.clauses()["place_relative"].get(lang, ())
        t_hi = next((k for k in range(j + 1, hi) if tokens[k].low in place_rel and tokens[k - 1].text == ","),
                    hi)
    if lang in PREDICATE_COORD:
        # "выразил соболезнования ... и осудил действия Израиля": a coordinated finite verb after the trigger opens a
        # predicate of its own; its objects are not this trigger's targets (grammar_<lang>.yml predicate_coordinators)
        t_hi = next((k for k in range(j + 1, t_hi - 1) if tokens[k].low in PREDICATE_COORD[lang]
                     and tokens[k + 1].pos == "VERB"), t_hi)
    # the speaker after a quotation that holds the trigger is no object of it ("„Етиопия отхвърли предложението на
    # Судан“, каза Шукри": Sudan's proposal, not Shoukry, is what Ethiopia rejected)
    # (the quotation closed by a comma or dash before or after its mark, the speech verb right after: „...“, каза X;
    # "...," X said; «...», — заявил X; not «безрозсудні дії» Росії і заявив)
    t_hi = next((k for k in range(j, t_hi - 1) if tokens[k].text in QUOTE_CLOSE
                 and (tokens[k - 1].text == "," or tokens[k + 1].text in (",", "—", "–", "-"))
                 and any(_speech_verb(tokens[m], lang) for m in range(k + 1, min(k + 4, len(tokens))))), t_hi)
    right = [g for g in groups if g[0].start >= j and g[-1].end <= t_hi]

    def subj_ok(g):
        if g[0].prep is not None:
            return False
        if "attacker" in g[0].kinds and p.cameo[:2] == "11":
            return False  # "Удар осудили в ЕС": the attack stands for the attacker, the criticised side
        if ru and g[-1].end < i and tokens[g[-1].end].low in PREDICATE_COORD.get(lang, ()) and tokens[i].pos == "VERB" \
                and all(t.pos == "ADVB" for t in tokens[g[-1].end + 1:i]):
            return False  # "відзначив роль ... у підтримці України та вкотре закликав Москву": the object of the first
            # verb, not the subject of the second (a coordinated subject has its verb after it, not a conjunction)
        return (not ru) or (not g[0].head_cases) or "nomn" in g[0].head_cases

    src = next((g for g in reversed(left) if subj_ok(g)), None)
    if src is not None and _place_antecedent(src, tokens, i, lang):
        # "посети Белград и Прищина, където се срещна с ...": the places "where" refers to are not who met
        src = next((g for g in reversed(left) if g[-1].end <= src[0].start and subj_ok(g)), None)
    if src is not None:
        src = _before_apposition(src, left, tokens, i, subj_ok)
    if lang == "en" and tokens[i].low.endswith("ing"):
        # the absolute "with X <verb>-ing": X is the verb's subject ("..., with Hungary blocking the measures")
        src = next((g for g in left if g[-1].end == i and g[0].prep == "with"), src)
    if src is not None and lang in SUBJ_PRON and ctx is not None:
        sing, plur = SUBJ_PRON[lang]
        if any(t.low in sing or t.low in plur for t in tokens[src[-1].end:i]) \
                and not _said_pronoun(tokens, src, i, lang):
            src = None  # "a day after Lavrov's visit, he phoned ...": the pronoun nearer the verb is its subject
    fronted = _fronted_participle(tokens, groups, lang, subj_ok)
    if fronted is not None and i < fronted[0]:
        # a fronted participle ("Condemning the strikes, Germany summoned ..."): its subject is the main clause's,
        # the first actor after its closing comma; its own objects stand before that comma. An act named inside
        # it ("Welcoming the release of ..., France ...") has no actors of its own there.
        if i > 0:
            return []
        src = fronted[1]
        right = [g for g in right if g[-1].end <= fronted[0]]
    src_after = False
    noun = ru and _noun_trigger(tokens, i, j)
    if noun and _cancelled(tokens, j, hi):
        return []  # "Встреча ... так и не состоялась", "визит был отменён"
    gen_agent = None
    if noun and (fwith or fprep):
        # genitive agent right after a noun trigger: "встреча Путина с Алиевым", "удары Израиля по Ирану"
        gen_agent = next((g for g in right if g[0].start <= j + 1 and g[0].prep is None
                          and "gent" in g[0].head_cases), None)
        if gen_agent is not None:
            src = gen_agent  # also after a clause subject: "Кремль осудил удары Израиля по Ирану" (ISR -> IRN)
    aprep = _discourse.clauses()["agent_prep"].get(lang, ())
    after_aprep = j < len(tokens) and tokens[j].low in aprep
    # the group right after the noun's agent preposition ("ударите на Израел", "посещението на X"; clauses.yml agent_prep)
    prep_agent = next((g for g in right if g[0].start == j + 1), None) if after_aprep else None
    adj_agent = _adjective_agent(p, tokens, groups, i, lang)
    if frame.get("own_agent") and gen_agent is None and adj_agent is None and prep_agent is not None:
        src = gen_agent = prep_agent  # "осъди ударите на Израел срещу Иран"
    if frame.get("own_agent") and adj_agent is None and gen_agent is None:
        return []  # frame.own_agent: only with the noun's own agent ("condemned Israel's attack", "осудила удар Израиля
        # по Ирану"; not "the attack")
    if adj_agent is not None:
        # "killed in a Russian missile strike on Kyiv", "в результате российского удара по Киеву": the demonym
        # before the force noun is its agent, whatever governs the noun phrase
        src = gen_agent = adj_agent
    relative = False
    if src is None:
        src = _relative_antecedent(tokens, groups, lo, i, lang, bset, subj_ok)
        relative = src is not None  # "met Aliyev, who thanked ...": the previous object is this subject
    if src is None and (not ru or not any(g[0].prep is None and g[0].head_cases == {"nomn"} for g in right)):
        # (not before a plainly nominative subject after the verb: "в котором участвовал Лавров")
        src = _statement_author(tokens, groups, lo, lang, subj_ok)
        relative = relative or src is not None
    if frame.get("agent"):
        # a noun trigger that names its agent right after it ("посещението на X в Y", clauses.yml agent_prep):
        # the agent is the source; without one the noun is no event of its own
        gen_agent = prep_agent
        if gen_agent is None:
            return []
        src = gen_agent
    elif fwith and after_aprep:
        # a consultation noun of any pattern with "with" followed by its agent ("телефонния разговор на X с Y"):
        # the agent is the source, whoever is the subject of the clause ("Кремъл съобщи за разговора на X с Y")
        gen_agent = prep_agent
        if gen_agent is not None:
            src = gen_agent
    if src is not None and prev_ev is not None and not relative and adj_agent is None \
            and not (frame.get("own_agent") and gen_agent is not None) and any(u is prev_ev.tgt for u in src) \
            and not (src[0].start > prev_ev.tpos and tokens[src[0].start - 1].lemma in RELBLOCK
                     and _relative_author(tokens, groups, prev_ev.tpos + 1, i, lang, [prev_ev.src]) is src):
        src = [prev_ev.src]  # the previous verb's object is not this verb's subject (but the subject of the relative
        # clause that named the object's author is its own verb's: "осъди удара, който Русия нанесе по Лвов")
    if src is None and ru:
        src = next((g for g in right if subj_ok(g) and "nomn" in g[0].head_cases and not ({"datv", "gent", "accs", "ablt"} & fcases and (fcases & g[0].head_cases))), None)
        bare_left = [g for g in left if g[0].prep is None]
        if src is None and fcases and len(bare_left) == 1 and bare_left[0][-1].end >= i - 1 and (
                fcases & bare_left[0][0].head_cases and "nomn" not in bare_left[0][0].head_cases):
            # object first, subject after the verb ("Россиян задержали сотрудники МВД Азербайджана"): the object
            # before the verb is plainly not nominative, so a nominative-or-object group after it is the subject
            src = next((g for g in right if g[0].prep is None and subj_ok(g) and "nomn" in g[0].head_cases
                        and g[0].start - j <= 4 and "parties" not in g[0].kinds), None)
        src_after = src is not None
    if src is None and lang in OWNER_PREP and (p.passive or lang == "en" and _passive_trigger(tokens, i, lang)):
        # a passive's subject named by its owner ("Предложението на ЕС беше отхвърлено от Москва", "The proposal of
        # the EU was rejected by Moscow"): the owner right after the clause's first noun stands for the subject
        src = next((g for g in left if _owner_of_first_noun(tokens, lo, g[0].start, OWNER_PREP[lang])), None)
    if src is None:
        src = _antecedent(tokens, groups, lo, lang)
    patient = place_patient = None
    if ru and not p.passive and _passive_form(tokens[i], lang, tokens[i - 1] if i > lo else None):
        # "договор был подписан министрами X и Y", "угоду було підписано X та Y": the instrumental is the agent,
        # a nominative actor the patient ("Украина была атакована Россией")
        agent = next((g for g in right if g[0].prep is None and "ablt" in g[0].head_cases
                      and g[0].start <= j + 6), None)
        if agent is None and p.cameo[:2] in PASSIVE_PLACE_ROOTS:
            pat = src
            if pat is None and lang == "uk" and tokens[i].pos == "VERB":
                # the impersonal in -но/-то keeps its patient in the accusative: "Посла Вірменії викликано до МЗС ..."
                pat = next((g for g in reversed(left) if g[0].prep is None and "accs" in g[0].head_cases), None)
            if pat is None and p.cameo[:2] == "17":
                # the people arrested, before or after the verb, in whatever case a numeral gives them ("Двое граждан
                # России задержаны в Баку", "В Баку были задержаны двое россиян")
                pat = next((g for g in [*left, *right] if g[0].prep is None and g[0].start < hi), None)
            agent = _passive_place_agent(right, j, lang, p.cameo, pat, left) if pat is not None else None
            if agent is not None:
                src, place_patient = pat, pat
        if agent is not None:
            patient, src, gen_agent = (src if src is not agent else None), agent, agent
    tgt = None
    symmetric_with = False
    case_marked = False
    if prev_ev is not None and j < len(tokens) and tokens[j].low in PRON:
        right = []  # "и поздравил его": the pronoun is the previous target (inherited below)
    for g in right:
        if g is src or g is gen_agent:
            continue
        if frame.get("symmetric") and g[0].prep is None and _trailing_speaker(tokens, g, j, lang):
            continue  # "A and B agreed to a ceasefire, Trump said": the speaker is no party of a symmetric act (a
            # victim may report an attack on itself: "missiles hit Haifa, Israel said")
        if ru and g[0].prep is None and g[0].start > 0 and tokens[g[0].start - 1].lemma in DOCUMENT_NOUNS:
            continue  # "осудил пуск как нарушение резолюций СБ ООН": the document's author is no target
        if p.cameo[:2] in FORCE_ROOTS and _place_possessor(tokens, j, g, fprep, lang):
            tgt, case_marked = g, True  # "выпустил по территории Израиля ракеты", "fired missiles at the territory of
            break  # Israel": the place's owner
        if src is not None and g[0].prep is not None and all(u.kinds == ("capital",) for u in g) \
                and {u.country for u in g} <= {u.country for u in src}:
            continue  # the source's own capital is the venue, not the target: "принял в Анкаре Зеленского"
        pr = g[0].prep
        if pr is None and frame.get("topic_object"):
            continue  # frame.topic_object: the bare object is the topic ("discussed Ukraine with Blinken": Blinken)
        pr = g[0].prep
        if frame.get("symmetric") and src is None and pr in BETWEEN and len(g) >= 2 and g[0].start - j <= 3:
            break  # "the ceasefire between A and B followed an Indian strike": "between A and B" is both its sides
        if (pr is not None and (g[0].start == j or g[0].start == j + 1 and tokens[j].low in DETERMINERS)
                and j - i > 1 and tokens[j - 1].low == pr and pr not in fprep and not p.passive):
            pr = None  # the preposition belongs to the trigger ("called on X", "призвал к"): X is its object
        if lang in PRED_AUX and _new_predicate(tokens, j, g[0].start, lang):
            continue  # "summoned X's envoy to lodge a protest, and would raise it with Y": Y is the next verb's
        if fwith and pr in WITH.get(lang, ()):
            if _with_of_noun(tokens, g, j, lang, pr, partner=bool(frame.get("symmetric"))):
                continue  # "agreed to a truce after talks with X": X is the talks' partner, not the truce's
            if ru and _later_with(tokens, g, j, lang):
                continue  # "встретилась с посредниками в урегулировании конфликта с Израилем": the first "с" is the partner
            if lang == "en" and g[-1].end < len(tokens) and tokens[g[-1].end].low.endswith("ing"):
                continue  # the absolute "with X blocking ...": X is that verb's subject, no partner
            if frame.get("symmetric") and p.cameo[:2] == "04" and _topic_with(tokens, g, j, src, lang):
                continue  # "Зеленский и Эрдоган обсудили обмен пленными с Россией": the pair talked, about Russia
            tgt, symmetric_with, case_marked = g, bool(frame.get("symmetric")), True
            break
        if pr is not None:
            if fprep and pr in fprep and (not ru or not fcases or fcases & g[0].head_cases or not g[0].head_cases
                                          or pr in BETWEEN):  # "между X и Y" governs its own case
                tgt, case_marked = g, True
                break
            if lang == "en" and pr == "by" and p.passive is False:
                if (j < g[0].start - 1 <= j + 4 and tokens[j].low != "by" and not fwith
                        and p.cameo[:2] not in FORCE_ROOTS
                        and tokens[g[0].start - 1].low == "by"
                        and not any(h[0].start >= j and h[-1].end < g[0].start for h in groups)):
                    # the agent of the verb's object noun: "condemned strikes by X on Y" -> X
                    tgt = g
                    break
                continue
            if _object_possessor(tokens, j, g, p, frame, lang):
                tgt = g  # "shelled positions of X", "struck the outskirts of X": the object's owner is the target
                break
            continue
        if fprep and not (ru and fcases) and not frame.get("dobj"):
            continue  # frame.dobj: a bare object is also a target ("attacked X" as well as "attack on X")
        if fwith and frame.get("symmetric") and src is not None and len(src) >= 2 \
                and (lang != "en" or any(t.text in (",", ";", ":") or t.low in PREPS["en"]
                                         or t.low in SUBORDINATORS["en"]
                                         for t in tokens[j:g[0].start])):
            continue  # "Путин и Тръмп ще се срещнат ..., съобщи Кремъл": the pair meets each other (an English
            # object right after the verb is its partner: "Lavrov and Fidan met Zelensky")
        if ru:
            if fcases and (fcases & g[0].head_cases):
                tgt, case_marked = g, True
                break
            if _participle_agent(tokens, j, g):
                tgt, case_marked = g, True  # "отверг выдвинутые Путиным условия", "осудил нанесенный Израилем удар":
                break  # the agent of the participle on the verb's object owns it
            continue
        tgt = g
        break
    if (tgt is None or place_patient is not None) and patient is not None and not frame.get("symmetric"):
        tgt = patient  # (the people arrested at a place, not a speaker after them: "..., сообщила СГБ")
    if tgt is None and src is not None and p.cameo[:2] in RELATIVE_AUTHOR_ROOTS and not frame.get("symmetric") \
            and not p.passive:
        tgt = _relative_author(tokens, groups, j, hi, lang, src)
    if tgt is None and ru and src is not None and p.cameo[:2] == "10" and not p.passive and tokens[i].pos == "VERB":
        tgt = _infinitive_object_owner(tokens, right, j, src)
    if src is not None and not frame.get("symmetric") and not fwith and not p.passive \
            and (ante := _object_relative(tokens, groups, src, i, lang)) is not None \
            and (tgt is None or tgt[0].prep is not None or tgt[0].start > j + 1):
        tgt = ante  # "Rwanda, which Kinshasa accuses of backing the M23": the antecedent is the verb's object
    direct = bool(frame.get("direct"))
    if direct and tgt is not None and (tgt[0].prep is not None or tgt[0].start - j > 4):
        tgt = None  # frame.direct: only the verb's object ("called Putin"), not "called the situation in Gaza ..."
    if direct and lang in NAMING_COMPLEMENT:
        # "called them 'unfriendly acts'", "calling Kyiv a puppet": the object's predicate names it, no call
        obj_end = j + 1 if j < len(tokens) and tokens[j].low in PRON else (
            tgt[-1].end if tgt is not None else None)
        if obj_end is not None and obj_end < len(tokens) and tokens[obj_end].low in NAMING_COMPLEMENT[lang]:
            return []
    if tgt is None and fwith and src is not None:
        # a fronted "with X" phrase before the subject: "С Алиевым Лавров встретился", "With Aliyev, Lavrov met"
        tgt = next((g for g in left if g[0].prep in WITH.get(lang, ()) and g is not src
                    and (src_after or g[-1].end <= src[0].start)), None)
        if tgt is not None:
            symmetric_with, case_marked = bool(frame.get("symmetric")), True
    if tgt is None and not ru and not fwith and not direct and p.cameo[:2] in _discourse.rules()["object_agent_roots"]:
        # the actor inside the object of a statement or protest: "rejected an offer from X", "protested
        # abuses by X", "would not meet the demands of X" (discourse.yml object_agent_preps)
        oap = _discourse.rules()["object_agent_preps"].get(lang, ())
        force = _discourse.rules()["force_nouns"].get(lang, ())
        tgt = next((g for g in right if g is not src and g[0].prep in oap and g[0].start <= j + 8
                    and tokens[j].low != g[0].prep  # not "demonstrated by X" (a passive)
                    and not (g[0].prep != "by" and g[0].start >= 2 and tokens[g[0].start - 2].low in force)),
                   None)  # "condemned the shelling of X": X is the victim, not the agent
    if tgt is None and lang == "en" and not fwith and not direct and src is not None and len(src) == 1:
        home = _home_target(src[0], p.cameo, tokens, j, hi, lang)
        if home is not None:
            tgt = [home]
    if tgt is None and ru and adj_agent is not None:
        # "российские миротворцы погибли в результате азербайджанского обстрела": the subject of a verb of dying or
        # being hurt, before the force noun with a demonym agent, is its target (discourse.yml victim_verbs)
        victim = _discourse.rules()["victim_verbs"].get(lang, ())
        tgt = next((g for g in reversed(left) if g[0].prep is None and g[0].country
                    and ("nomn" in g[0].head_cases or (g[0].start > 0 and "gent" in g[0].head_cases and (
                        tokens[g[0].start - 1].pos == "NUMR" or tokens[g[0].start - 1].text.isdigit())))
                    and g[0].country != adj_agent[0].country
                    and any(t.lemma in victim for t in tokens[g[-1].end:i])), None)
    if tgt is None and ru and not fwith and src is not None and p.cameo[:2] in REPORTED_FORCE_ROOTS:
        # case-marking languages: the state whose place is struck, named after the attack in a locative ("атаковали
        # портовую инфраструктуру в Одесской области", "атакували ... на Одещині"), is its target
        tgt = next((g for g in right if g is not src and g[0].prep in LOC_PREPS.get(lang, ())
                    and "loct" in g[0].head_cases and all(set(u.kinds) <= {"country", "capital"} for u in g)
                    and all(u.country and u.country != s.country for u in g for s in src)), None)
    if tgt is None and not ru and not fwith and not direct:
        # order-based languages: a place after the trigger is the target ("arrived in Amman",
        # "set up a centre in Tokyo", "sent arms to Pakistan"), at lower confidence
        judged = p.cameo[:2] in _discourse.rules()["object_agent_roots"]
        force = _discourse.rules()["force_nouns"].get(lang, ()) if judged else ()
        tgt = next((g for g in right if g is not src and g[0].prep in LOC_PREPS.get(lang, ())
                    and not (force and 2 <= g[0].start <= j + 6 and (tokens[g[0].start - 2].lemma in force
                                                                      or tokens[g[0].start - 2].low in force)
                             and not any(t.low in PREPS.get(lang, ()) for t in tokens[j:g[0].start - 2]))), None)
        # (not the victim of the force noun that is the criticism's object: "condemned the strikes on Kyiv" names no
        # target; "pinned the blame for the violence on Kosovo" does)
        if tgt is not None and lang in PRED_AUX and _new_predicate(tokens, j, tgt[0].start, lang):
            tgt = None  # "had been returned from X and were in Belarus": the place belongs to another predicate
        loc_target = tgt is not None
    else:
        loc_target = False
    # English passive: "was attacked by X" / bg "се подкрепя от X"
    prev = {t.low for t in tokens[max(lo, i - 2):i]}
    if lang == "en" and prev & {"was", "were", "been", "is", "are", "be"} and not tokens[i].low.endswith("ing"):
        by = next((g for g in right if g[0].prep == "by"), None)
        if by is not None and src is not None:
            src, tgt = by, src
        elif by is not None and src is None and frame.get("symmetric") and len(by) >= 2:
            src, tgt = by, None  # "the document was signed on Tuesday by A and B": the act of the pair after "by"
        elif (by is None and src is not None and p.cameo[:2] in FORCE_ROOTS and not frame.get("symmetric")
              and tokens[i].low != tokens[i].lemma and not tokens[i].low.endswith("s")):
            # a force, coercion or arrest in the passive with no agent named: its subject suffered it ("two
            # Russians were detained in Baku", "a Ukrainian drone was shot down over the Belgorod region"): the state
            # of the place where it happened acted; over the patient's own land nobody named did ("three people
            # were killed in Kyiv, the mayor said")
            if tgt is None or not {u.country for u in tgt}.isdisjoint({u.country for u in src}):
                return []  # (nor the speaker after it: "..., the mayor said")
            src, tgt = tgt, src
    elif lang == "en" and not p.passive and not fwith and p.cameo[:2] in FORCE_ROOTS:
        # the agent of a noun trigger: "(Armenia reported) shelling by Azerbaijani forces" -> AZE -> ARM
        by = next((g for g in right if g[0].prep == "by" and g[0].start <= j + 2), None)
        if by is not None and (tgt is None or tgt is by):
            src, tgt = by, (src if src is not by else None)
        elif by is not None and tgt is not None:
            src = by  # "strikes by X on Y"
    elif lang == "en" and not p.passive and j < len(tokens) and tokens[j].low == "by" \
            and not tokens[j - 1].low.endswith("ed"):
        # the agent right after a noun trigger: "the visit by X to Y", "talks by X with Y" (not a participle:
        # "recognised by X as ...")
        by = next((g for g in right if g[0].start == j + 1 or g[0].start == j + 2 and tokens[j + 1].low
                   in DETERMINERS), None)
        if by is not None and tgt is not None and tgt is not by:
            src = by
        elif by is not None and tgt is None and src is not None and src is not by:
            src, tgt = by, src  # "Kazakhstan welcomed the visit by X": X -> Kazakhstan
    elif lang != "en" and not p.passive and not fwith and p.cameo[:2] in FORCE_ROOTS:
        # "(Хорватия сообщила об) обстреле со стороны Сербии", "обстріл з боку X", "обстрел от страна на X"
        ag = _agent_after(tokens, right, j, lang)
        if ag is not None and ag is not src:
            src, tgt = ag, (tgt if tgt is not None and tgt is not ag else src)
    if p.cameo[:2] == "11" and not p.passive and src is not None:
        # "condemned the shelling of Kharkiv by Russian forces", "осудил обстрел Харькова российскими войсками": the
        # force noun's agent is criticised, not its patient
        nouns = _discourse.rules()["force_nouns"].get(lang, ())
        k = next((k for k in range(j, min(j + 3, len(tokens))) if tokens[k].lemma in nouns or tokens[k].low in nouns),
                 None)
        pa = _noun_patient_agent(tokens, right, k, k + 1, lang) if k is not None else None
        if pa is not None and pa[1] is not None and not any(u is v for u in pa[1] for v in src):
            tgt = pa[1]
        elif k is not None and lang != "en" and (ag := _agent_after(tokens, right, k + 1, lang)) is not None \
                and not any(u is v for u in ag for v in src):
            tgt = ag  # "осудил обстрел со стороны Азербайджана", "засудив обстріл з боку Росії": the agent is criticised
    if not p.passive and not fwith and p.cameo[:2] in FORCE_ROOTS:
        pa = _noun_patient_agent(tokens, right, i, j, lang)
        if pa is not None and pa[1] is not None:
            src, tgt = pa[1], pa[0]  # "the shelling of Kharkiv by Russian forces": the agent on the patient
        elif pa is not None and src is not None and tgt is None and not any(u is v for u in pa[0] for v in src):
            tgt = pa[0]  # "Israel's bombardment of Gaza", "Russia's invasion of Ukraine"
    if src is None and p.cameo[:2] == "11" and (p.passive or _passive_trigger(tokens, i, lang)):
        # "The attack was condemned by the EU", "Атаката беше осъдена от ЕС": the force noun standing for the
        # attacker (_attacker_units) is the passive's subject, the criticised side; the agent criticises
        att = next((g for g in reversed(left) if "attacker" in g[0].kinds and g[0].prep is None), None)
        if att is not None and p.passive and tgt is not None:
            src = att  # (swapped below: the pattern's agent after its preposition is the source)
        elif att is not None and not p.passive:
            by = next((g for g in right if g[0].prep in PASSIVE_AGENT_PREPS.get(lang, ())), None)
            if by is not None:
                src, tgt = by, att
    if p.passive and tgt is not None and src is not None:
        src, tgt = tgt, src
    elif p.passive and p.cameo == "114" and src is not None and tgt is None and ctx and ctx.get("pair") \
            and len(src) == 1 and src[0].country and not src[0].org:
        # "Посол России был вызван в МИД", "the Russian ambassador was summoned to the foreign ministry": the envoy of
        # one side of the pair of states the article is about is summoned by the other side
        other = [u for u in ctx["pair"] if u.country and u.country != src[0].country and not u.org]
        if len(other) == 1 and any(u.country == src[0].country for u in ctx["pair"]):
            src, tgt = other, src
    code = p.cameo
    if p.phone_cameo and PHONE & lemset:
        code = p.phone_cameo
        symmetric_with = True  # a phone conversation is mutual
    w0 = _mood_window_start(tokens, lo, i, lang)
    mwin = {t.lemma for t in tokens[w0:i]} | {t.low for t in tokens[w0:i] if t.pos != "MONTH"}
    if lang == "en":
        # "made the offer during a phone call", "Russia's plan": an intent word after a determiner is a noun, not
        # the verb's mood
        intent = _discourse.rules()["intent"].get(lang, frozenset())
        mwin -= {w for k in range(max(w0, 1), i) if tokens[k - 1].low in DETERMINERS | {"'s", "’s"}
                 for w in (tokens[k].lemma, tokens[k].low) if w in intent}
        if "open" in mwin and not any(t.low == "open" for t in tokens[w0:i]):
            mwin.discard("open")  # "open to talks" is an intent; "opened fire / talks to ..." is an act
        if i >= 2 and tokens[i - 1].low == "to" and tokens[i - 2].low in ("was", "were", "is", "are"):
            mwin.add("scheduled")  # "the minister was to meet his counterpart": planned, not done
    future = ru and any("futr" in t.cases for t in tokens[max(lo, i - 2):j])
    if future and any(subj_ok(g) for g in left) and _hoped(tokens, lo, lang):
        return []  # "надеется, что X и Y заключат перемирие": others' act hoped for or feared, not announced (rule 2)
    if (not ru or any(subj_ok(g) for g in left)) and _hoped(tokens, lo, lang, DENIAL_WORDS):
        # "Кремль отрицает, что Россия наносила удары", "не исключил, что ...", "Israel rejected reports that it had
        # agreed to a ceasefire": not asserted (rule 2)
        return []
    if future and code[:2] in FUTURE_INTENT:
        code = FUTURE_INTENT[code[:2]]  # "Германия предоставит Украине ...": an announced intent
    mood = _modality(tokens, lo, i, j, hi, lang, mwin)
    if lang == "en" and mood == "scheduled" and code[:2] in FUTURE_INTENT and mwin & {"will", "shall"}:
        code = FUTURE_INTENT[code[:2]]  # "Hamas will release 33 captives": a commitment, not yet done (03x)
    speech_at = None
    if (mood in ("hypothetical", "scheduled") or future) and (code.startswith("04") or code[:2] in FUTURE_INTENT):
        speech_at = _reported_own_future(tokens, lo, i, hi, lang)
        if speech_at is not None:
            # "X said he would meet Y / send aid to Y": X's stated intent (rule 2), 036 / 03x
            mood, future = "intent", False
            code = FUTURE_INTENT.get(code[:2], code)
    if mood == "hypothetical" and _reported_future(tokens, lo, i, lang) and not _condition_after(tokens, i, hi, lang):
        mood = "intent"  # "X said it would allow ...": a future in reported speech, a stated intent
    if mood == "intent" and lang == "en" and code[:2] in FUTURE_INTENT and _reported_future(tokens, lo, i, lang):
        code = FUTURE_INTENT[code[:2]]  # "said it would release": an announced intent
    if (mood in ("intent", "scheduled") or future) and code[:2] in _discourse.rules()["threat_if_intended"]:
        code, mood = "138", None  # "said it would tighten the blockade", "is ready to strike": a threat of force
    if (mood is not None or future) and code[:2] in _discourse.rules()["threat_if_announced"]:
        # "plans to impose sanctions on X", "will expel", "said it would / may ban": an announced coercion is a threat
        code, mood = "130", None
    if mood == "hypothetical":
        return []  # "could meet", "может посетить": may or may not happen (rule 2)
    if mood == "scheduled" and code[:2] in ("01", "02", "10", "11", "12", "14") and _scheduled_here(tokens, lo, i, lang):
        return []  # "Сърбия ще поиска заседание", "will demand": a verbal act announced for later (rule 2)
    if code.startswith("04") and code != "045" and mood is None and _decided(tokens, lo, i, lang):
        mood = "intent"  # "decided to resume talks with X", "договорились провести встречу": intent to meet (036)
    if code.startswith("04") and code != "045":
        if mood == "intent":
            code = "036"
            symmetric_with = False  # "X is ready to hold talks with Y": X's intent, not Y's
        elif future or mood == "scheduled":
            return []  # a meeting announced for later, without a stated intent, is not an event (rule 2)
    base = (0.45 + (0.1 if len(p.lemmas) > 1 else 0) + (0.15 if case_marked else 0) - (0.05 if src_after else 0)
            - (0.1 if loc_target else 0))
    evs: list[Ev] = []
    inherited = False
    rel = next((k for k in range(prev_ev.tpos, i) if tokens[k].lemma in RELBLOCK), None) if prev_ev is not None else None
    if rel is not None and i >= 2 and tokens[i - 1].low in PREDICATE_COORD.get(lang, ()) and tokens[i - 2].text == ",":
        rel = None  # "обвинил Филиппины в том, что ..., и призвал Манилу": ", и" closes the complement clause; the verb
        # after it is coordinated with the main verb, whose subject goes on
    if rel is not None:
        if (src is None and prev_ev.code[:2] == "04" and _oblique_relative(tokens, rel, lang)
                and not any(rel < g[0].start < i and g[0].prep is None for g in groups)):
            # "провела телефонный разговор с X, в ходе которого призвала Y", "held talks with X, during which he
            # urged Y": the encounter's relative clause with no subject of its own goes on with the encounter's subject
            src = [prev_ev.src]
        prev_ev = None  # "..., during which the leaders discussed": a new clause, no inheritance
    if prev_ev is not None and rel_end is not None and lo <= prev_ev.tpos < rel_end:
        prev_ev = None  # "X, who met Y, criticised the aid": the relative clause's verb is not coordinated with it
    if prev_ev is not None and p.cameo[:2] in REPORTED_FORCE_ROOTS and prev_ev.code[:2] not in FORCE_PREV_ROOTS:
        prev_ev = None  # "X urged calm as fighting raged": who appealed, met or praised did not fight
    if frame.get("symmetric") and tokens[j - 1].low in BETWEEN:
        # a trigger ending in "between" ("преговорите между X и Y"): its parties are the pair after it, not
        # the clause's subject nor a previous trigger's roles ("X praised Z's role in the talks between A and B")
        pair = next((g for g in right if g[0].start - j <= 1 and len(g) >= 2), None)
        if pair is not None:
            if _negated_after(tokens, pair, hi, lang):
                return []  # "Переговоров между X и Y не было", "talks between X and Y did not take place"
            src, tgt, prev_ev = pair, None, None
    if src is None:  # "I/we" of a quotation: before a postposed subject is looked for after the target
        src = _speaker_src(tokens, lo, i, lang, ctx, j, first_only=True)
    elif not src_after and _first_person_after(tokens, src[-1].end, i, j, lang):
        # «X знову обстріляв наші позиції, і ми засуджуємо це», — заявив Y: "we" (or a first-person verb) after an
        # actor of the quotation is its speaker, not that actor
        speaking, _inq = _quotes.speaker(ctx, i)
        if speaking is not None and speaking is not src:
            src = speaking
    if src is None and tgt is not None and not _has_subject_pronoun(tokens[lo:i], lang):
        # postposed subject after the target: "След ... разговори с X, президентът на Y призовава"
        # (not when a pronoun before the verb is its subject: "He accused X ... and urged Y")
        src = next((g for g in groups if g[0].start > tgt[-1].end and g[0].prep is None
                    and (not ru or "nomn" in g[0].head_cases) and g[0].start < hi + 12), None)
        if src is not None and any(t.low in SUBORDINATORS.get(lang, ()) for t in tokens[j:src[0].start]):
            src = None  # not the subject of a subordinate clause ("talks with X were useless, days after Y sent ...")
        if src is not None and ru and ((not left and _role_subject(tokens, lo, i, lang)) or any(
                t.pos == "VERB" for t in tokens[max(j, tgt[-1].end):src[0].start])):
            # "Глава держави звинуватив Кремль ... і закликав Сполучені Штати": the role noun before the verb is the
            # subject; a group after a second verb is that verb's object
            src = None
        if src is not None:
            src_after = True
            base -= 0.1
    if prev_ev is not None:
        # verb coordination in one sentence: "X позвонил Y и поздравил его / и принес извинения"
        if src is None:
            src, inherited = [prev_ev.src], True
        if (tgt is None and src is not None and src[0] is prev_ev.src and prev_ev.tgt is not None
                and not _own_agent_object(tokens, j, hi, lang)
                and not (frame.get("direct") and not (j < len(tokens) and tokens[j].low in PRON))):
            # (a `direct` verb takes the previous target only as its pronoun object: "and called him", not
            # "and were receiving medical help")
            tgt, inherited = [prev_ev.tgt], True
        if inherited:
            base -= 0.1
    if src is None and p.cameo[:2] not in ACROSS_RELATIVE_NOT:
        src = _subject_across_relative(tokens, groups, lo, i, lang, bset, subj_ok)
        if src is not None:
            base -= 0.1
    if src is None:
        src = _speaker_src(tokens, lo, i, lang, ctx, j)
        if src is not None:
            base -= 0.05
    if src is None and ru:
        # impersonal "В Кремле заявили", "У МЗС України засудили": the institution in the PP speaks
        src = next((g for g in left if g[0].prep in LOC_SUBJ_PREPS and g[0].sector), None)
        if src is None and tokens[i].pos == "VERB" and _plural_verb(tokens[i].text, lang):
            # postposed: "Решение Кишинёва осудили в Кремле", "Удар засудили в ЄС та ООН", "Посла викликали до МЗС":
            # the institution in the PP right after a plural verb speaks (grammar_<lang>.yml
            # postposed_source_prepositions); the object before the verb is then its target (src_after)
            src = next((g for g in right if g[0].prep in POSTPOSED_SRC_PREPS.get(lang, ()) and (g[0].sector or g[0].org)
                        and g[0].start - j <= 1 and g is not tgt), None)
            src_after = src_after or src is not None
        if src is not None:
            base -= 0.05
    if src is None and lang in IMPERSONAL_PREPS and not frame.get("symmetric"):
        # impersonal plural in a word-order language: "От МВнР осъдиха ...", "В Баку отхвърлиха обвиненията", "От
        # Пентагона обявиха нов пакет помощ": the institution or capital opening the clause speaks when the trigger,
        # or the verb right after the group, has a plural ending (grammar_<lang>.yml impersonal_source_*)
        ends = IMPERSONAL_ENDINGS.get(lang, ())
        src = next((g for g in left if g[0].prep in IMPERSONAL_PREPS[lang] and g[0].start - 1 == lo
                    and (g[0].sector or g[0].org)
                    and (tokens[i].low.endswith(ends) or tokens[g[-1].end].low.endswith(ends))), None)
        if src is not None:
            base -= 0.05
    if src is None and frame.get("symmetric") and (tgt is None or (tgt[0].prep in BETWEEN and len(tgt) >= 2)):
        # "размяна на пленници между Русия и Украйна", "talks between Armenia and Azerbaijan"
        src = next((g for g in right if g[0].prep in BETWEEN and len(g) >= 2 and g[0].start - j <= 3), None)
        if src is not None and _negated_after(tokens, src, hi, lang):
            return []  # "Переговоров между X и Y не было", "talks between X and Y did not take place"
        if src is None and lang in PRO_DROP and lang not in CASE_MARKING and tgt is None:
            # verb-subject order: "Във Вашингтон се срещнаха Алиев и Пашинян": the coordinated group right after
            # the symmetric verb is both its sides
            src = next((g for g in right if g[0].prep is None and len(g) >= 2 and g[0].start - j <= 1), None)
        if src is None and lang in NOUN_PARTY_PREPS and j < len(tokens) and tokens[j].low in NOUN_PARTY_PREPS[lang]:
            # "the meeting of the foreign ministers of A and B", "talks of the Russian and Azerbaijani leaders": the
            # coordinated group the noun governs right after it is both sides (grammar_<lang>.yml
            # symmetric_noun_party_prepositions)
            src = next((g for g in right if g[0].prep in NOUN_PARTY_PREPS[lang] and len(g) >= 2
                        and g[0].start - j <= 3), None)
        if src is None and ru:  # fronted in free word order: "Между X и Y была достигнута договоренность"
            src = next((g for g in left if g[0].prep in BETWEEN and len(g) >= 2), None)
        if src is None and tgt is None and lang in PASSIVE_AGENT_PREPS and _passive_trigger(tokens, i, lang):
            # a passive with a coordinated agent: "the agreement was signed by A and B", "споразумението беше
            # подписано от A и B": the agent group is both sides
            src = next((g for g in right if len(g) >= 2 and g[0].prep in PASSIVE_AGENT_PREPS[lang]
                        and g[0].start - j <= 2), None)
        if src is not None and tgt is src:
            tgt = None
    if (src is None and tgt is None and fprep and not frame.get("symmetric") and not p.passive
            and lang in PRO_DROP and lang not in CASE_MARKING):
        # verb-subject order with the place fronted: "В Анкара пристигна Зеленски": the group right after the verb
        # is its subject, the fronted group after one of the frame's prepositions its target
        after = next((g for g in right if g[0].prep is None and g[0].start - j <= 1), None)
        before = next((g for g in left if g[0].prep in fprep and g[0].start - 1 == lo), None)
        if after is not None and before is not None:
            src, tgt = after, before
            base -= 0.1
    if (src is None and tgt is not None and fprep and ru and tgt[0].prep is None and tgt[0].start >= j
            and (not tgt[0].head_cases or "nomn" in tgt[0].head_cases) and not frame.get("symmetric")
            and not p.passive and any(g[0].prep in fprep for g in left)):
        src, tgt = tgt, None  # a bare group after the verb read as its object is its subject when a fronted place
        # after one of the frame's prepositions is the target ("До Києва прибув глава МАГАТЕ")
    if (tgt is None and fprep and not frame.get("symmetric") and not p.passive and ru
            and (src is None or src[0].start >= j) and not any(g[0].prep is None for g in left)):
        # the same order in ru/uk, where the case tells the subject: "В Киев прибыл министр иностранных дел Венгрии",
        # "У середу до Києва прибув глава МАГАТЕ Гроссі": a nominative group right after the verb, the fronted
        # place after one of the frame's prepositions
        after = src or next((g for g in right if g[0].prep is None and g[0].start - j <= 3
                             and all(t.text.isalpha() and t.pos not in ("VERB", "INFN", "PRTS") for t in tokens[j:g[0].start])
                             and (not g[0].head_cases or "nomn" in g[0].head_cases)), None)
        # (a title the dictionaries lack between: "прибув генеральний директор МАГАТЕ Гроссі")
        before = next((g for g in reversed(left) if g[0].prep in fprep), None)
        if after is not None and before is not None and not {u.country for u in after} & {u.country for u in before}:
            src, tgt = after, before
            base -= 0.1
    if src is None and speech_at is not None:
        # "X заяви, че ще посети Y": the speaker is the subject of the own future act
        src = next((g for g in reversed(groups) if g[-1].end <= speech_at and subj_ok(g)), None)
    if src is None and tgt is None and not groups and ctx and ctx.get("pair") and frame.get("symmetric") \
            and is_symmetric_code(code) and not (ru and tokens[i].pos not in ("NOUN", "")) \
            and not any(tokens[k].text[:1].isupper() and tokens[k].text.isalpha() and tokens[k].pos != "MONTH"
                        for k in range(lo + 1, i)) \
            and any(tokens[max(0, i - 6)].start <= pos <= tokens[min(len(tokens), j + 6) - 1].end
                    and not _period_start(tokens, pos, lang) for pos in ctx.get("dated") or ()):
        # a dated symmetric act (a day or month within 6 words) told by a noun in a sentence that names no actor
        # (nor a name the dictionaries lack before it: "the agency's Board of Governors began a meeting")
        # ("Очередной раунд переговоров прошёл 3 марта", "Fresh fighting erupted along the frontier on
        # May 5"): between the pair the article has been writing about
        src = list(ctx["war_pair"] if code[:2] in REPORTED_FORCE_ROOTS and ctx.get("war_pair") else ctx["pair"])
        base -= 0.15
    if code in POSTED_ENVOY_CODES and (src is None or tgt is None or not src[0].country):
        # "Посол Литвы в Москве был вызван в МИД", "the ambassador in Vilnius was summoned", "служители на руското
        # посолство в София бяха обявени за персона нон грата": the state where the envoy is posted summons or expels
        # him when the clause names no acting ministry of a country
        posted = _posting_host(tokens, groups, lang)
        if posted is not None and src is None and tgt is not None and tgt[0].country == posted[1][0].country \
                and tgt[0] is not posted[1][0] and not _passive_trigger(tokens, i, lang):
            src = posted[0]  # "the Chinese Embassy in Manila said it had lodged representations with the Philippine
            # government": the mission acts toward its host
        elif posted is not None and (src is None or not src[0].country or src[0] in (posted[0][0], posted[1][0])):
            src, tgt = posted[1], posted[0]
    if (src is None and lang in CASE_MARKING and ctx and ctx.get("subj") is not None and not left
            and _role_subject(tokens, lo, i, lang)):
        # "Глава держави звинуватив Кремль ... і закликав Сполучені Штати": a role noun before the verb is the
        # actor named before, not a nominative-looking group after the verb
        src = [ctx["subj"]]
        base -= 0.1
    if (src is None and lang not in CASE_MARKING and ctx and ctx.get("subj") is not None and not left
            and tgt is not None and _role_subject_ordered(tokens, lo, i, lang)):
        # "Azerbaijan's foreign ministry issued a statement. The ministry accused Armenia ...": the role noun is the
        # actor named before
        src = [ctx["subj"]]
        base -= 0.1
    if src is not None and lang in COMPLEMENTIZERS:
        src = _predicate_after_complement(tokens, groups, i, lang, subj_ok) or src
    if src is None and lang in COMPLEMENTIZERS:
        # "Анкара отговори, че ..., и отхвърли обвиненията": the speech verb told no event to go on from
        src = _predicate_after_complement(tokens, groups, i, lang, subj_ok)
    if src is None:
        src = _main_subject(tokens, groups, lo, i, lang, subj_ok, noun_with=symmetric_with)
        if src is None:
            src = _coordinated_subject(tokens, groups, lo, i, lang, subj_ok)
        if src is None:
            src = _discourse_src(tokens, lo, i, lang, ctx)
        if src is None and lang in PRO_DROP and ctx and ctx.get("subj") is not None and tgt is not None \
                and not left and (not ru or tokens[i].pos in ("VERB", "INFN") or _role_subject(tokens, lo, hi, lang)) \
                and not _unknown_subject(tokens, lo, i, lang) \
                and not _in_unknown_quote(tokens, i, ctx):
            src = [ctx["subj"]]  # a subjectless verb continues the previous sentence's subject ("Также провёл ...")
            if ru and ctx.get("subj_group") and _plural_verb(tokens[i].text, lang):
                src = list(ctx["subj_group"])  # "X и Y провели переговоры. (Министры) также встретились с Z"
            base -= 0.1
        if src is None and code[:2] == "19" and frame.get("symmetric") and ctx and (ctx.get("war_pair")
                                                                                   or ctx.get("sym_pair")):
            # fighting told without its sides ("clashes broke out on the border on May 5") is between the
            # article's warring sides (its latest fighting or ceasefire), else the sides of its latest symmetric act
            # (its talks), when the clause names no one else; code_article keeps it only with a date of its own (an
            # undated "since the start of the fighting" is a time reference, not a report)
            pair = ctx.get("war_pair") or ctx["sym_pair"]
            if all(_key(u) in {_key(x) for x in pair} for g in left + right for u in g):
                return [Ev(pair[0], pair[1], code, p, trig, i, base - 0.25, sym=True, implicit=True)]
        if src is None:
            src = _fronted_participle_subject(tokens, groups, i, lang, subj_ok)
        if src is None:
            return []
        base -= 0.1
    if speech_at is not None and src[-1].end > speech_at:
        return []  # the future act is not the speaker's own
    if tgt is None and ru and src_after and fcases:
        # object before the verb, subject after it: "Президента Грузии поздравил премьер Армении"
        tgt = next((g for g in reversed(left) if g[0].prep is None and fcases & g[0].head_cases), None)
    if tgt is None and ru and fcases and "gent" in fcases and src and all(u.start < i for u in src):
        # the object and its owner before the verb: "В Баку демарш Москвы назвали необоснованным": the genitive owner
        # of a noun between the subject and the verb
        tgt = next((g for g in reversed(left) if g[0].prep is None and g[0].start > src[-1].end and g[0].start > 0
                    and "gent" in g[0].head_cases and "nomn" not in g[0].head_cases
                    and tokens[g[0].start - 1].pos == "NOUN" and g[-1].end >= i - 1), None)
    if tgt is None and not fwith:
        cp = _counterpart(src, tokens, j, hi, ctx)
        if cp is not None:
            tgt, base = cp, base - 0.1
    if tgt is None and not fwith:
        tgt = _speaker_tgt(src, tokens, i, j, hi, lang, ctx)
    if tgt is None and not fwith and (code[:2] in QUOTE_TOPIC_ROOTS or code in QUOTE_TOPIC_CODES):
        tgt = _quote_topic(src, tokens, i, ctx)
    if not fwith and p.cameo[:2] in FRONTED_CONTENT_ROOTS and code[:2] == p.cameo[:2]:
        # the pattern's own warning, demand or charge (not a strike told in the future) written after its content
        after = _postposed_speaker(tokens, groups, i, j, src, lang)
        if after is not None and (tgt is None or {_key(u) for u in tgt} == {_key(u) for u in after}):
            src, tgt = after, src  # "Русия трябва да изтегли войските си, настоя Киев": Kyiv insists, on Russia
        if tgt is None:
            tgt = _fronted_content_target(tokens, groups, lo, i, j, src, lang)
    if tgt is None and frame.get("accepts_invitation") and ctx and src[0].country \
            and (inviter := (ctx.get("inviters") or {}).get(src[0].country)) is not None:
        tgt, base = [inviter], base - 0.1  # "Зеленський прийняв запрошення": the invitation the article told before
    if tgt is None and (accuser := last_accuser(src, code, ctx)) is not None and not (
            code[:2] == "12" and _names_other_side(groups, j, src)):
        tgt, base = accuser, base - 0.1  # "Y rejected the accusations" naming no accuser, "rejected the demand"
        # (not when the clause names another side: "rejected the remarks of the US government")
    if tgt is None and code[:2] in POSSESSED_OBJECT_ROOTS and (author := _words_author(tokens, right, j, lang, src)):
        tgt = author  # "разкритикува изказванията от Скопие": the author of the words judged
    if tgt is None and code[:2] in POSSESSED_OBJECT_ROOTS and (own := _possessed_object(
            tokens, j, hi, lang, src, ctx)) is not None:
        tgt, base = own, base - 0.15  # "Атина определи действията им като провокация": theirs, named before
    if tgt is None and not fwith and code[:2] == "13" and (threatened := _complement_target(tokens, groups, j, lang,
                                                                                           src)) is not None:
        tgt, base = threatened, base - 0.15  # "пригрозил, что удары продолжатся, пока Хезболлах ...": who is threatened
    if code == "173" and len(src) == 1 and src[0].country and src[0].sector in ("COP", "JUD", "MIL", "GOV", "SPY") and (
            tgt is None or all(set(u.kinds) <= {"capital", "country"} and u.country == src[0].country for u in tgt)):
        # (also over a place of the arresting state taken as target: "..., съобщиха от МВР в Скопие")
        people = _detained_people(tokens, j, hi, lang, src[0], [u for g in groups for u in g])
        # ^ "Македонската полиция задържа двама младежи"
        if people is not None:
            tgt, base = [people], base - 0.1
    if tgt is None and not fwith and not p.mediation and code[:2] in REPORTED_FORCE_ROOTS:
        held = _held_place(tokens, j, hi, lang, src)  # "ВСУ обстреляли Донецк": the state that holds the place
        if held is not None:
            tgt, base = [held], base - 0.1
    if tgt is None and not fwith and code == "042":
        place = visited_venue(tokens, lo, i, j, hi, lang, src)  # "Пашинян посетил Стамбул": the venue's country
        if place is not None:
            tgt, base = [place], base - 0.1
    if code[:2] == "17" and tokens[i].pos == "NOUN" and src and lang in LOC_PREPS:
        # "выразило протест в связи с задержанием в Баку российских граждан": the state of the place right after a
        # noun of arrest or coercion acted, not the clause's subject (who protests about it)
        place = next((g for g in right if g[0].start <= j + 1 and g[0].prep in LOC_PREPS[lang]
                      and all(set(u.kinds) & {"capital", "country"} for u in g)), None)
        if place is not None and {u.country for u in place} != {u.country for u in src}:
            src = place
    if p.mediation and tgt is not None and len(tgt) >= 2:
        # "Saudi Arabia and the United States invited the army and the RSF": each inviter's invitation (rule 8);
        # hosted talks have one host (the first)
        inviters = list({_key(u): u for u in src}.values()) if p.cameo[:2] == "03" or p.cameo == "045" else src[:1]
        # a readiness to host or mediate ("Анкара готова знову прийняти делегації обох країн") is an offer (039)
        mcode = "039" if code.startswith("03") and p.cameo[:2] != "03" else "045"
        for m in inviters:
            for t in tgt:
                evs.append(Ev(m, t, mcode, p, trig, i, base + 0.1, True, m))
        return evs
    # a disapproval, a rejection or a denial that names no party, made by one side of the pair of states the article is
    # about, is addressed to the other side (as frame.other_side: annotators take the target from the context)
    # (not a protest note, 114, which names its addressee or repeats the summons told with it; not a refusal to do
    # something, "отказа да признае резултатите", "refused to attend": an infinitive after the trigger)
    # (asked only with no target: the branches below that read it are taken only then)
    other_side = tgt is None and (p.frame.get("other_side") or (
        (code[:2] in ("11", "12") and code != "114" or code == "016") and ctx and ctx.get("pair")
        and all(u.sector not in NON_STATE_SECTORS for u in (*ctx["pair"], *src))
        and not (j < len(tokens) and (tokens[j].low in INF_MARK.get(lang, ()) or tokens[j].pos == "INFN"))))
    if other_side and tokens[i].pos not in ("PRTS", "PRTF"):
        author = _referred_act_author(tokens, lo, hi, i, j, lang, src, ctx)
        if author is not None:
            tgt, base = [author], base - 0.1  # the act judged is the one the last sentences told
    if tgt is not None:
        for s in src:
            for t in tgt:
                evs.append(Ev(s, t, code, p, trig, i, base))
                if symmetric_with:
                    evs.append(Ev(t, s, code, p, trig, i, base))
    elif frame.get("symmetric") and len(src) >= 2:
        for s in src:
            for t in src:
                if s is not t:
                    evs.append(Ev(s, t, code, p, trig, i, base - 0.05))
    elif (len(src) >= 2 and not fwith and not p.mediation and len({_key(u) for u in src}) >= 2
          and ((all("parties" in u.kinds for u in src) and code[:2] in PARTIES_EACH_OTHER_ROOTS)
               or _reciprocal(tokens, i, j, lo, hi, lang))):
        # "both sides returned 84 prisoners", "X и Y обвинили друг друга": each side's act is towards the other
        for s in src:
            for t in src:
                if _key(s) != _key(t):
                    evs.append(Ev(s, t, code, p, trig, i, base - 0.1))
    elif code == "0256" and ctx and (ctx.get("war_pair") or ctx.get("pair")) and not fwith:
        # an appeal for a ceasefire or restraint that names no side goes to each warring side the article names
        # (rule 7): its warring pair, else the pair it is about
        pair = ctx.get("war_pair") or ctx["pair"]
        for s in src:
            if _key(s) not in {_key(u) for u in pair}:
                evs += [Ev(s, t, code, p, trig, i, base - 0.15) for t in pair]
    elif code.startswith("039") and ctx and ctx.get("pair") and not fwith:
        # an offer to host or mediate that names no party is made to each side of the pair the article
        # is about (rule 6; the pair as for "both sides"), with the offerer as mediator
        for s in src[:1]:
            if _key(s) not in {_key(u) for u in ctx["pair"]}:
                evs += [Ev(s, t, code, p, trig, i, base - 0.1, True, s) for t in ctx["pair"]]
            else:  # one side of the pair offers to host the next round: an offer to the other side
                evs += [Ev(s, t, code, p, trig, i, base - 0.15, True, s) for t in ctx["pair"] if _key(t) != _key(s)]
    elif other_side and ctx and ctx.get("pair") \
            and tokens[i].pos not in ("PRTS", "PRTF") \
            and not (code[:2] == "12" and _names_other_side(groups, j, src)):
        # (not a passive participle: "водители были предупреждены"; not a rejection of what another side the sentence
        # names said: "rejected the remarks of the US government")
        # a judgement naming no party ("назвала обвинения «абсурдными»", "called the move baseless") made by one side
        # of the pair the article is about is addressed to the other side (a third party's goes to no one)
        # (a judgement's other side is no co-subject of its source: "Saudi Arabia and the US condemned the shelling"
        # is no judgement of one by the other, whatever pair the article has named most; an intent the pair states
        # together, "Athens and Ankara announced their readiness to resume talks", is towards each other)
        own = {_key(u) for u in src} if code[:2] in ("01", "11", "12") else set()
        # (nor a statement of both: "Стороны выразили надежду на продолжение диалога" is addressed to no one)
        for s in src[:1]:
            if _key(s) in {_key(u) for u in ctx["pair"]}:
                evs += [Ev(s, t, code, p, trig, i, base - 0.15) for t in ctx["pair"]
                        if _key(t) != _key(s) and _key(t) not in own and not t.org][:1]
                # (an organisation is rarely the one judged)
    elif p.frame.get("pair_object") and ctx and ctx.get("pair") and not fwith:
        # "X welcomed the agreement / the ceasefire" naming no party: one act, addressed to the pair the article is
        # about (as for "both sides"), coded once with the pair's first side (one per side cost a false event
        # per welcome: such welcomes are annotated once, often with no target); one side's welcome goes to the other
        for s in src[:1]:
            evs += [Ev(s, t, code, p, trig, i, base - 0.15) for t in ctx["pair"] if _key(t) != _key(s)][:1]
    elif (ALLOW_NO_TARGET or (SOURCE_ONLY and p.allow_no_target)) and not fwith and not p.mediation:
        for s in src:
            evs.append(Ev(s, None, code, p, trig, i, base - 0.2))
    if tgt is None and code[:2] in REPORTED_FORCE_ROOTS and not fwith and not p.mediation:
        # "X said Y shelled residential areas": no named victim, but X's accusation of Y (112)
        evs += _reported_force([Ev(s, None, code, p, trig, i, base) for s in src], tokens, groups, lang, ctx)
        evs += _retaliation(src, code, p, trig, i, base, tokens, lang, ctx)
    kept = [e for e in evs if e.src.actor and (e.tgt is None or (e.tgt.actor and e.src.actor != e.tgt.actor
            and (e.src.country is None or e.src.country != e.tgt.country or e.src.actor[:3] != e.tgt.actor[:3]
                 or _domestic_ok(e.src, e.tgt) or _people_vs_state(e.src, e.tgt) or _state_vs_society(e.src, e.tgt)
                 or _forces_on_own_rebels(e))))]
    if not kept and evs and SOURCE_ONLY and p.allow_no_target and tgt is not None and not fwith and not p.mediation:
        # the only target was the source's own country ("imposed a curfew in Cairo"): keep source-only
        kept = [Ev(s, None, code, p, trig, i, base - 0.2) for s in src if s.actor]
    return kept


_ACT = ["actor", "country", "sector", "org", "name", "text"]


def _actor_cols(prefix: str, u: Unit | None) -> dict:
    if u is None:
        return {f"{prefix}_{k}": None for k in _ACT}
    return {f"{prefix}_actor": u.actor, f"{prefix}_country": u.country, f"{prefix}_sector": u.sector,
            f"{prefix}_org": u.org, f"{prefix}_name": u.name, f"{prefix}_text": u.text}


def code_article(article_id: str, text: str, lang: str, published, title=None, date_flag=None) -> list[dict]:
    """Mentions of one article. ``date_flag`` is ingestion's note on the publication date: a date
    that contradicts the text is still used for lead sentences but not given to undated events
    further down; a date inferred from the text (``coding.dates.article_date_doubt``) marks the
    event dates resting on it as '_doubtful'."""
    lang = (lang or "").lower()
    if lang not in SUPPORTED or not isinstance(text, str) or not text.strip():
        return []
    lex = get_lexicon()
    pats = load_patterns(lang)
    if not pats:
        return []
    art, art_prec = D.parse_article_date(published)
    trust_art, doubtful = D.article_date_doubt(date_flag)
    inferred_art = isinstance(date_flag, str) and "inferred_from_text" in date_flag
    known, text_year = D.full_date_context(text, lang)
    fby = text_year if art is None else None
    rows: list[dict] = []
    seen_keys: set = set()
    sents = sentences(text, lang)
    title_norm = (title or "").strip()
    state = None
    discourse: dict = {}
    mediators = _article_mediators(sents, lang, lex, art)
    if mediators:
        discourse["mediators"] = mediators  # "the mediators" elsewhere in the article are these
    quotes = _quotes.find_quotes(text, lang, lex, art)
    quotes += _interview_answers(sents, text, title_norm, lang, lex, art, quotes)
    ctx_date = None  # last explicit day date: year context for yearless dates when no article date
    ctx_para = -1  # the paragraph ctx_date was written in
    lead_day = None  # the day the lead dates its news to, when not the article's (dates.event_date)
    lead_seen = False
    prose = 0  # sentences of six words or more so far
    anchor = None  # (day, sentence index) of the last day the text named: "hours later" / "на следующий день"
    last_para = -1
    for k, (_s0, _s1, sent, para) in enumerate(sents):
        if para != last_para:
            if k != 1:
                state = None  # the lead's date runs on into the second sentence even across a paragraph break
            last_para = para  # discourse context runs on across paragraphs: scraped paragraphs are short
        if title_norm and k == 0 and sent.strip() == title_norm:
            continue
        # a day-precision article date anchors yearless dates; with a coarser one (year, month) or none,
        # the last explicit date of the text does ("28 декабря 2024 года ... 29 декабря")
        art_day = art if art_prec == "day" else None
        ctx_year = ctx_date.year if (art_day is None and ctx_date is not None) else fby
        dated = D.rejoin_split_date(sent, sents[k + 1][2] if k + 1 < len(sents) else None, lang)
        # with an article date, yearless days follow a past year's full date told earlier in the same paragraph
        # ("The war began on 27 September 2020 ... signed a statement on 10 November": 2020, not the last November)
        narrative = ctx_date if art_day is None else (ctx_date if ctx_para == para else None)
        hits = D.find_dates(dated, lang, art, ctx_year, known, narrative, art_prec)
        # "KHARTOUM, Sept 16 (Reuters) - ...": the place filed from is no actor (the lead may follow a section name, the
        # title, a byline and a time line); the dateline's end
        cut, dl_end = dateline(sent) if k < 8 else (0, 0)
        if dl_end and any(h.pos >= dl_end for h in hits):
            # "ADDIS ABABA, Dec 14 (Reuters) - Erdogan hosted ... on Wednesday": the dateline's day is the filing day;
            # the lead's own date words date its act
            hits = [h for h in hits if h.pos >= dl_end]
        for h in hits:
            if h.source == "explicit":
                ctx_date = D.parse_iso(h.value if h.precision == "day" else h.value + "-01")
                ctx_para = para
        # pick the date the event most likely carries; events need a date for role choice
        first_date = D.parse_iso(hits[0].value) if hits and hits[0].precision == "day" else art
        if inferred_art and first_date is not None and (first_date is art or hits[0].source != "explicit"):
            # the article is from the day it was dated by or later, and so is a day counted from it ("on Friday")
            first_date = NoEarlierThan(first_date.year, first_date.month, first_date.day)
        # no catch-all here: an engine error must surface (code_articles turns it into a
        # quarantine row with reason coding_error), not silently empty the sentence
        off = text.find(sent, _s0)
        if off < 0:
            off = _s0
        discourse["quotes"] = _sentence_quotes(quotes, off, len(sent), discourse)
        # quotations whose speaker is named but unknown: their "we" is nobody the context names
        discourse["unknown_quotes"] = [(q.start - off, q.end - off) for q in quotes
                                       if q.unknown and q.end > off and q.start < off + len(sent)]
        # where the sentence names a day or month (a dated happening; a bare year is background)
        discourse["dated"] = [h.pos for h in hits if h.precision in ("day", "month")]
        # (of them, the days not after the article's: a dated past act, not one scheduled)
        discourse["past_dated"] = [h.pos for h in hits if h.precision in ("day", "month")
                                   and (art is None or h.value <= art.isoformat()[:len(h.value)])]
        evs = code_sentence(" " * cut + sent[cut:] if cut else sent, lang, first_date, lex, pats, discourse)
        # (a day inside a relative clause is another act's: "The next day X, who leads until the 20 June vote, ...")
        own_days = [h for h in D.outside_relative_clauses(hits, dated, lang) if h.precision == "day"]
        carried = [h for h in hits if not D.is_deadline(h, dated, lang)]  # a deadline dates no later sentence
        ana = None
        if not own_days and anchor is not None and k - anchor[1] <= ANAPHORA_REACH:
            ana = D.anaphoric_date(sent, lang, anchor[0])
        elif not own_days and anchor is None and art is not None:
            # no day named yet: "earlier in the day" / "по-рано през деня" is the news day, the article's (never a
            # day after it: "the next day" needs a day the text has named)
            ana = D.anaphoric_date(sent, lang, art)
            if ana is not None and ana > art.isoformat():
                ana = None
        n_rows = len(rows)
        # where the sentence's other acts or reported contents begin: a statement's date is not written after them
        # ("rejected Baku's accusations that the raid on Friday ...", "condemned the strike on Damascus on 24 November")
        speech = any(e.code[:2] in SPEECH_ACT_ROOTS for e in evs)
        after_marks = list(discourse.get("trigger_chars", ())) \
            if speech or any(e.code[:2] in APPEAL_ROOTS for e in evs) else ()
        complements = _complementizer_chars(sent, lang) if speech else ()
        _emit(rows, seen_keys, evs, article_id, k, sent, hits, lang, lex, published, state, trust_art, doubtful, ana,
              after_marks, lead_day, complements)
        long_sent = len(sent.split()) >= 6
        lead = prose < 2 and long_sent  # (the lead: the first two sentences of six words or more, past header lines)
        prose += long_sent
        if lead and not lead_seen and art_prec == "day" and art is not None and len(own_days) == 1:
            # the lead's own day, when it is not the article's but of its week: the day of the news the article goes
            # on to tell (an older day in the lead is more likely background told first)
            # (a day the lead gives an act it codes, or its only day when it codes none: "Last Friday, ... it
            # acquired a date")
            # (every act the lead codes on that day: "agreed to a truce after the clashes of 24 July" is today's news)
            told = {r["event_date"] for r in rows[n_rows:]} if len(rows) > n_rows else {own_days[0].value}
            day = D.parse_iso(next(iter(told))) if len(told) == 1 else None
            # (not a day governed by a word that ties it to another event, an earlier one: "the parliament passed the
            # law after the US imposed sanctions on Wednesday" tells Wednesday's sanctions as the law's cause)
            if day is not None and 2 <= (art - day).days <= 7 and not D.is_deadline(own_days[0], dated, lang) \
                    and not any(h.value == day.isoformat() and D.governed_by_other_event(h, dated, lang)
                                for h in own_days):
                lead_day = day.isoformat()
        if lead and (own_days or len(rows) > n_rows):
            lead_seen = True  # (the first lead sentence that dates or codes anything decides)
        anchored = [h for h in carried if h.precision == "day" and h in own_days]
        if anchored:
            anchor = (D.parse_iso(anchored[-1].value), k)
        elif ana is not None:
            anchor = (D.parse_iso(ana), k)
        elif k < 2 and art is not None and art_prec == "day" and anchor is None:
            anchor = (art, k)
        # (nor another event's date the paragraph's later acts: "agreed to a truce after the clashes of 10 August";
        # nor, where the sentence has a day of its own, a day inside a relative clause: "Накануне, в воскресенье, ХАМАС
        # передал ... Рони Кривого, которого удерживали в Газе с 7 октября")
        told_on = [h for h in carried if not D.governed_by_other_event(h, dated, lang)]
        if own_days and any(h in own_days for h in told_on):
            told_on = [h for h in told_on if h in own_days or h.precision != "day"]
        if told_on:
            h = told_on[-1]
            state = (h.value, h.precision)
        elif k < 2 and art is not None and art_prec == "day" and state is None:
            state = (art.isoformat(), "day")
    if title_norm:
        _title_events(rows, seen_keys, title_norm, article_id, lang, lex, pats, art, art_prec, known, fby, published,
                      trust_art, doubtful)
    return _merge_lead_restatements(_merge_sector_twins(_merge_consultations(_mediation.carry_over(_mediation.conflict_sides(rows)))))


def _pair_root(row: dict) -> tuple:
    return _mediation._pair(row), row["cameo_code"][:2]


def _title_events(rows: list, seen_keys: set, title: str, article_id: str, lang: str, lex, pats, art, art_prec, known,
                  fby, published, trust_art: bool, doubtful: bool) -> None:
    """Events of the headline (sentence_index -1) that the body does not tell: a headline reports the article's
    main event, which the body usually repeats in words the coder reads; where the body's sentence is broken
    by scraping (glued tooltips, a cut lead) the headline still gives it. A headline event whose actors and
    CAMEO root an event of the body shares with one of its actors is dropped (the same act, told twice; a
    headline's compressed syntax gets the second actor wrong more often than the body)."""
    hits = D.find_dates(title, lang, art, fby, known, None, art_prec)
    evs = code_sentence(title, lang, D.parse_iso(hits[0].value) if hits and hits[0].precision == "day" else art,
                        lex, pats, {"headline": True})
    if not evs:
        return
    body = {(a, root) for pair, root in map(_pair_root, rows) for a in pair if a}
    found: list = []
    _emit(found, set(seen_keys), evs, article_id, -1, title, hits, lang, lex, published, None, trust_art, doubtful)
    for r in found:
        pair, root = _pair_root(r)
        keys = _identities(r)
        if not any((a, root) in body for a in pair if a) and not any(key in seen_keys for key in keys):
            seen_keys.add(keys[0])
            rows.append(r)


def _decided(tokens, lo: int, i: int, lang: str) -> bool:
    """A decision or agreement word (discourse.yml decision_words) within six words before the trigger, in its clause,
    followed by an infinitive before the trigger ("decided to resume talks", "решение возобновить диалог",
    "решението да възобнови диалога"; discourse.yml infinitive_markers, ru/uk the tagger's INFN or a verb in its lemma
    form)."""
    words = _discourse.rules()["decision_words"].get(lang)
    if not words:
        return False
    markers = _discourse.rules()["infinitive_markers"].get(lang, ())
    for d in range(i - 1, max(lo, i - 6) - 1, -1):
        t = tokens[d]
        if t.text in (",", ";", ":"):
            return False
        if t.lemma in words or t.low in words:
            # the infinitive governs the trigger: nothing but its object's words between (not "agreed to halt
            # hostilities at talks"); the trigger may be the infinitive itself ("возобновить диалог" is one key)
            f = next((k for k in range(i, d, -1) if tokens[k].low in markers or tokens[k].pos == "INFN"
                      or (lang in CASE_MARKING and tokens[k].pos == "VERB" and tokens[k].low == tokens[k].lemma)), None)
            # (uk: the tagger reads the infinitive as VERB; it is the verb's lemma)
            return f is not None and i - f <= 4 and not any(
                not x.text.isalpha() or x.low in PREPS.get(lang, ()) for x in tokens[f + 1:i])
    return False


def _forces_on_own_rebels(ev) -> bool:
    """Force by a state's forces named by their nationality alone ("Турски самолети бомбардираха ПКК", "Turkish jets
    bombed PKK positions") against an armed group of that state: two sides, not one state on both."""
    return (ev.code[:2] in REPORTED_FORCE_ROOTS and ev.src.sector is None and "adjective" in ev.src.kinds
            and ev.tgt.sector == "REB")


def _emit(rows: list, seen_keys: set, evs: list, article_id: str, k, sent: str, hits, lang: str, lex, published, state,
          trust_art: bool, doubtful: bool, anaphoric: str | None = None, triggers=(), lead: str | None = None,
          complements=()) -> None:
    """Append the mention rows of one sentence's events (dated by ``dates.event_date``; one row per coordinated
    date; rule 9: an event identical to an earlier one of the article is dropped). ``triggers``: where the
    sentence's other acts and reported contents start (a date after one is not a statement's); ``lead``: the day the
    lead dated its news to (dates.event_date)."""
    n = 0
    for ev in evs:
        if (ev.tgt is not None and ev.src.country and ev.src.country == ev.tgt.country and not ev.src.org
                and not ev.tgt.org and not _domestic_ok(ev.src, ev.tgt) and not _state_vs_society(ev.src, ev.tgt)
                and not (_people_vs_state(ev.src, ev.tgt) and ev.code[:2] >= "09")
                and not _forces_on_own_rebels(ev)):
            # one state on both sides ("під час зустрічі з президентом ОАЕ": ОАЕ -> the president of the UAE):
            # no event; a nation against its own government only in demands, criticism, protest and force
            continue
        tchar = ev.tchar
        ev_hits = hits
        if ev.code[:2] in APPEAL_ROOTS and triggers:
            # an invitation or appeal names the talks it asks for: a day written after their noun that lies ahead of
            # the article's day is theirs ("invited the negotiators to talks in Brussels on October 5"; a yearless
            # day read back into last year by the past tense), a past one the invitation's ("покани ... на
            # разговорите още през февруари")
            ev_hits = [h for h in hits if not (h.pos > tchar and any(tchar < t < h.pos for t in triggers)
                                               and D.yearless_ahead(h, sent, published))]
        val, prec, dsrc = D.event_date(ev_hits, tchar, k, sent, lang, published, state, trust_art, doubtful, anaphoric,
                                       triggers if ev.code[:2] in SPEECH_ACT_ROOTS else (), lead,
                                       complements if ev.code[:2] in SPEECH_ACT_ROOTS else ())
        if ev.implicit and not str(dsrc).startswith(("explicit", "relative")):
            continue
        info = _codeinfo(ev.code, lex.codebook)
        if info is None:
            continue
        conf = ev.conf + (0.1 if dsrc in ("explicit", "relative") else 0.0)
        # "met on 6 October in Prague and on 31 October in Sochi": one event per coordinated date
        chain = D.coordinated_dates(hits, tchar, sent, lang, DATE_COORD.get(lang, ()))
        if ev.dates_span is not None:
            chain = [h for h in chain if ev.dates_span[0] <= h.pos < ev.dates_span[1]]
        base = {  # the key order is the column order of the mentions table
            "mention_id": None,
            "article_id": article_id,
            "sentence_index": k,
            "event_date": None,
            "date_precision": None,
            "date_source": None,
            **_actor_cols("source", ev.src),
            **_actor_cols("target", ev.tgt),
            "cameo_code": ev.code,
            "cameo_root": ev.code[:2],
            "goldstein": float(info.goldstein),
            "quad_class": int(info.quad_class),
            "plover_event": info.plover,
            "is_mediation": bool(ev.mediation),
            "is_symmetric": bool(ev.sym),
            "mediator_actor": ev.mediator.actor if ev.mediator else None,
            "mediator_country": ev.mediator.country if ev.mediator else None,
            "mediator_org": ev.mediator.org if ev.mediator else None,
            "is_negated": False,
            "evidence": sent,
            "trigger": ev.trig,
            "pattern_id": ev.pat.pid,
            "confidence": float(max(0.0, min(1.0, conf))),
            "lang": lang,
            "coder_version": CODER_VERSION,
            "dictionary_hash": lex.hash,
        }
        when = [(h.value, h.precision, h.source) for h in chain] or [(val, prec, dsrc)]
        for d_val, d_prec, d_src in when:
            row = {**base, "mention_id": f"{article_id}:{k}:{n}", "event_date": d_val, "date_precision": d_prec,
                   "date_source": d_src}
            keys = _identities(row)
            if any(key in seen_keys for key in keys):
                continue  # rule 9: identical events within one article are one event
            seen_keys.add(keys[0])
            rows.append(row)
            n += 1


_TITLE_SPEAKER = re.compile(r"^\s*([^:?!.]{3,70}):\s+\S")


def _interview_answers(sents, text: str, title: str, lang: str, lex, art, quotes: list) -> list:
    """An interview or a briefing titled by its speaker ("Арарат Мирзоян пред БТА: ...", "Fidan: ...", "Захарова:
    ..."): the speaker's answers are not in quotation marks, and their "we" / "I" is the speaker. Every sentence of
    the body in the first person (a first-person pronoun, or ru/uk/bg/tr a first-person verb), outside quotations
    and not a question, is read as a quotation of that speaker (the person named before the title's colon)."""
    r = _discourse.rules()
    m = _TITLE_SPEAKER.match(title or "")
    if m is None or lang not in r["first_person"]:
        return []
    _toks, units = _quotes._units(m.group(1), lang, lex, art)
    speaker = next((u for u in units if "person" in u.kinds and u.actor), None)
    if speaker is None:
        return []
    words = r["first_person"].get(lang, frozenset()) | r["first_person_object"].get(lang, frozenset()) \
        | r["first_person_possessive"].get(lang, frozenset())
    out = []
    for s0, _s1, sent, _para in sents:
        start = text.find(sent, s0)
        start = s0 if start < 0 else start
        end = start + len(sent)
        if sent.rstrip().endswith("?") or any(q.start < end and start < q.end for q in quotes):
            continue
        toks = tokenize(sent, lang)
        if any(t.low in words for t in toks) or (lang != "en" and _quotes.first_person_verb(toks, lang)):
            out.append(_quotes.Quote(start, end, [speaker]))
    return out


def _sentence_quotes(quotes: list, off: int, n: int, ctx: dict) -> list:
    """The quotations overlapping one sentence as (start, end, speaker) in the sentence's characters; a
    pronoun speaker ("he said") is the paragraph's subject when the quotation's first sentence is coded."""
    out = []
    for q in quotes:
        if q.end <= off or q.start >= off + n:
            continue
        if q.unknown:
            continue  # (a speaker the dictionaries do not know: ctx["unknown_quotes"])
        if q.speaker is None and q.resolved is None and ctx.get("subj") is not None:
            q.resolved = [ctx["subj"]]
        g = q.speaker or q.resolved
        if g:
            out.append((q.start - off, q.end - off, g, q.actors))
    return out


def _country_side(r: dict, role: str) -> str:
    """A mention row's ``role`` side ("source" or "target") by country (the actor code where there is none)."""
    return r[f"{role}_country"] or r[f"{role}_actor"] or ""


def _country_pair(r: dict) -> frozenset:
    """The unordered sides of a mention row by country (the actor code where there is none)."""
    return frozenset((_country_side(r, "source"), _country_side(r, "target")))


def _merge_lead_restatements(rows: list[dict]) -> list[dict]:
    """The lead tells the news in the present perfect and takes the publication day ("Saudi Arabia and the US have
    invited ..."); the body tells the same act with its own day ("In a joint statement on Tuesday, ... had
    extended invitations"): one event (rule 9 in spirit). A lead row dated by the article date is dropped when a
    later sentence dates an event of the same countries, CAMEO root and direction on that day or the day before
    ("Riyadh and Washington urge the army and the RSF to resume negotiations" over "... had extended invitations").
    Not force (two strikes on consecutive days are two events)."""
    def day(r):
        v = r["event_date"] or ""
        return dt.date.fromisoformat(v) if len(v) == 10 else None

    def sides(r):
        return _country_side(r, "source"), _country_side(r, "target")

    told = {}
    for r in rows:
        if str(r["date_source"]).startswith(("explicit", "relative")) and day(r):
            told.setdefault((sides(r), r["cameo_root"]), []).append((r["sentence_index"], day(r)))
    out = []
    for r in rows:
        d = day(r)
        if (d is not None and 0 <= r["sentence_index"] < LEAD_SENTENCES
                and str(r["date_source"]).startswith(("article_date", "inferred"))
                and r["cameo_root"] not in REPORTED_FORCE_ROOTS
                and any(k > r["sentence_index"] and d - dt.timedelta(days=1) <= x <= d
                        for k, x in told.get((sides(r), r["cameo_root"]), ()))):
            continue
        out.append(r)
    return out


LEAD_SENTENCES = 5  # the sentences of a lead (after a standfirst, byline and date line of a scraped page)


def _merge_consultations(rows: list[dict]) -> list[dict]:
    """A generic consultation (040, "the sides discussed") between two actors on a day when the article
    reports a more specific one between them (a call 041, a visit 042/043, a meeting 044, talks 046) is
    that same encounter told again: it is dropped (rule 9 in spirit: one real event, one row); so are talks (046)
    between the two on the day of a visit (042/043) between them: "arrived in Moscow, where he held talks with X"
    is one visit (rule 4); and so is the host's reception (043) of a visit the article tells made (042) between the
    two that day, the visitor's state to the host's ("arrived in Pyongyang, where he was received by Kim": one 042,
    the mirror 043 is the same visit).
    """
    pair = _country_pair

    def days(r):
        d = r["event_date"] or ""
        if len(d) != 10:
            return {d}
        x = dt.date.fromisoformat(d)
        return {(x + dt.timedelta(days=k)).isoformat() for k in (-1, 0, 1)}

    def own_day(r) -> bool:
        return str(r["date_source"]).startswith(("explicit", "relative")) and len(r["event_date"] or "") == 10

    specific = {(pair(r), r["event_date"] or "") for r in rows if r["cameo_code"][:2] == "04" and r["cameo_code"] != "040"
                and r["cameo_code"] != "045"}
    if not specific:
        return rows
    own = {(pair(r), r["event_date"]) for r in rows if r["cameo_code"][:2] == "04" and r["cameo_code"] != "040"
           and r["cameo_code"] != "045" and own_day(r)}
    visits = {(pair(r), r["event_date"] or "") for r in rows if r["cameo_code"] in ("042", "043")}
    side = _country_side
    made = {(side(r, "source"), side(r, "target"), r["event_date"] or "") for r in rows if r["cameo_code"] == "042"}
    made_by = {(r["source_actor"], r["target_actor"], r["event_date"] or "") for r in rows if r["cameo_code"] == "042"}

    def mirrored_visit(r) -> bool:
        """A 043 that is the article's 042 told from the host's side (by country), or the same two actors' 042 read
        with the roles of a reception ("прибыл в Пхеньян, где его принял Ким": the visitor as the 043's source)."""
        day = r["event_date"] or ""
        return ((side(r, "target"), side(r, "source"), day) in made
                or (r["source_actor"], r["target_actor"], day) in made_by)

    def told_again(r) -> bool:
        # the day before or after counts as the same encounter unless both rows name their own, different days
        # ("met yesterday" after "spoke by phone on Monday": two encounters)
        return any((pair(r), d) in specific and (d == r["event_date"] or not own_day(r) or (pair(r), d) not in own)
                   for d in days(r))
    return [r for r in rows if not (r["cameo_code"] == "040" and told_again(r))
            and not (r["cameo_code"] == "046" and (pair(r), r["event_date"] or "") in visits)
            and not (r["cameo_code"] == "043" and mirrored_visit(r))]


def _merge_sector_twins(rows: list[dict]) -> list[dict]:
    """One act told twice in an article, once with a bare country and once with that country's sector or
    organisation ("Iran and the IAEA signed an agreement" ... "signed by the Iranian foreign minister and the IAEA
    chief"): the same (countries, code, date) is one event (rule 9); the row that names sectors on more sides is
    kept. Only symmetric acts other than force (talks, agreements, ceasefires): a directed act by a ministry and one by
    "the country" may be two statements, two strikes of a day two strikes; rows that differ in a sector on both sides
    (ARMMIL - AZE, ARMGOV - AZE) stay."""
    def actors(r):
        return {r["source_actor"] or "", r["target_actor"] or ""}

    def covers(a, b) -> bool:
        """Every actor of ``a`` is an actor of ``b`` or the bare country of one of them."""
        return all(x in actors(b) or any(y != x and y.startswith(x) and len(x) == 3 for y in actors(b))
                   for x in actors(a))

    drop: set[int] = set()
    by_key: dict = {}
    for n, r in enumerate(rows):
        if (r["is_symmetric"] or is_symmetric_code(r["cameo_code"])) and r["cameo_code"][:2] not in FORCE_ROOTS:
            # (directed acts by two bodies are two acts; so are two strikes of one day)
            by_key.setdefault((_country_pair(r), r["cameo_code"], r["event_date"] or ""), []).append(n)
    for ns in by_key.values():
        for a in ns:
            for b in ns:
                if a != b and a not in drop and b not in drop and actors(rows[a]) != actors(rows[b]) \
                        and covers(rows[a], rows[b]):
                    drop.add(a)  # a names less than b: b is kept
    return [r for n, r in enumerate(rows) if n not in drop]


def _identities(row: dict) -> list[tuple]:
    """The mention's identity (first), then the identities of earlier mentions it repeats (rule 9): (source, target,
    code, date), with unordered actors for a symmetric act and for any act of a code that is symmetric by nature ("X
    and Y discussed ... by phone": the call told twice, once with a side). A directed use of force keeps its direction:
    "Israel struck Iran on Friday. Iran responded with missile attacks on Israel" are two attacks of the same day, each
    side's own; but fighting told as one act of both ("the war between A and B began on June 13, when A struck B") is
    the same event as either side's attack that day."""
    pair = (row["source_actor"] or "", row["target_actor"] or "")
    code, day = row["cameo_code"], row["event_date"] or ""
    if code[:2] in FORCE_ROOTS_DIRECTED:
        both = (*sorted(pair), code, day, "sym")
        if row["is_symmetric"]:
            return [both, (*pair, code, day, "dir"), (pair[1], pair[0], code, day, "dir")]
        return [(*pair, code, day, "dir"), both]
    if row["is_symmetric"] or is_symmetric_code(code):
        pair = tuple(sorted(pair))
    return [(*pair, code, day)]


def code_articles(articles: pd.DataFrame, errors: list | None = None) -> pd.DataFrame:
    """Code every article; returns a mentions table validating against ``schema.MENTIONS``.

    An article whose coding raises is not dropped silently: with ``errors`` given, a record
    ``{"article_id", "error"}`` is appended there (the pipeline turns it into a quarantine row with
    reason ``coding_error``); without it, a RuntimeWarning names the article.
    """
    rows: list[dict] = []
    for rec in articles.to_dict("records"):
        try:
            rows.extend(code_article(str(rec.get("article_id")), rec.get("text"), rec.get("lang"),
                                     rec.get("published") if isinstance(rec.get("published"), str) else None,
                                     rec.get("title") if isinstance(rec.get("title"), str) else None,
                                     rec.get("date_flag") if isinstance(rec.get("date_flag"), str) else None))
        except Exception as exc:  # noqa: BLE001 - a bad article must not stop the corpus, nor vanish silently
            msg = f"{type(exc).__name__}: {exc}"[:500]
            if errors is not None:
                errors.append({"article_id": str(rec.get("article_id")), "error": msg})
            else:
                warnings.warn(f"coding failed for article {rec.get('article_id')!r}: {msg}", RuntimeWarning, stacklevel=2)
            continue
    if not rows:
        return schema.empty(schema.MENTIONS)
    df = pd.DataFrame(rows, columns=schema.MENTIONS.names)
    df = df.sort_values(["article_id", "sentence_index", "mention_id"], kind="stable").reset_index(drop=True)
    return df


def warm_up() -> None:
    """Load the lexicon, every language's patterns and the lemmatisers' data (a worker calls this
    before its first chunk)."""
    get_lexicon()
    for lang in sorted(SUPPORTED):
        load_patterns(lang)
        _one_word_triggers(lang)
        tokenize("test", lang)


def short_hash(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:16]
