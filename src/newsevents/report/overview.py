"""Descriptive tables for the corpus and the coded events (used by notebooks 01 and 02)."""

from __future__ import annotations

import pandas as pd

ROOT_NAMES = {
    "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate", "04": "Consult",
    "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation", "07": "Provide aid",
    "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
    "14": "Protest", "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault",
    "19": "Fight", "20": "Use unconventional mass violence",
}


def corpus_table(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article: what a reader checks first (language, date and its source, cleaning)."""
    cols = ["article_id", "lang", "lang_confidence", "published", "published_source", "date_flag",
            "raw_chars", "clean_chars", "boilerplate_share", "cluster_id"]
    out = articles[cols].copy()
    out["lang_confidence"] = out["lang_confidence"].round(3)
    out["boilerplate_share"] = out["boilerplate_share"].round(3)
    return out.sort_values("article_id").reset_index(drop=True)


def corpus_summary(articles: pd.DataFrame, quarantine: pd.DataFrame) -> dict:
    """Key numbers of the corpus stage; read + kept + quarantined are reported separately."""
    by_lang = articles["lang"].value_counts().sort_index()
    reasons = quarantine["reason"].value_counts().sort_index() if len(quarantine) else pd.Series(dtype=int)
    dated = articles["published"].notna()
    return {
        "n_inputs": int(len(articles) + len(quarantine)),
        "n_articles": int(len(articles)),
        "n_quarantined": int(len(quarantine)),
        "quarantine_reasons": {str(k): int(v) for k, v in reasons.items()},
        "by_lang": {str(k): int(v) for k, v in by_lang.items()},
        "n_dated": int(dated.sum()),
        "n_date_flagged": int(articles["date_flag"].notna().sum()),
        # a date from metadata, a dateline or a header that the text contradicts (corpus/dates.py flags)
        "n_date_contradicted": int(articles["date_flag"].fillna("").str.contains(
            "contradicts_text|header_date_rejected").sum()),
        "date_sources": {str(k): int(v) for k, v in
                         articles.loc[dated, "published_source"].value_counts().sort_index().items()}
        if "published_source" in articles else {},
        "n_clusters": int(articles["cluster_id"].nunique()),
        "raw_chars": int(articles["raw_chars"].sum()),
        "clean_chars": int(articles["clean_chars"].sum()),
        "boilerplate_share": round(float(1 - articles["clean_chars"].sum() / max(articles["raw_chars"].sum(), 1)), 4),
        "first_published": None if not dated.any() else str(articles.loc[dated, "published"].min()),
        "last_published": None if not dated.any() else str(articles.loc[dated, "published"].max()),
    }


def lang_date_counts(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per language and publication month ('unknown' when the date is unknown)."""
    month = articles["published"].fillna("unknown").str.slice(0, 7)
    t = pd.crosstab(articles["lang"], month).sort_index()
    t.columns.name = "month"
    return t


def events_by_root(events: pd.DataFrame) -> pd.DataFrame:
    """Events per CAMEO root with the root's name and quad class, all 20 roots listed."""
    counts = events["cameo_root"].value_counts()
    rows = [{"cameo_root": r, "name": n, "n_events": int(counts.get(r, 0))} for r, n in ROOT_NAMES.items()]
    return pd.DataFrame(rows)


def events_summary(mentions: pd.DataFrame, events: pd.DataFrame) -> dict:
    dated = events["event_date"].notna()
    return {
        "n_mentions": int(len(mentions)),
        "n_events": int(len(events)),
        "n_mediation_events": int(events["is_mediation"].sum()),
        "n_dated_events": int(dated.sum()),
        "by_quad_class": {str(k): int(v) for k, v in events["quad_class"].value_counts().sort_index().items()},
        "by_lang": {str(k): int(v) for k, v in mentions["lang"].value_counts().sort_index().items()},
        "date_sources": {str(k): int(v) for k, v in mentions["date_source"].value_counts().sort_index().items()},
        "coder_version": str(mentions["coder_version"].iloc[0]) if len(mentions) else None,
        "dictionary_hash": str(mentions["dictionary_hash"].iloc[0]) if len(mentions) else None,
    }


def event_table(events: pd.DataFrame) -> pd.DataFrame:
    """Compact event list for the paper."""
    cols = ["event_date", "source_actor", "target_actor", "cameo_code", "goldstein", "is_mediation",
            "mediator_actor", "n_articles", "confidence"]
    return events[cols].sort_values(["event_date", "source_actor", "target_actor", "cameo_code"],
                                    na_position="last").reset_index(drop=True)


def evidence_table(mentions: pd.DataFrame, width: int = 160) -> pd.DataFrame:
    """Mentions with their evidence sentence, cut to ``width`` characters."""
    out = mentions[["article_id", "sentence_index", "cameo_code", "source_actor", "target_actor",
                    "event_date", "date_source", "evidence"]].copy()
    out["evidence"] = out["evidence"].str.replace(r"\s+", " ", regex=True).str.slice(0, width)
    return out.sort_values(["article_id", "sentence_index", "cameo_code"]).reset_index(drop=True)
