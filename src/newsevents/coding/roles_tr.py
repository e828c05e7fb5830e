"""Turkish role assignment (SOV, case-marked arguments); same contract as ``engine._roles``.

Turkish marks case on the last word of a noun phrase; ``text.tokenize`` splits a proper noun's
apostrophe suffix into its own token ("Rusya" + "'ya") that carries the case (dat acc gen loc abl
com). Common nouns ("Bakanlığına", "hükümetini") get their case from the ending left after the
lemma; a bare country followed by a relational head noun ("Ukrayna sınırına", "İran halkına")
takes that noun's case; a group followed by the word "ile" is comitative, by "tarafından" the
agent of a passive, by "arasında(ki)" (with an "X ile/ve Y" pair) the parties "between".

* Groups are rebuilt with Turkish coordination ("ve", "," inside a list closed by "ve"); only the
  last conjunct carries the case ("Rusya ve Ukrayna'yı"), so the whole group takes it. A bare
  first group followed by a comma is the subject ("Rusya, Ukrayna ve Gürcistan'ı ...").
* Source: the first bare (nominative) group of the clause left of the trigger; for a nominalised
  trigger ("görüştüğünü", "göndereceğini") a genitive group that is not a possessor
  ("Putin'in Erdoğan ile görüştüğünü") is the subject. A passive trigger ("sınır dışı edildi")
  takes the "X tarafından" group as source and the bare group as target, or, when the subject is a
  common noun, its genitive owner ("Hamas'ın teklifi İsrail tarafından reddedildi").
* Phrases: an organisation, an unknown capitalised title and the known holder are one person
  ("AB Dış İlişkiler Yüksek Temsilcisi Kaja Kallas"); a separate "de / da" ends a name ("AB de ...").
* Target: the first group between source and trigger whose case is in ``frame.target``
  (``bare`` = an unmarked object, ``gen`` = a possessor: "İsrail'in saldırılarını kınadı");
  ``with: true`` takes the comitative group ("X ile", "X'le") and, when ``symmetric``, codes both
  directions; coordinated subjects of a symmetric pattern code all ordered pairs. A dative or
  accusative inside a genitive's phrase whose possessed head stands right before the verb gives way to
  that owner ("ABD'nin Tayvan'a silah satışına tepki gösterdi": USA).
* Negation is a verb suffix (-me/-ma: "görüşmedi", "kınamadı", "etmeyecek"); a negated trigger
  (or a negated light verb right after a noun trigger) codes nothing, nor does a trigger followed
  by "reddet / kaçın / ertele / iptal" (the refusal is coded by its own pattern, if any).
* Future / ability ("görüşecek", "edebilir") or a following modal ("görüşmeye hazır",
  "görüşmeyi planlıyor"): a consultation becomes 036 (one direction), a future cooperative act
  its intent (clause.FUTURE_INTENT); other future acts code nothing, nor does an appeal or demand
  whose verbal noun a modal follows ("çağırmayı düşünüyor"). A "-ken" converb ("suçlarken") ends
  its clause: nothing after it blocks or qualifies it.
* Phone ("telefon" in the sentence) turns a consultation into 041 (mutual).
"""

from __future__ import annotations

import copy
import dataclasses
import re
from functools import lru_cache

from . import dates as _dates
from . import discourse as _discourse
from . import grammar as _grammar
from .actors import Unit, get_lexicon, visited_venue
from .clause import FUTURE_INTENT, MODAL, NEG, Ev, _domestic_ok, _short_parens, last_accuser
from .quotes import speaker_src as _speaker_src
from .roles import PRO_DROP
from .text import Token, lemma_info, tr_lower

# Turkish word lists of these rules: dictionaries/grammar_tr.yml (coding/grammar.py), in the dictionary hash.
COORD_TR = _grammar.by_lang("coordination").get("tr", set())
QUOTES = _grammar.by_lang("quotes").get("tr", set())
TIME = _grammar.by_lang("time_words").get("tr", set())
HEADS = _grammar.by_lang("relational_heads").get("tr", set())
PLURAL_ACC = _grammar.by_lang("plural_accusatives").get("tr", set())
AFTER_BLOCK = _grammar.by_lang("blocking_verbs_after").get("tr", set())
GOVERNED = _grammar.by_lang("governing_verbs_after").get("tr", set())
EVENT_MODS = _grammar.by_lang("event_modifiers").get("tr", set())
LIGHT = _grammar.by_lang("light_verbs").get("tr", set())
CONDITION = _grammar.by_lang("condition_after").get("tr", set())
CONFLICTS = _grammar.by_lang("conflict_nouns").get("tr", set())
CLAIM = _grammar.by_lang("claim_after").get("tr", set())
PURPOSE = _grammar.by_lang("purpose_after").get("tr", set())
TOPIC = _grammar.by_lang("topic_prepositions").get("tr", set())
POSTPOSITIONS = _grammar.by_lang("postpositions").get("tr", set())
QUOTED_NAME_AFTER = _grammar.by_lang("quoted_name_after").get("tr", set())
AMONG_THEM = _grammar.by_lang("among_them").get("tr", set())
AMONG_THEM_PARTICIPLES = _grammar.by_lang("among_them_participles").get("tr", set())
FORCE_MODS = _grammar.by_lang("force_noun_modifiers").get("tr", set())
AERIAL_MODS = _grammar.by_lang("aerial_force_modifiers").get("tr", set())
FORCE_UNREAL_AFTER = _grammar.by_lang("force_noun_unreal_after").get("tr", set())
CASUALTY_VERBS = _grammar.by_lang("casualty_verbs").get("tr", set())
BETWEEN_WORDS = ("arasında", "arasındaki")  # "X ile Y arasında(ki)": the pair's postposition (case "between")

# the negative imperative "-mesin(ler)" ends the word: "dilemesinin", "görüşmesini" are verbal nouns
_NEG_RX = re.compile(r"m[ae](d[ıiuü]|z|y[ae]c[ae][kğ]|m[ıiuü]ş|y[ıiuü]p|s[ıi]n(l[ae]r)?$)|m[ıiuü]yor|[ae]m[ae]d")
_FUT_RX = re.compile(r"[ae]c[ae][kğ]|[ae]bil")
_RELATIVE_RX = re.compile(r"[dt][ıiuü]ğ[ıiuü]$")  # a relative participle: "düzenlediği", "yaptığı"
_ABILITY_RX = re.compile(r"[ae]bil")  # "uygulayabilir": may, not an announcement
_NOMINAL_RX = re.compile(r"(d|t)[ıiuü]ğ|(d|t)[ıiuü]kl|[ae]c[ae]ğ|m[ae]s[ıi]|m[ae]y[ıi]|m[ae]k")
_VNOUN_RX = re.compile(r"m[ae](s[ıi]|y[ıi]|k)")  # a verbal noun: "durdurmasını", "durdurmayı", "durdurmak"
_PASSIVE_RX = re.compile(r"(n|[ıiuü]l|[ıiuü]n)(d|t|m[ıiuü]ş|[ıiuü]yor|[ae]c[ae]|m[ae]s|m[ae]k|[ae]r|[ae]bil|m[ae]l)")


def _residual(tok) -> str:
    w, lem = tr_lower(tok.text), tok.lemma
    k = 0
    while k < min(len(w), len(lem)) and w[k] == lem[k]:
        k += 1
    return w[k:]


def _verb_residuals(tok) -> list[str]:
    """Endings after the verb stem; "et" verbs alternate t/d ("ediyor", "edecek")."""
    w, lem = tr_lower(tok.text), tok.lemma
    out = [_residual(tok)]
    if lem.endswith("t") and w.startswith(lem[:-1] + "d"):
        out.append(w[len(lem):])
    return out


# a passive (and causative "-leştir") infix before the negation: "yap-ıl-madı", "imzala-n-madı", "gerçek-leştir-il-medi"
# (or the causative alone: "gerçek-leştir-medi", whose lemma simplemma cuts to "gerçek")
_PASS_INFIX_RX = re.compile(r"^(?:l[ae]şt[ıi]r(?:[ıiuü]l|[ıiuü]n|n|l)?|[ıiuü]l|[ıiuü]n|n|l)")


def _written_negative(p) -> bool:
    """Whether the pattern's phrase as written ends in a negated verb ("kabul etmedi")."""
    return _negative_phrase(p.written)


@lru_cache(maxsize=4096)
def _negative_phrase(written: str) -> bool:
    # (asked for every pattern at every Turkish trigger: once per phrase)
    words = written.split()
    last = words[-1] if words else ""
    return len(words) >= 2 and negated(Token(last, 0, 0, lemma_info(last, "tr")[0], frozenset(), "", last.lower()))


