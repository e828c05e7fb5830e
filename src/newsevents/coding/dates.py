"""Date expressions in sentences: explicit dates, weekdays, relative words.

``find_dates(sentence, lang, article_date, fallback_year)`` returns a list of ``DateHit``
(char offset, iso value, precision, source). Never raises; values are valid ISO strings
(YYYY-MM-DD for day precision, YYYY-MM for month precision).

Year inference for day-month dates without a year: the latest such date not after the
article date (+3 days tolerance); without an article date the latest 4-digit year
mentioned in the article (``fallback_year``); otherwise the date is unknown (no hit).
Weekdays resolve to the most recent such day on/before the article date (no hit without it), or to
the coming one when a future word of discourse.yml ``date_future`` stands in their clause before them
("will meet on Friday", "в следующую среду");
a weekday written next to an explicit date ("on Sunday, May 18", "в понедельник, 28 июля") is
part of that date: it picks the date's year when none is written, and is not a second hit.
"Last week / на прошлой неделе / миналата седмица / минулого тижня / geçen hafta" gives the month
of the previous week (no hit when that week straddles two months), "last month" its month; "this month /
в этом месяце" (discourse.yml ``date_this_period``) the article's month, "this week" too when the week
lies within it.
A range "11-12 ноября" is dated by its first day.

``event_date`` chooses the date of one event (see its docstring); ``is_background`` tells
undated background sentences ("Earlier", "Ранее", "Daha önce").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .discourse import rules as _rules

_WORDS = _rules()  # discourse.yml: the date words below and the date_* keys the functions read
TOLERANCE_DAYS = 3


@dataclass(frozen=True, slots=True)
class DateHit:
    pos: int
    value: str
    precision: str  # day | month | year
    source: str  # explicit | relative
    end: int = 0  # end offset where it matters (a Turkish "iki gün önce" holds the postposition "önce"; a day and
    # month written out, whose Turkish case suffix and next word follow it)


@lru_cache(maxsize=8)
def month_table(lang: str) -> dict[str, int]:
    table: dict[str, int] = {}
    try:
        from babel.dates import get_month_names

        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                if lang == "tr" and width == "abbreviated":
                    continue  # "Ara", "Mar", "Eki" are ordinary Turkish words
                for num, name in get_month_names(width, ctx, locale=lang).items():
                    n = name.lower().strip(".")
                    if len(n) >= 3:
                        table[n] = num
    except Exception:  # noqa: BLE001
        pass
    table.update(_WORDS["date_month_extra"].get(lang, {}))  # discourse.yml date_month_extra
    if lang == "ru":  # oblique cases "в июле", "в январе"
        for name, num in list(table.items()):
            if name.endswith(("ь", "й")) and len(name) > 3:
                table[name[:-1] + "е"] = num
            elif name.endswith("т"):
                table[name + "е"] = num
    if lang == "uk":  # locative "у листопаді", "в червні", "у лютому"
        for name, num in list(table.items()):
            if name.endswith("ень"):
                table[name[:-3] + "ні"] = num
            elif name.endswith("ад"):
                table[name + "і"] = num
            elif name == "лютий":
                table["лютому"] = num
    return table


# The date words (dictionaries/discourse.yml date_*; their comments say what each is): adding a language is a
# section in each key there, not a branch here.
WEEKDAYS = _WORDS["date_weekdays"]
RELATIVE = _WORDS["date_relative_days"]
# "the day before" words that also open "on the eve of X" with X in the genitive ("накануне саммита")
EVE_WORDS = frozenset(w for ws in _WORDS["date_eve_words"].values() for w in ws)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _genitive_after(s: str, end: int, lang: str) -> bool:
    """Whether the word right after ``end`` is read only as a genitive (not a nominative): "накануне визита"."""
    m = _NEXT_WORD.match(s, end)
    if m is None or lang not in ("ru", "uk"):
        return False
    from .text import lemma_info

    cases = lemma_info(m.group(1), lang)[1]
    return "gent" in cases and "nomn" not in cases


# dates told relative to the last day the text has named, not to the publication ("Hours later", "На следующий день"):
# phrase -> days after that day (anaphoric_date)
ANAPHORIC = _WORDS["date_anaphoric_days"]
# "last year" next to a yearless month or day ("в мае прошлого года", "geçen yıl mayıs ayında", "in May last year"):
# the year before the article's (coding.dates._last_year_near)
LAST_YEAR = _WORDS["date_last_year"]
LAST_YEAR_REACH = 30  # characters between the month and the phrase
# "this year" next to a yearless month or day: the article's year, whatever year a narrative told before it
THIS_YEAR = _WORDS["date_this_year"]


def _last_year_near(s: str, lang: str, a: int, b: int, table: dict | None = None) -> bool:
    """A "last year" phrase (LAST_YEAR; or of ``table``) within LAST_YEAR_REACH characters of the date at s[a:b]."""
    low = s.lower()
    for ph in (table or LAST_YEAR).get(lang, ()):
        k = low.find(ph)
        while k >= 0:
            if k >= b and k - b <= LAST_YEAR_REACH or k + len(ph) <= a and a - (k + len(ph)) <= LAST_YEAR_REACH:
                return True
            k = low.find(ph, k + 1)
    return False


# previous week / month / the weekend just past: (phrase, unit). A past week is dated by its Thursday with the
# precision "week" (its month, when the week lies in one, and within a day of its middle); a weekend by its
# Saturday (the Sunday is within the matching's one day).
LAST_PERIOD = _WORDS["date_last_period"]


# the second day of a range written before the month: "11-12", "11 по 13", "11 to 13", "11 и 12", "11 ve 12"
_RANGE = (r"(?:\s*[–—-]\s*\d{1,2}|\s+(?:" + "|".join(
    re.escape(w) for w in sorted({w for ws in _WORDS["date_range_joiners"].values() for w in ws}, key=lambda w: (-len(w), w)))
    + r")\s+\d{1,2}(?:-?(?:го|е|th|st|nd|rd))?)?")


_B, _E = r"(?<![\w])", r"(?![\w])"


def _alt(words) -> str:
    """The words as one alternation, longest first (ties in the given order)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"


