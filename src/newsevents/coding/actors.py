"""Actor dictionaries -> lemma index, and actor-unit detection in token sequences.

A *unit* is a run of adjacent dictionary matches (agent + country/adjective + person, e.g.
"президент Азербайджана Ильхам Алиев", "глава МИД РФ", "Russian peacekeepers", "външните
министри на Армения"). Resolution: a person wins (role chosen by date); else agent sector +
country (RUS + GOV -> RUSGOV); else an organisation; else a country/capital code. An
adjective alone is not an actor; an agent without a country is not an actor.
Units joined by "и / and / , " form a coordinated *group*.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .discourse import compound_not_before
from .discourse import rules as _discourse_rules
from .text import lemma_info, lemmatize_phrase, tr_lower

MAXLEN = 6
LINKERS = {"на", "of", "'s", "’s", "the", "de", "република", "републиката", "республика", "republic", "federation", "федерация"}  # agent + linker + country ("министри на Армения", "Ministry of ...")
COORD = {"и", "and", ",", "&", "та", "і"}


@dataclass
class Unit:
    start: int
    end: int  # exclusive token index
    actor: str
    country: str | None
    sector: str | None
    org: str | None
    name: str | None
    text: str
    kinds: tuple
    head_cases: frozenset = frozenset()
    prep: str | None = None


@dataclass
class Lexicon:
    codebook: dict
    index: dict  # lang -> {lemma tuple: [ActorEntry]}
    hash: str
    maxlen: dict = field(default_factory=dict)
    firsts: dict = field(default_factory=dict)
    surface: dict = field(default_factory=dict)  # lang -> person-name words as written (nominative)
    oblique: dict = field(default_factory=dict)  # lang -> person-name words listed as case forms ("Лаврова")


OBLIQUE_CASES = frozenset({"gent", "accs", "datv", "ablt", "loct"})


@lru_cache(maxsize=2)
def get_lexicon() -> Lexicon:
    """The compiled actor index (from the on-disk cache when the dictionaries are unchanged)."""
    from .cache import cached
    from .lexicon import _default_dir, _yaml_files

    d = _default_dir()
    return cached("lexicon", _yaml_files(d) if d.is_dir() else [], _build_lexicon)


def _build_lexicon() -> Lexicon:
    from .lexicon import load_dictionaries

    d = load_dictionaries()
    index: dict[str, dict] = {}
    maxlen: dict[str, int] = {}
    for e in d.actors:
        key = lemmatize_phrase(e.phrase, e.lang)
        if not key:
            continue
        index.setdefault(e.lang, {}).setdefault(key, []).append(e)
        maxlen[e.lang] = max(maxlen.get(e.lang, 1), len(key))
    # Turkish writes Latin-script names as English does ("Blinken", "Kaja Kallas"): a person without tr
    # aliases is found by their en aliases (not by 1-3 letter ones such as "Dar", a Turkish word)
    with_tr = {e.name for e in d.actors if e.kind == "person" and e.lang == "tr"}
    tr_idx = index.setdefault("tr", {})
    for e in d.actors:
        if (e.kind == "person" and e.lang == "en" and e.name not in with_tr and len(e.phrase) > 3
                and all(c.isascii() for c in e.phrase)):
            key = lemmatize_phrase(e.phrase, "tr")
            if key and key not in tr_idx or (key and all(x.kind == "person" and x.name == e.name for x in tr_idx[key])):
                tr_idx.setdefault(key, []).append(replace(e, lang="tr"))
                maxlen["tr"] = max(maxlen.get("tr", 1), len(key))
    # inflected forms of one-word country names, adjectives, demonyms and capitals whose lemma is not the
    # phrase's own ("кенийскую", "чилийската", "Кампале"): their lemmas point to the same entry
    for e in d.actors:
        if (e.kind not in _INFLECTED_KINDS and not (e.kind == "person" and e.lang in ("ru", "uk"))) or " " in e.phrase.strip():
            continue
        idx = index.setdefault(e.lang, {})
        own = lemmatize_phrase(e.phrase, e.lang)
        for key in _form_keys(e.phrase, e.lang, e.kind):
            if key != own and (key not in idx or e.kind == "person" and e not in idx[key]
                               and all(x.kind == "person" and x.name == e.name for x in idx[key])):
                idx.setdefault(key, []).append(e)  # a person's form keeps every dated role
    # a Bulgarian surname that is an adjective in form takes the article: "Зеленски" -> "Зеленския",
    # "(Володимир) Зеленският"; the lemmatiser keeps these forms as written
    for e in d.actors:
        if e.kind == "person" and e.lang == "bg" and e.phrase.rstrip().endswith(_BG_ADJ_SURNAME):
            idx = index.setdefault("bg", {})
            for end in ("я", "ят"):
                key = lemmatize_phrase(e.phrase.rstrip() + end, "bg")
                if key and (key not in idx or all(x.kind == "person" and x.name == e.name for x in idx[key])):
                    idx.setdefault(key, []).append(e)  # every dated role of the person
                    maxlen["bg"] = max(maxlen.get("bg", 1), len(key))
    firsts = {lang: {k[0] for k in idx} for lang, idx in index.items()}
    # surnames as written in people.yml are nominative by construction; pymorphy sometimes has no
    # nominative reading for them ("Пашинян" -> plural genitive of "пашинянин"). The case forms people.yml lists after
    # them are ``oblique``: a word that is another word of the same person's aliases plus an ending ("Лавров" ->
    # "Лаврова", "Лаврову"), unless it is some person's nominative ("Алиева" is Mehriban Aliyeva as well as Ilham
    # Aliyev's genitive); find_units reads them as oblique where the tagger has only a nominative reading.
    surface: dict = {}
    words: dict = {}
    first_forms: set = set()  # (country, kind, lang) whose first listed phrase, the dictionary form, was seen
    for e in d.actors:
        if e.kind == "person" and e.lang in ("ru", "uk"):
            surface.setdefault(e.lang, set()).update(w.lower() for w in e.phrase.split())
            words.setdefault((e.lang, e.name), set()).update(w.lower() for w in e.phrase.split())
        elif e.kind == "org" and e.lang in ("ru", "uk") and " " not in e.phrase.strip():
            # a one-word organisation name as listed is a nominative too ("Хезболла", which pymorphy reads as the
            # genitive of a masculine "хезболл" only)
            surface.setdefault(e.lang, set()).add(e.phrase.strip().lower())
        elif e.kind in ("capital", "country") and e.lang in ("ru", "uk") and (e.country, e.kind, e.lang) not in first_forms:
            # the first capital or country name listed, the dictionary form, is a nominative too ("Кігалі": an
            # indeclinable name pymorphy reads as oblique forms of another noun only); the forms listed after it are
            # case forms ("Києві")
            first_forms.add((e.country, e.kind, e.lang))
            if " " not in e.phrase.strip():
                surface.setdefault(e.lang, set()).add(e.phrase.strip().lower())
    oblique: dict = {}
    plain: dict = {}
    for (lang, _name), ws in words.items():
        for w in ws:
            case_form = any(w != v and w.startswith(v) and len(w) - len(v) <= 3 and len(v) >= 4 for v in ws)
            (oblique if case_form else plain).setdefault(lang, set()).add(w)
    for lang in oblique:
        oblique[lang] -= plain.get(lang, set())
    return Lexicon(d.codebook, index, d.hash, maxlen, firsts, surface, oblique)


# case endings of a feminine name in -а/-я ("Хезболла" -> "Хезболлу", "Хезболлы", "Хезболлой"): pymorphy reads an
# unknown name in -а as the genitive of a masculine noun, so its case forms come out wrong
_FEM_NAME_CASES = {
    "ru": {"у": {"accs"}, "ю": {"accs"}, "ы": {"gent"}, "и": {"gent"}, "е": {"datv", "loct"}, "ой": {"ablt"},
           "ою": {"ablt"}, "ей": {"ablt"}},
    "uk": {"у": {"accs"}, "ю": {"accs"}, "и": {"gent"}, "і": {"datv", "loct"}, "ою": {"ablt"}, "ею": {"ablt"}},
}


def _feminine_name_case(word: str, nominatives, lang: str) -> frozenset | None:
    """The case of ``word`` as a form of a one-word name listed in -а/-я (``nominatives``: the lexicon's surface
    forms), or None."""
    for end, cases in _FEM_NAME_CASES.get(lang, {}).items():
        if word.endswith(end) and len(word) > len(end) + 2:
            stem = word[: -len(end)]
            if stem + "а" in nominatives or stem + "я" in nominatives:
                return frozenset(cases)
    return None


_INFLECTED_KINDS = ("country", "adjective", "capital")
# bg adjective endings after the stem (masc, fem, neut, plural, with and without the article) and the
# article of a plural demonym ("кенийски" -> "кенийската", "кенийци" -> "кенийците")
_BG_ADJ = ("и", "а", "ата", "о", "ото", "ите", "ия", "ият")
_BG_ADJ_SURNAME = ("ски", "цки", "зки")
_TR_VOWELS = "aeıioöuü"


def _form_keys(phrase: str, lang: str, kind: str) -> set:
    """Lemma keys of the inflected forms of a one-word actor phrase (see _build_lexicon)."""
    from .text import _morph, lemma_info

    w = phrase.strip()
    forms = set()
    if lang in ("ru", "uk"):
        try:
            parses = _morph(lang).parse(w.lower().replace("’", "'"))
        except Exception:  # noqa: BLE001
            return set()
        base = next((p for p in parses if p.normal_form == w.lower().replace("’", "'")), parses[0] if parses else None)
        if kind == "person":
            # a foreign surname ("Дачич", "Кристерссон"): its case forms, when pymorphy reads it as a
            # surname or does not know it; never the forms of a common word that a surname spells
            if any(p.is_known and p.tag.POS != "NOUN" for p in parses[:1]):
                return set()
            bases = [p for p in parses if p.tag.POS == "NOUN" and ({"Surn", "Name"} & set(p.tag.grammemes) or not p.is_known)]
            forms = {f.word for b in bases for f in b.lexeme}
            own = {b.normal_form for b in bases}
            return {(lem,) for f in forms if not _common_word(lem := lemma_info(f, lang)[0], lang, own)}
        if base is None or base.tag.POS not in ("NOUN", "ADJF"):
            return set()
        for f in base.lexeme:
            lem = _morph(lang).parse(f.word)
            top = lem[0] if lem else None
            # a form whose reading is another kind of word ("Мінську" -> the adjective мінський, which
            # would make "Мінські угоди" an actor) or a person's name ("чехов" -> Чехов) adds nothing
            if top is None or (top.is_known and (top.tag.POS != base.tag.POS
                                                 or {"Surn", "Name", "Patr"} & set(top.tag.grammemes))):
                continue
            forms.add(f.word)
    elif lang == "bg" and w.islower():
        if kind == "adjective" and w.endswith("и"):
            forms = {w[:-1] + end for end in _BG_ADJ}
        elif kind == "country" and w.endswith("и"):
            forms = {w + "те"}
    out = set()
    for f in forms:
        lem = lemma_info(f, lang)[0]
        if lang in ("ru", "uk") and _common_word(lem, lang, {base.normal_form}):
            continue  # "Тирану" -> тиран (a tyrant), "Трасса" -> трасса: a common word is no name
        out.add((lem,))
    return out


def _common_word(lem: str, lang: str, own: set) -> bool:
    """``lem`` is the dictionary form of a word pymorphy knows other than a place or a name, and not the
    phrase's own word (``own``: the phrase's normal forms; "чорногорець" is the singular of "чорногорці")."""
    from .text import _morph

    p = _morph(lang).parse(lem)[0]
    return (p.is_known and p.normal_form == lem and lem not in own
            and not {"Geox", "Surn", "Name", "Patr", "Abbr"} & set(p.tag.grammemes))


VERB_POS = {"VERB", "INFN", "GRND"}
PROPER_KINDS = {"country", "capital", "person", "org"}


def _valid(e, date: dt.date | None) -> bool:
    if date is None:
        return e.end is None
    return (e.start is None or e.start <= date) and (e.end is None or date <= e.end)


class NoEarlierThan(dt.date):
    """A date the true one is no earlier than: an article date inferred from the latest date its text names (the
    article was written that day or later)."""


def pick_person(entries, date: dt.date | None):
    """The role a person held on ``date``; None when they held none then (an ex-official, or someone
    not yet in office: Kuleba in 2019 speaks for no government). Without a date, the current role. With a
    ``NoEarlierThan`` date, the latest role that had not ended by then (an undated article that names a
    November 2024 ceasefire may be from 2026, when the prime minister it names had taken office)."""
    if isinstance(date, NoEarlierThan):
        ok = [e for e in entries if e.end is None or date <= e.end]
        return max(ok, key=lambda e: (e.start or dt.date.min)) if ok else None
    ok = [e for e in entries if _valid(e, date)]
    if not ok:
        if date is not None and entries:
            return None  # no role on that date: before the first role started, or after the last one ended
        ok = [e for e in entries if e.end is None] or list(entries)
    return max(ok, key=lambda e: (e.start or dt.date.min))


# Turkish locative suffixes written after an apostrophe ("Bakü'de"): a place, not an actor
LOCATIVE_TR = frozenset(a + v for a in ("'", "’") for v in ("da", "de", "ta", "te"))
_TR_ADJ_SUFFIX = re.compile(r"['’]l[ıiuü](l[ae]r)?.*")


def _entries(idx: dict, lem: list, low: list, i: int, L: int) -> list:
    """Dictionary entries of the L tokens from ``i``: by lemmas, or a single word as written."""
    return idx.get(tuple(lem[i:i + L])) or (idx.get(tuple(low[i:i + L])) if L == 1 else None) or []


_PREFIXES: dict[int, tuple[dict, frozenset]] = {}


def _prefixes(idx: dict) -> frozenset:
    """Every prefix of two or more lemmas of a key of ``idx`` (the keys themselves included), per index."""
    hit = _PREFIXES.get(id(idx))
    if hit is None or hit[0] is not idx:
        if len(_PREFIXES) >= 16:
            _PREFIXES.clear()  # lexicons built anew (tests): bounded
        hit = _PREFIXES[id(idx)] = (idx, frozenset(k[:j] for k in idx for j in range(2, len(k) + 1)))
    return hit[1]


def _longest(pre: frozenset, lem: list, i: int, top: int) -> int:
    """The longest L <= ``top`` (at least 1) for which the lemmas ``lem[i:i + L]`` may begin a key: no key of
    more lemmas starts at ``i`` (so ``_entries`` finds nothing for a longer L)."""
    j = 1
    while j < top and tuple(lem[i:i + j + 1]) in pre:
        j += 1
    return j


def venue_units(tokens, lang: str, lex: Lexicon) -> list[Unit]:
    """Places where meetings are held that are not capitals (countries.yml ``venues``: Istanbul,
    Sochi, Jeddah): units of kind 'venue' for the venue finder (``coding.mediation``); never actors."""
    idx = lex.index.get(lang, {})
    firsts = lex.firsts.get(lang, set())
    pre = _prefixes(idx)
    lem = [t.lemma for t in tokens]
    low = [t.low for t in tokens]
    out = []
    for i in range(len(tokens)):
        if not tokens[i].text[:1].isupper() or (lem[i] not in firsts and low[i] not in firsts):
            continue
        for L in range(_longest(pre, lem, i, min(lex.maxlen.get(lang, 1), MAXLEN, len(tokens) - i)), 0, -1):
            e = next((x for x in _entries(idx, lem, low, i, L) if x.kind == "venue"), None)
            if e is not None:
                out.append(Unit(i, i + L, e.actor, e.country, None, None, e.name, tokens[i].text, ("venue",)))
                break
    return out


def visited_venue(tokens, lo: int, i: int, j: int, hi: int, lang: str, src):
    """The city a visit goes to when it is not a capital (countries.yml ``venues``: "visited Istanbul", "прибыл в
    Стамбул", "İstanbul'u ziyaret etti"): a unit of the venue's country, when that country is not the visitor's.
    The venue follows the trigger within two words, or (tr, verb-final) precedes it within two words."""
    own = {u.country for u in src}
    for u in venue_units(tokens, lang, get_lexicon()):
        near = (i - 3 <= u.end - 1 < i and u.start >= lo) if lang == "tr" else (j <= u.start <= j + 2 and u.end <= hi)
        if near and u.country and u.country not in own:
            return Unit(u.start, u.end, u.country, u.country, None, None, u.name, u.text, ("country",))
    return None


_TR_COMITATIVE = re.compile(r"(.{4,}?[ıiuüaeoö])y?l[ae]")  # a stem ending in a vowel + "(y)la/(y)le"
_TR_TAIL = re.compile(r"(l[ıiuü])?(l[ae]r)?(n?[ıiuü]n|[yn]?[ae]|[yn]?[ıiuü]|n?[dt][ae]n?|y?l[ae])?")


def _tr_stem(tok, idx: dict) -> str | None:
    """A Turkish nationality word with suffixes but no apostrophe ("Kenyalıların", "Ermenilere",
    "Türklerin"): the stem that names a country; a lower-case agent noun with the comitative written on
    ("mevkidaşıyla", "heyetiyle"): the agent's stem; else None."""
    w = tr_lower(tok.text)
    if (tok.lemma,) in idx or (w,) in idx:
        return None
    if not tok.text[:1].isupper():
        # an agent noun with the comitative suffix written on ("mevkidaşıyla", "heyetiyle"): the agent's stem
        m = _TR_COMITATIVE.fullmatch(w)
        if m is None:
            return None
        for cand in (m.group(1), lemma_info(m.group(1), "tr")[0]):
            if any(x.kind == "agent" for x in idx.get((cand,), ())):
                return cand
        return None
    for k in range(len(w) - 1, 2, -1):
        if _TR_TAIL.fullmatch(w[k:]):
            for cand in (w[:k], lemma_info(w[:k], "tr")[0]):
                if any(x.kind in _INFLECTED_KINDS for x in idx.get((cand,), ())):
                    return cand
    return None


@lru_cache(maxsize=32)
def _grammar_words(key: str, lang: str) -> frozenset:
    """A word list of grammar_<lang>.yml, as a set: ``prepositions`` (the tagger reads some, such as uk "до", as
    nouns), ``locative_prepositions`` ("в", "у", "при", "возле": where an actor is, not whose it is),
    ``title_clitics`` (a clitic possessive between a nationality adjective and its title, bg "турският му колега")."""
    from .grammar import by_lang

    return frozenset(by_lang(key).get(lang, ()))


@lru_cache(maxsize=8)
def _verb_homograph_agents(lang: str) -> tuple[frozenset, tuple]:
    """grammar_<lang>.yml verb_homograph_agents (agent phrases whose lemma is a verb's: bg "преговарящи" and
    "преговаря" share one) and agent_written_suffixes (the endings a written agent form may take)."""
    from .grammar import by_lang

    return (frozenset(w.lower() for w in by_lang("verb_homograph_agents").get(lang, ())),
            tuple(by_lang("agent_written_suffixes").get(lang, ())))


def _written_agent(word: str, ents, lang: str) -> bool:
    """An agent whose lemma is also a verb's counts only in one of its written forms ("преговарящите", not
    "преговаряха"; "the press", not "pressed"); other agents always."""
    homographs, suffixes = _verb_homograph_agents(lang)
    phrases = [x.phrase.lower() for x in ents if x.kind == "agent" and x.phrase.lower() in homographs]
    if not phrases:
        return True
    return any(word == p or (word.startswith(p) and word[len(p):] in suffixes) for p in phrases)




def find_units(tokens, lang: str, lex: Lexicon, date: dt.date | None, text: str) -> list[Unit]:
    idx = lex.index.get(lang, {})
    ml = min(lex.maxlen.get(lang, 1), MAXLEN)
    lem = token_lemmas = [t.lemma for t in tokens]
    low = [t.low for t in tokens]
    if lang == "tr":
        lem = [_tr_stem(t, idx) or t.lemma for t in tokens]
    matches = []  # (start, end, entries)
    i = 0
    n = len(tokens)
    firsts = lex.firsts.get(lang, set())
    pre = _prefixes(idx)
    while i < n:
        hit = None
        if lem[i] not in firsts and low[i] not in firsts:
            i += 1
            continue
        for L in range(_longest(pre, lem, i, min(ml, n - i)), 0, -1):
            ents = _entries(idx, lem, low, i, L)
            if ents and any(x.kind == "venue" for x in ents):
                ents = [x for x in ents if x.kind != "venue"]  # a meeting place, never an actor
            if ents:
                hit = (i, i + L, ents)
                break
        if hit and not tokens[i].text[:1].isupper():
            # a name the dictionary writes with a capital needs one in the text: lower-case "того" is
            # a pronoun, not Togo (demonyms and group nouns such as "армяне", "хуситы" are lower-case)
            ents = [x for x in hit[2] if not ((x.kind in PROPER_KINDS or lang == "tr") and x.phrase[:1].isupper())]
            hit = (hit[0], hit[1], ents) if ents else None
        if hit and hit[1] - hit[0] == 1 and not tokens[i].text.isupper():
            # an acronym the dictionary writes in capitals needs them in the text: "We" (lemma "we", as is
            # "US") opening a sentence or a quotation is not the United States
            ents = [x for x in hit[2] if not (len(x.phrase) > 1 and x.phrase.isupper() and x.phrase.isalpha())]
            hit = (hit[0], hit[1], ents) if ents else None
        if hit and hit[1] - hit[0] == 1 and not _written_agent(low[i], hit[2], lang):
            # "Сърбия преговаря с Косово": the verb lemmatises like the agent "преговарящи" (no part of speech in bg)
            ents = [x for x in hit[2] if x.kind != "agent"]
            hit = (hit[0], hit[1], ents) if ents else None
        if hit and lang in ("ru", "uk") and hit[1] - hit[0] == 1 and tokens[i].pos in VERB_POS:
            # "протестовал" lemmatises like the agent "протестующие": a finite verb is not an actor
            ents = [x for x in hit[2] if x.kind != "agent"]
            hit = (hit[0], hit[1], ents) if ents else None
        if hit:
            matches.append(hit)
            i = hit[1]
        else:
            i += 1
    # group adjacent matches into units
    runs: list[list] = []
    for j, m in enumerate(matches):
        if runs:
            prev = runs[-1][-1]
            gap = range(prev[1], m[0])
            if (lang == "tr" and not gap and any(x.kind in ("agent", "person") for x in prev[2])
                    and not any(x.kind in ("person", "agent") for x in m[2])
                    and (m[1] < n and (low[m[1]] in LOCATIVE_TR or tokens[m[1]].pos == "SUFFIX"
                                       and tokens[m[1]].cases & {"dat", "abl", "acc", "loc", "com"}
                                       and all(x.kind == "capital" for x in m[2]))
                         or j + 1 < len(matches) and matches[j + 1][0] == m[1]
                         and any(x.kind in ("person", "agent") for x in matches[j + 1][2]))):
                # Turkish phrases end in their head: "Kosova heyetleri | Paris'te", "bakanları | Moskova'ya",
                # "Ukraynalı askerler | Rus ordusuna": a locative, a capital with a case suffix other than the
                # genitive, or a place that begins another agent phrase is not part of the phrase before it (a
                # bare trailing country is split off later by roles_tr._split_units, which keeps it bare)
                runs.append([m])
                continue
            if (lang == "tr" and len(gap) == 1 and tokens[gap[0]].pos == "SUFFIX"
                    and (_TR_ADJ_SUFFIX.fullmatch(low[gap[0]]) or "gen" in tokens[gap[0]].cases)
                    and all(x.kind in ("country", "capital", "org") for x in prev[2])
                    and any(x.kind in ("person", "agent") for x in m[2])):
                # "ABD'li yetkililer", "Rusya'nın Ankara Büyükelçisi": the suffix joins the country to its head
                runs[-1].append(m)
                continue
            if (len(gap) == 0 and lang in ("ru", "uk") and prev[0] > 0
                    and (tokens[prev[0] - 1].pos == "PREP" or low[prev[0] - 1] in _grammar_words("prepositions", lang))
                    and all(x.kind in ("country", "capital") for x in prev[2])
                    and ("gent" not in tokens[prev[1] - 1].cases
                         or low[prev[0] - 1] in ("в", "во", "на", "у") and "loct" in tokens[prev[1] - 1].cases
                         or any(x.kind == "person" for x in m[2]) and "nomn" in tokens[m[0]].cases
                         and "gent" not in tokens[m[1] - 1].cases)):
                # (an indeclinable place, "в Баку", "в Тбилиси", reads as every case: its locative preposition decides)
                # a place after a preposition is not a modifier of the next actor: "принял в Анкаре Зеленского";
                # nor is a genitive place before a person in the nominative: "Під час візиту до Туреччини Кулеба"
                runs.append([m])
                continue
            if (len(gap) == 0 and lang in ("ru", "uk", "bg", "tr")
                    and (all(x.kind == "adjective" for x in m[2])
                         or lang == "tr" and any(x.kind == "adjective" for x in m[2]) and j + 1 < len(matches)
                         and matches[j + 1][0] == m[1] and any(x.kind == "agent" for x in matches[j + 1][2]))
                    and (all(x.kind in ("country", "capital") for x in prev[2])
                         or lang == "bg" and any(x.kind == "agent" for x in prev[2]))):
                # (bg, which joins a modifier by "на": nor a role before it, "Според украинския премиер | руските сили
                # нанесоха ..."; ru/uk "глав российской и украинской делегаций" is one phrase)
                # a nationality adjective modifies the noun after it, never a country before it: "над территорией
                # Армении | российский вертолет", "Almanya | Rus vatandaşını serbest bıraktı" are two phrases (Turkish
                # "Rus" is also the demonym: an adjective there when an agent noun follows it)
                runs.append([m])
                continue
            if (len(gap) == 0 and lang == "bg" and prev[0] > 0 and low[prev[0] - 1] in ("в", "във")
                    and all(x.kind in ("country", "capital") for x in prev[2])
                    and any(x.kind in ("person", "agent") for x in m[2])):
                # bg has no cases to tell them apart: "по време на посещението си в Турция Лавров ...", "в Анкара
                # президентът Радев": a place after "в", then a person or a role, are two phrases (as "принял в
                # Анкаре Зеленского" in ru above; a bg country modifies a role after it: "президентът на Турция")
                runs.append([m])
                continue
            if (len(gap) == 0 and all(x.kind == "person" for x in prev[2])
                    and all(x.kind in ("country", "capital") for x in m[2])):
                # a person's name is never qualified by a country right after it: "Според Захарова | Киев е нарушил
                # ...", "По словам Захаровой | Киев ..." (the comma left out) are the speaker and another side
                runs.append([m])
                continue
            if (len(gap) == 0 and all(x.kind in ("country", "capital") for x in prev[2])
                    and any(x.kind == "person" for x in m[2])
                    and not {x.country for x in m[2] if x.kind == "person"} & {x.country for x in prev[2]}):
                # nor is a person of another state named right after a country: "при посредничестве США | Алиев и
                # Пашинян парафировали ..." (the mediator, then the parties)
                runs.append([m])
                continue
            if (gap and lang in ("en", "bg") and all(x.kind == "adjective" for x in m[2]) and m[1] < n
                    and (low[m[1]] in _discourse_rules()["force_nouns"].get(lang, ())
                         or lem[m[1]] in _discourse_rules()["force_nouns"].get(lang, ()))):
                # "the victims of the Russian strike", "жертвите на руския удар": a nationality adjective after a
                # linker that qualifies a force noun is that use of force's agent, not the nationality of the agent
                # before the linker ("the staff of the Russian trade mission" stay Russian)
                runs.append([m])
                continue
            if (len(gap) == 1 and low[gap[0]] in _grammar_words("title_clitics", lang)
                    and all(x.kind == "adjective" for x in prev[2])
                    and any(x.kind in ("person", "agent") for x in m[2])
                    and not (prev[0] > 0 and low[prev[0] - 1] in _grammar_words("prepositions", lang))):
                # "и турският му колега Хакан Фидан": the Turkish counterpart, one phrase (after a preposition, "с
                # френския си колега X", the engine gives the name the nationality's preposition)
                runs[-1].append(m)
                continue
            if (1 <= len(gap) <= 2 and all(x.kind == "adjective" for x in prev[2]) and len(runs[-1]) == 1
                    and any(x.kind == "agent" for x in m[2])
                    and all(tokens[g].text[:1].isupper() and tokens[g].text.replace("-", "").isalpha() for g in gap)):
                # a nationality adjective, a name the dictionary lacks, then the noun it names: "İngiliz Reuters
                # ajansı", "the British Reuters agency" are one phrase (the outlet), not the adjective's state
                runs[-1].append(m)
                continue
            titles = _discourse_rules()["title_modifiers"].get(lang, ())
            if len(gap) == 0 or (len(gap) <= 2 and all(low[g] in LINKERS or lem[g] in LINKERS for g in gap)) \
                    or (len(gap) <= 3 and any(low[g] in titles for g in gap) and low[gap[0]] in LINKERS
                        and any(x.kind == "agent" for x in m[2])
                        and all(low[g] in LINKERS or lem[g] in LINKERS or low[g] in titles for g in gap)):
                # (a rank before the title: "Kinshasa's chief negotiator", "the Ministry's senior official")
                runs[-1].append(m)
                continue
            # a first name or patronymic the dictionary lacks in this case form, before a person:
            # "премьер-министра Армении Никола Пашиняна", "президента Ильхама Гейдара оглы Алиева"
            if (len(gap) <= 2 and any(x.kind == "person" for x in m[2])
                    and all(tokens[g].text[:1].isupper() and tokens[g].text.replace("-", "").isalpha() for g in gap)):
                runs[-1].append(m)
                continue
            # en: a bare agent of a local sector + "in"/"from" + country/capital ("students in Nairobi"), or
            # + "from" + organisation ("activists from the X party"): that country / organisation
            if (len(gap) <= 2 and low[gap[0]] in ("in", "from") and all(low[g] in ("in", "from", "the") for g in gap)
                    and len(runs[-1]) == 1
                    and any(x.kind == "agent" and not x.actor and x.sector in _local_sectors(lang) for x in prev[2])
                    and any(x.kind in ("country", "capital") or (x.kind == "org" and low[gap[0]] == "from") for x in m[2])):
                runs[-1].append(m)
                continue
            # en: title + a name the dictionary lacks + "of" + country ("King <Name> of Morocco")
            if (lang == "en" and 2 <= len(gap) <= 4 and low[gap[-1]] == "of" and len(runs[-1]) == 1
                    and all(tokens[g].text[:1].isupper() and tokens[g].text.replace("-", "").isalpha() for g in gap[:-1])
                    and any(x.kind == "agent" and not x.actor for x in prev[2])
                    and any(x.kind in ("country", "capital") for x in m[2])):
                runs[-1].append(m)
                continue
            # ru: agent + up to 3 words + genitive country ("министры иностранных дел и обороны Турции")
            if (lang in ("ru", "uk") and len(gap) <= 3 and any(x.kind == "agent" for x in prev[2])
                    and any(x.kind in ("country", "capital") for x in m[2]) and "gent" in tokens[m[0]].cases
                    and all(tokens[g].text.isalpha() and tokens[g].pos not in ("VERB", "INFN", "PRTF", "PRTS")
                            and low[g] not in _grammar_words("locative_prepositions", lang) for g in gap)):
                # (not across a locative preposition: "российского посольства в Софии" is Russia's embassy, placed in
                # Sofia; "коллеги из Азербайджана" are Azerbaijan's)
                runs[-1].append(m)
                continue
        runs.append([m])
    runs = [r for r in runs if not _homonym_place(r, tokens, lang, lem, idx)]
    units = []
    nom = lex.surface.get(lang, ())
    obl = lex.oblique.get(lang, ())
    for run in runs:
        for u in _resolve(run, tokens, date, text):
            if "person" in u.kinds and low[u.end - 1] in obl and u.head_cases <= {"nomn", "voct"}:
                u.head_cases = OBLIQUE_CASES  # "звинуватив Лаврова": uk pymorphy reads a feminine nominative
            elif "person" in u.kinds and low[u.end - 1] in nom and "nomn" not in u.head_cases:
                u.head_cases = u.head_cases | {"nomn"}
            elif u.kinds in (("capital",), ("country",)) and u.end - u.start == 1 and low[u.start] in nom \
                    and "nomn" not in u.head_cases:
                u.head_cases = u.head_cases | {"nomn", "accs"}  # an indeclinable name as listed: any case
            elif u.kinds == ("org",) and u.end - u.start == 1:
                # a one-word organisation's name: as listed, a nominative; a form of a name listed in -а, also the
                # case its ending gives (beside pymorphy's readings, which are a masculine noun's)
                if low[u.start] in nom:
                    u.head_cases = u.head_cases | {"nomn"}
                elif cases := _feminine_name_case(low[u.start], nom, lang):
                    u.head_cases = u.head_cases | cases
            units.append(u)
    covered = None
    for k, t in enumerate(tokens) if "-" in "".join(token_lemmas) else ():
        if "-" not in t.lemma:
            continue  # (a lemma without a hyphen is no compound)
        if covered is None:
            covered = {k for s, e, _ in matches for k in range(s, e)}
        if k not in covered and "-" in t.lemma.strip("-"):
            if k + 1 < len(tokens) and tokens[k + 1].lemma in compound_not_before(lang):
                continue  # "армяно-азербайджанская граница": a place, not the two parties
            units += _compound_units(k, t, lang, lex)
    units.sort(key=lambda u: u.start)
    return units


def _homonym_place(run, tokens, lang: str, lem: list, idx: dict) -> bool:
    """A run that is only a country name which also names a US state, in that state's context:
    "Atlanta, Georgia", "the governor of Georgia", "Georgia Republicans" (discourse.yml homonym_places)."""
    names = _discourse_rules()["homonym_places"].get(lang)
    if not names:
        return False
    place = [m for m in run if m[1] - m[0] == 1 and tokens[m[0]].text in names]
    if len(place) != 1 or any(m is not place[0] and not all(x.kind == "agent" for x in m[2]) for m in run):
        return False  # only the name, or the name with agent nouns ("the governor of Georgia")
    k = place[0][0]
    if (k >= 2 and tokens[k - 1].text == "," and tokens[k - 2].text[:1].isupper()
            and (lem[k - 2],) not in idx and tokens[k - 2].text.isalpha()):
        return True
    ctx = _discourse_rules()["homonym_place_context"].get(lang, frozenset())
    near = range(max(0, k - 3), min(len(tokens), k + 3))
    return any(lem[j] in ctx or tokens[j].low in ctx for j in near if j != k)


def _local_sectors(lang: str) -> frozenset:
    return _discourse_rules()["local_agent_in_place"].get(lang, frozenset())


_COMBINING_VOWELS = ("о", "е", "o", "e")


@lru_cache(maxsize=16)
def _adjective_stems(lex_hash: str, lang: str) -> tuple:
    """(lemma, entry) of every one-word nationality adjective of ``lang``, longest first."""
    lex = get_lexicon()
    out = []
    for key, ents in lex.index.get(lang, {}).items():
        if len(key) == 1:
            adj = next((e for e in ents if e.kind == "adjective" and e.actor), None)
            if adj is not None:
                out.append((key[0], adj))
    return tuple(sorted(out, key=lambda kv: -len(kv[0])))


def _compound_units(k: int, tok, lang: str, lex: Lexicon) -> list[Unit]:
    """Units for a hyphenated compound of nationality adjectives: "российско-армянские (переговоры)",
    "израелско-американските (удари)", "Russian-Ukrainian (talks)": one country unit per part, at the
    compound's position, so that they form a coordinated group."""
    parts = [p for p in tok.lemma.split("-") if p]
    if len(parts) < 2:
        return []
    written = [w for w in tok.text.split("-") if w]
    idx = lex.index.get(lang, {})
    found = []
    for n, part in enumerate(parts):
        ents = idx.get((part,))
        e = next((x for x in ents or () if x.kind in ("adjective", "country") and x.actor
                  or x.kind == "org" and x.actor and len(written) == len(parts) and written[n][:1].isupper()),
                 None)  # (an organisation by its name: "Israel-Hamas talks", "the Israel-Hezbollah ceasefire")
        if e is None and n < len(parts) - 1 and part.endswith(_COMBINING_VOWELS) and len(part) >= 4:
            stem = part[:-1]  # combining form: "российско" -> "российск(ий)", "руско" -> "руск(и)"
            e = next((x for lem, x in _adjective_stems(lex.hash, lang) if lem.startswith(stem)
                      and len(lem) - len(stem) <= 4), None)
        if e is None:
            return []  # "военно-политический", "Nagorno-Karabakh": not a compound of nations
        found.append(e)
    out, seen = [], set()
    for e in found:
        country = e.country or e.actor[:3]
        if country in seen:
            continue
        seen.add(country)
        out.append(Unit(k, k + 1, e.actor, country, e.sector, None, None, tok.text, ("adjective",), tok.cases))
    return out if len(out) >= 2 else []


def _resolve(run, tokens, date, text) -> list[Unit]:
    persons, countries, agents, orgs, caps, adjs = [], [], [], [], [], []
    for s, e, ents in run:
        kinds = {x.kind for x in ents}
        if "person" in kinds:
            who = pick_person([x for x in ents if x.kind == "person"], date)
            if who is not None:
                persons.append((s, e, who))
        elif "org" in kinds:
            orgs.append((s, e, next(x for x in ents if x.kind == "org")))
        elif "agent" in kinds:
            agents.append((s, e, next(x for x in ents if x.kind == "agent")))
        elif "capital" in kinds:
            caps.append((s, e, next(x for x in ents if x.kind == "capital")))
        elif "country" in kinds:
            countries.append((s, e, next(x for x in ents if x.kind == "country")))
        elif "adjective" in kinds:
            adjs.append((s, e, next(x for x in ents if x.kind == "adjective")))
    s0, e0 = run[0][0], run[-1][1]
    span = text[tokens[s0].start:tokens[e0 - 1].end]
    head = tokens[s0].cases

    def mk(actor, country, sector, org, name, kinds, start=s0, end=e0, sp=span, hc=head):
        return Unit(start, end, actor, country, sector, org, name, sp, tuple(kinds), hc)

    if persons:
        # several persons in one run ("Путин, Пашинян") are separate units
        out = []
        for ps, pe, p in persons:
            hc = head if ps == persons[0][0] else tokens[ps].cases
            out.append(mk(p.actor or (p.country or ""), p.country, p.sector, p.org, p.name, ["person"],
                          ps if len(persons) > 1 else s0, pe if len(persons) > 1 else e0,
                          text[tokens[ps].start:tokens[pe - 1].end] if len(persons) > 1 else span, hc))
        return [u for u in out if u.actor]
    place = (countries or caps or adjs)
    if agents:
        a = agents[0][2]
        if a.actor:  # agent with its own full code
            return [mk(a.actor, a.country, a.sector, a.org, a.name, ["agent"])]
        if orgs and place and orgs[0][0] < agents[0][0] < place[0][0]:
            # "NATO Genel Sekreteri Rusya'yı ...": the organisation before the title owns it; the place after it is
            # the next phrase (glued to the run where no case ending parts them)
            o = orgs[0][2]
            return [mk(o.actor, o.country, a.sector or o.sector, o.org, o.name, ["agent", "org"])]
        if place and place[0][2].org:  # an organisation's seat with an agent ("officials in Brussels")
            c = place[0][2]
            return [mk(c.actor, None, None, c.org, c.name, ["agent", "capital"])]
        if place:
            c = place[0][2]
            cc = c.country or (c.actor[:3] if c.actor else None)
            if cc:
                sector = a.sector
                return [mk(cc + (sector or ""), cc, sector, None, None, ["agent", place[0][2].kind])]
        if orgs:
            o = orgs[0][2]
            return [mk(o.actor, o.country, a.sector or o.sector, o.org, o.name, ["agent", "org"])]
        return []
    if orgs:
        o = orgs[0][2]
        return [mk(o.actor, o.country, o.sector, o.org, o.name, ["org"])]
    out = []
    # a nationality adjective without an agent stands for its country: "армянские позиции",
    # "Ukrainian drones", "руската атака" (the CAMEO convention of coding the country)
    for s, e, c in countries + caps + ([] if (countries or caps) else adjs[:1]):
        if c.actor and c.org:  # an organisation's seat ("Brussels demanded"): the organisation
            out.append(mk(c.actor, None, None, c.org, c.name, [c.kind], s, e,
                          text[tokens[s].start:tokens[e - 1].end], tokens[s].cases if s != s0 else head))
        elif c.actor:
            out.append(mk(c.actor, c.country or c.actor[:3], c.sector, None, None, [c.kind], s, e,
                          text[tokens[s].start:tokens[e - 1].end], tokens[s].cases if s != s0 else head))
    return out


def bare_agents(tokens, lang: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, sector) of agent phrases that name no country or organisation themselves ("the foreign
    ministers", "министры иностранных дел", "външните министри"): the engine joins such a head to a "both
    sides" phrase after it ("the foreign ministers of the two countries")."""
    idx = lex.index.get(lang, {})
    firsts = lex.firsts.get(lang, set())
    pre = _prefixes(idx)
    lem = [t.lemma for t in tokens]
    low = [t.low for t in tokens]
    out, i = [], 0
    while i < len(tokens):
        hit = None
        if lem[i] in firsts or low[i] in firsts:
            for L in range(_longest(pre, lem, i, min(lex.maxlen.get(lang, 1), MAXLEN, len(tokens) - i)), 0, -1):
                ents = _entries(idx, lem, low, i, L)
                if ents and all(x.kind == "agent" for x in ents):
                    a = next((x for x in ents if not x.actor and x.sector), None)
                    if a is not None:
                        hit = (i, i + L, a.sector)
                    break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out
