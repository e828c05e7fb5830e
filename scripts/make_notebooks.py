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
        'articles_dir = "../data/interim/seeds"\noutput_dir = "../reports/seeds/01_corpus"',
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
if len(articles):
    articles["lang"].value_counts().sort_index().plot.bar(ax=axes[0], color="#4477aa")
    counts.T.plot.bar(ax=axes[1], stacked=True, legend=len(counts) > 0)
else:
    for ax in axes:
        ax.text(0.5, 0.5, "no article was kept", ha="center", transform=ax.transAxes)
axes[0].set_title("Articles by language")
axes[0].set_ylabel("articles")
axes[1].set_title("Articles by publication month")
fig.tight_layout()
rec.figure(fig, counts.reset_index(), "articles_by_lang_month",
           "Articles by language (left) and by publication month, 'unknown' when no date could be "
           "established (right).")""",
            "## Boilerplate removed",
            """\
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
    ax.text(0.5, 0.5, "no article was kept", ha="center", transform=ax.transAxes)
fig.tight_layout()
rec.figure(fig, bp, "boilerplate_share", "Share of each article's raw characters removed as boilerplate "
           "(sidebars, teasers, share buttons, captions, repeated headlines)"
           + (", per article." if len(bp) <= 20 else ": articles per 5% bin; per article in the CSV."))""",
            """\
_ = rec.close(parameters={"articles_dir": articles_dir, "output_dir": output_dir})""",
        ],
    ),
    "02_code_events": notebook(
        "02 Coded events",
        "The event dataset coded from the corpus: mentions (one per event per article) and events "
        "(mentions merged across articles). Coding runs in `make events` (`newsevents code`); this notebook "
        "reads its tables.",
        'processed_dir = "../data/processed/seeds"\noutput_dir = "../reports/seeds/02_code_events"',
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
    "04_escalation": notebook(
        "04 Escalation",
        "Directed-dyad series, turning points, reciprocity (VAR, Granger, impulse responses), the escalation "
        "ladder and a count model of material conflict. Logic: `newsevents.analysis`. Where the data cannot "
        "support a model, the notebook says so and shows the descriptive parts.",
        'events_path = "../data/processed/seeds/events.parquet"\n'
        'articles_path = "../data/processed/seeds/articles.parquet"\n'
        'output_dir = "../reports/seeds/04_escalation"\n'
        'dyads = ["AZE-ARM", "ARM-AZE", "RUS-AZE", "AZE-RUS"]\n'
        'freq = "W"\nstart = None\nend = None\nseed = 0\nmaxlags = 4\n'
        'changepoint_method = "pelt"\nmin_events = 20\nvar_value = "goldstein_sum"\n'
        'truth_path = None  # planted values of a simulated event set (the report\'s demonstration)',
        [
            """\
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
print("events left out of the series (date precision):", dict(long.attrs))""",
            "## Net cooperation per directed dyad",
            """\
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
    ax.text(0.5, 0.5, "no dated event of these dyads", ha="center", transform=ax.transAxes)
ax.set_ylabel("summed Goldstein")
fig.tight_layout()
cols = ["dyad", "period_start", "goldstein_sum", "event_count", "quad1", "quad2", "quad3", "quad4", "article_count"]
rec.figure(fig, long[cols], "dyad_goldstein", f"Summed Goldstein score per directed dyad and period ({freq}); "
           "zero where no event was coded. The data include article counts per period (exposure).")""",
            "## Turning points",
            """\
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
cp_table""",
            "## Reciprocity: VAR, Granger tests, impulse responses",
            """\
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
granger_table""",
            "## Sensitivity to temporal aggregation",
            """\
sens = Fr.granger_sensitivity(events, dyads[0], start=start, end=end, maxlag=2)
rec.table(sens, "granger_by_freq", f"Granger p-values for {dyads[0]} and its reverse at daily, weekly and "
          "monthly aggregation (material-conflict counts).")
sens""",
            "## Escalation ladder",
            """\
lad = E.escalation_ladder(events, dyads)
counts = lad["counts"]
counts.index.name = "from_rung"
rec.table(counts.reset_index(), "ladder_transitions", "Transitions between escalation-ladder rungs of "
          "consecutive events of the same directed dyad (rows: from, columns: to).")
counts""",
            "## Count model: material conflict after mediation",
            """\
design = Fr.count_design(events, dyads[0], freq=freq, start=start, end=end, articles=articles)
cm = E.conflict_count_model(design, "material_conflict", ["lag_mediation", "lag_conflict"],
                            exposure_col="article_count" if articles is not None else None)
