#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package that building, testing and running bunq Session Studio needs.
# Run it as root on a fresh Debian 12 machine. It runs without prompts.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps.sh: run this script as root (for example with sudo)." >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive

packages=(
    # Build tools
    build-essential cmake ninja-build pkg-config git
    # Qt 6.4: Widgets, Network, Concurrent (qt6-base-dev), HttpServer, Test, LinguistTools.
    # CMake only finds Qt6HttpServer when qt6-websockets-dev is installed too.
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
    # Qt's own Dutch and German texts (qtbase_nl.qm, qtbase_de.qm), for the wizard's Back, Next
    # and Cancel buttons and the standard dialogs
    qt6-translations-l10n
    libgl-dev
    # Platform plugins for the window and for offscreen GUI tests, and fonts to draw text with
    qt6-qpa-plugins libqt6svg6 fonts-dejavu-core
    # RSA and SHA-256 through libcrypto; the openssl program cross-checks our signatures in tests
    libssl-dev openssl
    # A virtual X server and a screenshot tool, for the screenshot scripts
    xvfb xauth imagemagick
    # clang-format for the repository's .clang-format
    clang-format
    # Desktop integration: the session D-Bus (QtDBus is part of qt6-base-dev) for reading the
    # desktop's colour scheme, a private bus daemon for its test, and validators for the
    # .desktop file (desktop-file-utils) and the AppStream metainfo (appstream)
    libqt6dbus6 dbus-daemon desktop-file-utils appstream
    # Secrets at rest: QtKeychain for the desktop's secret service, and gnome-keyring to run a
    # real secret service inside the storage tests' private D-Bus session
    qtkeychain-qt6-dev gnome-keyring
    # The console tests run the copied cURL command with curl; the response-view benchmark
    # compares against jq
    curl jq
    # dpkg-shlibdeps computes the .deb's library dependencies when CPack builds the package
    dpkg-dev
)

# The interoperability test installs bunq-js-client from the npm registry. Some images ship a
# Node.js build whose package conflicts with Debian's npm package, so Debian's pair is only
# installed where no npm exists yet.
if ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

apt-get update
apt-get install -y --no-install-recommends "${packages[@]}"
