# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (newsevents)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 03 Coder validation
#
# Event-level precision, recall and F1 of the coder against gold codes that belong to this corpus: the project's own gold for the bundled articles (`data/gold/seeds_gold.jsonl`, annotated by the rules in docs/CODEBOOK.md), or the file given with `GOLD=path` (formats in docs/PARAMETERS.md). Without gold for the corpus the notebook says so and shows the coder's figures on the project's own gold instead. Events are matched by the annotation rules (`newsevents.coding.matching`, the same matching as the real-text evaluation sets): same article, same CAMEO root, actors by country or organisation in either order, dates within a day of a day-precision gold date (a coded event without a date never matches a dated gold event), one-to-one; gold events marked minor are optional. The figures are core lenient precision, recall and F1. Logic: `newsevents.coding.evaluate.rules_evaluate`.

# %% tags=["parameters"]
processed_dir = "../data/processed/seeds"
gold_path = "../data/gold/seeds_gold.jsonl"
output_dir = "../reports/seeds/03_coder_validation"
devset_path = "../../shared/devset/plover_gsr_dev.json"
sentence_gold_dir = "../data/gold"

# %%
from pathlib import Path

import pandas as pd

from newsevents.io import read_table
from newsevents.report.artifacts import Recorder, display_options, dumps

display_options()

# %%
from newsevents.coding.evaluate import load_corpus_gold, rules_evaluate

mentions = read_table(Path(processed_dir) / "mentions.parquet")
articles = read_table(Path(processed_dir) / "articles.parquet")
rec = Recorder(output_dir, "03_coder_validation")
m, gold_info = None, {"gold_path": None}
if gold_path:
    gold, gold_info = load_corpus_gold(gold_path, articles["article_id"])
    m = rules_evaluate(mentions, gold)
    gold_info["gold_path"] = gold_path.removeprefix("../")
    print(f"gold: {gold_info['gold_path']}, {gold_info['n_gold_events']} events in {gold_info['n_gold_articles']} "
          f"articles of this corpus; gold articles not in the corpus: {gold_info['gold_articles_not_in_corpus'] or '-'}")
    prf = pd.DataFrame([{"scope": "overall", **m["overall"]}] + [{"scope": k, **v} for k, v in m["by_lang"].items()])
    rec.table(prf, "prf", "Event-level precision, recall and F1 against the gold codes, overall and per language.")
else:
    prf = None
    print("No gold codes for this corpus (give them with GOLD=path): the coder is not validated on these articles. "
          "The sections below give its figures on the project's own gold.")
prf

# %% [markdown]
# ## Per-field accuracy on matched events

# %%
if m is not None and m["field_accuracy"]:
    fa = pd.DataFrame([{"field": k, "accuracy": v} for k, v in m["field_accuracy"].items()])
    rec.table(fa, "field_accuracy", "Share of matched events whose field equals the gold value exactly.")
    display(fa)
else:
    print("no matched events to compare" if m is not None else "no gold for this corpus")

# %% [markdown]
# ## Confusion of CAMEO roots

# %%
if m is not None:
    conf = pd.DataFrame(m["confusion"], columns=["gold_root", "pred_root", "n"])
    ct = conf.pivot_table(index="gold_root", columns="pred_root", values="n", aggfunc="sum", fill_value=0)
    rec.table(ct.reset_index(), "confusion", "Gold CAMEO root (rows) against coded root (columns) for matched "
              "events; 'none' collects missed gold events (row) and coded events without a gold match (column).")
    display(ct)
else:
    print("no gold for this corpus")

# %% [markdown]
# ## What was missed and what was extra

# %%
if m is not None:
    print("missed gold events:")
    print("\n".join(m["unmatched_gold"]) or "-")
    print("coded events without a gold match:")
    print("\n".join(m["unmatched_pred"]) or "-")

# %% [markdown]
# ## Sentence-level gold per language
#
# Short news-style passages per language with hand-written events (`data/gold/sentences_<lang>.yml`), scored in every run whatever the corpus. The *dev* items were written first and used while writing the dictionaries; the *heldout* items were written afterwards and never used to change the dictionaries (later engine fixes did draw on reported misses of both parts), so they estimate, somewhat optimistically, how the coder generalises to wording it was not written for. Dates are not scored here. Logic: `newsevents.coding.sentgold`.

# %%
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
sg

# %% [markdown]
# ## English devset (PLOVER gold-standard sentences; outside the project, used when present)

# %%
# NBVAL_IGNORE_OUTPUT
from newsevents.coding.devset import evaluate_devset

dev = evaluate_devset(Path(devset_path))["metrics"] if Path(devset_path).is_file() else None
print(dumps(dev) if dev else "devset not available on this machine")

# %%
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
                          "sentence_gold_dir": sentence_gold_dir})
