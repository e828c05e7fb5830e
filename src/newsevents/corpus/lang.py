"""Language identification with lingua, restricted to the project's languages.

The detector is built once, lazily (module-level cache). Besides the supported languages it knows
a few common "decoy" languages (de, fr, es, ...) so that text in another language is recognised as
such (-> quarantine ``unsupported_language``) instead of being forced onto the closest supported
one. Close relatives of supported languages (mk, sr, be) are deliberately not decoys: they would
steal Bulgarian/Russian/Ukrainian texts.
"""

from __future__ import annotations

import re
import threading
import unicodedata

SUPPORTED = ("ru", "bg", "en", "uk", "tr", "hy", "az")
_SUPPORTED_NAMES = ("RUSSIAN", "BULGARIAN", "ENGLISH", "UKRAINIAN", "TURKISH", "ARMENIAN", "AZERBAIJANI")
_DECOY_NAMES = ("GERMAN", "FRENCH", "SPANISH", "ITALIAN", "PORTUGUESE", "POLISH", "DUTCH", "ARABIC",
                "PERSIAN", "GEORGIAN", "KAZAKH", "CHINESE", "JAPANESE")
# Latin-script text in a language the detector does not know is pulled onto the closest known one
# (Finnish/Czech/Latvian -> Turkish at 0.7-0.99, Vietnamese -> Azerbaijani). More decoy models
# would fix that but double the detector's load time and memory (~6 s / 400 MB -> 14 s / 800 MB
# per process), so instead a text detected as tr/az/en is rejected (code "und") when more than
# FOREIGN_SHARE of its letters are Latin letters with diacritics that language does not use.
_OWN_LETTERS = {
    "tr": set("çğıöşüâîûİ"),
    "az": set("çğıöşüəİ"),
    "en": set(),
}
FOREIGN_SHARE = 0.01
# letters only Turkish / Azerbaijani write among the Latin languages the detector may confuse them with: a text
# whose lower-case words have more than FOREIGN_SHARE of them keeps its language despite foreign names
_MARKERS = {"tr": set("ışğ"), "az": set("əışğ")}
_DETECTOR = None
_LOCK = threading.Lock()


def detector():
    global _DETECTOR
    if _DETECTOR is None:
        with _LOCK:
            if _DETECTOR is None:
                from lingua import Language, LanguageDetectorBuilder

                langs = [getattr(Language, n) for n in _SUPPORTED_NAMES + _DECOY_NAMES]
                _DETECTOR = LanguageDetectorBuilder.from_languages(*langs).build()
    return _DETECTOR


def normalise_code(value) -> str | None:
    """'RU', 'ru-RU', 'ru_RU' -> 'ru'; empty -> None."""
    if value is None:
        return None
    s = str(value).strip().lower()
    if not s or s in ("nan", "none", "null"):
        return None
    return re.split(r"[-_]", s)[0]


def detect(text: str, max_chars: int = 3000) -> tuple[str | None, float]:
    """(ISO 639-1 code, top confidence) for ``text``; code None when nothing is detected."""
    values = detector().compute_language_confidence_values(text[:max_chars])
    if not values or values[0].value <= 0:
        return None, 0.0
    top = values[0]
    code = top.language.iso_code_639_1.name.lower()
    if code in _OWN_LETTERS and _foreign_share(text[:max_chars], _OWN_LETTERS[code]) > FOREIGN_SHARE \
            and _marker_share(text[:max_chars], _MARKERS.get(code, set())) <= FOREIGN_SHARE:
        return "und", float(top.value)
    return code, float(top.value)


def _foreign_share(text: str, own: set[str]) -> float:
    """Share of letters that are non-ASCII Latin letters (with diacritics) not in ``own``."""
    letters = foreign = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if not ch.isascii() and ch.lower() not in own and ch not in own and "LATIN" in unicodedata.name(ch, ""):
                foreign += 1
    return foreign / letters if letters else 0.0


def _marker_share(text: str, markers: set[str]) -> float:
    """Share of the letters of lower-case words that are letters only the language writes ("ı", "ş", "ğ" in
    Turkish): a text rich in them is that language whatever foreign names it cites ("Vučić", "Đurić")."""
    letters = marked = 0
    for word in re.findall(r"[^\W\d_]+", text):
        if word[0].isupper():
            continue
        letters += len(word)
        marked += sum(ch in markers for ch in word)
    return marked / letters if letters else 0.0
