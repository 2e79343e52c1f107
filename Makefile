# Two entry points that work on a fresh clone with only Python 3.11 and pip:
#   make demo   runs the main job on the samples
#   make test   runs the linter, the type checker and the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/localize show samples/*.md
	$(BIN)/localize detect samples/*.md
	$(BIN)/localize glossary lint glossaries/ai-tech.yaml
	$(BIN)/localize check samples/ai-chip-startups.en.md samples/ai-chip-startups.ko.md \
		-g glossaries/ai-tech.yaml
	$(BIN)/localize diff samples/ai-chip-startups.en.md samples/ai-chip-startups.ko.md \
		-g glossaries/ai-tech.yaml --html out/review.html --force

lint: $(STAMP)
	$(BIN)/ruff check localize tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache .hypothesis
