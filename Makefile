# newsevents: raw news text -> CAMEO events -> escalation/mediation analyses -> PDF report.
# `make` alone lists the targets. Every target builds the environment from the lock if needed.
# CORPUS=path (folder or .jsonl/.csv) overrides the bundled sample corpus for every target.
# EVENTS=path overrides the events table the analysis notebooks read (e.g. a simulated set).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
export PYTHONHASHSEED := 0
export MPLBACKEND := Agg
export PYDEVD_DISABLE_FILE_VALIDATION := 1

PYTHON_BOOT ?= python3
VENV := .venv
PY := $(VENV)/bin/python
NE := $(VENV)/bin/newsevents
PM := $(VENV)/bin/papermill --log-level WARNING -k python3 --language python --cwd notebooks
STAMP := $(VENV)/.installed

CORPUS ?= data/raw/seeds
EVENTS ?= data/processed/events.parquet
INTERIM := data/interim
PROCESSED := data/processed
NBOUT := reports/notebooks
CORPUS_FILES := $(shell find $(CORPUS) -type f 2>/dev/null | sort)
# Stamps that change when CORPUS or EVENTS point elsewhere, so a switch reruns what depends on them
# even when the other corpus' files are older than the outputs.
$(shell mkdir -p data reports; echo '$(CORPUS)' | cmp -s - data/.corpus_path || echo '$(CORPUS)' > data/.corpus_path)
$(shell echo '$(EVENTS)' | cmp -s - reports/.events_path || echo '$(EVENTS)' > reports/.events_path)
SRC := $(shell find src -name '*.py' -o -name '*.yml' | sort)

.PHONY: sim-events notebooks-refresh help env report test lint articles events evaluate devset date-eval notebooks bench verify lab clean lock synth stress

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "  %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON_BOOT) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (newsevents)" >/dev/null
	@touch $@

env: $(STAMP) ## create .venv from the lock file (requirements.lock)

lock: ## regenerate requirements.lock from requirements.in (needs uv)
	uv pip compile requirements.in --python-version 3.11 --generate-hashes --no-header -o requirements.lock

$(INTERIM)/articles.parquet: $(STAMP) $(CORPUS_FILES) $(SRC) data/.corpus_path
	$(NE) ingest $(CORPUS) --out $(INTERIM)

articles: $(INTERIM)/articles.parquet ## ingest CORPUS into data/interim/{articles,quarantine}.parquet

$(PROCESSED)/events.parquet: $(STAMP) $(CORPUS_FILES) $(SRC) data/.corpus_path
	$(NE) code $(CORPUS) --out $(PROCESSED) --quiet

events: $(PROCESSED)/events.parquet ## code CORPUS into data/processed/{articles,mentions,events}.parquet (+csv, dta)

SENTENCE_GOLD := $(sort $(wildcard data/gold/sentences_*.yml))

evaluate: $(PROCESSED)/events.parquet ## coder precision/recall/F1: seeds gold, then sentence gold per language
	$(NE) evaluate --events $(PROCESSED) --gold data/gold/seeds_gold.yml --out reports/evaluation
	$(NE) sentences $(SENTENCE_GOLD) --split dev
	$(NE) sentences $(SENTENCE_GOLD) --split heldout

devset: $(STAMP) ## measure the English coder on ../shared/devset (not part of the project)
	$(NE) devset ../shared/devset/plover_gsr_dev.json --out reports/devset

date-eval: $(STAMP) ## article and event dates on ../shared/events_devset (read at run time, not part of the project)
	$(NE) date-eval $(or $(EVENTS_DEVSET),../shared/events_devset) --json reports/date_eval.json

# --- notebooks (papermill, kernel and working directory fixed) -------------------------------
$(NBOUT)/01_corpus.ipynb: notebooks/01_corpus.ipynb $(INTERIM)/articles.parquet
	@mkdir -p $(NBOUT)
	$(PM) $< $@ -p articles_dir ../$(INTERIM) -p output_dir ../reports/01_corpus

