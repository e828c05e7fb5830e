"""Reported speech: who speaks in a quotation or an "according to X" clause.

A quotation is the speaker's voice: ``"...," X said`` / ``"...", said X`` / ``X said: "..."`` /
``«...», — заявил X`` / ``„...“, заяви X`` / ``X, "..." dedi``. Inside it a first-person pronoun is
the speaker and an event whose clause names no subject is the speaker's (the engine's ``_roles`` and
``roles_tr.roles`` ask :func:`speaker_at`). "According to X" / "по словам X" / "според X" / "за
словами X" / "X'e göre" make the whole sentence X's account in the same way.

The word lists (speech verbs, "according to" phrases, pronouns) are in ``dictionaries/discourse.yml``.
A quotation may run over several sentences ("...  . ...," he said): spans are found on the whole text
and the speaker is resolved once per quotation; a pronoun speaker ("he said") is resolved by the engine
from the paragraph context when the quotation's first sentence is coded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import discourse as _discourse
from . import grammar as _grammar
from .text import tokenize, tr_lower

# opening quote -> the characters that close it (German/Bulgarian „...“ closes with the English opener)
OPENERS = {"“": "”", "«": "»", "„": "“”", '"': '"'}
MIN_WORDS = 4  # a shorter quotation is a term or a slogan ('«освоению»', '"terrorist"'), not speech
ATTR_CHARS = 220  # how far before or after a quotation its attribution is looked for
VERB_WITHIN = 8  # the speech verb is among the first (last) tokens of the attribution
SENT_END = {".", "!", "?", ";"}
# impersonal "— заявили в МИД X", "— повідомили у Міноборони", bg ", се казва в изявление на МВнР": the institution in
# the place or author phrase speaks
IMPERSONAL = {"ru": {"в", "во", "у"}, "uk": {"в", "у"}, "bg": {"на"}}


@dataclass
class Quote:
    start: int  # first character inside the quotation
    end: int  # index of the closing quote
    speaker: list | None = None  # actor units (one coordinated group)
    pron: bool = False  # the speaker is a pronoun ("he said"): resolved from context
    unknown: bool = False  # the speaker is named but is no actor of the dictionaries ("— заявил Аль Тани")
    resolved: list | None = field(default=None)
    actors: list = field(default_factory=list)  # actor units named inside the quotation, in order


_QUOTE_OR_NEWLINE = re.compile("[" + re.escape("".join(sorted({"\n", *OPENERS, *"".join(OPENERS.values())}))) + "]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Top-level quotations of a text as (first inner char, closing quote index); nested quotes are
    part of the outer one; an unclosed quotation ends with its paragraph and is dropped."""
    out: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    # only newlines, opening and closing quotes change anything: the text is read from one to the next
    for m in _QUOTE_OR_NEWLINE.finditer(text):
        k, ch = m.start(), m.group()
        if ch == "\n":
            stack.clear()
            continue
        if stack and ch in OPENERS[stack[-1][0]]:
            op, st = stack.pop()
            if not stack:
                out.append((st, k))
            continue
        if ch in OPENERS:
            if ch == '"' and stack and stack[-1][0] == '"':
                continue
            stack.append((ch, k + 1))
    return out


def _words(s: str) -> int:
    return sum(1 for w in s.split() if any(c.isalnum() for c in w))


def _lists(lang: str):
    r = _discourse.rules()
    return (r["speech_verbs"].get(lang, frozenset()), r["third_person"].get(lang, frozenset()))


def _is_speech(t, verbs) -> bool:
    return t.lemma in verbs or t.low in verbs


def _subject_units(units, lo: int, hi: int, lang: str):
    """Actor units in token range [lo, hi) that can be a subject (no preposition; ru/uk nominative)."""
    out = []
    for u in units:
        if u.start < lo or u.end > hi or u.prep is not None:
            continue
        if lang in ("ru", "uk") and u.head_cases and "nomn" not in u.head_cases:
            continue
        out.append(u)
    return out


def _prep(tokens, u, lang):
    from .engine import _prep_before

    return _prep_before(tokens, u.start, lang)


