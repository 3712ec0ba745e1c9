#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts bunq-local-sandbox on a free loopback port, runs open-session.mjs against it with ENV_CI
# removed from the environment, stops the sandbox and exits with the script's exit code.
#
# Usage: run-interop-test.sh SANDBOX_EXECUTABLE NODE_EXECUTABLE SCRIPT CLIENT_DIR
set -euo pipefail

readonly startup_timeout_seconds=30
readonly stop_timeout_seconds=10

if [ "$#" -ne 4 ]; then
    echo "usage: $0 SANDBOX_EXECUTABLE NODE_EXECUTABLE SCRIPT CLIENT_DIR" >&2
    exit 2
fi
sandbox_executable=$1
node_executable=$2
script=$3
client_dir=$4

if [ -z "$sandbox_executable" ]; then
    echo "FAIL: no sandbox executable was configured because sandbox/CMakeLists.txt defines no target" \
        "bunq-local-sandbox." >&2
    exit 1
fi
if [ ! -x "$sandbox_executable" ]; then
    echo "FAIL: the sandbox executable $sandbox_executable is missing; build the CMake target" \
        "bunq-local-sandbox first." >&2
    exit 1
fi
if [ ! -d "$client_dir/node_modules/@bunq-community/bunq-js-client" ]; then
    echo "FAIL: bunq-js-client is not installed in $client_dir/node_modules; run the test interop_npm_install" \
        "or build the CMake target interop_js_client_install." >&2
    exit 1
fi

work_dir=$(mktemp -d)
sandbox_pid=""
drain_pid=""

# Runs on every exit so the sandbox never outlives the test, and prints its log on failure.
cleanup() {
    local status=$?
    if [ -n "$sandbox_pid" ] && kill -0 "$sandbox_pid" 2>/dev/null; then
        kill -TERM "$sandbox_pid" 2>/dev/null || true
        for _ in $(seq $((stop_timeout_seconds * 10))); do
            kill -0 "$sandbox_pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$sandbox_pid" 2>/dev/null; then
            echo "bunq-local-sandbox did not stop within ${stop_timeout_seconds} s of SIGTERM; sending SIGKILL" >&2
            kill -KILL "$sandbox_pid" 2>/dev/null || true
        fi
        wait "$sandbox_pid" 2>/dev/null || true
    fi
    if [ -n "$drain_pid" ]; then
        wait "$drain_pid" 2>/dev/null || true
    fi
    if [ "$status" -ne 0 ] && [ -s "$work_dir/sandbox.log" ]; then
        echo "--- bunq-local-sandbox output ---" >&2
        cat "$work_dir/sandbox.log" >&2
    fi
    rm -rf "$work_dir"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A FIFO lets the runner wait for the URL line with a timeout instead of polling a file.
mkfifo "$work_dir/stdout"
"$sandbox_executable" --port 0 >"$work_dir/stdout" 2>"$work_dir/sandbox.log" &
sandbox_pid=$!
exec 3<"$work_dir/stdout"

url_line=""
if ! IFS= read -r -t "$startup_timeout_seconds" url_line <&3; then
    echo "FAIL: bunq-local-sandbox printed no URL line within ${startup_timeout_seconds} s" >&2
    exit 1
fi

# Keeps reading the sandbox's stdout so a chatty sandbox never blocks on a full pipe.
cat <&3 >>"$work_dir/sandbox.log" &
drain_pid=$!
exec 3<&-

base_url=${url_line##* }
case "$base_url" in
    http://127.0.0.1:*/v1/ | "http://[::1]:"*/v1/ | http://localhost:*/v1/) ;;
    *)
        echo "FAIL: unexpected first line from bunq-local-sandbox: '$url_line'" \
            "(expected 'bunq-local-sandbox listening on http://127.0.0.1:PORT/v1/')" >&2
        exit 1
        ;;
esac
echo "bunq-local-sandbox (pid $sandbox_pid) listens on $base_url"

status=0
env -u ENV_CI "$node_executable" "$script" --client-dir "$client_dir" "$base_url" || status=$?
exit "$status"
