# newsevents: raw news text -> CAMEO events -> escalation/mediation analyses -> PDF report.
# `make` alone lists the targets. Every target builds the environment from the lock if needed.
# CORPUS=path (folder or .jsonl/.csv) runs a target on another corpus; its outputs go to
#   data/interim/NAME/, data/processed/NAME/ and reports/NAME/, NAME = CORPUS_NAME (default: the
#   corpus' file or folder name without extension; the bundled corpus is "seeds").
# GOLD=path gives the gold codes of CORPUS (the bundled corpus uses data/gold/seeds_gold.jsonl).
# EVENTS=path overrides the events table the analysis notebooks read (e.g. a simulated set).
# PARAMS=file.yml and DYADS= FREQ= START= END= MAXLAGS= ... set analysis parameters (docs/PARAMETERS.md).
# Values are checked before anything runs: letters, digits and / . _ - + , @ : ~ = only (no spaces,
# no quotes, no shell characters), so a value is never executed.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:
export PYTHONHASHSEED := 0
export MPLBACKEND := Agg
export PYDEVD_DISABLE_FILE_VALIDATION := 1

# --- parameter checks (pure make: nothing below reaches a shell before these pass) ---------------
comma := ,
SAFE_CHARS := a b c d e f g h i j k l m n o p q r s t u v w x y z A B C D E F G H I J K L M N O P Q R S T U \
  V W X Y Z 0 1 2 3 4 5 6 7 8 9 / . _ - + $(comma) @ : ~ =
NAME_CHARS := $(filter-out / $(comma) @ : ~ = +,$(SAFE_CHARS))
# what is left of $(1) once every character of the list $(2) is removed
_residue = $(if $(2),$(call _residue,$(subst $(firstword $(2)),,$(1)),$(wordlist 2,$(words $(2)),$(2))),$(1))
# set by the user (command line or environment), so its raw text is checked before it is expanded
_given = $(or $(findstring command,$(origin $(1))),$(findstring environment,$(origin $(1))))
define _check
$(if $(and $(call _given,$(1)),$(findstring $$,$(value $(1)))),$(error $(1) must not contain '$$' (a make or shell expansion)))
$(if $(strip $(call _residue,$($(1)),$(2))),$(error $(1)='$($(1))' contains '$(strip $(call _residue,$($(1)),$(2)))': \
  allowed are letters, digits and $(if $(filter /,$(2)),/ . _ - + $(comma) @ : ~ =,. _ -)))
$(if $(word 2,$($(1))),$(error $(1)='$($(1))' contains a space: paths with spaces are not supported by make; \
  use a path without spaces (a symbolic link to the folder works)))
endef
PATH_VARS := CORPUS EVENTS GOLD PARAMS PYTHON_BOOT TEXT_COLUMN DATE_COLUMN TITLE_COLUMN ID_COLUMN LANG_COLUMN
ANALYSIS_VARS := DYADS FREQ START END MAXLAGS MIN_EVENTS CHANGEPOINT_METHOD VAR_VALUE SEED K_DAYS PLACEBO_DRAWS \
  MEDIATORS N_DRAWS DAYS
$(foreach v,$(PATH_VARS) $(ANALYSIS_VARS) CORPUS_NAME,$(if $(and $(call _given,$(v)),$(findstring $$,$(value $(v)))),$(error $(v) must not contain '$$')))
$(foreach v,$(PATH_VARS) $(ANALYSIS_VARS),$(eval $(call _check,$(v),$(SAFE_CHARS))))

PYTHON_BOOT ?= python3
VENV := .venv
PY := $(VENV)/bin/python
NE := $(VENV)/bin/newsevents
JT := $(VENV)/bin/jupytext
PM := $(VENV)/bin/papermill --log-level WARNING -k python3 --language python --cwd notebooks
STAMP := $(VENV)/.installed

BUNDLED := data/raw/seeds
CORPUS ?= $(BUNDLED)
CORPUS_NAME ?= $(basename $(notdir $(patsubst %/,%,$(CORPUS))))
$(eval $(call _check,CORPUS_NAME,$(NAME_CHARS)))
$(if $(filter . .. sim synth bench,$(CORPUS_NAME))$(if $(CORPUS_NAME),,empty),$(error CORPUS_NAME='$(CORPUS_NAME)' is not \
  a usable name (sim, synth and bench are used by make sim-events, synth and bench); set CORPUS_NAME=another-name))
