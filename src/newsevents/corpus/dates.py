"""An article's date with its basis, precision and confidence (``article_date``), and the flags
that tell the coder how far to trust it.

Bases (the ``published_source`` column), first found wins:
* ``metadata``: the ``published`` field (ISO ``YYYY-MM-DD[...]``, ``DD.MM.YYYY`` or a written date).
* ``dateline``: a date line among the header lines the cleaner set aside and the first body lines
  (also the first raw lines, for strong ones) that fills the line ("14:05, 12 May 2025") or opens
  it ("12.03.2024 - ...", "MOSCOW, March 5, 2024 -"). Strong datelines carry a time, a label, an
  agency or a byline; a bare date line is the shape of a site's page date, often the crawl day
  ("5 Декември, 2025" above a story of 2020), and is taken only when the text supports it.
  Dates inside a sentence ("..., 28 декабря 2024 года Путин позвонил") are events, not datelines.
* ``url``: a date in the URL's path.
* ``inferred-from-text``: see ``infer_from_text`` (yearless datelines, "today" with a date, the
  latest dated event reported, the year of the latest month named); flagged "inferred_from_text: ...".
* ``unknown``: none of the above. No date is preferred to a wrong one.

Impossible dates (31.02.2020) are skipped; dates after today or before 1900 are skipped and noted
in ``date_flag`` ("future_date_ignored: ..." / "too_old_ignored: ..."). Nothing else depends on the
day the code runs.

``contradicts_text``: a date from the metadata, a dateline or the URL is kept but flagged when the
text dates its own news (a yearless dateline whose year a weekday fixes, a date given with "today")
more than a year earlier. Years merely named ("since 1991", "the 1991 Alma-Ata Declaration") and
the dates of events the article recalls are history, not a contradiction.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_LOCALES = ("ru", "bg", "en", "uk", "tr")
_EXTRA_ABBR = {"sept": 9, "сент": 9, "февр": 2, "ноем": 11, "дек": 12, "окт": 10, "авг": 8, "апр": 4,
               "янв": 1, "мар": 3, "июн": 6, "июл": 7, "ное": 11, "яну": 1, "фев": 2, "юни": 6, "юли": 7}


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Lower-cased month names of ru/bg/en/uk/tr (the coder's Babel month tables) plus abbreviations."""
    from ..coding.dates import month_table

    names: dict[str, int] = {}
    for loc in _LOCALES:
        for key, num in sorted(month_table(loc).items()):
            names.setdefault(key, num)
    for k, v in _EXTRA_ABBR.items():
        names.setdefault(k, v)
    return names


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, str]]:
    months = "|".join(sorted((re.escape(m) for m in month_names()), key=len, reverse=True))
    return [
        (re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"), "ymd"),
        (re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)"), "dmy"),
        (re.compile(rf"(?<![\w])(\d{{1,2}})(?:-?(?:st|nd|rd|th|го|е|я))?\s+({months})\.?,?\s+(\d{{4}})(?!\d)", re.I), "dMy"),
        (re.compile(rf"(?<![\w])({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I), "Mdy"),
    ]


_FOUR_DIGITS = re.compile(r"\d{4}")  # every pattern of _patterns writes the year in four digits


def find_dates(line: str) -> list[tuple[int, int, int, int, int]]:
    """All (year, month, day, start, end) date mentions in ``line`` (calendar validity not checked)."""
    if not _FOUR_DIGITS.search(line):
        return []
    out = []
    names = month_names()
    for pat, kind in _patterns():
        for m in pat.finditer(line):
            g = m.groups()
            if kind == "ymd":
                y, mo, d = int(g[0]), int(g[1]), int(g[2])
            elif kind == "dmy":
                d, mo, y = int(g[0]), int(g[2]), int(g[3])
            elif kind == "dMy":
                d, mo, y = int(g[0]), names[g[1].lower().strip(".")], int(g[2])
            else:
                mo, d, y = names[g[0].lower().strip(".")], int(g[1]), int(g[2])
            out.append((y, mo, d, m.start(), m.end()))
    return sorted(out, key=lambda t: t[3])


# what may follow the date of a dateline that opens the lead on its own line: the year word ("г.", "р."), a time, the
# agency in brackets or slashes ("(Reuters)", "(БТА)", "/ТАСС/"), then the dash or slash before the text
_OPENS = re.compile(r"^\s*(г\.|года|год|р\.|року|рік)?\s*[,.]?\s*(\d{1,2}:\d{2})?\s*(\([^()]{1,30}\)|/[^/]{1,30}/)?\s*[.,]?\s*"
                    r"[-–—|:/]")


def _dateline_match(line: str):
    """The date of a dateline-shaped line, or None."""
    for y, mo, d, start, end in find_dates(line):
        rest = (line[:start] + line[end:]).strip(" ,.-–—|/()г")
        fills = len(rest) <= 25 and not re.search(r"[.!?]\s*\S", rest)
        opens = start <= 40 and _OPENS.match(line[end:] or "-")
        if fills or opens:
            return y, mo, d
    return None


def is_dateline(line: str) -> bool:
    return len(line) <= 200 and _dateline_match(line) is not None


def _check(y: int, mo: int, d: int, today: dt.date) -> tuple[str | None, str | None]:
    try:
        value = dt.date(y, mo, d)
    except ValueError:
        return None, None
    if value > today:
        return None, f"future_date_ignored: {value.isoformat()}"
    if value.year < 1900:
        return None, f"too_old_ignored: {value.isoformat()}"
    return value.isoformat(), None


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_metadata_date(value, today: dt.date | None = None) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD, or YYYY-MM for a month-only value, or None; flag or None) for a metadata
    ``published`` value."""
    today = today or dt.date.today()
    if value is None:
        return None, None
    s = str(value).strip()
    if not s or s.lower() in ("nan", "none", "null", "nat"):
        return None, None
    if len(s) == 10 and _ISO_DAY.fullmatch(s):
        # the usual value, "2025-05-14": what find_dates reads in it (its only date mention), without the search
        iso, flag = _check(int(s[:4]), int(s[5:7]), int(s[8:]), today)
        return iso, flag if iso is not None or flag is not None else f"impossible_metadata_date: {s}"
    dates = find_dates(s)
    m = re.fullmatch(r"((?:19|20)\d{2})-(\d{2})", s)
    if not dates and m and 1 <= int(m.group(2)) <= 12:  # a month only: "2025-05"
        if (int(m.group(1)), int(m.group(2))) > (today.year, today.month):
            return None, f"future_date_ignored: {s}"
        return s, None
    if not dates:
        return None, f"unparseable_metadata_date: {s[:40]}"
    y, mo, d = dates[0][:3]
    iso, flag = _check(y, mo, d, today)
    if iso is None and flag is None:
        flag = f"impossible_metadata_date: {s[:40]}"
    return iso, flag


def dateline_date(top_lines: list[str], today: dt.date | None = None) -> tuple[str | None, str | None]:
    """(date, flag) from the first dateline-shaped line with a valid date."""
    today = today or dt.date.today()
    flag = None
    for line in top_lines:
        if len(line) > 400:
            line = line[:400]
        m = _dateline_match(line)
        if m is None:
            continue
        iso, f = _check(*m, today)
        if iso:
            return iso, flag
        flag = flag or f
    return None, flag


_YEAR = re.compile(r"(?<![\d.,])(19\d{2}|20\d{2})(?![\d.,]\d)")
_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)|\b\d{1,2}\s*[AaPp]\.?[Mm]\b")
_LABEL = re.compile(r"(?i)(posted|published|publié|date|опубликовано|публикувано|опубліковано|дата|tarih|yayın|"
                    r"/ТАСС/|РИА|\bAA\b|Xinhua|Reuters|AFP|\bAP\b|БТА|БГНЕС|Укрінформ)")
_MODIFIED = re.compile(r"(?i)^\W*(modified|updated|last\s+update|обновлено|изменено|обновено|актуализиран\w*|оновлено|"
                       r"güncelle\w*)")
_WEEKDAY_WORDS = re.compile(
    r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|четверг|пятница|"
    r"суббота|воскресенье|понеделник|сряда|четвъртък|петък|събота|неделя|понеділок|вівторок|середа|четвер|"
    r"п['’ʼ]ятниця|субота|неділя|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)\b")
# words of a future or a deadline: a date in such a sentence is not an event the article reports
_FUTURE = re.compile(
    r"(?i)(?<!\w)(will|shall|to\s+be\s+held|scheduled|planned|expected\s+to|until|deadline|next|(?:is|are|was|were)\s+(?:due|set)\s+to|upcoming|"
    r"будет|будут|состоится|планиру\w*|намечен\w*|пройд[её]т|пройдут|до\s+\d|следующ\w*|"
    r"ще|предстои\w*|планира\w*|следващ\w*|"
    r"буде|будуть|відбудеться|заплановано|наступн\w*|"
    r"olacak|yapılacak|planlan\w*|kadar|gelecek)(?!\w)")

SOURCES = ("metadata", "dateline", "url", "inferred-from-text", "unknown")


@dataclass(frozen=True)
class ArticleDate:
    """An article's date with its basis: ``value`` 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' | None,
    ``precision`` day | month | year | unknown, ``source`` one of ``SOURCES``, ``confidence`` in
    [0, 1] (1 for metadata, 0 for unknown), ``flag`` notes (rejected dates, contradictions)."""

    value: str | None
    precision: str
    source: str
    confidence: float
    flag: str | None = None


def _years(body: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(body)]


def url_date(url) -> tuple[str, str] | None:
    """(value, precision) of a date in a URL's path: /2022/03/29/, /2016-04-08/, 20250217, /2025/05/.
    The query string is not read (archive parameters such as ?month=11.2022 are not the article's)."""
    if not isinstance(url, str) or not url.strip():
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.I).split("?")[0].split("#")[0]
    for rx in (r"(?<!\d)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?!\d)", r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)"):
        for m in re.finditer(rx, path):
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat(), "day"
            except ValueError:
                continue
    m = re.search(r"/((?:19|20)\d{2})/(\d{1,2})/", path)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}", "month"
    return None


def _dateline_kind(line: str, start: int, end: int) -> str:
    """'strong' when the line carries a time, a label, an agency or other words beside the date (a
    byline, "МОСКВА, 5 мая /ТАСС/"); 'bare' when it is a date alone, perhaps with a weekday: the shape
    of a site's page date, which on crawled pages is often the crawl day, not the article's."""
    rest = line[:start] + " " + line[end:]
    if _TIME.search(rest) or _LABEL.search(rest):
        return "strong"
    rest = _WEEKDAY_WORDS.sub(" ", rest)
    return "bare" if not re.search(r"\w", rest.replace("г", "").replace("year", "")) else "strong"


def dateline_candidates(top_lines: list[str], today: dt.date | None = None) -> list[tuple[str, str, int]]:
    """(iso date, 'strong'|'bare', line index) of every dateline-shaped line with a valid date;
    lines giving a modification date ("Updated ...") are skipped."""
    today = today or dt.date.today()
    out = []
    for i, line in enumerate(top_lines):
        line = line[:400]
        if _MODIFIED.match(line):
            continue
        for y, mo, d, start, end in find_dates(line):
            rest = (line[:start] + line[end:]).strip(" ,.-–—|/()г•·")
            long_ok = 40 if _TIME.search(rest) else 25
            fills = len(rest) <= long_ok and not re.search(r"[.!?]\s*\S", rest)
            opens = start <= 40 and _OPENS.match(line[end:] or "-")
            if not (fills or opens):
                continue
            iso, _ = _check(y, mo, d, today)
            if iso:
                out.append((iso, _dateline_kind(line, start, end), i))
            break
    return out


@lru_cache(maxsize=8)
def _yearless_dateline_rx(lang: str):
    from ..coding.dates import month_table

    mon = "|".join(sorted((re.escape(m) for m in month_table(lang)), key=len, reverse=True)) or "(?!x)x"
    # "МОСКВА, 15 мая. —", "Москва. 15 мая. -", "ПАРИЖ, 18 августа. /ТАСС/.", the agency after the date, in capitals
    # ("Вильнюс. 21 ноября. INTERFAX.RU - ", "Киев. 3 мая. РИА Новости -"), and the month first: "MOSCOW, November
    # 29. /TASS/." (groups: day, month or month, day; ``_dateline_day_month`` reads them)
    return re.compile(r"^\W{0,3}[A-ZА-ЯЁІЇЄҐ][\w .'-]{1,30}?[.,]\s+(?:(\d{1,2})\s+(" + mon + r")|(" + mon
                      + r")\.?\s+(\d{1,2}))\.?\s*[.,]?\s*(?-i:[A-ZА-ЯЁІЇЄҐ]{2}[\w.]{0,20}(?:\s+[A-ZА-ЯЁІЇЄҐ][\w.]{1,20})?\s*)?"
                      r"(?:[—–-]|/)", re.I)


def _dateline_day_month(m) -> tuple[str, int]:
    """(month word, day) of a ``_yearless_dateline_rx`` match, in either order."""
    return (m.group(2), int(m.group(1))) if m.group(1) else (m.group(3), int(m.group(4)))


_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+|\n")
_DIGIT = re.compile(r"\d")
_FULL_YEAR = re.compile(r"\d{4}")


def _future_line(text: str, p: int) -> bool:
    """The line of the text holding position ``p`` speaks of the future or a deadline (``_FUTURE``)."""
    end = text.find("\n", p)
    return bool(_FUTURE.search(text[text.rfind("\n", 0, p) + 1:end if end >= 0 else len(text)]))


def _resolved_event_dates(text: str, lang: str) -> tuple[list[tuple[dt.date, bool, int]], bool]:
    """((date, in a future/deadline sentence, position) of the day dates the text writes, ambiguous).

    Yearless dates take the year a weekday beside them fixes, else the narrative's: the year of the
    last full date written before them, moved to the next year when that puts them more than a
    month before it ("8 August 2025 ... 3 February" is 2026-02-03). A yearless date written before
    every full date and falling before the latest of them in that year may belong to a later year
    the text never names: the dates are then ``ambiguous`` for the article's own date."""
    from ..coding import dates as C

    full: list[tuple[dt.date, bool, int]] = []
    pos = 0
    for sent in _SENT_SPLIT.split(text):
        if not _FULL_YEAR.search(sent):
            continue  # full dates carry a 4-digit year
        at = text.find(sent, pos)
        pos = max(pos, at)
        fut = bool(_FUTURE.search(sent))
        seen = set()
        for h in C.find_dates(sent, lang, None, None):
            if h.precision == "day":
                full.append((dt.date.fromisoformat(h.value), fut, at + h.pos))
                seen.add(h.pos)
        # full dates written in another of the languages (an embedded post signed "January 8, 2024")
        for y, mo, d, start, _end in find_dates(sent):
            v = C._mk(y, mo, d)
            if v is not None and start not in seen and 1900 <= y <= 2100:
                full.append((v, fut, at + start))
    years = sorted({d.year for d, _f, _p in full} | set(_years(text)))
    known: dict = {}
    for x, _f, _q in full:
        known.setdefault((x.month, x.day), x.year)
    out = list(full)
    ambiguous = False
    for p, mo, d, wd in C.yearless_dates(text, lang):
        if (mo, d) in known:
            continue  # already counted with its year
        fut = _future_line(text, p)
        cand = None
        if wd is not None and years:
            cand = C.year_for_weekday(mo, d, wd, sorted({y + k for y in years for k in (-1, 0, 1)}))
        if cand is None:
            before = [x for x, _f, q in full if q < p]
            if before:
                prev = before[-1]
                cand = C._mk(prev.year, mo, d)
                if cand is not None and cand < prev and (prev - cand).days > 31:
                    nxt = C._mk(prev.year + 1, mo, d)
                    cand = nxt if nxt is not None and (nxt - prev).days <= 200 else None
            elif full:
                latest = max(x for x, _f, _q in full)
                cand = C._mk(latest.year, mo, d)
                if cand is not None and cand < latest:
                    ambiguous, cand = True, None
        if cand is not None:
            out.append((cand, fut, p))
    return out, ambiguous


def infer_from_text(lines: list[str], lang: str | None, today: dt.date | None = None,
                    strong_only: bool = False) -> ArticleDate | None:
    """The article's date from its text alone (see ``article_date``), or None. ``strong_only``: only
    the text's own dating (a yearless dateline, a date given with "today"), not the latest event."""
    from ..coding import dates as C

    today = today or dt.date.today()
    if lang not in C.WEEKDAYS:
        return None
    text = "\n".join(lines)
    # 1. a dateline without a year ("Москва. 15 мая. —"): the year from a weekday the lead names
    #    ("в среду") or from the text's full dates
    rx = _yearless_dateline_rx(lang)
    for i, line in enumerate(lines[:8]):
        m = rx.match(line)
        if not m:
            continue
        word, d = _dateline_day_month(m)
        mo = C.month_table(lang).get(word.lower())
        if not mo:
            continue
        lead = " ".join(lines[i:i + 2])
        wd_hits = [C.WEEKDAYS[lang].get(w.group(1).lower()) for w in C._regexes(lang)["wd"].finditer(lead)]
        for wd in [w for w in wd_hits if w is not None][:1]:
            if strong_only:
                # to contradict a given date, the dateline's year must be the text's own: named in the lead or
                # in a full date; a year merely named later ("a treaty of 1951") is history
                years = _years(lead) + [int(h.value[:4]) for h in C.find_dates(text, lang, None, None)
                                        if h.precision == "day"]
            else:
                years = _years(text)
            span = sorted({y + k for y in years for k in (-1, 0, 1)})
            # the weekday names the event's day: the dateline's own day or the day before it
            for back in (0, 1):
                found = [c for y in span if (c := C._mk(y, mo, d)) is not None
                         and (c - dt.timedelta(days=back)).weekday() == wd]
                if len(found) == 1:
                    return ArticleDate(found[0].isoformat(), "day", "inferred-from-text", 0.8,
                                       "inferred_from_text: yearless dateline, year by weekday")
                if found:
                    break
        # the year of a full date the text recalls is history, not the text dating itself: it counts
        # for inferring a date, not for contradicting one ("Алматы, 21 декабря. - ... 21 декабря 1991 года")
        full = [dd for dd, _f, _p in _resolved_event_dates(text, lang)[0]] if not strong_only else []
        if full:
            y = max(full).year
            c = C._mk(y, mo, d)
            if c is not None and c >= max(full) - dt.timedelta(days=3):
                return ArticleDate(c.isoformat(), "day", "inferred-from-text", 0.6,
                                   "inferred_from_text: yearless dateline, year of the latest full date")
    # 2. "today" next to an explicit date: "сегодня, 5 марта 2024", "today (March 5)"
    sents = _SENT_SPLIT.split(text) if (C.has_today(text, lang) or not strong_only) else []
    for sent in sents:
        if _DIGIT.search(sent) and C.has_today(sent, lang):
            # a yearless "today, 21 December" takes the year of the text's full dates, never a year named
            # alone ("the 1991 Alma-Ata Declaration"); to contradict a given date its year must be written
            ctx = None if strong_only else C.full_date_context(text, lang)[1]
            ds = [h for h in C.find_dates(sent, lang, None, ctx) if h.precision == "day"]
            if len(ds) == 1:
                v = dt.date.fromisoformat(ds[0].value)
                if v <= today:
                    return ArticleDate(v.isoformat(), "day", "inferred-from-text", 0.7,
                                       "inferred_from_text: date of a 'today' statement")
    # 3. the latest dated event the article reports (not a future or deadline date), unless a later
    #    year is named (the dates are history), yearless dates may be of a later year, or a later
    #    month is named ("since the end of July 2025"): then only the year is sure
    if strong_only:
        return None
    years = _years(text)
    # 2b. the lead's news day, written without a year but with its weekday ("takas 1 Ağustos Perşembe günü Ankara'da
    #     tamamlandı", "on Thursday, August 1"): the year that weekday fixes next to the latest year the text names
    day = _lead_day_by_weekday(sents, lang, years, today)
    if day is not None:
        nxt = day + dt.timedelta(days=1)
        if nxt <= today and nxt.weekday() in _undated_weekdays(sents, lang):
            # "clashed on Wednesday, 28 May ... on Thursday the other side accused ...": the text goes on to the next
            # day, so it was written then (its weekdays are the days of that week up to it, not of the week before)
            return ArticleDate(nxt.isoformat(), "day", "inferred-from-text", 0.55,
                               "inferred_from_text: the lead's yearless day and the next day's weekday")
        return ArticleDate(day.isoformat(), "day", "inferred-from-text", 0.6,
                           "inferred_from_text: the lead's yearless day, year by its weekday")
    events, ambiguous = _resolved_event_dates(text, lang)
    months = []
    for sent in sents:
        if _YEAR.search(sent) and not _FUTURE.search(sent):
            months += [h.value for h in C.find_dates(sent, lang, None, None) if h.precision == "month"]
    past = [d for d, fut, _p in events if not fut and d <= today]
    latest = max(past) if past else None
    if latest is not None and not ambiguous and latest.year >= max(years, default=0):
        if not months or max(months) <= latest.isoformat()[:7]:
            # the lead's news told by a weekday ("held a call on Thursday") is on or after the latest
            # dated event: its first such day (a Wednesday's date and "on Thursday" give the Thursday)
            wd = _lead_weekday(sents, lang)
            if wd is not None:
                got = latest + dt.timedelta(days=(wd - latest.weekday()) % 7)
                if got <= today:
                    return ArticleDate(got.isoformat(), "day", "inferred-from-text", 0.55,
                                       "inferred_from_text: latest dated event and the lead's weekday")
            return ArticleDate(latest.isoformat(), "day", "inferred-from-text", 0.55,
                               "inferred_from_text: latest dated event")
    # 3b. the text names a year of its own (outside future or deadline sentences) later than every date and month
    #    it writes with a year ("с начала 2026 года ... в октябре 2025 года ... 27 ноября 2024 года") and dates its news
    #    without a year ("в ночь на 7 июня", "8 июня"): the news is of that year, its latest yearless day (not a
    #    future or deadline one), not the year the background's narrative order gives
    named = [int(v) for sent in sents if not _FUTURE.search(sent) for v in _YEAR.findall(sent)]
    y = max((v for v in named if v <= today.year), default=None)
    dated = [d.year for d, _f, _p in events] + [int(m[:4]) for m in months]
    if y is not None and dated and max(dated) < y:  # (not a year named alone with no dated event: "since 1991")
        days = []
        for p, mo, d, _wd in C.yearless_dates(text, lang):
            if (c := C._mk(y, mo, d)) is not None and c <= today and not _future_line(text, p):
                days.append(c)
        if days and (not months or max(days).isoformat()[:7] >= max(months)) \
                and all(d <= max(days) for d, _f, _p in events):
            return ArticleDate(max(days).isoformat(), "day", "inferred-from-text", 0.45,
                               "inferred_from_text: latest yearless date, in the latest year the text names")
    # 4. the year of the latest month named with its year ("в июле 2025 года")
    if months and (latest is None or max(months) > latest.isoformat()[:7]) and int(max(months)[:4]) >= max(years, default=0):
        return ArticleDate(max(months)[:4], "year", "inferred-from-text", 0.3,
                           "inferred_from_text: year of the latest month named")
    return None


def _lead_day_by_weekday(sents: list[str], lang: str, years: list[int], today: dt.date) -> dt.date | None:
    """The day that a yearless date written with its weekday in the lead (the first two sentences of six words or
    more) is, in the years next to the latest the text names (a text's own news is not older than the history it
    recalls); None when there is none or more than one."""
    from ..coding import dates as C

    if not years:
        return None
    span = [max(years) + k for k in (-1, 0, 1)]
    lead = [x for x in sents if len(x.split()) >= 6][:2]
    found = set()
    for sent in lead:
        for _p, mo, d, wd in C.yearless_dates(sent, lang):
            if wd is not None:
                found |= {c for y in span if (c := C._mk(y, mo, d)) is not None and c.weekday() == wd and c <= today}
    return found.pop() if len(found) == 1 else None


def _undated_weekdays(sents: list[str], lang: str) -> set[int]:
    """The weekdays (0 = Monday) ``sents`` name for past news: weekday words not told as the coming one ("will meet on
    Friday"), in sentences that write no date ("on Thursday, 22 May": a weekday beside a date of its own is that
    date's)."""
    from ..coding import dates as C

    out = set()
    for sent in sents:
        if C.yearless_dates(sent, lang) or C.find_dates(sent, lang, None, None):
            continue
        out |= {C.WEEKDAYS[lang].get(m.group(1).lower()) for m in C._regexes(lang)["wd"].finditer(sent)
                if not C._future_weekday(sent, m.start(), m.end(), lang)}
    out.discard(None)
    return out


_CAPTION_END = re.compile(r"\d{4}\W*$")


def _lead_weekday(sents: list[str], lang: str) -> int | None:
    """The weekday (0 = Monday) that the first two sentences name for their news: a weekday word in a
    lead sentence that writes no date, not the coming one ("will meet on Friday"); None when there is
    none or more than one. Among the first four, a byline or heading whose every longer word is capitalised ("By
    JOHN SMITH and ANNA LEE") and a line of six words or more that ends in a full date (a photo caption: "Soldiers
    stand guard ..., Wednesday, May 28, 2025.") are passed over: the lead is the two sentences after them."""
    from ..coding import dates as C

    lead = [x for x in sents if x.strip()]
    lead = [x for k, x in enumerate(lead) if k >= 4 or not (
        all(w[:1].isupper() for w in re.findall(r"\w{4,}", x))
        or (len(x.split()) >= 6 and _CAPTION_END.search(x) and C.find_dates(x, lang, None, None)))]
    found = _undated_weekdays(lead[:2], lang)
    return found.pop() if len(found) == 1 else None


def contradiction_flag(published: str | None, body: str, lang: str | None = None,
                       today: dt.date | None = None) -> str | None:
    """'contradicts_text: ...' when the text dates itself (a dateline of its own, a dated event
    told as today's news, or the latest event it reports with a date) more than a year before
    ``published``. A year merely named ("since 1991", "the 1991 Alma-Ata Declaration") is history,
    not a contradiction."""
    if not published:
        return None
    pub = dt.date.fromisoformat(published[:10]) if len(published) >= 10 else None
    if pub is None:
        return None
    # the latest dated event alone may be history the article recalls: only the text's own dating counts
    inferred = infer_from_text([x for x in body.split("\n") if x.strip()], lang, today, strong_only=True)
    if inferred is None or inferred.precision != "day":
        return None
    got = dt.date.fromisoformat(inferred.value)
    if (pub - got).days > 366:
        return f"contradicts_text: published {published[:10]}, the text dates its news {got.isoformat()}"
    return None


def article_date(meta_value, header_lines: list[str], body: str, lang: str | None = None, url=None,
                 today: dt.date | None = None, raw_lines: list[str] | None = None) -> ArticleDate:
    """The article's date and its basis, first found of:

    1. ``metadata``: the ``published`` field (confidence 1.0); flagged when the text dates its news
       more than a year earlier (``contradiction_flag``).
    2. ``dateline``: a dateline-shaped line among the header lines and the first body lines. A
       'strong' one (time, label, agency, byline) is taken (0.9). A 'bare' date line (the shape of a
       site's page date, often the crawl day) is taken (0.6) only when the text does not contradict
       it: rejected when the text names years and none is within a year of it, or when the text
       dates its news more than a month away; a later strong dateline (a byline) wins over it.
       Strong datelines among the first raw lines (before captions were set aside) count too.
    3. ``url``: a date in the URL's path (0.85 day, 0.6 month).
    4. ``inferred-from-text`` (``infer_from_text``): a yearless dateline whose year a weekday or the
       text's full dates fix (0.8/0.6), a date given with "today" (0.7), the latest dated event the
       article reports (0.55), the latest month named (0.4). Each such date is flagged
       "inferred_from_text: ..." so that the coder marks the event dates resting on it as doubtful.
    5. ``unknown``.
    No date at all is preferred to a wrong one: a bare page date that the text does not support
    gives way to the URL or the text, and none of them to nothing."""
    today = today or dt.date.today()
    flags: list[str] = []
    iso, flag = parse_metadata_date(meta_value, today)
    if flag:
        flags.append(flag)
    if iso:
        c = contradiction_flag(iso, body, lang, today)
        if c:
            flags.append(c)
        return ArticleDate(iso, "day" if len(iso) == 10 else "month", "metadata", 1.0, "; ".join(flags) or None)
    body_lines = [x for x in body.split("\n") if x.strip()]
    top = header_lines + body_lines[:3]
    cands = dateline_candidates(top, today)
    # the first raw lines, before the cleaner set captions aside ("Фото: ... 18.02.2025 15:10"): a strong
    # dateline there (with a time or a label) counts too
    raw_top = [x.strip() for x in (raw_lines or []) if x.strip()][:8]
    cands += [c for c in dateline_candidates(raw_top, today) if c[1] == "strong"]
    # the text's own evidence: header lines that are page dates are not part of it
    own_lines = [x for x in header_lines if not is_dateline(x)] + body_lines
    strong = infer_from_text(own_lines, lang, today, strong_only=True) if any(k == "bare" for _v, k, _i in cands) else None
    years = _years(body)
    chosen = None
    for value, kind, _i in cands:
        if kind == "strong":
            chosen = ArticleDate(value, "day", "dateline", 0.9)
            break
    if chosen is None:
        for value, _kind, _i in cands:  # only bare ones are left
            y = int(value[:4])
            if years and not any(y - 1 <= t <= y for t in years):
                flags.append(f"header_date_rejected: {value}, latest year in text {max(years)}")
                continue
            if strong is not None and strong.precision == "day" and \
                    abs((dt.date.fromisoformat(strong.value) - dt.date.fromisoformat(value)).days) > 31:
                flags.append(f"header_date_rejected: {value}, the text dates its news {strong.value}")
                continue
            chosen = ArticleDate(value, "day", "dateline", 0.6)
            break
    if chosen is None:
        u = url_date(url)
        if u is not None and (parse_iso_value(u[0]) or today) <= today:
            chosen = ArticleDate(u[0], u[1], "url", 0.85 if u[1] == "day" else 0.6)
    text_date = infer_from_text(own_lines, lang, today) if chosen is None else None
    if text_date is not None:
        flags.append(text_date.flag or "inferred_from_text")
        return ArticleDate(text_date.value, text_date.precision, text_date.source, text_date.confidence,
                           "; ".join(flags))
    if chosen is None:
        return ArticleDate(None, "unknown", "unknown", 0.0, "; ".join(flags) or None)
    if chosen.precision == "day":
        c = contradiction_flag(chosen.value, body, lang, today)
        if c:
            flags.append(c)
    return ArticleDate(chosen.value, chosen.precision, chosen.source, chosen.confidence, "; ".join(flags) or None)


def parse_iso_value(value: str) -> dt.date | None:
    """The first day of a 'YYYY-MM-DD' / 'YYYY-MM' value."""
    try:
        return dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
    except (TypeError, ValueError):
        return None


def publication_date(meta_value, header_lines: list[str], body: str, today: dt.date | None = None,
                     lang: str | None = None, url=None):
    """Return (published, published_source, date_flag) (see ``article_date``)."""
    a = article_date(meta_value, header_lines, body, lang, url, today)
    return a.value, a.source, a.flag