cm_out = {k: v for k, v in cm.items() if k != "results"}
print(dumps(cm_out))""",
            """\
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
                          "var_value": var_value, "truth_path": truth_path})""",
        ],
    ),
    "05_mediation": notebook(
        "05 Mediation",
        "Who mediates, what follows mediation (before/after windows against a placebo), and ceasefire "
        "durations. Logic: `newsevents.analysis.mediation`.",
        'events_path = "../data/processed/seeds/events.parquet"\n'
        'articles_path = "../data/processed/seeds/articles.parquet"\n'
        'output_dir = "../reports/seeds/05_mediation"\n'
        'dyads = ["AZE-ARM", "ARM-AZE", "RUS-AZE", "AZE-RUS"]\n'
        'freq = "M"\nstart = None\nend = None\nseed = 0\nk_days = 14\nplacebo_draws = 200\nmediators = None\n'
        'truth_path = None  # planted values of a simulated event set (the report\'s demonstration)',
        [
            """\
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
med""",
            "## Mediator activity over time",
            """\
mev = events[events["is_mediation"] & events["event_date"].notna()].copy()
mev["month"] = mev["event_date"].str.slice(0, 7)
mev["mediator"] = mev["mediator_actor"].fillna(mev["source_actor"])
activity = (mev.groupby(["month", "mediator"]).size().rename("n_events").reset_index()
            .sort_values(["month", "mediator"]).reset_index(drop=True))
fig, ax = plt.subplots(figsize=(7, 2.8))
if len(activity):
    activity.pivot(index="month", columns="mediator", values="n_events").fillna(0).plot.bar(ax=ax, stacked=True)
else:
    ax.text(0.5, 0.5, "no dated mediation events", ha="center", transform=ax.transAxes)
ax.set_ylabel("mediation events")
fig.tight_layout()
rec.figure(fig, activity, "mediator_activity", "Mediation events per month and mediator.")""",
            "## Mediator-party network",
            """\
G = M.mediator_network(events)
edges = pd.DataFrame([{"mediator": u, "party": v, "weight": d["weight"]} for u, v, d in sorted(G.edges(data=True))],
                     columns=["mediator", "party", "weight"])
fig, ax = plt.subplots(figsize=(4.5, 3.5))
if G.number_of_nodes():
    pos = nx.circular_layout(sorted(G.nodes()))
    nx.draw_networkx(G, pos, ax=ax, node_color="#ddcc77", font_size=8,
                     width=[1 + G[u][v]["weight"] for u, v in G.edges()])
else:
    ax.text(0.5, 0.5, "no mediation events", ha="center", transform=ax.transAxes)
ax.set_axis_off()
fig.tight_layout()
rec.figure(fig, edges, "mediator_network", "Mediators and the parties they mediated between; edge width grows "
           "with the number of mediation events.")
edges""",
            "## What follows mediation",
            """\
ba = M.before_after(events, dyads[0], k_days=k_days, placebo_draws=placebo_draws, seed=seed)
ba_out = {k: v for k, v in ba.items()}
print(dumps(ba_out))""",
            "## Ceasefires and their durations",
            """\
eps = M.ceasefire_episodes(events, dyads[0])
surv = M.survival_table(eps) if len(eps) else pd.DataFrame()
hz = M.hazard_model(eps, ["mediated"]) if len(eps) and "mediated" in eps.columns else {"ok": False, "reason": "no ceasefire episodes"}
hz_out = {k: v for k, v in hz.items() if k != "results"}
rec.table(eps if len(eps) else pd.DataFrame({"note": ["no ceasefire episode in this event set"]}),
          "ceasefire_episodes", "Ceasefire episodes: from a ceasefire event to the next material-conflict event "
          "of the dyad (censored at the end of the data).")
print(dumps(hz_out))
eps""",
            """\
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
                          "placebo_draws": placebo_draws, "mediators": mediators, "truth_path": truth_path})""",
        ],
    ),
    "06_simulation_study": notebook(
        "06 Simulation study",
        "Event data simulated with planted structure (a changepoint, reciprocity from the first dyad to the "
        "second, a mediation effect on the log conflict rate), then analysed with the same functions as the "
        "real data, over many seeded draws. Logic: `newsevents.analysis.simulate` and `newsevents.analysis.study`.",
        'output_dir = "../reports/seeds/06_simulation_study"\nn_draws = 10\nseed = 0\ndays = 730',
        [
            """\
from newsevents.analysis.params import check
from newsevents.analysis.study import run_study

p = check(dict(n_draws=n_draws, seed=seed, days=days))
n_draws, seed, days = p["n_draws"], p["seed"], p["days"]
rec = Recorder(output_dir, "06_simulation_study")
draws, summary = run_study(n_draws, seed=seed, days=days)
rec.table(draws.round(4), "draws", "One row per simulated draw: detected changepoint and its error in days, "
          "Granger p-values both ways, the estimated mediation effect with its standard error and whether the "
          "95% interval covers the planted value.")