def _name_patterns(lang: str, months: frozenset | None = None, weekdays: frozenset | None = None) -> dict:
    """The patterns of ``_regexes`` that hold the language's month names ("dmy", "mdy", "my") or weekday names ("wd"),
    with only the names in ``months`` / ``weekdays`` when given (``_narrowed``)."""
    mon = _alt(m for m in month_table(lang) if months is None or m in months)
    wd = _alt(w for w in WEEKDAYS.get(lang, {}) if weekdays is None or w in weekdays)
    b, e = _B, _E
    rng = _RANGE  # "11-12 ноября", "с 11 по 13 ноября", "from 11 to 13 November": the first day
    # a clock time glued to the day by scraping ("10:157 ноября" = 10:15 + 7 ноября): minutes have two digits
    bd = r"(?:(?<![\w])|(?<=\d:\d\d))"
    return {
        "dmy": re.compile(bd + r"(\d{1,2})" + rng + r"(?:-?(?:го|е|th|st|nd|rd))?\s+(?:of\s+)?(" + mon + r")\.?" + e
                          + r"(?:,?\s+(\d{4})(?!\d))?", re.I),
        "mdy": re.compile(b + r"(" + mon + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?" + rng + e + r"(?:,?\s+(\d{4})(?!\d))?", re.I),
        "my": re.compile(b + r"(" + mon + r")" + e + r"(?:\s+(\d{4})(?!\d))?", re.I),
        "wd": re.compile(b + r"(" + wd + r")" + e, re.I),
    }


@lru_cache(maxsize=8)
def _regexes(lang: str):
    b, e = _B, _E
    return {
        **_name_patterns(lang),
        "num": re.compile(b + r"(\d{1,2})([./-])(\d{1,2})\2(\d{4})" + e),
        "iso": re.compile(b + r"(\d{4})-(\d{2})-(\d{2})" + e),
        "rel": re.compile(b + r"(" + _alt(RELATIVE.get(lang, {})) + r")" + e, re.I),
        "last": re.compile(b + r"(" + _alt(LAST_PERIOD.get(lang, {})) + r")" + e, re.I),
        "ana": re.compile(b + r"(" + _alt(ANAPHORIC.get(lang, {})) + r")" + e, re.I),
        "ago": re.compile(b + r"(?:" + _days_ago_pattern(lang) + r")" + e, re.I),
        "later": re.compile(b + r"(?:" + _days_ago_pattern(lang, "date_days_later") + r")" + e, re.I),
        "this": re.compile(b + r"(" + _alt(_this_period(lang)) + r")" + e, re.I),
    }


@lru_cache(maxsize=4096)
def _narrowed(lang: str, months: frozenset, weekdays: frozenset) -> dict:
    """``_regexes(lang)`` with only the month names ``months`` and the weekday phrases ``weekdays`` in their
    alternations, for a sentence that holds no other of them: a name matches only where each of its runs of word
    characters is a whole word of the sentence (the patterns bound names by non-word characters), so these give
    the same matches, with the same name chosen at each place, as the full patterns; a long alternation of names
    (every case form of every month) is slow to search, a short one is not."""
    return {**_regexes(lang), **_name_patterns(lang, months, weekdays)}


def _names_held(names, words: set) -> frozenset:
    """The names (``_name_words``: one word each, then the others with their runs of word characters) each of whose
    runs of word characters is a word in ``words``."""
    single, other = names
    held = single & words
    return held | {m for m, parts in other if parts <= words} if other else held


@lru_cache(maxsize=8)
def _name_words(lang: str) -> tuple:
    """The month names and the weekday phrases of ``lang``, each as (the names that are one word, (name, its runs of
    word characters) for the others): what ``_find`` checks a sentence's words against (``_narrowed``)."""
    def split(names) -> tuple:
        single = frozenset(n for n in names if _WORD.fullmatch(n))
        return single, tuple((n, frozenset(_WORD.findall(n))) for n in names if n not in single)

    return split(month_table(lang)), split(WEEKDAYS.get(lang, {}))


@lru_cache(maxsize=8)
def _word_gates(lang: str):
    """(pattern key -> the words one of which every sentence that the pattern matches holds, as a frozenset;
    a pattern of characters that voids this reading) for the phrase patterns of ``_regexes`` ("wd", "rel",
    "last", "this", "ago", and the month names of "my"), so that ``_find`` searches a sentence only for the
    patterns whose words it has.

    A match of a phrase holds each word-character run of the phrase as a whole word of the sentence (the
    patterns bound phrases by non-word characters), and the lower-cased sentence (``_find``'s ``words``)
    holds it as written in the phrase: the phrases are in lower case, and a character that the case-blind
    match takes for one of theirs lower-cases to it unless it is one of Python's few extra case
    equivalents (dotless i, long s, Cyrillic and Greek variants: ``re._casefix``), "İ" (two characters in
    lower case) or "Σ" (lower-cased by context). A sentence with any of these is searched for every
    pattern, as is every sentence for a pattern with a phrase of no words of its own. None when no test
    applies (a phrase not in lower case)."""
    import _sre
    from re import _casefix

    def words_of(phrase: str) -> list[str]:
        return _WORD.findall(phrase)

    ago = [[w for w in ph.split() if w != "n"] for ph in _WORDS.get("date_days_ago", {}).get(lang, ())]
    phrases = {
        "wd": [[ph] for ph in WEEKDAYS.get(lang, {})],
        "rel": [[ph] for ph in RELATIVE.get(lang, {})],
        "last": [[ph] for ph in LAST_PERIOD.get(lang, {})],
        "this": [[ph] for ph in _this_period(lang)],
        "ago": ago,
        "my": [[m] for m in month_table(lang)],  # (what "dmy" and "mdy" match holds a month name too)
    }
    chars = {c for group in phrases.values() for ph in group for w in ph for c in w}
    if any(_sre.unicode_tolower(ord(c)) != ord(c) for c in chars):
        return None
    variants = {chr(v) for c in chars for v in _casefix._EXTRA_CASES.get(ord(c), ())}
    if any(_sre.unicode_tolower(ord(v)) != ord(v) for v in variants):
        return None
    gates = {}
    for key, group in phrases.items():
        parts = [[x for w in ph for x in words_of(w)] for ph in group]
        # one word of each phrase is enough to look for: its longest ("the day before": "before")
        gates[key] = frozenset(max(ps, key=len) for ps in parts) if all(parts) else None
    void = re.compile("[" + "".join(re.escape(v) for v in sorted(variants | {"Σ"})) + "]", re.I)
    return gates, void


@lru_cache(maxsize=8)
def _plain_months(lang: str) -> bool:
    """Whether every month name of ``lang`` is one word of word characters (``_find`` relies on it)."""
    return all(re.fullmatch(r"\w+", m) for m in month_table(lang))


def _this_period(lang: str) -> dict:
    """discourse.yml ``date_this_period``: phrase -> 'month' | 'week'."""
    return _WORDS.get("date_this_period", {}).get(lang, {})


def _days_ago_pattern(lang: str, key: str = "date_days_ago") -> str:
    """discourse.yml ``date_days_ago`` (or ``key``) phrases as one pattern; N (digits or a ``date_numbers`` word)
    is group 'n'."""
    phrases = _WORDS.get(key, {}).get(lang, ())
    nums = sorted(_WORDS.get("date_numbers", {}).get(lang, {}), key=len, reverse=True)
    n = r"(?P<n>\d{1,2}" + "".join("|" + re.escape(w) for w in nums) + ")"
    alts = [r"\s+".join(n if w == "n" else re.escape(w) for w in ph.split()) for ph in phrases]
    # one named group per alternative is not allowed: number them n, n1, n2 ...
    alts = [a.replace("(?P<n>", f"(?P<n{i}>", 1) for i, a in enumerate(alts)]
    return "|".join(alts) or "(?!x)x"


def _days_ago(m, lang: str) -> int | None:
    v = next((g for g in m.groupdict().values() if g), None)
    if v is None:
        return None
    k = int(v) if v.isdigit() else _WORDS.get("date_numbers", {}).get(lang, {}).get(v.lower())
    return k if k is not None and 1 <= k <= 31 else None


_WORD = re.compile(r"\w+")
_WORD_AFTER = re.compile(r"\s+\w")
_DIGIT = re.compile(r"\d")
# what may stand between a weekday and the explicit date it qualifies: "Sunday, May 18", "в понедельник, 28 июля"
_WD_GAP = re.compile(r"^[\s,(]*(?:(?:в|во|във|у|на|on|the)\s+)?[\s,(]*$", re.I)


@lru_cache(maxsize=8)
def _keywords(lang: str) -> frozenset:
    ago = [w for ph in _WORDS.get("date_days_ago", {}).get(lang, ()) for w in ph.split() if w != "n"]
    phrases = (list(RELATIVE.get(lang, {})) + list(LAST_PERIOD.get(lang, {})) + list(WEEKDAYS.get(lang, {}))
               + ago + list(_this_period(lang)))
    words = {w for ph in phrases for w in ph.split() if len(w) >= 4 or " " not in ph}
    # a word with an apostrophe ("п’ятницю") is seen as its \w parts ("ятницю") by the prefilter
    words |= {part for w in list(words) for part in _WORD.findall(w) if len(part) >= 4}
    return frozenset(month_table(lang)) | frozenset(words)


@lru_cache(maxsize=8)
def _future_rx(lang: str):
    """Words of discourse.yml ``date_future`` (the coming weekday: "will meet on Friday", "в следующий вторник")."""
    words = _WORDS.get("date_future", {}).get(lang, ())
    if not words:
        return None
    alt = "|".join(r"\s+".join(re.escape(w) for w in ph.split()) for ph in sorted(words, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + alt + r")(?!\w)", re.I)


_CLAUSE_END = re.compile(r"[,;:.!?()]")


def _future_weekday(s: str, ws: int, we: int, lang: str) -> bool:
    """Whether the weekday at ``s[ws:we]`` is the coming one: a future word in its clause before it
    (after it too in Turkish, whose verb comes last: "Cuma günü yapılacak görüşme")."""
    rx = _future_rx(lang)
    if rx is None:
        return False
    start = max((m.end() for m in _CLAUSE_END.finditer(s, 0, ws)), default=0)
    if rx.search(s, start, ws):
        return True
    if lang == "tr":
        end = next((m.start() for m in _CLAUSE_END.finditer(s, we)), len(s))
        return rx.search(s, we, end) is not None
    return False


def _past_weekday(s: str, ws: int, lang: str) -> bool:
    """Whether the word right before the weekday at ``ws`` is one of discourse.yml ``date_past_weekday``."""
    words = _WORD.findall(s[max(0, ws - 30):ws].lower())
    return bool(words) and words[-1] in _WORDS.get("date_past_weekday", {}).get(lang, frozenset())


def is_deadline(h, sent: str, lang: str) -> bool:
    """Whether the date hit ``h`` is a deadline (discourse.yml ``date_deadline``: "by 18 February", "до 18
    февраля", "18 Şubat'a kadar"): a limit set for something, not the day a thing happened."""
    words = _WORDS.get("date_deadline", {}).get(lang, {})
    if words.get("before"):
        w = _WORD.findall(sent[max(0, h.pos - 30):h.pos].lower())
        if len(w) >= 2 and w[-1] in WEEKDAYS.get(lang, {}):
            w = w[:-1]  # "until Sunday, May 18": the weekday names the deadline's day
        if w and w[-1] in words["before"]:
            return True
    if words.get("after") and h.source == "explicit" and h.end > h.pos:
        m = _SUFFIX_WORD.match(sent, h.end)
        if m and m.group(1).lower() in words["after"]:
            return True
    return False


# after a written-out date: its Turkish case suffix, then the next word ("18 Şubat'a kadar")
_SUFFIX_WORD = re.compile(r"['’]?\w*\s+(\w+)")


def _mk(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _year_before(hits, pos: int, m: int, d: int) -> dt.date | None:
    """A yearless day that follows, in the same sentence, a day date written with its year: that year's (or the
    next one's, "28 December 2024 ... 6 January") day, when it falls within 200 days after the dated one. (Only for
    a sentence of a dated article: the full-text pass of ``full_date_context`` has no sentences.)"""
    prev = [h for h in hits if h.pos < pos and h.source == "explicit" and h.precision == "day"]
    if not prev:
        return None
    ref = parse_iso(prev[-1].value)
    if ref is None:
        return None
    for y in (ref.year, ref.year + 1):
        c = _mk(y, m, d)
        if c is not None and 0 <= (c - ref).days <= 200:
            return c
    return None


def _narrative_day(m: int, d: int, article: dt.date, after: dt.date | None) -> dt.date | None:
    """A yearless day (``d`` 0: a month) told after ``after``, a full date of an earlier year written before it in
    the same paragraph: the day in the narrative's time (the first one within 200 days after ``after``) when it is
    no farther from that date than the day read from the article's date is from the article ("on 27 September
    2020 ... on 10 November" in a 2025 article is 2020-11-10; "a clash in June 2020 ... announced on Oct. 21" in a
    December 2024 article is the recent October), else None."""
    if after is None or after.year >= article.year:
        return None
    own = next((c for y in (after.year, after.year + 1)
                if (c := _mk(y, m, d or 1)) is not None and 0 <= (c - after).days <= 200), None)
    if own is None and d == 0 and after.month == m:
        own = _mk(after.year, m, 1)  # "в марте 2018 года ... в марте"
    if own is None:
        return None
    recent = _infer_year(m, d or 1, article, None)
    if recent is not None and d == 0 and recent.month == article.month and recent.year == article.year:
        recent = article  # (the article's own month)
    if recent is not None and (article - recent).days < (own - after).days:
        return None
    return own


def _infer_year(m: int, d: int, article: dt.date | None, fallback_year: int | None,
                after: dt.date | None = None) -> dt.date | None:
    if article is not None:
        for y in (article.year, article.year - 1):
            c = _mk(y, m, d)
            if c is not None and c <= article + dt.timedelta(days=TOLERANCE_DAYS):
                return c
        return None
    if fallback_year is not None:
        c = _mk(fallback_year, m, d)
        # narrative order: "28 декабря 2024 ... 29 декабря ... 6 января" -> 2025-01-06
        if c is not None and after is not None and c < after and (after - c).days > 31:
            c2 = _mk(fallback_year + 1, m, d)
            if c2 is not None and (c2 - after).days <= 200:
                return c2
        return c
    return None


def year_for_weekday(m: int, d: int, weekday: int, years) -> dt.date | None:
    """The date (m, d) in one of ``years`` that falls on ``weekday``; None unless exactly one does."""
    found = [c for y in sorted(set(years)) if (c := _mk(y, m, d)) is not None and c.weekday() == weekday]
    return found[0] if len(found) == 1 else None


def parse_iso(s) -> dt.date | None:
    if not s or not isinstance(s, str):
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def parse_article_date(value) -> tuple[dt.date | None, str]:
    """(reference date, precision) of an article date 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY'. For a month
    the reference is the month's last day, for a year the year's last day; (None, 'unknown') else."""
    if not value or not isinstance(value, str):
        return None, "unknown"
    return _parse_article_date(value)


@lru_cache(maxsize=4096)
def _parse_article_date(value: str) -> tuple[dt.date | None, str]:
    v = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", v):
        d = parse_iso(v)
        return (d, "day") if d else (None, "unknown")
    if re.fullmatch(r"\d{4}-\d{2}", v):
        y, m = int(v[:4]), int(v[5:7])
        if 1 <= m <= 12:
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return nxt - dt.timedelta(days=1), "month"
    if re.fullmatch(r"\d{4}", v):
        return dt.date(int(v), 12, 31), "year"
    return None, "unknown"


def find_dates(sentence: str, lang: str, article_date: dt.date | None = None,
               fallback_year: int | None = None, known: dict | None = None,
               after: dt.date | None = None, article_precision: str = "day") -> list[DateHit]:
    """All date expressions in ``sentence`` (see module doc). Never raises.

    ``known`` maps (month, day) -> year for full dates written elsewhere in the article: a
    yearless "November 9" after "November 9, 2020" takes 2020. ``article_precision`` 'month'
    means ``article_date`` is the last day of the month the article is known to belong to:
    "today" then gives that month, weekdays and "yesterday" nothing."""
    try:
        return _find(sentence, lang, article_date, fallback_year, known or {}, after, article_precision)
    except Exception:  # noqa: BLE001
        return []


_EN_BEFORE_MONTH = re.compile(r"(?i)(?:^|\W)(?:in|since|until|till|by|from|early|late|mid|last|next|this|of|"
                              r"during|through|before|after)\s+$")


def _en_month_word(s: str, m) -> bool:
    """English "May" / "March" without a day or year is the month only when capitalised after a word that takes a
    month ("in May", "since March", "early May"), not the modal or the verb."""
    return m.group(1)[:1].isupper() and _EN_BEFORE_MONTH.search(s[:m.start()]) is not None


def _valid_year(y: int) -> bool:
    return 1900 <= y <= 2100


def _find(s: str, lang: str, art: dt.date | None, fby: int | None, known: dict,
          after: dt.date | None = None, art_prec: str = "day") -> list[DateHit]:
    if lang not in WEEKDAYS:
        return []
    if art is not None and art_prec == "year":
        art, fby = None, (fby or art.year)  # the text's own year context first
    rx = _regexes(lang)
    months = month_table(lang)
    low = s.lower()
    words = set(_WORD.findall(low))
    keyword = bool(words & _keywords(lang)) or (lang == "bg" and "онзи ден" in low)
    digit = _DIGIT.search(s) is not None
    if not keyword and not digit:
        return []
    hits: list[DateHit] = []
    used: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in used)

    # (the patterns "iso", "num", "dmy" and "mdy" hold a digit: a sentence without one is not searched for them)
    for m in rx["iso"].finditer(s) if digit else ():
        d = _mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d and _valid_year(d.year):
            hits.append(DateHit(m.start(), d.isoformat(), "day", "explicit"))
            used.append(m.span())
    for m in rx["num"].finditer(s) if digit else ():
        if not free(*m.span()):
            continue
        d = _mk(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if d and _valid_year(d.year):
            hits.append(DateHit(m.start(), d.isoformat(), "day", "explicit"))
            used.append(m.span())
    if not keyword:
        hits.sort(key=lambda h: h.pos)
        return hits
    gated = _word_gates(lang)
    if gated is not None and ("İ" in s or gated[1].search(s)):
        gated = None
    gates = gated[0] if gated is not None else {}
    if gated is not None:
        # only the month and weekday names the sentence holds (the same matches: ``_narrowed``)
        month_names, weekday_names = _name_words(lang)
        rx = _narrowed(lang, _names_held(month_names, words), _names_held(weekday_names, words))

    def searched(key: str):  # the pattern's matches, or none when the sentence lacks its words (_word_gates)
        g = gates.get(key)
        return rx[key].finditer(s) if g is None or not g.isdisjoint(words) else ()

    weekdays = [(m.start(), m.end(), WEEKDAYS[lang].get(m.group(1).lower())) for m in searched("wd")]
    weekdays = [w for w in weekdays if w[2] is not None]
    qualified: set[int] = set()  # weekdays that qualify an explicit date

    def weekday_of(a: int, b: int) -> int | None:
        for i, (ws, we, wd) in enumerate(weekdays):
            if (we <= a and _WD_GAP.match(s[we:a])) or (ws >= b and _WD_GAP.match(s[b:ws])):
                qualified.add(i)
                return wd
        return None

    # every month name that "dmy" or "mdy" finds stands alone as a word, which "my" finds as well (month names
    # are single words, _plain_months): without a match of "my" the sentence is not searched for the others
    month_words = list(searched("my"))
    for key in ("dmy", "mdy") if digit and (month_words or not _plain_months(lang)) else ():
        for m in rx[key].finditer(s):
            if not free(*m.span()):
                continue
            if key == "dmy":
                day, mon, year = int(m.group(1)), months.get(m.group(2).lower()), m.group(3)
            else:
                mon, day, year = months.get(m.group(1).lower()), int(m.group(2)), m.group(3)
            if not mon:
                continue
            wd = weekday_of(*m.span())
            if year and _valid_year(int(year)):
                d = _mk(int(year), mon, day)
            elif (mon, day) in known:
                d = _mk(known[(mon, day)], mon, day)
            elif art is not None and (prev := _year_before(hits, m.start(), mon, day)) is not None:
                d = prev  # "на 27 февруари 2023 г. ..., а на 18 март ...": the year the sentence gave before
            elif art is not None and not _last_year_near(s, lang, *m.span(), THIS_YEAR) \
                    and (prev := _narrative_day(mon, day, art, after)) is not None:
                d = prev  # a paragraph telling a past year's story: "on 27 September 2020 ... on 10 November"
            else:
                d = None
                if wd is not None:
                    ref = art.year if art is not None else fby
                    if ref is not None:
                        d = year_for_weekday(mon, day, wd, (ref - 1, ref, ref + 1))
                if d is None:
                    d = _infer_year(mon, day, art, fby, after)
                    if d is not None and art is not None and d.year == art.year and _last_year_near(s, lang, *m.span()):
                        d = _mk(art.year - 1, mon, day)  # "20 июня прошлого года"
            used.append(m.span())
            if d:
                hits.append(DateHit(m.start(), d.isoformat(), "day", "explicit", m.end()))
    for m in month_words:
        if not free(*m.span()):
            continue
        mon = months.get(m.group(1).lower())
        if not mon or (lang == "en" and m.group(1).lower() in ("may", "march") and not m.group(2)
                       and not _en_month_word(s, m)):
            continue
        if lang == "tr" and not m.group(2) and m.group(1).lower() not in _WORDS["date_month_extra"].get("tr", {}) \
                and re.match(r"\s+[A-ZÇĞİÖŞÜ][a-zçğıöşü]", s[m.end():]):
            continue  # "Kasım Cömert Tokayev", "Temmuz Sönmez": a given name or surname, not the month (an inflected
            # month, "eylülde Atina'yı", is no name)
        if lang in ("ru", "uk", "bg") and not m.group(2) and m.group(1)[:1].isupper() and s[:m.start()].strip() \
                and re.match(r"\s+[А-ЯЁІЇЄҐ][а-яёіїєґ']", s[m.end():]):
            continue  # "еврокомиссар Марта Кос", "Мая Санду": a given name before a surname (these languages write a
            # month in lower case inside a sentence)
        used.append(m.span())
        if m.group(2) and _valid_year(int(m.group(2))):
            hits.append(DateHit(m.start(), f"{int(m.group(2)):04d}-{mon:02d}", "month", "explicit"))
        elif art is not None and not _last_year_near(s, lang, *m.span(), THIS_YEAR) \
                and (prev := _narrative_day(mon, 0, art, after)) is not None:
            hits.append(DateHit(m.start(), prev.isoformat()[:7], "month", "explicit"))  # "в марте 2018 ... в августе"
        elif art is not None:
            y = art.year if mon <= art.month and not _last_year_near(s, lang, *m.span()) else art.year - 1
            hits.append(DateHit(m.start(), f"{y:04d}-{mon:02d}", "month", "explicit"))
    if art is not None:
        day_art = art_prec == "day"
        for i, (ws, we, wd) in enumerate(weekdays):
            if i in qualified or not day_art:
                continue
            if _future_weekday(s, ws, we, lang):
                ahead = (wd - art.weekday()) % 7
                hits.append(DateHit(ws, (art + dt.timedelta(days=ahead)).isoformat(), "day", "relative"))
                continue
            back = (art.weekday() - wd) % 7
            if back == 0 and _past_weekday(s, ws, lang):
                back = 7  # "last Friday" written on a Friday
            hits.append(DateHit(ws, (art - dt.timedelta(days=back)).isoformat(), "day", "relative"))
        for m in searched("rel"):
            off = RELATIVE[lang].get(m.group(1).lower())
            if off is None or (m.group(1).lower().endswith(" before") and _WORD_AFTER.match(s, m.end())):
                continue  # "the day before the vote" is that day's eve, not the article's
            if m.group(1).lower() in EVE_WORDS and _genitive_after(s, m.end(), lang):
                continue  # "напередодні найхолодніших місяців", "накануне саммита": the eve of that, not a day
            if day_art:
                hits.append(DateHit(m.start(), (art + dt.timedelta(days=off)).isoformat(), "day", "relative", m.end()))
            elif off == 0:
                hits.append(DateHit(m.start(), art.isoformat()[:7], "month", "relative"))
        for m in searched("ago") if day_art else ():
            k = _days_ago(m, lang)
            if k is not None:
                hits.append(DateHit(m.start(), (art - dt.timedelta(days=k)).isoformat(), "day", "relative", m.end()))
        for m in searched("this"):
            unit = _this_period(lang).get(m.group(1).lower())
            monday = art - dt.timedelta(days=art.weekday())
            if unit == "month" or (unit == "week" and day_art and monday.month == art.month):
                hits.append(DateHit(m.start(), art.isoformat()[:7], "month", "relative"))
        for m in searched("last"):
            unit = LAST_PERIOD[lang].get(m.group(1).lower())
            if unit == "month":
                prev = art.replace(day=1) - dt.timedelta(days=1)
                hits.append(DateHit(m.start(), prev.isoformat()[:7], "month", "relative"))
            elif unit == "week" and day_art:
                thursday = art - dt.timedelta(days=art.weekday() + 4)
                hits.append(DateHit(m.start(), thursday.isoformat(), "week", "relative"))
            elif unit == "weekend" and day_art:
                saturday = art - dt.timedelta(days=(art.weekday() - 5) % 7)
                hits.append(DateHit(m.start(), saturday.isoformat(), "day", "relative"))
    hits.sort(key=lambda h: h.pos)
    return hits


# A date written after the trigger behind one of these belongs to another event ("called ... after the crash on 25
# December", "a truce until May 18"): not the trigger's date (discourse.yml date_other_event_before; Turkish
# postpositions follow the date they govern: date_other_event_after)
@lru_cache(maxsize=8)
def _other_event_rx(lang: str):
    """(regular expression, whether it follows the date it governs), or (None, False)."""
    after = _WORDS["date_other_event_after"].get(lang)
    pat = after or _WORDS["date_other_event_before"].get(lang)
    return (re.compile(r"(?<!\w)(?:" + pat + r")(?!\w)", re.I) if pat else None), bool(after)


# a relative clause set off by a comma: its date belongs to its own event ("Putin, who met Aliyev on
# 5 May, called Erdogan" - the call is not dated 5 May; "in Vienna, where the summit opens on Friday, ...")
_REL_CLAUSE = _WORDS["date_relative_clause"]
# a participial phrase after a comma ("соглашению, подписанному 8 августа в Вашингтоне", "..., signed in Sochi on
# September 17, 2018"): discourse.yml date_participle
_PARTICIPLE = _WORDS["date_participle"]


@lru_cache(maxsize=8)
def _rel_clause_rx(lang: str):
    """A relative clause or a participial phrase opened by a comma, up to the next comma or semicolon."""
    pats = [p for p in (_REL_CLAUSE.get(lang), _PARTICIPLE.get(lang)) if p]
    if not pats:
        return None
    # (a month name is no participle: uk ", у травні," reads as one by its ending)
    months = "|".join(sorted(map(re.escape, month_table(lang)), key=len, reverse=True))
    no_month = r"(?!(?:" + months + r")(?!\w))" if months else ""
    return re.compile(r",\s*(?:\w+\s+)?" + no_month + r"(?:" + "|".join(pats) + r")(?!\w)[^,;]*", re.I)


# a Turkish date in the locative closed by a comma ("22 Nisan'da, 12 yıl aradan sonra") is its clause's own time, not
# the noun governed by a later "sonra" / "ardından" (as in "27 Eylül'de tırmanan gerginliğin ardından")
_TR_OWN_TIME = re.compile(r"\s*['’]?(?:da|de|ta|te)\s*,")


def _relative_spans(sent: str, lang: str) -> list[tuple[int, int]]:
    """The character spans of the sentence's relative clauses and participial phrases (``_rel_clause_rx``)."""
    rel = _rel_clause_rx(lang)
    return [m.span() for m in rel.finditer(sent)] if rel is not None else []


def outside_relative_clauses(hits, sent: str, lang: str) -> list:
    """The hits not inside a relative clause or participial phrase set off by a comma: the days the sentence's own
    acts can be told on ("Наступного дня Пашинян, який виконує обов'язки прем'єра до виборів 20 червня, звернувся
    до ОДКБ": the election day is no day of the sentence's own)."""
    spans = _relative_spans(sent, lang) if hits else []
    return [h for h in hits if not any(a <= h.pos < b for a, b in spans)]


def governed_by_other_event(h, sent: str, lang: str) -> bool:
    """The date is governed by a preposition that ties it to another event ("after the clashes of 10 August",
    "после столкновений 24 июля"; discourse.yml date_other_event_before) written before it in its clause, within 40
    characters: the sentence's own acts are not told on it, so it dates no later sentence either."""
    rx, after = _other_event_rx(lang)
    if rx is None or after:
        return False
    for m in rx.finditer(sent, max(0, h.pos - 40), h.pos):
        if not re.search(r"[,;:]", sent[m.end():h.pos]) and not _place_to(sent, m):
            return True
    return False


def attached_hits(hits, sent: str, tchar: int, lang: str) -> list:
    """The hits that can be the date of the event whose trigger starts at ``tchar``: not a date
    governed by a preposition (postposition in Turkish) that ties it to another event, nor a date
    inside a relative clause that the trigger is not in."""
    spans = _relative_spans(sent, lang) if hits else []
    if spans:
        hits = [h for h in hits if not any(a <= h.pos < b and not a <= tchar < b for a, b in spans)]
    rx, after = _other_event_rx(lang)
    if rx is None:
        return list(hits)
    out = []
    for h in hits:
        if after:
            end = max(h.pos, h.end)
            if h.pos < tchar and rx.search(sent, end, tchar) and not _TR_OWN_TIME.match(sent, end):
                continue
        elif h.pos > tchar and any(not _place_to(sent, m) for m in rx.finditer(sent, tchar, h.pos)):
            continue
        elif h.pos > tchar and ":" in sent[tchar:h.pos]:
            continue  # "обвинил X в провокации: во вторник беспилотник ...": the colon opens what the act is about
        out.append(h)
    return out


_TO_PLACE = re.compile(r"\s+[A-ZА-ЯЁІЇЄҐ]")
# a quotation closed and attributed ("«...», — заявил X в четверг", '"...," X said on Thursday'): a date after it is
# the saying's, so the speaker's own acts inside the quotation take it, whatever other act the quotation names
_QUOTE_CLOSED = re.compile(r"[»”“\"]\s*[,—–-]|[,.!?][”“\"]")


def _place_to(sent: str, m) -> bool:
    """A "до" of direction before a place ("приїхав до Києва в липні 2024 року", "пътува до Брюксел"): no other
    event before the date (as "до 18 мая", "до перемирия" are); nor is "перед" before a name, the addressee
    ("извинился перед Алиевым в Душанбе 9 октября"; "перед визитом" is another event)."""
    return m.group().lower() in ("до", "перед") and _TO_PLACE.match(sent, m.end()) is not None


def coordinated_dates(hits, tchar: int, sent: str, lang: str, coordinators) -> list:
    """The own dates of the event whose trigger starts at ``tchar`` when the sentence gives it several, joined
    by a coordinating conjunction ("met on 6 October in Prague and on 31 October in Sochi"): the nearest
    attached day date, then each further day date on the same side of the trigger that follows the previous
    one after a conjunction (``coordinators``, clauses.yml date_coordinators), within 60 characters and with
    no clause punctuation between. Dates a day apart or repeated are one (multi-day) act; a first date more
    than 45 characters from the trigger chains nothing. Returns [] or a list of at least two hits, nearest
    first."""
    if len(hits) < 2 or not coordinators:
        return []  # the common case, before the attachment test (event_date has run it for this event already)
    own = [h for h in attached_hits(hits, sent, tchar, lang) if h.precision == "day"]
    if len(own) < 2 or not coordinators:
        return []
    near = min(own, key=lambda h: abs(h.pos - tchar))
    if abs(near.pos - tchar) > 45:
        return []  # far from the trigger the dates may belong to another noun ("the statements dated A and B")
    side = [h for h in own if (h.pos > tchar) == (near.pos > tchar)]
    side.sort(key=lambda h: h.pos, reverse=near.pos < tchar)
    chain = [near]
    for h in side[side.index(near) + 1:]:
        a, b = sorted((chain[-1].pos, h.pos))
        between = sent[a:b]
        words = set(re.findall(r"\w+", between.lower()))
        if b - a > 60 or re.search(r"[;:()«»\"]", between) or not words & set(coordinators):
            break
        days = [parse_iso(x.value) for x in chain]
        d = parse_iso(h.value)
        if d is None or any(x is None or abs((d - x).days) <= 1 for x in days):
            break
        chain.append(h)
    return chain if len(chain) >= 2 else []


# discourse.yml date_background, all languages at once (a marker of one language says nothing in another's text)
BACKGROUND = re.compile(r"(?i)(?<!\w)(" + "|".join(r for rs in _WORDS["date_background"].values() for r in rs)
                        + r")(?!\w)")


def anaphoric_date(sentence: str, lang: str, anchor: dt.date | None) -> str | None:
    """The day a sentence dates by the last day the text named before it (``anchor``): "Hours later, ..." that
    day, "На следующий день ..." the day after (``ANAPHORIC``), "Three days later" three days after
    (discourse.yml ``date_days_later``). None without a phrase or an anchor."""
    if anchor is None or lang not in WEEKDAYS:
        return None
    m = _regexes(lang)["ana"].search(sentence)
    if m is not None:
        return (anchor + dt.timedelta(days=ANAPHORIC[lang][m.group(1).lower()])).isoformat()
    m = _regexes(lang)["later"].search(sentence)  # "three days later", "спустя два дня" (discourse.yml date_days_later)
    k = _days_ago(m, lang) if m is not None else None
    return (anchor + dt.timedelta(days=k)).isoformat() if k is not None else None


def _later_in_sentence(h, sent: str, tchar: int, lang: str) -> str | None:
    """The day of an act told "N days later" than a day named before it in the same sentence ("announced on Oct.
    21 that ..., and two days later the leaders met": the 23rd); None without such a phrase between them."""
    if h.precision != "day" or h.pos >= tchar or lang not in WEEKDAYS:
        return None
    day = parse_iso(h.value)
    if day is None:
        return None
    for m in _regexes(lang)["later"].finditer(sent):
        if h.pos < m.start() < tchar:
            k = _days_ago(m, lang)
            if k is not None:
                return (day + dt.timedelta(days=k)).isoformat()
    return None


# a year told as the time of an act ("в 2020 году", "in 2020,", "през 2020 г.", "2020 yılında"): not a year that
# only qualifies a noun ("the 2020 war", "войны 2020 года")
PAST_YEAR = {lang: re.compile(rx) for lang, rx in _WORDS["date_past_year"].items()}


def past_year_of(sent: str, tchar: int, lang: str, art: dt.date | None) -> bool:
    """Whether the event whose trigger starts at ``tchar`` is told as happening in a year before the article's
    ("в 2020 году Россия и Турция подписали ..."): such an event is not the news of the day and takes no date
    from the article (a bare year dates nothing to the day). Only a year in the trigger's clause counts (no
    comma, semicolon or colon between them, but the comma after a fronted year)."""
    rx = PAST_YEAR.get(lang)
    if rx is None or art is None:
        return False
    for m in rx.finditer(sent):
        y = int(next(g for g in m.groups() if g))
        if y >= art.year:
            continue
        # the comma that closes a fronted year ("In 2019, France ...") is no clause boundary
        gap = sent[m.end():tchar].lstrip(" ,") if m.start() < tchar else sent[tchar:m.start()]
        if not re.search(r"[,;:]", gap):
            return True
    return False


def is_background(sentence: str, tchar: int | None = None) -> bool:
    """The sentence tells background ("ранее", "earlier", "recall"): a marker anywhere, or, given the trigger's
    offset ``tchar``, a marker before the trigger or after it in the same clause. A marker after the trigger behind a
    comma is another clause's ("встретился с Лавровым, ранее заявившим ...": the meeting is not background)."""
    for m in BACKGROUND.finditer(sentence):
        if tchar is None or m.start() < tchar or "," not in sentence[tchar:m.start()]:
            return True
    return False


# a date phrase of at most three words that ends its sentence ("... on Monday.", "... вчера."): the main clause's
_CLAUSE_END_DATE = re.compile(r"[\w-]+(?:\s+[\w-]+){0,2}\s*[.!?;\"'»”)]*\s*")


def event_date(hits, tchar: int, k: int, sent: str, lang: str, art_value: str | None, state,
               trust_art: bool = True, doubtful: bool = False, anaphoric: str | None = None, triggers=(),
               lead: str | None = None, complements=()) -> tuple:
    """(value, precision, source) of one event.

    1. Its own date: the date expression of the sentence nearest to the trigger among those
       attached to it (``attached_hits``): source 'explicit' or 'relative'.
    1b. A day told relative to the last day the text named (``anaphoric``, from ``anaphoric_date``: "hours
       later", "на следующий день"): source 'relative', also in a background sentence ("earlier that day").
    2. The news of the day: a lead sentence (first two) or a 'today' sentence takes the article
       date ('article_date'), unless it is marked as background; but the second sentence takes the
       first one's day date when it has one ('inferred': it tells more of the lead's act).
    3. The previous dated sentence of the same paragraph ('inferred'), unless background.
    4. The article date ('inferred') when the article date is trusted (``trust_art``: not
       contradicted by the text), unless background ('inferred_doubtful' when it was inferred).
    5. Else unknown (null).
    ``doubtful`` (the article date was inferred from the text, or flagged) adds '_doubtful' to the
    source of every date that rests on the article date (relative dates and steps 2 and 4).
    ``triggers`` (given for statements, demands, criticism, threats: discourse.yml speech_act_roots): where the
    sentence's triggers start; a date written after another trigger that follows this one is that act's ("condemned
    the attack on Aleppo on November 24", "осъди американските удари ... на 22 юни"), not the statement's;
    ``complements``: where its complementizers start (a reported content: any date after one is the content's)."""
    sfx = "_doubtful" if doubtful else ""
    own = attached_hits(hits, sent, tchar, lang)
    if (triggers or complements) and own:
        # (a day told relative to the article's, "on Monday", "вчера", that ends the sentence after the statement's object
        # names the statement's day: "Iran rejected the US proposal on Monday"; inside a reported content it is that
        # content's: "rejected the accusations that the raid on Friday ...", and so is one followed by more words: "the
        # statement issued on Wednesday by the EU")
        own = [h for h in own if not (h.pos > tchar and any(
            tchar < t < h.pos and not _QUOTE_CLOSED.search(sent, t, h.pos)
            for t in (complements if h.source == "relative" and _CLAUSE_END_DATE.fullmatch(sent, h.pos)
                      else (*triggers, *complements))))]
    if own:
        h = min(own, key=lambda h: abs(h.pos - tchar))
        later = _later_in_sentence(h, sent, tchar, lang)
        if later is not None:
            return later, "day", "relative" + sfx
        return h.value, h.precision, h.source + (sfx if h.source == "relative" else "")
    if anaphoric is not None:
        return anaphoric, "day", "relative"
    art_d, art_p = parse_article_date(art_value)
    if past_year_of(sent, tchar, lang, art_d):
        return None, "unknown", "unknown"
    bg = is_background(sent, tchar)
    art_v = None if art_d is None or art_p == "year" else (art_d.isoformat() if art_p == "day" else art_value[:7])
    if k == 1 and state is not None and state[1] == "day" and not bg and not has_today(sent, lang):
        return state[0], state[1], "inferred"  # the lead's second sentence tells more of the lead's dated act
    if art_v is not None and (k < 2 or has_today(sent, lang)) and not bg:
        return art_v, art_p, "article_date" + sfx
    if state is not None and not bg:
        return state[0], state[1], "inferred"
    if art_v is not None and trust_art and not bg:
        # news reports what happened around its publication: an undated event of a dated article that
        # is not marked as background takes the article date, recorded as 'inferred' (not silently); an
        # article date inferred from the text gives it too, marked 'inferred_doubtful'. When the lead dated its
        # news to another day ("Last Friday, in the White House, ..." in a Thursday's article), that day (``lead``)
        if lead is not None and art_p == "day":
            return lead, "day", "inferred"
        return art_v, art_p, "inferred" + sfx
    return None, "unknown", "unknown"


def yearless_ahead(h: DateHit, sent: str, art_value) -> bool:
    """A day written without its year ("on October 5", "на 5 октомври") whose reading in the article's year lies after
    the article's day: a day ahead (the past tense of the sentence may have read it back into last year)."""
    art, prec = parse_article_date(art_value)
    if art is None or prec != "day" or h.precision != "day" or h.source != "explicit" or h.value[:4] not in (
            str(art.year), str(art.year - 1)):
        return False
    if years_in(sent[h.pos:(h.end or h.pos + 12) + 12]):
        return False  # the year is written
    return f"{art.year}{h.value[4:]}" > art.isoformat()


_TODAY_RX = {lang: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ws)) + r")(?!\w)", re.I)
             for lang, ws in _WORDS["date_today"].items()}


