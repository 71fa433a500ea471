# Thin wrapper: every target installs what is missing, then hands over to CMake presets.
PRESET ?= dev
JOBS ?= $(shell nproc)
DEB_PACKAGES := cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools \
	qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libphonenumber-dev libcsv-dev \
	qt6-networkauth-dev libgl-dev curl ccache clang-format \
	dbus-daemon gnome-keyring librsvg2-bin desktop-file-utils appstream dpkg-dev file libqt6svg6 qt6-translations-l10n
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps configure build test run sandbox clean ci screenshot deb deb-check bench format format-check

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

# A picture of the window, made by the app itself (QWidget::grab, offscreen).
screenshot: build
	QT_QPA_PLATFORM=offscreen ./build/$(PRESET)/app/seqring-admin --sandbox \
		--open resources/examples/business-vacation.json --screenshot docs/screenshot.png

# The Debian package, and a check that it installs and runs on this machine.
deb: build
	cd build/$(PRESET) && cpack -G DEB

deb-check: deb
	$(SUDO) apt-get install -y --no-install-recommends ./build/$(PRESET)/seqring-admin_*.deb
	seqring-admin --version
	seqring-sandbox --help > /dev/null

# Benchmarks against baselines built in the same run; writes docs/performance.md.
bench: PRESET = release
bench: build
	cmake --build --preset release --target bench
