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

SUPPORTED = ("ru", "bg", "en", "uk", "tr", "hy", "az")
_SUPPORTED_NAMES = ("RUSSIAN", "BULGARIAN", "ENGLISH", "UKRAINIAN", "TURKISH", "ARMENIAN", "AZERBAIJANI")
_DECOY_NAMES = ("GERMAN", "FRENCH", "SPANISH", "ITALIAN", "PORTUGUESE", "POLISH", "DUTCH", "ARABIC",
                "PERSIAN", "GEORGIAN", "KAZAKH", "CHINESE", "JAPANESE")
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
    return top.language.iso_code_639_1.name.lower(), float(top.value)