def pattern_applies(p, tokens, i: int, j: int) -> bool:
    """A pattern written with a negated verb ("kabul etmedi": did not accept = rejected, 120) shares its lemmas with
    the plain verb ("kabul etti"): it applies only where the verb is negated, and a plain pattern of those words only
    where it is not (roles would code nothing for it), so that the engine tries the next pattern of the same words
    (roles.PATTERN_FILTERS)."""
    return negated(tokens[j - 1]) == _written_negative(p)  # (a negated plain pattern codes nothing in roles anyway)


# the negation before a final tense or nominal ending, read at the word's end when simplemma cuts the stem short
# ("saldırmadı" -> "sal", residual "dırmadı"; "durdurmadı" -> "dur")
# (not the impotential aorist "-(y)emez", "kabul edilemez": unacceptable, a judgement)
_NEG_END_RX = re.compile(r"m[ae](d[ıiuü](l[ae]r)?|y[ae]c[ae]k(l[ae]r)?|m[ıiuü]ş(l[ae]r)?)$|(?<![ae])m[ae]z(l[ae]r)?$"
                         r"|m[ıiuü]yor(l[ae]r)?$|m[ae](d[ıiuü]ğ|y[ae]c[ae]ğ)[ıiuü]")


def negated(tok) -> bool:
    return any(_NEG_RX.match(r) or _NEG_RX.match(_PASS_INFIX_RX.sub("", r, count=1)) or _NEG_END_RX.search(r)
               for r in _verb_residuals(tok))


def future(tok) -> bool:
    return any(_FUT_RX.search(r) for r in _verb_residuals(tok))


def passive(tok) -> bool:
    w, lem = tr_lower(tok.text), tok.lemma
    stems = [lem] + ([lem[:-1] + "d"] if lem.endswith("t") else [])
    return any(w.startswith(s) and _PASSIVE_RX.match(w[len(s):]) for s in stems if s)


_PARTICIPLE_RX = re.compile(r"y?[ae]n$")


def participle(tok) -> bool:
    """Subject participle "-(y)en/-(y)an" ("görüşen", "ziyaret eden", "kınayan")."""
    return tok.text[:1].islower() and any(_PARTICIPLE_RX.fullmatch(r) for r in _verb_residuals(tok))


# nominalised endings read on the word itself, for stems simplemma cuts short ("saldırdığını" -> "sal")
_NOMINAL_END_RX = re.compile(r"([dt][ıiuü]ğ|[ae]c[ae]ğ)[ıiuü](n[ıiuü])?$|[dt][ıiuü]kl[ae]r[ıi](n[ıi])?$|m[ae]s[ıi]n[ıi]$")
# (and the accusative verbal noun "saldırmasını", whose stem simplemma cuts to "sal")


def nominal(tok) -> bool:
    return (any(_NOMINAL_RX.match(r) or _NOMINAL_RX.search(r[:5]) for r in _verb_residuals(tok))
            or bool(_NOMINAL_END_RX.search(tr_lower(tok.text))))


@lru_cache(maxsize=1)
def _proper_words() -> frozenset:
    """Words of Turkish proper names as the dictionaries write them ("sudan", "abd"): such a word
    carries no case of its own, whatever the lemmatiser strips from it ("Sudan" -> "su" + "dan")."""
    idx = get_lexicon().index.get("tr", {})
    return frozenset(tr_lower(w) for ents in idx.values() for e in ents
                     if e.kind in ("country", "capital", "person", "org") for w in e.phrase.split())


@lru_cache(maxsize=1)
def _place_words() -> frozenset:
    """Words of Turkish country, capital and organisation names (not of persons: first names recur)."""
    idx = get_lexicon().index.get("tr", {})
    return frozenset(tr_lower(w) for ents in idx.values() for e in ents
                     if e.kind in ("country", "capital", "org") for w in e.phrase.split())


PLACE_AGENT_ROOTS = {"17", "18", "19", "20"}  # an agentless passive arrest or use of force in another state's land


def _morph_case(tok) -> str | None:
    """Case of a common noun from its ending ("bakanlığına" dat, "hükümetini" acc); a bare or
    3rd-person-possessive form ("bakanı", "hükümeti") reads as unmarked."""
    if not tok.text[:1].isalpha() or tok.text[:1].isupper() and tok.pos != "SUFFIX" and _residual(tok) == "":
        return None
    if tok.text[:1].isupper() and tr_lower(tok.text) in _proper_words():
        return None
    if tr_lower(tok.text) in PLURAL_ACC:
        return "acc"
    r = _residual(tok)
    if not r:
        return None
    if re.search(r"[dt][ae]n$", r):
        return "abl"
    if re.search(r"[dt][ae](ki)?$", r):
        return "loc"
    if len(r) >= 2 and re.search(r"[ıiuü]n$", r):
        return "gen"
    if re.fullmatch(r"(l[ae]r)?([ıiuü]n)?[cç][ae]", r):
        return "by"  # the agent of a passive ("İsrail güçlerince gözaltına alındı", "yetkililerce", "polisince")
    if re.search(r"l[ae]$", r) and len(r) >= 2:
        return "com"
    if re.search(r"([yn][ae]|^[ae])$", r) or re.fullmatch(r"ğ?[ıiuü]?n?[ae]", r) or re.search(r"l[ae]r[ae]$", r):
        return "dat"  # incl. the plural dative "-lere/-lara" ("yetkililere")
    if re.search(r"[ny][ıiuü]$", r):
        return "acc"
    return None


@lru_cache(maxsize=1)
def _agent_lemmas() -> frozenset:
    idx = get_lexicon().index.get("tr", {})
    return frozenset(w for k, ents in idx.items() if any(e.kind == "agent" for e in ents) for w in k)


def _place_at(tokens, k: int, end: int, orgs: bool = False):
    """The country / capital entry (or, with ``orgs``, organisation) spelled by tokens[k:end], if any."""
    ents = get_lexicon().index.get("tr", {}).get(tuple(t.lemma for t in tokens[k:end])) or []
    kinds = ("country", "capital", "org") if orgs else ("country", "capital")
    return next((e for e in ents if e.kind in kinds), None)


def _place_unit(tokens, a: int, b: int):
    """A unit for the country, capital or organisation spelled by tokens[a:b], or None."""
    e = _place_at(tokens, a, b, True)
    if e is None:
        return None
    cc = e.country if e.kind == "org" else (e.country or (e.actor[:3] if e.actor else None))
    return Unit(a, b, e.actor, cc, e.sector, e.org if e.kind == "org" else None, e.name if e.kind == "org" else None,
                " ".join(t.text for t in tokens[a:b]), (e.kind,), frozenset())


def _particle_split(units, tokens):
    """"AB de Rusya'nın saldırılarını kınadı", "BM de İsrail'i kınadı": the actor finder joins two names across the
    word "de", a name linker elsewhere ("Ministry of ..."); in Turkish a separate "de / da" is the particle "also", which
    ends the phrase before it. A unit with "de" inside is split there when both sides name a place or organisation."""
    out = []
    for u in units:
        k = next((k for k in range(u.start + 1, u.end - 1) if tokens[k].low in ("de", "da") and tokens[k].pos != "SUFFIX"),
                 None)
        head = _place_unit(tokens, u.start, k) if k is not None else None
        tail = _place_unit(tokens, k + 1, u.end) if head is not None else None
        if head is not None and tail is not None:
            out.extend([head, tail])
        else:
            out.append(u)
    return out


def _split_units(units, tokens):
    """The actor finder joins adjacent matches into one unit; in Turkish that glues the subject to
    a following place ("NATO Genel Sekreteri Mark Rutte Kiev'i", "İsrail savaş uçakları Lübnan'ın",
    "Rus büyükelçisi Polonya tarafından"). A trailing country/capital after a person or another
    place is split off as its own unit."""
    out = []
    for u in _particle_split(units, tokens):
        done = False
        for k in range(u.end - 1, u.start, -1):
            # an organisation after a person is split off too ("Vučić Brüksel'de", "Putin NATO'yu")
            e = _place_at(tokens, k, u.end, "person" in u.kinds)
            if e is None:
                continue
            before = range(u.start, k)
            if any(_place_at(tokens, a, b) is not None or tokens[a].lemma in _agent_lemmas()
                   for a in before for b in range(a + 1, k + 1)) or "person" in u.kinds:
                head = copy.copy(u)
                head.end = k
                head.text = " ".join(t.text for t in tokens[u.start:k])
                if e.kind == "org":
                    cc = e.country
                    tail = Unit(k, u.end, e.actor, cc, e.sector, e.org, e.name, " ".join(t.text for t in tokens[k:u.end]),
                                (e.kind,), frozenset())
                else:
                    cc = e.country or (e.actor[:3] if e.actor else None)
                    tail = Unit(k, u.end, e.actor, cc, e.sector, None, None, " ".join(t.text for t in tokens[k:u.end]),
                                (e.kind,), frozenset())
                if head.actor == cc and "person" not in head.kinds and len(head.kinds) == 1:
                    break
                out.extend([head, tail])
                done = True
            break
        if not done:
            out.append(u)
    return out


