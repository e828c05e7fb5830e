"""Table contracts between pipeline stages, as pyarrow schemas.

raw -> ``articles`` / ``quarantine`` (corpus stage) -> ``mentions`` (coder, one row per event
coded in one article) -> ``events`` (mentions de-duplicated across articles) -> series -> models.

``validate(df, SCHEMA)`` checks a DataFrame against a contract (missing or extra columns,
types, nullability) and returns a pyarrow Table in the contract's column order, so every
writer produces the same bytes for the same data.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

S = pa.string()
INT = pa.int64()
F = pa.float64()
B = pa.bool_()


def _f(name: str, typ: pa.DataType, nullable: bool = True) -> pa.Field:
    return pa.field(name, typ, nullable=nullable)


ARTICLES = pa.schema(
    [
        _f("article_id", S, False),      # stable id: file stem, or the id column of JSONL/CSV rows
        _f("path", S, False),            # path relative to the corpus root (+ "#row" for table inputs)
        _f("sha256", S, False),          # sha256 of the raw bytes (of the row's text for table inputs)
        _f("encoding", S),               # detected encoding of the raw bytes
        _f("title", S),
        _f("text", S, False),            # cleaned body text
        _f("raw_chars", INT, False),
        _f("clean_chars", INT, False),
        _f("boilerplate_share", F, False),  # 1 - clean_chars / raw_chars
        _f("lang", S, False),            # ISO 639-1: ru, bg, en, uk, tr, hy, az
        _f("lang_confidence", F, False),
        _f("published", S),              # YYYY-MM-DD, YYYY-MM or YYYY (see published_precision), or null
        _f("published_precision", S, False),  # day | month | year | unknown
        _f("published_source", S, False),  # metadata | dateline | url | inferred-from-text | unknown
        _f("published_confidence", F, False),  # 1.0 metadata ... 0.0 unknown (corpus.dates.article_date)
        _f("date_flag", S),              # "contradicts_text: ...", "inferred_from_text: ...", "header_date_rejected: ..."
        _f("url", S),
        _f("source", S),
        _f("cluster_id", S, False),      # near-duplicate cluster (article_id of the cluster's first member)
        _f("duplicate_of", S),           # article_id of the earlier near-duplicate, or null
    ]
)

QUARANTINE = pa.schema(
    [
        _f("article_id", S),
        _f("path", S, False),
        _f("sha256", S),
        _f("reason", S, False),          # empty | binary | undecodable | too_short | unsupported_language | ...
        _f("detail", S),
        _f("raw_bytes", INT),
    ]
)

_ACTOR_FIELDS = ["actor", "country", "sector", "org", "name", "text"]

MENTIONS = pa.schema(
    [
        _f("mention_id", S, False),      # article_id + ":" + sentence_index + ":" + n
        _f("article_id", S, False),
        _f("sentence_index", INT, False),
        _f("event_date", S),             # YYYY-MM-DD, or YYYY-MM when only the month is known, null if unknown
        _f("date_precision", S, False),  # day | month | year | unknown
        _f("date_source", S, False),     # explicit | relative | article_date | inferred | unknown; relative and
        # article_date (and inferred, from the article date) end in "_doubtful" when the article date was inferred
        # from the text or is flagged;
        # relative also covers days counted from a day the text named ("hours later", "на следующий день")
        *[_f(f"source_{k}", S) for k in _ACTOR_FIELDS],
        *[_f(f"target_{k}", S) for k in _ACTOR_FIELDS],
        _f("cameo_code", S, False),      # string, leading zeros kept ("042")
        _f("cameo_root", S, False),      # "04"
        _f("goldstein", F, False),
        _f("quad_class", INT, False),      # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
        _f("plover_event", S),
        _f("is_mediation", B, False),
        _f("is_symmetric", B, False),    # one event for a symmetric act (meeting, talks, call without initiator): actor order carries no information
        _f("mediator_actor", S),
        _f("mediator_country", S),
        _f("mediator_org", S),
        _f("is_negated", B, False),      # always False in output tables (negated events are not events); kept for audits
        _f("evidence", S, False),        # the sentence span the event was coded from
        _f("trigger", S),                # the matched trigger words
        _f("pattern_id", S),             # which dictionary pattern fired (file:id)
        _f("confidence", F, False),
        _f("lang", S, False),
        _f("coder_version", S, False),
        _f("dictionary_hash", S, False),
    ]
)

EVENTS = pa.schema(
    [
        _f("event_id", S, False),
        *[f for f in MENTIONS if f.name not in ("mention_id", "article_id", "sentence_index", "is_negated", "trigger", "pattern_id")],
        _f("n_mentions", INT, False),
        _f("n_articles", INT, False),
        _f("article_ids", S, False),     # ";"-joined sorted article ids
        _f("mention_ids", S, False),     # ";"-joined sorted mention ids
        _f("first_seen", S),             # earliest published date among the articles (YYYY-MM-DD) or null
    ]
)


class SchemaError(ValueError):
    """A table does not match its contract."""


def _check_columns(columns: list[str], schema: pa.Schema, name: str) -> None:
    problems: list[str] = []
    missing = [f.name for f in schema if f.name not in columns]
    extra = [c for c in columns if c not in schema.names]
    if missing:
        problems.append(f"missing columns {missing}")
    if extra:
        problems.append(f"unexpected columns {extra}")
    if problems:
        raise SchemaError(f"{name}: " + "; ".join(problems))


def _check_nulls(table: pa.Table, schema: pa.Schema, name: str) -> pa.Table:
    problems = [f"{table.column(f.name).null_count} nulls in non-nullable column {f.name!r}"
                for f in schema if not f.nullable and table.column(f.name).null_count]
    if problems:
        raise SchemaError(f"{name}: " + "; ".join(problems))
    return table


def validate(df: pd.DataFrame, schema: pa.Schema, name: str = "table") -> pa.Table:
    """Check ``df`` against ``schema``; return a pyarrow Table in contract order.

    Raises SchemaError naming every missing column, unexpected column, bad type and null in a
    non-nullable column.
    """
    _check_columns(list(df.columns), schema, name)
    try:
        table = pa.Table.from_pandas(df[schema.names], schema=schema, preserve_index=False, safe=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError) as exc:
        raise SchemaError(f"{name}: {exc}") from exc
    return _check_nulls(table, schema, name)


def validate_table(table: pa.Table, schema: pa.Schema, name: str = "table") -> pa.Table:
    """``validate`` for a pyarrow Table: same checks, same result (columns in contract order, cast
    to the contract's types)."""
    _check_columns(table.column_names, schema, name)
    loose = pa.schema([f.with_nullable(True) for f in schema])  # nulls reported as validate does
    try:
        table = table.select(schema.names).cast(loose, safe=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError) as exc:
        raise SchemaError(f"{name}: {exc}") from exc
    return _check_nulls(table, schema, name).cast(schema)


def empty(schema: pa.Schema) -> pd.DataFrame:
    """An empty DataFrame with the contract's columns and dtypes."""
    return schema.empty_table().to_pandas()
