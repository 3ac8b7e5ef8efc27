# The two commands of the README's quick start. Each sets itself up on a fresh machine.
#   make study   runs the study (PRESET=cpu by default; PRESET=smoke for a 3-minute check)
#   make test    runs the notebooks' tests (nbdev_test)
#   make lint    ruff check + ruff format --check over the notebooks
VENV   ?= .venv
PY     := $(VENV)/bin/python
# A CPU wheel of torch 2.13 lies on these machines' disk; on a CUDA machine use e.g. `make TORCH=torch study`.
TORCH  ?= torch==2.13.0
PRESET ?= cpu
STUDY_ARGS ?=

.PHONY: install test study lab export clean-nbs check-sync lint

install: $(VENV)/.installed

$(VENV)/.installed: setup.py settings.ini
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q "$(TORCH)"
	$(PY) -m pip install -q -e ".[dev,ray]"
	touch $@

test: install
	$(VENV)/bin/nbdev_test --n_workers 2 --timing

study: install
	$(VENV)/bin/maskstudy study --preset $(PRESET) $(STUDY_ARGS)

lab: install
	$(VENV)/bin/jupyter lab nbs/ $$( [ "$$(id -u)" = 0 ] && echo --allow-root )

# ruff over the notebooks (ruff.toml): the checks, and the formatting (make format rewrites it)
lint: install
	$(VENV)/bin/ruff check nbs && $(VENV)/bin/ruff format --check nbs

format: install
	$(VENV)/bin/ruff format nbs

export: install
	$(VENV)/bin/nbdev_export && $(VENV)/bin/nbdev_clean

# fails when the exported modules or the cleaned notebooks differ from what is committed
check-sync: install
	$(VENV)/bin/nbdev_export
	$(VENV)/bin/nbdev_clean
	git diff --exit-code --stat -- maskstudy nbs || (echo "nbdev_export/nbdev_clean changed tracked files: run 'make export' and commit" && exit 1)