# the corpus as a path relative to this folder when it is inside it, else absolute (resolved)
CORPUS_ID = $(patsubst $(CURDIR)/%,%,$(or $(realpath $(CORPUS)),$(abspath $(CORPUS))))
# gold codes: GOLD=path; the bundled corpus has its own; GOLD= (empty) means none
GOLD_PATH := $(if $(filter undefined,$(origin GOLD)),$(if $(filter $(BUNDLED),$(CORPUS_ID)),data/gold/seeds_gold.jsonl),$(GOLD))

INTERIM := data/interim/$(CORPUS_NAME)
PROCESSED := data/processed/$(CORPUS_NAME)
RDIR := reports/$(CORPUS_NAME)
NBOUT := $(RDIR)/notebooks
OWNER := data/.corpora/$(CORPUS_NAME)
EVENTS_PATH := $(or $(EVENTS),$(PROCESSED)/events.parquet)
# a path as seen from notebooks/ (papermill's working directory)
nbpath = $(if $(filter /%,$(1)),$(1),../$(1))

COLUMN_FLAGS := $(if $(TEXT_COLUMN),--text-column '$(TEXT_COLUMN)') $(if $(DATE_COLUMN),--date-column '$(DATE_COLUMN)') \
  $(if $(TITLE_COLUMN),--title-column '$(TITLE_COLUMN)') $(if $(ID_COLUMN),--id-column '$(ID_COLUMN)') \
  $(if $(LANG_COLUMN),--lang-column '$(LANG_COLUMN)')
PARAM_FLAGS := $(if $(PARAMS),--file '$(PARAMS)') $(foreach v,$(ANALYSIS_VARS),$(if $($(v)),--set '$(shell echo $(v) | tr A-Z a-z)=$($(v))'))

# Stamps that change when the corpus' files, its path, the column options or EVENTS change, so a switch
# reruns what depends on them (computed only for targets that read the corpus).
NO_CORPUS_GOALS := help env lock clean clean-corpus lab bench stress synth sim-events lint test notebooks-refresh date-eval devset
ifneq ($(filter-out $(NO_CORPUS_GOALS),$(or $(MAKECMDGOALS),help)),)
# a missing corpus, an empty folder, and a CORPUS_NAME whose outputs belong to another corpus stop here
$(if $(wildcard $(CORPUS)),,$(error CORPUS=$(CORPUS) does not exist))
$(if $(shell find '$(CORPUS)' -type f ! -name '.*' -print -quit 2>/dev/null),,$(error CORPUS=$(CORPUS) is an empty \
  folder: there is nothing to read (put .txt/.md/.html files in it, or give a .jsonl/.csv file)))
OWNER_NOW := $(shell cat '$(OWNER)' 2>/dev/null)
$(if $(and $(OWNER_NOW),$(filter-out $(OWNER_NOW),$(CORPUS_ID))),$(error the outputs named '$(CORPUS_NAME)' \
  (data/processed/$(CORPUS_NAME)/, reports/$(CORPUS_NAME)/) belong to the corpus $(OWNER_NOW), not to $(CORPUS_ID). \
  Give this corpus its own name with CORPUS_NAME=another-name, or remove them first with \
  make clean-corpus CORPUS_NAME=$(CORPUS_NAME)))
CORPUS_STATE := $(INTERIM)/.corpus-state
$(shell mkdir -p '$(INTERIM)' '$(RDIR)'; h=$$({ printf '%s\n' '$(CORPUS_ID)' "$(COLUMN_FLAGS)"; \
  find '$(CORPUS)' -printf '%P\t%s\t%T@\n' 2>/dev/null | LC_ALL=C sort; } | sha256sum); \
  [ "$$(cat '$(CORPUS_STATE)' 2>/dev/null)" = "$$h" ] || echo "$$h" > '$(CORPUS_STATE)')
$(shell echo '$(EVENTS_PATH)' | cmp -s - '$(RDIR)/.events_path' || echo '$(EVENTS_PATH)' > '$(RDIR)/.events_path')
endif
SRC := $(shell find src -name '*.py' -o -name '*.yml' | sort)

