#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures how many signed GET /v1/user responses per second bunq-local-sandbox serves. It
# compares that with how many RSA-2048 signatures per second one core makes (openssl speed),
# because the sandbox signs every response, so that signature is the floor of its cost.
#
# Usage: bench/sandbox-throughput.sh BUILD_DIR [SECONDS] [CONNECTIONS]
#   BUILD_DIR    a build tree configured with -DSTUDIO_BUILD_BENCH=ON (Release for real figures)
#                in which the targets bunq-local-sandbox and sandbox-load are built
#   SECONDS      how long the load runs (default 10)
#   CONNECTIONS  keep-alive connections, one client thread each (default 2)
#
# Everything runs on 127.0.0.1. Prints the date, the machine, responses/s, RSA-2048 signs/s and
# their ratio.
set -euo pipefail

readonly startup_timeout_seconds=30

if [ "$#" -lt 1 ] || [ "$#" -gt 3 ]; then
    echo "usage: $0 BUILD_DIR [SECONDS] [CONNECTIONS]" >&2
    exit 2
fi
build_dir=$1
seconds=${2:-10}
connections=${3:-2}
sandbox=$build_dir/sandbox/bunq-local-sandbox
load=$build_dir/bench/sandbox-load
for program in "$sandbox" "$load"; do
    if [ ! -x "$program" ]; then
        echo "missing $program: configure $build_dir with -DSTUDIO_BUILD_BENCH=ON and build the" \
            "targets bunq-local-sandbox and sandbox-load" >&2
        exit 1
    fi
done

work_dir=$(mktemp -d)
sandbox_pid=""
cleanup() {
    if [ -n "$sandbox_pid" ] && kill -0 "$sandbox_pid" 2>/dev/null; then
        kill -TERM "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    rm -rf "$work_dir"
}
trap cleanup EXIT

# Rate limits off, because the load is far above bunq's limits. Request logging off, because
# writing a line per request to standard error is not what is being measured. One shared server
# key is made before the load starts, because the default policy would generate spare keys on
# the thread pool during the measurement. Signing costs the same with either policy.
mkfifo "$work_dir/stdout"
QT_LOGGING_RULES="studio.sandbox.info=false" \
    "$sandbox" --address 127.0.0.1 --port 0 --no-rate-limits --server-keys shared \
    >"$work_dir/stdout" 2>"$work_dir/sandbox.log" &
sandbox_pid=$!
exec 3<"$work_dir/stdout"
if ! IFS= read -r -t "$startup_timeout_seconds" url_line <&3; then
    echo "bunq-local-sandbox printed no URL line within ${startup_timeout_seconds} s" >&2
    cat "$work_dir/sandbox.log" >&2
    exit 1
fi
base_url=${url_line##* }

QT_LOGGING_RULES="studio.*.debug=false" \
    "$load" --seconds "$seconds" --connections "$connections" "$base_url" >"$work_dir/load.txt"
responses_per_second=$(awk '$1 == "responses_per_second" { print $2 }' "$work_dir/load.txt")
failures=$(awk '$1 == "failures" { print $2 }' "$work_dir/load.txt")
kill -TERM "$sandbox_pid"
wait "$sandbox_pid" 2>/dev/null || true
sandbox_pid=""

# openssl speed uses one core unless -multi is given; its "rsa 2048 bits" line ends with
# sign/s and verify/s.
signs_per_second=$(openssl speed -seconds 5 rsa2048 2>/dev/null |
    awk '$1 == "rsa" && $2 == "2048" { print $(NF - 1) }')

ratio=$(awk -v r="$responses_per_second" -v s="$signs_per_second" 'BEGIN { printf "%.2f", r / s }')
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)

echo "date:                     $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine:                  $(nproc) cores, ${cpu:-unknown CPU}, $(uname -sr)"
echo "load:                     $connections keep-alive connections for $seconds s, rate limits off"
echo "signed responses/s:       $responses_per_second ($failures failed)"
echo "RSA-2048 signs/s, 1 core: $signs_per_second (openssl speed -seconds 5 rsa2048)"
echo "ratio:                    $ratio (target 0.5 or more)"
