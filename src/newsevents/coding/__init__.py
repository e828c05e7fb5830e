"""Event coding: dictionaries, lexicon loader and the coding engine.

Public API: ``code_articles(articles) -> mentions`` and ``dedupe(mentions, articles) -> events``.
"""

from .dedupe import dedupe
from .engine import CODER_VERSION, code_articles

__all__ = ["code_articles", "dedupe", "CODER_VERSION"]