.PHONY: sim-events notebooks-refresh help env report test lint articles events evaluate devset date-eval notebooks bench \
  verify lab clean clean-corpus lock synth parameters stress

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "  %-10s %s\n", $$1, $$2}'
	@echo "  variables: CORPUS=path CORPUS_NAME=name GOLD=gold.yml EVENTS=events.parquet PARAMS=params.yml"
	@echo "             DYADS= FREQ= START= END= MAXLAGS= MEDIATORS= ... (docs/PARAMETERS.md)"

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || '$(PYTHON_BOOT)' -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (newsevents)" >/dev/null
	@touch $@

env: $(STAMP) ## create .venv from the lock file (requirements.lock)

lock: ## regenerate requirements.lock from requirements.in (needs uv)
	uv pip compile requirements.in --python-version 3.11 --generate-hashes --no-header -o requirements.lock

# records which corpus owns the outputs named CORPUS_NAME (checked above, before anything runs)
OWN = @mkdir -p data/.corpora && echo '$(CORPUS_ID)' > '$(OWNER)'

$(INTERIM)/articles.parquet: $(STAMP) $(CORPUS_STATE) $(SRC) | parameters
	$(OWN)
	$(NE) ingest '$(CORPUS)' --out '$(INTERIM)' $(COLUMN_FLAGS)

articles: $(INTERIM)/articles.parquet ## ingest CORPUS into data/interim/NAME/{articles,quarantine}.parquet

$(PROCESSED)/events.parquet: $(STAMP) $(CORPUS_STATE) $(SRC) | parameters
	$(OWN)
	$(NE) code '$(CORPUS)' --out '$(PROCESSED)' --quiet $(COLUMN_FLAGS)

events: $(PROCESSED)/events.parquet ## code CORPUS into data/processed/NAME/{articles,mentions,events}.parquet (+csv, dta)

