# Everything a fresh Linux machine needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test test-pg lint typecheck pytest bench soak screenshots clean dist dist-test \
	deb translations

# Translations: the .ts files are kept in git, the .qm files Qt loads are built from them.
TS_DIR := resources/translations
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard $(TS_DIR)/*.ts))

$(STAMP): requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $(STAMP)

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Every tr() string of app/ into calldesk_<code>.ts (existing translations stay), and the
# Hindi of tools/hindi.py filled in.
translations: $(STAMP)
	$(PY) tools/translations.py

run: $(STAMP) $(QM_FILES)
	$(PY) -m app.qt_libs
	$(PY) main.py $(ARGS)

lint: $(STAMP)
	$(PY) -m ruff check app tests main.py

typecheck: $(STAMP)
	$(PY) -m mypy

pytest: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

test: lint typecheck pytest

# The whole suite with the PostgreSQL runs too, on a throwaway local server.
PG_DIR ?= /tmp/calldesk-test-pg
test-pg: $(STAMP)
	set -e; url=$$(tests/pg-cluster.sh start $(PG_DIR)); \
	trap 'tests/pg-cluster.sh stop $(PG_DIR)' EXIT; \
	CALLDESK_TEST_PG=$$url CALLDESK_REQUIRE_PG=1 $(MAKE) test

# LOAD=1: a second process keeps one core busy for the run; the goals under load apply.
LOAD ?= 0
bench: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen BENCH_LOAD=$(LOAD) $(PY) -m tests.perf.run_bench

soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen CALLDESK_SOAK=1 $(PY) -m pytest tests -k "crash or property" -p no:cacheprovider

# The packaged app (PyInstaller one-folder, see packaging/README.md) and its smoke test.
DIST_STAMP := $(VENV)/.dist-stamp
$(DIST_STAMP): requirements-dist.lock $(STAMP)
	$(PY) -m pip install --quiet -r requirements-dist.lock
	touch $(DIST_STAMP)

dist: $(DIST_STAMP) $(QM_FILES)
	@start=$$(date +%s); \
	$(PY) -m PyInstaller --noconfirm --clean --log-level ERROR \
		--distpath dist --workpath build packaging/calldesk.spec && \
	cp packaging/calldesk.desktop packaging/install-linux.sh resources/icons/calldesk.svg \
		dist/CallDesk/ && \
	tar -C dist -czf dist/CallDesk-$$($(PY) -c 'import app; print(app.__version__)')-linux-$$(uname -m).tar.gz CallDesk && \
	if command -v dpkg-deb >/dev/null; then $(PY) packaging/make_deb.py dist/CallDesk dist; fi && \
	echo "built dist/CallDesk in $$(( $$(date +%s) - start )) s, $$(du -sh dist/CallDesk | cut -f1) unpacked"

# Only the .deb, from the folder `make dist` built (which makes the .deb too, where dpkg-deb is).
deb: $(STAMP)
	$(PY) packaging/make_deb.py dist/CallDesk dist

dist-test: $(STAMP)
	$(PY) packaging/dist_test.py dist/CallDesk

screenshots: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) main.py screenshot docs/screenshots --lang en
	QT_QPA_PLATFORM=offscreen $(PY) main.py screenshot docs/screenshots/hi --lang hi

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist $(QM_FILES)
