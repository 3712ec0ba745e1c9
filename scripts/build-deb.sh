#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures a Release build in build/release, builds it and packs a Debian package with CPack,
# then prints the package's path. Needs the packages of scripts/install-deps.sh, dpkg-dev's
# dpkg-shlibdeps among them. Install the result with `apt-get install ./<printed path>`.
set -euo pipefail

repo_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="$repo_dir/build/release"

cmake -S "$repo_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTUDIO_BUILD_TESTS=OFF
cmake --build "$build_dir" --parallel "$(nproc)"

cpack_log="$(cd "$build_dir" && cpack -G DEB)"
echo "$cpack_log"

# CPack reports "CPack: - package: <path> generated." for each package it wrote.
package="$(sed -n 's/^CPack: - package: \(.*\.deb\) generated\.$/\1/p' <<<"$cpack_log" | tail -n 1)"
if [ -z "$package" ] || [ ! -f "$package" ]; then
    echo "build-deb.sh: cpack did not report a .deb; see its output above." >&2
    exit 1
fi
echo "$package"
