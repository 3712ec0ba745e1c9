#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Saves a PNG of every onboarding wizard page and of the main window, drawn by the real xcb
# platform on a virtual X server. The wizard's end-to-end test drives the app against a local
# sandbox and grabs each page when STUDIO_SCREENSHOT_DIR is set.
#
# Usage: scripts/screenshots.sh [BUILD_DIR] [OUTPUT_DIR] [LANGUAGE]
#   BUILD_DIR   a configured build folder (default: build/debug, the debug preset's folder)
#   OUTPUT_DIR  where the PNGs go (default: build/screenshots). Old PNGs there are deleted first.
#   LANGUAGE    the interface language: en (the default), nl or de. Other languages run only the
#               test functions that take screenshots, because the rest check English texts.
# Needs xvfb-run (package xvfb), as installed by scripts/install-deps.sh.
set -euo pipefail

repo_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="$(realpath -m "${1:-$repo_dir/build/debug}")"
output_dir="$(realpath -m "${2:-$repo_dir/build/screenshots}")"
language="${3:-en}"

case "$language" in
    en) test_functions=() ;;
    nl|de) test_functions=(onboardingOpensWorkingMainWindow apiKeyMismatchBlocksNext
                           deviceRetryKeepsInstallation) ;;
    *)
        echo "screenshots.sh: unknown language \"$language\"; use en, nl or de." >&2
        exit 2
        ;;
esac

if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "screenshots.sh: xvfb-run not found; install the xvfb package (scripts/install-deps.sh)." >&2
    exit 1
fi

cmake --build "$build_dir" --target tst_wizard_e2e

mkdir -p "$output_dir"
rm -f "$output_dir"/*.png

STUDIO_SCREENSHOT_DIR="$output_dir" \
STUDIO_LANGUAGE="$language" \
QT_QPA_PLATFORM=xcb \
QT_LOGGING_RULES="studio.*.debug=false" \
    xvfb-run -a -s "-screen 0 1280x900x24" \
    "$build_dir/tests/ui/tst_wizard_e2e" "${test_functions[@]}"

echo "Screenshots in $output_dir:"
ls -1 "$output_dir"
