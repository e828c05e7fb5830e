# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (newsevents)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 04 Escalation
#
# Directed-dyad series, turning points, reciprocity (VAR, Granger, impulse responses), the escalation ladder and a count model of material conflict. Logic: `newsevents.analysis`. Where the data cannot support a model, the notebook says so and shows the descriptive parts.

# %% tags=["parameters"]
events_path = "../data/processed/seeds/events.parquet"
articles_path = "../data/processed/seeds/articles.parquet"
output_dir = "../reports/seeds/04_escalation"
dyads = ["AZE-ARM", "ARM-AZE", "RUS-AZE", "AZE-RUS"]
freq = "W"
start = None
end = None
seed = 0
maxlags = 4
changepoint_method = "pelt"
min_events = 20
var_value = "goldstein_sum"
truth_path = None  # planted values of a simulated event set (the report's demonstration)

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from newsevents.io import read_table
from newsevents.report.artifacts import Recorder, display_options, dumps, mark_empty

display_options()

# %%
from newsevents.analysis import escalation as E
from newsevents.analysis import frames as Fr
from newsevents.analysis.figures import irf_figure
from newsevents.analysis import series as S
from newsevents.analysis.demo import escalation_recovery, load_truth
from newsevents.analysis.params import check

p = check(dict(dyads=dyads, freq=freq, start=start, end=end, seed=seed, maxlags=maxlags, min_events=min_events,
               changepoint_method=changepoint_method, var_value=var_value))
dyads, freq, start, end, seed, maxlags, min_events = (p[k] for k in ("dyads", "freq", "start", "end", "seed",
                                                                        "maxlags", "min_events"))
events = read_table(events_path)
articles = read_table(articles_path) if Path(articles_path).is_file() else None
truth = load_truth(truth_path)
rec = Recorder(output_dir, "04_escalation")
long = S.dyad_series(events, dyads, freq=freq, start=start, end=end, articles=articles)
n_by_dyad = long.groupby("dyad")["event_count"].sum().reindex(dyads).fillna(0).astype(int)
print(f"{len(events)} events; {long['period'].nunique()} periods of {freq}; events per dyad:")
print(n_by_dyad.to_string())
print("events left out of the series (date precision):", dict(long.attrs))

# %% [markdown]
# ## Net cooperation per directed dyad

# %%
fig, ax = plt.subplots(figsize=(8, 3))
for d in dyads:
    s = long[long["dyad"] == d]
    ax.plot(s["period_start"], s["goldstein_sum"], label=d, lw=1)
if truth:
    ax.axvline(pd.Timestamp(truth["changepoint"]), color="black", ls="--", lw=0.8, label="planted changepoint")
if len(long):
    ax.axhline(0, color="grey", lw=0.5)
    ax.legend(fontsize=7, ncol=5)
else:
    mark_empty(ax, "no dated event of these dyads")
ax.set_ylabel("summed Goldstein")
fig.tight_layout()
cols = ["dyad", "period_start", "goldstein_sum", "event_count", "quad1", "quad2", "quad3", "quad4", "article_count"]
rec.figure(fig, long[cols], "dyad_goldstein", f"Summed Goldstein score per directed dyad and period ({freq}); "
           "zero where no event was coded. The data include article counts per period (exposure).")

# %% [markdown]
# ## Turning points

# %%
cps, cp_status = {}, {}
for d in dyads:
    s = long[long["dyad"] == d].set_index("period_start")
    conflict = s["quad3"] + s["quad4"]
    if n_by_dyad[d] < min_events:
        cps[d], cp_status[d] = [], f"insufficient data: {n_by_dyad[d]} events (need {min_events})"
        continue
    b = E.changepoints(conflict, method=changepoint_method)
    cps[d] = [t.strftime("%Y-%m-%d") for t in b] if b.ok else []
    cp_status[d] = "ok" if b.ok else b.reason
cp_table = pd.DataFrame([{"dyad": d, "changepoints": ", ".join(cps[d]) or "-", "status": cp_status[d]} for d in dyads])
rec.table(cp_table, "changepoints", f"Turning points in each dyad's conflict series (verbal + material conflict "
          f"counts), method {changepoint_method}.")
cp_table

# %% [markdown]
# ## Reciprocity: VAR, Granger tests, impulse responses

