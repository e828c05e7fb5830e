"""Corpus ingestion: raw files -> cleaned ``articles`` table + ``quarantine`` table.

``iter_inputs`` yields raw records, ``process_input`` turns one into an article or quarantine
row (streamable in chunks), ``collect`` clusters near-duplicates and sorts; ``ingest`` and
``ingest_to_dir`` do all of it.
"""

from .clean import clean_text, decode_bytes, html_to_text, normalise
from .dates import publication_date
from .ingest import assign_clusters, collect, ingest, ingest_to_dir, process_input, summarize
from .lang import SUPPORTED as SUPPORTED_LANGUAGES
from .lang import detect as detect_language
from .loaders import iter_inputs

__all__ = ["ingest", "ingest_to_dir", "iter_inputs", "process_input", "collect", "assign_clusters", "summarize",
           "clean_text", "decode_bytes", "html_to_text", "normalise", "publication_date", "detect_language",
           "SUPPORTED_LANGUAGES"]
