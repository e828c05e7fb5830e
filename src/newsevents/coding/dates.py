"""Date expressions in sentences: explicit dates, weekdays, relative words.

``find_dates(sentence, lang, article_date, fallback_year)`` returns a list of ``DateHit``
(char offset, iso value, precision, source). Never raises; values are valid ISO strings
(YYYY-MM-DD for day precision, YYYY-MM for month precision).

Year inference for day-month dates without a year: the latest such date not after the
article date (+3 days tolerance); without an article date the latest 4-digit year
mentioned in the article (``fallback_year``); otherwise the date is unknown (no hit).
Weekdays resolve to the most recent such day on/before the article date (no hit without it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

TOLERANCE_DAYS = 3


@dataclass(frozen=True, slots=True)
class DateHit:
    pos: int
    value: str
    precision: str  # day | month | year
    source: str  # explicit | relative


@lru_cache(maxsize=8)
def month_table(lang: str) -> dict[str, int]:
    table: dict[str, int] = {}
    try:
        from babel.dates import get_month_names

        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for num, name in get_month_names(width, ctx, locale=lang).items():
                    n = name.lower().strip(".")
                    if len(n) >= 3:
                        table[n] = num
    except Exception:  # noqa: BLE001
        pass
    extra = {
        "ru": {"ноябрь": 11, "октябрь": 10, "сентябрь": 9, "янв": 1, "фев": 2, "сент": 9},
        "uk": {},
        "bg": {"декември": 12, "ноември": 11},
        "en": {"sept": 9},
    }
    table.update(extra.get(lang, {}))
    if lang == "ru":  # oblique cases "в июле", "в январе"
        for name, num in list(table.items()):
            if name.endswith(("ь", "й")) and len(name) > 3:
                table[name[:-1] + "е"] = num
            elif name.endswith("т"):
                table[name + "е"] = num
    return table


WEEKDAYS = {
    "ru": {"понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятницу": 4, "пятница": 4,
           "субботу": 5, "суббота": 5, "воскресенье": 6},
    "uk": {"понеділок": 0, "вівторок": 1, "середу": 2, "четвер": 3, "п'ятницю": 4, "суботу": 5, "неділю": 6},
    "bg": {"понеделник": 0, "вторник": 1, "сряда": 2, "четвъртък": 3, "петък": 4, "събота": 5, "неделя": 6},
    "en": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6},
}
RELATIVE = {
    "ru": {"сегодня": 0, "вчера": -1, "позавчера": -2, "накануне": -1},
    "uk": {"сьогодні": 0, "вчора": -1, "учора": -1, "позавчора": -2},
    "bg": {"днес": 0, "вчера": -1, "онзи ден": -2},
    "en": {"today": 0, "yesterday": -1},
}


@lru_cache(maxsize=8)
def _regexes(lang: str):
    months = sorted(month_table(lang), key=len, reverse=True)
    mon = "|".join(re.escape(m) for m in months) or "(?!x)x"
    wd = "|".join(re.escape(w) for w in sorted(WEEKDAYS.get(lang, {}), key=len, reverse=True)) or "(?!x)x"
    rel = "|".join(re.escape(w) for w in sorted(RELATIVE.get(lang, {}), key=len, reverse=True)) or "(?!x)x"
    b = r"(?<![\w])"
    e = r"(?![\w])"
    return {
        "dmy": re.compile(b + r"(\d{1,2})(?:-?(?:го|е|th|st|nd|rd))?\s+(?:of\s+)?(" + mon + r")\.?" + e + r"(?:,?\s+(\d{4}))?", re.I),
        "mdy": re.compile(b + r"(" + mon + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?" + e + r"(?:,?\s+(\d{4}))?", re.I),
        "my": re.compile(b + r"(" + mon + r")" + e + r"(?:\s+(\d{4}))?", re.I),
        "num": re.compile(b + r"(\d{1,2})\.(\d{1,2})\.(\d{4})" + e),
        "iso": re.compile(b + r"(\d{4})-(\d{2})-(\d{2})" + e),
        "wd": re.compile(b + r"(" + wd + r")" + e, re.I),
        "rel": re.compile(b + r"(" + rel + r")" + e, re.I),
    }


_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=8)
def _keywords(lang: str) -> frozenset:
    return frozenset(month_table(lang)) | frozenset(WEEKDAYS.get(lang, {})) | frozenset(RELATIVE.get(lang, {}))


def _mk(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


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


def parse_iso(s) -> dt.date | None:
    if not s or not isinstance(s, str):
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def find_dates(sentence: str, lang: str, article_date: dt.date | None = None,
               fallback_year: int | None = None, known: dict | None = None,
               after: dt.date | None = None) -> list[DateHit]:
    """All date expressions in ``sentence`` (see module doc). Never raises.

    ``known`` maps (month, day) -> year for full dates written elsewhere in the article: a
    yearless "November 9" after "November 9, 2020" takes 2020."""
    try:
        return _find(sentence, lang, article_date, fallback_year, known or {}, after)
    except Exception:  # noqa: BLE001
        return []


def _valid_year(y: int) -> bool:
    return 1900 <= y <= 2100


def _find(s: str, lang: str, art: dt.date | None, fby: int | None, known: dict,
          after: dt.date | None = None) -> list[DateHit]:
    if lang not in WEEKDAYS:
        return []
    rx = _regexes(lang)
    months = month_table(lang)
    low = s.lower()
    words = set(_WORD.findall(low))
    keyword = bool(words & _keywords(lang)) or (lang == "bg" and "онзи ден" in low)
    if not keyword and not _DIGIT.search(s):
        return []
    hits: list[DateHit] = []
    used: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in used)

    for m in rx["iso"].finditer(s):
        d = _mk(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d and _valid_year(d.year):
            hits.append(DateHit(m.start(), d.isoformat(), "day", "explicit"))
            used.append(m.span())
    for m in rx["num"].finditer(s):
        if not free(*m.span()):
            continue
        d = _mk(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d and _valid_year(d.year):
            hits.append(DateHit(m.start(), d.isoformat(), "day", "explicit"))
            used.append(m.span())
    if not keyword:
        hits.sort(key=lambda h: h.pos)
        return hits
    for key in ("dmy", "mdy"):
        for m in rx[key].finditer(s):
            if not free(*m.span()):
                continue
            if key == "dmy":
                day, mon, year = int(m.group(1)), months.get(m.group(2).lower()), m.group(3)
            else:
                mon, day, year = months.get(m.group(1).lower()), int(m.group(2)), m.group(3)
            if not mon:
                continue
            if year and _valid_year(int(year)):
                d = _mk(int(year), mon, day)
            elif (mon, day) in known:
                d = _mk(known[(mon, day)], mon, day)
            else:
                d = _infer_year(mon, day, art, fby, after)
                if d is not None and after is None:
                    pass
            used.append(m.span())
            if d:
                hits.append(DateHit(m.start(), d.isoformat(), "day", "explicit"))
    for m in rx["my"].finditer(s):
        if not free(*m.span()):
            continue
        mon = months.get(m.group(1).lower())
        if not mon or (lang == "en" and m.group(1).lower() in ("may", "march") and not m.group(2)):
            continue
        used.append(m.span())
        if m.group(2) and _valid_year(int(m.group(2))):
            hits.append(DateHit(m.start(), f"{int(m.group(2)):04d}-{mon:02d}", "month", "explicit"))
        elif art is not None:
            y = art.year if mon <= art.month else art.year - 1
            hits.append(DateHit(m.start(), f"{y:04d}-{mon:02d}", "month", "explicit"))
    if art is not None:
        for m in rx["wd"].finditer(s):
            wd = WEEKDAYS[lang].get(m.group(1).lower())
            if wd is None:
                continue
            back = (art.weekday() - wd) % 7
            hits.append(DateHit(m.start(), (art - dt.timedelta(days=back)).isoformat(), "day", "relative"))
        for m in rx["rel"].finditer(s):
            off = RELATIVE[lang].get(m.group(1).lower())
            if off is None:
                continue
            hits.append(DateHit(m.start(), (art + dt.timedelta(days=off)).isoformat(), "day", "relative"))
    hits.sort(key=lambda h: h.pos)
    return hits


def has_today(sentence: str, lang: str) -> bool:
    w = {"ru": "сегодня", "uk": "сьогодні", "bg": "днес", "en": "today"}.get(lang)
    return bool(w) and re.search(r"(?<!\w)" + w + r"(?!\w)", sentence, re.I) is not None


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