SENTENCE_GOLD := $(sort $(wildcard data/gold/sentences_*.yml))
# the project's own news sets, one per language (tests/test_own_news.py)
OWN_NEWS := $(sort $(patsubst %/gold.jsonl,%,$(wildcard tests/data/own_news/*/gold.jsonl)))

evaluate: $(PROCESSED)/events.parquet ## coder precision/recall/F1: GOLD (seeds' gold for the bundled corpus), sentence gold per language, own news sets
	$(if $(GOLD_PATH),$(NE) evaluate --events '$(PROCESSED)' --gold '$(GOLD_PATH)' --out '$(RDIR)/evaluation',@echo "no gold for CORPUS=$(CORPUS) (give GOLD=path); sentence-level gold only")
	$(NE) sentences $(SENTENCE_GOLD) --split dev
	$(NE) sentences $(SENTENCE_GOLD) --split heldout
	$(foreach s,$(OWN_NEWS),$(NE) evaluate --set $(s);)

devset: $(STAMP) ## measure the English coder on ../shared/devset (not part of the project)
	$(NE) devset ../shared/devset/plover_gsr_dev.json --out reports/devset

date-eval: $(STAMP) ## article and event dates on ../shared/events_devset (read at run time, not part of the project)
	$(NE) date-eval $(or $(EVENTS_DEVSET),../shared/events_devset) --json reports/date_eval.json

# the bundled corpus with no user options (make test and notebooks-refresh)
SEEDS_MAKE := $(MAKE) --no-print-directory CORPUS=$(BUNDLED) CORPUS_NAME=seeds EVENTS= PARAMS= \
  $(foreach v,TEXT_COLUMN DATE_COLUMN TITLE_COLUMN ID_COLUMN LANG_COLUMN $(ANALYSIS_VARS),$(v)=)

# --- notebooks (papermill, kernel and working directory fixed) -------------------------------
# notebooks/NN_name.py (jupytext py:percent) is the source; its paired .ipynb (with the outputs nbval
# checks) is brought up to date from it, outputs kept, whenever the .py is newer.
notebooks/%.ipynb: notebooks/%.py $(STAMP)
	$(JT) --quiet --update --to ipynb $<
	$(PY) -m newsevents.report.nbclean $@
	@touch $@  # (jupytext re-stamps the paired .py: the .ipynb must stay the newer, or every run redoes this)
NB_SOURCES := $(sort $(wildcard notebooks/0*.ipynb))
NOTEBOOKS := $(patsubst notebooks/%,$(NBOUT)/%,$(NB_SOURCES))
PARAM_DIR := $(RDIR)/parameters

# Validates the analysis parameters once and writes one papermill parameters file per notebook
# (rewritten only when it changes, so only the notebooks whose parameters changed rerun).
parameters: $(STAMP)
	@$(NE) parameters $(NB_SOURCES) --out '$(PARAM_DIR)' $(PARAM_FLAGS)
$(PARAM_DIR)/%.yml: parameters ;

PMP = $(PM) -f '$(PARAM_DIR)/$(basename $(notdir $<)).yml'

$(NBOUT)/01_corpus.ipynb: notebooks/01_corpus.ipynb $(INTERIM)/articles.parquet $(PARAM_DIR)/01_corpus.yml
	@mkdir -p '$(NBOUT)'
	$(PMP) $< $@ -p articles_dir ../$(INTERIM) -p output_dir ../$(RDIR)/01_corpus

$(NBOUT)/02_code_events.ipynb: notebooks/02_code_events.ipynb $(PROCESSED)/events.parquet $(PARAM_DIR)/02_code_events.yml
	@mkdir -p '$(NBOUT)'
	$(PMP) $< $@ -p processed_dir ../$(PROCESSED) -p output_dir ../$(RDIR)/02_code_events

$(NBOUT)/03_coder_validation.ipynb: notebooks/03_coder_validation.ipynb $(PROCESSED)/events.parquet $(GOLD_PATH) $(SENTENCE_GOLD) $(PARAM_DIR)/03_coder_validation.yml
	@mkdir -p '$(NBOUT)'
	$(PMP) $< $@ -p processed_dir ../$(PROCESSED) -p gold_path '$(if $(GOLD_PATH),$(call nbpath,$(GOLD_PATH)))' -p output_dir ../$(RDIR)/03_coder_validation

$(NBOUT)/04_escalation.ipynb: notebooks/04_escalation.ipynb $(EVENTS_PATH) $(RDIR)/.events_path $(PARAM_DIR)/04_escalation.yml
	@mkdir -p '$(NBOUT)'
	$(PMP) $< $@ -p events_path '$(call nbpath,$(EVENTS_PATH))' -p articles_path '$(call nbpath,$(dir $(EVENTS_PATH))articles.parquet)' -p output_dir ../$(RDIR)/04_escalation

$(NBOUT)/05_mediation.ipynb: notebooks/05_mediation.ipynb $(EVENTS_PATH) $(RDIR)/.events_path $(PARAM_DIR)/05_mediation.yml
	@mkdir -p '$(NBOUT)'
	$(PMP) $< $@ -p events_path '$(call nbpath,$(EVENTS_PATH))' -p articles_path '$(call nbpath,$(dir $(EVENTS_PATH))articles.parquet)' -p output_dir ../$(RDIR)/05_mediation

$(NBOUT)/06_simulation_study.ipynb: notebooks/06_simulation_study.ipynb $(STAMP) $(SRC) $(PARAM_DIR)/06_simulation_study.yml
	@mkdir -p '$(NBOUT)'
	$(PMP) $< $@ -p output_dir ../$(RDIR)/06_simulation_study

# Demonstration: notebooks 04 and 05 once more, on the simulated event set with planted structure
# (papermill parameters, same notebooks), into reports/NAME/04_escalation_sim and 05_mediation_sim.
SIM := data/interim/sim
SIM_NOTEBOOKS := $(NBOUT)/04_escalation_sim.ipynb $(NBOUT)/05_mediation_sim.ipynb
SIM_PARAMS = -p events_path ../$(SIM)/events.parquet -p articles_path ../$(SIM)/articles.parquet \
  -p truth_path ../$(SIM)/truth.json -y 'dyads: [AZE-ARM, ARM-AZE]' -p output_dir ../$(RDIR)/$(basename $(notdir $@))

$(SIM)/events.parquet: $(STAMP) $(SRC)
	$(NE) simulate-events --out $(SIM) --seed 0

$(NBOUT)/04_escalation_sim.ipynb: notebooks/04_escalation.ipynb $(SIM)/events.parquet
	@mkdir -p '$(NBOUT)'
	$(PM) $< $@ $(SIM_PARAMS)

$(NBOUT)/05_mediation_sim.ipynb: notebooks/05_mediation.ipynb $(SIM)/events.parquet
	@mkdir -p '$(NBOUT)'
	$(PM) $< $@ $(SIM_PARAMS)

notebooks: $(NOTEBOOKS) $(SIM_NOTEBOOKS) ## execute every notebook with papermill into reports/NAME/notebooks/

# The committed notebooks always run on the bundled corpus with their default parameters (nbval checks them).
notebooks-refresh: ## re-execute the committed notebooks in place on the bundled corpus (their outputs are what nbval checks)
	$(SEEDS_MAKE) articles events $(NB_SOURCES)
	for nb in notebooks/0*.ipynb; do $(PM) $$nb $$nb; done
	$(PY) -m newsevents.report.nbclean notebooks/0*.ipynb

$(RDIR)/report.pdf: $(NOTEBOOKS) $(SIM_NOTEBOOKS) $(SRC) $(wildcard src/newsevents/report/templates/*)
	rm -f '$@'
	@$(PY) -m newsevents.report.nbclean $(NOTEBOOKS) $(SIM_NOTEBOOKS) > /dev/null  # papermill's run times: same input, same bytes
	$(VENV)/bin/jupyter nbconvert --log-level WARN --to html --template classic $(NOTEBOOKS) $(SIM_NOTEBOOKS)
	$(NE) report --reports '$(RDIR)' --processed '$(PROCESSED)' --corpus-name '$(CORPUS_NAME)'

report: ## run the whole pipeline on CORPUS and build reports/NAME/report.pdf (reports/seeds/report.pdf by default)
	@$(MAKE) --no-print-directory -j2 '$(RDIR)/report.pdf' || { rm -f '$(RDIR)/report.pdf' '$(RDIR)/MANIFEST.json'; \
	  echo "report: failed; no report.pdf is left in $(RDIR)/" >&2; exit 1; }
	@echo "report: $(RDIR)/report.pdf"

# verify reruns `make report` in a scratch copy with the same variables as this run
VERIFY_VARS := CORPUS='$(CORPUS)' CORPUS_NAME='$(CORPUS_NAME)' GOLD='$(GOLD_PATH)' \
  $(foreach v,EVENTS PARAMS TEXT_COLUMN DATE_COLUMN TITLE_COLUMN ID_COLUMN LANG_COLUMN $(ANALYSIS_VARS),$(if $($(v)),$(v)='$($(v))'))
verify: ## rerun CORPUS' report in a scratch copy and compare every hash with reports/NAME/MANIFEST.json
	$(MAKE) --no-print-directory report
	$(PY) -m newsevents.report.verify_rerun --reports '$(RDIR)' -- $(VERIFY_VARS)

test: $(STAMP) ## run the unit tests and the notebooks under nbval (on the bundled corpus)
	$(SEEDS_MAKE) articles events $(NB_SOURCES)
	$(VENV)/bin/pytest -q -p no:cacheprovider tests
	$(VENV)/bin/pytest -q -p no:cacheprovider --nbval notebooks --nbval-sanitize-with notebooks/sanitize.cfg || { \
	  echo "nbval: the committed notebooks' outputs differ from a rerun on the bundled corpus. If you changed the" >&2; \
	  echo "dictionaries, the coder or a notebook on purpose, run 'make notebooks-refresh', look at the diff and commit it." >&2; \
	  exit 1; }

lint: $(STAMP) ## ruff on src and tests, and the dictionaries check
	$(VENV)/bin/ruff check src tests benchmarks
	$(NE) dictionaries check

bench: $(STAMP) ## benchmark (1k, 10k, 100k synthetic articles) into reports/bench.json
	$(PY) benchmarks/run.py --out reports/bench.json

stress: $(STAMP) ## the reliability probes of issue #14 at full size (time, peak RSS, rows in/out) into reports/stress.json
	$(PY) benchmarks/stress.py --out reports/stress.json

sim-events: $(SIM)/events.parquet ## write a simulated event table (planted structure) to data/interim/sim/ for EVENTS=

synth: $(STAMP) ## write a 1,000-article synthetic corpus into data/interim/synth
	$(NE) synth --articles 1000 --seed 1 --out data/interim/synth

lab: $(STAMP) ## open JupyterLab on the notebooks (jupytext pairs each .py source with its .ipynb)
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

clean-corpus: ## remove the outputs of one corpus (CORPUS_NAME=name, or CORPUS=path)
	rm -rf '$(INTERIM)' '$(PROCESSED)' '$(RDIR)' '$(OWNER)'

clean: ## remove generated data and reports of every corpus (keeps .venv)
	rm -rf data/interim data/processed data/.corpora reports
