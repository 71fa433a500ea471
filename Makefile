# Thin wrapper: every target installs what is missing, then hands over to CMake presets.
PRESET ?= dev
JOBS ?= $(shell nproc)
DEB_PACKAGES := cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools \
	qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libphonenumber-dev libcsv-dev libical-dev \
	qt6-networkauth-dev libgl-dev curl ccache clang-format clang libclang-rt-14-dev \
	dbus-daemon gnome-keyring librsvg2-bin desktop-file-utils appstream dpkg-dev file lintian help2man man-db bash-completion libqt6svg6 qt6-translations-l10n
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# ccache keys paths relative to the checkout, so a fresh clone elsewhere (CI's) reuses what
# a build in another checkout of the same sources compiled.
export CCACHE_BASEDIR ?= $(CURDIR)

.PHONY: deps configure build test run sandbox clean ci screenshot deb deb-check bench format format-check fuzz fuzz-smoke

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

configure: deps
	cmake --preset $(PRESET)

build: configure
	cmake --build --preset $(PRESET) -j $(JOBS)

test: build
	QT_QPA_PLATFORM=offscreen ctest --preset $(PRESET) -j $(JOBS)

run: build
	./build/$(PRESET)/app/seqring-admin --sandbox

sandbox: build
	./build/$(PRESET)/app/sandbox/seqring-sandbox

ci: format-check
	$(MAKE) test PRESET=ci
	$(MAKE) test PRESET=asan

# Every C++ file as clang-format 14 writes it with the project's .clang-format.
FORMAT_FILES = $(shell git ls-files '*.cpp' '*.h')
format: deps
	@clang-format -i $(FORMAT_FILES)

format-check: deps
	@clang-format --dry-run -Werror $(FORMAT_FILES) && echo "clang-format: $(words $(FORMAT_FILES)) files formatted"

clean:
	rm -rf build

# Pictures of the window, made by the app itself (QWidget::grab, offscreen): the form with
# a draft in English and in German, and the scenes of --screenshot-scene (edit mode, the
# ring settings editor on the sandbox's London - Reception, the bulk window, When it rings
# beside the form, Make them match, the Organization overview). Each picture is made with settings and data folders of its own, made
# afresh, so the pictures neither depend on nor change the user's (window size, language,
# recent drafts, autosave), and none shows what the run before it left behind (an autosave
# offer).
RECEPTION := Y2lzY29zcGFyazovL3VzL1BMQUNFUy83ZTBlNTM1NS0zMDQ1LTQzZjEtODcyYi01YzIzOWU3Zjg5NzU
SHOT_HOME := $(CURDIR)/build/screenshot-home
# $(call SHOT,NAME): the app against its sandbox, at home in $(SHOT_HOME)/NAME.
SHOT = rm -rf $(SHOT_HOME)/$(1) && QT_QPA_PLATFORM=offscreen \
	XDG_CONFIG_HOME=$(SHOT_HOME)/$(1)/config XDG_DATA_HOME=$(SHOT_HOME)/$(1)/data \
	XDG_CACHE_HOME=$(SHOT_HOME)/$(1)/cache ./build/$(PRESET)/app/seqring-admin --sandbox
screenshot: build
	rm -rf $(SHOT_HOME)
	$(call SHOT,draft) --lang en --open resources/examples/business-vacation.json \
		--screenshot docs/screenshot.png
	$(call SHOT,draft-de) --lang de --open resources/examples/business-vacation.json \
		--screenshot docs/screenshot-de.png
	$(call SHOT,edit) --lang en --workspace $(RECEPTION) --screenshot-scene edit \
		--screenshot docs/screenshot-edit.png
	$(call SHOT,ring-settings) --lang en --workspace $(RECEPTION) \
		--screenshot-scene ring-settings --screenshot docs/screenshot-ring-settings.png
	$(call SHOT,bulk) --lang en --open resources/examples/business-vacation.json \
		--screenshot-scene bulk --screenshot docs/screenshot-bulk.png
	$(call SHOT,week) --lang en --workspace $(RECEPTION) \
		--screenshot-scene week --screenshot docs/screenshot-week.png
	$(call SHOT,match) --lang en --workspace $(RECEPTION) \
		--screenshot-scene match --screenshot docs/screenshot-match.png
	$(call SHOT,overview) --lang en --screenshot-scene overview \
		--screenshot docs/screenshot-overview.png

# The Debian package, from the release preset: stripped binaries, and no -dbgsym package
# (the release build has no debug information). Only what the package installs is built.
deb: PRESET = release
deb: configure
	cmake --build --preset release -j $(JOBS) --target seqring_package_files
	rm -f build/release/seqring-admin_*.deb
	cd build/release && cpack -G DEB

# Installs the package, runs it, finds its manual page and its completion, and has lintian
# check it: any error or warning fails (an override must carry a comment saying why).
deb-check: PRESET = release
deb-check: deb
	$(SUDO) apt-get install -y --reinstall --no-install-recommends ./build/release/seqring-admin_*.deb
	seqring-admin --version
	seqring-sandbox --help > /dev/null
	man -w seqring-admin
	man -w seqring-sandbox
	bash -c 'source /usr/share/bash-completion/bash_completion && _completion_loader seqring-admin; complete -p seqring-admin'
	lintian --fail-on error,warning ./build/release/seqring-admin_*.deb

# Benchmarks against baselines built in the same run; writes docs/performance.md.
bench: PRESET = release
bench: build
	cmake --build --preset release --target bench

# libFuzzer targets (clang, ASan + UBSan), FUZZ_SECONDS each, FUZZ_JOBS of them at once
# (a core each); writes docs/reliability.md.
FUZZ_SECONDS ?= 60
FUZZ_JOBS ?= 1
fuzz: deps
	cmake --preset fuzz
	cmake --build --preset fuzz -j $(JOBS)
	FUZZ_JOBS=$(FUZZ_JOBS) tests/fuzz/run.sh build/fuzz $(FUZZ_SECONDS)

# CI's smoke: every fuzz target for FUZZ_SMOKE_SECONDS; docs/reliability.md is left as it is.
FUZZ_SMOKE_SECONDS ?= 10
fuzz-smoke: deps
	cmake --preset fuzz
	cmake --build --preset fuzz -j $(JOBS)
	tests/fuzz/run.sh build/fuzz $(FUZZ_SMOKE_SECONDS) --smoke
