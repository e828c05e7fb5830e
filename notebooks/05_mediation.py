# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (newsevents)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 05 Mediation
#
# Who mediates, what follows mediation (before/after windows against a placebo), and ceasefire durations. Logic: `newsevents.analysis.mediation`.

# %% tags=["parameters"]
events_path = "../data/processed/seeds/events.parquet"
articles_path = "../data/processed/seeds/articles.parquet"
output_dir = "../reports/seeds/05_mediation"
dyads = ["AZE-ARM", "ARM-AZE", "RUS-AZE", "AZE-RUS"]
freq = "M"
start = None
end = None
seed = 0
k_days = 14
placebo_draws = 200
mediators = None
truth_path = None  # planted values of a simulated event set (the report's demonstration)

# %%
import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator
import pandas as pd

from newsevents.io import read_table
from newsevents.report.artifacts import Recorder, display_options, dumps, mark_empty

display_options()

# %%
import networkx as nx

from newsevents.analysis import mediation as M
from newsevents.analysis.demo import load_truth, mediation_recovery
from newsevents.analysis.params import check

p = check(dict(dyads=dyads, freq=freq, start=start, end=end, seed=seed, k_days=k_days, placebo_draws=placebo_draws,
               mediators=mediators))
dyads, freq, start, end, seed, k_days, placebo_draws, mediators = (
    p[k] for k in ("dyads", "freq", "start", "end", "seed", "k_days", "placebo_draws", "mediators"))
events = M.restrict_mediators(read_table(events_path), mediators)
truth = load_truth(truth_path)
rec = Recorder(output_dir, "05_mediation")
med = M.mediators(events, dyads)
if mediators is not None:
    med = med[med["actor"].str.startswith(tuple(mediators))].reset_index(drop=True)
rec.table(med, "mediators", "Third parties in mediation events (explicit) and in consultations or appeals "
          "involving both sides of a conflict dyad on the same day (inferred).")
med

# %% [markdown]
# ## Mediator activity over time

# %%
mev = events[events["is_mediation"] & events["event_date"].notna()].copy()
mev["month"] = mev["event_date"].str.slice(0, 7)
mev["mediator"] = mev["mediator_actor"].fillna(mev["source_actor"])
activity = (mev.groupby(["month", "mediator"]).size().rename("n_events").reset_index()
            .sort_values(["month", "mediator"]).reset_index(drop=True))
fig, ax = plt.subplots(figsize=(7, 2.8))
if len(activity):
    activity.pivot(index="month", columns="mediator", values="n_events").fillna(0).plot.bar(ax=ax, stacked=True)
else:
    mark_empty(ax, "no dated mediation events")
ax.set_ylabel("mediation events")
ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: whole-number ticks
fig.tight_layout()
rec.figure(fig, activity, "mediator_activity", "Mediation events per month and mediator.")

# %% [markdown]
# ## Mediator-party network

# %%
G = M.mediator_network(events)
edges = pd.DataFrame([{"mediator": u, "party": v, "weight": d["weight"]} for u, v, d in sorted(G.edges(data=True))],
                     columns=["mediator", "party", "weight"])
fig, ax = plt.subplots(figsize=(4.5, 3.5))
if G.number_of_nodes():
    pos = nx.circular_layout(sorted(G.nodes()))
    nx.draw_networkx(G, pos, ax=ax, node_color="#ddcc77", font_size=8,
                     width=[1 + G[u][v]["weight"] for u, v in G.edges()])
else:
    mark_empty(ax, "no mediation events")
ax.set_axis_off()
fig.tight_layout()
rec.figure(fig, edges, "mediator_network", "Mediators and the parties they mediated between; edge width grows "
           "with the number of mediation events.")
edges

# %% [markdown]
# ## What follows mediation

# %%
ba = M.before_after(events, dyads[0], k_days=k_days, placebo_draws=placebo_draws, seed=seed)
ba_out = {k: v for k, v in ba.items()}
print(dumps(ba_out))

# %% [markdown]
# ## Ceasefires and their durations

# %%
eps = M.ceasefire_episodes(events, dyads[0])
surv = M.survival_table(eps) if len(eps) else pd.DataFrame()
hz = M.hazard_model(eps, ["mediated"]) if len(eps) and "mediated" in eps.columns else {"ok": False, "reason": "no ceasefire episodes"}
hz_out = {k: v for k, v in hz.items() if k != "results"}
rec.table(eps if len(eps) else pd.DataFrame({"note": ["no ceasefire episode in this event set"]}),
          "ceasefire_episodes", "Ceasefire episodes: from a ceasefire event to the next material-conflict event "
          "of the dyad (censored at the end of the data).")
print(dumps(hz_out))
eps

# %%
recovery = mediation_recovery(truth, med, ba) if truth else None
if truth:
    rec.table(recovery, "planted_vs_recovered", "Simulated events: the mediator and mediation effect planted in "
              "the simulation beside what the analyses above recovered.")
n_med = int(events["is_mediation"].sum())
explicit = med[med["n_explicit"] > 0].sort_values(["n_explicit", "actor"], ascending=[False, True])
top = explicit.iloc[0]["actor"] if len(explicit) else None
summary = (f"Mediation: {n_med} mediation events" + (f", most by {top}" if top else "") + "; "
           + (f"after mediation, material conflict of {dyads[0]} changed by "
              f"{ba['metrics']['material_conflict']['effect']:+.2f} events per window (placebo p = "
              f"{ba['metrics']['material_conflict']['p_lower']:.2f}, one-sided)" if ba.get("ok")
              else f"the before/after comparison was not possible ({ba['reason']})")
           + f"; {len(eps)} ceasefire episode(s).")
limitations = [] if hz.get("ok") else [f"Ceasefire hazard model not estimated: {hz['reason']}."]
rec.results(summary=summary, limitations=limitations,
            mediators={r.actor: int(r.n_events) for r in med.itertuples()},
            before_after=ba_out, hazard=hz_out, n_ceasefire_episodes=int(len(eps)), truth=truth,
            recovery=None if recovery is None else recovery.to_dict("records"))
print(summary)
_ = rec.close(parameters={"events_path": events_path, "articles_path": articles_path, "dyads": dyads,
                          "freq": freq, "start": start, "end": end, "seed": seed, "k_days": k_days,
                          "placebo_draws": placebo_draws, "mediators": mediators, "truth_path": truth_path})
