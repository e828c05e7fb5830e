"""Sentence splitting, tokenisation and lemmatisation (shallow, cached)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
_EN_SENT = re.compile(r"(?<=[.!?])[\"'”»]?\s+(?=[\"'“«(]?[A-Z0-9А-ЯЁÇĞİÖŞÜÂÎÛ])")  # Turkish capitals too ("İran", "Şeyh")

# Turkish writes an ordinal with a dot ("XIV. Leo", "14. Leo", "2. Dünya Savaşı"): a short number or a Roman numeral
# and its dot before a capitalised word end no sentence
_ORDINAL_DOT = {"tr": re.compile(r"(?<![\w.])(?:\d{1,2}|[IVXL]{1,6})\.$")}

# A period that ends an abbreviation or an initial, not a sentence (en/tr; ru/bg/uk use razdel).
_ABBREV = re.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|"
    r"Gov|Sen|Rep|Rev|St|Mt|Ft|No|vs|etc|Inc|Corp|Ltd|Co|Jr|Sr|Dr|Cumhurbaşkanı|Av|Doç|Yrd|Bşk)\.|"
    r"(?<![\w.])(?:[A-Z]\.){1,3}|\b[A-Z]\.[A-Z]\.|\b[ap]\.m\.)$")

SUPPORTED = {"ru", "bg", "en", "uk", "tr"}

# Turkish: a proper noun's case ending follows an apostrophe ("Rusya'nın", "Ukrayna'ya", "Putin'le").
# tokenize() splits such a token into the name and a suffix token (pos "SUFFIX"); both carry the
# case read from the suffix (Turkish labels, used only by roles_tr: dat acc gen loc abl com).
TR_SUFFIX_CASES = (
    ("abl", re.compile(r"n?[dt][ae]n")),
    ("gen", re.compile(r"n?[ıiuü]n")),
    ("com", re.compile(r"y?l[ae]")),
    ("loc", re.compile(r"n?[dt][ae](ki.*)?")),
    ("dat", re.compile(r"[yn]?[ae]")),
    ("acc", re.compile(r"[yn]?[ıiuü]")),
)


# what simplemma may cut off a capitalised Turkish word: a nation's noun inflected without an apostrophe ("Ruslar",
# "Kırgızların", "Rusça") or a word opening a sentence ("Açıklamasında", "Bölgedeki", "Ülkemizin"); a derivation,
# plural, possessive, case and "-ki", in that order. A longer remainder that is none of these is part of a name
# ("Ruslan", "Kazakbayev" are not "Rus", "Kazak"): the word is kept whole (lemma_info)
_TR_NAME_REMAINDER = re.compile(r"(m[ae]|l[ıiuü]k|l[ıiuü]ğ|[cç][ıiuü]|s[ıiuü]z|l[ıiuü])?(l[ae]r)?"
                                r"(s?[ıiuü]|[ıiuü]?m([ıiuü]z)?|[ıiuü]?n([ıiuü]z)?)?"
                                r"(n?[ıiuü]n|[yn]?[ae]|[yn]?[ıiuü]|n?[dt][ae]n?|y?l[ae]|[cç][ae])?(ki)?")


def tr_lower(w: str) -> str:
    """Turkish lower case (I -> ı, İ -> i; str.lower() would give "i̇" with a combining dot)."""
    return w.replace("İ", "i").replace("I", "ı").lower()


def tr_suffix_case(suffix: str) -> str | None:
    s = tr_lower(suffix.lstrip("'’"))
    for case, rx in TR_SUFFIX_CASES:
        if rx.fullmatch(s):
            return case
    return None


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    lemma: str
    cases: frozenset  # pymorphy cases (ru/uk) plus 'futr' for future-tense verbs; empty otherwise
    pos: str
    low: str  # text.lower(), computed once (the engine compares lower-cased words everywhere)


_MORPH = {}


def _morph(lang: str):
    if lang not in _MORPH:
        import pymorphy3

        _MORPH[lang] = pymorphy3.MorphAnalyzer(lang=lang) if lang == "uk" else pymorphy3.MorphAnalyzer()
    return _MORPH[lang]


@lru_cache(maxsize=8)
def _verb_readings(lang: str) -> frozenset:
    """grammar_<lang>.yml ``verb_readings``: word forms read as the verb of their homonyms."""
    from .grammar import by_lang

    return frozenset(by_lang("verb_readings").get(lang, ()))


@lru_cache(maxsize=200_000)
def _ru_analyse(word: str, lang: str = "ru") -> tuple[str, frozenset, str]:
    parses = _morph(lang).parse(word)
    if not parses:
        return word, frozenset(), ""
    p = parses[0]
    # a tie between lexemes goes to the one whose dictionary form is the word itself
    # ("ливан": Ливан, not the name Ливана), so inflected forms and the base form share a lemma
    for q in parses[1:]:
        if q.score < p.score:
            break
        if q.normal_form == word and p.normal_form != word and q.is_known \
                and not ("Pltm" in q.tag and p.tag.POS == "NOUN" and "Pltm" not in p.tag
                         and not any({"Surn", "Name", "Geox", "Orgn"} & set(x.tag.grammemes) for x in parses)):
            # (not a plurale tantum homonym of a form of a common noun: uk "атаки" is a form of "атака"; a word
            # that may be a name keeps the rule: "Лаврові")
            p = q
            break
    if word in _verb_readings(lang) and p.tag.POS != "VERB":
        # a verb form the dictionary reads first as a noun ("прибыли": profits, not "arrived"; grammar_<lang>.yml
        # verb_readings): in news text the verb
        p = next((q for q in parses if q.tag.POS == "VERB"), p)
    # every case reading of the chosen lexeme counts ("Турции" is gent, loct and datv, however
    # unlikely pymorphy scores the dative), plus strong readings of other lexemes
    cases = frozenset(q.tag.case for q in parses if q.tag.case and (
        q.normal_form == p.normal_form or (q.score >= 0.1 * p.score and q in parses[:4])))
    if p.tag.POS == "VERB" and p.tag.tense == "futr" and all(
            q.tag.tense == "futr" or q.tag.mood == "impr" for q in parses
            if q.tag.POS == "VERB" and q.normal_form == p.normal_form):
        # future tense ("встретится", "будет"): the engine reads it as intent or schedule; only when every
        # verb reading is future (pymorphy's Ukrainian data tags present "перебуває" future as well); an
        # inclusive imperative reading ("встретимся" = we will meet / let's meet) is no past event either
        cases = cases | {"futr"}
    return p.normal_form.replace("ё", "е"), cases, str(p.tag.POS or "")


# simplemma gets a few event verbs wrong ("thanked" -> "thanke", "broke" stays "broke");
# found by lemmatising ~80 common event verbs in the past tense
SIMPLEMMA_FIXES = {"en": {"thanked": "thank", "broke": "break", "shot": "shoot", "won": "win"}}
# lemmas simplemma gives to an inflected verb form that are a word of their own: Turkish passive "alın-" (from "al-",
# take) as in "gözaltına alınarak", "alınıp", "alındıktan" comes back "alın" (forehead), while "alındı" gives "al"
SIMPLEMMA_LEMMA_FIXES = {"tr": {"alın": "al"}}


@lru_cache(maxsize=200_000)
def _simple_lemma(word: str, lang: str) -> str:
    fix = SIMPLEMMA_FIXES.get(lang, {}).get(word)
    if fix:
        return fix
    try:
        import simplemma

        lem = simplemma.lemmatize(word, lang=lang).lower()
    except Exception:  # noqa: BLE001 - never fail on odd input
        return word
    if len(word) > len(lem):
        return SIMPLEMMA_LEMMA_FIXES.get(lang, {}).get(lem, lem)
    return lem


# pymorphy's Ukrainian dictionary leaves adverbial participles as their own lemma ("подякувавши",
# "закликаючи"), so a trigger verb in a participle clause matched no pattern. The participle is rebuilt
# as the finite form it comes from (past masculine "подякував", 3pl present "закликають") and that form's
# verb lemma is used; nothing changes unless pymorphy reads the rebuilt form as a verb.
_UK_GERUND_ENDINGS = (("шись", "ся"), ("ши", ""), ("чись", "ться"), ("чи", "ть"))


def _uk_gerund(w: str) -> tuple[str, frozenset, str] | None:
    for end, repl in _UK_GERUND_ENDINGS:
        if w.endswith(end) and len(w) > len(end) + 2:
            try:
                lem, _cases, pos = _ru_analyse(w[: -len(end)] + repl, "uk")
            except Exception:  # noqa: BLE001
                return None
            return (lem, frozenset(), "GRND") if pos in ("VERB", "INFN") else None
    return None


ABBREVIATION_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


@lru_cache(maxsize=300_000)
def lemma_info(word: str, lang: str) -> tuple[str, frozenset, str]:
    w = word.lower()
    if not w[:1].isalnum():
        return w, frozenset(), "PUNCT"
    if lang in ("ru", "uk"):
        if lang == "uk":
            # the Ukrainian apostrophe is written ', ’ or ʼ; pymorphy's dictionary knows only ' ("перемир’я"
            # would lemmatise to a non-word)
            w = w.replace("’", "'").replace("ʼ", "'")
        try:
            res = _ru_analyse(w, lang)
        except Exception:  # noqa: BLE001
            return w, frozenset(), ""
        if lang == "uk" and res[2] == "GRND" and res[0] == w:
            return _uk_gerund(w) or res
        if 2 <= len(word) <= 7 and word.isupper() and word.isalpha() and not word.isascii() \
                and (res[2] == "" or res[1] <= {"voct"}):
            # a Cyrillic abbreviation the tagger does not know ("ВСУ", "СБУ", uk "МЗС", "ОБСЕ") is indeclinable: a
            # noun in every case ("атака ВСУ на ..." is the forces' attack). Not a Latin name in Cyrillic text
            # ("самолета AZAL"): read in every case it became the object of a verb far before it
            return w, ABBREVIATION_CASES, "NOUN"
        return res
    if lang in ("bg", "en"):
        return _simple_lemma(w, lang), frozenset(), ""
    if lang == "tr":
        low = tr_lower(word)
        lem = _simple_lemma(low, lang)
        if word[:1].isupper() and low.startswith(lem) and len(low) - len(lem) >= 3 \
                and not _TR_NAME_REMAINDER.fullmatch(low[len(lem):]):
            return low, frozenset(), ""  # "Ruslan Kazakbayev": names, not "Rus", "Kazak"
        return lem, frozenset(), ""
    return w, frozenset(), ""


# English month names that are also common words, written capitalised: always the month in news text
EN_MONTH_HOMONYMS = frozenset({"May", "March"})


@lru_cache(maxsize=1)
def _leader_compounds() -> frozenset:
    """grammar_en.yml ``leader_compounds``: the second parts of "X-led", "X-run" (the group is X's)."""
    from .grammar import by_lang

    return frozenset(w.lower() for w in by_lang("leader_compounds").get("en", ()))


# word -> lemma_info(word, lang) + (word.lower(),), one table per language: lemma_info's own values,
# looked up without building its key (tokenize calls it for every token); bounded like that cache
_WORD_INFO: dict[str, dict[str, tuple]] = {}
_WORD_INFO_MAX = 300_000


def _word_info(lang: str) -> dict[str, tuple]:
    table = _WORD_INFO.get(lang)
    if table is None:
        table = _WORD_INFO[lang] = {}
    return table


# a name's initials ("В.В.Путин", "В. Зеленський", "Д.Трамп"): an upper-case letter and its point before another
# initial or the surname; they are no words of the sentence (a bare "В" would read as the preposition)
_INITIALS_RE = re.compile(r"(?<![\w.])[А-ЯЁІЇЄҐ]\.\s?(?=[А-ЯЁІЇЄҐ])")


def tokenize(text: str, lang: str, offset: int = 0) -> list[Token]:
    if lang == "en" or lang == "tr":
        return _tokenize_en_tr(text, lang, offset)
    info = _word_info(lang)
    get = info.get
    out: list[Token] = []
    append = out.append
    skip = {k for m in _INITIALS_RE.finditer(text) for k in range(m.start(), m.end())} if "." in text else ()
    for m in TOKEN_RE.finditer(text):
        if skip and m.start() in skip:
            continue
        w = m.group()
        r = get(w)
        if r is None:
            r = (*lemma_info(w, lang), w.lower())
            if len(info) < _WORD_INFO_MAX:
                info[w] = r
        st, en = m.span()
        append(Token(w, st + offset, en + offset, r[0], r[1], r[2], r[3]))
    return out


def _tokenize_en_tr(text: str, lang: str, offset: int) -> list[Token]:
    info = _word_info(lang)
    get = info.get
    en = lang == "en"
    out: list[Token] = []
    append = out.append
    for m in TOKEN_RE.finditer(text):
        w, st = m.group(), m.start()
        if en:
            if len(w) > 2 and w[-2:].lower() in ("'s", "’s"):
                lem, cases, pos = lemma_info(w[:-2], lang)
                append(Token(w[:-2], st + offset, st + len(w) - 2 + offset, lem, cases, pos, w[:-2].lower()))
                append(Token(w[-2:], st + len(w) - 2 + offset, m.end() + offset, "'s", frozenset(), "PRT", w[-2:].lower()))
                continue
            if "-" in w and w.rsplit("-", 1)[1].lower() in _leader_compounds():
                # "Hamas-led gunmen", "the Saudi-led coalition": the leader names the group (grammar_en.yml
                # leader_compounds); its own token lets the actor dictionaries read it
                k = w.rindex("-")
                lem, cases, pos = lemma_info(w[:k], lang)
                append(Token(w[:k], st + offset, st + k + offset, lem, cases, pos, w[:k].lower()))
                append(Token(w[k:], st + k + offset, m.end() + offset, w[k:].lower(), frozenset(), "PRT", w[k:].lower()))
                continue
            if w in EN_MONTH_HOMONYMS:
                # "in May", "on March 3": the month, not the modal "may" (a hypothetical) or the verb "march" (a protest)
                append(Token(w, st + offset, m.end() + offset, w, frozenset(), "MONTH", w.lower()))
                continue
        elif w[:1].isupper() or w[:1].isdigit():
            k = max(w.find("'"), w.find("’"))
            if k > 0 and k < len(w) - 1 and "'" not in w[k + 1:] and "’" not in w[k + 1:]:
                case = tr_suffix_case(w[k:])
                cs = frozenset({case}) if case else frozenset()
                lem, _c, pos = lemma_info(w[:k], lang)
                append(Token(w[:k], st + offset, st + k + offset, lem, cs, pos, w[:k].lower()))
                append(Token(w[k:], st + k + offset, m.end() + offset, "'" + tr_lower(w[k + 1:]), cs, "SUFFIX", w[k:].lower()))
                continue
        r = get(w)
        if r is None:
            r = (*lemma_info(w, lang), w.lower())
            if len(info) < _WORD_INFO_MAX:
                info[w] = r
        append(Token(w, st + offset, m.end() + offset, r[0], r[1], r[2], r[3]))
    return out


def lemmatize_phrase(phrase: str, lang: str) -> tuple[str, ...]:
    return tuple(t.lemma for t in tokenize(phrase, lang) if t.pos != "PUNCT" or t.text in "-.")


MAX_SENTENCE_CHARS = 1000  # longer "sentences" (unpunctuated scrapes) are cut into windows at spaces


def _bounded(block: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut spans longer than MAX_SENTENCE_CHARS at the last space before the limit, so coding time
    stays linear in text length (role search is quadratic within one sentence)."""
    out = []
    for s, e in spans:
        while e - s > MAX_SENTENCE_CHARS:
            cut = block.rfind(" ", s + MAX_SENTENCE_CHARS // 2, s + MAX_SENTENCE_CHARS)
            cut = cut if cut > s else s + MAX_SENTENCE_CHARS
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


@lru_cache(maxsize=1)
def _razdel_sentenize():
    from razdel import sentenize

    return sentenize


@lru_cache(maxsize=8)
def _year_end(lang: str):
    """A year, its abbreviated mark and a dot ("2023 г.", "2023 р."; grammar_<lang>.yml year_marks), then a word."""
    from .grammar import by_lang

    marks = sorted(by_lang("year_marks").get(lang, ()), key=len, reverse=True)
    if not marks:
        return None
    return re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d\s?(?:" + "|".join(map(re.escape, marks)) + r")\.(?=\s+(\w[\w'’-]*))")


_NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"})


def _opens_sentence(word: str, lang: str) -> bool:
    """A capitalised word after a year's mark begins a new sentence: one of the language's sentence openers, or (ru,
    uk) a word the tagger knows and reads as no name in its likely readings ("Стороны", not "Россия" or "Пашинян")."""
    from .grammar import by_lang

    if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
        return False  # lower case goes on; an acronym ("НАТО", "ЕС") is a name
    low = word.lower()
    if low in by_lang("sentence_openers").get(lang, ()):
        return True
    if lang not in ("ru", "uk"):
        return False
    parses = _morph(lang).parse(low)
    return bool(parses) and parses[0].is_known and not any(_NAME_TAGS & set(q.tag.grammemes) for q in parses[:3])


def _split_after_years(block: str, spans: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
    """Razdel keeps "... в 2023 г. В ходе встречи ..." as one sentence (the mark reads as an abbreviation): split after
    the mark's dot where the next word opens a sentence (_opens_sentence)."""
    rx = _year_end(lang)
    if rx is None:
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        for m in rx.finditer(block, s, e):
            if _opens_sentence(m.group(1), lang):
                out.append((s, m.end()))
                s = m.end()
        out.append((s, e))
    return out


def sentences(text: str, lang: str) -> list[tuple[int, int, str, int]]:
    """Return (start, end, sentence_text, paragraph_index) for each sentence."""
    out: list[tuple[int, int, str, int]] = []
    pos = 0
    para = 0
    for block in re.split(r"(\n\s*\n|\n)", text):
        if not block:
            continue
        if block.strip() == "":
            pos += len(block)
            para += 1
            continue
        spans: list[tuple[int, int]] = []
        if lang in ("ru", "bg", "uk"):
            try:
                spans = [(s.start, s.stop) for s in _razdel_sentenize()(block)]
            except Exception:  # noqa: BLE001
                spans = []
            if "." in block and spans:
                spans = _split_after_years(block, spans, lang)
        if not spans:
            start = 0
            ordinal = _ORDINAL_DOT.get(lang)
            for m in _EN_SENT.finditer(block):
                if _ABBREV.search(block, max(0, m.start() - 14), m.start()):
                    continue  # "Sept. 27", "U.S. envoy", "J.D. Vance", "Mr. Putin": not a sentence end
                if ordinal is not None and ordinal.search(block, max(0, m.start() - 8), m.start()):
                    continue  # "Papa XIV. Leo", "14. Leo": an ordinal's dot
                spans.append((start, m.start()))
                start = m.end()
            spans.append((start, len(block)))
        for s, e in _bounded(block, spans):
            st = block[s:e].strip()
            if st:
                out.append((pos + s, pos + e, st, para))
        pos += len(block)
    return out


# a wire dateline that opens the lead: the place in capitals, then a date and / or the agency, then a dash or the
# agency between slashes ("KHARTOUM, Sept 16 (Reuters) - ...", "PORT SUDAN/CAIRO, Sept 16 (Reuters) - ...",
# "KYIV, Ukraine (AP) — ...", "МОСКВА, 5 декабря. /ТАСС/. ...", "ANKARA (AA) - ...")
_CAPS_PLACE = re.compile(r"\s*([^\W\d_][^\W\d_'’.\-]*(?:[ /][^\W\d_][^\W\d_'’.\-]*)*)")
_AGENCY = r"(?:\([^()]{1,40}\)|/[^/]{1,40}/)"
_AFTER_PLACE = re.compile(r"(,[^—–\-()/]{0,40})?\s*(" + _AGENCY + r")?\.?\s*([—–-]\s)?")


def dateline(sent: str) -> tuple[int, int]:
    """(end of the place, end of the whole dateline) of a wire dateline that opens ``sent``, (0, 0) when there is none.
    The place and the words between it and the agency ("KYIV, Ukraine (AP) —") name where the story was filed, not who
    acted; a date inside the dateline ("ADDIS ABABA, Dec 14 (Reuters) - ") is the day the story was filed, not the day
    of the act the lead tells. A run of capitals counts only with an agency in brackets and a dash or in slashes after
    it, or with a date (a digit) before a dash."""
    m = _CAPS_PLACE.match(sent)
    if not m or not m.group(1).isupper() or sum(c.isalpha() for c in m.group(1)) < 3:
        return 0, 0
    a = _AFTER_PLACE.match(sent, m.end())
    if not a or not a.group(0).strip():
        return 0, 0
    comma, agency, dash = a.group(1), a.group(2), a.group(3)
    if agency is None and not (dash and comma and any(c.isdigit() for c in comma)):
        return 0, 0
    if agency is not None and agency.startswith("(") and not dash:
        return 0, 0  # "NATO (the alliance) said": a gloss, no dateline (an agency in brackets is followed by a dash)
    if comma and not any(c.isdigit() for c in comma):
        return m.end() + len(comma), a.end()  # "KYIV, Ukraine (AP)": the country of the place too
    return m.end(), a.end()
