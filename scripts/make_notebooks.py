"""Write the notebooks' source cells (thin: they call newsevents functions).

Run `python scripts/make_notebooks.py` after editing the cells below, then `make notebooks-refresh`
to execute them on the bundled corpus and store their outputs (nbval compares against those).
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

NB = Path(__file__).resolve().parents[1] / "notebooks"

SETUP = """\
import json
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from newsevents.io import read_table
from newsevents.report.artifacts import Recorder, dumps

pd.set_option("display.width", 140)
pd.set_option("display.max_columns", 30)
pd.set_option("display.max_colwidth", 40)"""


def notebook(title: str, intro: str, params: str, cells: list[str]) -> nbformat.NotebookNode:
    nb = new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (newsevents)", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    p = new_code_cell(params)
    p.metadata["tags"] = ["parameters"]
    nb.cells = [new_markdown_cell(f"# {title}\n\n{intro}"), p, new_code_cell(SETUP)]
    for src in cells:
        if src.startswith("## ") or src.startswith("Note"):
            nb.cells.append(new_markdown_cell(src))
        else:
            nb.cells.append(new_code_cell(src))
    return nb


NOTEBOOKS = {
    "01_corpus": notebook(
        "01 Corpus overview",
        "What came in, what was kept, what was quarantined and why; languages, dates, and how much "
        "boilerplate was removed. All logic lives in `newsevents.corpus` and `newsevents.report.overview`.",
        'articles_dir = "../data/interim"\noutput_dir = "../reports/01_corpus"',
        [
            """\
from newsevents.report import overview

articles = read_table(Path(articles_dir) / "articles.parquet")
quarantine = read_table(Path(articles_dir) / "quarantine.parquet")
rec = Recorder(output_dir, "01_corpus")
summary = overview.corpus_summary(articles, quarantine)
rec.results(**summary)
print(dumps(summary))""",
            "## The articles table",
            """\
table = overview.corpus_table(articles)
rec.table(table, "corpus_table", "Articles after ingestion: language (confidence), publication date and "
          "its source, characters before and after boilerplate removal.")
table""",
            "## Quarantine",
            """\
quarantine[["path", "reason", "detail"]] if len(quarantine) else print("No input was quarantined.")""",
            "## Articles by language and publication month",
            """\
counts = overview.lang_date_counts(articles)
fig, axes = plt.subplots(1, 2, figsize=(8, 2.8))
articles["lang"].value_counts().sort_index().plot.bar(ax=axes[0], color="#4477aa")
axes[0].set_title("Articles by language")
axes[0].set_ylabel("articles")
counts.T.plot.bar(ax=axes[1], stacked=True)
axes[1].set_title("Articles by publication month")
fig.tight_layout()
rec.figure(fig, counts.reset_index(), "articles_by_lang_month",
           "Articles by language (left) and by publication month, 'unknown' when no date could be "
           "established (right).")""",
            "## Boilerplate removed",
            """\
bp = table[["article_id", "raw_chars", "clean_chars", "boilerplate_share"]]
fig, ax = plt.subplots(figsize=(6, 2.6))
ax.barh(bp["article_id"], bp["boilerplate_share"], color="#cc6677")
ax.set_xlabel("share of raw characters removed")
ax.set_xlim(0, 1)
fig.tight_layout()
rec.figure(fig, bp, "boilerplate_share", "Share of each article's raw characters removed as boilerplate "
           "(sidebars, teasers, share buttons, captions, repeated headlines).")""",
            """\
_ = rec.close(parameters={"articles_dir": articles_dir, "output_dir": output_dir})""",
        ],
    ),
    "02_code_events": notebook(
        "02 Coded events",
        "The event dataset coded from the corpus: mentions (one per event per article) and events "
        "(mentions merged across articles). Coding runs in `make events` (`newsevents code`); this notebook "
        "reads its tables.",
        'processed_dir = "../data/processed"\noutput_dir = "../reports/02_code_events"',
        [
            """\
from newsevents.report import overview

mentions = read_table(Path(processed_dir) / "mentions.parquet")
events = read_table(Path(processed_dir) / "events.parquet")
rec = Recorder(output_dir, "02_code_events")
summary = overview.events_summary(mentions, events)
rec.results(**summary)
print(dumps(summary))""",
            "## Events",
            """\
et = overview.event_table(events)
rec.table(et, "event_table", "Coded events: date, source and target actors, CAMEO code, Goldstein score, "
          "mediation flag and mediator, number of articles reporting the event, coder confidence.")
et""",
            "## Evidence for each mention",
            """\
ev = overview.evidence_table(mentions)
rec.table(ev, "evidence", "Each mention with the sentence it was coded from (first 160 characters, "
          "original language) and how its date was resolved.")
ev""",
            "## Events by CAMEO root",
            """\
roots = overview.events_by_root(events)
fig, ax = plt.subplots(figsize=(7, 3))
ax.bar(roots["cameo_root"], roots["n_events"], color="#228833")
ax.set_xlabel("CAMEO root")
ax.set_ylabel("events")
fig.tight_layout()
rec.figure(fig, roots, "events_by_root", "Coded events per CAMEO root code (all twenty roots shown).")""",
            """\
_ = rec.close(parameters={"processed_dir": processed_dir, "output_dir": output_dir})""",
        ],
    ),
}


def main(names: list[str]) -> None:
    for name, nb in NOTEBOOKS.items():
        if names and name not in names:
            continue
        path = NB / f"{name}.ipynb"
        nbformat.write(nb, path)
        print("wrote", path)


if __name__ == "__main__":
    main(sys.argv[1:])
