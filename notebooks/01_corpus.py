# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (newsevents)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 01 Corpus overview
#
# What came in, what was kept, what was quarantined and why; languages, dates, and how much boilerplate was removed. All logic lives in `newsevents.corpus` and `newsevents.report.overview`.

# %% tags=["parameters"]
articles_dir = "../data/interim/seeds"
output_dir = "../reports/seeds/01_corpus"

# %%
from pathlib import Path

import matplotlib.pyplot as plt

from newsevents.io import read_table
from newsevents.report.artifacts import Recorder, display_options, dumps, mark_empty

display_options()

# %%
from newsevents.report import overview

articles = read_table(Path(articles_dir) / "articles.parquet")
quarantine = read_table(Path(articles_dir) / "quarantine.parquet")
rec = Recorder(output_dir, "01_corpus")
summary = overview.corpus_summary(articles, quarantine)
rec.results(**summary)
print(dumps(summary))

# %% [markdown]
# ## The articles table

# %%
table = overview.corpus_table(articles)
rec.table(table, "corpus_table", "Articles after ingestion: language (confidence), publication date and "
          "its source, characters before and after boilerplate removal.")
table

# %% [markdown]
# ## Quarantine

# %%
quarantine[["path", "reason", "detail"]] if len(quarantine) else print("No input was quarantined.")

# %% [markdown]
# ## Articles by language and publication month

# %%
counts = overview.lang_date_counts(articles)
fig, axes = plt.subplots(1, 2, figsize=(8, 2.8))
if len(articles):
    articles["lang"].value_counts().sort_index().plot.bar(ax=axes[0], color="#4477aa")
    counts.T.plot.bar(ax=axes[1], stacked=True, legend=len(counts) > 0)
else:
    for ax in axes:
        mark_empty(ax, "no article was kept")
axes[0].set_title("Articles by language")
axes[0].set_ylabel("articles")
axes[1].set_title("Articles by publication month")
fig.tight_layout()
rec.figure(fig, counts.reset_index(), "articles_by_lang_month",
           "Articles by language (left) and by publication month, 'unknown' when no date could be "
           "established (right).")

# %% [markdown]
# ## Boilerplate removed

# %%
bp = table[["article_id", "raw_chars", "clean_chars", "boilerplate_share"]]
fig, ax = plt.subplots(figsize=(6, 2.6))
if 0 < len(bp) <= 20:  # one bar per article while they can be read, a histogram beyond
    ax.barh(bp["article_id"], bp["boilerplate_share"], color="#cc6677")
    ax.set_xlabel("share of raw characters removed")
    ax.set_xlim(0, 1)
elif len(bp):
    ax.hist(bp["boilerplate_share"], bins=[i / 20 for i in range(21)], color="#cc6677")
    ax.set_xlabel("share of raw characters removed")
    ax.set_ylabel("articles")
else:
    mark_empty(ax, "no article was kept")
fig.tight_layout()
rec.figure(fig, bp, "boilerplate_share", "Share of each article's raw characters removed as boilerplate "
           "(sidebars, teasers, share buttons, captions, repeated headlines)"
           + (", per article." if len(bp) <= 20 else ": articles per 5% bin; per article in the CSV."))

# %%
_ = rec.close(parameters={"articles_dir": articles_dir, "output_dir": output_dir})