def _possessed(tok) -> bool:
    """Whether a relational head carries the possessive suffix of a compound ("Ukrayna sınırına", "İran
    halkına", "Suriye topraklarında"): "Kosova sınırda" (at the border) is no compound, the country stays the
    subject."""
    rest = tok.low[len(tok.lemma):]
    return rest[:1] in ("ı", "i", "u", "ü") or rest[:2] in ("sı", "si", "su", "sü") or rest.startswith(("ları", "leri"))


def _name_after(tokens, start: int, end: int) -> int:
    """"Bulgaristan Başbakanı Rosen Jelyazkov ile", "Ukraynalı mevkidaşı Andriy Sibiha'yı": a name the
    dictionaries do not know, right after a title the actor finder read ("Başbakanı", "mevkidaşı"), is the
    title's holder; the group's case is read after the name (at most three capitalised words)."""
    n = len(tokens)
    if tokens[end - 1].lemma not in _agent_lemmas() or _morph_case(tokens[end - 1]) is not None:
        return end
    k = end
    while (k < n and k - end < 3 and tokens[k].pos != "SUFFIX" and tokens[k].text[:1].isalpha()
           and tokens[k].text[:1].isupper() and tr_lower(tokens[k].text) not in _place_words()):
        k += 1
    if k == end or k - end == 3 and k < n and tokens[k].text[:1].isupper():
        return end
    if _residual(tokens[end - 1]).startswith(("ler", "lar")) or (
            k < n and tokens[k].pos == "SUFFIX" and tokens[k].cases & {"loc", "abl"}):
        return end  # "Rusya ve Ukrayna heyetleri İstanbul'da": a place after a plural group, not a holder's name
    return k


def _among_them_end(tokens, k: int, start: int | None) -> int | None:
    """After a genitive ending at ``k``: the index after "(da) aralarında olduğu / bulunduğu" when those words give the
    genitive as members of the group named next ("aralarında" may also stand right before the genitive), else None."""
    n = len(tokens)
    b = start - 1 if start is not None else -1
    if b > 0 and tokens[b].text[:1].isdigit():
        b -= 1  # "aralarında 42 Türk vatandaşının"
    seen = b >= 0 and tokens[b].low in AMONG_THEM
    if k < n and tokens[k].low in ("da", "de"):
        k += 1
    if k < n and tokens[k].low in AMONG_THEM:
        seen, k = True, k + 1
    return k + 1 if seen and k < n and tokens[k].low in AMONG_THEM_PARTICIPLES else None


def unit_case(tokens, end: int, start: int | None = None) -> tuple[str | None, int]:
    """(case, index after the case-marking material) of the phrase ending at token ``end``."""
    n = len(tokens)
    if start is not None:
        # a case-marked agent word inside the unit ends it: "Rusya Büyükelçisini | bakanlığa"
        ag = _agent_lemmas()
        for k in range(start, end - 1):
            if tokens[k].lemma in ag and tokens[k].pos != "SUFFIX":
                c = _morph_case(tokens[k])
                if c == "gen" and tokens[k + 1].lemma in ag and _morph_case(tokens[k + 1]) is None:
                    continue  # the owner of the title after it: "Afganistan hükümetinin sözcüsü Zabihullah Mücahid"
                if c is not None:
                    return c, k + 1
        end = _name_after(tokens, start, end)
    if end < n and tokens[end].pos == "SUFFIX":
        c = next(iter(tokens[end].cases), None)
        k = end + 1
    else:
        c = _morph_case(tokens[end - 1])
        k = end
        if c is None and k < n and tokens[k].lemma in HEADS and tokens[k].text[:1].islower() \
                and _possessed(tokens[k]) and tokens[k].low != "tarafından":  # (the passive's agent)
            c = _morph_case(tokens[k]) or None
            k += 1
    if k + 2 < n and tokens[k].text == "(" and tokens[k + 2].text == ")":
        k += 3  # a bracketed acronym after the name: "Birleşik Arap Emirlikleri (BAE) arasındaki"
    if c == "gen" and (among := _among_them_end(tokens, k, start)) is not None:
        return None, among  # the members stand for the group: "4 Türk vatandaşının da aralarında olduğu 14 aktivist"
    if k < n:
        nxt = tokens[k].low
        if c is None and nxt == "ile":
            return "com", k + 1
        if nxt == "tarafından" and c in (None,):
            return "by", k + 1
        if nxt in BETWEEN_WORDS:
            return "between", k + 1
        if c is None and nxt in ("önünde", "önüne"):
            return "front", k + 1
        if c is None and (nxt in POSTPOSITIONS or (
                k + 1 < n and tokens[k].text[:1].isupper() and tokens[k + 1].low in POSTPOSITIONS)):
            # "BRICS Zirvesi için": a postposition's complement (after the name's own head word), no subject
            return "post", k + (1 if nxt in POSTPOSITIONS else 2)
    return c, k


def _regroup(groups, tokens):
    """Rebuild coordinated groups with Turkish "ve" / "," and give each group (list of units) a
    case; returns [(units, case, end_index_after_case)]."""
    units = _split_units([u for g in groups for u in g], tokens)
    units.sort(key=lambda u: u.start)
    units = _titled_holders(units, tokens)
    # the bracketed acronym of the name before it is that name, no phrase of its own ("Hızlı Destek Kuvvetleri (HDK)")
    units = [u for k, u in enumerate(units)
             if not (k and 0 < u.start < len(tokens) - 1 and u.end - u.start == 1 and tokens[u.start - 1].text == "("
                     and tokens[u.end].text == ")" and units[k - 1].end == u.start - 1
                     and units[k - 1].actor == u.actor)]
    chains: list[list] = []
    for u in units:
        if chains:
            g = chains[-1]
            last = g[-1][0]
            if (u.start, u.end) == (last.start, last.end) and "parties" in u.kinds:
                g.append((u, []))  # "taraflara": the two sides of the article's pair stand at one place
                continue
            c_last, k_last = unit_case(tokens, last.end, last.start)
            gap = [tokens[k].low for k in range(k_last, u.start)]
            if (gap and len(gap) <= 2 and all(x in COORD_TR for x in gap)
                    and (c_last is None or c_last == unit_case(tokens, u.end, u.start)[0])):
                g.append((u, gap))
                continue
        chains.append([(u, [])])
    subs = []
    for ch in chains:
        # commas after the last "ve" end the group ("Fransa, Almanya ve İngiltere, İran'ı"), and so does a comma
        # after a "ve" of the group ("Fransa ve Almanya, Rusya ve Ukrayna'ya": subject, then targets)
        last_ve = max((k for k, (_u, gap) in enumerate(ch) if "ve" in gap), default=-1)
        cur = [ch[0]]
        for k in range(1, len(ch)):
            if ch[k][1] == [","] and (k > last_ve or any("ve" in gap for _u, gap in cur)):
                subs.append(cur)
                cur = [(ch[k][0], [])]
            else:
                cur.append(ch[k])
        subs.append(cur)
    out = []
    for ch in subs:
        # "Rusya, Ukrayna ve Gürcistan'ı": a bare first unit + comma before a case-marked list is the subject; before
        # a comitative list only when it opens the sentence ("Erdoğan, Rusya ve Ukrayna ile görüştü"; not "Fransa,
        # Almanya ve İngiltere ile görüştü" told after its subject)
        c, e = unit_case(tokens, ch[-1][0].end, ch[-1][0].start)
        first = ch[0][0]
        opens = not any(t.text[:1].isalnum() for t in tokens[:first.start])
        if len(ch) >= 2 and ch[1][1] == [","] and c not in (None, "by", "between") and (c != "com" or opens):
            out.append(([ch[0][0]], None, ch[0][0].end))
            ch = ch[1:]
        out.append((_distribute([u for u, _g in ch]), c, e))
    return _posted_agents(out, tokens)