def has_today(sentence: str, lang: str) -> bool:
    rx = _TODAY_RX.get(lang)
    return rx is not None and rx.search(sentence) is not None


def years_in(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)", text or "")]


def known_full_dates(text: str, lang: str) -> dict:
    """(month, day) -> year for every explicit full date in ``text``."""
    out: dict = {}
    for h in find_dates(text or "", lang, None, None):
        if h.precision == "day":
            y, m, d = (int(x) for x in h.value.split("-"))
            out.setdefault((m, d), y)
    return out


_YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def full_date_context(text: str, lang: str) -> tuple[dict, int | None]:
    """(known, fallback year) from one pass over the text's full dates: ``known`` maps (month, day)
    -> year for every day date written with its year (as ``known_full_dates``); the fallback year,
    context for yearless dates of an article without a date, is the latest year written in a full
    date (day-month-year or month-year). A year named alone ("since 1991") is history, not the
    article's time, and does not count."""
    known: dict = {}
    years = []
    if not _YEAR4.search(text or ""):
        return known, None  # every full date writes its year (1900-2099): most texts need no full pass
    for h in find_dates(text or "", lang, None, None):
        years.append(int(h.value[:4]))
        if h.precision == "day":
            y, m, d = (int(x) for x in h.value.split("-"))
            known.setdefault((m, d), y)
    return known, (max(years) if years else None)