$(NBOUT)/02_code_events.ipynb: notebooks/02_code_events.ipynb $(PROCESSED)/events.parquet
	@mkdir -p $(NBOUT)
	$(PM) $< $@ -p processed_dir ../$(PROCESSED) -p output_dir ../reports/02_code_events

$(NBOUT)/03_coder_validation.ipynb: notebooks/03_coder_validation.ipynb $(PROCESSED)/events.parquet data/gold/seeds_gold.yml $(SENTENCE_GOLD)
	@mkdir -p $(NBOUT)
	$(PM) $< $@ -p processed_dir ../$(PROCESSED) -p gold_path ../data/gold/seeds_gold.yml -p output_dir ../reports/03_coder_validation

$(NBOUT)/04_escalation.ipynb: notebooks/04_escalation.ipynb $(EVENTS) reports/.events_path
	@mkdir -p $(NBOUT)
	$(PM) $< $@ -p events_path ../$(EVENTS) -p articles_path ../$(dir $(EVENTS))articles.parquet -p output_dir ../reports/04_escalation

$(NBOUT)/05_mediation.ipynb: notebooks/05_mediation.ipynb $(EVENTS) reports/.events_path
	@mkdir -p $(NBOUT)
	$(PM) $< $@ -p events_path ../$(EVENTS) -p articles_path ../$(dir $(EVENTS))articles.parquet -p output_dir ../reports/05_mediation

$(NBOUT)/06_simulation_study.ipynb: notebooks/06_simulation_study.ipynb $(STAMP) $(SRC)
	@mkdir -p $(NBOUT)
	$(PM) $< $@ -p output_dir ../reports/06_simulation_study

NOTEBOOKS := $(patsubst notebooks/%,$(NBOUT)/%,$(sort $(wildcard notebooks/0*.ipynb)))

notebooks: $(NOTEBOOKS) ## execute every notebook with papermill into reports/notebooks/

notebooks-refresh: $(PROCESSED)/events.parquet $(INTERIM)/articles.parquet ## re-execute the committed notebooks in place (their outputs are what nbval checks)
	for nb in notebooks/0*.ipynb; do $(PM) $$nb $$nb; done

reports/report.pdf: $(NOTEBOOKS) $(SRC) $(wildcard src/newsevents/report/templates/*)
	$(VENV)/bin/jupyter nbconvert --log-level WARN --to html --template classic $(NOTEBOOKS)
	$(NE) report --reports reports

report: ## run the whole pipeline on CORPUS and build reports/report.pdf (notebooks two at a time)
	$(MAKE) --no-print-directory -j2 reports/report.pdf
	@echo "report: reports/report.pdf"

verify: reports/report.pdf ## rerun everything in a scratch copy and compare with reports/MANIFEST.json
	$(PY) -m newsevents.report.verify_rerun

test: $(STAMP) $(INTERIM)/articles.parquet $(PROCESSED)/events.parquet ## run the unit tests and the notebooks under nbval
	$(VENV)/bin/pytest -q -p no:cacheprovider tests
	$(VENV)/bin/pytest -q -p no:cacheprovider --nbval notebooks --nbval-sanitize-with notebooks/sanitize.cfg

lint: $(STAMP) ## ruff on src and tests, and the dictionaries check
	$(VENV)/bin/ruff check src tests benchmarks
	$(NE) dictionaries check

bench: $(STAMP) ## benchmark (1k, 10k, 100k synthetic articles) into reports/bench.json
	$(PY) benchmarks/run.py --out reports/bench.json

stress: $(STAMP) ## the reliability probes of issue #14 at full size (time, peak RSS, rows in/out) into reports/stress.json
	$(PY) benchmarks/stress.py --out reports/stress.json

sim-events: $(STAMP) ## write a simulated event table (planted structure) to data/interim/sim/ for EVENTS=
	$(NE) simulate-events --out data/interim/sim --seed 0

synth: $(STAMP) ## write a 1,000-article synthetic corpus into data/interim/synth
	$(NE) synth --articles 1000 --seed 1 --out data/interim/synth

lab: $(STAMP) ## open JupyterLab on the notebooks with the project's environment
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

clean: ## remove generated data and reports (keeps .venv)
	rm -rf $(INTERIM) $(PROCESSED) reports
