#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages, builds the debug preset and starts the app on the built-in local
# sandbox. Arguments are passed on to the app (try --help).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset debug
cmake --build --preset debug --parallel "$(nproc)"
exec build/debug/app/bunq-session-studio --environment local "$@"
