# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (newsevents)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 02 Coded events
#
# The event dataset coded from the corpus: mentions (one per event per article) and events (mentions merged across articles). Coding runs in `make events` (`newsevents code`); this notebook reads its tables.

# %% tags=["parameters"]
processed_dir = "../data/processed/seeds"
output_dir = "../reports/seeds/02_code_events"

# %%
from pathlib import Path

import matplotlib.pyplot as plt

from newsevents.io import read_table
from newsevents.report.artifacts import Recorder, display_options, dumps

display_options()

# %%
from newsevents.report import overview

mentions = read_table(Path(processed_dir) / "mentions.parquet")
events = read_table(Path(processed_dir) / "events.parquet")
rec = Recorder(output_dir, "02_code_events")
summary = overview.events_summary(mentions, events)
rec.results(**summary)
print(dumps(summary))

# %% [markdown]
# ## Events

# %%
et = overview.event_table(events)
rec.table(et, "event_table", "Coded events: date, source and target actors, CAMEO code, Goldstein score, "
          "mediation flag and mediator, number of articles reporting the event, coder confidence.")
et

# %% [markdown]
# ## Evidence for each mention

# %%
ev = overview.evidence_table(mentions)
rec.table(ev, "evidence", "Each mention with the sentence it was coded from (first 160 characters, "
          "original language) and how its date was resolved.")
ev

# %% [markdown]
# ## Events by CAMEO root

# %%
roots = overview.events_by_root(events)
fig, ax = plt.subplots(figsize=(7, 3))
ax.bar(roots["cameo_root"], roots["n_events"], color="#228833")
ax.set_xlabel("CAMEO root")
ax.set_ylabel("events")
fig.tight_layout()
rec.figure(fig, roots, "events_by_root", "Coded events per CAMEO root code (all twenty roots shown).")

# %%
_ = rec.close(parameters={"processed_dir": processed_dir, "output_dir": output_dir})
