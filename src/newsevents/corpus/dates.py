"""Publication dates with provenance, and a simple date/text consistency flag.

* ``metadata``: the ``published`` field (ISO ``YYYY-MM-DD[...]``, ``DD.MM.YYYY`` or a written date).
* ``dateline``: a date written in the first lines of the article - in the header lines the
  cleaner set aside, or in the first 3 body lines - that either fills the line (a standalone
  dateline such as "5 Декември, 2025") or opens it ("12.03.2024 - ...", "MOSCOW, March 5, 2024 -").
  Dates inside a sentence ("..., 28 декабря 2024 года Путин позвонил") are events, not datelines.
  Only top lines are looked at, after the boilerplate (sidebar timestamps) is stripped.
* ``unknown``: none of the above.

Impossible dates (31.02.2020) are skipped; dates after today or before 1900 are skipped and noted
in ``date_flag`` ("future_date_ignored: ..." / "too_old_ignored: ...").

``contradicts_text``: when the body mentions 4-digit years (1900-2099) and the publication year is
2 or more years after the latest of them (e.g. 001: dateline 2025, latest year in text 1991), the
date is kept but flagged "contradicts_text: published YYYY, latest year in text YYYY" - typically a
re-post date of an old story.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_LOCALES = ("ru", "bg", "en", "uk")
_EXTRA_ABBR = {"sept": 9, "сент": 9, "февр": 2, "ноем": 11, "дек": 12, "окт": 10, "авг": 8, "апр": 4,
               "янв": 1, "мар": 3, "июн": 6, "июл": 7, "ное": 11, "яну": 1, "фев": 2, "юни": 6, "юли": 7}


@lru_cache(maxsize=1)
def month_names() -> dict[str, int]:
    """Lower-cased month names of ru/bg/en/uk (the coder's Babel month tables) plus abbreviations."""
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
        (re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)"), "dmy"),
        (re.compile(rf"(?<![\w])(\d{{1,2}})(?:-?(?:st|nd|rd|th|го|е|я))?\s+({months})\.?,?\s+(\d{{4}})(?!\d)", re.I), "dMy"),
        (re.compile(rf"(?<![\w])({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I), "Mdy"),
    ]


def find_dates(line: str) -> list[tuple[int, int, int, int, int]]:
    """All (year, month, day, start, end) date mentions in ``line`` (calendar validity not checked)."""
    out = []
    names = month_names()
    for pat, kind in _patterns():
        for m in pat.finditer(line):
            g = m.groups()
            if kind == "ymd":
                y, mo, d = int(g[0]), int(g[1]), int(g[2])
            elif kind == "dmy":
                d, mo, y = int(g[0]), int(g[1]), int(g[2])
            elif kind == "dMy":
                d, mo, y = int(g[0]), names[g[1].lower().strip(".")], int(g[2])
            else:
                mo, d, y = names[g[0].lower().strip(".")], int(g[1]), int(g[2])
            out.append((y, mo, d, m.start(), m.end()))
    return sorted(out, key=lambda t: t[3])


def _dateline_match(line: str):
    """The date of a dateline-shaped line, or None."""
    for y, mo, d, start, end in find_dates(line):
        rest = (line[:start] + line[end:]).strip(" ,.-–—|/()г")
        fills = len(rest) <= 25 and not re.search(r"[.!?]\s*\S", rest)
        opens = start <= 40 and re.match(r"^\s*(г\.|года|год)?\s*[,.]?\s*(\d{1,2}:\d{2})?\s*[-–—|:/]", line[end:] or "-")
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


def parse_metadata_date(value, today: dt.date | None = None) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD or None, flag or None) for a metadata ``published`` value."""
    today = today or dt.date.today()
    if value is None:
        return None, None
    s = str(value).strip()
    if not s or s.lower() in ("nan", "none", "null", "nat"):
        return None, None
    dates = find_dates(s)
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


def contradiction_flag(published: str | None, body: str) -> str | None:
    """'contradicts_text: ...' when the publication year is 2+ years after every year in the body."""
    if not published:
        return None
    years = [int(y) for y in _YEAR.findall(body)]
    if not years:
        return None
    pub_year = int(published[:4])
    latest = max(years)
    if pub_year - latest >= 2:
        return f"contradicts_text: published {pub_year}, latest year in text {latest}"
    return None


def publication_date(meta_value, header_lines: list[str], body: str, today: dt.date | None = None):
    """Return (published, published_source, date_flag)."""
    flags: list[str] = []
    published, source = None, "unknown"
    iso, flag = parse_metadata_date(meta_value, today)
    if flag:
        flags.append(flag)
    if iso:
        published, source = iso, "metadata"
    else:
        top = header_lines + [x for x in body.split("\n") if x.strip()][:3]
        iso, flag = dateline_date(top, today)
        if flag:
            flags.append(flag)
        if iso:
            published, source = iso, "dateline"
    c = contradiction_flag(published, body)
    if c:
        flags.append(c)
    return published, source, ("; ".join(flags) or None)