print(dumps(summary))
draws.round(4)""",
            "## Recovery",
            """\
fig, axes = plt.subplots(1, 2, figsize=(8, 2.8))
axes[0].hist(draws["cp_error_days"].dropna(), bins=range(-15, 16), color="#4477aa")
axes[0].set_xlabel("changepoint error (days)")
axes[0].set_ylabel("draws")
m = draws.dropna(subset=["med_effect"]).reset_index(drop=True)
axes[1].errorbar(m.index, m["med_effect"], yerr=1.96 * m["med_se"], fmt="o", ms=3, color="black")
axes[1].axhline(summary["mediation_effect_true"], color="#cc6677", label="planted")
axes[1].set_xlabel("draw")
axes[1].set_ylabel("mediation effect (log rate)")
axes[1].legend(fontsize=7)
fig.tight_layout()
rec.figure(fig, draws[["seed", "cp_error_days", "med_effect", "med_se"]], "recovery",
           "Left: error of the detected changepoint in days. Right: estimated mediation effect with 95% "
           "intervals against the planted value.")""",
            """\
s = summary
text = (f"Over {s['n_draws']} simulated draws, PELT found the planted changepoint in {100 * s['cp_found_share']:.0f}% "
        f"of draws with a median absolute error of {s['cp_abs_error_median_days']} days; the Granger test detected "
        f"the planted direction in {100 * s['granger_power_ab']:.0f}% of draws and (wrongly) the reverse direction "
        f"in {100 * s['granger_false_positive_ba']:.0f}% (both series share the regime shift, which a Granger test "
        f"on levels does not model); the negative binomial model estimated the mediation effect at "
        f"{s['mediation_effect_mean']:.3f} (planted {s['mediation_effect_true']}, bias {s['mediation_effect_bias']:+.3f}, "
        f"95% CI coverage {100 * s['mediation_ci_coverage']:.0f}%).")
rec.results(summary=text, **summary)
print(text)
_ = rec.close(parameters={"output_dir": output_dir, "n_draws": n_draws, "seed": seed, "days": days})""",
        ],
    ),
    "03_coder_validation": notebook(
        "03 Coder validation",
        "Event-level precision, recall and F1 of the coder against gold codes that belong to this corpus: the "
        "project's own gold for the bundled articles (`data/gold/seeds_gold.yml`), or the file given with "
        "`GOLD=path` (formats in docs/PARAMETERS.md). Without gold for the corpus the notebook says so and shows "
        "the coder's figures on the project's own gold instead. A coded event matches a gold event when it is in "
        "the same article, has the same CAMEO root and the same source and target (country or organisation), and "
        "its date is within one day (an unknown date matches only an unknown date). Logic: "
        "`newsevents.coding.evaluate`.",
        'processed_dir = "../data/processed/seeds"\ngold_path = "../data/gold/seeds_gold.yml"\n'
        'output_dir = "../reports/seeds/03_coder_validation"\n'
        'devset_path = "../../shared/devset/plover_gsr_dev.json"\n'
        'sentence_gold_dir = "../data/gold"',
        [
            """\
from newsevents.coding.evaluate import evaluate, load_corpus_gold

mentions = read_table(Path(processed_dir) / "mentions.parquet")
articles = read_table(Path(processed_dir) / "articles.parquet")
rec = Recorder(output_dir, "03_coder_validation")
m, gold_info = None, {"gold_path": None}
if gold_path:
    gold, gold_info = load_corpus_gold(gold_path, articles["article_id"])
    m = evaluate(mentions, gold)
    gold_info["gold_path"] = gold_path.removeprefix("../")
    print(f"gold: {gold_info['gold_path']}, {gold_info['n_gold_events']} events in {gold_info['n_gold_articles']} "
          f"articles of this corpus; gold articles not in the corpus: {gold_info['gold_articles_not_in_corpus'] or '-'}")
    prf = pd.DataFrame([{"scope": "overall", **m["overall"]}] + [{"scope": k, **v} for k, v in m["by_lang"].items()])
    rec.table(prf, "prf", "Event-level precision, recall and F1 against the gold codes, overall and per language.")
else:
    prf = None
    print("No gold codes for this corpus (give them with GOLD=path): the coder is not validated on these articles. "
          "The sections below give its figures on the project's own gold.")
prf""",
            "## Per-field accuracy on matched events",
            """\
if m is not None and m["field_accuracy"]:
    fa = pd.DataFrame([{"field": k, "accuracy": v} for k, v in m["field_accuracy"].items()])
    rec.table(fa, "field_accuracy", "Share of matched events whose field equals the gold value exactly.")
    display(fa)