# %%
wide = S.to_wide(long, var_value).reindex(columns=dyads)
active = [d for d in dyads if n_by_dyad[d] >= min_events]
granger_rows, var_info = [], {"ok": False, "reason": f"fewer than two dyads with {min_events}+ events"}
if len(active) >= 2:
    vr = E.fit_var(wide[active], maxlags=maxlags, ordering=active)
    var_info = {"ok": vr.ok, "reason": vr.reason, "lag": vr.lag, "stable": vr.stable,
                "whiteness_pvalue": vr.whiteness_pvalue, "ordering": vr.ordering, "nobs": vr.nobs}
    for cause in active:
        for effect in active:
            if cause != effect:
                g = E.granger(wide, cause=cause, effect=effect, maxlag=maxlags)
                granger_rows.append({"cause": cause, "effect": effect, "p_value": g["p_value"],
                                     "lag": g.get("lag"), "ok": g["ok"], "reason": g.get("reason", "")})
    if vr.ok:
        for label, order in (("irf", active), ("irf_reversed", active[::-1])):
            irf = E.impulse_responses(vr, periods=8, ordering=order, seed=seed)
            fig = irf_figure(irf, order)
            rec.figure(fig, irf, label, f"Orthogonalised impulse responses with 95% Monte Carlo bands; Cholesky "
                       f"ordering {' > '.join(order)}" + (" (alternative ordering)." if label != "irf" else "."))
print(dumps(var_info))
granger_table = pd.DataFrame(granger_rows, columns=["cause", "effect", "p_value", "lag", "ok", "reason"])
if len(granger_table):
    rec.table(granger_table, "granger", "Granger tests (ssr F test) with explicit cause and effect.")
granger_table

# %% [markdown]
# ## Sensitivity to temporal aggregation

# %%
sens = Fr.granger_sensitivity(events, dyads[0], start=start, end=end, maxlag=2)
rec.table(sens, "granger_by_freq", f"Granger p-values for {dyads[0]} and its reverse at daily, weekly and "
          "monthly aggregation (material-conflict counts).")
sens

# %% [markdown]
# ## Escalation ladder

# %%
lad = E.escalation_ladder(events, dyads)
counts = lad["counts"]
counts.index.name = "from_rung"
rec.table(counts.reset_index(), "ladder_transitions", "Transitions between escalation-ladder rungs of "
          "consecutive events of the same directed dyad (rows: from, columns: to).")
counts

# %% [markdown]
# ## Count model: material conflict after mediation

# %%
design = Fr.count_design(events, dyads[0], freq=freq, start=start, end=end, articles=articles)
cm = E.conflict_count_model(design, "material_conflict", ["lag_mediation", "lag_conflict"],
                            exposure_col="article_count" if articles is not None else None)
cm_out = {k: v for k, v in cm.items() if k != "results"}
print(dumps(cm_out))

# %%
recovery = escalation_recovery(truth, cps, granger_rows, var_info) if truth else None
if truth:
    rec.table(recovery, "planted_vs_recovered", "Simulated events: the structure planted in the simulation "
              "beside what the analyses above recovered.")
n_cp = sum(1 for d in dyads if cps[d])
summary = (f"Escalation ({freq} series, {len(dyads)} directed dyads, {int(n_by_dyad.sum())} dyadic events): "
           f"turning points found in {n_cp} dyad(s); "
           + (f"a VAR({var_info['lag']}) was fitted (stable: {var_info['stable']})" if var_info["ok"]
              else f"no VAR was fitted ({var_info['reason']})")
           + "; " + (f"the negative binomial count model estimated dispersion alpha = {cm['alpha']:.2f}."
                     if cm.get("ok") else f"the count model was not estimable ({cm['reason']})."))
limitations = [] if var_info["ok"] else [f"Escalation: {var_info['reason']}."]
rec.results(summary=summary, limitations=limitations, changepoints=cps, changepoint_status=cp_status,
            granger=granger_rows, var=var_info, count_model=cm_out, events_per_dyad=n_by_dyad.to_dict(),
            freq=freq, truth=truth, recovery=None if recovery is None else recovery.to_dict("records"))
print(summary)
_ = rec.close(parameters={"events_path": events_path, "articles_path": articles_path, "dyads": dyads,
                          "freq": freq, "start": start, "end": end, "seed": seed, "maxlags": maxlags,
                          "changepoint_method": changepoint_method, "min_events": min_events,
                          "var_value": var_value, "truth_path": truth_path})
