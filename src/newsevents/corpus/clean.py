"""Decoding, normalisation, HTML-to-text and conservative line-based boilerplate removal.

Boilerplate rules (general, not seed-specific):

* **Trailing blocks** - a marker line ("Related articles", "Читайте также", "Сподели",
  "Коментари (0)", "Share", "Comments", "Popular", "Editor's choice", "İlgili haberler", ...) or a run of
  timestamp lines ("23:55 12 янв 2026.") with the headline/section header before them starts a
  trailing block that is cut to the end of the text - but only when at least 200 chars (or half
  of the text) of body precede it, or when only headline-like lines (short, no final full stop)
  follow a marker line; otherwise only the marker line itself is dropped. A marker followed by one
  to three link headlines and then only body (an inline "related news" box in the middle of the
  article) drops the marker and the headlines and keeps the body after them.
* **Caption / credit lines** - short lines starting with "Фото:", "Photo:", "Снимка:",
  "на фото:", "источник:", "Source:", "Джерело:", "Based on materials from", "Читайте также: ..."
  and similar prefixes in ru/bg/en/uk are dropped.
* **Header** - leading lines before the first body line (a long line or a sentence): a line that
  is only a date is kept aside as the dateline, the first other short line without a final full
  stop is the title, and remaining very short lines (<= 4 words, no punctuation: lone photo
  captions such as "Владимир Путин") are dropped.
* **Duplicates** - exact duplicate lines are removed, keeping the first.
* **Tail** - up to 3 short trailing lines without final punctuation (rubric or signature lines
  such as 'GSV "Russia - Islamic World"') are dropped.

Property: the body is never emptied - if the rules would leave less than 80 chars while the input
had more, the less aggressive result (line-level rules only) is returned.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

# --------------------------------------------------------------------------- decoding

_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"%PDF", b"\x7fELF", b"\x1f\x8b", b"BM")
CANDIDATE_ENCODINGS = ["cp1251", "koi8_r", "cp1252", "utf_16", "iso8859_5", "cp1254", "latin_1"]


class DecodeError(ValueError):
    """Raised with ``reason`` = binary | undecodable."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def _utf16_parity(raw: bytes) -> str | None:
    """Guess BOM-less UTF-16 from where the NUL bytes sit (odd -> LE, even -> BE)."""
    sample = raw[:8192]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    total = even + odd
    if total < max(2, len(sample) // 50):
        return None
    if odd >= 0.9 * total:
        return "utf-16-le"
    if even >= 0.9 * total:
        return "utf-16-be"
    return None


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode raw bytes, returning (text, encoding). Raises DecodeError(binary|undecodable).

    Order: BOMs, strict UTF-8 (fast path), BOM-less UTF-16 (NUL parity), binary sniffing
    (magic numbers, NUL share), line-wise UTF-8 + one legacy encoding (encoding reported as
    ``mixed:utf-8+<enc>``), then charset_normalizer restricted to common legacy encodings.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError("undecodable", f"bad utf-16: {exc}") from exc
    if any(raw.startswith(m) for m in _BINARY_MAGIC[:-1]):
        raise DecodeError("binary", f"magic bytes {raw[:4]!r}")
    nul = raw.count(0)
    if not nul:
        try:
            return raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    parity = _utf16_parity(raw)
    if parity:
        try:
            text = raw.decode(parity)
            if _printable_share(text) > 0.95:
                return text, parity
        except UnicodeDecodeError:
            pass
    if nul and nul / max(len(raw), 1) > 0.05:
        raise DecodeError("binary", f"{nul / len(raw):.0%} NUL bytes")
    if nul:
        try:
            return raw.decode("utf-8"), "utf-8"  # stray NULs are removed by normalise()
        except UnicodeDecodeError:
            pass
    mixed = _decode_mixed(raw)
    if mixed is not None:
        return mixed
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        raise DecodeError("undecodable", "no candidate encoding fits")
    text = str(best)
    if _printable_share(text) < 0.9:
        raise DecodeError("binary", "mostly control characters")
    return text, best.encoding


def _decode_mixed(raw: bytes) -> tuple[str, str] | None:
    """Line-wise decoding of a file that mixes UTF-8 lines with lines in one legacy encoding
    (e.g. two scrapes concatenated): UTF-8 lines stay UTF-8, the others are decoded with the
    legacy encoding charset_normalizer picks for them. Returns None unless the file has at least
    one valid UTF-8 line with non-ASCII text and at least one line that is not valid UTF-8."""
    lines = raw.split(b"\n")
    utf8_text, legacy = False, []
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_text = True
        except UnicodeDecodeError:
            legacy.append(i)
    if not utf8_text or not legacy:
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(b"\n".join(lines[i] for i in legacy), cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        return None
    enc = best.encoding
    out = list(lines)
    for i in legacy:
        out[i] = lines[i].decode(enc, errors="replace")
    text = "\n".join(x if isinstance(x, str) else x.decode("utf-8") for x in out)
    if _printable_share(text) < 0.95:
        return None
    return text, f"mixed:utf-8+{enc}"


def _printable_share(text: str) -> float:
    if not text:
        return 1.0
    bad = sum(1 for c in text if unicodedata.category(c) in ("Cc", "Co", "Cn") and c not in "\n\r\t")
    return 1 - bad / len(text)


# --------------------------------------------------------------------------- normalisation

# Characters that show nothing but split a word for the coder (actor names stop matching):
# NUL, soft hyphen, combining grapheme joiner U+034F, Arabic letter mark, Mongolian vowel separator
# U+180E, Khmer inherent vowels, zero-width and bidi controls, word joiners, variation selectors
# (U+FE00-FE0F, U+E0100-E01EF), BOM, Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), tag characters.
_INVISIBLE = re.compile("[\u0000\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
                        "\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
                        "\U000e0000-\U000e007f\U000e0100-\U000e01ef]")
_CONTROL = re.compile("[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]")
# letters with a compatibility form (fullwidth "Ｐｕｔｉｎ", mathematical "𝐏𝐮𝐭𝐢𝐧", ligatures "ﬁ"):
# NFKC is applied to these letters only, so that punctuation ("…") and digits ("²") stay as written
_COMPAT_LETTER = re.compile("[\u00aa\u00ba\u017f\u0132-\u0133\u013f-\u0140\u01c4-\u01cc\u1d2c-\u1dbf"
                            "\u2071\u207f\u2090-\u209c\u2102-\u2149\ufb00-\ufb06\uff21-\uff3a\uff41-\uff5a"
                            "\U0001d400-\U0001d7ff]")
# Latin and Cyrillic letters that look alike (lower and upper case)
_LAT_CYR = dict(zip("aceopxyisABCEHKMOPTXIS", "асеорхуіѕАВСЕНКМОРТХІЅ"))
_TO_CYR = dict(_LAT_CYR)
_TO_LAT = {v: k for k, v in _LAT_CYR.items()}
_MIXED = re.compile("[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")
_WORD_LETTERS = re.compile(r"[^\W\d_]+")
_LATIN = re.compile("[A-Za-z]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _compat_letter(m: re.Match) -> str:
    out = unicodedata.normalize("NFKC", m.group())
    return out if out.isalpha() else m.group()


def _one_script(m: re.Match) -> str:
    """A word mixing Latin and Cyrillic letters, written in its majority script when every
    letter of the minority script has a look-alike there ("Пyтин" with a Latin y -> "Путин")."""
    word = m.group()
    lat = sum(1 for c in word if c.isascii())
    cyr = sum(1 for c in word if "\u0400" <= c <= "\u04ff")
    if not lat or not cyr or lat == cyr:
        return word
    table, minority = (_TO_CYR, lambda c: c.isascii()) if cyr > lat else (_TO_LAT, lambda c: "\u0400" <= c <= "\u04ff")
    if not all(c in table for c in word if minority(c)):
        return word
    return "".join(table.get(c, c) if minority(c) else c for c in word)


def fix_confusables(text: str) -> str:
    """Words mixing Latin and Cyrillic look-alike letters written in one script (see _one_script)."""
    if not (_LATIN.search(text) and _CYRILLIC.search(text)) or not _MIXED.search(text):
        return text  # (a text without letters of both scripts has no mixed word: the quick tests first)
    return _WORD_LETTERS.sub(lambda m: _one_script(m) if _MIXED.search(m.group()) else m.group(), text)


# a clock time glued by scraping to the number that follows it ("08.11.2022 | 10:157 ноября министр ...": the byline's
# time, then the lead's "7 ноября"); a time has two digits after its colon, so a third one starts a new word
_GLUED_TIME = re.compile(r"(?<![\d:])((?:[01]?\d|2[0-3]):[0-5]\d)(?=\d{1,2}\s+[^\W\d_])")
_GLUED_TIME_HINT = re.compile(r":[0-5]\d\d")  # what every match of _GLUED_TIME holds (searched first: far faster)


# a line break lost in scraping between a line ending in a lower-case word and one starting with a capitalised word
# ("...окажут материальную помощьПрезидент Азербайджана ...", "...in GazaThe minister said"): a word that starts in
# lower case never has a capital inside it followed by lower case in these languages (brand names start in upper case:
# "АрмИнфо", "McDonald", "iPhone" are left alone)
_LOWER = "a-zа-яёіїєґçğıöşü"
_GLUED_LINE = re.compile(rf"\b([{_LOWER}]{{2,}})([A-ZА-ЯЁІЇЄҐÇĞİÖŞÜ][{_LOWER}]+)")
_GLUED_LINE_HINT = re.compile(rf"[{_LOWER}][A-ZА-ЯЁІЇЄҐÇĞİÖŞÜ]")  # what every match of _GLUED_LINE holds


def normalise(text: str) -> str:
    """NFC, unified newlines, no invisible / bidi / NUL / control characters, NBSP -> space,
    compatibility letters (fullwidth, mathematical) as plain letters, Latin/Cyrillic look-alikes
    inside a word in the word's majority script."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    text = _COMPAT_LETTER.sub(_compat_letter, text)
    return fix_confusables(unicodedata.normalize("NFC", text))


# --------------------------------------------------------------------------- HTML

_DROP_TAGS = ["script", "style", "nav", "footer", "aside", "noscript", "template", "iframe", "form", "svg"]
_BLOCK_TAGS = ["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
               "blockquote", "pre", "header", "figure", "figcaption", "dd", "dt", "table", "ul", "ol"]


MAX_HTML_DEPTH = 1000  # nesting of elements; real pages stay below ~100
# elements that need no end tag (void) or whose end tag may be left out: not counted as nesting
_NO_NEST = frozenset("area base br col embed hr img input link meta param source track wbr p li dt dd tr td th "
                     "option optgroup thead tbody tfoot colgroup caption rb rt rp html head body".split())
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")


class HtmlTooDeep(ValueError):
    """Raised by :func:`html_to_text` for HTML nested deeper than MAX_HTML_DEPTH."""


def html_depth(html: str, limit: int = MAX_HTML_DEPTH) -> int:
    """Nesting depth of the elements of ``html`` (stops counting once above ``limit``): one pass
    of a regular expression over the tags, linear in the size of the page."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if name in _NO_NEST or m.group(3):
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
    return deepest


_BLOCK_SET = frozenset(_BLOCK_TAGS)


def _block_text(soup) -> str:
    """The text of ``soup`` (strings as ``get_text`` takes them: no comments, doctypes or processing
    instructions) with a newline before and after every block element and for every ``<br>``, in one
    walk of the tree. (Inserting the newlines as new nodes costs a scan of the siblings per
    insertion in BeautifulSoup: quadratic, 320 s for a page of 20,000 paragraphs.)"""
    from bs4 import CData, NavigableString, Tag

    out: list[str] = []
    stack: list = [soup]
    while stack:
        node = stack.pop()
        if node is None:
            out.append("\n")  # end of a block element
        elif isinstance(node, Tag):
            if node.name == "br":
                out.append("\n")
                continue
            if node.name in _BLOCK_SET:
                out.append("\n")
                stack.append(None)
            stack.extend(reversed(node.contents))
        elif type(node) in (NavigableString, CData):
            out.append(str(node))
    return "".join(out)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Return (text, title) from HTML: one line per block element, scripts/nav/footer/aside dropped.
    Raises :class:`HtmlTooDeep` when elements nest deeper than MAX_HTML_DEPTH (the parser's time
    grows much faster than the page: 20,000 levels took 15 s, 100,000 more than 300 s)."""
    text, title, _published = html_document(html)
    return text, title


# the page's own publication date, in the order pages are usually right about it: Open Graph / article metadata,
# schema.org's datePublished (as a meta or a <time>), then the older Dublin Core and plain "date" metas
_HTML_DATE_METAS = (("property", "article:published_time"), ("property", "og:published_time"),
                    ("name", "article:published_time"), ("itemprop", "datePublished"),
                    ("name", "dcterms.created"), ("name", "dc.date.issued"), ("name", "dc.date"),
                    ("name", "pubdate"), ("name", "publishdate"), ("name", "publish-date"), ("name", "date"))


def _html_published(soup) -> str | None:
    """The publication date a page states in its metadata (the raw value; ingest parses it like any metadata
    date), or None."""
    for attr, value in _HTML_DATE_METAS:
        tag = soup.find("meta", attrs={attr: lambda v, want=value: isinstance(v, str) and v.lower() == want})
        if tag is not None and (tag.get("content") or "").strip():
            return tag["content"].strip()
    for tag in soup.find_all("time", limit=20):
        if (tag.get("itemprop") == "datePublished" or tag.has_attr("pubdate")) and (tag.get("datetime") or "").strip():
            return tag["datetime"].strip()
    return None


def html_document(html: str) -> tuple[str, str | None, str | None]:
    """(text, title, publication date from the page's metadata) of an HTML page; see :func:`html_to_text`."""
    from bs4 import BeautifulSoup

    depth = html_depth(html)
    if depth > MAX_HTML_DEPTH:
        raise HtmlTooDeep(f"elements nested deeper than {MAX_HTML_DEPTH} levels")

    soup = BeautifulSoup(html, "lxml")
    published = _html_published(soup)
    title = None
    h1 = soup.find("h1")
    if h1 is not None and h1.get_text(strip=True):
        title = " ".join(h1.get_text(" ", strip=True).split())
    elif soup.title is not None and soup.title.get_text(strip=True):
        title = " ".join(soup.title.get_text(" ", strip=True).split())
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    if soup.head is not None:
        soup.head.decompose()
    text = _block_text(soup)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line), title, published


# --------------------------------------------------------------------------- boilerplate

_BLOCK_MARKERS = re.compile(
    r"^(related( articles| news| stories)?|read (also|more)|see also|more news|more from .*|popular|most read"
    r"|editor'?s choice|share( this)?( article)?|comments?( \(\d+\))?|latest news|top stories"
    r"|читайте также|по теме|популярное|другие новости|последние новости|похожие новости|поделиться"
    r"|комментарии( \(\d+\))?|выбор редакции|смотрите также"
    r"|сподели|коментари( \(\d+\))?|свързани новини|още от|последни новини|прочетете още|най-четени"
    r"|читайте також|схожі новини|поділитися|коментарі( \(\d+\))?|популярне|останні новини"
    r"|you may also like|more stories|trending( now)?|recommended|partner news|more on this( story| topic)?"
    r"|related (coverage|content|topics|reading|links)|further reading|новости по теме|больше новостей"
    r"|новини за темою|більше новин( на тему| за темою)?|інші новини|свързани статии|други новини"
    r"|ilgili içerikler|daha fazla haber"
    r"|новости партн[её]ров|ещ[её] по теме|вам может быть интересно|рекомендуем|материалы по теме|главное за день"
    r"|новини партнерів|вас може зацікавити|більше на тему|на тему|рекомендуємо"
    r"|още по темата|препоръчано|новини от партньори|вижте още|още новини"
    r"|also read|also see|read next|прочети още|прочети също|виж още|вижте също|още от (категорията|рубриката|раздела)"
    r"|вас (також )?(може|можуть) зацікавити( новини)?|вам (также )?может быть интересно|читать также"
    r"|ilgili haberler|benzer haberler|bunlar da ilginizi çekebilir|ilginizi çekebilir|en çok okunanlar"
    r"|çok okunanlar|öne çıkanlar|diğer haberler|son haberler|paylaş|yorumlar( \(\d+\))?)\s*:?$",
    re.IGNORECASE,
)
_SECTION_HEADERS = re.compile(r"^(новости|news|новини|лента новостей|latest|последние)\s*:?$", re.IGNORECASE)
_TIMESTAMP = re.compile(
    r"^(\d{1,2}:\d{2}(,?\s+\d{1,2}\s+[^\W\d_]+\.?,?\s+\d{4})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}"
    r"|\d{1,2}\s+[^\W\d_]+\.?,?\s+\d{4},?\s+\d{1,2}:\d{2}"
    r"|(today|yesterday|сегодня|вчера|днес|вчера|сьогодні|учора),?\s+\d{1,2}:\d{2})\.?$",
    re.IGNORECASE,
)
# "read also" markers: a line that opens with one is a teaser (_CAPTION_PREFIX); one glued after a body sentence is
# cut with its teaser (_INLINE_TEASER)
_TEASER_MARKERS = (r"читайте также|читайте також|read also|read more|see also|also read|related|смотрите также"
                   r"|дивіться також|прочетете още|още по темата|вижте още|вижте също|прочетете също|ayrıca okuyun"
                   r"|прочети още|прочети също|виж още|читать также"
                   r"|ilgili haber")
_CAPTION_PREFIX = re.compile(
    r"^(фото|photo|photos|image|picture|снимка|снимки|фотография|на фото|на снимката|на снимке|credit|photo credit"
    r"|photo caption|caption|ticker|news ticker|подпись к фото|підпис до фото|бегущая строка"
    r"|источник|source|sources|джерело|източник|по теме|видео|video|теги|tags|ключевые слова|keywords|topics"
    r"|ключови думи|етикети|тагове|на живо|мітки|ключові слова|anahtar kelimeler"
    r"|related( news| stories| articles| story| article)?|read next|must read|watch|listen"
    r"|ещ[её] по теме|читайте|на тему"
    r"|ilgili( haber| haberler)?|ayrıca bakınız|bunu da okuyun|etiketler|kaynak|fotoğraf|foto"
    r"|(bunlar da )?ilginizi çekebilir|you may also like|вам может быть интересно|вас може зацікавити"
    r"|може да ви интересува|също така прочетете|" + _TEASER_MARKERS + r")\s*[:|\-–—]"
    r"|^(based on materials (from|of)|по материалам|по материали (на|от)|за матеріалами|with (reporting|inputs) from)\b",
    re.IGNORECASE,
)
# a "read also" teaser glued into a body line after a sentence ("... в Вашингтон. Читайте также: Путин и Алиев
# обсудили ..."): cut from the marker to the end of the teaser's sentence (or of the line)
_INLINE_TEASER = re.compile(r"(?<=[.!?…»\"”])\s+(" + _TEASER_MARKERS + r")\s*[:|\-–—]\s*[^.!?…]*[.!?…]?", re.IGNORECASE)


def _cut_inline_teaser(line: str) -> str:
    """The line without a teaser glued in after one of its sentences (see _INLINE_TEASER)."""
    cut = _INLINE_TEASER.sub("", line)
    return cut.strip() if cut != line else line


_SENT_END = re.compile(r"[.!?…»\"“”')]\s*$")
_TAIL_END = re.compile(r"[.!?…][\"»“”')\]]*\s*$")
_MIN_BODY = 80


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    header_lines: list[str] = field(default_factory=list)  # lines removed from the top (dateline candidates)


def _is_body_line(line: str) -> bool:
    return len(line) >= 100 or (bool(_SENT_END.search(line)) and len(line.split()) >= 6)


def _is_short_label(line: str, max_words: int = 4) -> bool:
    return len(line.split()) <= max_words and len(line) <= 60 and not re.search(r"[.!?:;,]\s*$", line)


def _chars(lines: list[str]) -> int:
    return sum(len(x) for x in lines)


def _is_headline(line: str) -> bool:
    """A line that reads as a link's headline or a rubric, not as body: short, without final sentence
    punctuation."""
    return len(line) <= 160 and not _TAIL_END.search(line)


def _inline_box_end(lines: list[str], start: int) -> int | None:
    """Where the body resumes after a marker line at ``start`` that heads an inline box of one to three link
    headlines (short lines without a final full stop) when only body follows it: at least two body lines and no
    headline-like line or marker among them but the closing line (captions aside). A list of teasers
    (headline, sentence, headline, ...) or of headlines is no inline box: None. Nor is the box a trailing block when
    two paragraphs follow it right away (a heading in capitals before them at most): the rest of the page is then
    left to the rules for the end of the text."""
    k = start + 1
    while k < len(lines) and k - start <= 3 and _is_headline(lines[k]) and not _is_body_line(lines[k]):
        k += 1
    if k == start + 1:
        return None
    if any(_BLOCK_MARKERS.match(x) for x in lines[start + 1:k]):
        return None  # a box holding another marker ("Related articles / Editor's choice / News / ..."): the page's end
    rest = [x for x in lines[k:] if not (len(x) < 250 and _CAPTION_PREFIX.match(x))]
    inner = rest[:-1]
    if (sum(1 for x in rest if _is_body_line(x)) >= 2
            and all(_is_body_line(x) and not _BLOCK_MARKERS.match(x) for x in inner)):
        return k
    # the article going on in paragraphs right after the box, after a section heading in capitals at most
    # ("METİNA VE GARA'DA OPERASYON"), with more of the page after them: two body lines in a row there
    m = 0
    while m < len(rest) and _is_caps_heading(rest[m]):
        m += 1
    if m + 1 < len(rest) and all(_is_body_line(x) and not _BLOCK_MARKERS.match(x) for x in rest[m:m + 2]):
        return k
    return None


def _is_caps_heading(line: str) -> bool:
    """A short section heading written in capitals ("METİNA VE GARA'DA OPERASYON"), as agencies put between
    paragraphs."""
    letters = [c for c in line if c.isalpha()]
    return 0 < len(line) <= 80 and len(letters) >= 4 and all(c.isupper() for c in letters)


def _cut_trailing_block(lines: list[str]) -> list[str]:
    """Cut from the first trailing-block marker preceded by enough body; drop lone markers."""
    total = _chars(lines)
    n = len(lines)
    ts = [i for i, line in enumerate(lines) if _TIMESTAMP.match(line)]
    for i, line in enumerate(lines):
        start = None
        if _BLOCK_MARKERS.match(line):
            start = i
        elif _SECTION_HEADERS.match(line) and any(_TIMESTAMP.match(x) for x in lines[i + 1 : i + 4]):
            start = i
        elif (i in ts and sum(1 for t in ts if t >= i) >= 2
              and all(len(x) < 200 for x in lines[i:])):  # a list of headlines, not a live blog
            start = i
            if (i > 0 and len(lines[i - 1]) < 200 and not _TIMESTAMP.match(lines[i - 1])
                    and not re.search(r"[.…]\s*$", lines[i - 1])):  # a sentence is body, not a headline
                start = i - 1  # the headline belonging to the first timestamp
                if start > 0 and _SECTION_HEADERS.match(lines[start - 1]):
                    start -= 1
        if start is None:
            continue
        resume = _inline_box_end(lines, start) if _BLOCK_MARKERS.match(line) else None
        if resume is not None:
            # an inline "related news" box (marker + a few link headlines) with the article going on after it
            return _cut_trailing_block(lines[:start] + lines[resume:])
        before = _chars(lines[:start])
        if before >= 200 or (before >= _MIN_BODY and before >= total / 2):
            return lines[:start]
        rest = lines[start + 1:]
        if before >= _MIN_BODY and rest and _BLOCK_MARKERS.match(line) and all(_is_headline(x) for x in rest):
            return lines[:start]  # a marker followed only by headlines ("Read also:" + links): never body
    return [x for x in lines if not _BLOCK_MARKERS.match(x)][:n]


def _header(lines: list[str], date_line) -> tuple[list[str], str | None, list[str]]:
    """Split off dateline(s), title and lone captions from the lines before the first body line."""
    title = None
    removed: list[str] = []
    i = 0
    while i < len(lines) and i < 6 and not _is_body_line(lines[i]):
        line = lines[i]
        if date_line(line):
            removed.append(line)
        elif title is None and len(line) <= 250 and not line.endswith("."):
            title = line
        elif title is not None and line == title:
            pass
        elif _is_short_label(line):
            removed.append(line)
        else:
            break
        i += 1
    if i >= len(lines):  # no body line found: keep everything but the dateline
        return [x for x in lines if x not in removed], None, removed
    return lines[i:], title, removed


_MD_PREFIX = re.compile(r"^(#{1,6}\s+|>\s*|[*_]{2,3}(?=\S))")
_MD_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")


def markdown_to_text(text: str) -> str:
    """Light Markdown clean-up: heading/quote markers, image-only lines, link targets."""
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if _MD_IMAGE.match(s):
            continue
        s = _MD_PREFIX.sub("", s)
        s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
        s = re.sub(r"(\*\*|__)(.+?)\1", r"\2", s)
        out.append(s)
    return "\n".join(out)


def clean_text(text: str, date_line=lambda line: False) -> Cleaned:
    """Apply the boilerplate rules to normalised text. ``date_line(line)`` says if a line is a dateline. First, what
    scraping glued is parted: a clock time and the number after it ("10:157 ноября" -> "10:15 7 ноября"), and two lines
    whose break was lost between a lower-case word and a capitalised one ("помощьПрезидент" -> two lines)."""
    if _GLUED_TIME_HINT.search(text):
        text = _GLUED_TIME.sub(r"\1 ", text)
    if _GLUED_LINE_HINT.search(text):
        text = _GLUED_LINE.sub("\\1\n\\2", text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [x for x in lines if x]
    original = list(lines)
    body, title, removed = _header(lines, date_line)
    body = _cut_trailing_block(body)
    body = [x for x in body if not (len(x) < 250 and _CAPTION_PREFIX.match(x))]
    body = [y for y in (_cut_inline_teaser(x) for x in body) if y]
    seen: set[str] = set()
    deduped = []
    for x in body:
        if x not in seen and x != title:
            deduped.append(x)
        seen.add(x)
    body = deduped
    for _ in range(3):
        if len(body) > 1 and len(body[-1]) <= 60 and not _TAIL_END.search(body[-1]):
            body.pop()
    out = "\n".join(body)
    if len(out) < _MIN_BODY and _chars(original) >= _MIN_BODY:
        # never empty a real body: fall back to line-level rules only
        fallback = [_cut_inline_teaser(x) for x in original if not _CAPTION_PREFIX.match(x) and not date_line(x)]
        out = "\n".join(dict.fromkeys(fallback))
        title = None
    return Cleaned(out, title, removed)
