"""The YAML dictionaries live in this folder; the loader/validator is :mod:`newsevents.coding.lexicon`.

This package only re-exports the loader so that ``from newsevents.coding.dictionaries import check``
works (a module ``dictionaries.py`` could not sit next to this folder).
"""

from newsevents.coding.lexicon import (  # noqa: F401
    ActorEntry,
    CodeInfo,
    Dictionaries,
    DictionaryError,
    check,
    load_dictionaries,
)

__all__ = ["ActorEntry", "CodeInfo", "Dictionaries", "DictionaryError", "check", "load_dictionaries"]