def _titled_holders(units, tokens):
    """"AB Dış İlişkiler Yüksek Temsilcisi Kaja Kallas": an organisation or state, capitalised words of a title the
    dictionaries do not know, then the person the actor finder read from the title's last word ("Temsilcisi Kaja
    Kallas") are one phrase, the person, not a subject and a bare object."""
    ag = _agent_lemmas()
    out: list = []
    for u in units:
        prev = out[-1] if out else None
        if prev is not None and "person" in u.kinds and set(prev.kinds) <= {"org", "country", "capital"} \
                and 1 <= u.start - prev.end <= 4 and tokens[u.start].lemma in ag \
                and all(t.pos != "SUFFIX" and t.text.isalpha() and t.text[:1].isupper() for t in tokens[prev.end:u.start]) \
                and not any(_place_at(tokens, a, b) is not None for a in range(prev.end, u.start)
                            for b in range(a + 1, u.start + 1)) \
                and (prev.country is None or u.country is None or prev.country == u.country
                     or (prev.org is not None and prev.org == u.org) or prev.actor == u.actor):
            merged = copy.copy(u)
            merged.start = prev.start
            merged.text = " ".join(t.text for t in tokens[prev.start:u.end])
            out[-1] = merged
            continue
        out.append(u)
    return out


def _post_of(tokens, u):
    """The state of the post of an agent that _posted_agents gave to its genitive owner ("İsrail'in Ankara
    Büyükelçisi": ISR's agent, posted in TUR), as a unit of that state's sector, or None."""
    if "agent" not in u.kinds or "capital" not in u.kinds:
        return None
    e = next((e for a in range(u.start, u.end) for b in range(a + 1, u.end + 1)
              if (e := _place_at(tokens, a, b)) is not None and e.kind == "capital" and e.country != u.country), None)
    return dataclasses.replace(u, country=e.country, actor=e.country + (u.sector or "")) if e is not None else None


def _posted_agents(out: list, tokens) -> list:
    """"İsrail'in Ankara Büyükelçisi(ni)": an agent named by the capital of his post ("Ankara
    Büyükelçisi" reads as TURGOV) right after a genitive country is that country's agent; the
    genitive group is its possessor, not an actor of its own. So is an agent word that names no
    place of its own ("Rusya'nın dışişleri bakanı Türkiye'yi": the finder gave it the next country)."""
    res: list = []
    for us, c, e in out:
        prev = res[-1] if res else None
        u = us[0]
        if (prev is not None and prev[1] == "gen" and len(prev[0]) == 1 and prev[2] == u.start
                and "agent" in u.kinds and "person" not in u.kinds
                and ("capital" in u.kinds or not any(_place_at(tokens, a, b) is not None
                                                     for a in range(u.start, u.end) for b in range(a + 1, u.end + 1)))
                and prev[0][0].country
                and not prev[0][0].org and prev[0][0].country != u.country):
            owner = prev[0][0].country
            posted = dataclasses.replace(u, country=owner, actor=owner + (u.sector or ""))
            res[-1] = ([posted] + list(us[1:]), c, e)
            continue
        res.append((us, c, e))
    return res


def _distribute(us: list) -> list:
    """An agent's sector spreads over bare countries coordinated with it ("Azerbaycan ve Ermenistan
    dışişleri bakanları" -> AZEGOV, ARMGOV), as engine._dedupe_group does for ru/en/bg lists."""
    sec = next((u.sector for u in us if "agent" in u.kinds and u.sector and u.country), None)
    if not sec or len(us) < 2:
        return us
    out = []
    for u in us:
        if u.kinds == ("country",) and u.country and u.actor == u.country:
            u = copy.copy(u)
            u.actor, u.sector = u.country + sec, sec
        out.append(u)
    return out


_NOUN_END_RX = re.compile(r"(m[ae])?(l[ae]r)?(s?[ıiuü]|l[ae]r[ıi])?")
_REL_PART_RX = re.compile(r"[dt][ıiuü]ğ[ıiuü]$")  # object participle "-dığı" before its noun
_WITH_VNOUN_RX = re.compile(r"m[ae]kl[ae]$")  # "-mekle / -makla": "saldırmakla suçladı"
_AFTER_DOING_RX = re.compile(r"[dt][ıiuü]kt[ae]n$")  # "görüştükten sonra": the act took place
_VNOUN_OBJ_RX = re.compile(r"m[ae]s[ıi]n[ıi]$")  # a verbal noun in the accusative: "göndermesini", "saldırmasını"
_VNOUN_MODAL_RX = re.compile(r"m[ae](y[ıi]|y[ae]|k)$")  # the verbal noun before a modal: "çağırmayı", "etmeye", "yapmak"
_WHILE_RX = re.compile(r"[rzşk]ken$")  # the "-ken" converb of a verb: "suçlarken", "görüşürken", "yapmışken"
_CONVERB_RX = re.compile(r"(y?[ae]r[ae]k|y?[ıiuü]p|y?[ae]rken|y?[ıiuü]nc[ae])$")


def _possessor(tokens, e: int, i: int, subject: bool = False) -> bool:
    """A genitive group with a common noun before the trigger ("Ukrayna'nın teklifini reddetti",
    "İsrail'in Gazze'ye yönelik saldırılarını kınadı") or the trigger itself as the possessed noun;
    not the genitive subject of a nominalised verb ("Putin'in Erdoğan ile görüştüğünü").
    With ``subject`` (looking for the subject of a nominalised trigger), oblique words between
    ("mektupla", "bakanlıktan"), converbs ("yazarak") and the head noun of another genitive
    ("Irak'ın kuzeyi Erbil'e") are not a possessed noun; a head noun right after the genitive is."""
    if e >= i:
        return True
    for k in range(e, i):
        t = tokens[k]
        if not (t.text[:1].isalpha() and t.text[:1].islower()) or t.low in ("ile", "ve") or t.pos == "SUFFIX" \
                or t.lemma in TIME:
            continue
        if subject:
            if k > e and t.lemma in HEADS and (tokens[k - 1].pos == "SUFFIX" and "gen" in tokens[k - 1].cases
                                               or _morph_case(tokens[k - 1]) == "gen"):
                continue
            if t.low == "bir" or _morph_case(t) in ("com", "abl", "loc", "dat") or _CONVERB_RX.search(_residual(t)):
                continue
        return True
    return False


def _verb_argument(tokens, e: int, i: int) -> bool:
    """The group ending at ``e`` is an argument of the verbal noun at ``i``: no "yönelik" after it ("Suriye'ye
    yönelik saldırılarının": it qualifies a noun) and no genitive noun between ("saldırılarının ... tehdit
    ettiğini": that noun is the verb's subject)."""
    if e < len(tokens) and tokens[e].low in ("yönelik", "karşı"):
        return False
    return not any(t.text[:1].islower() and t.pos != "SUFFIX" and _morph_case(t) == "gen" for t in tokens[e:i])


def _calendar(w: str) -> bool:
    """A number, a weekday or a month (lower-cased Turkish word)."""
    return w.isdigit() or w in _dates.WEEKDAYS.get("tr", ()) or w in _dates.month_table("tr")


def _noun_modifier(tok) -> bool:
    """A word that may stand inside an attack's noun phrase: a modifier of the noun, a time word, a weekday, a month
    or a number ("Hindistan'ın Çarşamba günü Pakistan'a yönelik füze saldırıları")."""
    w = tr_lower(tok.text)
    return (tok.lemma in FORCE_MODS or w in FORCE_MODS or tok.lemma in TIME or w in TIME or tok.pos == "SUFFIX"
            or _calendar(w))


_UNDATED_TIME = frozenset({"bu", "de", "da", "ayrıca", "ilk", "kez", "yeniden", "tekrar", "boyunca", "süresince",
                           "gelecek", "önümüzdeki", "yakında", "yarın"})


def _dated_word(tok) -> bool:
    """A word that dates a noun phrase: a weekday, a month, a number, "dün", "dünkü", "gece", "geçen" ..."""
    w = tr_lower(tok.text)
    return (_calendar(w)
            or (tok.lemma in TIME or w in TIME or w in ("dünkü", "günkü", "geceki", "sabahki")) and tok.lemma not in _UNDATED_TIME)


