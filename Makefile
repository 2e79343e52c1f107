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

# The main job on the samples, with no API key needed: learn the samples' parallel editions
# into a translation memory, translate the English sample into Korean from it, check the
# edition against the glossary, write the side-by-side review, and show what translating
# an edited section would cost (a dry run: nothing is sent).
demo: $(STAMP)
	$(BIN)/localize detect samples/*.md
	$(BIN)/localize glossary lint glossaries/ai-tech.yaml
	$(BIN)/localize memory learn samples/ai-chip-startups.en.md samples/ai-chip-startups.ko.md \
		--memory out/memory.sqlite
	$(BIN)/localize memory learn samples/open-model-economics.zh.md \
		samples/open-model-economics.ko.md --memory out/memory.sqlite
	$(BIN)/localize translate samples/ai-chip-startups.en.md --to ko \
		-g glossaries/ai-tech.yaml --out out/ --memory out/memory.sqlite
	$(BIN)/localize check samples/ai-chip-startups.en.md out/ai-chip-startups.ko.md \
		-g glossaries/ai-tech.yaml
	$(BIN)/localize diff samples/ai-chip-startups.en.md out/ai-chip-startups.ko.md \
		-g glossaries/ai-tech.yaml --html out/review.html --force
	mkdir -p out/edited
	sed 's/850,000 model runs a day/900,000 model runs a day/' \
		samples/ai-chip-startups.en.md > out/edited/ai-chip-startups.en.md
	$(BIN)/localize translate out/edited/ai-chip-startups.en.md --to ko \
		-g glossaries/ai-tech.yaml --memory out/memory.sqlite --dry-run

lint: $(STAMP)
	$(BIN)/ruff check localize tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache .hypothesis