def _units(snippet: str, lang: str, lex, date):
    from .actors import find_units

    toks = tokenize(snippet, lang)
    units = find_units(toks, lang, lex, date, snippet) if toks else []
    for u in units:
        u.prep = _prep(toks, u, lang)
    return toks, units


def _after_speaker(text: str, q_end: int, lang: str, lex, date):
    """Speaker named after the quotation: ``," X said.`` / ``», — заявил X.`` / ``" dedi``.

    Returns (speaker units or None, a pronoun speaker, an attribution found after the quotation, an unknown
    speaker): the last when the attribution after a comma or dash names a speaker by a capitalised word the
    dictionaries do not know and no actor of theirs (``», — заявил Аль Тани.``, ``," John Smith said.``; not ``», —
    говорится в заявлении генсека ОДКБ X``): the quotation is somebody's, not the previous subject's."""
    tail = text[q_end + 1:q_end + 1 + ATTR_CHARS].split("\n", 1)[0]
    for op in OPENERS:
        k = tail.find(op)
        if k >= 0:
            tail = tail[:k]
    toks, units = _units(tail, lang, lex, date)
    if not toks or toks[0].text not in (",", "—", "–", "-") and not toks[0].text[:1].isalpha():
        return None, False, False, False
    verbs, third = _lists(lang)
    v = next((k for k, t in enumerate(toks[:VERB_WITHIN]) if _is_speech(t, verbs)), None)
    if v is None:
        return None, False, False, False
    end = next((k for k in range(v + 1, len(toks)) if toks[k].text in SENT_END and not (
        k > 0 and len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper())), len(toks))
    if lang == "tr":
        # "X, '...' dedi": the speaker is before the quotation; "'...' dedi X" (rarer) after the verb
        after = [u for u in units if v < u.start and u.end <= end and not (
            u.end < len(toks) and toks[u.end].text[:1] in "'’")]
        return ([after[0]], False, True, False) if after else (None, False, True, False)
    subj = _subject_units(units, 0, end, lang) or [
        u for u in units if u.end <= end and u.prep in IMPERSONAL.get(lang, ()) and u.sector]
    if subj:
        return [subj[0]], False, True, False
    if any(t.low in third for t in toks[:end]):
        return None, True, True, False
    unknown = toks[0].text in (",", "—", "–", "-") and not any(u.start < end for u in units) and any(
        k != v and t.text[:1].isupper() and t.text.isalpha() for k, t in enumerate(toks[1:end], 1))
    return None, False, True, unknown


def _before_speaker(text: str, q_start: int, lang: str, lex, date, turkish_tail: bool):
    """Speaker named before the quotation: ``X said: "..."`` / ``X заявил: «...»`` / ``X, "..." dedi``."""
    head = text[max(0, q_start - 1 - ATTR_CHARS):q_start - 1].rsplit("\n", 1)[-1]
    cut = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    if cut >= 0:
        head = head[cut + 2:]
    toks, units = _units(head, lang, lex, date)
    if not toks:
        return None
    verbs, third = _lists(lang)
    if turkish_tail:
        if toks[-1].text != ",":
            return None
        subj = [u for u in units if u.end <= len(toks) - 1 and u.end >= len(toks) - 4]
        return [subj[-1]] if subj else None
    if toks[-1].text not in (":", ",", "—", "–"):
        return None
    n = len(toks)
    v = next((k for k in range(n - 1, max(-1, n - 1 - VERB_WITHIN), -1) if _is_speech(toks[k], verbs)), None)
    if v is None:
        return None
    subj = _subject_units(units, 0, v, lang)
    if subj:
        return [subj[-1]]
    subj = _subject_units(units, v + 1, n, lang)  # "Заявил министр:"; "said the minister:"
    return [subj[0]] if subj else None


# Turkish first-person verb endings after a tense ("kınıyoruz", "destekleyeceğiz", "kınadık", "istiyorum")
_TR_FIRST = re.compile(r"(?:yor|[ae]cağ|[ae]ceğ|[ıiuü]r|[ae]r|[dt][ıiuü]|m[ıiuü]ş)(?:[ıiuü]m|[ıiuü]z|k)$")
# Bulgarian first-person plural present/aorist ("обвиняваме", "осъдихме"); the singular "-м" is too
# ambiguous with nouns and adjectives
_BG_FIRST = re.compile(r"(?:[аяеи]ме|хме)$")