def _owned_force(p, i: int, j: int, tokens, groups, lo: int) -> list[Ev]:
    """An attack told by a noun with its own agent and target in one noun phrase (frame own_agent): "İsrail'in
    Gazze'ye yönelik saldırıları", "Hindistan'ın Çarşamba günü Pakistan'a yönelik füze saldırılarına", "Gazze'ye
    yönelik İsrail saldırıları". The target is the dative before "yönelik / karşı"; the agent the genitive right
    before it or the bare name right before the noun. Only modifiers of the noun, time words and numbers may stand
    between them (grammar_tr.yml force_noun_modifiers); an aerial modifier makes it 195. Nothing when the noun is a
    plan, threat, risk or claim (force_noun_unreal_after) or is followed by a modal or governing verb, nor without a
    time of its own inside the phrase ("Salı günkü", "Çarşamba günü", "dün"): an attack named in passing is mostly an
    earlier one, which the article's date would misdate."""
    after = tokens[j:j + 2]
    if after and (after[0].lemma in FORCE_UNREAL_AFTER or tr_lower(after[0].text) in FORCE_UNREAL_AFTER):
        return []  # the head of a compound right after the noun: "saldırı planı", "saldırı tehdidi"
    if any(t.lemma in CONDITION or t.lemma in GOVERNED or t.lemma in MODAL.get("tr", ()) or t.lemma in CLAIM
           for t in after):
        return []
    tg = [g for g in _regroup(groups, tokens) if g[0][0].start >= lo and g[2] <= i]

    def between(a: int, b: int) -> bool:
        return a <= b and all(_noun_modifier(tokens[k]) for k in range(a, b))
    k = next((k for k in range(len(tg) - 1, -1, -1)
              if tg[k][1] == "dat" and tg[k][2] < i and tokens[tg[k][2]].low in ("yönelik", "karşı")), None)
    if k is None:
        return []
    tgt, _c, e = tg[k]
    later = tg[k + 1:]
    if later:
        # "Gazze'ye yönelik İsrail saldırıları": the bare agent right before the noun
        if len(later) != 1 or later[0][1] is not None or not between(e + 1, later[0][0][0].start) \
                or not between(later[0][2], i):
            return []
        agent = later[0][0]
    else:
        if k == 0 or not between(e + 1, i):
            return []
        agent, c0, e0 = tg[k - 1]
        if c0 != "gen" or not between(e0, tgt[0].start):
            return []
    span = range(min(agent[0].start, tgt[0].start), i)
    if not any(_dated_word(tokens[q]) for q in span) and not _casualties_in(tokens, i, j):
        return []  # no time of its own ("İsrail'in Gazze'ye yönelik saldırıları"): an earlier act or a campaign named
        # in passing, which the article's date would misdate (not one in which people died or were hurt)
    code = "195" if any(tokens[q].lemma in AERIAL_MODS or tr_lower(tokens[q].text) in AERIAL_MODS for q in span) \
        else p.cameo
    trig = " ".join(t.text for t in tokens[i:j])
    return [Ev(a, t, code, p, trig, i, 0.5) for a in agent for t in tgt
            if not (a.country and a.country == t.country) or _domestic_ok(a, t)]


def _casualties_in(tokens, i: int, j: int) -> bool:
    """The attack noun ``tokens[i:j]`` stands in the locative and deaths or injuries follow in its clause
    (grammar_tr.yml casualty_verbs): "... hava saldırılarında en az 30 kişi öldü", "saldırısında hayatını kaybetti"."""
    if not tr_lower(tokens[j - 1].text).endswith(("da", "de", "ta", "te")):
        return False
    for t in tokens[j:j + 10]:
        if t.text in (",", ";", ".", ":") or t.lemma in GOVERNED:
            return False
        if t.lemma in CASUALTY_VERBS:
            # a finite verb ("öldü", "yaralandı", "hayatını kaybetti"; "şehit oldu"), not a participle counting a
            # campaign's toll ("saldırılarında ölenlerin sayısı 40 bini aştı")
            return t.lemma == "şehit" or tr_lower(t.text).endswith(_FINITE_PAST)
    return False


_FINITE_PAST = ("dı", "di", "du", "dü", "tı", "ti", "tu", "tü", "mış", "miş", "muş", "müş", "dılar", "diler", "dular",
                "düler", "tılar", "tiler", "tular", "tüler")


def _own_object(tokens, a: int, b: int, fcases: set) -> bool:
    """A common noun in one of the trigger's target cases between the previous trigger and this one ("... kınadı
    ve uluslararası toplumu ... davet etti"): the chained verb has its own object, not the previous target. A
    verbal noun ("saldırıların durdurulmasını istedi") is what is asked, not an object of its own."""
    for t in tokens[a:b]:
        if not t.text[:1].islower() or t.pos == "SUFFIX" or _VNOUN_RX.search(tr_lower(t.text)):
            continue
        if _morph_case(t) in (fcases & {"acc", "dat"}) and t.lemma not in HEADS:
            return True
    return False


def _owner_of_subject(tokens, left, b: int):
    """"Hamas'ın teklifi İsrail tarafından reddedildi", "İsrail'in Gazze'ye saldırısı Mısır tarafından kınandı": a
    passive whose subject is a common noun owned by a genitive group; the owner stands for the subject. The noun
    phrase runs from the genitive to the agent at ``b`` and ends in an unmarked (nominative, possessive) noun."""
    heads = [k for k in range(b) if tokens[k].text[:1].isalpha() and tokens[k].text[:1].islower()
             and tokens[k].pos != "SUFFIX" and tokens[k].low not in ("ve", "ile") and tokens[k].lemma not in TIME]
    if not heads or _morph_case(tokens[heads[-1]]) is not None \
            or not re.search(r"(s?[ıiuü]|l[ae]r[ıi])$", _residual(tokens[heads[-1]])):
        return None  # (the head noun's possessive: "teklifi", "kararı", "açıklaması", "saldırıları")
    return next((us for us, c, e in left if c == "gen" and e < b and e <= heads[-1]
                 and not any(c2 is None for us2, c2, e2 in left if us2[0].start < us[0].start)), None)


# a possessed noun with a case ending after the possessive's "n": "satışına", "etmesini", "saldırılarını", "desteğine"
_POSS_CASE_RX = re.compile(r"(s[ıiuü]|[ıiuü]|l[ae]r[ıi])(n[ae]|n[ıiuü]|n[dt][ae]n?)$")


def _owner_of_phrase(tokens, cands, tgt, i: int):
    """"Çin, ABD'nin Tayvan'a silah satışına tepki gösterdi", "Rusya'nın Polonya hava sahasını ihlal etmesini kınadı":
    a dative or accusative group inside a noun phrase owned by the genitive right before it (only time words
    between them) whose head, a possessed noun or verbal noun with a case ending, is the last word before the
    trigger: the owner of the criticised act is the target, not the group inside its phrase. None when there is no
    such owner."""
    k = next((k for k, (us, c, e) in enumerate(cands) if us is tgt), None)
    if not k or cands[k - 1][1] != "gen" or k + 1 < len(cands):
        return None  # (another group between the phrase and the verb: "... saldırıları nedeniyle ABD'ye tepki")
    owner, _c, oe = cands[k - 1]
    if oe < tgt[0].start and _possessor(tokens, oe, tgt[0].start):
        return None  # a possessed noun between ("ABD'nin açıklamasının ardından Tayvan'a"): the owner's phrase ended
    te = cands[k][2]
    heads = [t for t in tokens[te:i] if t.text[:1].isalpha() and t.text[:1].islower() and t.pos != "SUFFIX"
             and t.lemma not in TIME and t.low not in TIME]
    if not heads or not _POSS_CASE_RX.search(heads[-1].low):
        return None  # (the head right before the verb, its object: not "... saldırılarını gerekçe göstererek gemileri")
    return owner


def _mediated_noun(tokens, a: int, i: int) -> bool:
    """tokens[a:i], right before a mediation trigger, are a short common noun phrase in the locative or dative, the act
    mediated in ("esir takasında", "tahıl anlaşmasında", "müzakerelere")."""
    words = tokens[a:i]
    return (0 < len(words) <= 3 and all(t.text[:1].isalpha() and t.text[:1].islower() and t.pos != "SUFFIX" for t in words)
            and _morph_case(words[-1]) in ("loc", "dat"))


def _with_partner(left, src) -> list:
    """The subject with a comitative partner written right before it ("Rusya ile Ukrayna, ...")."""
    k = next((k for k, (us, c, e) in enumerate(left) if us is src), None)
    if k and left[k - 1][1] == "com" and left[k - 1][2] == src[0].start:
        return list(left[k - 1][0]) + list(src)
    return list(src)


