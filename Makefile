# Archivist: the one task runner. `make html` builds the archive, `make test` runs every test.
# Both install what they need: Python packages from uv.lock into .venv, npm packages from
# package-lock.json into node_modules. Nothing else is assumed but Python 3.11 and node/npm.

PYTHON    ?= python3.11
UV_VERSION = 0.13.9
TOOLS     := .tools
UV        := $(TOOLS)/bin/uv
VENV      := .venv
BIN       := $(VENV)/bin
SETTINGS  ?= pelicanconf.py
OUTPUT    ?= output
PREVIEW   ?= .archivist/preview
PORT      ?= 8000
BENCH_SIZES ?= 1000,10000

export UV_PYTHON := $(PYTHON)
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: html serve publish check test test-long lint format golden bench eval-import eval-extraction eval-search clean lock help messages lighthouse screenshots

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

html: $(VENV)/.runtime node_modules/.installed ## build the archive in content/ into output/
	$(BIN)/archivist build --settings $(SETTINGS) --output $(OUTPUT)

serve: $(VENV)/.runtime node_modules/.installed ## build a preview with the drafts (drafts/) beside output/, serve it on http://localhost:8000
	$(BIN)/archivist build --drafts --settings $(SETTINGS) --output $(PREVIEW)
	$(BIN)/archivist serve --port $(PORT) $(PREVIEW)

publish: $(VENV)/.runtime node_modules/.installed ## build with publishconf.py (absolute URLs) for a static host
	$(BIN)/archivist build --settings publishconf.py --output $(OUTPUT)

check: $(VENV)/.runtime ## validate content/ without building
	$(BIN)/archivist check --settings $(SETTINGS)

test: $(VENV)/.dev node_modules/.installed system-check lint ## lint, then run the whole test suite
	$(BIN)/pytest --durations=10

test-long: $(VENV)/.dev node_modules/.installed ## the randomised rebuild test, many more edits (most of an hour)
	ARCHIVIST_LONG_TESTS=1 $(BIN)/pytest tests/build/test_rebuild_equivalence.py

lint: $(VENV)/.dev ## ruff, mypy and the dependency rule (import-linter)
	$(BIN)/ruff check src plugins tests bench pelicanconf.py publishconf.py
	$(BIN)/ruff format --check src plugins tests bench pelicanconf.py publishconf.py
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

format: $(VENV)/.dev ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix src plugins tests bench pelicanconf.py publishconf.py
	$(BIN)/ruff format src plugins tests bench pelicanconf.py publishconf.py

golden: $(VENV)/.dev node_modules/.installed ## regenerate the golden files on purpose
	ARCHIVIST_UPDATE_GOLDEN=1 $(BIN)/pytest tests/test_golden.py

eval-import: $(VENV)/.dev ## score the importer on the blind set of real pages (SPLIT=held|fresh at the end)
	$(BIN)/python bench/blind_import.py --split $(or $(SPLIT),dev)

eval-extraction: $(VENV)/.dev ## body text of saved pages vs trafilatura, on the public article-extraction benchmark (AEB=its folder)
	$(BIN)/python bench/extraction_benchmark.py --data $(or $(AEB),$(error give AEB=the folder of a clone of scrapinghub/article-extraction-benchmark))

bench: $(VENV)/.dev node_modules/.installed ## benchmark build and search against Pelican, Hugo, Pagefind (BENCH_50K=1 adds 50k)
	$(UV) sync --locked --inexact --group bench --quiet
	$(BIN)/python bench/run.py --sizes $(BENCH_SIZES)$(if $(BENCH_50K),$(comma)50000)

comma := ,

lighthouse: html ## Lighthouse's four scores (performance too) of each kind of page, desktop and phone
	$(BIN)/python bench/lighthouse.py $(OUTPUT)

screenshots: html ## the first screen of each kind of page, both interfaces, desktop and phone, into docs/
	$(BIN)/python bench/screenshots.py $(OUTPUT)

eval-search: $(VENV)/.dev node_modules/.installed ## recall and precision on the blind search set (SPLIT=held at the end)
	$(BIN)/python bench/blind/search/evaluate.py --split $(or $(SPLIT),dev)

messages: $(VENV)/.dev ## extract the theme's words into its catalogs (theme/translations/*/)
	$(BIN)/pybabel extract -F babel.cfg --no-location --sort-output --omit-header -o theme/translations/messages.pot .
	$(BIN)/pybabel update -i theme/translations/messages.pot -d theme/translations --no-wrap --no-fuzzy-matching --ignore-obsolete

lock: $(UV) ## re-resolve the Python and npm locks (a deliberate upgrade)
	$(UV) lock
	npm install --package-lock-only --no-audit --no-fund

clean: ## remove built output and caches (keeps .venv and node_modules)
	rm -rf $(OUTPUT) $(dir $(OUTPUT)).$(notdir $(OUTPUT)).spare .pytest_cache .mypy_cache .ruff_cache __pycache__

.PHONY: system-check
system-check:
	@command -v chromium >/dev/null 2>&1 || { echo "make test: the browser tests need the Debian package 'chromium' (apt-get install chromium); .ci/run installs it" >&2; exit 1; }
	@command -v java >/dev/null 2>&1 || { echo "make test: the HTML validator needs Java (apt-get install default-jre-headless); .ci/run installs it" >&2; exit 1; }

$(UV):
	@echo "make: installing uv $(UV_VERSION), the Python package installer, into $(TOOLS)/"
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --target $(TOOLS) uv==$(UV_VERSION)

$(VENV)/.runtime: uv.lock pyproject.toml | $(UV)
	@echo "make: installing the Python packages of uv.lock into $(VENV)/ (about a minute the first time)"
	$(UV) sync --locked --no-dev --inexact --compile-bytecode --quiet
	@touch $@

$(VENV)/.dev: uv.lock pyproject.toml | $(UV)
	@echo "make: installing the Python packages of uv.lock, with the test tools, into $(VENV)/ (a minute or two the first time)"
	$(UV) sync --locked --inexact --compile-bytecode --quiet
	@touch $@ $(VENV)/.runtime

node_modules/.installed: package.json package-lock.json theme/tools/borders.js
	@echo "make: installing the npm packages of package-lock.json into node_modules/ (about a minute the first time)"
	npm ci --no-audit --no-fund --loglevel=error
	@mkdir -p node_modules/.archivist
	@echo "make: converting Natural Earth's borders for the maps"
	node theme/tools/borders.js > node_modules/.archivist/borders.json.part
	@mv node_modules/.archivist/borders.json.part node_modules/.archivist/borders.json
	@touch $@
