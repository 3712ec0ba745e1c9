#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a test program against a throwaway GNOME Keyring. Start it with dbus-run-session, which
# gives it a private session bus:
#
#   dbus-run-session -- sh run-keychain-test.sh <test program> [arguments]
#
# HOME and the XDG folders point into a temporary folder, so the keyring files are new and the
# user's own keyring is never opened. gnome-keyring-daemon --unlock reads a password from
# standard input, then creates the "login" collection and unlocks it with that password.
# libsecret writes to the "default" alias, which gnome-keyring maps to "login" when no other
# default is set.
set -eu

if [ $# -lt 1 ]; then
    echo "usage: dbus-run-session -- sh $0 <test program> [arguments]" >&2
    exit 2
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "DBUS_SESSION_BUS_ADDRESS is not set: start this script with dbus-run-session." >&2
    exit 2
fi
if ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "gnome-keyring-daemon is missing: install the Debian package gnome-keyring." >&2
    exit 2
fi

scratch=$(mktemp -d)
daemon_pid=
cleanup() {
    if [ -n "$daemon_pid" ]; then
        kill "$daemon_pid" 2>/dev/null || true
        wait "$daemon_pid" 2>/dev/null || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# QtKeychain picks KWallet on KDE desktops; this test is about the Secret Service API.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION \
    GNOME_DESKTOP_SESSION_ID

# In the foreground, but in the background of this shell, so that its process id is known.
printf '%s' "throwaway-keyring-password" |
    gnome-keyring-daemon --foreground --unlock --components=secrets >"$scratch/daemon.env" &
daemon_pid=$!

# The daemon claims its bus name shortly after it starts; wait up to 30 s for it.
attempts=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'; do
    attempts=$((attempts + 1))
    if [ "$attempts" -ge 300 ] || ! kill -0 "$daemon_pid" 2>/dev/null; then
        echo "gnome-keyring-daemon did not take the name org.freedesktop.secrets." >&2
        exit 1
    fi
    sleep 0.1
done

if [ ! -f "$XDG_DATA_HOME/keyrings/login.keyring" ]; then
    echo "gnome-keyring-daemon did not create the login keyring in $XDG_DATA_HOME." >&2
    exit 1
fi

# The test program refuses to run without this, so that it never writes to a real keyring.
export STUDIO_TEST_PRIVATE_KEYRING="$XDG_DATA_HOME/keyrings"
"$@"
