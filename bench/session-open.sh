#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Times "bunq-session open" beside bunq-js-client 1.1.2 doing the same four steps (key pair,
# installation, device-server, session-server) against one bunq-local-sandbox, in one run, and
# reports the medians and their ratio, with key generation included and excluded.
#
# Usage: bench/session-open.sh BUILD_DIR [ITERATIONS]      (default 10 iterations)
#
# BUILD_DIR must hold cli/bunq-session and sandbox/bunq-local-sandbox. npm installs the client
# into BUILD_DIR/bench/jsclient on the first run, as the interop test does.
set -euo pipefail

readonly startup_timeout_seconds=30

if [ "$#" -lt 1 ] || [ "$#" -gt 2 ]; then
    echo "usage: $0 BUILD_DIR [ITERATIONS]" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
iterations=${2:-10}
case "$iterations" in
    '' | *[!0-9]* | 0)
        echo "ITERATIONS must be a whole number of at least 1, not '$iterations'" >&2
        exit 2
        ;;
esac

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cli="$build_dir/cli/bunq-session"
sandbox="$build_dir/sandbox/bunq-local-sandbox"
client_dir="$build_dir/bench/jsclient"
for program in "$cli" "$sandbox"; do
    if [ ! -x "$program" ]; then
        echo "$program is missing: build the targets bunq-session and bunq-local-sandbox in $build_dir" >&2
        exit 1
    fi
done
for tool in node npm openssl curl jq; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/install-deps.sh" >&2; exit 1; }
done

cmake -DNPM="$(command -v npm)" -DPACKAGE_JSON="$source_dir/tests/interop/package.json" \
    -DCLIENT_DIR="$client_dir" -P "$source_dir/tests/interop/install-js-client.cmake" >/dev/null

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

# Rate limits are off, because each iteration opens four sessions within a few seconds. One
# shared server key means that the sandbox generates no keys while the clients are timed.
mkfifo "$work_dir/sandbox.out"
"$sandbox" --port 0 --no-rate-limits --server-keys shared \
    >"$work_dir/sandbox.out" 2>"$work_dir/sandbox.log" &
sandbox_pid=$!
exec 3<"$work_dir/sandbox.out"
if ! IFS= read -r -t "$startup_timeout_seconds" url_line <&3; then
    echo "bunq-local-sandbox printed no URL line within $startup_timeout_seconds s" >&2
    exit 1
fi
cat <&3 >/dev/null &
exec 3<&-
base_url=${url_line##* }

# One key for every run that reuses a key; PKCS#8, as both clients read it.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work_dir/key.pem" 2>/dev/null

now_ms() {
    echo $(( $(date +%s%N) / 1000000 ))
}

# A fresh sandbox user per timed run, created outside the timing.
new_api_key_file() {
    local file="$work_dir/api-key-$RANDOM$RANDOM"
    curl -sf -X POST -H 'Content-Type: application/json' -d '{}' "${base_url}sandbox-user-person" \
        | jq -r '.Response[0].ApiKey.api_key' >"$file"
    echo "$file"
}

# Runs one timed open and appends "wall_ms" plus the client's own step timings to a file.
run_cli() { # KEY_MODE(generate|reuse) RESULTS_FILE
    local key_file context start end
    key_file=$(new_api_key_file)
    context="$work_dir/context-$RANDOM$RANDOM.conf"
    local extra=()
    [ "$1" = reuse ] && extra=(--private-key-file "$work_dir/key.pem")
    start=$(now_ms)
    "$cli" open --quiet --json --base-url "$base_url" --api-key-file "$key_file" \
        --output-context "$context" "${extra[@]}" >"$work_dir/cli.json"
    end=$(now_ms)
    jq -c --argjson wall $((end - start)) '{wall_ms: $wall} + .timings_ms' "$work_dir/cli.json" >>"$2"
}

run_js() { # KEY_MODE(generate|reuse) RESULTS_FILE
    local key_file start end
    key_file=$(new_api_key_file)
    local extra=()
    [ "$1" = reuse ] && extra=(--private-key-file "$work_dir/key.pem")
    start=$(now_ms)
    env -u ENV_CI node "$source_dir/bench/session-open.mjs" --client-dir "$client_dir" \
        --api-key-file "$key_file" "${extra[@]}" "$base_url" >"$work_dir/js.json"
    end=$(now_ms)
    jq -c --argjson wall $((end - start)) '{wall_ms: $wall} + .' "$work_dir/js.json" >>"$2"
}

# The median of one field over the runs in a file, rounded to whole milliseconds.
median() { # FILE FIELD
    jq -s --arg field "$2" '[.[][$field] | select(. != null)] | sort
        | if length == 0 then "n/a" elif length % 2 == 1 then .[length / 2 | floor] | round
          else (.[length / 2 - 1] + .[length / 2]) / 2 | round end' "$1"
}

echo "bunq-local-sandbox at $base_url; $iterations iterations; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# One warm-up of each, untimed, so that the first timed run does not pay for cold caches.
run_cli generate "$work_dir/warmup"
run_js generate "$work_dir/warmup"

# The four variants take turns within each iteration, so that a change in machine load
# affects all of them alike.
for i in $(seq "$iterations"); do
    run_cli generate "$work_dir/cli-generate"
    run_js generate "$work_dir/js-generate"
    run_cli reuse "$work_dir/cli-reuse"
    run_js reuse "$work_dir/js-reuse"
    printf '.' >&2
done
echo >&2

report() { # TITLE CLI_FILE JS_FILE
    local cli_wall js_wall
    cli_wall=$(median "$2" wall_ms)
    js_wall=$(median "$3" wall_ms)
    echo
    echo "$1"
    printf '  %-34s %10s ms\n' "bunq-session open (process)" "$cli_wall"
    printf '  %-34s %10s ms\n' "bunq-js-client (node process)" "$js_wall"
    printf '  %-34s %10s\n' "ratio bunq-session / bunq-js-client" \
        "$(jq -n --argjson a "$cli_wall" --argjson b "$js_wall" '($a / $b * 100 | round) / 100')"
}

report "Key generation included (median wall time of $iterations runs):" \
    "$work_dir/cli-generate" "$work_dir/js-generate"
report "Key generation excluded, one pre-generated key reused (median of $iterations runs):" \
    "$work_dir/cli-reuse" "$work_dir/js-reuse"

echo
echo "Medians of the steps inside each process, in ms:"
printf '  %-34s %14s %14s\n' step bunq-session bunq-js-client
printf '  %-34s %14s %14s\n' "key pair generation" "$(median "$work_dir/cli-generate" key_pair)" \
    "$(median "$work_dir/js-generate" run_with_key_pair)"
printf '  %-34s %14s %14s\n' "client setup without key (run())" "-" "$(median "$work_dir/js-reuse" run)"
printf '  %-34s %14s %14s\n' "loading the client module" "-" "$(median "$work_dir/js-reuse" load_client)"
for step in installation device_server session_server; do
    printf '  %-34s %14s %14s\n' "$step" "$(median "$work_dir/cli-reuse" "$step")" \
        "$(median "$work_dir/js-reuse" "$step")"
done
printf '  %-34s %14s %14s\n' "total inside the process" "$(median "$work_dir/cli-reuse" total)" \
    "$(median "$work_dir/js-reuse" total)"
echo "(key pair generation from the runs that generate one, the rest from the runs that reuse"
echo " a key; the bunq-js-client key figure is its run(), which generates the key pair)"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