else:
    print("no matched events to compare" if m is not None else "no gold for this corpus")""",
            "## Confusion of CAMEO roots",
            """\
if m is not None:
    conf = pd.DataFrame(m["confusion"], columns=["gold_root", "pred_root", "n"])
    ct = conf.pivot_table(index="gold_root", columns="pred_root", values="n", aggfunc="sum", fill_value=0)
    rec.table(ct.reset_index(), "confusion", "Gold CAMEO root (rows) against coded root (columns) for matched "
              "events; 'none' collects missed gold events (row) and coded events without a gold match (column).")
    display(ct)
else:
    print("no gold for this corpus")""",
            "## What was missed and what was extra",
            """\
if m is not None:
    print("missed gold events:")
    print("\\n".join(m["unmatched_gold"]) or "-")
    print("coded events without a gold match:")
    print("\\n".join(m["unmatched_pred"]) or "-")""",
            "## Sentence-level gold per language\n\n"
            "Short news-style passages per language with hand-written events (`data/gold/sentences_<lang>.yml`), "
            "scored in every run whatever the corpus. "
            "The *dev* items were written first and used while writing the dictionaries; the *heldout* items "
            "were written afterwards and never used to change the dictionaries (later engine fixes did draw on "
            "reported misses of both parts), so they estimate, somewhat optimistically, how the coder generalises "
            "to wording it was not written for. Dates are not scored here. Logic: `newsevents.coding.sentgold`.",
            """\
from newsevents.coding.sentgold import score_file

rows = []
for f in sorted(Path(sentence_gold_dir).glob("sentences_*.yml")):
    for split in ("dev", "heldout"):
        s = score_file(f, split=split)
        o = s["overall"]
        rows.append({"lang": s["lang"], "split": split, "items": s["n_items"], "n_gold": o["n_gold"],
                     "n_pred": o["n_pred"], "precision": o["precision"], "recall": o["recall"], "f1": o["f1"]})
sg = pd.DataFrame(rows, columns=["lang", "split", "items", "n_gold", "n_pred", "precision", "recall", "f1"])
rec.table(sg, "sentence_gold", "Event precision, recall and F1 on the project's sentence-level gold, per "
          "language and split (heldout = written after the dictionaries and never used to change them).")
sg""",
            "## English devset (PLOVER gold-standard sentences; outside the project, used when present)",
            """\
# NBVAL_IGNORE_OUTPUT
from newsevents.coding.devset import evaluate_devset

dev = evaluate_devset(Path(devset_path))["metrics"] if Path(devset_path).is_file() else None
print(dumps(dev) if dev else "devset not available on this machine")""",
            """\
if m is not None:
    o = m["overall"]
    summary = (f"Against {o['n_gold']} gold events in {gold_info['n_gold_articles']} articles of this corpus "
               f"({gold_info['gold_path']}) the coder produced {o['n_pred']} mentions in those articles: precision "
               f"{o['precision']:.2f}, recall {o['recall']:.2f}, F1 {o['f1']:.2f} ("
               + ", ".join(f"{k}: F1 {v['f1']:.2f}" for k, v in m["by_lang"].items()) + ").")
else:
    o = None
    summary = ("No gold codes were given for this corpus, so the coder's precision and recall on these articles "
               "are not known; the figures below are the coder's on the project's own gold (source: "
               "data/gold/sentences_<lang>.yml, scored in this run).")
devset_summary = None
if dev:
    devset_summary = (f"On {dev['n']} English sentences of the PLOVER gold-standard records the coder's PLOVER "
                f"category was right for {100 * dev['category_accuracy']:.0f}% of sentences (it coded "
                f"{100 * dev['coverage']:.0f}% of them).")
held = sg[sg["split"] == "heldout"]
sentence_gold_summary = None
if len(held):
    sentence_gold_summary = ("On the project's sentence-level gold, heldout part (passages written after the "
                             "dictionaries; data/gold/sentences_<lang>.yml), event F1 is "
                             + ", ".join(f"{r.lang} {r.f1:.2f} ({r.n_gold} events)" for r in held.itertuples()) + ".")
rec.results(summary=summary, gold_available=m is not None, gold=gold_info, overall=o,
            by_lang=m["by_lang"] if m else {}, field_accuracy=m["field_accuracy"] if m else {}, devset=dev,
            devset_summary=devset_summary, sentence_gold=sg.to_dict("records"),
            sentence_gold_summary=sentence_gold_summary)
print(summary)
_ = rec.close(parameters={"processed_dir": processed_dir, "gold_path": gold_path, "devset_path": devset_path,
                          "sentence_gold_dir": sentence_gold_dir})""",
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