def _clause_tr(tokens, i: int, j: int, bset) -> tuple[int, int]:
    """engine._clause, except that a ":" between digits is a clock time ("saat 14:30'da"), not a boundary."""
    def stop(k: int) -> bool:
        t = tokens[k]
        if t.text == ":" and 0 < k < len(tokens) - 1 and tokens[k - 1].text.isdigit() and tokens[k + 1].text[:1].isdigit():
            return False
        return t.lemma in bset or t.low in bset
    lo = i
    while True:
        # a short parenthesis before the trigger (an acronym: "Birleşik Arap Emirlikleri (BAE) arasında") is no boundary
        while lo > 0 and (not stop(lo - 1) or ((m := _short_parens(tokens, lo - 1)) is not None and m < i)):
            lo -= 1
        # a quoted phrase right before the trigger is one of its arguments, not a clause of its own:
        # 'X, Y ile "barajın doldurulması konusunda" uzlaştı' (the subject is outside the quotes)
        q = lo - 1
        if q > 0 and tokens[q].text in QUOTES and (
                i - q <= 2 or (q + 1 < len(tokens) and tokens[q + 1].low in QUOTED_NAME_AFTER)):
            # (also a short quotation named "as" something anywhere before it: 'saldırıları "egemenliğin ihlali"
            # olarak nitelendirerek Ankara'yı ... çağırdı')
            opening = next((k for k in range(q - 1, -1, -1) if tokens[k].text in QUOTES), None)
            if opening is not None and sum(t.text in QUOTES for t in tokens[:q]) % 2 == 1 and opening > 0 \
                    and (i - q <= 2 or q - opening <= 8):
                lo = opening
                continue
        if q > 0 and tokens[q].text in QUOTES and sum(t.text in QUOTES for t in tokens[:q]) % 2 == 1:
            # a short quoted phrase standing as a word of the clause ('ABD'nin bölgede "jeopolitik nüfuz" peşinde
            # olduğunu öne sürerek'): at most four words, a word right before it, no punctuation inside
            opening = next((k for k in range(q - 1, max(-1, q - 6), -1) if tokens[k].text in QUOTES), None)
            if opening is not None and opening > 0 and tokens[opening - 1].text.isalpha() \
                    and all(t.text.isalpha() for t in tokens[opening + 1:q]):
                lo = opening
                continue
        break
    hi = j
    while hi < len(tokens) and not stop(hi):
        hi += 1
    return lo, hi


# the accusative of a nominalised verb, the object of a speech verb: "ateş açtığını", "saldıracağını", "vurduklarını"
_REPORTED_RX = re.compile(r"([dt][ıiuü]ğ|y?[ae]c[ae]ğ|[dt][ıiuü]kl[ae]r)[ıiuü]n[ıiuü]$")


def reporting_subject(tokens, groups, k: int, lang: str, speech_verb):
    """The speaker of a Turkish reported clause: "Azerbaycan Savunma Bakanlığı, Ermenistan güçlerinin Azerbaycan'a
    ateş açtığını bildirdi": the trigger at ``k`` ends (within four words) in the accusative of a nominalised verb
    and a speech verb (``speech_verb(token, lang)``) follows it; the speaker is the first bare group of the sentence
    before the trigger in its clause (after a ";"; the subject, often set off by a comma), not the complement's
    genitive subject. None when the
    clause is not reported so."""
    end = next((x for x in range(k, min(len(tokens), k + 4)) if _REPORTED_RX.search(tr_lower(tokens[x].text))), None)
    if end is None or end + 1 >= len(tokens) or not any(speech_verb(t, lang) for t in tokens[end + 1:end + 3]):
        return None
    lo = max((x + 1 for x in range(k) if tokens[x].text in (";", ":")), default=0)  # "...; İsrail ordusu ise ..."
    return next((list(us) for us, c, e in _regroup(groups, tokens) if c is None and us[0].start >= lo and e <= k), None)


def _keep(evs):
    return [e for e in evs if e.src.actor and e.tgt is not None and e.tgt.actor and e.src.actor != e.tgt.actor
            and (e.src.country is None or e.src.country != e.tgt.country or e.src.actor[:3] != e.tgt.actor[:3]
                 or _domestic_ok(e.src, e.tgt))]


