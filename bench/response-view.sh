#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures how long the exchange view takes to show a bunq-like JSON response of several
# megabytes (formatted text, tree and raw text ready) and the longest stall of its event loop
# meanwhile. It compares the load time with `jq .` formatting the same file.
#
# Usage: bench/response-view.sh BUILD_DIR [SIZE_MB] [RUNS]
#   BUILD_DIR  a build tree configured with -DSTUDIO_BUILD_BENCH=ON in which the target
#              response-view is built (Release for real figures)
#   SIZE_MB    size of the generated response in MiB (default 10)
#   RUNS       loads and jq runs each; the medians are compared (default 5)
#
# Prints the date, the machine, the jq median, the view's median load time, their ratio, the
# longest stall and the longest single event on the UI thread. Exits with 1 when a stall reaches
# 100 ms.
set -euo pipefail

if [ "$#" -lt 1 ] || [ "$#" -gt 3 ]; then
    echo "usage: $0 BUILD_DIR [SIZE_MB] [RUNS]" >&2
    exit 2
fi
build_dir=$1
size_mb=${2:-10}
runs=${3:-5}
program=$build_dir/bench/response-view
if [ ! -x "$program" ]; then
    echo "missing $program: configure $build_dir with -DSTUDIO_BUILD_BENCH=ON and build the" \
        "target response-view" >&2
    exit 1
fi
if ! command -v jq >/dev/null; then
    echo "jq is missing: install the Debian package jq" >&2
    exit 1
fi

work_dir=$(mktemp -d)
trap 'rm -rf "$work_dir"' EXIT
sample=$work_dir/payments.json
"$program" --write-sample "$sample" --size-mb "$size_mb"

# Prints the median of the numbers on standard input, one per line.
median() {
    sort -n | awk '{ values[NR] = $1 } END { print values[int((NR + 1) / 2)] }'
}

# jq reads, parses and prints the whole document, as the view does; its output is discarded.
jq_times=$work_dir/jq-times
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    jq . "$sample" >/dev/null
    end=$(date +%s%N)
    echo $(((end - start) / 1000000)) >>"$jq_times"
done
jq_ms=$(median <"$jq_times")

# Qt's offscreen platform warns about window hints it ignores; that output is shown only when
# the program fails.
status=0
"$program" --runs "$runs" "$sample" >"$work_dir/view.out" 2>"$work_dir/view.err" || status=$?
if [ "$status" -ge 2 ]; then
    cat "$work_dir/view.out" "$work_dir/view.err" >&2
    exit "$status"
fi
view_ms=$(sed -n 's/^median_load_ms=//p' "$work_dir/view.out")
stall_ms=$(sed -n 's/^max_stall_ms=//p' "$work_dir/view.out")
event_ms=$(sed -n 's/^longest_event_ms=//p' "$work_dir/view.out")

echo "date:            $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine:         $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)), load average $(cut -d ' ' -f 1 /proc/loadavg)"
echo "response:        $(stat -c %s "$sample") bytes, $(sed -n 's/^tree_nodes=//p' "$work_dir/view.out") JSON nodes"
grep '^run ' "$work_dir/view.out" | sed 's/^/view /'
echo "jq . (median):   ${jq_ms} ms"
echo "view (median):   ${view_ms} ms"
echo "ratio view/jq:   $(awk -v view="$view_ms" -v jq="$jq_ms" 'BEGIN { printf "%.2f", view / (jq > 0 ? jq : 1) }')"
echo "max stall:       ${stall_ms} ms (limit 100 ms)"
echo "longest event:   ${event_ms} ms (wall time of the longest single event on the UI thread)"
if [ "$status" -ne 0 ]; then
    echo "FAILED: the event loop stalled for ${stall_ms} ms" >&2
fi
exit "$status"
