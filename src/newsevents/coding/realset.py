"""Code and score an evaluation set of real texts kept outside the project.

A set is a folder with ``corpus/<doc_id>.txt``, ``corpus/index.jsonl`` (doc_id, lang, published, url,
title, split) and ``gold.jsonl`` (events by the annotation rules, see ``matching``). The texts are
read where they are and copied only into a temporary corpus (with a ``metadata.jsonl`` carrying the
publication date, not the language: the coder detects it), coded by the same pipeline as any corpus
(``pipeline.code_corpus``), and scored with ``matching.evaluate_events``. Nothing of the set is
written into the project.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from .matching import EvalResults, evaluate_events, load_gold


def read_index(set_dir: Path) -> dict[str, dict]:
    path = Path(set_dir) / "corpus" / "index.jsonl"
    index: dict[str, dict] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                index[str(rec["doc_id"])] = rec
    return index


def code_set(set_dir: Path, keep: Path | None = None, drop_published: bool = False) -> pd.DataFrame:
    """The mentions table of the set's texts, coded in a temporary folder (``keep``: copy the
    outputs there). ``drop_published`` codes the texts without their publication dates."""
    from ..pipeline import code_corpus

    set_dir = Path(set_dir)
    index = read_index(set_dir)
    work = Path(tempfile.mkdtemp(prefix="newsevents-set-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        meta = []
        for path in sorted((set_dir / "corpus").glob("*.txt")):
            shutil.copyfile(path, corpus / path.name)
            rec = index.get(path.stem, {})
            meta.append(json.dumps({"id": path.stem, "published": None if drop_published else rec.get("published"),
                                    "url": rec.get("url"), "title": rec.get("title")}, ensure_ascii=False))
        (corpus / "metadata.jsonl").write_text("\n".join(meta) + "\n", encoding="utf-8")
        out = work / "out"
        code_corpus(corpus, out, progress=False)
        if keep is not None:
            shutil.copytree(out, keep, dirs_exist_ok=True)
        return pd.read_parquet(out / "mentions.parquet")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def evaluate_set(set_dir: Path, split: str | None = None, mentions: pd.DataFrame | None = None) -> EvalResults:
    """Code the set (unless ``mentions`` is given) and score it, on one ``split`` or all texts."""
    set_dir = Path(set_dir)
    index = read_index(set_dir)
    gold = load_gold(set_dir / "gold.jsonl")
    if mentions is None:
        mentions = code_set(set_dir)
    docs = sorted(set(index) | {g.doc_id for g in gold})
    if split:
        docs = [d for d in docs if index.get(d, {}).get("split") == split]
    return evaluate_events(mentions, gold, docs, {d: r.get("lang") for d, r in index.items()})