def roles(p, i, j, tokens, groups, lang, bset, lemset, prev_ev=None, ctx=None) -> list[Ev]:
    lo, hi = _clause_tr(tokens, i, j, bset)
    frame = p.frame
    fcases = set(frame.get("target", []))
    fwith = bool(frame.get("with"))
    sym = bool(frame.get("symmetric"))
    vt = tokens[j - 1]  # the trigger's last word carries the verb morphology
    if any(t.lemma in NEG.get("tr", ()) or t.low in NEG.get("tr", ()) for t in tokens[max(lo, i - 3):i]):
        return []
    if any(_WHILE_RX.search(r) for r in _verb_residuals(vt)):
        # "Dışişleri Bakanlığı, İsrail'i saldırıyla suçlarken ... çağrıda bulundu / iddiaları reddetti": the "-ken"
        # converb ends its clause; the words after it (a refusal, a modal, a demand) belong to the main verb
        hi = min(hi, j)
    if (negated(vt) or any(negated(t) for t in tokens[i:j - 1])) and not _written_negative(p):
        return []  # (a negated pattern: the negation is its meaning; "durdurması gerekmediğini söyledi": not a demand;
        # the negated verb may stand inside a longer key: "ihlal etmediğini açıkladı")
    if (p.cameo[:2] == "10" and prev_ev is not None and prev_ev.code[:2] == "02" and prev_ev.tpos < i
            and any(tr_lower(t.text).endswith(("arak", "erek")) for t in tokens[prev_ev.tpos:i])):
        return []  # "X'e çağrıda bulunarak ... durdurmasını istedi": the demand is the same appeal
    if frame.get("own_agent"):
        # an attack noun in any case with its own agent and target ("İsrail'in Gazze'ye yönelik saldırılarında")
        owned = _owned_force(p, i, j, tokens, groups, lo)
        if owned or not frame.get("headline"):
            return _keep(owned)
    if (j - i == 1 and _morph_case(vt) in ("com", "loc", "abl", "gen", "dat") and not (p.mediation and p.passive)
            and not _AFTER_DOING_RX.search(_residual(vt))
            and not (sym and p.cameo[:2] == "19"
                     and any(t.low in BETWEEN_WORDS for t in tokens[max(lo, i - 4):i]))):
        # (but fighting "between A and B" told in any case is the fighting: "A ile B arasında süren çatışmalarda")
        return []  # a case-marked noun is an argument, not the event ("suçlamasıyla", "görüşmede", "saldırıya")
    after = tokens[j:min(hi, j + 3)]
    if any(negated(t) and t.lemma in LIGHT for t in after[:2]):
        return []  # "görüşme yapılmadı", "saldırı düzenlemedi"
    if any(t.lemma in AFTER_BLOCK and not (p.cameo[:2] in ("02", "10") and _VNOUN_RX.search(tr_lower(t.text)))
           for t in after):
        # "saldırıları durdurmasını istedi" after an appeal or demand is what is asked for, not a stop of the act
        return []
    if any(t.low in CONDITION for t in after[:2]):
        return []  # "İsrail'in saldırması halinde / durumunda": a condition, not an event (rule 2)
    if after and after[0].low in PURPOSE and _VNOUN_RX.search(tr_lower(vt.text)):
        return []  # "barış anlaşması imzalanması için müzakereler sürüyor": a purpose, not an act (rule 2)
    if nominal(vt) and after and after[0].lemma in CLAIM and not (
            _REPORTED_RX.search(tr_lower(vt.text)) and len(after) > 1 and after[1].lemma in LIGHT):
        # "ateş açtığı iddialarını yalanladı": the act is the content of a claim (the denial codes 016); but "ateş
        # açtığını iddia etti" is a report like "açıkladı" (the claimant's accusation comes with it)
        return []
    if p.cameo[:2] != "11":
        # "X'i limanlara saldırarak ... tehdit etmekle suçladı": an act inside the "-mekle" complement of an
        # accusation is what is alleged, not an event (the accusation codes 112)
        k = next((k for k in range(j - 1, min(hi, j + 8)) if _WITH_VNOUN_RX.search(tr_lower(tokens[k].text))), None)
        if k is not None and k + 1 < len(tokens) and tokens[k + 1].lemma in CLAIM:
            return []
    if p.cameo.startswith("04") and any(t.lemma in MODAL.get("tr", ()) and passive(t) for t in after[:2]):
        return []  # "görüşmesi bekleniyor", "ziyaret etmesi planlanıyor": a scheduled meeting, no intent (rule 2)
    modal = future(vt) or (j - i > 1 and future(tokens[i])) or any(t.lemma in MODAL.get("tr", ()) for t in after) or (
        # (also a future participle opening the trigger: "Bağdat'a yapacağı ziyaret" is a planned visit)
        any(t.lemma in LIGHT and future(t) for t in after[:1]))
    held = j - i > 1 and bool(_REL_PART_RX.search(tr_lower(tokens[i].text)))  # "yaptığı görüşmede": a held act
    if not (p.cameo.startswith("04") and modal) and not held and any(t.lemma in GOVERNED for t in after[:2]):
        return []
    # (frame.middle: the passive-looking form is the verb's own active sense, "askerler ... çekildi": withdrew)
    is_pass = not p.frame.get("middle") and (passive(vt) or any(t.lemma in LIGHT and passive(t) for t in after[:1]))
    code = p.cameo
    if code.startswith("04") and "telefon" in lemset:
        # a call is mutual unless the caller is stated ("X, Y'yi telefonla aradı": X -> Y only)
        code, sym = "041", sym or fwith
    if modal:
        if code.startswith("04") and not p.mediation:
            code, sym = "036", False
        elif p.mediation:
            code = "039"
        elif code[:2] in FUTURE_INTENT:
            code, sym = FUTURE_INTENT[code[:2]], False  # an intent is its speaker's ("imzalamaya hazır"): one direction
        elif code[:2] in _discourse.rules()["threat_if_announced"] and not _ABILITY_RX.search(tr_lower(vt.text)):
            code, sym = "130", False  # "yaptırım uygulayacağını açıkladı": an announced coercion is a threat
        elif code[:2] not in ("03", "02", "10", "13", "01"):
            return []  # a future attack / arrest / sanction has not happened
        elif code[:2] != "03" and _VNOUN_MODAL_RX.search(vt.low) and after and after[0].lemma in MODAL.get("tr", ()):
            return []  # "sakin olmaya çağırmayı düşünüyor", "talep etmeyi planlıyor": an act considered, not made
    if prev_ev is not None and prev_ev.tpos < i and not prev_ev.pat.mediation and not prev_ev.pat.passive \
            and not (p.cameo[:2] in ("11", "12") and prev_ev.code[:2] in ("18", "19", "20")
                     and _RELATIVE_RX.search(tr_lower(tokens[prev_ev.tpos].text))) \
            and not (p.cameo[:2] == "11" and _VNOUN_OBJ_RX.search(tokens[i - 1].low)
                     and prev_ev.tpos >= i - 3 and tokens[i - 1].text[:1].islower()) \
            and not (p.mediation and prev_ev.tpos >= i - 3 and _mediated_noun(tokens, prev_ev.tpos, i)):
        # (a criticised attack told before the verb, "X, Rusya'nın ... düzenlediği saldırıyı kınadı": the critic is
        # the clause's subject before the attack's words; so for any act told by the verbal noun right before the
        # criticism, its object: "Rusya, ABD'nin Ukrayna'ya füze göndermesini kınadı"; and for the act a mediation
        # was in: "Suudi Arabistan, Rusya ile Ukrayna arasındaki esir takasında arabuluculuk yaptı")
        lo = max(lo, prev_ev.tpos + 1)
    tg = [g for g in _regroup(groups, tokens) if g[0][0].start >= lo and g[0][-1].end <= hi]
    left = [g for g in tg if g[0][-1].end <= i]
    trig = " ".join(t.text for t in tokens[i:j])
    # the "X ile Y arasında" pair
    between = []
    for k, (us, c, _e) in enumerate(left):
        if c == "between" and tokens[_e - 1].low == "arasındaki" and not (
                _e <= i and all(t.lemma in EVENT_MODS or t.pos == "SUFFIX" or t.text[:1].isupper() for t in tokens[_e:i])) \
                and not (p.mediation and _e < i and (tokens[_e].lemma in CONFLICTS or _mediated_noun(tokens, _e, i))):
            # "X ile Y arasındaki ilişkiler ele alındı": the pair names a topic, not the parties; but a mediation in
            # "X ile Y arasındaki savaşın sona ermesi için" is between the sides of that conflict, and one in the act
            # of the pair ("arasındaki esir takasında / tahıl anlaşmasında arabuluculuk yaptı") between its sides
            continue
        if c == "between":
            between = list(us)
            if k > 0 and left[k - 1][1] == "com" and len(us) == 1:
                between = list(left[k - 1][0]) + list(us)
    nom_trig = nominal(vt) or (j - i > 1 and (nominal(tokens[i]) or bool(_REL_PART_RX.search(tr_lower(tokens[i].text)))))
    # ^ "görüştüğünü"; "düzenlediği saldırı", "gerçekleştirdiği saldırı" (lemma "gerçek": read the surface)
    src = None
    # a verbless headline ends on a noun (bare, plural, possessive or a "-me" verbal noun), not on a finite
    # verb ("Rusya'dan Türkiye'ye tepki geldi" is no visit)
    at_end = all(not t.text[:1].isalnum() for t in tokens[j:]) and bool(_NOUN_END_RX.fullmatch(_residual(vt)))
    if frame.get("headline") and not at_end:
        return []
    if at_end and not any(c is None for us, c, e in left):
        # a verbless headline "Erdoğan'dan Aliyev'e tebrik", "Türkiye'den Gazze'ye insani yardım"
        hs = next((us for us, c, e in reversed(left) if c == "abl"), None)
        ht = next((us for us, c, e in left if c == "dat" and hs is not None and us[0].start >= hs[-1].end), None)
        if hs is not None and ht is not None:
            return _keep([Ev(s_, t_, p.cameo, p, trig, i, 0.5) for s_ in hs for t_ in ht])
        if frame.get("headline"):
            return []
    if participle(vt) and not is_pass:
        # "Putin ile telefonda görüşen Erdoğan, ...", "Bakü'yü ziyaret eden Fidan": the subject is the
        # noun the participle qualifies, right after it; everything to its left is a complement
        src = next((us for us, c, e in tg if us[0].start == j and c in (None, "gen")), None)
        if src is None:
            return []
    if src is None and nom_trig:
        src = next((us for us, c, e in reversed(left) if c == "gen" and not _possessor(tokens, e, i, True)), None)
    if src is None and nom_trig and fcases:
        # "Rusya'nın gece boyunca Kiev'e 400'den fazla İHA ve füzeyle saldırdığını": a genitive followed by the
        # verb's own target case (a dative, an accusative) before the verbal noun is its subject, however long
        # the adverbials between them
        tcases = fcases - {"gen", "between", "bare"}
        src = next((us for k, (us, c, e) in enumerate(left) if c == "gen" and len(left) > k + 1
                    and any(c2 in tcases and us2[0].start >= e and _verb_argument(tokens, e2, i)
                            for us2, c2, e2 in left[k + 1:])), None)
    if src is None:
        src = next((us for us, c, e in left if c is None), None)
    by = next((us for us, c, e in left if c == "by"), None)
    tgt = None
    if p.passive and not p.mediation and "gen" in fcases and by is None:
        # a passive pattern whose target is a genitive ("İsrail'in Ankara Büyükelçisi Dışişleri Bakanlığına çağrıldı";
        # the lemmatiser gives the passive stem, so the pattern's form is the passive): the genitive owns the person the
        # act befell; another state's group before the verb (the post's capital, the ministry) acted
        tgt = next((us for us, c, e in left if c == "gen"), None)
        src = next((us for us, c, e in left if tgt is not None and us is not tgt and c != "gen"
                    and all(u.country and u.country not in {t.country for t in tgt} for u in us)), None)
        if tgt is None:
            # "İsrail'in Ankara Büyükelçisi": the genitive became the owner of the posted agent (_posted_agents); the
            # agent is the target and the state of his post the source
            posted = next(((u, post) for us, c, e in left for u in us if (post := _post_of(tokens, u)) is not None),
                          None)
            if posted is not None:
                tgt, src = [posted[0]], [posted[1]]
        if tgt is None or src is None:
            return []
    elif is_pass:
        place = None
        if by is None and not (sym and between) and src is not None and p.cameo[:2] in PLACE_AGENT_ROOTS:
            place = next((us for us, c, e in left if c == "loc" and all(
                u.country and set(u.kinds) <= {"capital", "country"} for u in us)), None)
        if by is not None:
            if src is None:
                src = _owner_of_subject(tokens, left, by[0].start)
            tgt, src = src, by
        elif sym and between:
            src = None
        elif place is not None and {u.country for u in place}.isdisjoint({u.country for u in src}):
            tgt, src = src, place  # "İki Rus vatandaşı Bakü'de gözaltına alındı": the state of the place acted there
        elif sym and j - i > 1:
            src = None  # "A-B görüşmeleri Kars'ta yapıldı": the noun's owners are the parties (below)
        else:
            return []
    if tgt is None:
        start = 0
        if src is not None:
            start = max(k for k, (us, c, e) in enumerate(left) if us is src or (us and us[0] is src[0])) + 1 \
                if any(us is src for us, c, e in left) else 0
        cands = left[start:]
        # "Japonya'nın Tayvan'a ilişkin açıklamalarına tepki gösterdi": a group qualified by "ilişkin / dair / hakkında"
        # is the topic of a noun, not the verb's target
        cands = [g for g in cands if not (g[2] < len(tokens) and tokens[g[2]].low in TOPIC)]
        if fwith:
            tgt = next((us for us, c, e in cands if c == "com"), None)
            if tgt is None:
                tgt = next((us for us, c, e in left if c == "com"), None)
                ends = [e for us, c, e in left if us is tgt]
                if (tgt is not None and not sym and code[:2] in ("01", "05") and src is not None and ends
                        and 0 <= src[0].start - ends[0] <= 2
                        and not any(ends[0] <= us[0].start < src[0].start for us, c, e in left)):
                    # "Rutte ile (ABD'nin) Flake ... Türkiye'ye dayanışma mesajı verdi": "A ile B" right before a
                    # one-sided statement are its coordinated subjects ("ile" as "and"), not its partner (an intent to
                    # meet or a break of relations of "A ile B" stays mutual)
                    src, tgt = list(tgt) + list(src), None
        if tgt is None and fcases:
            tgt = next((us for us, c, e in cands if c in fcases and c not in ("gen", "between") and us is not src
                        and (c is not None or "bare" in fcases)), None)
            home = {u.country for u in src or () if u.country}
            if tgt is None and "bare" in fcases:
                bare = [us for us, c, e in cands if c is None and us is not src]
                tgt = next((us for us in bare if not home & {u.country for u in us}), None)
                if tgt is None and bare:
                    # a place of the source's own state in a bare phrase qualifies a noun ("Bakü ofisinin"): the owner
                    # of the phrase before it, of another state, is the one acted on ("Azerbaycan, Rus haber ajansı
                    # Sputnik'in Bakü ofisinin çalışanlarını gözaltına aldı"), else the place as before
                    tgt = next((us for us, c, e in cands if c == "gen" and us is not src and _possessor(tokens, e, i)
                                and not home & {u.country for u in us}), bare[0])
            if tgt is not None and "gen" in fcases:
                tgt = _owner_of_phrase(tokens, cands, tgt, i) or tgt
            if tgt is None and "gen" in fcases:
                tgt = next((us for us, c, e in cands if c == "gen" and _possessor(tokens, e, i) and us is not src), None)
            if tgt is None and "between" in fcases and len(between) >= 2:
                # "X, A ile B arasında sağlanan ilerlemeyi memnuniyetle karşıladı": a statement about the pair
                # goes to each side (as an appeal to both sides, rule 7)
                tgt = [u for u in between if src is None or all(u.actor != s_.actor for s_ in src)] or None
        if tgt is not None and not fwith:
            # "Ermenistan ile Azerbaycan'ı ... davet etti": a comitative group right before the target is
            # coordinated with it ("ile" as "and"), both are targets
            tgt = _with_partner(left, tgt)
        if frame.get("person") and tgt is not None and not any(("person" in u.kinds or "agent" in u.kinds
                                                                 or "parties" in u.kinds) for u in tgt):
            # "iki bakanı kabul etti": the article's pair named as "the two ministers" are persons
            tgt = None
    if frame.get("official") and src is not None:
        src = [u for u in src if "person" in u.kinds or u.sector in ("GOV", "MIL") or u.org or "capital" in u.kinds] or None
    base = 0.5 + (0.1 if len(p.lemmas) > 1 else 0)
    if src is None and prev_ev is not None:
        # verb chain: "Erdoğan, Zelenski'yi arayarak taziyelerini iletti" (subject, and object if none)
        src = [prev_ev.src]
        base -= 0.1
        if tgt is None and prev_ev.tgt is not None and not fwith and not p.mediation and not frame.get("owner_pair") \
                and not _own_object(tokens, prev_ev.tpos + 1, i, fcases):
            tgt = [prev_ev.tgt]
    evs: list[Ev] = []
    if p.mediation:
        parties = between or (tgt if tgt is not None and len(tgt) >= 2 else None)
        if not parties:
            # "A ve B dışişleri bakanlarının görüşmesine ev sahipliği yaptı": the pair owns the event noun
            parties = next((us for us, c, e in reversed(left) if c == "gen" and len(us) >= 2 and us is not src), None)
        if p.passive:
            # "Türkiye'nin arabuluculuğuyla" / "ABD'nin ev sahipliğinde": the genitive is the mediator or
            # host, the subject ("A ve B", "A ile B") the parties, before it or right after it
            # ("BAE'nin arabuluculuğunda Sudan ile Çad ateşkeste anlaştı")
            med = next((us for us, c, e in reversed(left) if c == "gen" and us is not src), None)
            if src is not None:
                subj = _with_partner(left, src)
            else:
                right = [g for g in tg if g[0][0].start >= j]
                first = next((us for us, c, e in right if c is None), None)
                subj = _with_partner(right, first) if first is not None else []
            if med is not None and len(subj) >= 2:
                return _keep([Ev(m, t, "045", p, trig, i, base + 0.1, True, m) for m in med for t in subj])
            return []
        if parties and src is not None:
            mcode = "039" if modal else "045"
            return _keep([Ev(src[0], t, mcode, p, trig, i, base + 0.1, mcode == "045", src[0]) for t in parties])
    if src is None and sym and between and len(between) >= 2:
        src = between
    if src is None and not frame.get("owner_pair"):
        # the speaker of a quotation or of an "X'e göre" account
        src = _speaker_src(tokens, lo, i, lang, ctx, j)
        if src is not None and tgt is not None and any(u.actor == s.actor for u in tgt for s in src):
            src = None
        if src is not None and code == "036" and p.cameo.startswith("04") and not any(
                t.lemma in MODAL.get("tr", ()) for t in after):
            return []  # '"Yarın X ile görüşeceğiz" dedi': a meeting announced for later (rule 2), no intent word
    if src is None and lang in PRO_DROP and ctx and ctx.get("subj") is not None and tgt is not None and not p.passive \
            and not frame.get("owner_pair") and not any(c is None for us, c, e in left):
        # a dropped subject continues the previous sentence's ("Vucic Zagreb'e geldi. Hırvatistan'ı ... suçladı")
        src = [ctx["subj"]]
        if any(u.actor == src[0].actor for u in tgt):
            src = None
        base -= 0.1
    owner_pair = frame.get("owner_pair") or (src is None and tgt is None and sym and is_pass and j - i > 1)
    # (a light verb in the passive with no subject, "A-B görüşmeleri dün Kars'ta yapıldı", reads its noun's owners too)
    if owner_pair:
        # an event noun alone ("müzakereleri") codes only with the two parties as its genitive owners
        # right before it: "Mısır ve Etiyopya heyetlerinin teknik müzakereleri"
        src = next((us for us, c, e in left if c == "gen" and len(us) >= 2 and e <= i
                    and all(t.lemma in EVENT_MODS for t in tokens[e:i])), None)
        if src is None:
            # "Erdoğan ile Putin'in görüşmesi": a comitative partner right before the genitive owner
            own = next((us for us, c, e in left if c == "gen" and e <= i
                        and all(t.lemma in EVENT_MODS for t in tokens[e:i])), None)
            if own is not None and len(_with_partner(left, own)) >= 2:
                src = _with_partner(left, own)
        if src is None:
            # "Türkiye-Ermenistan görüşmeleri", "Türkiye-Ermenistan normalleşme sürecinde ... toplantı": a hyphenated
            # pair of nations (its units share one position) before the noun
            pair = [us[0] for us, c, e in left if c is None and "adjective" in us[0].kinds]
            if len(pair) >= 2 and pair[0].start == pair[1].start and pair[0].actor != pair[1].actor:
                src = pair[:2]
        if modal or any(future(t) or t.lemma in MODAL.get("tr", ()) for t in tokens[j:hi]):
            return []  # "A ile B'nin görüşmesi yarın yapılacak": a scheduled meeting (rule 2)
        tgt = None
    if src is None:
        return []
    if tgt is None and (accuser := last_accuser(src, code, ctx)) is not None:
        tgt, base = accuser, base - 0.1  # "Erivan iddiaları reddetti" naming no accuser
    if tgt is None and not fwith and code == "042":
        place = visited_venue(tokens, lo, i, j, hi, lang, src)  # "Paşinyan İstanbul'u ziyaret etti"
        if place is not None:
            tgt, base = [place], base - 0.1
    if tgt is not None:
        for s in src:
            for t in tgt:
                evs.append(Ev(s, t, code, p, trig, i, base + 0.1))
                if sym and (fwith or code == "041"):
                    evs.append(Ev(t, s, code, p, trig, i, base + 0.1))
    elif (sym or any(t.lemma == "birbiri" for t in tokens[lo:i])
          or (p.cameo[:2] in ("18", "19") and any(tr_lower(t.text) == "karşılıklı" for t in tokens[lo:i]))) and len(src) >= 2:
        # "Azerbaycan ve Ermenistan sınırda karşılıklı ateş açtı": mutual fire between the coordinated sides
        # coordinated subjects of a symmetric act; "X ve Y birbirini suçladı" (each other): one event
        # per direction (rule 10)
        for s in src:
            for t in src:
                if s is not t:
                    evs.append(Ev(s, t, code, p, trig, i, base))
    return _keep(evs)
