# `make site` on a fresh machine: .venv/, dependencies, and the sample archive in output/.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8000

.PHONY: install site serve test lint publish evaluate bench clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

# Front-end packages (package-lock.json) and the JS bundles built from them.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

JS_SOURCES := $(wildcard theme/js/*.js) plugins/news_archive/data/stopwords-id.txt plugins/news_archive/data/stopwords-en.txt
theme/static/js/search-page.js: $(JS_SOURCES) package.json node_modules/.installed
	npm run --silent build

install: $(STAMP) theme/static/js/search-page.js

site: install
	$(BIN)/pelican content -s pelicanconf.py -o output

# Preview as GitHub Pages serves it (UTF-8 text, the 404 page), rebuilding when content/ or the theme changes.
serve: site
	$(BIN)/news-archive serve output --port $(PORT) --content content -s pelicanconf.py

# The whole suite, linter and formatter check first. The fast loop: $(BIN)/pytest -m "not build"
test: lint
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# SITEURL: the address the site is served at, subpath included (the Pages workflow sets it).
publish: install
	@test -n "$$SITEURL" || echo "note: SITEURL is not set; links will be root-relative (/...)"
	$(BIN)/pelican content -s publishconf.py -o output
	$(BIN)/news-archive size-report output

evaluate: install
	$(BIN)/news-archive evaluate tests/fixtures/corpus

clean:
	rm -rf output cache .pytest_cache

bench: install
	$(BIN)/pip install --quiet --disable-pip-version-check -r bench/requirements.txt
	N="$(or $(N),1000 10000)" $(BIN)/python bench/run.py
