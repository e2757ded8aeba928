# Two commands do all set-up on a fresh machine:
#   make run    create .venv, install, build the sample index if missing, start Follicle
#   make test   create/update .venv, run the whole test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1

.PHONY: run test lint bench clean browser

$(BIN)/python:
	$(PY) -m venv $(VENV)

# torch is pinned and installed first: 2.13.0 is the CPU build on local disk; an unpinned
# torch would pull a multi-GB CUDA build.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip check
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python app.py

# Debian's chromium for the real-browser test; Playwright never downloads a browser here.
browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

test: $(STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/index_speed.py
	$(BIN)/python bench/retrieval.py --split tune
	$(BIN)/python bench/retrieval.py --split test
	$(BIN)/python bench/latency.py
	$(BIN)/python bench/kill_trials.py
	$(BIN)/python bench/load.py
	FOLLICLE_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest -q tests/test_sources_fuzz.py

clean:
	rm -rf $(VENV) data .pytest_cache