def first_person_verb(tokens, lang: str) -> bool:
    """A verb among ``tokens`` in the first person (the subject "we"/"I" dropped): pymorphy's person for
    ru/uk, endings for bg/tr."""
    for t in tokens:
        w = t.low
        if lang in ("ru", "uk") and t.pos == "VERB":
            from .text import _morph

            ps = _morph(lang).parse(w)
            if ps and ps[0].tag.person == "1per":
                return True
        elif lang == "bg" and len(w) > 4 and _BG_FIRST.search(w):
            return True
        elif lang == "tr" and len(w) > 4 and _TR_FIRST.search(tr_lower(w)):
            return True
    return False


def find_quotes(text: str, lang: str, lex, date=None) -> list[Quote]:
    """Quotations of a text with their speakers (None when no attribution is found)."""
    out = []
    for s, e in quote_spans(text):
        if _words(text[s:e]) < MIN_WORDS:
            continue
        q = Quote(s, e)
        spk, pron, tr_tail, unknown = _after_speaker(text, e, lang, lex, date)
        if spk is None and not pron:
            spk = _before_speaker(text, s, lang, lex, date, tr_tail and lang == "tr")
        q.speaker, q.pron = spk, pron and spk is None
        q.unknown = unknown and q.speaker is None
        if q.speaker is not None or q.pron or q.unknown:
            q.actors = _units(text[s:e], lang, lex, date)[1]
            out.append(q)
    return out


def _figures_after(low: list, k: int, r: dict, lang: str) -> bool:
    """Whether the word at ``k`` (right after the group of "according to X") is a noun of numbers (discourse.yml
    according_to_figures: "according to Israeli tallies"): a citation of figures, not X's account."""
    return k < len(low) and low[k] in r["according_to_figures"].get(lang, frozenset())


def according_to(tokens, groups, lang: str):
    """The speaker of an "according to X" / "по словам X" / "X'e göre" sentence (a group), or None."""
    r = _discourse.rules()
    phrases = r["according_to"].get(lang)
    low = [t.low for t in tokens]
    if phrases and not phrases.keys().isdisjoint(low):  # (phrases: first word -> phrases)
        for k, w in enumerate(low):
            for ph in phrases.get(w, ()):
                if tuple(low[k:k + len(ph)]) == ph:
                    e = k + len(ph)
                    g = next((g for g in groups if e <= g[0].start <= e + 2), None)
                    if g is not None and not _figures_after(low, g[-1].end, r, lang):
                        return g
    after = r["according_to_after"].get(lang)
    if after and not set(low).isdisjoint(after):
        for k, w in enumerate(low):
            if w in after:
                g = next((g for g in reversed(groups) if g[-1].end <= k and k - g[-1].end <= 2), None)
                if g is not None:
                    return g
    return None


# the speaker of the clause at a token (the engine's and roles_tr's role rules ask these)
RELBLOCK = _grammar.pooled("relative_words")


def speaker(ctx: dict | None, i: int):
    for lo, hi, g, inq in (ctx or {}).get("speakers", ()):
        if lo <= i < hi:
            return g, inq
    return None, False


def speaker_src(tokens, lo: int, i: int, lang: str, ctx: dict | None, j: int | None = None,
                 first_only: bool = False):
    """The speaker as the source of a clause with no subject of its own: "we/мы/ние/ми" in a quotation or
    an "according to X" sentence; inside a quotation also a clause with no subject at all (not a
    relative clause, not a third-person pronoun)."""
    g, inq = speaker(ctx, i)
    if g is None:
        return None
    r = _discourse.rules()
    words = {t.low for t in tokens[lo:i]}
    if words & (r["first_person"].get(lang, frozenset()) | r["first_person_possessive"].get(lang, frozenset())):
        return g
    if j is not None and first_person_verb(tokens[max(lo, i - 2):j], lang):
        return g  # "осуждаем", "kınıyoruz": a first-person verb without its pronoun
    if inq and not first_only and not words & r["third_person"].get(lang, frozenset()) and not (
            lo > 0 and (tokens[lo - 1].lemma in RELBLOCK or tokens[lo - 1].low in RELBLOCK)):
        return g
    return None
