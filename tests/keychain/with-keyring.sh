#!/bin/sh
# Runs a command inside a private D-Bus session with a fresh, unlocked GNOME Keyring in a
# temporary home, so keychain tests use a real Secret Service and leave nothing behind.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/run" && chmod 700 "$tmp/run"
export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
       XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run"
exec dbus-run-session -- sh -c '
    printf "%s" "keychain-test-only" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' keyring "$@"