def fallback_year(text: str, lang: str) -> int | None:
    """The fallback year of ``full_date_context``."""
    return full_date_context(text, lang)[1]


def article_date_doubt(date_flag) -> tuple[bool, bool]:
    """(trusted, doubtful) for ingestion's ``date_flag``: a date contradicted by the text is neither
    trusted for undated events nor sure; a date inferred from the text is doubtful."""
    flag = date_flag if isinstance(date_flag, str) else ""
    contradicted = "contradicts_text" in flag
    return not contradicted, contradicted or "inferred_from_text" in flag


@lru_cache(maxsize=8)
def _yearless_rx(lang: str):
    months = sorted(month_table(lang), key=len, reverse=True)
    mon = "|".join(re.escape(m) for m in months) or "(?!x)x"
    rng = _RANGE
    return (re.compile(r"(?<![\w])(\d{1,2})" + rng + r"(?:-?(?:го|е|th|st|nd|rd))?\s+(?:of\s+)?(" + mon + r")\.?(?![\w])"
                       r"(?!,?\s+\d{4})", re.I),
            re.compile(r"(?<![\w])(" + mon + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?" + rng + r"(?![\w])(?!,?\s+\d{4})", re.I))


def yearless_dates(text: str, lang: str) -> list[tuple[int, int, int, int | None]]:
    """(position, month, day, weekday or None) of every day-month date written without a year;
    the weekday is the one written next to it ("on Friday, August 8")."""
    if lang not in WEEKDAYS or not text:
        return []
    months = month_table(lang)
    rx = _regexes(lang)
    wds = [(m.start(), m.end(), WEEKDAYS[lang].get(m.group(1).lower())) for m in rx["wd"].finditer(text)]
    out = []
    for k, pat in enumerate(_yearless_rx(lang)):
        for m in pat.finditer(text):
            if k == 0:
                day, mon = int(m.group(1)), months.get(m.group(2).lower())
            else:
                mon, day = months.get(m.group(1).lower()), int(m.group(2))
            if not mon or not 1 <= day <= 31:
                continue
            a, b = m.span()
            wd = next((w for ws, we, w in wds if w is not None and ((we <= a and _WD_GAP.match(text[we:a]))
                                                                     or (ws >= b and _WD_GAP.match(text[b:ws])))), None)
            out.append((a, mon, day, wd))
    return sorted(out)


_ABBR_MONTH_END = re.compile(r"(?<![\w])([^\W\d_]{3,4})\.$")
_LEADING_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?(?![\d:]|\.\d)")


def rejoin_split_date(sentence: str, next_sentence: str | None, lang: str) -> str:
    """``sentence`` with the day that a sentence splitter cut off an abbreviated month ("... broke out
    on Sept." + "27, ...", the AP style "Oct. 18") put back at its end, so that the date is read
    whole; the sentence is returned unchanged otherwise (positions of its own text never move)."""
    if not next_sentence or not sentence.endswith("."):
        return sentence
    m = _ABBR_MONTH_END.search(sentence)
    if m is None or m.group(1).lower() not in month_table(lang):
        return sentence
    d = _LEADING_DAY.match(next_sentence)
    return sentence + " " + d.group(1) if d else sentence
